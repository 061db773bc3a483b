"""Number phrases in the parse: where they are and what they are worth."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER

from newsgraph.nlp import FINITE_TAGS, entity_of, modifies_noun
from newsgraph.stages._entities.gazetteer import fold, gazetteer
from newsgraph.stages._quantities.tables import (
    NumberWord,
    categories,
    country_currencies,
    currencies,
    fractions,
    measures,
    named_currencies,
    number_words,
    qualifiers,
    race_people,
    race_words,
    shared_currencies,
    subunits,
    time_words,
)
from newsgraph.stages._times.tables import YEAR_DIGITS
from newsgraph.stages._times.tables import tables as time_tables

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span, Token

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# Thousands set off by full stops, as much of Europe writes them: "84.000", "1.250.000"
# (a single group other than "000" may be a decimal: "1.125").
_DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.000|(?:\.\d{3}){2,})$")
# A multiplier written onto its figure: "30bn", "3.5m"; thousands set off by commas only
# before one that means nothing else ("22,201bn", not "10,000m": metres).
_SUFFIXED = re.compile(
    r"^(\d{1,3}(?:,\d{3})+(?=(?:\.\d+)?(?:bn|mn|tn|million|billion|trillion)$)(?:\.\d+)?"
    r"|\d+(?:\.\d+)?)(m|bn|mn|tn|k|million|billion|trillion)$",
    re.IGNORECASE,
)
# Labels whose numbers are not counts: the times stage and ordinals own them.
_NOT_COUNTS = frozenset({"DATE", "TIME", "ORDINAL"})
_ARTICLES = frozenset({"a", "an"})
#: Short multipliers that mean nothing else, so also count when written apart from their
#: figure ("$3.8 bn"); "m" and "k" apart may be metres or a letter.
_APART_SCALES = frozenset({"bn", "mn", "tn"})
_NO_WORD = NumberWord(0.0, "")


@dataclass(slots=True)
class NumberPhrase:
    """A run of number tokens [start, end) and its value; vague counts give a lower bound,
    and a share is a part of a whole ("a third of the vote": 1/3)."""

    start: int
    end: int
    value: float
    vague: bool = False
    share: bool = False


def token_value(token: Token) -> tuple[float, str] | None:
    """The value and kind (digits, unit, scale, vague) of one number token, or None."""
    return text_value(token.lower_)


def figure_value(token: Token) -> tuple[float, str] | None:
    """The value and kind of one number token without a multiplier written onto it
    ("30bn": 30), which a range's other end may share ("20-30bn")."""
    suffixed = _SUFFIXED.match(token.lower_)
    return (float(suffixed.group(1).replace(",", "")), "digits") if suffixed else token_value(token)


@lru_cache(maxsize=1 << 16)  # asked of every word of every article: most are no number
def text_value(text: str) -> tuple[float, str] | None:
    """The value and kind of a number token by its lowercase text, or None."""
    if "." in text and _DOTTED_THOUSANDS.match(text):
        return float(text.replace(".", "")), "digits"
    if _DIGITS.match(text):
        return float(text.replace(",", "")), "digits"
    suffixed = _SUFFIXED.match(text)
    if suffixed:
        scale = number_words()[suffixed.group(2).lower()].value
        return float(suffixed.group(1).replace(",", "")) * scale, "digits"
    word = number_words().get(text)
    if word is not None and (word.kind != "scale" or len(text) > 2):
        return word.value, word.kind
    return None


