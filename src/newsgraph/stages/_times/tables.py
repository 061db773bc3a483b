"""The word tables behind the time rules, read once from ``newsgraph/data/times``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph.lexicons import load_rows

#: A year written in digits, from 1800 to 2099 ("1848", "2014"), for the rules of other
#: stages that tell a year from a count.
YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return load_rows(name, "times")


def _mapping(name: str) -> dict[str, str]:
    return {row[0]: row[1] for row in _rows(name)}


def _classes(name: str) -> dict[str, frozenset[str]]:
    """Class → words, from rows of (word, class); a word may be in several classes."""
    classes: dict[str, set[str]] = {}
    for row in _rows(name):
        classes.setdefault(row[1], set()).add(row[0])
    return {name: frozenset(words) for name, words in classes.items()}


@dataclass(frozen=True, slots=True)
class Tables:
    """Every table the grammar and the resolver read, keyed by lower-case word."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    dayparts: dict[str, str]
    refs: dict[str, tuple[str, str]]
    sets: dict[str, str]
    adverb_sets: frozenset[str]  # frequency words that are a time only as an adverb
    holidays: dict[str, str]
    modifiers: dict[str, str]
    relatives: dict[str, int]
    cues: dict[str, str]  # word before a time → future, past, endpoint, extension, deferral
    verb_classes: dict[str, frozenset[str]]  # class → words (plan, intent, modal, …)
    unchanged_past: frozenset[str]  # verbs whose past tense is spelled as the present
    zones: frozenset[str]
    labels: frozenset[str]  # nouns that a number after them names ("grade eight")
    holiday_things: frozenset[str]  # nouns that make a holiday a thing's name ("market")
    game_words: dict[str, str]  # words that make "the second half" a game's: sure or likely
    name_words: dict[str, frozenset[str]]  # role → words that make a time part of a name
    event_days: dict[str, int]  # "09-11" → 2001: a day that names an attack of that year


@cache
def tables() -> Tables:
    """The tables, loaded on first use."""
    return Tables(
        months={k: int(v) for k, v in _mapping("months.tsv").items()},
        weekdays={k: int(v) for k, v in _mapping("weekdays.tsv").items()},
        numbers={k: int(v) for k, v in _mapping("numbers.tsv").items()},
        ordinals={k: int(v) for k, v in _mapping("ordinals.tsv").items()},
        units=_mapping("units.tsv"),
        seasons=_mapping("seasons.tsv"),
        dayparts=_mapping("dayparts.tsv"),
        refs={row[0]: (row[1], row[2]) for row in _rows("refs.tsv")},
        sets=_mapping("sets.tsv"),
        adverb_sets=frozenset(r[0] for r in _rows("sets.tsv") if r[2:] == ("adverb",)),
        holidays=_mapping("holidays.tsv"),
        modifiers=_mapping("modifiers.tsv"),
        relatives={k: int(v) for k, v in _mapping("relatives.tsv").items()},
        cues=_mapping("cues.tsv"),
        verb_classes=_classes("verb_classes.tsv"),
        unchanged_past=frozenset(row[0] for row in _rows("unchanged_past.txt")),
        zones=frozenset(row[0] for row in _rows("zones.txt")),
        labels=frozenset(row[0] for row in _rows("labels.txt")),
        holiday_things=frozenset(row[0] for row in _rows("holiday_things.txt")),
        game_words=_mapping("game_words.tsv"),
        name_words=_classes("name_words.tsv"),
        event_days={k: int(v) for k, v in _mapping("event_days.tsv").items()},
    )
