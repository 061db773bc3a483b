"""The times stage: every time expression, normalized to a TIMEX3 value.

Patterns built from the word tables in ``newsgraph/data/times`` find the candidates
(dates, times, durations, sets); the parse rejects false friends ("may" the verb,
"March" as a name, ages, numbers that are counts) and gives the tense that decides
which Wednesday or which November is meant; resolution follows TimeML/TIMEX3 as
TempEval-3 applied it. Spans are tight: no "on", "in", "by"; a modifier such as
"more than" or "early" belongs to the time and sets its ``mod``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from newsgraph.lexicons import load_lexicon, load_table
from newsgraph.nlp import modifies_noun
from newsgraph.records import TimeExpression
from newsgraph.stages._times import context as ctxmod
from newsgraph.stages._times.grammar import grammar, year_number
from newsgraph.stages._times.resolve import (
    ABSOLUTE,
    DATED_CLOCK,
    FOLLOWING_WEEKDAY,
    PUBLICATION,
    Context,
    Earlier,
    Resolved,
    following_date,
    parse_published,
    resolve,
)
from newsgraph.stages._times.tables import tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from newsgraph.records import Article

__all__ = ["find_times"]

# Entities a time word can be part of without being a time ("Sunday Times", "March" the
# actor, "the 1990 Clean Air Act").
_NAME_LABELS = frozenset(
    {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "NORP", "GPE", "LOC"}
)
# Words after which a bare month or year is a time ("in May", "since 1990").
_TIME_PREPOSITIONS = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "by",
        "of",
        "from",
        "to",
        "through",
        "throughout",
        "before",
        "after",
        "during",
        "between",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "that",
        "each",
        "every",
        "for",
        "around",
        "about",
        "circa",
        "fiscal",
        "year",
        "as",
        "-",
        "–",
        ",",
    }
)
# Months that are also common words or names and need a date-like context alone.
# What an entity may add to a time and still be no name: an article, a possessive.
_ARTICLE_ONLY = re.compile(r"\s*(?:the|a|an)?\s*(?:['’]s)?\s*", re.IGNORECASE)
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
# Dates written all in digits: a year, a month and a day
_FULL_DATE_KINDS = frozenset({"iso", "numeric", "numeric_dmy"})
_YEAR_KINDS = frozenset({"iso", "numeric", "month_day", "day_month", "month_year", "month_of"})


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    priority: int
    kind: str
    groups: dict[str, str | None]
    mod: str | None = None


def find_times(doc: Doc, article: Article) -> list[TimeExpression]:
    """The article's time expressions in text order, ids T1, T2, …"""
    text = article.text
    candidates = [c for c in _candidates(text) if _plausible(c, doc, text)]
    chosen = _choose(candidates)
    for candidate in chosen:
        _leave_out_verb_last(candidate, text, doc)
        _leave_out_preposition_following(candidate, text, doc)
        _attach_modifier(candidate, text, doc)
    return _resolve_all(_early_hours_of(chosen, text), doc, article)


def _leave_out_verb_last(c: _Candidate, text: str, doc: Doc) -> None:
    """Leave the verb "last" out of a duration: "to last three days" is "three days"."""
    if c.kind != "duration" or (c.groups.get("rel") or "").lower() != "last":
        return
    if c.groups.get("det"):
        return  # "the last three days"
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span[0].pos_ not in {"VERB", "AUX"}:
        return
    c.start = span[0].idx + len(span[0].text)
    while text[c.start].isspace():
        c.start += 1
    c.groups["rel"] = None


def _leave_out_preposition_following(c: _Candidate, text: str, doc: Doc) -> None:
    """Leave the preposition "following" out of a weekday that owns or modifies a noun:
    "following Sunday's protests" and "following Tuesday talks" are "Sunday" and
    "Tuesday", after them, not "the following Sunday"."""
    if c.kind != "weekday_part" or (c.groups.get("rel") or "").lower() != "following":
        return
    if c.groups.get("the"):
        return
    if not re.match(r"['’]s\b", text[c.end : c.end + 3]) and not _noun_after(doc, c.end):
        return
    c.start = text.index(c.groups.get("weekday") or "", c.start)
    c.groups["rel"] = None
    c.groups["_text"] = text[c.start : c.end]


def _noun_after(doc: Doc, end: int) -> bool:
    """Whether a common noun follows a time directly ("Tuesday talks")."""
    word = next((t for t in doc if t.idx >= end), None)
    return word is not None and word.idx == end + 1 and word.pos_ == "NOUN"


def _early_hours_of(chosen: list[_Candidate], text: str) -> list[_Candidate]:
    """The times without "the early hours" before the day it opens, which gets mod START:
    "the early hours of Sunday (morning)", "the early hours Wednesday" are one time, the
    day's, as TimeBank marks it."""
    kept: list[_Candidate] = []
    for n, c in enumerate(chosen):
        following = chosen[n + 1] if n + 1 < len(chosen) else None
        if (
            c.kind == "early_hours"
            and following is not None
            and re.fullmatch(r"\s+(?:(?:of|on)\s+)?", text[c.end : following.start])
        ):
            following.mod = following.mod or "START"
            continue
        kept.append(c)
    return kept


def _candidates(text: str) -> list[_Candidate]:
    found = []
    windows = _trigger_windows(text)
    for priority, pattern in enumerate(grammar().patterns):
        spans = _merge(w for name in pattern.triggers for w in windows.get(name, ()))
        for window_start, window_end in spans:
            for match in pattern.regex.finditer(text, window_start, window_end):
                if match.end() == match.start():
                    continue
                groups = match.groupdict()
                if groups.get("glued") is not None and not _glued_on(text, match.start()):
                    continue  # "Zapad-2017", "June-July": part of a word
                groups["_text"] = match.group(0)
                _spell_out_years(groups)
                start = _tight_start(pattern.kind, match)
                found.append(_Candidate(start, match.end(), priority, pattern.kind, groups))
                if pattern.kind == "month_day" and not groups.get("year"):
                    found.extend(_second_day(text, match.end(), priority, groups))
                if pattern.kind == "year_span":
                    found[-1:] = _year_span(match, priority)
                if pattern.kind == "day_range":
                    found[-1:] = _day_range(match, priority)
                if pattern.kind == "day_first_range":
                    found[-1:] = _day_first_range(match, priority)
                if pattern.kind == "month_range":
                    found[-1:] = _month_range(match, priority)
                if pattern.kind == "month_quarter":
                    found[-1:] = _month_quarter(match, found[-1])
                if pattern.kind == "clock_range":
                    found[-1:] = _clock_range(match, priority)
                if pattern.kind == "compound_duration" and not _units_fall(groups):
                    found.pop()  # "24 hours 7 days a week": two times, not one length
    return found


#: The units a length may be told in, largest first ("3 years and 6 months")
_UNIT_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")


def _units_fall(groups: dict[str, str | None]) -> bool:
    """Whether the second unit of a length in two units is smaller than the first."""
    units = tables().units
    first = units.get((groups.get("unit") or "").lower())
    second = units.get((groups.get("unit3") or "").lower())
    if first not in _UNIT_ORDER or second not in _UNIT_ORDER:
        return False
    return _UNIT_ORDER.index(first) < _UNIT_ORDER.index(second)


#: Words a time may be written onto with a hyphen: "mid-1996", "in-February 2016"
_GLUED_ON = frozenset(
    {"mid", "late", "early", "in", "on", "at", "by", "since", "from", "until", "of"}
)
_NAMED_AFTER_WORD = re.compile(r"[a-z]+-(?:[A-Z][a-z]+)")
_RANGE_WORDS = frozenset({"to", "through", "till", "until", "and", "or"})


def _glued_on(text: str, start: int) -> bool:
    """Whether the word a hyphen joins onto a time is one that stands apart from it: a
    preposition, or a lower-case word before a day's or a month's name, which no word
    takes into itself ("released data-Tuesday", "gave notice-Tuesday night")."""
    if text[start - 2 : start - 1] == ")" or text[start - 2 : start - 1].isspace():
        return True  # "(@user)-May 2", "-Every year": a bracket or a dash before it
    word = _previous_word(text, start)
    if word in _RANGE_WORDS and text[start - len(word) - 2 : start - len(word) - 1] == "-":
        return False  # "the January-to-March quarter": one word for a range
    if word in _GLUED_ON:
        return True
    named = _NAMED_AFTER_WORD.match(text, start - len(word) - 1)
    if named is None or text[start - len(word) - 1 : start - 1] != word:
        return False
    name = named.group(0).split("-", 1)[1].lower()
    return name in tables().weekdays or name in tables().months


def _year_span(match: re.Match[str], priority: int) -> list[_Candidate]:
    """ "2022-23" and "2022/2023" name one season or financial year; "2015-2020",
    "2018-2019" and "1973-90" are a range whose two ends are years of their own;
    "2024-03" is neither."""
    first, second = match.group("year"), match.group("year2")
    start = int(first)
    end = start - start % 100 + int(second) if len(second) == 2 else int(second)
    dashed_in_full = len(second) == 4 and "/" not in match.group(0)
    if int(second) in {start + 1, (start + 1) % 100} and not dashed_in_full:
        groups = {"year": first, "_text": match.group(0)}
        return [_Candidate(match.start(), match.end(), priority, "year_span", groups)]
    if not start < end <= start + 100:
        return []
    return [
        _Candidate(match.start("year"), match.end("year"), priority, "year", {"year": first}),
        _Candidate(match.start("year2"), match.end("year2"), priority, "year", {"year": str(end)}),
    ]


