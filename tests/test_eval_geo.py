"""The geoparsing gate on TR-News and GeoVirus, and the reader on a fixture of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate import regressions
from newsgraph.evaluate.geo import distance_km, read_geo_xml, score_geo

from .conftest import ROOT, data_file

# Offsets one too high, as in GeoVirus: the reader re-anchors them on the phrase.
FIXTURE = """<articles><article>
<source>https://example.ca/news/1</source>
<text>Flooding hit Edmonton, Alberta and parts of Turkey on Monday.</text>
<locations>
<location><name>Edmonton</name><start>14</start><end>22</end><lat>53.55</lat><lon>-113.47</lon></location>
<location><name>Turkey</name><start>45</start><end>51</end><lat>39.0</lat><lon>35.0</lon></location>
</locations>
</article></articles>
"""


@pytest.fixture
def geo_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.xml"
    path.write_text(FIXTURE, encoding="utf-8")
    return path


def test_geo_reader_reanchors_shifted_offsets(geo_file):
    (doc,) = read_geo_xml(geo_file)
    assert [(t.phrase, doc.text[t.start : t.end]) for t in doc.toponyms] == [
        ("Edmonton", "Edmonton"),
        ("Turkey", "Turkey"),
    ]


def test_geo_distance_is_great_circle_km():
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.01)


def test_geo_scores_a_fixture(geo_file):
    scores = score_geo([geo_file])
    assert scores["recall"] == 1.0
    assert scores["acc161"] == 1.0


@pytest.mark.slow
def test_geo_dev_scores_hold_the_baseline():
    paths = [data_file("geo", "TR-News.xml"), data_file("geo", "GeoVirus.xml")]
    baseline = json.loads((ROOT / "baselines" / "geo.json").read_text(encoding="utf-8"))
    assert regressions(score_geo(paths), baseline["minimums"]) == []