def number_phrases(doc: Doc) -> list[NumberPhrase]:
    """Maximal runs of number tokens outside dates and times, with their values."""
    phrases: list[NumberPhrase] = []
    strings = doc.vocab.strings
    ids = doc.to_array(LOWER).tolist()
    shares = fractions()
    opens = _openings(ids, strings)
    i = 0
    while (i := _next_opening(opens, i, len(doc))) < len(doc):
        word = strings[ids[i]]
        after = strings[ids[i + 1]] if i + 1 < len(ids) else ""
        if after == "-" and i + 2 < len(ids):
            after = strings[ids[i + 2]]
        if after in shares or word == "half":  # cheap: most words open no fraction
            if (duration_end := _fraction_of_time(doc, i)) is not None:
                i = duration_end  # "one hundredth of a second": a duration, no count of one
                continue
            fraction = _fraction_at(doc, i)
            if fraction is not None:
                phrases.append(fraction)
                i = fraction.end
                continue
        if word not in _ARTICLES and text_value(word) is None:
            i += 1  # a run opens with a number or "a" before one
            continue
        start = i
        if doc[i].lower_ in _ARTICLES and i + 1 < len(doc):
            nxt = token_value(doc[i + 1])
            if nxt is not None and nxt[1] == "scale":
                i += 1  # "a dozen", "a million"
        parts: list[tuple[float, str]] = []
        j = i
        while j < len(doc):
            token = doc[j]
            if _owned_by_time(token):
                break
            value = token_value(token)
            if token.lower_ == "tens" and (j + 1 >= len(doc) or doc[j + 1].lower_ != "of"):
                value = None  # "the tens digit"; "tens of thousands" counts
            suffixed = _SUFFIXED.match(token.lower_)
            if suffixed and suffixed.group(2) == "m" and _metres(doc, start, j):
                value = float(suffixed.group(1)), "digits"  # "a 3m wall"
            if (
                value is None
                and parts
                and parts[-1][1] == "digits"
                and token.lower_ in _APART_SCALES
            ):
                value = number_words()[token.lower_].value, "scale"  # "$3.8 bn"
            if value is None and parts and parts[-1][1] == "digits" and not doc[j - 1].whitespace_:
                # "30m", "2bn" split by the tokenizer; "£17m." keeps the sentence's full stop
                # (only money: "the 100m." is a race)
                money = currency_before(doc, start) is not None
                word = number_words().get(token.lower_.removesuffix(".") if money else token.lower_)
                if word is not None and word.kind == "scale" and not _metres(doc, start, j):
                    value = word.value, "scale"
            if (
                value is None
                and _glued_hyphen(doc, j, parts, _FIGURE_KINDS)
                and (number_words().get(doc[j + 1].lower_) or _NO_WORD).kind == "scale"
                and len(doc[j + 1]) > 2
            ):
                # "$100-million", "a one-million lira note": a hyphen between a figure or a
                # number word and its multiplier
                j += 1
                continue
            if (
                value is None
                and _glued_hyphen(doc, j, parts, _UNIT_KIND)
                and _tens_and_ones(doc[j - 1], doc[j + 1])
            ):
                # "twenty-one-year-old": the tokenizer split the number at its hyphen
                ones = token_value(doc[j + 1])
                if ones is not None:
                    parts.append(ones)
                    j += 2
                    continue
            half = None
            if value is None and parts and parts[-1][1] != "scale":
                half = _and_a_fraction(doc, j)
            if half is not None:
                # "two and a half million", "a three-and-a-half foot fence"
                parts[-1] = (parts[-1][0] + half[0], parts[-1][1])
                j += half[1]
                continue
            if value is None:
                # "hundreds of thousands"
                if (
                    token.lower_ == "of"
                    and parts
                    and parts[-1][1] == "vague"
                    and j + 1 < len(doc)
                    and (token_value(doc[j + 1]) or (0.0, ""))[1] in {"scale", "vague"}
                ):
                    j += 1
                    continue
                break
            kinds = (parts[-1][1], value[1]) if parts else None
            if kinds in {("digits", "digits"), ("unit", "digits"), ("digits", "unit")}:
                break  # two numbers side by side are two ("2023 251", "£10 one-way")
            if kinds == ("unit", "unit") and not _tens_and_ones(doc[j - 1], token):
                break  # "two Six Nations games", "Six One News": not 8 nor 7
            parts.append(value)
            j += 1
        if not parts:
            i = start + 1
            continue
        total = _combine(parts)
        compound = j < len(doc) and doc[j].text == "-"
        after_article = start < i  # "a million"
        scale_only = all(kind == "scale" for _, kind in parts)
        # "another million are on the brink", "another dozen eggs": one more of it
        another = start > 0 and doc[start - 1].lower_ == "another"
        if scale_only and (compound or not (after_article or another)):
            # a multiplier alone is no count ("million-dollar homes"); after "a" it is one
            # ("a million people", "a dozen eggs"), after "several" or "a few" at least two
            # ("several hundred people")
            vague = _vague_before(doc, start)
            if vague is not None and not compound:
                phrases.append(NumberPhrase(vague, j, 2 * total, True))
            i = j
            continue
        phrases.append(NumberPhrase(start, j, total, _vague(parts)))
        i = j
    return phrases


def _vague(parts: list[tuple[float, str]]) -> bool:
    """Whether number parts make a vague count: a plural scale word that opens them or
    follows another ("hundreds", "tens of thousands"); after a number it is the scale
    spelled in the plural ("£22 billions" is 22 billion)."""
    return any(
        kind == "vague" and (n == 0 or parts[n - 1][1] == "vague")
        for n, (_, kind) in enumerate(parts)
    )


#: Kinds of the number part before a glued hyphen: a figure or a number word before a
#: multiplier ("$100-million", "one-million"), a number word before its ones ("Twenty-nine").
_FIGURE_KINDS = frozenset({"digits", "unit"})
_UNIT_KIND = frozenset({"unit"})


def _glued_hyphen(doc: Doc, j: int, parts: list[tuple[float, str]], kinds: frozenset[str]) -> bool:
    """Whether word ``j`` is a hyphen written without spaces between a number of one of
    ``kinds`` ("digits", "unit"), the last of ``parts``, and the word after it
    ("$100-million", "Twenty-nine")."""
    hyphen = doc[j]
    return (
        hyphen.text == "-"
        and bool(parts)
        and parts[-1][1] in kinds
        and j + 1 < len(doc)
        and not hyphen.whitespace_
        and not doc[j - 1].whitespace_
    )


