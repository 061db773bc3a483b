"""The CoNLL-2003 NER gate, and the reader and scorer on a fixture of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate import regressions
from newsgraph.evaluate.ner import read_conll, score_ner

from .conftest import ROOT, data_file

FIXTURE = """-DOCSTART- -X- -X- O

Hakan NNP B-NP B-PER
Fidan NNP I-NP I-PER
visited VBD B-VP O
Ankara NNP B-NP B-LOC
. . O O

Reuters NNP B-NP B-ORG
reported VBD B-VP O
it PRP B-NP O
. . O O
"""


@pytest.fixture
def conll_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.iob2"
    path.write_text(FIXTURE, encoding="utf-8")
    return path


def test_ner_reader_rebuilds_text_and_gold_spans(conll_file):
    (doc,) = read_conll(conll_file)
    assert doc.text == "Hakan Fidan visited Ankara .\nReuters reported it ."
    assert doc.gold == {(0, 2, "PER"), (3, 4, "LOC"), (5, 6, "ORG")}


def test_ner_scores_a_fixture_perfectly(conll_file):
    scores = score_ner(conll_file)
    assert scores["f1"] == 1.0
    assert scores["per_f1"] == scores["loc_f1"] == scores["org_f1"] == 1.0


@pytest.mark.slow
def test_ner_dev_scores_hold_the_baseline():
    path = data_file("ner", "conll2003_testa.iob2")
    baseline = json.loads((ROOT / "baselines" / "ner.json").read_text(encoding="utf-8"))
    assert regressions(score_ner(path), baseline["minimums"]) == []
