"""Articles into stories, in one pass over the articles in ingest order.

An article joins the story of the earlier article (dated within :data:`WINDOW_DAYS` of
it) that shares the most with it: corpus entities and corpus events, each weighted by
how rare it is in the corpus (an inverse document frequency), so that "United States"
weighs little and "Hakan Fidan" much, and by how rare it is in the articles of the
article's outlet, so that what an outlet names in every article (its own name, its
country, its page furniture) ties nothing together. Below :data:`THRESHOLD` (the cosine
of the two weighted sets) it starts a new story. A near-duplicate joins its original's.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections import defaultdict
from datetime import date

#: Days apart an article and the article whose story it joins may be dated.
WINDOW_DAYS = 7
#: Similarity (cosine of the weighted entity and event sets) needed to join a story.
THRESHOLD = 0.25
# The rarest entities and events of an article that are looked up in other articles.
_FEATURES = 12
# Recent articles looked at for each of them.
_NEIGHBOURS = 40
# Articles compared in full, those sharing the most first.
_CANDIDATES = 6
# How much what only the article itself has counts in its length.
_UNSHARED = 0.25
# Articles of an outlet before its habits weigh fully (a smoothing of small counts).
_OUTLET_PRIOR = 4
# Entities two articles must share to be one story, unless they report one event.
_MIN_SHARED = 3


def story_id(article_id: str) -> str:
    """The id of a story that begins with this article."""
    return "sto_" + hashlib.sha1(article_id.encode()).hexdigest()[:12]


def assign(
    conn: sqlite3.Connection,
    article_id: str,
    *,
    title: str | None,
    day: str | None,
    outlet: str | None,
    original: str | None,
    entities: set[str],
    events: set[str],
) -> str:
    """Put the article in a story, creating one if none fits; return the story id."""
    chosen: str | None = None
    score = 1.0
    if original is not None:
        row = conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (original,)
        ).fetchone()
        chosen = row[0] if row else None
    else:
        _count_outlet(conn, outlet, entities)
        chosen, score = _best_story(conn, article_id, day, outlet, entities, events)
    if chosen is None:
        chosen = story_id(article_id)
        conn.execute(
            "INSERT INTO stories (id, title, first_date, last_date, first_article) "
            "VALUES (?, ?, ?, ?, ?)",
            (chosen, title, day, day, article_id),
        )
        score = 1.0
    conn.execute(
        "INSERT INTO story_articles (story_id, article_id, score) VALUES (?, ?, ?)",
        (chosen, article_id, round(score, 4)),
    )
    if original is None:
        # The title is the earliest article's: a new article dated before the story takes it.
        conn.execute(
            """
            UPDATE stories SET
                articles = articles + 1,
                title = CASE WHEN :day IS NOT NULL AND (first_date IS NULL OR :day < first_date)
                             AND :title IS NOT NULL THEN :title ELSE coalesce(title, :title) END,
                first_date = CASE WHEN first_date IS NULL OR :day < first_date
                                  THEN coalesce(:day, first_date) ELSE first_date END,
                last_date = CASE WHEN last_date IS NULL OR :day > last_date
                                 THEN coalesce(:day, last_date) ELSE last_date END
            WHERE id = :id
            """,
            {"id": chosen, "day": day, "title": title},
        )
    return chosen


def _count_outlet(conn: sqlite3.Connection, outlet: str | None, entities: set[str]) -> None:
    """Count the article among its outlet's, and its entities among the outlet's."""
    name = outlet or ""
    conn.execute(
        "INSERT INTO outlets (outlet, articles) VALUES (?, 1) "
        "ON CONFLICT (outlet) DO UPDATE SET articles = articles + 1",
        (name,),
    )
    conn.executemany(
        "INSERT INTO outlet_entities (outlet, corpus_id, articles) VALUES (?, ?, 1) "
        "ON CONFLICT (outlet, corpus_id) DO UPDATE SET articles = articles + 1",
        [(name, corpus_id) for corpus_id in sorted(entities)],
    )


def _best_story(
    conn: sqlite3.Connection,
    article_id: str,
    day: str | None,
    outlet: str | None,
    entities: set[str],
    events: set[str],
) -> tuple[str | None, float]:
    """The story of the most similar recent article, if similar enough."""
    total = int(conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]) + 1
    mine = _Vector(conn, total, outlet, entities, events)
    if not mine.weights:
        return None, 0.0
    # Candidates: recent articles that share the article's rarest entities or its events
    # (of those another article has: the rest cannot be shared).
    shareable = sorted(
        (x for x in mine.weights if mine.counts[x] > 1 and mine.weights[x] > 0),
        key=lambda x: (-mine.weights[x], x),
    )
    found: defaultdict[str, float] = defaultdict(float)
    for x in shareable[:_FEATURES]:
        if x.startswith("evt_"):
            sql = (
                "SELECT DISTINCT article_id FROM event_reports "
                "WHERE corpus_event_id = ? AND article_id != ?"
            )
        else:
            sql = (
                "SELECT DISTINCT article_id FROM (SELECT article_id FROM entity_links "
                "WHERE corpus_id = ? AND article_id != ? "
                f"ORDER BY rowid DESC LIMIT {_NEIGHBOURS})"
            )
        for (other,) in conn.execute(sql, (x, article_id)):
            found[other] += mine.weights[x]
    ranked = sorted(found, key=lambda o: (-found[o], o))[:_CANDIDATES]
    if not ranked:
        return None, 0.0
    marks = ", ".join("?" * len(ranked))
    info = {
        row[0]: (row[1], row[2], row[3])
        for row in conn.execute(
            f"SELECT sa.article_id, sa.story_id, substr(a.published, 1, 10), a.outlet "
            f"FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            f"WHERE sa.article_id IN ({marks})",
            ranked,
        )
    }
    best: tuple[float, str] | None = None
    for other in ranked:
        if other not in info or not _near(day, info[other][1]):
            continue
        theirs = _Vector(conn, total, info[other][2], *_features(conn, other))
        common = [x for x in mine.weights if x in theirs.weights]
        if len(common) < _MIN_SHARED and not any(x.startswith("evt_") for x in common):
            continue
        shared = sum(mine.weights[x] * theirs.weights[x] for x in common)
        lengths = mine.norm() * theirs.norm()
        score = shared / lengths if lengths else 0.0
        if best is None or (score, info[other][0]) > best:
            best = (score, info[other][0])
    if best is None or best[0] < THRESHOLD:
        return None, 0.0
    return best[1], best[0]


def _near(day: str | None, other: str | None) -> bool:
    if day is None or other is None:
        return True
    apart = abs((date.fromisoformat(day) - date.fromisoformat(other)).days)
    return apart <= WINDOW_DAYS


def _features(conn: sqlite3.Connection, article_id: str) -> tuple[set[str], set[str]]:
    """An article's corpus entities and corpus events."""
    entities = {
        row[0]
        for row in conn.execute(
            "SELECT corpus_id FROM entity_links WHERE article_id = ?", (article_id,)
        )
    }
    events = {
        row[0]
        for row in conn.execute(
            "SELECT corpus_event_id FROM event_reports WHERE article_id = ?", (article_id,)
        )
    }
    return entities, events


