"""Queries across stored articles, through the Python API and the real command."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from newsgraph import Store, extract
from newsgraph.cli import main
from newsgraph.store import EventFilter, queries

ARTICLES = [
    (
        "According to the health ministry in Gaza, Israeli forces have killed at least 46,707 "
        "Palestinians in Gaza. Hamas leader Khalil al-Hayya met Egyptian officials in Cairo "
        "on Tuesday.",
        "2025-01-22",
    ),
    (
        "Israeli officials said about 17,000 Hamas fighters had been killed in Gaza. "
        "Israeli forces attacked the Nuseirat camp in Gaza on Monday, Hamas said.",
        "2025-01-22",
    ),
    (
        "Hamas leader Khalil al-Hayya said on Sunday that talks with Israel would resume. "
        "Egypt will host the talks in Cairo on Friday.",
        "2025-02-02",
    ),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("queries") / "news.db"
    with Store(path) as store:
        for text, published in ARTICLES:
            store.add(extract(text, published=published))
    return path


def test_entities_are_counted_across_articles(db):
    with Store(db) as store:
        rows = store.entities()
        hamas = next(r for r in rows if r["name"] == "Hamas")
        assert hamas["articles"] == 3
        assert [r["name"] for r in store.entities(type="PERSON")] == ["Khalil al-Hayya"]
        assert {r["type"] for r in store.entities(search="gaza")} == {"GPE"}


def test_entity_page_has_aliases_roles_events_and_company(db):
    with Store(db) as store:
        page = store.entity("Khalil al-Hayya")
    assert page is not None and page["type"] == "PERSON"
    # One corpus entity for both articles that name him, with its aliases counted.
    assert page["aliases"] == [{"alias": "Khalil al-Hayya", "mentions": 2}]
    assert page["articles"] == 2
    assert "Hamas" in {c["name"] for c in page["cooccurring"]}
    assert {e["trigger"] for e in page["events_as_source"]} >= {"met"}


def test_unknown_entity_is_none(db):
    with Store(db) as store:
        assert store.entity("Nobody Atall") is None


def test_events_filter_by_type_actor_place_and_dates(db):
    with Store(db) as store:
        assaults = store.events(EventFilter(type="ASSAULT"))
        assert {e["trigger"] for e in assaults} >= {"killed", "attacked"}
        assert all(e["type"] == "ASSAULT" for e in assaults)
        attacked = next(e for e in assaults if e["trigger"] == "attacked")
        assert attacked["date"] == "2025-01-20" and attacked["place"] == "Gaza"
        in_february = store.events(EventFilter(since="2025-02-01"))
        assert in_february and all(e["date"] >= "2025-02-01" for e in in_february)
        assert all(e["date"] <= "2025-01-31" for e in store.events(EventFilter(until="2025-01-31")))
        by_hayya = store.events(EventFilter(actor="Hayya"))
        assert by_hayya and all("Khalil al-Hayya" in (e["sources"] or "") for e in by_hayya)


def test_events_are_the_rows_of_event_list_newest_first(db):
    """Whatever the filters, a listing is the view's rows that pass them, in its order."""
    with Store(db) as store:
        every = [
            dict(row)
            for row in store.conn.execute(
                "SELECT ev.*, r.corpus_event_id FROM event_list ev LEFT JOIN event_reports r "
                "ON r.article_id = ev.article_id AND r.event_id = ev.event_id"
            )
        ]

        def expected(keep, limit=100):
            rows = sorted(every, key=lambda r: (r["article_id"], r["event_id"]))
            rows.sort(key=lambda r: (r["date"] is not None, r["date"] or ""), reverse=True)
            return [r for r in rows if r["duplicate_of"] is None and keep(r)][:limit]

        assert len(every) >= 6
        assert store.events() == expected(lambda r: True)
        assert store.events(limit=2) == expected(lambda r: True, 2)
        for type in {r["type"] for r in every}:
            assert store.events(EventFilter(type=type)) == expected(
                lambda r, t=type: r["type"] == t
            )
        assert store.events(EventFilter(since="2025-01-21", until="2025-02-01")) == expected(
            lambda r: r["date"] is not None and "2025-01-21" <= r["date"] <= "2025-02-01"
        )
        assert store.events(EventFilter(place="gaza")) == expected(
            lambda r: "gaza" in (r["place"] or "").lower()
        )
        assert store.events(EventFilter(status="reported")) == expected(
            lambda r: r["status"] == "reported"
        )
        hamas = store.events(EventFilter(actor="Hamas"))
        assert hamas and hamas == [r for r in expected(lambda r: True) if r in hamas]
        # A role keeps the events where the actor is in that list only.
        as_target = queries.events(store.conn, EventFilter(actor="Hamas"), role="target")
        assert as_target and all("Hamas" in (r["targets"] or "") for r in as_target)
        assert queries.events(store.conn, EventFilter(actor="Hamas"), role="source") == []
        as_source = queries.events(store.conn, EventFilter(actor="Hayya"), role="source")
        assert as_source and all("Hayya" in (r["sources"] or "") for r in as_source)
        assert queries.events(store.conn, EventFilter(actor="Hayya"), role="target") == []


