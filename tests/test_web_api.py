"""The HTTP API, through a real server on a free localhost port, over a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from newsgraph import Store
from newsgraph.cli import main
from newsgraph.web import BackgroundServer, create_app
from newsgraph.web.highlight import Mark, article_view, segments
from tests.conftest import ROOT

# (title, text, published, outlet): hand-written news in the style of the wires, one of
# them carrying markup in its title and text.
XSS_TITLE = 'Minister <script>alert("title")</script> visits <img src=x onerror=alert(1)> Ankara'
XSS_TEXT = (
    "Turkish Foreign Minister Hakan Fidan met Hamas officials in Ankara on Wednesday, the "
    'ministry said. Protesters outside carried signs reading <script>alert("xss")</script> '
    "and <img src=x onerror=alert(document.cookie)>, police said. Fidan said Turkey would "
    "send aid to Syria."
)
ARTICLES = [
    (
        "Gaza toll passes 46,000, ministry says",
        "According to the health ministry in Gaza, Israeli forces have killed at least 46,707 "
        "Palestinians in Gaza. Hamas leader Khalil al-Hayya met Egyptian officials in Cairo "
        "on Tuesday.",
        "2025-01-22",
        "Gaza Daily",
    ),
    (
        "Israel says 17,000 fighters killed",
        "Israeli officials said about 17,000 Hamas fighters had been killed in Gaza. Israeli "
        "forces attacked the Nuseirat camp in Gaza on Monday, Hamas said.",
        "2025-01-22",
        "Wire Service",
    ),
    (
        "Gaza death toll passes 47,000",
        "According to the health ministry in Gaza, at least 47,035 Palestinians have been "
        "killed in Gaza since October 2023. Israeli forces attacked a school in Gaza City on "
        "Friday, the ministry said.",
        "2025-01-25",
        "Gaza Daily",
    ),
    (
        "Talks to resume in Cairo",
        "Hamas leader Khalil al-Hayya said on Sunday that talks with Israel would resume. "
        "Egypt will host the talks in Cairo on Friday.",
        "2025-02-02",
        "Wire Service",
    ),
    (XSS_TITLE, XSS_TEXT, "2025-01-23", "Ankara Post"),
]
TOKEN = "a-long-test-token-8c1f"


@pytest.fixture(scope="session")
def web_store(pipeline, tmp_path_factory):
    """A store of the articles above, extracted by the real pipeline."""
    path = tmp_path_factory.mktemp("web") / "news.db"
    with Store(path) as store:
        for title, text, published, outlet in ARTICLES:
            store.add(pipeline.extract(text, title=title, published=published, outlet=outlet))
    return path


@pytest.fixture(scope="session")
def server(web_store):
    """The read-only server (no token, no CORS) over the store."""
    with BackgroundServer(create_app(web_store)) as running:
        yield running


@pytest.fixture(scope="session")
def api(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def writable(pipeline, tmp_path_factory):
    """A server that accepts new articles with its token and lets one other origin in."""
    path = tmp_path_factory.mktemp("web-write") / "new.db"
    app = create_app(path, token=TOKEN, cors="https://newsroom.example", max_body=1024 * 1024)
    with BackgroundServer(app) as running, httpx.Client(base_url=running.url, timeout=60) as c:
        yield c


def ids(page):
    return [item["id"] for item in page["items"]]


def test_articles_are_paginated_with_a_total(api):
    first = api.get("/api/articles", params={"limit": 2}).json()
    second = api.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    everything = api.get("/api/articles", params={"limit": 100}).json()
    assert first["total"] == second["total"] == len(ARTICLES)
    assert len(first["items"]) == len(second["items"]) == 2
    assert not set(ids(first)) & set(ids(second))
    assert ids(everything)[:4] == ids(first) + ids(second)
    assert everything["items"][0]["title"] == ARTICLES[0][0]
    assert all(item["href"] == f"/articles/{item['id']}" for item in everything["items"])


def test_article_search_counts_every_match_and_refuses_bad_syntax(api):
    page = api.get("/api/articles", params={"q": "Cairo", "limit": 1}).json()
    assert page["total"] == 2 and len(page["items"]) == 1
    assert "Cairo" in page["items"][0]["snippet"]
    rest = api.get("/api/articles", params={"q": "Cairo", "limit": 1, "offset": 1}).json()
    assert ids(rest) != ids(page) and len(rest["items"]) == 1
    bad = api.get("/api/articles", params={"q": '"unbalanced'})
    assert bad.status_code == 422 and "full-text syntax" in bad.json()["detail"]


def test_article_has_every_record_and_entity_links(api):
    listed = api.get("/api/articles", params={"q": "Nuseirat"}).json()["items"]
    article = api.get(f"/api/articles/{listed[0]['id']}").json()
    assert article["title"] == "Israel says 17,000 fighters killed"
    for key in ("entities", "times", "quantities", "attributions", "events"):
        assert article[key], key
    text = article["text"]
    for event in article["events"]:
        assert text[event["trigger"]["start"] : event["trigger"]["end"]] == event["trigger"]["text"]
    hamas = next(e for e in article["entities"] if e["name"] == "Hamas")
    assert hamas["href"] == "/entities/" + quote(hamas["key"], safe=":")
    page = api.get("/api" + hamas["href"]).json()
    assert page["name"] == "Hamas" and page["type"] == "ORG"


def test_unknown_things_are_clear_404s(api):
    response = api.get("/api/articles/0000000000000000")
    assert response.status_code == 404
    assert "no stored article" in response.json()["detail"]
    response = api.get("/api/entities/Nobody%20Atall")
    assert response.status_code == 404 and "no stored entity" in response.json()["detail"]
    assert api.get("/api/nothing-here").status_code == 404


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/articles", {"limit": 0}),
        ("/api/articles", {"offset": -1}),
        ("/api/events", {"since": "last week"}),
        ("/api/events", {"status": "rumoured"}),
        ("/api/figures", {"limit": 100_000}),
        ("/api/entities", {"country": "Turkey"}),
    ],
)
def test_bad_filters_are_422_naming_the_field(api, path, params):
    response = api.get(path, params=params)
    assert response.status_code == 422
    (field,) = params
    assert any(field in problem["message"] for problem in response.json()["detail"])


def test_entities_filter_by_type_and_search(api):
    people = api.get("/api/entities", params={"type": "PERSON"}).json()["items"]
    names = {row["name"] for row in people}
    assert {"Khalil al-Hayya", "Hakan Fidan"} <= names
    assert all(row["type"] == "PERSON" for row in people)
    assert all(row["href"].startswith("/entities/") for row in people)
    found = api.get("/api/entities", params={"search": "Hayya"}).json()["items"]
    assert [row["name"] for row in found] == ["Khalil al-Hayya"]
    one = api.get("/api/entities", params={"limit": 1, "offset": 1}).json()["items"]
    two = api.get("/api/entities", params={"limit": 2}).json()["items"]
    assert one == two[1:]


def test_entity_page_has_aliases_events_company_and_places(api):
    hayya = api.get("/api/entities", params={"search": "Hayya"}).json()["items"][0]
    page = api.get("/api" + hayya["href"]).json()
    assert page["name"] == "Khalil al-Hayya"
    assert {"Khalil al-Hayya"} <= {a["alias"] for a in page["aliases"]}
    assert "met" in {e["trigger"] for e in page["events_as_source"]}
    assert all(e["href"].startswith("/articles/") for e in page["events_as_source"])
    assert "Hamas" in {c["name"] for c in page["cooccurring"]}
    assert "Cairo" in {p["name"] for p in page["places"]}
    assert len(page["article_list"]) == 2


def test_events_filter_by_type_place_dates_and_actor(api):
    assaults = api.get("/api/events", params={"type": "ASSAULT"}).json()["items"]
    assert {e["trigger"] for e in assaults} >= {"killed", "attacked"}
    assert all(e["type"] == "ASSAULT" for e in assaults)
    in_gaza = api.get("/api/events", params={"place": "Gaza"}).json()["items"]
    assert in_gaza and all("Gaza" in e["place"] for e in in_gaza)
    late = api.get("/api/events", params={"since": "2025-02-01"}).json()["items"]
    assert late and all(e["date"] >= "2025-02-01" for e in late)
    by_fidan = api.get("/api/events", params={"actor": "Fidan"}).json()["items"]
    assert by_fidan and all("Fidan" in (e["sources"] or "") for e in by_fidan)
    event = assaults[0]
    assert event["href"] == f"/articles/{event['article_id']}#event:{event['event_id']}"
    page = api.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert page["items"] == api.get("/api/events", params={"limit": 2}).json()["items"][1:]


def test_timeline_runs_oldest_first_for_an_entity(api):
    rows = api.get("/api/timeline", params={"entity": "Hamas"}).json()["items"]
    dates = [row["date"] for row in rows if row["date"]]
    assert len(dates) >= 2 and dates == sorted(dates)


def test_figures_ledger_with_series_and_contested_values(api):
    page = api.get("/api/figures", params={"about": "killed", "place": "Gaza"}).json()
    values = {(row["value"], row["source"]) for row in page["items"]}
    assert (46707, "health ministry") in values and (47035, "health ministry") in values
    assert any(row["value"] == 17000 for row in page["items"])
    assert all(row["contested"] for row in page["items"] if row["reported"] == "2025-01-22")
    series = {s["source"]: s for s in page["series"]}
    ministry = [p["value"] for p in series["health ministry"]["points"]]
    assert ministry == [46707, 47035]  # in time order
    assert all(p["href"].startswith("/articles/") for s in page["series"] for p in s["points"])


def test_network_and_places(api):
    network = api.get("/api/network").json()
    assert network["nodes"] and network["edges"]
    ids_ = {node["id"] for node in network["nodes"]}
    assert all(e["source"] in ids_ and e["target"] in ids_ for e in network["edges"])
    assert all(node["href"].startswith("/entities/") for node in network["nodes"])
    places = api.get("/api/places").json()["items"]
    gaza = next(p for p in places if p["name"] == "Gaza" and 31 < p["latitude"] < 32)
    assert gaza["events"] >= 2 and gaza["articles"] == 3  # every article names Gaza
    assert gaza["href"] == "/timeline?place=Gaza"
    only = api.get("/api/places", params={"type": "ASSAULT"}).json()["items"]
    assert only and all(p["events"] > 0 for p in only)


def test_stories_and_their_events(api):
    stories = api.get("/api/stories").json()["items"]
    assert stories and all(s["href"] == f"/timeline?story={s['id']}" for s in stories)
    one = api.get(f"/api/stories/{stories[0]['id']}").json()
    assert one["title"] == stories[0]["title"]
    events = api.get("/api/events", params={"story": stories[0]["id"]}).json()["items"]
    story_articles = {a["id"] for a in one["article_list"]}
    assert events and {e["article_id"] for e in events} <= story_articles
    assert api.get("/api/stories/sto_nothing").status_code == 404


def test_pages_answer_errors_as_pages(api):
    missing = api.get("/articles/0000000000000000")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    assert "no stored article" in missing.text
    bad = api.get("/timeline", params={"since": "yesterday"})
    assert bad.status_code == 422 and "since must be a day" in bad.text
    assert api.get("/entities/Nobody%20Atall").status_code == 404


def test_stats_count_the_store_without_naming_its_file(api):
    stats = api.get("/api/stats").json()
    assert stats["articles"] == len(ARTICLES) and stats["events"] > 0
    assert "path" not in stats


def test_openapi_lists_every_route(api):
    paths = api.get("/openapi.json").json()["paths"]
    for path in (
        "/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{ref}",
        "/api/events", "/api/timeline", "/api/figures", "/api/stats", "/api/network",
        "/api/places",
    ):  # fmt: skip
        assert path in paths
    assert "post" in paths["/api/articles"]
    docs = api.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text


def test_without_a_token_the_server_is_read_only(api):
    response = api.post("/api/articles", json={"text": "Hamas leaders met in Doha."})
    assert response.status_code == 403
    assert "read-only" in response.json()["detail"]
    assert api.get("/api/stats").json()["articles"] == len(ARTICLES)


def test_writes_need_the_right_token(writable):
    body = {"text": "Hamas leaders met Qatari officials in Doha on Monday, Reuters reported."}
    missing = writable.post("/api/articles", json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = writable.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert writable.get("/api/stats").json()["articles"] == 0


def test_a_posted_article_is_extracted_stored_and_readable(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {
        "text": "Turkish Foreign Minister Hakan Fidan met Hamas officials in Ankara on "
        "Wednesday, the ministry said.",
        "title": "Fidan meets Hamas in Ankara",
        "published": "2025-01-22",
        "outlet": "Ankara Post",
    }
    response = writable.post("/api/articles", json=body, headers=auth)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["added"] is True
    article = writable.get(created["api"]).json()
    assert article["title"] == body["title"] and article["published"] == "2025-01-22"
    assert "Hakan Fidan" in {e["name"] for e in article["entities"]}
    assert "CONSULT" in {e["type"] for e in article["events"]}
    again = writable.post("/api/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json() == {**created, "added": False}
    unreadable = writable.post("/api/articles", json={"text": "   "}, headers=auth)
    assert unreadable.status_code == 422


def test_a_huge_body_is_refused_with_413(writable, api):
    huge = {"text": "word " * 300_000}  # 1.5 MB, over the writable server's 1 MiB
    response = writable.post(
        "/api/articles", json=huge, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 413 and "limit" in response.json()["detail"]
    # The default limit is 5 MiB, and holds for a body sent in chunks without a length.
    chunks = (b"x" * 65536 for _ in range(100))  # 6.25 MiB
    response = api.post(
        "/api/articles", content=chunks, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413


def test_no_cors_unless_asked(api, writable):
    origin = {"Origin": "https://newsroom.example"}
    assert "access-control-allow-origin" not in api.get("/api/stats", headers=origin).headers
    allowed = writable.get("/api/stats", headers=origin).headers
    assert allowed["access-control-allow-origin"] == "https://newsroom.example"
    other = writable.get("/api/stats", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers


def test_pages_carry_a_strict_content_security_policy(api):
    headers = api.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_concurrent_requests_all_answer_correctly(api, server):
    paths = [
        "/api/articles?limit=3",
        "/api/events?type=ASSAULT",
        "/api/entities?type=PERSON",
        "/api/figures?about=killed",
        "/api/network",
        "/api/places",
        "/api/stats",
        "/",
        "/timeline",
    ] * 8
    expected = {path: api.get(path).content for path in set(paths)}

    def fetch(path):
        with httpx.Client(base_url=server.url, timeout=60) as client:
            response = client.get(path)
            return path, response.status_code, response.content

    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(fetch, paths))
    assert all(status == 200 for _, status, _ in results)
    # The JSON answers are the same whichever thread's connection served them.
    assert all(body == expected[path] for path, _, body in results if path.startswith("/api"))


def test_article_view_shows_every_piece_of_text_once_in_order(pipeline):
    article = pipeline.extract(ARTICLES[0][1], published="2025-01-22")
    view = article_view(article)
    assert "".join(seg.text for seg in view["segments"]) == article.text
    hayya = next(e for e in article.entities if e.name == "Khalil al-Hayya")
    covered = [seg for seg in view["segments"] if f"entity:{hayya.id}" in seg.refs.split()]
    assert "".join(seg.text for seg in covered) == "Khalil al-Hayya"
    assert all(seg.href == "/entities/" + quote(hayya.key, safe=":") for seg in covered)
    assert set(view["records"]) >= {f"entity:{e.id}" for e in article.entities}


def test_overlapping_records_are_split_innermost_first():
    text = "the health ministry in Gaza said"
    marks = [
        Mark(4, 27, "attribution:A1", "source", "m-source"),
        Mark(4, 19, "entity:E1", "entity", "m-entity"),
        Mark(23, 27, "entity:E2", "entity", "m-entity"),
        Mark(10, 32, "event:V1", "trigger", "m-trigger"),
    ]
    pieces = segments(text, marks, {"entity:E1": "/entities/e1"})
    assert [p.text for p in pieces] == ["the ", "health", " ministry", " in ", "Gaza", " said"]
    assert pieces[1].refs == "entity:E1 attribution:A1"
    assert pieces[2].refs == "entity:E1 event:V1 attribution:A1"
    assert pieces[2].href == "/entities/e1" and pieces[3].href is None
    assert pieces[4].refs == "entity:E2 event:V1 attribution:A1"


@given(
    st.text(min_size=0, max_size=40),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=12),
)
def test_segments_always_rebuild_the_text(text, spans):
    marks = [Mark(a, b, f"time:T{i}", "time", "m-time") for i, (a, b) in enumerate(spans)]
    pieces = segments(text, marks)
    assert "".join(p.text for p in pieces) == text
    for piece in pieces:
        for mark in piece.marks:
            assert mark.start <= piece.start and piece.start + len(piece.text) <= mark.end


def test_serve_command_runs_the_server_read_only(web_store, tmp_path):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "NEWSGRAPH_TOKEN": ""}
    process = subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "serve", str(web_store), "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5).json()
                break
            except httpx.TransportError:
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert stats["articles"] == len(ARTICLES)
        post = httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": "Hello."})
        assert post.status_code == 403
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
    assert "read-only" in err


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(
        main, ["serve", str(tmp_path / "none.db")], env={"NEWSGRAPH_TOKEN": ""}
    )
    assert result.exit_code == 1 and "no such store" in result.stderr


def test_json_is_the_record_json(api, web_store):
    first = api.get("/api/articles", params={"limit": 1}).json()["items"][0]
    served = api.get(f"/api/articles/{first['id']}").json()
    with Store(web_store) as store:
        stored = store.get(first["id"])
    assert stored is not None
    expected = json.loads(json.dumps(stored.to_dict()))
    served_entities = [{k: v for k, v in e.items() if k != "href"} for e in served["entities"]]
    assert served_entities == expected["entities"]
    assert served["events"] == expected["events"] and served["text"] == expected["text"]
