"""Batch ingest through the Python API and the real command: idempotent, parallel, resumable."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from importlib import resources

import pytest

from newsgraph import Store
from newsgraph.ingest.runner import ingest
from newsgraph.prepare import article_id, normalize_text


def _demo_rows():
    path = resources.files("newsgraph") / "data" / "demo" / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _write_corpus(path, copies):
    """``copies`` distinct articles made from the demo texts (a numbered update line each)."""
    rows = _demo_rows()
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            row = dict(rows[n % len(rows)])
            row["id"] = f"{row['id']}-{n}"
            row["text"] = f"{row['text']}\n\nThis is update {n} of the report."
            out.write(json.dumps(row) + "\n")
    return path


def _expected_ids(path):
    with path.open(encoding="utf-8") as lines:
        return {article_id(normalize_text(json.loads(line)["text"])) for line in lines}


def _dump(db):
    with Store(db) as store:
        return {i["id"]: store.get(i["id"]).to_dict() for i in store.articles(limit=10_000)}


def test_two_workers_store_the_same_records_as_one(tmp_path):
    corpus = _write_corpus(tmp_path / "corpus.jsonl", 24)
    with Store(tmp_path / "one.db") as store:
        one = ingest([corpus], store, workers=1)
    with Store(tmp_path / "two.db") as store:
        two = ingest([corpus], store, workers=2)
    assert one.added == two.added == 24
    assert _dump(tmp_path / "one.db") == _dump(tmp_path / "two.db")


def test_duplicate_texts_in_one_batch_are_stored_once(tmp_path):
    corpus = _write_corpus(tmp_path / "corpus.jsonl", 3)
    with Store(tmp_path / "news.db") as store:
        report = ingest([corpus, corpus], store)
        assert (report.added, report.duplicates) == (3, 3)
        assert store.count() == 3


def test_rerun_skips_stored_articles_before_parsing(tmp_path):
    corpus = _write_corpus(tmp_path / "corpus.jsonl", 5)
    with Store(tmp_path / "news.db") as store:
        ingest([corpus], store)
        report = ingest([corpus], store)
    assert (report.added, report.already_stored) == (0, 5)


@pytest.mark.slow
def test_killed_ingest_reruns_to_the_exact_set_without_duplicates(tmp_path):
    corpus = _write_corpus(tmp_path / "corpus.jsonl", 120)
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(db), "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("select count(*) from articles").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0  # the schema is still being created
            if stored >= 10:
                break
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be interrupted"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as conn:
        interrupted = conn.execute("select count(*) from articles").fetchone()[0]
    assert 10 <= interrupted < 120

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{120 - interrupted:,} added, {interrupted:,} already stored" in rerun.stdout

    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("select id from articles")]
        orphans = conn.execute(
            "select count(*) from mentions where article_id not in (select id from articles)"
        ).fetchone()[0]
    assert len(ids) == len(set(ids)) == 120
    assert set(ids) == _expected_ids(corpus)
    assert orphans == 0

    clean = tmp_path / "clean.db"
    subprocess.run([*command[:-3], "--db", str(clean), "-q"], check=True, capture_output=True)
    assert _dump(db) == _dump(clean)
