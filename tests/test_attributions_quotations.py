"""The attributions stage: quotation marks and the quotations around a cue."""

from __future__ import annotations

import pytest

from newsgraph.stages._attributions.quotes import quote_regions
from tests.attributions_checks import one


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a quotation across sentences is one content
        ("“We will not stop. We will fight until the end,” the commander said.", "said",
         "“We will not stop. We will fight until the end,”"),
        # a word for what is said before a colon joins the cue, and the quotation the
        # colon announces is the content
        ("The senator made the following comment:\n\n“We will not back down.”",
         "made the following comment:", "“We will not back down.”"),
        ("The mayor released the following statement:\n\n“We will rebuild the bridge.”",
         "released the following statement:", "“We will rebuild the bridge.”"),
        # so where the parser took the quotation into the phrase
        ('The mayor released the following statement: "We will rebuild the bridge."',
         "released the following statement:", '"We will rebuild the bridge."'),
    ],
)  # fmt: skip
def test_attributions_direct_quotation_is_the_content(pipeline, text, cue, content):
    attribution = one(pipeline, text, cue)
    assert attribution.content.text == content
    assert attribution.kind == "direct"


def test_attributions_quote_interrupted_by_its_cue_is_one_content(pipeline):
    text = "“We will win,” she said, “and we will stay in the city for years.”"
    attribution = one(pipeline, text, "said")
    assert attribution.content.text == text[: text.rindex("”") + 1]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the next sentence's quotation goes on with the speaker's words
        ("“I thought something strange had happened,” he said. “We will find out soon.”",
         "“I thought something strange had happened,” he said. “We will find out soon.”"),
        # a quoted name or title in the writer's next sentence does not
        ("“I thought something strange had happened,” he said. “Blue Skies” producer Tom "
         "Hart, holding the cup, began his speech.",
         "“I thought something strange had happened,”"),
        ("“I thought something strange had happened,” he said.  “Blue Skies” was the winner.",
         "“I thought something strange had happened,”"),
    ],
)  # fmt: skip
def test_attributions_quotation_resumed_in_the_next_sentence(pipeline, text, content):
    assert one(pipeline, text, "said").content.text == content


def test_attributions_nested_quotes_stay_inside_the_outer_quote(pipeline):
    text = "“He told me ‘never again,’ and I believed him,” the mayor said."
    attribution = one(pipeline, text, "said")
    assert attribution.content.text == "“He told me ‘never again,’ and I believed him,”"


def test_attributions_quote_regions_pair_curly_and_straight_quotes():
    text = "“One,” he said. \"Two.\" ``Three''"
    assert [text[s:e] for s, e in quote_regions(text)] == ["“One,”", '"Two."', "``Three''"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The harbour master said: ‘It’s the worst storm the town’s boats have seen in years.’",
            "said:",
            "The harbour master",
            "‘It’s the worst storm the town’s boats have seen in years.’",
        ),
        (
            "'We can't keep the pool open all winter,' the council's leisure chief said.",
            "said",
            "the council's leisure chief",
            "'We can't keep the pool open all winter,'",
        ),
        (
            "The keepers’ union backed the plan. ‘We’ve waited long enough,’ its secretary said.",
            "said",
            "its secretary",
            "‘We’ve waited long enough,’",
        ),
    ],
)
def test_attributions_single_marks_quote_where_a_text_has_no_double_mark(
    pipeline, text, cue, source, content
):
    attribution = one(pipeline, text, cue)
    assert attribution.source.span.text == source
    assert attribution.content.text == content
    assert attribution.kind == "direct"


def test_attributions_quote_running_over_paragraphs_is_one_region():
    text = "“First paragraph.\n\n“Second paragraph.”"
    assert quote_regions(text) == [(0, len(text))]


