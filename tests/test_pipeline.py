"""The Python API: extract, the record contract, normalization and ids."""

from __future__ import annotations

import json
import unicodedata

import pytest

import newsgraph
from newsgraph import (
    SCHEMA_VERSION,
    EmptyInputError,
    TooLargeError,
    UnsupportedLanguageError,
    extract,
)
from newsgraph.nlp import load_model
from newsgraph.pipeline import Options, Pipeline
from newsgraph.records import ARTICLE_KEYS, Article
from newsgraph.stages import STAGES


def test_json_has_exactly_the_contract_keys(seed_article):
    record = seed_article.to_dict()
    assert tuple(record) == ARTICLE_KEYS
    assert set(record) == {
        "id", "text", "title", "url", "outlet", "published", "language",
        "pipeline_version", "schema_version", "entities", "times", "quantities",
        "attributions", "events",
    }  # fmt: skip
    assert record["schema_version"] == SCHEMA_VERSION
    entity = record["entities"][0]
    assert {"id", "type", "name", "mentions", "roles", "place", "key"} <= set(entity)
    assert set(entity["mentions"][0]) == {"start", "end", "text"}
    json.dumps(record)  # serializable as is


def test_record_round_trips_through_dict(seed_article):
    again = Article.from_dict(json.loads(json.dumps(seed_article.to_dict())))
    assert again.to_dict() == seed_article.to_dict()


def test_seed_metadata(seed_article):
    assert seed_article.published == "2025-01-22"
    assert seed_article.published_basis == "given"
    assert seed_article.language == "en"
    assert seed_article.pipeline_version.startswith(f"newsgraph-{newsgraph.__version__}+")
    assert len(seed_article.id) == 16


def test_every_stage_is_registered_in_order():
    assert [s.assigns for s in STAGES] == [
        "entities",
        "times",
        "attributions",
        "quantities",
        "events",
    ]


def test_text_is_nfc_normalized_and_offsets_index_it():
    decomposed = "Turkish President Recep Tayyip Erdog\u0306an met Hakan Fidan in Ankara."
    article = extract(decomposed)
    assert article.text == unicodedata.normalize("NFC", decomposed)
    person = next(e for e in article.entities if e.name.startswith("Recep"))
    assert person.name == "Recep Tayyip Erdoğan"
    mention = person.mentions[0]
    assert article.text[mention.start : mention.end] == mention.text


def test_same_text_same_id_whatever_the_normal_form():
    a = extract("Hakan Fidan visited Ankara.\r\n")
    b = extract(unicodedata.normalize("NFD", "  Hakan Fidan visited Ankara."))
    assert a.id == b.id


def test_published_dates_are_normalized():
    assert extract("Hakan Fidan visited Ankara.", published="2025-01-22T09:30:00Z").published == (
        "2025-01-22T09:30:00+00:00"
    )


def test_empty_text_is_refused():
    with pytest.raises(EmptyInputError, match="no text"):
        extract("  \n\t ")


def test_text_over_the_limit_is_refused():
    pipeline = Pipeline(Options(max_chars=100))
    with pytest.raises(TooLargeError, match="--max-chars"):
        pipeline.extract("Hakan Fidan visited Ankara. " * 10)


def test_german_article_is_refused_as_unsupported_language():
    text = (
        "Der türkische Präsident hat am Mittwoch in Ankara eine Delegation empfangen. "
        "Die Gespräche dauerten mehrere Stunden, teilte das Präsidialamt mit."
    )
    with pytest.raises(UnsupportedLanguageError, match="'de'"):
        extract(text)


def test_model_loads_once_per_process():
    assert load_model() is load_model()


def test_unknown_model_gives_a_clear_error():
    with pytest.raises(newsgraph.ModelError, match="neither an installed package"):
        load_model("no_such_pipeline_xyz")


def test_another_pipeline_can_be_chosen_by_path(tmp_path):
    nlp = load_model()
    nlp.to_disk(tmp_path / "pipeline")
    article = Pipeline(Options(model=str(tmp_path / "pipeline"))).extract(
        "Hakan Fidan visited Ankara on Monday."
    )
    assert "Hakan Fidan" in [e.name for e in article.entities]


def test_a_paragraph_or_line_break_starts_a_sentence_but_a_wrapped_line_does_not():
    nlp = load_model()
    text = (
        "Nurses told to travel in pairs after attacks\n\n"
        "There is no tolerance for abuse, a union leader said.\n"
        "The warning, sent on Monday, was\nread out at every ward meeting."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == [
        "Nurses told to travel in pairs after attacks",
        "There is no tolerance for abuse, a union leader said.",
        "The warning, sent on Monday, was\nread out at every ward meeting.",
    ]


def test_a_subheading_is_not_parsed_into_the_paragraph_after_it(pipeline):
    article = pipeline.extract(
        "'Prices will keep rising'\n\n"
        "On Tuesday, the central bank's chief economist, Maria Costa, said the rate cut "
        "would not stop inflation."
    )
    (said,) = [a for a in article.attributions if a.cue.text == "said"]
    assert said.content.text == "the rate cut would not stop inflation"


def test_a_unit_of_power_written_onto_a_number_is_split_from_it():
    tokens = [t.text for t in load_model()("A 45MW farm and a 2GWh store opened.")]
    assert tokens[1:3] == ["45", "MW"]
    assert tokens[6:8] == ["2", "GWh"]


def test_a_closing_bracket_written_onto_a_word_is_split_from_it():
    text = "(CNN)Iran's foreign minister spoke to reporters in Geneva on Monday."
    assert [t.text for t in load_model()(text)][:5] == ["(", "CNN", ")", "Iran", "'s"]
    names = {e.name: e.type for e in Pipeline().extract(text).entities}
    assert names.get("Iran") == "GPE"
    assert not any(")" in name for name in names)


def test_a_text_wrapped_at_a_fixed_width_keeps_its_sentences_whole():
    nlp = load_model()
    text = (
        "The finance minister said on Monday that the\n"
        "government would cut taxes for families, and that\n"
        "Prime Minister Ana Costa had approved the plan after\n"
        "talks with unions that lasted until late on Sunday."
    )
    starts = [t.text for t in nlp(text) if t.is_sent_start]
    assert "Prime" not in starts  # a name after a wrapped line starts no sentence


def test_a_one_letter_unit_ending_a_sentence_gives_up_its_full_stop():
    doc = load_model()("The fund lost $3m. Mr Lee said so. Ms Day ran 400m.\n\nJ. M. Rowe wrote.")
    tokens = [t.text for t in doc]
    assert tokens[4:7] == ["3", "m", "."]
    assert tokens[15:18] == ["400", "m", "."]
    assert tokens[19:21] == ["J.", "M."]
    assert [s.text.strip() for s in doc.sents][:2] == ["The fund lost $3m.", "Mr Lee said so."]
