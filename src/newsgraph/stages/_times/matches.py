"""Where the grammar's patterns match: the candidates, ranges split into their two ends,
a second day after a first ("Feb. 3 and 4"), and the one match kept where several overlap."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgraph.stages._times.candidate import Candidate, word_before
from newsgraph.stages._times.grammar import grammar, number_value, year_number
from newsgraph.stages._times.resolve import FOLLOWING_WEEKDAY, following_date
from newsgraph.stages._times.tables import tables


def find_candidates(text: str) -> list[Candidate]:
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
                if pattern.kind in {"duration", "ago"} and _falls(match):
                    # "a fine of 1000 or three months": no range runs down; the first
                    # number counts something else
                    start, groups["num"], groups["num2"] = match.start("num2"), groups["num2"], None
                found.append(Candidate(start, match.end(), priority, pattern.kind, groups))
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
    word = word_before(text, start)
    if word in _RANGE_WORDS and text[start - len(word) - 2 : start - len(word) - 1] == "-":
        return False  # "the January-to-March quarter": one word for a range
    if word in _GLUED_ON:
        return True
    named = _NAMED_AFTER_WORD.match(text, start - len(word) - 1)
    if named is None or text[start - len(word) - 1 : start - 1] != word:
        return False
    name = named.group(0).split("-", 1)[1].lower()
    return name in tables().weekdays or name in tables().months


def _year_span(match: re.Match[str], priority: int) -> list[Candidate]:
    """ "2022-23" and "2022/2023" name one season or financial year; "2015-2020",
    "2018-2019" and "1973-90" are a range whose two ends are years of their own;
    "2024-03" is neither."""
    first, second = match.group("year"), match.group("year2")
    start = int(first)
    end = start - start % 100 + int(second) if len(second) == 2 else int(second)
    dashed_in_full = len(second) == 4 and "/" not in match.group(0)
    if int(second) in {start + 1, (start + 1) % 100} and not dashed_in_full:
        groups = {"year": first, "_text": match.group(0)}
        return [Candidate(match.start(), match.end(), priority, "year_span", groups)]
    if not start < end <= start + 100:
        return []
    return [
        Candidate(match.start("year"), match.end("year"), priority, "year", {"year": first}),
        Candidate(match.start("year2"), match.end("year2"), priority, "year", {"year": str(end)}),
    ]


def _day_range(match: re.Match[str], priority: int) -> list[Candidate]:
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


def _day_first_range(match: re.Match[str], priority: int) -> list[Candidate]:
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


def _month_range(match: re.Match[str], priority: int) -> list[Candidate]:
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


def _month_quarter(match: re.Match[str], found: Candidate) -> list[Candidate]:
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
) -> Candidate:
    """One of the two times a range pattern matched, with its own text."""
    return Candidate(start, end, priority, kind, {**groups, "_text": match.string[start:end]})


def _clock_range(match: re.Match[str], priority: int) -> list[Candidate]:
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
    if dated is not None:
        first.update(dated)  # "6-9 p.m. on June 11", "on Friday, June 11"
    elif day is not None and day.group("weekday").lower() in tables().weekdays:
        first["weekday"] = day.group("weekday")
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
) -> list[Candidate]:
    match = _SECOND_DAY.match(text, end)
    if match is None or re.match(r"\s*(?:percent|per\s+cent|%)", text[match.end() :]):
        return []
    second = {"month": groups.get("month"), "day": match.group("day"), "_text": match.group(0)}
    return [Candidate(match.start("day"), match.end(), priority, "second_day", second)]


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


def _falls(match: re.Match[str]) -> bool:
    """Whether the two numbers of a length's range fall ("1000 or three months")."""
    groups = match.groupdict()
    if not groups.get("num2") or groups.get("det") or groups.get("rel"):
        return False
    low, high = number_value(match.group("num")), number_value(match.group("num2"))
    return low is not None and high is not None and low > high


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


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """The longest candidates that do not overlap; an earlier pattern wins a tie."""
    taken: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if all(c.end <= t.start or t.end <= c.start for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)