def test_attributions_quotation_closed_paragraphs_later_runs_over_unopened_paragraphs():
    text = "The weekly reported:\n\n“The dam gave way at dawn.\n\nNo one was hurt.”\n\nRain is due."
    assert [text[s:e] for s, e in quote_regions(text)] == [
        "“The dam gave way at dawn.\n\nNo one was hurt.”"
    ]
    # a stray mark that nothing closes at a paragraph's end is still dropped
    text = "He left “ a note.\n\nIt said “go home” twice."
    assert [text[s:e] for s, e in quote_regions(text)] == ["“go home”"]


def test_attributions_straight_mark_opening_a_word_reopens_a_lost_paragraph():
    text = 'He said: "We took this step. "We want more." Then he left.'
    assert [text[s:e] for s, e in quote_regions(text)] == ['"We took this step. "We want more."']


def test_attributions_closing_mark_starting_a_paragraph_opens_a_quotation(pipeline):
    text = "Letters.\n\n”The plan is a mistake. It will fail.” ― Maria Gonzalez\n"
    assert [text[s:e] for s, e in quote_regions(text)] == ["”The plan is a mistake. It will fail.”"]
    signed = one(pipeline, text, "―")
    assert signed.source.span.text == "Maria Gonzalez"
    assert signed.content.text == "”The plan is a mistake. It will fail.”"
    # Closing a quotation, the same mark opens none.
    text = "“It will fail,” he said. Then:\n” and more"
    assert [text[s:e] for s, e in quote_regions(text)] == ["“It will fail,”"]


def test_attributions_straight_mark_between_a_letter_and_a_contraction_is_no_quotation():
    text = 'She said "we don"t know yet." Then: "It wasn"t me, we"ve looked."'
    assert [text[s:e] for s, e in quote_regions(text)] == [
        '"we don"t know yet."',
        '"It wasn"t me, we"ve looked."',
    ]


def test_attributions_straight_mark_with_a_question_mark_after_a_space_is_a_dash():
    text = 'The new road "?and its cost "?was "a big mistake," the mayor said.'
    assert [text[s:e] for s, e in quote_regions(text)] == ['"a big mistake,"']
    # a hyphen standing for the space before it
    text = 'Votes were close before -"?the count ran late. "We won," Ruiz said.'
    assert [text[s:e] for s, e in quote_regions(text)] == ['"We won,"']
    # ... or for the space after it
    text = 'The crews, Ann, Tom, Joe "?-towns owed them a lot. "We won," Ruiz said.'
    assert [text[s:e] for s, e in quote_regions(text)] == ['"We won,"']
    # ... or with a space after the "?"
    text = 'A man who used his feed as a weapon "? even after the vote "? came a plea. "Stop."'
    assert [text[s:e] for s, e in quote_regions(text)] == ['"Stop."']
    # ... or right after a closing mark mangled the same way
    text = 'He urged them to "scrap the tax"?"?without any detail. "We must act," he said.'
    assert [text[s:e] for s, e in quote_regions(text)] == ['"scrap the tax"', '"We must act,"']


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # an apostrophe written as a straight mark opens no quotation
        ('The firms"?profits shrank. "Costs rose," Ruiz said.', ['"Costs rose,"']),
        ('Ruiz"s plan failed. "Costs rose," she said.', ['"Costs rose,"']),
        # a mark after a stop and before a word still opens one whose space was lost
        ('"Costs rose," said Ruiz."It hurts."', ['"Costs rose,"', '"It hurts."']),
    ],
)
def test_attributions_straight_mark_after_a_letter_opens_no_quotation(text, quoted):
    assert [text[s:e] for s, e in quote_regions(text)] == quoted


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ('"We need more buses in town,"?Ortiz told a local paper.', "told", "Ortiz",
         '"We need more buses in town,"'),
        ('The council met on Monday. "The roads are a mess,"?Kim Lowe, head of the drivers '
         "union, said after the vote.", "said", "Kim Lowe, head of the drivers union,",
         '"The roads are a mess,"'),
        ('"The count was fair and open,"-Ortiz wrote on Sunday.', "wrote", "Ortiz",
         '"The count was fair and open,"'),
        # a cue the parser hung inside the quotation is one all the same
        ('"We are surely not saying the council flooded the valley on purpose,"?Hale told the '
         "radio station.", "told", "Hale",
         '"We are surely not saying the council flooded the valley on purpose,"'),
        # the run-in name that the tagger took for an adverb of the verb
        ('Rents are high. "We will see no mass evictions,"?Kelly told the meeting.', "told",
         "Kelly", '"We will see no mass evictions,"'),
        # the parser ended the sentence on the run-in word, leaving the cue a sentence alone
        ('The vote went ahead. "Can they still sell the land? The right of the city to block '
         'new leases of this kind has been taken away,"?she said. "our hands are tied."',
         "said", "she",
         '"Can they still sell the land? The right of the city to block new leases of this '
         'kind has been taken away,"?she said. "our hands are tied."'),
        # what a preposition after the cue brings in is no content where the parser found
        # no clause for the cue: the quotation the name was run into is
        ('"We cannot pay for a road that nobody wants,"?Lindqvist said on a call with '
         "reporters.", "said", "Lindqvist", '"We cannot pay for a road that nobody wants,"'),
        # a passive the parser read into the quotation's words leaves the name the speaker
        ('"The old harbour rules have been changed,"?Okafor said in a statement.', "said",
         "Okafor", '"The old harbour rules have been changed,"'),
        # whom it was told to, with the next quotation run into the name, is no content
        ('Lia joined the band. "It was loud and new and because I had never played before,"?'
         'she told Vogue.-"I knew if I stayed I would get help from Jo when I needed it, or '
         'was lost."', "told", "she",
         '"It was loud and new and because I had never played before,"'),
    ],
)  # fmt: skip
def test_attributions_speaker_run_into_the_closing_mark(pipeline, text, cue, source, content):
    attribution = one(pipeline, text, cue)
    assert (attribution.source.span.text, attribution.content.text) == (source, content)


