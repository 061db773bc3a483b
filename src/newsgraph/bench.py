"""Speed and memory, measured as ratios within one run.

The baseline is a bare spaCy parse of the same articles with the same pipeline and
batch size, so the figures compare across machines: the full newsgraph pipeline
(preparation, parse, every stage, span checks) runs at ``ratio`` × the bare parse.
The store phase writes every article to a fresh SQLite file, one transaction each,
to show how much of an ingest SQLite takes; the corpus linking those writes include
(``newsgraph.corpus``) is then timed on its own by rebuilding it.
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from newsgraph.errors import NewsgraphError
from newsgraph.ingest.sources import read_inputs
from newsgraph.pipeline import Options, get_pipeline
from newsgraph.prepare import RawArticle, normalize_text
from newsgraph.records import Article
from newsgraph.store import Store


@dataclass(frozen=True, slots=True)
class BenchResult:
    """One bench run: sizes, best times of each phase, and peak memory."""

    articles: int
    words: int
    bare_seconds: float
    full_seconds: float
    store_seconds: float
    peak_rss_mb: float
    model: str
    rounds: int
    stage_seconds: dict[str, float]  # per stage, over the best full-pipeline round
    corpus_seconds: float = 0.0  # linking every article to the corpus (part of the store)

    @property
    def corpus_share(self) -> float:
        """The part of an ingest (pipeline + store) spent linking articles to the corpus."""
        total = self.full_seconds + self.store_seconds
        return self.corpus_seconds / total if total else 0.0

    @property
    def ratio(self) -> float:
        """Full-pipeline throughput as a fraction of bare-parse throughput."""
        return self.bare_seconds / self.full_seconds if self.full_seconds else 0.0

    @property
    def store_share(self) -> float:
        """The part of an ingest (pipeline + store) spent in SQLite."""
        total = self.full_seconds + self.store_seconds
        return self.store_seconds / total if total else 0.0

    def rate(self, seconds: float) -> tuple[float, float]:
        """Articles per second and words per second for a phase that took ``seconds``."""
        if not seconds:
            return 0.0, 0.0
        return self.articles / seconds, self.words / seconds


def load_corpus(path: str | Path, limit: int | None = None) -> list[RawArticle]:
    """The first ``limit`` readable articles of a corpus (JSONL, a folder, …)."""
    readable = (item for item in read_inputs([path]) if isinstance(item, RawArticle))
    articles = list(islice(readable, limit))
    if not articles:
        raise NewsgraphError(f"{path}: no readable articles to measure")
    return articles


def run_bench(
    corpus: list[RawArticle], *, options: Options | None = None, rounds: int = 1
) -> BenchResult:
    """Time a bare parse, the full pipeline and the store over the same articles."""
    options = options or Options()
    pipeline = get_pipeline(options)
    nlp = pipeline.nlp
    texts = [normalize_text(raw.text) for raw in corpus]
    # Warm up both paths before timing: the first batches through a model run slower.
    list(pipeline.run(corpus[:8]))
    list(nlp.pipe(texts[:8], batch_size=options.batch_size))
    bare = full = float("inf")
    articles: list[Article] = []
    stages: dict[str, float] = {}
    size = options.batch_size
    for _ in range(rounds):
        # The two are timed batch by batch, in turn, so that a change in the machine's
        # load while the bench runs weighs on both alike.
        round_bare = round_full = 0.0
        before = dict(pipeline.stage_seconds)
        outcomes = []
        for start in range(0, len(corpus), size):
            started = time.perf_counter()
            for _doc in nlp.pipe(texts[start : start + size], batch_size=size):
                pass
            round_bare += time.perf_counter() - started
            started = time.perf_counter()
            outcomes += pipeline.run_batch(corpus[start : start + size])
            round_full += time.perf_counter() - started
        bare = min(bare, round_bare)
        if round_full < full:
            full = round_full
            stages = {k: v - before[k] for k, v in pipeline.stage_seconds.items()}
        articles = [o for _, o in outcomes if isinstance(o, Article)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        started = time.perf_counter()
        for article in articles:
            store.add(article)
        stored = time.perf_counter() - started
        # The same linking the adds did, article by article, timed on its own.
        started = time.perf_counter()
        store.rebuild_corpus()
        linking = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return BenchResult(
        articles=len(corpus),
        words=sum(len(t.split()) for t in texts),
        bare_seconds=bare,
        full_seconds=full,
        store_seconds=stored,
        peak_rss_mb=peak_kb / 1024,
        model=pipeline.version,
        rounds=rounds,
        stage_seconds=stages,
        corpus_seconds=linking,
    )


@dataclass(frozen=True, slots=True)
class WorkersResult:
    """Ingest throughput with one worker process and with ``workers``."""

    articles: int
    workers: int
    one_seconds: float
    many_seconds: float

    @property
    def speedup(self) -> float:
        return self.one_seconds / self.many_seconds if self.many_seconds else 0.0


def run_workers_bench(
    corpus: list[RawArticle], *, workers: int, options: Options | None = None
) -> WorkersResult:
    """Time a full ``ingest`` (read, extract, store) with one worker and with ``workers``."""
    from newsgraph.ingest.runner import ingest

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for raw in corpus:
                out.write(json.dumps({"text": raw.text, "title": raw.title}) + "\n")
        for n in (1, workers):
            with Store(Path(tmp) / f"ingest-{n}.db") as store:
                started = time.perf_counter()
                ingest([path], store, options=options, workers=n)
                times.append(time.perf_counter() - started)
    return WorkersResult(
        articles=len(corpus), workers=workers, one_seconds=times[0], many_seconds=times[1]
    )
