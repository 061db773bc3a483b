"""Named entities against CoNLL-2003 (IOB2 files: token POS chunk NER per line).

Each ``-DOCSTART-`` document is rebuilt as text (tokens joined by spaces, one sentence a
line), run through the spaCy parse and the entity stage, and every entity mention is
mapped back onto the CoNLL tokens it covers. Our types map onto CoNLL's as:

==========================================  =====
newsgraph                                   CoNLL
==========================================  =====
PERSON                                      PER
ORG                                         ORG
GPE, LOC, FAC                               LOC
NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, …   MISC
==========================================  =====

Scores are exact-span F1: ``f1`` is the micro F1 over PER, ORG and LOC; MISC is scored
on its own (``misc_f1``) and kept out of the micro, since its borders differ most
between the two schemes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsgraph.evaluate import Scores, prf
from newsgraph.evaluate._cli import emit, eval_options

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Entity

#: Our entity types → CoNLL-2003 types.
TYPE_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}
CORE = ("PER", "ORG", "LOC")

Mention = tuple[int, int, str]  # first token, end token (exclusive), CoNLL type
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]* (?:[0-9]{4}-[0-9]{2}-[0-9]{2})$")


@dataclass(frozen=True, slots=True)
class ConllDoc:
    """One CoNLL document rebuilt as text, with each token's character offsets."""

    text: str
    offsets: list[tuple[int, int]]
    gold: set[Mention]


def read_conll(path: str | Path) -> Iterator[ConllDoc]:
    """The documents of a CoNLL-2003 IOB2 file.

    Documents are split at ``-DOCSTART-`` lines, or where a file has none, before the
    headline of each dateline sentence ("LONDON 1996-08-30"), as Reuters stories open.
    """
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    documents: list[list[list[tuple[str, str]]]] = []
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if fields and fields[0] == "-DOCSTART-":
                if current:
                    sentences.append(current)
                if sentences:
                    documents.append(sentences)
                sentences, current = [], []
            elif fields:
                current.append((fields[0], fields[-1]))
            elif current:
                sentences.append(current)
                current = []
    if current:
        sentences.append(current)
    if sentences:
        documents.append(sentences)
    for document in documents:
        for part in _split_at_datelines(document):
            yield _document(part)


def _split_at_datelines(
    sentences: list[list[tuple[str, str]]],
) -> Iterator[list[list[tuple[str, str]]]]:
    starts = [0]
    for n, sentence in enumerate(sentences):
        if n >= 1 and _DATELINE.match(" ".join(t for t, _ in sentence)) and n - 1 > starts[-1]:
            starts.append(n - 1)
    for a, b in zip(starts, [*starts[1:], len(sentences)], strict=True):
        yield sentences[a:b]


def _document(sentences: list[list[tuple[str, str]]]) -> ConllDoc:
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    tags: list[str] = []
    pos = 0
    for s_n, sentence in enumerate(sentences):
        for t_n, (token, tag) in enumerate(sentence):
            if s_n or t_n:
                parts.append(" " if t_n else "\n")
                pos += 1
            offsets.append((pos, pos + len(token)))
            parts.append(token)
            tags.append(tag)
            pos += len(token)
    return ConllDoc("".join(parts), offsets, _spans(tags))


def _spans(tags: list[str]) -> set[Mention]:
    spans: set[Mention] = set()
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and start is not None and tag[2:] == label
        if inside:
            continue
        if start is not None:
            spans.add((start, i, label))
            start = None
        if tag != "O":
            start, label = i, tag[2:]
    return spans


def predicted(doc: ConllDoc, entities: Iterable[Entity]) -> set[Mention]:
    """Our mentions as CoNLL token spans and types."""
    starts = {s: n for n, (s, _) in enumerate(doc.offsets)}
    ends = {e: n + 1 for n, (_, e) in enumerate(doc.offsets)}
    found: set[Mention] = set()
    for entity in entities:
        label = TYPE_MAP.get(entity.type, "MISC")
        for m in entity.mentions:
            first = starts.get(m.start)
            last = ends.get(m.end)
            if first is None or last is None:
                # A mention inside a CoNLL token ("U.S.-based"): widen to whole tokens.
                covered = [n for n, (s, e) in enumerate(doc.offsets) if s < m.end and m.start < e]
                if not covered:
                    continue
                first, last = covered[0], covered[-1] + 1
            found.add((first, last, label))
    return found


def score_documents(docs: list[ConllDoc], parsed: Iterable[Doc]) -> Scores:
    """Exact-span scores of the entity stage over parsed CoNLL documents."""
    from newsgraph.records import Article
    from newsgraph.stages.entities import find_entities

    counts = {label: [0, 0, 0] for label in (*CORE, "MISC")}  # tp, fp, fn
    for doc, spacy_doc in zip(docs, parsed, strict=True):
        article = Article(id="conll", text=doc.text)
        guess = predicted(doc, find_entities(spacy_doc, article))
        for label, c in counts.items():
            g = {m for m in doc.gold if m[2] == label}
            p = {m for m in guess if m[2] == label}
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
    scores: Scores = {}
    micro = [sum(counts[label][k] for label in CORE) for k in range(3)]
    scores["precision"], scores["recall"], scores["f1"] = prf(*micro)
    for label, (tp, fp, fn) in counts.items():
        scores[f"{label.lower()}_f1"] = prf(tp, fp, fn)[2]
    return scores


def score_ner(path: str | Path, *, limit: int | None = None) -> Scores:
    """Parse the CoNLL file's documents and score the entity stage on them."""
    from newsgraph.pipeline import get_pipeline

    docs = list(read_conll(path))[:limit]
    nlp = get_pipeline().nlp
    return score_documents(docs, nlp.pipe(d.text for d in docs))


@click.command(name="ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=int, help="Score only the first N documents.")
@eval_options
def command(file: Path, limit: int | None, fmt: str, baseline: Path | None) -> None:
    """Entity mentions on CoNLL-2003 IOB2: PER/ORG/LOC micro F1 and per type."""
    emit(score_ner(file, limit=limit), fmt=fmt, baseline=baseline, title=f"ner: {file.name}")