def test_attributions_quote_after_a_colon_continues_the_content(pipeline):
    text = 'She said he has the quality the job needs: "Steadiness, and strength."'
    attribution = one(pipeline, text, "said")
    assert attribution.content.text.endswith('"Steadiness, and strength."')


def test_attributions_quote_resumed_in_the_next_sentence(pipeline):
    text = "“This is not fair,” Ortiz said. “You pushed the staff too hard.”"
    attribution = one(pipeline, text, "said")
    assert attribution.content.text == text


def test_attributions_quotation_goes_on_through_paragraphs_wholly_in_quotes(pipeline):
    said = "“We will not give up this fight,” Ortiz said on Friday."
    more = "“Nobody can stop the workers now. We have the votes.”"
    text = f"{said}\n\n{more}\n\n“Not the board, not the bank.”\n\nThe vote is next week."
    attribution = one(pipeline, text, "said")
    assert attribution.content.text == text[: text.index("\n\nThe vote")]


@pytest.mark.parametrize(
    "after",
    [
        "“Nobody can stop us,” her deputy added.",  # a paragraph with a cue of its own
        "The vote is next week.",
    ],
)
def test_attributions_quotation_stops_at_a_paragraph_not_wholly_quoted(pipeline, after):
    text = f"“We will not give up this fight,” Ortiz said.\n\n{after}"
    attribution = one(pipeline, text, "said")
    assert attribution.content.text == "“We will not give up this fight,”"


def test_attributions_quotation_closing_on_a_comma_is_not_resumed(pipeline):
    text = "“We will win,” Ortiz said. “Nobody can stop us,” said Kim, her deputy."
    said = [a for a in pipeline.extract(text).attributions if a.cue.text == "said"]
    assert [a.content.text for a in said] == ["“We will win,”", "“Nobody can stop us,”"]


def test_attributions_quotation_ending_the_paragraph_before_is_not_the_next_cues(pipeline):
    text = (
        'The mayor added: "The depot will close for good."\n\n'
        "The union leader wrote to the board on Friday."
    )
    assert one(pipeline, text, "wrote").content is None