def _day_range(match: re.Match[str], priority: int) -> list[_Candidate]:
    """ "July 30-Aug. 14, 1932" and "April 7-8, 1979" are two dates of the year written
    at the end; "August 15 to September 8, 1963" too. Without a year and a dash, the
    other patterns read the dates."""
    year = match.group("year")
    if not year and not match.group("dash"):
        return []
    first = {"month": match.group("month"), "day": match.group("day"), "year": year}
    second_month = match.group("month2") or match.group("month")
    second = {"month": second_month, "day": match.group("day2"), "year": year}
    if year and not year.isdigit():
        return []  # a spoken year after a range is too rare to read
    first_end = match.end("day")
    if match.string[first_end : first_end + 2] in {"st", "nd", "rd", "th"}:
        first_end += 2
    second_start = match.start("month2") if match.group("month2") else match.start("day2")
    return [
        _part(match, match.start(), first_end, priority, "month_day", first),
        _part(
            match, second_start, match.end(), priority, "month_day", {**second, "range": "second"}
        ),
    ]


def _day_first_range(match: re.Match[str], priority: int) -> list[_Candidate]:
    """ "16-28 November" and "3-5 December 2004" are two dates of the month (and year)
    written at the end."""
    if int(match.group("day2")) <= int(match.group("day")):
        return []  # "28-16 November" is no range
    month, year = match.group("month"), match.group("year")
    first = {"month": month, "day": match.group("day"), "year": year}
    second = {"month": month, "day": match.group("day2"), "year": year, "range": "second"}
    first_end = match.end("day")
    if match.string[first_end : first_end + 2] in {"st", "nd", "rd", "th"}:
        first_end += 2
    return [
        _part(match, match.start(), first_end, priority, "month_day", first),
        _part(match, match.start("day2"), match.end(), priority, "month_day", second),
    ]


def _month_range(match: re.Match[str], priority: int) -> list[_Candidate]:
    """ "between September and October 2015", "from March to May 2012" and "between
    August and December next year" are two months of the year written at the end."""
    rel = match.group("rel")
    if rel:
        first = {"month": match.group("month"), "rel": rel}
        second = {"month": match.group("month2"), "rel": rel}
        return [
            _part(match, match.start(), match.end("month"), priority, "month_rel_year", first),
            _part(match, match.start("month2"), match.end(), priority, "month_rel_year", second),
        ]
    year = match.group("year")
    if not year.isdigit():
        return []  # a spoken year after a range is too rare to read
    first = {"month": match.group("month"), "year": year}
    second = {"month": match.group("month2"), "year": year}
    return [
        _part(match, match.start(), match.end("month"), priority, "month_year", first),
        _part(match, match.start("month2"), match.end(), priority, "month_year", second),
    ]


