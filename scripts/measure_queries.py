"""Measure the latency of the store's queries (the `Store` methods the CLI and API call).

Opens a store, takes its arguments from the store itself (the most reported entities,
random entities further down the list, places, event types, stories, figure topics,
words for full-text search), runs each query N times with those arguments varied, one at
a time in this process, and prints the median, p95 and max in milliseconds::

    python scripts/measure_queries.py news.db --runs 200
    python scripts/measure_queries.py news.db --json results.json

Each run opens no new connection: it measures the query, as a long-running server or
notebook would see it, with SQLite's page cache warmed by the earlier runs.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsgraph.store import EventFilter, Store

Query = Callable[[random.Random], Any]


def queries(store: Store) -> dict[str, Query]:
    """Each query by name, as a function of a random source that picks its arguments."""
    top = store.entities(limit=50)
    deeper = store.entities(limit=2000)[50:] or top
    people = store.entities(type="PERSON", limit=200) or top
    places = [e["name"] for e in store.entities(type="GPE", limit=100)] or ["London"]
    countries = sorted({e["country"] for e in top if e.get("country")}) or ["US"]
    stories = [s["id"] for s in store.stories(limit=200)]
    types = ["ASSAULT", "CONSULT", "AGREE", "ACCUSE", "COERCE", "SUPPORT", None]
    topics = ["killed", "wounded", "arrested", "money", "people", "displaced"]
    words = [e["name"].split()[-1] for e in top if e["name"]] or ["government"]

    def pick(items: list[Any], r: random.Random) -> Any:
        return r.choice(items)

    def an_entity(r: random.Random) -> dict[str, Any]:
        return pick(top if r.random() < 0.5 else deeper, r)

    measured: dict[str, Query] = {
        "entities": lambda r: store.entities(type=pick(["PERSON", "ORG", "GPE", None], r)),
        "entities --country": lambda r: store.entities(country=pick(countries, r)),
        "entities --search": lambda r: store.entities(search=pick(words, r)[:4]),
        "entity (id)": lambda r: store.entity(an_entity(r)["id"]),
        "entity (name)": lambda r: store.entity(pick(people, r)["name"]),
        "events": lambda r: store.events(EventFilter(type=pick(types, r))),
        "events --actor": lambda r: store.events(EventFilter(actor=an_entity(r)["id"])),
        "events --place --since": lambda r: store.events(
            EventFilter(place=pick(places, r), since=f"{r.randint(2004, 2017)}-01-01")
        ),
        "timeline --entity": lambda r: store.timeline(EventFilter(actor=an_entity(r)["id"])),
        "figures --about": lambda r: store.figures(about=pick(topics, r)),
        "figures --about --place": lambda r: store.figures(
            about=pick(topics, r), place=pick(places, r)
        ),
        "search": lambda r: store.search(pick(words, r)),
        "stories": lambda r: store.stories(entity=pick([None, an_entity(r)["id"]], r)),
    }
    if stories:
        measured["story"] = lambda r: store.story(pick(stories, r))
        measured["timeline --story"] = lambda r: store.timeline(EventFilter(story=pick(stories, r)))
    return measured


def measure(store: Store, runs: int, seed: int) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for name, query in queries(store).items():
        rng = random.Random(f"{seed}:{name}")
        query(rng)  # the first run warms the page cache for this query's tables
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            query(rng)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        results[name] = {
            "median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 2),
            "max_ms": round(times[-1], 2),
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="the store to measure")
    parser.add_argument("--runs", type=int, default=100, help="runs of each query")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    with Store(args.db) as store:
        articles = store.count()
        results = measure(store, args.runs, args.seed)
    print(f"{args.db}: {articles:,} articles, {args.runs} runs per query")
    print(f"{'query':28} {'median ms':>10} {'p95 ms':>10} {'max ms':>10}")
    for name, row in results.items():
        print(f"{name:28} {row['median_ms']:>10.2f} {row['p95_ms']:>10.2f} {row['max_ms']:>10.2f}")
    if args.json:
        args.json.write_text(json.dumps({"articles": articles, "queries": results}, indent=2))


if __name__ == "__main__":
    main()
