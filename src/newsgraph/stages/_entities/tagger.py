"""A small trained tagger that finds the names the statistical NER misses.

A greedy averaged perceptron over spaCy's own tokens and annotations (word, shape,
affixes, part of speech, the NER's own label, neighbours and the previous tag); it
never re-tokenizes or re-parses. Its weights are learned by ``scripts/train_ner.py``
from CoNLL-2003 training data and shipped in ``data/lexicons/ner_tagger.tsv.gz``.
The entity stage only takes names from it where the NER found nothing.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The tagger's CoNLL types → our types.
TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "NORP"}


def _shape(text: str) -> str:
    shape: list[str] = []
    for c in text[:6]:
        kind = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)


def token_features(doc: Doc, i: int, caps_line: bool) -> list[str]:
    """The features of token ``i`` that do not depend on earlier tags."""
    caps = [caps_line if j == i else False for j in range(len(doc))]
    return doc_features(doc, caps)[i]


def doc_features(
    doc: Doc, caps: list[bool], indices: Sequence[int] | None = None
) -> list[list[str]]:
    """The features of the tokens at ``indices`` (default: every token), reading each
    spaCy token once."""
    tokens = _Tokens(doc)
    return _features(tokens, caps, range(len(doc)) if indices is None else indices)


class _Tokens:
    """What the features read of each token, read from spaCy once."""

    def __init__(self, doc: Doc) -> None:
        rows = [(t.lower_, t.text, t.tag_, t.ent_iob_ + t.ent_type_) for t in doc]
        self.words = [r[0] for r in rows]
        self.texts = [r[1] for r in rows]
        self.tags = [r[2] for r in rows]
        self.ents = [r[3] for r in rows]
        self.shapes = [_shape(r[1]) for r in rows]


def _features(tokens: _Tokens, caps: list[bool], indices: Iterable[int]) -> list[list[str]]:
    words, shapes, ents = tokens.words, tokens.shapes, tokens.ents
    n = len(words)
    edge = "<edge>"
    found = []
    for i in indices:
        low, tag_, ent = words[i], tokens.tags[i], ents[i]
        feats = [
            "b",
            "w=" + low,
            "s=" + shapes[i],
            "p3=" + low[:3],
            "x3=" + low[-3:],
            "pos=" + tag_,
            "ent=" + ent,
            "cap=" + str(caps[i]),
            f"w-1={words[i - 1]}" if i else "w-1=" + edge,
        ]
        if i:
            feats.append(f"s-1={shapes[i - 1]}")
            feats.append(f"ent-1={ents[i - 1]}")
        if i + 1 < n:
            feats.extend((f"w+1={words[i + 1]}", f"s+1={shapes[i + 1]}", f"ent+1={ents[i + 1]}"))
        else:
            feats.append("w+1=" + edge)
        if i >= 2:
            feats.extend((f"w-2={words[i - 2]}", f"s-2={shapes[i - 2]}"))
        else:
            feats.append("w-2=" + edge)
        if i + 2 < n:
            feats.extend((f"w+2={words[i + 2]}", f"s+2={shapes[i + 2]}"))
        else:
            feats.append("w+2=" + edge)
        feats.append(f"w-1|w={words[i - 1] if i else edge}|{low}")
        found.append(feats)
    return found


def caps_lines(doc: Doc) -> list[bool]:
    """For each token, whether its line is an ALL-CAPS headline."""
    texts = [t.text_with_ws for t in doc]
    flags = [False] * len(texts)
    start = 0
    for i in range(len(texts) + 1):
        if i == len(texts) or "\n" in texts[i]:
            letters = "".join(c for c in "".join(texts[start : i + 1]) if c.isalpha())
            caps = len(letters) > 3 and letters.isupper()
            for j in range(start, min(i + 1, len(texts))):
                flags[j] = caps
            start = i + 1
    return flags


@cache
def _weights() -> tuple[list[str], dict[str, int], np.ndarray]:
    """The tags, a row number per feature, and the weight matrix (features × tags)."""
    path = resources.files("newsgraph") / "data" / "lexicons" / "ner_tagger.tsv.gz"
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    tags = lines[1].split("\t")[1:]
    rows: dict[str, int] = {}
    values: list[list[float]] = []
    for line in lines[2:]:
        feature, *weights = line.split("\t")
        if len(weights) != len(tags):
            continue  # a feature of a line-break token, split by splitlines(): never seen
        rows[feature] = len(values)
        values.append([float(v) for v in weights])
    values.append([0.0] * len(tags))  # the row of unknown features
    return tags, rows, np.asarray(values, dtype=np.float32)


#: Tokens either side of a capitalized word or NER entity that the tagger also reads.
_CONTEXT = 2


def _segments(tokens: _Tokens) -> list[tuple[int, int]]:
    """Stretches of the text around capitalized words and entities: the only places a
    name can be. Elsewhere every token is outside a name."""
    segments: list[tuple[int, int]] = []
    n = len(tokens.words)
    for i, (low, text, ent) in enumerate(zip(tokens.words, tokens.texts, tokens.ents, strict=True)):
        if ent == "O" and text == low:
            continue
        start, end = max(i - _CONTEXT, 0), min(i + _CONTEXT + 1, n)
        if segments and start <= segments[-1][1]:
            segments[-1] = (segments[-1][0], end)
        else:
            segments.append((start, end))
    return segments


def tag(doc: Doc) -> list[tuple[int, int, str]]:
    """Names the tagger finds: (first token, end token, our type)."""
    if not len(doc):
        return []
    tags, rows, matrix = _weights()
    unknown = len(matrix) - 1
    tokens = _Tokens(doc)
    segments = _segments(tokens)
    indices = [i for start, end in segments for i in range(start, end)]
    if not indices:
        return []
    ids: list[int] = []
    bounds: list[int] = []
    for feats in _features(tokens, caps_lines(doc), indices):
        bounds.append(len(ids))
        ids.extend([rows.get(f, unknown) for f in feats])
    # One matrix sum for all tokens, then the best tag after each possible previous
    # tag, so that the greedy left-to-right pass is only look-ups.
    static = np.add.reduceat(matrix[ids], bounds, axis=0)
    previous = ["O", *tags]
    transitions = matrix[[rows.get("prev=" + t, unknown) for t in previous]]
    best = (static[:, None, :] + transitions[None, :, :]).argmax(axis=2).tolist()
    prev_index = {t: k for k, t in enumerate(previous)}
    found: list[tuple[int, int, str]] = []
    offset = 0
    for first, last in segments:
        rows_here = best[offset : offset + last - first]
        offset += last - first
        found.extend(_decode(rows_here, first, last, tags, prev_index))
    return found


def _decode(
    best: list[list[int]], first: int, last: int, tags: list[str], prev_index: dict[str, int]
) -> list[tuple[int, int, str]]:
    """The greedy left-to-right pass over one segment's best tags after each previous tag."""
    found: list[tuple[int, int, str]] = []
    prev = "O"
    start = -1
    for i, row in enumerate(best, start=first):
        current = tags[row[prev_index[prev]]]
        if current.startswith("I-") and prev[2:] != current[2:]:
            current = "B-" + current[2:]  # an inside tag after anything else opens a name
        if start >= 0 and not (current.startswith("I-") and current[2:] == prev[2:]):
            found.append((start, i, TYPES[prev[2:]]))
            start = -1
        if current.startswith("B-"):
            start = i
        prev = current
    if start >= 0:
        found.append((start, last, TYPES[prev[2:]]))
    return found
