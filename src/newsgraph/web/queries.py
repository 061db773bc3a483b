"""What the API and pages need beyond the store's own queries: links, pages, places, series.

Links to entity pages go through :func:`entity_ref` and :func:`entity_href` only, so
that the page of an entity row is found by its corpus id where the row has one and by
its ``key`` otherwise. Places with event counts (for the map) and the places of one
entity are SQL over the store's tables and its ``event_list`` view.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any
from urllib.parse import quote, urlencode

from newsgraph.errors import StoreError
from newsgraph.store import Store
from newsgraph.store.queries import EventFilter

__all__ = [
    "QueryError",
    "article_href",
    "entity_href",
    "entity_page",
    "entity_places",
    "entity_ref",
    "entity_types",
    "event_href",
    "event_types",
    "figure_series",
    "figure_topics",
    "list_articles",
    "places",
    "timeline_href",
]


class QueryError(ValueError):
    """A query the store cannot answer as asked (bad full-text syntax, …)."""


def entity_ref(row: Mapping[str, Any]) -> str:
    """The reference of an entity row's page: its corpus ``id`` if it has one, else its ``key``."""
    return str(row.get("id") or row["key"])


def entity_href(ref: str) -> str:
    """The path of the entity page for a reference (corpus id, key or name)."""
    return "/entities/" + quote(ref, safe=":")


def article_href(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def event_href(article_id: str, event_id: str) -> str:
    """The article view with the event selected."""
    return f"{article_href(article_id)}#event:{quote(event_id, safe='')}"


def timeline_href(**filters: str | None) -> str:
    """The timeline page with these filters (None values left out)."""
    given = {k: v for k, v in filters.items() if v}
    return "/timeline" + ("?" + urlencode(given) if given else "")


def list_articles(store: Store, *, q: str | None, limit: int, offset: int) -> dict[str, Any]:
    """One page of articles in ingest order, or of full-text matches best first, with the total."""
    if q is None or not q.strip():
        return {
            "total": store.count(),
            "limit": limit,
            "offset": offset,
            "q": None,
            "items": store.articles(limit=limit, offset=offset),
        }
    try:
        items = store.search(q, limit=offset + limit)[offset:]
        (total,) = store.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (q,)
        ).fetchone()
    except (StoreError, sqlite3.OperationalError) as error:
        raise QueryError(str(error)) from error
    return {"total": total, "limit": limit, "offset": offset, "q": q, "items": items}


# Every place (entity with gazetteer coordinates), its most used name and its point, the
# articles that mention it, and the events that happened there (near-duplicate articles
# left out). The events are read from the events table and its index of the events with
# a place, the few the map can show; the places from the index of located entities, in
# the order of its key and name, which the groups below follow.
_NOT_DUPLICATE = "NOT IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)"
_PLACES_SQL = f"""
    WITH located AS NOT MATERIALIZED (
        SELECT e.key, e.name, e.type, e.place_country_code AS country_code,
               e.place_latitude AS latitude, e.place_longitude AS longitude,
               e.article_id
        FROM entities e
        WHERE e.place_latitude IS NOT NULL AND e.place_longitude IS NOT NULL
          AND e.article_id {_NOT_DUPLICATE}
    ),
    named AS (SELECT key, name, count(*) AS n FROM located GROUP BY key, name),
    -- SQLite takes the bare column ``name`` from the row that gives max(n).
    best AS (SELECT key, name, max(n) FROM named GROUP BY key),
    counted AS (
        SELECT key, max(type) AS type, max(country_code) AS country_code,
               max(latitude) AS latitude, max(longitude) AS longitude,
               count(DISTINCT article_id) AS articles
        FROM located GROUP BY key
    ),
    happened AS (
        SELECT p.key, count(*) AS events
        FROM events ev
        JOIN entities p ON p.article_id = ev.article_id AND p.id = ev.place
        WHERE ev.place IS NOT NULL AND ev.article_id {_NOT_DUPLICATE}
          AND {{filters}}
        GROUP BY p.key
    )
    SELECT l.key, best.name, l.type, l.country_code, l.latitude, l.longitude,
           l.articles, COALESCE(h.events, 0) AS events
    FROM counted l JOIN best ON best.key = l.key LEFT JOIN happened h ON h.key = l.key
    WHERE NOT :events_only OR h.events > 0
    ORDER BY events DESC, l.articles DESC, l.key
    LIMIT :limit
"""


