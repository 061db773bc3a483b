"""Queries across the stored articles: entities, events, stories, timelines, figure ledgers.

Each function takes the store's connection and its filters and returns plain rows
(dicts), so the CLI, the HTTP API and programs print or serialize them as they like.
Entities are the corpus entities of :mod:`newsgraph.corpus` (one "Recep Tayyip Erdoğan"
however the articles write him), named by their ``id``; an article entity's ``key``
still finds its corpus entity. An article stored as a near-duplicate of another
(``articles.duplicate_of``) is counted once: through the article it repeats.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from newsgraph.stages._entities.gazetteer import fold

# Events and figures read the views of the same names (see migrations.py), which a
# reader of the file in any SQL tool sees too. An actor is any of a set of corpus
# entities (see _matching_ids): its events are found from its links through
# event_entities, not by a look into every event's lists.
_ACTOR_MATCH = """
    (ev.article_id, ev.id) IN (
        SELECT ee.article_id, ee.event_id FROM entity_links l
        JOIN event_entities ee ON ee.article_id = l.article_id AND ee.entity_id = l.entity_id
        WHERE l.corpus_id IN (SELECT value FROM json_each(:actor_ids)) AND ee.role IN ({roles})
    )
"""
# The families whose corpus entities count as company on an entity page.
_ACTOR_FAMILIES = "('PERSON', 'ORG', 'PLACE', 'NORP')"
_ALIASES_SHOWN = 10
# An entity page counts the company an entity keeps in its latest articles: a bound on
# the work for "Donald Trump".
_COMPANY_ARTICLES = 500


# The condition on ``events ev`` of each event filter, bound by the filter's own name.
_EVENT_CONDITIONS = {
    "type": "ev.type = :type",
    "status": "ev.status = :status",
    "since": "ev.date >= :since",
    "until": "ev.date <= :until",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Which event reports to keep; a field left None keeps them all.

    ``actor`` is a corpus entity id, an article entity key, or part of a name or alias
    (accents and case aside); ``place`` part of the place's name; ``since`` and
    ``until`` days (YYYY-MM-DD, inclusive); ``story`` a story id.

    >>> store.events(EventFilter(type="ASSAULT", place="Gaza"))  # doctest: +SKIP
    """

    type: str | None = None
    actor: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    status: str | None = None
    story: str | None = None

    def conditions(self) -> list[str]:
        """The SQL conditions on ``events ev`` for the type, status and dates given, bound
        by the field names (``:type``, ``:status``, …) from ``dataclasses.asdict``."""
        return [sql for name, sql in _EVENT_CONDITIONS.items() if getattr(self, name) is not None]


def event_conditions(
    *,
    type: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[str]:
    """:meth:`EventFilter.conditions` for filters held as keywords (the actor network)."""
    return EventFilter(type=type, status=status, since=since, until=until).conditions()


def _like(text: str | None) -> str | None:
    return None if text is None else f"%{text}%"


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor]


def _matching_ids(conn: sqlite3.Connection, text: str) -> list[str]:
    """Corpus entities a filter names: by id, article key, or a name or alias containing it."""
    rows = conn.execute(
        """
        SELECT id FROM corpus_entities WHERE id = :text OR name LIKE :like
        UNION SELECT corpus_id FROM corpus_aliases WHERE folded LIKE :folded_like
        UNION SELECT l.corpus_id FROM entities e JOIN entity_links l
              ON l.article_id = e.article_id AND l.entity_id = e.id WHERE e.key = :text
        """,
        {"text": text, "like": f"%{text}%", "folded_like": f"%{fold(text)}%"},
    )
    return sorted(row[0] for row in rows)


def resolve_entity(conn: sqlite3.Connection, ref: str) -> str | None:
    """The corpus entity id that ``ref`` names: a corpus id, an article entity key, a name
    or alias (without accents or case), then part of a name or alias; the most reported
    where several fit."""
    folded = fold(ref)
    lookups = (
        "SELECT id FROM corpus_entities WHERE id = :ref",
        "SELECT l.corpus_id FROM entities e JOIN entity_links l "
        "ON l.article_id = e.article_id AND l.entity_id = e.id WHERE e.key = :ref "
        "GROUP BY l.corpus_id ORDER BY count(*) DESC, l.corpus_id LIMIT 1",
        "SELECT id FROM corpus_entities WHERE id IN ("
        "SELECT id FROM corpus_entities WHERE name = :ref COLLATE NOCASE "
        "UNION SELECT corpus_id FROM corpus_aliases WHERE folded = :folded) "
        "ORDER BY articles DESC, mentions DESC, id LIMIT 1",
        "SELECT id FROM corpus_entities WHERE name LIKE :like ORDER BY articles DESC, id LIMIT 1",
        "SELECT a.corpus_id FROM corpus_aliases a JOIN corpus_entities ce "
        "ON ce.id = a.corpus_id WHERE a.folded LIKE :folded_like "
        "GROUP BY a.corpus_id ORDER BY ce.articles DESC, ce.id LIMIT 1",
    )
    params = {"ref": ref, "folded": folded, "like": f"%{ref}%", "folded_like": f"%{folded}%"}
    for sql in lookups:
        row = conn.execute(sql, params).fetchone()
        if row is not None:
            return str(row[0])
    return None


