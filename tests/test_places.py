"""Places on a map: gazetteer look-ups and the choice among same-named places."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import get_pipeline
from newsgraph.records import Article, Entity
from newsgraph.stages._entities.gazetteer import fold, gazetteer
from newsgraph.stages._entities.places import outlet_country, scan_places
from newsgraph.stages.entities import find_entities


def _entities(text: str, url: str | None = None) -> list[Entity]:
    nlp = get_pipeline().nlp
    return find_entities(nlp(text), Article(id="t", text=text, url=url))


def _place(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if any(m.text == name for m in e.mentions))


SEED_PLACES = [
    ("Ankara", "TR", 39.92, 32.85),
    ("Gaza", "PS", 31.42, 34.36),  # the Gaza Strip
    ("West Bank", "PS", 32.0, 35.25),
    ("Qatar", "QA", 25.5, 51.25),
    ("Israel", "IL", 31.5, 34.75),
    ("Turkey", "TR", 39.0, 35.0),
    ("United States", "US", 39.76, -98.5),
]


@pytest.mark.parametrize(("name", "country", "lat", "lon"), SEED_PLACES)
def test_places_seed_places_have_coordinates(seed_article, name, country, lat, lon):
    entity = _place(seed_article.entities, name)
    assert entity.place is not None
    assert entity.place.country_code == country
    assert entity.place.latitude == pytest.approx(lat, abs=0.05)
    assert entity.place.longitude == pytest.approx(lon, abs=0.05)
    assert entity.country == country


def test_places_gaza_beside_israel_and_hamas_is_the_gaza_strip_not_the_mozambican_province():
    text = "Israeli officials said about 17,000 Hamas fighters had been killed in Gaza."
    place = _place(_entities(text), "Gaza").place
    assert place is not None
    assert (place.name, place.country_code) == ("Gaza Strip", "PS")


def test_places_us_state_beside_its_city_is_not_the_country_of_the_same_name():
    text = "Samples went to the CDC in Atlanta, Georgia, officials said."
    place = _place(_entities(text), "Georgia").place
    assert place is not None
    assert (place.country_code, place.feature_class) == ("US", "A")


def test_places_country_among_its_neighbours_stays_the_country():
    text = "Officials in Armenia, Azerbaijan, Georgia and Iran were asked to take measures."
    place = _place(_entities(text), "Georgia").place
    assert place is not None and place.country_code == "GE"


def test_places_key_carries_country(seed_article):
    assert _place(seed_article.entities, "Ankara").key == "GPE:ankara:TR"


def test_places_fold_treats_dotless_i_as_i():
    assert fold("Kılıç") == fold("Kilic") == "kilic"
    assert fold("Erdoğan’s") == "erdogan's"


@pytest.mark.parametrize(
    ("name", "code"),
    [("U.S.", "US"), ("Britain", "GB"), ("Palestine", "PS"), ("B.C.", "CA")],
)
def test_places_aliases_name_countries_and_provinces(name, code):
    assert gazetteer().lookup(name)[0].country == code


def test_places_demonyms_and_their_plurals_name_countries():
    demonyms = gazetteer().demonyms
    assert demonyms["turkish"] == "TR"
    assert demonyms["palestinians"] == "PS"
    assert demonyms["french"] == "FR"  # not Mayotte, which shares the demonym


def test_places_province_named_like_its_capital_is_the_city():
    entities = _entities("Protesters gathered in Ankara on Monday.")
    assert _place(entities, "Ankara").place.feature_class == "P"


def test_places_province_larger_than_its_namesake_city_stays_the_province():
    entities = _entities("Voters in Quebec went to the polls.")
    assert _place(entities, "Quebec").place.feature_class == "A"


def test_places_other_places_of_the_article_choose_among_namesakes():
    text = "The fair opened in London, Ontario, and drew visitors from across Canada."
    london = _place(_entities(text), "London")
    assert london.place.country_code == "CA"


def test_places_bare_famous_name_takes_the_largest_place():
    assert _place(_entities("She moved to Paris in 2010."), "Paris").place.country_code == "FR"


def test_places_outlet_domain_names_a_country():
    assert outlet_country("https://www.cbc.ca/news/x", None) == "CA"
    assert outlet_country("https://www.bbc.co.uk/news", None) == "GB"
    assert outlet_country("https://www.nytimes.com/x", None) is None


def test_places_small_unsupported_town_stays_unresolved():
    entities = _entities("He grew up in Springfield Gardens near the river.")
    for entity in entities:
        if entity.place is not None:
            assert entity.place.confidence is not None


def test_places_person_label_after_locative_becomes_a_place():
    entities = _entities(
        "The storm hit Cairns overnight. Residents in Cairns were told to stay inside."
    )
    cairns = _place(entities, "Cairns")
    assert cairns.type == "GPE"
    assert cairns.place is not None and cairns.place.country_code == "AU"


def test_places_organization_name_that_is_an_alternate_city_name_stays_an_organization(
    seed_article,
):
    hamas = next(e for e in seed_article.entities if e.name == "Hamas")
    assert hamas.type == "ORG"
    assert hamas.place is None


def test_places_dateline_in_capitals_is_a_place():
    entities = _entities("BAKU 1996-08-31\nAzerbaijan signed the deal on Saturday.")
    assert _place(entities, "BAKU").type == "GPE"


def test_places_scan_finds_country_names_and_datelines_only():
    doc = get_pipeline().nlp("CARDIFF 1996-08-31\nWales beat Liechtenstein and Cardiff City lost.")
    found = [doc[start:end].text for start, end in scan_places(doc, set())]
    assert found == ["CARDIFF", "Liechtenstein"]


def test_places_lookup_keeps_every_same_named_town_of_a_country():
    towns = [(e.admin1, e.population) for e in gazetteer().lookup("Dallas") if e.country == "US"]
    assert ("TX", 1326087) in towns
    assert len(towns) > 1


def test_places_capital_is_marked_in_the_table():
    assert any(e.feature_code == "PPLC" for e in gazetteer().lookup("Ankara"))
