"""The attributions stage: speaker lines and signed quotations, without a verb."""

from __future__ import annotations

import pytest

from tests.attributions_checks import one


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "kind"),
    [
        (
            "Governor Reyes: Lottery Money Won't Fund Stadium.\n\nThe office said little more.",
            ":",
            "Governor Reyes",
            "Lottery Money Won't Fund Stadium",
            "indirect",
        ),
        (
            '"WALLACE: Let\'s start with the news on the debate. Will she be there?\n\n"PENCE: No.',
            ":",
            "WALLACE",
            "Let's start with the news on the debate. Will she be there?",
            "direct",
        ),
        # one capitalized noun the entity recognizer missed in a title-case headline
        (
            "Sanders: Clinton Email Story Has Moved.\n\nThe senator spoke on Sunday.",
            ":",
            "Sanders",
            "Clinton Email Story Has Moved",
            "indirect",
        ),
        (
            "Poll: Voters Sour on the Tax Plan.\n\nThe survey closed on Sunday.",
            ":",
            "Poll",
            "Voters Sour on the Tax Plan",
            "document",
        ),
        (
            "Readers wrote in.\n\n“She speaks for all of us.” ― Maria Hernandez\n"
            "“I am proud.” ― Rosa M. Delgado Fuentes.",
            "―",
            "Maria Hernandez",
            "“She speaks for all of us.”",
            "direct",
        ),
        # a verb of saying with a stop and a hyphen run into it for a lost space; the
        # quotation resumed in the next sentence is said too
        (
            'The club met on Friday. "We owe the fans a better season," he added.- "Nobody '
            'here is happy."',
            "added",
            "he",
            '"We owe the fans a better season," he added.- "Nobody here is happy."',
            "direct",
        ),
        # … with "the" and a noun for the speaker, and with a comma after the closing mark
        (
            'The bridge will close in June. "Nobody on this side of the river was asked about '
            'it," the mayor said.- Work starts soon.',
            "said",
            "the mayor",
            '"Nobody on this side of the river was asked about it,"',
            "direct",
        ),
        (
            'The ward was shut. All of this "leaves the town without a single bed for the '
            'night", Carers Trust noted.- A new ward is planned.',
            "noted",
            "Carers Trust",
            '"leaves the town without a single bed for the night"',
            "direct",
        ),
        # … and a comma and a hyphen run into the verb instead
        (
            'Marta Okonjo ran for the seat. "I would like to be a calm voice in a loud time," '
            "Okonjo, 58,-said before the vote.",
            "said",
            "Okonjo",
            '"I would like to be a calm voice in a loud time,"',
            "direct",
        ),
        # … and "reported", as a news agency closes a quotation
        (
            'Repairs began in May. "The yard will finish the last of the hulls by the end of '
            'June," the Harbour Board reported.- The ships leave in July.',
            "reported",
            "the Harbour Board",
            '"The yard will finish the last of the hulls by the end of June,"',
            "direct",
        ),
        # … and a name the parser missed there, which the article gives elsewhere
        (
            'Marta Okonjo runs the ferry. "The tide has turned against us twice this '
            'month," Okonjo said.- "Nobody else will run it."',
            "said",
            "Okonjo",
            '"The tide has turned against us twice this month," Okonjo said.- "Nobody else '
            'will run it."',
            "direct",
        ),
        (
            'Rain fell all week. "The river has never been this high," Tom Ferris, '
            "speaking from the bridge, said.- Crews worked through the night.",
            "said",
            "Tom Ferris",
            '"The river has never been this high,"',
            "direct",
        ),
        # … and a quotation resumed after the speaker's sentence, where the hyphen is the
        # only space, or after a name run into the mark
        (
            'Rain fell all week. "The river has never been this high," Tom Ferris said.-"We '
            'will need more boats."',
            "said",
            "Tom Ferris",
            '"The river has never been this high," Tom Ferris said.-"We will need more boats."',
            "direct",
        ),
        (
            'The ruling stands. "The old rule is still in force,"?said Ana Lima, a lawyer for '
            'the tenants. "Landlords must still give notice."',
            "said",
            "Ana Lima",
            '"The old rule is still in force,"?said Ana Lima, a lawyer for the tenants. '
            '"Landlords must still give notice."',
            "direct",
        ),
        # a "?" for the lost space between the closing mark and the verb before its speaker
        (
            'The judge took the phrase "out of thin air,"?said Jack Robson, the lawyer for '
            "the family.",
            "said",
            "Jack Robson",
            '"out of thin air,"',
            "direct",
        ),
        # … and a speaker described, not named
        (
            'The boat came in late. "Nobody on the crew ever asks who is in charge,"-says a '
            "neighbour. The town was quiet.",
            "says",
            "a neighbour",
            '"Nobody on the crew ever asks who is in charge,"',
            "direct",
        ),
        # … and "the" before the speaker's name
        (
            'The board met in May. "No family should ever face a wait like that,"?said the '
            "RSPCA's Maria Okafor, who is helping them.",
            "said",
            "the RSPCA's Maria Okafor",
            '"No family should ever face a wait like that,"',
            "direct",
        ),
        # hyphens for the lost spaces around the verb
        (
            'The talks were over. "We will strike on Monday,"-said-Union Secretary Tom Ferris '
            "in an interview.",
            "said",
            "Union Secretary Tom Ferris",
            '"We will strike on Monday,"',
            "direct",
        ),
        # a colon run into the opening mark with no space
        (
            'At the end of the meeting, Ms Ruiz said:"We are big believers in the town. We '
            'think it will be just fine."',
            "said",
            "Ms Ruiz",
            '"We are big believers in the town. We think it will be just fine."',
            "direct",
        ),
        # a "?" for the lost space between the closing mark and the speaker before the verb
        (
            'Councillor Grace Okafor lost her seat on Friday. "We will fight on, in a calm '
            'way, in a fair way,"?Okafor continued. The count took a day.',
            "continued",
            "Okafor",
            '"We will fight on, in a calm way, in a fair way,"',
            "direct",
        ),
        (
            'The storm hit the coast at dawn. "Nobody on the beach road had any warning of it '
            'at all,"?she added.- Crews worked all night.',
            "added",
            "she",
            '"Nobody on the beach road had any warning of it at all,"',
            "direct",
        ),
        # a colon and a hyphen run into the verb that opens the quotation
        (
            'When the old mill closed, Mayor Tom Ruiz said:- "This town owes it a great deal."',
            "said",
            "Mayor Tom Ruiz",
            '"This town owes it a great deal."',
            "direct",
        ),
        # a headline's speaker, less whom or where they speak to
        (
            "Senator Ruiz To Dairy Farmers: Water Prices Will Hold.\n\nThe vote is set for May.",
            ":",
            "Senator Ruiz",
            "Water Prices Will Hold",
            "indirect",
        ),
        # a digest line credits the quotation to the name after its dash
        (
            "Rents Rose Fastest In Port Towns - Ana M. Ruiz: “Nobody in the harbor district"
            " expected a rise this steep.” [Herald.]\n\nThe vote is set for May.",
            ":",
            "Ana M. Ruiz",
            "“Nobody in the harbor district expected a rise this steep.”",
            "direct",
        ),
        (
            "Tenants feel it most - More from the survey: “Most tenants now spend half"
            " their pay on rent.”\n\nThe vote is set for May.",
            ":",
            "the survey",
            "“Most tenants now spend half their pay on rent.”",
            "direct",
        ),
        # a bulleted line of a match report's quotes, a team sheet after them
        (
            'Rovers won 2-0.\n\n - Rovers boss Ann Ruiz: "We were sharp from the start. "The '
            'second goal settled it." Rovers: Hale, Cho, Park.',
            ":",
            "Rovers boss Ann Ruiz",
            '"We were sharp from the start. "The second goal settled it."',
            "direct",
        ),
    ],
)
def test_attributions_speaker_line_and_signed_quotation(pipeline, text, cue, source, content, kind):
    found = [a for a in pipeline.extract(text).attributions if a.cue.text == cue]
    assert found, pipeline.extract(text).attributions
    first = found[0]
    assert (first.source.span.text, first.content.text, first.kind) == (source, content, kind)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The minister put it simply: “There is no money left.”", "put it simply:",
         "The minister"),
        ("She went even further: “They lied to us for years.”", "went even further:", "She"),
        # the speaker after the verb is no part of the cue
        ("Adds Mr Pardoe: “The road at present marks a sad decline; the buses run late, the "
         "trams run empty.”", "Adds", "Mr Pardoe"),
    ],
)  # fmt: skip
def test_attributions_clause_with_a_colon_introduces_a_quotation(pipeline, text, cue, source):
    found = one(pipeline, text, cue)
    assert found.source.span.text == source
    assert found.content.text.startswith("“") and found.kind == "direct"


