"""The attributions stage: a speaker named away from the cue's subject."""

from __future__ import annotations

import pytest

from tests.attributions_checks import one, parsed_cue


def test_attributions_name_between_quotation_and_aside_is_the_source(pipeline):
    # The name and its aside hung on the quotation, leaving "told" without a subject.
    # fmt: off
    words = ["“", "Rates", "fall", ",", "”", "Ana", "Ruiz", ",", "who", "leads", "it", ",",
             "told", "us", "."]
    spaces = [False, True, False, False, True, True, False, True, True, True, False, True,
              True, False, False]
    heads = [2, 2, 12, 2, 2, 6, 2, 6, 9, 6, 9, 6, 12, 12, 12]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "compound", "npadvmod", "punct",
            "nsubj", "relcl", "dobj", "punct", "ROOT", "dobj", "punct"]
    pos = ["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON",
           "VERB", "PRON", "PUNCT", "VERB", "PRON", "PUNCT"]
    # fmt: on
    found = parsed_cue(pipeline, 12, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    assert found == ("Ana Ruiz", "“Rates fall,”")


def test_attributions_whom_a_quotation_is_told_to_is_not_its_speaker(pipeline):
    # The name and its aside hung inside the quotation, leaving "told" without a subject:
    # the speaker is the name before the aside, not the paper it was told to.
    # fmt: off
    parse = dict(
        words=["“", "We", "are", "ready", ",", "”", "Ana", "Ruiz", ",", "head", "of", "sales",
               ",", "told", "the", "paper", "."],
        spaces=[False, True, True, False, False, True, True, False, True, True, True, False,
                True, True, True, False, False],
        heads=[2, 2, 2, 2, 2, 7, 7, 3, 7, 7, 9, 10, 7, 2, 15, 13, 2],
        deps=["punct", "nsubj", "ROOT", "acomp", "punct", "punct", "compound", "conj", "punct",
              "appos", "prep", "pobj", "punct", "conj", "det", "dobj", "punct"],
        pos=["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN",
             "ADP", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["``", "PRP", "VBP", "JJ", ",", "''", "NNP", "NNP", ",", "NN", "IN", "NNS", ",",
              "VBD", "DT", "NN", "."],
        lemmas=["“", "we", "be", "ready", ",", "”", "Ana", "Ruiz", ",", "head", "of", "sale",
                ",", "tell", "the", "paper", "."],
    )
    # fmt: on
    found = parsed_cue(pipeline, 13, **parse)
    assert found == ("Ana Ruiz, head of sales,", "“We are ready,”")


def test_attributions_name_before_an_apposition_the_parser_hung_elsewhere(pipeline):
    # The name and its aside hung on the phrase that opens the sentence, leaving "said"
    # without a subject.
    # fmt: off
    parse = dict(
        words=["Amid", "the", "storm", ",", "Ana", "Ruiz", ",", "editor", "of", "Ledger", ",",
               "said", "the", "port", "was", "shut", "."],
        spaces=[True, True, False, True, True, False, True, True, True, False, True, True, True,
                True, True, False, False],
        heads=[11, 2, 0, 2, 5, 2, 5, 5, 7, 8, 2, 11, 13, 15, 15, 11, 11],
        deps=["prep", "det", "pobj", "punct", "compound", "appos", "punct", "appos", "prep",
              "pobj", "punct", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "punct"],
        pos=["ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN",
             "PUNCT", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["IN", "DT", "NN", ",", "NNP", "NNP", ",", "NN", "IN", "NNP", ",", "VBD", "DT",
              "NN", "VBD", "VBN", "."],
        lemmas=["amid", "the", "storm", ",", "Ana", "Ruiz", ",", "editor", "of", "Ledger", ",",
                "say", "the", "port", "be", "shut", "."],
    )
    # fmt: on
    found = parsed_cue(pipeline, 11, **parse)
    assert found == ("Ana Ruiz, editor of Ledger,", "the port was shut")


def test_attributions_name_before_an_aside_of_what_was_asked_is_the_source(pipeline):
    text = "Tom Hale, asked about the cost of the repairs, said that the town would pay."
    assert one(pipeline, text, "said").source.span.text == "Tom Hale"


def test_attributions_name_before_an_apposition_after_a_passive_clause(pipeline):
    from spacy.tokens import Doc

    from newsgraph.stages._attributions.quotes import Quotes
    from newsgraph.stages._attributions.verbs import verb_cue

    # "told" joined to the passive clause before it, whose subject is what is told of
    # fmt: off
    words = ["Campaigns", "were", "launched", ",", "Ana", "Ruiz", ",", "head", "of", "sales",
             ",", "told", "us", "."]
    spaces = [True, True, False, True, True, False, True, True, True, False, True, True,
              False, False]
    heads = [2, 2, 2, 2, 5, 2, 5, 5, 7, 8, 2, 2, 11, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "punct", "compound", "npadvmod", "punct", "appos",
            "prep", "pobj", "punct", "conj", "dobj", "punct"]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "NOUN",
           "PUNCT", "VERB", "PRON", "PUNCT"]
    tags = ["NNS", "VBD", "VBN", ",", "NNP", "NNP", ",", "NN", "IN", "NNS", ",", "VBD", "PRP",
            "."]
    lemmas = ["campaign", "be", "launch", ",", "Ana", "Ruiz", ",", "head", "of", "sale", ",",
              "tell", "we", "."]
    # fmt: on
    doc = Doc(
        pipeline.nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
    )
    found = verb_cue(doc[11], Quotes(doc.text))
    assert found.source is not None
    assert doc.text[slice(*found.source)] == "Ana Ruiz, head of sales,"


def test_attributions_reporting_clause_whose_subject_the_parser_hung_elsewhere(pipeline):
    from spacy.tokens import Doc

    from newsgraph.stages._attributions.quotes import Quotes
    from newsgraph.stages._attributions.verbs import verb_cue

    # "statement" hung on the report's verb, leaving "said" without a subject
    # fmt: off
    words = ["Trains", "stopped", ",", "a", "statement", "from", "the", "operator", "said", "."]
    heads = [1, 8, 1, 4, 1, 4, 7, 5, 8, 8]
    deps = ["nsubj", "ccomp", "punct", "det", "npadvmod", "prep", "det", "pobj", "ROOT",
            "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", ",", "DT", "NN", "IN", "DT", "NN", "VBD", "."]
    # fmt: on
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    found = verb_cue(doc[8], Quotes(doc.text))
    assert found.source is not None
    assert doc.text[slice(*found.source)] == "a statement from the operator"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'Some agreed.  "She would be a fine judge. Not good, excellent. One of the sharpest '
            'minds of the whole state bar," Rep. Maria T. Alvarez (D-Tex.) said in a call.',
            "Rep. Maria T. Alvarez (D-Tex.)",
        ),
        (
            "The mood shifted.  “Their team is in crisis mode. Total crisis mode,” said Marta "
            "Olsen, a consultant.",
            "Marta Olsen, a consultant",
        ),
    ],
)
def test_attributions_speaker_outside_a_quotation_the_parser_split(pipeline, text, source):
    found = one(pipeline, text, "said")
    assert found.source.span.text == source
    assert found.kind == "direct"
    assert found.content.text.endswith(('state bar,"', "crisis mode,”"))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # A time the parser took for the subject: the speaker is named before the cue.
        (
            "Updates follow.\n\n12:15 p.m.\n\nDonald Trump says the rules are a problem.",
            "says",
            "Donald Trump",
        ),
        # A cue opening its sentence names its speaker after it, up to what is said.
        (
            "The rules are complex. Said Ellis: “I don’t get the feeling he is listening.”",
            "Said",
            "Ellis",
        ),
    ],
)
def test_attributions_speaker_named_around_a_misread_subject(pipeline, text, cue, source):
    assert one(pipeline, text, cue).source.span.text == source


