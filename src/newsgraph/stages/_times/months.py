"""Dates, months, seasons, holidays, years and decades: their TIMEX3 values.

A month or day without a year takes the publication year, or the year before or after
as the tense says; a named year or decade stands on its own.
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.stages._times import calendar as cal
from newsgraph.stages._times.context import PAST
from newsgraph.stages._times.resolved import ABSOLUTE, PUBLICATION, Context, Resolved, month_number
from newsgraph.stages._times.tables import tables

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def iso(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    d = cal.valid_day(int(g["year"] or 0), int(g["mnum"] or 0), int(g["day"] or 0))
    if d is None:
        return None
    if g.get("hour"):
        return Resolved("TIME", f"{d.isoformat()}T{g['hour']}:{g['minute']}", ABSOLUTE)
    return Resolved("DATE", d.isoformat(), ABSOLUTE)


#: A word for an attack after a day of the month: " attacks", " terrorist attacks"
_ATTACK_AFTER = re.compile(
    r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|hijackings?)\b", re.IGNORECASE
)


def month_day(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    month = int(g["mnum"] or 0) if g.get("mnum") else month_number(g["month"] or "")
    day = int(g["day"] or 0)
    if g.get("year"):
        d = cal.valid_day(int(g["year"] or 0), month, day)
        return Resolved("DATE", d.isoformat(), ABSOLUTE) if d else None
    if not 1 <= day <= 31:
        return None
    event_year = tables().event_days.get(f"{month:02d}-{day:02d}")
    if event_year is not None and not g.get("rel") and _ATTACK_AFTER.match(ctx.after):
        d = cal.valid_day(event_year, month, day)  # "the September 11 attacks"
        return Resolved("DATE", d.isoformat(), ABSOLUTE) if d else None
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


#: The place of a weekday in its month that "the first Friday of" names; "last" is -1.
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def nth_weekday(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "the first Friday of this month", "the second Tuesday of March": that day of the
    month, the month read as a month alone would be."""
    weekday = tables().weekdays[(g["weekday"] or "").lower()]
    nth = _NTH[(g["nth"] or "").lower()]
    rel = (g.get("mrel") or "").lower()
    anchor: str | None = PUBLICATION
    if rel:
        if ctx.published is None:
            return Resolved("DATE", "XXXX-XX-XX", None)
        step = {"this": 0, "last": -1, "next": 1}[rel]
        year, month = cal.add_months(ctx.published.year, ctx.published.month, step)
    else:
        of = month_year(g, ctx) if g.get("year") else month_alone(g, ctx)
        if of is None or not re.fullmatch(r"\d{4}-\d\d", of.value):
            return Resolved("DATE", "XXXX-XX-XX", None)
        year, month, anchor = int(of.value[:4]), int(of.value[5:]), of.anchor
    rule = f"last-weekday:{month}:{weekday}" if nth < 0 else f"nth-weekday:{month}:{weekday}:{nth}"
    d = cal.holiday(rule, year)
    if d is None or d.month != month:
        return None
    return Resolved("DATE", d.isoformat(), anchor)


