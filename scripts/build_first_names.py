"""Build the table of first names that tell a person's gender.

Writes ``src/newsgraph/data/lexicons/first_names.tsv`` from the person-name lists of
Faker (MIT), which holds for each of its locales the given names of women and of men:

    pip install faker==40.63.0
    python scripts/build_first_names.py

Only names written in Latin letters are kept (the news read is English; names in other
scripts reach it transliterated, and the transliterated locales, such as ``en_IN``,
``en_NG`` or ``en_PK``, are read). A name given to women in one locale and to men in
another ("Andrea", "Jean", "Nicola"), in one locale to both ("Jordan"), or in English to
both though Faker lists it for one (``UNISEX``: "Jody", "Robin") tells nothing and is
left out, and so is a name that is also a family name of the countries whose news
names a person family name first (China, Taiwan, Vietnam, Korea: "Li Keqiang" is no
woman named Li). The output is byte-for-byte the same on every run.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "lexicons"
_LATIN_NAME = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


def _latin(name: str) -> bool:
    """Whether a name is one word of Latin letters (accents, hyphens and apostrophes
    allowed)."""
    if not _LATIN_NAME.match(name):
        return False
    return all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


#: English given names common for women and for men alike, which Faker lists for one only.
UNISEX = frozenset(
    {"Alex", "Ali", "Ashley", "Avery", "Bernie", "Billie", "Blair", "Bobbie", "Cameron",
     "Charlie", "Chris", "Courtney", "Dana", "Drew", "Elliot", "Elliott", "Ellis", "Emerson",
     "Finley", "Frankie", "Harper", "Hayden", "Jackie", "Jesse", "Jessie", "Jo", "Jody",
     "Jodie", "Kai", "Kendall", "Lindsay", "Lindsey", "Lynn", "Marion", "Morgan", "Nicky",
     "Noel", "Pat", "Peyton", "Quinn", "Reese", "Riley", "Robin", "Rory", "Rowan", "Sage",
     "Sam", "Shelby", "Sidney", "Skyler", "Stacey", "Stacy", "Stevie", "Sydney", "Toni",
     "Tracey"}
)  # fmt: skip

#: Common Korean family names as English-language news spells them (Faker's Korean
#: names are in Hangul only).
KOREAN_FAMILY_NAMES = frozenset(
    {"Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim",
     "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Moon",
     "Yang", "Ko", "Son", "Bae", "Baek", "Roh", "Ban", "Yun"}
)  # fmt: skip


def family_first() -> set[str]:
    """Family names of the countries whose news names a person family name first, as
    news spells them (pinyin or Wade-Giles in title case, Vietnamese without accents)."""
    import faker.providers.person.vi_VN as vietnamese
    import faker.providers.person.zh_CN as chinese
    import faker.providers.person.zh_TW as taiwanese

    names = set(KOREAN_FAMILY_NAMES)
    for provider in (chinese.Provider, taiwanese.Provider):
        names.update(name.title() for name in provider.last_romanized_names)
    for name in vietnamese.Provider.last_names:
        names.add(name)
        bare = unicodedata.normalize("NFKD", name.replace("Đ", "D"))
        names.add("".join(c for c in bare if not unicodedata.combining(c)))
    return names


def collect() -> dict[str, set[str]]:
    """Each Latin-script given name with the genders Faker's locales give it."""
    import faker.providers.person as people

    genders: dict[str, set[str]] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(people.__path__)):
        provider = importlib.import_module(f"{people.__name__}.{module}").Provider
        for attribute, gender in (("first_names_female", "f"), ("first_names_male", "m")):
            for name in getattr(provider, attribute, ()) or ():
                if _latin(name):
                    genders.setdefault(name, set()).add(gender)
    return genders


def main() -> None:
    """Collect the names and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT / "first_names.tsv")
    args = parser.parse_args()
    import faker

    genders = collect()
    family = family_first()
    kept = sorted(
        (name, g.pop())
        for name, g in genders.items()
        if len(g) == 1 and name not in family and name not in UNISEX
    )
    lines = [
        "# Given names that tell a person's gender (f or m), from the person-name lists of",
        f"# Faker {faker.VERSION} (MIT), written by scripts/build_first_names.py. Names that",
        "# Faker's locales give to both women and men, common English unisex names, and",
        "# Chinese, Vietnamese or Korean family names are left out.",
        *(f"{name}\t{gender}" for name, gender in kept),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    both = sum(1 for g in genders.values() if len(g) > 1)
    surnames = sum(1 for name, g in genders.items() if len(g) == 1 and name in family)
    unisex = sum(1 for name, g in genders.items() if len(g) == 1 and name in UNISEX - family)
    left_out = f"{both} given to both, {unisex} unisex, {surnames} family names left out"
    print(f"{len(kept)} names ({left_out}) → {args.out}")


if __name__ == "__main__":
    main()