def test_attributions_speaker_after_the_cue_with_a_clause_is_no_second_subject(pipeline):
    # "the two shared …" is what is said, so the speaker before the cue stays its source
    text = (
        "Getty Images  Ma, who runs the largest shopping sites, says the two shared "
        '"plans for cheaper river freight". Later, Ruiz spoke.'
    )
    source = one(pipeline, text, "says").source.span.text
    assert source == "Ma, who runs the largest shopping sites,"


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # who a report quotes says it
        (
            '"Our rocket will fly again soon," Park was quoted as saying.',
            "was quoted as saying",
            "Park",
            '"Our rocket will fly again soon,"',
        ),
        (
            "Mr Odum was quoted in the local paper as saying the town would rebuild.",
            "was quoted in the local paper as saying",
            "Mr Odum",
            "the town would rebuild",
        ),
        (
            '"The deal is dead," the daily quoted a senior diplomat as saying.',
            "saying",
            "a senior diplomat",
            '"The deal is dead,"',
        ),
        (
            "The radio station quoted a port official as saying that two ships had sunk.",
            "saying",
            "a port official",
            "that two ships had sunk",
        ),
        # a speaker after the report, which the parser read into it or took for the cue's object
        (
            "Unknown vandals splashed red paint over the old statue of the poet in the main "
            "square, an official with the city museum said.",
            "said",
            "an official with the city museum",
            "Unknown vandals splashed red paint over the old statue of the poet in the main square",
        ),
        (
            "Water bills are squeezing households despite a mild winter, consumer watchdog "
            "group the WCA says.",
            "says",
            "consumer watchdog group the WCA",
            "Water bills are squeezing households despite a mild winter",
        ),
        (
            "Around 20 million adults will miss out on cheaper online banking by 2030, "
            "predicts a study by the lender.",
            "predicts",
            "a study by the lender",
            "Around 20 million adults will miss out on cheaper online banking by 2030",
        ),
        (
            "Shoppers are a strange blend of thrifty and lavish, suggests a survey of high "
            "street habits.",
            "suggests",
            "a survey of high street habits",
            "Shoppers are a strange blend of thrifty and lavish",
        ),
        (
            'But the housing office responsible for the new scheme suffered from a "very high '
            'loss" of staff in recent years, which had "badly hurt" its work, said the audit '
            "committee.",
            "said",
            "the audit committee",
            'the housing office responsible for the new scheme suffered from a "very high loss" '
            "of staff in recent years",
        ),
        # a cue after an aside set off by dashes, hung on the aside's "which"
        (
            "Mr Dunn has twice tried to relaunch Beacon - which lasted for 11 years before "
            'folding - but conceded these bids had been "sad and dreary flops".',
            "conceded",
            "Mr Dunn",
            'these bids had been "sad and dreary flops"',
        ),
        (
            "He turned down free parking in the town - which is on offer in Leeds, saying it "
            'was "a waste".',
            "saying",
            "He",
            'it was "a waste"',
        ),
        # a participle the parser hung on the "that" clause of what the speaker rejects
        (
            "The minister denied allegations that officials in her press office were in "
            'frequent contact with the developers, calling it "pure fiction".',
            "calling",
            "The minister",
            'it "pure fiction"',
        ),
        (
            "Ms Patel rejected the allegation that Mr Ross had been sidelined in the merger "
            "talks, saying he was now doing other work.",
            "saying",
            "Ms Patel",
            "he was now doing other work",
        ),
        # a share of people the NER took for a quarter of the year
        (
            "Three quarters of the nurses said they would strike.",
            "said",
            "Three quarters of the nurses",
            "they would strike",
        ),
        (
            "About a quarter of voters, 24%, said they would switch.",
            "said",
            "About a quarter of voters, 24%,",
            "they would switch",
        ),
        # ", with" and a clause after a speaker named after the cue is no part of the name
        (
            "Smart watches were the top gift of the year, said the study, with almost half of "
            "buyers choosing them over tablets.",
            "said",
            "the study",
            "Smart watches were the top gift of the year",
        ),
        (
            "The plan will fail, said Ann Ruiz, with the bank since 2010.",
            "said",
            "Ann Ruiz, with the bank since 2010",
            "The plan will fail",
        ),
        # the name ending the sentence, which the parser hung on the cue as its full stop
        (
            'Kim Lowe joins the cast. "It is a romp," said Ray Dunn, president of '
            "distribution at Warner Bros. However, critics were less kind.",
            "said",
            "Ray Dunn, president of distribution at Warner Bros.",
            '"It is a romp,"',
        ),
        # the day the parser hung on the speaker's name says when, not who
        (
            "The mayor on Thursday nominated Jo Reed for a second term as police chief.",
            "nominated",
            "The mayor",
            "Jo Reed for a second term as police chief",
        ),
        (
            "The club looked for a buyer in 2021 and did not find one, said the club's "
            "chairman, Jo Reed, on Monday.",
            "said",
            "the club's chairman, Jo Reed,",
            "The club looked for a buyer in 2021 and did not find one",
        ),
        # ... and one hung on a phrase inside the speaker's, but not one that dates a deed
        (
            "Farmers from across the northern valleys on Monday backed the new water plan.",
            "backed",
            "Farmers from across the northern valleys",
            "the new water plan",
        ),
        (
            "Files released on Monday show the plan was signed in May.",
            "show",
            "Files released on Monday",
            "the plan was signed in May",
        ),
        # ... and so does a year after "in", but not how long something has gone on
        (
            "A group of nurses in 2018 sent a letter to the board calling for her dismissal.",
            "sent a letter to the board calling for",
            "A group of nurses",
            "her dismissal",
        ),
        # "despite saying" hung on a clause whose subject is a thing: who lets it happen says it
        (
            "Traders are betting that the new government will allow the currency to weaken "
            "despite saying they favour a strong one.",
            "saying",
            "the new government",
            "they favour a strong one",
        ),
        # a speaker named after the cue that the parser read otherwise
        (
            "The tone of the race, said Mr Hale, would be calmer than before.",
            "said",
            "Mr Hale",
            "The tone of the race, said Mr Hale, would be calmer than before",
        ),
        (
            '"We could not find a theatre in time," added the Welsh producer.',
            "added",
            "the Welsh producer",
            '"We could not find a theatre in time,"',
        ),
    ],
)
def test_attributions_speaker_where_the_parse_misleads(pipeline, text, cue, source, content):
    found = one(pipeline, text, cue)
    assert (found.source.span.text, found.content.text) == (source, content)


def test_attributions_pronoun_telling_someone_at_the_end_reports_the_clause(pipeline):
    from spacy.tokens import Doc

    from newsgraph.stages._attributions.constructions import said_at_end
    from newsgraph.stages._attributions.quotes import Quotes

    # The parse some articles give "…, she told the paper.": the report hung on "told" as
    # an adverbial clause, so that the verb has no content of its own.
    words = ["The", "school", "called", "the", "police", ",", "she", "told", "the", "paper", "."]
    heads = [1, 2, 7, 4, 2, 7, 7, 7, 9, 7, 7]
    deps = ["det", "nsubj", "advcl", "det", "dobj", "punct", "nsubj", "ROOT", "det", "dobj",
            "punct"]  # fmt: skip
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "NN", ",", "PRP", "VBD", "DT", "NN", "."]
    lemmas = ["the", "school", "call", "the", "police", ",", "she", "tell", "the", "paper", "."]
    doc = Doc(
        pipeline.nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
    )
    found = said_at_end(doc[7], Quotes(doc.text))
    assert found is not None and found.source is not None and found.content is not None
    parts = (found.cue, found.source, found.content)
    assert [doc.text[slice(*part)] for part in parts] == [
        "told",
        "she",
        "The school called the police",
    ]
