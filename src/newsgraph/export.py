"""Exports of a store: every article as JSONL, events as CSV or GDELT 2.0-style rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import IO

from newsgraph.records import Article, Entity
from newsgraph.stages._event_lexicon import load_lexicon

#: The columns of ``export --format gdelt``: GDELT 2.0 event fields that newsgraph can
#: fill, then newsgraph's own (ids, PLOVER coding, status, character offsets).
GDELT_COLUMNS = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Name",
    "Actor2CountryCode",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
    "ArticleID",
    "EventID",
    "PloverType",
    "PloverMode",
    "Status",
    "Attribution",
    "TriggerStart",
    "TriggerEnd",
    "TriggerText",
    "EvidenceStart",
    "EvidenceEnd",
)


def write_jsonl(articles: Iterable[Article], out: IO[str]) -> int:
    """Each article's JSON record on its own line; returns how many were written."""
    n = 0
    for article in articles:
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, object]], out: IO[str]) -> int:
    """Rows (the store's ``event_list``) as CSV with a header; returns how many."""
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n


def write_gdelt(articles: Iterable[Article], out: IO[str]) -> int:
    """Every event as a tab-separated GDELT 2.0-style row, with a header; returns the rows.

    Country codes are ISO 3166-1 alpha-2 (GDELT itself uses CAMEO/FIPS codes); the date is
    the event's own time expression when it names a day, else the publication date.
    """
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_COLUMNS)
    n = 0
    for article in articles:
        for row in gdelt_rows(article):
            writer.writerow(row)
            n += 1
    return n


def gdelt_rows(article: Article) -> Iterator[list[str]]:
    """The GDELT-style rows of one article's events."""
    roots = load_lexicon().roots
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    times = {t.id: t.value for t in article.times}
    # GDELT's root events are those of the lead paragraph.
    lead_end = article.text.find("\n")
    lead_end = len(article.text) if lead_end < 0 else lead_end
    for event in article.events:
        day = _day(times.get(event.time or ""), article.published)
        root = roots.get((event.cameo or "")[:2])
        actor1 = _actor(article, event.sources)
        actor2 = _actor(article, event.targets)
        place_entity = article.entity(event.place) if event.place else None
        place = place_entity.place if place_entity else None
        yield [
            f"{article.id}-{event.id}",
            day,
            day[:6],
            day[:4],
            _fraction(day),
            actor1.name if actor1 else "",
            (actor1.country or "") if actor1 else "",
            actor2.name if actor2 else "",
            (actor2.country or "") if actor2 else "",
            "1" if event.evidence.start < lead_end else "0",
            event.cameo or "",
            (event.cameo or "")[:3],
            (event.cameo or "")[:2],
            str(root.quad_class) if root else "",
            f"{root.goldstein:.1f}" if root else "",
            "1",
            "1",
            "1",
            place_entity.name if place_entity else "",
            (place.country_code or "") if place else "",
            (place.admin1 or "") if place else "",
            _number(place.latitude) if place else "",
            _number(place.longitude) if place else "",
            str(place.geonames_id) if place and place.geonames_id else "",
            added,
            article.url or "",
            article.id,
            event.id,
            event.type,
            event.mode or "",
            event.status,
            event.attribution or "",
            str(event.trigger.start),
            str(event.trigger.end),
            event.trigger.text,
            str(event.evidence.start),
            str(event.evidence.end),
        ]


def _actor(article: Article, ids: list[str]) -> Entity | None:
    return article.entity(ids[0]) if ids else None


def _day(value: str | None, published: str | None) -> str:
    for candidate in (value, published):
        if candidate and len(candidate) >= 10 and candidate[4] == "-" and candidate[:4].isdigit():
            digits = candidate[:10].replace("-", "")
            if digits.isdigit():
                return digits
    return ""


def _fraction(day: str) -> str:
    if not day:
        return ""
    start = datetime(int(day[:4]), 1, 1)
    return f"{int(day[:4]) + (datetime.strptime(day, '%Y%m%d') - start).days / 365:.4f}"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}"
