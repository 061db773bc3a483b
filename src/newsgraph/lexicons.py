"""Word lists that rules read: plain text files under ``newsgraph/data/lexicons``."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_lexicon(name: str) -> frozenset[str]:
    """The entries of ``data/lexicons/NAME.txt``: one per line, '#' starts a comment."""
    path = resources.files("newsgraph") / "data" / "lexicons" / f"{name}.txt"
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry)
    return frozenset(entries)
