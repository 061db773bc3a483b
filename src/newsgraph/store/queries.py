"""Queries across the stored articles: entities, events, timelines and figure ledgers.

Each function takes the store's connection and its filters and returns plain rows
(dicts), so the CLI, the HTTP API and programs print or serialize them as they like.
Entities are grouped across articles by their ``key`` (type and folded name, and the
country for places). An article stored as a near-duplicate of another
(``articles.duplicate_of``) is counted once: through the article it repeats.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

# Events and figures read the views of the same names (see migrations.py), which a
# reader of the file in any SQL tool sees too.
_ACTOR_MATCH = """
    EXISTS (
        SELECT 1 FROM events e2, json_each(e2.{column}) j
        JOIN entities x ON x.article_id = e2.article_id AND x.id = j.value
        WHERE e2.article_id = ev.article_id AND e2.id = ev.event_id
          AND (x.key = :actor OR x.name LIKE :actor_like)
    )
"""


def _like(text: str | None) -> str | None:
    return None if text is None else f"%{text}%"


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor]


def entities(
    conn: sqlite3.Connection,
    *,
    search: str | None = None,
    type: str | None = None,
    country: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Entities across articles, most reported first: key, type, name, aliases, counts."""
    sql = """
        SELECT e.key, e.type, max(e.country) AS country,
               count(DISTINCT e.article_id) AS articles,
               sum(m.n) AS mentions,
               group_concat(DISTINCT e.name) AS aliases
        FROM entities e
        JOIN articles a ON a.id = e.article_id AND a.duplicate_of IS NULL
        JOIN (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY 1, 2) m
          ON m.article_id = e.article_id AND m.entity_id = e.id
        WHERE (:type IS NULL OR e.type = :type)
          AND (:country IS NULL OR e.country = :country OR e.place_country_code = :country)
          AND (:search IS NULL OR e.name LIKE :search_like OR e.key LIKE :search_like)
        GROUP BY e.key
        ORDER BY articles DESC, mentions DESC, e.key
        LIMIT :limit
    """
    params = {
        "type": type,
        "country": country,
        "search": search,
        "search_like": _like(search),
        "limit": limit,
    }
    rows = _rows(conn.execute(sql, params))
    for row in rows:
        aliases = sorted(set((row.pop("aliases") or "").split(",")) - {""}, key=len, reverse=True)
        row["name"] = aliases[0] if aliases else row["key"]
        row["aliases"] = aliases
    return rows


def entity(conn: sqlite3.Connection, name: str, *, limit: int = 20) -> dict[str, Any] | None:
    """One entity across articles: aliases, roles over time, events, co-occurring actors."""
    match = (
        conn.execute(
            """
        SELECT key, type FROM entities
        WHERE key = :name OR name = :name COLLATE NOCASE
        GROUP BY key ORDER BY count(*) DESC LIMIT 1
        """,
            {"name": name},
        ).fetchone()
        or conn.execute(
            "SELECT key, type FROM entities WHERE name LIKE :like "
            "GROUP BY key ORDER BY count(*) DESC LIMIT 1",
            {"like": _like(name)},
        ).fetchone()
    )
    if match is None:
        return None
    key = match["key"]
    aliases = [
        r[0]
        for r in conn.execute(
            """
            SELECT m.text, count(*) AS n FROM mentions m
            JOIN entities e ON e.article_id = m.article_id AND e.id = m.entity_id
            WHERE e.key = ? GROUP BY m.text ORDER BY n DESC
            """,
            (key,),
        )
    ]
    roles = _rows(
        conn.execute(
            """
            SELECT r.title, af.name AS affiliation, r.time,
                   substr(a.published, 1, 10) AS reported, r.evidence_text AS evidence,
                   a.id AS article_id
            FROM roles r
            JOIN entities e ON e.article_id = r.article_id AND e.id = r.entity_id
            JOIN articles a ON a.id = r.article_id
            LEFT JOIN entities af ON af.article_id = r.article_id AND af.id = r.affiliation
            WHERE e.key = ?
            ORDER BY reported, r.title
            """,
            (key,),
        )
    )
    cooccurring = _rows(
        conn.execute(
            """
            SELECT other.key, max(other.name) AS name, other.type,
                   count(DISTINCT other.article_id) AS articles
            FROM entities e
            JOIN articles a ON a.id = e.article_id AND a.duplicate_of IS NULL
            JOIN entities other ON other.article_id = e.article_id AND other.key != e.key
            WHERE e.key = ? AND other.type IN ('PERSON', 'ORG', 'GPE', 'NORP')
            GROUP BY other.key ORDER BY articles DESC, other.key LIMIT ?
            """,
            (key, limit),
        )
    )
    articles = _rows(
        conn.execute(
            """
            SELECT DISTINCT a.id, a.title, a.published, a.outlet, a.duplicate_of FROM entities e
            JOIN articles a ON a.id = e.article_id WHERE e.key = ?
            ORDER BY a.published DESC LIMIT ?
            """,
            (key, limit),
        )
    )
    return {
        "key": key,
        "type": match["type"],
        "name": max(aliases, key=len) if aliases else key,
        "aliases": aliases,
        "roles": roles,
        "events_as_source": events(conn, actor=key, role="source", limit=limit),
        "events_as_target": events(conn, actor=key, role="target", limit=limit),
        "cooccurring": cooccurring,
        "articles": articles,
    }


