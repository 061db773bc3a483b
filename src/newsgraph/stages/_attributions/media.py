"""A message put out through a medium ("issued a statement saying …"): the participle
that reports it is a cue, which takes the publishing verb into its cue."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._attributions.cues import cue_extent
from newsgraph.stages._attributions.found import Found
from newsgraph.stages._attributions.parse import (
    COUNTING_NOUNS,
    MEDIUM_PREPS,
    RELATIVE,
    SUBJECTS,
    names_medium,
)
from newsgraph.stages._attributions.sources import source_extent, source_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: How a participle or relative clause that reports a message hangs off its verb or noun.
PARTICIPLE_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp"})


def publisher(token: Token) -> Token | None:
    """The verb that put out the message a participle or relative clause reports:
    "issued a statement saying …", "chimed in on Twitter, saying …", "released a letter
    that says …"; None for a participle that reports on its own ("denied the report,
    saying …")."""
    publishing = load_lexicon("publishing_verbs", "attributions")
    dep = token.dep_
    if (dep == "acl" and token.tag_ == "VBG") or (
        dep == "relcl" and any(c.lower_ in RELATIVE and c.dep_ in SUBJECTS for c in token.children)
    ):
        noun = token.head
        if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in COUNTING_NOUNS:
            noun = noun.head.head  # "a series of tweets saying"
        verb = noun.head
        if (
            noun.dep_ == "dobj"
            and verb.i < noun.i
            and verb.lemma_.lower() in publishing
            and names_medium(noun)
        ):
            return verb
        return None
    if dep not in {"advcl", "xcomp"} or token.tag_ != "VBG":
        return None
    verb = token.head
    if verb.pos_ != "VERB" or verb.i > token.i:
        return None
    for child in verb.children:
        if child.i > token.i:
            break
        if child.dep_ == "dobj" and verb.lemma_.lower() in publishing and names_medium(child):
            return verb
        if (
            child.dep_ == "prep"
            and child.lower_ in MEDIUM_PREPS
            and child.i > verb.i
            and any(g.dep_ == "pobj" and names_medium(g) for g in child.children)
        ):
            return verb
    return None


def _only_medium(doc: Doc, own: Found, found: Found) -> bool:
    """Whether the publishing verb's own content is the message or the participle's
    report ("a statement saying …", "Twitter"), not a claim of its own."""
    assert own.content is not None
    start, end = own.content
    if start <= found.cue[0] < end:
        return True
    if not own.cue[1] <= start < found.cue[0]:
        return False
    between = doc.char_span(start, end, alignment_mode="expand")
    return between is not None and not any(t.pos_ in {"VERB", "AUX"} for t in between)


def through_medium(doc: Doc, text: str, found: Found, every: list[Found]) -> Found:
    """A participle's attribution with the verb that put out its message in the cue, as
    PolNeAR marks it ("issued a statement saying", content: what the statement says).
    The verb's own attribution, inside the longer cue, then drops out; a verb with a
    content of its own ("said in a statement, calling for …") stays apart."""
    if found.according:
        return found
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    verb = publisher(cue.root) if cue is not None else None
    if verb is None:
        return found
    own = next((f for f in every if f.cue[0] <= verb.idx < f.cue[1]), None)
    if own is not None and own.content is not None and not _only_medium(doc, own, found):
        return found
    start = cue_extent(verb)[0]
    source, antecedent = found.source, found.antecedent
    if (
        source is None
        or start <= source[0] < found.cue[1]  # the message itself ("a statement saying")
        or text[source[0] : source[1]].lower() in RELATIVE
    ):
        if own is not None:
            source = own.source
        else:
            subject = source_of(verb)
            source = source_extent(subject, verb) if subject is not None else None
        antecedent = None
    return replace(found, cue=(start, found.cue[1]), source=source, antecedent=antecedent)
