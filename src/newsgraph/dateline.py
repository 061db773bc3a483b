"""The publication date an article's dateline gives, for articles without metadata.

Wire copy opens with a dateline: ``ANKARA, Jan 22 (Reuters) -``,
``WASHINGTON, Jan. 22, 2025 (AP) —`` or just ``Jan. 22, 2025 —``. A dateline without a
year gives a full date only when the year is known from elsewhere (the URL); otherwise
it gives its month and day and no publication date, so that nothing is guessed.

>>> find_dateline("ANKARA, Jan 22, 2025 (Reuters) - Turkey said ...").published
'2025-01-22'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from newsgraph.records import Span
from newsgraph.stages._times.tables import tables

__all__ = ["Dateline", "find_dateline", "year_from_url"]

# How far into the text a dateline may start: after a title line or a byline at most.
_SEARCH_CHARS = 400


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: where it is in the text, and the date it gives."""

    span: Span
    month: int
    day: int
    year: int | None

    @property
    def published(self) -> str | None:
        """The ISO date, or None when the dateline has no year and none was known."""
        if self.year is None:
            return None
        return date(self.year, self.month, self.day).isoformat()


def _months() -> dict[str, int]:
    """Month word → number, from the times stage's table ``data/times/months.tsv``."""
    return tables().months


@cache
def _pattern() -> re.Pattern[str]:
    months = sorted(_months(), key=len, reverse=True)
    month = rf"(?P<month>(?i:{'|'.join(months)}))\.?"
    place = r"(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][\w.'’ -]*?)?,\s+)"
    agency = r"(?:\s*\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?"
    dash = r"\s*(?:--|[-–—_:])"
    return re.compile(
        rf"(?m)^[ \t]*(?P<place>{place})?"
        rf"(?:{month}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
        rf"|(?P<day2>[0-3]?\d)\s+{month.replace('month', 'month2')}"
        r"(?:,?\s+(?P<year2>(?:19|20)\d\d))?)"
        rf"{agency}{dash}"
    )


def find_dateline(text: str, *, year: int | None = None) -> Dateline | None:
    """The dateline near the start of an article, or None.

    ``year`` completes a dateline that has none (``ANKARA, Jan 22 (Reuters) -``).
    """
    match = _pattern().search(text[:_SEARCH_CHARS])
    if match is None:
        return None
    month_word = (match.group("month") or match.group("month2") or "").lower()
    month = _months()[month_word]
    day = int(match.group("day") or match.group("day2"))
    # A dateline needs a place, an agency or a year; "May 5 -" alone may be a list item.
    has_year = match.group("year") or match.group("year2")
    if not (match.group("place") or match.group("agency") or has_year):
        return None
    found_year = int(has_year) if has_year else year
    try:
        date(found_year or 2000, month, day)  # 2000 is a leap year: Feb 29 is possible
    except ValueError:
        return None
    start, end = match.start(), match.end()
    while start < end and text[start].isspace():
        start += 1
    return Dateline(span=Span(start, end, text[start:end]), month=month, day=day, year=found_year)


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](?:[01]\d)(?:[/-][0-3]\d)?/")


def year_from_url(url: str | None) -> int | None:
    """The year a news URL's path gives (``/2025/01/22/``), or None."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    return int(match.group(1)) if match else None