def _month_quarter(match: re.Match[str], found: _Candidate) -> list[_Candidate]:
    """ "the January-to-March quarter" is the first quarter; months that span no
    calendar quarter ("the February-to-April quarter", a company's) are left alone."""
    months = tables().months
    first = months.get(match.group("month").lower().rstrip("."), 0)
    last = months.get(match.group("month2").lower().rstrip("."), 0)
    if first % 3 != 1 or last != first + 2:
        return []
    ordinal = ("first", "second", "third", "fourth")[first // 3]
    found.kind = "quarter"
    found.groups = {**found.groups, "qord": ordinal}
    return [found]


def _part(
    match: re.Match[str],
    start: int,
    end: int,
    priority: int,
    kind: str,
    groups: dict[str, str | None],
) -> _Candidate:
    """One of the two times a range pattern matched, with its own text."""
    return _Candidate(start, end, priority, kind, {**groups, "_text": match.string[start:end]})


def _clock_range(match: re.Match[str], priority: int) -> list[_Candidate]:
    """ "6-9 p.m." and "from 10 p.m. to 6 a.m." are two clock times. The first takes the
    second's half of the day when it names none, unless that would put it after the
    second ("11-1 p.m." starts before noon); a weekday or a date named after the range
    is both's."""
    hour1, hour2 = int(match.group("hour1")), int(match.group("hour"))
    ampm2 = match.group("ampm")
    ampm1 = match.group("ampm1")
    if ampm1 is None:
        before_noon = ampm2.lower().startswith("p") and hour1 % 12 > hour2 % 12
        ampm1 = "a.m." if before_noon else ampm2
    first_end = max(match.end(g) for g in ("hour1", "minute1", "ampm1") if match.group(g))
    first = {"hour": match.group("hour1"), "minute": match.group("minute1"), "ampm": ampm1}
    day = FOLLOWING_WEEKDAY.match(match.string, match.end())
    dated = following_date(match.string, match.end())
    if day is not None and day.group("weekday").lower() in tables().weekdays:
        first["weekday"] = day.group("weekday")
    elif dated is not None:
        first.update(dated)  # "6-9 p.m. on June 11"
    second = {
        "hour": match.group("hour"),
        "minute": match.group("minute"),
        "ampm": ampm2,
        "range": "second",
    }
    return [
        _part(match, match.start(), first_end, priority, "clock", first),
        _part(match, match.start("hour"), match.end(), priority, "clock", second),
    ]


# "April 24 and 25": the second day of the same month is a date of its own.
_SECOND_DAY = re.compile(
    r"\s+(?:and|or)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w.,]\d|[\w%-])"
)


def _second_day(
    text: str, end: int, priority: int, groups: dict[str, str | None]
) -> list[_Candidate]:
    match = _SECOND_DAY.match(text, end)
    if match is None or re.match(r"\s*(?:percent|per\s+cent|%)", text[match.end() :]):
        return []
    second = {"month": groups.get("month"), "day": match.group("day"), "_text": match.group(0)}
    return [_Candidate(match.start("day"), match.end(), priority, "second_day", second)]


_WORD = re.compile(r"\w+")
_BEFORE, _AFTER = 60, 40  # how far a match may reach from the word that triggers it


def _spell_out_years(groups: dict[str, str | None]) -> None:
    """Write a year spelled in words ("nineteen ninety-six") as its digits."""
    if groups.get("year2000s"):
        groups["year"] = groups["year2000s"]
    for name in ("year", "syear"):
        value = groups.get(name)
        if value and not value.isdigit():
            number = year_number(value)
            groups[name] = str(number) if number else None
            groups["spoken"] = value


def _trigger_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each word class, the stretches of text around its words (whole words only)."""
    classes = grammar().word_classes
    windows: dict[str, list[tuple[int, int]]] = {}
    length = len(text)
    for word in _WORD.finditer(text):
        token = word.group(0)
        names = classes.get(token.lower(), frozenset())
        if token[0].isdigit():
            names = names | {"digit"}
        elif token[1:2].isdigit() or token[2:3].isdigit():
            names = names | {"code"}  # "Q3", "H1", "FY2025"
        if not names:
            continue
        start = text.rfind(" ", 0, max(0, word.start() - _BEFORE)) + 1
        end = text.find(" ", min(length, word.end() + _AFTER))
        window = (start, length if end < 0 else end)
        for name in names:
            windows.setdefault(name, []).append(window)
    return windows


def _merge(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _tight_start(kind: str, match: re.Match[str]) -> int:
    """Where the time starts: an article before an adjective is not part of it.

    "a two-year term" → "two-year"; "the third-quarter results" → "third-quarter"; but
    "the past two months" and "the third quarter" keep their "the".
    """
    rel = (match.group("rel") or "").lower() if kind == "duration" else ""
    if (
        rel in {"first", "final", "further", "additional", "recent", "latest"}
        and match.group("num")
        and match.group("unit")
        and "-" in match.string[match.end("num") : match.start("unit")]
    ):
        # "the first 30-minute series", "a further 24-hour stoppage", "over a recent
        # four-year period": an adjective's length
        return match.start("num")
    if kind == "duration" and match.group("long") and match.group("num").lower() in {"a", "an"}:
        return match.start("unit")  # "a day-long meeting": the article is the meeting's
    if kind == "duration" and match.group("det") and not match.group("rel"):
        between = match.string[match.end("num") : match.start("unit")]
        # "a few days", "a hundred years": the article belongs to the number
        vague = match.group("num").lower() in {"few", "couple of", "dozen", "hundred", "thousand"}
        adjective = "-" in between or match.group("long")  # "the three months-long dispute"
        if not vague and (match.group("det").lower() != "the" or adjective):
            return match.start("num")
    whole = match.group(0)
    if kind == "day_month" and re.match(r"the\s", whole, re.I) and not re.search(r"\sof\s", whole):
        return match.start("day")  # "the 11 September attacks"; "the 11th of May" stays
    if kind == "quarter" and match.group("det") and match.group("qord"):
        between = match.string[match.end("qord") : match.start("qunit")]
        if "-" in between:
            first = next((n for n in ("qyear", "fiscal", "qrel", "qord") if match.group(n)), "qord")
            return match.start(first)
    return match.start()


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """The longest candidates that do not overlap; an earlier pattern wins a tie."""
    taken: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if all(c.end <= t.start or t.end <= c.start for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _year_owning_a_title(c: _Candidate, text: str) -> bool:
    """Whether a year ending in nought with "'s" and no "the" owns the title quoted after
    it ("cast in 2010's "Spider-Man""), not a decade ("1970's Britain" may be either)."""
    g = c.groups
    if not g.get("cent") or g.get("the") or g.get("q"):
        return False
    if not text[c.start : c.end].endswith(("'s", "’s")):
        return False
    return _TITLE_AFTER.match(text, c.end) is not None


_TITLE_AFTER = re.compile(r"\s+[\"“]")


def _capitalized(word: str | None) -> bool:
    return bool(word) and word is not None and word[0].isupper()


def _plausible(c: _Candidate, doc: Doc, text: str) -> bool:
    """False for matches that are no time: names, verbs, counts, ages."""
    g = c.groups
    for name in ("month", "weekday", "holiday"):
        if g.get(name) and not _capitalized(g[name]):
            return False
    label, ent_start, ent_end = ctxmod.entity_label(doc, c.start, c.end)
    # a date all in digits is no part of a name the tagger ran over it: "(China Daily
    # Weekly 02/17/2017 page24)"
    named = label in _NAME_LABELS and c.kind not in _FULL_DATE_KINDS
    if named and (ent_start < c.start or ent_end > c.end):
        outside = text[ent_start : c.start] + " " + text[c.end : ent_end]
        # TempEval-3 tags the year that opens an event's name ("the 1996 Olympic Games")
        opens_event = label == "EVENT" and c.kind == "year"
        if opens_event and not _ARTICLE_ONLY.fullmatch(text[ent_start : c.start]):
            opens_event = False
        # "the Black Sea March| 17": the tagger ran a place into the month, not the day
        glued = c.kind in _DAY_KINDS and c.start < ent_end < c.end and ent_start < c.start
        if not _ARTICLE_ONLY.fullmatch(outside) and not opens_event and not glued:
            return False  # not "the Aug. 7" that the tagger took for a name
    if c.kind in {"month", "rel_month"} and not _month_word_is_time(c, doc, text, label):
        return False
    thing = _THING_AFTER.match(text, c.end) if g.get("holiday") else None
    if thing is not None and thing.group(1).lower() in tables().holiday_things:
        return False  # "a Berlin Christmas market", "Easter eggs"
    if c.kind in {"year", "fiscal_year"} and not _year_is_time(c, doc, text, label):
        return False
    if c.kind == "season" and not _season_is_time(c, doc, text):
        return False
    if c.kind == "decade" and g.get("bare") and not g.get("the"):
        return False  # "a man in his 30s" is an age
    if c.kind == "decade" and _year_owning_a_title(c, text):
        return False  # "cast in 2010's "Spider-Man"": the year's, as "2012's" would be
    if c.kind in {"decade", "spoken_decade"} and _TEMPERATURE.search(
        text[max(0, c.start - 40) : c.start]
    ):
        return False  # "temperatures in the 90s", "the temperature got into the sixties"
    if c.kind in {"hrs", "the_part"} and _previous_word(text, c.start) not in _PART_PREPOSITIONS:
        return False  # "24hrs service"; "the morning after" without a time before it
    if c.kind == "the_part" and _CLAUSE_AFTER.match(text, c.end):
        return False  # "from the night the plane went down", "the night before"
    if (
        c.kind == "duration"
        and (g.get("num") or "").lower() in {"a", "an"}
        and (g.get("unit") or "").lower().endswith("s")
    ):
        return False  # "a decades-long feud": "a" is the feud's, "decades-long" the time
    few = re.sub(r"\s+", " ", (g.get("num") or "").lower()) if c.kind == "duration" else ""
    if few in {"a few", "few", "several", "many"}:
        unit = (g.get("unit") or "").lower()
        if not unit.endswith("s") and not g.get("long") and "-" not in text[c.start : c.end]:
            return False  # "a few second serve returns": no duration ("several-year" is)
    if c.kind == "duration" and _minute_of_a_game(c, text):
        return False  # "Henry broke through on 17 minutes": the 17th minute, no length
    quarter = c.kind == "duration" and (g.get("unit") or "").lower().startswith("quarter")
    if quarter and _a_share(doc, text, c.start, c.end):
        return False  # "nearly a quarter to a third of the crop", "a quarter (21%) of": a share
    if c.kind == "ref" and not _ref_is_time(c, doc, text):
        return False
    if c.kind == "duration" and _one_day_cricket(c, text):
        return False  # "a one-day international": a form of match, no length
    if c.kind == "the_unit" and _award_title(text, c.start):
        return False  # "named player of the year": an award, no year
    if c.kind == "anchored" and (g.get("anch") or "").lower() == "that":
        span = ctxmod.tokens_of(doc, c.start, c.end)
        if span is not None and span[0].dep_ == "mark":
            return False  # "Strava says that night heatmaps will be…"
    if _names_a_programme(c, text):
        return False  # "NBC's TODAY", "the Today programme" are a programme
    if c.kind in {"deictic", "weekday_part", "deictic_part"} and _ends_quoted_title(
        text, c.start, c.end
    ):
        return False  # 'on "Fox News Sunday"', 'NBC's "Today" show': a programme
    if _part_of_a_name(c, doc, text):
        return False
    if c.kind == "vague_units" and _number_before().search(text[max(0, c.start - 20) : c.start]):
        return False  # "five years ahead": the duration "five years" is the time
    if c.kind == "vague_units" and _kind_of_hours(c, doc, text):
        return False  # "opening hours", "80 gigawatt hours": a kind of hours, no length
    if c.kind == "code" and not (g.get("code") or "").isupper():
        return False
    if c.kind == "quarter" and _in_a_game(c, doc, text):
        return False  # "scored in the second half": a part of a match
    shared = bool(g.get("half")) or (g.get("num") or "").lower().startswith("half")
    if c.kind == "ago" and shared and (g.get("dir") or "").lower() != "ago":
        return False  # "a minute and a half later": the length is the time, as TimeBank has it
    if c.kind == "quarter" and g.get("qago") and not any(g.get(k) for k in _QUARTER_NAMED):
        return False  # "half a year ago" is six months back, no half-year a year before
    if c.kind == "quarter" and _SHORT_UNIT_AFTER.match(text, c.end):
        return False  # "the first half hour of the tour": half of an hour, no half-year
    if c.kind == "overnight":
        span = ctxmod.tokens_of(doc, c.start, c.end)
        if span is None or span[0].pos_ != "ADV":
            return False  # "an overnight stay"
        for verb in (span[0].head, span[0].head.head):  # "becomes outdated overnight"
            if tables().cues.get(verb.lemma_) == "sudden" or any(
                c.dep_ == "neg" for c in verb.children
            ):
                return False  # "cash becomes outdated overnight", "it won't happen overnight"
    term = c.kind == "ref" and (g.get("ref") or "").lower().endswith("term")
    if term and re.match(r"\s+of\b", text[c.end : c.end + 4]):
        return False  # "the short term of the lease" is a length, not a time
    if c.kind == "anchored" and _NEXT_UNIT.fullmatch(g.get("_text") or ""):
        return False  # "the next year" counts from publication, not from a day told of
    if _titled_unit(c, text):
        return False
    after = text[c.end : c.end + 12]
    relative_to_event = (g.get("dir") or "").lower() in {"before", "after"}
    if c.kind in {"ago", "day_before"} and relative_to_event and _EVENT_AFTER.match(after):
        return False  # "13 days after the bombings": the duration alone is the time
    if c.kind == "set" and (g.get("every") or "").lower() == "per" and _unit_of_rate(c, doc):
        return False  # "calculations per second", "miles per hour": a unit of a rate
    if c.kind == "set" and _every_second_thing(c, doc):
        return False  # "almost every second person": every other one, no time
    if c.kind == "set" and g.get("freq"):
        span = ctxmod.tokens_of(doc, c.start, c.end)
        if span is not None and len(span) == 1 and span[0].pos_ == "NOUN":
            return False  # "the British weekly said": a paper
        if span is not None and len(span) == 1 and _paper_called_an_adverb(span[0]):
            return False  # "Kommersant business daily writes", "told the Gazeta daily"
        if (span is not None and span[0].pos_ == "PROPN") or re.match(r"\s+[A-Z]", after):
            return False  # "the party daily Granma"
        if span is not None and len(span) == 1 and _beside_a_paper_name(span[0]):
            return False  # "confirmed to Izvestia daily earlier"
        if span is not None and (g.get("freq") or "").lower() in tables().adverb_sets:
            if span[0].pos_ != "ADV" and span[0].dep_ != "advmod":
                return False  # "a quarterly dividend", "its initial quarterly"
            if _RATE_BEFORE.search(text[max(0, c.start - 30) : c.start]):
                return False  # a rate: "to rise 8.5% annually", "10,000 units annually"
    if c.kind in {"duration", "compound_duration", "vague_units", "ago"}:
        if _AGE_AFTER.match(text, c.end) or re.match(r"-year-old", after):
            return False  # ages: "a 20-year-old", "five years old", "11 year olds"
        if (g.get("unit") or "").lower() == "second" and _HAND_AFTER.match(after):
            return False  # "six second hand planes": bought used, no six seconds
        if _previous_word(text, c.start) in tables().labels:
            return False  # "her grade eight year": the number names a grade
        if (
            (g.get("unit") or "").lower().startswith("quarter")
            and re.match(
                r"\s+(?:of|million|billion|trillion|thousand|hundred|mile|point|percent)\b", after
            )
            and not _quarters_of_time(doc, text, c.end)
        ):
            return False  # "three quarters of the vote", "a quarter million people"
    if c.kind in {"duration", "ago", "clock", "clock24"} and label in {"MONEY", "PERCENT"}:
        return False
    if c.kind == "second_day":
        span = ctxmod.tokens_of(doc, c.start, c.end)
        if span is None or span[0].dep_ == "nummod":
            return False  # "on Feb. 3 and 4 people died"
    if _final_one(c, doc, text):
        return False  # "round off your last night", "their last week in office": the final one
    if c.kind == "month" and not g.get("year") and _first_name(doc, c):
        return False  # "Arguing for the state was August Flentje": a person
    if c.kind == "month_day" and (g.get("month") or "").lower() == "may":
        span = ctxmod.tokens_of(doc, c.start, c.end)
        stops = g.get("month") == "May" and _STOP_AFTER.match(text, c.end) is not None
        if span is not None and span[0].tag_ in {"MD", "VB", "VBP", "VBZ"} and not stops:
            return False  # "may 5 people"; not "May 19: the vote", where no verb can follow
    return True


#: A stop after a day, where "May" before it can be no modal verb
_STOP_AFTER = re.compile(r"[:;,.)]")

#: What makes "half" or "quarter" one of a year: "the", an ordinal, a relative word
_QUARTER_NAMED = frozenset({"det", "qord", "qrel", "qyear", "qyrel", "fiscal"})

#: A unit after "half" or "quarter" that makes it a share of that unit, no part of a year
_SHORT_UNIT_AFTER = re.compile(r"[\s-]+(?:hour|minute|second|day|mile)s?\b", re.IGNORECASE)

#: Roles only a noun takes
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


#: Entity labels the tagger gives a paper's name
_PAPER_LABELS = frozenset({"ORG", "WORK_OF_ART"})


def _beside_a_paper_name(word: Token) -> bool:
    """Whether a frequency word is the kind of a paper named beside it: after the name of
    an organization and before no noun ("told Izvestia daily"), or before a quoted name it
    modifies ('the German daily "Die Welt"'); not how often ("updates its maps daily",
    "the weekly Prime Minister's Questions")."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.is_quote and word.dep_ == "amod":
        return word.head.pos_ == "PROPN"
    if word.i == 0 or (after is not None and after.pos_ == "NOUN"):
        return False
    before = word.doc[word.i - 1]
    told = before.dep_ in {"nsubj", "nsubjpass"} or (
        before.dep_ == "pobj" and before.head.lower_ in {"to", "with"}
    )  # "Izvestia daily reported", "in an interview with Izvestia daily"; not "took the
    # Eurostar daily"
    return told and before.pos_ == "PROPN" and before.ent_type_ in _PAPER_LABELS


def _paper_called_an_adverb(word: Token) -> bool:
    """Whether a frequency word is a paper's name the parse tagged as an adverb or an
    adjective but gave a noun's role ("Vedomosti business daily writes"); not "24/7"."""
    return word.pos_ in {"ADV", "ADJ"} and word.dep_ in _NOMINAL_DEPS


#: What makes a length before it an age: "old", "olds", or another unit and then "old"
#: ("12 years and seven months old")
_AGE_AFTER = re.compile(r"(?:-|\s+)olds?\b|\s+and\s+(?:a\s+half|\w+\s+months?)\s+old\b")
_OF_BEFORE = re.compile(r"(\w+)\s+of\s+$")


_WORD_AFTER = re.compile(r"[\s-]+([\w-]+)")


def _one_day_cricket(c: _Candidate, text: str) -> bool:
    """Whether "one-day" names a form of cricket by the noun after it (`one_day_nouns.txt`):
    "England's one-day international series"; not "a one-day strike"."""
    if text[c.start : c.end].lower() != "one-day":
        return False
    after = _WORD_AFTER.match(text, c.end)
    return after is not None and after.group(1).lower() in load_lexicon("one_day_nouns", "times")


def _award_title(text: str, start: int) -> bool:
    """Whether "the year" closes an award's title: "player of the year", "album of the
    year" (`award_nouns.txt`)."""
    before = _OF_BEFORE.search(text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in load_lexicon("award_nouns", "times")


_TIME_WORD_CLASSES = frozenset({"month", "weekday", "daypart", "season", "holiday", "unit"})


def _kind_of_hours(c: _Candidate, doc: Doc, text: str) -> bool:
    """Whether a bare plural unit is a compound's head that a noun before it names a kind
    of: "opening and closing hours", "rush hours", "80 gigawatt hours" (not "evening
    hours", a part of the day, nor "the closing minutes" of a match)."""
    if c.groups.get("det") or c.groups.get("rel") or _COUNTED_FROM.match(text, c.end):
        return False  # "crossing the border days after the killing": a time all the same
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.dep_ != "compound" or before.head.i != span.start or before.pos_ != "NOUN":
        return False
    if before.i > 0 and doc[before.i - 1].lower_ == "the":
        return False  # "in the closing minutes" of a match is a time
    return not grammar().word_classes.get(before.lower_, frozenset()) & _TIME_WORD_CLASSES


@cache
def _number_before() -> re.Pattern[str]:
    """A number just before a unit word ("five years", "a few years")."""
    words = "|".join(sorted((w for w in tables().numbers if w not in {"a", "an"}), key=len)[::-1])
    return re.compile(rf"(?<![-–\d])(?:\d+|\b(?:{words}|few|several|many))[\s-]+$", re.IGNORECASE)


def _minute_of_a_game(c: _Candidate, text: str) -> bool:
    """Whether a bare count of minutes after "on" names a minute of a game."""
    g = c.groups
    if g.get("det") or g.get("rel") or not (g.get("num") or "").isdigit():
        return False
    unit = (g.get("unit") or "").lower()
    return unit in {"minute", "minutes"} and _previous_word(text, c.start) == "on"


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"[\w’']+", text[max(0, start - 20) : start])
    return words[-1].lower() if words else ""


# Words before "the morning" or "16hrs" after which they are a time of the day told of
_PART_PREPOSITIONS = frozenset(
    {"in", "during", "through", "throughout", "into", "at", "from", "until", "till", "by"}
    | {"to", "beyond", "after", "before", "around", "since"}
)
_CLAUSE_AFTER = re.compile(
    r"\s+(?:before|after|when|that|of|which|the|a|an|his|her|their|its|he|she|they|we|I|it"
    r"|you|[A-Z]\w*)\b"
)
_ADJECTIVE_REFS = frozenset({"the past", "the present", "the future"})


_AND_THEN = re.compile(r"\s+and\s+(?:then|again)\b", re.IGNORECASE)
_OF_A_THING = re.compile(r"\s+(?:of|for)\s+(?!(?:the\s+)?(?:year|month|week|decade|century)\b)")


def _ref_is_time(c: _Candidate, doc: Doc, text: str) -> bool:
    """ "the past" is no time where it is an adjective: "the past two terms", "the present
    matter", "the future space industry"; nor is "the future of" a thing."""
    ref = re.sub(r"\s+", " ", (c.groups.get("ref") or "").lower())
    if ref == "the future" and _OF_A_THING.match(text, c.end):
        return False  # "the future of the Chinese market": its prospects, as TimeBank reads it
    if ref == "now" and _AND_THEN.match(text, c.end):
        return False  # "every now and then": from time to time
    if ref not in _ADJECTIVE_REFS:
        return True
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span.end >= len(doc):
        return True
    following = doc[span.end]
    return following.pos_ not in {"NOUN", "NUM", "PROPN", "ADJ"} or bool(following.is_sent_start)


# What follows "before" or "after" when it names an event ("13 days after the bombings")
# rather than ending the time ("the year before in an accident")
_EVENT_AFTER = re.compile(r"\s+(?!(?:in|on|and|but|as|with|while|for|from)\b)[\w$]")
_UNIT_GROUPS = ("unit", "noon", "part")
_NEXT_UNIT = re.compile(r"the\s+next\s+(?:week|month|year)", re.IGNORECASE)


def _in_a_game(c: _Candidate, doc: Doc, text: str) -> bool:
    """Whether a half or a quarter with no year is a part of a game, or of something else
    named after it ("the second half of the match", "of the 19th century"): its sentence,
    or the one on either side in its paragraph, tells of half-time, a striker, or goals
    and a match ("scored a goal in the second half"), or the article tells of a game
    elsewhere."""
    g = c.groups
    if (g.get("qunit") or "").lower() not in {"half", "quarter"}:
        return False
    if any(g.get(k) for k in ("qyear", "year", "fiscal", "ofrel", "qrel", "qyrel")):
        return False
    if _OF_SOMETHING.match(text, c.end):
        return True  # "of the match", "of the 19th century"; not "of the current fiscal year"
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    window = _paragraph_neighbours(span.sent)
    kinds = [tables().game_words.get(t.lower_) for t in window]
    sure, likely = kinds.count("sure"), kinds.count("likely")
    if sure > 0 or likely > 1 or (likely > 0 and bool(_SCORE.search(window.text))):
        return True
    # a match report tells of half-time or the referee somewhere else: "a trio of
    # second-half tries", "The second half failed to live up to the opening period"
    words = _HYPHENATED_WORD.findall(text.lower())  # "half-time" is one word here
    told = sum(tables().game_words.get(w) == "sure" for w in words)
    if told > 1 or (told > 0 and likely > 0):
        return True
    # or names one player's place and, elsewhere, goals and a win, or a score and a match
    # ("strikers" and a 12-3 vote alone tell of a labour dispute)
    said = sum(tables().game_words.get(w) == "likely" for w in words)
    return told > 0 and (said > 2 or (said > 0 and bool(_SCORE.search(text))))


_HYPHENATED_WORD = re.compile(r"\w+(?:-\w+)*")
_OF_SOMETHING = re.compile(
    r"\s+of\s+(?:the|a|an)\s+(?!(?:(?:current|coming|next|last|previous|same)\s+)?"
    r"(?:(?:fiscal|financial|calendar)\s+)?year\b)",
    re.IGNORECASE,
)


def _paragraph_neighbours(sentence: DocSpan) -> DocSpan:
    """The sentence with the one before and the one after it in the same paragraph."""
    doc = sentence.doc
    start, end = sentence.start, sentence.end
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start
    if end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end = doc[end].sent.end
    return doc[start:end]


_SCORE = re.compile(r"(?<![$£€.,\d])\b\d{1,2}-\d{1,2}\b(?![\d.,%]| ?(?:percent|per cent|%))")


def _part_of_a_name(c: _Candidate, doc: Doc, text: str) -> bool:
    """Whether a time word belongs to a name the tagger did not mark: an event's ("the
    2014 Winter Olympics", where the year alone is a time), a newspaper's ("the Sunday
    Times", "the Mail on Sunday"), a show's ("TODAY co-anchor"), a film's or a band's
    ("Fahrenheit 9/11", "Happy Mondays")."""
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    first, last = span[0], span[-1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    names = tables().name_words
    if c.kind == "season":
        return following is not None and following.lower_ in names.get("event", frozenset())
    if c.kind == "weekday_part" and not c.groups.get("rel") and not c.groups.get("part"):
        return _names_a_paper(last, following, text, c.end)
    if c.kind in {"deictic", "ref"} and _shouted_name(first, text[c.start : c.end]):
        return True
    title_start = (c.kind == "set" and c.groups.get("days")) or (
        c.kind == "ref" and text[c.start].isdigit()
    )
    previous = doc[first.i - 1] if first.i > 0 else None
    return bool(title_start) and (
        previous is not None
        and previous.tag_ in {"NNP", "NNPS"}
        and previous.idx + len(previous.text) + 1 == c.start
        and previous.lower_ not in tables().months
    )


def _names_a_paper(weekday: Token, following: Token | None, text: str, end: int) -> bool:
    """Whether a weekday is part of a name: before the proper noun it modifies ("the
    Sunday Times", "the moderate Tuesday Group"), or ending a title ("the Independent on
    Sunday")."""
    named = weekday.i > 0 and weekday.doc[weekday.i - 1].lower_ == "the"  # not "his Sunday Mass"
    if following is not None and not named:
        # "the moderate Tuesday Group": the name's article before a word between
        named = any(w.dep_ == "det" and w.lower_ == "the" for w in following.lefts)
    if named and following is not None and weekday.head.i == following.i:
        t = tables()
        if (
            following.tag_ == "NNP"
            and following.is_title
            and following.lower_ not in t.months
            and following.lower_ not in t.weekdays
            and following.lower_ not in t.dayparts
            and following.lower_ not in load_lexicon("titles")
        ):
            return True
    before = text[max(0, end - 30) : end]
    for title in tables().name_words.get("title", frozenset()):
        match = re.search(rf"(?<!\w){re.escape(title)}$", before, re.IGNORECASE)
        if match is not None and match.group(0)[0].isupper():
            return True
    return False


# A capitalized "Today" after a possessive or a lower-case "the" names a programme: "the
# Today programme", "NBC's TODAY"; the day itself takes neither
_PROGRAMME_BEFORE = re.compile(r"(?:['’]s|(?<![\w])the)\s+$")


def _names_a_programme(c: _Candidate, text: str) -> bool:
    """Whether a capitalized "Today" or "Tonight" is the name of a programme."""
    if c.kind not in {"deictic", "deictic_part"} or not text[c.start].isupper():
        return False
    if (c.groups.get("deictic") or "").lower() not in {"today", "tonight", "tomorrow", "yesterday"}:
        return False
    return _PROGRAMME_BEFORE.search(text[max(0, c.start - 5) : c.start]) is not None


# A quoted title that a capitalized time word ends: '"Fox News Sunday"', 'NBC's "Today"'
_TITLE_OPENS = re.compile(r"(?:['’]s\s+[\"“]|[\"“](?:[A-Z][\w.&'’-]*\s+){1,4})$")
_TITLE_CLOSES = re.compile(r"[.,!?]?[\"”]")


def _ends_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalized time word closes a quoted name of a show or a paper."""
    if not text[start].isupper():
        return False
    opens = _TITLE_OPENS.search(text[max(0, start - 60) : start])
    return opens is not None and _TITLE_CLOSES.match(text, end) is not None


def _shouted_name(token: Token, word: str) -> bool:
    """Whether an all-capitals "TODAY" in a sentence in mixed case is a name used as a
    noun ("TODAY co-anchor", "told TODAY"), not the day."""
    if not word.isupper() or len(word) < 3:
        return False
    if not any(t.is_lower for t in token.sent):
        return False  # a headline in capitals
    return token.dep_ in {"compound", "dobj", "nsubj", "nsubjpass", "poss", "appos"}


def _unit_of_rate(c: _Candidate, doc: Doc) -> bool:
    """Whether "per" and a unit shorter than a day follow the things counted, as a unit
    of a rate ("megabits per second", "miles per hour", "7,400 kilometer per hour"), not
    a time that recurs ("paid per hour")."""
    unit = tables().units.get((c.groups.get("unit") or "").lower())
    if unit not in {"S", "MIN", "H"} or c.groups.get("num"):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    # a unit of measure read as singular ("km", "kilometer") counts too
    return before.tag_ == "NNS" or before.lower_ in load_table("measures", "quantities")


def _final_one(c: _Candidate, doc: Doc, text: str) -> bool:
    """Whether "last" after a possessive means final, not the one before this one: a
    night, a day or a week of someone's ("your last night"), not a company's quarter or
    year ("Apple's last quarter", "its last fiscal year": the latest)."""
    if not text.startswith(("last", "Last"), c.start):
        return False
    if not _FINAL_UNITS.fullmatch(text[c.start : c.end].lower()):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    return span is not None and span.start > 0 and doc[span.start - 1].tag_ in {"PRP$", "POS"}


_FINAL_UNITS = re.compile(r"last\s+(?:night|evening|day|week|weekend)")


def _first_name(doc: Doc, c: _Candidate) -> bool:
    """Whether a month's name is a person's first name, before a surname the tagger
    marks as a person's here or elsewhere in the article ("August Flentje")."""
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or len(span) != 1:
        return False
    month = span[0]
    surname = month.head
    if month.dep_ != "compound" or surname.i != month.i + 1 or surname.tag_ != "NNP":
        return False
    return surname.ent_type_ == "PERSON" or any(
        e.label_ == "PERSON" and surname.text in e.text.split() for e in doc.ents
    )


def _every_second_thing(c: _Candidate, doc: Doc) -> bool:
    """Whether "every second" is the ordinal before a noun ("every second person")."""
    if (c.groups.get("unit") or "").lower() != "second" or c.groups.get("num"):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    return span is not None and span[-1].dep_ == "amod"


def _titled_unit(c: _Candidate, text: str) -> bool:
    """Whether a unit word is capitalized inside a sentence: a title ("60 Minutes",
    "This Week", "High Noon"), not a time."""
    for name in _UNIT_GROUPS:
        word = c.groups.get(name)
        if not word or not word[0].isupper() or word.isupper():
            continue
        if word.lower() in tables().weekdays or word.lower() in tables().months:
            continue  # weekdays and months are always capitalized
        match_text = c.groups.get("_text") or ""
        if not match_text.startswith(word) or not _sentence_initial(text, c.start):
            return True
    return False


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘`")
    return not before or before[-1] in ".!?\n:"


def _month_word_is_time(c: _Candidate, doc: Doc, text: str, label: str) -> bool:
    """A month name without a day or year is a time unless it is a verb, a name or "may"."""
    word = c.groups.get("month") or ""
    bare = word.lower().rstrip(".")
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    token = span[-1]
    if token.tag_ in {"MD", "VB", "VBD", "VBP", "VBZ", "VBG"}:
        return False  # "may", "to march"
    if bare == "march" and (
        (token.i > 0 and doc[token.i - 1].tag_ == "POS") or _MARCH_FOR.match(text, c.end)
    ):
        return False  # "the Women's March", "the March for Science"
    if c.kind == "rel_month":
        return True
    if _is_abbreviation(bare) and not word.endswith("."):
        return False  # "Mar" alone needs its period
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if bare in _AMBIGUOUS_MONTHS:
        if month_names_a_person(token):
            return False  # "Mrs May", "Theresa May", "May said"
        return label == "DATE" or previous in _TIME_PREPOSITIONS
    return label in {"DATE", ""} or previous in _TIME_PREPOSITIONS


def month_names_a_person(token: Token) -> bool:
    """Whether "May" or "March" is a person's name: after a proper noun that is no
    preposition ("Mrs May", "Theresa May", "Prime Minister May"), before a finite verb
    that a month cannot do and a modal cannot precede ("May said", "May issues", "May
    can", "May is preparing"), or where the article names the person so elsewhere and
    nothing makes this one a month ("May's office", "May has said")."""
    return _names_a_person_here(token) or (
        _bare_of_time_words(token)
        and any(
            other.i != token.i and other.text == token.text and _names_a_person_here(other)
            for other in token.doc
        )
    )


# Words before "May" after which it stays a month even in an article about Mrs May
_MONTH_DETERMINERS = frozenset({"a", "an", "the"})


def _bare_of_time_words(token: Token) -> bool:
    """Whether "May" stands with nothing that makes it a month: no time preposition or
    article before it ("in May", "a May summit"), no day or year next to it ("9 May",
    "May 2020"), no noun it names the month of ("May elections"); a possessive or a
    subject is the person's after a preposition or a comma too ("a matter for May's
    team", "as the law stands, May has said")."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if any(word is not None and word.like_num for word in (previous, following)):
        return False
    if following is not None and following.tag_ == "POS":
        return previous is None or previous.lower_ not in _RELATIVE_BEFORE_MONTH
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "obligations, May has said"
    if previous is not None and not token.is_sent_start:
        word = previous.lower_
        if word in _TIME_PREPOSITIONS or word in _MONTH_DETERMINERS:
            return False
    return not (token.dep_ in {"compound", "nmod"} and token.head.pos_ == "NOUN")


# "last May's floods": a possessive month after a word that places it in time
_RELATIVE_BEFORE_MONTH = frozenset({"last", "next", "this", "early", "late", "mid", "since"})


def _names_a_person_here(token: Token) -> bool:
    """Whether "May" is a person's name by the words around it alone."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    if (
        previous is not None
        and not token.is_sent_start
        and previous.tag_ in {"NNP", "NNPS"}
        and previous.lower_ not in _TIME_PREPOSITIONS
        and previous.lower_ not in tables().weekdays
    ):
        return True
    if token.dep_ == "pobj":
        return False  # "surveyed in March believed": the month ends a phrase
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.tag_ not in {"VBD", "VBZ", "MD"}:
        return False
    if following.tag_ == "MD":
        return following.head.lemma_.lower() not in _month_verbs()  # not "May will be busy"
    if following.lemma_.lower() != "be":
        return following.lemma_.lower() not in _month_verbs()
    after = doc[following.i + 1] if following.i + 1 < len(doc) else None
    return after is not None and after.tag_ == "VBG"  # "May is preparing"; "May was wet"


@cache
def _month_verbs() -> frozenset[str]:
    return load_lexicon("month_verbs", "times")


_MARCH_FOR = re.compile(r"\s+(?:for|on|against|to)\s+(?:the\s+)?[A-Z]")
_THING_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _is_abbreviation(word: str) -> bool:
    """Whether a month word shortens a longer spelling of the same month ("sept")."""
    months = tables().months
    number = months.get(word)
    return any(w != word and w.startswith(word) and n == number for w, n in months.items())


def _year_is_time(c: _Candidate, doc: Doc, text: str, label: str) -> bool:
    year = int(c.groups.get("year") or 0)
    if _PHONE_BEFORE.search(text[max(0, c.start - 16) : c.start]):
        return False
    if c.kind == "fiscal_year" or (c.groups.get("_text") or "").lower().startswith("the year"):
        return True
    if c.groups.get("spoken"):
        return True  # "nineteen ninety-six" is no count
    if not 1900 <= year <= 2099 and label != "DATE":
        return False
    if _street_after().match(text, c.end):
        return False  # "1775 Naramata Rd."
    if c.kind == "year" and _previous_word(text, c.start) in tables().name_words.get(
        "numbered", frozenset()
    ):
        return False  # "UN resolution 1441", "flight 1549"
    if _zone_after().match(text, c.end) and text[max(0, c.start - 3) : c.start].lower() != "in ":
        return False  # "at 1pm (1100 GMT)": a clock time, no year (not "in 1999 GMT was")
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is not None and c.kind == "year" and len(span) == 1:
        token = span[0]
        previous = doc[token.i - 1] if token.i > 0 else None
        counted = token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.head.i > token.i
        if counted and previous is not None and previous.lower_ in _QUANTIFIERS:
            return False  # "about 2000 pages" is a count
        if (
            label == "CARDINAL"
            and previous is not None
            and previous.lower_ in _YEAR_DETERMINERS
            and token.head.tag_ == "NN"
            and token.head.i > token.i
        ):
            return True  # "a 2014 study", "the city's 2022 policy"
    if label in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}:
        previous_word = doc[span[0].i - 1].lower_ if span is not None and span[0].i > 0 else ""
        if label == "CARDINAL" and _BOUND_BEFORE.search(text, max(0, c.start - 30), c.start):
            return True  # "until at least 2021", "by the latest 2030"
        return label == "CARDINAL" and previous_word in _TIME_PREPOSITIONS - {"and", "or", ","}
    after = text[c.end : c.end + 10]
    return not re.match(r"\s*(?:%|percent\b|per\s+cent\b)", after)


#: "hand" after "second": "second hand", "second-hand" goods
_HAND_AFTER = re.compile(r"[\s-]+hand\b", re.IGNORECASE)

#: A bound between a time preposition and a year the tagger saw as a count
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|by|through|since|in|from|before|after)\s+(?:at\s+)?(?:the\s+)?"
    r"(?:least|latest|earliest|most)\s+\Z",
    re.IGNORECASE,
)


def _season_is_time(c: _Candidate, doc: Doc, text: str) -> bool:
    """A season word alone is a time after "in", "this", "the" ("the fall of Rome" is not)."""
    g = c.groups
    if g.get("rel") or g.get("year") or g.get("syear") or g.get("syrel"):
        return True
    if re.match(r"\s+of\b", text[c.end : c.end + 4]):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span[-1].pos_ == "VERB":
        return False
    word = span[-1]
    noun = word.head if modifies_noun(word) and word.head.i > word.i else None
    if noun is None and word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "NOUN":
        noun = doc[word.i + 1]  # the parser may hang "armyworm" elsewhere
    if (
        noun is not None
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.lemma_.lower() not in _SEASON_TIME_NOUNS
        and not any(t.is_punct for t in doc[word.i + 1 : noun.i])
    ):
        return False  # "the Fall armyworm", "the winter transfer window"; not "the summer months"
    previous = doc[span[0].i - 1].lower_ if span[0].i > 0 else ""
    if previous in {"early", "late", "mid"} and span[0].i > 1:
        previous = doc[span[0].i - 2].lower_  # "the early summer", "in late spring"
        return previous == "the" or previous in _SEASON_PREPOSITIONS
    if (g.get("season") or "").lower() == "fall":
        if re.match(r"\s+(?:in|of)\b", text[c.end : c.end + 4]):
            return False  # "the fall in the unemployment rate"
        return previous in _FALL_PREPOSITIONS
    return bool(g.get("det")) or previous in _SEASON_PREPOSITIONS


# Words before a year that make it one even where the tagger saw a count ("a 2014 study")
_YEAR_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "'s", "’s"}
)
_QUANTIFIERS = frozenset(
    {"about", "around", "nearly", "almost", "some", "over", "than", "roughly", "approximately"}
    | {"only", "just", "least", "most", "to", "under", "another", "additional"}
)


@cache
def _zone_after() -> re.Pattern[str]:
    """A time zone's name after a number ("1100 GMT")."""
    zones = sorted(tables().zones, key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, zones))})\b")


@cache
def _street_after() -> re.Pattern[str]:
    """A street's name after a number ("1775 Naramata Rd."; ``lexicons/street_words.txt``)."""
    words = sorted((w.capitalize() for w in load_lexicon("street_words")), key=len, reverse=True)
    return re.compile(rf"\s+(?:[A-Z][a-z]+\s+){{1,2}}(?:{'|'.join(words)})\b")


_SEASON_PREPOSITIONS = frozenset({"in", "during", "this", "last", "next", "by"})
# Nouns a season may name a time of ("the summer months", "the spring term")
_SEASON_TIME_NOUNS = frozenset(
    {"month", "season", "term", "semester", "holiday", "break", "vacation", "recess"}
    | {"session", "quarter", "period", "solstice", "equinox", "day", "week", "weekend"}
)
# "the fall" is a season only after one of these ("behind the fall in prices" is a drop)
_FALL_PREPOSITIONS = _SEASON_PREPOSITIONS | {
    "until",
    "till",
    "through",
    "throughout",
    "over",
    "since",
    "for",
    "after",
    "before",
}
_RATE_BEFORE = re.compile(r"\d[\w,.%]*(?:\s+(?:per\s+cent|[a-z]+)){0,2}\s+$")
#: What makes "a quarter" a share, not three months: "… to a third", "… of".
_SHARE_AFTER = re.compile(
    r"\s+(?:(?:to|or|and)\s+(?:an?\s+|one\s+|two\s+)?(?:third|half|fifth|quarter|tenth)s?|of)\b",
    re.IGNORECASE,
)
_QUARTERS_OF = re.compile(
    r"\s+of\s+(?!(?:the|an?|its|their|his|her|our|this|that|these|those|all|which|what|them)\b)"
    r"(?P<noun>[a-z]+[^s\W])\b"
)


# A share's figure in brackets after it: "a quarter (24%)"
_PERCENT_ASIDE = re.compile(r"\s*\([^()]{0,15}(?:%|per\s?cent)[^()]{0,5}\)")


def _a_share(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether quarters (from ``start`` to ``end``) are a share, not three months: before
    "of" something or another fraction, after their figure in brackets ("a quarter (24%)
    of voters"), who say something ("Three-quarters said") or, bare, do something a stretch
    of time cannot ("About three-quarters voted for it")."""
    aside = _PERCENT_ASIDE.match(text, end)
    if aside is not None:
        return True
    if _SHARE_AFTER.match(text, end) and not _quarters_of_time(doc, text, end):
        return True
    span = ctxmod.tokens_of(doc, start, end)
    if span is None:
        return False
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB" or _quarters_of_time(doc, text, end):
        return False
    verb = root.head.lemma_.lower()
    if verb in load_lexicon("speech_verbs", "attributions"):
        return True
    bare = not any(w.dep_ in {"det", "poss"} or w.lower_ in _PERIOD_WORDS for w in root.lefts)
    return bare and verb not in ctxmod.verb_class("time_subject")


# Words before quarters that make them a company's or a calendar's ("the last three
# quarters", "its first two quarters")
_PERIOD_WORDS = frozenset({"last", "past", "next", "first", "previous", "recent", "coming"})


def _quarters_of_time(doc: Doc, text: str, end: int) -> bool:
    """Whether "of" after quarters (ending at ``end``) names what they are half a year
    of: a bare singular noun that heads its phrase ("two quarters of contraction"), not
    a whole they are a share of ("of the homes", "of web users")."""
    match = _QUARTERS_OF.match(text, end)
    if match is None:
        return False
    noun = ctxmod.tokens_of(doc, match.start("noun"), match.end("noun"))
    return noun is not None and not modifies_noun(noun[0])


_TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees|highs|lows|mercury)\b", re.IGNORECASE)
# Digit groups around a four-digit number make it part of a phone number: "0300 123 2020"
_PHONE_BEFORE = re.compile(r"(?:\+\d+|\b0\d{2,4}|\(0\d+\))[\s-]+(?:\d{2,4}[\s-]+)?$")


def _attach_modifier(c: _Candidate, text: str, doc: Doc) -> None:
    before = text[max(0, c.start - 30) : c.start]
    g = grammar()
    attached = g.attached.search(before)
    if attached:
        c.mod = tables().modifiers.get(attached.group("mod").lower().split()[-1] + "-", "MID")
        if attached.group("mod").lower().endswith(("early", "late")):
            c.mod = "START" if "early" in attached.group("mod").lower() else "END"
        c.start -= len(attached.group(0))
        return
    match = g.modifier.search(before)
    if not match:
        return
    phrase = re.sub(r"\s+", " ", match.group("mod").lower())
    mod = tables().modifiers[phrase]
    own = (c.groups.get("_text") or "").lower()
    if mod in {"START", "MID", "END"}:
        if c.kind in {"duration", "fraction", "vague_units", "set", "ago", "ref"}:
            return
    else:
        if c.kind not in {"duration", "fraction", "ago", "vague_units"}:
            return
        if own.startswith("the ") and phrase in {"over", "under", "around", "about", "some"}:
            return  # "over the past two years" is a preposition, not "more than"
        if phrase == "over" and _OVER_DURING.match(own):
            # "gained her trust over several months", "over past two decades": during,
            # not "more than"
            return
        if phrase == "over" and re.search(r"\bor\s+so\b", own):
            return  # "at their lowest over forty or so years": during, not "more than"
        if phrase == "over" and _over_means_during(doc, text, c.start, c.end):
            return  # "to cut costs by $2bn over four years"
    c.mod = mod
    start = c.start - len(match.group(0))
    own_article = own.startswith("the ")
    if phrase in _ADJECTIVE_MODIFIERS and not own_article and _modifies_noun(doc, c.start, c.end):
        start += 3  # the article belongs to the noun
        while text[start].isspace():
            start += 1
    c.start = start


_OVER_DURING = re.compile(
    r"(?:several|a\s+few|few|many|the|past|last|next|coming|previous|recent)\b", re.IGNORECASE
)


def _over_means_during(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "over" before a duration is the preposition of the time things take ("cut
    costs over four years", "placed over two decades"), as TimeBank reads it, not a
    measure's "more than" ("just over four years", "took over two hours", "in over seven
    decades"; nor "over a month after the vote")."""
    span = ctxmod.tokens_of(doc, start, end)
    if span is None or span.start == 0 or _COUNTED_FROM.match(text, end):
        return False
    over = doc[span.start - 1]
    return over.dep_ == "prep" and span.root.dep_ == "pobj" and span.root.head.i == over.i


_COUNTED_FROM = re.compile(r"\s+(?:after|before|later|earlier|ago)\b", re.IGNORECASE)
_ADJECTIVE_MODIFIERS = frozenset({"the early", "the late", "the mid", "the mid-"})


def _modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether a time is a modifier of a noun after it: "the late February tariffs decision"
    (the article belongs to "decision")."""
    span = ctxmod.tokens_of(doc, start, end)
    if span is None:
        return False
    last = span[-1]
    return last.dep_ in {"compound", "nmod", "amod", "nummod"} and last.head.i > last.i


def _resolve_all(chosen: list[_Candidate], doc: Doc, article: Article) -> list[TimeExpression]:
    text = article.text
    published, published_year = parse_published(article.published)
    earlier: list[Earlier] = []
    times: list[TimeExpression] = []
    hint: tuple[int, str] | None = None
    hint_sentence, hint_end = -1, 0
    deictic_hint = False  # the hint is "this year" or "last year": it holds in any tense
    coming_hint = False  # the hint is a year after publication's: it holds ahead of it
    narrated: _Narrated | None = None  # the last time, where it sets a year for the story
    sentences = ctxmod.sentence_starts(doc) if chosen else []
    directions = _directions(chosen, doc, text)
    entries = [_timeline_entry(c, text) for c in chosen]
    timeline: tuple[int, str] | None = None  # the year of a list of dated entries
    for i, (c, direction) in enumerate(zip(chosen, directions, strict=True)):
        sentence = bisect_right(sentences, c.start)
        # A year named earlier in the sentence carries over to a month or day without
        # one ("October 7 … 2023"), unless the sentence turns to the future; a year
        # still ahead of publication carries over to what is not told in the past ("the
        # 2030 games, to be held from July 4").
        same = sentence == hint_sentence
        if same and deictic_hint and "\n" in text[hint_end : c.start]:
            same = False  # a headline run into a dateline is no sentence
        if same and coming_hint:
            carried = hint if direction != ctxmod.PAST else None
        else:
            carried = hint if same and (direction != ctxmod.FUTURE or deictic_hint) else None
        if carried is not None and deictic_hint and _when_said(doc, c.start, c.end):
            carried = None  # "rose 45% last year, a director said on Jan 22": the day of saying
        if carried is None and earlier:
            carried = _year_of_its_noun(doc, earlier[-1], c)
        if carried is None and narrated is not None and direction == ctxmod.PAST:
            carried = _narrated_year(narrated, c, sentence, text)
        if c.kind == "duration" and _some_day(doc, text, c.start, c.end):
            c.kind = "some_day"  # "could one day be applied": a day, not its length
        if c.kind == "weekday_part" and _anaphoric_that(doc, c.start):
            c.groups["that"] = "that"  # "that Saturday evening": a day told of, not this week's
        if c.kind == "weekday_part" and _any_such_day(doc, text, c.start, c.end):
            c.groups["any"] = "any"  # "book on a Tuesday"
        if c.kind in {"month", "month_day"} and not c.groups.get("year") and _habitual(doc, c):
            c.groups["habitual"] = "habitual"  # "the flu generally spreads from November"
        if entries[i] and timeline is not None and not c.groups.get("year"):
            carried = timeline  # "2016 … May 19: Trump gives …": the list's year, any tense
        second = c.kind == "second_day" or c.groups.get("range") == "second"
        if second and earlier and re.match(r"\d{4}-", earlier[-1].value):
            carried = (int(earlier[-1].value[:4]), earlier[-1].id)  # the first day's year
        ctx = Context(
            published=published,
            published_year=published_year,
            direction=direction,
            earlier=earlier,
            year_hint=carried,
            before=text[max(0, c.start - 40) : c.start],
            offset=c.start,
            after=text[c.end : c.end + 30],
        )
        resolved = resolve(c.kind, c.groups, ctx)
        if resolved is None:
            continue
        resolved = _day_of_clock(resolved, c, earlier, text)
        resolved = _apposed_weekday(resolved, c, earlier, text)
        resolved = _joined_weekday(resolved, c, earlier, text, published)
        resolved = _year_of_the_sentence(resolved, c, earlier, sentences, sentence)
        if direction == ctxmod.PAST and _counted_past_publication(c, resolved, published):
            # "Two days later, he held a press conference" cannot be after the article
            resolved = Resolved("DATE", "PAST_REF", PUBLICATION)
        tid = f"T{len(times) + 1}"
        times.append(
            TimeExpression(
                id=tid,
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                type=resolved.type,  # type: ignore[arg-type]
                value=resolved.value,
                mod=c.mod or resolved.mod,
                anchor=resolved.anchor,
            )
        )
        earlier.append(
            Earlier(tid, resolved.value, c.start, c.end, "derived" if resolved.derived else c.kind)
        )
        narrated = _narrates(c, resolved, tid, sentence, doc, direction, published_year)
        if entries[i] and c.groups.get("year"):
            timeline = (int(c.groups["year"] or 0), tid)
        elif _heads_timeline(chosen, entries, i, text) and re.fullmatch(r"\d{4}", resolved.value):
            timeline = (int(resolved.value), tid)
        if c.kind in _YEAR_KINDS and c.groups.get("year"):
            hint = (int(c.groups["year"] or 0), tid)
            hint_sentence, hint_end = sentence, c.end
            deictic_hint = coming_hint = False
        elif _coming_year(c, resolved.value, published_year, text):
            hint = (int(resolved.value), tid)
            hint_sentence, hint_end = sentence, c.end
            deictic_hint, coming_hint = False, True
        elif _DEICTIC_YEAR.fullmatch(times[-1].text) and re.fullmatch(r"\d{4}", resolved.value):
            hint = (int(resolved.value), tid)  # "this year's fair opens on May 4"
            hint_sentence, hint_end = sentence, c.end
            deictic_hint, coming_hint = True, False
    return times


def _timeline_entry(c: _Candidate, text: str) -> bool:
    """Whether a day opens an entry of a dated list: at the start of a line or a sentence,
    or after a year that heads the list, and before a colon ("May 19: Trump gives …")."""
    if c.kind not in _DAY_KINDS or not _ENTRY_AFTER.match(text, c.end):
        return False
    return _ENTRY_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


def _heads_timeline(chosen: list[_Candidate], entries: list[bool], i: int, text: str) -> bool:
    """Whether a year alone heads a dated list: it opens a line or a sentence and the
    list's first entry follows it ("2016 March 28: …")."""
    c = chosen[i]
    if c.kind != "year" or i + 1 >= len(chosen) or not entries[i + 1]:
        return False
    if text[c.end : chosen[i + 1].start].strip():
        return False
    return _ENTRY_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


_ENTRY_AFTER = re.compile(r":\s")
#: What may stand before a list's entry: the start of the text or of a line, the end of
#: a sentence, or the year heading the list
_ENTRY_BEFORE = re.compile(r"(?:\A|\n\s*|[.!?][\"”']?\s+|\b\d{4}\s+)\Z")


def _coming_year(c: _Candidate, value: str, published_year: int | None, text: str) -> bool:
    """Whether a year alone is one after the year of publication ("the 2030 games"), not
    the name of a budget year or season that starts before it ("the 2018 budget year
    that begins on October 1")."""
    if c.kind != "year" or published_year is None or not re.fullmatch(r"\d{4}", value):
        return False
    return int(value) > published_year and _NAMED_PERIOD.match(text, c.end) is None


#: A year naming a period that starts in the year before it.
_NAMED_PERIOD = re.compile(
    r"[ \u00a0]+(?:(?:budget|fiscal|financial|tax|school|academic)[ \u00a0]+year|season)\b",
    re.IGNORECASE,
)


def _some_day(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "one day" is some day, not a day's length: before its verb ("could one day
    be applied", "One day in winter, we planted"), or after one that tells of no length
    ("we will find out one day"; not "stayed one day", "for one day")."""
    if re.sub(r"\s+", " ", text[start:end]).lower() != "one day":
        return False
    span = ctxmod.tokens_of(doc, start, end)
    if span is None:
        return False
    if _previous_word(text, start) == "to" and span.end < len(doc) and doc[span.end].tag_ == "VB":
        return True  # "hopes to one day run the firm", which the parse takes for "to" a day
    day, verb = span.root, span.root.head
    if verb.pos_ not in {"VERB", "AUX"} or day.dep_ in {"pobj", "dobj"}:
        return False
    if _LENGTH_AFTER.match(text, end):
        return False  # "one day of talks", "one day a week", "one day after the vote"
    return verb.i > day.i or verb.lemma_.lower() not in ctxmod.verb_class("lasting")


_LENGTH_AFTER = re.compile(
    r"\s+(?:of|a|an|per|each|only|after|before|later|earlier)\b", re.IGNORECASE
)


def _year_of_its_noun(doc: Doc, year: Earlier, c: _Candidate) -> tuple[int, str] | None:
    """The year of a thing a day is told of: "the 2016 robot fair on Dec 14" is on 14
    December 2016, whatever tense the sentence has."""
    if year.kind != "year" or c.kind not in _DAY_KINDS or c.groups.get("year"):
        return None
    year_span = ctxmod.tokens_of(doc, year.start, year.end)
    day_span = ctxmod.tokens_of(doc, c.start, c.end)
    if year_span is None or day_span is None:
        return None
    noun, day = year_span.root.head, day_span.root
    if year_span.root.dep_ not in {"nummod", "compound", "nmod", "amod"} or noun.pos_ == "VERB":
        return None
    on_noun = day.dep_ == "pobj" and day.head.head.i == noun.i and noun.i < day.i
    return (int(year.value), year.id) if on_noun and year.value.isdigit() else None


_APPOSED = re.compile(r",\s+(?:a|on\s+a)\s+$")


def _apposed_weekday(
    resolved: Resolved, c: _Candidate, earlier: list[Earlier], text: str
) -> Resolved:
    """A weekday set after a date it names ("on 11 April last year, a Monday,") is that
    date."""
    weekday = tables().weekdays.get(text[c.start : c.end].lower())
    if weekday is None or not earlier or not re.fullmatch(r"\d{4}-\d\d-\d\d", earlier[-1].value):
        return resolved
    before = earlier[-1]
    if not _APPOSED.search(text[before.end : c.start]):
        return resolved
    day = date.fromisoformat(before.value)
    return Resolved("DATE", day.isoformat(), before.id) if day.isoweekday() == weekday else resolved


def _year_of_the_sentence(
    resolved: Resolved, c: _Candidate, earlier: list[Earlier], sentences: list[int], sentence: int
) -> Resolved:
    """ "the year" after a year named alone earlier in its sentence is that year ("exploded
    in 2015, reaching a tenth of all searches within the year"), however far back."""
    if c.kind != "the_unit" or (c.groups.get("unit") or "").lower() != "year":
        return resolved
    if resolved.type != "DATE" or resolved.anchor != PUBLICATION or not earlier:
        return resolved
    before = earlier[-1]
    if before.kind != "year" or not re.fullmatch(r"\d{4}", before.value):
        return resolved
    if bisect_right(sentences, before.start) != sentence:
        return resolved
    return Resolved("DATE", before.value, before.id)


def _counted_past_publication(c: _Candidate, resolved: Resolved, published: date | None) -> bool:
    """Whether a day counted forward from a time told of ("two days later", "the following
    Monday", "the next day", "the day after") falls after publication."""
    forward = (
        c.kind in {"ago", "anchored"}
        or (c.kind == "day_before" and (c.groups.get("dir") or "").lower() == "after")
        or (c.groups.get("rel") or "").lower() == "following"
    )
    if not forward or published is None or resolved.type != "DATE":
        return False
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", resolved.value):
        return False
    return date.fromisoformat(resolved.value) > published


def _joined_weekday(
    resolved: Resolved, c: _Candidate, earlier: list[Earlier], text: str, published: date | None
) -> Resolved:
    """A weekday joined by "and" or "or" to a weekday ahead of publication is the first
    such day after that one ("a retreat set for Thursday and Friday" is the Friday after
    it); days gone by may be told in any order ("statements made Friday and Thursday")."""
    weekday = tables().weekdays.get(text[c.start : c.end].lower())
    if weekday is None or published is None or not earlier or earlier[-1].kind != "weekday_part":
        return resolved
    before = earlier[-1]
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", before.value):
        return resolved
    if not _JOINED.fullmatch(text, before.end, c.start):
        return resolved
    day = date.fromisoformat(before.value)
    if day <= published:
        return resolved
    day += timedelta(days=(weekday - day.isoweekday() - 1) % 7 + 1)
    return Resolved("DATE", day.isoformat(), before.id)


_JOINED = re.compile(r",?\s+(?:and|or)\s+(?:on\s+)?|,\s+")


def _when_said(doc: Doc, start: int, end: int) -> bool:
    """Whether a time says when something was said: the first verb above it is a verb of
    saying or of putting out figures ("said at a news conference on Jan 22", "figures
    released on Feb 20")."""
    verb = ctxmod.verb_above(doc, start, end)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return lemma in load_lexicon("speech_verbs", "attributions") or lemma in ctxmod.verb_class(
        "publishing"
    )


def _day_of_clock(resolved: Resolved, c: _Candidate, earlier: list[Earlier], text: str) -> Resolved:
    """A weekday right after a clock time is the clock's day ("at 8:30 a.m. local time on
    Sunday", "at 7 p.m. on Saturday night"), whichever tense the parse gives the weekday
    alone."""
    word = text[c.start : c.end]
    if c.kind == "weekday_part" and not c.groups.get("rel"):
        word = c.groups.get("weekday") or word  # "Saturday night"
    weekday = tables().weekdays.get(word.lower())
    if weekday is None or not earlier or not DATED_CLOCK.match(earlier[-1].value):
        return resolved
    clock = earlier[-1]
    following = FOLLOWING_WEEKDAY.match(text, clock.end)  # what the clock took its day from
    if following is None or following.start("weekday") != c.start:
        return resolved
    day = date.fromisoformat(clock.value[:10])
    if day.isoweekday() != weekday or resolved.value[:10] == day.isoformat():
        return resolved
    part = resolved.value[10:] if re.fullmatch(r"\d{4}-\d\d-\d\dT[A-Z]{2}", resolved.value) else ""
    return Resolved(resolved.type, day.isoformat() + part, clock.id)


class _Narrated(NamedTuple):
    """A time that sets the year of what the next sentence tells: its year, id, sentence, end."""

    year: int
    tid: str
    sentence: int
    end: int


def _narrates(
    c: _Candidate,
    resolved: Resolved,
    tid: str,
    sentence: int,
    doc: Doc,
    direction: int,
    published_year: int | None,
) -> _Narrated | None:
    """The time as the year of a story told on, in an article without a publication date
    ("In 2019 the firm moved to Texas. In March it opened a factory"): a year, or a day in
    one, that says when the main verb of its sentence happened; not background told in a
    clause ("Founded in 2001, the firm has grown"), a noun's modifier ("the Dec. 21, 1988,
    bombing") or a span of time. Where the article has a date, the nearest past month or
    day before it was right more often on news samples, and the year is not carried."""
    if published_year is not None or c.kind not in _NARRATING_KINDS:
        return None
    if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", resolved.value):
        return None
    if resolved.anchor != ABSOLUTE or direction == ctxmod.FUTURE:
        return None
    if not _tells_when(doc, c.start, c.end):
        return None
    return _Narrated(int(resolved.value[:4]), tid, sentence, c.end)


_WHEN_PREPS = frozenset({"in", "on", "during", "throughout"})


def _tells_when(doc: Doc, start: int, end: int) -> bool:
    """Whether a time says when its sentence's main verb happened: "moved in 2019", "On
    May 22, 1995, he was made …"; not "since 1980", "the 1988 bombing" or "a crisis in
    2002"."""
    span = ctxmod.tokens_of(doc, start, end)
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "the Dec. 21, 1988, bombing": the name of an event
    root = span.root
    if root.dep_ == "pobj":
        prep = root.head
        return prep.lower_ in _WHEN_PREPS and prep.head.dep_ == "ROOT"
    return root.dep_ in {"npadvmod", "tmod"} and root.head.dep_ == "ROOT"


def _narrated_year(
    narrated: _Narrated, c: _Candidate, sentence: int, text: str
) -> tuple[int, str] | None:
    """The narrated year for a month or day told in the past in the very next sentence of
    the same paragraph, with no other time between."""
    if sentence != narrated.sentence + 1 or "\n" in text[narrated.end : c.start]:
        return None
    return narrated.year, narrated.tid


_NARRATING_KINDS = _YEAR_KINDS | {"year"}
_DEICTIC_YEAR = re.compile(r"(?:this|last|next)\s+year", re.IGNORECASE)
_DAY_KINDS = frozenset({"month_day", "day_month"})


def _directions(chosen: list[_Candidate], doc: Doc, text: str) -> list[int]:
    """The tense around each time; a date without one takes the past tense of the same
    date told of elsewhere in the article ("the Oct. 7 attacks" … "since Oct. 7 he has")."""
    directions = [ctxmod.direction(doc, text, c.start, c.end) for c in chosen]
    told: dict[tuple[str, str], int] = {}
    for c, direction in zip(chosen, directions, strict=True):
        key = _day_key(c)
        if key is not None and direction == ctxmod.PAST:
            told.setdefault(key, direction)
    if not told:
        return directions
    for i, c in enumerate(chosen):
        key = _day_key(c)
        if key is not None and directions[i] == ctxmod.UNKNOWN and key in told:
            directions[i] = told[key]
    return directions


def _day_key(c: _Candidate) -> tuple[str, str] | None:
    g = c.groups
    if c.kind not in _DAY_KINDS or g.get("year") or not g.get("month") or not g.get("day"):
        return None
    if g.get("range"):
        return None  # the second day of a range follows the first
    month = tables().months.get((g["month"] or "").lower().rstrip("."))
    return (str(month), str(int(g["day"] or 0)))


def _any_such_day(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "a Tuesday" is any Tuesday: not "a Sunday night memorial service", where
    the article belongs to the noun."""
    if not re.search(r"\b(?:a|an|any)\s+$", text[max(0, start - 5) : start], re.IGNORECASE):
        return False
    return not _modifies_noun(doc, start, end)


def _habitual(doc: Doc, c: _Candidate) -> bool:
    """Whether the verb a month hangs on tells of what happens every year: an adverb such
    as "usually" or "generally" on it ("normally falls on Feb 3", "cases often peak in
    February")."""
    verb = ctxmod.verb_above(doc, c.start, c.end, through=_HABITUAL_THROUGH)
    if verb is None or verb.tag_ not in {"VB", "VBZ", "VBP", "VBG"}:
        return False  # "often fell in January that year" is one year's
    return any(
        w.dep_ == "advmod" and w.lower_ in ctxmod.verb_class("habitual") for w in verb.children
    )


_HABITUAL_THROUGH = frozenset({"ADP", "SCONJ", "PROPN", "NUM"})


def _anaphoric_that(doc: Doc, start: int) -> bool:
    span = ctxmod.tokens_of(doc, start, start + 1)
    if span is None or span[0].i == 0:
        return False
    previous = doc[span[0].i - 1]
    return previous.lower_ == "that" and previous.dep_ == "det"
