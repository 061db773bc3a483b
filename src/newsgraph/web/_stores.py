"""The server's access to its store: one read-only connection per thread, one writer.

SQLite connections cannot be shared between threads, and the server answers requests
on a pool of threads. Each thread opens its own :class:`~newsgraph.store.Store` on first
use and keeps it, with ``PRAGMA query_only`` so that no read request can change the
file. Writes (a new article) take a lock and open a store of their own, so there is one
writer at a time, as the store expects.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from newsgraph.errors import NewsgraphError
from newsgraph.prepare import RawArticle
from newsgraph.records import Article
from newsgraph.store import Store

__all__ = ["Added", "Stores"]

T = TypeVar("T")
# Answers kept by Stores.cached: a few filter combinations of a few aggregates.
_CACHED = 64


@dataclass(frozen=True, slots=True)
class Added:
    """What storing a posted article did: its id, whether it is new, what it repeats."""

    id: str
    added: bool
    duplicate_of: str | None


class Stores:
    """Per-thread read-only stores over one file, and a lock-guarded writer."""

    def __init__(self, path: str | Path, *, model: str | None = None) -> None:
        self.path = Path(path)
        self.model = model
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._parse_lock = threading.Lock()
        self._copies: Any = None  # NearDuplicates, built on the first write
        self._indexed: set[str] = set()
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._cache_lock = threading.Lock()
        # Create or migrate the file once, here, so that readers never have to.
        Store(self.path).close()

    def cached(self, store: Store, name: str, compute: Callable[[], T], **params: Any) -> T:
        """``compute()``, remembered until an article is added or removed.

        For aggregates over the whole store (the map's places, the actor network), which
        change only with its articles. The answer is shared between threads; callers
        must not change it.
        """
        version = store.conn.execute(
            "SELECT (SELECT max(seq) FROM articles), (SELECT count(*) FROM articles)"
        ).fetchone()
        key = (name, tuple(sorted(params.items())), tuple(version))
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return cast(T, self._cache[key])
        value = compute()
        with self._cache_lock:
            self._cache[key] = value
            while len(self._cache) > _CACHED:
                self._cache.popitem(last=False)
        return value

    def reader(self) -> Store:
        """This thread's read-only store, opened on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path)
            store.conn.execute("PRAGMA query_only = ON")
            self._local.store = store
        return store

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """The one writer: a store of its own, held under a lock."""
        with self._write_lock, Store(self.path) as store:
            yield store

    def add_text(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        published: str | None = None,
        outlet: str | None = None,
        source: str = "POST /api/articles",
    ) -> Added:
        """Run the pipeline over one text and store the article (the model loads on first use).

        Raises an :class:`~newsgraph.errors.InputError` subclass for a text that cannot
        be an article and :class:`~newsgraph.errors.StoreError` if it cannot be stored.
        """
        from newsgraph.pipeline import Options, get_pipeline

        raw = RawArticle.from_text(
            text,
            source=source,
            title=title,
            url=url,
            outlet=outlet,
            published=published,
            published_field="published",
        )
        # One parse at a time: the pipeline keeps per-stage timings and is not shared safely.
        with self._parse_lock:
            [(_, outcome)] = get_pipeline(Options(model=self.model)).run_batch([raw])
        if isinstance(outcome, NewsgraphError):
            raise outcome
        if isinstance(outcome, Exception):
            raise NewsgraphError(f"the article could not be extracted ({outcome})") from outcome
        return self._store(outcome, source)

    def _store(self, article: Article, source: str) -> Added:
        from newsgraph.dedup import signature, to_bytes

        minhash = signature(article.text)
        with self.writer() as store:
            copies = self._near_duplicates(store)
            original = copies.match(minhash)
            added = store.add(
                article, source=source, duplicate_of=original, signature=to_bytes(minhash)
            )
            if added:
                copies.add(article.id, minhash)
                self._indexed.add(article.id)
        return Added(id=article.id, added=added, duplicate_of=original if added else None)

    def _near_duplicates(self, store: Store) -> Any:
        """The index of stored signatures, brought up to date with the file."""
        from newsgraph.dedup import NearDuplicates, from_bytes

        if self._copies is None:
            self._copies = NearDuplicates()
        # Articles added since the last write, by this server or by another process.
        for article_id, data in store.signatures():
            if article_id not in self._indexed:
                self._copies.add(article_id, from_bytes(data))
                self._indexed.add(article_id)
        return self._copies
