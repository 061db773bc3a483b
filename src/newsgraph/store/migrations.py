"""The store's schema, as an ordered list of migrations.

Each :class:`Migration` is ``(version, name, apply)``, where ``apply`` is SQL (one or
more statements) or a function that receives the open connection. The version a file is
at lives in ``PRAGMA user_version``; every applied migration is also recorded in the
``migrations`` table with the time it ran. :func:`migrate` applies the missing ones, in
order, in one transaction: a file is either fully migrated or left as it was.

To change the schema, append a migration here and bump
:data:`newsgraph.records.SCHEMA_VERSION` to its version. Never edit a released one.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from newsgraph.errors import StoreError


class Migration(NamedTuple):
    """One schema step: its version, a short name, and the SQL or function that applies it."""

    version: int
    name: str
    apply: str | Callable[[sqlite3.Connection], None]


# Span columns are named after the record fields: start, end (Python string offsets
# into articles.text) and text. JSON columns hold only what is really a list.
_INITIAL_SCHEMA = """
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,  -- ingest order, and a rowid that VACUUM keeps for the FTS index
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    published_basis TEXT NOT NULL,
    language TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    source TEXT,
    ingested_at TEXT NOT NULL,
    duplicate_of TEXT REFERENCES articles (id),  -- the earlier article this one nearly repeats
    signature BLOB  -- MinHash of the text's word 5-grams (newsgraph.dedup)
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    country TEXT,
    place_geonames_id INTEGER,
    place_name TEXT,
    place_country_code TEXT,
    place_admin1 TEXT,
    place_latitude REAL,
    place_longitude REAL,
    place_feature_class TEXT,
    place_confidence REAL,
    has_place INTEGER NOT NULL DEFAULT 0 CHECK (has_place IN (0, 1)),
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_key ON entities (key);
CREATE INDEX entities_type ON entities (type);
CREATE INDEX entities_name ON entities (name);
CREATE INDEX entities_place_country_code ON entities (place_country_code);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, ord),
    FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, id) ON DELETE CASCADE,
    CHECK (0 <= start AND start <= "end")
);

CREATE TABLE roles (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    title TEXT NOT NULL,
    affiliation TEXT,
    time TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text TEXT,
    PRIMARY KEY (article_id, entity_id, ord),
    FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, id) ON DELETE CASCADE
);
CREATE INDEX roles_title ON roles (title);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    anchor TEXT,
    PRIMARY KEY (article_id, id),
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX times_value ON times (value);

CREATE TABLE quantities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    qualifier TEXT NOT NULL,
    low REAL,
    high REAL,
    unit TEXT,
    category TEXT,  -- what is counted (killed, hostages, ...), NULL when nothing is
    counted_start INTEGER,
    counted_end INTEGER,
    counted_text TEXT,
    place TEXT,
    time TEXT,
    attribution TEXT,
    entities TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(entities)),
    PRIMARY KEY (article_id, id),
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX quantities_category ON quantities (category);

CREATE TABLE attributions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL,
    hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
    cue_start INTEGER NOT NULL,
    cue_end INTEGER NOT NULL,
    cue_text TEXT NOT NULL,
    source_entity TEXT,
    source_start INTEGER,
    source_end INTEGER,
    source_text TEXT,
    content_start INTEGER,
    content_end INTEGER,
    content_text TEXT,
    has_source INTEGER NOT NULL DEFAULT 0 CHECK (has_source IN (0, 1)),
    PRIMARY KEY (article_id, id)
);
CREATE INDEX attributions_source_entity ON attributions (article_id, source_entity);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    status TEXT NOT NULL,
    time TEXT,
    time_basis TEXT,
    place TEXT,
    attribution TEXT,
    dead TEXT,
    injured TEXT,
    confidence REAL,
    sources TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources)),
    targets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(targets)),
    participants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants)),
    source_spans TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(source_spans)),
    target_spans TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_spans)),
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type ON events (type);

