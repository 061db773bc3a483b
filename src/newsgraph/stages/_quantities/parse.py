"""What every part of the stage shares: a count found in the parse, the word sets most
rules test, and small predicates on hyphens, headlines, quotes and nouns of persons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._quantities.tables import categories, not_people

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERCENT = frozenset({"%", "percent", "pct"})
DURATION_UNITS = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    }
)  # fmt: skip
CASUALTY = frozenset(
    {"killed", "wounded", "missing", "hostages", "prisoners", "arrested", "displaced"}
)
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class Found:
    start: int  # token index
    end: int
    value: float | None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    head: int = 0  # the token the count hangs off (its last number word)
    first: int = 0  # the first number word
    counted_word: int | None = None  # "member" in "five-member"


OPENING_QUOTES = frozenset({'"', "“"})
CLOSING_QUOTES = ('"', "”")


def person_noun(lemma: str) -> bool:
    """Whether a noun names a person: a noun of people in ``categories.tsv``, a title or a
    role word, or one ending like "batsman", "activist", "politician"."""
    if categories().get(("noun", lemma)) in {"people", "troops", "protesters", "prisoners"}:
        return True
    if lemma in load_lexicon("role_words"):
        return True
    return named_like_a_person(lemma)


def named_like_a_person(lemma: str) -> bool:
    """Whether a noun is a title ("senator") or ends like "batsman", "activist",
    "politician"."""
    last = lemma.rsplit(" ", 1)[-1]  # "major heist": the noun, past its modifier
    if last in not_people() or lemma.endswith(("playlist", "checklist", "shortlist")):
        return False  # "exists" taken for a noun, "two playlists", "two oil fields"
    if lemma in load_lexicon("titles"):
        return True
    # the noun's own ending: "three shopping lists" are no people
    return last.endswith(("man", "woman", "ist", "ian")) and len(last) > 4


def headline_verb(word: Token) -> str | None:
    """The category of a capitalized word that is a verb of the category table ("Kills",
    "Arrests"), which a title-case headline turns into a proper noun for the tagger."""
    if word.pos_ != "PROPN":
        return None
    lower = word.lower_
    forms = (lower, lower[:-1], lower[:-2]) if lower.endswith("s") else (lower,)
    return next((c for f in forms if (c := categories().get(("verb", f))) is not None), None)


def befell(word: Token) -> str | None:
    """The category of what a word says befell someone ("dead", "injured"): its lemma's
    as a verb of ``categories.tsv``, else its own as a noun."""
    table = categories()
    return table.get(("verb", word.lemma_.lower())) or table.get(("noun", word.lower_))


def hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen that joins the words around it into one ("five-member",
    "e-mail"), the word after it a word of letters."""
    return (
        i > 0
        and i + 1 < len(doc)
        and doc[i].text in {"-", "–"}
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].is_alpha
    )


#: Word classes that never end a hyphenated word: a hyphen before one stands where a
#: text lost a space ("homes-inside the camp", "civilians-also face", "50,000-in bonds").
FUNCTION_POS = frozenset({"ADP", "ADV", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART"})


#: Qualifiers after a number that a hyphen may join to it ("700-plus", "80-odd").
HYPHENED_AFTER = frozenset({"plus", "odd"})


#: Multipliers written after a figure ("£17m", "$2bn"), which are no counted noun.
SCALE_WORDS = frozenset({"m", "mn", "bn", "k", "million", "billion", "trillion"})
SCALE_WORDS_WITH_STOP = frozenset({"m.", "mn.", "bn.", "k."})


#: A stop glued to a hyphen where a text lost its spaces ("people:- Then", "a minor.- More").
GLUED_STOP = re.compile(r"[.:;,]-$")
#: A stop glued to a hyphen inside a word where a text lost a space, the next sentence's
#: first word after it ("games.-The", "witness;-former", 'children.-"We'); not
#: "U.S.-based"; or a plural's apostrophe mangled into '"?', its owner's noun after it
#: ('the two presidents"?meeting').
GLUED_INSIDE = re.compile(r'(?<=[a-z])(?:[:;,]-(?=\w)|\.-(?="?[A-Z])|(?<=s)"\?(?=[a-z]))')
