"""Exports of a store: every article as JSONL, events as CSV or GDELT 2.0-style rows,
every table and view as Parquet, the actor network as GraphML (:mod:`newsgraph.network`)."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from newsgraph.records import Article, Entity
from newsgraph.stages._events.lexicon import load_lexicon

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


#: Rows per Parquet record batch: how much of a table is in memory at a time.
PARQUET_BATCH_ROWS = 10_000

# Left out of the Parquet export: the store's bookkeeping, and columns of no use outside
# it (an article's MinHash signature).
_NOT_EXPORTED = frozenset({"migrations"})
_COLUMNS_LEFT_OUT = {"articles": frozenset({"signature"})}


def write_parquet(
    conn: sqlite3.Connection, directory: str | Path, *, batch_rows: int = PARQUET_BATCH_ROWS
) -> dict[str, int]:
    """Every table and view of the store as ``DIRECTORY/NAME.parquet``; returns rows by name.

    The tables and views are read from the schema (``PRAGMA table_list``), so new ones
    are exported too; the full-text index (a virtual table and its shadow tables) and
    the migrations table are left out, and so is
    ``articles.signature``. INTEGER columns become int64, REAL float64, TEXT string
    (JSON columns stay JSON text), BLOB binary; a view column without a declared type
    gets the type its values have. Rows are read and written ``batch_rows`` at a time,
    all from one snapshot of the store. Query the files with DuckDB or pyarrow:

    >>> duckdb.sql("SELECT type, count(*) FROM 'out/events.parquet' GROUP BY 1")  # doctest: +SKIP
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")  # one snapshot across the tables
    try:
        for name in exported_relations(conn):
            left_out = _COLUMNS_LEFT_OUT.get(name, frozenset())
            columns = [(c, t) for c, t in _declared_columns(conn, name) if c not in left_out]
            types = _arrow_types(conn, name, columns)
            schema = pa.schema([(c, types[c]) for c, _ in columns])
            select = ", ".join(_quote(c) for c, _ in columns)
            cursor = conn.cursor()
            cursor.row_factory = None
            cursor.execute(f"SELECT {select} FROM {_quote(name)}")
            target = out / f"{name}.parquet"
            partial = target.with_name(target.name + ".part")
            rows = 0
            with pq.ParquetWriter(partial, schema) as writer:
                while batch := cursor.fetchmany(batch_rows):
                    values = list(zip(*batch, strict=True))
                    arrays = [
                        pa.array(
                            _coerce(values[i], schema.field(i).type), type=schema.field(i).type
                        )
                        for i in range(len(columns))
                    ]
                    writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                    rows += len(batch)
            os.replace(partial, target)
            written[name] = rows
    finally:
        if own_transaction:
            conn.execute("COMMIT")
    return written


def exported_relations(conn: sqlite3.Connection) -> list[str]:
    """The tables, then the views, of the store that the Parquet export writes, by name."""
    rows = conn.execute(
        "SELECT name, type FROM pragma_table_list WHERE schema = 'main' "
        "AND type IN ('table', 'view') AND name NOT LIKE 'sqlite%' ORDER BY type, name"
    ).fetchall()
    return [row[0] for row in rows if row[0] not in _NOT_EXPORTED]


def _declared_columns(conn: sqlite3.Connection, name: str) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT name, type FROM pragma_table_info(?) ORDER BY cid", (name,))
    return [(row[0], (row[1] or "").upper()) for row in rows]


def _arrow_types(
    conn: sqlite3.Connection, name: str, columns: list[tuple[str, str]]
) -> dict[str, Any]:
    """The Arrow type of each column: from its declared type by SQLite's affinity rules,
    else from the SQLite types of its values."""
    import pyarrow as pa

    types: dict[str, Any] = {}
    undeclared: list[str] = []
    for column, declared in columns:
        if "INT" in declared:
            types[column] = pa.int64()
        elif any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
            types[column] = pa.string()
        elif declared == "BLOB":
            types[column] = pa.binary()
        elif any(word in declared for word in ("REAL", "FLOA", "DOUB")):
            types[column] = pa.float64()
        else:
            undeclared.append(column)
    if undeclared:
        found = ", ".join(
            f"group_concat(DISTINCT typeof({_quote(column)}))" for column in undeclared
        )
        seen = conn.execute(f"SELECT {found} FROM {_quote(name)}").fetchone()
        for column, kinds in zip(undeclared, seen, strict=True):
            types[column] = _type_of_values(set((kinds or "").split(",")) - {"null", ""})
    return types


def _type_of_values(kinds: set[str]) -> Any:
    import pyarrow as pa

    if kinds == {"integer"}:
        return pa.int64()
    if kinds and kinds <= {"integer", "real"}:
        return pa.float64()
    if kinds == {"blob"}:
        return pa.binary()
    return pa.string()  # text, nothing but NULLs, or a mix: written as text


def _coerce(values: tuple[Any, ...], arrow_type: Any) -> Iterable[Any]:
    """Values a column of ``arrow_type`` accepts (SQLite may store any type anywhere)."""
    import pyarrow as pa

    if arrow_type == pa.string():
        return [v if v is None or isinstance(v, str) else str(v) for v in values]
    if arrow_type == pa.float64():
        return [None if v is None else float(v) for v in values]
    return values


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
