"""The SQLite store: round trips, idempotence, atomicity, search, migrations, errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import newsgraph
from newsgraph import SCHEMA_VERSION, Article, Store, StoreError
from newsgraph.errors import SpanError
from newsgraph.records import (
    Attribution,
    Counted,
    Entity,
    Event,
    Place,
    Quantity,
    Role,
    Source,
    Span,
    TimeExpression,
)
from newsgraph.store.migrations import MIGRATIONS, Migration

ERDOGAN_TEXT = (
    "Turkish President Recep Tayyip Erdoğan met Israeli Prime Minister Benjamin Netanyahu "
    "in Ankara on Wednesday. Erdoğan told reporters the talks were useful."
)
GAZA_TEXT = (
    "The Gaza Health Ministry said on Sunday that at least 46,707 Palestinians have been "
    "killed since October 2023. Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani "
    "announced the ceasefire in Doha."
)
HAND_TEXT = (
    "Hamas will release 33 hostages on Sunday, the Gaza Health Ministry said. "
    "Officials believe about 1,000 prisoners may be freed in Gaza."
)


@pytest.fixture(scope="module")
def extracted() -> list[Article]:
    """Articles from the real pipeline (entities only, so far), one with non-ASCII names."""
    erdogan = newsgraph.extract(ERDOGAN_TEXT, published="2025-01-22", title="Erdoğan in Ankara")
    erdogan.metadata = {"byline": "Ayşe Yılmaz", "tags": ["Türkiye", "Israel"], "words": 25}
    gaza = newsgraph.extract(
        GAZA_TEXT, published="2025-01-19", url="https://example.com/gaza", outlet="Example"
    )
    assert any(e.name == "Recep Tayyip Erdoğan" for e in erdogan.entities)
    return [erdogan, gaza]


def span(text: str, phrase: str, occurrence: int = 0) -> Span:
    """The span of the n-th occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def hand_built(article_id: str = "hand0000000001", text: str = HAND_TEXT) -> Article:
    """An article with records of every type, including the optional parts left empty."""

    def s(phrase: str, occurrence: int = 0) -> Span:
        return span(text, phrase, occurrence)

    hostages = s("33 hostages")
    prisoners = s("about 1,000 prisoners")
    return Article(
        id=article_id,
        text=text,
        title="Hostage deal",
        url="https://example.org/deal",
        outlet="Example Wire",
        published="2025-01-17T09:30:00+02:00",
        published_basis="dateline",
        language="en",
        pipeline_version="test",
        metadata={"section": "Middle East", "authors": ["Zoë", "Ömer"], "nested": {"n": 1.5}},
        entities=[
            Entity(
                id="E1",
                type="ORG",
                name="Hamas",
                mentions=[s("Hamas")],
                roles=[Role(title="armed group"), Role(title="party", evidence=s("Hamas"))],
                key="ORG:hamas",
            ),
            Entity(
                id="E2",
                type="ORG",
                name="Gaza Health Ministry",
                mentions=[s("Gaza Health Ministry")],
                roles=[Role(title="ministry", affiliation="E3", time="current")],
            ),
            Entity(
                id="E3",
                type="GPE",
                name="Gaza",
                mentions=[s("Gaza", 1), s("Gaza", 0)],  # out of text order on purpose
                place=Place(
                    geonames_id=281133,
                    name="Gaza",
                    country_code="PS",
                    admin1="Gaza Strip",
                    latitude=31.50161,
                    longitude=34.46672,
                    feature_class="P",
                    confidence=0.9,
                ),
                key="GPE:gaza",
                country="PS",
            ),
            Entity(id="E4", type="LOC", name="Sunday", mentions=[s("Sunday")], place=Place()),
        ],
        times=[
            TimeExpression(
                id="T1",
                start=s("Sunday").start,
                end=s("Sunday").end,
                text="Sunday",
                type="DATE",
                value="2025-01-19",
                anchor="publication",
            ),
            TimeExpression(id="T0", start=0, end=0, text="", type="DURATION", value="P1D"),
        ],
        quantities=[
            Quantity(
                id="Q1",
                start=hostages.start,
                end=hostages.end,
                text=hostages.text,
                value=33.0,
                counted=Counted(span=s("hostages"), category="hostages"),
                entities=["E1"],
                time="T1",
                attribution="A1",
            ),
            Quantity(
                id="Q2",
                start=prisoners.start,
                end=prisoners.end,
                text=prisoners.text,
                value=1000,
                qualifier="about",
                low=900.0,
                high=1100.0,
                unit="people",
                counted=Counted(span=None, category="prisoners"),
                place="E3",
            ),
            Quantity(id="Q3", start=0, end=5, text="Hamas", value=None),
        ],
        attributions=[
            Attribution(
                id="A1",
                cue=s("said"),
                source=Source(span=s("the Gaza Health Ministry"), entity="E2"),
                content=s("Hamas will release 33 hostages on Sunday"),
                kind="indirect",
            ),
            Attribution(
                id="A2",
                cue=s("believe"),
                source=Source(span=s("Officials")),
                content=s("about 1,000 prisoners may be freed in Gaza"),
                kind="belief",
                hedged=True,
            ),
            Attribution(id="A3", cue=s("said"), source=None, content=None, kind="according-to"),
            Attribution(id="A4", cue=s("said"), source=Source(span=None), content=None, kind="x"),
        ],
        events=[
            Event(
                id="V1",
                type="CONCEDE",
                mode="release",
                cameo="0841",
                trigger=s("release"),
                evidence=s(
                    "Hamas will release 33 hostages on Sunday, the Gaza Health Ministry said."
                ),
                sources=["E1"],
                targets=[],
                participants=["E2", "E3"],
                source_spans=[s("Hamas")],
                target_spans=[s("hostages"), s("Gaza Health Ministry")],
                time="T1",
                time_basis="expression",
                place="E3",
                status="reported",
                attribution="A1",
                dead="Q1",
                injured="Q2",
                confidence=0.75,
            ),
            Event(id="V2", type="AID", trigger=s("freed"), evidence=s("Officials believe")),
        ],
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "news.db") as opened:
        yield opened


