"""What resolution reads and returns, and the arithmetic every kind of time shares.

The records (``Resolved``, ``Earlier``, ``Context``), the publication date, TIMEX3
duration values, shifting a value by a unit, and finding the earlier time a relative
one is counted from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsgraph.stages._times import calendar as cal
from newsgraph.stages._times.tables import tables

PUBLICATION = "publication"
ABSOLUTE = "absolute"

#: TIMEX3 duration letters of each unit: (value prefix, letter, multiplier).
DURATION_UNITS = {
    "Y": ("P", "Y", 1),
    "M": ("P", "M", 1),
    "W": ("P", "W", 1),
    "D": ("P", "D", 1),
    "H": ("PT", "H", 1),
    "MIN": ("PT", "M", 1),
    "S": ("PT", "S", 1),
    "Q": ("P", "M", 3),
    "DE": ("P", "Y", 10),
    "CE": ("P", "Y", 100),
    "L": ("P", "Y", 1000),
    "WE": ("P", "WE", 1),
    "FN": ("P", "W", 2),
    "NI": ("P", "NI", 1),
}


@dataclass(slots=True)
class Resolved:
    """A resolved time: what goes into the TimeExpression."""

    type: str
    value: str
    anchor: str | None
    mod: str | None = None
    derived: bool = False  # computed from another time ("the year-earlier quarter")


@dataclass(slots=True)
class Earlier:
    """A time already resolved in the article, for "the following day" and year carry-over."""

    id: str
    value: str
    start: int
    end: int
    kind: str = ""  # the pattern that found it
    mod: str | None = None  # "START", "END" and the like: "the end of 2016"


@dataclass(slots=True)
class Context:
    """What resolution reads beyond the match itself."""

    published: date | None
    published_year: int | None
    direction: int = 0
    earlier: list[Earlier] = field(default_factory=list)
    year_hint: tuple[int, str] | None = None  # a year named before in the paragraph, and its id
    before: str = ""  # the text just before the match (money or "once" before "a year")
    offset: int = 0  # where the match starts
    after: str = ""  # the text just after the match ("the quarter ended Sept. 30")
    now: bool = False  # told in the present or the present perfect ("has been shut until")


def parse_published(value: str | None) -> tuple[date | None, int | None]:
    """The publication day and year from an ISO date, date-time, month or year."""
    if not value:
        return None, None
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return None, None
    year = int(match.group(1))
    if match.group(3):
        return cal.valid_day(year, int(match.group(2)), int(match.group(3))), year
    return None, year


def month_number(text: str) -> int:
    return tables().months[text.lower().rstrip(".")]


#: The next smaller unit a fraction is written in: "2 1/2 years" is P2Y6M.
_FRACTION_UNITS = {"Y": ("M", 12), "D": ("TH", 24), "H": ("M", 60), "MIN": ("S", 60)}


def duration(number: float | None, unit: str) -> str:
    prefix, letter, times = DURATION_UNITS[unit]
    if number is None:
        return f"{prefix}X{letter}"
    amount = number * times
    if float(amount).is_integer():
        return f"{prefix}{int(amount)}{letter}"
    whole = int(amount)
    smaller = _FRACTION_UNITS.get(unit)
    if smaller is not None and float((amount - whole) * smaller[1]).is_integer():
        rest = int((amount - whole) * smaller[1])
        head = f"{prefix}{whole}{letter}" if whole else prefix
        return f"{head}{rest}{smaller[0]}" if smaller[0] != "TH" else f"{head}T{rest}H"
    return f"{prefix}{amount}{letter}"


def unit_code(word: str) -> str:
    return tables().units[re.sub(r"\s+", " ", word.lower())]


def day_value(ctx: Context, offset: int) -> tuple[str, str | None]:
    if ctx.published is None:
        return "XXXX-XX-XX", None
    return cal.day_value(ctx.published + timedelta(days=offset)), PUBLICATION


def shift_value(anchor_value: str, unit: str, n: int) -> str | None:
    """A value ``n`` units after another value, at the granularity of the unit; after a
    decade or a century, a number of years that is no whole decade is an unknown year."""
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", anchor_value)
    month = re.fullmatch(r"(\d{4})-(\d{2})", anchor_value)
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", anchor_value)
    # a season or a half is in its year: "the autumn of 2018 … the following year" is 2019
    year = re.fullmatch(r"(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?", anchor_value)
    week = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", anchor_value)
    if week and unit == "W":  # "next week, and again a week later"
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return cal.week_value(monday + timedelta(weeks=n))
    if day:
        d = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        return shift_day(d, unit, n)
    if quarter and unit in {"Y", "Q"}:
        y, q = cal.add_quarters(
            int(quarter.group(1)), int(quarter.group(2)), n * (4 if unit == "Y" else 1)
        )
        return f"{y:04d}-Q{q}"
    if month and unit == "M":
        return cal.month_value(*cal.add_months(int(month.group(1)), int(month.group(2)), n))
    if (year or month or quarter) and unit == "Y":
        base = year or month or quarter
        assert base is not None
        return f"{int(base.group(1)) + n:04d}"
    decade = re.fullmatch(r"(\d{3})X?", anchor_value)
    years = n * 10 if unit == "DE" else n if unit == "Y" else 1
    if decade and years % 10 == 0:  # "a decade later" after "the 1960s": the 1970s
        return f"{int(decade.group(1)) + years // 10:03d}"
    if _COARSE.fullmatch(anchor_value):
        return underspecified(unit)  # "the early 2010s … seven years later": which year?
    return None


def shift_day(d: date, unit: str, n: int) -> str | None:
    if unit == "D":
        return cal.day_value(d + timedelta(days=n))
    if unit == "W":
        return cal.week_value(d + timedelta(weeks=n))
    if unit == "M":
        return cal.month_value(*cal.add_months(d.year, d.month, n))
    if unit == "Q":
        return "{:04d}-Q{}".format(*cal.add_quarters(d.year, cal.quarter_of(d), n))
    if unit == "Y":
        return f"{d.year + n:04d}"
    if unit == "DE":
        return f"{(d.year + 10 * n) // 10:03d}"
    if unit == "CE":
        return f"{(d.year + 100 * n) // 100:02d}"
    if unit == "WE":
        return cal.week_value(d + timedelta(weeks=n)) + "-WE"
    return None


def from_publication(ctx: Context, unit: str, step: int) -> Resolved | None:
    """The date ``step`` units from publication, at the unit's granularity.

    A publication known only to the year still places years ("last year"); anything
    finer stays underspecified.
    """
    if ctx.published is not None:
        value = shift_day(ctx.published, unit, step)
        return Resolved("DATE", value, PUBLICATION) if value else None
    if ctx.published_year is not None and unit == "Y":
        return Resolved("DATE", f"{ctx.published_year + step:04d}", PUBLICATION)
    return Resolved("DATE", underspecified(unit), None)


def underspecified(unit: str) -> str:
    return {
        "D": "XXXX-XX-XX",
        "W": "XXXX-WXX",
        "M": "XXXX-XX",
        "Q": "XXXX-QX",
        "Y": "XXXX",
        "DE": "XXX",
        "CE": "XX",
        "WE": "XXXX-WXX-WE",
    }.get(unit, "XXXX-XX-XX")


def named_quarter(ctx: Context, within: int | None = None) -> Earlier | None:
    """The latest quarter named before that had ended by publication.

    Not one computed as "a year ago", and not a forecast ("losses through the third
    quarter of 1990"): results and their comparisons are of quarters already closed.
    """
    for earlier in reversed(ctx.earlier):
        if within is not None and earlier.end < ctx.offset - within:
            return None
        quarter = re.fullmatch(r"(\d{4})-Q([1-4])", earlier.value)
        if earlier.kind != "quarter" or quarter is None:
            continue
        year, number = int(quarter.group(1)), int(quarter.group(2))
        if ctx.published is None or (year, number) < (
            ctx.published.year,
            cal.quarter_of(ctx.published),
        ):
            return earlier
    return None


def previous_with_day(ctx: Context) -> Earlier | None:
    for earlier in reversed(ctx.earlier):
        if re.match(r"\d{4}-\d{2}-\d{2}", earlier.value):
            return earlier
    return None


# Times that are themselves comparisons ("a year earlier"): another comparison is made
# with the period reported on, not with them.
_COMPARISONS = frozenset({"derived", "ago", "year_ago"})


def previous_dated(
    ctx: Context,
    *,
    skip_comparisons: bool = False,
    skip: Earlier | None = None,
    skip_kinds: frozenset[str] = frozenset(),
) -> Earlier | None:
    """The latest calendar time before, down to a decade or a century ("the early 2010s"),
    which a later "seven years later" counts from, not from a year named before it."""
    for earlier in reversed(ctx.earlier):
        if (skip_comparisons and earlier.kind in _COMPARISONS) or earlier is skip:
            continue
        if earlier.kind in skip_kinds:
            continue
        if is_dated(earlier):
            return earlier
        if _UNKNOWN_PERIOD.fullmatch(earlier.value) and earlier.kind != "the_unit":
            # "next year's election and a vote a year later": which year is unknown; "the
            # week before the vote" names no year, and the one told of before holds
            return None
    return None


#: A year, month, week, quarter or half that no publication date placed ("next year" in an
#: undated article): a time after it counts from it, not from a year named before it.
_UNKNOWN_PERIOD = re.compile(r"XXXX(?:-(?:XX|WXX|QX|Q\d|H\d))?")


#: A decade ("201") or a century ("19"), which a number of years cannot be counted from.
_COARSE = re.compile(r"\d{2,3}X*")


def is_dated(earlier: Earlier) -> bool:
    """Whether a time is on the calendar, down to a decade or a century."""
    return re.match(r"\d{4}", earlier.value) is not None or bool(_COARSE.fullmatch(earlier.value))


def year_compared(earlier: Earlier) -> bool:
    """Whether a time is a comparison's year: "a year earlier", "the year before"."""
    return earlier.kind in _COMPARISONS or (
        earlier.kind == "day_before" and re.fullmatch(r"\d{4}", earlier.value) is not None
    )
