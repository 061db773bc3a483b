"""Calendar arithmetic and TIMEX3 value formatting."""

from __future__ import annotations

from datetime import date, timedelta


def day_value(d: date) -> str:
    """``2025-01-22``."""
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    """``2024-11``."""
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    """The ISO week holding a day: ``2024-W47``."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    """The quarter (1-4) a day falls in."""
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """The month ``n`` months after (before, when negative) a month."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    """The quarter ``n`` quarters after a quarter."""
    index = year * 4 + (quarter - 1) + n
    return index // 4, index % 4 + 1


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The day with ISO ``weekday`` nearest the anchor in a direction.

    Past (-1): on or before the anchor; future (1): on or after it (wire copy names
    the day of publication by its weekday); this week (0): the one in the anchor's week.
    """
    diff = weekday - anchor.isoweekday()
    if direction < 0:
        return anchor + timedelta(days=diff if diff <= 0 else diff - 7)
    if direction > 0:
        return anchor + timedelta(days=diff if diff >= 0 else diff + 7)
    return anchor + timedelta(days=diff)


# Without a tense to go by, a date ahead wins only when it is this much nearer than the
# same date behind: news reports far more often on what has happened.
_FUTURE_PENALTY = 2


def weekday_nearest(anchor: date, weekday: int) -> date:
    """The day with ISO ``weekday`` nearest the anchor, the one behind weighted as nearer."""
    return nearest(anchor, weekday_near(anchor, weekday, -1), weekday_near(anchor, weekday, 1))


def nearest(anchor: date, before: date, after: date) -> date:
    """Of a day on or before the anchor and one on or after it, the nearer, the one behind
    weighted as nearer."""
    return after if (after - anchor).days * _FUTURE_PENALTY < (anchor - before).days else before


def month_year(anchor: date, month: int, direction: int) -> int:
    """The year of the nearest ``month``: on or before the anchor's month unless future."""
    past = anchor.year if month <= anchor.month else anchor.year - 1
    future = anchor.year if month >= anchor.month else anchor.year + 1
    if direction > 0:
        return future
    if direction < 0:
        return past
    behind = (anchor.year - past) * 12 + anchor.month - month
    ahead = (future - anchor.year) * 12 + month - anchor.month
    return future if ahead * _FUTURE_PENALTY < behind else past


#: How many days behind the anchor a day of the month is still read as that day ahead
_JUST_BEHIND = 7


def month_day_year(anchor: date, month: int, day: int, direction: int) -> int:
    """The year of the nearest ``month``/``day``: on or before the anchor unless future."""
    past = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    future = anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
    if direction > 0:
        # a day a few days behind is that day even told of ahead, as a caption's present
        # tells it ("workers clean the cars on Jan 11", published on Jan 13): a plan a
        # year off would name its year
        if future != past and _days_between(anchor, past, month, day) >= -_JUST_BEHIND:
            return past
        return future
    if direction < 0:
        return past
    behind, ahead = (
        _days_between(anchor, past, month, day),
        _days_between(anchor, future, month, day),
    )
    return future if abs(ahead) * _FUTURE_PENALTY < abs(behind) else past


def _days_between(anchor: date, year: int, month: int, day: int) -> int:
    d = valid_day(year, month, min(day, 28))
    return (d - anchor).days if d else 0


def valid_day(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(rule: str, year: int) -> date | None:
    """The day a holiday rule from ``holidays.tsv`` gives in a year."""
    if rule.startswith("easter:"):
        return easter(year) + timedelta(days=int(rule.split(":")[1]))
    if rule.startswith("nth-weekday:"):
        _, month, weekday, nth = rule.split(":")
        first = date(year, int(month), 1)
        offset = (int(weekday) - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (int(nth) - 1))
    if rule.startswith("last-weekday:"):
        _, month, weekday = rule.split(":")
        y, m = add_months(year, int(month), 1)
        last = date(y, m, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - int(weekday)) % 7)
    if rule.startswith("weekday-from:"):
        _, month, day, weekday = rule.split(":")  # the first such weekday on or after a day
        start = valid_day(year, int(month), int(day))
        if start is None:
            return None
        return start + timedelta(days=(int(weekday) - start.isoweekday()) % 7)
    month_text, day_text = rule.split("-")
    return valid_day(year, int(month_text), int(day_text))
