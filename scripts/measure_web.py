"""Measure the HTTP API and the web UI over a store: API latency and page load times.

Starts ``newsgraph serve`` on the store (a separate process, so that the measuring client
does not share the server's interpreter), samples article ids, entity references, names,
places, event types and figure topics from the API itself, then

- sends N requests to each API endpoint, one at a time, with filters and references
  varied over the samples, and reports the median, p95 and max latency (client side,
  whole request over a kept-alive connection);
- opens every page in Playwright with Debian's chromium, R times each, and reports the
  load time (navigation start to the ``load`` event, from Navigation Timing).

::

    python scripts/measure_web.py /tmp/web300.db --requests 200 --rounds 5
    python scripts/measure_web.py news.db --json results.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def running_server(db: Path) -> Iterator[str]:
    """``newsgraph serve DB`` on a free port, read-only; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "NEWSGRAPH_TOKEN": ""}
    command = [sys.executable, "-m", "newsgraph", "serve", str(db), "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(url + "/api/stats", timeout=10).raise_for_status()
                break
            except httpx.TransportError:
                if process.poll() is not None:
                    message = process.stderr.read().decode() if process.stderr else ""
                    raise SystemExit(message) from None
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not start within 120 s") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def samples(client: httpx.Client) -> dict[str, list[Any]]:
    """What to vary the requests over, taken from the store through the API."""
    articles = client.get("/api/articles", params={"limit": 1000}).json()["items"]
    entities = client.get("/api/entities", params={"limit": 300}).json()["items"]
    events = client.get("/api/events", params={"limit": 1000}).json()["items"]
    figures = client.get("/api/figures", params={"limit": 1000}).json()["items"]
    places = client.get("/api/places", params={"limit": 100}).json()["items"]
    words = [w for a in articles for w in (a.get("title") or "").split() if w.isalpha()]
    return {
        "ids": [a["id"] for a in articles],
        "total": [client.get("/api/articles", params={"limit": 1}).json()["total"]],
        "refs": [e["href"].removeprefix("/entities/") for e in entities],
        "names": [e["name"] for e in entities[:100]],
        "types": sorted({e["type"] for e in entities}),
        "event_types": sorted({e["type"] for e in events}) or ["ASSAULT"],
        "places": [p["name"] for p in places] or ["London"],
        "topics": sorted({f["about"] for f in figures if f.get("about")}) or ["killed"],
        "words": [w for w in words if len(w) > 4] or ["the"],
    }


def api_requests(s: dict[str, list[Any]], rng: random.Random) -> dict[str, Callable[[], str]]:
    """One maker of a varied request path per endpoint."""

    def pick(key: str) -> Any:
        return rng.choice(s[key])

    def maybe(value: Any) -> Any:
        return value if rng.random() < 0.5 else None

    def path(base: str, **params: Any) -> str:
        given = {k: v for k, v in params.items() if v is not None}
        return base + (
            "?" + "&".join(f"{k}={quote(str(v))}" for k, v in given.items()) if given else ""
        )

    total = s["total"][0]
    return {
        "articles": lambda: path("/api/articles", offset=rng.randrange(max(total - 50, 1))),
        "articles?q": lambda: path("/api/articles", q=pick("words")),
        "articles/{id}": lambda: path("/api/articles/" + pick("ids")),
        "entities": lambda: path(
            "/api/entities", type=maybe(pick("types")), search=maybe(pick("names")[:4])
        ),
        "entities/{ref}": lambda: path("/api/entities/" + pick("refs")),
        "events": lambda: path(
            "/api/events",
            type=maybe(pick("event_types")),
            actor=maybe(pick("names")),
            place=maybe(pick("places")),
        ),
        "timeline": lambda: path("/api/timeline", entity=pick("names")),
        "figures": lambda: path("/api/figures", about=pick("topics"), place=maybe(pick("places"))),
        "stats": lambda: "/api/stats",
        "network": lambda: path("/api/network", type=maybe(pick("event_types"))),
        "places": lambda: path("/api/places", type=maybe(pick("event_types"))),
    }


def measure_api(
    client: httpx.Client, makers: dict[str, Callable[[], str]], n: int
) -> list[dict[str, Any]]:
    rows = []
    for name, make in makers.items():
        client.get(make())  # warm the connection and the server's caches
        times = []
        for _ in range(n):
            started = time.perf_counter()
            response = client.get(make())
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{response.request.url}: {response.status_code} {response.text}")
        times.sort()
        rows.append(
            {
                "endpoint": name,
                "n": n,
                "median_ms": statistics.median(times),
                "p95_ms": times[min(len(times) - 1, round(0.95 * len(times)) - 1)],
                "max_ms": times[-1],
            }
        )
    return rows


def measure_pages(
    url: str, s: dict[str, list[Any]], rounds: int, rng: random.Random
) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    pages: dict[str, Callable[[], str]] = {
        "/": lambda: "/",
        "/?q=": lambda: "/?q=" + quote(rng.choice(s["words"])),
        "/articles/{id}": lambda: "/articles/" + rng.choice(s["ids"]),
        "/entities": lambda: "/entities",
        "/entities/{ref}": lambda: "/entities/" + rng.choice(s["refs"]),
        "/timeline": lambda: "/timeline",
        "/network": lambda: "/network",
        "/map": lambda: "/map",
        "/figures": lambda: "/figures?about=" + quote(rng.choice(s["topics"])),
        "/docs": lambda: "/docs",
    }
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        for name, make in pages.items():
            times = []
            for _ in range(rounds):
                page.goto(url + make(), wait_until="load")
                times.append(
                    page.evaluate(
                        "() => { const n = performance.getEntriesByType('navigation')[0];"
                        " return n.loadEventEnd - n.startTime; }"
                    )
                )
            times.sort()
            rows.append(
                {
                    "page": name,
                    "n": rounds,
                    "median_ms": statistics.median(times),
                    "max_ms": times[-1],
                }
            )
        browser.close()
    return rows


def table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    def cell(value: Any) -> str:
        return f"{value:.1f}" if isinstance(value, float) else str(value)

    widths = {c: max(len(c), *(len(cell(r[c])) for r in rows)) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns)]
    lines += [
        "  ".join(
            cell(r[c]).ljust(widths[c]) if isinstance(r[c], str) else cell(r[c]).rjust(widths[c])
            for c in columns
        )
        for r in rows
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="the store to serve")
    parser.add_argument("--requests", type=int, default=100, help="requests per API endpoint")
    parser.add_argument("--rounds", type=int, default=5, help="loads of each page")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-pages", action="store_true", help="measure the API only")
    parser.add_argument("--json", type=Path, help="also write the results here as JSON")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no such store")
    rng = random.Random(args.seed)
    with running_server(args.db) as url, httpx.Client(base_url=url, timeout=60) as client:
        sampled = samples(client)
        stats = client.get("/api/stats").json()
        print(
            f"store {args.db}: {stats['articles']:,} articles, {stats['entities']:,} entities, "
            f"{stats['events']:,} events, {stats['file_size'] / 1e6:.1f} MB"
        )
        api = measure_api(client, api_requests(sampled, rng), args.requests)
        print("\nAPI latency (ms, sequential requests, client side)")
        print(table(api, ["endpoint", "n", "median_ms", "p95_ms", "max_ms"]))
        pages: list[dict[str, Any]] = []
        if not args.no_pages:
            pages = measure_pages(url, sampled, args.rounds, rng)
            print("\nPage load (ms, navigation start to the load event, chromium)")
            print(table(pages, ["page", "n", "median_ms", "max_ms"]))
    if args.json:
        args.json.write_text(
            json.dumps({"db": str(args.db), "stats": stats, "api": api, "pages": pages}, indent=2),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
