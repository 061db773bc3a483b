"""A candidate time: where a pattern matched and the parts it named; with the word sets and
the word lookup that finding, checking and resolving candidates all read."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a bare month or year is a time ("in May", "since 1990").
TIME_PREPOSITIONS = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "by",
        "of",
        "from",
        "to",
        "through",
        "throughout",
        "before",
        "after",
        "during",
        "between",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "that",
        "each",
        "every",
        "for",
        "around",
        "about",
        "circa",
        "fiscal",
        "year",
        "as",
        "-",
        "–",
        ",",
    }
)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    priority: int
    kind: str
    groups: dict[str, str | None]
    mod: str | None = None


def word_before(text: str, start: int) -> str:
    words = re.findall(r"[\w’']+", text[max(0, start - 20) : start])
    return words[-1].lower() if words else ""


COUNTED_FROM = re.compile(r"\s+(?:after|before|later|earlier|ago)\b", re.IGNORECASE)


DAY_KINDS = frozenset({"month_day", "day_month"})
