"""Weekdays, today and tomorrow, clock times and parts of the day: which day each is.

A weekday resolves to the publication week in the tense's direction; a clock time or
"the morning" takes the day named beside it, or an earlier day of the article.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.stages._times import calendar as cal
from newsgraph.stages._times.context import FUTURE, PAST
from newsgraph.stages._times.grammar import number_value
from newsgraph.stages._times.months import month_day
from newsgraph.stages._times.resolved import (
    PUBLICATION,
    Context,
    Earlier,
    Resolved,
    day_value,
    previous_with_day,
)
from newsgraph.stages._times.tables import tables


def weekday_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
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
        day_told = previous_with_day(ctx)
        if day_told is None:
            return Resolved(kind, f"XXXX-WXX-{weekday}{suffix}", None)
        day = cal.weekday_near(date.fromisoformat(day_told.value[:10]), weekday, 0)
        return Resolved(kind, day.isoformat() + suffix, day_told.id)  # "that Friday"
    earlier = previous_with_day(ctx) if g.get("the") else None
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


def _hour(g: dict[str, str | None]) -> int:
    """The hour a clock time names, in digits or a word ("6", "six"); -1 for none."""
    text = (g.get("hour") or "").lower()
    return int(text) if text.isdigit() else tables().numbers.get(text, -1)


def clock_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
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
        on = weekday_value({"weekday": g["weekday"]}, ctx)
        day, anchor = (on.value, on.anchor) if on else _clock_day(ctx)
    elif g.get("month") and g.get("day"):
        on = month_day({"month": g["month"], "day": g["day"], "year": g.get("year")}, ctx)
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


def past_to(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "half past six" is 06:30, "a quarter to nine" 08:45 (and 20:45 in the evening)."""
    words = re.split(r"[\s-]+", (g.get("past") or "").lower())
    minutes = sum(_HOUR_PARTS.get(w, tables().numbers.get(w, 0)) for w in words if w != "a")
    hour = _hour(g)
    if not 1 <= hour <= 12 or not 0 < minutes < 60:
        return None
    if (g.get("rel") or "").lower() == "to":
        hour, minutes = (hour - 1) or 12, 60 - minutes
    return clock_value({"hour": str(hour), "minute": str(minutes), "part": g.get("part")}, ctx)


#: The value of a clock time on a known day ("2025-01-22T18:00").
DATED_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:")


def part_of_day(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    part = tables().dayparts[(g["part"] or "").lower()]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("pmod") or "").lower())
    deictic = (g.get("deictic") or "").lower()
    if g.get("habitual"):
        return Resolved("TIME", f"XXXX-XX-XXT{part}", None, mod)  # "visit in the night"
    if deictic:
        day, anchor = day_value(ctx, _DAY_OFFSETS[deictic])
    else:
        day, anchor = _clock_day(ctx)  # "by mid-afternoon": the day told of
    return Resolved("TIME", f"{day}T{part}", anchor, mod)