def _rows(store: Store, table: str, article_id: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE article_id = ?"
    n: int = store.conn.execute(sql, (article_id,)).fetchone()[0]
    return n


# -- round trips -------------------------------------------------------------------


def test_extracted_articles_round_trip(store: Store, extracted: list[Article]) -> None:
    for article in extracted:
        assert store.add(article, source="test")
    for article in extracted:
        back = store.get(article.id)
        assert back is not None
        assert back.to_dict() == article.to_dict()
        assert back.published_basis == article.published_basis == "given"
        assert back.metadata == article.metadata


def test_non_ascii_names_survive(store: Store, extracted: list[Article]) -> None:
    store.add(extracted[0])
    back = store.get(extracted[0].id)
    assert back is not None
    assert "Recep Tayyip Erdoğan" in [e.name for e in back.entities]
    assert back.metadata["byline"] == "Ayşe Yılmaz"


def test_hand_built_records_of_every_type_round_trip(store: Store) -> None:
    article = hand_built()
    assert store.add(article)
    back = store.get(article.id)
    assert back is not None
    assert back.to_dict() == article.to_dict()
    assert back.published_basis == "dateline"
    assert back.metadata == article.metadata
    # An empty place and a source with neither span nor entity stay what they were.
    assert back.entities[3].place == Place()
    assert back.entities[1].place is None
    assert back.attributions[2].source is None
    assert back.attributions[3].source == Source(span=None)
    assert back.attributions[1].hedged is True


def test_get_unknown_id_is_none(store: Store) -> None:
    assert store.get("nope") is None


def test_spans_are_plain_columns(store: Store) -> None:
    article = hand_built()
    store.add(article)
    row = store.conn.execute(
        'SELECT start, "end", text FROM quantities WHERE article_id = ? AND id = ?',
        (article.id, "Q1"),
    ).fetchone()
    assert article.text[row["start"] : row["end"]] == row["text"] == "33 hostages"


# -- idempotence and atomicity ----------------------------------------------------


def test_adding_twice_stores_once(store: Store, extracted: list[Article]) -> None:
    assert store.add(extracted[0]) is True
    assert store.add(extracted[0]) is False
    assert store.count() == 1
    assert _rows(store, "entities", extracted[0].id) == len(extracted[0].entities)


def test_failed_insert_leaves_nothing_and_store_stays_usable(store: Store) -> None:
    broken = hand_built("broken00000001")
    broken.times.append(broken.times[0])  # the same time id twice: a primary key violation
    with pytest.raises(StoreError, match=r"broken00000001.*nothing of it was written"):
        store.add(broken)
    assert not store.has("broken00000001")
    for table in ("entities", "mentions", "roles", "times", "quantities", "events"):
        assert _rows(store, table, "broken00000001") == 0
    assert store.search("hostages") == []
    good = hand_built("good0000000001")
    assert store.add(good)
    assert store.count() == 1


def test_span_that_misses_the_text_is_refused(store: Store) -> None:
    article = hand_built()
    article.entities[0].mentions.append(Span(0, 5, "Qatar"))
    with pytest.raises(SpanError):
        store.add(article)
    assert store.count() == 0


def test_metadata_that_is_not_json_is_refused(store: Store) -> None:
    article = hand_built()
    article.metadata = {"when": object()}
    with pytest.raises(StoreError, match="not plain JSON"):
        store.add(article)
    assert store.count() == 0


def test_deleting_an_article_deletes_its_records_and_index(store: Store) -> None:
    article = hand_built()
    store.add(article)
    store.conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
    for table in (
        "entities",
        "mentions",
        "roles",
        "times",
        "quantities",
        "attributions",
        "events",
        "event_entities",
    ):
        assert _rows(store, table, article.id) == 0
    assert store.search("hostages") == []


# -- lookups and listings ----------------------------------------------------------


def test_has_and_stored_ids(store: Store, extracted: list[Article]) -> None:
    store.add(extracted[0])
    assert store.has(extracted[0].id)
    assert not store.has(extracted[1].id)
    many = [f"missing{i}" for i in range(1200)] + [extracted[0].id, extracted[0].id]
    assert store.stored_ids(iter(many)) == {extracted[0].id}
    assert store.stored_ids([]) == set()


def test_ids_with_prefix(store: Store, extracted: list[Article]) -> None:
    for article in [*extracted, hand_built("a*b?c[d]"), hand_built("a*b?c[e]"), hand_built("axb")]:
        store.add(article)
    first = extracted[0].id
    assert store.ids_with_prefix(first[:6]) == [first]
    assert store.ids_with_prefix("a*b?c[") == ["a*b?c[d]", "a*b?c[e]"]
    assert store.ids_with_prefix("a*b?c[", limit=1) == ["a*b?c[d]"]
    assert store.ids_with_prefix("zzz") == []


def test_articles_lists_summaries_in_ingest_order(store: Store, extracted: list[Article]) -> None:
    for article in [*extracted, hand_built()]:
        store.add(article)
    listed = store.articles()
    assert [a["id"] for a in listed] == [extracted[0].id, extracted[1].id, "hand0000000001"]
    assert listed[1]["url"] == "https://example.com/gaza"
    assert listed[1]["outlet"] == "Example"
    assert listed[0]["title"] == "Erdoğan in Ankara"
    assert listed[2]["entities"] == 4
    assert listed[2]["events"] == 2
    assert [a["id"] for a in store.articles(limit=1, offset=1)] == [extracted[1].id]


def test_stats_counts(store: Store, extracted: list[Article]) -> None:
    articles = [*extracted, hand_built()]
    for article in articles:
        store.add(article)
    stats = store.stats()
    assert stats["articles"] == store.count() == 3
    assert stats["entities"] == sum(len(a.entities) for a in articles)
    assert stats["mentions"] == sum(len(e.mentions) for a in articles for e in a.entities)
    for kind in ("times", "quantities", "attributions", "events"):
        assert stats[kind] == sum(len(getattr(a, kind)) for a in articles)
    assert stats["roles"] == sum(len(e.roles) for a in articles for e in a.entities)
    by_type: dict[str, int] = {}
    for article in articles:
        for entity in article.entities:
            by_type[entity.type] = by_type.get(entity.type, 0) + 1
    assert stats["entities_by_type"] == by_type
    assert stats["schema_version"] == SCHEMA_VERSION
    assert stats["path"] == str(store.path)
    assert stats["file_size"] > 0


# -- search ------------------------------------------------------------------------


def test_search_finds_a_word_with_a_snippet(store: Store, extracted: list[Article]) -> None:
    for article in extracted:
        store.add(article)
    hits = store.search("ceasefire")
    assert [h["id"] for h in hits] == [extracted[1].id]
    assert "[ceasefire]" in hits[0]["snippet"]
    assert hits[0]["url"] == "https://example.com/gaza"


def test_search_ignores_diacritics_and_reads_titles(store: Store, extracted: list[Article]) -> None:
    for article in extracted:
        store.add(article)
    assert [h["id"] for h in store.search("erdogan")] == [extracted[0].id]
    assert [h["id"] for h in store.search("title:Ankara")] == [extracted[0].id]


def test_search_blank_query_finds_nothing(store: Store, extracted: list[Article]) -> None:
    store.add(extracted[0])
    assert store.search("  ") == []


@pytest.mark.parametrize("query", ['"unclosed', "Erdoğan AND", "nosuchcolumn:word", "(("])
def test_malformed_search_query_raises_store_error(store: Store, query: str) -> None:
    store.add(hand_built())
    with pytest.raises(StoreError, match="not valid full-text syntax"):
        store.search(query)


# -- opening files -------------------------------------------------------------------


def test_wal_foreign_keys_and_synchronous_are_set(store: Store) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_reopening_keeps_the_articles(tmp_path: Path, extracted: list[Article]) -> None:
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add(extracted[0])
    with Store(str(path)) as store:
        assert store.count() == 1
        back = store.get(extracted[0].id)
        assert back is not None and back.to_dict() == extracted[0].to_dict()


def test_file_that_is_not_a_database_raises(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 200)
    with pytest.raises(StoreError, match=r"notes\.db is not a SQLite database"):
        Store(path)
    assert path.read_text().startswith("These are my notes")


def test_other_sqlite_database_raises_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE articles (headline TEXT)")
        conn.execute("INSERT INTO articles VALUES ('kept')")
    conn.close()
    with pytest.raises(StoreError, match=r"migration 1 \(initial schema\) failed.*another path"):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT headline FROM articles").fetchall() == [("kept",)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()


def test_folder_path_raises(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder exists"):
        Store(tmp_path / "no" / "such" / "news.db")


def test_file_from_a_newer_newsgraph_raises(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match=r"newer newsgraph.*Upgrade newsgraph"):
        Store(path)


def test_closed_store_says_so(tmp_path: Path) -> None:
    store = Store(tmp_path / "news.db")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count()


# -- migrations ----------------------------------------------------------------------


def test_last_migration_is_the_record_schema_version() -> None:
    assert MIGRATIONS[-1].version == SCHEMA_VERSION
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_new_file_records_its_migrations(store: Store) -> None:
    rows = store.conn.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
    assert [tuple(r) for r in rows] == [(m.version, m.name) for m in MIGRATIONS]
    assert store.schema_version == SCHEMA_VERSION


def test_older_file_gets_a_new_migration_once(tmp_path: Path, extracted: list[Article]) -> None:
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add(extracted[0])
    calls: list[int] = []

    def backfill(conn: sqlite3.Connection) -> None:
        calls.append(1)
        conn.execute("UPDATE articles SET note = 'v2: ' || id")

    v = SCHEMA_VERSION
    later = [
        *MIGRATIONS,
        Migration(v + 1, "add note", "ALTER TABLE articles ADD COLUMN note TEXT;"),
        Migration(v + 2, "backfill note", backfill),
    ]
    with Store(path, migrations=later) as store:
        assert store.schema_version == v + 2
        note = store.conn.execute("SELECT note FROM articles").fetchone()[0]
        assert note == f"v2: {extracted[0].id}"
        back = store.get(extracted[0].id)
        assert back is not None and back.to_dict() == extracted[0].to_dict()
    with Store(path, migrations=later) as store:
        versions = store.conn.execute("SELECT version, name FROM migrations ORDER BY version")
        assert [tuple(r) for r in versions] == [
            *((m.version, m.name) for m in MIGRATIONS),
            (v + 1, "add note"),
            (v + 2, "backfill note"),
        ]
    assert calls == [1]
    # The older newsgraph now meets a file from its future.
    with pytest.raises(StoreError, match="newer newsgraph"):
        Store(path)


def test_failed_migration_leaves_the_file_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    Store(path).close()
    v = SCHEMA_VERSION
    later = [
        *MIGRATIONS,
        Migration(v + 1, "add note", "ALTER TABLE articles ADD COLUMN note TEXT;"),
        Migration(v + 2, "broken", "ALTER TABLE no_such_table ADD COLUMN x TEXT;"),
    ]
    with pytest.raises(StoreError, match=rf"migration {v + 2} \(broken\) failed.*unchanged"):
        Store(path, migrations=later)
    with Store(path) as store:
        assert store.schema_version == v
        columns = [r["name"] for r in store.conn.execute("PRAGMA table_info(articles)")]
        assert "note" not in columns
        assert store.conn.execute("SELECT max(version) FROM migrations").fetchone()[0] == v


def _event_dates_and_actors(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """What migration 3 derives from the events: their dates and their actors, in order."""
    conn = store.conn
    dates = conn.execute("SELECT article_id, id, date FROM events ORDER BY article_id, id")
    actors = conn.execute(
        "SELECT article_id, entity_id, role, event_id FROM event_entities "
        "ORDER BY article_id, entity_id, role, event_id"
    )
    return {"dates": [tuple(r) for r in dates], "actors": [tuple(r) for r in actors]}


def test_v3_file_gets_the_confidence_column_empty_for_what_it_held(
    tmp_path: Path, extracted: list[Article]
) -> None:
    old = tmp_path / "v3.db"
    first, *rest = extracted
    with Store(old, migrations=MIGRATIONS[:3]) as store:
        store.add(first)
        columns = {r["name"] for r in store.conn.execute("PRAGMA table_info(attributions)")}
        assert "confidence" not in columns
        # the file at its old schema reads back, with no confidence
        stored = store.get(first.id)
        assert stored is not None and stored.attributions
        assert stored.attributions == [replace(a, confidence=None) for a in first.attributions]
    with Store(old) as store:
        assert store.schema_version == SCHEMA_VERSION
        for article in rest:
            store.add(article)
        rows = store.conn.execute("SELECT article_id, confidence FROM attributions").fetchall()
        # what was stored before the column existed has no confidence; what came after has
        assert {r["confidence"] for r in rows if r["article_id"] == first.id} == {None}
        later = [r["confidence"] for r in rows if r["article_id"] != first.id]
        assert later and all(0 < c <= 1 for c in later)
        assert store.get(rest[0].id).attributions == rest[0].attributions


def test_v2_file_gets_the_event_dates_and_actors_a_new_file_has(
    tmp_path: Path, extracted: list[Article]
) -> None:
    articles = [*extracted, hand_built()]
    old = tmp_path / "v2.db"
    with Store(old, migrations=MIGRATIONS[:2]) as store:
        assert store.schema_version == 2
        for article in articles:
            store.add(article)
        columns = {r["name"] for r in store.conn.execute("PRAGMA table_info(events)")}
        assert "date" not in columns
        view_dates = {
            (r["article_id"], r["event_id"]): r["date"]
            for r in store.conn.execute("SELECT article_id, event_id, date FROM event_list")
        }
    with Store(old) as store:
        assert store.schema_version == SCHEMA_VERSION
        migrated = _event_dates_and_actors(store)
    with Store(tmp_path / "new.db") as store:
        for article in articles:
            store.add(article)
        assert _event_dates_and_actors(store) == migrated
    # The stored dates are those the version 2 view worked out on every query.
    assert {(a, e): d for a, e, d in migrated["dates"]} == view_dates
    hand = hand_built()
    dates = {(a, e): d for a, e, d in migrated["dates"]}
    assert dates[hand.id, "V1"] == "2025-01-19"  # its time expression's day
    assert dates[hand.id, "V2"] == "2025-01-17"  # no time: the day it was published
    assert {(e, r) for a, e, r, v in migrated["actors"] if (a, v) == (hand.id, "V1")} == {
        ("E1", "source"),
        ("E2", "participant"),
        ("E3", "participant"),
    }
    assert len(migrated["actors"]) == sum(
        len(set(e.sources)) + len(set(e.targets)) + len(set(e.participants))
        for article in articles
        for e in article.events
    )


def test_event_dates_follow_their_time_and_publication_day(store: Store) -> None:
    article = hand_built()
    store.add(article)
    conn = store.conn

    def dates() -> dict[str, str | None]:
        rows = conn.execute("SELECT id, date FROM events WHERE article_id = ?", (article.id,))
        return {row[0]: row[1] for row in rows}

    assert dates() == {"V1": "2025-01-19", "V2": "2025-01-17"}
    key = {"a": article.id}
    conn.execute("UPDATE times SET value = '2025-01-26' WHERE article_id = :a AND id = 'T1'", key)
    assert dates() == {"V1": "2025-01-26", "V2": "2025-01-17"}
    # A value that is no date (a week, a duration) leaves the event its article's day.
    conn.execute("UPDATE times SET value = 'XXXX-WXX-7' WHERE article_id = :a AND id = 'T1'", key)
    assert dates() == {"V1": "2025-01-17", "V2": "2025-01-17"}
    conn.execute("UPDATE articles SET published = '2025-02-03T08:00:00Z' WHERE id = :a", key)
    assert dates() == {"V1": "2025-02-03", "V2": "2025-02-03"}
    conn.execute("UPDATE events SET time = 'T0' WHERE article_id = :a AND id = 'V2'", key)
    conn.execute("UPDATE times SET value = '2024-12-31' WHERE article_id = :a AND id = 'T0'", key)
    assert dates() == {"V1": "2025-02-03", "V2": "2024-12-31"}
    conn.execute("DELETE FROM times WHERE article_id = :a AND id = 'T0'", key)
    assert dates() == {"V1": "2025-02-03", "V2": "2025-02-03"}
    listed = {e["event_id"]: e["date"] for e in store.events()}
    assert listed == dates()


def test_event_actors_follow_the_event_lists(store: Store) -> None:
    article = hand_built()
    store.add(article)
    conn = store.conn

    def actors() -> set[tuple[str, str]]:
        rows = conn.execute(
            "SELECT entity_id, role FROM event_entities WHERE article_id = ? AND event_id = 'V1'",
            (article.id,),
        )
        return {(row[0], row[1]) for row in rows}

    assert actors() == {("E1", "source"), ("E2", "participant"), ("E3", "participant")}
    conn.execute(
        "UPDATE events SET targets = '[\"E2\"]', participants = '[]' "
        "WHERE article_id = ? AND id = 'V1'",
        (article.id,),
    )
    assert actors() == {("E1", "source"), ("E2", "target")}
