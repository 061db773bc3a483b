"""Near-duplicate articles: wire copies and updated versions of the same report.

Each article gets a MinHash signature of its word 5-grams (datasketch); an LSH index
over the signatures of the stored articles finds earlier articles whose estimated
Jaccard similarity reaches :data:`THRESHOLD`. A near-duplicate is stored and linked to
the earliest such article (``articles.duplicate_of``), never dropped, and the queries
count it once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np

#: Estimated Jaccard similarity of word 5-grams above which two articles are one report.
THRESHOLD = 0.8
_PERMUTATIONS = 64
# The hashing scheme is fixed so that stored signatures stay comparable across versions.
_SCHEME = "affine32"
_DTYPE = np.uint32
_SHINGLE = 5
_WORD = re.compile(r"\w+")


def signature(text: str) -> Any:
    """The MinHash of an article's word 5-grams (case-folded, punctuation ignored)."""
    from datasketch import MinHash

    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}
    minhash = MinHash(num_perm=_PERMUTATIONS, scheme=_SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


def to_bytes(minhash: Any) -> bytes:
    """The signature as bytes, to store beside the article."""
    return bytes(np.asarray(minhash.hashvalues, dtype=_DTYPE).tobytes())


def from_bytes(data: bytes) -> Any:
    """A signature read back from the store."""
    from datasketch import MinHash

    values = np.frombuffer(data, dtype=_DTYPE)
    return MinHash(num_perm=_PERMUTATIONS, hashvalues=values, scheme=_SCHEME)


class NearDuplicates:
    """An in-memory LSH index of stored signatures; ``match`` finds an earlier copy."""

    def __init__(self, stored: Iterable[tuple[str, bytes]] = ()) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=_PERMUTATIONS)
        self._order: dict[str, int] = {}
        for article_id, data in stored:
            self.add(article_id, from_bytes(data))

    def add(self, article_id: str, minhash: Any) -> None:
        """Index an article's signature."""
        if article_id not in self._order:
            self._order[article_id] = len(self._order)
            self._lsh.insert(article_id, minhash)

    def match(self, minhash: Any) -> str | None:
        """The earliest indexed article this signature nearly duplicates, or None."""
        candidates = [c for c in self._lsh.query(minhash) if c in self._order]
        return min(candidates, key=self._order.__getitem__) if candidates else None
