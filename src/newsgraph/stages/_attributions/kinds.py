"""The kind of an attribution (``direct``, ``according-to``, ``document``, ``belief``,
``indirect``) and whether a hedge word ("reportedly", "may") lies in it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import among, id_array
from newsgraph.stages._attributions.cues import surname_may
from newsgraph.stages._attributions.found import Found
from newsgraph.stages._attributions.quotes import CLOSING, OPENING, STRAIGHT

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _partly_quoted(text: str, content: tuple[int, int] | None) -> bool:
    """Whether a content quotes only some of its words: words of the report come before
    its first quotation mark ('Mr Sullivan "made accounting decisions,"'; 'While the
    talks go on, "we wait,"'), not a word or two set off by a comma or colon
    ('Nonetheless, "I think …"'), or after a quoted phrase that opens it; a speaker's
    line of a transcript holds no mark."""
    if content is None:
        return False
    words = text[content[0] : content[1]]
    marks = {*OPENING, *CLOSING, STRAIGHT}
    first = min((words.find(m) for m in marks if m in words), default=-1)
    if first > 0:
        before = words[:first].rstrip()
        return before[-1:] not in {",", ":"} or len(before.split()) > _OPENER_WORDS
    return first == 0 and _words_after_quoted_phrase(words)


#: The most words set off by a comma before a quotation that still open it ("And yet,
#: “…”"): more are the reporter's words.
_OPENER_WORDS = 3


def _words_after_quoted_phrase(words: str) -> bool:
    """Whether a content that opens with a quotation goes on in the reporter's words after
    a phrase quoted without its own stop ('"substantial progress" had been made', '"au
    revoir" to her fans'), not after a quoted sentence ('"We will win," she said')."""
    close = next(
        (i for i in range(1, len(words)) if words[i] in CLOSING or words[i] == STRAIGHT), -1
    )
    if close < 2 or not words[close - 1].isalnum():
        return False
    rest = words[close + 1 :]
    return rest[:1].isspace() and rest.lstrip()[:1].isalnum()


def kind_of(found: Found, head: str | None, cue: str, text: str) -> str:
    """The kind of a claim; ``head`` is the head word of what names its source, ``cue``
    the cue's text. A report that only quotes some words ('Mr Sullivan "made accounting
    decisions," he told the court') is no direct quotation."""
    if found.quoted and not _partly_quoted(text, found.content):
        return "direct"
    if found.according:
        return "according-to"
    documents = load_lexicon("document_words", "attributions")
    if head is not None and _names_a_document(head, documents):
        return "document"
    cue_words = [w.strip(",:") for w in cue.lower().split()]
    # "was quoted in the paper as saying": where it is quoted, not who says it
    if found.lemma != "quote" and _puts_out_a_document(cue_words, documents):
        return "document"  # "issued a statement saying …"
    beliefs = load_lexicon("belief_cues", "attributions")
    if found.lemma in beliefs or any(w in beliefs for w in cue_words):
        return "belief"  # by its lemma, or as written where the lemmatizer errs ("hopes")
    if found.lemma in load_lexicon("feeling_verbs", "attributions"):
        return "belief"  # "The move angered farmers": how they feel, not what they said
    if found.lemma == "to":
        return "belief"  # "To them, the levy is a betrayal": how they see it
    return "indirect"


def _puts_out_a_document(cue_words: list[str], documents: frozenset[str]) -> bool:
    """Whether a cue of several words names a document after a determiner ("issued a
    statement saying", "sent a series of tweets urging"), not a verb that is spelt as one
    ("is not ruling out", "did not estimate", "will report")."""
    return any(
        _names_a_document(word, documents) and not _DETERMINERS.isdisjoint(cue_words[:n])
        for n, word in enumerate(cue_words[1:], start=1)
    )


_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def _names_a_document(word: str, documents: frozenset[str]) -> bool:
    """Whether a word is a document's name, in the singular or the plural ("studies")."""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in documents or singular in documents


def hedged(found: Found, hedge_words: list[Token]) -> bool:
    """Whether a hedge word (of ``hedge_words``, the parse's) lies in an attribution."""
    extents = [found.cue] + [e for e in (found.source, found.content) if e is not None]
    start = min(e[0] for e in extents)
    end = max(e[1] for e in extents)
    return any(t.idx < end and start < t.idx + len(t) for t in hedge_words)


@cache
def _hedge_ids() -> np.ndarray:
    return id_array(get_string_id(w) for w in load_lexicon("hedges", "attributions"))


def hedge_words_in(doc: Doc) -> list[Token]:
    """The words of the parse that hedge a claim, found from its array of word forms."""
    hedges = load_lexicon("hedges", "attributions")
    at = np.flatnonzero(among(doc.to_array(LOWER), _hedge_ids())).tolist()
    return [doc[i] for i in at if _hedge(doc[i], hedges)]


def _hedge(token: Token, hedges: frozenset[str]) -> bool:
    """Whether a word hedges a claim: a hedge word that is no name ("May said", "held in
    May"; a capital inside a sentence makes it one)."""
    if token.lower_ not in hedges or surname_may(token):
        return False
    return token.is_sent_start or not token.text[:1].isupper()
