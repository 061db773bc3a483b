"""The geoparsing gate on TR-News and GeoVirus, and the reader on a fixture of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
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


# Turkey's gold point is put in the Pacific and "parts" is no place: one far, one missed.
WRONG = FIXTURE.replace(
    "<lat>39.0</lat><lon>35.0</lon>", "<lat>0.0</lat><lon>-160.0</lon>"
).replace(
    "</locations>",
    "<location><name>parts</name><start>36</start><end>41</end><lat>1.0</lat><lon>1.0</lon>"
    "</location></locations>",
)


def test_geo_errors_file_lists_far_and_missed_toponyms(tmp_path):
    path = tmp_path / "wrong.xml"
    path.write_text(WRONG, encoding="utf-8")
    errors = tmp_path / "errors.tsv"
    result = CliRunner().invoke(
        main, ["eval", "geo", str(path), "--errors", str(errors), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["acc161"] == 0.5
    header, *rows = [line.split("\t") for line in errors.read_text(encoding="utf-8").splitlines()]
    assert header[:7] == ["file", "article", "offset", "toponym", "gold_lat", "gold_lon", "error"]
    by_name = {row[3]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_name) == {"Turkey", "parts"}
    turkey = by_name["Turkey"]
    assert (turkey["error"], turkey["country"], turkey["feature"]) == ("far", "TR", "A")
    assert float(turkey["km"]) > 161
    assert by_name["parts"]["error"] == "missed" and by_name["parts"]["km"] == ""


@pytest.mark.slow
def test_geo_dev_scores_hold_the_baseline():
    paths = [data_file("geo", "TR-News.xml"), data_file("geo", "GeoVirus.xml")]
    baseline = json.loads((ROOT / "baselines" / "geo.json").read_text(encoding="utf-8"))
    assert regressions(score_geo(paths), baseline["minimums"]) == []
