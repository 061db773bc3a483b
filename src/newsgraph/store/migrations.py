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


# An event's date, for the row of ``events`` being updated: the value of its time
# expression where that value starts with a year and month, else its article's day.
_EVENT_DATE = """COALESCE(
        (SELECT t.value FROM times t
         WHERE t.article_id = events.article_id AND t.id = events.time
           AND t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'),
        (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = events.article_id))"""


def _set_event_date(where: str) -> str:
    """An UPDATE that sets the date of the events matching ``where``."""
    return f"UPDATE events SET date = {_EVENT_DATE} WHERE {where};"


def _add_event_entities(event: str, table: str = "") -> str:
    """An INSERT of the event_entities rows of ``event`` (a row of ``table``, or a
    trigger's ``new`` when no table is given)."""
    rows = f"{table} {event}, " if table else ""
    selects = "\n    UNION ALL ".join(
        f"SELECT {event}.article_id, j.value, '{role}', {event}.id "
        f"FROM {rows}json_each({event}.{column}) j"
        for role, column in (
            ("source", "sources"),
            ("target", "targets"),
            ("participant", "participants"),
        )
    )
    columns = "article_id, entity_id, role, event_id"
    return f"INSERT OR IGNORE INTO event_entities ({columns})\n    {selects};"


#: How many of a story's first articles sum it up (its entities in story_entities);
#: migration 3 writes it into the schema, so changing it takes a new migration.
STORY_ARTICLES = 50

