"""Durations and sets: "three years", "a year and a half", "every week".

Also when "a day" or "a year" is no length: a day told of ("on a day when"), a rate
("$1.76 a year"), how often ("three meals a day").
"""

from __future__ import annotations

import re

from newsgraph.lexicons import load_table
from newsgraph.stages._times.candidate import COUNTED_FROM
from newsgraph.stages._times.grammar import number_value
from newsgraph.stages._times.relative import hours_away
from newsgraph.stages._times.resolved import (
    DURATION_UNITS,
    PUBLICATION,
    Context,
    Resolved,
    duration,
    unit_code,
)
from newsgraph.stages._times.tables import tables


def times_per(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "twice a year": a set of the unit (TIMEX3 keeps how often in ``freq``)."""
    unit = unit_code(g["unit"] or "")
    if unit == "NI":
        return Resolved("SET", "P1D", None)
    return Resolved("SET", duration(1, unit), None)


# What makes "a day" a day told of, not a day's length: "on a day when", "in a day
# replete with symbolism"; or no day at all: "the band called it a day" (stopped)
_DAY_TOLD_BEFORE = re.compile(r"\b(?:on|call(?:s|ed|ing)?\s+it)\s*$", re.IGNORECASE)
_DAY_TOLD_AFTER = re.compile(
    r",?\s+(?:when|where|that|which|replete|full|filled|marked|dominated|rich)\b",
    re.IGNORECASE,
)


def duration_match(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = unit_code(g["unit"] or "")
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
        counted_from = COUNTED_FROM.match(ctx.after)  # "three soldiers a day after the raid"
        if not counted_from and (
            _COUNT_BEFORE.search(before) or _shorter_length_before(before, unit, ctx.after)
        ):
            # "three meals a day", "two hours of sport a week"
            return Resolved("SET", duration(1, unit), None)
    mod = "APPROX" if g.get("orso") or g.get("numorso") else None
    if num_text in {"some"}:
        return None
    if g.get("half") and number is not None:
        number += 0.5  # "a minute and a half"
    return Resolved("DURATION", duration(number, unit), None, mod)


def compound_duration(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "3 years and 6 months" is P3Y6M, "22 minutes 45 seconds" PT22M45S, "four minutes
    14.74 seconds" PT4M14.74S."""
    first, second = unit_code(g["unit"] or ""), unit_code(g["unit3"] or "")
    number, more = number_value((g["num"] or "").lower()), number_value((g["num3"] or "").lower())
    if number is None or more is None:
        return None
    value = duration(number, first)
    prefix, letter, _ = DURATION_UNITS[second]
    if prefix == "PT" and "T" not in value:
        value += "T"
    amount = int(more) if float(more).is_integer() else round(float(more), 3)
    return Resolved("DURATION", f"{value}{amount}{letter}", None)


#: How much of its unit a fraction word names.
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}


def fraction(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    """ "half a century" is P50Y, "a quarter of a century" P25Y, "half an hour" PT30M."""
    words = re.split(r"[\s-]+", (g["frac"] or "").lower())
    share = _FRACTIONS.get(words[0]) or _FRACTIONS.get(words[-2] if len(words) > 1 else "")
    if share is None:
        return None
    return Resolved("DURATION", duration(share, unit_code(g["unit"] or "")), None)


# A count of a plural thing just before "a day": "three meals a day" is how often
# a count, up to two words, then a plural noun ("three meals", "30 million active
# users", "4,000 people")
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|few"
    r"|hundred|thousand|million|billion)"
    r"\s+(?:[a-z]+\s+){0,2}(?:[a-z]+[^s\W]s|people|children|men|women)"
    # "300 barrels of oil a day", "5 million tonnes of LNG a year"
    r"(?:\s+of\s+[\w-]+)?$"
)


# A length in a shorter unit, then what it is spent on, just before "a week" or "a day":
# "two hours of sport a week", "eight hours' sleep a night" tell how much in each
_LENGTH_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)[\s-]+"
    r"(?P<unit>minutes?|hours?|days?|nights?|weeks?|months?)['’]?"
    r"(?P<words>(?:\s+[a-z]+){1,4})$"
)
#: The words after a length that offer "a week" as another length: "within 30 days or
#: even a week", "ten days or a week"
_ANOTHER_LENGTH = re.compile(r"\s+(?:or|and|to|nor)\b")
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
    if _RELATIVE_AFTER.match(after) or _ANOTHER_LENGTH.match(length.group("words")):
        return False
    shorter = _UNIT_RANKS.get(unit_code(length.group("unit")), 99)
    return shorter < _UNIT_RANKS.get(unit, 0)


def vague_units(g: dict[str, str | None], ctx: Context) -> Resolved | None:
    unit = unit_code(g["unit"] or "")
    rel = (g.get("rel") or "").lower()
    direction = (g.get("dir") or "").strip().lower()
    if direction == "earlier" and unit in {"H", "MIN"}:
        return hours_away(None, unit, -1, direction, ctx)  # "Minutes earlier": that day
    if direction in {"ago", "earlier"}:
        return Resolved("DATE", "PAST_REF", PUBLICATION)  # "years earlier"
    if g.get("long") or rel or g.get("det") or direction:
        return Resolved("DURATION", duration(None, unit), None)
    return Resolved("DURATION", duration(None, unit), None)


def set_value(g: dict[str, str | None], ctx: Context) -> Resolved | None:
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
    return Resolved("SET", duration(number * every, unit_code(word)), None)