#: What a word form (by its id) can be in a number phrase: its opening (``_OPENS``), a
#: fraction (``_FRACTION``), both or neither; learnt as forms are met.
_ROLES: dict[int, int] = {}
_OPENS, _FRACTION = 1, 2


def _role(strings: StringStore, word_id: int) -> int:
    role = _ROLES.get(word_id)
    if role is None:
        if len(_ROLES) > 200_000:
            _ROLES.clear()  # a bound on memory over a long run
        word = strings[word_id]
        opens = word in _ARTICLES or word == "half" or text_value(word) is not None
        role = _ROLES[word_id] = (_OPENS if opens else 0) | (
            _FRACTION if word in fractions() else 0
        )
    return role


def _openings(ids: list[int], strings: StringStore) -> list[int]:
    """Where a number phrase can open, in order, by the ids of the words' lower-case
    forms: at a number, "a" or "an", "half", or one or two words before a fraction ("two
    thirds", "two-thirds"). ``number_phrases`` passes over every other word."""
    opens: set[int] = set()
    roles = _ROLES
    for k, word_id in enumerate(ids):
        role = roles.get(word_id)
        if role is None:
            role = _role(strings, word_id)
        if role & _FRACTION:
            opens.update((k - 1, k - 2))
        if role & _OPENS:
            opens.add(k)
    return sorted(k for k in opens if k >= 0)


def _next_opening(opens: list[int], i: int, end: int) -> int:
    """The first of ``opens`` at ``i`` or after, else ``end``."""
    at = bisect_left(opens, i)
    return opens[at] if at < len(opens) else end


#: Tens that a number word of one to nine after them adds to ("twenty one": 21).
_TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})


def _tens_and_ones(tens: Token, ones: Token) -> bool:
    """Whether two number words side by side are one number, tens and ones ("twenty one",
    "Forty Two"), the second in the case of the first and opening no name of its own;
    other pairs are two numbers ("two Six Nations games", "Six One News")."""
    first, second = text_value(tens.lower_), text_value(ones.lower_)
    if first is None or second is None or first[0] not in _TENS or not 0 < second[0] < 10:
        return False
    capitalized = ones.is_title and not ones.is_sent_start
    return (tens.is_title or not capitalized) and ones.ent_iob_ != "B"


def a_couple(doc: Doc, start: int) -> bool:
    """Whether a count opens with "a couple": about two of what follows ("a couple
    hundred" is about 200)."""
    return start + 1 < len(doc) and doc[start + 1].lower_ == "couple"


