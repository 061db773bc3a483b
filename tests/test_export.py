"""Exports from a real store through the real command."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from newsgraph import Store, extract
from newsgraph.cli import main
from newsgraph.export import GDELT_COLUMNS

TEXT = (
    "Turkish President Recep Tayyip Erdoğan met with a Hamas delegation in Ankara on "
    "Wednesday.\nIsraeli forces attacked the village of Beit Hanoun on Monday."
)


def _store(tmp_path):
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add(extract(TEXT, published="2025-01-22", url="https://example.org/a"))
    return path


def test_gdelt_export_has_a_row_per_event_with_codes_dates_and_offsets(tmp_path):
    db = _store(tmp_path)
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gdelt"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS
    meeting = next(r for r in rows if r["TriggerText"] == "met")
    assert (meeting["EventCode"], meeting["EventRootCode"], meeting["QuadClass"]) == (
        "040", "04", "1",
    )  # fmt: skip
    assert meeting["Day"] == "20250122" and meeting["Actor1Name"] == "Recep Tayyip Erdoğan"
    assert meeting["SOURCEURL"] == "https://example.org/a" and meeting["IsRootEvent"] == "1"
    attack = next(r for r in rows if r["TriggerText"] == "attacked")
    assert attack["PloverType"] == "ASSAULT" and attack["GoldsteinScale"] == "-10.0"
    assert attack["Day"] == "20250120"  # "on Monday" before a Wednesday publication
    start, end = int(attack["TriggerStart"]), int(attack["TriggerEnd"])
    assert TEXT[start:end] == "attacked"


def test_jsonl_export_writes_every_article_record(tmp_path):
    db = _store(tmp_path)
    out = tmp_path / "articles.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["text"] == TEXT


def test_csv_export_has_a_row_per_event_with_names(tmp_path):
    db = _store(tmp_path)
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    meeting = next(r for r in rows if r["trigger"] == "met")
    assert meeting["type"] == "CONSULT" and meeting["sources"] == "Recep Tayyip Erdoğan"
    assert meeting["date"] == "2025-01-22" and meeting["targets"] == "Hamas"
