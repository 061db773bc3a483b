"""The quantity tables under ``data/quantities``, loaded once (a line starting "#" is a comment)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsgraph.lexicons import load_rows


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return load_rows(name, "quantities")


@cache
def _words(file: str) -> frozenset[str]:
    """The words of a list, one per line, lower case."""
    return frozenset(row[0].lower() for row in _rows(file))


@dataclass(frozen=True, slots=True)
class NumberWord:
    """A number word's value and kind: unit ("five"), scale ("million"), vague ("hundreds")."""

    value: float
    kind: str


@cache
def number_words() -> dict[str, NumberWord]:
    """Number word → value and kind."""
    return {row[0]: NumberWord(float(row[1]), row[2]) for row in _rows("number_words.tsv")}


@cache
def fractions() -> dict[str, float]:
    """Fraction word ("third", "quarters") → its denominator."""
    return {row[0]: float(row[1]) for row in _rows("fractions.tsv")}


@cache
def qualifiers() -> dict[tuple[str, ...], str]:
    """Words before a number (lower-case tuple) → qualifier."""
    return {tuple(row[0].split()): row[1] for row in _rows("qualifiers.tsv")}


@cache
def qualifiers_after() -> dict[tuple[str, ...], str]:
    """Words right after a number (lower-case tuple) → qualifier ("or more": at least)."""
    return {tuple(row[0].split()): row[1] for row in _rows("qualifiers_after.tsv")}


@cache
def currencies() -> dict[str, str]:
    """Currency symbol or word → ISO 4217 code."""
    return {row[0]: row[1] for row in _rows("currencies.tsv")}


@cache
def subunits() -> dict[str, tuple[float, str]]:
    """A currency's subunit word ("cents") → (its share of the unit, the currency it is of
    when the sentence names none)."""
    return {row[0]: (float(row[1]), row[2]) for row in _rows("subunits.tsv")}


@cache
def named_currencies() -> dict[tuple[str, str], str]:
    """(Word before a currency's name, the name in the singular), both lower case → ISO
    4217 code: "US dollars", "CFA francs"."""
    return {(row[0], row[1]): row[2] for row in _rows("named_currencies.tsv")}


@cache
def country_currencies() -> dict[str, tuple[str, str]]:
    """ISO country code → (ISO 4217 code, the currency's name in lower case)."""
    return {row[0]: (row[1], row[2]) for row in _rows("country_currencies.tsv")}


@cache
def shared_currencies() -> dict[str, str]:
    """A currency's name that several countries share, as written after an amount, → the
    name in the singular ("pesos" → "peso")."""
    return {row[0]: row[1] for row in _rows("shared_currencies.tsv")}


@cache
def measures() -> dict[str, str]:
    """Unit-of-measure word (lower case) → the symbol of the unit ("kilometres" → "km")."""
    return {row[0]: row[1] for row in _rows("measures.tsv")}


@cache
def measure_units() -> frozenset[str]:
    """The symbols of the units of measure ("km", "kg"): the values of ``measures``."""
    return frozenset(measures().values())


@cache
def categories() -> dict[tuple[str, str], str]:
    """(kind, lemma) → category, kind being "verb" or "noun"."""
    return {(row[0], row[1]): row[2] for row in _rows("categories.tsv")}


@cache
def change_words() -> frozenset[str]:
    """Lemmas of verbs and nouns of change ("fell from 10 to 5": two values)."""
    return _words("change_words.txt")


@cache
def fixed_compounds() -> frozenset[str]:
    """Hyphenated words that begin with a number and count nothing ("two-state")."""
    return _words("fixed_compounds.txt")


@cache
def money_nouns() -> frozenset[str]:
    """Nouns after "pounds of" that keep the pounds money ("pounds of investment")."""
    return _words("money_nouns.txt")


@cache
def weight_words() -> dict[str, frozenset[str]]:
    """Words that make "pounds" a weight, by kind: "before", "loss", "sentence"
    (``weight_words.tsv``)."""
    kinds: dict[str, set[str]] = {}
    for kind, word in _rows("weight_words.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def time_words() -> frozenset[str]:
    """Words that make a date or time entity a time rather than a count."""
    return _words("time_words.txt")


@cache
def one_idioms() -> tuple[tuple[str, ...], ...]:
    """Phrases in which "one" counts nothing ("at one point"), as word tuples."""
    return tuple(tuple(row[0].lower().split()) for row in _rows("one_idioms.txt"))


@cache
def particle_verbs() -> frozenset[str]:
    """Phrasal verbs ("pick up", "slot over") whose particle before a number qualifies
    nothing ("picked up to 10.8 percent" is 10.8 percent)."""
    return _words("particle_verbs.txt")


@cache
def object_particle_verbs() -> frozenset[str]:
    """Phrasal verbs ("send up") whose particle before "to" and a number is theirs only
    with their object between or in the passive ("will send up to 1,000 troops" sends as
    many as 1,000)."""
    return _words("object_particle_verbs.txt")


@cache
def unrealized_words() -> frozenset[str]:
    """Words before an event that say it did not come about ("the attempted murder of
    two guards"), so that it befell no one it names."""
    return _words("unrealized_words.txt")


@cache
def result_words() -> frozenset[str]:
    """Nouns of a result, before which "5-7" is a score ("a 5-7 loss")."""
    return _words("result_words.txt")


@cache
def life_verbs() -> frozenset[str]:
    """Verbs of a step in a person's life, after which "at 17" is an age ("left home at
    17")."""
    return _words("life_verbs.txt")


@cache
def number_adjectives() -> frozenset[str]:
    """Adjectives a number hyphened to them makes one word of ("a 12,000-strong force")."""
    return _words("number_adjectives.txt")


@cache
def race_words() -> frozenset[str]:
    """Nouns after which "800m" is a race's distance in metres ("800m runners")."""
    return _words("race_words.txt")


@cache
def race_people() -> frozenset[str]:
    """Nouns (lemmas) of those who run a race, after which "800m" is its distance where a
    word ties the figure into a noun phrase ("the top three 800m runners")."""
    return _words("race_people.txt")


@cache
def period_words() -> frozenset[str]:
    """Nouns of a period of history, after which "(25-220)" gives its years."""
    return _words("period_words.txt")


@cache
def not_people() -> frozenset[str]:
    """Nouns shaped like a person's or a title that, counted, name no one ("fields")."""
    return _words("not_people.txt")


@cache
def state_groups() -> frozenset[str]:
    """Names of groups of states ("eu", "* nations"), whose members are states."""
    return _words("state_groups.txt")


@cache
def level_words() -> frozenset[str]:
    """Singular nouns a figure names a level by, counting nothing ("the 25,000 mark")."""
    return _words("level_words.txt")
