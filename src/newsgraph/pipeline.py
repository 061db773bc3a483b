"""The pipeline: one spaCy parse per article, then every registered stage in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from time import perf_counter
from typing import TYPE_CHECKING, TypeAlias

from newsgraph import __version__
from newsgraph.dateline import find_dateline, year_from_url
from newsgraph.errors import NewsgraphError
from newsgraph.nlp import load_model, model_label
from newsgraph.prepare import DEFAULT_MAX_CHARS, Prepared, RawArticle, prepare
from newsgraph.records import Article, check_spans
from newsgraph.stages import STAGES

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: What the pipeline made of one raw article: its record, or why it could not.
Outcome: TypeAlias = tuple[RawArticle, "Article | Exception"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How to run the pipeline. Copy with :func:`dataclasses.replace`; never mutate."""

    model: str | None = None  # an installed spaCy pipeline's name or a path; None: the default
    max_chars: int = DEFAULT_MAX_CHARS
    batch_size: int = 16  # articles per spaCy batch


class Pipeline:
    """A loaded spaCy pipeline and the stages, ready to turn texts into articles."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.nlp = load_model(self.options.model)
        if self.nlp.max_length <= self.options.max_chars:
            self.nlp.max_length = self.options.max_chars + 1
        self.version = f"newsgraph-{__version__}+{model_label(self.nlp)}"
        #: Seconds spent in each stage since the pipeline was made (``newsgraph bench``).
        self.stage_seconds: dict[str, float] = dict.fromkeys((s.name for s in STAGES), 0.0)

    def prepare(self, raw: RawArticle) -> Prepared:
        """Check and normalize a raw article (no parsing); raises an InputError subclass."""
        return prepare(raw, max_chars=self.options.max_chars)

    def annotate(self, item: Prepared, doc: Doc) -> Article:
        """Run every stage over one parse and return the checked article record."""
        raw = item.raw
        article = Article(
            id=item.id,
            text=raw.text,
            title=raw.title,
            url=raw.url,
            outlet=raw.outlet,
            published=raw.published,
            published_basis=raw.published_basis if raw.published else "unknown",
            language=item.language,
            pipeline_version=self.version,
            metadata=dict(raw.metadata),
        )
        if article.published is None:
            # No date came with the article: its dateline may give one ("ANKARA, Jan 22 …").
            dateline = find_dateline(raw.text, year=year_from_url(raw.url))
            if dateline is not None and dateline.published is not None:
                article.published = dateline.published
                article.published_basis = "dateline"
        for stage in STAGES:
            started = perf_counter()
            setattr(article, stage.assigns, stage.run(doc, article))
            self.stage_seconds[stage.name] += perf_counter() - started
        check_spans(article)
        return article

    def run_batch(self, raws: list[RawArticle]) -> list[Outcome]:
        """Prepare, parse and annotate articles together; a failing article yields its error.

        Input errors (empty, too large, not English) come back as their exception; so does
        an unexpected failure in a stage, so that one article never stops a batch.
        """
        outcomes: list[Outcome | None] = [None] * len(raws)
        ready: list[tuple[int, Prepared]] = []
        for n, raw in enumerate(raws):
            try:
                ready.append((n, self.prepare(raw)))
            except NewsgraphError as exc:
                outcomes[n] = (raw, exc)
        texts = (item.raw.text for _, item in ready)
        docs = self.nlp.pipe(texts, batch_size=self.options.batch_size)
        for (n, item), doc in zip(ready, docs, strict=True):
            try:
                outcomes[n] = (item.raw, self.annotate(item, doc))
            except Exception as exc:  # a bug in one stage must not lose the batch
                outcomes[n] = (item.raw, exc)
        return [o for o in outcomes if o is not None]

    def run(self, raws: Iterable[RawArticle]) -> Iterator[Outcome]:
        """:meth:`run_batch` over a stream, ``batch_size`` articles at a time, in order."""
        for batch in batches(raws, self.options.batch_size):
            yield from self.run_batch(batch)

    def extract(
        self,
        text: str,
        *,
        published: str | date | None = None,
        url: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        source: str = "<text>",
    ) -> Article:
        """Turn one text into an article record."""
        raw = RawArticle.from_text(
            text, source=source, title=title, url=url, outlet=outlet, published=published
        )
        item = self.prepare(raw)
        return self.annotate(item, self.nlp(item.raw.text))


def batches(items: Iterable[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


_pipelines: dict[Options, Pipeline] = {}


def get_pipeline(options: Options | None = None) -> Pipeline:
    """The process-wide pipeline for these options, built on first use."""
    options = options or Options()
    if options not in _pipelines:
        _pipelines[options] = Pipeline(options)
    return _pipelines[options]


def extract(
    text: str,
    *,
    published: str | date | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    model: str | None = None,
) -> Article:
    """Extract the record of one news article.

    >>> article = extract("Turkish President Recep Tayyip Erdoğan met Hamas leaders "
    ...                   "in Ankara on Wednesday.", published="2025-01-22")
    >>> [e.name for e in article.entities if e.type == "PERSON"]
    ['Recep Tayyip Erdoğan']

    Raises an :class:`~newsgraph.errors.InputError` subclass for text that cannot be an
    article (empty, too long, not English).
    """
    return get_pipeline(Options(model=model)).extract(
        text, published=published, url=url, title=title, outlet=outlet
    )
