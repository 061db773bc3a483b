"""Word lists that rules read: plain text files under ``newsgraph/data``."""

from __future__ import annotations

import gzip
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


def data_text(name: str, folder: str) -> str:
    """The text of ``data/FOLDER/NAME``, unzipped where NAME ends in ``.gz``."""
    path = resources.files("newsgraph") / "data" / folder / name
    if name.endswith(".gz"):
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


@cache
def load_rows(name: str, folder: str) -> tuple[tuple[str, ...], ...]:
    """The rows of the table ``data/FOLDER/NAME``: cells separated by tabs, each
    stripped; blank lines and lines that start with '#' are skipped."""
    rows = []
    for line in data_text(name, folder).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def load_table(name: str, folder: str = "lexicons") -> dict[str, str]:
    """The rows of ``data/FOLDER/NAME.tsv`` as key → value (two columns)."""
    return {row[0]: row[1] for row in load_rows(f"{name}.tsv", folder)}
