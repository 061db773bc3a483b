"""The actor network: entities as nodes, events as typed, directed edges between them.

An edge runs from an event's source to its target, one per (source, target, PLOVER
type), with the number of events, the first and last event dates (the events' ``date``,
as the ``event_list`` view shows it) and the number of articles that report them.
Near-duplicate articles (``articles.duplicate_of``) are left out, so a wire copy is
counted once.

>>> with Store("news.db") as store:  # doctest: +SKIP
...     network = actor_network(store.conn, type="CONSULT", since="2025-01-01")
...     to_graphml(network, "consult.graphml")
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

from newsgraph.store.queries import event_conditions

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
# the join order: each source of an event (event_entities), the event's targets, their
# nodes, and only then the event itself for its type and date. ``{filters}`` are
# conditions on ``ev``.
_ENDS_SQL = """
    node AS NOT MATERIALIZED ({node}),
    pair AS (
        SELECT ev.article_id, ev.id AS event_id, ev.type, ev.date,
               s.node AS source, s.name AS source_name, s.type AS source_type,
               s.country AS source_country,
               t.node AS target, t.name AS target_name, t.type AS target_type,
               t.country AS target_country
        FROM event_entities es
        CROSS JOIN event_entities et
            ON et.article_id = es.article_id AND et.event_id = es.event_id
           AND et.role = 'target'
        CROSS JOIN node s ON s.article_id = es.article_id AND s.entity_id = es.entity_id
        CROSS JOIN node t ON t.article_id = et.article_id AND t.entity_id = et.entity_id
        CROSS JOIN events ev ON ev.article_id = es.article_id AND ev.id = es.event_id
        WHERE es.role = 'source'
          AND es.article_id NOT IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)
          AND s.node != t.node
          AND {filters}
          AND (:actor IS NULL
               OR s.node = :actor OR s.name LIKE :actor_like
               OR t.node = :actor OR t.name LIKE :actor_like)
    )
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
    filters = " AND ".join(event_conditions(type=type, since=since, until=until)) or "1"
    ends = _ENDS_SQL.format(node=_NODE_SQL, filters=filters)
    params = {
        "type": type,
        "since": since,
        "until": until,
        "actor": actor,
        "actor_like": None if actor is None else f"%{actor}%",
    }
    # One pass over the pairs gives both the nodes and the edges.
    nodes: dict[str, dict[str, Any]] = {}
    node_events: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    edge_events: defaultdict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for pair in _dicts(conn.execute(f"WITH {ends} SELECT * FROM pair", params)):
        event = (pair["article_id"], pair["event_id"])
        for end in ("source", "target"):
            node = nodes.setdefault(
                pair[end], {"id": pair[end], "name": None, "type": None, "country": None}
            )
            name = pair[f"{end}_name"]
            if name is not None and (node["name"] is None or len(name) > len(node["name"])):
                node["name"] = name
            node["type"] = _most(node["type"], pair[f"{end}_type"])
            node["country"] = _most(node["country"], pair[f"{end}_country"])
            node_events[pair[end]].add(event)
        key = (pair["source"], pair["target"], pair["type"])
        edge = found.setdefault(
            key,
            {"source": key[0], "target": key[1], "type": key[2], "first": None, "last": None},
        )
        if pair["date"] is not None:
            edge["first"] = min(edge["first"] or pair["date"], pair["date"])
            edge["last"] = _most(edge["last"], pair["date"])
        edge_events[key].add(event)
    for node_id, node in nodes.items():
        node["events"] = len(node_events[node_id])
    ranked = sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))
    if limit is not None:
        ranked = ranked[: max(limit, 0)]
    kept = {node["id"] for node in ranked}
    edges = []
    for key, edge in found.items():
        if key[0] in kept and key[1] in kept:
            events = edge_events[key]
            edges.append(
                {
                    "source": edge["source"],
                    "target": edge["target"],
                    "type": edge["type"],
                    "count": len(events),
                    "first": edge["first"],
                    "last": edge["last"],
                    "articles": len({article_id for article_id, _ in events}),
                }
            )
    edges.sort(key=lambda e: (-e["count"], e["source"], e["target"], e["type"]))
    nodes_out = [
        {k: node[k] for k in ("id", "name", "type", "country", "events")} for node in ranked
    ]
    return {"nodes": nodes_out, "edges": edges}


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


def _most(value: str | None, other: str | None) -> str | None:
    """The greater of two values, None aside (as SQL's max() takes them)."""
    if value is None:
        return other
    return value if other is None else max(value, other)


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """Rows as dicts, whatever the connection's row factory."""
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, tuple(row), strict=True)) for row in cursor]
