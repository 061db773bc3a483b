"""Geoparsing against TR-News / GeoVirus XML: toponym recall and distance to gold.

Both corpora list, per article, gold toponyms with character offsets and coordinates.
Their offsets are not exact: GeoVirus offsets are one too high throughout, and about a
hundred TR-News offsets are shifted by one to four characters. Each gold toponym is
therefore re-anchored on its phrase nearest to the given offset.

A gold toponym is *found* when a mention of one of our place entities (GPE, LOC, FAC,
or a NORP naming a nationality: "Turkish" is Turkey in TR-News) overlaps it. Its
predicted point is the entity's place, or for a nationality the country's point.

- ``recall``: found gold toponyms / gold toponyms with coordinates;
- ``acc161``: of the found ones, the share placed within 161 km (100 miles) of gold;
- ``acc161_all``: the same over all gold toponyms (a miss counts as wrong);
- ``median_km``: median error of the found ones.

``--errors FILE`` writes every gold toponym that was missed or placed more than 161 km
away to a TSV file, with what was predicted for it.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from newsgraph.evaluate import Scores, write_errors
from newsgraph.evaluate._cli import emit, eval_options

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """A gold toponym: where it stands in the text and where it is on Earth."""

    start: int
    end: int
    phrase: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class GeoDoc:
    """One annotated article."""

    text: str
    url: str | None
    toponyms: list[GoldToponym]


def read_geo_xml(path: str | Path) -> Iterator[GeoDoc]:
    """Articles of a TR-News or GeoVirus file, offsets re-anchored on their phrases."""
    root = ET.parse(path).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        url = (article.findtext("url") or article.findtext("source") or "").strip() or None
        toponyms = []
        for node in [*article.iter("toponym"), *article.iter("location")]:
            phrase = node.findtext("phrase") or node.findtext("name") or ""
            lat = node.findtext("gaztag/lat") or node.findtext("lat")
            lon = node.findtext("gaztag/lon") or node.findtext("lon")
            start = node.findtext("start")
            if not (phrase and lat and lon and start):
                continue  # no coordinates: not scored
            at = _anchor(text, phrase, int(start))
            if at is None:
                continue
            toponyms.append(GoldToponym(at, at + len(phrase), phrase, float(lat), float(lon)))
        yield GeoDoc(text=text, url=url, toponyms=toponyms)


def _anchor(text: str, phrase: str, start: int) -> int | None:
    """The occurrence of ``phrase`` nearest to ``start`` (within 8 characters)."""
    for shift in sorted(range(-8, 9), key=abs):
        at = start + shift
        if at >= 0 and text[at : at + len(phrase)] == phrase:
            return at
    return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def score_geo(paths: list[Path], *, limit: int | None = None, errors: Path | None = None) -> Scores:
    """Scores over all the files together, and per file (``TR-News.acc161``) when several."""
    tallies = [_tally(list(read_geo_xml(path))[:limit], path.stem) for path in paths]
    if errors is not None:
        write_errors(errors, _ERROR_COLUMNS, [row for t in tallies for row in t.wrong])
    scores = _scores(_Tally.merge(tallies))
    if len(paths) > 1:
        for path, tally in zip(paths, tallies, strict=True):
            scores.update({f"{path.stem}.{k}": v for k, v in _scores(tally).items()})
    return scores


@dataclass(slots=True)
class _Tally:
    gold: int = 0
    found: int = 0
    within: int = 0
    errors: list[float] = field(default_factory=list)
    wrong: list[tuple[str, ...]] = field(default_factory=list)  # rows for ``--errors``

    @staticmethod
    def merge(tallies: list[_Tally]) -> _Tally:
        total = _Tally()
        for t in tallies:
            total.gold += t.gold
            total.found += t.found
            total.within += t.within
            total.errors.extend(t.errors)
        return total


def _scores(t: _Tally) -> Scores:
    return {
        "toponyms": float(t.gold),
        "recall": t.found / t.gold if t.gold else 0.0,
        "acc161": t.within / t.found if t.found else 0.0,
        "acc161_all": t.within / t.gold if t.gold else 0.0,
        "median_km": statistics.median(t.errors) if t.errors else 0.0,
    }


_ERROR_COLUMNS = (
    "file",
    "article",
    "offset",
    "toponym",
    "gold_lat",
    "gold_lon",
    "error",
    "type",
    "name",
    "country",
    "feature",
    "lat",
    "lon",
    "km",
)


def _point(gold: GoldToponym) -> tuple[str, str]:
    return f"{gold.latitude:.4f}", f"{gold.longitude:.4f}"


def _tally(docs: list[GeoDoc], source: str = "") -> _Tally:
    """Geoparse the articles and count their places against the gold."""
    from newsgraph.pipeline import get_pipeline
    from newsgraph.records import Article
    from newsgraph.stages._entities.gazetteer import gazetteer
    from newsgraph.stages.entities import find_entities

    nlp = get_pipeline().nlp
    gaz = gazetteer()
    tally = _Tally()
    for number, (geo, doc) in enumerate(zip(docs, nlp.pipe(d.text for d in docs), strict=True)):
        article = Article(id="geo", text=geo.text, url=geo.url)
        points: list[tuple[int, int, float, float, tuple[str, ...]]] = []
        for entity in find_entities(doc, article):
            point = None
            what: tuple[str, ...] = ()
            if entity.type in _PLACE_TYPES and entity.place is not None:
                point = (entity.place.latitude, entity.place.longitude)
                place = entity.place
                what = (place.name or "", place.country_code or "", place.feature_class or "")
            elif entity.type == "NORP" and entity.country:
                country = gaz.country(entity.country)
                point = (country.latitude, country.longitude) if country else None
                what = (country.name if country else "", entity.country, "NORP")
            if point is None or point[0] is None or point[1] is None:
                continue
            described = (entity.type, *what, f"{point[0]:.4f}", f"{point[1]:.4f}")
            points.extend((m.start, m.end, point[0], point[1], described) for m in entity.mentions)
        for gold in geo.toponyms:
            tally.gold += 1
            hit = next((p for p in points if p[0] < gold.end and gold.start < p[1]), None)
            row = (source, str(number), str(gold.start), gold.phrase, *_point(gold))
            if hit is None:
                tally.wrong.append((*row, "missed", *[""] * 7))
                continue
            tally.found += 1
            km = distance_km(gold.latitude, gold.longitude, hit[2], hit[3])
            tally.errors.append(km)
            tally.within += km <= 161
            if km > 161:
                tally.wrong.append((*row, "far", *hit[4], f"{km:.0f}"))
    return tally


@click.command(name="geo")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=int, help="Score only the first N articles.")
@click.option(
    "--errors",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every missed toponym and every one placed over 161 km away to this TSV file.",
)
@eval_options
def command(
    files: tuple[Path, ...],
    limit: int | None,
    errors: Path | None,
    fmt: str,
    baseline: Path | None,
) -> None:
    """Geoparsing on TR-News / GeoVirus XML: recall, accuracy within 161 km, median km."""
    scores = score_geo(list(files), limit=limit, errors=errors)
    emit(scores, fmt=fmt, baseline=baseline, title=f"geo: {', '.join(f.name for f in files)}")
