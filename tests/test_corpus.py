"""The corpus layer: entities, events and stories across articles, through the real pipeline."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph import Article, Store
from newsgraph.cli import main
from newsgraph.corpus import CORPUS_TABLES
from newsgraph.corpus.names import person_name, same_person, similar
from newsgraph.store import EventFilter
from newsgraph.store.migrations import MIGRATIONS, STORY_ARTICLES

# name: (text, published, outlet), in ingest order.
ARTICLES: dict[str, tuple[str, str, str | None]] = {
    "erdogan_full": (
        "Turkish President Recep Tayyip Erdoğan met German Chancellor Olaf Scholz in Ankara "
        "on Monday. Erdoğan said Turkey wanted closer trade ties with Germany.",
        "2025-01-20",
        "dailysabah.com",
    ),
    "erdogan_ascii": (
        "President Erdogan told reporters in Istanbul on Tuesday that Turkey would not join "
        "the sanctions. Erdogan also praised Olaf Scholz for his visit to Ankara.",
        "2025-01-21",
        "hurriyetdailynews.com",
    ),
    "erdogan_short": (
        "Tayyip Erdoğan's government raised the minimum wage on Wednesday. President Erdoğan "
        "announced the rise in Ankara.",
        "2025-01-22",
        "aa.com.tr",
    ),
    "bin_salman": (
        "Saudi Crown Prince Mohammed bin Salman met Emmanuel Macron in Riyadh on Monday.",
        "2025-01-20",
        "arabnews.com",
    ),
    "morsi": (
        "Former Egyptian President Mohammed Morsi died in court in Cairo, state media said.",
        "2019-06-17",
        "ahram.org.eg",
    ),
    "nuseirat_a": (
        "Israeli forces attacked the Nuseirat camp in Gaza on Monday, killing 12 people, the "
        "health ministry said.",
        "2025-01-21",
        "aljazeera.com",
    ),
    "nuseirat_b": (
        "Israeli forces attacked the Nuseirat camp in Gaza on Monday and killed 15 people, "
        "according to Hamas.",
        "2025-01-21",
        "bbc.co.uk",
    ),
    "paris_france": (
        "Thousands marched in Paris, France, on Saturday against the pension reform.",
        "2025-01-18",
        None,
    ),
    "paris_texas": (
        "A tornado hit Paris, Texas, on Saturday, damaging dozens of homes.",
        "2025-01-18",
        None,
    ),
    "fidan_meets": (
        "Turkish Foreign Minister Hakan Fidan met Hamas leader Khalil al-Hayya in Ankara on "
        "Monday to discuss the ceasefire in Gaza. Fidan said Qatar and Egypt supported the talks.",
        "2025-01-20",
        "trtworld.com",
    ),
    "fidan_follow_up": (
        "Hakan Fidan said on Tuesday that his talks with Khalil al-Hayya in Ankara had moved "
        "the Gaza ceasefire forward. Qatar and Egypt will host the next round.",
        "2025-01-21",
        "middleeasteye.net",
    ),
    "iphone": (
        "Apple unveiled a new iPhone at its headquarters in Cupertino, California, on Tuesday. "
        "Tim Cook said sales would start in March.",
        "2025-01-21",
        "theverge.com",
    ),
}


@pytest.fixture(scope="module")
def articles(pipeline) -> dict[str, Article]:
    # Each article is titled by its first sentence.
    return {
        name: replace(
            pipeline.extract(text, published=published), outlet=outlet, title=text.split(".")[0]
        )
        for name, (text, published, outlet) in ARTICLES.items()
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory, articles) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "news.db"
    with Store(path) as store:
        for article in articles.values():
            assert store.add(article)
    return path


def _corpus_of(store: Store, article: Article, name: str) -> str:
    """The corpus id of the article's entity called ``name``."""
    entity = next(e for e in article.entities if e.name == name)
    corpus_id = store.corpus_id(article.id, entity.id)
    assert corpus_id is not None
    return corpus_id


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every corpus table and the counts kept beside them, rows sorted: two stores built
    alike dump alike."""
    with sqlite3.connect(path) as conn:
        return {
            table: sorted(
                conn.execute(f"SELECT * FROM {table}").fetchall(), key=lambda r: json.dumps(r)
            )
            for table in (*CORPUS_TABLES, "story_entities")
        }


def _story_entities_counted_afresh(path: Path) -> list[tuple[object, ...]]:
    """What story_entities should hold: each story's entities in its first articles."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            f"""
            SELECT sa.story_id, l.corpus_id, count(DISTINCT l.article_id)
            FROM (SELECT story_id, article_id,
                         row_number() OVER (PARTITION BY story_id ORDER BY rowid) AS n
                  FROM story_articles) sa
            JOIN articles a ON a.id = sa.article_id AND a.duplicate_of IS NULL
            JOIN entity_links l ON l.article_id = sa.article_id
            WHERE sa.n <= {STORY_ARTICLES}
            GROUP BY sa.story_id, l.corpus_id
            """
        ).fetchall()
    return sorted(rows, key=lambda r: json.dumps(r))


# -- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Recep Tayyip Erdoğan", "Tayyip Erdogan", True),
        ("Bashar al-Assad", "Bashar Assad", True),
        ("Donald J. Trump", "Donald Trump", True),
        ("Donald Trump", "Melania Trump", False),
        ("Donald Trump", "Donald Trump Jr.", False),
        ("George H. W. Bush", "George W. Bush", False),
        ("George HW Bush", "George W. Bush", False),
        ("George W Bush", "George W. Bush", True),
        ("DONALD TRUMP", "Donald Trump", True),
        ("Mohammed bin Salman", "Mohammed Morsi", False),
        ("Mohammed bin Salman", "Salman bin Abdulaziz", False),
    ],
)
def test_names_of_one_person(a: str, b: str, same: bool) -> None:
    pa, pb = person_name(a), person_name(b)
    assert pa is not None and pb is not None
    assert same_person(pa, pb) is same


@pytest.mark.parametrize(
    ("a", "b", "kind", "alike"),
    [
        ("Ministry of Health", "Health Ministry", "ORG", True),
        ("UN", "United Nations", "ORG", True),
        ("European Commission", "European Central Bank", "ORG", False),
        ("Israelis", "Israeli", "NORP", True),
        ("Department of State", "Department of Justice", "ORG", False),
    ],
)
def test_names_of_one_organization_or_group(a: str, b: str, kind: str, alike: bool) -> None:
    assert (similar(a, b, kind) > 0) is alike


# -- entities --------------------------------------------------------------------------


def test_erdogan_spellings_in_three_articles_are_one_entity(db, articles) -> None:
    with Store(db) as store:
        ids = {
            _corpus_of(store, articles["erdogan_full"], "Recep Tayyip Erdoğan"),
            _corpus_of(store, articles["erdogan_ascii"], "Erdogan"),
            _corpus_of(store, articles["erdogan_short"], "Tayyip Erdoğan"),
        }
        assert len(ids) == 1
        page = store.entity(ids.pop())
    assert page is not None
    assert page["name"] == "Recep Tayyip Erdoğan" and page["type"] == "PERSON"
    assert page["articles"] == 3 and page["country"] == "TR"
    aliases = {a["alias"]: a["mentions"] for a in page["aliases"]}
    assert aliases["Erdogan"] == 2 and aliases["Erdoğan"] == 2
    assert {"Recep Tayyip Erdoğan", "Tayyip Erdoğan"} <= set(aliases)
    assert (page["first_seen"], page["last_seen"]) == ("2025-01-20", "2025-01-22")
    roles = page["roles"]
    assert [r["title"] for r in roles] == ["President"] and roles[0]["articles"] == 3
    assert roles[0]["evidence"] and roles[0]["article_id"] == articles["erdogan_full"].id
    assert "Olaf Scholz" in {c["name"] for c in page["cooccurring"]}
    assert "met" in {e["trigger"] for e in page["events_as_source"]}


@pytest.mark.parametrize("ref", ["Erdogan", "erdoğan", "PERSON:tayyip erdogan", "Tayyip"])
def test_entity_is_found_by_name_alias_key_or_part(db, ref: str) -> None:
    with Store(db) as store:
        page = store.entity(ref)
    assert page is not None and page["name"] == "Recep Tayyip Erdoğan"


def test_two_people_named_mohammed_stay_apart(db, articles) -> None:
    with Store(db) as store:
        salman = _corpus_of(store, articles["bin_salman"], "Mohammed bin Salman")
        morsi = _corpus_of(store, articles["morsi"], "Mohammed Morsi")
        assert salman != morsi
        names = {r["name"] for r in store.entities(search="Mohammed")}
    assert names == {"Mohammed bin Salman", "Mohammed Morsi"}


def test_two_places_called_paris_stay_apart(db, articles) -> None:
    france, texas = articles["paris_france"], articles["paris_texas"]
    in_france = next(e for e in france.entities if e.name == "Paris")
    in_texas = next(e for e in texas.entities if e.name == "Paris")
    assert in_france.place and in_texas.place
    assert in_france.place.geonames_id != in_texas.place.geonames_id
    with Store(db) as store:
        assert _corpus_of(store, france, "Paris") != _corpus_of(store, texas, "Paris")
        # One GeoNames entry is one place, whatever articles call it.
        assert _corpus_of(store, articles["fidan_meets"], "Ankara") == _corpus_of(
            store, articles["erdogan_short"], "Ankara"
        )
        countries = {r["country"] for r in store.entities(search="Paris")}
    assert countries == {"FR", "US"}


def test_entities_list_corpus_entities_most_reported_first(db) -> None:
    with Store(db) as store:
        rows = store.entities(limit=100)
        people = store.entities(type="PERSON", limit=100)
        turkish = store.entities(country="TR", limit=100)
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    ankara = next(r for r in rows if r["name"] == "Ankara")
    assert ankara["articles"] == 5 and ankara["id"].startswith("ent_")
    assert all(r["type"] == "PERSON" for r in people)
    assert sum(r["name"] == "Recep Tayyip Erdoğan" for r in people) == 1
    assert {"Ankara", "Recep Tayyip Erdoğan"} <= {r["name"] for r in turkish}


# -- events ----------------------------------------------------------------------------


def test_one_attack_reported_by_two_outlets_is_one_event(db, articles) -> None:
    a, b = articles["nuseirat_a"], articles["nuseirat_b"]
    with Store(db) as store:
        reports = [
            e for e in store.events(EventFilter(type="ASSAULT")) if e["trigger"] == "attacked"
        ]
        assert {r["article_id"] for r in reports} == {a.id, b.id}
        assert len({r["corpus_event_id"] for r in reports}) == 1
        event = next(
            e
            for e in store.corpus_events(actor="Israeli")
            if e["id"] == reports[0]["corpus_event_id"]
        )
    assert (event["type"], event["date"], event["trigger"]) == ("ASSAULT", "2025-01-20", "attacked")
    assert (event["reports"], event["articles"], event["outlets"]) == (2, 2, 2)
    assert (event["source"], event["target"], event["place"]) == ("Israeli", "Nuseirat", "Gaza")
    # The reports disagree on the dead: both values are kept, not averaged.
    assert event["dead"] == [12, 15] and event["disputed"] is True
    assert event["statuses"] == ["reported"]


def test_events_of_different_articles_on_other_days_stay_apart(db, articles) -> None:
    with Store(db) as store:
        consults = [e for e in store.events(EventFilter(type="CONSULT")) if e["trigger"] == "met"]
    by_article = {e["article_id"]: e["corpus_event_id"] for e in consults}
    # Erdoğan met Scholz; bin Salman met Macron; Fidan met al-Hayya: three events.
    assert len(set(by_article.values())) == len(by_article) == 3


# -- stories ---------------------------------------------------------------------------


def test_related_articles_make_one_story_and_unrelated_ones_their_own(db, articles) -> None:
    with Store(db) as store:
        fidan = store.stories(entity="Hakan Fidan")
        assert len(fidan) == 1
        story = store.story(fidan[0]["id"])
        iphone = store.stories(entity="Tim Cook")
    assert story is not None
    ids = [a["id"] for a in story["article_list"]]
    assert ids == [articles["fidan_meets"].id, articles["fidan_follow_up"].id]
    assert story["title"] == articles["fidan_meets"].title
    assert story["title"].startswith("Turkish Foreign Minister Hakan Fidan met")
    assert (story["first_date"], story["last_date"], story["articles"]) == (
        "2025-01-20",
        "2025-01-21",
        2,
    )
    assert {"Hakan Fidan", "Khalil al-Hayya"} <= {e["name"] for e in story["entities"]}
    assert "met" in {e["trigger"] for e in story["events"]}
    assert len(iphone) == 1 and iphone[0]["articles"] == 1 and iphone[0]["id"] != story["id"]


def test_story_entities_are_kept_as_articles_join_stories(db) -> None:
    kept = _dump(db)["story_entities"]
    assert kept and kept == _story_entities_counted_afresh(db)
    with Store(db) as store:
        story = store.stories(entity="Hakan Fidan")[0]
        # The story is summed up by the entities its articles share.
        assert "Hakan Fidan" in story["entities"]


def test_timeline_of_a_story_has_its_events_in_date_order(db, articles) -> None:
    with Store(db) as store:
        story_id = store.stories(entity="Hakan Fidan")[0]["id"]
        rows = store.timeline(EventFilter(story=story_id))
    assert {r["article_id"] for r in rows} == {
        articles["fidan_meets"].id,
        articles["fidan_follow_up"].id,
    }
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)


# -- incremental, rebuilt, migrated -----------------------------------------------------


def test_rebuild_gives_the_tables_adding_gave(db, tmp_path) -> None:
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    before = _dump(copy)
    assert all(before[t] for t in ("corpus_entities", "entity_links", "corpus_events", "stories"))
    seen: list[tuple[int, int]] = []
    with Store(copy) as store:
        assert store.rebuild_corpus(lambda done, total: seen.append((done, total))) == 12
    assert seen[-1] == (12, 12)
    assert _dump(copy) == before


def test_v1_file_migrates_and_is_linked_like_a_new_one(db, tmp_path, articles) -> None:
    old = tmp_path / "v1.db"
    with Store(old, migrations=MIGRATIONS[:1]) as store:
        assert store.schema_version == 1
        for article in articles.values():
            store.add(article)
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "corpus_entities" not in tables
    with Store(old) as store:
        assert store.schema_version == MIGRATIONS[-1].version
        assert store.count() == 12
    assert _dump(old) == _dump(db)


def test_near_duplicate_is_linked_but_not_counted(db, tmp_path, pipeline, articles) -> None:
    copy = tmp_path / "dup.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    original = articles["fidan_meets"]
    text = ARTICLES["fidan_meets"][0] + " Talks resume next week."
    wire = replace(pipeline.extract(text, published="2025-01-20"), outlet="wire.example")
    with Store(copy) as store:
        fidan_before = store.entity("Hakan Fidan")
        story_before = store.stories(entity="Hakan Fidan")[0]
        assert store.add(wire, duplicate_of=original.id)
        fidan = store.entity("Hakan Fidan")
        stories = store.stories(entity="Hakan Fidan")
        links = store.corpus_ids(wire.id)
        linked = store.corpus_ids(original.id)
    assert fidan_before is not None and fidan is not None
    assert fidan["articles"] == fidan_before["articles"] == 2
    assert fidan["mentions"] == fidan_before["mentions"]
    assert len(links) == len(wire.entities) and set(links.values()) <= set(linked.values())
    assert stories == [story_before]
    with Store(copy) as store:
        ids = [a["id"] for a in store.story(story_before["id"])["article_list"]]
    assert wire.id in ids
    added = _dump(copy)
    # The copy joins its original's story but is not counted in its entities.
    assert added["story_entities"] == _story_entities_counted_afresh(copy)
    assert added["story_entities"] == _dump(db)["story_entities"]
    with Store(copy) as store:
        store.rebuild_corpus()
    assert _dump(copy) == added


# -- command line ----------------------------------------------------------------------


def test_stories_story_and_rebuild_commands(db, tmp_path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["stories", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    fidan = next(r for r in rows if "Hakan Fidan" in r["entities"])
    assert fidan["articles"] == 2
    result = runner.invoke(main, ["stories", "--db", str(db), "--since", "2025-01-22"])
    assert result.exit_code == 0 and "Tayyip" in result.stdout and "Fidan" not in result.stdout
    result = runner.invoke(main, ["story", fidan["id"], "--db", str(db)])
    assert result.exit_code == 0 and "Hakan Fidan" in result.stdout
    assert "2 articles" in result.stdout
    result = runner.invoke(main, ["story", "sto_nonesuch", "--db", str(db)])
    assert result.exit_code == 1 and "no story" in result.stderr
    result = runner.invoke(main, ["timeline", "--story", fidan["id"], "--db", str(db)])
    assert result.exit_code == 0 and "met" in result.stdout
    result = runner.invoke(main, ["entity", "Erdogan", "--db", str(db)])
    assert result.exit_code == 0 and "Recep Tayyip Erdoğan" in result.stdout
    assert "Erdogan (2)" in result.stdout
    copy = tmp_path / "cli.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    result = runner.invoke(main, ["rebuild", "--db", str(copy)])
    assert result.exit_code == 0, result.output
    assert "linked 12 articles" in result.stderr
    assert _dump(copy) == _dump(db)


def test_readable_views(db) -> None:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        person = conn.execute(
            "SELECT * FROM corpus_entity_list WHERE name = 'Recep Tayyip Erdoğan'"
        ).fetchone()
        assert person["articles"] == 3 and "Erdogan" in person["aliases"]
        event = conn.execute("SELECT * FROM corpus_event_list WHERE outlets = 2").fetchone()
        assert (event["source"], event["place"], event["reports"]) == ("Israeli", "Gaza", 2)
        story = conn.execute("SELECT * FROM story_list ORDER BY articles DESC").fetchone()
        assert story["articles"] >= 2 and story["title"]
        link = conn.execute(
            "SELECT * FROM entity_link_list WHERE name_in_article = 'Erdogan'"
        ).fetchone()
        assert link["corpus_name"] == "Recep Tayyip Erdoğan"
