"""Article entities to corpus entities: find candidates, decide, write the link and counts.

Candidates come from ``corpus_names``: every name a corpus entity has been called by,
filed under its folded words (a person's given names and surname; the content words of
other names, and an organization's initials). Each decision reads only what earlier
articles wrote, so linking the articles again in the same order gives the same result.

- Places: one GeoNames id, one place; the same name with another GeoNames id or country
  is another place.
- People: full names agree by :func:`~newsgraph.corpus.names.same_person`. A single word
  ("Erdoğan", "Mohammed") joins a full-named person only when the context of the
  article (the corpus entities already linked in it, the person's titles and country)
  supports one candidate clearly above the others; else it joins the person known by
  that single word, or starts one.
- Organizations, groups of people, other kinds: their names agree in words, in any
  order, or as an acronym of the other.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsgraph.corpus import names
from newsgraph.corpus.names import PersonName
from newsgraph.stages._entities.gazetteer import fold

# Linking order inside one article: what needs context comes after what gives it.
_ORDER = {"PLACE": 0, "ORG": 1, "NORP": 2}
# Recent articles of a candidate whose entities count as its company.
_COMPANY_ARTICLES = 40
# Candidates of a single-word name whose company is looked at, most mentioned first.
_MAX_CONTEXT_CANDIDATES = 6
# Candidate rows read for one name at most: a bound on the work for a very common word.
_MAX_CANDIDATE_ROWS = 400
# A single-word name joins the best candidate only when it scores this many times the next.
_DOMINANCE = 2.0
_ROLE_SUPPORT = 0.5
_ROLE_FACTOR = 2.0
_COUNTRY_SUPPORT = 0.5


@dataclass(slots=True)
class ArticleEntity:
    """One stored article entity with what linking reads of it."""

    id: str
    type: str
    family: str
    name: str
    key: str
    country: str | None
    geonames_id: int | None
    place_name: str | None
    latitude: float | None
    longitude: float | None
    mentions: Counter[str] = field(default_factory=Counter)
    titles: set[str] = field(default_factory=set)  # role titles, lower case

    @property
    def person(self) -> PersonName | None:
        return names.person_name(self.name) if self.family == "PERSON" else None


@dataclass(slots=True)
class Candidate:
    """A corpus entity that might be the article entity, with the names that found it."""

    id: str
    rowid: int
    name: str
    country: str | None
    geonames_id: int | None
    articles: int
    multi: bool  # known by a full name (for people: given name and surname)
    names: set[str] = field(default_factory=set)


def corpus_entity_id(article_id: str, entity_id: str) -> str:
    """The id of a corpus entity first seen as this article entity: stable and short."""
    return "ent_" + hashlib.sha1(f"{article_id}/{entity_id}".encode()).hexdigest()[:12]


def read_entities(conn: sqlite3.Connection, article_id: str) -> list[ArticleEntity]:
    """The article's entities in order, with mention counts by text and role titles."""
    found = [
        ArticleEntity(
            id=row[0],
            type=row[1],
            family=names.family(row[1]),
            name=row[2],
            key=row[3],
            country=row[4],
            geonames_id=row[5],
            place_name=row[6],
            latitude=row[7],
            longitude=row[8],
        )
        for row in conn.execute(
            "SELECT id, type, name, key, country, place_geonames_id, place_name, "
            "place_latitude, place_longitude FROM entities WHERE article_id = ? ORDER BY ord",
            (article_id,),
        )
    ]
    by_id = {e.id: e for e in found}
    for entity_id, text, n in conn.execute(
        "SELECT entity_id, text, count(*) FROM mentions WHERE article_id = ? GROUP BY 1, 2",
        (article_id,),
    ):
        if entity_id in by_id:
            by_id[entity_id].mentions[text] += n
    for entity_id, title in conn.execute(
        "SELECT entity_id, title FROM roles WHERE article_id = ?", (article_id,)
    ):
        if entity_id in by_id:
            by_id[entity_id].titles.add(title.casefold())
    return found


def _link_order(entity: ArticleEntity) -> int:
    if entity.family == "PERSON":
        person = entity.person
        return 5 if person is None or person.is_single else 4
    return _ORDER.get(entity.family, 3)


