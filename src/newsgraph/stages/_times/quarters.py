"""Quarters and halves: which quarter "the quarter" or "the year-earlier quarter" is."""

from __future__ import annotations

import re

from newsgraph.stages._times import calendar as cal
from newsgraph.stages._times.context import PAST
from newsgraph.stages._times.resolved import (
    ABSOLUTE,
    PUBLICATION,
    Context,
    Resolved,
    is_dated,
    month_number,
    named_quarter,
    shift_value,
    year_compared,
)
from newsgraph.stages._times.tables import tables


def _last_quarter(ctx: Context, *, latest: bool = False) -> str | None:
    """The quarter an article speaks of without naming it: the latest one named before, or
    the last complete quarter before publication."""
    named = None if latest else named_quarter(ctx)
    if named is not None:
        return named.value
    if ctx.published is None:
        return None
    y, q = cal.add_quarters(ctx.published.year, cal.quarter_of(ctx.published), -1)
    return f"{y:04d}-Q{q}"


_CODE_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


def code_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "Q3 2024", "H1": a quarter or half, read as "the third quarter of 2024"."""
    code = (g["code"] or "").upper()
    parts: dict[str, str | None] = {
        "qord": _CODE_ORDINALS[code[1]],
        "qunit": "quarter" if code[0] == "Q" else "half",
        "qyear": g.get("year"),
        "det": "the",
    }
    return quarter_value(parts, ctx)


def quarter_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
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
            return Resolved("DATE", shift_value(value, "Y", -1) or value, anchor, derived=True)
        return Resolved("DATE", value, anchor)
    ended = _QUARTER_ENDED.match(ctx.after)
    if ended and ended.group("month").lower() in tables().months:
        # "the quarter ended Sept. 30" is the calendar quarter the three months before
        # that day mostly cover: its middle month's ("ended July 31" is the second).
        month = month_number(ended.group("month"))
        back = 1 if int(ended.group("day")) >= 15 else 2
        end_year = int(explicit) if explicit else None
        if end_year is None and ctx.published is not None:
            end_year = cal.month_year(ctx.published, month, PAST)
        year, middle = cal.add_months(end_year or 0, month, -back)
        q = (middle - 1) // 3 + 1
        if end_year is None:
            return Resolved("DATE", f"XXXX-Q{q}", None)
        return Resolved("DATE", f"{year:04d}-Q{q}", ABSOLUTE if explicit else PUBLICATION)
    if unit == "period" and rel in {"this", "current"} and named_quarter(ctx) is None:
        return None  # "during this period of abnormal weather" is no quarter
    if rel in {"this", "current"} and ctx.published is not None:
        return Resolved(
            "DATE", f"{ctx.published.year:04d}-Q{cal.quarter_of(ctx.published)}", PUBLICATION
        )
    if unit == "period" and explicit and not rel:
        # "the 1988 period": the quarter reported on, in that year; else the year
        named = named_quarter(ctx)
        value = f"{explicit}{named.value[4:]}" if named is not None else f"{explicit}"
        anchor = named.id if named is not None else ABSOLUTE
        return Resolved("DATE", value, anchor, derived=True)
    if unit == "period" and rel == "same" and not explicit:
        named = named_quarter(ctx)
        named_year = _IN_A_YEAR.match(ctx.after)
        if named_year is not None:
            # "up from $66m in the same period in 2003": that year's period, the quarter
            # told of before where there is one
            value = named_year.group("year") + (named.value[4:] if named is not None else "")
            return Resolved("DATE", value, ABSOLUTE, derived=True)
        if named is None:
            if not _A_YEAR_BEFORE.match(ctx.after):
                return _same_period(ctx)
            before = _same_period_a_year_before(ctx)
            if before is not None:
                return before
    base = _last_quarter(ctx, latest=rel == "latest")
    if base is not None and explicit:
        base = f"{explicit}{base[4:]}"
    if base is None:
        return Resolved("DATE", "XXXX-QX", None)
    if rel in {"year-earlier", "year-ago"} or g.get("qago"):
        return Resolved("DATE", shift_value(base, "Y", -1) or base, PUBLICATION, derived=True)
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
    earlier = next((e for e in reversed(ctx.earlier) if is_dated(e) and not year_compared(e)), None)
    if earlier is None or not re.match(r"\d{4}", earlier.value):
        return Resolved("DATE", "XXXX", None)
    index = ctx.earlier.index(earlier)
    if index > 0 and earlier.start - ctx.earlier[index - 1].end <= _RANGE_GAP:
        return Resolved("DATE", "XXXX", None)  # the end of a range or a pair
    return Resolved("DATE", earlier.value[:4], earlier.id)


def _same_period_a_year_before(ctx: Context) -> Resolved | None:
    """ "the same period the previous year" where no quarter was named, after a time told
    of in a known year: in the year before it, not a quarter; "the same period last year"
    the year before publication's ("arrived since the start of the year, up 5,000 on the
    same period last year"). None where no time in a known year comes before: a report's
    comparison of quarters."""
    same = _same_period(ctx)
    if not same.value.isdigit():
        return None
    if ctx.published is not None and _FROM_PUBLICATION.match(ctx.after):
        # "the same period last year" counts from publication whatever year was told of
        # before ("in 2003 … sales rose on the same period last year, over the first six
        # months")
        return Resolved("DATE", f"{ctx.published.year - 1:04d}", PUBLICATION)
    return Resolved("DATE", f"{int(same.value) - 1:04d}", same.anchor)


#: "the same period last year", "… a year earlier": a report's comparison of quarters
_A_YEAR_BEFORE = re.compile(
    r"\s+(?:last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago))",
    re.IGNORECASE,
)

#: "the same period last year", "… a year ago": the year before publication's
_FROM_PUBLICATION = re.compile(r"\s+(?:last\s+year|a\s+year\s+ago)\b", re.IGNORECASE)

#: "the same period in 2003", "… of 2003": the year the period is in
_IN_A_YEAR = re.compile(r"\s+(?:in|of)\s+(?P<year>(?:1[0-9]|20)\d\d)\b")

#: The most characters between two times that make them a range or a pair ("2013 and")
_RANGE_GAP = 5


_QUARTER_ENDED = re.compile(
    r"\s+end(?:ed|ing)\s+(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})\b", re.IGNORECASE
)
