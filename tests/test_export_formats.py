"""Parquet and GraphML exports and the actor network, from a real store built by ingest."""

from __future__ import annotations

import json
import math
import sqlite3
from collections import defaultdict

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from newsgraph import Store
from newsgraph.cli import main
from newsgraph.export import write_parquet
from newsgraph.ingest.runner import ingest
from newsgraph.network import actor_network, to_graphml

MEETING = (
    "Turkish Foreign Minister Hakan Fidan met Hamas leaders in Ankara on Monday, as efforts "
    "continue to secure a lasting ceasefire in Gaza. Israeli forces attacked Hamas fighters in "
    "the Nuseirat camp on Tuesday, the health ministry in Gaza said. Fidan later spoke with "
    "reporters about the talks and the fate of the hostages held in Gaza."
)
# An updated copy of the same report: stored as a near-duplicate of MEETING.
MEETING_UPDATED = MEETING + " The meeting lasted two hours."
LATER = (
    "Hamas accused Israel of violating the ceasefire on Sunday. "
    "Egypt will host talks between Israel and Hamas in Cairo on Friday. "
    "Hakan Fidan met Hamas leaders again in Doha on Thursday."
)
ARTICLES = [
    {"id": "meeting", "text": MEETING, "published": "2025-01-22", "source": "Wire"},
    {"id": "updated", "text": MEETING_UPDATED, "published": "2025-01-22", "source": "Paper"},
    {"id": "later", "text": LATER, "published": "2025-02-03", "source": "Wire"},
]

FIDAN, HAMAS, ISRAEL = "PERSON:hakan fidan", "ORG:hamas", "GPE:israel:IL"


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    folder = tmp_path_factory.mktemp("export_formats")
    corpus = folder / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "news.db"
    with Store(path) as store:
        report = ingest([corpus], store)
    assert (report.added, report.near_duplicates) == (3, 1)
    return path


def _sqlite_relations(path) -> dict[str, int]:
    """Every table and view a reader of the file sees, with its row count."""
    with sqlite3.connect(path) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' "
                "AND name != 'migrations'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _export_parquet(db, out):
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return result


def test_parquet_export_writes_every_table_and_view_with_its_row_count(db, tmp_path):
    out = tmp_path / "parquet"
    result = _export_parquet(db, out)
    expected = _sqlite_relations(db)
    assert {"articles", "events", "mentions", "event_list", "entity_mentions"} <= set(expected)
    assert {p.stem for p in out.glob("*.parquet")} == set(expected)
    for name, count in expected.items():
        assert pq.read_metadata(out / f"{name}.parquet").num_rows == count, name
        assert f"{name}.parquet  {count:,} rows" in result.output
    assert expected["articles"] == 3 and expected["events"] > 0


def test_parquet_columns_are_typed_and_the_signature_is_left_out(db, tmp_path):
    out = tmp_path / "parquet"
    _export_parquet(db, out)
    articles = pq.read_schema(out / "articles.parquet")
    assert "signature" not in articles.names and articles.field("seq").type == pa.int64()
    events = pq.read_table(out / "events.parquet")
    assert events.schema.field("trigger_start").type == pa.int64()
    assert events.schema.field("confidence").type == pa.float64()
    assert events.schema.field("sources").type == pa.string()
    assert all(isinstance(json.loads(s), list) for s in events.column("sources").to_pylist())
    entities = pq.read_schema(out / "entities.parquet")
    assert entities.field("place_latitude").type == pa.float64()
    event_list = pq.read_table(out / "event_list.parquet")  # a view column with no declared type
    assert event_list.schema.field("date").type == pa.string()
    assert "2025-01-20" in event_list.column("date").to_pylist()


