"""Between records and table rows: an Article to one row list per table, and back.

Column order here matches the INSERT statements built from :data:`COLUMNS`. An ``ord``
column keeps each record list in its original order; ``has_place`` and ``has_source``
tell an absent place or source from one whose fields are all unknown.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, cast

from newsgraph.records import (
    Article,
    Attribution,
    Counted,
    Entity,
    Event,
    Place,
    PublishedBasis,
    Quantity,
    Role,
    Source,
    Span,
    TimeExpression,
)

Row = tuple[Any, ...]

_PLACE_FIELDS = (
    "geonames_id",
    "name",
    "country_code",
    "admin1",
    "latitude",
    "longitude",
    "feature_class",
    "confidence",
)

#: The columns each table is written with, in insert order (parents before children).
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "title",
        "url",
        "outlet",
        "published",
        "published_basis",
        "language",
        "pipeline_version",
        "schema_version",
        "text",
        "metadata",
        "source",
        "ingested_at",
        "duplicate_of",
        "signature",
    ),
    "entities": (
        "article_id",
        "id",
        "ord",
        "type",
        "name",
        "key",
        "country",
        *(f"place_{name}" for name in _PLACE_FIELDS),
        "has_place",
    ),
    "mentions": ("article_id", "entity_id", "ord", "start", "end", "text"),
    "roles": (
        "article_id",
        "entity_id",
        "ord",
        "title",
        "affiliation",
        "time",
        "evidence_start",
        "evidence_end",
        "evidence_text",
    ),
    "times": (
        "article_id",
        "id",
        "ord",
        "start",
        "end",
        "text",
        "type",
        "value",
        "mod",
        "anchor",
    ),
    "quantities": (
        "article_id",
        "id",
        "ord",
        "start",
        "end",
        "text",
        "value",
        "qualifier",
        "low",
        "high",
        "unit",
        "category",
        "counted_start",
        "counted_end",
        "counted_text",
        "place",
        "time",
        "attribution",
        "entities",
    ),
    "attributions": (
        "article_id",
        "id",
        "ord",
        "kind",
        "hedged",
        "cue_start",
        "cue_end",
        "cue_text",
        "source_entity",
        "source_start",
        "source_end",
        "source_text",
        "content_start",
        "content_end",
        "content_text",
        "has_source",
        "confidence",
    ),
    "events": (
        "article_id",
        "id",
        "ord",
        "type",
        "mode",
        "cameo",
        "trigger_start",
        "trigger_end",
        "trigger_text",
        "evidence_start",
        "evidence_end",
        "evidence_text",
        "status",
        "time",
        "time_basis",
        "place",
        "attribution",
        "dead",
        "injured",
        "confidence",
        "sources",
        "targets",
        "participants",
        "source_spans",
        "target_spans",
    ),
}

#: The record tables, children of ``articles`` (every one has an ``article_id``).
RECORD_TABLES = tuple(table for table in COLUMNS if table != "articles")


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{column}"' for column in columns)


#: One INSERT statement per table.
INSERTS: dict[str, str] = {
    table: f"INSERT INTO {table} ({_quoted(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for table, columns in COLUMNS.items()
}


def file_columns(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """The columns of :data:`COLUMNS` that the file's tables have, in that order. A file
    kept at an older schema lacks those a later migration added ("confidence" before
    version 4)."""
    columns = {}
    for table, names in COLUMNS.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        columns[table] = tuple(name for name in names if name in present)
    return columns


def inserts_for(
    columns: dict[str, tuple[str, ...]],
) -> dict[str, tuple[str, list[int] | None]]:
    """The INSERT statement of each table for the file's ``columns``, and the places of
    those columns in a row of :func:`article_rows` (None: all of them)."""
    statements: dict[str, tuple[str, list[int] | None]] = {}
    for table, names in COLUMNS.items():
        kept = columns[table]
        if kept == names:
            statements[table] = INSERTS[table], None
        else:
            values = ", ".join("?" * len(kept))
            statement = f"INSERT INTO {table} ({_quoted(kept)}) VALUES ({values})"
            statements[table] = statement, [names.index(name) for name in kept]
    return statements


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _span(span: Span | None) -> Row:
    return (span.start, span.end, span.text) if span else (None, None, None)


def article_rows(
    article: Article,
    *,
    source: str | None,
    ingested_at: str,
    duplicate_of: str | None = None,
    signature: bytes | None = None,
) -> dict[str, list[Row]]:
    """Every row the article is stored as, by table; raises ValueError/TypeError on bad JSON."""
    aid = article.id
    rows: dict[str, list[Row]] = {table: [] for table in COLUMNS}
    rows["articles"].append(
        (
            aid,
            article.title,
            article.url,
            article.outlet,
            article.published,
            article.published_basis,
            article.language,
            article.pipeline_version,
            article.schema_version,
            article.text,
            _json(article.metadata),
            source,
            ingested_at,
            duplicate_of,
            signature,
        )
    )
    for ord_, ent in enumerate(article.entities):
        place = ent.place
        place_values = tuple(getattr(place, f) for f in _PLACE_FIELDS) if place else (None,) * 8
        rows["entities"].append(
            (
                aid,
                ent.id,
                ord_,
                ent.type,
                ent.name,
                ent.key,
                ent.country,
                *place_values,
                int(place is not None),
            )
        )
        rows["mentions"].extend(
            (aid, ent.id, i, m.start, m.end, m.text) for i, m in enumerate(ent.mentions)
        )
        rows["roles"].extend(
            (aid, ent.id, i, r.title, r.affiliation, r.time, *_span(r.evidence))
            for i, r in enumerate(ent.roles)
        )
    rows["times"] = [
        (aid, t.id, i, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor)
        for i, t in enumerate(article.times)
    ]
    rows["quantities"] = [
        (
            aid,
            q.id,
            i,
            q.start,
            q.end,
            q.text,
            q.value,
            q.qualifier,
            q.low,
            q.high,
            q.unit,
            q.counted.category if q.counted else None,
            *_span(q.counted.span if q.counted else None),
            q.place,
            q.time,
            q.attribution,
            _json(q.entities),
        )
        for i, q in enumerate(article.quantities)
    ]
    rows["attributions"] = [
        (
            aid,
            a.id,
            i,
            a.kind,
            int(a.hedged),
            *_span(a.cue),
            a.source.entity if a.source else None,
            *_span(a.source.span if a.source else None),
            *_span(a.content),
            int(a.source is not None),
            a.confidence,
        )
        for i, a in enumerate(article.attributions)
    ]
    rows["events"] = [
        (
            aid,
            e.id,
            i,
            e.type,
            e.mode,
            e.cameo,
            *_span(e.trigger),
            *_span(e.evidence),
            e.status,
            e.time,
            e.time_basis,
            e.place,
            e.attribution,
            e.dead,
            e.injured,
            e.confidence,
            _json(e.sources),
            _json(e.targets),
            _json(e.participants),
            _json([span.to_dict() for span in e.source_spans]),
            _json([span.to_dict() for span in e.target_spans]),
        )
        for i, e in enumerate(article.events)
    ]
    return rows


def _read_span(row: sqlite3.Row, prefix: str) -> Span | None:
    start = row[f"{prefix}_start"]
    if start is None:
        return None
    return Span(start, row[f"{prefix}_end"], row[f"{prefix}_text"])


def _required_span(row: sqlite3.Row, prefix: str) -> Span:
    return Span(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"])


def _select(
    conn: sqlite3.Connection, table: str, article_id: str, columns: tuple[str, ...]
) -> list[sqlite3.Row]:
    order = "entity_id, ord" if table in ("mentions", "roles") else "ord"
    sql = f"SELECT {_quoted(columns)} FROM {table} WHERE article_id = ? ORDER BY {order}"
    return conn.execute(sql, (article_id,)).fetchall()


def _optional(row: sqlite3.Row, column: str) -> Any:
    """A column a file kept at an older schema may lack, None there."""
    # "in row" would look among the values: a Row's names are its keys()
    return row[column] if column in row.keys() else None  # noqa: SIM118


def read_article(
    conn: sqlite3.Connection,
    article_id: str,
    columns: dict[str, tuple[str, ...]] = COLUMNS,
) -> Article | None:
    """Rebuild an article and all its records from the tables, or None if it is not stored.

    ``conn`` must return :class:`sqlite3.Row` rows; read inside one transaction so the
    tables agree with each other. ``columns`` are the file's (:func:`file_columns`).
    """
    row = conn.execute(
        f"SELECT {_quoted(columns['articles'])} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    mentions: defaultdict[str, list[Span]] = defaultdict(list)
    for m in _select(conn, "mentions", article_id, columns["mentions"]):
        mentions[m["entity_id"]].append(Span(m["start"], m["end"], m["text"]))
    roles: defaultdict[str, list[Role]] = defaultdict(list)
    for r in _select(conn, "roles", article_id, columns["roles"]):
        roles[r["entity_id"]].append(
            Role(
                title=r["title"],
                affiliation=r["affiliation"],
                time=r["time"],
                evidence=_read_span(r, "evidence"),
            )
        )
    entities = [
        Entity(
            id=e["id"],
            type=e["type"],
            name=e["name"],
            mentions=mentions[e["id"]],
            roles=roles[e["id"]],
            place=Place(**{f: e[f"place_{f}"] for f in _PLACE_FIELDS}) if e["has_place"] else None,
            key=e["key"],
            country=e["country"],
        )
        for e in _select(conn, "entities", article_id, columns["entities"])
    ]
    times = [
        TimeExpression(
            id=t["id"],
            start=t["start"],
            end=t["end"],
            text=t["text"],
            type=t["type"],
            value=t["value"],
            mod=t["mod"],
            anchor=t["anchor"],
        )
        for t in _select(conn, "times", article_id, columns["times"])
    ]
    quantities = [
        Quantity(
            id=q["id"],
            start=q["start"],
            end=q["end"],
            text=q["text"],
            value=q["value"],
            qualifier=q["qualifier"],
            low=q["low"],
            high=q["high"],
            unit=q["unit"],
            counted=(
                Counted(span=_read_span(q, "counted"), category=q["category"])
                if q["category"] is not None
                else None
            ),
            entities=json.loads(q["entities"]),
            place=q["place"],
            time=q["time"],
            attribution=q["attribution"],
        )
        for q in _select(conn, "quantities", article_id, columns["quantities"])
    ]
    attributions = [
        Attribution(
            id=a["id"],
            cue=_required_span(a, "cue"),
            source=(
                Source(span=_read_span(a, "source"), entity=a["source_entity"])
                if a["has_source"]
                else None
            ),
            content=_read_span(a, "content"),
            kind=a["kind"],
            hedged=bool(a["hedged"]),
            confidence=_optional(a, "confidence"),
        )
        for a in _select(conn, "attributions", article_id, columns["attributions"])
    ]
    events = [
        Event(
            id=e["id"],
            type=e["type"],
            trigger=_required_span(e, "trigger"),
            evidence=_required_span(e, "evidence"),
            mode=e["mode"],
            cameo=e["cameo"],
            sources=json.loads(e["sources"]),
            targets=json.loads(e["targets"]),
            participants=json.loads(e["participants"]),
            source_spans=[Span.from_dict(d) for d in json.loads(e["source_spans"])],
            target_spans=[Span.from_dict(d) for d in json.loads(e["target_spans"])],
            time=e["time"],
            time_basis=e["time_basis"],
            place=e["place"],
            status=e["status"],
            attribution=e["attribution"],
            dead=e["dead"],
            injured=e["injured"],
            confidence=e["confidence"],
        )
        for e in _select(conn, "events", article_id, columns["events"])
    ]
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=row["published"],
        published_basis=cast(PublishedBasis, row["published_basis"]),
        language=row["language"],
        pipeline_version=row["pipeline_version"],
        schema_version=row["schema_version"],
        metadata=json.loads(row["metadata"]),
        entities=entities,
        times=times,
        quantities=quantities,
        attributions=attributions,
        events=events,
    )
