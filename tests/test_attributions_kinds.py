"""The attributions stage on the seed article, kinds, hedging and confidence."""

from __future__ import annotations

import pytest

from newsgraph.stages.attributions import KINDS
from tests.attributions_checks import one


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "kind"),
    [
        (
            "“We will win this war,” the general said.",
            "said",
            "the general",
            "“We will win this war,”",
            "direct",
        ),
        (
            "The minister said that the talks would resume in March.",
            "said",
            "The minister",
            "that the talks would resume in March",
            "indirect",
        ),
        (
            "While the bridge stays shut for repairs, “we will run the ferry twice an hour,”"
            " the harbour master said.",
            "said",
            "the harbour master",
            "While the bridge stays shut for repairs, “we will run the ferry twice an hour,”",
            "indirect",
        ),
        (
            "The coach said in televised remarks that the stadium would stay shut.",
            "said",
            "The coach",
            "that the stadium would stay shut",
            "indirect",
        ),
        (
            "The army withdrew from the town, according to local officials.",
            "according to",
            "local officials",
            "The army withdrew from the town",
            "according-to",
        ),
        (
            "A report released by Amnesty International concludes that the strikes were unlawful.",
            "concludes",
            "A report released by Amnesty International",
            "that the strikes were unlawful",
            "document",
        ),
        (
            "The camera footage showed that the ferry left an hour late.",
            "showed",
            "The camera footage",
            "that the ferry left an hour late",
            "document",
        ),
        (
            "Many analysts believe the real number is far higher.",
            "believe",
            "Many analysts",
            "the real number is far higher",
            "belief",
        ),
    ],
)
def test_attributions_kind(pipeline, text, cue, source, content, kind):
    attribution = one(pipeline, text, cue)
    assert attribution.source.span.text == source
    assert attribution.content.text == content
    assert attribution.kind == kind
    assert kind in KINDS


@pytest.mark.parametrize(
    ("text", "cue", "hedged"),
    [
        ("The rebels reportedly said that they had seized the airport.", "reportedly said", True),
        ("The minister said that the rebels may have left the city.", "said", True),
        ("Officials said the alleged attack was planned abroad.", "said", True),
        ("Many analysts believe the real number is far higher.", "believe", True),
        ("The minister said that the talks would resume in March.", "said", False),
    ],
)
def test_attributions_hedged(pipeline, text, cue, hedged):
    assert one(pipeline, text, cue).hedged is hedged


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The chain is reportedly weighing a sale of its bakery unit.", "reportedly",
         "The chain is reportedly weighing a sale of its bakery unit"),
        # an opening adverb stays out, and what comes before the subject
        ("Reportedly, the mayor had met the builder twice.", "Reportedly",
         "the mayor had met the builder twice"),
        ("In all, the thieves have reportedly taken forty bikes from the yard.", "reportedly",
         "the thieves have reportedly taken forty bikes from the yard"),
        # the subject of the verb it shares
        ("She runs the bakery but has reportedly been ill since May.", "reportedly",
         "She runs the bakery but has reportedly been ill since May"),
        ("A driver reportedly carrying two sheep was stopped near the bridge.", "reportedly",
         "A driver reportedly carrying two sheep"),
    ],
)  # fmt: skip
def test_attributions_reportedly_is_a_report_whose_source_is_unnamed(pipeline, text, cue, content):
    attribution = one(pipeline, text, cue)
    assert attribution.source is None
    assert attribution.content.text == content
    assert (attribution.kind, attribution.hedged) == ("indirect", True)


@pytest.mark.parametrize(
    "text",
    [
        # a verb of saying takes the adverb into its cue ("reportedly said")
        "The rebels reportedly said that they had seized the airport.",
        # in a quotation it is the speaker's own hedge
        "“We reportedly have the best team,” he joked.",
    ],
)
def test_attributions_reportedly_no_report_of_its_own(pipeline, text):
    cues = [a.cue.text for a in pipeline.extract(text).attributions]
    assert "reportedly" not in cues and cues


def test_attributions_seed_article(seed_article):
    by_cue = {}
    for attribution in seed_article.attributions:
        by_cue.setdefault(attribution.cue.text.lower(), []).append(attribution)
    sources = {
        a.source.span.text: a for a in seed_article.attributions if a.source and a.source.span
    }
    statement = sources["a statement from the Presidential Communications Directorate"]
    assert statement.kind == "according-to"
    assert statement.content.text.startswith("The meeting, which was not publicly listed")
    assert statement.content.text.endswith("Hasan Doğan")
    regional = sources["regional officials"]
    assert regional.content.text.startswith("Turkey has also agreed to take in around 15")
    ministry = sources["the health ministry in Gaza"]
    assert seed_article.entity(ministry.source.entity).name.lower().startswith("health ministry")
    assert ministry.content.text.startswith("the Israeli military has killed at least 46,707")
    belief = sources["Many analysts and rights groups"]
    assert (belief.cue.text, belief.kind, belief.hedged) == ("believe", "belief", True)
    assert belief.content.text == "the real number killed is far higher"
    report = by_cue["concludes"][0]
    assert report.kind == "document"
    assert seed_article.entity(report.source.entity).name == "Amnesty International"
    assert report.content.text == "that Israel’s actions in Gaza qualify as genocide"


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("The ministry issued a statement saying that the border would reopen.",
         "issued a statement saying", "document"),
        ("The governor sent a series of tweets urging residents to stay home.",
         "sent a series of tweets urging", "document"),
        ("The senator chimed in on Twitter, saying that the vote was a mistake.",
         "chimed in on Twitter, saying", "indirect"),
        # a verb spelt as a document's name is no document put out
        ("Inspector Hana Roy will report that the dam is safe.", "will report", "indirect"),
        ("The mayor is absolutely not ruling out a second vote on the bridge.",
         "is absolutely not ruling out", "indirect"),
        ("The firm now estimates that sales will double.", "now estimates", "belief"),
        ("The union pressed new complaints that the firm broke the contract.",
         "new complaints", "indirect"),
    ],
)  # fmt: skip
def test_attributions_claim_in_a_message_put_out_is_a_document(pipeline, text, cue, kind):
    assert one(pipeline, text, cue).kind == kind