def test_parquet_spans_index_the_article_text(db, tmp_path):
    out = tmp_path / "parquet"
    _export_parquet(db, out)
    texts = {
        row["id"]: row["text"]
        for row in pq.read_table(out / "articles.parquet", columns=["id", "text"]).to_pylist()
    }
    mentions = pq.read_table(out / "mentions.parquet").to_pylist()
    assert len(mentions) > 10
    for m in mentions:
        assert texts[m["article_id"]][m["start"] : m["end"]] == m["text"]
    for ev in pq.read_table(out / "events.parquet").to_pylist():
        text = texts[ev["article_id"]]
        assert text[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger_text"]
        assert text[ev["evidence_start"] : ev["evidence_end"]] == ev["evidence_text"]


def test_parquet_is_written_in_batches_of_rows(db, tmp_path):
    with Store(db) as store:
        written = write_parquet(store.conn, tmp_path, batch_rows=4)
        stored = [
            tuple(row)
            for row in store.conn.execute(
                'SELECT article_id, entity_id, ord, start, "end", text FROM mentions'
            )
        ]
    meta = pq.read_metadata(tmp_path / "mentions.parquet")
    assert written["mentions"] == len(stored) > 4
    assert meta.num_row_groups == math.ceil(len(stored) / 4)
    table = pq.read_table(tmp_path / "mentions.parquet")
    assert sorted(tuple(r.values()) for r in table.to_pylist()) == sorted(stored)


def test_parquet_exports_a_table_added_later_with_its_types(db, tmp_path):
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as conn:
        conn.execute("CREATE TABLE reviews (id INTEGER, name TEXT, weight REAL)")
        conn.executemany(
            "INSERT INTO reviews VALUES (?, ?, ?)", [(1, "Hamas", 0.5), (2, None, None)]
        )
    out = tmp_path / "parquet"
    _export_parquet(copy, out)
    table = pq.read_table(out / "reviews.parquet")
    assert table.schema.field("id").type == pa.int64()
    assert table.schema.field("weight").type == pa.float64()
    assert table.to_pylist() == [
        {"id": 1, "name": "Hamas", "weight": 0.5},
        {"id": 2, "name": None, "weight": None},
    ]


def test_parquet_export_needs_a_folder(db, tmp_path):
    file = tmp_path / "out.parquet"
    file.write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--format", "parquet", "-o", str(file)]
    )
    assert result.exit_code == 1 and "give a folder" in result.output


def _expected_edges(db) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """(source, target corpus entity, type) → [(article id, date)] from the stored records,
    near-duplicates left out."""
    edges: defaultdict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    with Store(db) as store:
        originals = [a["id"] for a in store.articles() if a["duplicate_of"] is None]
        for article_id in originals:
            article = store.get(article_id)
            assert article is not None and article.published
            times = {t.id: t.value for t in article.times}
            corpus = store.corpus_ids(article_id)
            for event in article.events:
                value = times.get(event.time or "", "")
                date = value if value[:4].isdigit() else article.published[:10]
                pairs = {(corpus[s], corpus[t]) for s in event.sources for t in event.targets}
                for source, target in pairs:
                    if source != target:
                        edges[(source, target, event.type)].append((article.id, date))
    return edges


@pytest.fixture(scope="module")
def nodes(db) -> dict[str, str]:
    """Article entity key → the corpus entity (network node) it is linked to."""
    with Store(db) as store:
        rows = store.conn.execute(
            "SELECT DISTINCT e.key, l.corpus_id FROM entities e JOIN entity_links l "
            "ON l.article_id = e.article_id AND l.entity_id = e.id"
        ).fetchall()
    linked: dict[str, str] = {}
    for key, corpus_id in rows:
        assert linked.setdefault(key, corpus_id) == corpus_id, f"{key} split across nodes"
    return linked


