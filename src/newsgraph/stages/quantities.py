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

The rules live in ``_quantities/`` by concern: ``numbers`` (number phrases and their
values) and ``tables``; ``counts`` with ``clock``, ``ages``, ``scores`` and ``names``
(what is no quantity); ``ranges`` (ranges, changes, qualifiers); ``units`` (money and
units of measure); ``counted`` (the noun counted and its phrase); ``category``; and
``links`` (entities, place, time and attribution); ``parse`` holds what they share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.records import Counted, Quantity
from newsgraph.stages._quantities.category import category_of, governing_verb
from newsgraph.stages._quantities.clock import (
    inside_time,
    length_beside,
    year_after_named_currency,
    years_of_a_period,
)
from newsgraph.stages._quantities.counted import (
    counted_by_toll,
    counted_noun,
    elided_noun,
    multiplies_a_comparison,
    multiplies_an_amount,
    noun_phrase,
    of_people,
    part_named_after_whole,
    past_a_comparison,
    people_counted_before,
    subset,
    whole_of_part,
)
from newsgraph.stages._quantities.counts import is_count
from newsgraph.stages._quantities.links import attribution_of, entities, nearest_place, nearest_time
from newsgraph.stages._quantities.names import names, opens_a_name
from newsgraph.stages._quantities.numbers import NumberPhrase, a_couple, number_phrases
from newsgraph.stages._quantities.parse import (
    CASUALTY,
    DURATION_UNITS,
    PERCENT,
    SCALE_WORDS_WITH_STOP,
    Found,
)
from newsgraph.stages._quantities.ranges import (
    add_qualifier,
    add_sign,
    change,
    falling,
    join,
    sized_like,
)
from newsgraph.stages._quantities.scores import score
from newsgraph.stages._quantities.tables import subunits
from newsgraph.stages._quantities.units import (
    add_hyphen_compound,
    add_unit,
    after_lost_sign,
    before_conversion,
    converted_amount,
    inches_after_feet,
    is_measure,
    measured,
    money_by_its_verb,
    money_left_unsaid,
    percent_width,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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


def find_quantities(doc: Doc, article: Article) -> list[Quantity]:
    """Quantities of the article in text order, with ids Q1, Q2, …."""
    text = article.text
    quantities: list[Quantity] = []
    times = sorted((t.start, t.end) for t in article.times)
    previous: tuple[Found, Token] | None = None  # the last count of people and its noun
    last: tuple[Found, Token | None, str] | None = None  # the last count, its noun, category
    passed_on = False  # whether the last count's noun is one it took from the count before
    for found in _find(doc, text):
        span = doc[found.start : found.end]
        if inside_time(times, span.start_char, span.end_char):
            continue  # "on the 11 December", "another 6 1/2 years": the times stage has it
        if year_after_named_currency(doc, found, times):
            continue  # "the Euro 2016 semi-finals": a tournament's year, not money
        if length_beside(doc, found, times):
            continue  # "from 26 weeks to 22": a length, the other end of one the times stage has
        # "(£12m; 14m euros; 15m)": the last amount of a list of conversions lost its sign
        converted = found.unit is None and (
            converted_amount(doc, found)
            or after_lost_sign(doc, found)
            or before_conversion(doc, found)
        )
        noun = None if converted else counted_noun(doc, found)
        if noun is not None and noun.i >= found.end and multiplies_a_comparison(doc, found):
            # "six times longer": "times" is no thing counted; "four times more phones"
            # multiplies a number of phones, and counts none
            noun = None
        if noun is not None and noun.i >= found.end and multiplies_an_amount(doc, found):
            noun = None  # "2.5 times the sum paid": a multiple of the sum, not sums counted
        if noun is not None and past_a_comparison(doc, found, noun):
            noun = None  # "20 seats, five more than last time but a setback": not the setback
        if noun is not None and found.start <= noun.i < found.end and found.unit is not None:
            noun = None  # "12 percent", "500 million euros": the unit is not what is counted
        if noun is not None and found.unit is not None and noun.lower_ in subunits():
            noun = None  # "$0.40 cents": the sign's subunit said again, no cents counted
        if noun is not None and found.unit == "%" and noun.lower_ in {*PERCENT, "cent"}:
            noun = None  # "53" in "by 53-47 percent": the other share's percent sign
        if noun is not None and found.unit is None and noun.lower_ in DURATION_UNITS:
            continue  # "after four years or eight": a length of time, which counts nothing
        if noun is not None and noun.lower_ == "worth":
            noun = measured(doc, noun.i + 1)  # "$1bn worth of contracts": the contracts
        if noun is None and is_measure(found.unit):
            noun = measured(doc, found.end)  # "5 tonnes of cocaine"
        if noun is None and found.unit is None and not converted:
            noun = counted_by_toll(doc, found)  # "the number of staff rose to 900"
        part = None
        if noun is None and found.unit is None and not converted:
            part = part_named_after_whole(doc, found, quantities)
            noun = part[0] if part is not None else None  # "Of the 80 dead, 12 were women"
        category = "money" if converted else category_of(doc, found, noun)
        whole_category = part[1].counted.category if part and part[1].counted else None
        if whole_category in CASUALTY:
            category = whole_category  # "Of the 80 dead, 12 were women": among the dead
        if noun is None and category in CASUALTY:
            noun = people_counted_before(doc, previous, found)
        counted_span = noun_phrase(doc, noun, found) if noun is not None else None
        whole = whole_of_part(doc, found, quantities) if noun is None else None
        if whole is not None and whole.span is not None:
            # "killing 12 people, four of them children", "21 million units, of which 16
            # million": the part counts what the whole does, and what befell it
            counted_span = whole.span
            if category not in CASUALTY:
                category = whole.category
        unsaid = counted_span is None and category != "money"
        elided = elided_noun(doc, last, found, category) if unsaid else None
        if elided is not None and last is not None and passed_on:
            elided = elided if _listed_after(doc, last[0], found) else None
        if elided is not None and last is not None:
            # "900 people, with about 300 in Wales": the second
            # counts what the first does
            counted_span = noun_phrase(doc, elided, last[0])
            if not _own_fate(doc, found, last):
                category = last[2]
            elif of_people(elided):
                category = "people"
        if (
            counted_span is None
            and category == "other"
            and (money_left_unsaid(doc, last, found) or money_by_its_verb(doc, found))
        ):
            # "77m euros, up from 38m", "will cost another half a million": the currency
            # goes unsaid; not "a budget of £116bn and a staff of 1.7 million", people
            category = "money"
        # "65 flights on Monday, 180 on Tuesday, 140 on Wednesday": a bare count passes on
        # the noun it took from the one before, to the next item of its list
        last = (found, noun if elided is None else elided, category)
        passed_on = elided is not None
        if noun is not None and found.unit is None and of_people(noun) and not subset(noun):
            previous = (found, noun)
        sentence = doc[found.head].sent
        # "£17m." at the end of a sentence: the tokenizer kept the full stop on "m."
        end_char = span.end_char - (span[-1].lower_ in SCALE_WORDS_WITH_STOP)
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
        quantity.entities = entities(doc, article, found, noun, counted_span)
        quantity.place = nearest_place(article, sentence, quantity)
        quantity.time = nearest_time(article, sentence, quantity)
        quantity.attribution = attribution_of(article, quantity)
        quantities.append(quantity)
    return quantities


def _own_fate(doc: Doc, found: Found, last: tuple[Found, Token | None, str]) -> bool:
    """Whether a bare count that borrows the noun of a casualty count before it has a verb
    of its own that says no such thing of it: "three people were killed and two were
    hospitalized", "two died and three survived"; not "12 killed, 30 in the capital"."""
    if last[2] not in CASUALTY or last[1] is None:
        return False
    own, theirs = governing_verb(doc[found.head]), governing_verb(last[1])
    return own is not None and theirs is not None and own.i != theirs.i


def _listed_after(doc: Doc, before: Found, found: Found) -> bool:
    """Whether a count follows the one before as the next item of a list, a few words on
    with no verb between ("180 on Tuesday, 140 on Wednesday")."""
    between = doc[before.end : found.start]
    return len(between) <= 6 and all(t.pos_ not in {"VERB", "AUX"} for t in between)


def _tidy(value: float | None) -> float | None:
    """A value without the error of binary arithmetic: "136.2 billion" is 136200000000.0,
    not 136199999999.99998 (twelve significant digits are kept)."""
    return None if value is None else float(f"{value:.12g}")


def _shares_a_percent(doc: Doc, phrase: NumberPhrase, nxt: NumberPhrase) -> bool:
    """Whether "and" or "or" alone stands between a bare number and another with a percent
    sign after it ("31 and 35 percent"), which the first shares; not "2.4m and 30%"."""
    return (
        phrase.end - phrase.start == 1
        and doc[phrase.start].like_num
        and nxt.start == phrase.end + 1
        and doc[phrase.end].lower_ in {"and", "or"}
        and percent_width(doc, nxt.end) > 0
    )


def _find(doc: Doc, text: str) -> list[Found]:
    """Number phrases that are counts, joined into ranges, ratios and parts of wholes."""
    phrases = []
    splits: set[int] = set()  # the first shares of "voted 62 to 38 percent"
    candidates = number_phrases(doc)
    n = 0
    while n < len(candidates):
        phrase = candidates[n]
        nxt = candidates[n + 1] if n + 1 < len(candidates) else None
        joined = join(doc, phrase, nxt) if nxt is not None else None
        if joined is not None and (
            names(doc, phrase)
            or score(doc, joined)
            or years_of_a_period(doc, joined)
            or opens_a_name(doc, joined)
        ):
            if nxt is not None and not names(doc, phrase) and percent_width(doc, joined.end):
                phrases += [phrase, nxt]  # "voted 62 to 38 percent": two shares of a vote
                splits.add(phrase.start)
            n += 2  # "a Level 2 out of 4 warning", "won 6-2", "a 5-4 ruling": a rating, a score
            continue
        if is_count(doc, text, phrase):
            phrases.append(phrase)
            if joined is None and nxt is not None and _shares_a_percent(doc, phrase, nxt):
                splits.add(phrase.start)  # "rates of 31 and 35 percent": both are shares
        n += 1
    found: list[Found] = []
    before_change: tuple[Found, NumberPhrase] | None = None  # "from 10" in "fell from 10 to 5"
    split: Found | None = None  # "62" in "voted 62 to 38 percent", which takes the unit after
    n = 0
    while n < len(phrases):
        phrase = phrases[n]
        nxt = phrases[n + 1] if n + 1 < len(phrases) else None
        item = Found(
            phrase.start, phrase.end, phrase.value, head=phrase.end - 1, first=phrase.start
        )
        if phrase.vague:
            # "several hundred" is at least 200; "a couple hundred" about 200
            item.qualifier = "about" if a_couple(doc, phrase.start) else "at least"
        if phrase.share:
            item.qualifier = "ratio"  # "two-thirds of voters": a share of the whole
        changed = nxt is not None and change(doc, phrase, nxt)
        if changed and nxt is not None:
            item.value = sized_like(doc, phrase, nxt)  # "from 20 to 15 million"
        elif before_change is not None:
            item.value = sized_like(doc, phrase, before_change[1])  # "from $2 million to 3"
        elif (
            nxt is not None
            and phrase.start not in splits
            and (joined := join(doc, phrase, nxt)) is not None
            and not falling(joined)
        ):
            item = joined
            n += 1
        add_hyphen_compound(doc, item)
        add_unit(doc, item)
        if nxt is not None and not changed and inches_after_feet(doc, item, nxt):
            # "5ft 8in", "6 feet 2 inches": one height, in feet
            item.value, item.end = (item.value or 0.0) + nxt.value / 12, nxt.end + 1
            n += 1
        add_qualifier(doc, item)
        add_sign(doc, item)
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
