"""The quantities stage: numbers that count something, and what they count.

A quantity is a number phrase ("46,707", "1.2 million", "a dozen", "hundreds of",
"five-member") with its qualifier from the words before it ("at least", "around",
"more than", …), a range ("between 10 and 20", "10 to 20"), a ratio ("one out of every
50", "one in five"), a part of a whole ("15 of the 70"), a percentage, an amount of
money, or a measure in a unit of ``data/quantities/measures.tsv`` ("40 km", "a 3m
wall": the unit's symbol is the quantity's unit). Years, dates, durations and clock
times (the times stage), ages, ordinals, phone numbers, scores ("won 6-2") and numbers
that name ("F-16", "Route 66", "Chapter 11", "page 12") are not quantities.

What is counted is the noun phrase the number modifies ("Palestinian prisoners"), and
its category comes from the verb that governs it ("killed at least 46,707
Palestinians" → killed) or else from the noun ("251 hostages" → hostages); the
categories are listed in ``data/quantities/README.md``. Each quantity links to the
entities its counted phrase and the verb's subject mention, to the nearest place and
time in its sentence, and to the attribution whose content holds it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import ORTH

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import entity_of
from newsgraph.records import Counted, Quantity, Span
from newsgraph.stages._entities.gazetteer import fold, gazetteer
from newsgraph.stages._quantities.numbers import (
    NumberPhrase,
    a_couple,
    currency_after,
    currency_before,
    figure_value,
    fused_word,
    lost_sign,
    nationality_currency,
    number_phrases,
    people_word,
    token_value,
    toll_of,
)
from newsgraph.stages._quantities.tables import (
    categories,
    change_words,
    currencies,
    fixed_compounds,
    level_words,
    measures,
    money_nouns,
    not_people,
    number_words,
    one_idioms,
    particle_verbs,
    period_words,
    qualifiers,
    qualifiers_after,
    result_words,
    state_groups,
    subunits,
    weight_words,
)
from newsgraph.stages._times.tables import tables as time_tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from newsgraph.records import Article

CATEGORIES = (
    "killed",
    "wounded",
    "missing",
    "hostages",
    "prisoners",
    "arrested",
    "displaced",
    "protesters",
    "troops",
    "money",
    "people",
    "other",
)
_PERCENT = frozenset({"%", "percent", "pct"})
_DURATION_UNITS = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    }
)  # fmt: skip
#: Units after "of" that make a vague count a duration ("over millions of years").
_DURATION_UNITS_OF = _DURATION_UNITS | {"centuries", "millennia"}
_PHONE = re.compile(r"\(?\+?\d[\d ()\-.]{6,}\d")
#: A whole number written with a leading zero: a code or a clock time, never a count.
_LEADING_ZERO = re.compile(r"0\d{2,}")
_CURRENCY_SIGNS = frozenset("$£€¥₹")
#: A country's calling code and groups of digits right before a number: "+44 7624 800 ".
_INTERNATIONAL_CODE = re.compile(r"\+\d{1,3}(?: \(0\))?[ \d]*[ -]$")
_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs"})
_AGE_BEFORE = frozenset({"aged", "age", "ages"})
#: Words before a number that bound an age: "aged over 50", "women over 50".
_AGE_BOUNDS = frozenset({"over", "under", "above", "below"})
#: Comparatives before "than" and a number that bound an age: "older than 75".
_AGE_COMPARED = frozenset({"older", "younger"})
#: "a three-and-a-half-year-old girl": the age runs on past the number.
_HALF_YEAR_OLD = re.compile(r"(?:-and-a-half|\s+and\s+a\s+half)(?:-year-old|\s+years?\s+old)")
#: What ends an age set off by a comma after a name: "Donna Rawlings, 59, of Ashton", "the
#: victims: Ann Lee, 19; Bo Kim, 17", "Ed Fox, 28 "who had …"".
_AGE_ENDS = frozenset({",", ".", ";", '"', "“", "”"})
#: "16 and 17-year-olds": the first of two ages that share the second's "-year-old".
_PAIRED_YEAR_OLD = re.compile(r"\s+(?:and|or|to)\s+(?:\d+|[a-z]+)-year-olds?\b", re.IGNORECASE)
_CASUALTY = frozenset(
    {"killed", "wounded", "missing", "hostages", "prisoners", "arrested", "displaced"}
)
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "npadvmod", "predet"})
_TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})


@dataclass(slots=True)
class _Found:
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


def find_quantities(doc: Doc, article: Article) -> list[Quantity]:
    """Quantities of the article in text order, with ids Q1, Q2, …."""
    text = article.text
    quantities: list[Quantity] = []
    times = sorted((t.start, t.end) for t in article.times)
    previous: tuple[_Found, Token] | None = None  # the last count of people and its noun
    last: tuple[_Found, Token | None, str] | None = None  # the last count, its noun, category
    for found in _find(doc, text):
        span = doc[found.start : found.end]
        if _inside_time(times, span.start_char, span.end_char):
            continue  # "on the 11 December", "another 6 1/2 years": the times stage has it
        if _year_after_named_currency(doc, found, times):
            continue  # "the Euro 2016 semi-finals": a tournament's year, not money
        # "(£12m; 14m euros; 15m)": the last amount of a list of conversions lost its sign
        converted = found.unit is None and (
            _converted_amount(doc, found)
            or _after_lost_sign(doc, found)
            or _before_conversion(doc, found)
        )
        noun = None if converted else _counted_noun(doc, found)
        if noun is not None and noun.i == found.end and _multiplies_a_comparison(doc, found):
            noun = None  # "six times longer": "times" is no thing counted
        if noun is not None and noun.i >= found.end and _multiplies_an_amount(doc, found):
            noun = None  # "2.5 times the sum paid": a multiple of the sum, not sums counted
        if noun is not None and _past_a_comparison(doc, found, noun):
            noun = None  # "20 seats, five more than last time but a setback": not the setback
        if noun is not None and found.start <= noun.i < found.end and found.unit is not None:
            noun = None  # "12 percent", "500 million euros": the unit is not what is counted
        if noun is not None and found.unit == "%" and noun.lower_ in {*_PERCENT, "cent"}:
            noun = None  # "53" in "by 53-47 percent": the other share's percent sign
        if noun is not None and found.unit is None and noun.lower_ in _DURATION_UNITS:
            continue  # "after four years or eight": a length of time, which counts nothing
        if noun is not None and noun.lower_ == "worth":
            noun = _measured(doc, noun.i + 1)  # "$1bn worth of contracts": the contracts
        if noun is None and _is_measure(found.unit):
            noun = _measured(doc, found.end)  # "5 tonnes of cocaine"
        if noun is None and found.unit is None and not converted:
            noun = _counted_by_toll(doc, found)  # "the number of staff rose to 900"
        category = "money" if converted else _category(doc, found, noun)
        if noun is None and category in _CASUALTY:
            noun = _people_counted_before(doc, previous, found)
        counted_span = _noun_phrase(doc, noun, found) if noun is not None else None
        whole = _whole_of_part(doc, found, quantities) if noun is None else None
        if whole is not None and whole.span is not None:
            # "killing 12 people, four of them children", "21 million units, of which 16
            # million": the part counts what the whole does, and what befell it
            counted_span = whole.span
            if category not in _CASUALTY:
                category = whole.category
        unsaid = counted_span is None and category != "money"
        elided = _elided_noun(doc, last, found, category) if unsaid else None
        if elided is not None and last is not None:
            # "900 people, with about 300 in Wales": the second
            # counts what the first does
            counted_span, category = _noun_phrase(doc, elided, last[0]), last[2]
        if counted_span is None and _money_left_unsaid(doc, last, found):
            category = "money"  # "77m euros, up from 38m": the currency goes unsaid
        last = (found, noun, category)
        if noun is not None and found.unit is None and _of_people(noun) and not _subset(noun):
            previous = (found, noun)
        sentence = doc[found.head].sent
        # "£17m." at the end of a sentence: the tokenizer kept the full stop on "m."
        end_char = span.end_char - (span[-1].lower_ in _SCALE_WORDS_WITH_STOP)
        quantity = Quantity(
            id=f"Q{len(quantities) + 1}",
            start=span.start_char,
            end=end_char,
            text=text[span.start_char : end_char],
            value=_tidy(found.value),
            qualifier=found.qualifier,
            low=_tidy(found.low),
            high=_tidy(found.high),
            unit=found.unit,
            counted=Counted(span=counted_span, category=category),
        )
        quantity.entities = _entities(doc, article, found, noun, counted_span)
        quantity.place = _nearest_place(article, sentence, quantity)
        quantity.time = _nearest_time(article, sentence, quantity)
        quantity.attribution = _attribution(article, quantity)
        quantities.append(quantity)
    return quantities


def _past_a_comparison(doc: Doc, found: _Found, noun: Token) -> bool:
    """Whether a noun the parser hung a difference on lies past the comparison right after
    it ("five more than last time but still a setback"), where what a difference counts
    stands before "than" ("30 more nurses than last year") or went before it."""
    i = found.end
    return (
        noun.i > i + 1
        and i + 1 < len(doc)
        and doc[i].lower_ in {"more", "fewer", "less"}
        and doc[i + 1].lower_ == "than"
    )


def _multiplies_a_comparison(doc: Doc, found: _Found) -> bool:
    """Whether a number before "times" multiplies a comparison ("six times longer",
    "three times as big", "seven times more likely"), where "won six times" counts
    occasions."""
    i = found.end
    if i + 1 >= len(doc) or doc[i].lower_ != "times" or found.unit is not None:
        return False
    return doc[i + 1].lower_ == "as" or doc[i + 1].tag_ in {"JJR", "RBR"}


#: Words after "times" that open the amount a number multiplies ("three times the level").
_AMOUNT_OPENERS = frozenset({"the", "that", "this", "its", "their", "his", "her", "our"})


def _multiplies_an_amount(doc: Doc, found: _Found) -> bool:
    """Whether a number before "times" multiplies an amount named after it ("2.5 times the
    sum", "four times its size"), where "six times a year" counts occasions."""
    i = found.end
    if i + 1 >= len(doc) or doc[i].lower_ != "times":
        return False
    return doc[i + 1].lower_ in _AMOUNT_OPENERS


def _counted_by_toll(doc: Doc, found: _Found) -> Token | None:
    """What the number, toll or total a count is the value of counts, after its "of":
    "the number of staff rose to 900", "raise the number of nurses from 800 to 950"."""
    toll = toll_of(doc[found.head])
    if toll is None:
        return None
    for prep in (c for c in toll.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.pos_ in {"NOUN", "PROPN"}:
                return pobj
    return None


def _after_lost_sign(doc: Doc, found: _Found) -> bool:
    """Whether a figure follows what a broken encoding left of its currency sign
    ("charged �152", "fined ?250"): money whose currency is lost."""
    return found.first > 0 and lost_sign(doc[found.first - 1])


def _before_conversion(doc: Doc, found: _Found) -> bool:
    """Whether a bare figure of millions or more stands before the same amount in another
    currency in brackets, its own sign lost ("a turnover of 9.8 billion ($11.9
    billion)"): money whose currency goes unsaid."""
    if found.value is None or found.value < 1e6 or found.end + 2 >= len(doc):
        return False
    if doc[found.end].text != "(":
        return False
    sign = doc[found.end + 1]
    return "$" in sign.text or sign.lower_ in currencies() or lost_sign(sign)


def _converted_amount(doc: Doc, found: _Found) -> bool:
    """Whether a bare figure is an amount of money in a bracketed list of the same amount
    in other currencies, after a semicolon, its own sign lost ("$1,400; 1,300 euros;
    1,100)"): money whose currency goes unsaid."""
    if found.start < 2 or doc[found.start - 1].text != ";":
        return False
    if found.end >= len(doc) or doc[found.end].text not in {")", ";"}:
        return False
    opening = found.start - 1
    while opening > 0 and doc[opening].text not in {"(", ")"} and found.start - opening < 16:
        opening -= 1
    if doc[opening].text != "(":
        return False
    listed = doc[opening + 1 : found.start]
    return any(t.lower_ in currencies() or "$" in t.text for t in listed)


def _money_left_unsaid(
    doc: Doc, last: tuple[_Found, Token | None, str] | None, found: _Found
) -> bool:
    """Whether a bare figure of millions or more, written with its multiplier, follows an
    amount of money in its sentence and so is money whose currency goes unsaid ("77m
    euros, up from 38m", "of the 203 billion euros spent, 26 billion could be saved")."""
    if last is None or last[2] != "money" or found.unit is not None:
        return False
    if found.qualifier in {"ratio", "range"} or found.value is None or found.value < 1e6:
        return False
    if not any(_multiplier(t) for t in doc[found.start : found.end]):
        return False  # "$5 for 1,000,000 shares" would not leave the currency unsaid
    return doc[last[0].head].sent.start == doc[found.head].sent.start


def _multiplier(token: Token) -> bool:
    """Whether a token is a multiplier or a figure with one written on ("billion", "38m")."""
    word = number_words().get(token.lower_)
    if word is not None:
        return word.kind == "scale"  # "38 m" split by the tokenizer, "26 billion"
    value = token_value(token)
    return value is not None and value != figure_value(token)


#: Pronouns after "of" that stand for a whole counted before ("four of them").
_WHOLE_PRONOUNS = frozenset({"them", "whom", "which"})


def _whole_of_part(doc: Doc, found: _Found, before: list[Quantity]) -> Counted | None:
    """What the whole counts that a part stands for by a pronoun, the whole being earlier
    in the same sentence and no smaller: "30 activists, four of them", "of which 16
    million" (the pronoun after the number or before it); None for none."""
    after = [t.lower_ for t in doc[found.end : found.end + 2]]
    ahead = [t.lower_ for t in doc[max(found.start - 2, 0) : found.start]]
    if not (after[:1] == ["of"] and after[1:] and after[1] in _WHOLE_PRONOUNS) and not (
        ahead[:1] == ["of"] and ahead[1:] and ahead[1] in _WHOLE_PRONOUNS
    ):
        return None
    sentence = doc[found.start].sent
    size = found.value if found.value is not None else found.high
    for quantity in reversed(before):
        if quantity.start < sentence.start_char:
            break
        whole = quantity.value if quantity.value is not None else quantity.high
        if quantity.unit is None and whole is not None and size is not None and whole >= size:
            return quantity.counted
    return None


#: Where a bare count stands as its own noun would: "down from seven", "compared with
#: 1,500", "and one in Amsterdam", "more than 200 are unfilled".
_ELIDED_ROLES = frozenset({"pobj", "conj", "nsubj", "nsubjpass", "appos"})


def _elided_noun(
    doc: Doc, last: tuple[_Found, Token | None, str] | None, found: _Found, category: str
) -> Token | None:
    """The plural noun the count just before a bare count counts, in the same sentence,
    where the bare one leaves it unsaid: "four foreigners last year, down from
    seven", "61 deaths in 2019 and at least 22 in 2020"; None where the bare one has a
    unit, a share, a casualty of its own, or stands in brackets or a list after a
    semicolon ("$9 million (8 million euros; 7 million)")."""
    if last is None or found.unit is not None or found.qualifier == "ratio":
        return None
    before, noun, _ = last
    if _fraction_after_whole(before, found):
        return None  # "the two sectors … hit a high of 53.5": a reading, not sectors
    if noun is None or category in _CASUALTY:
        return None
    if before.unit is not None or before.counted_word is not None:
        return None  # "$5m", "an 18-member squad": no plural noun counted
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lemma_.lower() == "time":
        return None  # "one example", "three times", "nine times out of ten"
    if doc[before.head].sent.start != doc[found.head].sent.start:
        return None
    if found.start > 0 and doc[found.start - 1].text in {"(", ";"}:
        return None
    head = doc[found.head]
    nxt = doc[found.end] if found.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "from":
        return None  # "20 officials and five from the firm": where they come from sets them apart
    after_preposition = nxt is not None and nxt.pos_ == "ADP"
    return noun if head.dep_ in _ELIDED_ROLES or after_preposition else None


def _fraction_after_whole(before: _Found, found: _Found) -> bool:
    """Whether a figure with a fraction follows a whole count, whose things it cannot
    count ("two sectors … a high of 53.5"); a rate may have fractions in both ("7.5
    connections per 100 people, against 6.7 in Germany")."""
    whole = before.value is not None and before.value.is_integer()
    return whole and found.value is not None and not found.value.is_integer()


def _tidy(value: float | None) -> float | None:
    """A value without the error of binary arithmetic: "136.2 billion" is 136200000000.0,
    not 136199999999.99998 (twelve significant digits are kept)."""
    return None if value is None else float(f"{value:.12g}")


def _subset(noun: Token) -> bool:
    """Whether a counted noun names some of those counted before it ("killed 12 people,
    including five children"): a later "dozens more" counts the whole, not the part."""
    return noun.dep_ == "pobj" and _subset_prep(noun.head)


def _subset_prep(word: Token) -> bool:
    return word.lower_ in {"including", "among"}


def _of_people(noun: Token) -> bool:
    """Whether a counted noun names people: "people", "refugees", "soldiers"."""
    lemma = noun.lemma_.lower()
    return _person_noun(lemma) or categories().get(("noun", lemma)) in _CASUALTY


def _people_counted_before(
    doc: Doc, previous: tuple[_Found, Token] | None, found: _Found
) -> Token | None:
    """The noun of the count of people just before a casualty count without one, where
    it counts them too: "12 people were killed and 40 wounded", "killing 12 people and
    injuring 49" (joined by "and" or a comma in the same sentence, a few words apart)."""
    if previous is None or found.unit is not None:
        return None
    before, noun = previous
    if doc[before.head].sent.start != doc[found.head].sent.start:
        return None
    # a part named after the noun is no gap: "12 people, including five children, and
    # injured dozens more"
    part = {t.i for c in noun.children if _subset_prep(c) for t in c.subtree}
    between = [t for t in doc[max(before.end, noun.i + 1) : found.start] if t.i not in part]
    joined = 0 < len(between) <= 6 and any(t.lower_ in {"and", ","} for t in between)
    return noun if joined else None


def _find(doc: Doc, text: str) -> list[_Found]:
    """Number phrases that are counts, joined into ranges, ratios and parts of wholes."""
    phrases = []
    splits: set[int] = set()  # the first shares of "voted 62 to 38 percent"
    candidates = number_phrases(doc)
    n = 0
    while n < len(candidates):
        phrase = candidates[n]
        nxt = candidates[n + 1] if n + 1 < len(candidates) else None
        joined = _join(doc, phrase, nxt) if nxt is not None else None
        if joined is not None and (
            _names(doc, phrase)
            or _score(doc, joined)
            or _years_of_a_period(doc, joined)
            or _opens_a_name(doc, joined)
        ):
            if nxt is not None and not _names(doc, phrase) and _percent_width(doc, joined.end):
                phrases += [phrase, nxt]  # "voted 62 to 38 percent": two shares of a vote
                splits.add(phrase.start)
            n += 2  # "a Level 2 out of 4 warning", "won 6-2", "a 5-4 ruling": a rating, a score
            continue
        if _is_count(doc, text, phrase):
            phrases.append(phrase)
        n += 1
    found: list[_Found] = []
    before_change: tuple[_Found, NumberPhrase] | None = None  # "from 10" in "fell from 10 to 5"
    split: _Found | None = None  # "62" in "voted 62 to 38 percent", which takes the unit after
    n = 0
    while n < len(phrases):
        phrase = phrases[n]
        nxt = phrases[n + 1] if n + 1 < len(phrases) else None
        item = _Found(
            phrase.start, phrase.end, phrase.value, head=phrase.end - 1, first=phrase.start
        )
        if phrase.vague:
            # "several hundred" is at least 200; "a couple hundred" about 200
            item.qualifier = "about" if a_couple(doc, phrase.start) else "at least"
        if phrase.share:
            item.qualifier = "ratio"  # "two-thirds of voters": a share of the whole
        changed = nxt is not None and _change(doc, phrase, nxt)
        if changed and nxt is not None:
            item.value = _sized_like(doc, phrase, nxt)  # "from 20 to 15 million"
        elif before_change is not None:
            item.value = _sized_like(doc, phrase, before_change[1])  # "from $2 million to 3"
        elif (
            nxt is not None
            and phrase.start not in splits
            and (joined := _join(doc, phrase, nxt)) is not None
            and not _falling(joined)
        ):
            item = joined
            n += 1
        _add_hyphen_compound(doc, item)
        _add_unit(doc, item)
        if nxt is not None and not changed and _inches_after_feet(doc, item, nxt):
            # "5ft 8in", "6 feet 2 inches": one height, in feet
            item.value, item.end = (item.value or 0.0) + nxt.value / 12, nxt.end + 1
            n += 1
        _add_qualifier(doc, item)
        _add_sign(doc, item)
        if before_change is not None:
            # one currency or unit for both: "from 10 to 5 dollars", "from $2 million to 3"
            before = before_change[0]
            before.unit, item.unit = before.unit or item.unit, item.unit or before.unit
        before_change = (item, phrase) if changed else None
        if split is not None:
            split.unit = split.unit or item.unit
        split = item if phrase.start in splits else None
        found.append(item)
        n += 1
    return found


def _inches_after_feet(doc: Doc, item: _Found, nxt: NumberPhrase) -> bool:
    """Whether a length in feet goes on in inches right after it ("5ft 8in", "6 feet 2
    inches"), the inches being fewer than a foot."""
    if item.unit != "ft" or item.value is None or item.end != nxt.start or nxt.end >= len(doc):
        return False
    unit = doc[nxt.end]
    glued = unit.lower_ == "in" and not doc[nxt.end - 1].whitespace_  # "8in", not "8 in May"
    return 0 < nxt.value < 12 and (glued or unit.lower_ in {"inch", "inches"})


def _falling(joined: _Found) -> bool:
    """Whether a range falls, and so is none: "is running 38 - six fewer than last year"
    is two numbers (a falling score is dropped before)."""
    return joined.low is not None and joined.high is not None and joined.high < joined.low


def _percent_width(doc: Doc, i: int) -> int:
    """The number of tokens of a percent sign or word at token ``i`` ("%", "percent": 1,
    "per cent": 2), or 0."""
    if i >= len(doc):
        return 0
    word = doc[i].lower_
    if word == "per" and i + 1 < len(doc) and doc[i + 1].lower_ == "cent":
        return 2
    return int(word in _PERCENT)


#: The most words two number phrases of one range, ratio or change have between them
#: ("out of every" and a currency sign).
_NEAR = 8


def _inside_time(times: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a time expression (by sorted character extents, which do not overlap) holds
    the span: the last one to start at or before it."""
    at = bisect_right(times, (start, float("inf"))) - 1
    return at >= 0 and end <= times[at][1]


def _year_after_named_currency(doc: Doc, found: _Found, times: list[tuple[int, int]]) -> bool:
    """Whether the figure after a capitalized currency word is a year the times stage took
    ("Euro 2016"): the name of an event, where a sum would be a symbol ("€2016")."""
    sign = doc[found.start]
    if found.first <= found.start or not (sign.is_title and sign.is_alpha):
        return False
    figure = doc[found.first : found.end]
    return _inside_time(times, figure.start_char, figure.end_char)


def _change(doc: Doc, first: NumberPhrase, second: NumberPhrase) -> bool:
    """Whether two numbers are a value before a change and one after: "fell from 10 to 5",
    "a rise from 3% to 4%", not the range "from 10 to 20 degrees"."""
    if second.start - first.end > _NEAR:
        return False
    currency = currency_before(doc, second.start)
    unit = _unit_after(doc, first.end)  # "from 9% to 10%", "from 5 yuan to 6 yuan"
    gap = doc[unit[1] if unit else first.end : currency[1] if currency else second.start]
    if [t.lower_ for t in gap] != ["to"]:
        return False
    currency = currency_before(doc, first.start)
    start = currency[1] if currency is not None else first.start  # "from $2 million"
    if start == 0:
        return False
    word = doc[start - 1]
    return word.lower_ == "from" and word.head.lemma_.lower() in change_words()


def _sized_like(doc: Doc, phrase: NumberPhrase, other: NumberPhrase) -> float:
    """The value of one side of a change, which takes the scale word of the other where it
    has none and the two are then of a size ("from 20 to 15 million": 20 million; "from
    $2 million to 3": 3 million; "from 900,000 to 1.2 million" stays 900,000)."""
    lead = token_value(doc[other.start])
    if phrase.end - phrase.start != 1 or lead is None or not lead[0] or other.value == lead[0]:
        return phrase.value
    scaled = phrase.value * other.value / lead[0]
    return scaled if 0.01 <= scaled / other.value <= 100 else phrase.value


def _join(doc: Doc, first: NumberPhrase, second: NumberPhrase) -> _Found | None:
    """A range, ratio or part of a whole made of two number phrases, or None."""
    if second.start - first.end > _NEAR or first.share or second.share:
        return None
    between = [t.lower_ for t in doc[first.end : second.start]]
    first_currency = currency_before(doc, first.start)
    opening = first_currency[1] if first_currency else first.start
    before = doc[opening - 1].lower_ if opening > 0 else ""
    rising = first.value < second.value  # not "£35bn - £2.5bn less than forecast"
    # "£30m, £40m or £50m": the last two of a list are no range
    listed = before == "," and any(t.like_num for t in doc[max(opening - 3, 0) : opening - 1])
    second_currency = currency_before(doc, second.start)
    if second_currency is not None and first_currency is not None:
        # "between $12 billion and $15 billion", "$10-$20", "$5 or $6", "between $5 to $7",
        # "ranging from $4 to $6": one range; "rose $1.64 to $47.10" is a change and a
        # level, two values
        bare = [t.lower_ for t in doc[first.end : second_currency[1]]]
        to = bare == ["to"] and (before == "between" or _range_named(doc, opening))
        if rising and ((bare == ["and"] and before == "between") or bare in _RANGE_SIGNS or to):
            between = bare
    # the same unit after both ends: "between 3 percent and 5 percent", "3%-5%", "About
    # 70% to 80%", "60,000 yuan to 229,000 yuan"; "rose 0.2% to 4.5%" is a change and a
    # level
    unit = _unit_after(doc, first.end)
    if rising and unit is not None and unit[0] == (_unit_after(doc, second.end) or ("",))[0]:
        bare = [t.lower_ for t in doc[unit[1] : second.start]]
        to = bare == ["to"] and (before == "between" or not _after_change(doc, opening))
        if (bare == ["and"] and before == "between") or bare in _RANGE_SIGNS or to:
            between = bare
    ones = token_value(doc[second.start])
    if (
        between == ["-"]
        and doc[first.start].is_alpha
        and first.value in _TENS
        and ones is not None
        and 0 < ones[0] < 10
        and not doc[first.end].whitespace_
    ):
        # "twenty-five" is one number, not a range; "Twenty-one thousand" is 21,000.
        return _Found(
            first.start,
            second.end,
            (first.value + ones[0]) * second.value / ones[0],
            head=second.end - 1,
            first=first.start,
        )
    # "two or three", "20 or 30 percent": one range where the second is the larger
    either = between == ["or"] and rising and not listed
    if between in (["-"], ["–"], ["to"]) or (between == ["and"] and before == "between") or either:
        if between == ["to"] and first_currency is not None and _counts_a_noun(doc, second):
            return None  # "from 10 cases worth £8m to 7 cases worth £6m": two phrases
        start = opening - 1 if before == "between" else first.start
        low, high = first.value, second.value
        # A scale word on one number only is the other's too: "$2-3 million", "10 to 20
        # thousand", "$2 million to 3", "20-30bn".
        lead = figure_value(doc[second.start])
        if lead is not None and low < lead[0] < high:
            low = low * high / lead[0]
        lead = token_value(doc[first.start])
        if lead is not None and lead[0] < low and high < low:
            high = high * low / lead[0]
        if between == ["to"] and _change_and_level(doc, opening, low, high):
            return None  # "exports rose 12,500 to 3.2 million": two values
        return _Found(
            start, second.end, None, "range", low, high, head=second.end - 1, first=first.start
        )
    if second.value and between in _RATIO_WORDS:
        ratio = round(first.value / second.value, 6)
        return _Found(
            first.start, second.end, ratio, "ratio", head=second.end - 1, first=first.start
        )
    if first.value <= second.value and between in (
        ["of"],
        ["of", "the"],
        ["of", "those"],
        ["of", "its"],
        ["of", "their"],
    ):
        return _Found(first.start, second.end, first.value, head=second.end - 1, first=first.start)
    return None


#: What joins the two numbers of a ratio ("one out of every 50", "four of every five").
_RATIO_WORDS = (["out", "of"], ["out", "of", "every"], ["in"], ["in", "every"], ["of", "every"])
#: What joins the two ends of a range that each have their unit ("$5-$6", "$5 or $6").
_RANGE_SIGNS = (["-"], ["–"], ["or"])


def _unit_after(doc: Doc, end: int) -> tuple[str, int] | None:
    """The unit right after a number ending at token ``end`` (a percent sign or word, a
    currency's name, a unit of measure) and the end past it, or None."""
    width = _percent_width(doc, end)
    if width:
        return "%", end + width
    return currency_after(doc, end) or _measure_after(doc, end)


#: How many times its low end a range's high end may be: "rose 12,500 to 3.2 million"
#: is a change and the level it reached, not a range.
_RANGE_SPREAD = 20


def _change_and_level(doc: Doc, opening: int, low: float, high: float) -> bool:
    """Whether "N to M" after a word of change is the change and the level it reached, the
    level many times the change ("rose 12,500 to 3.2 million", "fell a sharper than
    forecast 8,000 to 1.1 million"); "rose 20 to 30 percent" stays a range."""
    if low <= 0 or high / low <= _RANGE_SPREAD:
        return False
    words = doc[max(opening - 5, doc[opening].sent.start) : opening]
    return any(t.lemma_.lower() in change_words() for t in words)


def _range_named(doc: Doc, start: int) -> bool:
    """Whether the words before token ``start`` name a range that the amounts after them
    span ("ranging from $4 to $6", "a price range of $14 to $16")."""
    if start < 2 or doc[start - 1].lower_ not in {"from", "of"}:
        return False
    return doc[start - 2].lemma_.lower() == "range"


def _after_change(doc: Doc, start: int) -> bool:
    """Whether a verb or noun of change stands among the three words before token
    ``start`` ("rose 0.2% to 4.5%"), which makes two amounts a change and a level."""
    words = doc[max(start - 3, doc[start].sent.start) : start]
    return any(t.lemma_.lower() in change_words() for t in words)


def _counts_a_noun(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number modifies a noun right after it that is no currency or unit ("to
    8,177 cases"), so that it is no end of a range of money before it."""
    if phrase.end >= len(doc):
        return False
    noun = doc[phrase.end]
    return (
        noun.pos_ == "NOUN"
        and doc[phrase.end - 1].head.i == noun.i
        and noun.lower_ not in currencies()
        and noun.lower_ not in measures()
        and noun.lower_.rstrip(".") not in _SCALE_WORDS
        and noun.lower_ not in _PERCENT
    )


def _number_word_as_a_name(word: Token, prev: Token | None, nxt: Token | None) -> bool:
    """Whether a number word in capitals after a word in lower case that is no noun or verb
    is a name, with no word in lower case after it that it counts ("the joy of Six will
    last", "a first Five/Six Nations crown", "runs on Five."; not "killed Two members" nor
    "the court Four were named", where a stop went missing)."""
    if not (word.is_alpha and word.is_title and prev is not None):
        return False
    if not (prev.is_lower and prev.is_alpha) or prev.pos_ in {"NOUN", "PROPN", "VERB", "AUX"}:
        return False  # "the court Four were appointed": a new sentence that lost its stop
    if word.lower_.endswith("s"):
        return False  # "Thousands", "Hundreds": no name
    counts = nxt is not None and nxt.is_lower and nxt.pos_ not in {"AUX", "VERB", "CCONJ"}
    return not counts


def _code_after(doc: Doc, i: int) -> bool:
    """Whether the hyphen at token ``i`` goes on, with no space, into a word in capitals
    that is no unit or currency, through figures and hyphens ("482-KLM", "1-800-HELP"):
    a licence plate or a telephone number spelled in letters, not "a 500-MW plant"."""
    while i < len(doc) and not doc[i - 1].whitespace_:
        word = doc[i]
        if word.is_alpha and word.is_upper and len(word) > 1:
            return word.lower_ not in measures() and word.lower_ not in currencies()
        if word.text != "-" and not word.text.isdigit():
            return False
        i += 1
    return False


def _is_count(doc: Doc, text: str, phrase: NumberPhrase) -> bool:
    """False for years, ages, phone numbers, clock times and numbers in names."""
    first, last = doc[phrase.start], doc[phrase.end - 1]
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    prev = doc[phrase.start - 1] if phrase.start > 0 else None
    after = text[last.idx + len(last) : last.idx + len(last) + 12].lower()
    if (
        re.match(r"^\d{4}$", first.text)
        and 1800 <= phrase.value <= 2100
        and phrase.end - phrase.start == 1
    ):
        # "2000 people", never "in 2023" nor "counts from 1977"
        after_prep = prev is not None and prev.pos_ == "ADP"
        named_date = first.ent_type_ == "DATE"  # "to report 2004 results"
        owned = prev is not None and prev.tag_ == "PRP$"  # "its 2023 goals"
        plural_next = nxt is not None and nxt.tag_ == "NNS"
        return plural_next and not after_prep and not named_date and not owned
    if prev is not None and lost_sign(prev):
        return True  # "charged �152": an amount whose currency sign the encoding lost
    if after.startswith(("-year-old", " years old", " year-old", "-year old", " years of age")):
        return False
    if _HALF_YEAR_OLD.match(text, last.idx + len(last)):
        return False  # "a three-and-a-half-year-old girl"
    if _PAIRED_YEAR_OLD.match(text, last.idx + len(last)):
        return False  # "a wage for 16 and 17-year-olds", "for three and four-year-olds"
    if prev is not None and prev.lower_ in _AGE_BEFORE:
        return False
    if (
        nxt is not None
        and not last.whitespace_
        and last.text[-1:].isdigit()
        and nxt.is_upper
        and nxt.is_alpha
        and len(nxt) <= 3
        and not (len(nxt) > 1 and nxt.lower_ in measures())
    ):
        return False  # "4G services", "3D printing": a name, not a count ("50GB" is one)
    if _number_word_as_a_name(first, prev, nxt):
        return False  # "win their first Five/Six Nations title", "the joy of Six will last"
    if nxt is not None and nxt.text == "-" and not last.whitespace_ and _code_after(doc, nxt.i):
        return False  # "plate 482-KLM", "call 1-800-HELP-NOW": a code, not a count
    if (
        nxt is not None
        and first.ent_type_ in _NAMED_BY_NUMBER
        and first.ent_iob_ == "B"
        and nxt.ent_iob_ == "I"
        and nxt.is_title
    ):
        return False  # "CNN affiliate 7 News": the number opens a name
    if re.match(r"-(?:foot|feet)-\d", after):
        return False  # "6-foot-1": a person's height
    if (prev is not None and prev.lower_ == "magnitude") or after.startswith("-magnitude"):
        return False  # "a magnitude 7.8 earthquake", "a 6.1-magnitude quake": a measure of it
    if (
        prev is not None
        and prev.text == ":"
        and prev.i > 0
        and doc[prev.i - 1].lower_ in _AGE_BEFORE
    ):
        return False  # "Age: 50"
    if first.lower_ == "one" and phrase.end - phrase.start == 1 and _in_one_idiom(doc, first):
        return False  # "one thing is clear", "at one point", "on the one hand"
    if first.lower_ == "one" and _no_one(doc, first):
        return False  # "said no-one in the club was hurt": nobody
    if first.lower_ == "one" and phrase.end - phrase.start == 1 and _one_after_another(doc, first):
        return False  # "struck down one motion after another": many, one at a time
    if first.lower_ == "one" and phrase.end - phrase.start == 1 and _one_for_a_thing_said(first):
        return False  # "the one Kane missed", "a new era, one in which …"
    if _formula(doc, phrase):
        return False  # "a 2+2 meeting", "two-plus-two talks", "a one-on-one interview"
    if _age_after_age(doc, phrase.start) or _age_by_its_noun(doc, phrase.start):
        return False  # "at age 16 or 17", "as young as 14", "the retirement age to 67"
    if prev is not None and _age_at_death(prev, nxt):
        return False  # "died at 80", "his death at 90": an age
    if _age_of_a_person(doc, phrase, nxt):
        return False  # "a boy of 12 was hurt", "kids of 15 with such drive": an age
    if prev is not None and prev.lemma_ == "turn" and last.dep_ != "nummod":
        return False  # "before he turns 35": an age; not "turned 87 US tanks into …"
    if first.lower_ == "scores" and phrase.end - phrase.start == 1:
        if first.pos_ == "VERB":
            return False  # "the one who scores"
        described = any(c.dep_ in _DESCRIBING for c in first.children)
        if (nxt is None or nxt.lower_ != "of") and described:
            return False  # "the latest scores", "her test scores": results, not a number
    if _age_of_someone(last):
        return False  # "when she was 30 or even 41", "the suspect was 19"
    if _age_bound(doc, phrase) or _age_group(doc, phrase) or _age_opening(doc, phrase):
        return False  # "those aged over 50", "women over 50", "At 12, he …"
    if _enumerator(doc, phrase):
        return False  # "My thoughts: 1. Just don't."
    if prev is not None and prev.lower_ == "per" and currency_before(doc, phrase.start) is None:
        return False  # "4.5 murders per 100,000 people": the base of a rate, not a count
    if _to_pair(doc, phrase):
        return False  # "a 31-to-2 vote", "a two-to-one margin": a score or a ratio
    if _one_or_two(doc, phrase):
        return False  # "for a day or two", "called a surrogate at a time or two"
    if _rank(doc, phrase):
        return False  # "ranked 40 in the world", "in the top ten", "the number-one worry"
    if _bracketed_after_name(doc, phrase) or _goal_minute(doc, phrase):
        return False  # "Maple (70)", "Kim Dahl (45)", "Kemp 48 pen": a minute or an age
    if nxt is not None and nxt.text == "-" and phrase.end + 1 < len(doc):
        word = doc[phrase.end + 1].lower_
        forms = {f"{last.lower_}-{word}", f"*-{word}", f"{last.lower_}-*"}
        if forms & fixed_compounds():
            # "a one-off", "the two-state solution", "a three-star hotel", "zero-waste"
            return False
    # "Tomas Reed, also 23, left": an adverb may stand between the comma and the age
    adverb = prev is not None and prev.lower_ in {"also", "now"}
    comma = phrase.start - 1 - adverb
    if comma >= 0 and doc[comma].text == "," and nxt is not None and nxt.text in _AGE_ENDS:
        before = doc[comma - 1] if comma > 0 else None
        if before is not None and before.ent_type_ == "PERSON":
            return False  # "Donna Rawlings, 59, of Ashton"
        if before is not None and phrase.value.is_integer() and 1 <= phrase.value <= 110:
            # a name the tagger typed otherwise; after "also" or "now" even as a place or
            # a building ("his cousin Tomas Reed, also 23, left")
            named = (
                before.pos_ == "PROPN"
                and (adverb or before.ent_type_ not in _PLACE_TYPES)
                and first.dep_ == "appos"
            )
            # "The Yorkshire batsman, 26, succeeds Cook"
            described = before.pos_ == "NOUN" and _person_noun(before.lemma_.lower())
            if named or described:
                return False  # an age
    if _model_name(doc, phrase.start) or _model_name(doc, phrase.start - 2):
        return False  # "ten 737-800 planes", "the 777-8X": an aircraft's model
    if _LEADING_ZERO.fullmatch(first.text):
        return False  # "declared 056 the area code", "0040 GMT": a code, not a count
    line = text[max(first.idx - 4, 0) : last.idx + len(last) + 8]
    dialled = _PHONE.search(line)
    if dialled and dialled.start() > 0 and line[dialled.start() - 1] in _CURRENCY_SIGNS:
        dialled = None  # "$45-50 (42-47 euros)": amounts in two currencies, not a number to call
    phone = dialled and len(re.sub(r"\D", "", line)) >= 7 and "," not in first.text
    if phone and not _model_name(doc, phrase.end):
        return False
    if _INTERNATIONAL_CODE.search(text, max(first.idx - 24, 0), first.idx):
        return False  # "+44 7624 800 100": the last groups of a number to call abroad
    if nxt is not None and (nxt.lower_ in _CLOCK_WORDS or nxt.text == ":"):
        return False
    if _hour_of_the_day(doc, phrase):
        return False  # "at two in the afternoon", "as of 19.00 Moscow time"
    if nxt is not None and nxt.lower_ in _DURATION_UNITS:
        return False  # "six months", "two weeks": a duration, which the times stage reads
    if (
        nxt is not None
        and nxt.lower_ == "of"
        and phrase.end + 1 < len(doc)
        and doc[phrase.end + 1].lower_ in _DURATION_UNITS_OF
    ):
        return False  # "over millions of years", "hundreds of hours": a duration too
    if (
        nxt is not None
        and nxt.text in _FRACTIONS
        and phrase.end + 1 < len(doc)
        and doc[phrase.end + 1].lower_ in _DURATION_UNITS
    ):
        return False  # "another 6 1/2 years"
    if _service_number(doc, phrase):
        return False  # "unable to call 911", "911 service", "ext. 5"
    if _stock_code(doc, phrase):
        return False  # "(TWSE: 2495)": a share's code on its exchange
    if _opens_a_quoted_title(doc, phrase):
        return False  # "the drama "13 Reasons Why"": a title, not a count
    if _digits_of_an_amount(doc, phrase):
        return False  # "a six-figure salary": how long the amount is, not a count
    if _entry_time(doc, phrase):
        return False  # "21.45 Exit polls show …": the time of an entry of a live report
    if _hour_after_at(doc, phrase):
        return False  # "at nine shells hit the town": at nine o'clock
    if _race_time(doc, phrase):
        return False  # "won the 10km in 33.22": a time, which counts nothing
    if ":" in first.text or first.like_url:
        return False
    if (
        prev is not None
        and prev.text in {"-", "#", "No."}
        and not (prev.text == "-" and doc[phrase.start - 2].whitespace_)  # "Bulgarians - 74,000"
        and phrase.start > 1
        and doc[phrase.start - 2].is_alpha
        and not doc[phrase.start - 2].is_lower
        and not doc[phrase.start - 2].like_num
    ):
        return False  # "F-16", "COVID-19"; not "Twenty-five" opening a sentence
    if prev is not None and prev.text == "#" and not prev.whitespace_:
        return False  # "#1 hit", "(#559393)": a rank or a catalogue number
    if _address(doc, phrase):
        return False  # "300 Slater Street", "at 180 Kent"
    if _names(doc, phrase) or _listed_label(doc, phrase.start):
        return False  # "Route 66", "Flight 370", "page 12", "Phase six", "articles 5 and 4"
    if _label_named_elsewhere(doc, phrase):
        return False  # "Section 230 … the fight over 230": the label again, on its own
    if nxt is not None and nxt.text.split("-")[0].rstrip(".").upper() in _ERAS:
        return False  # "as early as 500 BC", "(202 BC-220 AD)": a year
    if _year_after_preposition(doc, phrase):
        return False  # "baptised in 988", "the worst since 1066"
    if _season_end(doc, phrase):
        return False  # "the 2023-24 season"
    if first.lower_ == "zero" and prev is not None and prev.lower_ == "net":
        return False  # "net zero by 2050": a goal, not a count
    if first.lower_ == "zero" and nxt is not None and _none_of_a_mass(nxt):
        return False  # "zero tolerance", "zero appetite for talks"; not "zero deaths"
    if first.lower_ == "one" and nxt is not None and prev is not None:
        if (prev.lower_, nxt.lower_) == ("the", "hand"):
            return False  # "on the one hand"
        if prev.lower_ == "by" and nxt.lemma_.lower() in _RECKONINGS:
            return False  # "by one measure", "by one estimate"
        after_next = doc[phrase.end + 1] if phrase.end + 1 < len(doc) else None
        if nxt.lower_ == "way" and after_next is not None and after_next.lower_ == "or":
            return False  # "one way or the other"
    if first.lower_ in {"one", "a", "an"} and phrase.end - phrase.start == 1:
        # "one of them", "one day": a count only with a noun it modifies, or a ratio.
        return _one_counts(doc, phrase) or _one_in(doc, phrase)
    return True


def _none_of_a_mass(noun: Token) -> bool:
    """Whether "zero" stands before a singular noun that is no unit ("zero tolerance"): the
    none of a thing not counted, where a count of none takes a plural ("zero deaths")."""
    unit = noun.lower_ in _PERCENT or noun.lower_ in measures() or noun.lower_ in currencies()
    return noun.tag_ == "NN" and not unit


def _one_counts(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a lone "one" modifies a noun after it ("one reason"); not "name one", the
    verb before it misread as its noun."""
    one = doc[phrase.start]
    return one.dep_ == "nummod" and one.head.i > one.i


def _one_in(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether "one" opens a ratio ("one out of every 50", "one in five", "one of every
    three") or stands for one of those counted before, in a place ("five voters in Leeds
    and one in York"); not the pronoun "the one in place"."""
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        return phrase.end + 1 < len(doc) and doc[phrase.end + 1].lower_ == "every"
    if nxt is None or nxt.lower_ not in {"out", "in"}:
        return False
    return phrase.start == 0 or doc[phrase.start - 1].lower_ != "the"


_FRACTIONS = frozenset({"1/2", "1/4", "3/4", "1/3", "2/3", "½", "¼", "¾"})
#: Emergency and information lines, which are numbers to call, not counts.
_SERVICE_NUMBERS = frozenset({"911", "999", "112", "111", "311", "411", "211", "000", "101"})
_CALLING = frozenset({"call", "dial", "ring", "phone", "text"})
_SERVICE_NOUNS = frozenset(
    {"call", "caller", "service", "dispatcher", "operator", "center", "centre", "line"}
    | {"system", "function", "emergency"}
)


#: A time of day written "HH.MM" ("09.30", "21.45").
_CLOCK_DECIMAL = re.compile(r"(?:[01]\d|2[0-3])\.[0-5]\d")
#: What ends the text before a line or sentence that a time of day opens.
_OPENERS = frozenset({".", ":", "!", "?", "-", "–", '"', "”"})


def _entry_time(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number written "HH.MM" opens a line or sentence before a capitalized
    word, as the time of an entry of a live report does ("21.45 Exit polls show …",
    "… closed. 12.35 Send more boats!"); not "12.50 million" nor "21.45 Percent"."""
    number = doc[phrase.start]
    if phrase.end - phrase.start != 1 or not _CLOCK_DECIMAL.fullmatch(number.text):
        return False
    prev = doc[phrase.start - 1] if phrase.start > 0 else None
    if not (prev is None or prev.is_space or number.is_sent_start or prev.text[-1] in _OPENERS):
        return False
    after = phrase.end + 1 if _hyphen_joins(doc, phrase.end) else phrase.end
    word = doc[after] if after < len(doc) else None
    return (
        word is not None
        and word.text.lstrip("-")[:1].isupper()
        and word.lower_ not in _PERCENT
        and word.lower_ not in currencies()
        and not _unit_word(word)
        and token_value(word) is None
    )


#: Parts of the day that make an hour of a number before "in the" ("two in the afternoon").
_DAY_PARTS = frozenset({"morning", "afternoon", "evening"})
#: Words before an hour ("until five in the morning", "it is almost two in the afternoon"),
#: qualifiers skipped; not "sold five in the morning", a count.
_BEFORE_HOURS = frozenset(
    {"at", "until", "till", "by", "before", "after", "around", "since", "from", "to", "is", "was"}
)
_HOUR_QUALIFIERS = frozenset({"almost", "nearly", "about", "around", "just", "shortly"})


def _hour_of_the_day(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is an hour: one to twelve before a part of the day after a word of
    time ("it is almost two in the afternoon", "until three or four in the morning"), or
    "HH.MM" before a zone's time ("as of 19.00 Moscow time")."""
    number = doc[phrase.start]
    end = phrase.end
    if _CLOCK_DECIMAL.fullmatch(number.text) and end - phrase.start == 1:
        return any(t.lower_ == "time" for t in doc[end : end + 3])
    if not (phrase.value.is_integer() and 1 <= phrase.value <= 12) or end + 2 >= len(doc):
        return False
    if doc[end].lower_ in {"or", "to"} and token_value(doc[end + 1]) is not None:
        end += 2  # "until three or four in the morning": the first of two hours
    if end + 2 >= len(doc) or [t.lower_ for t in doc[end : end + 2]] != ["in", "the"]:
        return False
    if doc[end + 2].lower_ not in _DAY_PARTS:
        return False
    before = phrase.start - 1
    while before >= 0 and doc[before].lower_ in _HOUR_QUALIFIERS:
        before -= 1
    return before >= 0 and doc[before].lower_ in _BEFORE_HOURS


#: Verbs that finish a race in a time: "won in 30.26", "took the title in 46.46".
_RACE_VERBS = frozenset({"win", "finish", "take", "complete", "clock", "edge", "cross"})
_RACE_TIME = re.compile(r"\d{1,3}\.[0-5]\d")


def _race_time(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure with two places after the point is the time in which a verb of
    winning or finishing was done ("finished fifth in 7.35", "took the title in 46.46"),
    its seconds and hundredths or minutes and seconds, with no unit after it."""
    start, end = phrase.start, phrase.end
    if end - start != 1 or start == 0 or not _RACE_TIME.fullmatch(doc[start].text):
        return False
    prep = doc[start - 1]
    if prep.lower_ != "in" or doc[start].dep_ != "pobj":
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_alpha and after.lower_ not in {"ahead", "behind"}:
        return False  # "in 12.50 euros": a unit or what it counts
    return prep.head.lemma_.lower() in _RACE_VERBS


def _hour_after_at(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a whole number of 1 to 24 after "at" is an hour, the noun after it being
    the subject of the verb that follows, which has none of its own, and "at" hanging on
    no verb before it or following a time ("last night at nine shells hit the town";
    not "arrived at seven homes before dawn", "fired at 12 protesters gathered there")."""
    at = doc[phrase.start - 1] if phrase.start > 0 else None
    if at is None or at.lower_ != "at" or phrase.end + 1 >= len(doc):
        return False
    if not (phrase.value.is_integer() and 1 <= phrase.value <= 24):
        return False
    after_time = at.i > 0 and doc[at.i - 1].ent_type_ in {"TIME", "DATE"}
    if at.head.i < at.i and not after_time:
        return False
    noun, verb = doc[phrase.end], doc[phrase.end + 1]
    return (
        noun.tag_ == "NNS"
        and doc[phrase.end - 1].head.i == noun.i
        and verb.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
        and verb.head.i != noun.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


#: The part after the hyphen of a model's name that has letters: "8X", "200ER".
_MODEL_SUFFIX = re.compile(r"\d+[A-Z]+")


def _model_name(doc: Doc, i: int) -> bool:
    """Whether a number at token ``i`` and the one hyphenated to it without spaces name a
    model: a count stands right before them ("ten 737-800 planes") or the second has
    capital letters ("the 777-8X"); not the range "10-20 planes"."""
    if i < 0 or i + 2 >= len(doc) or not doc[i].text.isdigit():
        return False
    dash, second = doc[i + 1], doc[i + 2]
    if dash.text not in {"-", "–"} or doc[i].whitespace_ or dash.whitespace_:
        return False
    if _MODEL_SUFFIX.fullmatch(second.text):
        return True
    before = doc[i - 1] if i > 0 else None
    counted = before is not None and bool(before.whitespace_) and token_value(before) is not None
    return second.text.isdigit() and counted


def _in_one_idiom(doc: Doc, one: Token) -> bool:
    """Whether the word "one" stands in a phrase of ``one_idioms.txt``."""
    for idiom in one_idioms():
        first = one.i - idiom.index("one")
        words = doc[max(first, 0) : first + len(idiom)]
        if first >= 0 and tuple(t.lower_ for t in words) == idiom:
            return True
    return False


def _no_one(doc: Doc, one: Token) -> bool:
    """Whether "one" ends "no-one", which the tokenizer split at its hyphen."""
    if one.i < 2 or doc[one.i - 1].text != "-":
        return False
    return doc[one.i - 2].lower_ == "no" and not doc[one.i - 2].whitespace_


def _one_after_another(doc: Doc, one: Token) -> bool:
    """Whether "one" opens "one … after another" or "one … after the other" ("one motion
    after another", "one global project after another"), with only the words of its noun
    between."""
    i = one.i + 1
    while i < len(doc) and i <= one.i + 4 and doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}:
        i += 1
    if i == one.i + 1 or i + 1 >= len(doc) or doc[i].lower_ != "after":
        return False
    if doc[i + 1].lower_ == "another":
        end = i + 2
    elif doc[i + 1].lower_ == "the" and doc[i + 2 : i + 3].text.lower() == "other":
        end = i + 3
    else:
        return False
    # "another" standing alone, not "after another year of pain"
    return end >= len(doc) or doc[end].pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}


def _one_for_a_thing_said(one: Token) -> bool:
    """Whether "one" after "the" or a comma stands for a noun said before, as what a
    relative clause describes ("the one Kane missed", "a new era, one in which rivals set
    the rules"; not "the one who died", a person it may count)."""
    doc = one.doc
    if one.i == 0 or doc[one.i - 1].lower_ not in {"the", ","}:
        return False
    clauses = [c for c in one.children if c.dep_ == "relcl"]
    return bool(clauses) and not any(t.tag_ == "WP" for c in clauses for t in c.subtree)


#: Words after a number that tell how many digits an amount has ("a six-figure salary").
_DIGIT_WORDS = frozenset({"figure", "digit"})


def _digits_of_an_amount(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number tells how many digits the amount after it has ("a six-figure
    salary", "a 7 figure deal", "two-digit growth"); not "five figures were released"."""
    at = phrase.end + 1 if _hyphen_joins(doc, phrase.end) else phrase.end
    if at + 1 >= len(doc) or doc[at].lower_ not in _DIGIT_WORDS:
        return False
    return doc[at + 1].pos_ in {"NOUN", "PROPN", "ADJ"}


_OPENING_QUOTES = frozenset({'"', "“"})
_CLOSING_QUOTES = ('"', "”")


def _opens_a_quoted_title(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number opens a title in quotes, every word of which is capitalized ("the
    drama "13 Reasons Why""); not "40 people died," he said", a quoted sentence."""
    i = phrase.start - 1
    if i >= 0 and doc[i].text == "?" and not doc[i].whitespace_:
        i -= 1  # the mark a broken encoding left of a curly quote
    if i < 0 or doc[i].text not in _OPENING_QUOTES or doc[i].whitespace_:
        return False
    words = doc[phrase.end : phrase.end + 6]
    titled = False  # a capitalized word follows the number: "Three," alone is no title
    for word in words:
        closed = any(mark in word.text for mark in _CLOSING_QUOTES)
        if word.text[:1].isupper():
            titled = True
            if closed:
                return True
        elif closed:
            return titled and not word.text[0].isalnum()  # "… Why", "… Why."
        elif not word.is_punct:
            return False
    return False


def _stock_code(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure is a share's code after its exchange's initials and a colon, alone
    in brackets ("(TWSE: 2495)", "(HKEX: 700)"; not "(UN: 45 dead)"), not a count."""
    start = phrase.start
    if phrase.end - start != 1 or start < 3 or not doc[start].text.isdigit():
        return False
    if phrase.end == len(doc) or doc[phrase.end].text != ")":
        return False
    bracket, exchange, colon = doc[start - 3], doc[start - 2], doc[start - 1]
    initials = exchange.is_alpha and exchange.is_upper and 2 <= len(exchange) <= 6
    return bracket.text == "(" and initials and colon.text == ":"


def _service_number(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether the number is one to call ("dial 311", "calls to 911", "911 service") or
    a telephone extension ("ext. 5"), not a count."""
    prev = doc[phrase.start - 1] if phrase.start > 0 else None
    label = (
        doc[phrase.start - 2]
        if prev is not None and prev.text == "." and phrase.start > 1
        else prev
    )
    if label is not None and label.lower_.rstrip(".") in {"ext", "extension"}:
        return True
    if phrase.end - phrase.start != 1 or doc[phrase.start].text not in _SERVICE_NUMBERS:
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in _SERVICE_NOUNS:
        return True
    start = phrase.start
    joined = prev is not None and prev.lower_ in {"or", "and"} and start > 2
    if joined and doc[start - 2].text in _SERVICE_NUMBERS:
        start -= 2  # "call 112 or 999": the second number as the first
        prev = doc[start - 1]
    if prev is not None and prev.lower_ in {"to", "at", "on"} and start > 1:
        if prev.head.lemma_.lower() in _CALLING:
            return True  # "call the coastguard at 112"
        prev = doc[start - 2]  # "calls to 911"
    return prev is not None and prev.lemma_.lower() in _CALLING


#: Words before a noun that make "scores" results: "the latest scores", "test scores".
_DESCRIBING = frozenset({"det", "amod", "compound", "poss", "nummod"})


def _person_noun(lemma: str) -> bool:
    """Whether a noun names a person: a noun of people in ``categories.tsv``, a title or a
    role word, or one ending like "batsman", "activist", "politician"."""
    if categories().get(("noun", lemma)) in {"people", "troops", "protesters", "prisoners"}:
        return True
    if lemma in load_lexicon("role_words"):
        return True
    return _named_like_a_person(lemma)


def _named_like_a_person(lemma: str) -> bool:
    """Whether a noun is a title ("senator") or ends like "batsman", "activist",
    "politician"."""
    last = lemma.rsplit(" ", 1)[-1]  # "major heist": the noun, past its modifier
    if last in not_people() or lemma.endswith(("playlist", "checklist", "shortlist")):
        return False  # "exists" taken for a noun, "two playlists", "two oil fields"
    if lemma in load_lexicon("titles"):
        return True
    # the noun's own ending: "three shopping lists" are no people
    return last.endswith(("man", "woman", "ist", "ian")) and len(last) > 4


#: Words that make "one-…" an adjective of kind, not a count.
#: Who has an age ("I was 25"); "they were 12" more often counts them.
_ONE_PERSON = frozenset({"i", "he", "she", "who"})
_AGE_ADJECTIVES = frozenset({"young", "old"})
#: What "by one …" reckons by: a way of counting, not one thing counted.
_RECKONINGS = frozenset({"measure", "estimate", "account", "count", "reckoning", "tally"})


def _age_after_age(doc: Doc, start: int) -> bool:
    """Whether the number at ``start`` is an age by the words before it: one of a list after
    "age" ("at age 16 or 17", "aged 12 to 15", "the children were ages 4, 7, 10 and 13")
    or after "as young as" / "as old as"."""
    if _in_list_of_ages(doc, start):
        return True
    if start < 3 or doc[start - 3].lower_ != "as":
        return False
    before = [t.lower_ for t in doc[start - 3 : start]]
    return before[1] in _AGE_ADJECTIVES and before[2] == "as"


#: What stands between the ages of a list: "ages 4, 7, 10 and 13", "aged 12 to 15".
_AGE_LIST_LINKS = frozenset({",", "and", "or", "to", "-"})


def _in_list_of_ages(doc: Doc, start: int) -> bool:
    """Whether the number at ``start`` follows "age", "aged" or "ages" across other numbers
    and the words that link them ("aged 12 to 15"); after a comma, only with no noun of its
    own ("ages 4, 7 and 10"; not "aged 20 to 30, 500 people")."""
    i, comma = start - 1, False
    while i >= 0 and start - i <= 12 and (doc[i].like_num or doc[i].lower_ in _AGE_LIST_LINKS):
        comma = comma or doc[i].text == ","
        i -= 1
    if i < 0 or i == start - 1 or doc[i].lower_ not in _AGE_BEFORE:
        return False
    if not any(t.like_num for t in doc[i + 1 : start]) and doc[start - 1].text != "-":
        return False  # "aged and frail": no number before this one
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    return not (comma and nxt is not None and nxt.pos_ in {"NOUN", "PROPN"})


#: Words between the noun "age" and its number: "the age of 16", "the retirement age
#: to 67".
_AGE_LINKS = frozenset({"of", "to", "at", "from", "between"})


def _age_of_a_person(doc: Doc, phrase: NumberPhrase, nxt: Token | None) -> bool:
    """Whether a bare whole number after "of" is the age of the person before it ("a boy
    of 12", "kids of 15"); not "a father of four" nor "a city of two million" (``people
    of`` rows), "a crew of 20" (a group) or "the deaths of 12"."""
    start = phrase.start
    if start < 2 or doc[start - 1].lower_ != "of" or phrase.end - start != 1:
        return False
    if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN", "ADJ"} or nxt.lower_ in {"of", "%"}):
        return False  # "a class of 30 pupils", "a man of 60 years"
    if doc[start].head.i > start:
        return False  # "citizens of six mainly Muslim nations": it counts a noun after it
    if not (phrase.value <= 120 and phrase.value == int(phrase.value)):
        return False
    person = doc[start - 2]
    lemma = person.lemma_.lower()
    if person.pos_ != "NOUN" or lemma in _GROUPS:
        return False
    table = categories()
    if ("people of", lemma) in table:
        return False
    return table.get(("noun", lemma)) == "people" or _named_like_a_person(lemma)


def _age_by_its_noun(doc: Doc, start: int) -> bool:
    """Whether the number at ``start`` is the value of the noun "age" before it: "an
    average age of 45", "the retirement age to 67", "between the ages of 10 and 17"
    (either number); not "the age of 12 cars", which counts the cars."""
    noun = doc[start].head
    if noun.i > start and noun.pos_ == "NOUN" and noun.lower_ not in _DURATION_UNITS:
        return False
    after = doc[start + 1] if start + 1 < len(doc) else None
    if after is not None and after.tag_ == "NNS" and after.lower_ not in _DURATION_UNITS:
        return False  # "above the age of 80 and 268,000 people": the people are counted
    i = start - 1
    if i > 0 and doc[i].lower_ in {"and", "or", "to", "-"} and doc[i - 1].like_num:
        i -= 2  # the second of two
    if i >= 0 and doc[i].lower_ in _AGE_LINKS:
        i -= 1
    return i >= 0 and doc[i].lemma_.lower() == "age" and doc[i].pos_ == "NOUN"


def _age_at_death(prev: Token, nxt: Token | None) -> bool:
    """Whether a number after ``prev`` is an age at death: after "at" that hangs on "die"
    or "death" ("died at 80", "his death at 90"), with no noun of its own ("deaths at 20
    sites" counts sites)."""
    if prev.lower_ != "at" or prev.head.lemma_ not in {"die", "death"}:
        return False
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}


def _age_of_someone(number: Token) -> bool:
    """Whether a bare number is what a person is: "when she was 30 or even 41", "Smith is
    58"."""
    word = number.head if number.dep_ == "conj" and number.head.like_num else number
    if word.dep_ not in {"attr", "acomp"} or word.head.lemma_ != "be":
        return False
    after = number.nbor() if number.i + 1 < len(number.doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN", "SYM"} or after.lower_ == "per"):
        return False  # "I may be 100 per cent wrong", "he was 12 points ahead"
    subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _ONE_PERSON or subject.ent_type_ == "PERSON":
        return True
    named = subject.is_title and subject.pos_ != "PRON" and not list(subject.children)
    if named and _when_clause(word.head):
        return True  # "Mara was only 12 when she ran", a name the NER took for no person
    if subject.lower_ in _AGE_SUPERLATIVES:
        return True  # "the youngest is nine"
    # one person named by a noun ("the suspect was 19"); not a group ("the crew was 12")
    lemma = subject.lemma_.lower()
    return subject.tag_ == "NN" and lemma not in _GROUPS and _person_noun(lemma)


def _when_clause(verb: Token) -> bool:
    """Whether a clause opened by "when" hangs on a verb ("was 15 when she left")."""
    return any(
        c.dep_ == "advcl" and any(w.lower_ == "when" and w.dep_ == "advmod" for w in c.children)
        for c in verb.children
    )


#: Who is the most or least of an age: "the youngest is nine".
_AGE_SUPERLATIVES = frozenset({"youngest", "oldest", "eldest"})
#: Nouns of people that stand for a group: "the crew was 12" counts them.
_GROUPS = frozenset(
    {"family", "crew", "staff", "police", "couple", "clergy", "personnel", "people", "youth"}
)


def _age_bound(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number after "over" or "under" bounds an age: after "aged" ("those aged
    over 45"), or after the people it sets apart, with no noun of its own ("children
    under five", "women over 50"; not "people over 20 days"); or one after "older than"
    or "younger than" with no noun of its own ("children younger than five")."""
    start = phrase.start
    if start < 2:
        return False
    compared = doc[start - 1].lower_ == "than" and doc[start - 2].lower_ in _AGE_COMPARED
    if doc[start - 1].lower_ not in _AGE_BOUNDS and not compared:
        return False
    if doc[start - 2].lower_ in _AGE_BEFORE:
        return True
    if not (phrase.value.is_integer() and 1 <= phrase.value <= 110):
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in {"NOUN", "SYM", "NUM"} or nxt.lower_ in _PERCENT):
        return False
    if compared:
        return True  # "30% are older than 75", "children younger than five"
    people = doc[start - 2]
    if people.lower_ == "those":
        return True
    return people.tag_ == "NNS" and _person_noun(people.lemma_.lower())


def _age_group(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether "under" and a number name an age group before its noun: "the club's under
    16 girls", "the under 21 side"."""
    start = phrase.start
    if start < 2 or doc[start - 1].lower_ != "under":
        return False
    owner = doc[start - 2]
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    young = phrase.value.is_integer() and 5 <= phrase.value <= 23
    return young and owner.tag_ in {"POS", "PRP$", "DT"} and nxt is not None and nxt.pos_ == "NOUN"


def _age_opening(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether "At" and a number open a sentence as someone's age before its subject: "At
    12, he was handing out leaflets"."""
    start, end = phrase.start, phrase.end
    if start < 1 or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    at = doc[start - 1]
    if at.lower_ != "at" or at.i != at.sent.start:
        return False
    subject = doc[end + 1]
    person = subject.pos_ == "PRON" or subject.ent_type_ == "PERSON"
    return person and phrase.value.is_integer() and 1 <= phrase.value <= 110


#: "to-2" as one token: the second half of a hyphenated score.
_TO_NUMBER = re.compile(r"to-\d+(?:\.\d+)?")


def _to_pair(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is one side of two hyphenated with "to" ("a 31-to-2 vote", "a
    two-to-one margin", "a five-to-four ruling"): a score or a ratio, not a count."""
    if not doc[phrase.end - 1].whitespace_:  # glued to what follows
        words = [t.lower_ for t in doc[phrase.end : phrase.end + 4]]
        if words[:1] == ["-"] and len(words) > 1 and _TO_NUMBER.fullmatch(words[1]):
            return True  # "31-to-2"
        if words[:3] == ["-", "to", "-"] and len(words) == 4:
            return token_value(doc[phrase.end + 3]) is not None  # "two-to-one"
    if phrase.start < 4 or doc[phrase.start - 1].text != "-":
        return False
    before = [t.lower_ for t in doc[phrase.start - 4 : phrase.start]]
    return before[1:] == ["-", "to", "-"] and token_value(doc[phrase.start - 4]) is not None


def _one_or_two(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number ends "a day or two" or "a time or two": a duration, which the
    times stage reads, or an idiom, not a count ("a car or two" still counts)."""
    start = phrase.start
    if start < 3 or doc[start - 1].lower_ != "or" or phrase.value > 3:
        return False
    noun, article = doc[start - 2], doc[start - 3]
    timely = noun.lower_ in _DURATION_UNITS or noun.lower_ == "time"
    return timely and article.lower_ in {"a", "an", "one"}


def _rank(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is a place in a ranking: after "ranked" or "seeded" ("ranked 40
    in the world"), after "top" with no noun it counts ("in the top ten", "the top 10 last
    year"; not "the top three operators") or with a count or "a" before "top" ("two
    US top 10 albums", "a top 20 hit"), or after "number-" ("the number-one worry")."""
    if phrase.start < 2:
        return False
    before, word = doc[phrase.start - 2], doc[phrase.start - 1]
    if word.lower_ in {"ranked", "seeded"}:
        return True  # "ranked 40 in the world", "Henman, seeded three, …"
    if word.text == "-" and before.lower_ == "number" and not word.whitespace_:
        return True
    if word.lower_ != "top" or word.tag_.startswith("VB"):
        return False  # "expects sales to top 500,000": the verb, no ranking
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ"} or _counted_before_top(word)


def _counted_before_top(top: Token) -> bool:
    """Whether a count or "a" stands before "top", over a name or an adjective or two:
    "top 10" is then what the counted things are ("three top 10 albums", "two US top 10
    albums", "a top 20 hit")."""
    doc = top.doc
    for i in range(top.i - 1, max(top.i - 4, -1), -1):
        word = doc[i]
        if word.lower_ in {"a", "an"} or token_value(word) is not None:
            return True
        if word.pos_ not in {"PROPN", "ADJ"}:
            return False
    return False


#: Words after a goal's minute in a match report: "Kemp 48 pen", "Nolan 35 og".
_GOAL_MARKS = frozenset({"pen", "og"})


def _bracketed_after_name(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a whole number stands alone in brackets right after a person's name: a
    minute in a line-up ("Dunn for Maple (70)") or an age ("Kim Dahl (45)"); not after a
    place, whose bracketed number is a tally ("China (38)")."""
    start, end = phrase.start, phrase.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    name = doc[start - 2]
    if name.pos_ != "PROPN" or not name.is_title or name.ent_type_ in {*_PLACE_TYPES, "NORP"}:
        return False
    return doc[start].text.isdigit() and 1 <= phrase.value <= 120


def _goal_minute(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number between a name and "pen" or "og" is the minute of a goal in a
    match report ("Kemp 48 pen", "Nolan 35 og")."""
    start, end = phrase.start, phrase.end
    if start < 1 or end >= len(doc) or doc[end].lower_.rstrip(".") not in _GOAL_MARKS:
        return False
    return doc[start - 1].is_title and doc[start].text.isdigit() and phrase.value <= 130


def _enumerator(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number opens an item of a list: "thoughts: 1. Just don't. 2. If you …",
    "of: (1) Food; (2) Drink", or goes on from the item before it where no stop ends
    that one ("1. Aster weighed 7 grams 2. Bellis weighed 5 grams")."""
    if phrase.end - phrase.start != 1:
        return False
    return _list_marker(doc, phrase.start) and (
        _opens_an_item(doc, phrase.start) or _after_the_item_before(doc, phrase.start)
    )


#: Marks that may close a sentence or a quotation before a list's number.
_ITEM_OPENERS = frozenset({":", ".", ";", "!", "?"})
_ITEM_CLOSERS = frozenset({'"', "”", "'", "’", ")"})
#: The longest list whose numbers are followed back to the one that opens an item.
_LONGEST_LIST = 20


def _list_marker(doc: Doc, i: int) -> bool:
    """Whether a whole number is followed by a stop or a closing bracket and a word in
    title case, as a list's number is ("2. Then", "(2) Meat", "6. 'South Park'")."""
    if i + 2 >= len(doc) or not doc[i].text.isdigit():
        return False
    after, word = doc[i + 1], doc[i + 2]
    if word.text in _OPENING_QUOTES | {"'", "‘"} and i + 3 < len(doc):
        word = doc[i + 3]
    return after.text in {".", ")"} and after.whitespace_ != "" and word.is_title


def _opens_an_item(doc: Doc, i: int) -> bool:
    """Whether a list's number opens its sentence: after a stop, also past a closing
    quotation mark ('funny." 2. George'), or opens a bracket after one ("of: (1) Food")."""
    if i > 0 and doc[i - 1].text == "(" and doc[i + 1].text == ")":
        i -= 1
    j = i - 1
    while j >= 0 and doc[j].text in _ITEM_CLOSERS:
        j -= 1
    if j < 0 or doc[j].is_space or doc[j].text in _ITEM_OPENERS:
        return True
    # "the set).- 3. Appreciate": a stop glued to a hyphen where a text lost a space
    return j == i - 1 and _GLUED_STOP.search(doc[j].text) is not None


def _after_the_item_before(doc: Doc, i: int) -> bool:
    """Whether a list's number goes on from the number before it, marked the same way
    and opening an item or going on itself ("… 7 grams 2. Bellis …")."""
    number = int(doc[i].text)
    if not 2 <= number <= _LONGEST_LIST:
        return False
    before, mark = str(number - 1), doc[i + 1].text
    for j in range(i - 1, -1, -1):
        if doc[j].text == before and doc[j + 1].text == mark and _list_marker(doc, j):
            return _opens_an_item(doc, j) or _after_the_item_before(doc, j)
    return False


def _names(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number names the noun just before it rather than counting: the parse
    hangs it on that noun ("Flight 370", "Chapter 11 protection", "page 12", "Year 8"),
    or the noun is a name the number ends ("Route 66 and …", "Resolution 2334"); a
    number word capitalized inside a sentence names too ("BBC One", "Two Sigma"). A
    currency before a number is money ("Rs 500"), and a headline's verb in title case
    still counts ("Quake Kills 20")."""
    if phrase.start == 0:
        return False
    words = doc[phrase.start : phrase.end]
    if len(words) > 1 and not all(w.is_alpha and w.is_title for w in words):
        return False  # "Twenty One Pilots" is a name; "400 million" a count
    number, noun = doc[phrase.start], doc[phrase.start - 1]
    if noun.text == "." and phrase.start > 1 and not doc[phrase.start - 2].whitespace_:
        abbreviation = doc[phrase.start - 2]
        if abbreviation.is_title and len(abbreviation) <= 3:
            noun = abbreviation  # "the No. 2 man": the tokenizer split the label's stop
    # "the Four-Kings clan", "Four-Kings hopes": a capitalized word hyphenated to a number
    # word names, even at the start of a sentence
    hyphened = _hyphen_joins(doc, phrase.end) and doc[phrase.end + 1].is_title
    if number.is_alpha and number.is_title and (hyphened or not number.is_sent_start):
        # A number word capitalized inside a sentence that is not in title case, in a
        # name, after one or before one, is part of it: "BBC One", "Air Force One", "the
        # Three Gorges Dam", "Two Sigma", "the Group of Eight", "the Six Nations".
        if noun.is_title and noun.lower_ in time_tables().labels:
            # "Part Two of the report" opening a sentence: a label's number, both in
            # capitals (not "last season Two of the sides", with a headline run in)
            return True
        if noun.lower_ == "of" and phrase.start > 1:
            noun = doc[phrase.start - 2]
        after = doc[phrase.end + hyphened] if phrase.end < len(doc) else None
        named_after = after is not None and after.is_title and after.is_alpha
        in_name = number.ent_type_ in _NAME_TYPES or _capitalized_name(noun) or named_after
        return in_name and _in_prose(number)
    if len(words) > 1:
        return False
    if _LABEL_NUMBER.fullmatch(number.text) and _after_name_of(doc, phrase):
        return True  # "the Group of 7 meeting"
    after = doc[phrase.end] if phrase.end < len(doc) else None
    amount_follows = after is not None and after.lower_ in {"percent", "%", "per", "to", "-"}
    if (
        noun.lemma_.lower() in time_tables().labels
        and (number.is_alpha or _LABEL_NUMBER.fullmatch(number.text))
        and not amount_follows  # "emission levels 26 to 28 percent"
    ):
        return True  # "Phase six", "in round two", "articles 5 and 4" however parsed
    if _LABEL_NUMBER.fullmatch(number.text) and _after_a_name_word(doc, phrase):
        return True  # "the FTSE 100 index", "the Top 500 list", "AK 47 rifles"
    if not _LABEL_NUMBER.fullmatch(number.text) or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if currency_before(doc, phrase.start) is not None or _headline_verb(noun) is not None:
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    hung = number.dep_ == "nummod" and number.head.i == noun.i
    ends_name = noun.pos_ == "PROPN" and (nxt is None or nxt.pos_ != "NOUN")
    return hung or ends_name


def _label_named_elsewhere(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure is a label the article names elsewhere: after the same capitalized
    word ("the Galaxy Note 7, which … First Note 7 recall"), or of three digits or more
    and counting no plural noun ("Section 230 … the fight over 230"); a figure that long
    is rarely two things in one article."""
    number = doc[phrase.start]
    if phrase.end - phrase.start != 1 or not number.text.isdigit():
        return False
    word = doc[phrase.start - 1].text if phrase.start > 0 else ""
    titled = word.istitle() and word.isalpha()
    counts = number.dep_ == "nummod" and number.head.tag_ in {"NNS", "NNPS"}  # "230 firms"
    if not titled and (len(number.text) < 3 or counts):
        return False
    for i in numpy.flatnonzero(doc.to_array(ORTH) == number.orth).tolist():
        if i == number.i:
            continue
        if titled and (i == 0 or doc[i - 1].text != word):
            continue  # only the same name again: "Note 7", not "7 people"
        if _names(doc, NumberPhrase(i, i + 1, phrase.value)):
            return True
    return False


def _after_name_of(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number after "of" ends the name of the capitalized word before it,
    counting no plural noun ("the Group of 7 meeting"; not "the Chairman of 3 firms")."""
    number = doc[phrase.start]
    if phrase.start < 2 or doc[phrase.start - 1].lower_ != "of":
        return False
    name = doc[phrase.start - 2]
    counts = number.dep_ == "nummod" and number.head.tag_ in {"NNS", "NNPS"}
    return _capitalized_name(name) and not name.is_sent_start and not counts and _in_prose(number)


def _in_prose(word: Token) -> bool:
    """Whether a word's sentence is prose, not a headline in title case (three words in
    lower case at least)."""
    return sum(1 for t in word.sent if t.is_alpha and t.is_lower) >= 3


#: Entity types of a capitalized word before a number that is no name the number ends.
_NOT_NAMED_BY = frozenset({"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME"})


def _after_a_name_word(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure ends a name with the capitalized word before it, the two
    describing the noun after them: "the FTSE 100 index", "the Top 500 list", "AK 47
    assault rifles", "Radio 2 listeners"; not "the top 500 firms" nor a unit ("Smith
    48 percent")."""
    word = doc[phrase.start - 1]
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    return (
        nxt is not None
        and word.is_alpha
        and (word.is_title or word.is_upper)
        and not word.is_sent_start
        and word.ent_type_ not in _NOT_NAMED_BY
        and word.lower_ not in currencies()
        and _headline_verb(word) is None
        and (
            (word.dep_ in {"compound", "nmod", "amod"} and word.head.i >= phrase.end)
            # "a Super 12 side" misparsed: a figure above one before a singular noun
            or (nxt.tag_ == "NN" and doc[phrase.start].head.i == nxt.i and phrase.value > 1)
        )
        and nxt.pos_ == "NOUN"
        and nxt.lower_ not in _PERCENT
        and not _unit_word(nxt)
        and currency_after(doc, phrase.end) is None
        and _in_prose(word)
    )


def _formula(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is one side of a formula written without spaces: "a 2+2
    meeting", "two-plus-two talks", "a one-on-one interview", "a two-by-two grid"."""
    # the sign is written onto the number: no space after it, or before it
    after = not doc[phrase.end - 1].whitespace_ and _joined_number(doc, phrase.end, 1)
    before = phrase.start > 0 and not doc[phrase.start - 1].whitespace_
    return after or (before and _joined_number(doc, phrase.start - 1, -1))


def _joined_number(doc: Doc, i: int, step: int) -> bool:
    """Whether "+" or "-plus-", "-on-", "-by-" from token ``i`` (going by ``step``) joins
    a number to another without spaces."""
    signs = [doc[i]] if 0 <= i < len(doc) and doc[i].text == "+" else []
    if not signs:
        words = [doc[j] for j in range(i, i + 3 * step, step) if 0 <= j < len(doc)]
        joined = len(words) == 3 and words[0].text == words[2].text == "-"
        if not joined or words[1].lower_ not in {"plus", "on", "by"}:
            return False
        signs = words
    other = signs[-1].i + step
    if not 0 <= other < len(doc) or token_value(doc[other]) is None:
        return False
    edge = i - step  # the number's own word next to the sign
    return all(not t.whitespace_ for t in doc[min(edge, other) : max(edge, other)])


def _address(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number in digits is a street number: a street's name follows it ("11
    Finglas Road"; ``lexicons/street_words.txt``), or it modifies a singular name right
    after it ("300 Slater Street", "at 180 Kent"), where a count modifies a common noun
    or a plural name ("300 police officers", "12 Palestinians")."""
    number = doc[phrase.end - 1]
    if phrase.end - phrase.start != 1 or not number.text.isdigit() or phrase.end >= len(doc):
        return False
    name = doc[phrase.end]
    for word in doc[phrase.end : phrase.end + 4]:
        if not word.is_title:
            break
        if word.i > phrase.end and word.lower_.rstrip(".") in load_lexicon("street_words"):
            return True  # "11 Finglas Road", "1600 Pennsylvania Avenue"
    return (
        name.tag_ == "NNP"
        and name.is_title
        and name.ent_type_ != "NORP"
        and not name.lower_.endswith("s")  # "10 Grammys", "13 Celsius"
        and not _group_counted(name)  # "killed 13 Taliban"
        and currency_after(doc, phrase.end) is None  # "300 Taka", "300 Bangladeshi Taka"
        and number.head.tag_ == "NNP"
        and number.head.i >= name.i
        and not _names_a_kind_of(name)  # "20 Serie A appearances"
    )


def _names_a_kind_of(name: Token) -> bool:
    """Whether a name is part of a compound before a plural common noun, which it names a
    kind of: "20 Serie A appearances", "11 Premier League games"."""
    head = name
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head is not name and head.tag_ == "NNS"


def _group_counted(name: Token) -> bool:
    """Whether a name after a number is a group whose members the number counts, as the
    subject or object of a verb ("killed 13 Taliban", "40 Hamas were held"), where a
    street number's name follows a preposition ("at 180 Kent")."""
    return name.ent_type_ == "ORG" and name.dep_ in {"dobj", "nsubj", "nsubjpass"}


#: What a label number looks like: "370", "206.6", "4.2.1"; not "1,200" or "3.5bn".
_LABEL_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def _listed_label(doc: Doc, start: int) -> bool:
    """Whether a number follows labels listed after their noun: "articles 5 and 4",
    "Sustainable Development Goals 7, 11"."""
    i = start - 1
    joiners: set[str] = set()
    while i >= 1 and doc[i].lower_ in {",", "and", "or", "&"}:
        if not _LABEL_NUMBER.fullmatch(doc[i - 1].text):
            return False
        joiners.add(doc[i].lower_)
        i -= 2
    if not joiners or i < 0:
        return False
    noun = doc[i]
    if noun.lower_.rstrip(".") in time_tables().months:
        # "February 16 and 17" are days; "In March 2015, 21 tourists were killed" counts
        return bool(joiners - {","})
    return noun.lemma_.lower() in time_tables().labels or (noun.pos_ == "PROPN" and noun.is_title)


#: Era words after a year: "500 BC", "AD 79" (before the number is a year too).
_ERAS = frozenset({"BC", "BCE", "AD", "CE", "B.C", "A.D"})
#: Words after which a number standing alone is a year ("in 988", "since 1066").
_YEAR_PREPOSITIONS = frozenset({"in", "since"})
_YEAR_LIKE = re.compile(r"[1-9]\d{2,3}")
#: Words after a number that make it count or measure, so no year: "in 300 of them".
_COUNTING_AFTER = frozenset({"of", "per", "%", "-", "–", "to", "out", "and", "or"})


def _year_after_preposition(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a bare number of three or four digits after "in" or "since" is a year,
    with nothing after it that it counts ("baptised in 988,", "since 1066"), and it ends
    no ratio ("one in 250")."""
    number = doc[phrase.start]
    if phrase.end - phrase.start != 1 or not _YEAR_LIKE.fullmatch(number.text):
        return False
    if phrase.start < 2 or doc[phrase.start - 1].lower_ not in _YEAR_PREPOSITIONS:
        return False
    if doc[phrase.start - 2].like_num:
        return False  # "one in 250"
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    return nxt is None or (
        nxt.pos_ not in {"NOUN", "PROPN", "NUM", "ADJ", "SYM"}
        and nxt.lower_ not in _COUNTING_AFTER
        and not _unit_word(nxt)
        and nxt.lower_ not in currencies()
    )


def _capitalized_name(word: Token) -> bool:
    """Whether a word is a capitalized proper noun that is no nationality ("Force", "BBC")."""
    return word.pos_ == "PROPN" and (word.is_title or word.is_upper) and word.ent_type_ != "NORP"


#: Entity types that are names, of which a capitalized number word is a part.
_NAME_TYPES = frozenset(
    {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "PERSON", "GPE", "LOC"}
)


def _score(doc: Doc, joined: _Found) -> bool:
    """Whether two numbers are a score or a vote, not a range: hyphenated without
    spaces and falling ("6-2"), level ("got back to 5-5"), before a result ("a 5-7 loss",
    "a 5-4 ruling"; ``result_words.txt``) or "down" or "up" ("at 5-6 down"), or beside
    another score ("6-2 5-7 6-2", "7-6 (7-4)": a tie-break in brackets), or falling and
    joined by "to" ("a 326 to 293 vote"; "fell from 10 to 5" is a change, see
    ``_change``)."""
    if (
        joined.qualifier != "range"
        or joined.low is None
        or joined.high is None
        or currency_before(doc, joined.start) is not None
        or currency_after(doc, joined.end) is not None
    ):
        return False
    falling = joined.high < joined.low
    words = doc[joined.start : joined.end]
    if any(t.lower_ == "to" for t in words):
        return falling and (joined.start == 0 or doc[joined.start - 1].lower_ != "from")
    if not _tight_pair(doc, joined.start, joined.end):
        return False
    return (
        falling
        or joined.high == joined.low
        or _before_result(doc, joined.end)
        or (joined.end < len(doc) and doc[joined.end].lower_ in _AHEAD_OR_BEHIND)
        or _tight_pair(doc, joined.start - 3, joined.start)
        or _tight_pair(doc, joined.end, joined.end + 3)
        or _tie_break(doc, joined)
    )


#: Words after a score that say who leads it: "serving at 5-6 down", "2-1 up at the break".
_AHEAD_OR_BEHIND = frozenset({"down", "up"})


def _tie_break(doc: Doc, joined: _Found) -> bool:
    """Whether two hyphenated numbers are a set's tie-break score in brackets after the
    set's score ("7-6 (7-4)"), or that set's score before it."""
    start, end = joined.start, joined.end
    bracketed = start > 0 and end < len(doc) and (doc[start - 1].text, doc[end].text) == ("(", ")")
    if bracketed and _tight_pair(doc, start - 4, start - 1):
        return True
    return end < len(doc) and doc[end].text == "(" and _tight_pair(doc, end + 1, end + 4)


def _opens_a_name(doc: Doc, joined: _Found) -> bool:
    """Whether two numbers hyphenated without spaces open a name, the singular
    capitalized word after them, or hyphenated to them, being part of a proper noun
    ("the 9-11 Commission", "Hannover 1-2-Eintracht Frankfurt"); not "10-15 Apple staff",
    which counts staff, nor "20-30 Labour MPs"."""
    if not _tight_pair(doc, joined.start, joined.end) or joined.end >= len(doc):
        return False
    name = doc[joined.end + 1] if _hyphen_joins(doc, joined.end) else doc[joined.end]
    if not (name.is_title and name.tag_ == "NNP" and name.ent_type_ != "NORP"):
        return False
    if name.lower_ in currencies() or _unit_word(name):
        return False
    head = name
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.tag_ == "NNP"


def _years_of_a_period(doc: Doc, joined: _Found) -> bool:
    """Whether a range in brackets is the years of the period of history named before it
    ("the Han dynasty (25-220)", "the reign of Offa (757-796)"; ``period_words.txt``)."""
    start, end = joined.start, joined.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    named = doc[start - 2]
    if named.dep_ == "pobj" and named.head.lower_ == "of":
        named = named.head.head  # "the reign of Offa (757-796)"
    return named.lemma_.lower() in period_words()


def _tight_pair(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are two numbers hyphenated without
    spaces ("6-2")."""
    if start < 0 or end > len(doc) or end - start != 3:
        return False
    first, dash, second = doc[start:end]
    return (
        dash.text in {"-", "–"}
        and not first.whitespace_
        and not dash.whitespace_
        and first.like_num
        and second.like_num
    )


def _before_result(doc: Doc, end: int) -> bool:
    """Whether a result noun follows ``end``, after two describing words at most ("a 3-1
    home win")."""
    for word in doc[end : min(end + 3, len(doc))]:
        if word.lemma_.lower() in result_words() and word.pos_ == "NOUN":
            return True
        if word.pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return False
    return False


def _headline_verb(word: Token) -> str | None:
    """The category of a capitalized word that is a verb of the category table ("Kills",
    "Arrests"), which a title-case headline turns into a proper noun for the tagger."""
    if word.pos_ != "PROPN":
        return None
    lower = word.lower_
    forms = (lower, lower[:-1], lower[:-2]) if lower.endswith("s") else (lower,)
    return next((c for f in forms if (c := categories().get(("verb", f))) is not None), None)


def _season_end(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a two-digit number ends a span of years written "2023-24"."""
    start = phrase.start
    if start < 2 or phrase.end - start != 1 or len(doc[start].text) != 2:
        return False
    dash, year = doc[start - 1], doc[start - 2]
    return (
        dash.text in {"-", "–", "/"}
        and not dash.whitespace_
        and not year.whitespace_
        and re.fullmatch(r"(18|19|20)\d\d", year.text) is not None
    )


def _add_hyphen_compound(doc: Doc, item: _Found) -> None:
    """ "five-member": the number and the word it is hyphenated to are one quantity; in
    "a 12,000-strong force" the force is counted."""
    end = item.end
    if _powered_unit_joined(doc, end):
        # "a 28,000-square-metre hall": an area, the unit's symbol with its power
        item.unit = measures()[_unit_key(doc[end + 3])] + _POWERS[doc[end + 1].lower_]
        item.end = end + 4
        return
    if _hyphen_joins(doc, end):
        item.end = end + 2
        item.counted_word = end + 1
        strong = doc[end + 1]
        if strong.lower_ == "strong":
            noun = strong.head
            item.counted_word = noun.i if noun.pos_ in {"NOUN", "PROPN"} and noun.i > end else None


def _powered_unit_joined(doc: Doc, i: int) -> bool:
    """Whether hyphens from token ``i`` join a power word and a unit to the number before
    ("28,000-square-metre", "5,000-cubic-metre")."""
    return (
        _hyphen_joins(doc, i)
        and doc[i + 1].lower_ in _POWERS
        and _hyphen_joins(doc, i + 2)
        and _unit_word(doc[i + 3])
    )


def _hyphen_joins(doc: Doc, i: int) -> bool:
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


def _add_unit(doc: Doc, item: _Found) -> None:
    """Percent and money: the unit and the symbol or word that carries it."""
    currency = currency_before(doc, item.start)
    if currency is not None:
        item.unit, item.start = currency
        return
    currency = currency_before(doc, item.first)
    if currency is not None and item.start < item.first:
        item.unit = currency[0]  # "between $12 billion and $15 billion"
        return
    end_token = doc[item.end] if item.end < len(doc) else None
    percent = _percent_width(doc, item.end)
    if percent == 2:
        item.unit = "%"  # "30 per cent"
        item.end += 2
        return
    if item.counted_word is not None and doc[item.counted_word].lower_ in _PERCENT:
        item.unit, item.counted_word = "%", None  # "a three-percent rise"
        return
    if item.counted_word is not None and doc[item.counted_word].lower_ in currencies():
        # "a 15-billion-dollar project": the money is the project's, not dollars counted
        item.unit, item.counted_word = currencies()[doc[item.counted_word].lower_], None
        return
    if percent == 1:
        item.unit = "%"
        item.end += 1
        if item.end + 1 < len(doc) and doc[item.end].lower_ == "points":
            item.end += 1
        return
    if (
        end_token is not None
        and end_token.lower_ in _POINTS
        and item.end + 1 < len(doc)
        and doc[item.end + 1].lower_ in {"point", "points"}
    ):
        # "rose by 2 percentage points", "half a percentage point", "25 basis points"
        item.unit = _POINTS[end_token.lower_]
        item.end += 2
        return
    measure = _measure_after(doc, item.end)
    if measure is not None:
        item.unit, item.end = measure  # "40 km", "a 3m wall", "300 square miles"
        return
    pounds = end_token is not None and end_token.lower_ in {"pound", "pounds"}
    if pounds and (_weighed(doc, item) or _pounds_of_goods(doc, item)):
        item.unit, item.end = "lb", item.end + 1  # "weighs 180 pounds", "6-foot-1, 190 pounds"
        return
    if item.counted_word is not None and doc[item.counted_word].lower_ in measures():
        item.unit, item.counted_word = measures()[doc[item.counted_word].lower_], None
        return  # "a 3-mile walk"
    if _add_subunit(doc, item):
        return
    after = currency_after(doc, item.end)
    of_many = after is None and _of_after_a_multiplier(doc, item.end)
    if of_many:
        after = currency_after(doc, item.end + 1)  # "hundreds of billions of dollars"
    if after is not None:
        item.unit, item.end = after
        _add_subunit(doc, item, after[0])  # "50 euro cents"
        return
    measure = _measure_after(doc, item.end + 1) if of_many else None
    if measure is not None:
        item.unit, item.end = measure  # "thousands of tons", "thousands of square miles"


def _of_after_a_multiplier(doc: Doc, end: int) -> bool:
    """Whether "of" follows a number that ends in a multiplier or a vague plural, whose
    unit may come after it ("hundreds of billions of dollars", "thousands of tons")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    last = token_value(doc[end - 1])
    return last is not None and last[1] in {"scale", "vague"}


#: Points of a rate and their units: percentage points, basis points (hundredths of one).
_POINTS = {"percentage": "pp", "basis": "bp"}


#: Entity types of a name a number can open ("7 News", "3M Company").
_NAMED_BY_NUMBER = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


#: Height words right before a weight in pounds: "a man described as 6-foot-1, 190
#: pounds", "5 feet 4 inches and 120 pounds".
_HEIGHT_WORDS = frozenset({"foot", "feet", "ft", "inch", "inches"})


def _weighed(doc: Doc, item: _Found) -> bool:
    """Whether "pounds" after a number is a weight (``weight_words.tsv``): a word of
    weight among the six words before it ("weighs about 180 pounds"), a verb of losing or
    gaining weight among the three before a number under 1,000 ("lost 22 pounds"), a
    unit of weight in its sentence ("2 pounds and 5 ounces"), pounds weighed before it in
    its sentence, or a height among the three words before it."""
    sent = doc[item.start].sent
    start = sent.start
    words = weight_words()

    def weight_word(first: int, last: int) -> bool:
        return any(t.lemma_.lower() in words["before"] for t in doc[max(first, start) : last])

    if weight_word(item.start - 6, item.start):
        return True
    near = doc[max(item.start - 3, start) : item.start]
    if (
        item.value is not None
        and item.value < 1000
        and any(t.lemma_.lower() in words["loss"] for t in near)
        and not any("£" in t.text for t in sent)
    ):
        return True
    if any(t.lower_ in words["sentence"] for t in sent):
        return True
    # "which weighs 2 pounds, to Long Wide, which is nearly 3 pounds"
    if any(
        t.lower_ in {"pound", "pounds"} and weight_word(t.i - 7, t.i)
        for t in doc[start : item.start]
    ):
        return True
    # "6-foot-1" comes as "6", "-", "foot-1"
    return any(not _HEIGHT_WORDS.isdisjoint(t.lower_.split("-")) for t in near)


def _pounds_of_goods(doc: Doc, item: _Found) -> bool:
    """Whether "pounds of" after a number weighs what it names ("5,500 pounds of research
    equipment"), the noun being no word of money (``money_nouns.txt``: "pounds of
    investment") and the sentence holding no pound sign."""
    of = item.end + 1
    if of >= len(doc) or doc[of].lower_ != "of":
        return False
    goods = next((c for c in doc[of].children if c.dep_ == "pobj"), None)
    if goods is None or goods.pos_ not in {"NOUN", "PROPN"}:
        return False
    if goods.lemma_.lower() in money_nouns():
        return False
    return not any("£" in t.text for t in doc[item.start].sent)


def _add_subunit(doc: Doc, item: _Found, currency: str | None = None) -> bool:
    """Money counted in a currency's subunit ("33 cents a share" is 0.33 of the dollar, or
    of the currency the sentence names; "50 pence" of the pound; "50 euro cents" of the
    ``currency`` named just before, "65 Canadian cents" of the nationality's); False for
    no subunit."""
    word = doc[item.end] if item.end < len(doc) else None
    national = None
    if word is not None and item.end + 1 < len(doc) and doc[item.end + 1].lower_ in subunits():
        national = nationality_currency(word)  # "65 Canadian cents"
        if national is not None:
            item.end += 1
            word = doc[item.end]
    if word is None or word.lower_ not in subunits():
        return False
    share, default = subunits()[word.lower_]
    currency = currency or national
    if currency is None:
        sentence = doc[item.start].sent
        named = (currencies()[t.lower_] for t in sentence if t.lower_ in currencies())
        currency = next(named, default)
    item.unit, item.end = currency, item.end + 1
    item.value, item.low, item.high = (
        None if v is None else v * share for v in (item.value, item.low, item.high)
    )
    return True


def _measured(doc: Doc, end: int) -> Token | None:
    """What a measure is of: the noun of an "of" phrase right after it ("5 tonnes of
    cocaine", "13m of drying space")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    noun = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    return noun if noun is not None and noun.pos_ in {"NOUN", "PROPN"} else None


def _is_measure(unit: str | None) -> bool:
    """Whether a quantity's unit is a unit of measure ("km", or an area: "mi2")."""
    return unit is not None and unit.rstrip("23") in measures().values()


def _is_money(unit: str | None) -> bool:
    """Whether a quantity's unit is a currency: not a percentage or a unit of measure."""
    return unit is not None and unit not in {"%", *_POINTS.values()} and not _is_measure(unit)


def _measure_after(doc: Doc, end: int) -> tuple[str, int] | None:
    """The symbol of a unit of measure just after token ``end - 1``, and the end past it
    ("40 km", "300 square miles": mi2)."""
    table = measures()
    if end < len(doc) and _unit_word(doc[end]):
        rate = _per_unit_time(doc, end)
        if rate is not None:
            return rate, end + 3  # "79 km/h", which the tokenizer split at the slash
        return table[_unit_key(doc[end])], end + 1
    if 0 < end < len(doc) and doc[end].lower_ == "in" and not doc[end - 1].whitespace_:
        return "in", end + 1  # "a 6.1in screen": inches written onto the figure
    if end + 1 < len(doc) and doc[end].lower_ in _POWERS and _unit_word(doc[end + 1]):
        return table[_unit_key(doc[end + 1])] + _POWERS[doc[end].lower_], end + 2
    if end + 1 < len(doc) and _unit_word(doc[end + 1]):
        # "200 nautical miles": a word before the unit that makes it another one
        pair = table.get(f"{doc[end].lower_} {_unit_key(doc[end + 1])}")
        if pair is not None:
            return pair, end + 2
    return None


def _per_unit_time(doc: Doc, i: int) -> str | None:
    """The unit of a rate written as a unit, a slash and a unit of time with no spaces
    ("km/h" split into three tokens) or spelled out ("kilometres per hour"), where the
    measures know it, or None."""
    if i + 2 >= len(doc):
        return None
    if doc[i + 1].lower_ == "per":
        return measures().get(f"{doc[i].lower_} per {doc[i + 2].lower_}")
    if doc[i + 1].text != "/":
        return None
    if doc[i].whitespace_ or doc[i + 1].whitespace_:
        return None  # "40 km / hour", "5 miles / 8 km": spaced, no one unit
    return measures().get(f"{doc[i].lower_}/{doc[i + 2].lower_}")


#: Words before a unit of measure that make it an area, a volume or a metric ton: "300
#: square miles" (mi2), "4 sq m" (m2), "5,000 cubic metres" (m3), "9,000 metric tons" (t).
_POWERS = {"square": "2", "sq": "2", "sq.": "2", "cubic": "3", "metric": ""}


def _unit_word(token: Token) -> bool:
    """Whether the word is a unit of measure; a one-letter unit only in the case it is
    written in ("3m", "5 g", "1.5 C"; not "3G phones")."""
    return _unit_key(token) in measures()


def _unit_key(token: Token) -> str:
    """A unit's word as ``measures.tsv`` holds it: a one-letter unit as written, for its
    case tells "C" (Celsius) from "c", any other in lower case."""
    return token.text if len(token.text) == 1 else token.lower_


#: Qualifiers after a number that a hyphen may join to it ("700-plus", "80-odd").
_HYPHENED_AFTER = frozenset({"plus", "odd"})


def _add_qualifier(doc: Doc, item: _Found) -> None:
    """The qualifier words just before the quantity ("at least", "around", "nearly") or
    just after it ("700 or more", "100 or so", "a 700-plus crowd"), which says more
    ("some 700 or more" is at least 700)."""
    after = None
    if item.qualifier in {"ratio", "range"}:
        pass  # their words after the number are their own
    elif item.counted_word is not None and doc[item.counted_word].lower_ in _HYPHENED_AFTER:
        # "a 700-plus crowd", "the 80-odd stalls"
        after = qualifiers_after()[(doc[item.counted_word].lower_,)]
        item.counted_word = None
    else:
        words = [t.lower_ for t in doc[item.end : item.end + 3]]
        for size in (2, 1):
            # "20 plus 10 points" adds, and so does "$81.8bn plus interest": a word after
            # "plus" that follows money names what comes on top of it
            added = doc[item.end + size] if len(words) > size else None
            adds = added is not None and (
                added.like_num or (words[0] == "plus" and _is_money(item.unit) and added.is_alpha)
            )
            after = None if adds else qualifiers_after().get(tuple(words[:size]))
            if after is not None and len(words) >= size:
                item.end += size
                break
    if after is not None:
        item.qualifier = after
    start = item.start
    if start > 0 and lost_sign(doc[start - 1]):
        start -= 1  # "up to ?1,000": the qualifier stands before the lost sign
    if start > 0 and doc[start - 1].lower_ == "another":
        start -= 1  # "at least another 15"
    words = [t.lower_ for t in doc[max(start - 3, 0) : start]]
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        qualifier = qualifiers().get(tuple(words[-size:]))
        if qualifier is None:
            continue
        first = doc[start - size]
        if _particle_of_verb(first) or _preposition_after_object(first, item):
            return  # "picked up to 10.8 percent", "classify hunger under five categories"
        if _adjective_after_determiner(first):
            return  # "the above two reasons": those named before
        verb = first.tag_.startswith("VB")
        if verb and qualifier == "more than" and any(c.dep_ == "neg" for c in first.children):
            qualifier = "at most"  # "must not exceed 500"
        if item.qualifier not in {"ratio", "range"} and after is None:
            item.qualifier = qualifier
        if not verb:
            item.start = start - size  # "exceeded 75 million": the verb is no part of it
        return


def _add_sign(doc: Doc, item: _Found) -> None:
    """ "minus 160 degrees" is -160; not "ten minus three", a sum."""
    start = item.start
    if start == 0 or doc[start - 1].lower_ != "minus" or item.value is None:
        return
    if start > 1 and token_value(doc[start - 2]) is not None:
        return
    item.start, item.value = start - 1, -item.value


#: Qualifiers that are prepositions ("over 100", "under five").
_PREPOSITIONS = frozenset({"over", "under", "above", "below"})


def _adjective_after_determiner(word: Token) -> bool:
    """Whether a preposition qualifier is an adjective after a determiner: "the above two
    reasons" are those named before, not more than two."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return (
        word.lower_ in _PREPOSITIONS
        and word.tag_ == "JJ"
        and before is not None
        and before.pos_ == "DET"
    )


def _particle_of_verb(word: Token) -> bool:
    """Whether a qualifier's first word is the particle of the verb right before it
    ("picked up to 10.8 percent", "slotted over four penalties"; the phrasal verbs of
    ``particle_verbs.txt``), or of the verb whose object stands between ("brought their
    premiums up to $9,600"), not "cut up to 900 jobs", where the parser may still call
    "up" a particle."""
    if word.i == 0:
        return False
    verb = word.doc[word.i - 1]
    if verb.dep_ == "dobj" and verb.head.i < verb.i:
        verb = verb.head  # "pushed earnings up to $43m": the object splits the verb
    return verb.pos_ == "VERB" and f"{verb.lemma_.lower()} {word.lower_}" in particle_verbs()


def _preposition_after_object(word: Token, item: _Found) -> bool:
    """Whether a qualifier's word is a preposition of the verb after its object, or of
    the noun right before it, before a noun the number counts: "classify hunger under
    five categories", "charged two men over three deaths", "a centre over two sites";
    not "sold it for under $5", whose number is an amount."""
    if word.lower_ not in _PREPOSITIONS or word.dep_ != "prep":
        return False
    verb = word.head
    if verb.i > word.i or item.unit is not None:
        return False
    counted = any(c.dep_ == "pobj" and c.i >= item.end for c in word.children)
    if verb.pos_ == "NOUN" and verb.i == word.i - 1:
        # "a single control centre over two sites": a place, where a count's qualifier
        # hangs on the number ("a crowd of over 500 people")
        return counted
    obj = any(c.dep_ == "dobj" and c.i < word.i for c in verb.children)
    return verb.pos_ == "VERB" and obj and counted


#: Multipliers written after a figure ("£17m", "$2bn"), which are no counted noun.
_SCALE_WORDS = frozenset({"m", "mn", "bn", "k", "million", "billion", "trillion"})
_SCALE_WORDS_WITH_STOP = frozenset({"m.", "mn.", "bn.", "k."})


def _counted_noun(doc: Doc, item: _Found) -> Token | None:
    """The noun a count is of: what the number modifies, or "of" X after a vague count."""
    if item.counted_word is not None:
        return doc[item.counted_word]
    after = doc[item.end] if item.end < len(doc) else None
    for index in dict.fromkeys((item.head, item.first)):
        noun = _noun_of(doc[index])
        if noun is not None and item.start <= noun.i < item.end and item.unit is None:
            # "about 1m websites": the multiplier the parser split off is part of the
            # number; what it counts is the noun that follows.
            if (
                after is not None
                and after.pos_ in {"NOUN", "PROPN"}
                and (noun in (after.head, *after.children))
            ):
                noun = after
            else:
                noun = _noun_of(noun)
        if (
            noun is not None
            and noun.i > item.end
            and noun.lower_ in measures()
            and doc[item.end].like_num  # not "10.4 and 9.1 million tons"
        ):
            # "two 120 mm rounds": the unit is the other number's; the rounds are counted
            head = noun.head
            noun = head if head.i > noun.i and head.pos_ in {"NOUN", "PROPN"} else None
        if noun is not None and noun.lower_.rstrip(".") in _SCALE_WORDS:
            return None  # "$24.1m (£12.7m)": the parser hung one amount on the other
        if noun is not None and item.unit is not None and noun.lower_ in currencies():
            return None  # "£99 (149 euros)": another amount of money, not what is counted
        if noun is not None and noun.ent_type_ in {"DATE", "TIME"} and noun.i >= item.end:
            return None  # "up from 1,500 last year": when, not what is counted
        if noun is not None and noun.ent_type_ in _PLACE_TYPES and noun.i < item.start:
            return None  # "in Wales 40,000": where, not what is counted
        if noun is not None and noun.i < item.start and _headline_verb(noun) is not None:
            return None  # "Quake Kills 20": the verb, not what is counted
        if noun is not None and noun.i >= item.end and _level_named(noun, item):
            return None  # "topped the 25,000 mark": a level, not what is counted
        if noun is not None and _full_stop_between(doc, item.end - 1, noun.i):
            return None  # "for about $230m. Rumours …": a full stop ends the amount
        if noun is not None:
            if item.unit is None and noun.i >= item.end:
                noun = _compound_head(noun)
            noun = _before_glued_stop(doc, item.end, noun)
            return noun if any(c.isalpha() for c in noun.text) else None
    described = after
    while (
        described is not None
        and described.pos_ == "ADJ"
        and described.dep_ == "amod"
        and described.head.i == described.i + 1
    ):
        described = described.head  # "2m active users": the noun its adjectives describe
    if item.unit is None and described is not None and described.tag_ in {"NNS", "NNPS"}:
        return described  # "About 5m people" with the multiplier misparsed as the subject
    fused = after is not None and "-" in fused_word(after)
    if item.unit is None and after is not None and fused and people_word(after) is not None:
        return after  # "Britain's 4.8m self-employed", which the tokenizer split
    return None


def _level_named(noun: Token, item: _Found) -> bool:
    """Whether the noun after a figure other than one is a level it names ("the 2 million
    figure", "its lowest level"), not a thing it counts ("one figure" may be a person)."""
    return noun.lower_ in level_words() and item.value != 1


def _compound_head(noun: Token) -> Token:
    """The plural noun a singular counted noun is a compound modifier of, which the
    number counts ("2 million kitchen knives", "90 housing association tenants"), or
    the noun itself ("a six page letter" counts pages; "20 million people health care"
    is a misparse); the parser may call the modifier "nmod" where a second one joins it
    ("2,000 business and political leaders")."""
    head = noun
    while head.dep_ in {"compound", "nmod"} and head.head.i > head.i and head.head.pos_ == "NOUN":
        if head.tag_ not in {"NN", "NNP"}:
            return noun
        head = head.head
    return head if head.tag_ in {"NNS", "NNPS"} else noun


def _before_glued_stop(doc: Doc, end: int, noun: Token) -> Token:
    """The counted noun, or the word before it that ends its phrase: one with a stop glued
    to a hyphen where a text lost a space ("killed nine policemen.- Tens of thousands …"),
    which the parser did not take for the end of a sentence, or one before a spaced dash
    ("1.7 million Palestinians - comprising Christians …")."""
    for word in doc[end : noun.i]:
        if _GLUED_STOP.search(word.text) and word.text[0].isalpha():
            return word  # whatever the tagger made of the word, it ends the phrase
        dash = doc[word.i + 1]
        spaced = dash.text in {"-", "–", "—"} and word.whitespace_ and dash.whitespace_
        if spaced and word.pos_ in {"NOUN", "PROPN"}:
            return word
    return noun


def _glued_stop_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a word in tokens ``[start, end)`` ends a sentence with a stop glued to a
    hyphen where a text lost a space ("policemen.- Tens")."""
    return any(_GLUED_STOP.search(t.text) for t in doc[start:end])


def _full_stop_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a full stop ends a sentence in tokens ``[start, end)``; the tokenizer keeps
    it on a multiplier ("$230m."), and an abbreviation's ("U.S.") ends none."""
    return any(t.text == "." or t.lower_ in _SCALE_WORDS_WITH_STOP for t in doc[start:end])


def _noun_of(token: Token) -> Token | None:
    """The noun one number word modifies ("46 people", "hundreds of people"), or None."""
    if (
        token.head.i != token.i
        and (
            token.head.pos_ in {"NOUN", "PROPN"}
            or _those_described(token.head)
            # "52 million uninsured"; not "40 dead", whom a count after it ("and 12
            # wounded") would take for its own
            or people_word(token.head) == "people"
        )
        and token.dep_ in _MODIFIER_DEPS
    ):
        return token.head
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (
                    pobj.pos_ in {"NOUN", "PROPN"} or _those_described(pobj)
                ):
                    return pobj
    return None


def _those_described(word: Token) -> bool:
    """Whether a word is "those" with a participle right after it that says who they are
    ("half those surveyed", "two-thirds of those polled"), a phrase a count may count."""
    return word.lower_ == "those" and _participle_after(word) is not None


def _participle_after(word: Token) -> Token | None:
    """The participle right after a word that describes it ("those polled"), or None."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if nxt is not None and nxt.head.i == word.i and nxt.dep_ == "acl" and nxt.tag_ == "VBN":
        return nxt
    return None


#: Word classes that never end a hyphenated noun: a hyphen before one stands where a
#: text lost a space ("homes-inside the camp", "civilians-also face").
_FUNCTION_POS = frozenset({"ADP", "ADV", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART"})


def _lost_space(doc: Doc, i: int) -> bool:
    """Whether the hyphen at token ``i`` stands where a text lost a space: a function word
    follows that no further hyphen ties on ("awards-for Best Film"; not "sons-in-law"), or
    a verb's participle follows a plural noun ("six employees-delivering aid", "three
    firms-accused-of fraud")."""
    if _hyphen_joins(doc, i + 2) and not _lost_space(doc, i + 2):
        return False
    if doc[i + 1].pos_ in _FUNCTION_POS:
        return True
    return doc[i - 1].tag_ in {"NNS", "NNPS"} and doc[i + 1].tag_ in {"VBG", "VBN"}


#: A stop glued to a hyphen where a text lost its spaces ("people:- Then", "a minor.- More").
_GLUED_STOP = re.compile(r"[.:;,]-$")


def _noun_phrase(doc: Doc, noun: Token, item: _Found) -> Span:
    """The counted noun with its modifiers after the number ("Palestinian prisoners")."""
    start = noun.i
    for child in noun.lefts:
        if child.i >= item.end and child.dep_ in {"amod", "compound", "nmod"}:
            start = min(start, child.left_edge.i)
    start = max(start, item.end) if noun.i >= item.end else noun.i
    while start < noun.i and (doc[start].is_punct or doc[start].lower_ in {"of", "the"}):
        start += 1
    end = noun.i + 1
    if _those_described(noun):
        end += 1  # "those surveyed"
    while _hyphen_joins(doc, end) and not _lost_space(doc, end):
        end += 2  # "e-mail", "ex-soldiers": split at the hyphen
    if start > item.end and doc[start - 1].text == '"' and doc[start:end].text.count('"') % 2:
        start -= 1  # '2.5 million "home and leisure" robots': the quote it closes opens it
    span = doc[start:end]
    text = _GLUED_STOP.sub("", span.text)  # "killed nine people:- she said"
    return Span(span.start_char, span.start_char + len(text), text)


def _category(doc: Doc, item: _Found, noun: Token | None) -> str:
    """The category of the count: money, a casualty verb, else the counted noun's."""
    if _is_money(item.unit):
        return "money"
    if noun is None and (whole := _people_of(doc, item.start)) is not None:
        return whole  # "a father of four": his children; "a city of two million"
    head = doc[item.first].head
    if noun is None and head.i < item.first and (verb_category := _headline_verb(head)):
        return verb_category  # "Quake Kills 20"
    table = categories()
    if noun is not None and doc[item.end - 1].lower_ == "strong":
        # "a 12,000-strong force": the size of a body, troops whatever befell others
        return table.get(("strong", noun.lemma_.lower()), "other")
    holders = [noun] if noun is not None else []
    if noun is not None and _GLUED_STOP.search(noun.text) and noun.head.i > noun.i:
        holders.append(noun.head)  # "killed nine policemen.- Tens of …", parsed as one
    verb = None
    subject = False
    for holder in [*holders, doc[item.head], doc[item.first]]:
        verb = _governing_verb(holder)
        if verb is not None:
            if _means_of(holder, verb) or _doers(holder, verb):
                verb = None  # "killed in eight air strikes", "shot by two colleagues"
            elif _glued_stop_between(doc, *sorted((verb.i, item.start))):
                verb = None  # "killed nine policemen.- Tens of thousands have fled"
            subject = verb is not None and _subject_of(holder, verb)
            break
    verb_category = _verb_category(verb) if verb is not None else None
    if verb_category is None and subject and verb is not None and _to_protest(verb):
        verb_category = "protesters"  # "thousands of nurses gathered to protest the cuts"
    if verb_category is None and subject and verb is not None:
        verb_category = _joined_gathering(verb)  # "thousands joined the protests"
    if verb_category is None and noun is not None:
        verb_category = _taken_as(noun)  # "took 30 people hostage"
    if verb_category not in _CASUALTY:
        # "the other three who died", "two officers who were injured": a relative clause
        # on the counted says what befell them where the verb of the sentence does not
        clause = _relative_clause(noun if noun is not None else doc[item.head])
        verb_category = (_verb_category(clause) if clause is not None else None) or verb_category
    if noun is None and verb_category in _CASUALTY:
        # "left two dead and five injured": the word after a count without a noun says
        # what befell those it counts, before the verb's complement
        verb_category = _befell_as_described(doc, item, noun) or verb_category
    escaping = noun is not None and ("escapes", noun.lemma_.lower()) in table
    if verb_category == "displaced" and escaping:
        verb_category = None  # "two attackers fled": they got away, nobody was displaced
    if noun is not None and _instrument(noun):
        # "armed with a sword, two pistols and a club was arrested", which the parser
        # reads as the pistols being arrested: a weapon suffers none of it
        verb_category = None
    if verb_category in _CASUALTY:
        return verb_category
    if verb is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children
    ):
        lost = table.get(("lives", verb.lemma_.lower()))
        if lost is not None:
            return lost  # "21,000 people lost their lives"
    if noun is not None and noun.lemma_.lower() == "life" and verb is not None:
        lost = table.get(("lives", verb.lemma_.lower()))
        if lost is not None:
            return lost  # "claimed 20 lives", "20 lives were lost"; not "saved 20 lives"
    described = _befell_as_described(doc, item, noun)
    if described is not None:
        return described  # "12 people killed in the attack", "40 dead", "15 wounded"
    # the toll whose value the number is, or the number with its noun: "the death toll
    # increased to 31 people"
    toll = toll_of(doc[item.head]) or (toll_of(noun) if noun is not None else None)
    toll_category = _toll_category(toll) if toll is not None else None
    if toll_category is not None:
        return toll_category
    left = _left_home(verb) if verb is not None else None
    if left is not None:
        # "8,000 people have left their homes", "forced 900 families to abandon their
        # homes"; after a toll's value the parser hung on the noun ("rose to seven and
        # 8,000 people left their homes")
        return left
    if noun is not None and noun.lemma_.lower() == "victim":
        return _victims(noun)
    if noun is not None and _thing_by_its_modifier(noun):
        return "other"  # "four regulatory bodies": organizations, not the dead
    named = noun is not None and any(" " in f and ("noun", f) in table for f in _noun_forms(noun))
    if noun is not None and noun.lemma_.lower() == "member" and _of_states(noun) and not named:
        return "other"  # "the 27 EU members": states, not people ("NATO service members" are)
    befell = (_event_of(noun) if noun is not None else None) or _event_of(doc[item.first])
    if befell is not None:
        # "the deaths of 12 people", "the arrest of 30 students", "the deaths of thousands
        # of migrants"
        return befell
    if noun is not None:
        noun_category = next(
            (c for form in _noun_forms(noun) if (c := table.get(("noun", form))) is not None),
            None,
        )
        if noun_category == "people" and verb_category == "protesters" and subject:
            return verb_category  # "300 students marched", "8,000 people took to the streets"
        if noun_category is not None:
            return noun_category
    if noun is not None and _those_described(noun):
        return "people"  # "two-thirds of those questioned"
    if verb_category is not None:
        return verb_category
    named = noun is not None and (noun.ent_type_ in {"NORP", "PERSON"} or _people_of_a_nation(noun))
    if named and noun is not None and not any(f in not_people() for f in _noun_forms(noun)):
        return "people"  # not "eight Grammy Awards" the tagger took for a name
    if noun is not None and any(_named_like_a_person(form) for form in _noun_forms(noun)):
        return "people"  # "12 Russian medalists", "three finalists", "nine justices"
    part = item.end < len(doc) and doc[item.end].lower_ == "of"
    if noun is None and subject and verb is not None and not part:
        # "the two said in a statement": only people speak; "13 of them said" may be firms
        return table.get(("speaks", verb.lemma_.lower()), "other")
    if noun is not None and ("speaker", noun.lemma_.lower()) in table:
        speaks = subject and verb is not None and ("speaks", verb.lemma_.lower()) in table
        if speaks or _familiar_with(noun):
            return table[("speaker", noun.lemma_.lower())]  # "two sources said"
    return "other"


#: Words before "with" or "to" that only people are: "sources familiar with the talks",
#: "a source close to the minister".
_ACQUAINTED = frozenset({("familiar", "with"), ("close", "to")})


def _familiar_with(noun: Token) -> bool:
    """Whether a noun is described as familiar with or close to something ("two sources
    familiar with the decision"), as only people are."""
    return any(
        (child.lower_, prep.lower_) in _ACQUAINTED
        for child in noun.children
        if child.dep_ == "amod"
        for prep in child.children
        if prep.dep_ == "prep"
    )


def _people_of_a_nation(noun: Token) -> bool:
    """Whether a counted noun names a nation's people ("one in three Greeks", "millions
    of Turks"), which the NER left unlabelled."""
    return noun.is_title and fold(noun.text) in gazetteer().demonyms


def _people_of(doc: Doc, start: int) -> str | None:
    """The category of a count with no noun after "of" and a word whose count is of people:
    a parent's children ("a father of four", "the mother-of-three"), a place's people ("a
    city of two million", "a population of over 1 million"), or None."""
    i = start - 1
    words: list[Token] = []
    while i >= 0 and len(words) < 2:
        if doc[i].text != "-":
            words.append(doc[i])
        i -= 1
    if len(words) < 2 or words[0].lower_ != "of":
        return None
    return categories().get(("people of", words[1].lower_))


def _verb_category(verb: Token) -> str | None:
    """The category of what a verb says befell those it counts: its own ("killed"), or a
    word that completes it ("are missing", "left 200 homeless", "found shot dead"), a
    verb joined to it ("were stabbed and killed"), the manner of it ("shot to death",
    "fatally shot"), what they suffered ("sustained minor injuries"), the state they
    are held in ("remain in captivity") or what they are held as ("kept as hostages")."""
    table = categories()
    # "are believed to have been killed": the verb the first one raises says it too
    joined = [
        c
        for c in verb.children
        if c.dep_ in {"conj", "xcomp"}
        and c.pos_ == "VERB"
        and not any(d.dep_ in {"nsubj", "nsubjpass", "dobj"} for d in c.children)
    ]  # not "raided 12 homes and detained two men", which has its own object
    category = None
    for word in [*joined, verb]:
        objects = [c for c in word.children if c.dep_ == "dobj"]
        if category != "killed":
            # "were stabbed and killed": the death is what befell them, not the wound
            category = _verb_lemma_category(word) or category
        if not objects:
            # "are missing"; a verb with an object is no state: "missing forecasts"
            category = table.get(("noun", word.lower_)) or category
        for child in word.children:
            if child.dep_ in {"acomp", "oprd"}:
                category = table.get(("verb", child.lemma_.lower())) or category
                category = table.get(("noun", child.lower_)) or category
            elif child.dep_ == "advmod":
                category = table.get(("manner", child.lower_)) or category
            elif child.dep_ == "prep" and child.lower_ in {"with", "for"}:
                # "were left with head injuries", "treated for minor injuries": the harm
                # they came away with; not "charged with murder", what they did
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    got = table.get(("noun", pobj.lemma_.lower()))
                    category = got if got == "wounded" else category
            elif child.dep_ == "prep" and child.lower_ == "as":
                # "are being kept as hostages", "held as prisoners of war": what they are
                # held as; not "worked as volunteers"
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    held_as = table.get(("noun", pobj.lemma_.lower()))
                    category = held_as if held_as in _CASUALTY else category
            elif child.dep_ == "prep" and child.lower_ == "among":
                # "are among the dead", "Among the injured, two are …": the group they
                # are of
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    group = table.get(("noun", pobj.lower_))
                    category = group if group in _CASUALTY else category
            elif child.dep_ == "prep" and child.lower_ == "from" and _passive(word):
                # "were driven from their homes", not "came from home"; not over the
                # verb's own ("were dragged from their homes and killed")
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    category = category or table.get(("from", pobj.lemma_.lower()))
            elif child.dep_ == "prep" and child.lower_ in {"to", "in", "into"}:
                kind = "manner" if child.lower_ == "to" else "held"
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if kind == "manner":
                        # over the verb's own: "stabbed to death"
                        manner = table.get((kind, pobj.lemma_.lower()))
                        if manner == "protesters" and not _unrest_told(word):
                            manner = None  # "took to the streets" for a carnival
                        category = manner or category
                    else:
                        # not over the verb's own: "died in custody"
                        category = category or table.get((kind, pobj.lemma_.lower()))
        if ("suffer", word.lemma_.lower()) in table:
            for harm in objects:
                category = table.get(("noun", harm.lemma_.lower())) or category
    return category


def _left_home(verb: Token) -> str | None:
    """The category of those a verb, or the verb it makes them do, says left their homes
    ("have left their homes", "forced 300 families to abandon their homes": displaced),
    the object a place of the ``from`` rows of ``categories.tsv``."""
    table = categories()
    for word in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        left = table.get(("leaves", word.lemma_.lower()))
        objects = [c for c in word.children if c.dep_ == "dobj"]
        if (
            left is not None
            and objects
            and all(("from", o.lemma_.lower()) in table for o in objects)
        ):
            return left
    return None


#: Verbs that take or hold people as what the noun after them names: "took 30 people
#: hostage", "held two guards prisoner".
_HOLDING_VERBS = frozenset({"take", "hold", "keep"})


def _taken_as(noun: Token) -> str | None:
    """What a verb of holding took the counted as, named right after them ("took 30
    people hostage", which the parser may read as "people hostage"): hostages or
    prisoners; or None."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    held_as = doc[noun.i + 1]
    category = categories().get(("noun", held_as.lemma_.lower()))
    if category not in {"hostages", "prisoners"} or held_as.tag_ != "NN":
        return None  # not "took 30 hostages", who are counted as such already
    verb = held_as.head if held_as.dep_ in {"dobj", "oprd"} else None
    if noun.dep_ == "compound" and noun.head.i == held_as.i:
        verb = held_as.head
    return category if verb is not None and verb.lemma_.lower() in _HOLDING_VERBS else None


def _to_protest(verb: Token) -> bool:
    """Whether a verb's clause of purpose is one of protest: "gathered to protest",
    "braved the cold to march"; those who did it for that are protesters."""
    return any(
        child.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and _verb_lemma_category(child) == "protesters"
        for child in verb.children
    )


def _joined_gathering(verb: Token) -> str | None:
    """The category of those a verb says went to a gathering of protest: its object or a
    noun after "in" ("thousands joined the protests", "attended a rally", "took part in
    the march"; the ``joins`` and ``gathering`` rows of ``categories.tsv``)."""
    table = categories()
    if ("joins", verb.lemma_.lower()) not in table:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    places = [
        c for w in (verb, *objects) for c in w.children if c.dep_ == "prep" and c.lower_ == "in"
    ]
    for word in [*objects, *(c for p in places for c in p.children if c.dep_ == "pobj")]:
        found = table.get(("gathering", word.lemma_.lower()))
        if found is not None:
            return found
    return None


def _passive(verb: Token) -> bool:
    """Whether a verb is a passive participle ("were forced", "people driven out")."""
    return verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
    )


def _verb_lemma_category(verb: Token) -> str | None:
    """The category of a verb of ``categories.tsv`` by its lemma, or by its form where
    another form means something else ("hanged 13,000"; "hung 20 paintings")."""
    table = categories()
    return table.get(("verb", verb.lemma_.lower())) or table.get(("form", verb.lower_))


def _relative_clause(word: Token) -> Token | None:
    """The verb of a relative clause on a word whose relative pronoun is its subject, the
    verb having no object ("three who died", "officers who were injured"; not "officers
    who had kidnapped a group", what they did to others), or None."""
    for clause in word.children:
        pronouns = [c for c in clause.children if c.tag_ in {"WP", "WDT"}]
        deps = {c.dep_ for c in pronouns}
        objects = any(c.dep_ == "dobj" for c in clause.children)
        if clause.dep_ == "relcl" and deps & {"nsubj", "nsubjpass"} and not objects:
            return None if _of_things(word, pronouns) else clause
    return None


def _of_things(word: Token, pronouns: list[Token]) -> bool:
    """Whether a relative clause's pronoun says the word it is on names things: "which",
    or "that" on a noun that names no people ("one strategy that is executed"; not "two
    guards that were killed")."""
    if any(p.lower_ == "which" for p in pronouns):
        return True
    if word.pos_ != "NOUN" or not any(p.lower_ == "that" for p in pronouns):
        return False
    # a noun of ``categories.tsv`` or one shaped like a person's, not a word of an office's
    # name ("strategy", "bank") as ``_person_noun`` takes too
    lemma = word.lemma_.lower()
    return categories().get(("noun", lemma)) is None and not _named_like_a_person(lemma)


#: Prepositions through which a verb's category reaches those counted: "12 of them were
#: killed", "killed along with three others", "including five children".
_SHARING_PREPOSITIONS = frozenset({"of", "with", "including", "among", "alongside", "as"})


#: Counted nouns that a modifier of the kind named after them in ``categories.tsv``
#: makes things: "four regulatory bodies" (organizations), "two key drivers" (causes).
_SENSES = frozenset({"body", "driver", "fighter"})


def _thing_by_its_modifier(noun: Token) -> bool:
    """Whether a modifier makes a counted noun of ``_SENSES`` a thing ("four regulatory
    bodies", "the two main drivers of growth", "ten multirole fighters"), not people,
    troops or the dead."""
    lemma = noun.lemma_.lower()
    if lemma not in _SENSES:
        return False
    # the word as written too: the lemma of "elected" or "appointed" is the verb's
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound"}]
    kinds = {form for c in modifiers for form in (c.lemma_.lower(), c.lower_)}
    return any((lemma, kind) in categories() for kind in kinds)


def _of_states(noun: Token) -> bool:
    """Whether counted members are those of a group of states (``state_groups.txt``): the
    group modifies them or follows "of" ("the 27 EU members", "the bloc's ten members",
    "the ten members of the Association of Southeast Asian Nations"), or a "-member"
    count describes the group ("the 19-member currency bloc")."""
    groups = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
    if noun.dep_ in {"compound", "amod", "nmod"} and noun.head.i > noun.i:
        groups.append(noun.head)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            groups += [c for c in prep.children if c.dep_ == "pobj"]
    for group in groups:
        name = entity_of(group) if group.ent_type_ else group.doc[group.i : group.i + 1]
        words = [t.lower_ for t in name if not t.is_punct and t.lower_ not in {"the", "'s"}]
        if not words:
            continue
        if " ".join(words) in state_groups() or group.lemma_.lower() in state_groups():
            return True
        if len(words) > 1 and f"* {words[-1]}" in state_groups():
            return True
    return False


def _means_of(holder: Token, verb: Token) -> bool:
    """Whether the counted phrase is reached from its verb through a preposition of means,
    place or agent, and so is not whom the verb befell ("killed in eight air strikes",
    "wounded in two blasts", "shot dead by two of his colleagues")."""
    current = holder
    while current.i != verb.i and current.head.i != current.i:
        if current.dep_ in {"prep", "agent"} and current.lower_ not in _SHARING_PREPOSITIONS:
            return True
        if current.dep_ == "prep" and current.lower_ == "with" and _instrument(holder):
            return True  # "killed with one shot"; not "killed along with three others"
        current = current.head
    return False


def _instrument(noun: Token) -> bool:
    """Whether a counted noun after "with" is a thing the verb was done with ("one shot",
    "two knives"; the `instrument` rows of ``categories.tsv``), not people who shared its
    fate."""
    return ("instrument", noun.lemma_.lower()) in categories()


def _subject_of(holder: Token, verb: Token) -> bool:
    """Whether the counted phrase is the active subject of its verb."""
    current = holder
    while current.head.i != verb.i and current.head.i != current.i:
        current = current.head
    return current.dep_ == "nsubj" and current.head.i == verb.i


#: What a verb does to its object, not to its subject ("killed", "kidnapped"); a verb of
#: fleeing or of protest tells what its subject did ("fled their homes").
_HARMS = frozenset({"killed", "wounded", "hostages", "prisoners", "arrested"})


def _doers(holder: Token, verb: Token) -> bool:
    """Whether the counted are the subject of a verb that did harm to its object, and so
    did it rather than suffered it ("three attacks killed nine people", "two bombings
    claimed 53 lives"; not "five miners lost their lives", their own)."""
    if not _subject_of(holder, verb):
        return False
    table = categories()
    lemma = verb.lemma_.lower()
    for harmed in (c for c in verb.children if c.dep_ == "dobj"):
        if harmed.lemma_.lower() == "life":
            owned = any(c.dep_ == "poss" for c in harmed.children)
            if ("lives", lemma) in table and not owned:
                return True
        elif _verb_lemma_category(verb) in _HARMS:
            return True  # not "65 million have fled their homes", "thousands protested it"
    return False


def _event_of(noun: Token) -> str | None:
    """The category of what befell a counted noun after "of" ("the deaths of 12 people":
    killed, "the abduction of 20 girls": hostages; kind ``event`` of ``categories.tsv``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    event = prep.head
    if event.lemma_.lower() in _SENSES and (_thing_by_its_modifier(event) or not _of_people(noun)):
        return None  # "the bodies of five climbers"; not "the governing bodies of 20 clubs"
    if any(c.dep_ == "amod" and c.lower_ in _ATTEMPTED for c in event.children):
        return None  # "the attempted murders of two officers": nothing befell them yet
    return categories().get(("event", event.lemma_.lower()))


#: Words before an event that say it did not come about ("the attempted murder of …").
_ATTEMPTED = frozenset({"attempted", "failed", "foiled", "thwarted"})


def _noun_forms(noun: Token) -> list[str]:
    """The noun's lemma with the word that modifies it right before it ("service member",
    "security force"), its lemma, its text, and its text made singular where the tagger
    left a plural as its lemma ("US servicemen" tagged as a name), without a stop glued
    on where a text lost a space ("families:-")."""
    text = _GLUED_STOP.sub("", noun.lower_)
    singular = text[:-3] + "man" if text.endswith("men") else text.removesuffix("s")
    forms = [noun.lemma_.lower(), text, singular, fused_word(noun)]
    doc = noun.doc
    before = doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.head == noun and before.dep_ in {"compound", "amod"}:
        forms.insert(0, f"{before.lower_} {noun.lemma_.lower()}")
    hyphened = before is not None and before.text == "-" and not before.whitespace_
    if hyphened and noun.i > 1 and not doc[noun.i - 2].whitespace_:
        # "waste-pickers", "home-buyers", which the tokenizer split at the hyphen
        forms.insert(0, f"{doc[noun.i - 2].lower_}-{noun.lemma_.lower()}")
    return forms


def _unrest_told(word: Token) -> bool:
    """Whether the sentence of a word or the one before tells of protest or unrest, which
    makes those who "took to the streets" protesters rather than revellers."""
    table = categories()
    sentence = word.sent
    start = word.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    told = word.doc[start : sentence.end]
    return any(("unrest", t.lemma_.lower()) in table for t in told)


def _victims(noun: Token) -> str:
    """Counted victims are dead where their sentence or one of the three before tells of a
    death or a deadly event ("the 62 victims of the plane crash"), and people otherwise
    ("157 alleged victims", "rescued his 14 victims")."""
    table = categories()
    sentence = noun.sent
    start = sentence.start
    for _ in range(3):
        if start > 0:
            start = noun.doc[start - 1].sent.start
    told = noun.doc[start : sentence.end]
    return "killed" if any(("deadly", t.lemma_.lower()) in table for t in told) else "people"


def _toll_category(toll: Token) -> str | None:
    """What a toll counts, by the word before it or its "of" phrase: "death toll" → killed,
    "the number of dead" → killed, "the number of people killed" → killed, "the tally of
    injured" → wounded, "the number of protesters" → protesters."""
    table = categories()
    words = [c for c in toll.children if c.dep_ in {"compound", "amod", "nmod", "acl", "relcl"}]
    for prep in toll.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                verbs = [c for c in pobj.children if c.dep_ in {"acl", "amod", "relcl"}]
                words += [*verbs, pobj]
    found = None
    for word in words:
        lemma = word.lemma_.lower()
        if lemma == "victim":
            return _victims(word)  # "the number of victims of the massacres"
        category = table.get(("verb", lemma)) or table.get(("noun", lemma))
        category = category or table.get(("noun", word.lower_))
        if category in _CASUALTY:
            return category
        found = found or category
    return found if found != "people" else None


def _befell_as_described(doc: Doc, item: _Found, noun: Token | None) -> str | None:
    """The casualty category a word describing the counted gives ("40 dead", "12 people
    killed in the attack"; see ``_described_as``), or None."""
    table = categories()
    for word in _described_as(doc, item, noun):
        category = table.get(("verb", word.lemma_.lower())) or table.get(("noun", word.lower_))
        if category in _CASUALTY:
            return category
    return None


def _described_as(doc: Doc, item: _Found, noun: Token | None) -> list[Token]:
    """The words that say what befell the counted: a participle or adjective after the
    counted noun ("12 people killed in the attack", "20 people missing") or between it
    and the number ("eight dead people", "two injured officers"), or the word right after
    a number that counts no noun ("40 dead", "12 missing", "at least 15 wounded")."""
    if noun is not None:
        between = [c for c in noun.lefts if c.dep_ == "amod" and c.i >= item.end]
        return [*between, *(c for c in noun.rights if c.dep_ in {"acl", "amod"})]
    end = item.end
    if end < len(doc) and doc[end].lower_ == "more":
        end += 1  # "dozens more missing"
    return [doc[end]] if end < len(doc) else []


def _governing_verb(token: Token) -> Token | None:
    """The verb whose subject or object the counted phrase is ("were killed", "wounded X")."""
    current = token
    if current.dep_ == "nummod" and current.head.lower_ == "more":
        current = current.head  # "injured at least 50 more"
    for _ in range(3):
        if current.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "conj", "appos"}:
            if current.head.pos_ in {"VERB", "AUX"}:
                return current.head
            current = current.head
        elif current.dep_ == "pobj" and current.head.dep_ in {"prep", "agent"}:
            preposition = current.head
            current = preposition.head
            if current.pos_ in {"VERB", "AUX"}:
                return current
            if preposition.lower_ != "of" and not _subset_prep(preposition):
                break  # "attacks on 252 cities killed 6,000 people": the cities were not
        else:
            break
    if token.head.pos_ == "VERB" and token.head.i > token.i and token.dep_ == "nsubj":
        return token.head
    measure = token.dep_ == "npadvmod" and token.pos_ == "NUM"
    if measure and token.head.pos_ == "VERB" and token.head.i < token.i:
        return token.head  # "killed at least 34.": an object the parser took for a measure
    return None


def _mentions_in(article: Article, start: int, end: int) -> list[str]:
    ids = []
    for entity in article.entities:
        if any(start <= m.start and m.end <= end for m in entity.mentions):
            ids.append(entity.id)
    return ids


def _entities(
    doc: Doc, article: Article, item: _Found, noun: Token | None, counted: Span | None
) -> list[str]:
    """Entities the count concerns: in its counted phrase and the subject of its verb."""
    ids: list[str] = []
    if counted is not None:
        ids.extend(_mentions_in(article, counted.start, counted.end))
    verb = _governing_verb(noun if noun is not None else doc[item.head])
    if verb is not None:
        for child in verb.children:
            if child.dep_ in {"nsubj", "agent"}:
                subtree = doc[child.left_edge.i : child.right_edge.i + 1]
                ids.extend(_mentions_in(article, subtree.start_char, subtree.end_char))
    return list(dict.fromkeys(ids))


def _nearest_place(article: Article, sentence: DocSpan, quantity: Quantity) -> str | None:
    """The place mentioned nearest the quantity in its sentence."""
    best: tuple[int, str] | None = None
    for entity in article.entities:
        if entity.type not in _PLACE_TYPES:
            continue
        for mention in entity.mentions:
            if sentence.start_char <= mention.start and mention.end <= sentence.end_char:
                distance = abs(mention.start - quantity.start)
                if best is None or distance < best[0]:
                    best = (distance, entity.id)
    return best[1] if best else None


def _nearest_time(article: Article, sentence: DocSpan, quantity: Quantity) -> str | None:
    """The time expression nearest the quantity in its sentence (not the quantity itself)."""
    best: tuple[int, str] | None = None
    for time in article.times:
        if not (sentence.start_char <= time.start and time.end <= sentence.end_char):
            continue
        if time.start < quantity.end and quantity.start < time.end:
            continue
        distance = abs(time.start - quantity.start)
        if best is None or distance < best[0]:
            best = (distance, time.id)
    return best[1] if best else None


def _attribution(article: Article, quantity: Quantity) -> str | None:
    """The attribution whose content holds the quantity (the outermost claim)."""
    best: tuple[int, str] | None = None
    for attribution in article.attributions:
        content = attribution.content
        if content is None or not (content.start <= quantity.start and quantity.end <= content.end):
            continue
        size = content.end - content.start
        if best is None or size > best[0]:
            best = (size, attribution.id)
    return best[1] if best else None
