"""The attributions stage: the learned edges of a content."""

from __future__ import annotations

import pytest

from tests.attributions_checks import one


def test_attributions_expected_clause_keeps_a_subject_split_at_a_list_comma(pipeline):
    text = (
        "Rent, wages, the price of bread and the cost of fuel are all expected to rise this winter."
    )
    assert one(pipeline, text, "are all expected").content.text == text[:-1]


def test_attributions_learned_content_end_does_not_cut_a_list_at_a_comma(pipeline):
    from newsgraph.stages._attributions.bounds import _splits_a_list

    doc = pipeline.nlp(
        "Tom Ruiz, Ann Leeson, Sam Chowdry and Mia Park have all been named as captains."
    )
    last = [t.text for t in doc].index("Park")
    # ending at "Leeson" leaves out "Sam Chowdry and Mia Park"; at "Chowdry", an "and" follows
    assert _splits_a_list(doc, 0, 4, last)
    assert not _splits_a_list(doc, 0, 7, last)


def test_attributions_learned_content_end_keeps_an_amount_in_brackets(pipeline):
    # the same sum in another money belongs with the words around it
    text = (
        "The coach criticised his 4000 euros (£2,800) fine even though it was far below the "
        "top penalty."
    )
    assert one(pipeline, text, "criticised").content.text == "his 4000 euros (£2,800) fine"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # The learned edges: whom a call is addressed to and a time phrase at the end.
        (
            "Officials called on people to protest peacefully.",
            "called on",
            "people to protest peacefully",
        ),
        (
            "The chief noted the policy in the briefing last month.",
            "noted",
            "the policy in the briefing last month",
        ),
    ],
)
def test_attributions_content_edges_follow_the_learned_conventions(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content
