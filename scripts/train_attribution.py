"""Train the attribution cue classifier on PolNeAR train and write the shipped model.

    python scripts/train_attribution.py ../shared/data/attribution/polnear/train

Every verb and noun of the parsed training articles is an example; it is positive
when it is the head word of a gold cue. An averaged perceptron over the features of
``newsgraph.stages._attributions.model.features`` learns the weights, which are
pruned, rounded and written to ``src/newsgraph/data/attributions/cue_model.json.gz``.
Never train on the folder you score (``dev`` is for choosing).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.evaluate.attribution import read_brat_folder
from newsgraph.nlp import load_model
from newsgraph.stages._attributions.model import MODEL_FILE, features, is_candidate
from newsgraph.stages._attributions.quotes import Quotes

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "attributions"


def examples(folder: Path, limit: int | None) -> list[tuple[list[str], bool]]:
    """(features, is-cue) for every candidate word of the folder's articles."""
    documents = list(read_brat_folder(folder))[:limit]
    nlp = load_model()
    rows: list[tuple[list[str], bool]] = []
    docs = nlp.pipe((d.text for d in documents), batch_size=16)
    for document, doc in zip(documents, docs, strict=True):
        heads = set()
        for gold in document.attributions:
            span = doc.char_span(*gold.cue, alignment_mode="expand")
            if span is not None:
                heads.add(span.root.i)
        quotes = Quotes(doc.text)
        rows.extend(
            (features(t, quotes.inside(t.idx)), t.i in heads) for t in doc if is_candidate(t)
        )
    return rows


def train(
    rows: list[tuple[list[str], bool]], epochs: int, seed: int, positive_weight: float = 1.0
) -> dict[str, float]:
    """Averaged perceptron weights; a missed cue moves the weights ``positive_weight`` times
    as far as a false one, trading precision for recall."""
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    step = 0
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            step += 1
            feats, gold = rows[n]
            guess = sum(weights.get(f, 0.0) for f in feats) > 0
            if guess == gold:
                continue
            delta = positive_weight if gold else -1.0
            for f in feats:
                totals[f] += (step - stamps[f]) * weights[f]
                stamps[f] = step
                weights[f] += delta
    averaged = {}
    for f, w in weights.items():
        total = totals[f] + (step - stamps[f]) * w
        averaged[f] = total / step
    return averaged


def write_model(weights: dict[str, float], rows: list[tuple[list[str], bool]], epochs: int) -> Path:
    """Prune and round the weights and write the gzipped model file (byte-stable)."""
    cue_lemmas = Counter(f[2:] for feats, gold in rows if gold for f in feats if f.startswith("l="))
    frequent = {lemma for lemma, n in cue_lemmas.items() if n >= 2}

    def useful(feature: str) -> bool:
        # A lemma feature of a word the stage never asks about can never fire.
        name, _, value = feature.partition("=")
        return not name.startswith("l") or value.split("|")[0] in frequent

    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.001 and useful(f)}
    model = {
        "about": "Attribution cue classifier (averaged perceptron), trained on PolNeAR train "
        "(networkdynamics/PolNeAR, research use) by scripts/train_attribution.py",
        "examples": len(rows),
        "positives": sum(1 for _, gold in rows if gold),
        "epochs": epochs,
        "weights": kept,
        # Lemmas seen as a cue at least twice: the stage asks the classifier about no other.
        "cue_lemmas": sorted(frequent),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / MODEL_FILE
    data = json.dumps(model, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(data)
    return path


def main() -> None:
    """Parse the options, train and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="PolNeAR train folder (text/, attributions/)")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--positive-weight", type=float, default=1.0)
    parser.add_argument("--limit", type=int, default=None, help="Use only this many articles.")
    args = parser.parse_args()
    rows = examples(args.folder, args.limit)
    weights = train(rows, args.epochs, args.seed, args.positive_weight)
    path = write_model(weights, rows, args.epochs)
    print(f"{len(rows)} examples, {len(weights)} features → {path}")


if __name__ == "__main__":
    main()
