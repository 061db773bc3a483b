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

# The corpus layer (newsgraph.corpus): corpus entities, corpus events and stories, each
# linked to the article records it stands for. Counts leave near-duplicates out.
_CORPUS_SCHEMA = """
CREATE TABLE corpus_entities (
    id TEXT PRIMARY KEY,  -- ent_ and a hash of the first article entity it was seen as
    type TEXT NOT NULL,  -- the type of that first article entity
    family TEXT NOT NULL,  -- types compared with each other: PLACE for GPE, LOC, FAC
    name TEXT NOT NULL,  -- the best full name
    key TEXT NOT NULL,  -- the article-level key of that name (entities.key)
    country TEXT,  -- the most frequent country of its article entities
    multi INTEGER NOT NULL DEFAULT 0 CHECK (multi IN (0, 1)),  -- known by a full name
    geonames_id INTEGER,
    latitude REAL,
    longitude REAL,
    articles INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,  -- publication days of the first and last article
    last_seen TEXT,
    first_article TEXT NOT NULL
);
CREATE INDEX corpus_entities_rank ON corpus_entities (articles DESC, mentions DESC);
CREATE INDEX corpus_entities_type ON corpus_entities (type, articles DESC);
CREATE INDEX corpus_entities_country ON corpus_entities (country);
CREATE INDEX corpus_entities_name ON corpus_entities (name COLLATE NOCASE);
CREATE INDEX corpus_entities_geonames_id ON corpus_entities (geonames_id)
    WHERE geonames_id IS NOT NULL;

CREATE TABLE corpus_aliases (
    corpus_id TEXT NOT NULL REFERENCES corpus_entities (id),
    alias TEXT NOT NULL,  -- as written in an article
    folded TEXT NOT NULL,  -- without accents or case
    mentions INTEGER NOT NULL DEFAULT 0,  -- mentions written so
    names INTEGER NOT NULL DEFAULT 0,  -- article entities whose full name it is
    PRIMARY KEY (corpus_id, alias)
) WITHOUT ROWID;
CREATE INDEX corpus_aliases_folded ON corpus_aliases (folded);

-- Every name a corpus entity was called, filed under its folded words: the candidates
-- for a new article entity are found here.
CREATE TABLE corpus_names (
    family TEXT NOT NULL,
    token TEXT NOT NULL,
    name TEXT NOT NULL,
    corpus_id TEXT NOT NULL,
    PRIMARY KEY (family, token, name, corpus_id)
) WITHOUT ROWID;

CREATE TABLE corpus_roles (
    corpus_id TEXT NOT NULL REFERENCES corpus_entities (id),
    title TEXT NOT NULL,  -- lower case
    n INTEGER NOT NULL,
    PRIMARY KEY (corpus_id, title)
) WITHOUT ROWID;

CREATE TABLE corpus_countries (
    corpus_id TEXT NOT NULL REFERENCES corpus_entities (id),
    country TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (corpus_id, country)
) WITHOUT ROWID;

CREATE TABLE entity_links (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    corpus_id TEXT NOT NULL REFERENCES corpus_entities (id),
    PRIMARY KEY (article_id, entity_id),
    FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, id) ON DELETE CASCADE
);
CREATE INDEX entity_links_corpus_id ON entity_links (corpus_id);

CREATE TABLE corpus_events (
    id TEXT PRIMARY KEY,  -- evt_ and a hash of its first report
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    trigger TEXT NOT NULL,  -- the first report's trigger
    source_id TEXT,  -- main source, target and place: corpus entity ids
    target_id TEXT,
    place_id TEXT,
    date TEXT,  -- the day of the first report's event
    first_reported TEXT,  -- the earliest publication of a report
    num_reports INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_outlets INTEGER NOT NULL DEFAULT 0,
    -- What the reports say, each distinct value once, in order of report: a list of more
    -- than one value is a disagreement, and disputed says there is one.
    statuses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(statuses)),
    dead TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dead)),
    injured TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(injured)),
    places TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(places)),
    disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
    first_article TEXT NOT NULL,
    first_event TEXT NOT NULL
);
CREATE INDEX corpus_events_type_date ON corpus_events (type, date);
CREATE INDEX corpus_events_date ON corpus_events (date);

-- Every source and target of a corpus event, with the event's type and date again so
-- that the events of one actor, type and window are one index range.
CREATE TABLE corpus_event_actors (
    event_id TEXT NOT NULL REFERENCES corpus_events (id),
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    corpus_id TEXT NOT NULL,
    type TEXT NOT NULL,
    date TEXT,
    PRIMARY KEY (event_id, role, corpus_id)
) WITHOUT ROWID;
CREATE INDEX corpus_event_actors_corpus_id ON corpus_event_actors (corpus_id, type, date);

CREATE TABLE event_reports (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    corpus_event_id TEXT NOT NULL REFERENCES corpus_events (id),
    PRIMARY KEY (article_id, event_id),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, id) ON DELETE CASCADE
);
CREATE INDEX event_reports_corpus_event_id ON event_reports (corpus_event_id);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,  -- sto_ and a hash of its first article
    title TEXT,  -- the title of its earliest article
    first_date TEXT,
    last_date TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    first_article TEXT NOT NULL
);
CREATE INDEX stories_last_date ON stories (last_date);
CREATE INDEX stories_first_date ON stories (first_date);

CREATE TABLE story_articles (
    story_id TEXT NOT NULL REFERENCES stories (id),
    article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
    score REAL,  -- the share of the article's weighted entities and events the story had
    PRIMARY KEY (story_id, article_id)
);

-- How many of an outlet's articles name each corpus entity: what an outlet names in
-- most of its articles says little about which story an article belongs to.
CREATE TABLE outlets (
    outlet TEXT PRIMARY KEY,  -- '' for articles without an outlet
    articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE outlet_entities (
    outlet TEXT NOT NULL,
    corpus_id TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (outlet, corpus_id)
) WITHOUT ROWID;

CREATE VIEW corpus_entity_list AS
SELECT ce.name, ce.type, ce.country, ce.articles, ce.mentions,
       ce.first_seen, ce.last_seen,
       (SELECT group_concat(alias, '; ') FROM (
            SELECT alias FROM corpus_aliases WHERE corpus_id = ce.id
            ORDER BY mentions DESC, alias LIMIT 10)) AS aliases,
       ce.latitude, ce.longitude, ce.geonames_id, ce.id
FROM corpus_entities ce;

CREATE VIEW corpus_event_list AS
SELECT ev.date, ev.type, ev.mode, ev.trigger,
       src.name AS source, tgt.name AS target, pl.name AS place,
       ev.num_reports AS reports, ev.num_articles AS articles, ev.num_outlets AS outlets,
       ev.first_reported, ev.statuses, ev.dead, ev.injured, ev.disputed, ev.cameo,
       ev.source_id, ev.target_id, ev.place_id, ev.id
FROM corpus_events ev
LEFT JOIN corpus_entities src ON src.id = ev.source_id
LEFT JOIN corpus_entities tgt ON tgt.id = ev.target_id
LEFT JOIN corpus_entities pl ON pl.id = ev.place_id;

CREATE VIEW story_list AS
SELECT s.first_date, s.last_date, s.title, s.articles, s.id
FROM stories s;

CREATE VIEW entity_link_list AS
SELECT l.article_id, l.entity_id, e.name AS name_in_article, e.type,
       ce.name AS corpus_name, l.corpus_id
FROM entity_links l
JOIN entities e ON e.article_id = l.article_id AND e.id = l.entity_id
JOIN corpus_entities ce ON ce.id = l.corpus_id;
"""


def _corpus(conn: sqlite3.Connection) -> None:
    """Create the corpus tables and link the articles the file already holds."""
    from newsgraph.corpus import rebuild

    for statement in _statements(_CORPUS_SCHEMA):
        conn.execute(statement)
    rebuild(conn)


#: Every migration, oldest first. The last one's version is the store's schema version.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _INITIAL_SCHEMA),
    Migration(2, "corpus", _corpus),
)

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
