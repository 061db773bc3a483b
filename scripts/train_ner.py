"""Learn the name lexicon and the small tagger the entity stage uses beside the NER.

From CoNLL-2003 training data (IOB2), it keeps every name that is, with enough
support, almost always a name and almost always of one type ("Reuters" ORG,
"Leicestershire" ORG in its sports tables, "Wasim Akram" PER), and writes
``src/newsgraph/data/lexicons/names.tsv``: name, CoNLL type, times seen as that
type. At run time the stage relabels a mention whose text is such a name and adds
the name where the NER missed it (see ``newsgraph.stages._entities.names``).

It also trains the greedy averaged-perceptron tagger of
``newsgraph.stages._entities.tagger`` on spaCy parses of the same training data (the
installed en_core_web_sm, so that its features match those seen at run time) and
writes its weights to ``src/newsgraph/data/lexicons/ner_tagger.tsv.gz``.

Thresholds and epochs were chosen on conll2003_testa (never on what is scored)::

    python scripts/train_ner.py ../shared/data/ner/conll2003_train.iob2
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "lexicons" / "names.tsv"
MAX_WORDS = 4


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    """(token, tag) lists, one per sentence."""
    found: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-":
            if current:
                found.append(current)
            current = []
            continue
        current.append((fields[0], fields[-1]))
    if current:
        found.append(current)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("train", type=Path, help="CoNLL-2003 training file (IOB2)")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-purity", type=float, default=0.9, help="share of one type")
    parser.add_argument("--min-name-rate", type=float, default=0.8, help="share seen as a name")
    parser.add_argument("--epochs", type=int, default=5, help="tagger training epochs")
    args = parser.parse_args()

    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    data = sentences(args.train)
    for sentence in data:
        start, label = None, ""
        for i, (_, tag) in enumerate([*sentence, ("", "O")]):
            if tag.startswith("I-") and start is not None and tag[2:] == label:
                continue
            if start is not None and i - start <= MAX_WORDS:
                labels[tuple(t for t, _ in sentence[start:i])][label] += 1
            start, label = (i, tag[2:]) if tag != "O" else (None, "")
    seen: Counter[tuple[str, ...]] = Counter()
    for sentence in data:
        words = [t for t, _ in sentence]
        for n in range(1, MAX_WORDS + 1):
            for i in range(len(words) - n + 1):
                gram = tuple(words[i : i + n])
                if gram in labels:
                    seen[gram] += 1
    kept = []
    for name, counter in labels.items():
        label, count = counter.most_common(1)[0]
        total = sum(counter.values())
        if (
            count >= args.min_count
            and count / total >= args.min_purity
            and total / seen[name] >= args.min_name_rate
            and any(c.isalpha() for c in name[0])
        ):
            kept.append((" ".join(name), label, count))
    kept.sort()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "# Names and their CoNLL type (PER, ORG, LOC, MISC) with their count, learned by\n"
            "# scripts/train_ner.py from the CoNLL-2003 training data (Reuters 1996, research\n"
            "# use). Tokens are separated by single spaces.\n"
        )
        for name, label, count in kept:
            f.write(f"{name}\t{label}\t{count}\n")
    print(f"{len(kept)} names → {OUT}")
    train_tagger(args.train, epochs=args.epochs)


def train_tagger(path: Path, *, epochs: int) -> None:
    """Train the tagger on spaCy parses of the CoNLL documents and write its weights."""
    import random

    from newsgraph.evaluate.ner import read_conll
    from newsgraph.pipeline import get_pipeline
    from newsgraph.stages._entities.tagger import caps_lines, token_features

    docs = list(read_conll(path))
    nlp = get_pipeline().nlp
    examples = []
    for conll, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        gold = ["O"] * len(doc)
        starts = {doc[i].idx: i for i in range(len(doc))}
        for first, end, label in conll.gold:
            begin = starts.get(conll.offsets[first][0])
            if begin is None:
                continue
            stop = conll.offsets[end - 1][1]
            gold[begin] = "B-" + label
            j = begin + 1
            while j < len(doc) and doc[j].idx < stop:
                gold[j] = "I-" + label
                j += 1
        caps = caps_lines(doc)
        feats = [token_features(doc, i, caps[i]) for i in range(len(doc))]
        examples.append((feats, gold))
    tags = sorted({t for _, gold in examples for t in gold})
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(tags))
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(tags))
    step = 1
    rng = random.Random(0)
    for epoch in range(epochs):
        rng.shuffle(examples)
        errors = 0
        for feats, gold in examples:
            prev = "O"
            for f, g in zip(feats, gold, strict=True):
                feature_list = [*f, "prev=" + prev]
                scores = [0.0] * len(tags)
                for name in feature_list:
                    w = weights.get(name)
                    if w is not None:
                        for k, v in enumerate(w):
                            scores[k] += v
                guess = tags[max(range(len(tags)), key=scores.__getitem__)]
                if guess != g:
                    errors += 1
                    gi, pi = tags.index(g), tags.index(guess)
                    for name in feature_list:
                        weights[name][gi] += 1.0
                        weights[name][pi] -= 1.0
                        totals[name][gi] += step
                        totals[name][pi] -= step
                prev = g  # train on the gold history
                step += 1
        print(f"epoch {epoch + 1}: {errors} token errors")
    out = OUT.parent / "ner_tagger.tsv.gz"
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# averaged perceptron weights, trained by scripts/train_ner.py on CoNLL-2003\n")
        f.write("feature\t" + "\t".join(tags) + "\n")
        kept = 0
        for name, w in weights.items():
            averaged = [round(v - t / step, 2) for v, t in zip(w, totals[name], strict=True)]
            if any(abs(v) >= 0.05 for v in averaged):
                kept += 1
                f.write(name + "\t" + "\t".join(f"{v:g}" for v in averaged) + "\n")
    print(f"{kept} features → {out}")


if __name__ == "__main__":
    main()
