"""From a matched pattern to a TIMEX3 type, value and anchor.

Relative expressions resolve against the publication date, in the direction the verb's
tense gives ("met on Wednesday" → on or before; "will meet on Friday" → after), or
against an earlier time ("the following day"). Without a publication date they stay
underspecified (``XXXX-01-19``) rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from newsgraph.lexicons import load_table
from newsgraph.stages._times import calendar as cal
from newsgraph.stages._times.context import FUTURE, PAST
from newsgraph.stages._times.grammar import number_value
from newsgraph.stages._times.tables import tables

PUBLICATION = "publication"
ABSOLUTE = "absolute"

#: TIMEX3 duration letters of each unit: (value prefix, letter, multiplier).
_DURATION_UNITS = {
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
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_PART_TYPES = {"MO", "AF", "EV", "NI"}


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


def _month(text: str) -> int:
    return tables().months[text.lower().rstrip(".")]


#: The next smaller unit a fraction is written in: "2 1/2 years" is P2Y6M.
_FRACTION_UNITS = {"Y": ("M", 12), "D": ("TH", 24), "H": ("M", 60), "MIN": ("S", 60)}


def _duration(number: float | None, unit: str) -> str:
    prefix, letter, times = _DURATION_UNITS[unit]
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


def _unit(word: str) -> str:
    return tables().units[re.sub(r"\s+", " ", word.lower())]


def _day_value(ctx: Context, offset: int) -> tuple[str, str | None]:
    if ctx.published is None:
        return "XXXX-XX-XX", None
    return cal.day_value(ctx.published + timedelta(days=offset)), PUBLICATION


def _shift_value(anchor_value: str, unit: str, n: int) -> str | None:
    """A value ``n`` units after another value, at the granularity of the unit; after a
    decade or a century, a number of years that is no whole decade is an unknown year."""
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", anchor_value)
    month = re.fullmatch(r"(\d{4})-(\d{2})", anchor_value)
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", anchor_value)
    # a season or a half is in its year: "the autumn of 2018 … the following year" is 2019
    year = re.fullmatch(r"(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?", anchor_value)
    week = re.fullmatch(r"(\d{4})-W(\d{2})", anchor_value)
    if week and unit == "W":  # "next week, and again a week later"
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return cal.week_value(monday + timedelta(weeks=n))
    if day:
        d = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        return _shift_day(d, unit, n)
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
        return _underspecified(unit)  # "the early 2010s … seven years later": which year?
    return None


def _shift_day(d: date, unit: str, n: int) -> str | None:
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


def _from_publication(ctx: Context, unit: str, step: int) -> Resolved | None:
    """The date ``step`` units from publication, at the unit's granularity.

    A publication known only to the year still places years ("last year"); anything
    finer stays underspecified.
    """
    if ctx.published is not None:
        value = _shift_day(ctx.published, unit, step)
        return Resolved("DATE", value, PUBLICATION) if value else None
    if ctx.published_year is not None and unit == "Y":
        return Resolved("DATE", f"{ctx.published_year + step:04d}", PUBLICATION)
    return Resolved("DATE", _underspecified(unit), None)


def _underspecified(unit: str) -> str:
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


def _named_quarter(ctx: Context, within: int | None = None) -> Earlier | None:
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


def _last_quarter(ctx: Context, *, latest: bool = False) -> str | None:
    """The quarter an article speaks of without naming it: the latest one named before, or
    the last complete quarter before publication."""
    named = None if latest else _named_quarter(ctx)
    if named is not None:
        return named.value
    if ctx.published is None:
        return None
    y, q = cal.add_quarters(ctx.published.year, cal.quarter_of(ctx.published), -1)
    return f"{y:04d}-Q{q}"


def _previous_with_day(ctx: Context) -> Earlier | None:
    for earlier in reversed(ctx.earlier):
        if re.match(r"\d{4}-\d{2}-\d{2}", earlier.value):
            return earlier
    return None


# Times that are themselves comparisons ("a year earlier"): another comparison is made
# with the period reported on, not with them.
_COMPARISONS = frozenset({"derived", "ago", "year_ago"})


def _previous_dated(
    ctx: Context, *, skip_comparisons: bool = False, skip: Earlier | None = None
) -> Earlier | None:
    """The latest calendar time before, down to a decade or a century ("the early 2010s"),
    which a later "seven years later" counts from, not from a year named before it."""
    for earlier in reversed(ctx.earlier):
        if (skip_comparisons and earlier.kind in _COMPARISONS) or earlier is skip:
            continue
        if _dated(earlier):
            return earlier
        if _UNKNOWN_PERIOD.fullmatch(earlier.value):
            return None  # "next year's election and a vote a year later": which year is unknown
    return None


#: A year, month, week, quarter or half that no publication date placed ("next year" in an
#: undated article): a time after it counts from it, not from a year named before it.
_UNKNOWN_PERIOD = re.compile(r"XXXX(?:-(?:XX|WXX|QX|Q\d|H\d))?")


#: A decade ("201") or a century ("19"), which a number of years cannot be counted from.
_COARSE = re.compile(r"\d{2,3}X*")


def resolve(kind: str, g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """The TIMEX3 reading of one match, or None when it is no time after all."""
    handler = _HANDLERS[kind]
    return handler(g, ctx)


def _iso(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    d = cal.valid_day(int(g["year"] or 0), int(g["mnum"] or 0), int(g["day"] or 0))
    if d is None:
        return None
    if g.get("hour"):
        return Resolved("TIME", f"{d.isoformat()}T{g['hour']}:{g['minute']}", ABSOLUTE)
    return Resolved("DATE", d.isoformat(), ABSOLUTE)


def _month_day(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    month = int(g["mnum"] or 0) if g.get("mnum") else _month(g["month"] or "")
    day = int(g["day"] or 0)
    if g.get("year"):
        d = cal.valid_day(int(g["year"] or 0), month, day)
        return Resolved("DATE", d.isoformat(), ABSOLUTE) if d else None
    if not 1 <= day <= 31:
        return None
    if g.get("rel") and ctx.published_year is not None:
        d = cal.valid_day(_relative_year(g, ctx.published_year), month, day)  # "3 March last year"
        return Resolved("DATE", d.isoformat(), PUBLICATION) if d else None
    if ctx.year_hint is not None:
        year, anchor = ctx.year_hint
        d = cal.valid_day(year, month, day)
        if d is not None:
            return Resolved("DATE", d.isoformat(), anchor)
    if ctx.published is None or g.get("habitual"):
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", None)
    year = cal.month_day_year(ctx.published, month, day, ctx.direction)
    weekday = tables().weekdays.get((g.get("weekday") or "").lower())
    if weekday is not None:
        # "Sunday, Jan. 29": of the years around publication, the one where it is a Sunday
        for candidate in (year, year - 1, year + 1):
            named = cal.valid_day(candidate, month, day)
            if named is not None and named.isoweekday() == weekday:
                year = candidate
                break
    d = cal.valid_day(year, month, day)
    return Resolved("DATE", d.isoformat(), PUBLICATION) if d else None


def _month_year(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    return Resolved(
        "DATE", cal.month_value(int(g["year"] or 0), _month(g["month"] or "")), ABSOLUTE
    )


def _month_alone(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    month = _month(g["month"] or "")
    if ctx.year_hint is not None:
        return Resolved("DATE", cal.month_value(ctx.year_hint[0], month), ctx.year_hint[1])
    if ctx.published is None or g.get("habitual"):
        return Resolved("DATE", f"XXXX-{month:02d}", None)
    year = cal.month_year(ctx.published, month, ctx.direction)
    return Resolved("DATE", cal.month_value(year, month), PUBLICATION)


def _month_of(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "the month of February", "the month of May 2016"."""
    return _month_year(g, ctx) if g.get("year") else _month_alone(g, ctx)


