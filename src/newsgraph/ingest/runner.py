"""Batch ingest: inputs → articles → store, in one process or several.

The main process reads the inputs, skips what the store already holds (by id, before
any parsing) and is the only writer to SQLite. Parsing and the stages run in the main
process (``workers=1``) or in worker processes that each load the spaCy pipeline once.
Every article is stored in its own transaction as soon as it is done, so an
interrupted ingest loses at most the articles in flight, and a rerun resumes.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from newsgraph.dedup import NearDuplicates, signature, to_bytes
from newsgraph.errors import InputError, describe
from newsgraph.ingest.sources import read_inputs
from newsgraph.pipeline import Options, Outcome, Pipeline, batches, get_pipeline
from newsgraph.prepare import RawArticle, article_id, normalize_text

if TYPE_CHECKING:
    from newsgraph.store import Store

# Articles sent to a worker at a time: large enough to amortize the hand-over,
# small enough that an interruption loses little.
_CHUNK = 8
# Chunks in flight per worker: keeps workers busy without reading all inputs ahead.
_AHEAD = 3


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: counts, and every input it skipped with the reason."""

    added: int = 0
    already_stored: int = 0
    duplicates: int = 0  # the same text more than once in this batch
    near_duplicates: int = 0  # added, and linked to an earlier copy of the same report
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.added + self.already_stored + self.duplicates + len(self.skipped)


ProgressCallback = Callable[[IngestReport], None]


def ingest(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    options: Options | None = None,
    workers: int = 1,
    encoding: str | None = None,
    stdin: IO[Any] | None = None,
    on_progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read every input, extract each new article and store it; never stops on a bad input.

    >>> with Store("news.db") as store:  # doctest: +SKIP
    ...     report = ingest(["articles.jsonl", "pages/"], store, workers=2)
    """
    options = options or Options()
    report = IngestReport()
    started = time.perf_counter()
    pending = _new_articles(read_inputs(inputs, encoding=encoding, stdin=stdin), store, report)

    def progress() -> None:
        report.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(report)

    results = (
        get_pipeline(options).run(pending)
        if workers <= 1
        else _process_in_workers(pending, options, workers)
    )
    copies = NearDuplicates(store.signatures())
    try:
        for raw, outcome in results:
            if isinstance(outcome, Exception):
                report.skipped.append((raw.source, describe(outcome)))
                progress()
                continue
            minhash = signature(outcome.text)
            original = copies.match(minhash)
            if store.add(
                outcome, source=raw.source, duplicate_of=original, signature=to_bytes(minhash)
            ):
                copies.add(outcome.id, minhash)
                report.added += 1
                report.near_duplicates += original is not None
            else:
                report.duplicates += 1
            progress()
    finally:
        close = getattr(results, "close", None)
        if close:
            close()
    progress()
    return report


def _new_articles(
    items: Iterable[RawArticle | InputError], store: Store, report: IngestReport
) -> Iterator[RawArticle]:
    """The raw articles not yet stored; skipped inputs and known articles go to the report."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            report.skipped.append((item.source, item.reason))
            continue
        key = article_id(normalize_text(item.text))
        if key in seen:
            report.duplicates += 1
        elif store.has(key):
            report.already_stored += 1
        else:
            seen.add(key)
            yield item


_worker_pipeline: Pipeline | None = None


def _init_worker(options: Options) -> None:
    global _worker_pipeline
    _worker_pipeline = get_pipeline(options)


def _work(chunk: list[RawArticle]) -> list[Outcome]:
    assert _worker_pipeline is not None, "worker used before its initializer ran"
    return _worker_pipeline.run_batch(chunk)


def _process_in_workers(
    items: Iterable[RawArticle], options: Options, workers: int
) -> Iterator[Outcome]:
    """Run chunks in worker processes; results come back in input order.

    Where processes can fork, the pipeline is loaded here first and the workers inherit
    it, so they start at once and share the model's memory; elsewhere each worker
    loads its own.
    """
    context: BaseContext
    if "fork" in get_all_start_methods():
        get_pipeline(options)
        context = get_context("fork")
    else:
        context = get_context("spawn")
    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(options,)
    )
    in_flight: deque[Future[list[Outcome]]] = deque()
    try:
        for chunk in batches(items, _CHUNK):
            in_flight.append(executor.submit(_work, chunk))
            while len(in_flight) >= workers * _AHEAD:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
