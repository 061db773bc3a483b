"""The entity stage on the seed article and on small texts of our own."""

from __future__ import annotations

from itertools import pairwise

import pytest

from newsgraph import extract

SEED_PEOPLE = [
    "Recep Tayyip Erdoğan",
    "Muhammad Ismail Darwish",
    "Hakan Fidan",
    "İbrahim Kalın",
    "Fahrettin Altun",
    "Akif Çağatay Kılıç",
    "Hasan Doğan",
    "Yahya Sinwar",
    "Halil al-Hayya",
    "Khaled Meshaal",
    "Zaher Jabarin",
    "Benjamin Netanyahu",
    "Yoav Gallant",
]


def _by_name(article):
    return {e.name: e for e in article.entities}


@pytest.mark.parametrize("name", SEED_PEOPLE)
def test_seed_people_are_persons_with_full_names(seed_article, name):
    entity = _by_name(seed_article).get(name)
    assert entity is not None, f"{name} not found"
    assert entity.type == "PERSON"


def test_seed_has_no_other_persons(seed_article):
    persons = sorted(e.name for e in seed_article.entities if e.type == "PERSON")
    assert persons == sorted(SEED_PEOPLE)


def test_possessive_erdogan_joins_full_name_and_is_never_org(seed_article):
    text = seed_article.text
    erdogan = _by_name(seed_article)["Recep Tayyip Erdoğan"]
    possessive_starts = [i for i in range(len(text)) if text.startswith("Erdoğan’s", i)]
    assert len(possessive_starts) == 2
    mention_starts = {m.start for m in erdogan.mentions}
    assert set(possessive_starts) <= mention_starts
    for entity in seed_article.entities:
        for mention in entity.mentions:
            if mention.start in possessive_starts:
                assert entity.type == "PERSON"
                assert mention.text == "Erdoğan"  # tight: the possessive ending is not the name


def test_chief_foreign_policy_is_not_a_person(seed_article):
    for entity in seed_article.entities:
        assert all("Chief" not in m.text for m in entity.mentions)


def test_short_form_darwish_joins_full_name(seed_article):
    darwish = _by_name(seed_article)["Muhammad Ismail Darwish"]
    assert [m.text for m in darwish.mentions] == ["Muhammad Ismail Darwish", "Darwish"]


def test_acronym_in_parentheses_joins_organization(seed_article):
    mit = _by_name(seed_article)["National Intelligence Organization"]
    assert mit.type == "ORG"
    assert "MIT" in [m.text for m in mit.mentions]


def test_seed_places_and_organizations(seed_article):
    found = {(e.type, e.name) for e in seed_article.entities}
    for expected in [
        ("GPE", "Ankara"),
        ("GPE", "Gaza"),
        ("GPE", "West Bank"),
        ("GPE", "United States"),
        ("GPE", "Qatar"),
        ("ORG", "Hamas"),
        ("ORG", "Amnesty International"),
        ("ORG", "International Criminal Court"),
        ("ORG", "International Court of Justice"),
        ("ORG", "health ministry"),
    ]:
        assert expected in found


def test_entities_are_ordered_and_ids_unique(seed_article):
    firsts = [min(m.start for m in e.mentions) for e in seed_article.entities]
    assert firsts == sorted(firsts)
    ids = [e.id for e in seed_article.entities]
    assert len(ids) == len(set(ids))


def test_mentions_do_not_overlap(seed_article):
    spans = sorted((m.start, m.end) for e in seed_article.entities for m in e.mentions)
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start


def test_key_folds_accents_and_case(seed_article):
    erdogan = _by_name(seed_article)["Recep Tayyip Erdoğan"]
    assert erdogan.key == "PERSON:recep tayyip erdogan"


def test_title_before_name_is_trimmed():
    article = extract("President Joe Biden spoke in Washington. Biden said the talks went well.")
    biden = next(e for e in article.entities if e.type == "PERSON")
    assert biden.name == "Joe Biden"
    assert [m.text for m in biden.mentions] == ["Joe Biden", "Biden"]