-- Views for reading the store in any SQL tool (Datasette, sqlite3): the common joins,
-- with names in place of ids.
CREATE VIEW event_list AS
SELECT
    CASE
        WHEN t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN t.value
        ELSE substr(a.published, 1, 10)
    END AS date,
    ev.type, ev.mode, ev.cameo, ev.status,
    ev.trigger_text AS trigger,
    (SELECT group_concat(x.name, '; ') FROM json_each(ev.sources) j
     JOIN entities x ON x.article_id = ev.article_id AND x.id = j.value) AS sources,
    (SELECT group_concat(x.name, '; ') FROM json_each(ev.targets) j
     JOIN entities x ON x.article_id = ev.article_id AND x.id = j.value) AS targets,
    pl.name AS place,
    ev.evidence_text AS evidence,
    a.id AS article_id, ev.id AS event_id, a.title, a.outlet, a.url, a.duplicate_of
FROM events ev
JOIN articles a ON a.id = ev.article_id
LEFT JOIN times t ON t.article_id = ev.article_id AND t.id = ev.time
LEFT JOIN entities pl ON pl.article_id = ev.article_id AND pl.id = ev.place;

CREATE VIEW figure_ledger AS
SELECT
    substr(a.published, 1, 10) AS reported,
    q.category AS about, q.value, q.low, q.high, q.qualifier, q.unit,
    q.text, q.counted_text AS counted, pl.name AS place,
    COALESCE(se.name, att.source_text) AS source, att.kind AS attribution_kind,
    a.id AS article_id, q.id AS quantity_id, a.outlet, a.title, a.duplicate_of
FROM quantities q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities pl ON pl.article_id = q.article_id AND pl.id = q.place
LEFT JOIN attributions att ON att.article_id = q.article_id AND att.id = q.attribution
LEFT JOIN entities se ON se.article_id = att.article_id AND se.id = att.source_entity;

CREATE VIEW entity_mentions AS
SELECT e.article_id, e.id AS entity_id, e.key, e.type, e.name,
       m.text AS mention, m.start, m."end"
FROM mentions m
JOIN entities e ON e.article_id = m.article_id AND e.id = m.entity_id;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
"""

#: Every migration, oldest first. The last one's version is the store's schema version.
MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial schema", _INITIAL_SCHEMA),)

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """The schema version a file has once every migration in the list is applied."""
    return migrations[-1].version if migrations else 0


def file_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the open file (``PRAGMA user_version``)."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(
    conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS, *, path: str = ""
) -> list[Migration]:
    """Apply the migrations the file lacks, in one transaction; return those applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``). ``path`` names the
    file in error messages.
    """
    _check_order(migrations)
    where = path or "the database"
    latest = latest_version(migrations)
    if _check_version(file_version(conn), latest, where) == latest:
        return []
    conn.execute("BEGIN IMMEDIATE")
    applied: list[Migration] = []
    current = latest
    try:
        # Another process may have migrated the file while this one waited for the lock.
        current = _check_version(file_version(conn), latest, where)
        conn.execute(_MIGRATIONS_TABLE)
        for migration in migrations:
            if migration.version <= current:
                continue
            if isinstance(migration.apply, str):
                for statement in _statements(migration.apply):
                    conn.execute(statement)
            else:
                migration.apply(conn)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, _now()),
            )
            applied.append(migration)
        conn.execute(f"PRAGMA user_version = {int(latest)}")
        conn.execute("COMMIT")
    except BaseException as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            step = next((m for m in migrations if m.version > current and m not in applied), None)
            what = f"migration {step.version} ({step.name})" if step else "migrating"
            raise StoreError(
                f"{where}: {what} failed: {error}. The file was left unchanged; "
                "if it is not a newsgraph store, give another path."
            ) from error
        raise
    return applied


def _check_version(version: int, latest: int, where: str) -> int:
    """Return ``version``, or raise if a newer newsgraph wrote the file."""
    if version > latest:
        raise StoreError(
            f"{where} was written by a newer newsgraph (store schema version {version}; "
            f"this one reads up to version {latest}). Upgrade newsgraph to open it."
        )
    return version


def _check_order(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if any(v < 1 for v in versions) or versions != sorted(set(versions)):
        raise ValueError(f"migration versions must be positive and increasing, not {versions}")


def _statements(script: str) -> Iterator[str]:
    """Split SQL into statements, keeping trigger bodies (which hold ``;``) whole."""
    statement = ""
    for piece in re.split(r"(?<=;)", script):
        statement += piece
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n\t;"):
                yield statement.strip()
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement.strip()[:80]!r}")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
