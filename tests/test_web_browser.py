"""The web UI in a real browser: Playwright driving Debian's chromium against a real server.

Each page is opened, checked for its content, timed (navigation start to the ``load``
event, from the browser's own Navigation Timing) and photographed into
``$NEWSGRAPH_SCREENSHOTS`` (default ``build/screenshots/``), with the load times in
``load_times.json`` beside the pictures.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests import test_web_api
from tests.conftest import ROOT
from tests.test_web_api import ARTICLES, XSS_TITLE

# The store and the server of the API tests, shared for the session.
web_store = test_web_api.web_store
server = test_web_api.server
api = test_web_api.api

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(os.environ.get("NEWSGRAPH_SCREENSHOTS") or ROOT / "build" / "screenshots")
LOAD_TIMES: dict[str, float] = {}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "load_times.json").write_text(
        json.dumps(LOAD_TIMES, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


@pytest.fixture
def page(browser, server):
    """A fresh page that fails the test on any script error or dialog."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    opened.on(
        "console",
        lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None,
    )
    opened.on(
        "dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    yield opened
    context.close()
    assert not problems, problems


def open_page(page, path: str, name: str) -> float:
    """Go to ``path``, wait for the page to settle, record its load time and screenshot it.

    The load times are written to ``load_times.json`` beside the screenshots; how fast
    pages load is measured by ``scripts/measure_web.py``, not asserted here.
    """
    response = page.goto(path, wait_until="load")
    assert response is not None and response.status == 200, (
        f"{path}: {response and response.status}"
    )
    page.wait_for_load_state("networkidle")
    load_ms = page.evaluate(
        "() => { const n = performance.getEntriesByType('navigation')[0];"
        " return n.loadEventEnd - n.startTime; }"
    )
    LOAD_TIMES[name] = round(load_ms, 1)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    assert load_ms > 0, f"{path} never reached its load event"
    return float(load_ms)


def article_path(api, query: str) -> str:
    items = api.get("/api/articles", params={"q": query}).json()["items"]
    return str(items[0]["href"])


def test_articles_page_lists_and_searches(page):
    open_page(page, "/", "articles")
    titles = page.locator("ol.articles a.title").all_inner_texts()
    assert set(titles) == {title for title, *_ in ARTICLES}
    page.fill("header .search input[name=q]", "Nuseirat")
    page.press("header .search input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q=Nuseirat"))
    assert page.locator("ol.articles a.title").all_inner_texts() == [
        "Israel says 17,000 fighters killed"
    ]
    assert page.locator(".snippet mark").first.inner_text() == "Nuseirat"
    open_page(page, "/?q=Nuseirat", "search")


def test_article_view_highlights_every_kind_of_record(page, api):
    open_page(page, article_path(api, "Nuseirat"), "article")
    text = page.locator("#article-text")
    for kind in ("m-entity", "m-time", "m-quantity", "m-trigger", "m-cue"):
        assert text.locator(f".{kind}").count() > 0, kind
    # The text is shown once, whole, in order.
    article = api.get("/api" + article_path(api, "Nuseirat")).json()
    assert text.inner_text() == article["text"]
    page.locator("#article-text .m-quantity").first.click()
    detail = page.locator("#detail")
    assert "17,000" in detail.locator("h2").inner_text()
    assert "about" in detail.inner_text()  # the qualifier
    assert "killed" in detail.inner_text()  # what is counted
    page.locator(".event-list button.pick").first.click()
    assert "event" in detail.locator(".meta").inner_text()
    assert page.locator("#article-text .selected").count() > 0


def test_clicking_a_highlighted_entity_lands_on_its_entity_page(page, api):
    open_page(page, article_path(api, "Hayya"), "article-hayya")
    mention = page.locator("#article-text a.m-entity", has_text="Khalil al-Hayya").first
    mention.click()  # the first click shows the entity in the side panel
    assert page.locator("#detail h2").inner_text() == "Khalil al-Hayya"
    assert "/articles/" in page.url
    mention.click()  # the second follows its link
    page.wait_for_url(re.compile(r"/entities/"))
    assert page.locator("h1#entity-name").inner_text().startswith("Khalil al-Hayya")
    assert "met" in page.locator("#events-as-source").inner_text()
    open_page(page, page.url, "entity")
    assert page.locator("#map circle.marker").count() > 0  # Cairo, where he met officials
    assert "Hamas" in page.locator("#cooccurring").inner_text()