def test_surname_goes_to_the_nearest_preceding_full_name():
    text = (
        "Anna Smith met John Smith in Boston on Monday. Later, Ms. Alice Jones arrived. "
        "John Smith left early. Smith said nothing."
    )
    article = extract(text)
    john = next(e for e in article.entities if e.name == "John Smith")
    assert text.rindex("Smith said") in {m.start for m in john.mentions}


def test_dates_and_numbers_are_not_entities(seed_article):
    assert not {"DATE", "CARDINAL", "TIME", "MONEY", "PERCENT"} & {
        e.type for e in seed_article.entities
    }


def _stage(text: str):
    from newsgraph.pipeline import get_pipeline
    from newsgraph.records import Article
    from newsgraph.stages.entities import find_entities

    return find_entities(get_pipeline().nlp(text), Article(id="t", text=text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("President Recep Tayyip Erdogan spoke.", "President Recep Tayyip Erdoğan spoke."),
        ("Adviser Akif Cagatay Kilic spoke.", "Adviser Akif Çağatay Kılıç spoke."),
    ],
)
def test_key_is_the_same_with_or_without_accents_and_dotless_i(a, b):
    key_a = next(e.key for e in _stage(a) if e.type == "PERSON")
    key_b = next(e.key for e in _stage(b) if e.type == "PERSON")
    assert key_a == key_b


def test_known_name_lexicon_relabels_a_news_agency():
    entities = _stage("Reuters reported the deal on Monday.")
    assert [(e.name, e.type) for e in entities] == [("Reuters", "ORG")]


def test_office_words_before_a_title_are_not_an_organization(seed_article):
    names = {e.name for e in seed_article.entities}
    assert "Presidential Communications" not in names
    assert "Presidential Communications Directorate" in names


def test_entities_record_nationality_of_demonyms(seed_article):
    israeli = next(e for e in seed_article.entities if e.name == "Israeli")
    assert israeli.type == "NORP"
    assert israeli.country == "IL"


def test_tagger_marks_headline_lines_in_capitals():
    from newsgraph.pipeline import get_pipeline
    from newsgraph.stages._entities.tagger import caps_lines

    doc = get_pipeline().nlp("SOCCER - ENGLAND BEAT MOLDOVA .\nEngland beat Moldova on Sunday.")
    flags = caps_lines(doc)
    assert flags[1] is True
    assert flags[-1] is False


def test_tagger_finds_names_in_an_all_caps_headline():
    from newsgraph.pipeline import get_pipeline
    from newsgraph.stages._entities.tagger import tag

    doc = get_pipeline().nlp("TENNIS - HEWITT STUNNED BY NADAL 'S LATE COMEBACK .")
    assert ("NADAL", "PERSON") in [(doc[s:e].text, label) for s, e, label in tag(doc)]


def test_tagger_names_the_ner_missed_join_the_entities():
    entities = _stage("TENNIS - HEWITT STUNNED BY NADAL 'S LATE COMEBACK .")
    assert any(e.name == "NADAL" and e.type == "PERSON" for e in entities)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("He wrote on Twitter that the deal was dead.", "Twitter", "ORG"),
        ("Trump said on Twitter that Brexit was great.", "Brexit", "EVENT"),
        ("Share on Facebook Twitter Google+ Whatsapp Tumblr. Merkel met May.", "Tumblr", "ORG"),
    ],
)
def test_known_names_of_platforms_and_events_are_not_people(text, name, type_):
    found = {e.name: e.type for e in extract(text).entities}
    assert found.get(name) == type_
    assert not any(t == "PERSON" and name in n for n, t in found.items())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A name described as a person is one, with the first name the NER left out.
        (
            "Leyla Karaca, a spokeswoman for the Turkish Red Crescent, said 40 trucks had "
            "crossed into Gaza.",
            "Leyla Karaca",
            "PERSON",
        ),
        # A place named before a common noun for a place, after the kind of place it
        # is, or listed with another place.
        ("Aid deliveries go through the Rafah crossing into Gaza.", "Rafah", "GPE"),
        ("A convoy reached the Sudanese city of El Fasher on Monday.", "El Fasher", "GPE"),
        (
            "The governor declared an emergency in the provinces of Bologna and Ravenna.",
            "Ravenna",
            "GPE",
        ),
        # A big city by its other spelling; a region the NER took for a building.
        ("Health officials said schools in Ulaanbaatar would close.", "Ulaanbaatar", "GPE"),
        ("Heavy rain caused rivers to burst across Emilia-Romagna.", "Emilia-Romagna", "GPE"),
        # A dateline's town before a dash, named as in running text.
        (
            "ROTTERDAM — Dock workers at the port of Rotterdam began a strike on Monday.",
            "Rotterdam",
            "GPE",
        ),
        # An organization's full name stays one, though it starts with a country's.
        (
            "said Sita Gurung of the Nepal Red Cross, whose volunteers came.",
            "Nepal Red Cross",
            "ORG",
        ),
    ],
)
def test_entity_types_from_what_the_text_says(text, name, kind):
    found = {e.name: e.type for e in extract(text).entities}
    assert found.get(name) == kind, found


