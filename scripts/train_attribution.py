"""Train the attribution models on PolNeAR train and write the shipped model files.

    python scripts/train_attribution.py ../shared/data/attribution/polnear/train
    python scripts/train_attribution.py ../shared/data/attribution/polnear/train --bounds

The cue classifier (default): every verb and noun of the parsed training articles is
an example; it is positive when it is the head word of a gold cue. An averaged
perceptron over the features of ``newsgraph.stages._attributions.model.features``
learns the weights, which are pruned, rounded and written to
``src/newsgraph/data/attributions/cue_model.json.gz``.

The edge rankers (``--bounds``, after the cue classifier): for each attribution the
rules find whose cue overlaps a gold one, each edge of each span whose gold edge is
among the candidates is an example; a structured averaged perceptron over
``newsgraph.stages._attributions.bounds.features`` learns to rank the gold edge first.
Written to ``src/newsgraph/data/attributions/bounds_model.json.gz``.

``--parses FILE`` reuses the articles' parses saved as a spaCy DocBin (in folder
order); it is written when it does not exist yet. Never train on the folder you score
(``dev`` is for choosing).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin

from newsgraph.evaluate.attribution import BratDocument, read_brat_folder
from newsgraph.nlp import load_model
from newsgraph.stages._attributions import bounds
from newsgraph.stages._attributions.model import (
    MODEL_FILE,
    features,
    is_candidate,
    quote_marks,
    weighted,
)
from newsgraph.stages._attributions.quotes import Quotes
from newsgraph.stages.attributions import CUE_THRESHOLD, rule_spans

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "attributions"


def parsed(folder: Path, limit: int | None, parses: Path | None) -> list[tuple[BratDocument, Doc]]:
    """The folder's articles with their parses, read from ``parses`` where it exists."""
    documents = list(read_brat_folder(folder))[:limit]
    nlp = load_model()
    if parses is not None and parses.exists():
        docs = list(DocBin().from_disk(parses).get_docs(nlp.vocab))[: len(documents)]
    else:
        docs = list(nlp.pipe((d.text for d in documents), batch_size=16))
        if parses is not None:
            DocBin(docs=docs, store_user_data=False).to_disk(parses)
    return list(zip(documents, docs, strict=True))


def examples(articles: list[tuple[BratDocument, Doc]]) -> list[tuple[list[str], bool]]:
    """(features, is-cue) for every candidate word of the articles."""
    rows: list[tuple[list[str], bool]] = []
    for document, doc in articles:
        heads = set()
        for gold in document.attributions:
            span = doc.char_span(*gold.cue, alignment_mode="expand")
            if span is not None:
                heads.add(span.root.i)
        quotes = Quotes(doc.text)
        marks = quote_marks(doc)
        rows.extend(
            (features(t, quotes.inside(t.idx), marks), t.i in heads) for t in doc if is_candidate(t)
        )
    return rows


class Averaged:
    """Perceptron weights with their running average, updated lazily per feature."""

    def __init__(self) -> None:
        self.weights: dict[str, float] = defaultdict(float)
        self._totals: dict[str, float] = defaultdict(float)
        self._stamps: dict[str, int] = defaultdict(int)
        self.step = 0

    def score(self, feats: list[str]) -> float:
        return sum(self.weights.get(f, 0.0) for f in feats)

    def update(self, feats: list[str], delta: float) -> None:
        for f in feats:
            self._totals[f] += (self.step - self._stamps[f]) * self.weights[f]
            self._stamps[f] = self.step
            self.weights[f] += delta

    def averaged(self) -> dict[str, float]:
        step = max(self.step, 1)
        return {
            f: (self._totals[f] + (step - self._stamps[f]) * w) / step
            for f, w in self.weights.items()
        }


def _shuffled(count: int, epochs: int, seed: int) -> Iterator[int]:
    """Example indexes, reshuffled each epoch."""
    order = list(range(count))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        yield from order


def train(
    rows: list[tuple[list[str], bool]], epochs: int, seed: int, positive_weight: float = 1.0
) -> dict[str, float]:
    """Averaged perceptron weights; a missed cue moves the weights ``positive_weight`` times
    as far as a false one, trading precision for recall."""
    model = Averaged()
    for n in _shuffled(len(rows), epochs, seed):
        model.step += 1
        feats, gold = rows[n]
        if (model.score(feats) > 0) != gold:
            model.update(feats, positive_weight if gold else -1.0)
    return model.averaged()


