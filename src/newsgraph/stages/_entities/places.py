"""Places on a map: each GPE/LOC/FAC entity resolved to a gazetteer entry, offline.

Among same-named entries the choice weighs the kind of place (a country before a
province before a county before a town), population, the countries, provinces and
counties the article names elsewhere, the province or country named right after the
place ("Paris, Illinois", "EDMONTON, Ky."), and the country of the outlet's web
domain. A name whose best reading is a small town with nothing in the article to
support it stays unresolved rather than guessed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from newsgraph.records import Entity, Place, Span
from newsgraph.stages._entities.gazetteer import Entry, fold, gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Regions found by name anywhere in the text; oceans, seas, islands and the buildings
# that name governments ("the Kremlin") only where the NER saw a place ("Atlantic
# salmon" is a fish).
_SCANNED_CODES = frozenset({"CONT", "RGN", "PEN", "GULF"})
_REGION_CODES = _SCANNED_CODES | {"OCN", "SEA", "ISL", "BLDG"}
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Without support from the article, a reading must score at least this much (a town of
# about 30,000 people) to be kept.
_MIN_UNSUPPORTED = 2.69
# A county or district counts a little above a town of as many people, below a province.
_ADM2_BONUS = 0.5
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
    if entry.feature_code == "ADM2":
        return _ADM2_BONUS + population
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
    qualifiers = _qualifiers([e for e in entities if e.id in candidates])
    for entity_id, found in candidates.items():
        if any(c.is_country for c in found):
            # A country's name followed by another place is one of a list: "Niger, Nigeria".
            qualifiers.pop(entity_id, None)
    chosen: dict[str, tuple[Entry, float]] = {}
    for _ in range(2):
        # Only provinces the article names, directly or by one of their counties, support
        # a town in them ("Edmonton, Alberta", "Glasgow ... Barren County"): support from
        # other towns would spread one wrong choice to its neighbours.
        admin1 = Counter(
            (entry.country, entry.admin1)
            for entry, _ in chosen.values()
            if entry.feature_code in {"ADM1", "ADM2"}
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
                within=[chosen[q][0] for q in qualifiers.get(entity.id, ()) if q in chosen],
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


def _qualifiers(entities: list[Entity]) -> dict[str, list[str]]:
    """For each place, the places named right after it: "Paris, Illinois", "Stroud (Ont.)"."""
    starts = {m.start: e.id for e in entities for m in e.mentions}
    found: dict[str, list[str]] = {}
    for entity in entities:
        for m in entity.mentions:
            for gap in (1, 2):
                other = starts.get(m.end + gap)
                if other is not None and other != entity.id:
                    found.setdefault(entity.id, []).append(other)
    return found


def _candidates(entity: Entity) -> list[Entry]:
    """Gazetteer entries for the entity's name or any of its mentions, best kinds first.

    A name written in capitals is a dateline or a headline, which name towns: there it
    means the town rather than the state or county ("WASHINGTON (AP)", "PARIS, Mo.").
    """
    gaz = gazetteer()
    names = sorted({m.text for m in entity.mentions} | {entity.name}, key=len, reverse=True)
    for name in names:
        for form in _forms(name):
            found = gaz.lookup(form)
            if found:
                if any(_in_capitals(m.text) for m in entity.mentions) and any(
                    e.feature_class == "P" for e in found
                ):
                    found = [e for e in found if e.feature_code not in {"ADM1", "ADM2"}]
                return sorted(found, key=_base, reverse=True)
    return []


def _lies_in(entry: Entry, area: Entry) -> bool:
    """Whether a place lies in a country, or in a province or county (by its province)."""
    if entry.is_country or entry == area or entry.country != area.country:
        return False
    if area.is_country:
        return True
    return area.feature_code in {"ADM1", "ADM2"} and entry.admin1 == area.admin1


def _in_capitals(text: str) -> bool:
    """Whether a name is written in capitals, not an acronym ("WASHINGTON", not "USA")."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 4


