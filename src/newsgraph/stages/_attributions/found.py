"""What a parse rule finds: an attribution's character extents and its cue's lemma."""

from __future__ import annotations

from dataclasses import dataclass

Extent = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Found:
    """One attribution found in the parse: character extents and the cue's lemma."""

    cue: Extent
    source: Extent | None
    content: Extent | None
    lemma: str
    according: bool
    quoted: bool
    antecedent: Extent | None = None  # what a relative pronoun source ("who") stands for
    settled: bool = False  # edges a rule fixes that the learned ranker leaves alone