def _aliases(conn: sqlite3.Connection, ids: list[str], limit: int) -> dict[str, list[Any]]:
    """The most used aliases of each corpus entity, with their mention counts."""
    found: defaultdict[str, list[Any]] = defaultdict(list)
    if not ids:
        return found
    rows = conn.execute(
        "SELECT corpus_id, alias, mentions FROM corpus_aliases "
        "WHERE corpus_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY corpus_id, mentions DESC, alias",
        (json.dumps(ids),),
    )
    for corpus_id, alias, mentions in rows:
        if len(found[corpus_id]) < limit:
            found[corpus_id].append({"alias": alias, "mentions": mentions})
    return found


def entities(
    conn: sqlite3.Connection,
    *,
    search: str | None = None,
    type: str | None = None,
    country: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Corpus entities, most reported first: id, name, type, country, aliases, counts."""
    where = ["ce.articles > 0"]
    params: dict[str, Any] = {"limit": limit}
    if type is not None:
        where.append("ce.type = :type")
        params["type"] = type
    if country is not None:
        where.append("ce.country = :country")
        params["country"] = country
    if search is not None:
        where.append("ce.id IN (SELECT value FROM json_each(:ids))")
        params["ids"] = json.dumps(_matching_ids(conn, search))
    sql = f"""
        SELECT ce.id, ce.name, ce.type, ce.country, ce.articles, ce.mentions,
               ce.first_seen, ce.last_seen, ce.key
        FROM corpus_entities ce
        WHERE {" AND ".join(where)}
        ORDER BY ce.articles DESC, ce.mentions DESC, ce.id
        LIMIT :limit
    """
    rows = _rows(conn.execute(sql, params))
    aliases = _aliases(conn, [r["id"] for r in rows], _ALIASES_SHOWN)
    for row in rows:
        row["aliases"] = [a["alias"] for a in aliases[row["id"]]]
    return rows


def entity(conn: sqlite3.Connection, ref: str, *, limit: int = 20) -> dict[str, Any] | None:
    """One corpus entity: aliases with counts, roles over time, events as source and
    target, co-occurring actors (in its latest 500 articles), the places of its events,
    articles and stories."""
    corpus_id = resolve_entity(conn, ref)
    if corpus_id is None:
        return None
    row = conn.execute(
        "SELECT id, key, name, type, country, articles, mentions, first_seen, last_seen, "
        "geonames_id, latitude, longitude FROM corpus_entities WHERE id = ?",
        (corpus_id,),
    ).fetchone()
    page = dict(row)
    page["aliases"] = _aliases(conn, [corpus_id], 1000)[corpus_id]
    page["roles"] = _roles(conn, corpus_id)
    page["events_as_source"] = corpus_events(conn, actor_id=corpus_id, role="source", limit=limit)
    page["events_as_target"] = corpus_events(conn, actor_id=corpus_id, role="target", limit=limit)
    page["cooccurring"] = _rows(
        conn.execute(
            f"""
            WITH recent AS MATERIALIZED (
                SELECT DISTINCT l.article_id FROM (
                    SELECT article_id FROM entity_links WHERE corpus_id = :id
                    ORDER BY rowid DESC LIMIT {_COMPANY_ARTICLES}) l
                JOIN articles a ON a.id = l.article_id AND a.duplicate_of IS NULL
            ),
            company AS MATERIALIZED (
                SELECT l2.corpus_id, count(DISTINCT l2.article_id) AS articles
                FROM recent JOIN entity_links l2 ON l2.article_id = recent.article_id
                WHERE l2.corpus_id != :id
                GROUP BY l2.corpus_id
            )
            SELECT company.corpus_id AS id, ce.name, ce.type, company.articles
            FROM company JOIN corpus_entities ce ON ce.id = company.corpus_id
            WHERE ce.family IN {_ACTOR_FAMILIES}
            ORDER BY company.articles DESC, ce.articles DESC, company.corpus_id
            LIMIT :limit
            """,
            {"id": corpus_id, "limit": limit},
        )
    )
    page["places"] = _rows(
        conn.execute(
            """
            SELECT ce.id, ce.name, ce.country, ce.latitude, ce.longitude,
                   count(*) AS events
            FROM corpus_events ev JOIN corpus_entities ce ON ce.id = ev.place_id
            WHERE ev.place_id IS NOT NULL
              AND ev.id IN (SELECT event_id FROM corpus_event_actors WHERE corpus_id = ?)
            GROUP BY ce.id ORDER BY events DESC, ce.id LIMIT ?
            """,
            (corpus_id, limit),
        )
    )
    page["article_list"] = _rows(
        conn.execute(
            """
            WITH latest AS MATERIALIZED (
                SELECT DISTINCT l.article_id FROM entity_links l
                JOIN articles p ON p.id = l.article_id
                WHERE l.corpus_id = ? ORDER BY p.published DESC, l.article_id LIMIT ?
            )
            SELECT a.id, a.title, a.published, a.outlet, a.duplicate_of
            FROM latest JOIN articles a ON a.id = latest.article_id
            ORDER BY a.published DESC, a.id
            """,
            (corpus_id, limit),
        )
    )
    page["stories"] = stories(conn, entity=corpus_id, limit=limit)
    return page


def _roles(conn: sqlite3.Connection, corpus_id: str) -> list[dict[str, Any]]:
    """Each title an entity is given, with its (first stated) affiliation, when it was
    first and last reported, in how many articles, and the first evidence and article.

    The roles are read in order with what grouping needs; the evidence and affiliation
    shown, those of a group's first row, are looked up for those rows only.
    """
    rows = conn.execute(
        """
        SELECT r.title, r.time, substr(a.published, 1, 10) AS reported, a.id AS article_id,
               r.entity_id, r.ord, r.affiliation
        FROM entity_links l
        JOIN roles r ON r.article_id = l.article_id AND r.entity_id = l.entity_id
        JOIN articles a ON a.id = l.article_id AND a.duplicate_of IS NULL
        WHERE l.corpus_id = ?
        ORDER BY reported IS NULL, reported, a.seq, r.ord, l.rowid
        """,
        (corpus_id,),
    )
    grouped: dict[tuple[str, str | None], dict[str, Any]] = {}
    for row in rows:
        key = (row["title"].casefold(), row["time"])
        found = grouped.get(key)
        if found is None:
            evidence = conn.execute(
                "SELECT evidence_text FROM roles WHERE article_id = ? AND entity_id = ? "
                "AND ord = ?",
                (row["article_id"], row["entity_id"], row["ord"]),
            ).fetchone()[0]
            found = grouped[key] = {
                "title": row["title"],
                "affiliation": None,
                "affiliation_id": None,
                "time": row["time"],
                "first_reported": row["reported"],
                "last_reported": row["reported"],
                "articles": set(),
                "evidence": evidence,
                "article_id": row["article_id"],
            }
        found["last_reported"] = row["reported"] or found["last_reported"]
        found["articles"].add(row["article_id"])
        if found["affiliation_id"] is None and row["affiliation"] is not None:
            affiliation = conn.execute(
                "SELECT l.corpus_id, ce.name FROM entity_links l "
                "LEFT JOIN corpus_entities ce ON ce.id = l.corpus_id "
                "WHERE l.article_id = ? AND l.entity_id = ?",
                (row["article_id"], row["affiliation"]),
            ).fetchone()
            if affiliation is not None:
                found["affiliation_id"], found["affiliation"] = affiliation
    for found in grouped.values():
        found["articles"] = len(found["articles"])
    return sorted(
        grouped.values(),
        key=lambda r: (r["first_reported"] is None, r["first_reported"] or "", -r["articles"]),
    )


def corpus_events(
    conn: sqlite3.Connection,
    *,
    actor_id: str | None = None,
    role: str = "any",
    story: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Corpus events (one row per event however many reports), newest first."""
    where = ["1"]
    params: dict[str, Any] = {"limit": limit}
    if actor_id is not None:
        roles = ("source", "target") if role == "any" else (role,)
        actor_events = (
            "SELECT event_id, date FROM corpus_event_actors WHERE corpus_id = :actor "
            f"AND role IN ({', '.join(repr(r) for r in roles)})"
        )
        if story is None:
            # An actor's rows carry each event's date: its newest events are chosen from
            # them before any event row is read.
            actor_events = (
                f"SELECT event_id FROM (SELECT DISTINCT * FROM ({actor_events}) "
                "ORDER BY date IS NULL, date DESC, event_id LIMIT :limit)"
            )
        where.append(f"ev.id IN (SELECT event_id FROM ({actor_events}))")
        params["actor"] = actor_id
    if story is not None:
        where.append(
            "ev.id IN (SELECT r.corpus_event_id FROM event_reports r JOIN story_articles sa "
            "ON sa.article_id = r.article_id WHERE sa.story_id = :story)"
        )
        params["story"] = story
    rows = _rows(
        conn.execute(
            f"SELECT ev.* FROM corpus_event_list ev WHERE {' AND '.join(where)} "
            "ORDER BY ev.date IS NULL, ev.date DESC, ev.id LIMIT :limit",
            params,
        )
    )
    for row in rows:
        for column in ("statuses", "dead", "injured"):
            row[column] = json.loads(row[column])
        row["disputed"] = bool(row["disputed"])
    return rows


def stories(
    conn: sqlite3.Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Stories with most articles first: title, first and last date, articles, top entities.

    ``entity`` is a corpus id, a key or a name (as in :func:`resolve_entity`).
    """
    where = ["s.articles > 0"]
    params: dict[str, Any] = {"limit": limit, "since": since, "until": until}
    if since is not None:
        where.append("s.last_date >= :since")
    if until is not None:
        where.append("s.first_date <= :until")
    if entity is not None:
        corpus_id = resolve_entity(conn, entity)
        where.append(
            "s.id IN (SELECT sa.story_id FROM story_articles sa JOIN entity_links l "
            "ON l.article_id = sa.article_id WHERE l.corpus_id = :entity)"
        )
        params["entity"] = corpus_id
    rows = _rows(
        conn.execute(
            f"""
            SELECT s.id, s.title, s.first_date, s.last_date, s.articles FROM stories s
            WHERE {" AND ".join(where)}
            ORDER BY s.articles DESC, s.last_date DESC, s.id
            LIMIT :limit
            """,
            params,
        )
    )
    about = _story_entities(conn, [r["id"] for r in rows], 3, _linked_articles(conn))
    for row in rows:
        row["entities"] = [e["name"] for e in about[row["id"]]]
    return rows


def _linked_articles(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]) or 1


def _story_entities(
    conn: sqlite3.Connection, story_ids: list[str], limit: int, total: int
) -> dict[str, list[dict[str, Any]]]:
    """The entities each story is most about: frequent in its first articles, rare elsewhere.

    The counts over a story's first articles are kept in ``story_entities`` (see
    :data:`newsgraph.store.migrations.STORY_ARTICLES`).
    """
    found: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    rows = conn.execute(
        f"""
        SELECT se.story_id, ce.id, ce.name, ce.type, ce.articles AS corpus_articles,
               se.articles
        FROM story_entities se JOIN corpus_entities ce ON ce.id = se.corpus_id
        WHERE se.story_id IN (SELECT value FROM json_each(?))
          AND ce.family IN {_ACTOR_FAMILIES}
        """,
        (json.dumps(story_ids),),
    )
    for row in rows:
        weight = row["articles"] * math.log((total + 1) / max(row["corpus_articles"], 1))
        found[row["story_id"]].append(
            {
                "id": row["id"],
                "name": row["name"],
                "type": row["type"],
                "articles": row["articles"],
                "weight": round(weight, 3),
            }
        )
    for entities in found.values():
        entities.sort(key=lambda r: (-r["weight"], -r["articles"], r["id"]))
        del entities[limit:]
    return found


def story(conn: sqlite3.Connection, story_id: str, *, limit: int = 20) -> dict[str, Any] | None:
    """One story: its articles in time order, the entities it is about, its events."""
    row = conn.execute(
        "SELECT id, title, first_date, last_date, articles FROM stories WHERE id = ?",
        (story_id,),
    ).fetchone()
    if row is None:
        return None
    page = dict(row)
    page["article_list"] = _rows(
        conn.execute(
            """
            SELECT a.id, a.title, a.published, a.outlet, a.url, a.duplicate_of, sa.score
            FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            WHERE sa.story_id = ?
            ORDER BY a.published IS NULL, a.published, a.seq
            """,
            (story_id,),
        )
    )
    page["entities"] = _story_entities(conn, [story_id], limit, _linked_articles(conn))[story_id]
    page["events"] = sorted(
        corpus_events(conn, story=story_id, limit=10 * limit),
        key=lambda e: (e["date"] is None, e["date"] or "", e["id"]),
    )
    return page


def corpus_id(conn: sqlite3.Connection, article_id: str, entity_id: str) -> str | None:
    """The corpus entity an article entity is linked to, or None."""
    row = conn.execute(
        "SELECT corpus_id FROM entity_links WHERE article_id = ? AND entity_id = ?",
        (article_id, entity_id),
    ).fetchone()
    return None if row is None else str(row[0])


def corpus_ids(conn: sqlite3.Connection, article_id: str) -> dict[str, str]:
    """Article entity id → corpus entity id, for every entity of one article."""
    rows = conn.execute(
        "SELECT entity_id, corpus_id FROM entity_links WHERE article_id = ?", (article_id,)
    )
    return {row[0]: row[1] for row in rows}


def events(
    conn: sqlite3.Connection,
    where: EventFilter = EventFilter(),
    *,
    role: str = "any",
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Event reports across articles that ``where`` keeps, newest first; each with the
    ``corpus_event_id`` of the event it reports.

    ``role`` is the part the actor plays: "source", "target" or "any".
    """
    # The page of events is chosen over the events table and its indexes (by date, by
    # type and date) reading only what the filters need; the event_list rows, with their
    # names, are made for that page alone.
    joins = []
    conditions = [
        "ev.article_id NOT IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)",
        *where.conditions(),
    ]
    actor_ids: list[str] = []
    if where.actor is not None:
        actor_ids = _matching_ids(conn, where.actor)
        roles = {"source": "'source'", "target": "'target'"}.get(
            role, "'source', 'target', 'participant'"
        )
        conditions.append(_ACTOR_MATCH.format(roles=roles))
    if where.place is not None:
        joins.append("JOIN entities pl ON pl.article_id = ev.article_id AND pl.id = ev.place")
        conditions += ["ev.place IS NOT NULL", "pl.name LIKE :place_like"]
    if where.story is not None:
        conditions.append(
            "ev.article_id IN (SELECT article_id FROM story_articles WHERE story_id = :story)"
        )
    sql = f"""
        WITH page AS MATERIALIZED (
            SELECT ev.article_id, ev.id FROM events ev {" ".join(joins)}
            WHERE {" AND ".join(conditions)}
            ORDER BY ev.date DESC, ev.article_id, ev.id
            LIMIT :limit
        )
        SELECT ev.*, r.corpus_event_id FROM page
        JOIN event_list ev ON ev.article_id = page.article_id AND ev.event_id = page.id
        LEFT JOIN event_reports r ON r.article_id = ev.article_id AND r.event_id = ev.event_id
        ORDER BY ev.date DESC, ev.article_id, ev.event_id
    """
    params = {
        **asdict(where),
        "actor_ids": json.dumps(actor_ids),
        "place_like": _like(where.place),
        "limit": limit,
    }
    return _rows(conn.execute(sql, params))


def timeline(
    conn: sqlite3.Connection, where: EventFilter = EventFilter(), *, limit: int = 500
) -> list[dict[str, Any]]:
    """Event reports that ``where`` keeps in date order (undated last)."""
    rows = events(conn, where, limit=limit)
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
    # The page of figures is chosen reading only what the filters and the order need (the
    # quantity, its article's day, and its place or source when asked for); the
    # figure_ledger rows are made for that page alone. Figures of one day and value keep
    # the order of ingest.
    joins = []
    where = ["q.article_id NOT IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)"]
    if about is not None:
        where.append("q.category = :about")
    if place is not None:
        joins.append("JOIN entities pl ON pl.article_id = q.article_id AND pl.id = q.place")
        where.append("pl.name LIKE :place_like")
    if source is not None:
        joins.append(
            "LEFT JOIN attributions att "
            "ON att.article_id = q.article_id AND att.id = q.attribution "
            "LEFT JOIN entities se ON se.article_id = att.article_id AND se.id = att.source_entity"
        )
        where.append("COALESCE(se.name, att.source_text) LIKE :source_like")
    if since is not None:
        where.append("substr(a.published, 1, 10) >= :since")
    if until is not None:
        where.append("substr(a.published, 1, 10) <= :until")
    sql = f"""
        WITH page AS MATERIALIZED (
            SELECT q.article_id, q.id, substr(a.published, 1, 10) AS reported, q.value, a.seq
            FROM quantities q CROSS JOIN articles a ON a.id = q.article_id {" ".join(joins)}
            WHERE {" AND ".join(where)}
            ORDER BY reported IS NULL, reported, q.value, a.seq, q.id
            LIMIT :limit
        )
        SELECT f.* FROM page
        JOIN figure_ledger f ON f.article_id = page.article_id AND f.quantity_id = page.id
        ORDER BY page.reported IS NULL, page.reported, page.value, page.seq, page.id
    """
    params = {
        "about": about,
        "place_like": _like(place),
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
