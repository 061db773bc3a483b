"""Time expressions scored against TimeML (``.tml``) files, as TempEval-3 scored them.

Each file's TEXT element is the article with inline TIMEX3 tags; stripping the tags
gives the text and the gold offsets. The document creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``) is the publication date and is not scored.

Extent: strict (same start and end) and relaxed (overlap) precision, recall and F1.
Attributes, TempEval-3's way: value F1 = relaxed F1 × value accuracy over the relaxed
matches; the same for type.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsgraph.evaluate import Scores, prf, write_errors
from newsgraph.evaluate._cli import emit, eval_options

if TYPE_CHECKING:
    from newsgraph.records import TimeExpression

__all__ = ["GoldTimex", "TimeMLDocument", "command", "read_timeml", "score_timex"]


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3: offsets into the document text and its attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class TimeMLDocument:
    """A TimeML file: plain text, creation time and gold time expressions."""

    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def read_timeml(path: str | Path) -> TimeMLDocument:
    """The text, document creation time and gold TIMEX3s of one ``.tml`` file."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
            break
    body = root.find("TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3" and element is not body:
            text = "".join(parts)[start:length]
            timexes.append(
                GoldTimex(
                    start=start,
                    end=length,
                    text=text,
                    type=element.get("type", ""),
                    value=_iso_week(element.get("value", "")),
                    mod=element.get("mod"),
                )
            )

    if body is not None:
        walk(body)
    raw = "".join(parts)
    # The pipeline strips surrounding white space; shift the gold offsets with it.
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    shifted = [
        GoldTimex(t.start - lead, t.end - lead, t.text, t.type, t.value, t.mod)
        for t in sorted(timexes, key=lambda t: t.start)
    ]
    return TimeMLDocument(name=Path(path).stem, text=text, dct=dct, timexes=shifted)


# The set writes some ISO weeks with one digit ("2000-W7"); ISO 8601 and TIMEX3 give the
# week two ("2000-W07"), as the times stage does, and values are compared as strings.
_ONE_DIGIT_WEEK = re.compile(r"^(\d{4})-W(\d)(?=$|-)")


def _iso_week(value: str) -> str:
    """A gold value with its week number written in two digits."""
    return _ONE_DIGIT_WEEK.sub(r"\1-W0\2", value)


def timeml_files(directory: str | Path) -> list[Path]:
    """Every ``.tml`` file under a directory, in name order."""
    return sorted(Path(directory).rglob("*.tml"))


def tag_documents(documents: list[TimeMLDocument]) -> Iterator[list[TimeExpression]]:
    """The times stage's output for each document, its creation time as publication date."""
    from newsgraph.pipeline import get_pipeline
    from newsgraph.records import Article
    from newsgraph.stages.times import find_times

    pipeline = get_pipeline()
    docs = pipeline.nlp.pipe((d.text for d in documents), batch_size=16)
    for document, doc in zip(documents, docs, strict=True):
        article = Article(
            id=document.name,
            text=document.text,
            published=document.dct,
            published_basis="given" if document.dct else "unknown",
        )
        yield find_times(doc, article)


@dataclass(slots=True)
class _Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_correct: int = 0
    type_correct: int = 0
    matched: int = 0
    errors: list[tuple[str, ...]] = field(default_factory=list)


def _score_document(
    document: TimeMLDocument, predicted: list[TimeExpression], tally: _Tally
) -> None:
    gold = document.timexes
    tally.gold += len(gold)
    tally.system += len(predicted)
    used: set[int] = set()
    for g in gold:
        overlapping = [
            (n, p)
            for n, p in enumerate(predicted)
            if n not in used and p.start < g.end and g.start < p.end
        ]
        if not overlapping:
            tally.errors.append(
                (document.name, "missed", str(g.start), g.text, "", g.type, "", g.value, "")
            )
            continue
        # Prefer the exact extent, then the largest overlap.
        n, p = max(
            overlapping,
            key=lambda np: (
                (np[1].start, np[1].end) == (g.start, g.end),
                min(np[1].end, g.end) - max(np[1].start, g.start),
            ),
        )
        used.add(n)
        tally.relaxed_gold += 1
        tally.matched += 1
        if (p.start, p.end) == (g.start, g.end):
            tally.strict += 1
        value_ok = p.value == g.value
        type_ok = p.type == g.type
        tally.value_correct += value_ok
        tally.type_correct += type_ok
        if not (value_ok and type_ok and (p.start, p.end) == (g.start, g.end)):
            kind = "value" if not value_ok else "type" if not type_ok else "extent"
            tally.errors.append(
                (
                    document.name,
                    kind,
                    str(g.start),
                    g.text,
                    p.text,
                    g.type,
                    p.type,
                    g.value,
                    p.value,
                )
            )
    for n, p in enumerate(predicted):
        if n in used:
            tally.relaxed_system += 1
        elif any(p.start < g.end and g.start < p.end for g in gold):
            tally.relaxed_system += 1  # overlaps a gold already matched by another
        else:
            tally.errors.append(
                (document.name, "spurious", str(p.start), "", p.text, "", p.type, "", p.value)
            )


def score_timex(
    directory: str | Path, *, limit: int | None = None, errors: Path | None = None
) -> Scores:
    """Strict and relaxed extent P/R/F1, value F1 and type F1 over the ``.tml`` files."""
    documents = [read_timeml(p) for p in timeml_files(directory)[:limit]]
    if not documents:
        raise click.UsageError(f"{directory}: no .tml files found")
    tally = _Tally()
    for document, predicted in zip(documents, tag_documents(documents), strict=True):
        _score_document(document, predicted, tally)
    if errors is not None:
        write_errors(errors, _ERROR_COLUMNS, tally.errors)
    strict_tp = tally.strict
    sp, sr, sf = prf(strict_tp, tally.system - strict_tp, tally.gold - strict_tp)
    rp = tally.relaxed_system / tally.system if tally.system else 0.0
    rr = tally.relaxed_gold / tally.gold if tally.gold else 0.0
    rf = 2 * rp * rr / (rp + rr) if rp + rr else 0.0
    value_accuracy = tally.value_correct / tally.matched if tally.matched else 0.0
    type_accuracy = tally.type_correct / tally.matched if tally.matched else 0.0
    return {
        "documents": float(len(documents)),
        "gold": float(tally.gold),
        "system": float(tally.system),
        "strict_precision": sp,
        "strict_recall": sr,
        "strict_f1": sf,
        "relaxed_precision": rp,
        "relaxed_recall": rr,
        "relaxed_f1": rf,
        "value_accuracy": value_accuracy,
        "value_f1": rf * value_accuracy,
        "type_accuracy": type_accuracy,
        "type_f1": rf * type_accuracy,
    }


_ERROR_COLUMNS = (
    "document",
    "error",
    "offset",
    "gold_text",
    "system_text",
    "gold_type",
    "system_type",
    "gold_value",
    "system_value",
)


@click.command(name="timex")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N files.")
@click.option(
    "--errors",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every miss, spurious time and wrong value to this TSV file.",
)
@eval_options
def command(
    directory: Path, limit: int | None, errors: Path | None, baseline: Path | None, fmt: str
) -> None:
    """Score the times stage on TimeML files (TempEval-3 measures)."""
    scores = score_timex(directory, limit=limit, errors=errors)
    emit(scores, fmt=fmt, baseline=baseline, title=f"time expressions: {directory}")
