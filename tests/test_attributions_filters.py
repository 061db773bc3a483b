"""The attributions stage: attributions dropped, merged or cut back."""

from __future__ import annotations

import pytest

from tests.attributions_checks import one


def test_attributions_claim_inside_according_to_is_not_its_own(pipeline):
    text = "Turkey has agreed to take in 15 prisoners, according to regional officials."
    cues = [a.cue.text for a in pipeline.extract(text).attributions]
    assert cues == ["according to"]


def test_attributions_according_to_inside_a_quotation_is_the_speakers_words(pipeline):
    text = (
        '"According to our own count, forty shops on the street broke the rules," Ruiz '
        "told the council."
    )
    found = pipeline.extract(text).attributions
    assert [(a.cue.text, a.source.span.text, a.kind) for a in found] == [("told", "Ruiz", "direct")]
    # a closing mark run into the word before it, which a quotation mark lost from the
    # text led the pairing to take for an opening one, opens no quotation
    damaged = (
        'The talks went on. "We raised the issue at the last meeting at ministers"?level. '
        'They said they had no comments on the plan," the minister said. According to Ruiz, '
        'trade in the bloc fell by 40% last year. "I have no such figures," she said.'
    )
    according = one(pipeline, damaged, "According to")
    assert (according.source.span.text, according.content.text) == (
        "Ruiz",
        "trade in the bloc fell by 40% last year",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The union says the plan will fail, while the bosses say it will save the yard.",
            "the plan will fail",
        ),
        (
            "Ms Ortiz said the new rota was unfair and she accused the board of bad faith.",
            "the new rota was unfair",
        ),
        # a speaker named after "while" or "but" answers with a report of their own
        (
            "The ferry firm said it regretted the delay while Harbour Lines, its rival, "
            "declined to comment.",
            "it regretted the delay",
        ),
        (
            "Mr Pell said the pitch had been too slow but Dana Fisk rejected his claim.",
            "the pitch had been too slow",
        ),
        # who passed the report on, hung beside the report or with the report on it
        (
            'Police said the two men were "thieves of the worst sort", the Gazette reported.',
            'the two men were "thieves of the worst sort"',
        ),
        (
            'Police said Mr Dale was "a cheat of the old school", selling fake coins by post, '
            "the local paper reported.",
            'Mr Dale was "a cheat of the old school", selling fake coins by post',
        ),
        # a passive after the comma passes nothing on
        (
            "Ann Ruiz told the radio station that contrary to what he believes, the old mill "
            "was welcomed by the town as a fresh start.",
            "that contrary to what he believes, the old mill was welcomed by the town as a "
            "fresh start",
        ),
    ],
)
def test_attributions_report_ends_before_a_speaker_joined_to_it(pipeline, text, content):
    first = pipeline.extract(text).attributions[0]
    assert first.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'Ms Ford said the chiefs had a "hard time" at the meeting adding: "Nobody was spared."',
            "said",
            'the chiefs had a "hard time" at the meeting',
        ),
        (
            "The mayor said the bridge would stay shut, citing a survey that found cracks in "
            "two piers.",
            "said",
            "the bridge would stay shut",
        ),
        # a participle that describes a thing in the report is part of it
        (
            "The coach replied to a fan asking whether the striker would stay.",
            "replied to",
            "a fan asking whether the striker would stay",
        ),
    ],
)
def test_attributions_report_ends_before_its_speaker_goes_on(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            'The vote was close. Ms Ruiz added: "We will keep fighting for the depot," she said.',
            ("added:", "Ms Ruiz", '"We will keep fighting for the depot,"'),
        ),
        (
            'The vote was close. Last week he said: "The answer is still no," he said at a '
            "briefing.",
            ("said:", "he", '"The answer is still no,"'),
        ),
    ],
)
def test_attributions_quotation_opened_and_closed_by_a_cue_is_said_once(pipeline, text, found):
    attributions = pipeline.extract(text).attributions
    assert [(a.cue.text, a.source.span.text, a.content.text) for a in attributions] == [found]


def test_attributions_report_ends_before_a_cue_joined_to_it(pipeline):
    text = "The local MP said the cartoon was clumsy but urged people not to rush to judgement."
    assert one(pipeline, text, "said").content.text == "the cartoon was clumsy"
    assert one(pipeline, text, "urged").source.span.text == "The local MP"


def test_attributions_participle_that_describes_a_source_is_no_report(pipeline):
    text = "In the town, 70% of those questioned said the new bus lanes had made little difference."
    attributions = pipeline.extract(text).attributions
    assert [(a.cue.text, a.source.span.text) for a in attributions] == [
        ("said", "70% of those questioned")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a command to the reader
        "The ferry will run again in May, the council said. Get the latest news sent to "
        "your phone. Enjoy the best debate and analysis with our podcast.",
        # the headline of a link line after its label
        "Prices rose again, the bank said. READ MORE: Farmers decry Norland's milk levy The "
        "parliamentary debate before the second reading began on Tuesday.",
        # … whose verb of saying is the first verb after the label
        "Prices rose again, the bank said. WATCH: Dalby mayor warns of harbour closure The "
        "port will shut in June.",
        "Prices rose again, the bank said. READ MORE: Dalby council sued over harbour tolls "
        "I realised the rules were unfair.",
        # … not a verb after the headline's end, where the next sentence begins
        "READ MORE: Ana Ruiz says ferry fares must fall Officials said the cap would stay.",
    ],
)
def test_attributions_reader_commands_and_link_headlines_are_no_reports(pipeline, text):
    found = pipeline.extract(text).attributions
    assert [a.cue.text for a in found] == ["said"]


def test_attributions_cue_after_a_link_headline_is_kept(pipeline):
    text = (
        "Rents rose. READ MORE: Harbour tolls at record levels after the vote According to "
        "Ana Ruiz, the cap will stay. UPDATE: Police said the road would reopen on Monday. "
        "READ MORE: Norland's harbour bill 'big step towards closure' Local law requires all "
        "ports to be open."
    )
    found = pipeline.extract(text).attributions
    assert [(a.cue.text, a.source.span.text) for a in found] == [
        ("According to", "Ana Ruiz"),
        ("said", "Police"),
        ("requires", "Local law"),
    ]