def test_attributions_quotation_a_colon_announced_is_not_the_next_sentences(pipeline):
    # the words are those of the speaker before the colon, not of the next one named
    text = (
        'Ms Ruiz said: "The board has asked for a review of what went wrong, and we need to '
        'talk to the clinic." Mr Hale has written to the board asking for the figures.'
    )
    assert one(pipeline, text, "has written").content is None


def test_attributions_finished_quotation_run_into_the_next_sentence_stays_apart(pipeline):
    # the parser ran the two sentences together at "Block C."
    text = (
        'Mr Hale mocked the poster, saying: "This is the worst design I have seen since Ward '
        '10 Block C." The mayor had wasted money by raising rents 12 times, he said.'
    )
    saying = one(pipeline, text, "saying:")
    said = one(pipeline, text, "said")
    assert saying.content.text.endswith('Block C."')
    assert said.content.text == "The mayor had wasted money by raising rents 12 times"


def test_attributions_quotation_after_a_colon_is_reported_once(pipeline):
    text = 'She also thanked the producer: "Thank you for taking a risk on a small film."'
    assert [a.cue.text for a in pipeline.extract(text).attributions] == ["also thanked"]
    # unless the verb's report runs on into the next quotation, which has a cue of its own
    text = (
        'After the meeting at the mill, Ruiz told reporters: "Jo and I will build a fine new '
        'bridge." "We had a long talk," Ruiz said.'
    )
    colon = one(pipeline, text, "told reporters:")
    assert colon.content.text == '"Jo and I will build a fine new bridge."'
    # and an empty quotation, its marks doubled in error, is none
    text = 'The airline said in a statement: ""The jet landed safely and all passengers left."'
    found = pipeline.extract(text).attributions
    assert [a.cue.text for a in found] == ["said"]
    assert any(c.isalpha() for c in found[0].content.text)


def test_attributions_quotation_opening_a_paraphrase_runs_on_after_the_cue(pipeline):
    text = (
        "''I admire the mechanics'' of the plans, Mr. Holtz said. ''They are detailed. "
        "But I have concerns.''"
    )
    attribution = one(pipeline, text, "said")
    assert attribution.content.text == text


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            'She wants to see the bridge rebuilt "before the first snow", her aide said.',
            'She wants to see the bridge rebuilt "before the first snow"',
            "indirect",
        ),
        (
            'A one-off grant will help families "get through the winter", the minister said.',
            'A one-off grant will help families "get through the winter"',
            "indirect",
        ),
        (
            'The Leeds-based firm shut at noon.-"We had no choice at all," the owner said.',
            '"We had no choice at all,"',
            "direct",
        ),
    ],
)
def test_attributions_quoted_phrase_finishing_a_clause_brings_the_clause(
    pipeline, text, content, kind
):
    attribution = one(pipeline, text, "said")
    assert (attribution.content.text, attribution.kind) == (content, kind)