def test_plural_noun_opening_a_sentence_is_no_organization():
    found = {
        e.name
        for e in extract("Farmers' groups estimated that half the harvest was lost.").entities
    }
    assert "Farmers" not in found


def test_surname_with_a_possessive_stays_the_person():
    text = (
        "Congress removed the governor, Alberto Quispe, on Tuesday. "
        "Hundreds of Quispe's supporters marched through Cusco."
    )
    people = [e for e in extract(text).entities if e.type == "PERSON"]
    assert [(e.name, len(e.mentions)) for e in people] == [("Alberto Quispe", 2)]


def test_a_name_never_ends_in_a_lowercase_function_word(pipeline):
    article = pipeline.extract("He played every week at Jack's Snooker Hall in Llanelli.")
    names = [e.name for e in article.entities]
    assert not any(n.split()[-1] in {"in", "of", "the", "and"} for n in names), names
    assert "Llanelli" in names


def test_a_person_named_like_a_building_is_not_a_person():
    article = extract("Senator Walsh said the FBI had wiretapped Walsh Tower.")
    types = {e.name: e.type for e in article.entities}
    assert types.get("Walsh Tower") == "FAC"
    assert types.get("Walsh") == "PERSON"


def test_a_person_with_a_building_word_for_a_surname_stays_a_person():
    article = extract('"We lost," Alexandra Tower, a spokeswoman for the bank, told reporters.')
    assert {e.name: e.type for e in article.entities}.get("Alexandra Tower") == "PERSON"


def test_a_place_the_tagger_ran_into_a_date_gives_up_the_month(pipeline):
    text = "The frigate reached the Black Sea March 17, to join a naval exercise."
    article = pipeline.extract(text, published="2017-03-18")
    assert "Black Sea" in [e.name for e in article.entities]
    assert [(t.text, t.value) for t in article.times] == [("March 17", "2017-03-17")]
    assert not article.quantities  # the day is the date's, not a count


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Shoppers at the market bought Leeks, onions and carrots. The leeks came from Wales.",
         ["Wales"]),
        ("He was sent to Prison for two years. The prison is in Kent.", ["Kent"]),
    ],
)  # fmt: skip
def test_a_one_word_person_the_article_also_writes_in_lower_case_is_no_entity(pipeline, text, kept):
    assert [e.name for e in pipeline.extract(text).entities] == kept


def test_an_ordinary_word_is_no_person_only_when_it_names_no_one():
    from newsgraph.nlp import load_model
    from newsgraph.stages.entities import _Group, _Mention, _ordinary_word

    doc = load_model()(
        "Read sang the chorus. Fans have read it. Prison is hard. Read the prison rules."
    )
    subject = _Group(is_person=True)
    subject.add(_Mention(0, 1, "PERSON"))  # "Read sang": the subject of a verb
    assert not _ordinary_word(doc, subject)
    word = _Group(is_person=True)
    word.add(_Mention(14, 15, "PERSON"))  # "Read the prison rules": no subject
    assert doc[14].text == "Read" and _ordinary_word(doc, word)
    named = _Group(is_person=True)
    named.add(_Mention(0, 1, "PERSON"))
    named.add(_Mention(8, 10, "PERSON"))  # a mention of two words: a name
    assert not _ordinary_word(doc, named)
