"""Article events to corpus events: reports of one event in different articles merged.

Two reports are of one event when they have the same PLOVER type, happened within
:data:`WINDOW_DAYS` of each other, name places that agree (the same place, one unnamed,
or places in one country), and share their actors: a source and a target where both
name both; else a source or a target and the very same place. Reports without actors
merge only on the same place and the same trigger word.
A corpus event keeps, as lists, what its reports disagree on: statuses, numbers of dead
and injured, places. Nothing is averaged.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

#: Days apart two reports may date an event and still be one event.
WINDOW_DAYS = 2

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


@dataclass(slots=True)
class Report:
    """One article event with its actors and place as corpus entity ids."""

    id: str
    type: str
    mode: str | None
    cameo: str | None
    status: str
    trigger: str
    date: str | None
    sources: list[str]
    targets: list[str]
    place: str | None
    dead: float | None
    injured: float | None


@dataclass(slots=True)
class _Candidate:
    id: str
    rowid: int
    date: str | None
    place: str | None
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)


def corpus_event_id(article_id: str, event_id: str) -> str:
    """The id of a corpus event first reported as this article event."""
    return "evt_" + hashlib.sha1(f"{article_id}/{event_id}".encode()).hexdigest()[:12]


def event_day(time_value: str | None, published: str | None) -> str | None:
    """The day an event happened: its time expression's day, else the publication day."""
    if time_value and _DAY.match(time_value[:10]) and len(time_value) >= 10:
        return time_value[:10]
    if published and _DAY.match(published[:10]):
        return published[:10]
    return None


def read_reports(
    conn: sqlite3.Connection, article_id: str, published: str | None, links: dict[str, str]
) -> list[Report]:
    """The article's events in order, with corpus ids for their actors and place."""

    def corpus(ids: str) -> list[str]:
        return list(dict.fromkeys(links[i] for i in json.loads(ids) if i in links))

    rows = conn.execute(
        """
        SELECT ev.id, ev.type, ev.mode, ev.cameo, ev.status, ev.trigger_text, t.value,
               ev.sources, ev.targets, ev.place, qd.value, qi.value
        FROM events ev
        LEFT JOIN times t ON t.article_id = ev.article_id AND t.id = ev.time
        LEFT JOIN quantities qd ON qd.article_id = ev.article_id AND qd.id = ev.dead
        LEFT JOIN quantities qi ON qi.article_id = ev.article_id AND qi.id = ev.injured
        WHERE ev.article_id = ?
        ORDER BY ev.ord
        """,
        (article_id,),
    )
    return [
        Report(
            id=row[0],
            type=row[1],
            mode=row[2],
            cameo=row[3],
            status=row[4],
            trigger=row[5],
            date=event_day(row[6], published),
            sources=corpus(row[7]),
            targets=corpus(row[8]),
            place=links.get(row[9]) if row[9] else None,
            dead=row[10],
            injured=row[11],
        )
        for row in rows
    ]


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


