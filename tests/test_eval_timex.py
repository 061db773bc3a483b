"""``newsgraph eval timex``: TimeML reading, TempEval-3 scoring and the baseline gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.evaluate import load_baseline, regressions
from newsgraph.evaluate.timex import read_timeml, score_timex

from .conftest import ROOT, data_file

FIXTURES = Path(__file__).parent / "fixtures" / "timex"
BASELINE = ROOT / "baselines" / "timex.json"


def test_read_timeml_strips_tags_and_keeps_gold_offsets():
    document = read_timeml(FIXTURES / "sample.tml")
    assert document.dct == "2025-01-22"
    assert document.text.startswith("The ministers met in Ankara on Wednesday")
    assert [t.text for t in document.timexes] == [
        "Wednesday",
        "more than 15 months",
        "January 19",
        "in the past",
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


def test_read_timeml_does_not_score_the_creation_time():
    document = read_timeml(FIXTURES / "sample.tml")
    assert all(t.value != "2025-01-22" or t.text == "Wednesday" for t in document.timexes)
    assert len(document.timexes) == 4


def test_score_timex_uses_tempeval3_measures(tmp_path):
    errors = tmp_path / "errors.tsv"
    scores = score_timex(FIXTURES, errors=errors)
    assert scores["gold"] == 4
    assert scores["system"] == 4
    # "the past" against gold "in the past": a relaxed match, not a strict one.
    assert scores["strict_f1"] == pytest.approx(0.75)
    assert scores["relaxed_f1"] == pytest.approx(1.0)
    assert scores["value_f1"] == pytest.approx(scores["relaxed_f1"] * scores["value_accuracy"])
    assert scores["value_f1"] == pytest.approx(1.0)
    assert scores["type_f1"] == pytest.approx(1.0)
    rows = errors.read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t")[:2] == ["document", "error"]
    assert any("\textent\t" in row and "in the past" in row for row in rows[1:])


def test_eval_timex_command_prints_json_and_checks_a_baseline(tmp_path):
    baseline = tmp_path / "timex.json"
    baseline.write_text(json.dumps({"minimums": {"relaxed_f1": 0.99, "value_f1": 0.99}}))
    runner = CliRunner()
    result = runner.invoke(
        main, ["eval", "timex", str(FIXTURES), "--format", "json", "--baseline", str(baseline)]
    )
    assert result.exit_code == 0, result.output
    assert '"relaxed_f1": 1.0' in result.output
    baseline.write_text(json.dumps({"minimums": {"strict_f1": 0.9}}))
    result = runner.invoke(main, ["eval", "timex", str(FIXTURES), "--baseline", str(baseline)])
    assert result.exit_code == 1


def test_timex_scores_hold_their_baseline_on_the_dev_data():
    directory = data_file("timex")
    scores = score_timex(directory)
    assert scores["documents"] == 256
    assert regressions(scores, load_baseline(BASELINE)["minimums"]) == []