def test_attributions_claim_with_a_clause_still_claims_a_fact(pipeline):
    text = "The navy claimed that the reef had been mined."
    assert one(pipeline, text, "claimed").content.text == "that the reef had been mined"


def test_attributions_confidence_follows_the_cue_classifier(pipeline):
    text = "The senator took aim at the plan. The senator said the plan would fail."
    attributions = {a.cue.text: a for a in pipeline.extract(text).attributions}
    weak, strong = attributions["took aim at"], attributions["said"]
    assert 0 < weak.confidence < strong.confidence <= 1
    according = one(pipeline, "According to officials, the plan failed.", "According to")
    assert 0 < according.confidence <= 1


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        # a document by the head word of its source
        (
            "But the Northern Social Attitudes survey also suggested support for the plan has "
            "fallen.",
            "also suggested",
            "document",
        ),
        ("Exit polls say the governing party has won the most seats.", "say", "document"),
        ("Earlier studies show that small schools keep more of their staff.", "show", "document"),
        ("Data recovery experts say human error is still to blame.", "say", "indirect"),
        # a view, not a sight
        ("Critics see the new rules as too lax.", "see", "belief"),
        # a feeling is a view, not a report of words
        ("The new tax has angered farmers across the county.", "has angered", "belief"),
        # how a thing seems is an impression, not a report of words
        ("The new ferry seems to have cut the crossing time.", "seems", "belief"),
        ("Her rivals appear to be unready for a long campaign.", "appear", "belief"),
        # a view held in the passive, whoever holds it
        (
            "When the mill shut, it was widely believed the owners would sell the land.",
            "was widely believed",
            "belief",
        ),
        # a hope or a wish is a view, whatever lemma the tagger gives "hopes"
        ("The club hopes its new stand will be ready by May.", "hopes", "belief"),
        ("The growers were hoping the rain would hold off until June.", "were hoping", "belief"),
        ("I just wish the old mill had been kept.", "just wish", "belief"),
        # a deed verb that says what its object is reports a view
        ("The minister has cast her rival as weak.", "has cast", "indirect"),
        (
            "Recent research by the institute suggests most drivers ignore the limit.",
            "suggests",
            "document",
        ),
        ("The magazine's tests found that cheap cartridges fade fastest.", "found", "document"),
        # what a document records is no deed
        (
            "The 1990 census, which listed 900 households in the valley, was lost in a fire.",
            "listed",
            "document",
        ),
        # a report that quotes only some of its words is indirect
        ('Mr Sloan "made the accounting calls," he told the federal court.', "told", "indirect"),
        ('Still, "I think nobody saw this coming," says Ms Ortiz.', "says", "direct"),
        (
            'The physio said "a minor strain" had kept the winger out of the side.',
            "said",
            "indirect",
        ),
        ('"The roof was leaking badly" by midnight, the warden said.', "said", "indirect"),
        ('"We will win," she said.', "said", "direct"),
    ],
)
def test_attributions_kind_by_the_source_and_the_quotation(pipeline, text, cue, kind):
    assert one(pipeline, text, cue).kind == kind


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'The fleet is small but able to strike ships at sea. -"They can hold the line but '
            'they cannot hit back," he says.',
            "says",
            '"They can hold the line but they cannot hit back,"',
        ),
        (
            'Prices fell by 3% last year. -"That shows the shops are passing on the savings," '
            "reports the agency.",
            "reports",
            '"That shows the shops are passing on the savings,"',
        ),
    ],
)
def test_attributions_quotation_after_a_hyphen_for_a_space_is_direct(pipeline, text, cue, content):
    found = one(pipeline, text, cue)
    assert (found.content.text, found.kind) == (content, "direct")


def test_attributions_according_to_with_a_hyphen_for_the_space(pipeline):
    text = (
        "Coastal towns need to build 40,000 homes in a decade to house newcomers, "
        "according-to Ahmed Kadiri."
    )
    found = one(pipeline, text, "according-to")
    assert (found.kind, found.source.span.text, found.content.text) == (
        "according-to",
        "Ahmed Kadiri",
        "Coastal towns need to build 40,000 homes in a decade to house newcomers",
    )