class EventLinker:
    """Links the events of one article; ``links`` maps article event id → corpus event id."""

    def __init__(
        self, conn: sqlite3.Connection, article_id: str, *, original: str | None, counted: bool
    ) -> None:
        self.conn = conn
        self.article_id = article_id
        self.original = original
        self.counted = counted
        self.links: dict[str, str] = {}

    def link(self, reports: list[Report]) -> None:
        """Merge each report into a corpus event of another article, or start one."""
        copied = self._links_of_original(reports) if self.original else {}
        for report in reports:
            corpus_id = copied.get(report.id) or self._decide(report)
            if corpus_id is None:
                corpus_id = self._create(report)
            self.links[report.id] = corpus_id
            self._add_report(corpus_id, report)
        for corpus_id in sorted(set(self.links.values())):
            self._refresh(corpus_id)

    def _links_of_original(self, reports: list[Report]) -> dict[str, str]:
        """A near-duplicate's events go where the same sentences of its original went."""
        rows = self.conn.execute(
            "SELECT ev.type, ev.trigger_text, ev.evidence_text, r.corpus_event_id "
            "FROM event_reports r JOIN events ev ON ev.article_id = r.article_id "
            "AND ev.id = r.event_id WHERE r.article_id = ? ORDER BY ev.ord DESC",
            (self.original,),
        )
        by_text = {(row[0], row[1], row[2]): row[3] for row in rows}
        found = {}
        for report in reports:
            evidence = self.conn.execute(
                "SELECT evidence_text FROM events WHERE article_id = ? AND id = ?",
                (self.article_id, report.id),
            ).fetchone()[0]
            corpus_id = by_text.get((report.type, report.trigger, evidence))
            if corpus_id:
                found[report.id] = corpus_id
        return found

    def _decide(self, report: Report) -> str | None:
        if report.date is None:
            return None
        low, high = _shift(report.date, -WINDOW_DAYS), _shift(report.date, WINDOW_DAYS)
        actors = sorted(set(report.sources) | set(report.targets))
        if actors:
            marks = ", ".join("?" * len(actors))
            rows = self.conn.execute(
                f"SELECT ce.id, ce.rowid, ce.date, ce.place_id FROM corpus_events ce "
                f"WHERE ce.id IN (SELECT a.event_id FROM corpus_event_actors a "
                f"WHERE a.corpus_id IN ({marks}) AND a.type = ? AND a.date BETWEEN ? AND ?)",
                (*actors, report.type, low, high),
            ).fetchall()
        elif report.place:
            # Without actors, only the same word for the same kind of event at the same
            # place ("bombing" in Kabul) tells that two reports are of one event.
            rows = self.conn.execute(
                "SELECT ce.id, ce.rowid, ce.date, ce.place_id FROM corpus_events ce "
                "WHERE ce.type = ? AND ce.date BETWEEN ? AND ? AND ce.place_id = ? "
                "AND ce.trigger = ? COLLATE NOCASE "
                "AND NOT EXISTS (SELECT 1 FROM corpus_event_actors a WHERE a.event_id = ce.id)",
                (report.type, low, high, report.place, report.trigger),
            ).fetchall()
        else:
            return None
        taken = set(self.links.values())  # one report per article in each corpus event
        candidates = {
            row[0]: _Candidate(id=row[0], rowid=row[1], date=row[2], place=row[3])
            for row in rows
            if row[0] not in taken
        }
        if not candidates:
            return None
        ids = sorted(candidates)
        marks = ", ".join("?" * len(ids))
        for event_id, corpus_id, role in self.conn.execute(
            f"SELECT event_id, corpus_id, role FROM corpus_event_actors "
            f"WHERE event_id IN ({marks})",
            ids,
        ):
            c = candidates[event_id]
            (c.sources if role == "source" else c.targets).add(corpus_id)
        best: tuple[int, int, int, str] | None = None
        for c in candidates.values():
            sources = c.sources & set(report.sources)
            targets = c.targets & set(report.targets)
            if report.sources and report.targets and c.sources and c.targets:
                # Who did it and to whom: both must agree.
                if not (sources and targets):
                    continue
            elif actors and not (
                (sources or targets) and report.place is not None and report.place == c.place
            ):
                # One side only ("Trump signed"): the same actor is not enough; the place
                # must be the same too.
                continue
            if not self._places_agree(report.place, c.place):
                continue
            shared = len(sources) + len(targets)
            apart = abs((date.fromisoformat(report.date) - date.fromisoformat(c.date or "")).days)
            rank = (shared, -apart, -c.rowid, c.id)
            if best is None or rank > best:
                best = rank
        return best[3] if best else None

    def _places_agree(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None or a == b:
            return True
        rows = self.conn.execute(
            "SELECT country FROM corpus_entities WHERE id IN (?, ?)", (a, b)
        ).fetchall()
        countries = [row[0] for row in rows]
        return len(countries) == 2 and countries[0] is not None and countries[0] == countries[1]

    def _create(self, report: Report) -> str:
        corpus_id = corpus_event_id(self.article_id, report.id)
        self.conn.execute(
            "INSERT INTO corpus_events (id, type, mode, cameo, trigger, source_id, target_id, "
            "place_id, date, first_article, first_event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                corpus_id,
                report.type,
                report.mode,
                report.cameo,
                report.trigger,
                report.sources[0] if report.sources else None,
                report.targets[0] if report.targets else None,
                report.place,
                report.date,
                self.article_id,
                report.id,
            ),
        )
        return corpus_id

    def _add_report(self, corpus_id: str, report: Report) -> None:
        self.conn.execute(
            "INSERT INTO event_reports (article_id, event_id, corpus_event_id) VALUES (?, ?, ?)",
            (self.article_id, report.id, corpus_id),
        )
        type_, day = self.conn.execute(
            "SELECT type, date FROM corpus_events WHERE id = ?", (corpus_id,)
        ).fetchone()
        self.conn.executemany(
            "INSERT OR IGNORE INTO corpus_event_actors (event_id, role, corpus_id, type, date) "
            "VALUES (?, ?, ?, ?, ?)",
            [(corpus_id, "source", s, type_, day) for s in report.sources]
            + [(corpus_id, "target", t, type_, day) for t in report.targets],
        )
        if not self.counted:
            return
        row = self.conn.execute(
            "SELECT statuses, dead, injured, places, source_id, target_id, place_id "
            "FROM corpus_events WHERE id = ?",
            (corpus_id,),
        ).fetchone()
        lists: dict[str, list[Any]] = {
            "statuses": json.loads(row[0]),
            "dead": json.loads(row[1]),
            "injured": json.loads(row[2]),
            "places": json.loads(row[3]),
        }
        for column, value in (
            ("statuses", report.status),
            ("dead", report.dead),
            ("injured", report.injured),
            ("places", report.place),
        ):
            if value is not None and value not in lists[column]:
                lists[column].append(value)
        self.conn.execute(
            "UPDATE corpus_events SET statuses = ?, dead = ?, injured = ?, places = ?, "
            "disputed = ?, source_id = coalesce(source_id, ?), "
            "target_id = coalesce(target_id, ?), place_id = coalesce(place_id, ?) WHERE id = ?",
            (
                *(json.dumps(lists[c]) for c in ("statuses", "dead", "injured", "places")),
                int(any(len(v) > 1 for v in lists.values())),
                report.sources[0] if report.sources else None,
                report.targets[0] if report.targets else None,
                report.place,
                corpus_id,
            ),
        )

    def _refresh(self, corpus_id: str) -> None:
        """Counts from the reports: reports, articles, outlets (near-duplicates once)."""
        self.conn.execute(
            """
            UPDATE corpus_events SET (num_reports, num_articles, num_outlets, first_reported) = (
                SELECT count(*), count(DISTINCT r.article_id), count(DISTINCT a.outlet),
                       min(a.published)
                FROM event_reports r JOIN articles a ON a.id = r.article_id
                WHERE r.corpus_event_id = :id AND a.duplicate_of IS NULL
            ) WHERE id = :id
            """,
            {"id": corpus_id},
        )
