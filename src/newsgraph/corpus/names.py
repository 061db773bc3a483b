"""Names compared across articles: folded tokens, blocking tokens, and when two names agree.

Every comparison runs on folded names (``fold``: no accents, no case, dotless i as i),
so "Erdoğan" and "Erdogan" are one token. People's names are read as given names, an
optional initial or two, a surname and a suffix ("George H. W. Bush", "Donald Trump
Jr."); particles such as "al", "bin" or "van" join a name without telling people apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from newsgraph.stages._entities.gazetteer import fold

# Words inside names that say nothing on their own about who is meant. Grammar words
# of the name, not a lexicon: they are fixed by the languages the names come from.
_PARTICLES = frozenset(
    {"al", "el", "ul", "bin", "ibn", "bint", "abu", "ben", "de", "da", "di", "do", "du",
     "del", "della", "der", "den", "van", "von", "la", "le", "dos", "das", "st", "mc"}
)  # fmt: skip
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_STOP = frozenset({"the", "of", "and", "for", "on", "in", "at", "to", "a", "an"})
_WORD = re.compile(r"[^\W_]+")
_PERSON_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Initials run together in capitals inside a name: the "HW" of "George HW Bush".
_RUN_INITIALS = re.compile(r"\b[^\W\d_a-z]{2,3}\b")

#: Entity types compared with each other across articles; other types only with their own.
FAMILIES = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}

# Similarity (0-100) two names of one family need to be one thing.
_SURNAME_SIMILARITY = 90
_GIVEN_SIMILARITY = 85
_NAME_SIMILARITY = {"ORG": 92, "NORP": 92, "PLACE": 95}
_OTHER_SIMILARITY = 95


def family(entity_type: str) -> str:
    """The group of types whose entities may be one corpus entity: places are one."""
    return FAMILIES.get(entity_type, entity_type)


@lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name: "Recep Tayyip Erdoğan" → (recep, tayyip, erdogan)."""
    return tuple(_WORD.findall(fold(name)))


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into given names, initials, surname and suffixes."""

    given: tuple[str, ...]
    initials: frozenset[str]
    surname: str
    suffixes: frozenset[str]

    @property
    def core(self) -> tuple[str, ...]:
        """The words that tell people apart: given names and surname."""
        return (*self.given, self.surname)

    @property
    def is_single(self) -> bool:
        """One word only ("Erdoğan", "Mohammed"): who it is depends on the context."""
        return not self.given


@lru_cache(maxsize=65536)
def person_words(name: str) -> tuple[str, ...]:
    """A person's folded words, hyphenated ones kept whole ("Kara-Murza" is one surname)
    without a leading particle ("al-Hayya" → hayya)."""
    words = []
    for word in _PERSON_WORD.findall(fold(name)):
        parts = word.split("-")
        while len(parts) > 1 and parts[0] in _PARTICLES:
            parts = parts[1:]
        words.append("-".join(parts))
    return tuple(words)


@lru_cache(maxsize=65536)
def person_name(name: str) -> PersonName | None:
    """The parts of a person's name, or None when it has no word to go by."""
    words = person_words(name)
    run = _run_initials(name)
    core = [
        w
        for w in words
        if len(w) > 1 and w not in _PARTICLES and w not in _SUFFIXES and w not in run
    ]
    if not core:
        return None
    initials = {w for w in words if len(w) == 1 and w.isalpha()}
    initials.update(letter for word in run for letter in word)
    return PersonName(
        given=tuple(core[:-1]),
        initials=frozenset(initials),
        surname=core[-1],
        suffixes=frozenset(w for w in words if w in _SUFFIXES),
    )


