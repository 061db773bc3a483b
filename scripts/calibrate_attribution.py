"""Measure how often the attribution stage's cues are right, and write the table that
gives each attribution its ``confidence``.

    python scripts/calibrate_attribution.py ../shared/data/attribution/polnear/dev

Every attribution the stage finds in the folder's articles is sorted by how its cue was
found ("according to", a speaker's colon or signing dash, or a word the cue classifier
scored) and, for a word, by the classifier's score. A cue is right when it overlaps a
gold cue. The scored cues are cut into bands of equal size by score; each band's share
of right cues, made to rise with the score (adjacent bands that fall are pooled), is
its confidence. Written to ``src/newsgraph/data/attributions/cue_confidence.json``.

Run it on PolNeAR dev, the folder for choosing: the cue classifier learned train, where
its scores are too sure of themselves.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsgraph.evaluate.attribution import predict_attributions, read_brat_folder
from newsgraph.nlp import load_model
from newsgraph.stages._attributions.model import CONFIDENCE_FILE
from newsgraph.stages._attributions.quotes import Quotes
from newsgraph.stages.attributions import evidence

#: How a cue is found: a word the classifier scored, "according to", a colon or dash.
PATHS = ("word", "according", "marked")
OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "attributions"


def observations(folder: Path) -> list[tuple[str, float | None, bool]]:
    """(path, score, right) for every attribution the stage finds in the folder."""
    documents = list(read_brat_folder(folder))
    nlp = load_model()
    rows = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        quotes = Quotes(document.text)
        for attribution in predict_attributions(doc, document.text):
            cue = (attribution.cue.start, attribution.cue.end)
            right = any(g.cue[0] < cue[1] and cue[0] < g.cue[1] for g in document.attributions)
            rows.append((*evidence(doc, quotes, cue), right))
    return rows


def rising(bands: list[list[float]]) -> list[list[float]]:
    """Pool adjacent bands until their shares rise: [upper, right, count] each."""
    pooled: list[list[float]] = []
    for band in bands:
        pooled.append(list(band))
        while len(pooled) > 1 and pooled[-2][1] / pooled[-2][2] > pooled[-1][1] / pooled[-1][2]:
            last = pooled.pop()
            pooled[-1] = [last[0], pooled[-1][1] + last[1], pooled[-1][2] + last[2]]
    return pooled


def table(rows: list[tuple[str, float | None, bool]], count: int) -> dict[str, object]:
    """The confidence table: ``count`` score bands, and a share for each other path."""
    scored = sorted((s, right) for path, s, right in rows if path == "word" and s is not None)
    size = -(-len(scored) // count)
    bands = []
    for start in range(0, len(scored), size):
        part = scored[start : start + size]
        upper = scored[start + size][0] if start + size < len(scored) else None
        bands.append([upper, sum(r for _, r in part), len(part)])
    paths = {}
    for path in PATHS[1:]:
        right = [r for p, _, r in rows if p == path]
        paths[path] = round(sum(right) / len(right), 3) if right else 0.5
    return {
        "about": "Share of right cues on PolNeAR dev, by how a cue was found and, for a "
        "word, by the cue classifier's score band (upper bound, share, cues); written by "
        "scripts/calibrate_attribution.py",
        "bands": [
            [None if upper is None else round(upper, 4), round(right / n, 3), int(n)]
            for upper, right, n in rising(bands)
        ],
        "paths": paths,
        "counts": {p: sum(1 for q, _, _ in rows if q == p) for p in PATHS},
    }


def main() -> None:
    """Parse the options, measure and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="PolNeAR dev folder (text/, attributions/)")
    parser.add_argument("--bands", type=int, default=8, help="Score bands before pooling.")
    args = parser.parse_args()
    data = table(observations(args.folder), args.bands)
    path = OUT / CONFIDENCE_FILE
    path.write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")
    for upper, share, n in data["bands"]:  # type: ignore[attr-defined]
        print(f"score < {upper}: {share:.3f} right of {n}")
    print(f"paths: {data['paths']} → {path}")


if __name__ == "__main__":
    main()