class EntityLinker:
    """Links the entities of one article; ``links`` maps article entity id → corpus id."""

    def __init__(
        self, conn: sqlite3.Connection, article_id: str, *, original: str | None, counted: bool
    ) -> None:
        self.conn = conn
        self.article_id = article_id
        self.original = original  # the article this one nearly duplicates
        self.counted = counted
        self.links: dict[str, str] = {}
        self._idf_total: int | None = None
        self._entities: list[ArticleEntity] = []
        self._full_names_linked: list[ArticleEntity] = []
        self._candidate_cache: dict[str, Candidate] = {}

    # -- deciding ------------------------------------------------------------------

    def link(self, entities: list[ArticleEntity]) -> None:
        """Decide a corpus entity for every article entity, creating those not yet known."""
        self._entities = entities
        copied = self._links_of_original(entities) if self.original else {}
        ordered = sorted(enumerate(entities), key=lambda p: (_link_order(p[1]), p[0]))
        for _, entity in ordered:
            corpus_id = copied.get(entity.id) or self._decide(entity)
            if corpus_id is None:
                corpus_id = self._create(entity)
            self.links[entity.id] = corpus_id
            self._file_names(corpus_id, entity)

    def _links_of_original(self, entities: list[ArticleEntity]) -> dict[str, str]:
        """A near-duplicate's entities go where the same keys of its original went."""
        by_key = {
            key: corpus_id
            for key, corpus_id in self.conn.execute(
                "SELECT e.key, l.corpus_id FROM entities e JOIN entity_links l "
                "ON l.article_id = e.article_id AND l.entity_id = e.id "
                "WHERE e.article_id = ? ORDER BY e.ord DESC",
                (self.original,),
            )
        }
        return {e.id: by_key[e.key] for e in entities if e.key in by_key}

    def _decide(self, entity: ArticleEntity) -> str | None:
        if entity.family == "PLACE" and entity.geonames_id is not None:
            row = self.conn.execute(
                "SELECT id FROM corpus_entities WHERE geonames_id = ? AND family = 'PLACE' "
                "ORDER BY rowid LIMIT 1",
                (entity.geonames_id,),
            ).fetchone()
            if row is not None:
                return str(row[0])
        person = entity.person
        if person is not None:
            return self._decide_person(entity, person)
        return self._decide_by_name(entity)

    def _candidates(self, entity: ArticleEntity, words: Iterable[str]) -> dict[str, Candidate]:
        """Corpus entities of the family filed under any of ``words``, with matching names."""
        words = list(dict.fromkeys(words))
        if not words:
            return {}
        marks = ", ".join("?" * len(words))
        rows = self.conn.execute(
            f"SELECT name, corpus_id FROM corpus_names WHERE family = ? AND token IN ({marks}) "
            f"LIMIT {_MAX_CANDIDATE_ROWS}",
            (entity.family, *words),
        ).fetchall()
        found_names: defaultdict[str, set[str]] = defaultdict(set)
        for name, corpus_id in rows:
            found_names[corpus_id].add(name)
        if not found_names:
            return {}
        ids = sorted(found_names)
        marks = ", ".join("?" * len(ids))
        candidates = {}
        for row in self.conn.execute(
            f"SELECT id, rowid, name, country, geonames_id, articles, multi "
            f"FROM corpus_entities WHERE id IN ({marks})",
            ids,
        ):
            candidates[row[0]] = self._candidate_cache[row[0]] = Candidate(
                id=row[0],
                rowid=row[1],
                name=row[2],
                country=row[3],
                geonames_id=row[4],
                articles=row[5],
                multi=bool(row[6]),
                names=found_names[row[0]],
            )
        return candidates

    def _candidate(self, corpus_id: str) -> Candidate:
        return self._candidate_cache[corpus_id]

    def _decide_by_name(self, entity: ArticleEntity) -> str | None:
        kind = entity.family
        best: tuple[float, int, int, str] | None = None
        for c in self._candidates(entity, names.query_tokens(entity.name, kind)).values():
            if kind == "PLACE" and not _places_agree(entity, c):
                continue
            score = max(names.similar(entity.name, name, kind) for name in c.names)
            if score <= 0:
                continue
            rank = (score, c.articles, -c.rowid, c.id)
            if best is None or rank > best:
                best = rank
        return best[3] if best else None

    def _decide_person(self, entity: ArticleEntity, person: PersonName) -> str | None:
        if person.is_single:
            return self._decide_single_word(entity, person.surname)
        # Another person named in full in this article is never the same entity.
        taken = {
            self.links[e.id]
            for e in self._full_names_linked
            if (p := e.person) is not None and not names.same_person(person, p)
        }
        full: list[tuple[float, int, int, str]] = []
        bare: list[Candidate] = []
        for c in self._candidates(entity, [person.surname]).values():
            if c.id in taken:
                continue
            parsed = [p for p in (names.person_name(n) for n in c.names) if p is not None]
            full_names = [p for p in parsed if not p.is_single]
            # Every full name the entity has had must agree, so that names do not chain
            # ("Zou Hong / China Daily" ~ "China Daily" ~ "Fu Jing / China Daily").
            if full_names and all(names.same_person(person, p) for p in full_names):
                exact = any(n == fold(entity.name) for n in c.names)
                full.append((float(exact), c.articles, -c.rowid, c.id))
            elif not full_names and any(p.surname == person.surname for p in parsed):
                bare.append(c)
        self._full_names_linked.append(entity)
        if len(full) > 1:
            # Several people go by the name as written: the one the context supports.
            support = self._support(entity, [self._candidate(f[3]) for f in full])
            return max(full, key=lambda f: (support.get(f[3], 0.0), f))[3]
        if full:
            return full[0][3]
        # A person known so far by the surname alone ("President Trump") takes the full
        # name when the context supports it and no other full name here shares the surname.
        namesakes = [
            e for e in self._entities
            if (p := e.person) is not None and not p.is_single and p.surname == person.surname
        ]  # fmt: skip
        if (
            len(bare) == 1
            and len(namesakes) == 1
            and self._support(entity, bare).get(bare[0].id, 0.0) > 0
        ):
            return bare[0].id
        return None

    def _decide_single_word(self, entity: ArticleEntity, word: str) -> str | None:
        # The article names one person in full with this word: it is that person.
        here = {
            self.links[e.id]
            for e in self._entities
            if e.id in self.links
            and (p := e.person) is not None
            and not p.is_single
            and word in p.core
        }
        if len(here) == 1:
            return here.pop()
        candidates = self._candidates(entity, [word])
        folded = fold(entity.name)
        same_word = [
            c for c in candidates.values() if not c.multi and any(
                (p := names.person_name(n)) is not None and p.surname == word for n in c.names
            )
        ]  # fmt: skip
        full = [
            c
            for c in candidates.values()
            if c.multi
            and any(
                (p := names.person_name(n)) is not None
                and not p.is_single
                and word in (p.surname, p.given[0])  # "Erdoğan", "Xi" (Jinping)
                for n in c.names
            )
        ]
        if full:
            prior = self._alias_mentions([c.id for c in full], word, folded)
            full.sort(key=lambda c: (-prior.get(c.id, 0), -c.articles, c.rowid))
            full = full[:_MAX_CONTEXT_CANDIDATES]
            support = self._support(entity, full)
            # How often each was called by this word so far, as a share: "Trump" alone has
            # meant Donald Trump far more often than Ivanka Trump. The context weighs it.
            # A candidate without support still counts against the others; the one chosen
            # must have some.
            total = sum(prior.get(c.id, 0) for c in full) + len(full)
            scored = sorted(
                (
                    ((support[c.id] + 1.0) * (prior.get(c.id, 0) + 1) / total, -c.rowid, c.id)
                    for c in full
                ),
                reverse=True,
            )
            dominant = len(scored) == 1 or scored[0][0] >= _DOMINANCE * scored[1][0]
            if dominant and support[scored[0][2]] > 0:
                return scored[0][2]
        if same_word:
            return min(same_word, key=lambda c: c.rowid).id
        return None

    def _alias_mentions(self, ids: list[str], word: str, folded: str) -> dict[str, int]:
        """How often each candidate was mentioned by this single word already."""
        marks = ", ".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT corpus_id, sum(mentions) FROM corpus_aliases "
            f"WHERE corpus_id IN ({marks}) AND folded IN (?, ?) GROUP BY corpus_id",
            (*ids, word, folded),
        )
        return {row[0]: int(row[1] or 0) for row in rows}

    def _support(self, entity: ArticleEntity, candidates: list[Candidate]) -> dict[str, float]:
        """How much the article supports each candidate: shared company (weighted by how
        rare each companion is), the same title, the same country."""
        context = sorted(set(self.links.values()))
        support: dict[str, float] = {}
        weights = self._weights(context)
        for c in candidates:
            score = 0.0
            if context:
                # The entities of the candidate's recent articles, read by article (an
                # index on the context's entities would read every article of "China").
                company = {
                    row[0]
                    for row in self.conn.execute(
                        "SELECT l2.corpus_id FROM entity_links l2 WHERE l2.article_id IN "
                        "(SELECT article_id FROM entity_links WHERE corpus_id = ? "
                        f"ORDER BY rowid DESC LIMIT {_COMPANY_ARTICLES})",
                        (c.id,),
                    )
                } & set(context)
                score += sum(weights[x] for x in company if x != c.id)
            if entity.country and entity.country == c.country:
                score += _COUNTRY_SUPPORT
            if entity.titles:
                # The same title ("first lady", "president") tells namesakes apart.
                titles = {
                    row[0]
                    for row in self.conn.execute(
                        "SELECT title FROM corpus_roles WHERE corpus_id = ?", (c.id,)
                    )
                }
                if titles & entity.titles:
                    score = score * _ROLE_FACTOR + _ROLE_SUPPORT
                elif titles:
                    score /= _ROLE_FACTOR
            support[c.id] = score
        return support

    def _weights(self, ids: list[str]) -> dict[str, float]:
        """An inverse document frequency for each corpus entity: rare companions weigh more."""
        if not ids:
            return {}
        if self._idf_total is None:
            self._idf_total = int(
                self.conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
            )
        total = self._idf_total
        marks = ", ".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, articles FROM corpus_entities WHERE id IN ({marks})", ids
        )
        return {row[0]: math.log((total + 2) / (row[1] + 1)) for row in rows}

    # -- writing -------------------------------------------------------------------

    def _create(self, entity: ArticleEntity) -> str:
        corpus_id = corpus_entity_id(self.article_id, entity.id)
        person = entity.person
        name = entity.place_name or entity.name if entity.family == "PLACE" else entity.name
        self.conn.execute(
            "INSERT INTO corpus_entities (id, type, family, name, key, country, multi, "
            "geonames_id, latitude, longitude, first_article) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                corpus_id,
                entity.type,
                entity.family,
                name,
                entity.key,
                entity.country,
                int(_is_multi(entity.name, entity.family, person)),
                entity.geonames_id,
                entity.latitude,
                entity.longitude,
                self.article_id,
            ),
        )
        return corpus_id

    def _file_names(self, corpus_id: str, entity: ArticleEntity) -> None:
        folded = fold(entity.name)
        self.conn.executemany(
            "INSERT OR IGNORE INTO corpus_names (family, token, name, corpus_id) "
            "VALUES (?, ?, ?, ?)",
            [
                (entity.family, token, folded, corpus_id)
                for token in names.block_tokens(entity.name, entity.family)
            ],
        )

    def write(self, entities: list[ArticleEntity], published: str | None) -> None:
        """Store the links and, for a counted article, update the corpus entities."""
        self.conn.executemany(
            "INSERT INTO entity_links (article_id, entity_id, corpus_id) VALUES (?, ?, ?)",
            [(self.article_id, e.id, self.links[e.id]) for e in entities],
        )
        aliases: Counter[tuple[str, str]] = Counter()
        full_names: Counter[tuple[str, str]] = Counter()
        titles: Counter[tuple[str, str]] = Counter()
        countries: Counter[tuple[str, str]] = Counter()
        mentions: Counter[str] = Counter()
        for e in entities:
            corpus_id = self.links[e.id]
            full_names[corpus_id, e.name] += 1
            for text, n in e.mentions.items():
                mentions[corpus_id] += n
                if text[:1].isupper() or text[:1].isdigit():  # not "the president"
                    aliases[corpus_id, text] += n
            for title in e.titles:
                titles[corpus_id, title] += 1
            if e.country:
                countries[corpus_id, e.country] += 1
        counted = int(self.counted)
        rows = {(c, a): (n, 0) for (c, a), n in aliases.items()}
        for (c, a), n in full_names.items():
            rows[c, a] = (rows.get((c, a), (0, 0))[0], n)
        self.conn.executemany(
            "INSERT INTO corpus_aliases (corpus_id, alias, folded, mentions, names) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (corpus_id, alias) DO UPDATE SET "
            "mentions = mentions + excluded.mentions, names = names + excluded.names",
            [(c, a, fold(a), n * counted, k * counted) for (c, a), (n, k) in sorted(rows.items())],
        )
        # A place first known by name alone takes the gazetteer entry it turns out to be.
        self.conn.executemany(
            "UPDATE corpus_entities SET geonames_id = ?, latitude = ?, longitude = ?, "
            "name = coalesce(?, name) WHERE id = ? AND geonames_id IS NULL",
            [
                (e.geonames_id, e.latitude, e.longitude, e.place_name, self.links[e.id])
                for e in entities
                if e.family == "PLACE" and e.geonames_id is not None
            ],
        )
        if not self.counted:
            return
        self.conn.executemany(
            "INSERT INTO corpus_roles (corpus_id, title, n) VALUES (?, ?, ?) "
            "ON CONFLICT (corpus_id, title) DO UPDATE SET n = n + excluded.n",
            [(c, t, n) for (c, t), n in sorted(titles.items())],
        )
        self.conn.executemany(
            "INSERT INTO corpus_countries (corpus_id, country, n) VALUES (?, ?, ?) "
            "ON CONFLICT (corpus_id, country) DO UPDATE SET n = n + excluded.n",
            [(c, cc, n) for (c, cc), n in sorted(countries.items())],
        )
        day = published[:10] if published else None
        for corpus_id in sorted(set(self.links.values())):
            self.conn.execute(
                "UPDATE corpus_entities SET articles = articles + 1, mentions = mentions + :n, "
                "first_seen = CASE WHEN first_seen IS NULL OR :day < first_seen THEN :day "
                "ELSE first_seen END, "
                "last_seen = CASE WHEN last_seen IS NULL OR :day > last_seen THEN :day "
                "ELSE last_seen END WHERE id = :id",
                {"n": mentions[corpus_id], "day": day, "id": corpus_id},
            )
        # Adding to the name or country an entity already goes by changes neither.
        ids = sorted(set(self.links.values()))
        current = {
            row[0]: (row[1], row[2])
            for row in self.conn.execute(
                "SELECT id, name, country FROM corpus_entities "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
        }
        touched = {c for c, name in full_names if name != current[c][0]}
        touched |= {c for c, cc in countries if cc != current[c][1]}
        for corpus_id in sorted(touched):
            self._refresh(corpus_id)

    def _refresh(self, corpus_id: str) -> None:
        """The best full name, its key, and the most frequent country of a corpus entity."""
        row = self.conn.execute(
            "SELECT family, geonames_id FROM corpus_entities WHERE id = ?", (corpus_id,)
        ).fetchone()
        kind, geonames_id = row[0], row[1]
        if kind == "PLACE" and geonames_id is not None:
            name_row = None  # a resolved place keeps its gazetteer name
        else:
            options = [
                (alias, n)
                for alias, n in self.conn.execute(
                    "SELECT alias, names FROM corpus_aliases WHERE corpus_id = ? AND names > 0",
                    (corpus_id,),
                )
            ]
            name_row = max(options, key=lambda o: _name_rank(o[0], o[1], kind), default=None)
        country = self.conn.execute(
            "SELECT country FROM corpus_countries WHERE corpus_id = ? "
            "ORDER BY n DESC, country LIMIT 1",
            (corpus_id,),
        ).fetchone()
        if name_row is not None:
            key = self.conn.execute(
                "SELECT e.key FROM entity_links l JOIN entities e "
                "ON e.article_id = l.article_id AND e.id = l.entity_id "
                "WHERE l.corpus_id = ? AND e.name = ? ORDER BY l.rowid LIMIT 1",
                (corpus_id, name_row[0]),
            ).fetchone()
            self.conn.execute(
                "UPDATE corpus_entities SET name = ?, key = coalesce(?, key), multi = ? "
                "WHERE id = ?",
                (
                    name_row[0],
                    key[0] if key else None,
                    int(_is_multi(name_row[0], kind, names.person_name(name_row[0]))),
                    corpus_id,
                ),
            )
        if country is not None:
            self.conn.execute(
                "UPDATE corpus_entities SET country = ? WHERE id = ?", (country[0], corpus_id)
            )


def _is_multi(name: str, kind: str, person: PersonName | None) -> bool:
    if kind == "PERSON":
        return person is not None and not person.is_single
    return len(names.tokens(name)) > 1


def _name_rank(alias: str, count: int, kind: str) -> tuple[int, int, int, int, str]:
    """Which name a corpus entity goes by: a full name, written as usual, most used."""
    person = names.person_name(alias) if kind == "PERSON" else None
    full = int(_is_multi(alias, kind, person)) if kind == "PERSON" else 0
    return (full, int(not alias.isupper()), count, len(alias), alias)


def _places_agree(entity: ArticleEntity, c: Candidate) -> bool:
    """A place named alike is the same place unless the gazetteer or country says not."""
    if entity.geonames_id is not None and c.geonames_id is not None:
        return entity.geonames_id == c.geonames_id
    return not (entity.country and c.country and entity.country != c.country)
