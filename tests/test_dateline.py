"""Publication dates from datelines, for articles that come without one."""

from __future__ import annotations

import pytest

from newsgraph.dateline import find_dateline, year_from_url


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        ("Jan. 22, 2025 — Talks resumed.", "2025-01-22", "Jan. 22, 2025 —"),
        (
            "WASHINGTON, Jan. 22, 2025 (AP) — Talks resumed.",
            "2025-01-22",
            "WASHINGTON, Jan. 22, 2025 (AP) —",
        ),
        ("Talks\nLONDON, 5 March 2024 (BBC) -- Talks resumed.", "2024-03-05", None),
        ("NEW YORK, September 3, 1998 - Stocks fell.", "1998-09-03", None),
    ],
)
def test_dateline_with_year_gives_publication_date(text, published, span):
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.published == published
    assert text[dateline.span.start : dateline.span.end] == dateline.span.text
    if span is not None:
        assert dateline.span.text == span


def test_dateline_without_year_gives_month_and_day_but_no_date():
    dateline = find_dateline("ANKARA, Jan 22 (Reuters) - Turkey said on Wednesday ...")
    assert dateline is not None
    assert (dateline.month, dateline.day, dateline.year) == (1, 22, None)
    assert dateline.published is None
    assert dateline.span.text == "ANKARA, Jan 22 (Reuters) -"


def test_dateline_without_year_takes_a_known_year():
    dateline = find_dateline("ANKARA, Jan 22 (Reuters) - Turkey said ...", year=2025)
    assert dateline is not None
    assert dateline.published == "2025-01-22"


@pytest.mark.parametrize(
    "text",
    [
        "The report said on Jan. 22, 2025 - nothing.",  # not at the start of a line
        "May 5 - the second item of a list",  # no place, agency or year
        "NEW YORK, Feb 30 (Reuters) - no such day",
        "Turkish President Recep Tayyip Erdoğan met with a Hamas delegation.",
    ],
)
def test_dateline_not_found(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("url", "year"),
    [
        ("https://example.com/world/2025/01/22/talks-resume", 2025),
        ("https://example.com/2024-11-05/vote/", 2024),
        ("https://example.com/world/talks-resume", None),
        (None, None),
    ],
)
def test_year_from_url(url, year):
    assert year_from_url(url) == year


def test_pipeline_fills_published_from_the_dateline(pipeline):
    text = (
        "ANKARA, Jan. 22, 2025 (Reuters) - Turkish President Recep Tayyip Erdoğan met "
        "a Hamas delegation on Wednesday, weeks after a ceasefire took effect on January 19."
    )
    article = pipeline.extract(text)
    assert article.published == "2025-01-22"
    assert article.published_basis == "dateline"
    values = {t.text: t.value for t in article.times}
    assert values["Wednesday"] == "2025-01-22"
    assert values["January 19"] == "2025-01-19"


def test_pipeline_uses_the_url_year_for_a_dateline_without_one(pipeline):
    text = "ANKARA, Jan 22 (Reuters) - Turkish officials met a Hamas delegation on Monday."
    article = pipeline.extract(text, url="https://example.com/2025/01/22/turkey-hamas")
    assert article.published == "2025-01-22"
    assert article.published_basis == "dateline"
    assert [t.value for t in article.times if t.text == "Monday"] == ["2025-01-20"]


def test_pipeline_leaves_a_yearless_dateline_unguessed(pipeline):
    article = pipeline.extract("ANKARA, Jan 22 (Reuters) - Officials met on Monday.")
    assert article.published is None
    assert article.published_basis == "unknown"
    assert [t.value for t in article.times if t.text == "Monday"] == ["XXXX-WXX-1"]


def test_pipeline_prefers_a_given_date_over_the_dateline(pipeline):
    article = pipeline.extract(
        "ANKARA, Jan. 22, 2025 (Reuters) - Officials met on Monday.", published="2025-01-23"
    )
    assert article.published == "2025-01-23"
    assert article.published_basis == "given"