class _Vector:
    """An article's entities and events, weighted; ``counts``: in how many articles each is."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        total: int,
        outlet: str | None,
        entities: set[str],
        events: set[str],
    ) -> None:
        self.weights: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        row = conn.execute("SELECT articles FROM outlets WHERE outlet = ?", (outlet or "",))
        found = row.fetchone()
        outlet_total = int(found[0]) if found else 0
        ids = json.dumps(sorted(entities))
        for corpus_id, articles, in_outlet in conn.execute(
            "SELECT ce.id, ce.articles, coalesce(oe.articles, 0) FROM corpus_entities ce "
            "LEFT JOIN outlet_entities oe ON oe.outlet = ? AND oe.corpus_id = ce.id "
            "WHERE ce.id IN (SELECT value FROM json_each(?))",
            (outlet or "", ids),
        ):
            self.counts[corpus_id] = articles
            # Named in most of the outlet's articles: the outlet's habit, not the story.
            habit = min(1.0, max(0, in_outlet - 1) / (outlet_total + _OUTLET_PRIOR))
            self.weights[corpus_id] = _idf(total, articles) * (1.0 - habit)
        for corpus_id, articles in conn.execute(
            "SELECT id, num_articles FROM corpus_events "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(events)),),
        ):
            self.counts[corpus_id] = articles
            self.weights[corpus_id] = _idf(total, articles)

    def norm(self) -> float:
        """The vector's length; what only this article has weighs less, so that a long
        article is not kept from every story by its own details."""
        return math.sqrt(
            sum(w * w * (1.0 if self.counts[x] > 1 else _UNSHARED) for x, w in self.weights.items())
        )


def _idf(total: int, articles: int) -> float:
    return math.log((total + 1) / max(articles, 1))
