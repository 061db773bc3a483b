"""The event lexicon: trigger words, CAMEO codes and their PLOVER types, modality words.

All of it is read from ``newsgraph/data/events/`` once per process (see the README
there); adding a trigger is adding a row to ``triggers.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsgraph.lexicons import load_rows

#: Dependency labels a ``requires`` condition may name, and the labels they cover.
_CONDITION_DEPS = {
    "prep": frozenset({"prep", "prt", "agent", "dative"}),
    # a particle only: "gave in", not "gave aid in the north"
    "prt": frozenset({"prt"}),
    # the passive auxiliary: "was beaten"
    "pass": frozenset({"auxpass"}),
    "obj": frozenset({"dobj", "obj", "pobj", "attr"}),
    "subj": frozenset({"nsubj", "nsubjpass", "csubj"}),
    "amod": frozenset({"amod", "compound"}),
    "xcomp": frozenset({"xcomp"}),
    # not a child: the verb that governs the word, through a preposition ("went on strike")
    "head": frozenset({"head"}),
}

#: The CAMEO code of a row that blocks a reading: the words trigger_of, but are no event
#: ("declined to comment", "sent condolences").
NOT_AN_EVENT = "-"


@dataclass(frozen=True, slots=True)
class Condition:
    """A child of the trigger, by dependency group, whose lemma must be one of ``lemmas``."""

    deps: frozenset[str]
    lemmas: frozenset[str]  # {"*"}: any word


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: a lemma and part of speech, conditions, and what it codes to."""

    lemma: str
    pos: str  # "V" or "N"
    conditions: tuple[Condition, ...]
    cameo: str
    plover: str
    mode: str | None


@dataclass(frozen=True, slots=True)
class Root:
    """A CAMEO root code's GDELT quad class and Goldstein value."""

    code: str
    quad_class: int
    goldstein: float
    name: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the event stage looks words up in."""

    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (lemma, pos) → rows in file order
    light_verbs: frozenset[str]
    people_nouns: frozenset[str]  # objects that are actors even after a giving verb
    place_nouns: frozenset[str]  # common nouns for places ("the town", "the border")
    actor_nouns: frozenset[str]  # common nouns for bodies that act ("the ministry", "the firm")
    thing_nouns: frozenset[str]  # things named like people ("computer", "browser")
    modality: dict[tuple[str, str], str]  # (word, where) → "negated" | "hypothetical"
    roots: dict[str, Root]


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return load_rows(name, "events")


def _conditions(spec: str) -> tuple[Condition, ...]:
    conditions = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        group, _, words = part.partition(":")
        if group not in _CONDITION_DEPS or not words:
            raise ValueError(f"triggers.tsv: bad condition {part!r}")
        conditions.append(Condition(_CONDITION_DEPS[group], frozenset(words.split("|"))))
    return tuple(conditions)


@cache
def load_lexicon() -> Lexicon:
    """The event lexicon, read once."""
    types = {code: (plover, mode or None) for code, plover, mode, *_ in _rows("cameo.tsv")}
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    for lemma, pos, spec, cameo in ((*row, "", "", "")[:4] for row in _rows("triggers.tsv")):
        if cameo != NOT_AN_EVENT and cameo not in types:
            raise ValueError(f"triggers.tsv: CAMEO code {cameo} of {lemma!r} is not in cameo.tsv")
        plover, mode = types.get(cameo, ("", None))
        trigger = Trigger(lemma, pos, _conditions(spec), cameo, plover, mode)
        triggers.setdefault((lemma, pos), []).append(trigger)
    modality = {(word, where): effect for word, effect, where in _rows("modality.tsv")}
    roots = {
        code: Root(code, int(quad), float(goldstein), name)
        for code, quad, goldstein, name in _rows("roots.tsv")
    }
    light = frozenset(row[0] for row in _rows("light_verbs.txt"))
    return Lexicon(
        triggers={key: tuple(rows) for key, rows in triggers.items()},
        light_verbs=light,
        people_nouns=frozenset(row[0] for row in _rows("people_nouns.txt")),
        place_nouns=frozenset(row[0] for row in _rows("place_nouns.txt")),
        actor_nouns=frozenset(row[0] for row in _rows("actor_nouns.txt")),
        thing_nouns=frozenset(row[0] for row in _rows("thing_nouns.txt")),
        modality=modality,
        roots=roots,
    )


def root_of(cameo: str) -> str:
    """The two-digit root of a CAMEO code: "0841" → "08"."""
    return cameo[:2]