def month_year(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    return Resolved(
        "DATE", cal.month_value(int(g["year"] or 0), month_number(g["month"] or "")), ABSOLUTE
    )


def month_alone(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    month = month_number(g["month"] or "")
    if ctx.year_hint is not None:
        return Resolved("DATE", cal.month_value(ctx.year_hint[0], month), ctx.year_hint[1])
    if ctx.published is None or g.get("habitual"):
        return Resolved("DATE", f"XXXX-{month:02d}", None)
    year = cal.month_year(ctx.published, month, ctx.direction)
    return Resolved("DATE", cal.month_value(year, month), PUBLICATION)


def month_of(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "the month of February", "the month of May 2016"."""
    return month_year(g, ctx) if g.get("year") else month_alone(g, ctx)


def month_rel_year(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    month = month_number(g["month"] or "")
    if ctx.published_year is None:
        return Resolved("DATE", f"XXXX-{month:02d}", None)
    year = _relative_year(g, ctx.published_year)
    return Resolved("DATE", cal.month_value(year, month), PUBLICATION)


def _relative_year(g: dict[str, str | None], published_year: int) -> int:
    """The year "this", "last" or "next year" (group ``rel``) names from publication."""
    return published_year + tables().relatives[(g["rel"] or "").lower()]


def week_of_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    day = month_day(g, ctx)
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
        return Resolved("DATE", "XXXX-WXX", None) if day else None
    return Resolved("DATE", cal.week_value(date.fromisoformat(day.value)), day.anchor)


def rel_month(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    month = month_number(g["month"] or "")
    step = tables().relatives[(g["rel"] or "").lower()]
    if ctx.published is None:
        return Resolved("DATE", f"XXXX-{month:02d}", None)
    p = ctx.published
    if step < 0:
        year = p.year if month < p.month else p.year - 1
        if month == p.month - 1:
            year -= 1  # "last February" written in March: the month just gone is "last month"
    elif step > 0:
        year = p.year if month > p.month else p.year + 1
    else:
        year = p.year
    return Resolved("DATE", cal.month_value(year, month), PUBLICATION)


def decade_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    if g.get("spoken"):
        tens = tables().numbers[(g["spoken"] or "").lower()[:-3] + "y"] // 10
        g = {**g, "short": str(tens)}  # "the nineties" are the 1990s
    value = f"{g['cent']}{g['dec']}" if g.get("cent") else f"19{g.get('short') or g['bare']}"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("q") or "").lower())
    return Resolved("DATE", value, ABSOLUTE, mod)


def century(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    n = tables().ordinals[(g["ordinal"] or "").lower()]
    return Resolved("DATE", f"{n - 1:02d}", ABSOLUTE)


def year_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    return Resolved("DATE", g["year"] or "", ABSOLUTE)


def new_year(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "the new year": the year ahead in the second half of the publication year, the
    year just begun in the first, or told of in the past ("sales have slowed since the new
    year")."""
    if ctx.published is None:
        return Resolved("DATE", "XXXX", None)
    p = ctx.published
    ahead = p.month >= 7 and ctx.direction != PAST
    return Resolved("DATE", str(p.year + 1 if ahead else p.year), PUBLICATION)


def fiscal_year(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "fiscal 1989", "FY2025", "FY25": the year the fiscal year is named by."""
    year = g.get("year") or (f"20{g['yy']}" if g.get("yy") else "")
    return Resolved("DATE", year, ABSOLUTE) if year else None


def year_or_later(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    later = (g["dir"] or "").lower() in {"later", "after"}
    return Resolved("DATE", g["year"] or "", ABSOLUTE, "ON_OR_AFTER" if later else "ON_OR_BEFORE")


def holiday(g: dict[str, str | None], ctx: Context) -> Resolved | None:
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


def season(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    code = tables().seasons[(g["season"] or "").lower()]
    explicit = g.get("year") or g.get("syear")
    if explicit:
        return Resolved("DATE", f"{explicit}-{code}", ABSOLUTE)
    if ctx.published is None or (g.get("smonths") and not g.get("det") and not g.get("rel")):
        return Resolved("DATE", f"XXXX-{code}", None)  # "in winter months": any winter's
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
        if not rel and month == first:
            season_year = year  # "is expected to kick off in the spring", written in March
    elif rel and code != "WI":
        season_year = p.year  # "this summer" said in January is the coming one
    elif rel and 3 <= p.month <= 5 and ctx.direction == PAST:
        season_year = year - 1  # "this winter, they built…" said in April: the one just past
    elif not rel and code == "WI" and 3 <= p.month <= 5:
        season_year = year - 1  # "much of the winter was mild", said in March: the one just gone
    else:
        season_year = year
    return Resolved("DATE", f"{season_year:04d}-{code}", PUBLICATION)
