"""Places on a map: each GPE/LOC/FAC entity resolved to a gazetteer entry, offline.

Among same-named entries the choice weighs the kind of place (a country before a
province before a town), population, the countries and provinces the article names
elsewhere ("Edmonton, Alberta"), and the country of the outlet's web domain. A name
whose best reading is a small town with nothing in the article to support it stays
unresolved rather than guessed.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from newsgraph.records import Entity, Place
from newsgraph.stages._entities.gazetteer import Entry, fold, gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

_REGION_CODES = frozenset({"CONT", "RGN", "PEN", "GULF"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Without support from the article, a reading must score at least this much (a town of
# about 30,000 people) to be kept.
_MIN_UNSUPPORTED = 2.69
_TLD_COUNTRY = {"uk": "GB", "com": "", "org": "", "net": "", "gov": "US", "edu": "US"}


def _base(entry: Entry) -> float:
    """How likely a bare mention of this name means this entry, before context."""
    population = 0.6 * math.log10(entry.population + 1)
    if entry.is_country:
        return 6.0
    if entry.feature_code in _REGION_CODES:
        return 5.0
    if entry.feature_code == "ADM1":
        return 1.0 + population
    return population


def outlet_country(url: str | None, outlet: str | None) -> str | None:
    """The country a news site's domain names (".ca" → CA), if any."""
    host = urlparse(url).hostname if url else outlet
    if not host:
        return None
    tld = host.rstrip(".").rsplit(".", 1)[-1].lower()
    code = _TLD_COUNTRY.get(tld, tld.upper() if len(tld) == 2 else "")
    return code or None


def resolve_places(
    entities: list[Entity], *, url: str | None = None, outlet: str | None = None
) -> None:
    """Set ``place`` and ``country`` on place entities and ``country`` on demonyms."""
    gaz = gazetteer()
    countries: Counter[str] = Counter()
    for entity in entities:
        if entity.type == "NORP":
            code = gaz.demonyms.get(fold(entity.name))
            if code:
                entity.country = code
                countries[code] += len(entity.mentions)
    candidates = {e.id: _candidates(e) for e in entities if e.type in PLACE_TYPES}
    # First pass: names with one clear reading (countries above all) set the context.
    # What an entity adds here supports other names, not its own reading ("Georgia" the
    # country must not outvote "Atlanta, Georgia" by its own mentions).
    first_votes: dict[str, tuple[str, int]] = {}
    for entity in entities:
        found = candidates.get(entity.id)
        if found and found[0].is_country:
            countries[found[0].country] += len(entity.mentions)
            first_votes[entity.id] = (found[0].country, len(entity.mentions))
    home = outlet_country(url, outlet)
    chosen: dict[str, tuple[Entry, float]] = {}
    for _ in range(2):
        # Only provinces the article names support a town in them ("Edmonton, Alberta"):
        # support from other towns would spread one wrong choice to its neighbours.
        admin1 = Counter(
            (entry.country, entry.admin1)
            for entry, _ in chosen.values()
            if entry.feature_code == "ADM1"
        )
        near = Counter(entry.country for entry, _ in chosen.values()) + countries
        for entity in entities:
            found = candidates.get(entity.id)
            if not found:
                continue
            pick = _choose(
                found,
                near,
                admin1,
                home,
                own=chosen.get(entity.id),
                voted=first_votes.get(entity.id),
            )
            if pick is None:
                chosen.pop(entity.id, None)
            else:
                chosen[entity.id] = pick
    for entity in entities:
        if entity.id not in chosen:
            continue
        entry, confidence = chosen[entity.id]
        entity.place = Place(
            geonames_id=entry.geonames_id,
            name=entry.name,
            country_code=entry.country or None,
            admin1=entry.admin1 or None,
            latitude=entry.latitude,
            longitude=entry.longitude,
            feature_class=entry.feature_class,
            confidence=round(confidence, 3),
        )
        entity.country = entry.country or None


def _candidates(entity: Entity) -> list[Entry]:
    """Gazetteer entries for the entity's name or any of its mentions, best kinds first."""
    gaz = gazetteer()
    names = sorted({m.text for m in entity.mentions} | {entity.name}, key=len, reverse=True)
    for name in names:
        for form in _forms(name):
            found = gaz.lookup(form)
            if found:
                return sorted(found, key=_base, reverse=True)
    return []


def _forms(name: str) -> list[str]:
    """The name, and the name without "the" or a trailing "City" ("Kansas City" stays)."""
    forms = [name]
    if name.lower().startswith("the "):
        forms.append(name[4:])
    return forms


