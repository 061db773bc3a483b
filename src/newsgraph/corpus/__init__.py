"""The corpus layer: one entity, one event, one story across many articles.

Per-article records become corpus records:

- **corpus entities** (``corpus_entities``, ``corpus_aliases``, ``entity_links``):
  "Recep Tayyip Erdoğan", "Erdogan" and "President Erdoğan" in three articles are one
  entity with its aliases and counts (see :mod:`newsgraph.corpus._entities`);
- **corpus events** (``corpus_events``, ``event_reports``): reports of one event by
  several articles and outlets, with what they disagree on (:mod:`._events`);
- **stories** (``stories``, ``story_articles``): articles about one story over time
  (:mod:`._stories`).

:func:`link_article` links one stored article inside the caller's transaction
(``Store.add`` calls it in the transaction that writes the article). Every decision
reads only the articles linked before, so :func:`rebuild`, which links every article
again in ingest order, gives exactly the tables that adding the articles one by one
gave, ids included. Near-duplicate articles are linked but not counted.

>>> with newsgraph.Store("news.db") as store:  # doctest: +SKIP
...     store.rebuild_corpus()
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from newsgraph.corpus import _stories
from newsgraph.corpus._entities import EntityLinker, read_entities
from newsgraph.corpus._events import EventLinker, read_reports
from newsgraph.errors import StoreError

__all__ = ["CORPUS_TABLES", "link_article", "rebuild"]

#: The corpus tables, children before parents (the order they are cleared in).
CORPUS_TABLES = (
    "story_articles",
    "stories",
    "outlet_entities",
    "outlets",
    "event_reports",
    "corpus_event_actors",
    "corpus_events",
    "entity_links",
    "corpus_roles",
    "corpus_countries",
    "corpus_names",
    "corpus_aliases",
    "corpus_entities",
)

#: Called as ``progress(done, total)`` while :func:`rebuild` runs.
Progress = Callable[[int, int], None]


def link_article(conn: sqlite3.Connection, article_id: str) -> None:
    """Link a stored article's entities, events and the article itself to the corpus.

    Runs inside the caller's transaction; the article must not be linked yet.
    """
    row = conn.execute(
        "SELECT published, duplicate_of, title, outlet FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        raise StoreError(f"article {article_id} is not stored; add it before linking it")
    published, original, title, outlet = row[0], row[1], row[2], row[3]
    counted = original is None
    entities = read_entities(conn, article_id)
    linker = EntityLinker(conn, article_id, original=original, counted=counted)
    linker.link(entities)
    linker.write(entities, published)
    events = EventLinker(conn, article_id, original=original, counted=counted)
    events.link(read_reports(conn, article_id, published, linker.links))
    day = published[:10] if published and len(published) >= 10 else None
    _stories.assign(
        conn,
        article_id,
        title=title,
        day=day,
        outlet=outlet,
        original=original,
        entities=set(linker.links.values()),
        events=set(events.links.values()),
    )


def clear(conn: sqlite3.Connection) -> None:
    """Empty every corpus table (inside the caller's transaction)."""
    for table in CORPUS_TABLES:
        conn.execute(f"DELETE FROM {table}")


def rebuild(conn: sqlite3.Connection, progress: Progress | None = None) -> int:
    """Clear the corpus tables and link every stored article again, in ingest order.

    Runs inside the caller's transaction; returns the number of articles linked.
    """
    clear(conn)
    ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY seq")]
    for done, article_id in enumerate(ids, start=1):
        link_article(conn, article_id)
        if progress is not None:
            progress(done, len(ids))
    return len(ids)
