"""Numbers that tell a time and so count nothing: clock times and hours of the day, race
times, years, seasons and periods of history, and numbers inside a time expression."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from newsgraph.stages._quantities.numbers import NumberPhrase, token_value
from newsgraph.stages._quantities.parse import DURATION_UNITS, PERCENT, PLACE_TYPES, Found
from newsgraph.stages._quantities.tables import currencies, period_words
from newsgraph.stages._quantities.units import unit_word
from newsgraph.stages._times.tables import YEAR_DIGITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs"})


def inside_time(times: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a time expression (by sorted character extents, which do not overlap) holds
    the span: the last one to start at or before it."""
    at = bisect_right(times, (start, float("inf"))) - 1
    return at >= 0 and end <= times[at][1]


def length_beside(doc: Doc, found: Found, times: list[tuple[int, int]]) -> bool:
    """Whether a bare number is the other end of a length of time joined to it by "to" or
    "from" ("from 26 weeks to 22", "rose to 74 days from 58"): a length in the same unit,
    of which the times stage has the first; not "from 26 weeks to 22 cases", nor "to 53.1
    last month from 53.4", where the unit names a month, no length."""
    start = found.start
    if found.unit is not None or start < 3 or doc[start - 1].lower_ not in {"to", "from"}:
        return False
    if found.end < len(doc) and doc[found.end].pos_ in {"NOUN", "PROPN"}:
        return False
    unit = doc[start - 2]
    if unit.lower_ not in DURATION_UNITS or token_value(doc[start - 3]) is None:
        return False
    return inside_time(times, unit.idx, unit.idx + len(unit))


def year_after_named_currency(doc: Doc, found: Found, times: list[tuple[int, int]]) -> bool:
    """Whether the figure after a capitalized currency word is a year the times stage took
    ("Euro 2016"): the name of an event, where a sum would be a symbol ("€2016")."""
    sign = doc[found.start]
    if found.first <= found.start or not (sign.is_title and sign.is_alpha):
        return False
    figure = doc[found.first : found.end]
    return inside_time(times, figure.start_char, figure.end_char)


#: A time of day written "HH.MM" ("09.30", "21.45").
_CLOCK_DECIMAL = re.compile(r"(?:[01]\d|2[0-3])\.[0-5]\d")
#: What ends the text before a line or sentence that a time of day opens.
_OPENERS = frozenset({".", ":", "!", "?", "-", "–", '"', "”"})


