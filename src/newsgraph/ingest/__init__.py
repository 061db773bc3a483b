"""Reading inputs (files, folders, JSONL, HTML, standard input) into raw articles."""

from __future__ import annotations

from newsgraph.ingest.html import html_to_raw
from newsgraph.ingest.sources import read_inputs

__all__ = ["html_to_raw", "read_inputs"]
