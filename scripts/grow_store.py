"""Grow a store to a given number of articles by copying its articles, for scale tests.

The development data holds about 7,600 distinct news articles; the latency targets are
set for stores of 20,000. This script copies stored articles with all their records
under new ids (the copy number is prefixed to the text's id and to the title, the
publication date moves forward by whole years) until the store holds ``--articles``,
then links the copies into the corpus tables in ingest order. The copies are not marked as
near-duplicates, so every query counts them as the articles they stand in for::

    python scripts/gather_dev_corpus.py ../shared/data /tmp/dev_corpus.jsonl
    newsgraph ingest /tmp/dev_corpus.jsonl --db /tmp/dev.db --workers 2
    cp /tmp/dev.db /tmp/dev20k.db
    python scripts/grow_store.py /tmp/dev20k.db --articles 20000
    python scripts/measure_queries.py /tmp/dev20k.db

Measure on such a store only what depends on its size (query plans, index use, page
counts); its entity and event statistics are those of the original articles, repeated.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import time
from pathlib import Path

from newsgraph.corpus import link_article
from newsgraph.store import Store

# The tables that hold one article's records, keyed by article_id.
RECORD_TABLES = ("entities", "mentions", "roles", "times", "quantities", "attributions", "events")


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def copy_article(conn: sqlite3.Connection, article_id: str, copy: int) -> str:
    """Insert copy number ``copy`` of a stored article and its records; return its id."""
    new_id = hashlib.sha256(f"{copy}:{article_id}".encode()).hexdigest()[:16]
    cols = [c for c in columns(conn, "articles") if c != "seq"]
    values = {c: c for c in cols}
    values["id"] = ":new_id"
    values["title"] = "'(' || :copy || ') ' || COALESCE(title, '')"
    values["published"] = (
        "CASE WHEN published IS NULL THEN NULL "
        "ELSE printf('%04d', CAST(substr(published, 1, 4) AS INTEGER) + :copy) "
        "|| substr(published, 5) END"
    )
    values["duplicate_of"] = "NULL"
    values["signature"] = "NULL"
    conn.execute(
        f"INSERT INTO articles ({', '.join(cols)}) "
        f"SELECT {', '.join(values[c] for c in cols)} FROM articles WHERE id = :old_id",
        {"new_id": new_id, "old_id": article_id, "copy": copy},
    )
    for table in RECORD_TABLES:
        cols = columns(conn, table)
        select = ", ".join(":new_id" if c == "article_id" else f'"{c}"' for c in cols)
        quoted = ", ".join(f'"{c}"' for c in cols)
        conn.execute(
            f"INSERT INTO {table} ({quoted}) SELECT {select} FROM {table} "
            "WHERE article_id = :old_id",
            {"new_id": new_id, "old_id": article_id},
        )
    return new_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="the store to grow (a copy: it is changed)")
    parser.add_argument("--articles", type=int, default=20_000, help="articles to reach")
    args = parser.parse_args()
    with Store(args.db) as store:
        conn = store.conn
        originals = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY seq")]
        needed = args.articles - len(originals)
        started = time.perf_counter()
        made = 0
        copy = 1
        while made < needed:
            for article_id in originals[: needed - made]:
                conn.execute("BEGIN IMMEDIATE")
                new_id = copy_article(conn, article_id, copy)
                link_article(conn, new_id)
                conn.execute("COMMIT")
                made += 1
                if made % 1000 == 0:
                    print(f"{made:,} copies, {time.perf_counter() - started:.0f} s", flush=True)
            copy += 1
        total = store.count()
    print(f"{args.db}: {total:,} articles ({made:,} copies added)")


if __name__ == "__main__":
    main()