def write_model(weights: dict[str, float], rows: list[tuple[list[str], bool]], epochs: int) -> Path:
    """Prune and round the weights and write the gzipped model file (byte-stable)."""
    cue_lemmas = Counter(f[2:] for feats, gold in rows if gold for f in feats if f.startswith("l="))
    frequent = {lemma for lemma, n in cue_lemmas.items() if n >= 2}

    def useful(feature: str) -> bool:
        # A lemma feature of a word the stage never asks about can never fire.
        name, _, value = feature.partition("=")
        return not name.startswith("l") or value.split("|")[0] in frequent

    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.001 and useful(f)}
    # A lemma whose every training word the classifier turns down ("year", "rate") is
    # not worth asking about.
    taken = {
        f[2:]
        for feats, _ in rows
        if weighted(feats, kept) > CUE_THRESHOLD
        for f in feats
        if f.startswith("l=")
    }
    model = {
        "about": "Attribution cue classifier (averaged perceptron), trained on PolNeAR train "
        "(networkdynamics/PolNeAR, research use) by scripts/train_attribution.py",
        "examples": len(rows),
        "positives": sum(1 for _, gold in rows if gold),
        "epochs": epochs,
        "weights": kept,
        # Lemmas seen as a cue at least twice and taken by the classifier at least once:
        # the stage asks it about no other.
        "cue_lemmas": sorted(frequent & taken),
    }
    return write_json(MODEL_FILE, model)


Ranking = tuple[list[list[str]], int, int]  # candidates' features, gold and rule positions


def edge_examples(articles: list[tuple[BratDocument, Doc]]) -> dict[str, list[Ranking]]:
    """Ranking examples for each edge (``ROLE.s``, ``ROLE.e``) of the rules' spans."""
    rows: dict[str, list[Ranking]] = defaultdict(list)
    for document, doc in articles:
        found = rule_spans(doc, Quotes(document.text))
        words = bounds.Words(doc)
        used: set[int] = set()
        for gold in document.attributions:
            match = next(
                (
                    n
                    for n, f in enumerate(found)
                    if n not in used and f.cue[0] < gold.cue[1] and gold.cue[0] < f.cue[1]
                ),
                None,
            )
            if match is None:
                continue
            used.add(match)
            for role, edge in bounds.edges(doc, found[match]).items():
                target = getattr(gold, role)
                span = (
                    None
                    if target is None
                    else doc.char_span(target[0], target[1], alignment_mode="expand")
                )
                if span is None or (span.start_char, span.end_char) != target:
                    continue
                if not (edge.first <= span.end - 1 and span.start <= edge.last):
                    continue  # another phrase altogether: no edge to learn
                for start, wanted in ((True, span.start), (False, span.end - 1)):
                    options = bounds.candidates(words, edge, start)
                    if wanted in options:
                        rule = edge.first if start else edge.last
                        rows[f"{role}.{'s' if start else 'e'}"].append(
                            (
                                [bounds.features(words, i, start, edge) for i in options],
                                options.index(wanted),
                                options.index(rule),
                            )
                        )
    return rows


def train_ranker(rows: list[Ranking], epochs: int, seed: int) -> dict[str, float]:
    """Averaged structured perceptron: the gold candidate should outscore the others."""
    model = Averaged()
    for n in _shuffled(len(rows), epochs, seed):
        model.step += 1
        options, gold, rule = rows[n]
        scores = [model.score(feats) for feats in options]
        guess = max(range(len(options)), key=lambda k: (scores[k], k == rule))
        if guess != gold:
            model.update(options[gold], 1.0)
            model.update(options[guess], -1.0)
    return model.averaged()


def write_json(name: str, model: dict[str, object]) -> Path:
    """Write a gzipped, byte-stable model file into the package data."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    data = json.dumps(model, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(data)
    return path


def train_bounds(articles: list[tuple[BratDocument, Doc]], epochs: int, seed: int) -> Path:
    """Train the edge rankers and write their model file."""
    rows = edge_examples(articles)
    weights = {}
    for key in sorted(rows):
        learned = train_ranker(rows[key], epochs, seed)
        weights[key] = {f: round(w, 4) for f, w in sorted(learned.items()) if abs(w) >= 0.001}
    model = {
        "about": "Attribution span edge rankers (structured averaged perceptron), trained on "
        "PolNeAR train (networkdynamics/PolNeAR, research use) by "
        "scripts/train_attribution.py --bounds",
        "examples": {key: len(rows[key]) for key in sorted(rows)},
        "epochs": epochs,
        "weights": weights,
    }
    return write_json(bounds.MODEL_FILE, model)


def main() -> None:
    """Parse the options, train and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="PolNeAR train folder (text/, attributions/)")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--positive-weight", type=float, default=1.0)
    parser.add_argument("--limit", type=int, default=None, help="Use only this many articles.")
    parser.add_argument("--bounds", action="store_true", help="Train the span edge rankers.")
    parser.add_argument("--parses", type=Path, help="A DocBin of the articles' parses (a cache).")
    args = parser.parse_args()
    articles = parsed(args.folder, args.limit, args.parses)
    if args.bounds:
        print(f"edge rankers → {train_bounds(articles, args.epochs, args.seed)}")
        return
    rows = examples(articles)
    weights = train(rows, args.epochs, args.seed, args.positive_weight)
    path = write_model(weights, rows, args.epochs)
    print(f"{len(rows)} examples, {len(weights)} features → {path}")


if __name__ == "__main__":
    main()