def _vague_before(doc: Doc, start: int) -> int | None:
    """Where "several", "many", "a few" or "a couple (of)" opens a count just before token
    ``start``."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before == "of" and start > 1 and doc[start - 2].lower_ == "couple":
        start, before = start - 1, "couple"  # "a couple of hundred"
    if before == "couple":
        return start - 2 if start > 1 and doc[start - 2].lower_ == "a" else None
    if before not in {"several", "many", "few"}:
        return None
    if before == "few":
        return start - 2 if start > 1 and doc[start - 2].lower_ == "a" else None
    return start - 1


_SHARE_OF = frozenset(
    {"the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those"}
)


def _fraction_at(doc: Doc, i: int) -> NumberPhrase | None:
    """A fraction opening at token ``i``: a number before a multiplier ("half a million",
    "a quarter of a million", "three-quarters of a billion": 750 million) or a share of a
    whole ("a third of the vote", "two-thirds of voters", "half the country", "cut by a
    third": a ratio)."""
    numerator, at = 1.0, i
    value = text_value(doc[i].lower_)
    if doc[i].lower_ in _ARTICLES or (value is not None and value[1] in {"unit", "digits"}):
        numerator = value[0] if value is not None else 1.0
        at = i + 1
        if at + 1 < len(doc) and doc[at].text == "-" and not doc[at].whitespace_:
            at += 1  # "two-thirds"
    elif doc[i].lower_ != "half" or (
        i > 0
        and (doc[i - 1].pos_ in {"ADJ", "DET"} or _named_part(doc[i - 1], doc[i]))
        and not _ends_qualifier(doc, i)
        and not _half_a_multiplier(doc, i)
    ):
        # not "the second half of the game", "the northern half", "a Welsh half", "a half";
        # "at least half", "another half a million"
        return None
    if i > 0 and ((doc[i - 1].lower_ == "-" and not doc[i - 1].whitespace_) or _after_and(doc, i)):
        # "two and a half", which the number before it reads; "a year and a half", "a
        # one-week-and-a-half period"; not after a dash set off by spaces ("the poverty
        # line - two-thirds of whom are women")
        return None
    word = doc[at].lower_ if at < len(doc) else ""
    if word not in fractions() or (word.endswith("s") and numerator < 2) or not numerator:
        return None
    value_of = numerator / fractions()[word]
    after = [t.lower_ for t in doc[at + 1 : at + 4]]
    for skip in (["of", "a"], ["of", "an"], ["a"], ["an"], ["-"], []):
        if after[: len(skip)] != skip or len(after) <= len(skip):
            continue
        multiplier = after[len(skip)]
        scale = number_words().get(multiplier)
        if scale is not None and scale.kind == "scale" and scale.value >= 12:
            end = at + 2 + len(skip)  # "half a million", "a quarter million", "half a dozen"
            return NumberPhrase(i, end, value_of * scale.value)
        if skip and after[len(skip)] in {"percent", "percentage", "per"}:
            # "a quarter of a percent": the percent sign is the unit, read after the number
            return NumberPhrase(i, at + 1 + len(skip), value_of)
    whole = at + 2
    while whole < len(doc) and doc[whole].lower_ in _ARTICLES | {"the"}:
        whole += 1
    if after[:1] == ["of"] and whole < len(doc) and _a_year_itself(doc, whole):
        return None  # "the first three quarters of 2016": a time; not "of 2016's budget"
    if after[:1] == ["of"] and whole < len(doc) and doc[whole].lower_ not in time_words():
        # "a third of the vote"; not "three quarters of an hour", a duration, nor "two
        # quarters of contraction", half a year of it (a share of quarters names its whole
        # with a determiner or in the plural)
        bare = (
            whole == at + 2
            and doc[whole].tag_ in {"NN", "VBG"}
            and not modifies_noun(doc[whole])  # not "of web users"
        )
        if not (word.startswith("quarter") and bare):
            return NumberPhrase(i, at + 1, value_of, share=True)
    if at == i and after[:1] and after[0] in _SHARE_OF:
        return NumberPhrase(i, at + 1, value_of, share=True)  # "half the country"
    if at > i + 1:
        return NumberPhrase(i, at + 1, value_of, share=True)  # "a one-fifth stake"
    if _stands_alone(doc[at], numbered=value is not None):
        return NumberPhrase(i, at + 1, value_of, share=True)  # "cut by a third", "rise to half"
    if value is not None and word.endswith("s") and word not in time_tables().units:
        # "Nearly two thirds - 61% - of those polled": a number's plural fraction is a
        # share whatever follows it ("two quarters" may be half a year)
        return NumberPhrase(i, at + 1, value_of, share=True)
    return None


def _fraction_of_time(doc: Doc, i: int) -> int | None:
    """Where a number and a fraction of a unit of time opening at token ``i`` end ("one
    hundredth of a second", "two tenths of a second"): a duration, whose number counts
    nothing; else None."""
    value = text_value(doc[i].lower_)
    if value is None or value[1] not in {"unit", "digits"}:
        return None
    at = i + 2 if doc[i + 1].text == "-" and not doc[i].whitespace_ else i + 1
    words = [t.lower_ for t in doc[at : at + 4]]
    if (
        len(words) < 4
        or words[0] not in fractions()
        or words[1:3] not in (["of", "a"], ["of", "an"])
    ):
        return None
    return at + 4 if words[3] in time_tables().units else None


def _a_year_itself(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a year, neither one that owns what follows ("2016's budget")
    nor a count of a noun after it ("of 2000 workers")."""
    if not YEAR_DIGITS.fullmatch(doc[i].text):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    owner = nxt is not None and nxt.lower_ in {"'s", "’s"}
    return not owner and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"})


def _named_part(word: Token, half: Token) -> bool:
    """Whether a name describes the half after it, a part of a game or a place: "there
    was a Welsh half", "the Catholic half of the city"."""
    return word.pos_ == "PROPN" and word.head.i == half.i and word.dep_ in {"amod", "compound"}


def _multiplier(word: str) -> bool:
    """Whether a word multiplies the number before it: "dozen", "million"."""
    scale = number_words().get(word)
    return scale is not None and scale.kind == "scale" and scale.value >= 12


def _half_a_multiplier(doc: Doc, i: int) -> bool:
    """Whether "half" at token ``i`` is half of the multiplier after it ("half a
    million"), whatever stands before it ("another half a million")."""
    words = [t.lower_ for t in doc[i + 1 : i + 3]]
    return len(words) == 2 and words[0] in {"a", "an"} and _multiplier(words[1])


def _ends_qualifier(doc: Doc, i: int) -> bool:
    """Whether the words just before token ``i`` end a qualifier ("at least half")."""
    words = tuple(t.lower_ for t in doc[max(i - 3, 0) : i])
    return any(words[-size:] in qualifiers() for size in (1, 2, 3) if len(words) >= size)


def _after_and(doc: Doc, i: int) -> bool:
    """Whether a fraction at token ``i`` follows an "and" that adds it to the number or
    unit before ("two and a half", "a year and a half"), not one that joins two phrases
    ("the east and half of the west")."""
    if i < 2 or doc[i - 1].lower_ != "and":
        return False
    before = doc[i - 2]
    return doc[i].lower_ in _ARTICLES or before.like_num or before.lower_ in time_words()


#: Words after a period of the year that make it a span of time: "two quarters ahead".
_TIME_AFTER = frozenset({"ago", "ahead", "later", "earlier", "running"})

#: How a fraction heads a phrase of its own: "Two-thirds said", "cut by a third".
_ALONE = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _stands_alone(word: Token, numbered: bool = False) -> bool:
    """Whether a fraction word is a share by itself, the whole left unsaid: the subject
    or object it heads, with no noun after it ("Two-thirds said", "cut the budget by a
    third", "could rise to half"; not "half-time", "half past six", "split in half"). A
    fraction that is also a period of the year is a share only as a subject ("A quarter
    said"; "in a quarter" is a time), and one spelled like an ordinal only after a
    preposition ("fell by a fifth"; "scored a fourth" is the fourth goal) or, after a
    number word (``numbered``), as a subject too ("one third said")."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.dep_ not in _ALONE:
        return False
    if after is not None and (
        after.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"} or after.text == "-" or after.lower_ == "past"
    ):
        return False
    if word.dep_ == "pobj" and word.head.lower_ == "in":
        return False  # "cut in half": an idiom, not a share of a whole
    if word.lower_ in time_tables().ordinals:
        return word.dep_ == "pobj" or (numbered and word.dep_ in {"nsubj", "nsubjpass"})
    period = word.lower_ in time_tables().units
    if period and after is not None and after.lower_ in _TIME_AFTER:
        return False  # "growth two quarters ahead": a span of time, even as a subject
    return not period or word.dep_ in {"nsubj", "nsubjpass"}


def _and_a_fraction(doc: Doc, j: int) -> tuple[float, int] | None:
    """The fraction that "and a half" or "and a quarter" from token ``j`` adds to the
    number before it ("two and a half million"), or hyphenated onto it ("a
    three-and-a-half foot fence"), and the number of its tokens; or None."""
    width = 3
    tokens = list(doc[j : j + 6])
    hyphens = [t for t in tokens[0::2] if t.text == "-" and not t.whitespace_]
    if len(tokens) == 6 and len(hyphens) == 3 and not any(t.whitespace_ for t in tokens[:5]):
        tokens, width = tokens[1::2], 6  # the words between the hyphens
    words = [t.lower_ for t in tokens[:3]]
    if words[:2] == ["and", "half"] and len(words) == 3 and _multiplier(words[2]):
        return 0.5, 2  # "two and half million": the article left out
    if len(words) < 3 or words[0] != "and" or words[1] not in _ARTICLES:
        return None
    if words[2] not in {"half", "quarter"}:
        return None
    return 1 / fractions()[words[2]], width


def _metres(doc: Doc, start: int, i: int) -> bool:
    """Whether an "m" after a figure (token ``i``) is metres, not million: no money in the
    sentence, or another figure there with a unit of measure and no currency before this
    one ("15kg … 21m of drying space … a £15 saving"), and no plural noun after it ("13m
    of drying space", "a 3m wall"; not "£13m", "77m euros", "up from 38m" after an amount
    in euros, "1m websites", "300m blog entries", "2m of the voters")."""
    token = doc[i]
    if not token.lower_.endswith("m"):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if _before_race(doc, i):
        return True  # "the 800m runners", "the 100m and 200m finals": a race's distance
    if start > 0 and lost_sign(doc[start - 1]):
        # "and ?500m a year": the sign the encoding lost is money, though the parser may
        # have ended a sentence at the question mark it left
        return False
    sentence = doc[start].sent
    if _names_money(sentence) and (
        currency_before(doc, start) is not None or not _measured_beside(sentence, i)
    ):
        return False
    if after is not None and people_word(after) is not None:
        return False  # "Britain's 4.8m self-employed", "2m jobless": people, not metres
    if token.pos_ == "AUX" or (after is not None and after.tag_ in FINITE_TAGS):
        # "3m received a refund", "3m have signed", or the "m" read as "am" ("Nearly 3m
        # watched"): the figure is a subject, and a length does nothing
        return False
    bare = after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"}
    if bare and _millions_elsewhere(doc, i):
        return False  # "6.1m viewers … peaked at 2.4m": the article counts in millions
    if after is not None and after.lower_ == "of" and i + 2 < len(doc):
        after = doc[i + 2]
        while after.pos_ in {"DET", "ADJ"} and after.i + 1 < len(doc):
            after = doc[after.i + 1]
    # the noun the words after it describe: "300m blog entries", "5m active users"
    while (
        after is not None
        and after.dep_ in {"compound", "amod"}
        and after.head.i > after.i
        and after.head.pos_ in {"NOUN", "PROPN"}
    ):
        after = after.head
    return after is None or after.tag_ not in {"NNS", "NNPS"}


def _measured_beside(sentence: Span, i: int) -> bool:
    """Whether another figure of the sentence (not token ``i``) has a unit of measure
    other than "m" ("holds 15kg of washing on 21m of drying space … a £15 saving": the
    "m" is metres though money is named)."""
    units = measures()
    for token in sentence[1:]:
        if token.i in {i, i + 1} or token.lower_ == "m" or token.lower_ not in units:
            continue
        if token.doc[token.i - 1].text[-1:].isdigit():
            return True
    return False


def _before_race(doc: Doc, i: int) -> bool:
    """Whether a figure with "m" (token ``i``) comes before a noun of a race, alone or
    joined to another figure that does ("the 400m hurdles", "the 100m and 200m
    finals"), or before those who run it, tied in by a word before the figure ("the top
    three 800m runners")."""
    after = i + 1
    if after + 1 < len(doc) and doc[after].lower_ in {"and", "or"}:
        figure = _SUFFIXED.match(doc[after + 1].lower_)
        if figure and figure.group(2) == "m":
            after += 2
        elif doc[after + 1].like_num and after + 2 < len(doc) and doc[after + 2].lower_ == "m":
            after += 3  # "the 5,000 m and 10,000 m races": figure and unit apart
    if after >= len(doc):
        return False
    noun = doc[after].lemma_.lower()
    if noun in race_words():
        return True
    # "the top three 800m runners", "Europe's 400m hurdlers": a number, "the", an
    # adjective or a possessive before the figure; "2m runners took part" counts millions
    split = doc[i].lower_ == "m" and i > 0 and doc[i - 1].like_num  # "800" "m"
    prev = doc[i - 1 - split] if i - split > 0 else None
    tied = prev is not None and (
        prev.like_num or prev.lower_ == "the" or prev.tag_ in {"JJ", "JJS", "POS", "PRP$"}
    )
    return noun in race_people() and tied


def _millions_elsewhere(doc: Doc, i: int) -> bool:
    """Whether another figure with "m" in the article counts a plural noun or people in
    millions ("6.1m viewers"), so that a bare one (token ``i``) is millions too; a race's
    distance ("the 5,000m titles") counts nothing."""
    for token in doc:
        if token.i == i or not token.lower_.endswith("m") or token.i + 1 >= len(doc):
            continue
        figure = _SUFFIXED.match(token.lower_)
        split = token.lower_ == "m" and token.i > 0 and doc[token.i - 1].like_num
        if not (figure and figure.group(2) == "m") and not split:
            continue
        if _before_race(doc, token.i):
            continue
        after = doc[token.i + 1]
        if after.tag_ in {"NNS", "NNPS"} or people_word(after) is not None:
            return True
    return False


def fused_word(word: Token) -> str:
    """A word in lower case with the words hyphenated to it without spaces after it
    ("self-employed", which the tokenizer split)."""
    doc, end = word.doc, word.i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):
        end += 2
    return doc[word.i : end].text.lower()


def people_word(word: Token) -> str | None:
    """The category of a word, not a noun, that stands for people counted by a number
    before it ("4.8m self-employed", "2m jobless", "40 dead"; kind ``noun`` of
    ``categories.tsv``), or None."""
    fused = fused_word(word)
    if word.pos_ == "NOUN" and "-" not in fused:
        return None
    return categories().get(("noun", fused))


#: The replacement character a text's broken encoding left where a sign was ("£", "€").
LOST_SIGN = "\ufffd"


def lost_sign(token: Token) -> bool:
    """Whether a token is what a broken encoding left of a currency sign right before a
    figure: the replacement character ("charged \ufffd152"), or a question mark that opens
    a word ("fined ?250"; not "Why?250 came", which ends a question)."""
    doc = token.doc
    if token.whitespace_ or token.i + 1 == len(doc) or not doc[token.i + 1].text[0].isdigit():
        return False
    if token.text == LOST_SIGN:
        return True
    return token.text == "?" and (token.i == 0 or bool(doc[token.i - 1].whitespace_))


def _names_money(sentence: Span) -> bool:
    """Whether a sentence names a currency ("euros", "£", "A$"), or a sign its encoding
    lost before a figure ("paid it \ufffd131m", "paid it ?131m")."""
    return any(t.lower_ in currencies() or "$" in t.text or lost_sign(t) for t in sentence)


def _owned_by_time(token: Token) -> bool:
    """Whether a number belongs to a date, time or ordinal rather than being a count.

    The NER sometimes calls a count a date ("Between 10 and 20 people"): a DATE or TIME
    entity keeps its numbers only when it has a time word or is a bare year-like number,
    and never a number right after a currency sign (or what a broken encoding left of
    one) or that is a toll's value.
    """
    if token.ent_type_ == "ORDINAL":
        # The NER sometimes calls "3bn" an ordinal; a written ordinal has no such form.
        return not (_DIGITS.match(token.lower_) or _SUFFIXED.match(token.lower_))
    if token.ent_type_ not in _NOT_COUNTS:
        return False
    suffixed = _SUFFIXED.match(token.lower_)
    if suffixed and suffixed.group(2) != "m":
        return False  # "$20-30bn", which the NER took for a date; "30m" may be minutes
    doc = token.doc
    if currency_before(doc, token.i) is not None:
        return False  # "NZ$5bn", which the NER took for a date
    if token.i > 0 and lost_sign(doc[token.i - 1]):
        return False  # "earned \ufffd10,000 a month": the sign the encoding lost
    glued = token.i > 1 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].like_num
    if glued and lost_sign(doc[token.i - 2]):
        return False  # the "m" of "\ufffd15m annually", which the NER took for a date
    ent = entity_of(token)
    if _counts_after_the_date(token, ent):
        return False  # "Last May two soldiers were killed"
    if any(t.lower_ in time_words() for t in ent):
        return True
    if any(t.lower_ in currencies() or t.lower_ in subunits() for t in ent):
        # "two and a half billion dollars", "as little as 15 cents", which the NER took for
        # a date
        return False
    if any(len(t) > 1 and t.lower_ in measures() for t in ent):
        return False  # "three and a half feet high", which the NER took for a time
    if len(ent) == 1 and toll_of(token) is not None:
        return False  # "the death toll stands at 46"
    if len(ent) == 1 and token.text.isdigit() and len(token.text) <= 3 and _casualties(token):
        return False  # "killing 12 people and injuring 49": a count, not the year '49
    following = doc[ent.end] if ent.end < len(doc) else None
    if ent[0].lower_ == "between" and following is not None and following.lower_ == "and":
        # "between 72 and 79 km/h", the NER taking the first end of the range for a date
        return ent.end + 1 == len(doc) or not doc[ent.end + 1].like_num
    if ent[0].lower_ == "between" and following is not None and _of_a_whole(following):
        return False  # "Between 10 and 12 of the huts", which the NER took for a date
    return following is None or following.pos_ not in {"NOUN", "PROPN"}


def _of_a_whole(word: Token) -> bool:
    """Whether a word after a range is the "of" of a whole it is a part of, named with a
    determiner and no time word ("between 10 and 12 of the huts", "of its ships"; not "of
    the month")."""
    doc = word.doc
    if word.lower_ != "of" or word.i + 1 >= len(doc) or doc[word.i + 1].tag_ not in {"DT", "PRP$"}:
        return False
    whole = [t for t in word.children if t.dep_ == "pobj"]
    return bool(whole) and whole[0].lower_ not in time_words()


def _counts_after_the_date(token: Token, ent: Span) -> bool:
    """Whether a number word that ends a date entity counts the plural noun after it,
    which the NER ran the date on to ("Last May two Romanian soldiers were killed")."""
    head = token.head
    return (
        token.is_alpha
        and token.i == ent.end - 1
        and token.dep_ == "nummod"
        and head.i >= ent.end
        and head.tag_ in {"NNS", "NNPS"}
    )


#: How a count hangs on its verb where it names no noun ("injuring 49").
_ARGS = frozenset({"dobj", "nsubj", "nsubjpass"})


def _casualties(token: Token) -> bool:
    """Whether a number is whom a verb of ``categories.tsv`` counts by what befell them
    (killed, wounded, arrested, displaced, …; not "people" or "other"): "injuring 49"."""
    verb = token.head
    return (
        token.dep_ in _ARGS
        and verb.pos_ == "VERB"
        and categories().get(("verb", verb.lemma_.lower())) not in {None, "people", "other"}
    )


#: Nouns whose value a number is ("the death toll rose to 13").
TOLL_WORDS = frozenset({"toll", "tally", "number", "count", "total", "figure"})


def toll_of(number: Token) -> Token | None:
    """The toll a number is the value of: the noun it is "of" ("a death toll of 46"), or
    the subject or object of the verb it completes ("the death toll rose to 13", "stands
    at 46", "is 46", "raised the death toll to 30")."""
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of":
        return head.head if head.head.lemma_.lower() in TOLL_WORDS else None
    verb = head.head if number.dep_ == "pobj" and head.dep_ == "prep" else head
    before = number.doc[number.i - 1] if number.i > 0 else None
    if number.dep_ == "nummod" and before is not None and before.lower_ in {"to", "at"}:
        # "has risen to five and about 10,000 people have left": the parser hung the
        # number on the noun of the next clause
        verb = before.head if before.dep_ == "prep" else verb
    elif number.dep_ not in {"pobj", "attr", "dobj"}:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for word in verb.children:
        if word.dep_ in {"nsubj", "nsubjpass", "dobj"} and word.lemma_.lower() in TOLL_WORDS:
            return word if word.i != number.i else None
    return None


def _combine(parts: list[tuple[float, str]]) -> float:
    """The value of number parts in order: "1.2" "million" → 1.2e6, "two hundred" → 200,
    "hundreds of thousands" → 200 × 1,000 (a vague plural counts at least two of its unit,
    once)."""
    total = 0.0
    current = 0.0
    for value, kind in parts:
        if kind == "vague" and current:
            current *= value / 2
            if value >= 1000:
                total += current
                current = 0.0
        elif kind == "scale":
            current = (current or 1.0) * value
            if value >= 1000:
                total += current
                current = 0.0
        else:
            current += value
    return total + current


def currency_before(doc: Doc, start: int) -> tuple[str, int] | None:
    """The ISO code of a currency symbol just before token ``start``, and the symbol's index
    (the index of a nationality before the currency's name: "Australian dollars 648m")."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in currencies():  # most numbers have none
        # a currency's name in lower case comes after its amount, unless a country's
        # name before it says whose: "the dollar one way" is no money; "Australian
        # dollars 648m", "USD 5", "Rs 500" and "$5" are
        spelled = before.is_alpha and before.is_lower and len(before) > 3
        whose = start > 1 and (doc[start - 2].is_title or doc[start - 2].is_upper)
        if whose or not spelled:
            national = _national_currency(doc[start - 2], before) if start > 1 else None
            if national is not None:
                return national, start - 2
            return currencies()[before.lower_], start - 1
    if start > 1 and doc[start - 1].lower_ == "$" and doc[start - 2].lower_ == "us":
        return "USD", start - 2
    return None


#: Nouns after a currency's name that make it the name of the states that use it ("the
#: euro zone", "the euro area").
_CURRENCY_AREAS = frozenset({"zone", "area"})


def currency_after(doc: Doc, end: int) -> tuple[str, int] | None:
    """The ISO code of a currency word just after token ``end - 1`` (or after a nationality
    there: "500 Australian dollars" is AUD), and the end past it."""
    if end < len(doc) and doc[end].lower_ in currencies() and doc[end].is_alpha:
        if end + 1 < len(doc) and doc[end + 1].lower_ in _CURRENCY_AREAS:
            return None  # "the 12 euro zone countries": states, not money
        code = currencies()[doc[end].lower_]
        shared = shared_currencies().get(doc[end].lower_)
        if shared is not None:
            code = _named_country_currency(doc, shared, code)  # pesos of the Philippines
        return code, end + 1
    if end < len(doc) and _won_after_a_multiplier(doc, end):
        return "KRW", end + 1  # "43 million won ($37.3 million)"
    if end + 1 < len(doc) and doc[end + 1].lower_ in currencies() and doc[end + 1].is_alpha:
        national = _national_currency(doc[end], doc[end + 1])
        if national is not None:
            return national, end + 2
    return None


def _named_country_currency(doc: Doc, name: str, default: str) -> str:
    """The ISO code of the currency called ``name`` ("peso") of the one country using such
    a currency that the article names, by its name or its people's, where it names no
    country whose currency is ``default``; else ``default``."""
    codes = set()
    for ent in doc.ents:
        if ent.label_ == "GPE":
            countries = {e.country for e in gazetteer().lookup(ent.text) if e.is_country}
        elif ent.label_ == "NORP":
            countries = {gazetteer().demonyms.get(fold(ent.text), "")}
        else:
            continue
        for country in countries:
            code, called = country_currencies().get(country, ("", ""))
            if called == name:
                codes.add(code)
    if default in codes or len(codes) != 1:
        return default
    return codes.pop()


#: What follows the verb "won" where it has an object: "a million won seats".
_OBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})


def _won_after_a_multiplier(doc: Doc, i: int) -> bool:
    """Whether "won" at token ``i`` is Korea's currency: after a multiplier, where the
    verb, which takes an object, is not ("43 million won ($37m)"; not "a million won
    seats")."""
    if doc[i].lower_ != "won" or i == 0:
        return False
    before = token_value(doc[i - 1])
    if before is None or before[1] != "scale":
        return False
    return i + 1 >= len(doc) or doc[i + 1].pos_ not in _OBJECT_POS


def _national_currency(nationality: Token, currency: Token) -> str | None:
    """The ISO code of the currency of the country a nationality word names, where the
    currency word is that currency's name: "Swiss francs" CHF, "Bangladeshi taka" BDT,
    "Danish kroner" DKK; None for "Swiss dollars" or a word that names no country. A
    country's short name or a currency union says it too ("US dollars", "U.S. dollars",
    "CFA francs")."""
    word = currency.lower_
    named = named_currencies().get((nationality.lower_, word.removesuffix("s")))
    if named is not None:
        return named
    found = _currency_of_nationality(nationality)
    if found is None:
        return None
    code, name = found
    last = name.split()[-1]
    if last in {word, word.removesuffix("s")}:
        return code
    # a plural not made with "s": "Danish kroner" are kroner, which the currencies know
    # as another form of the krone
    plural = currencies().get(word)
    return code if plural is not None and plural == currencies().get(last) else None


def nationality_currency(nationality: Token) -> str | None:
    """The ISO code of the currency of the country a capitalized nationality word names
    ("Canadian": CAD), or None."""
    found = _currency_of_nationality(nationality)
    return found[0] if found is not None else None


def _currency_of_nationality(nationality: Token) -> tuple[str, str] | None:
    """The ISO code and name of the currency of the country a nationality names."""
    if not nationality.is_title:
        return None
    country = gazetteer().demonyms.get(fold(nationality.text))
    if country is None or country not in country_currencies():
        return None
    return country_currencies()[country]
