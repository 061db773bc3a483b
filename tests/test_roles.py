"""Roles of people: titles, affiliations, times, demonyms and nominal mentions."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import get_pipeline
from newsgraph.records import Article, Entity
from newsgraph.stages.entities import find_entities


def _entities(text: str) -> list[Entity]:
    nlp = get_pipeline().nlp
    return find_entities(nlp(text), Article(id="t", text=text))


def _roles(entities: list[Entity], name: str) -> list[tuple[str, str | None, str | None]]:
    names = {e.id: e.name for e in entities}
    person = next(e for e in entities if e.name == name)
    return [(r.title, names.get(r.affiliation or ""), r.time) for r in person.roles]


# The table of people in the seed article's .expected.md, as this stage records it.
SEED_ROLES = [
    ("Recep Tayyip Erdoğan", ("President", "Turkey", None)),
    ("Muhammad Ismail Darwish", ("head of the Shura Council", "Hamas", None)),
    ("Muhammad Ismail Darwish", ("head of the committee", "Hamas", None)),
    ("Hakan Fidan", ("Foreign Minister", "Turkey", None)),
    ("İbrahim Kalın", ("Director", "National Intelligence Organization", None)),
    ("Fahrettin Altun", ("Presidential Communications Director", "Turkey", None)),
    ("Akif Çağatay Kılıç", ("Chief Foreign Policy and Security Adviser", "Turkey", None)),
    ("Hasan Doğan", ("Chief of Staff", "Turkey", None)),
    ("Yahya Sinwar", ("leader", "Hamas", "former")),
    ("Halil al-Hayya", ("senior figure", "Hamas", None)),
    ("Khaled Meshaal", ("senior figure", "Hamas", None)),
    ("Zaher Jabarin", ("senior figure", "Hamas", None)),
    ("Benjamin Netanyahu", ("Prime Minister", "Israel", None)),
    ("Yoav Gallant", ("defense minister", "Israel", "former")),
]


@pytest.mark.parametrize(("name", "role"), SEED_ROLES)
def test_roles_seed_people_have_their_roles(seed_article, name, role):
    assert role in _roles(seed_article.entities, name)


def test_roles_evidence_is_grounded_text(seed_article):
    fidan = next(e for e in seed_article.entities if e.name == "Hakan Fidan")
    (role,) = fidan.roles
    assert role.evidence is not None
    assert seed_article.text[role.evidence.start : role.evidence.end] == "Turkish Foreign Minister"


def test_roles_demonym_sets_person_country(seed_article):
    by_name = {e.name: e for e in seed_article.entities}
    assert by_name["Hakan Fidan"].country == "TR"
    assert by_name["Turkish"].country == "TR"


def test_roles_former_title_is_time_stamped():
    entities = _entities("The court charged former defense minister Yoav Gallant on Monday.")
    assert ("defense minister", None, "former") in _roles(entities, "Yoav Gallant")


def test_roles_demonym_without_country_entity_leaves_affiliation_open():
    entities = _entities("Turkish Foreign Minister Hakan Fidan arrived on Monday.")
    fidan = next(e for e in entities if e.name == "Hakan Fidan")
    assert fidan.roles[0].title == "Foreign Minister"
    assert fidan.roles[0].affiliation is None
    assert fidan.country == "TR"


def test_roles_apposition_head_of_organization():
    text = "The talks were chaired by John Smith, head of the World Health Organization, in May."
    assert ("head of the World Health Organization", "World Health Organization", None) in (
        _roles(_entities(text), "John Smith")
    )


def test_roles_led_by_gives_leader_of_the_group():
    text = "A Hamas delegation led by Muhammad Ismail Darwish arrived in Doha."
    assert ("leader of the delegation", "Hamas", None) in _roles(
        _entities(text), "Muhammad Ismail Darwish"
    )


def test_roles_possessive_owner_lends_its_country():
    text = (
        "Turkish President Recep Tayyip Erdoğan spoke in Turkey. "
        "Erdoğan's Chief of Staff Hasan Doğan was there."
    )
    assert ("Chief of Staff", "Turkey", None) in _roles(_entities(text), "Hasan Doğan")


def test_roles_nominal_mention_joins_the_unambiguous_person():
    text = (
        "Turkish President Recep Tayyip Erdoğan met envoys in Ankara, Turkey. "
        "Later the Turkish president spoke to reporters."
    )
    entities = _entities(text)
    erdogan = next(e for e in entities if e.name == "Recep Tayyip Erdoğan")
    assert text.rindex("president") in {m.start for m in erdogan.mentions}


def test_roles_a_name_after_a_title_is_not_an_apposition():
    text = "It included Director Ali Veli, Communications Director Ayse Kaya and others."
    assert all("Communications" not in r[0] for r in _roles(_entities(text), "Ali Veli"))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Leyla Karaca, a spokeswoman for the Turkish Red Crescent, said trucks had crossed.",
            "Leyla Karaca",
            ("spokeswoman for the Turkish Red Crescent", "Turkish Red Crescent", None),
        ),
        (
            "John Smith, a professor at Harvard University, said the study was sound.",
            "John Smith",
            ("professor at Harvard University", "Harvard University", None),
        ),
    ],
)
def test_roles_apposition_for_or_at_an_organization(text, name, role):
    assert role in _roles(_entities(text), name)
