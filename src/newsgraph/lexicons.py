"""Word lists that rules read: plain text files under ``newsgraph/data``."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_lexicon(name: str, folder: str = "lexicons") -> frozenset[str]:
    """The entries of ``data/FOLDER/NAME.txt``: one per line, '#' starts a comment."""
    path = resources.files("newsgraph") / "data" / folder / f"{name}.txt"
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry)
    return frozenset(entries)


@cache
def load_table(name: str, folder: str = "lexicons") -> dict[str, str]:
    """The rows of ``data/FOLDER/NAME.tsv`` as key → value: two tab-separated columns
    per line, '#' opens a comment line."""
    path = resources.files("newsgraph") / "data" / folder / f"{name}.tsv"
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, value = line.split("\t", 1)
            rows[key] = value
    return rows