def test_attributions_long_clause_before_a_colon_introduces_nothing(pipeline):
    text = "The council voted on Monday to close the old harbour road: “a disgrace”."
    assert not [a for a in pipeline.extract(text).attributions if a.cue.text.endswith(":")]


def test_attributions_signed_quotation_takes_initials_into_the_name(pipeline):
    text = "Readers wrote in.\n\n“I am proud of this.” ― Rosa M. Delgado Fuentes.\n"
    signed = one(pipeline, text, "―")
    assert signed.source.span.text == "Rosa M. Delgado Fuentes"


@pytest.mark.parametrize(
    "text",
    [
        "Update: The vote was moved to Friday after the storm.",
        "Editor’s Note: The following is an excerpt from the book.",
        # who wrote the article, where the page names the writer
        "The tax plan, explained.\n\nBYLINE: Ana Ruiz.\n\nThe mayor spoke on Monday.",
        "Quiet Exit: Maria Lopez Was Taken to a Clinic.",
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink.",
        # a dateline, in capitals or not
        "BHOPAL: The state continues to report the highest number of cases.",
        "Frankfurt: The bank kept its rates on hold for a third month.",
        "The word came out in Russian -- ''Do svidaniya!''",
        # an exclamation heading a sensational headline
        "BOOM: Senator Lands A Blow On The Governor.",
        "Bombshell: New Files Shake The Campaign.",
        # a team sheet
        "Replacements: Okafor, Lindqvist, Barros, Tully.",
        "Referee: Dana Whitlock (Leeds).",
        # a name after a quotation and a dash that goes on into a clause, or a list of
        # titles and names
        '"We never saw the bill coming." - The City Council has since agreed to pay it.',
        'Best play "The Long Road" -- Ana Ruiz "Paper Boats" -- Tom Bell Best actor "Tide"',
    ],
)
def test_attributions_labels_headlines_and_lists_are_not_speakers(pipeline, text):
    marks = [a.cue.text for a in pipeline.extract(text).attributions]
    assert not {":", "--", "-", "―"} & set(marks), marks