def entry_time(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number written "HH.MM" opens a line or sentence before a capitalized
    word, as the time of an entry of a live report does ("21.45 Exit polls show …",
    "… closed. 12.35 Send more boats!"), or has dashes written onto it before one, which
    mark an entry wherever a text lost its line break ("a third term 10.35-An election
    debate", "21.40--Green Left gains"); not "12.50 million" nor "21.45 Percent"."""
    number = doc[phrase.start]
    if phrase.end - phrase.start != 1 or not _CLOCK_DECIMAL.fullmatch(number.text):
        return False
    after = phrase.end
    while after < len(doc) and doc[after].text in {"-", "–"} and not doc[after - 1].whitespace_:
        after += 1
    prev = doc[phrase.start - 1] if phrase.start > 0 else None
    opens = prev is None or prev.is_space or number.is_sent_start or prev.text[-1] in _OPENERS
    if not (opens or after > phrase.end):
        return False
    word = doc[after] if after < len(doc) else None
    return (
        word is not None
        and word.text.lstrip("-")[:1].isupper()
        and word.lower_ not in PERCENT
        and word.lower_ not in currencies()
        and not unit_word(word)
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


def hour_of_the_day(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is an hour: one to twelve before a part of the day after a word of
    time ("it is almost two in the afternoon", "until three or four in the morning") or
    before another hour of the clock ("between 9 and 10 p.m."), or
    "HH.MM" before a zone's time ("as of 19.00 Moscow time")."""
    number = doc[phrase.start]
    end = phrase.end
    if _CLOCK_DECIMAL.fullmatch(number.text) and end - phrase.start == 1:
        return any(t.lower_ == "time" for t in doc[end : end + 3])
    if not (phrase.value.is_integer() and 1 <= phrase.value <= 12) or end + 2 >= len(doc):
        return False
    if doc[end].lower_ in {"or", "to", "and"} and token_value(doc[end + 1]) is not None:
        if doc[end + 2].lower_ in CLOCK_WORDS:
            return True  # "between 9 and 10 p.m.": the first hour of a span of the clock
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
#: A figure with two places after the point: seconds and hundredths or minutes and seconds.
_HUNDREDTHS = re.compile(r"\d{1,3}\.\d\d")


#: Medals and titles won in a time: "taking gold in 46.45".
_RACE_PRIZES = frozenset({"gold", "silver", "bronze", "title", "crown"})


def race_time(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure with two places after the point is the time in which a verb of
    winning or finishing was done ("finished fifth in 7.35", "took the title in 46.46",
    "taking gold in 46.45"), one clocked ("by clocking 7.37"), a best ("a season's best of
    7.48") or one in brackets after a runner's name ("behind Sara Quist (7.96)"): its
    seconds and hundredths or minutes and seconds, with no unit after it."""
    start, end = phrase.start, phrase.end
    if end - start != 1 or start < 2 or not _HUNDREDTHS.fullmatch(doc[start].text):
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN", "NUM", "SYM"}:
        return False  # "a best of 7.52 points": what it counts
    figure, prep = doc[start], doc[start - 1]
    if figure.dep_ == "dobj" and figure.head.lemma_.lower() == "clock":
        return True
    if prep.lower_ == "of" and doc[start - 2].lower_ == "best":
        return True
    if prep.text == "(" and after is not None and after.text == ")":
        name = doc[start - 2]  # not after a place: "China (38.50)" may be a tally
        return name.pos_ == "PROPN" and name.is_title and name.ent_type_ not in PLACE_TYPES
    # "in 12.50 euros": a unit or what it counts; not "in 7.82 after a slip"
    if (
        after is not None
        and after.is_alpha
        and after.lower_ not in {"ahead", "behind"}
        and after.pos_ not in {"ADP", "SCONJ"}
    ):
        return False
    if prep.lower_ != "in" or figure.dep_ != "pobj":
        return False
    verb = prep.head
    # seconds and hundredths only with the place the race was finished in ("finished
    # second in 7.82", "edged her into second in 23.67"), where a price cannot stand
    if not (_RACE_TIME.fullmatch(figure.text) or _placed(verb)):
        return False
    return verb.lemma_.lower() in _RACE_VERBS or verb.lower_ in _RACE_PRIZES


def _placed(verb: Token) -> bool:
    """Whether a verb has a place in a race on it: an ordinal it governs ("finished second")
    or one after its "into" ("edged her into second")."""
    for child in verb.children:
        if child.ent_type_ == "ORDINAL" and child.dep_ == "advmod":
            return True
        into = child.dep_ == "prep" and child.lower_ == "into"
        if into and any(c.ent_type_ == "ORDINAL" for c in child.children):
            return True
    return False


def hour_after_at(doc: Doc, phrase: NumberPhrase) -> bool:
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


#: Era words after a year: "500 BC", "AD 79" (before the number is a year too).
ERAS = frozenset({"BC", "BCE", "AD", "CE", "B.C", "A.D"})
#: Words after which a number standing alone is a year ("in 988", "since 1066").
_YEAR_PREPOSITIONS = frozenset({"in", "since"})
_YEAR_LIKE = re.compile(r"[1-9]\d{2,3}")
#: Words after a number that make it count or measure, so no year: "in 300 of them".
_COUNTING_AFTER = frozenset({"of", "per", "%", "-", "–", "to", "out", "and", "or"})


def year_after_preposition(doc: Doc, phrase: NumberPhrase) -> bool:
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
        and not unit_word(nxt)
        and nxt.lower_ not in currencies()
    )


def years_of_a_period(doc: Doc, joined: Found) -> bool:
    """Whether a range in brackets is the years of the period of history named before it
    ("the Han dynasty (25-220)", "the reign of Offa (757-796)"; ``period_words.txt``)."""
    start, end = joined.start, joined.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    named = doc[start - 2]
    if named.dep_ == "pobj" and named.head.lower_ == "of":
        named = named.head.head  # "the reign of Offa (757-796)"
    return named.lemma_.lower() in period_words()


def season_end(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a two-digit number ends a span of years written "2023-24"."""
    start = phrase.start
    if start < 2 or phrase.end - start != 1 or len(doc[start].text) != 2:
        return False
    dash, year = doc[start - 1], doc[start - 2]
    return (
        dash.text in {"-", "–", "/"}
        and not dash.whitespace_
        and not year.whitespace_
        and YEAR_DIGITS.fullmatch(year.text) is not None
    )