def events(
    conn: sqlite3.Connection,
    *,
    type: str | None = None,
    actor: str | None = None,
    role: str = "any",
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    status: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Events across articles, newest first, filtered by type, actor, place, dates, status.

    ``actor`` is an entity key or part of a name; ``role`` is "source", "target" or "any".
    """
    where = [
        "ev.duplicate_of IS NULL",
        "(:type IS NULL OR ev.type = :type)",
        "(:status IS NULL OR ev.status = :status)",
        "(:since IS NULL OR ev.date >= :since)",
        "(:until IS NULL OR ev.date <= :until)",
    ]
    if actor is not None:
        columns = {"source": ["sources"], "target": ["targets"]}.get(
            role, ["sources", "targets", "participants"]
        )
        where.append("(" + " OR ".join(_ACTOR_MATCH.format(column=c) for c in columns) + ")")
    if place is not None:
        where.append("ev.place LIKE :place_like")
    sql = f"""
        SELECT ev.* FROM event_list ev WHERE {" AND ".join(where)}
        ORDER BY ev.date DESC, ev.article_id, ev.event_id
        LIMIT :limit
    """
    params = {
        "type": type,
        "status": status,
        "actor": actor,
        "actor_like": _like(actor),
        "place_like": _like(place),
        "since": since,
        "until": until,
        "limit": limit,
    }
    return _rows(conn.execute(sql, params))


def timeline(
    conn: sqlite3.Connection,
    *,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Events in date order (undated last), for one entity or for everything."""
    rows = events(conn, actor=entity, since=since, until=until, limit=limit)
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["article_id"]))


def figures(
    conn: sqlite3.Connection,
    *,
    about: str | None = None,
    place: str | None = None,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """The ledger of a counted thing: every reported value with its source, qualifier, the
    day it was reported and the article, in time order. A value is ``contested`` when
    another article, citing another source, gives a different value the same day for the
    same thing and place."""
    sql = """
        SELECT * FROM figure_ledger
        WHERE duplicate_of IS NULL
          AND (:about IS NULL OR about = :about)
          AND (:place IS NULL OR place LIKE :place_like)
          AND (:source IS NULL OR source LIKE :source_like)
          AND (:since IS NULL OR reported >= :since)
          AND (:until IS NULL OR reported <= :until)
        ORDER BY reported IS NULL, reported, value
        LIMIT :limit
    """
    params = {
        "about": about,
        "place": place,
        "place_like": _like(place),
        "source": source,
        "source_like": _like(source),
        "since": since,
        "until": until,
        "limit": limit,
    }
    rows = _rows(conn.execute(sql, params))
    reports: defaultdict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["reported"] is not None and row["qualifier"] != "ratio":
            reports[(row["reported"], row["about"], row["place"])].append(row)
    for row in rows:
        row["contested"] = any(
            other["article_id"] != row["article_id"]
            and other["source"] != row["source"]
            and other["value"] != row["value"]
            for other in reports.get((row["reported"], row["about"], row["place"]), ())
        )
    return rows


def all_events(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every stored event as a row of the ``event_list`` view, near-duplicates included."""
    cursor = conn.execute(
        "SELECT ev.* FROM event_list ev JOIN articles a ON a.id = ev.article_id "
        "ORDER BY a.seq, ev.event_id"
    )
    for row in cursor:
        yield dict(row)