# What queries used to work out on every call, stored once and indexed:
# - an event's date, which event_list computed for every event through joins with times
#   and articles, so that listing the newest events (of one type, or all) sorted all of
#   them. Triggers keep it as events, times and publication days are written, whatever
#   writes them.
# - event_entities, one row per source, target and participant of an event, so that the
#   events of an entity are an index range instead of a look into the JSON lists of every
#   event of its articles. Kept by triggers on events.
# - story_entities, the entities of each story's first articles with their counts.
_DERIVED = f"""
ALTER TABLE events ADD COLUMN date TEXT;  -- the event's day (see the event_list view)
{_set_event_date("1")}
CREATE TRIGGER events_date_insert AFTER INSERT ON events BEGIN
    {_set_event_date("article_id = new.article_id AND id = new.id")}
END;
CREATE TRIGGER events_date_update AFTER UPDATE OF time ON events BEGIN
    {_set_event_date("article_id = new.article_id AND id = new.id")}
END;
CREATE TRIGGER events_date_time_insert AFTER INSERT ON times BEGIN
    {_set_event_date("article_id = new.article_id AND time = new.id")}
END;
CREATE TRIGGER events_date_time_update AFTER UPDATE OF id, value ON times BEGIN
    {_set_event_date("article_id = old.article_id AND time IN (old.id, new.id)")}
END;
CREATE TRIGGER events_date_time_delete AFTER DELETE ON times BEGIN
    {_set_event_date("article_id = old.article_id AND time = old.id")}
END;
CREATE TRIGGER events_date_published AFTER UPDATE OF published ON articles BEGIN
    {_set_event_date("article_id = new.id")}
END;
DROP INDEX events_type;
CREATE INDEX events_date ON events (date DESC, article_id, id);
CREATE INDEX events_type_date ON events (type, date DESC, article_id, id);
-- Few events have a place: those are found by date without reading the others.
CREATE INDEX events_place_date ON events (date DESC, article_id, id, place)
    WHERE place IS NOT NULL;

CREATE TABLE event_entities (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,  -- an element of the event's sources, targets or participants
    role TEXT NOT NULL CHECK (role IN ('source', 'target', 'participant')),
    event_id TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, role, event_id)
) WITHOUT ROWID;
CREATE INDEX event_entities_event ON event_entities (article_id, event_id);
{_add_event_entities("ev", "events")}
CREATE TRIGGER event_entities_insert AFTER INSERT ON events BEGIN
    {_add_event_entities("new")}
END;
CREATE TRIGGER event_entities_update
AFTER UPDATE OF article_id, id, sources, targets, participants ON events BEGIN
    DELETE FROM event_entities WHERE article_id = old.article_id AND event_id = old.id;
    {_add_event_entities("new")}
END;
CREATE TRIGGER event_entities_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_entities WHERE article_id = old.article_id AND event_id = old.id;
END;

-- The entities of each story's first articles (near-duplicates aside), with how many of
-- those articles name each: what the stories query sums a story up by, counted as
-- articles join stories instead of over the story's articles on every query. Like the
-- other corpus counts it grows with the story and is emptied with it.
CREATE TABLE story_entities (
    story_id TEXT NOT NULL,
    corpus_id TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (story_id, corpus_id)
) WITHOUT ROWID;
INSERT INTO story_entities (story_id, corpus_id, articles)
SELECT sa.story_id, l.corpus_id, count(DISTINCT l.article_id)
FROM (SELECT story_id, article_id,
             row_number() OVER (PARTITION BY story_id ORDER BY rowid) AS n
      FROM story_articles) sa
JOIN articles a ON a.id = sa.article_id AND a.duplicate_of IS NULL
JOIN entity_links l ON l.article_id = sa.article_id
WHERE sa.n <= {STORY_ARTICLES}
GROUP BY sa.story_id, l.corpus_id;
CREATE TRIGGER story_entities_insert AFTER INSERT ON story_articles
WHEN (SELECT count(*) FROM (SELECT 1 FROM story_articles
                            WHERE story_id = new.story_id AND rowid < new.rowid
                            LIMIT {STORY_ARTICLES})) < {STORY_ARTICLES}
     AND (SELECT duplicate_of FROM articles WHERE id = new.article_id) IS NULL
BEGIN
    INSERT INTO story_entities (story_id, corpus_id, articles)
    SELECT DISTINCT new.story_id, corpus_id, 1 FROM entity_links
    WHERE article_id = new.article_id
    ON CONFLICT (story_id, corpus_id) DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER story_entities_delete AFTER DELETE ON stories BEGIN
    DELETE FROM story_entities WHERE story_id = old.id;
END;

-- An article's duplicate_of (stored after its text) and day, read by id from the index
-- alone, without the row and the overflow pages of its text; and the ids of the
-- near-duplicates, which most queries leave out, from the index alone.
CREATE INDEX articles_id_duplicate_of ON articles (id, duplicate_of, published);
DROP INDEX articles_duplicate_of;
CREATE INDEX articles_duplicate_of ON articles (duplicate_of, id);
-- The articles of a corpus entity without a look into each link's row.
CREATE INDEX entity_links_corpus_article ON entity_links (corpus_id, article_id, entity_id);
-- The entities placed on the map, by place, read without the entity rows.
CREATE INDEX entities_located
    ON entities (key, name, type, place_country_code, place_latitude, place_longitude, article_id)
    WHERE place_latitude IS NOT NULL AND place_longitude IS NOT NULL;
-- The few corpus events with a place, and that place, by event.
CREATE INDEX corpus_events_placed ON corpus_events (id, place_id) WHERE place_id IS NOT NULL;
-- Stories most articles first, as the stories query lists them.
CREATE INDEX stories_rank ON stories (articles DESC, last_date DESC, id);

DROP VIEW event_list;
CREATE VIEW event_list AS
SELECT
    ev.date,
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
LEFT JOIN entities pl ON pl.article_id = ev.article_id AND pl.id = ev.place;
"""

#: Every migration, oldest first. The last one's version is the store's schema version.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _INITIAL_SCHEMA),
    Migration(2, "corpus", _corpus),
    Migration(3, "event dates, event actors, story entities", _DERIVED),
    Migration(
        4,
        "attribution confidence",
        "ALTER TABLE attributions ADD COLUMN confidence REAL"
        " CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1);",
    ),
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