def test_attributions_a_line_label_verb_is_no_cue(pipeline):
    text = (
        "The team won 3-1 on Sunday. READ: Lionel Carter -- from the bench to the final "
        "READ: Fans must stand for the anthem\n\nWatch: the full match here."
    )
    assert [a.cue.text for a in pipeline.extract(text).attributions] == []
    two_words = (
        '"We are ready for the final," the coach said. READ MORE: What went wrong for the '
        "league this year? The final is on Sunday."
    )
    found = pipeline.extract(two_words).attributions
    assert [(a.cue.text, a.source.span.text) for a in found] == [("said", "the coach")]
    opening_a_line = (
        'Police said the van was hit and "arrests are ongoing".\n\nRead more: Harbour '
        "protests turn violent as crowds hurl 'bottles and cans'\n\nBuses were moved."
    )
    found = pipeline.extract(opening_a_line).attributions
    assert [(a.cue.text, a.source.span.text) for a in found] == [("said", "Police")]


@pytest.mark.parametrize(
    "text",
    [
        # the colon after a two-word label mangled into a hyphen, or run into the headline
        "The vote was close, the council said. READ MORE - Ana Ruiz: Harbour tolls must be "
        "scrapped in Leeds",
        "The vote was close, the council said. READ MORE:-The club has sold out the stadium "
        "for the final.",
    ],
)
def test_attributions_a_line_label_with_a_mangled_colon_is_no_cue(pipeline, text):
    found = pipeline.extract(text).attributions
    assert [(a.cue.text, a.source.span.text) for a in found] == [("said", "the council")]


def test_attributions_transcript_line_keeps_its_full_stop_and_a_headline_drops_it(pipeline):
    text = (
        '"WALLACE: Will she be there?\n\n"PENCE: No. She will not be there.\n\n'
        "Mike Pence: Flowers Out."
    )
    contents = [a.content.text for a in pipeline.extract(text).attributions if a.cue.text == ":"]
    assert contents == ["Will she be there?", "No. She will not be there.", "Flowers Out"]


def test_attributions_run_in_verb_names_a_speaker_the_article_names_elsewhere(pipeline):
    from spacy.tokens import Doc

    from newsgraph.stages._attributions.quotes import Quotes
    from newsgraph.stages._attributions.signed import find_signed

    # '…,"?said Hansen': the recognizer, misled by the word the verb was run into, leaves
    # the name there unmarked, though it marks it where the article first gives it.
    words = ["Peter", "Hansen", "spoke", ".", '"', "We", "won", "the", 'vote,"?said', "Hansen", "."]
    spaces = [True, True, False, True, False, True, True, True, True, False, False]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 9
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, ents=ents)
    signed = find_signed(doc, Quotes(doc.text), lambda word: False)
    assert [(doc.text[slice(*cue)], doc.text[slice(*source)]) for cue, source, *_ in signed] == [
        ("said", "Hansen")
    ]


def test_attributions_credit_line_after_a_quotation_signs_nothing(pipeline):
    text = (
        '"In Libya, the union has no role," he told Harbour Radio.- "The crises have turned '
        'into wider conflicts, and the union is unable to make any decisions."- '
        "Source:-Harbour Radio News"
    )
    assert [a.cue.text for a in pipeline.extract(text).attributions] == ["told"]