def places(
    conn: sqlite3.Connection, where: EventFilter, *, limit: int = 500
) -> list[dict[str, Any]]:
    """Places with coordinates, the events there and the articles naming them, busiest first.

    With an event filter (type, status, dates; the other fields of ``where`` are not
    read) only places with a matching event are kept.
    """
    conditions = where.conditions()
    params = {**asdict(where), "events_only": bool(conditions), "limit": limit}
    sql = _PLACES_SQL.format(filters=" AND ".join(conditions) or "1")
    rows = [dict(row) for row in conn.execute(sql, params)]
    for row in rows:
        row["href"] = timeline_href(place=row["name"], type=where.type, status=where.status)
        row["entity_href"] = entity_href(entity_ref(row))
    return rows


# The places named in the articles of one entity, with how many of them name each;
# ``itself`` where the place is the entity. ``own`` (the entity's article entities) is
# found through the corpus links where the store has them, else by the article key.
_OWN_BY_LINK = """
    SELECT l.article_id, l.entity_id AS id FROM entity_links l
    JOIN articles a ON a.id = l.article_id AND a.duplicate_of IS NULL
    WHERE l.corpus_id = :ref
"""
_OWN_BY_KEY = """
    SELECT e.article_id, e.id FROM entities e
    JOIN articles a ON a.id = e.article_id AND a.duplicate_of IS NULL
    WHERE e.key = :ref
"""
_NAMED_WITH_SQL = """
    WITH own AS MATERIALIZED ({own})
    SELECT p.key, group_concat(p.name, char(31)) AS names, max(p.place_latitude) AS latitude,
           max(p.place_longitude) AS longitude, count(DISTINCT p.article_id) AS articles,
           max(p.article_id = own.article_id AND p.id = own.id) AS itself
    FROM own JOIN entities p ON p.article_id = own.article_id
    WHERE p.place_latitude IS NOT NULL AND p.place_longitude IS NOT NULL
    GROUP BY p.key
    ORDER BY itself DESC, articles DESC, p.key
    LIMIT :limit
"""


def entity_places(
    conn: sqlite3.Connection, entity: Mapping[str, Any], *, limit: int = 40
) -> list[dict[str, Any]]:
    """The places of an entity page: itself if it is one, where its events happened (the
    store's ``places``, with their event counts), and the places named in its articles,
    with how many articles name them. One place found both ways is one row."""
    linked = entity.get("id") is not None and _has_table(conn, "entity_links")
    sql = _NAMED_WITH_SQL.format(own=_OWN_BY_LINK if linked else _OWN_BY_KEY)
    ref = entity["id"] if linked else entity["key"]
    found: dict[tuple[float, float], dict[str, Any]] = {}
    for row in conn.execute(sql, {"ref": ref, "limit": limit}):
        place = {**dict(row), "events": 0, "itself": bool(row["itself"])}
        # The fullest of the names the articles give it ("United States" over "US"), and
        # of names as long, one not in capitals ("England" over "ENGLAND").
        place["name"] = max(
            set(place.pop("names").split("\x1f")), key=lambda n: (len(n), not n.isupper(), n)
        )
        found.setdefault(_point(place), place)
    for event_place in entity.get("places") or []:
        if event_place.get("latitude") is None or event_place.get("longitude") is None:
            continue
        place = found.setdefault(
            _point(event_place), {**event_place, "events": 0, "articles": 0, "itself": False}
        )
        place["events"] += event_place.get("events") or 0
    rows = sorted(found.values(), key=lambda p: (not p["itself"], -p["events"], -p["articles"]))
    for row in rows:
        row["href"] = entity_href(entity_ref(row))
    return rows[:limit]


def _point(place: Mapping[str, Any]) -> tuple[float, float]:
    """Where a place is, to the metre or so: the same gazetteer entry gives the same point."""
    return round(float(place["latitude"]), 4), round(float(place["longitude"]), 4)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return row is not None


def entity_types(conn: sqlite3.Connection) -> list[str]:
    """The entity types the store holds, most frequent first (for the filter forms)."""
    rows = conn.execute("SELECT type FROM entities GROUP BY type ORDER BY count(*) DESC, type")
    return [row[0] for row in rows]


def event_types(conn: sqlite3.Connection) -> list[str]:
    """The event types the store holds, most frequent first (for the filter forms)."""
    rows = conn.execute("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC, type")
    return [row[0] for row in rows]


def figure_topics(conn: sqlite3.Connection, *, limit: int = 40) -> list[dict[str, Any]]:
    """What the stored figures count (killed, hostages, …), most reported first."""
    rows = conn.execute(
        "SELECT category AS about, count(*) AS figures FROM quantities "
        "WHERE category IS NOT NULL GROUP BY category ORDER BY figures DESC, category LIMIT ?",
        (limit,),
    )
    return [dict(row) for row in rows]


