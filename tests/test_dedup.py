"""Near-duplicate articles are stored, linked to the earliest copy, and counted once."""

from __future__ import annotations

import json

from newsgraph import Store
from newsgraph.dedup import NearDuplicates, from_bytes, signature, to_bytes
from newsgraph.ingest.runner import ingest
from newsgraph.store import EventFilter

WIRE = (
    "Turkish President Recep Tayyip Erdoğan met with a Hamas delegation led by Muhammad "
    "Ismail Darwish at the presidential complex in Ankara on Wednesday, as diplomatic "
    "efforts continue to secure a lasting ceasefire between Israel and Hamas. The meeting "
    "included Turkish Foreign Minister Hakan Fidan and intelligence chief İbrahim Kalın, "
    "according to a statement from the Presidential Communications Directorate. Hamas has "
    "yet to announce a successor to its former leader Yahya Sinwar."
)
UPDATED = WIRE + " The talks lasted about two hours, officials said."
OTHER = (
    "Prime Minister Benjamin Netanyahu spoke in Jerusalem on Tuesday about the hostages. "
    "Netanyahu said Israel would keep its troops in southern Lebanon after the deadline, "
    "and the army said it had struck targets near Tyre overnight."
)


def test_signature_round_trips_through_bytes():
    minhash = signature(WIRE)
    assert from_bytes(to_bytes(minhash)).jaccard(minhash) == 1.0


def test_index_matches_a_copy_and_not_another_story():
    index = NearDuplicates([("wire", to_bytes(signature(WIRE)))])
    assert index.match(signature(UPDATED)) == "wire"
    assert index.match(signature(OTHER)) is None


def test_ingest_links_an_updated_copy_and_counts_it_once(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    rows = [
        {"id": "a", "text": WIRE, "published": "2025-01-22", "source": "Wire"},
        {"id": "b", "text": UPDATED, "published": "2025-01-22", "source": "Paper"},
        {"id": "c", "text": OTHER, "published": "2025-01-21", "source": "Paper"},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "news.db") as store:
        report = ingest([corpus], store)
        assert (report.added, report.near_duplicates) == (3, 1)
        summaries = {s["title"] or s["id"]: s for s in store.articles()}
        links = [s["duplicate_of"] for s in store.articles()]
        assert links.count(None) == 2
        first_id = store.articles()[0]["id"]
        assert links[1] == first_id  # the update points at the wire copy
        erdogan = next(e for e in store.entities() if e["name"] == "Recep Tayyip Erdoğan")
        assert erdogan["articles"] == 1
        meetings = [e for e in store.events(EventFilter(type="CONSULT")) if e["trigger"] == "met"]
        assert len(meetings) == 1
        assert len(summaries) == 3


def test_rerun_keeps_links_and_finds_copies_of_stored_articles(tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps({"text": WIRE}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"text": UPDATED}) + "\n", encoding="utf-8")
    with Store(tmp_path / "news.db") as store:
        ingest([first], store)
    with Store(tmp_path / "news.db") as store:  # a later run, a fresh index from the store
        report = ingest([second], store)
        assert report.near_duplicates == 1
