"""Attributions scored against PolNeAR-style BRAT folders (``DIR/text``, ``DIR/attributions``).

Each article is ``DIR/text/NAME.txt``; its annotations are ``DIR/attributions/NAME_ANN.ann``
(BRAT standoff: ``T`` lines for Source, Cue and Content spans, ``E`` lines tying them into
one attribution). Some articles were annotated by several people: the first file in
name order is used, so every article counts once.

A discontinuous gold span (``start end;start end``) is compared by its extent, from the
earliest fragment's start to the latest fragment's end, because a record holds one span.

Scores: exact-match (same start and end) and overlap (any shared character) precision,
recall and F1 for each of source, cue and content, and for the whole relation (cue,
source and content all matching; a missing source matches a missing source).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsgraph.evaluate import Scores, prf
from newsgraph.evaluate._cli import emit, eval_options
from newsgraph.records import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Attribution

__all__ = [
    "BratDocument",
    "GoldAttribution",
    "command",
    "predict_attributions",
    "read_brat_folder",
    "score_attribution",
]

#: A span as (start, end) character offsets; None where the role is absent.
Extent = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution: the extents of its cue, source and content."""

    cue: Extent
    source: Extent | None
    content: Extent | None


@dataclass(slots=True)
class BratDocument:
    """One article's text and its gold attributions."""

    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _extent(offsets: str) -> Extent:
    fragments = [tuple(int(n) for n in part.split()) for part in offsets.split(";")]
    return min(f[0] for f in fragments), max(f[1] for f in fragments)


def read_brat(text: str, ann: str, name: str = "") -> BratDocument:
    """The gold attributions of one BRAT ``.ann`` text over its article ``text``."""
    spans: dict[str, tuple[str, Extent]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _extent(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            relations.append(roles)
    doc = BratDocument(name=name, text=text)
    for roles in relations:

        def extent(role: str, roles: dict[str, str] = roles) -> Extent | None:
            ref = roles.get(role)
            return spans[ref][1] if ref in spans else None

        cue = extent("Cue")
        if cue is None:
            continue
        doc.attributions.append(GoldAttribution(cue, extent("Source"), extent("Content")))
    return doc


def read_brat_folder(folder: str | Path) -> Iterator[BratDocument]:
    """Every article of a PolNeAR-style folder with one annotator's attributions, by name."""
    folder = Path(folder)
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise click.UsageError(f"{folder} needs the subfolders text/ and attributions/")
    annotations: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        name = path.stem.rsplit("_", 1)[0]
        annotations.setdefault(name, path)
    for name, ann_path in sorted(annotations.items()):
        text_path = text_dir / f"{name}.txt"
        if not text_path.exists():
            continue
        yield read_brat(
            text_path.read_text(encoding="utf-8"), ann_path.read_text(encoding="utf-8"), name
        )


def predict_attributions(doc: Doc, text: str) -> list[Attribution]:
    """The attributions stage over one parsed text.

    Spans are scored, not entity links, so the entity stage is not run.
    """
    from newsgraph.stages.attributions import find_attributions

    return find_attributions(doc, Article(id="eval", text=text))


def _as_gold(att: Attribution) -> GoldAttribution:
    source = att.source.span if att.source else None
    return GoldAttribution(
        (att.cue.start, att.cue.end),
        (source.start, source.end) if source else None,
        (att.content.start, att.content.end) if att.content else None,
    )


def _overlap(a: Extent | None, b: Extent | None) -> bool:
    if a is None or b is None:
        return a is b
    return a[0] < b[1] and b[0] < a[1]


def _exact(a: Extent | None, b: Extent | None) -> bool:
    return a == b


def _count(
    gold: list[Extent | None], predicted: list[Extent | None], same: Callable[..., bool]
) -> tuple[int, int, int]:
    """Greedy one-to-one matching; returns true positives, false positives, false negatives."""
    gold_left = [g for g in gold if g is not None]
    matched = 0
    predicted_real = [p for p in predicted if p is not None]
    for p in predicted_real:
        for n, g in enumerate(gold_left):
            if same(p, g):
                matched += 1
                del gold_left[n]
                break
    return matched, len(predicted_real) - matched, len(gold_left)


def _count_relations(
    gold: list[GoldAttribution], predicted: list[GoldAttribution], same: Callable[..., bool]
) -> tuple[int, int, int]:
    gold_left = list(gold)
    matched = 0
    for p in predicted:
        for n, g in enumerate(gold_left):
            if same(p.cue, g.cue) and same(p.source, g.source) and same(p.content, g.content):
                matched += 1
                del gold_left[n]
                break
    return matched, len(predicted) - matched, len(gold_left)


def score_attribution(
    documents: Iterable[BratDocument],
    *,
    predict: Callable[[Doc, str], list[Attribution]] = predict_attributions,
    docs: Iterable[Doc] | None = None,
    model: str | None = None,
) -> Scores:
    """Exact and overlap P/R/F1 of source, cue, content and the relation over the documents.

    ``docs`` may give the parses of the documents' texts in order (a cache); otherwise
    they are parsed with the spaCy pipeline ``model`` (default: newsgraph's).
    """
    documents = list(documents)
    if docs is None:
        from newsgraph.nlp import load_model

        docs = load_model(model).pipe((d.text for d in documents), batch_size=16)
    totals: dict[str, list[int]] = {}
    for document, doc in zip(documents, docs, strict=True):
        gold = document.attributions
        predicted = [_as_gold(a) for a in predict(doc, document.text)]
        for match, same in (("exact", _exact), ("overlap", _overlap)):
            for role in ("source", "cue", "content"):
                counts = _count(
                    [getattr(g, role) for g in gold], [getattr(p, role) for p in predicted], same
                )
                row = totals.setdefault(f"{role}_{match}", [0, 0, 0])
                for n in range(3):
                    row[n] += counts[n]
            counts = _count_relations(gold, predicted, same)
            row = totals.setdefault(f"relation_{match}", [0, 0, 0])
            for n in range(3):
                row[n] += counts[n]
    scores: Scores = {"articles": float(len(documents))}
    scores["gold_attributions"] = float(sum(len(d.attributions) for d in documents))
    for key in sorted(totals):
        precision, recall, f1 = prf(*totals[key])
        scores[f"{key}_precision"] = precision
        scores[f"{key}_recall"] = recall
        scores[f"{key}_f1"] = f1
    return scores


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--model", help="A spaCy pipeline to parse with (default: newsgraph's).")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Score only the attributions with at least this confidence (fewer, surer claims).",
)
@eval_options
def command(
    folder: Path, model: str | None, min_confidence: float, baseline: Path | None, fmt: str
) -> None:
    """Score attributions against a PolNeAR-style BRAT folder (text/, attributions/).

    \b
      newsgraph eval attribution ../shared/data/attribution/polnear/dev
      newsgraph eval attribution ../shared/data/attribution/polnear/dev --min-confidence 0.7
    """

    def predict(doc: Doc, text: str) -> list[Attribution]:
        found = predict_attributions(doc, text)
        return [a for a in found if a.confidence is None or a.confidence >= min_confidence]

    scores = score_attribution(read_brat_folder(folder), model=model, predict=predict)
    emit(scores, fmt=fmt, baseline=baseline, title=f"attribution: {folder}")
