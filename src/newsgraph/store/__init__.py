"""The SQLite store: every article and its records in one file.

>>> import newsgraph
>>> with newsgraph.Store("news.db") as store:  # doctest: +SKIP
...     store.add(newsgraph.extract("Erdoğan met Netanyahu in Ankara.", published="2025-01-22"))
...     store.search("Ankara")

Layout (see :mod:`newsgraph.store.migrations` for the full schema):

- ``articles``: one row per article, plain columns (``id``, ``title``, ``url``,
  ``outlet``, ``published``, ``text``, …), ``metadata`` as JSON, the ``source`` it was
  ingested from and when. ``seq`` is the ingest order.
- One table per record type, each keyed by ``(article_id, id)`` and deleted with its
  article: ``entities`` (with the gazetteer place as ``place_*`` columns), their
  ``mentions`` and ``roles``, ``times``, ``quantities``, ``attributions``, ``events``.
  A span is three columns: ``start``, ``end`` (string offsets into ``articles.text``)
  and ``text``, prefixed with what it is (``cue_start``, ``trigger_text``, …). Only
  lists of ids (an event's sources, targets, participants; a quantity's entities) are
  JSON. ``ord`` keeps each list in the order the pipeline produced it.
- Kept by triggers from the records, whatever writes them: ``events.date`` (the day of
  the event's time expression, else of its article) and ``event_entities`` (one row per
  source, target and participant of an event), so that events are listed by date and
  found by actor through indexes.
- ``articles_fts``: an FTS5 index over ``articles.title`` and ``articles.text``, kept in
  step by triggers.
- The corpus layer (:mod:`newsgraph.corpus`): ``corpus_entities`` with their
  ``corpus_aliases``, ``corpus_events`` with their ``event_reports``, ``stories`` with
  their ``story_articles`` and ``story_entities`` (the entities of a story's first
  articles, counted as they join it), and ``entity_links`` from each article entity to its
  corpus entity. ``add`` links each article in the transaction that writes it;
  ``rebuild_corpus`` links them all again. Views with readable names:
  ``corpus_entity_list``, ``corpus_event_list``, ``story_list``, ``entity_link_list``.
- ``migrations``: the schema migrations applied, with ``PRAGMA user_version`` holding the
  current one.

The file runs in WAL mode with foreign keys on. A :class:`Store` is one writer: use it
from one thread; other processes may read the file meanwhile.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from newsgraph.corpus import link_article, rebuild
from newsgraph.errors import StoreError
from newsgraph.records import Article, check_spans
from newsgraph.store import queries
from newsgraph.store._rows import (
    RECORD_TABLES,
    article_rows,
    file_columns,
    inserts_for,
    read_article,
)
from newsgraph.store.migrations import MIGRATIONS, Migration, file_version, migrate
from newsgraph.store.queries import EventFilter

__all__ = ["EventFilter", "Migration", "Store"]

#: How long a write waits for another connection's lock before giving up.
BUSY_TIMEOUT_S = 30.0

# Ids per IN (...) list: far below SQLite's limit on bound parameters.
_CHUNK = 500

# SQLite's primary result codes for a file that is not, or no longer, a database.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

_COUNTED = ("entities", "times", "quantities", "attributions", "events")

_SUMMARY = (
    "SELECT a.id, a.title, a.published, a.outlet, a.url, a.source, a.ingested_at, "
    "a.duplicate_of, "
    + ", ".join(
        f"(SELECT count(*) FROM {table} r WHERE r.article_id = a.id) AS {table}"
        for table in _COUNTED
    )
    + " FROM articles a"
)


class Store:
    """One SQLite file of articles and their records; open, add, get, search, close."""

    def __init__(self, path: str | Path, *, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        """Open the store at ``path``, creating or migrating it as needed.

        ``migrations`` is the schema history to bring the file up to; the default is
        newsgraph's own.
        """
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(
                f"{self.path} is a folder; give the path of a database file, "
                f"such as {self.path / 'news.db'}"
            )
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(
                f"{self.path}: cannot open ({error}); check that its folder exists and is writable"
            ) from error
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            # The first statement that reads the file: where a non-database fails.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn, migrations, path=str(self.path))
            # A file kept at an older schema (a migration list without the corpus) is
            # read and written without linking.
            self._linked = _has_table(conn, "entity_links")
            self._columns = file_columns(conn)
            self._inserts = inserts_for(self._columns)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise self._open_error(error) from error
        except BaseException:
            conn.close()
            raise
        self._conn: sqlite3.Connection | None = conn

    def _open_error(self, error: sqlite3.DatabaseError) -> StoreError:
        code = getattr(error, "sqlite_errorcode", None)
        if code == _SQLITE_NOTADB:
            return StoreError(
                f"{self.path} is not a SQLite database. Give the path of a newsgraph store, "
                "or of a file that does not exist yet to create one; move that file away "
                "if it should be replaced."
            )
        if code == _SQLITE_CORRUPT:
            return StoreError(
                f"{self.path} is a damaged SQLite database ({error}); restore it from a "
                "backup, or re-ingest into a new file."
            )
        return StoreError(f"{self.path}: cannot open the store ({error})")

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def close(self) -> None:
        """Close the file; closing twice is harmless."""
        conn = getattr(self, "_conn", None)
        if conn is None:
            return
        with contextlib.suppress(sqlite3.Error):  # a planner hint, never a reason to fail
            conn.execute("PRAGMA optimize")
        conn.close()
        self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The open SQLite connection (autocommit mode; rows are :class:`sqlite3.Row`)."""
        if self._conn is None:
            raise StoreError(f"{self.path}: the store is closed; open a new Store")
        return self._conn

    @property
    def schema_version(self) -> int:
        """The store schema version of the open file."""
        return file_version(self.conn)

    # -- writing -----------------------------------------------------------------

    def add(
        self,
        article: Article,
        *,
        source: str | None = None,
        duplicate_of: str | None = None,
        signature: bytes | None = None,
    ) -> bool:
        """Store the article and all its records in one transaction; False if already stored.

        ``source`` names where the article came from (a path, a URL); ``duplicate_of`` the
        stored article it nearly repeats and ``signature`` its MinHash
        (:mod:`newsgraph.dedup`). Raises
        :class:`~newsgraph.errors.SpanError` for a span that does not match the text,
        and :class:`~newsgraph.errors.StoreError` if the article cannot be written, in
        which case nothing of it is stored.
        """
        check_spans(article)
        try:
            rows = article_rows(
                article,
                source=source,
                ingested_at=_now(),
                duplicate_of=duplicate_of,
                signature=signature,
            )
        except (TypeError, ValueError) as error:
            raise StoreError(
                f"article {article.id}: its metadata or id lists are not plain JSON ({error}); "
                "keep to strings, numbers, booleans, None, lists and dicts"
            ) from error
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                conn.execute("ROLLBACK")
                return False
            for table, (sql, keep) in self._inserts.items():
                if rows[table]:
                    table_rows = rows[table]
                    if keep is not None:
                        table_rows = [tuple(row[n] for n in keep) for row in table_rows]
                    conn.executemany(sql, table_rows)
            if self._linked:
                link_article(conn, article.id)
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(
                    f"article {article.id}: cannot be stored in {self.path} ({error}); "
                    "nothing of it was written"
                ) from error
            raise
        return True

    def rebuild_corpus(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Link every stored article to the corpus again, in ingest order, in one transaction.

        Gives the same corpus entities, events and stories as adding the articles one by
        one. ``progress(done, total)`` is called after each article. Returns the number
        of articles linked.
        """
        if not self._linked:
            raise StoreError(
                f"{self.path} is kept at schema version {self.schema_version}, which has no "
                "corpus tables; open it with the current schema to link its articles"
            )
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            linked = rebuild(conn, progress)
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(
                    f"{self.path}: the corpus could not be rebuilt ({error}); it was left as it was"
                ) from error
            raise
        return linked

    # -- reading -----------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def ids_with_prefix(self, prefix: str, limit: int = 10) -> list[str]:
        """Stored article ids that start with ``prefix``, in id order (for short ids)."""
        pattern = "".join(f"[{c}]" if c in "*?[" else c for c in prefix) + "*"
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id GLOB ? ORDER BY id LIMIT ?", (pattern, limit)
        )
        return [row[0] for row in rows]

    def get(self, article_id: str) -> Article | None:
        """The stored article with all its records, or None."""
        conn = self.conn
        conn.execute("BEGIN")  # one snapshot across the tables
        try:
            return read_article(conn, article_id, self._columns)
        finally:
            conn.execute("COMMIT")

    def entities(
        self,
        *,
        search: str | None = None,
        type: str | None = None,
        country: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Corpus entities, most reported first: id, name, type, country, aliases, articles,
        mentions (see :mod:`newsgraph.store.queries`)."""
        return queries.entities(self.conn, search=search, type=type, country=country, limit=limit)

    def entity(self, name: str, *, limit: int = 20) -> dict[str, Any] | None:
        """One corpus entity by id, article entity key or name: aliases with counts, roles
        over time, events as source and target, co-occurring actors, places, stories.

        >>> store.entity("Erdogan")["name"]  # doctest: +SKIP
        'Recep Tayyip Erdoğan'
        """
        return queries.entity(self.conn, name, limit=limit)

    def corpus_id(self, article_id: str, entity_id: str) -> str | None:
        """The corpus entity an article's entity is linked to (for its entity page)."""
        return queries.corpus_id(self.conn, article_id, entity_id)

    def corpus_ids(self, article_id: str) -> dict[str, str]:
        """Each entity of an article → its corpus entity id."""
        return queries.corpus_ids(self.conn, article_id)

    def events(self, where: EventFilter | None = None, *, limit: int = 100) -> list[dict[str, Any]]:
        """Event reports across articles that ``where`` keeps (by type, actor, place, dates,
        status or story), newest first.

        >>> store.events(EventFilter(actor="Hamas", since="2025-01-01"))  # doctest: +SKIP
        """
        return queries.events(self.conn, where or EventFilter(), limit=limit)

    def corpus_events(
        self, *, actor: str | None = None, story: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        """Corpus events (each once, with its reports, articles, outlets and what they
        disagree on), newest first, for one actor or story or all."""
        actor_id = queries.resolve_entity(self.conn, actor) if actor is not None else None
        if actor is not None and actor_id is None:
            return []
        return queries.corpus_events(self.conn, actor_id=actor_id, story=story, limit=limit)

    def timeline(
        self, where: EventFilter | None = None, *, limit: int = 500
    ) -> list[dict[str, Any]]:
        """Event reports that ``where`` keeps, in date order (undated last)."""
        return queries.timeline(self.conn, where or EventFilter(), limit=limit)

    def stories(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        entity: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Stories, most articles first: id, title, first and last date, articles, and the
        entities they are most about; ``entity`` keeps those that name it."""
        return queries.stories(self.conn, since=since, until=until, entity=entity, limit=limit)

    def story(self, story_id: str, *, limit: int = 20) -> dict[str, Any] | None:
        """One story: its articles in time order, its main entities, its events; or None."""
        return queries.story(self.conn, story_id, limit=limit)

    def figures(
        self,
        *,
        about: str | None = None,
        place: str | None = None,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 500,
    ) -> list[dict[str, Any]]:
        """The ledger of reported figures: value, qualifier, source, day, article; contested
        values flagged."""
        return queries.figures(
            self.conn,
            about=about,
            place=place,
            source=source,
            since=since,
            until=until,
            limit=limit,
        )

    def all_events(self) -> Iterator[dict[str, Any]]:
        """Every stored event with names in place of ids, in ingest order (for export)."""
        return queries.all_events(self.conn)

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article with its records, in ingest order, read one at a time."""
        ids = [row[0] for row in self.conn.execute("SELECT id FROM articles ORDER BY seq")]
        for article_id in ids:
            article = self.get(article_id)
            if article is not None:  # deleted meanwhile
                yield article

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash signature) of every stored article that has one, oldest first."""
        rows = self.conn.execute(
            "SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY seq"
        )
        for row in rows:
            yield row[0], bytes(row[1])

    def count(self) -> int:
        """How many articles are stored."""
        n: int = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return n

    def articles(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries in ingest order: id, title, published, outlet, url, record counts."""
        rows = self.conn.execute(f"{_SUMMARY} ORDER BY a.seq LIMIT ? OFFSET ?", (limit, offset))
        return [dict(row) for row in rows]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching an FTS5 query, best first, each with a snippet.

        Matches in the snippet are marked ``[like this]``. Title matches weigh double.
        Diacritics are ignored: ``Erdogan`` finds ``Erdoğan``.

        >>> store.search('"prime minister" AND Ankara')  # doctest: +SKIP
        """
        if not query.strip():
            return []
        sql = """
            SELECT a.id, a.title, a.published, a.outlet, a.url,
                   snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,
                   bm25(articles_fts, 2.0, 1.0) AS rank
            FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
            WHERE articles_fts MATCH ?
            ORDER BY rank
            LIMIT ?
        """
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError as error:
            raise StoreError(
                f"search query {query!r} is not valid full-text syntax ({error}). Put words "
                'with punctuation in double quotes, e.g. "al-Sharaa", and use AND, OR, NOT '
                "in capitals"
            ) from error
        return [dict(row) for row in rows]

    def stats(self) -> dict[str, Any]:
        """Counts of articles and records, entities by type, schema version, file and size."""
        conn = self.conn
        counts: dict[str, Any] = {"articles": self.count()}
        for table in RECORD_TABLES:
            counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        counts["entities_by_type"] = dict(
            conn.execute(
                "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC, type"
            ).fetchall()
        )
        if self._linked:
            for table in ("corpus_entities", "corpus_events", "stories"):
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        counts["schema_version"] = self.schema_version
        counts["path"] = str(self.path)
        # Pages still in the WAL count too: this is the file's size once checkpointed.
        counts["file_size"] = page_count * page_size
        return counts


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return row.fetchone() is not None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
