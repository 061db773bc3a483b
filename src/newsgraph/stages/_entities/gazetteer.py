"""The offline gazetteer: GeoNames places, regions, country aliases and demonyms.

Loaded lazily, once per process, from ``newsgraph/data/places`` (see the README there).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from newsgraph.lexicons import data_text, load_rows


def fold(text: str) -> str:
    """A name folded for comparison: no accents, case, dotless i or curly apostrophes."""
    # NFKD leaves the Turkish dotless i alone, so "Kılıç" would not meet "Kilic".
    text = text.replace("ı", "i").replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    geonames_id: int | None
    name: str
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    population: int

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")


class Gazetteer:
    """Entries and an index from folded names to them; rows are parsed when looked up."""

    def __init__(
        self,
        lines: list[str],
        index: dict[str, str],
        extra: list[Entry],
        extra_index: dict[str, list[int]],
        demonyms: dict[str, str],
    ) -> None:
        self._lines = lines  # places.tsv.gz rows, unparsed
        self._index = index  # folded name → row numbers, space-separated
        self._extra = extra  # hand-written regions, then aliases
        self._extra_index = extra_index
        self._parsed: dict[int, Entry] = {}
        self.demonyms = demonyms  # folded demonym or plural → ISO code
        self.points: dict[str, tuple[float, float]] = {}  # GeoNames points of countries

    def lookup(self, name: str) -> list[Entry]:
        """Entries with this name or alternate name (folded); hand-written ones first."""
        key = fold(name)
        found = [self._extra[i] for i in self._extra_index.get(key, ())]
        rows = self._index.get(key)
        if rows:
            found.extend(self._row(int(n)) for n in rows.split())
        seen: set[tuple[str, ...]] = set()
        unique = []
        for entry in found:
            # A hand-written region or country overrides the built row of the same place.
            ident: tuple[str, ...] = (entry.feature_code, entry.country, entry.admin1, entry.name)
            if entry.feature_code.startswith("PCL"):
                ident = ("PCL", entry.country, "")
            if ident not in seen:
                seen.add(ident)
                unique.append(entry)
        return unique

    def country(self, code: str) -> Entry | None:
        """The country with this ISO 3166-1 alpha-2 code."""
        found = self.lookup(f"iso:{code}")
        return found[0] if found else None

    def admin1(self, code: str, admin1: str) -> Entry | None:
        """The province or state with this country and GeoNames admin1 code."""
        found = self.lookup(f"adm1:{code}.{admin1}")
        return found[0] if found else None

    def _row(self, n: int) -> Entry:
        entry = self._parsed.get(n)
        if entry is None:
            entry = _entry(self._lines[n].split("\t"))
            point = self.points.get(entry.country) if entry.is_country else None
            if point is not None:
                entry = replace(entry, latitude=point[0], longitude=point[1])
            self._parsed[n] = entry
        return entry


def _entry(row: Sequence[str]) -> Entry:
    gid, name, fclass, fcode, cc, adm, lat, lon, pop = row[:9]
    return Entry(
        geonames_id=int(gid) if gid else None,
        name=name,
        feature_class=fclass,
        feature_code=fcode,
        country=cc,
        admin1=adm,
        latitude=float(lat),
        longitude=float(lon),
        population=int(pop or 0),
    )


def _data_text(name: str) -> str:
    return data_text(name, "places")


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return load_rows(name, "places")


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read on first use."""
    lines = _data_text("places.tsv.gz").splitlines()[1:]  # the first line names the columns
    index = dict(line.split("\t", 1) for line in _data_text("names.tsv.gz").splitlines()[1:])
    extra: list[Entry] = []
    extra_index: dict[str, list[int]] = {}
    for row in _rows("regions.tsv")[1:]:
        entry = _entry(row)
        codes = [f"iso:{entry.country}"] if entry.is_country else []
        for key in {fold(k) for k in [entry.name, *row[9].split("|"), *codes] if k}:
            extra_index.setdefault(key, []).append(len(extra))
        extra.append(entry)
    gaz = Gazetteer(lines, index, extra, extra_index, {})
    gaz.points = {cc: (float(lat), float(lon)) for cc, lat, lon in _rows("country_points.tsv")}
    for alias, target in _rows("aliases.tsv"):
        cc, _, adm = target.partition(":")
        named = gaz.admin1(cc, adm) if adm else gaz.country(cc)
        if named is not None:
            extra_index.setdefault(fold(alias), []).append(len(extra))
            extra.append(named)
    # The hand-written list first: it settles demonyms several countries share ("French").
    for source in ("demonyms_extra.tsv", "demonyms.tsv"):
        for word, cc in _rows(source):
            for form in (word, _plural(word)):
                gaz.demonyms.setdefault(fold(form), cc)
    return gaz


def _plural(demonym: str) -> str:
    """The people named by a demonym: "Palestinians", "Turks"; "French" stays "French"."""
    if demonym.endswith(("ese", "ish", "ch", "ss")):
        return demonym
    return demonym + "s"