def test_attributions_finished_quotation_before_a_new_speaker_line_is_not_resumed(pipeline):
    text = "“It is the same old system.” She adds, “What kind of leader loses a billion dollars?”"
    attribution = one(pipeline, text, "adds")
    assert attribution.content.text == "“What kind of leader loses a billion dollars?”"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the quotation resumes after the words that go with the cue
        ("“We will not give up,” the coach told reporters after the game, “but we must "
         "defend better.”", "told",
         "“We will not give up,” the coach told reporters after the game, “but we must "
         "defend better.”"),
        # another verb of saying takes the second quotation for itself
        ("“The bridge is safe,” the engineer said, adding that “repairs will take weeks.”",
         "said", "“The bridge is safe,”"),
        # the quotation before "said" is not the next cue's, whose own follows it
        ("“The bridge is safe,” the engineer said, adding “the repairs will take weeks.”",
         "adding", "“the repairs will take weeks.”"),
        ("“The bridge is safe,” Ms Okafor told reporters, adding, “Repairs will take weeks.”",
         "adding", "“Repairs will take weeks.”"),
        # a title in quotation marks belongs to the cue's phrase
        ("“Taxes will rise,” she said on the radio show “Morning Talk” last week.", "said",
         "“Taxes will rise,”"),
    ],
)  # fmt: skip
def test_attributions_quotation_resumed_after_the_cue_phrase(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the quotation finishes a clause that opens before it
        ("The new stadium is “a waste of public money,” the councilor said.", "said",
         "The new stadium is “a waste of public money,”"),
        ("Ortiz “never missed a single meeting,” her colleague said.", "said",
         "Ortiz “never missed a single meeting,”"),
        # words that announce the quotation are not part of it
        ("The mayor was blunt about the budget: “We cannot pay for this,” she said.",
         "said", "“We cannot pay for this,”"),
    ],
)  # fmt: skip
def test_attributions_quotation_finishing_a_clause_takes_in_its_start(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # a clause finished by a quotation takes in the quotation of the next sentence
        ('Ortiz "missed many meetings this year," Hannity said. "It is time to move on."',
         "Hannity",
         'Ortiz "missed many meetings this year," Hannity said. "It is time to move on."'),
        # the speaker named after the cue, which the parser took for the next clause's
        # subject, is the source; the quotation resumes after the speaker's description
        ('"The risk," said Edward Lee, an economist who runs the state forecast, "is that '
         'we will lose jobs."',
         "Edward Lee, an economist who runs the state forecast",
         '"The risk," said Edward Lee, an economist who runs the state forecast, "is that '
         'we will lose jobs."'),
        # "and" or "but" may join the resumed quotation
        ('"This deal needs strong enforcement," she said, and "clear consequences for '
         'violations."',
         "she",
         '"This deal needs strong enforcement," she said, and "clear consequences for '
         'violations."'),
    ],
)  # fmt: skip
def test_attributions_quotation_resumed_around_the_speaker(pipeline, text, source, content):
    found = one(pipeline, text, "said")
    assert (found.source.span.text, found.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the words before the speaker lead in to a quotation that opens a sentence
        ('On Radio Five on Tuesday, she said, "I never said I would pay the fees."',
         '"I never said I would pay the fees."'),
        # a quotation that goes on with a small letter finishes the clause before it
        ('While rents are high, he said, "this has done nothing for the tenants."',
         'While rents are high, he said, "this has done nothing for the tenants."'),
    ],
)  # fmt: skip
def test_attributions_quotation_after_a_lead_in_and_the_speaker(pipeline, text, content):
    assert one(pipeline, text, "said").content.text == content


def test_attributions_verb_of_saying_after_a_quotation_and_its_speaker(pipeline):
    text = (
        '"The hunger I felt back then, I doubt any of you could match that," he admitted. '
        '"I was a little mad."'
    )
    found = one(pipeline, text, "admitted")
    assert (found.source.span.text, found.kind) == ("he", "direct")
    assert found.content.text.startswith('"The hunger I felt back then')


def test_attributions_quotation_mark_with_a_space_inside_closes_before_a_stop(pipeline):
    text = (
        'Three students started a blog called " Our town is dying quietly ". '
        "Most people have left since the mine shut, says Omar Haddad, one of the students."
    )
    assert quote_regions(text) == [(text.index('"'), text.index('".') + 1)]
    found = one(pipeline, text, "says")
    assert (found.source.span.text, found.content.text) == (
        "Omar Haddad, one of the students",
        "Most people have left since the mine shut",
    )


def test_attributions_quotation_closed_by_a_comma_after_its_mark_has_its_own_cue(pipeline):
    text = (
        '"We need help before the weekend", pleaded Ms Ward. "The river is rising '
        'faster than anyone expected", warns Tom Hale, a local farmer.'
    )
    assert one(pipeline, text, "pleaded").content.text == '"We need help before the weekend"'
    assert one(pipeline, text, "warns").source.span.text.startswith("Tom Hale")
