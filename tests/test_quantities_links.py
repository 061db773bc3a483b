"""The quantities stage: links to time, attribution, place and entities, and the seed article."""

from __future__ import annotations

from newsgraph.records import Article, Attribution, Span, TimeExpression
from newsgraph.stages.quantities import find_quantities
from tests.quantities_checks import only


def test_quantities_link_time_in_the_same_sentence(pipeline):
    text = "Since October 7, the army has killed 46 people. Talks resume on Friday."
    doc = pipeline.nlp(text)
    article = Article(id="t", text=text)
    article.times = [
        TimeExpression(id="T1", start=6, end=15, text="October 7", type="DATE", value="2023-10-07"),
        TimeExpression(id="T2", start=67, end=73, text="Friday", type="DATE", value="XXXX-WXX-5"),
    ]
    [quantity] = find_quantities(doc, article)
    assert quantity.time == "T1"


def test_quantities_link_attribution_whose_content_holds_it(pipeline):
    text = "According to the ministry, the army has killed 46 people."
    doc = pipeline.nlp(text)
    article = Article(id="t", text=text)
    article.attributions = [
        Attribution(
            id="A1",
            cue=Span(0, 12, "According to"),
            source=None,
            content=Span(27, 56, text[27:56]),
            kind="according-to",
        )
    ]
    [quantity] = find_quantities(doc, article)
    assert quantity.attribution == "A1"


def test_quantities_in_a_quotation_that_runs_on_link_to_its_speaker(pipeline):
    text = (
        "“The strikes must stop,” the health minister said on Sunday.\n\n"
        "“At least 46 people were killed overnight and 110 were wounded.”\n\n"
        "The army did not comment."
    )
    article = pipeline.extract(text)
    [said] = article.attributions
    assert said.source.span.text == "the health minister"
    assert [(q.text, q.attribution) for q in article.quantities] == [
        ("At least 46", said.id),
        ("110", said.id),
    ]


def test_quantities_link_place_and_entities(pipeline):
    q = only(pipeline, "In Gaza, the Israeli military has killed at least 46,707 Palestinians.")
    article = pipeline.extract(
        "In Gaza, the Israeli military has killed at least 46,707 Palestinians."
    )
    names = {e.id: e.name for e in article.entities}
    assert names[q.place] == "Gaza"
    assert "Palestinians" in {names[e] for e in q.entities}


def test_quantities_seed_article(seed_article):
    by_text = {q.text: q for q in seed_article.quantities}
    toll = by_text["at least 46,707"]
    assert (toll.value, toll.qualifier, toll.counted.category) == (46707, "at least", "killed")
    assert toll.counted.span.text == "Palestinians"
    source = next(a for a in seed_article.attributions if a.id == toll.attribution)
    assert source.source.span.text == "the health ministry in Gaza"
    wounded = by_text["110,265"]
    assert (wounded.value, wounded.qualifier, wounded.counted.category) == (
        110265,
        "exact",
        "wounded",
    )
    assert wounded.attribution == toll.attribution
    assert (by_text["about 1,200"].value, by_text["about 1,200"].qualifier) == (1200, "about")
    assert by_text["about 1,200"].counted.category == "killed"
    assert by_text["251"].counted.category == "hostages"
    part = by_text["around 15 of the 70"]
    assert (part.value, part.qualifier, part.counted.category) == (15, "about", "prisoners")
    regional = next(a for a in seed_article.attributions if a.id == part.attribution)
    assert regional.source.span.text == "regional officials"
    ratio = by_text["one out of every 50"]
    assert (ratio.value, ratio.qualifier, ratio.counted.category) == (0.02, "ratio", "killed")
    assert by_text["five-member"].value == 5
    assert not any("15 months" in q.text for q in seed_article.quantities)
