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


_WEEKS_TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-12"
 functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>
The union struck <TIMEX3 tid="t1" type="DATE" value="2025-W6">last week</TIMEX3> and talks resume
<TIMEX3 tid="t2" type="DATE" value="2025-W8-WE">next weekend</TIMEX3>, not in
<TIMEX3 tid="t3" type="DATE" value="2025-W12">week 12</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_timeml_writes_one_digit_gold_weeks_with_two(tmp_path):
    (tmp_path / "weeks.tml").write_text(_WEEKS_TML, encoding="utf-8")
    document = read_timeml(tmp_path / "weeks.tml")
    assert [t.value for t in document.timexes] == ["2025-W06", "2025-W08-WE", "2025-W12"]
    errors = tmp_path / "errors.tsv"
    score_timex(tmp_path, errors=errors)
    # the stage writes these weeks as 2025-W06 and 2025-W08-WE: equal to the gold now
    rows = [row.split("\t") for row in errors.read_text(encoding="utf-8").splitlines()[1:]]
    assert not [row for row in rows if row[3] in {"last week", "next weekend"}]


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
