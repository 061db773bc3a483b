"""Known names: a lexicon learned from annotated news (``scripts/train_ner.py``), and
names of today's news written for newsgraph (``known_names.tsv``).

It corrects the statistical NER where it is systematically wrong on news-wire
conventions: agencies ("Reuters"), sports teams named after their county
("Leicestershire"), and names in ALL-CAPS headlines, which the tagger mostly misses.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_WORDS = 4
#: The lexicon's CoNLL types → our types (MISC is a people or nationality by default).
_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "NORP"}
# Labels a known name of the same broad kind keeps: a LOC name the NER called a
# facility stays a facility.
_SAME_KIND = {
    "GPE": frozenset({"GPE", "LOC", "FAC"}),
    "NORP": frozenset({"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}),
}


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """Known names → our type, as written and in capitals (for headlines)."""
    path = resources.files("newsgraph") / "data" / "lexicons" / "names.tsv"
    exact: dict[str, str] = {}
    upper: dict[str, str | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, label, _ = line.split("\t")
        exact[name] = _TYPES[label]
        key = name.upper()
        # A capitalized form that two names of different types share is no evidence.
        upper[key] = _TYPES[label] if upper.get(key, _TYPES[label]) == _TYPES[label] else None
    # Names written for newsgraph, already in our types, override the learned ones.
    extra = resources.files("newsgraph") / "data" / "lexicons" / "known_names.tsv"
    for line in extra.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, our_type = line.split("\t")
            exact[name] = our_type
            upper[name.upper()] = our_type
    return exact, {k: v for k, v in upper.items() if v}


def known_type(words: list[str]) -> str | None:
    """Our type of the name these tokens spell, if the lexicon knows it."""
    exact, upper = _names()
    name = " ".join(words)
    found = exact.get(name)
    if found is None and name.isupper():
        found = upper.get(name)
    return found


def relabel(label: str, known: str) -> str:
    """The label a mention takes when the lexicon knows its name."""
    return label if label in _SAME_KIND.get(known, frozenset({known})) else known


def scan(doc: Doc) -> list[tuple[int, int, str]]:
    """Known names in the text, longest first from left to right: (start, end, type)."""
    found = []
    i = 0
    n_tokens = len(doc)
    while i < n_tokens:
        if not doc[i].text[:1].isupper():
            i += 1
            continue
        for n in range(min(MAX_WORDS, n_tokens - i), 0, -1):
            known = known_type([t.text for t in doc[i : i + n]])
            if known is not None:
                found.append((i, i + n, known))
                i += n
                break
        else:
            i += 1
    return found