def _forms(name: str) -> list[str]:
    """The name, without "the", and a state's plain name for its official one.

    "the People's Republic of Bangladesh" → "People's Republic of Bangladesh" →
    "Bangladesh"; "Republic of China" stays whole (it is Taiwan).
    """
    forms = [name]
    if name.lower().startswith("the "):
        forms.append(name[4:])
    official = _OFFICIAL.match(forms[-1])
    if official:
        forms.append(forms[-1][official.end() :])
    return forms


# "People's Republic of", "Lao People's Democratic Republic" (no "of": nothing to strip).
_OFFICIAL = re.compile(r"(?:\w+ )?\w+['’]s (?:Democratic )?Republic of ")


def is_official_name(text: str) -> bool:
    """Whether a name with a possessive inside is one place's name, not owner and owned.

    "the People's Republic of China" and "Lao People's Democratic Republic" are; so is
    any name the gazetteer knows whole ("St. John's"); "Erdoğan's Turkey" is not.
    """
    if "'" not in text and "’" not in text:
        return False
    name = text[4:] if text.lower().startswith("the ") else text
    return bool(_OFFICIAL_NAME.match(name)) or bool(gazetteer().lookup(name))


_OFFICIAL_NAME = re.compile(r"(?:\w+ )?\w+['’]s (?:Democratic )?Republic\b")