def _clock_day(ctx: Context) -> tuple[str, str | None]:
    """The day of a clock time that names none: any such day where a habit follows ("9am
    to 5pm on Mondays" is XXXX-WXX-1, "daily" XXXX-XX-XX) or comes just before it ("airs
    Tuesdays at 9 p.m."), a date just after it, its weekday before it or not ("at 5
    p.m. on Sunday 16 March"), a weekday just after it ("10:35 a.m. (0735 GMT)
    Friday"), else the day the article last told of, else publication day."""
    deictic = _FOLLOWING_DEICTIC.match(ctx.after)
    if deictic is not None:  # "at 3 p.m. yesterday"
        return day_value(ctx, _DAY_OFFSETS[deictic.group("deictic").lower()])
    if _range_before_noun(ctx):
        return "XXXX-XX-XX", None  # "a 7pm-8am curfew", "a 9am to 5pm shift": any day
    habit = _HABITUAL_DAY.match(ctx.after) or _HABIT_BEFORE.search(ctx.before)
    if habit is not None:
        weekday = tables().weekdays.get((habit.group("weekday") or "").lower())
        return (f"XXXX-WXX-{weekday}" if weekday else "XXXX-XX-XX"), None
    day = following_date(ctx.after)
    if day is not None:
        on = month_day(day, ctx)
        if on is not None:
            return on.value, on.anchor
    following = FOLLOWING_WEEKDAY.match(ctx.after)
    joined = _JOINED_CLOCK.match(ctx.after) if following is None else None
    if joined is not None:  # "at 7:30 or 8 a.m. Monday": the day of the clock it is joined to
        following = FOLLOWING_WEEKDAY.match(ctx.after, joined.end())
    if following is not None and following.group("weekday").lower() in tables().weekdays:
        on = weekday_value({"weekday": following.group("weekday")}, ctx)
        if on is not None:
            return on.value, on.anchor
    earlier = previous_with_day(ctx)
    if earlier is not None and _present_after_day_gone(earlier, ctx):
        return day_value(ctx, 0)  # "Yesterday, trains were cancelled. … shut until 4 p.m."
    if earlier is not None and (
        _just_before(earlier, ctx) or not _before_publication_ahead(earlier, ctx)
    ):
        return earlier.value[:10], earlier.id
    if earlier is None and ctx.earlier and _UNKNOWN_DAY.fullmatch(ctx.earlier[-1].value):
        # "The next day he came back … she had died during the night": that day
        return ctx.earlier[-1].value, ctx.earlier[-1].id
    return day_value(ctx, 0)


#: A second clock time joined to a first one: " or 8 a.m.", " to 10:30pm"
_JOINED_CLOCK = re.compile(
    r"\s+(?:or|and|to)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?", re.IGNORECASE
)


#: A day known only by its year or month ("2008-XX-XX", "2016-07-XX", "199X-XX-XX")
_UNKNOWN_DAY = re.compile(r"[\dX]{4}-(?:\d\d|XX)-XX")


def _just_before(earlier: Earlier, ctx: Context) -> bool:
    """Whether a day is written right before the clock time: "on May 11, 2015 at 8:17pm"."""
    gap = ctx.offset - earlier.end
    if not 0 < gap <= 6 or gap > len(ctx.before):
        return False
    return re.fullmatch(r",?\s*(?:at\s+)?", ctx.before[-gap:]) is not None


def _present_after_day_gone(earlier: Earlier, ctx: Context) -> bool:
    """Whether a day named from the day of writing and gone by ("yesterday") was told of
    in an earlier sentence, and the clock time's own is in the present or the present
    perfect ("The runway has been shut until 2 p.m."): the clock time is today's."""
    if not ctx.now or earlier.kind not in {"deictic", "deictic_part"} or ctx.published is None:
        return False
    if earlier.value[:10] >= ctx.published.isoformat():
        return False
    gap = ctx.offset - earlier.end
    return gap > len(ctx.before) or re.search(r"[.!?]\s", ctx.before[-gap:]) is not None


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
#: The second day of a night that runs from one day into the next: " into Friday"
_INTO_WEEKDAY = re.compile(r"\s+(?:into|to)\s+(?P<weekday>[A-Z][a-z]+day)\b")
#: A day named just after a clock time: "at 3 p.m. yesterday", "at 9.45pm last night"
_FOLLOWING_DEICTIC = re.compile(
    r"\s*,?\s*(?P<deictic>yesterday|today|tomorrow|tonight"
    r"|(?:last|this)(?=\s+(?:morning|afternoon|evening|night)\b))\b",
    re.I,
)
# A habit after a clock time or a clock range: "9am-5pm on Mondays", "at 8 p.m. daily",
# "9am to 5pm on weekdays"
_HABITUAL_DAY = re.compile(
    r"\s*(?:(?:-|–|to)\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?\s*)?,?\s*"
    r"(?:(?:on\s+)?(?P<weekday>[A-Z][a-z]+day)s\b"
    r"|(?:daily|every\s+day|each\s+day|on\s+week(?:day|night)s)\b)"
)
#: A clock time, and the mark that joins it to a second one in a range
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?"
_JOIN = r"\s*(?:-|–|to)\s*"
#: A word that can follow a clock range as the thing it qualifies ("curfew", "shift")
_NOUN_AFTER = r"\s*(?!(?:on|at|in|of|and|or|to|for|by|from|until|the|a|an)\b)[a-z]{3,}\b"
#: The first and second clock times of a range between "a" and a noun: "a 7pm-8am curfew"
_RANGE_FIRST = (re.compile(r"\ban?\s+$", re.IGNORECASE), re.compile(_JOIN + _CLOCK + _NOUN_AFTER))
_RANGE_SECOND = (
    re.compile(r"\ban?\s+" + _CLOCK + _JOIN + "$", re.IGNORECASE),
    re.compile(_NOUN_AFTER),
)


