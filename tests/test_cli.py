"""The newsgraph command, run in process through Click's CliRunner."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.records import ARTICLE_KEYS
from tests.conftest import SEED

ARTICLE_A = (
    "Turkish Foreign Minister Hakan Fidan met Qatari officials in Doha on Monday. "
    "Fidan said the talks on Gaza would continue."
)
ARTICLE_B = (
    "Prime Minister Benjamin Netanyahu spoke in Jerusalem on Tuesday. "
    "Netanyahu said Israel would keep its troops in the area."
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def articles_jsonl(tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [
        {"id": "a", "text": ARTICLE_A, "published": "2025-01-20", "source": "Example Wire",
         "section": "world"},
        {"id": "b", "text": ARTICLE_B, "published": "2025-01-21"},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(runner, *args, input=None):
    result = runner.invoke(main, list(map(str, args)), input=input, catch_exceptions=False)
    return result


def test_extract_seed_json_has_the_contract_and_its_people(runner):
    if not SEED.exists():
        pytest.skip("seed example absent")
    result = _run(runner, "extract", SEED, "--published", "2025-01-22", "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert tuple(record) == ARTICLE_KEYS
    assert record["published"] == "2025-01-22"
    persons = {e["name"] for e in record["entities"] if e["type"] == "PERSON"}
    assert {"Recep Tayyip Erdoğan", "Akif Çağatay Kılıç", "Yoav Gallant"} <= persons
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert record["text"][m["start"] : m["end"]] == m["text"]


def test_extract_jsonl_keeps_order_and_input_ids(runner, tmp_path, articles_jsonl):
    with articles_jsonl.open("a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write(json.dumps({"id": "c", "text": ARTICLE_A + " Later, Fidan flew home."}) + "\n")
    result = _run(runner, "extract", "--jsonl", articles_jsonl, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("input_id") for r in lines] == ["a", "b", None, "c"]
    assert lines[0]["published"] == "2025-01-20"
    assert lines[0]["outlet"] == "Example Wire"
    assert "error" in lines[2] and "line 3" in lines[2]["source"]
    assert set(lines[1]) == {"input_id", *ARTICLE_KEYS}


def test_extract_reads_stdin(runner):
    result = _run(runner, "extract", "-", "--format", "jsonl", input=ARTICLE_B)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert "Benjamin Netanyahu" in {e["name"] for e in record["entities"]}


def test_extract_table_format(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    result = _run(runner, "extract", path, "--format", "table")
    assert result.exit_code == 0
    assert "Hakan Fidan" in result.stdout and "Entities" in result.stdout


def test_extract_empty_file_fails_with_its_reason(runner, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = _run(runner, "extract", path)
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "empty" in result.stderr


def test_extract_rejects_a_bad_published_date(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    result = _run(runner, "extract", path, "--published", "someday")
    assert result.exit_code == 1
    assert "--published" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_ingest_twice_stores_each_article_once(runner, tmp_path, articles_jsonl):
    db = tmp_path / "news.db"
    first = _run(runner, "ingest", articles_jsonl, "--db", db, "--quiet")
    assert first.exit_code == 0, first.output
    assert "2 added" in first.stdout
    second = _run(runner, "ingest", articles_jsonl, "--db", db, "--quiet")
    assert "0 added, 2 already stored" in second.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2
        metadata = conn.execute("select metadata from articles where outlet = 'Example Wire'")
        assert json.loads(metadata.fetchone()[0])["section"] == "world"


def test_ingest_batch_goes_on_past_bad_files_and_reports_them(runner, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "latin1.txt").write_bytes("Le président a dit à Ankara: café.".encode("latin-1"))
    (folder / "broken.jsonl").write_text('{"text": "ok"\n', encoding="utf-8")
    (folder / "zz_good.txt").write_text(ARTICLE_B, encoding="utf-8")
    db = tmp_path / "news.db"
    result = _run(runner, "ingest", folder, "--db", db, "--quiet")
    assert result.exit_code == 0, result.output
    assert "2 added" in result.stdout
    assert "4 skipped" in result.stdout
    for name in ("empty.txt", "binary.txt", "latin1.txt", "broken.jsonl"):
        assert name in result.stdout


def test_show_and_stats(runner, tmp_path, articles_jsonl):
    db = tmp_path / "news.db"
    _run(runner, "ingest", articles_jsonl, "--db", db, "--quiet")
    with sqlite3.connect(db) as conn:
        article_id = conn.execute(
            "select id from articles where outlet = 'Example Wire'"
        ).fetchone()[0]
    shown = _run(runner, "show", article_id[:6], "--db", db, "--format", "json")
    assert shown.exit_code == 0, shown.output
    record = json.loads(shown.stdout)
    assert record["id"] == article_id and record["text"] == ARTICLE_A
    table = _run(runner, "show", article_id, "--db", db)
    assert "Hakan Fidan" in table.stdout
    missing = _run(runner, "show", "ffffffff", "--db", db)
    assert missing.exit_code == 1 and "no stored article" in missing.stderr
    numbers = json.loads(_run(runner, "stats", "--db", db, "--format", "json").stdout)
    assert numbers["articles"] == 2
    assert numbers["entities_by_type"]["PERSON"] >= 2


def test_show_without_a_store_says_how_to_make_one(runner, tmp_path):
    result = _run(runner, "show", "abc", "--db", tmp_path / "none.db")
    assert result.exit_code == 1 and "newsgraph ingest" in result.stderr


def test_demo_ingests_the_bundled_articles(runner, tmp_path):
    db = tmp_path / "demo.db"
    result = _run(runner, "demo", "--db", db)
    assert result.exit_code == 0, result.output
    assert "10 added" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 10
        outlets = {row[0] for row in conn.execute("select distinct outlet from articles")}
        assert outlets == {"newsgraph samples"}
        persons = conn.execute("select count(*) from entities where type = 'PERSON'").fetchone()[0]
        assert persons >= 20
    again = _run(runner, "demo", "--db", db)
    assert "0 added, 10 already stored" in again.stdout


def test_bench_prints_both_rates_and_their_ratio(runner, tmp_path, articles_jsonl):
    result = _run(runner, "bench", articles_jsonl, "--limit", "2")
    assert result.exit_code == 0, result.output
    for label in ("bare spaCy parse", "full pipeline", "ratio", "store", "peak memory"):
        assert label in result.stdout


def test_every_command_has_help_and_is_in_the_readme(runner):
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, f"{name} has no help text"
        assert f"newsgraph {name}" in readme, f"README does not show 'newsgraph {name}'"
        result = _run(runner, name, "--help")
        assert result.exit_code == 0
    group = main.commands["eval"]
    for name in group.list_commands(None):
        command = group.get_command(None, name)
        assert command is not None and command.help, f"eval {name} has no help text"
        assert f"newsgraph eval {name}" in readme, f"README does not show 'newsgraph eval {name}'"


def test_ci_runs_the_readme_test_command():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if "pytest" in line).strip()
    assert command in readme