def _choose(
    found: list[Entry],
    near: Counter[str],
    admin1: Counter[tuple[str, str]],
    home: str | None,
    *,
    own: tuple[Entry, float] | None,
    voted: tuple[str, int] | None = None,
    within: list[Entry] | None = None,
) -> tuple[Entry, float] | None:
    """The best-supported entry and a confidence in [0, 1], or None when none is plausible.

    ``within`` are the places named right after this one ("Paris, Illinois"): the
    strongest support, as they say which country or province it lies in; a reading in
    another country than the province named is none.
    """
    # A province named like its capital means the city when the city holds much of its
    # people ("Ankara", "Istanbul"), the province otherwise ("Quebec", "New York"); a
    # county or district named like one of its towns means the town ("York", "Catania").
    towns: dict[tuple[str, str], int] = {}
    for e in found:
        if e.feature_class == "P":
            key = (e.country, e.admin1)
            towns[key] = max(towns.get(key, 0), e.population)
    found = [
        e
        for e in found
        if not (
            (e.feature_code == "ADM1" and towns.get((e.country, e.admin1), 0) * 2 >= e.population)
            or (e.feature_code == "ADM2" and (e.country, e.admin1) in towns)
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
        if within and any(_lies_in(entry, q) for q in within):
            support += 1.0
        scored.append((score + support, support, entry))
    scored.sort(key=lambda s: s[0], reverse=True)
    best_score, best_support, best = scored[0]
    if best_support == 0 and best_score < _MIN_UNSUPPORTED:
        return None
    # "Stroud, Ontario" is no town of England, even if no Stroud in Ontario is known.
    if within and any(
        q.feature_code in {"ADM1", "ADM2"} and q.country != best.country for q in within
    ):
        return None
    total = sum(math.exp(s - best_score) for s, _, _ in scored)
    return best, 1.0 / total


_COUNTY = re.compile(r"\b(?:County|Parish|Borough|Province|District)\b")
_LOCATIVE = (
    "in ", "at ", "near ", "outside ", "from ", "across ", "around ", "off ", "throughout ",
    "north of ", "south of ", "east of ", "west of ",
)  # fmt: skip


def retype_places(entities: list[Entity], text: str) -> None:
    """Make GPEs of places the NER took for something else or cut short.

    A mention that is part of a longer name of a country, province, county or region is
    widened to that name ("Guinea" in "Guinea-Bissau", "Wales" in "New South Wales",
    "French" + "Guiana"). An organization or group named exactly like a country,
    province or large city is the place ("Canada", "Aleppo"); a lone "person" name is a
    place when the text puts it after a locative preposition ("in Cairns"), a longer one
    when it is a province's or country's whole name ("Minas Gerais"). Demonyms stay NORP.
    """
    _widen(entities, text)
    gaz = gazetteer()
    places = _place_edges(entities)
    for entity in entities:
        if entity.type not in {"ORG", "NORP", "PERSON", "FAC"}:
            continue
        if entity.type == "NORP" and fold(entity.name) in gaz.demonyms:
            continue
        if entity.type == "ORG" and entity.name.isupper() and not _opens_dateline(entity, text):
            continue  # an acronym names an organization: "in NATO"
        # A "person" is a place after a locative ("in Cairns"), or when a name of several
        # words is all of a province's or country's own name ("Minas Gerais").
        several = entity.type == "PERSON" and any(" " in m.text for m in entity.mentions)
        # "the Rafah crossing", "the city of El Fasher", "Bologna and Ravenna"
        named_place = (
            _before_place_noun(entity, text)
            or _after_place_noun(entity, text)
            or _listed_with_place(entity, places, text)
        )
        if (
            entity.type == "PERSON"
            and not several
            and not named_place
            and not _after_locative(entity, text)
        ):
            continue
        found = gaz.lookup(entity.name)
        if not found:
            continue
        # Only a place's own name counts here: "Hamas" is an alternate name of Hamm; and a
        # county's bare name is as often a team's ("Surrey beat Essex at the Oval"), so
        # it counts with its kind ("Adair County"), not alone.
        county = _COUNTY.search(entity.name) is not None
        own = [
            e
            for e in found
            if (
                fold(e.name) == fold(entity.name)
                or e.is_country
                or (e.population >= _BIG_CITY and not entity.name.isupper())  # "Ulaanbaatar"
            )
            and (e.feature_code != "ADM2" or county)
        ]
        if not own:
            continue
        best = max(own, key=_base)
        if several:
            if best.is_country or best.feature_code in _REGION_CODES | {"ADM1", "ADM2"}:
                entity.type = "GPE"
        elif entity.type == "FAC":
            if best.is_country or best.feature_code in _REGION_CODES | {"ADM1"}:
                entity.type = "GPE"  # "across Emilia-Romagna"
        elif (
            entity.type == "PERSON"
            or _is_major(best, entity.type)
            or _after_locative(entity, text)
            or named_place
            or (best.feature_class == "P" and _opens_dateline(entity, text))
        ):
            entity.type = "GPE"


# Words that may widen a mention: a capitalized word before it, and after it a
# capitalized word, joined by a space or a hyphen or a particle ("Rio Grande do Sul").
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*) $")
_WORD_AFTER = re.compile(r"(?: (?:do|da|dos|das|de|del|of|and) |-| )([^\W\d_][\w'’]*)")
_WIDENED_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON"})


def _widen(entities: list[Entity], text: str) -> None:
    """Widen mentions cut out of a longer place name, moving them to that place's entity."""
    by_name = {fold(e.name): e for e in entities}
    widened = False
    for entity in list(entities):
        if entity.type not in _WIDENED_TYPES:
            continue
        for mention in list(entity.mentions):
            wider = _wider_name(mention, text)
            if wider is None or mention not in entity.mentions:
                continue
            span, label = wider
            widened = True
            for other in list(entities):
                other.mentions = [
                    m for m in other.mentions if m.end <= span.start or span.end <= m.start
                ]
                if not other.mentions:
                    entities.remove(other)
            target = by_name.get(fold(span.text))
            if target is None or target not in entities:
                numbers = [int(e.id[1:]) for e in entities if e.id[1:].isdigit()]
                target = Entity(
                    id=f"E{max(numbers, default=0) + 1}",
                    type=label,
                    name=span.text,
                    mentions=[],
                    key=f"{label}:{fold(span.text)}",
                )
                entities.append(target)
                by_name[fold(span.text)] = target
            target.mentions = sorted([*target.mentions, span], key=lambda m: m.start)
    if widened:
        entities.sort(key=lambda e: e.mentions[0].start)


def _wider_name(mention: Span, text: str) -> tuple[Span, str] | None:
    """The longest name around a mention that is a country, province, county or region."""
    starts = [mention.start]
    for _ in range(2):
        found = _WORD_BEFORE.search(text, max(0, starts[-1] - 40), starts[-1])
        if not found or not found.group(1)[:1].isupper():
            break
        starts.append(found.start(1))
    ends = [mention.end]
    for _ in range(2):
        found = _WORD_AFTER.match(text, ends[-1])
        if not found or not found.group(1)[:1].isupper():
            break
        ends.append(found.end(1))
    spans = sorted(
        ((s, e) for s in starts for e in ends if (s, e) != (mention.start, mention.end)),
        key=lambda se: se[1] - se[0],
        reverse=True,
    )
    gaz = gazetteer()
    for start, end in spans:
        name = text[start:end]
        for entry in gaz.lookup(name):
            # A town only by its own name: "Goz Beida" for "Beida", "Kansas City".
            if entry.feature_class in {"A", "L", "H"} or (
                entry.feature_class == "P" and fold(entry.name) == fold(name)
            ):
                label = "LOC" if entry.feature_class in {"L", "H"} else "GPE"
                return Span(start, end, name), label
    return None


def _is_major(entry: Entry, label: str) -> bool:
    """A place whose bare name is hardly anything else: a country, province, big city."""
    return entry.feature_class in {"A", "L"} or (label == "NORP" and entry.population >= 100_000)


def _opens_dateline(entity: Entity, text: str) -> bool:
    """Whether a mention in capitals opens a line and a state or country follows it.

    "EDMONTON, Ky. (WBKO) -": the NER often takes a dateline's town for an acronym.
    """
    for m in entity.mentions:
        line_start = text.rfind("\n", 0, m.start) + 1
        if m.text.isupper() and not text[line_start : m.start].strip():
            after = _DATELINE_AFTER.match(text, m.end)
            if after and gazetteer().lookup(after.group(1)):
                return True
            if _DATELINE_DASH.match(text, m.end):
                return True
    return False


# " —" or ", March 4 —" after a dateline's town: "ROTTERDAM — Dock workers …".
_DATELINE_DASH = re.compile(r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? ?[—–] ")


# ", Ky. (AP) -" or ", Ontario -" after a dateline's town.
_DATELINE_AFTER = re.compile(
    r", ((?:[A-Z][a-z]*\.)+(?: ?[A-Z][a-z]*\.)*|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:\(|[-—–]|$)",
    re.MULTILINE,
)


# Common nouns a place's name modifies: "the Rafah crossing", "the Jenin camp".
_PLACE_NOUN = re.compile(
    r" (?:border )?(?:crossing|checkpoint|border|camp|district|province|governorate|region)\b"
)


# Big enough that its other names are as good as its own ("Ulaanbaatar" for Ulan Bator);
# a smaller town's alternate names are too often other things' names (Hamas, of Hamm).
_BIG_CITY = 300_000
_PLACE_KIND = re.compile(r"(?:city|town|village|port|capital|province|region) of $")


def _after_place_noun(entity: Entity, text: str) -> bool:
    """Whether the text names the kind of place before a mention ("the city of El Fasher")."""
    return any(_PLACE_KIND.search(text, max(0, m.start - 20), m.start) for m in entity.mentions)


def _place_edges(entities: list[Entity]) -> tuple[set[int], set[int]]:
    """Where the mentions of places start and end in the text."""
    places = [m for e in entities if e.type in {"GPE", "LOC"} for m in e.mentions]
    return {m.start for m in places}, {m.end for m in places}


_LIST_JOINT = re.compile(r"(?:,| and| or|, and|, or) $")
_LIST_NEXT = re.compile(r"(?:,| and| or|, and|, or) ")


def _listed_with_place(entity: Entity, places: tuple[set[int], set[int]], text: str) -> bool:
    """Whether a mention is listed with a place ("the provinces of Bologna and Ravenna")."""
    starts, ends = places
    for m in entity.mentions:
        joint = _LIST_JOINT.search(text, max(0, m.start - 6), m.start)
        if joint is not None and joint.start() in ends:
            return True
        after = _LIST_NEXT.match(text, m.end)
        if after is not None and after.end() in starts:
            return True
    return False


def _before_place_noun(entity: Entity, text: str) -> bool:
    """Whether the text puts a mention before a common noun for a place."""
    return any(_PLACE_NOUN.match(text, m.end) for m in entity.mentions)


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
                (e.is_country or e.feature_code in _SCANNED_CODES)
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