def _range_before_noun(ctx: Context) -> bool:
    """Whether a clock time is one end of a range that qualifies a thing, as "a 7pm-8am
    curfew" does: a span of any day, not of the day told of."""
    return any(
        before.search(ctx.before) is not None and after.match(ctx.after) is not None
        for before, after in (_RANGE_FIRST, _RANGE_SECOND)
    )


# A habit just before a clock time: "airs Tuesdays at 9 p.m.", "opens daily at 9am",
# "is on weekdays between 9am and 11am", for both ends of a range after it
_HABIT_BEFORE = re.compile(
    r"(?:\b(?P<weekday>[A-Z][a-z]+day)s|\b(?:daily|every\s+day|each\s+day|week(?:day|night)s))"
    r"\s+(?:at|from|until|till|by|between)\s+(?:around\s+|about\s+)?"
    rf"(?:{_CLOCK}\s*(?:and|to|until|till|-|–)\s*)?$"
)
# (across a zone in brackets: "8am (05:00 GMT) on January 11", for both clock times;
# across a part of the day: "just before midnight on the night of March 10"; after one:
# "the early morning hours of July 13")
_FOLLOWING_DATE = re.compile(
    r"\)?(?:\s+hours)?(?:\s*\([^()]{1,20}\))?,?\s+(?:on|of)\s+"
    r"(?:the\s+(?:night|morning|afternoon|evening)\s+of\s+)?"
    r"(?:[A-Z][a-z]+day,?\s+)?"  # "on Sunday 19 March", "on Friday, March 31"
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


def noon(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    clock = tables().dayparts[(g["noon"] or "").lower()]
    if g.get("weekday"):
        weekday = weekday_value({"weekday": g["weekday"]}, ctx)
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


def deictic_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
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
    day, anchor = day_value(ctx, offset)
    if part:
        return Resolved("TIME", f"{day}T{part}", anchor)
    return Resolved("DATE", day, anchor)


def overnight(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """The night before publication ("drones struck overnight"), or before the weekday
    just after it, or before the second of two ("overnight Thursday into Friday")."""
    following = FOLLOWING_WEEKDAY.match(ctx.after)
    if following is not None:
        # "overnight Thursday into Friday": the night before the second day
        following = _INTO_WEEKDAY.match(ctx.after, following.end()) or following
    on = None
    if following is not None and following.group("weekday").lower() in tables().weekdays:
        on = weekday_value({"weekday": following.group("weekday")}, ctx)
    day, anchor = (on.value, on.anchor) if on is not None else day_value(ctx, 0)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return Resolved("TIME", "XXXX-XX-XXTNI", None)
    night = date.fromisoformat(day) - timedelta(days=1)
    return Resolved("TIME", f"{night.isoformat()}TNI", anchor)


def week_on(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "a week on Friday": that many weeks after the coming Friday."""
    on = weekday_value(
        {"weekday": g["weekday"]}, Context(ctx.published, ctx.published_year, FUTURE)
    )
    weeks = number_value(g["num"] or "") or 1
    if on is None or ctx.published is None:
        return Resolved("DATE", "XXXX-XX-XX", None)
    d = date.fromisoformat(on.value) + timedelta(weeks=weeks)
    return Resolved("DATE", d.isoformat(), PUBLICATION)
