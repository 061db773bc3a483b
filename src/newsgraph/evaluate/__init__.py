"""Scoring newsgraph against annotated development data, and the baseline gate.

Each kind of evaluation lives in its own module here (``timex``, ``ner``, ``geo``,
``attribution``, …) with a plain function that returns a :class:`Scores` mapping and a
thin Click ``command`` that ``newsgraph eval KIND`` runs. The committed minimums for
each kind are in ``baselines/KIND.json`` at the repository root; :func:`regressions`
compares scores with them, and the test suite fails when a score drops below its
minimum.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

#: Metric name → value (F1 and the like as fractions in [0, 1]; counts as numbers).
Scores = dict[str, float]


def prf(
    true_positives: int, false_positives: int, false_negatives: int
) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; 0.0 where a ratio is undefined."""
    predicted = true_positives + false_positives
    gold = true_positives + false_negatives
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def write_errors(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """A TSV of mistakes for ``--errors FILE``: a header, then one row per mistake, with
    line breaks inside a cell written as spaces."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell.replace("\n", " ") for cell in row])


def load_baseline(path: str | Path) -> dict[str, Any]:
    """A baseline file: ``{"data": ..., "command": ..., "minimums": {metric: value}}``."""
    with Path(path).open(encoding="utf-8") as f:
        baseline: dict[str, Any] = json.load(f)
    return baseline


def regressions(scores: Scores, minimums: dict[str, float]) -> list[str]:
    """One line for each metric below its minimum (or missing); empty when all hold."""
    problems = []
    for metric, minimum in minimums.items():
        if metric not in scores:
            problems.append(f"{metric}: missing (minimum {minimum:.4f})")
        elif scores[metric] < minimum:
            problems.append(f"{metric}: {scores[metric]:.4f} < minimum {minimum:.4f}")
    return problems
