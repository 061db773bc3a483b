"""The actor network: entities as nodes, events as typed, directed edges between them.

An edge runs from an event's source to its target, one per (source, target, PLOVER
type), with the number of events, the first and last event dates (the ``date`` of the
``event_list`` view) and the number of articles that report them. Near-duplicate
articles (``articles.duplicate_of``) are left out, so a wire copy is counted once.

>>> with Store("news.db") as store:  # doctest: +SKIP
...     network = actor_network(store.conn, type="CONSULT", since="2025-01-01")
...     to_graphml(network, "consult.graphml")
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import IO, Any

__all__ = ["actor_network", "to_graphml"]

# The one place that maps an article's entity (article_id, entity_id) to a network node
# (node, name, type, country): its corpus entity (newsgraph.corpus), so that "Erdoğan"
# and "Erdogan" in two articles are one node.
_NODE_SQL = """
    SELECT l.article_id, l.entity_id, c.id AS node, c.name, c.type, c.country
    FROM entity_links l
    JOIN corpus_entities c ON c.id = l.corpus_id
"""

# Every (event, source node, target node) of the stored events that pass the filters.
# An event's source and target that are the same node make no edge. CROSS JOIN fixes
# the join order: each event, then its sources and targets by primary key.
_ENDS_SQL = """
    node AS NOT MATERIALIZED ({node}),
    pair AS (
        SELECT el.article_id, el.event_id, el.type, el.date,
               s.node AS source, s.name AS source_name, s.type AS source_type,
               s.country AS source_country,
               t.node AS target, t.name AS target_name, t.type AS target_type,
               t.country AS target_country
        FROM events ev
        CROSS JOIN json_each(ev.sources) js
        CROSS JOIN node s ON s.article_id = ev.article_id AND s.entity_id = js.value
        CROSS JOIN json_each(ev.targets) jt
        CROSS JOIN node t ON t.article_id = ev.article_id AND t.entity_id = jt.value
        CROSS JOIN event_list el ON el.article_id = ev.article_id AND el.event_id = ev.id
        WHERE el.duplicate_of IS NULL
          AND s.node != t.node
          AND (:type IS NULL OR el.type = :type)
          AND (:since IS NULL OR el.date >= :since)
          AND (:until IS NULL OR el.date <= :until)
          AND (:actor IS NULL
               OR s.node = :actor OR s.name LIKE :actor_like
               OR t.node = :actor OR t.name LIKE :actor_like)
    )
"""

_NODES_SQL = """
    WITH {ends},
    side AS (
        SELECT source AS node, source_name AS name, source_type AS type,
               source_country AS country, article_id, event_id FROM pair
        UNION ALL
        SELECT target, target_name, target_type, target_country, article_id, event_id
        FROM pair
    ),
    -- SQLite takes a bare column from the row that gives max(): the longest name.
    named AS (SELECT node, name, max(length(name)) FROM side GROUP BY node)
    SELECT side.node AS id, named.name, max(side.type) AS type,
           max(side.country) AS country,
           count(DISTINCT side.article_id || char(31) || side.event_id) AS events
    FROM side JOIN named ON named.node = side.node
    GROUP BY side.node
    ORDER BY events DESC, side.node
"""

_EDGES_SQL = """
    WITH {ends}
    SELECT source, target, type,
           count(DISTINCT article_id || char(31) || event_id) AS count,
           min(date) AS first, max(date) AS last,
           count(DISTINCT article_id) AS articles
    FROM pair
    GROUP BY source, target, type
    ORDER BY count DESC, source, target, type
"""


def actor_network(
    conn: sqlite3.Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    actor: str | None = None,
    limit: int | None = 300,
) -> dict[str, list[dict[str, Any]]]:
    """Who acts on whom: entities as nodes, events as typed edges from source to target.

    ``type`` keeps one PLOVER event type; ``since`` and ``until`` bound the event date
    (ISO 8601, inclusive); ``actor`` (an entity key or part of a name) keeps the edges
    that touch it. ``limit`` keeps the nodes in the most events (None keeps all) and the
    edges between them. Each node has ``id``, ``name``, ``type``, ``country`` and
    ``events`` (the events it takes part in, as source or target); each edge ``source``,
    ``target``, ``type``, ``count`` (events), ``first`` and ``last`` (dates, None when
    no event has one) and ``articles`` (how many report them).

    >>> actor_network(store.conn, actor="Fidan")["edges"][0]  # doctest: +SKIP
    {'source': 'PERSON:hakan fidan', 'target': 'ORG:hamas', 'type': 'CONSULT', 'count': 2,
     'first': '2025-01-20', 'last': '2025-01-30', 'articles': 2}
    """
    ends = _ENDS_SQL.format(node=_NODE_SQL)
    params = {
        "type": type,
        "since": since,
        "until": until,
        "actor": actor,
        "actor_like": None if actor is None else f"%{actor}%",
    }
    nodes = _dicts(conn.execute(_NODES_SQL.format(ends=ends), params))
    if limit is not None:
        nodes = nodes[: max(limit, 0)]
    kept = {node["id"] for node in nodes}
    edges = [
        edge
        for edge in _dicts(conn.execute(_EDGES_SQL.format(ends=ends), params))
        if edge["source"] in kept and edge["target"] in kept
    ]
    return {"nodes": nodes, "edges": edges}


def to_graphml(
    network: dict[str, list[dict[str, Any]]], path_or_file: str | Path | IO[bytes]
) -> None:
    """Write an :func:`actor_network` as GraphML (a directed multigraph, one edge per type).

    Nodes carry ``label`` (the name, which Gephi shows), ``name``, ``type``, ``country``
    and ``events``; edges carry ``type`` (also the edge key), ``label``, ``count``,
    ``weight`` (the count, Gephi's edge weight), ``first``, ``last`` and ``articles``.
    A missing value is written as an empty string.
    """
    import networkx as nx

    graph = nx.MultiDiGraph(name="newsgraph actor network")
    for node in network["nodes"]:
        graph.add_node(
            node["id"],
            label=node["name"] or node["id"],
            name=node["name"] or "",
            type=node["type"] or "",
            country=node["country"] or "",
            events=int(node["events"]),
        )
    for edge in network["edges"]:
        graph.add_edge(
            edge["source"],
            edge["target"],
            key=edge["type"],
            type=edge["type"],
            label=edge["type"],
            count=int(edge["count"]),
            weight=float(edge["count"]),
            first=edge["first"] or "",
            last=edge["last"] or "",
            articles=int(edge["articles"]),
        )
    nx.write_graphml(graph, path_or_file, encoding="utf-8")


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """Rows as dicts, whatever the connection's row factory."""
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, tuple(row), strict=True)) for row in cursor]
