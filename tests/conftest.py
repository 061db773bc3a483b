"""Shared fixtures: the real model, the development data beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEED = SHARED / "examples" / "000_ed66f7278437555c.txt"


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, loaded once for the whole test session."""
    from newsgraph.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The article the project began from (skips when the examples are absent)."""
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(pipeline, seed_text):
    """The seed article extracted as if published on 2025-01-22."""
    return pipeline.extract(seed_text, published="2025-01-22")


def data_file(*parts: str) -> Path:
    """A development data file, or a clean skip when the data is absent."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data {path} is absent")
    return path


@pytest.fixture(scope="module")
def times_of(pipeline):
    """Run the times stage alone over a parse of ``text``."""
    from newsgraph.records import Article
    from newsgraph.stages.times import find_times
    from tests.times_checks import PUBLISHED

    def run(text, published=PUBLISHED):
        article = Article(id="test", text=text, published=published)
        times = find_times(pipeline.nlp(text), article)
        for t in times:
            assert text[t.start : t.end] == t.text
        return times

    return run
