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


@pytest.mark.parametrize(
    "text",
    [
        "The ice west of Svalbard melted early, the scientists said.",
        "Fishing boats worked off Svalbard all summer.",
    ],
)
def test_places_person_label_after_a_compass_point_or_off_becomes_a_place(text):
    svalbard = _place(_entities(text), "Svalbard")
    assert svalbard.type == "GPE"
    assert svalbard.place is not None


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


# Counties and districts (GeoNames admin2), chosen where the article supports them.


def test_places_english_county_in_an_english_article_is_the_county_not_a_us_town():
    text = "Bird flu was found on a turkey farm in Suffolk, near Lowestoft in England."
    place = _place(_entities(text), "Suffolk").place
    assert place is not None
    assert (place.country_code, place.feature_class) == ("GB", "A")
    assert place.latitude == pytest.approx(52.2, abs=0.5)


def test_places_us_county_names_its_state_for_the_towns_around_it():
    text = "GLASGOW (WBKO) - One woman died in Glasgow. Barren County deputies said she was 60."
    entities = _entities(text)
    county = _place(entities, "Barren County").place
    assert county is not None and (county.country_code, county.admin1) == ("US", "KY")
    glasgow = _place(entities, "Glasgow").place
    assert glasgow is not None and (glasgow.country_code, glasgow.admin1) == ("US", "KY")


def test_places_county_named_like_its_town_is_the_town():
    # "York" is also the unitary authority "City of York": the town is meant.
    place = _place(_entities("Roads were closed in York and Leeds on Sunday."), "York").place
    assert place is not None and place.feature_class == "P"


def test_places_bare_county_name_of_a_team_stays_an_organization():
    entities = _entities("Surrey beat Essex by six wickets at the Oval on Saturday.")
    assert _place(entities, "Surrey").type == "ORG"


def test_places_admin2_table_adds_counties_without_generic_names():
    counties = [e for e in gazetteer().lookup("Metcalfe County") if e.feature_code == "ADM2"]
    assert [(e.country, e.admin1) for e in counties] == [("US", "KY")]
    assert not any(e.feature_code == "ADM2" for e in gazetteer().lookup("West"))


# Official names, abbreviations and names the NER cuts short.


def test_places_peoples_republic_of_china_is_china_not_taiwan():
    text = "Officials of the People's Republic of China said cases rose on Monday."
    entity = _place(_entities(text), "People's Republic of China")
    assert entity.type == "GPE"
    assert entity.place is not None and entity.place.country_code == "CN"


def test_places_official_name_inside_an_organization_is_not_split_at_its_possessive():
    text = "The notice came from the embassy of the People's Republic of China in Lima."
    entities = _entities(text)
    assert not any(e.place and e.place.country_code == "TW" for e in entities)
    assert any("People's Republic of China" in e.name for e in entities)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Democratic People's Republic of Korea", "KP"),
        ("People's Republic of Bangladesh", "BD"),
    ],
)
def test_places_other_peoples_republics_are_their_countries(name, code):
    entity = _place(_entities(f"The {name} reported new cases."), name)
    assert entity.place is not None and entity.place.country_code == code


def test_places_possessive_of_a_person_still_splits():
    entities = _entities("Erdoğan's Turkey is changing fast.")
    assert _place(entities, "Turkey").place.country_code == "TR"


def test_places_ap_state_abbreviation_in_a_dateline_places_the_town():
    # The NER takes "EDMONTON" for an organization; the dateline makes it a place.
    entities = _entities("EDMONTON, Ky. (WBKO) - A man was arrested on Monday.")
    edmonton = _place(entities, "EDMONTON")
    assert edmonton.type == "GPE"
    assert edmonton.place is not None
    assert (edmonton.place.country_code, edmonton.place.admin1) == ("US", "KY")


def test_places_acronym_before_a_list_is_no_dateline():
    assert _place(_entities("NATO, Russia and China met on Monday."), "NATO").type == "ORG"


def test_places_dateline_in_capitals_means_the_city_not_the_state():
    place = _place(_entities("WASHINGTON (AP) - The Senate voted on Tuesday."), "WASHINGTON").place
    assert place is not None
    assert (place.country_code, place.admin1, place.feature_class) == ("US", "DC", "P")


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Cases were reported in Ghana, Guinea-Bissau, Niger and Togo.", "Guinea-Bissau", "GW"),
        ("Victoria has 752 cases. New South Wales is the second.", "New South Wales", "AU"),
        ("One case was found in Rio Grande do Sul on Friday.", "Rio Grande do Sul", "BR"),
        ("Borders closed between Suriname and French Guiana today.", "French Guiana", "GF"),
        ("In Goz Beida, displaced people get three litres of water.", "Goz Beida", "TD"),
    ],
)
def test_places_mention_cut_out_of_a_longer_place_name_is_widened(text, name, code):
    entities = _entities(text)
    entity = _place(entities, name)
    assert entity.name == name
    assert entity.place is not None and entity.place.country_code == code
    for e in entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_places_whole_province_name_labelled_a_person_is_a_place():
    entity = _place(_entities("Cases rose in Minas Gerais, officials said."), "Minas Gerais")
    assert entity.type == "GPE"
    assert entity.place is not None and entity.place.country_code == "BR"


def test_places_province_found_by_its_plain_name_and_placed_among_its_towns():
    anhui = _place(_entities("Outbreaks were reported in Anhui province."), "Anhui").place
    assert anhui is not None and (anhui.country_code, anhui.feature_class) == ("CN", "A")
    # A few of Jiangsu's towns are filed far west in the source; its point stays east.
    jiangsu = next(e for e in gazetteer().lookup("Jiangsu") if e.feature_code == "ADM1")
    assert jiangsu.longitude == pytest.approx(119.5, abs=1.5)


# The province or country named right after a place.


def test_places_state_named_right_after_a_town_chooses_among_namesakes():
    text = "He was arrested in Paris, Illinois, and a truck was found in Dallas County."
    place = _place(_entities(text), "Paris").place
    assert place is not None and (place.country_code, place.admin1) == ("US", "IL")


def test_places_town_in_another_country_than_the_province_named_stays_unresolved():
    text = "The truck was pulled over on a highway in Stroud, Ontario, Canada."
    assert _place(_entities(text), "Stroud").place is None


def test_places_country_in_a_list_of_countries_is_not_taken_for_a_province():
    text = "Outbreaks were reported in Chad, Niger, Nigeria and Togo this year."
    niger = _place(_entities(text), "Niger")
    assert niger.place is None or niger.place.country_code == "NE"


# Oceans, seas, islands and buildings of government.


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("The birds migrate across the Atlantic every year.", "Atlantic", "H"),
        ("Swine were tested in two northern Luzon farms.", "Luzon", "T"),
        ("Protesters gathered outside the White House on Sunday.", "White House", "S"),
    ],
)
def test_places_waters_islands_and_seats_of_government_are_not_namesake_towns(text, name, feature):
    place = _place(_entities(text), name).place
    assert place is not None and place.feature_class == feature