def test_timeline_runs_oldest_first(db):
    with Store(db) as store:
        dates = [e["date"] for e in store.timeline() if e["date"]]
    assert dates == sorted(dates) and len(dates) >= 3


def test_timeline_keeps_what_the_event_filter_keeps_in_date_order(db):
    assaults = EventFilter(type="ASSAULT")
    later = replace(assaults, since="2025-01-21")
    with Store(db) as store:
        for where in (assaults, later):
            rows = store.timeline(where)
            key = [(r["date"] is None, r["date"] or "", r["article_id"]) for r in rows]
            assert rows and key == sorted(key)
            assert sorted(map(json.dumps, rows)) == sorted(map(json.dumps, store.events(where)))
        assert len(store.timeline(later)) < len(store.timeline(assaults))


def test_figures_ledger_flags_contested_values_between_sources(db):
    with Store(db) as store:
        ledger = store.figures(about="killed", place="Gaza")
    values = {(r["value"], r["source"]) for r in ledger}
    assert (46707, "health ministry") in values
    assert any(r["value"] == 17000 for r in ledger)
    assert all(r["contested"] for r in ledger if r["reported"] == "2025-01-22")


def test_query_commands_print_json_and_csv(db):
    runner = CliRunner()
    result = runner.invoke(main, ["entities", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0
    assert "Hamas" in {r["name"] for r in json.loads(result.stdout)}
    result = runner.invoke(
        main, ["events", "--db", str(db), "--type", "CONSULT", "--format", "csv"]
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["type"] for r in rows} == {"CONSULT"}
    result = runner.invoke(main, ["figures", "--db", str(db), "--about", "killed"])
    assert result.exit_code == 0 and "46,707" in result.stdout
    result = runner.invoke(main, ["entity", "Nobody Atall", "--db", str(db)])
    assert result.exit_code == 1 and "no stored entity" in result.stderr
    result = runner.invoke(main, ["search", "Nuseirat", "--db", str(db), "--format", "json"])
    assert len(json.loads(result.stdout)) == 1
    result = runner.invoke(main, ["timeline", "--db", str(db), "--entity", "Hamas"])
    assert result.exit_code == 0


def test_views_give_readable_joins_in_any_sql_tool(db):
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        event = conn.execute("SELECT * FROM event_list WHERE trigger = 'attacked'").fetchone()
        assert (event["type"], event["date"], event["place"]) == ("ASSAULT", "2025-01-20", "Gaza")
        figure = conn.execute("SELECT * FROM figure_ledger WHERE value = 46707").fetchone()
        assert (figure["about"], figure["source"]) == ("killed", "health ministry")
        mention = conn.execute(
            "SELECT * FROM entity_mentions WHERE name = 'Khalil al-Hayya'"
        ).fetchone()
        assert mention["key"] == "PERSON:khalil al-hayya" and mention["type"] == "PERSON"