def figure_series(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ledger rows as one series per source, each point dated and linked to its article.

    Rows without a day or a value cannot be placed on a time axis and are left out.
    """
    series: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row.get("reported") is None or row.get("value") is None:
            continue
        name = row.get("source") or "no source given"
        entry = series.setdefault(name, {"source": name, "points": []})
        entry["points"].append(
            {
                "reported": row["reported"],
                "value": row["value"],
                "qualifier": row.get("qualifier"),
                "text": row.get("text"),
                "place": row.get("place"),
                "about": row.get("about"),
                "contested": bool(row.get("contested")),
                "title": row.get("title"),
                "outlet": row.get("outlet"),
                "href": figure_href(row),
            }
        )
    ordered = sorted(series.values(), key=lambda s: (-len(s["points"]), s["source"]))
    for entry in ordered:
        entry["points"].sort(key=lambda p: (p["reported"], p["value"]))
    return ordered


def figure_href(row: Mapping[str, Any]) -> str:
    """The article view with the quantity selected."""
    return f"{article_href(row['article_id'])}#quantity:{quote(str(row['quantity_id']), safe='')}"


def first_reports(conn: sqlite3.Connection, corpus_event_ids: list[str]) -> dict[str, str]:
    """Each corpus event's earliest report, as the path of its article view."""
    if not corpus_event_ids:
        return {}
    try:
        rows = conn.execute(
            """
            SELECT r.corpus_event_id, r.article_id, r.event_id FROM event_reports r
            JOIN articles a ON a.id = r.article_id
            WHERE r.corpus_event_id IN (SELECT value FROM json_each(?))
            ORDER BY a.published IS NULL, a.published, a.seq
            """,
            (json.dumps(corpus_event_ids),),
        ).fetchall()
    except sqlite3.OperationalError:  # a store without the corpus tables
        return {}
    found: dict[str, str] = {}
    for corpus_event_id, article_id, event_id in rows:
        found.setdefault(corpus_event_id, event_href(article_id, event_id))
    return found


def _event_row(row: dict[str, Any], reports: dict[str, str]) -> dict[str, Any]:
    """An event of an entity page, whether an article's event or a corpus event."""
    statuses = row.get("statuses")
    href = None
    if row.get("article_id") and row.get("event_id"):
        href = event_href(row["article_id"], row["event_id"])
    elif row.get("id") in reports:
        href = reports[row["id"]]
    reports_n = row.get("reports")
    return {
        **row,
        "evidence": row.get("evidence"),
        "sources": row.get("sources") or row.get("source"),
        "targets": row.get("targets") or row.get("target"),
        "status": row.get("status") or (", ".join(statuses) if statuses else None),
        "reports": reports_n if isinstance(reports_n, int) else None,
        "href": href,
    }


def entity_page(conn: sqlite3.Connection, found: dict[str, Any]) -> dict[str, Any]:
    """A store entity page with links, in one shape for the page and the API.

    Aliases become ``{"alias", "mentions"}``, events carry ``href`` (an article's event
    or a corpus event's earliest report), ``article_list`` lists the articles and
    ``places`` the places with coordinates (:func:`entity_places`).
    """
    page = dict(found)
    page["ref"] = entity_ref(found)
    page["href"] = entity_href(page["ref"])
    page["aliases"] = [
        a if isinstance(a, dict) else {"alias": a, "mentions": None}
        for a in found.get("aliases", [])
    ]
    page["roles"] = [
        {**r, "reported": r.get("first_reported") or r.get("reported")}
        for r in found.get("roles", [])
    ]
    events = [*found.get("events_as_source", []), *found.get("events_as_target", [])]
    reports = first_reports(
        conn, [e["id"] for e in events if "article_id" not in e and e.get("id")]
    )
    for side in ("events_as_source", "events_as_target"):
        page[side] = [_event_row(e, reports) for e in found.get(side, [])]
    articles = found.get("article_list", found.get("articles"))
    listed = articles if isinstance(articles, list) else []
    page["article_list"] = [{**a, "href": article_href(a["id"])} for a in listed]
    for other in found.get("cooccurring", []):
        other["href"] = entity_href(entity_ref(other))
    page["cooccurring"] = found.get("cooccurring", [])
    page["stories"] = found.get("stories", [])
    page["places"] = entity_places(conn, found)
    return page