def test_graphml_export_reads_back_with_nodes_and_typed_edges(db, nodes, tmp_path):
    out = tmp_path / "actors.graphml"
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--format", "graphml", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.is_directed() and graph.is_multigraph()
    assert (
        graph.nodes[nodes[FIDAN]]["label"] == "Hakan Fidan"
        and graph.nodes[nodes[FIDAN]]["type"] == "PERSON"
    )
    assert graph.nodes[nodes[FIDAN]]["country"] == "TR"
    assert graph.nodes[nodes[HAMAS]]["country"] == ""  # no value is written as an empty string
    meetings = graph.get_edge_data(nodes[FIDAN], nodes[HAMAS], key="CONSULT")
    # Two reports of a meeting, not three: the updated copy is a near-duplicate.
    assert (meetings["count"], meetings["articles"]) == (2, 2)
    assert (meetings["first"], meetings["last"]) == ("2025-01-20", "2025-01-30")
    assert graph.get_edge_data(nodes[HAMAS], nodes[ISRAEL], key="ACCUSE")["count"] == 1
    expected = _expected_edges(db)
    found = {
        (s, t, k): (d["count"], d["articles"], d["first"], d["last"])
        for s, t, k, d in graph.edges(keys=True, data=True)
    }
    assert found == {
        key: (len(reports), len({a for a, _ in reports}), min(d for _, d in reports),
              max(d for _, d in reports))
        for key, reports in expected.items()
    }  # fmt: skip
    assert f"{graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges" in result.output


def test_near_duplicate_holds_the_same_meeting(db):
    with Store(db) as store:
        copy = next(a for a in store.articles() if a["duplicate_of"] is not None)
        article = store.get(copy["id"])
    assert article is not None
    assert any(
        e.type == "CONSULT" and [article.entity(s).key for s in e.sources] == [FIDAN]
        for e in article.events
    )


def test_actor_network_filters_by_event_type(db, nodes):
    with Store(db) as store:
        network = actor_network(store.conn, type="ACCUSE")
    assert [(e["source"], e["target"], e["type"]) for e in network["edges"]] == [
        (nodes[HAMAS], nodes[ISRAEL], "ACCUSE")
    ]
    assert {n["id"] for n in network["nodes"]} == {nodes[HAMAS], nodes[ISRAEL]}


def test_actor_network_filters_by_dates(db, nodes):
    with Store(db) as store:
        later = actor_network(store.conn, since="2025-01-25")
        earlier = actor_network(store.conn, until="2025-01-25")
        everything = actor_network(store.conn)
    assert later["edges"] and all(e["first"] >= "2025-01-25" for e in later["edges"])
    assert earlier["edges"] and all(e["last"] <= "2025-01-25" for e in earlier["edges"])
    assert sum(e["count"] for e in later["edges"]) + sum(
        e["count"] for e in earlier["edges"]
    ) == sum(e["count"] for e in everything["edges"])
    meeting = {(e["source"], e["target"], e["type"]): e for e in later["edges"]}
    assert meeting[(nodes[FIDAN], nodes[HAMAS], "CONSULT")]["count"] == 1
    assert (nodes[HAMAS], nodes[ISRAEL], "ACCUSE") not in {
        (e["source"], e["target"], e["type"]) for e in earlier["edges"]
    }


def test_actor_network_filters_by_actor_and_keeps_the_most_active_nodes(db, nodes):
    with Store(db) as store:
        fidan = actor_network(store.conn, actor="Fidan")
        top = actor_network(store.conn, limit=2)
        everything = actor_network(store.conn, limit=None)
    assert fidan["edges"] and all(
        nodes[FIDAN] in (e["source"], e["target"]) for e in fidan["edges"]
    )
    assert len(everything["nodes"]) > 2
    events = sorted((n["events"] for n in everything["nodes"]), reverse=True)
    assert [n["events"] for n in top["nodes"]] == events[:2]
    assert top["nodes"][0]["id"] == nodes[HAMAS]
    kept = {n["id"] for n in top["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in top["edges"])


def test_graphml_round_trips_a_network_through_a_file_object(db, tmp_path):
    with Store(db) as store:
        network = actor_network(store.conn)
    path = tmp_path / "net.graphml"
    with path.open("wb") as out:
        to_graphml(network, out)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert set(graph.nodes) == {n["id"] for n in network["nodes"]}
    assert graph.number_of_edges() == len(network["edges"])
    for node in network["nodes"]:
        assert graph.nodes[node["id"]]["events"] == node["events"]
