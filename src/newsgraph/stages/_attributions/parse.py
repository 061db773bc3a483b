"""What every rule asks of the parse: the dependency labels that matter, the quotation
marks, an extent trimmed of edge punctuation, whether a verb has its own subject, and
whether a noun may be a speaker or names a medium."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._attributions.found import Extent
from newsgraph.stages._quantities.tables import categories

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


RELATIVE = frozenset({"who", "which", "that"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSES = ("ccomp", "xcomp", "dobj", "pobj")
# How a cue verb hangs off the clause it reports when it follows that clause: "…, he said."
INTERRUPTING = frozenset({"parataxis", "ccomp", "advcl", "conj"})


# Auxiliaries and adverbs that belong to the cue: "has said", "also said", "did not say".
CUE_PREFIX_DEPS = frozenset({"aux", "auxpass", "neg"})
NOMINAL = frozenset({"NOUN", "PROPN"})


TRIM = " \t\n\u00a0,;:—–-―"
QUOTE_MARKS_TEXT = "\"“”'‘’«»"


def finished_quotation(text: str, quotation: Extent) -> bool:
    """Whether a quotation's words end a sentence: a stop, "!" or "?" before its closing
    marks ('“We are done.”')."""
    return text[quotation[0] : quotation[1]].rstrip(QUOTE_MARKS_TEXT)[-1:] in {".", "!", "?"}


def subtree_extent(token: Token) -> Extent:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition, a noun phrase or a clause ("about | the budget", "of |
    leaving early"), where the parser gave it one."""
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def trim_tokens(doc: Doc, start: int, end: int, *, clause: bool = False) -> tuple[int, int]:
    """Token indexes without punctuation or spaces at the edges (nor, for a clause, "And")."""
    while start < end and (
        doc[start].is_punct or doc[start].is_space or (clause and doc[start].dep_ == "cc")
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        last = doc[end - 1].text
        if last in _KEPT_AT_END or (last == ")" and "(" in doc[start : end - 1].text):
            break  # "5%", "(D-Wis.)", a question's mark
        end -= 1
    return start, end


_KEPT_AT_END = frozenset({"%", "?", "!"})


def minus(text: str, outer: Extent, inner: Extent) -> Extent:
    """The larger side of ``outer`` once ``inner`` is cut out; all of it when inner splits it.

    Punctuation alone beyond ``inner`` does not count as a side ("…, he said.").
    """
    if inner[0] <= outer[0] or not text[outer[0] : inner[0]].strip(TRIM + "."):
        return max(inner[1], outer[0]), outer[1]
    if inner[1] >= outer[1] or not text[inner[1] : outer[1]].strip(TRIM + ".'\"”"):
        return outer[0], min(inner[0], outer[1])
    return outer


def ends_sentence(token: Token) -> bool:
    """Whether only punctuation follows a word in its sentence."""
    # the words after it up to the first that decides, most often the next one:
    # ``token.sent`` would first look for both ends of the sentence
    for after in token.doc[token.i + 1 :]:
        if after.is_sent_start:
            return True
        if not (after.is_punct or after.is_space):
            return False
    return True


def clause_extent(doc: Doc, extent: Extent) -> Extent | None:
    """A content extent snapped to tokens, without edge punctuation or a leading "And"."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    start, end = trim_tokens(doc, span.start, span.end, clause=True)
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


#: Pronouns that speak a report as its subject ("…, she told the paper", "and he said").
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})

#: A word that ends its sentence with a hyphen for the lost space after the stop, run
#: into the next sentence ("arm.-" of "… the boy's arm.- Ann Ruiz said", "said Qadi.-").
LOST_BREAK_END = re.compile(r"(?<=[a-z])[.!?]-$")


SPEAKING_PRONOUNS = frozenset(
    {"him", "her", "them", "us", "me", "you", "whom", "everyone", "everybody", "someone",
     "somebody", "anyone", "anybody", "many", "others", "some", "most", "few", "all",
     "those"}
)  # fmt: skip


def could_speak(noun: Token) -> bool:
    """Whether a noun can name who says something: a person, a group, an organization
    or a place by name, a personal pronoun, people in the plural ("experts") or a
    title; not "exuberance" in "marked by exuberance" nor a medium ("by email")."""
    if names_medium(noun):
        return False
    if noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or noun.pos_ == "PROPN":
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ in SPEAKING_PRONOUNS
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NNS"
        or categories().get(("noun", lemma)) in _PEOPLE
        or any(
            lemma in load_lexicon(*where)
            for where in (
                ("titles",),
                ("role_words",),
                ("body_nouns", "attributions"),
                ("unnamed_bodies", "attributions"),
            )
        )
    )


#: Categories of counted nouns (``data/quantities/categories.tsv``) that name people.
_PEOPLE = frozenset({"people", "troops", "protesters", "prisoners"})


#: Nouns that count a message rather than name it ("a series of tweets").
COUNTING_NOUNS = frozenset({"series", "string", "barrage", "flurry", "volley", "pair", "couple"})
#: Prepositions that say where a message was published ("in a statement", "on Twitter").
MEDIUM_PREPS = frozenset({"in", "on", "via", "through"})


def names_medium(noun: Token) -> bool:
    """Whether the noun is a message or where one was published ("a statement", "Twitter",
    "a series of tweets")."""
    if noun.lemma_.lower() in COUNTING_NOUNS:
        counted = [g for p in noun.children if p.lower_ == "of" for g in p.children]
        if not counted:
            return False
        noun = counted[0]
    media = load_lexicon("media_nouns", "attributions")
    return noun.lower_ in media or noun.lemma_.lower() in media


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in verb.children)


OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})


def agent_of(token: Token) -> Token | None:
    """Who does what a passive verb tells ("reported by Politico" → Politico); not a time
    by which it is done ("expected by the end of 2027")."""
    return next(
        (
            g
            for c in token.children
            if c.dep_ == "agent"
            for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
        ),
        None,
    )


#: Words that link a sentence to the one before, not part of what is said ("But the
#: plan will fail, he said": PolNeAR train leaves "But" out 63 times in 75, "And" 32 in 34).
LINKING_WORDS = frozenset(
    {"but", "and", "still", "indeed", "yet", "instead", "then", "however", "meanwhile",
     "nonetheless", "nevertheless", "moreover", "furthermore"}
)  # fmt: skip


def has_verb(doc: Doc, extent: Extent) -> bool:
    """Whether an extent holds a clause, not just whom it was told to ("told the crowd")."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)


QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})