def test_entities_page_filters_by_type(page):
    open_page(page, "/entities", "entities")
    assert page.locator("#entity-table tbody tr").count() >= 5
    page.select_option("form.filters select[name=type]", "PERSON")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"type=PERSON"))
    types = page.locator("#entity-table tbody td:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"PERSON"}


def test_timeline_filters_by_type(page):
    open_page(page, "/timeline", "timeline")
    everything = page.locator("#event-table tbody tr").count()
    assert page.locator("#chart a.event-point circle").count() > 0
    page.select_option("#timeline-filters select[name=type]", "ASSAULT")
    page.click("#timeline-filters button[type=submit]")
    page.wait_for_url(re.compile(r"type=ASSAULT"))
    rows = page.locator("#event-table tbody tr")
    assert 0 < rows.count() < everything
    assert {rows.nth(i).get_attribute("data-type") for i in range(rows.count())} == {"ASSAULT"}
    dots = page.locator("#chart a.event-point")
    assert dots.count() == rows.count()  # every assault here is dated
    open_page(page, page.url, "timeline-assault")
    dots.first.click()
    page.wait_for_url(re.compile(r"/articles/.*#event:"))
    assert "ASSAULT" in page.locator("#detail h2").inner_text()


def test_network_draws_actors_and_a_click_opens_one(page):
    open_page(page, "/network", "network")
    nodes = page.evaluate("() => window.newsgraphNetwork.nodes().length")
    edges = page.evaluate("() => window.newsgraphNetwork.edges().length")
    assert nodes >= 2 and edges >= 1
    box = page.locator("#network").bounding_box()
    target = page.evaluate(
        "() => { const n = window.newsgraphNetwork.nodes()[0]; const p = n.renderedPosition();"
        " return {x: p.x, y: p.y, href: n.data('href')}; }"
    )
    page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    page.wait_for_url(re.compile(r"/entities/"))
    assert unquote(page.url).endswith(unquote(target["href"]))
    assert page.locator("h1#entity-name").count() == 1


def test_map_shows_countries_and_markers(page):
    open_page(page, "/map", "map")
    page.wait_for_function("document.querySelectorAll('#map path.country').length > 100")
    markers = page.locator("#map circle.marker:not(.quiet)")
    assert markers.count() >= 2  # Gaza and Cairo have events
    radii = [float(markers.nth(i).get_attribute("r")) for i in range(markers.count())]
    assert max(radii) > min(radii)  # sized by their counts
    open_page(page, "/map", "map")  # again, with the countries drawn, for the picture
    # The markers with events are drawn last, the smallest on top: the last is clickable.
    page.locator("#map a.place-marker", has=page.locator("circle.marker:not(.quiet)")).last.click()
    page.wait_for_url(re.compile(r"/timeline\?place="))
    assert page.locator("#event-table tbody tr[data-type]").count() > 0


def test_figures_chart_has_a_point_per_dated_report(page):
    open_page(page, "/figures?about=killed&place=Gaza", "figures")
    rows = page.locator("#figure-table tbody tr")
    points = page.locator("#chart a.figure-point circle.point")
    assert points.count() == rows.count() >= 3
    assert page.locator("#chart a.figure-point.contested").count() >= 2
    assert page.locator("#chart path.series").count() >= 1  # the ministry's two reports
    legend = page.locator("#figure-legend").inner_text()
    assert "health ministry" in legend
    page.locator("#chart a.figure-point").first.click()
    page.wait_for_url(re.compile(r"/articles/.*#quantity:"))
    assert "killed" in page.locator("#detail").inner_text()


def test_api_docs_render_offline(page):
    open_page(page, "/docs", "docs")
    page.wait_for_selector("#swagger-ui .opblock", timeout=10_000)
    assert page.locator("#swagger-ui .opblock").count() >= 10


def test_markup_in_an_article_is_shown_as_text_and_never_runs(page, api):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    open_page(page, "/", "articles-with-markup")
    assert XSS_TITLE in page.locator("ol.articles").inner_text()
    path = article_path(api, "Protesters")
    open_page(page, path, "article-with-markup")
    assert page.locator("h1#article-title").inner_text() == XSS_TITLE
    text = page.locator("#article-text").inner_text()
    assert '<script>alert("xss")</script>' in text
    assert "<img src=x onerror=alert(document.cookie)>" in text
    assert page.locator("#article-text script, #article-text img, h1 img, h1 script").count() == 0
    # Clicking through its records renders their text as text, too.
    highlights = page.locator("#article-text span.hl")
    assert highlights.count() > 0
    for i in range(highlights.count()):
        highlights.nth(i).click()
    assert page.locator("#detail script, #detail img").count() == 0
    open_page(page, "/?q=onerror", "search-markup")
    assert "onerror" in page.locator(".snippet").first.inner_text()
    page.wait_for_timeout(300)
    assert dialogs == []