def _month_rel_year(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    month = _month(g["month"] or "")
    if ctx.published_year is None:
        return Resolved("DATE", f"XXXX-{month:02d}", None)
    year = _relative_year(g, ctx.published_year)
    return Resolved("DATE", cal.month_value(year, month), PUBLICATION)


def _relative_year(g: dict[str, str | None], published_year: int) -> int:
    """The year "this", "last" or "next year" (group ``rel``) names from publication."""
    return published_year + tables().relatives[(g["rel"] or "").lower()]


def _week_of(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    day = _month_day(g, ctx)
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
        return Resolved("DATE", "XXXX-WXX", None) if day else None
    return Resolved("DATE", cal.week_value(date.fromisoformat(day.value)), day.anchor)


def _rel_month(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    month = _month(g["month"] or "")
    step = tables().relatives[(g["rel"] or "").lower()]
    if ctx.published is None:
        return Resolved("DATE", f"XXXX-{month:02d}", None)
    p = ctx.published
    if step < 0:
        year = p.year if month < p.month else p.year - 1
    elif step > 0:
        year = p.year if month > p.month else p.year + 1
    else:
        year = p.year
    return Resolved("DATE", cal.month_value(year, month), PUBLICATION)


def _decade(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    if g.get("spoken"):
        tens = tables().numbers[(g["spoken"] or "").lower()[:-3] + "y"] // 10
        g = {**g, "short": str(tens)}  # "the nineties" are the 1990s
    value = f"{g['cent']}{g['dec']}" if g.get("cent") else f"19{g.get('short') or g['bare']}"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("q") or "").lower())
    return Resolved("DATE", value, ABSOLUTE, mod)


def _century(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    n = tables().ordinals[(g["ordinal"] or "").lower()]
    return Resolved("DATE", f"{n - 1:02d}", ABSOLUTE)


def _year(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    return Resolved("DATE", g["year"] or "", ABSOLUTE)


def _fiscal_year(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "fiscal 1989", "FY2025", "FY25": the year the fiscal year is named by."""
    year = g.get("year") or (f"20{g['yy']}" if g.get("yy") else "")
    return Resolved("DATE", year, ABSOLUTE) if year else None


_CODE_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


def _code(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "Q3 2024", "H1": a quarter or half, read as "the third quarter of 2024"."""
    code = (g["code"] or "").upper()
    parts: dict[str, str | None] = {
        "qord": _CODE_ORDINALS[code[1]],
        "qunit": "quarter" if code[0] == "Q" else "half",
        "qyear": g.get("year"),
        "det": "the",
    }
    return _quarter(parts, ctx)


def _year_or_later(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    later = (g["dir"] or "").lower() in {"later", "after"}
    return Resolved("DATE", g["year"] or "", ABSOLUTE, "ON_OR_AFTER" if later else "ON_OR_BEFORE")


def _quarter(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = (g["qunit"] or "").lower()
    ordinal = (g.get("qord") or "").lower()
    rel = (g.get("qrel") or "").lower()
    explicit = g.get("qyear") or g.get("year")
    year_rel = (g.get("qyrel") or "").lower()
    of_rel = (g.get("ofrel") or "").lower()
    if of_rel and not year_rel:
        year_rel = "this" if of_rel == "the" else of_rel  # "the first half of the year"
    if year_rel and ctx.published_year is not None:
        # "last year's fourth quarter", "next year's first quarter"
        explicit = f"{ctx.published_year + tables().relatives[year_rel]:04d}"
    if not (ordinal or rel or g.get("det") or explicit or year_rel):
        return None
    if unit == "half":
        if rel == "last" and not ordinal and (g.get("year") or of_rel):
            ordinal = "second"  # "the last half of 2023" is its second half
        if not ordinal or ordinal not in {"first", "second", "1st", "2nd"}:
            return None
        year = int(explicit) if explicit else (ctx.published_year or 0)
        half = 1 if ordinal in {"first", "1st"} else 2
        return Resolved("DATE", f"{year:04d}-H{half}" if year else f"XXXX-H{half}", PUBLICATION)
    if rel == "last" and not ordinal and unit == "quarter" and (explicit or of_rel):
        ordinal = "fourth"  # "the last quarter of 2004", "of the year", is its fourth
    if ordinal:
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(ordinal, 4)
        if unit == "period":
            return None
        if explicit:
            value = f"{explicit}-Q{q}"
            anchor = ABSOLUTE
        elif ctx.published is not None:
            year = ctx.published.year
            current = cal.quarter_of(ctx.published)
            if ctx.direction <= 0 and q > current:
                year -= 1
            value, anchor = f"{year:04d}-Q{q}", PUBLICATION
        else:
            return Resolved("DATE", f"XXXX-Q{q}", None)
        if rel in {"year-earlier", "year-ago"} or g.get("qago"):
            return Resolved("DATE", _shift_value(value, "Y", -1) or value, anchor, derived=True)
        return Resolved("DATE", value, anchor)
    ended = _QUARTER_ENDED.match(ctx.after)
    if ended and ended.group("month").lower() in tables().months:
        # "the quarter ended Sept. 30" is the calendar quarter the three months before
        # that day mostly cover: its middle month's ("ended July 31" is the second).
        month = _month(ended.group("month"))
        back = 1 if int(ended.group("day")) >= 15 else 2
        end_year = int(explicit) if explicit else None
        if end_year is None and ctx.published is not None:
            end_year = cal.month_year(ctx.published, month, PAST)
        year, middle = cal.add_months(end_year or 0, month, -back)
        q = (middle - 1) // 3 + 1
        if end_year is None:
            return Resolved("DATE", f"XXXX-Q{q}", None)
        return Resolved("DATE", f"{year:04d}-Q{q}", ABSOLUTE if explicit else PUBLICATION)
    if unit == "period" and rel in {"this", "current"} and _named_quarter(ctx) is None:
        return None  # "during this period of abnormal weather" is no quarter
    if rel in {"this", "current"} and ctx.published is not None:
        return Resolved(
            "DATE", f"{ctx.published.year:04d}-Q{cal.quarter_of(ctx.published)}", PUBLICATION
        )
    if unit == "period" and explicit and not rel:
        # "the 1988 period": the quarter reported on, in that year; else the year
        named = _named_quarter(ctx)
        value = f"{explicit}{named.value[4:]}" if named is not None else f"{explicit}"
        anchor = named.id if named is not None else ABSOLUTE
        return Resolved("DATE", value, anchor, derived=True)
    if (
        unit == "period"
        and rel == "same"
        and not explicit
        and _named_quarter(ctx) is None
        and not _A_YEAR_BEFORE.match(ctx.after)
    ):
        return _same_period(ctx)
    base = _last_quarter(ctx, latest=rel == "latest")
    if base is not None and explicit:
        base = f"{explicit}{base[4:]}"
    if base is None:
        return Resolved("DATE", "XXXX-QX", None)
    if rel in {"year-earlier", "year-ago"} or g.get("qago"):
        return Resolved("DATE", _shift_value(base, "Y", -1) or base, PUBLICATION, derived=True)
    if rel in {"last", "previous", "preceding", "prior"}:
        if ctx.published is None:
            return Resolved("DATE", "XXXX-QX", None)
        y, q = cal.add_quarters(ctx.published.year, cal.quarter_of(ctx.published), -1)
        return Resolved("DATE", f"{y:04d}-Q{q}", PUBLICATION)
    if rel in {"next", "coming", "following"}:
        if ctx.published is None:
            return Resolved("DATE", "XXXX-QX", None)
        y, q = cal.add_quarters(ctx.published.year, cal.quarter_of(ctx.published), 1)
        return Resolved("DATE", f"{y:04d}-Q{q}", PUBLICATION)
    if unit == "period" and not rel:
        return None
    return Resolved("DATE", base, PUBLICATION)


def _same_period(ctx: Context) -> Resolved:
    """ "the same period" where no quarter was named: the year of the time told of before
    ("in 2016, ... 18,000 attended; tourists came during the same period"), or unknown,
    as after a range ("between 2013 and 2018 ... during the same period"). A year it was
    compared with ("from the same period the year before") is not the one it names."""
    earlier = next((e for e in reversed(ctx.earlier) if _dated(e) and not _year_compared(e)), None)
    if earlier is None or not re.match(r"\d{4}", earlier.value):
        return Resolved("DATE", "XXXX", None)
    index = ctx.earlier.index(earlier)
    if index > 0 and earlier.start - ctx.earlier[index - 1].end <= _RANGE_GAP:
        return Resolved("DATE", "XXXX", None)  # the end of a range or a pair
    return Resolved("DATE", earlier.value[:4], earlier.id)


def _dated(earlier: Earlier) -> bool:
    """Whether a time is on the calendar, down to a decade or a century."""
    return re.match(r"\d{4}", earlier.value) is not None or bool(_COARSE.fullmatch(earlier.value))


def _year_compared(earlier: Earlier) -> bool:
    """Whether a time is a comparison's year: "a year earlier", "the year before"."""
    return earlier.kind in _COMPARISONS or (
        earlier.kind == "day_before" and re.fullmatch(r"\d{4}", earlier.value) is not None
    )


#: "the same period last year", "… a year earlier": a report's comparison of quarters
_A_YEAR_BEFORE = re.compile(
    r"\s+(?:last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago))",
    re.IGNORECASE,
)

#: The most characters between two times that make them a range or a pair ("2013 and")
_RANGE_GAP = 5


_QUARTER_ENDED = re.compile(
    r"\s+end(?:ed|ing)\s+(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})\b", re.IGNORECASE
)


def _weekday(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    weekday = tables().weekdays[(g["weekday"] or "").lower()]
    part = tables().dayparts.get((g.get("part") or "").lower())
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    rel = {"this past": "last", "this coming": "coming"}.get(rel, rel)  # "this past Sunday"
    suffix = f"T{part}" if part else ""
    kind = "TIME" if part else "DATE"
    if ctx.published is None or _generic_weekday(g, ctx):
        return Resolved(kind, f"XXXX-WXX-{weekday}{suffix}", None)
    p = ctx.published
    week_rel = (g.get("wrel") or "").lower()
    if week_rel:
        # "Wednesday next week", "Friday last week": that day of the named week
        week_of = p + timedelta(weeks=tables().relatives[week_rel])
        d = week_of + timedelta(days=weekday - week_of.isoweekday())
        return Resolved(kind, d.isoformat() + suffix, PUBLICATION)
    if g.get("that"):
        day_told = _previous_with_day(ctx)
        if day_told is None:
            return Resolved(kind, f"XXXX-WXX-{weekday}{suffix}", None)
        day = cal.weekday_near(date.fromisoformat(day_told.value[:10]), weekday, 0)
        return Resolved(kind, day.isoformat() + suffix, day_told.id)  # "that Friday"
    earlier = _previous_with_day(ctx) if g.get("the") else None
    if earlier is not None:
        # "the previous Friday", "the following Monday": from the day told of before
        told = date.fromisoformat(earlier.value[:10])
        step = PAST if rel in {"previous", "preceding"} else FUTURE
        d = cal.weekday_near(told + timedelta(days=step), weekday, step)
        return Resolved(kind, d.isoformat() + suffix, earlier.id)
    if rel in {"last", "previous", "preceding"}:
        d = cal.weekday_near(p - timedelta(days=1), weekday, PAST)
    elif rel in {"next", "coming", "following"}:
        d = cal.weekday_near(p + timedelta(days=1), weekday, FUTURE)
    elif rel == "this":
        # "this Sunday" is this week's, or the one just past or ahead where the tense
        # says so ("marched this Sunday", said on a Thursday)
        d = cal.weekday_near(p, weekday, ctx.direction)
    elif ctx.direction == 0:
        d = cal.weekday_nearest(p, weekday)
    else:
        d = cal.weekday_near(p, weekday, ctx.direction)
    return Resolved(kind, d.isoformat() + suffix, PUBLICATION)


def _generic_weekday(g: dict[str, str | None], ctx: Context) -> bool:
    """ "book on a Tuesday, Wednesday or Sunday": any such day, not one of this week."""
    if g.get("any"):
        return True
    if not ctx.earlier or not ctx.earlier[-1].value.startswith("XXXX-WXX-"):
        return False
    gap = ctx.offset - ctx.earlier[-1].end
    between = ctx.before[-gap:] if 0 < gap <= len(ctx.before) else "x"
    return re.fullmatch(r",?\s*(?:or|and)?\s*", between) is not None


def _holiday(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    rule = tables().holidays[re.sub(r"\s+", " ", (g["holiday"] or "").lower())]
    if g.get("year"):
        d = cal.holiday(rule, int(g["year"] or 0))
        return Resolved("DATE", d.isoformat(), ABSOLUTE) if d else None
    if ctx.published is None:
        d = cal.holiday(rule, 2001)  # any year gives fixed holidays their month and day
        fixed = re.fullmatch(r"\d\d-\d\d", rule)
        return Resolved("DATE", f"XXXX-{rule}" if fixed else "XXXX-XX-XX", None) if d else None
    p = ctx.published
    this_year = cal.holiday(rule, p.year)
    if this_year is None:
        return None
    step = tables().relatives.get((g.get("rel") or "").lower(), ctx.direction)
    ahead = this_year if this_year >= p else cal.holiday(rule, p.year + 1)
    behind = this_year if this_year <= p else cal.holiday(rule, p.year - 1)
    if step == 0 and ahead is not None and behind is not None:
        d = cal.nearest(p, behind, ahead)  # no tense: the nearer one, the past weighted
    elif step > 0 and not g.get("rel") and behind is not None and (p - behind).days <= 3:
        # a holiday of the last few days is the one meant, not next year's: "as we move
        # past Labor Day, we will …" written the day after it
        d = behind
    else:
        d = ahead if step > 0 else behind
    return Resolved("DATE", d.isoformat(), PUBLICATION) if d else None


def _season(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    code = tables().seasons[(g["season"] or "").lower()]
    explicit = g.get("year") or g.get("syear")
    if explicit:
        return Resolved("DATE", f"{explicit}-{code}", ABSOLUTE)
    if ctx.published is None:
        return Resolved("DATE", f"XXXX-{code}", None)
    p = ctx.published
    of_year = (g.get("syrel") or "").lower()
    if of_year:  # "autumn next year", "the spring of last year"
        return Resolved("DATE", f"{p.year + tables().relatives[of_year]:04d}-{code}", PUBLICATION)
    first, last = _SEASON_MONTHS[code]
    month = p.month if p.month >= 3 else p.month + 12  # winter runs into the next year
    year = p.year if p.month >= 3 else p.year - 1
    rel = (g.get("rel") or "").lower()
    step = tables().relatives.get(rel, 0) if rel else ctx.direction
    if step < 0:
        season_year = year if month > last else year - 1
        if not rel and first <= month <= last:
            season_year = year
    elif step > 0:
        season_year = year if month < first else year + 1
    elif rel and code != "WI":
        season_year = p.year  # "this summer" said in January is the coming one
    elif rel and 3 <= p.month <= 5 and ctx.direction == PAST:
        season_year = year - 1  # "this winter, they built…" said in April: the one just past
    else:
        season_year = year
    return Resolved("DATE", f"{season_year:04d}-{code}", PUBLICATION)


def _hour(g: dict[str, str | None]) -> int:
    """The hour a clock time names, in digits or a word ("6", "six"); -1 for none."""
    text = (g.get("hour") or "").lower()
    return int(text) if text.isdigit() else tables().numbers.get(text, -1)


def _clock(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    hour = _hour(g)
    if not 0 <= hour <= 24:
        return None
    minute = int(g.get("minute") or 0)
    ampm = (g.get("ampm") or "").lower().replace(" ", "")
    part = (g.get("part") or "").lower()
    if ampm.startswith("p") or part in {"afternoon", "evening", "at night"}:
        if hour < 12:
            hour += 12
    elif (ampm.startswith("a") or part == "morning") and hour == 12:
        hour = 0
    # the second time of a range ("6-9 p.m.") is on the first one's day
    start = ctx.earlier[-1] if g.get("range") == "second" and ctx.earlier else None
    if start is not None and not DATED_CLOCK.match(start.value):
        start = None
    if g.get("weekday"):
        on = _weekday({"weekday": g["weekday"]}, ctx)
        day, anchor = (on.value, on.anchor) if on else _clock_day(ctx)
    elif g.get("month") and g.get("day"):
        on = _month_day({"month": g["month"], "day": g["day"], "year": g.get("year")}, ctx)
        day, anchor = (on.value, on.anchor) if on else _clock_day(ctx)
    elif start is not None:
        day, anchor = start.value[:10], start.id
    else:
        day, anchor = _clock_day(ctx)
    if start is not None and hour < int(start.value[11:13]):
        # "from 10 p.m. to 6 a.m.": a range's end before its start is on the next day
        day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return Resolved("TIME", f"{day}T{hour:02d}:{minute:02d}", anchor)


#: The parts of an hour that have names of their own.
_HOUR_PARTS = {"half": 30, "quarter": 15}


def _past_to(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "half past six" is 06:30, "a quarter to nine" 08:45 (and 20:45 in the evening)."""
    words = re.split(r"[\s-]+", (g.get("past") or "").lower())
    minutes = sum(_HOUR_PARTS.get(w, tables().numbers.get(w, 0)) for w in words if w != "a")
    hour = _hour(g)
    if not 1 <= hour <= 12 or not 0 < minutes < 60:
        return None
    if (g.get("rel") or "").lower() == "to":
        hour, minutes = (hour - 1) or 12, 60 - minutes
    return _clock({"hour": str(hour), "minute": str(minutes), "part": g.get("part")}, ctx)


#: The value of a clock time on a known day ("2025-01-22T18:00").
DATED_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:")


def _part_of_day(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    part = tables().dayparts[(g["part"] or "").lower()]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("pmod") or "").lower())
    deictic = (g.get("deictic") or "").lower()
    if deictic:
        day, anchor = _day_value(ctx, _DAY_OFFSETS[deictic])
    else:
        day, anchor = _clock_day(ctx)  # "by mid-afternoon": the day told of
    return Resolved("TIME", f"{day}T{part}", anchor, mod)


def _clock_day(ctx: Context) -> tuple[str, str | None]:
    """The day of a clock time that names none: any such day where a habit follows ("9am
    to 5pm on Mondays" is XXXX-WXX-1, "daily" XXXX-XX-XX), a weekday just after it
    ("10:35 a.m. (0735 GMT) Friday"), else the day the article last told of, else
    publication day."""
    deictic = _FOLLOWING_DEICTIC.match(ctx.after)
    if deictic is not None:  # "at 3 p.m. yesterday"
        return _day_value(ctx, _DAY_OFFSETS[deictic.group("deictic").lower()])
    habit = _HABITUAL_DAY.match(ctx.after)
    if habit is not None:
        weekday = tables().weekdays.get((habit.group("weekday") or "").lower())
        return (f"XXXX-WXX-{weekday}" if weekday else "XXXX-XX-XX"), None
    following = FOLLOWING_WEEKDAY.match(ctx.after)
    if following is not None and following.group("weekday").lower() in tables().weekdays:
        on = _weekday({"weekday": following.group("weekday")}, ctx)
        if on is not None:
            return on.value, on.anchor
    day = following_date(ctx.after)
    if day is not None:
        on = _month_day(day, ctx)
        if on is not None:
            return on.value, on.anchor
    earlier = _previous_with_day(ctx)
    if earlier is not None and (
        _just_before(earlier, ctx) or not _before_publication_ahead(earlier, ctx)
    ):
        return earlier.value[:10], earlier.id
    if earlier is None and ctx.earlier and _UNKNOWN_DAY.fullmatch(ctx.earlier[-1].value):
        # "The next day he came back … she had died during the night": that day
        return ctx.earlier[-1].value, ctx.earlier[-1].id
    return _day_value(ctx, 0)


#: A day known only by its year or month ("2008-XX-XX", "2016-07-XX", "199X-XX-XX")
_UNKNOWN_DAY = re.compile(r"[\dX]{4}-(?:\d\d|XX)-XX")


def _just_before(earlier: Earlier, ctx: Context) -> bool:
    """Whether a day is written right before the clock time: "on May 11, 2015 at 8:17pm"."""
    gap = ctx.offset - earlier.end
    if not 0 < gap <= 6 or gap > len(ctx.before):
        return False
    return re.fullmatch(r",?\s*(?:at\s+)?", ctx.before[-gap:]) is not None


def _before_publication_ahead(earlier: Earlier, ctx: Context) -> bool:
    """Whether a day told of before lies behind publication while the clock time lies
    ahead ("… yesterday. The reports will be published at 11am": today, not yesterday)."""
    if ctx.direction != FUTURE or ctx.published is None:
        return False
    return earlier.value[:10] < ctx.published.isoformat()


# A weekday just after a clock time, or in a parenthesis after it: "9:20 a.m. (0620 GMT)
# Friday", "6 in the evening (6 p.m. CET Monday)"
FOLLOWING_WEEKDAY = re.compile(
    r"\s*(?:\((?:[^()]{0,20}\s)?|(?:\([^()]{1,20}\)\s*)?,?\s*(?:on\s+|of\s+)?)"
    r"(?P<weekday>[A-Z][a-z]+day)\b"
)
#: A day named just after a clock time: "at 3 p.m. yesterday", "at 9.45pm last night"
_FOLLOWING_DEICTIC = re.compile(
    r"\s*,?\s*(?P<deictic>yesterday|today|tomorrow|tonight"
    r"|(?:last|this)(?=\s+(?:morning|afternoon|evening|night)\b))\b",
    re.I,
)
# A habit after a clock time or a clock range: "9am-5pm on Mondays", "at 8 p.m. daily"
_HABITUAL_DAY = re.compile(
    r"\s*(?:(?:-|–|to)\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?\s*)?,?\s*"
    r"(?:(?:on\s+)?(?P<weekday>[A-Z][a-z]+day)s\b|(?:daily|every\s+day|each\s+day)\b)"
)
# (across a zone in brackets: "8am (05:00 GMT) on January 11", for both clock times;
# across a part of the day: "just before midnight on the night of March 10")
_FOLLOWING_DATE = re.compile(
    r"\)?(?:\s*\([^()]{1,20}\))?,?\s+(?:on|of)\s+"
    r"(?:the\s+(?:night|morning|afternoon|evening)\s+of\s+)?"
    r"(?:(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>[12]\d|3[01]|0?[1-9])\b"
    r"(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    # day first: "on 10 March", "on the 10th of March 2003"
    r"|(?:the\s+)?(?P<dday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<dmonth>[A-Z][a-z]{2,8}\.?)(?!\w)(?:,?\s+(?P<dyear>(?:19|20)\d\d)\b)?)"
)


def following_date(text: str, pos: int = 0) -> dict[str, str | None] | None:
    """The month, day and year of a date named right after a clock time ends at ``pos``
    of ``text`` ("4:05 a.m. on May 2, 2024", "the early morning of April 12", "just
    before midnight on 10 March"), or None."""
    dated = _FOLLOWING_DATE.match(text, pos)
    if dated is None:
        return None
    month = dated.group("month") or dated.group("dmonth")
    if (month or "").lower().rstrip(".") not in tables().months:
        return None
    return {
        "month": month,
        "day": dated.group("day") or dated.group("dday"),
        "year": dated.group("year") or dated.group("dyear"),
    }


def _noon(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    clock = tables().dayparts[(g["noon"] or "").lower()]
    if g.get("weekday"):
        weekday = _weekday({"weekday": g["weekday"]}, ctx)
        assert weekday is not None
        return Resolved("TIME", f"{weekday.value}{clock}", weekday.anchor)
    day, anchor = _clock_day(ctx)  # "landed just after midnight": the night of the day told of
    return Resolved("TIME", f"{day}{clock}", anchor)


#: Days from publication that a word for a day names ("yesterday", "this" morning).
_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this": 0,
    "yesterday": -1,
    "last": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


#: What comes before "tomorrow" as a noun for the future: an article or possessive, with
#: at most an adjective of hope between ("a better tomorrow", "our tomorrow").
_TOMORROW_AS_NOUN = re.compile(
    r"\b(?:a|an|the|our|their|your|my)\s+(?:(?:better|brighter|greener|safer|fairer|new|"
    r"bright|brave|different|prosperous|peaceful)\s+)?$",
    re.IGNORECASE,
)


def _deictic(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    word = re.sub(r"\s+", " ", (g["deictic"] or "").lower())
    part = tables().dayparts.get((g.get("part") or "").lower())
    offset = _DAY_OFFSETS[word]
    if word in {"this", "last"} and part is None:
        return None
    if word == "last" and part != "NI":
        return None  # "last morning" is no English time
    if word == "tomorrow" and _TOMORROW_AS_NOUN.search(ctx.before):
        # "a better tomorrow", not "join the strike tomorrow"
        return Resolved("DATE", "FUTURE_REF", PUBLICATION)
    if word == "tonight":
        part = "NI"
    day, anchor = _day_value(ctx, offset)
    if part:
        return Resolved("TIME", f"{day}T{part}", anchor)
    return Resolved("DATE", day, anchor)


def _anchored(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    anch = re.sub(r"\s+", " ", (g.get("anch") or "").lower())
    unit_word = (g["unit"] or "").lower()
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(anch.split()[-1], 0)
    part = tables().dayparts.get(unit_word)
    unit = "D" if part else _unit(unit_word)
    if anch == "the next" and unit not in {"D", "NI"} and not part:
        return None  # "the next year" counts from publication: read as a relative unit
    return _relative_to_earlier(unit, step, ctx, part if part in _PART_TYPES else None)


def _relative_to_earlier(
    unit: str, step: int, ctx: Context, part: str | None = None
) -> Resolved | None:
    earlier = _previous_with_day(ctx) if unit in {"D", "W", "NI", "WE"} else _previous_dated(ctx)
    if unit == "NI":
        unit, part = "D", "NI"
    if earlier is not None and step == 0 and unit in {"D", "W", "WE"} and _told_since(earlier, ctx):
        earlier = None  # "on Friday … in November 2015 … the same night": that November's
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    if earlier is None and unit in {"D", "W", "WE"}:
        # no day told of, but a month or a year: "on an afternoon this past April … the
        # next morning" is a day in that April, not the day after publication
        told = _previous_dated(ctx, skip_comparisons=True)
        future = (
            told is not None
            and ctx.published is not None
            and told.value[:4].isdigit()
            and int(told.value[:4]) > ctx.published.year
        )  # "the 2035 target … That afternoon" is no afternoon in 2035
        if told is not None and not future and (within := _within(told.value, unit)):
            return Resolved(kind, within + suffix, told.id)
    if earlier is not None:
        value = _shift_value(earlier.value, unit, step)
        if value is not None:
            return Resolved(kind, value + suffix, earlier.id)
    if ctx.published is None:
        return Resolved(kind, _underspecified(unit) + suffix, None)
    value = _shift_day(ctx.published, unit, step)
    return Resolved(kind, (value or "") + suffix, PUBLICATION) if value else None


def _told_since(day: Earlier, ctx: Context) -> bool:
    """Whether a month or a year that does not hold a day told of was told after it."""
    told = _previous_dated(ctx, skip_comparisons=True)
    if told is None or told.start <= day.start or told.value[:4] == day.value[:4]:
        return False
    return _within(told.value, "D") is not None and not day.value.startswith(told.value)


def _within(value: str, unit: str) -> str | None:
    """A day or week inside a month, quarter, season, year, decade or century, unknown
    which: "2025-04-XX", "2025-WXX", "199X-XX-XX"; None for another value."""
    if re.fullmatch(r"\d{2,3}", value):
        year = value.ljust(4, "X")  # "On a day in the 1990s … that day"
        return f"{year}-XX-XX" if unit == "D" else f"{year}-WXX" + ("-WE" if unit == "WE" else "")
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if month is None and not re.fullmatch(r"\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?", value):
        return None
    year = value[:4]
    if unit == "D":
        return f"{value}-XX" if month else f"{year}-XX-XX"
    return f"{year}-WXX" + ("-WE" if unit == "WE" else "")


def _day_before(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = _unit(g["unit"] or "")
    step = 1 if (g["dir"] or "").lower() == "after" else -1
    return _relative_to_earlier(unit, step, ctx)


def _earlier_this(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = _unit(g["unit"] or "")
    step = tables().relatives[(g["rel"] or "").lower()]
    resolved = _from_publication(ctx, unit, step)
    if resolved is not None:
        resolved.mod = "START" if (g["pos"] or "").lower() == "earlier" else "END"
    return resolved


def _rel_unit(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    rel = (g["rel"] or "").lower()
    unit_word = re.sub(r"\s+", " ", (g["unit"] or "").lower())
    unit = "Y" if unit_word == "fiscal year" else _unit(unit_word)
    step = tables().relatives[rel]
    has_the = (g.get("_text") or "").lower().startswith("the ")
    if rel in {"following", "previous", "preceding", "prior", "same"} and has_the:
        return _relative_to_earlier(unit, step, ctx)
    if rel == "past" or (has_the and rel in {"last", "next", "coming"} and unit not in {"WE"}):
        if unit == "NI":
            return None
        if re.match(r"\s+of\b", ctx.after):
            return None  # "the last month of the season" is the season's
        if unit not in {"Y", "M", "W"} or re.search(r"\bfor\s*$", ctx.before, re.IGNORECASE):
            # "the past century"; "has coached for the last month" is how long
            return Resolved("DURATION", _duration(1, unit), None)
        # TIMEX3 as TempEval-3 applied it: "the past year" is the calendar year before
        # publication, as "last year" is, and "the next month" the month after; with a
        # number ("the past two years") it is a duration, read elsewhere.
        if rel == "next" and ctx.direction == PAST:
            return _relative_to_earlier(unit, 1, ctx)  # "left the next year": the following
        return _from_publication(ctx, unit, step)
    if unit == "NI":
        if step != -1:
            return None
        day, anchor = _day_value(ctx, -1)
        return Resolved("TIME", f"{day}TNI", anchor)
    if unit == "WE" and step == 0:
        return _weekend(ctx)
    return _from_publication(ctx, unit, step)


def _weekend(ctx: Context) -> Resolved | None:
    if ctx.published is None:
        return Resolved("DATE", "XXXX-WXX-WE", None)
    p = ctx.published
    if ctx.direction <= 0 and p.isoweekday() == 7:
        return Resolved("DATE", cal.week_value(p) + "-WE", PUBLICATION)  # the one ending today
    if ctx.direction > 0 or (ctx.direction == 0 and p.isoweekday() >= 5):
        d = cal.weekday_near(p, 6, FUTURE if p.isoweekday() != 6 else 0)
    else:
        d = cal.weekday_near(p, 6, PAST)
    return Resolved("DATE", cal.week_value(d) + "-WE", PUBLICATION)


_HALF_A = re.compile(r"half[\s-]+an?", re.IGNORECASE)


def _ago(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    number = 0.5 if _HALF_A.fullmatch(g["num"] or "") else number_value(g["num"] or "")
    if number is not None and g.get("half"):
        number += 0.5  # "a year and a half ago"
    unit = _unit(g["unit"] or "")
    direction = (g["dir"] or "").lower()
    step = 1 if direction in {"later", "after", "from now", "hence"} else -1
    if number is None:
        if step > 0 and ctx.direction == PAST:
            return Resolved("DATE", "PAST_REF", PUBLICATION)  # "a few days later, I filed…"
        return Resolved("DATE", "PAST_REF" if step < 0 else "FUTURE_REF", PUBLICATION)
    if unit in {"H", "MIN", "S", "NI"}:
        return _hours_away(number, unit, step, direction, ctx)
    if unit in {"DE", "CE", "FN"}:
        # "a decade ago" is the year ten years back; "a fortnight ago" two weeks back
        unit, number = {"DE": ("Y", number * 10), "CE": ("Y", number * 100)}.get(
            unit, ("W", number * 2)
        )
    if not float(number).is_integer() and unit in {"Y", "W"}:
        # "2 1/2 years ago" is 30 months ago; "1 1/2 weeks ago" 10 days ago
        unit, number = ("M", number * 12) if unit == "Y" else ("D", number * 7)
    n = round(number)
    if n == 0:
        return None
    if unit == "Y" and n >= (ctx.published_year or 2000):
        # "30 million years ago" lies before the calendar's first year
        return Resolved("DATE", "PAST_REF" if step < 0 else "FUTURE_REF", PUBLICATION)
    relative_to_earlier = direction in {"earlier", "later", "before", "after", "previously"}
    if unit == "Y" and n == 1:
        # "a year ago" in an article about quarters compares quarters.
        quarter = _named_quarter(ctx, within=300)
        if quarter is not None and (relative_to_earlier or direction == "ago"):
            shifted = _shift_value(quarter.value, "Y", -1)
            if shifted and step < 0:
                return Resolved("DATE", shifted, quarter.id, derived=True)
    if relative_to_earlier:
        earlier = _previous_dated(
            ctx, skip_comparisons=unit == "Y" and n == 1, skip=_today_set_beside(ctx)
        )
        if earlier is not None:
            value = _shift_value(earlier.value, unit, step * n)
            if value is None and unit in {"W", "D"} and re.fullmatch(r"\d{4}-\d\d", earlier.value):
                # "A week later" after "November 1986": in that year, not this one
                value = f"{earlier.value[:4]}-WXX" if unit == "W" else f"{earlier.value[:4]}-XX-XX"
            if value is not None:
                return Resolved("DATE", value, earlier.id)
            # "In 2016 ... Nine months later": which month is unknown, and no time
            # counted from publication
            return Resolved("DATE", _underspecified(unit), None)
        elif direction in {"later", "after"}:
            # "yet over 70 years later, some still deny it": later than a
            # time the text does not give, not 70 years after publication
            return Resolved("DATE", _underspecified(unit), None)
    return _from_publication(ctx, unit, step * n)


def _today_set_beside(ctx: Context) -> Earlier | None:
    """A "today" or "now" just before "… later" that the later time restates ("Today,
    nearly two years later, she lives in Oslo"): no time to count from."""
    if not ctx.earlier or ctx.earlier[-1].kind != "deictic":
        return None
    gap = ctx.offset - ctx.earlier[-1].end
    between = ctx.before[-gap:] if 0 < gap <= len(ctx.before) else "x"
    return ctx.earlier[-1] if re.fullmatch(r",\s*", between) else None


_CLOCK = re.compile(r"T(?P<h>\d\d):(?P<m>\d\d)")


def _hours_away(
    number: float, unit: str, step: int, direction: str, ctx: Context
) -> Resolved | None:
    """ "hours ago" is the day of publication; "48 hours later" the day that many hours
    after the day told of, and "40 minutes earlier" after "10:30 p.m." the time 9:50 p.m.
    of that day. A shift shorter than a day from a day without its hour stays that day."""
    if direction in {"earlier", "later", "before", "after"}:
        earlier = _previous_with_day(ctx)
        if earlier is not None:
            shift = step * timedelta(
                hours=number * {"H": 1, "MIN": 1 / 60, "S": 1 / 3600, "NI": 24}[unit]
            )
            told = date.fromisoformat(earlier.value[:10])
            clock = _CLOCK.fullmatch(earlier.value[10:])
            if clock is not None and unit != "NI":
                at = datetime.combine(told, time(int(clock["h"]), int(clock["m"]))) + shift
                return Resolved("TIME", at.strftime("%Y-%m-%dT%H:%M"), earlier.id)
            days = timedelta(days=int(shift / timedelta(days=1)))  # whole days, toward zero
            return Resolved("DATE", cal.day_value(told + days), earlier.id)
    day, anchor = _day_value(ctx, 0)
    return Resolved("DATE", day, anchor)


def _overnight(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """The night before publication ("drones struck overnight"), or before the weekday
    just after it."""
    following = FOLLOWING_WEEKDAY.match(ctx.after)
    on = None
    if following is not None and following.group("weekday").lower() in tables().weekdays:
        on = _weekday({"weekday": following.group("weekday")}, ctx)
    day, anchor = (on.value, on.anchor) if on is not None else _day_value(ctx, 0)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return Resolved("TIME", "XXXX-XX-XXTNI", None)
    night = date.fromisoformat(day) - timedelta(days=1)
    return Resolved("TIME", f"{night.isoformat()}TNI", anchor)


def _week_on(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "a week on Friday": that many weeks after the coming Friday."""
    on = _weekday({"weekday": g["weekday"]}, Context(ctx.published, ctx.published_year, FUTURE))
    weeks = number_value(g["num"] or "") or 1
    if on is None or ctx.published is None:
        return Resolved("DATE", "XXXX-XX-XX", None)
    d = date.fromisoformat(on.value) + timedelta(weeks=weeks)
    return Resolved("DATE", d.isoformat(), PUBLICATION)


def _times_per(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "twice a year": a set of the unit (TIMEX3 keeps how often in ``freq``)."""
    unit = _unit(g["unit"] or "")
    if unit == "NI":
        return Resolved("SET", "P1D", None)
    return Resolved("SET", _duration(1, unit), None)


def _some_day(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "could one day be applied": some day ahead; "One day in winter, we planted" one
    behind."""
    return Resolved("DATE", "PAST_REF" if ctx.direction == PAST else "FUTURE_REF", PUBLICATION)


# What makes "a day" a day told of, not a day's length: "on a day when", "in a day
# replete with symbolism"
_DAY_TOLD_BEFORE = re.compile(r"\bon\s*$", re.IGNORECASE)
_DAY_TOLD_AFTER = re.compile(
    r",?\s+(?:when|where|that|which|replete|full|filled|marked|dominated|rich)\b",
    re.IGNORECASE,
)


def _duration_match(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = _unit(g["unit"] or "")
    num_text = (g["num"] or "").lower()
    number = number_value(num_text)
    rel = (g.get("rel") or "").lower()
    if unit == "S" and num_text in {"a", "an"}:
        return None  # "a second attempt"
    told = _DAY_TOLD_BEFORE.search(ctx.before) or _DAY_TOLD_AFTER.match(ctx.after)
    if unit == "D" and num_text in {"a", "an"} and not rel and told:
        return None  # "on a day when markets fell": a day told of, not its length
    if unit == "NI" and not rel and num_text in {"a", "an", "one"}:
        return None
    if num_text in {"a", "an"} and not rel and not g.get("det"):
        before = ctx.before.rstrip().lower()
        words = {"million", "billion", "times", "twice", "once", "percent", *tables().units}
        last = re.split(r"\W+", before)[-1] if before else ""
        if (
            before.endswith(("%", *"0123456789"))
            or last in words
            or last in load_table("currencies", "quantities")  # "30,000 yuan a day"
            or re.search(r"\d[^\s,;:.]*$", before)
        ):
            return None  # a rate ("$1.76 a year", "15p an hour") is no time of its own
        if _COUNT_BEFORE.search(before) or _shorter_length_before(before, unit, ctx.after):
            # "three meals a day", "two hours of sport a week"
            return Resolved("SET", _duration(1, unit), None)
    mod = "APPROX" if g.get("orso") or g.get("numorso") else None
    if num_text in {"some"}:
        return None
    if g.get("half") and number is not None:
        number += 0.5  # "a minute and a half"
    return Resolved("DURATION", _duration(number, unit), None, mod)


def _compound_duration(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "3 years and 6 months" is P3Y6M, "22 minutes 45 seconds" PT22M45S, "four minutes
    14.74 seconds" PT4M14.74S."""
    first, second = _unit(g["unit"] or ""), _unit(g["unit3"] or "")
    number, more = number_value((g["num"] or "").lower()), number_value((g["num3"] or "").lower())
    if number is None or more is None:
        return None
    value = _duration(number, first)
    prefix, letter, _ = _DURATION_UNITS[second]
    if prefix == "PT" and "T" not in value:
        value += "T"
    amount = int(more) if float(more).is_integer() else round(float(more), 3)
    return Resolved("DURATION", f"{value}{amount}{letter}", None)


#: How much of its unit a fraction word names.
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}


def _fraction(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "half a century" is P50Y, "a quarter of a century" P25Y, "half an hour" PT30M."""
    words = re.split(r"[\s-]+", (g["frac"] or "").lower())
    share = _FRACTIONS.get(words[0]) or _FRACTIONS.get(words[-2] if len(words) > 1 else "")
    if share is None:
        return None
    return Resolved("DURATION", _duration(share, _unit(g["unit"] or "")), None)


# A count of a plural thing just before "a day": "three meals a day" is how often
# a count, up to two words, then a plural noun ("three meals", "30 million active
# users", "4,000 people")
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|few"
    r"|hundred|thousand|million|billion)"
    r"\s+(?:[a-z]+\s+){0,2}(?:[a-z]+[^s\W]s|people|children|men|women)$"
)


# A length in a shorter unit, then what it is spent on, just before "a week" or "a day":
# "two hours of sport a week", "eight hours' sleep a night" tell how much in each
_LENGTH_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)[\s-]+"
    r"(?P<unit>minutes?|hours?|days?|nights?|weeks?|months?)['’]?"
    r"(?:\s+[a-z]+){1,4}$"
)
_RELATIVE_AFTER = re.compile(r"\s+(?:before|after|later|earlier|ago|since|on)\b", re.IGNORECASE)
#: Units by length, for a length told in a shorter unit than "a …" after it
_UNIT_RANKS = {"MIN": 1, "H": 2, "D": 3, "NI": 3, "W": 4, "M": 5, "Y": 6}
#: Words before "a week" that make it a length of its own: "two hours in a week"
_LENGTH_OF_ITS_OWN = frozenset(
    {"in", "within", "for", "after", "over", "than", "about", "around", "under", "by", "of"}
)


def _shorter_length_before(before: str, unit: str, after: str) -> bool:
    """Whether a length in a shorter unit and the thing it is spent on come just before
    "a <unit>", which then tells how often: "two hours of sport a week"; not "three days
    at the plant a month before it shut"."""
    length = _LENGTH_BEFORE.search(before)
    if length is None or before.rsplit(maxsplit=1)[-1] in _LENGTH_OF_ITS_OWN:
        return False
    if _RELATIVE_AFTER.match(after):
        return False
    shorter = _UNIT_RANKS.get(_unit(length.group("unit")), 99)
    return shorter < _UNIT_RANKS.get(unit, 0)


def _vague_units(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = _unit(g["unit"] or "")
    rel = (g.get("rel") or "").lower()
    direction = (g.get("dir") or "").strip().lower()
    if direction in {"ago", "earlier"}:
        return Resolved("DATE", "PAST_REF", PUBLICATION)  # "years earlier"
    if g.get("long") or rel or g.get("det") or direction:
        return Resolved("DURATION", _duration(None, unit), None)
    return Resolved("DURATION", _duration(None, unit), None)


def _set(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    t = tables()
    if g.get("freq"):
        return Resolved("SET", t.sets[(g["freq"] or "").lower()], None)
    if g.get("days"):
        part = t.dayparts.get((g.get("parts") or "").lower())
        suffix = f"T{part}" if part else ""
        return Resolved("SET", f"XXXX-WXX-{t.weekdays[(g['days'] or '').lower()]}{suffix}", None)
    word = (g["unit"] or "").lower()
    other = (g.get("other") or "").lower()
    every = 2 if other == "other" else t.ordinals.get(other, 1)
    if word in t.weekdays:
        return Resolved("SET", f"XXXX-WXX-{t.weekdays[word]}", None)
    if word in t.months:
        if not (g["unit"] or "")[0].isupper():
            return None  # "every march" is a protest, "every March" a time
        day = number_value(g.get("num") or "") if g.get("num") else None
        on = f"-{int(day):02d}" if isinstance(day, int) and 1 <= day <= 31 else ""
        return Resolved("SET", f"XXXX-{t.months[word]:02d}{on}", None)  # "every 2 April"
    if word in t.seasons:
        return Resolved("SET", f"XXXX-{t.seasons[word]}", None)  # "every summer"
    if word in t.dayparts:
        return Resolved("SET", f"XXXX-XX-XXT{t.dayparts[word]}", None)
    number = number_value(g.get("num") or "") if g.get("num") else 1
    if number is None:
        return None
    return Resolved("SET", _duration(number * every, _unit(word)), None)


def _ref(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    value, kind = tables().refs[re.sub(r"\s+", " ", (g["ref"] or "").lower())]
    return Resolved(kind, value, ABSOLUTE if value[0].isdigit() else PUBLICATION)


# A year "the year" is set beside: "since 2015, the year the …"; an older one after a
# preposition, where a number of things cannot stand ("In 1799, the year of his death")
_APPOSED_YEAR = re.compile(
    r"(?:\b(?:in|since|of|from|by|until)\s+(1[0-8]\d\d)|\b((?:19|20)\d\d)),\s*$",
    re.IGNORECASE,
)


def _year_just_before(ctx: Context) -> Earlier | None:
    """A year named a few words before in the same sentence, which "the year" takes up."""
    if not ctx.earlier or not re.fullmatch(r"\d{4}", ctx.earlier[-1].value):
        return None
    gap = ctx.offset - ctx.earlier[-1].end
    if not 0 < gap <= len(ctx.before) or re.search(r"[.!?;]", ctx.before[-gap:]):
        return None
    return ctx.earlier[-1]


def _the_unit(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = _unit(g["unit"] or "")
    if unit == "WE":
        return _weekend(ctx)
    if unit == "D":
        return None
    if g.get("year") and unit == "Y":
        return Resolved("DATE", g["year"] or "", ABSOLUTE)
    apposed = _APPOSED_YEAR.search(ctx.before)
    if apposed and unit == "Y":
        year = apposed.group(1) or apposed.group(2)
        return Resolved("DATE", year, ABSOLUTE)  # "since 2015, the year the…"
    near = _year_just_before(ctx) if unit == "Y" else None
    if near is not None:
        return Resolved("DATE", near.value, near.id)  # "the early months of 2004 kept the year"
    before = ctx.before.rstrip().lower()
    if (unit == "W" and re.search(r"\bdays?\s+of$", before)) or re.search(r"\btime\s+of$", before):
        return None  # "the day of the week you book", "the time of the year": any
    if re.match(
        r"\s+(?:(?:after|following|since|before)\s+(?!(?:in|on|at|and|but|as|with|while|for|from)\b)\w"
        r"|since\s*[,;.])",
        ctx.after,
        re.IGNORECASE,
    ):
        # "in the year after the surgery", "in the decade since, nothing moved"
        return Resolved("DURATION", _duration(1, unit), None)
    if _PERIOD_ENDED.match(ctx.after):
        return Resolved("DURATION", _duration(1, unit), None)
    if re.search(r"\b(?:during|over|throughout|through)$", before):
        return Resolved("DURATION", _duration(1, unit), None)
    return _from_publication(ctx, unit, 0)  # "for the year", "the end of the year"


def _unit_end(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = _unit(g["unit"] or "")
    near = _year_just_before(ctx) if unit == "Y" and ctx.direction != FUTURE else None
    if near is not None:
        # "In 2014, the plan made it into the year-end deal": that year's end
        return Resolved("DATE", near.value, near.id, mod="END")
    step = -1 if ctx.direction == PAST else 0  # "since year-end" is last year's
    resolved = _from_publication(ctx, unit, step)
    if resolved is not None:
        resolved.mod = "END"
    return resolved


# A period named by its bounds is a span: "the year ended March 31", "the year to March
# 2005", "the fiscal year beginning Oct. 1".
_PERIOD_ENDED = re.compile(
    r"\s+(?:(?:end(?:ed|ing)|to|through|beginning|starting)\s+(?:on\s+)?[\dA-Z]"
    r"|end(?:ed|ing)\b)"
)


_HANDLERS = {
    "iso": _iso,
    "numeric": _month_day,
    "numeric_dmy": _month_day,
    "year_span": _year,
    "code": _code,
    "overnight": _overnight,
    "week_on": _week_on,
    "times_per": _times_per,
    "month_day": _month_day,
    "second_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "month_of": _month_of,
    "month_rel_year": _month_rel_year,
    "week_of": _week_of,
    "rel_month": _rel_month,
    "month": _month_alone,
    "decade": _decade,
    "spoken_decade": _decade,
    "century": _century,
    "fiscal_year": _fiscal_year,
    "year_or_later": _year_or_later,
    "year": _year,
    "quarter": _quarter,
    "weekday_part": _weekday,
    "holiday": _holiday,
    "season": _season,
    "clock": _clock,
    "clock24": _clock,
    "hrs": _clock,
    "early_hours": lambda g, ctx: _part_of_day({"part": "morning", "pmod": "early"}, ctx),
    "the_part": _part_of_day,
    "oclock": _clock,
    "past_to": _past_to,
    "in_the_part": _clock,
    "noon": _noon,
    "deictic_part": _deictic,
    "part_of_day": _part_of_day,
    "deictic": _deictic,
    "anchored": _anchored,
    "day_before": _day_before,
    "earlier_this": _earlier_this,
    "rel_unit": _rel_unit,
    "ago": _ago,
    "year_ago": lambda g, ctx: _ago({"num": "a", "unit": "year", "dir": g["dir"]}, ctx),
    "duration": _duration_match,
    "compound_duration": _compound_duration,
    "some_day": _some_day,
    "fraction": _fraction,
    "vague_units": _vague_units,
    "set": _set,
    "ref": _ref,
    "the_unit": _the_unit,
    "unit_end": _unit_end,
}
