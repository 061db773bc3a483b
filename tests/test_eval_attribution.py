"""The attribution quality gate: PolNeAR dev scores stay at or above the baseline."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.evaluate import regressions
from newsgraph.evaluate.attribution import read_brat, read_brat_folder, score_attribution
from tests.conftest import ROOT, data_file

BASELINE = ROOT / "baselines" / "attribution.json"

_TEXT = "Officials said the bridge was closed. The mayor agreed."
_ANN = (
    "T1\tSource 0 9\tOfficials\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 36\tthe bridge was closed\n"
    "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n"
    "T4\tCue 48 54\tagreed\n"
    "T5\tContent 20 25;26 36\tbridge was closed\n"
    "E2\tAttribution:T4 Cue:T4 Content:T5\n"
)


def test_eval_attribution_reads_brat_relations_and_discontinuous_spans():
    document = read_brat(_TEXT, _ANN, "x")
    assert [(g.cue, g.source, g.content) for g in document.attributions] == [
        ((10, 14), (0, 9), (15, 36)),
        ((48, 54), None, (20, 36)),
    ]


def test_eval_attribution_scores_a_small_folder_exactly(tmp_path, pipeline):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(_TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_1.ann").write_text(_ANN, encoding="utf-8")
    # A second annotator's file for the same article is not read.
    (tmp_path / "attributions" / "a_2.ann").write_text("", encoding="utf-8")
    scores = score_attribution(read_brat_folder(tmp_path))
    assert scores["articles"] == 1
    assert scores["gold_attributions"] == 2
    assert (scores["cue_exact_precision"], scores["cue_exact_recall"]) == (1.0, 1.0)
    # The gold gives "agreed" no source; the stage names "The mayor", one false source.
    assert (scores["source_exact_precision"], scores["source_exact_recall"]) == (0.5, 1.0)


def test_eval_attribution_command_prints_json(tmp_path, pipeline):
    from newsgraph.cli import main

    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(_TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_1.ann").write_text(_ANN, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "attribution", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"] == 1


def test_eval_attribution_min_confidence_scores_only_the_surer_claims(tmp_path, pipeline):
    from newsgraph.cli import main

    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(_TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_1.ann").write_text(_ANN, encoding="utf-8")
    confidences = [a.confidence for a in pipeline.extract(_TEXT).attributions]
    bar = max(confidences)
    assert min(confidences) < bar  # "said" is surer than "agreed"
    args = ["eval", "attribution", str(tmp_path), "--format", "json"]
    every = json.loads(CliRunner().invoke(main, args).output)
    surer = json.loads(CliRunner().invoke(main, [*args, "--min-confidence", str(bar)]).output)
    assert every["cue_exact_recall"] == 1.0
    assert surer["cue_exact_recall"] == 0.5 and surer["cue_exact_precision"] == 1.0


def test_eval_attribution_polnear_dev_meets_the_baseline():
    folder = data_file("attribution", "polnear", "dev")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    scores = score_attribution(read_brat_folder(folder))
    assert regressions(scores, baseline["minimums"]) == []


def _trainer():
    """scripts/train_attribution.py as a module (the scripts folder is no package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "train_attribution", ROOT / "scripts" / "train_attribution.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_edge_ranker_training_learns_where_a_content_ends(tmp_path, pipeline):
    # The gold content stops before the place phrase the parse attaches to it.
    text = "The mayor noted the rule in the interview. The aide noted the plan in the meeting."
    ann = (
        "T1\tSource 0 9\tThe mayor\nT2\tCue 10 15\tnoted\n"
        "T3\tContent 16 24\tthe rule\n"
        "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n"
        "T4\tSource 43 51\tThe aide\nT5\tCue 52 57\tnoted\n"
        "T6\tContent 58 66\tthe plan\n"
        "E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6\n"
    )
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions" / "a_1.ann").write_text(ann, encoding="utf-8")
    trainer = _trainer()
    parses = tmp_path / "parses.spacy"
    articles = trainer.parsed(tmp_path, None, parses)
    assert parses.exists()  # the parse cache is written for the next run
    rows = trainer.edge_examples(articles)
    ends = rows["content.e"]
    assert len(ends) == 2
    assert all(gold != rule for _, gold, rule in ends)  # the rules end later than the gold
    weights = trainer.train_ranker(ends, epochs=10, seed=1)
    for options, gold, _ in ends:
        scores = [sum(weights.get(f, 0.0) for f in feats) for feats in options]
        assert max(range(len(options)), key=scores.__getitem__) == gold