def _choose(
    found: list[Entry],
    near: Counter[str],
    admin1: Counter[tuple[str, str]],
    home: str | None,
    *,
    own: tuple[Entry, float] | None,
    voted: tuple[str, int] | None = None,
) -> tuple[Entry, float] | None:
    """The best-supported entry and a confidence in [0, 1], or None when none is plausible."""
    # A province named like its capital means the city when the city holds much of its
    # people ("Ankara", "Istanbul"), the province otherwise ("Quebec", "New York").
    towns: dict[tuple[str, str], int] = {}
    for e in found:
        if e.feature_class == "P":
            key = (e.country, e.admin1)
            towns[key] = max(towns.get(key, 0), e.population)
    found = [
        e
        for e in found
        if not (
            e.feature_code == "ADM1" and towns.get((e.country, e.admin1), 0) * 2 >= e.population
        )
    ]
    scored = []
    for entry in found[:200]:
        score = _base(entry)
        support = 0.0
        if entry.country and near[entry.country]:
            # Our own earlier choice and first-pass votes must not support themselves.
            self_votes = 1 if own and own[0].country == entry.country else 0
            if voted and voted[0] == entry.country:
                self_votes += voted[1]
            if near[entry.country] > self_votes:
                support += 1.0
        if entry.feature_code != "ADM1" and admin1[(entry.country, entry.admin1)]:
            self_votes = 1 if own and own[0] == entry else 0
            if admin1[(entry.country, entry.admin1)] > self_votes:
                support += 1.0
        if home and entry.country == home:
            support += 0.5
        scored.append((score + support, support, entry))
    scored.sort(key=lambda s: s[0], reverse=True)
    best_score, best_support, best = scored[0]
    if best_support == 0 and best_score < _MIN_UNSUPPORTED:
        return None
    total = sum(math.exp(s - best_score) for s, _, _ in scored)
    return best, 1.0 / total


_LOCATIVE = ("in ", "at ", "near ", "outside ", "from ", "across ", "around ")


def retype_places(entities: list[Entity], text: str) -> None:
    """Make GPEs of places the NER took for something else.

    An organization or group named exactly like a country, province or large city is
    the place ("Canada", "Aleppo"); a lone "person" name is a place when the text puts
    it after a locative preposition ("in Cairns"). Demonyms stay NORP.
    """
    gaz = gazetteer()
    for entity in entities:
        if entity.type not in {"ORG", "NORP", "PERSON"}:
            continue
        if entity.type == "NORP" and fold(entity.name) in gaz.demonyms:
            continue
        if entity.type == "ORG" and entity.name.isupper():
            continue  # an acronym names an organization: "in NATO"
        if entity.type == "PERSON" and (
            any(" " in m.text for m in entity.mentions) or not _after_locative(entity, text)
        ):
            continue
        found = gaz.lookup(entity.name)
        if not found:
            continue
        # Only a place's own name counts here: "Hamas" is an alternate name of Hamm.
        own = [e for e in found if fold(e.name) == fold(entity.name) or e.is_country]
        if not own:
            continue
        best = max(own, key=_base)
        if entity.type == "PERSON" or _is_major(best, entity.type) or _after_locative(entity, text):
            entity.type = "GPE"


def _is_major(entry: Entry, label: str) -> bool:
    """A place whose bare name is hardly anything else: a country, province, big city."""
    return entry.feature_class in {"A", "L"} or (label == "NORP" and entry.population >= 100_000)


def _after_locative(entity: Entity, text: str) -> bool:
    """Whether the text puts a mention after a locative preposition ("in Edmonton")."""
    return any(
        text[max(0, m.start - 12) : m.start].lower().endswith(_LOCATIVE) for m in entity.mentions
    )


def scan_places(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Place names the NER missed: countries and regions anywhere, and towns in capitals.

    A capitalized name that is a country, continent or region by its own name or a known
    alias is a place ("Liechtenstein"); in ALL-CAPS headlines and datelines, where the
    tagger sees little, a town of 15,000 people or more that opens a dateline is too
    ("BAKU 1996-08-31", "HERZLIYA, Israel").
    """
    gaz = gazetteer()
    found = []
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
            i += 1
            continue
        for n in (3, 2, 1):
            span = doc[i : i + n]
            if len(span) < n or covered.intersection(range(i, i + n)):
                continue
            if not all(t.text[:1].isupper() for t in span):
                continue
            caps = span.text.isupper() and len(span.text) >= 4 and _is_dateline(doc, i, i + n)
            entries = gaz.lookup(span.text)
            if any(
                (e.is_country or e.feature_code in _REGION_CODES)
                or (caps and e.population >= 15_000 and fold(e.name) == fold(span.text))
                for e in entries
            ):
                found.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return found


def _is_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether the span opens a line and a comma or a date follows ("BAKU 1996-08-31")."""
    opens = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    nxt = doc[end] if end < len(doc) else None
    return opens and nxt is not None and (nxt.text == "," or nxt.text[:1].isdigit())
