"""Times counted from an anchor: "two weeks ago", "the following day", "the year".

The anchor is the publication date or an earlier time of the article; without one the
value stays underspecified.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from newsgraph.stages._times import calendar as cal
from newsgraph.stages._times.context import FUTURE, PAST
from newsgraph.stages._times.grammar import number_value
from newsgraph.stages._times.resolved import (
    ABSOLUTE,
    PUBLICATION,
    Context,
    Earlier,
    Resolved,
    day_value,
    duration,
    from_publication,
    named_quarter,
    previous_dated,
    previous_with_day,
    shift_day,
    shift_value,
    underspecified,
    unit_code,
)
from newsgraph.stages._times.tables import tables

_PART_TYPES = {"MO", "AF", "EV", "NI"}


def anchored(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    anch = re.sub(r"\s+", " ", (g.get("anch") or "").lower())
    unit_word = (g["unit"] or "").lower()
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(anch.split()[-1], 0)
    part = tables().dayparts.get(unit_word)
    unit = "D" if part else unit_code(unit_word)
    if anch == "the next" and unit not in {"D", "NI"} and not part:
        return None  # "the next year" counts from publication: read as a relative unit
    named = _month_or_year_after(ctx) if step == 0 and unit in {"D", "W"} and not part else None
    if named is not None:
        # "that week in January 2007": a week of the month named after it
        return Resolved("DATE", _within(named, unit) or "", ABSOLUTE)
    if unit == "Y" and step == 0:
        told = _year_told_of(ctx)
        value = shift_value(told.value, unit, 0) if told is not None else None
        if told is not None and value is not None:
            return Resolved("DATE", value, told.id)
    return _relative_to_earlier(unit, step, ctx, part if part in _PART_TYPES else None)


#: A month with its year, or a year, named right after "that week" or "that day"
_IN_MONTH_OR_YEAR = re.compile(
    r"\s+in\s+(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>(?:1[89]|20)\d\d)\b"
)


def _month_or_year_after(ctx: Context) -> str | None:
    """The month or year that "in" names right after a day or week it holds ("that week in
    January 2007" is 2007-01), or None."""
    named = _IN_MONTH_OR_YEAR.match(ctx.after)
    if named is None:
        return None
    if named["month"] is None:
        return named["year"]
    month = tables().months.get(named["month"].lower())
    return f"{named['year']}-{month:02d}" if month else None


#: Days told from the day of writing ("on Tuesday", "yesterday", "last night"): they say
#: when a thing was said or published, not which year a story tells of.
_DAYS_OF_WRITING = frozenset({"weekday_part", "deictic", "deictic_part"})


def _year_told_of(ctx: Context) -> Earlier | None:
    """The time "that year" takes up: the latest one on the calendar before it, past any
    day told from the day of writing ("In 2009 … returns released on Tuesday night show
    he paid $3 million that year" is 2009)."""
    return previous_dated(ctx, skip_kinds=_DAYS_OF_WRITING)


def _relative_to_earlier(
    unit: str, step: int, ctx: Context, part: str | None = None
) -> Resolved | None:
    earlier = previous_with_day(ctx) if unit in {"D", "W", "NI", "WE"} else previous_dated(ctx)
    if unit == "NI":
        unit, part = "D", "NI"
    if earlier is not None and step == 0 and unit in {"D", "W", "WE"} and _told_since(earlier, ctx):
        earlier = None  # "on Friday … in November 2015 … the same night": that November's
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    if earlier is None and unit in {"D", "W", "WE"}:
        # no day told of, but a month or a year: "on an afternoon this past April … the
        # next morning" is a day in that April, not the day after publication
        told = previous_dated(ctx, skip_comparisons=True)
        future = (
            told is not None
            and ctx.published is not None
            and told.value[:4].isdigit()
            and int(told.value[:4]) > ctx.published.year
        )  # "the 2035 target … That afternoon" is no afternoon in 2035
        if told is not None and not future and (within := _within(told.value, unit)):
            return Resolved(kind, within + suffix, told.id)
    if earlier is not None:
        value = shift_value(earlier.value, unit, step)
        if value is not None:
            return Resolved(kind, value + suffix, earlier.id)
    if ctx.published is None:
        return Resolved(kind, underspecified(unit) + suffix, None)
    value = shift_day(ctx.published, unit, step)
    return Resolved(kind, (value or "") + suffix, PUBLICATION) if value else None


def _told_since(day: Earlier, ctx: Context) -> bool:
    """Whether a month or a year that does not hold a day told of was told after it."""
    told = previous_dated(ctx, skip_comparisons=True)
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


def day_before(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = unit_code(g["unit"] or "")
    step = 1 if (g["dir"] or "").lower() == "after" else -1
    return _relative_to_earlier(unit, step, ctx)


def earlier_this(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = unit_code(g["unit"] or "")
    step = tables().relatives[(g["rel"] or "").lower()]
    resolved = from_publication(ctx, unit, step)
    if resolved is not None:
        resolved.mod = "START" if (g["pos"] or "").lower() == "earlier" else "END"
    return resolved


def rel_unit(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    rel = (g["rel"] or "").lower()
    unit_word = re.sub(r"\s+", " ", (g["unit"] or "").lower())
    unit = "Y" if unit_word == "fiscal year" else unit_code(unit_word)
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
            return Resolved("DURATION", duration(1, unit), None)
        # TIMEX3 as TempEval-3 applied it: "the past year" is the calendar year before
        # publication, as "last year" is, and "the next month" the month after; with a
        # number ("the past two years") it is a duration, read elsewhere.
        if rel == "next" and ctx.direction == PAST:
            return _relative_to_earlier(unit, 1, ctx)  # "left the next year": the following
        return from_publication(ctx, unit, step)
    if unit == "NI":
        if step != -1:
            return None
        day, anchor = day_value(ctx, -1)
        return Resolved("TIME", f"{day}TNI", anchor)
    if unit == "WE" and step == 0:
        return _weekend(ctx)
    return from_publication(ctx, unit, step)


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


def ago(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    number = 0.5 if _HALF_A.fullmatch(g["num"] or "") else number_value(g["num"] or "")
    if number is not None and g.get("half"):
        number += 0.5  # "a year and a half ago"
    unit = unit_code(g["unit"] or "")
    direction = (g["dir"] or "").lower()
    step = 1 if direction in {"later", "after", "from now", "hence"} else -1
    if number is None:
        if unit in {"H", "MIN", "S"} and direction in {"earlier", "later", "before", "after"}:
            # "a couple of minutes later": the day told of, as "two minutes later" is
            return hours_away(None, unit, step, direction, ctx)
        if step > 0 and ctx.direction == PAST:
            return Resolved("DATE", "PAST_REF", PUBLICATION)  # "a few days later, I filed…"
        return Resolved("DATE", "PAST_REF" if step < 0 else "FUTURE_REF", PUBLICATION)
    if unit in {"H", "MIN", "S", "NI"}:
        return hours_away(number, unit, step, direction, ctx)
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
        quarter = named_quarter(ctx, within=300)
        if quarter is not None and (relative_to_earlier or direction == "ago"):
            shifted = shift_value(quarter.value, "Y", -1)
            if shifted and step < 0:
                return Resolved("DATE", shifted, quarter.id, derived=True)
    if relative_to_earlier:
        earlier = previous_dated(
            ctx,
            skip_comparisons=unit == "Y" and n == 1,
            skip=_today_set_beside(ctx),
            # days and weeks are not counted from a decade or a century ("since the
            # mid-1800s … A week earlier": from the weekend told of before)
            skip_kinds=_COARSE_KINDS if unit in {"D", "W"} else frozenset(),
        )
        if earlier is not None:
            value = shift_value(_counted_from(earlier, unit), unit, step * n)
            if value is None and unit in {"W", "D"} and re.fullmatch(r"\d{4}-\d\d", earlier.value):
                # "A week later" after "November 1986": in that year, not this one
                value = f"{earlier.value[:4]}-WXX" if unit == "W" else f"{earlier.value[:4]}-XX-XX"
            if value is not None:
                return Resolved("DATE", value, earlier.id)
            # "In 2016 ... Nine months later": which month is unknown, and no time
            # counted from publication
            return Resolved("DATE", underspecified(unit), None)
        elif direction in {"later", "after"}:
            # "yet over 70 years later, some still deny it": later than a
            # time the text does not give, not 70 years after publication
            return Resolved("DATE", underspecified(unit), None)
    return from_publication(ctx, unit, step * n)


def _counted_from(earlier: Earlier, unit: str) -> str:
    """The value to count from: for months, the month a year's start or end stands for
    ("at the end of 2016 … three months earlier" counts back from December 2016)."""
    if unit != "M" or not re.fullmatch(r"\d{4}", earlier.value):
        return earlier.value
    month = {"START": "01", "END": "12"}.get(earlier.mod or "")
    return f"{earlier.value}-{month}" if month else earlier.value


#: The kinds of time too coarse to count days or weeks from
_COARSE_KINDS = frozenset({"decade", "spoken_decade", "century"})


def _today_set_beside(ctx: Context) -> Earlier | None:
    """A "today" or "now" just before "… later" that the later time restates ("Today,
    nearly two years later, she lives in Oslo"): no time to count from."""
    if not ctx.earlier or ctx.earlier[-1].kind != "deictic":
        return None
    gap = ctx.offset - ctx.earlier[-1].end
    between = ctx.before[-gap:] if 0 < gap <= len(ctx.before) else "x"
    return ctx.earlier[-1] if re.fullmatch(r",\s*", between) else None


_CLOCK = re.compile(r"T(?P<h>\d\d):(?P<m>\d\d)")


def hours_away(
    number: float | None, unit: str, step: int, direction: str, ctx: Context
) -> Resolved | None:
    """ "hours ago" is the day of publication; "48 hours later" the day that many hours
    after the day told of, and "40 minutes earlier" after "10:30 p.m." the time 9:50 p.m.
    of that day. A shift shorter than a day from a day without its hour stays that day,
    and so does one of no number ("minutes later"); "48 hours later" with no day told of
    before is an unknown day."""
    if direction in {"earlier", "later", "before", "after"}:
        earlier = previous_with_day(ctx)
        if earlier is not None:
            if number is None:
                return Resolved("DATE", earlier.value[:10], earlier.id)
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
        if step > 0:
            # "sentenced to 18 months. Twenty-four hours later, …" with no day told of:
            # later than a day the text does not give, as "two days later" is
            return Resolved("DATE", underspecified("D"), None)
    day, anchor = day_value(ctx, 0)
    return Resolved("DATE", day, anchor)


def some_day(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "could one day be applied": some day ahead; "One day in winter, we planted" one
    behind."""
    return Resolved("DATE", "PAST_REF" if ctx.direction == PAST else "FUTURE_REF", PUBLICATION)


def ref(g: dict[str, str | None], ctx: Context) -> Resolved | None:
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


#: A part of the unit before it ("later in the year"): a time in the unit, whatever
#: "before" or "after" follows ("later in the year before sending the probe into orbit")
_PART_OF_BEFORE = re.compile(r"\b(?:later|earlier|late|early)\s+in$")


def the_unit(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = unit_code(g["unit"] or "")
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
    event_after = not _PART_OF_BEFORE.search(before) and re.match(
        r"\s+(?:(after|following|since|before)\s+(?!(?:in|on|at|and|but|as|with|while|for|from)\b)\w"
        r"|since\s*[,;.])",
        ctx.after,
        re.IGNORECASE,
    )
    if event_after and (event_after.group(1) or "").lower() == "before":
        # "in the week before the referendum", "the year before he ran": the one before
        # an event the text does not date, a time, not a length
        return Resolved("DATE", underspecified(unit), None)
    if event_after:
        # "in the year after the surgery", "in the decade since, nothing moved"
        return Resolved("DURATION", duration(1, unit), None)
    if _PERIOD_ENDED.match(ctx.after):
        return Resolved("DURATION", duration(1, unit), None)
    if re.search(r"\b(?:during|over|throughout|through)$", before):
        return Resolved("DURATION", duration(1, unit), None)
    return from_publication(ctx, unit, 0)  # "for the year", "the end of the year"


def unit_end(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = unit_code(g["unit"] or "")
    near = _year_just_before(ctx) if unit == "Y" and ctx.direction != FUTURE else None
    if near is not None:
        # "In 2014, the plan made it into the year-end deal": that year's end
        return Resolved("DATE", near.value, near.id, mod="END")
    step = -1 if ctx.direction == PAST else 0  # "since year-end" is last year's
    resolved = from_publication(ctx, unit, step)
    if resolved is not None:
        resolved.mod = "END"
    return resolved


# A period named by its bounds is a span: "the year ended March 31", "the year to March
# 2005", "the fiscal year beginning Oct. 1".
_PERIOD_ENDED = re.compile(
    r"\s+(?:(?:end(?:ed|ing)|to|through|beginning|starting)\s+(?:on\s+)?[\dA-Z]"
    r"|end(?:ed|ing)\b)"
)