def _run_initials(name: str) -> frozenset[str]:
    """Folded words written as two or three capitals between words that are not
    ("George HW Bush" → {hw}); none in a name written all in capitals, nor a surname."""
    if name.isupper():
        return frozenset()
    runs = [m.group() for m in _RUN_INITIALS.finditer(name)]
    last = person_words(name)[-1:]
    found = {fold(run) for run in runs} - set(last) - _SUFFIXES
    return frozenset(found)


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two full names (each with a given name) can name one person.

    The surnames agree; every given name of the shorter name is one of the longer's
    (or its initial): "Tayyip Erdoğan" and "Recep Tayyip Erdoğan" agree, "Melania
    Trump" and "Donald Trump" do not, nor do "Mohammed bin Salman" and "Mohammed
    Morsi". Suffixes ("Jr.") and stated initials must not differ.
    """
    if a.is_single or b.is_single:
        return False
    if fuzz.ratio(a.surname, b.surname) < _SURNAME_SIMILARITY:
        return False
    if a.suffixes != b.suffixes:
        return False
    if a.initials and b.initials and a.initials != b.initials:
        return False
    short, long = (a, b) if len(a.given) <= len(b.given) else (b, a)
    for word in short.given:
        if (
            not any(
                word == other or fuzz.ratio(word, other) >= _GIVEN_SIMILARITY
                for other in long.given
            )
            and word[0] not in long.initials
        ):
            return False
    # "Donald Trump" and "Eric Trump" share no given name; "J. Smith" has none to check.
    return bool(short.given)


@lru_cache(maxsize=65536)
def content_words(name: str, kind: str) -> tuple[str, ...]:
    """The words of a name that count for matching: no "the"/"of", plurals made singular
    for groups of people ("Israelis" → israeli)."""
    words = [w for w in tokens(name) if w not in _STOP]
    if kind == "NORP":
        words = [w[:-1] if len(w) > 4 and w.endswith("s") else w for w in words]
    return tuple(words)


def acronym(name: str) -> str | None:
    """The initials of a name of several words ("United Nations" → "un"), else None."""
    words = [w for w in tokens(name) if w not in _STOP and w not in _PARTICLES]
    return "".join(w[0] for w in words) if len(words) > 1 else None


def is_acronym(name: str) -> bool:
    """A name written as capitals only: "UN", "NATO", "U.N."."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def block_tokens(name: str, kind: str) -> list[str]:
    """The words a name is filed under for finding candidates (see :func:`query_tokens`)."""
    if kind == "PERSON":
        parsed = person_name(name)
        return sorted(set(parsed.core)) if parsed else []
    words = set(content_words(name, kind))
    initials = acronym(name)
    if kind == "ORG" and initials:
        words.add(f"#{initials}")
    if kind == "ORG" and is_acronym(name):
        words.add(f"#{fold(name).replace('.', '')}")
    return sorted(words)


def query_tokens(name: str, kind: str) -> list[str]:
    """The words to look candidates up by: a person's surname (or single name); for
    other names their longest word, the rarest as a rule, and for acronyms the
    initials of longer names."""
    if kind == "PERSON":
        parsed = person_name(name)
        return [parsed.surname] if parsed else []
    words = content_words(name, kind)
    if not words:
        return []
    found = [max(words, key=lambda w: (len(w), w))]
    if kind == "ORG" and is_acronym(name):
        found.append(f"#{fold(name).replace('.', '')}")
    return found


def similar(a: str, b: str, kind: str) -> float:
    """How alike two names of one family are (0-100), 0 below the family's threshold.

    Organizations, groups and places compare their words in any order ("Health
    Ministry", "Ministry of Health"); an acronym meets the name it abbreviates.
    """
    wa, wb = content_words(a, kind), content_words(b, kind)
    if not wa or not wb:
        return 0.0
    if wa == wb:
        return 100.0
    if kind == "ORG":
        if is_acronym(a) and "".join(wa) == acronym(b):
            return 95.0
        if is_acronym(b) and "".join(wb) == acronym(a):
            return 95.0
    score = fuzz.token_sort_ratio(" ".join(wa), " ".join(wb))
    threshold = _NAME_SIMILARITY.get(kind, _OTHER_SIMILARITY)
    return float(score) if score >= threshold else 0.0
