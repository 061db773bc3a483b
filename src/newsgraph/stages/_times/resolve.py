"""From a matched pattern to a TIMEX3 type, value and anchor.

Relative expressions resolve against the publication date, in the direction the verb's
tense gives ("met on Wednesday" → on or before; "will meet on Friday" → after), or
against an earlier time ("the following day"). Without a publication date they stay
underspecified (``XXXX-01-19``) rather than guessed.

Here each kind of match is sent to its rule: ``months`` (dates, months, seasons,
holidays, years and decades), ``quarters``, ``days`` (weekdays, clock times, parts of
the day, today and tomorrow), ``relative`` (counted from the publication date or an
earlier time: "two weeks ago", "the following day", "the year"), ``durations`` (lengths
and sets), all on ``resolved`` (the records, and shifting a value by a unit).
"""

from __future__ import annotations

from newsgraph.stages._times.days import (
    DATED_CLOCK,
    FOLLOWING_WEEKDAY,
    clock_value,
    deictic_value,
    following_date,
    noon,
    overnight,
    part_of_day,
    past_to,
    week_on,
    weekday_value,
)
from newsgraph.stages._times.durations import (
    compound_duration,
    duration_match,
    fraction,
    set_value,
    times_per,
    vague_units,
)
from newsgraph.stages._times.months import (
    century,
    decade_value,
    fiscal_year,
    holiday,
    iso,
    month_alone,
    month_day,
    month_of,
    month_rel_year,
    month_year,
    new_year,
    nth_weekday,
    rel_month,
    season,
    week_of_value,
    year_or_later,
    year_value,
)
from newsgraph.stages._times.quarters import code_value, quarter_value
from newsgraph.stages._times.relative import (
    ago,
    anchored,
    day_before,
    earlier_this,
    ref,
    rel_unit,
    some_day,
    the_unit,
    unit_end,
)
from newsgraph.stages._times.resolved import (
    ABSOLUTE,
    PUBLICATION,
    Context,
    Earlier,
    Resolved,
    parse_published,
)

__all__ = [
    "ABSOLUTE",
    "DATED_CLOCK",
    "FOLLOWING_WEEKDAY",
    "PUBLICATION",
    "Context",
    "Earlier",
    "Resolved",
    "following_date",
    "parse_published",
    "resolve",
]


def resolve(kind: str, g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """The TIMEX3 reading of one match, or None when it is no time after all."""
    handler = _HANDLERS[kind]
    return handler(g, ctx)


_HANDLERS = {
    "iso": iso,
    "numeric": month_day,
    "numeric_dmy": month_day,
    "year_span": year_value,
    "code": code_value,
    "overnight": overnight,
    "week_on": week_on,
    "times_per": times_per,
    "month_day": month_day,
    "second_day": month_day,
    "day_month": month_day,
    "month_year": month_year,
    "nth_weekday": nth_weekday,
    "month_of": month_of,
    "month_rel_year": month_rel_year,
    "week_of": week_of_value,
    "rel_month": rel_month,
    "month": month_alone,
    "decade": decade_value,
    "spoken_decade": decade_value,
    "century": century,
    "fiscal_year": fiscal_year,
    "year_or_later": year_or_later,
    "year": year_value,
    "new_year": new_year,
    "quarter": quarter_value,
    "weekday_part": weekday_value,
    "holiday": holiday,
    "season": season,
    "clock": clock_value,
    "clock24": clock_value,
    "hrs": clock_value,
    "early_hours": lambda g, ctx: part_of_day({"part": "morning", "pmod": "early"}, ctx),
    "the_part": part_of_day,
    "oclock": clock_value,
    "past_to": past_to,
    "in_the_part": clock_value,
    "noon": noon,
    "deictic_part": deictic_value,
    "part_of_day": part_of_day,
    "deictic": deictic_value,
    "anchored": anchored,
    "day_before": day_before,
    "earlier_this": earlier_this,
    "rel_unit": rel_unit,
    "ago": ago,
    "year_ago": lambda g, ctx: ago({"num": "a", "unit": "year", "dir": g["dir"]}, ctx),
    "duration": duration_match,
    "compound_duration": compound_duration,
    "some_day": some_day,
    "fraction": fraction,
    "quarter_century": lambda g, ctx: (
        ago({"num": "25", "unit": "years", "dir": g["dir"]}, ctx)
        if g.get("dir")
        else Resolved("DURATION", "P25Y", None)
    ),
    "vague_units": vague_units,
    "set": set_value,
    "ref": ref,
    "the_unit": the_unit,
    "unit_end": unit_end,
}
