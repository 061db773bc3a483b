"""The record contract: the types every surface of newsgraph reads and writes.

One article yields one :class:`Article`. Every record that points at text carries
Python string offsets into ``Article.text``, and ``text[start:end] == span.text``
holds for every span (see :func:`check_spans`).

Changing a field here is a schema change: bump :data:`SCHEMA_VERSION` and add a
migration in ``newsgraph.store.migrations``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from newsgraph.errors import SpanError

SCHEMA_VERSION = 4

#: The top-level keys of an article's JSON form, in order.
ARTICLE_KEYS = (
    "id",
    "text",
    "title",
    "url",
    "outlet",
    "published",
    "language",
    "pipeline_version",
    "schema_version",
    "entities",
    "times",
    "quantities",
    "attributions",
    "events",
)

PublishedBasis = Literal["given", "html-metadata", "dateline", "unknown"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(start=data["start"], end=data["end"], text=data["text"])


def _span_or_none(data: dict[str, Any] | None) -> Span | None:
    return Span.from_dict(data) if data else None


@dataclass(slots=True, kw_only=True)
class Role:
    """A role the text gives an entity: "Turkish Foreign Minister" → title, affiliation."""

    title: str
    affiliation: str | None = None  # entity id of the organization or country, if known
    time: str | None = None  # TIMEX3 value or "former"/"current"
    evidence: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "affiliation": self.affiliation,
            "time": self.time,
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Role:
        return cls(
            title=data["title"],
            affiliation=data.get("affiliation"),
            time=data.get("time"),
            evidence=_span_or_none(data.get("evidence")),
        )


@dataclass(slots=True, kw_only=True)
class Place:
    """A gazetteer entry a GPE/LOC/FAC entity resolves to; unknown fields stay None."""

    geonames_id: int | None = None
    name: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature_class: str | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "geonames_id": self.geonames_id,
            "name": self.name,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "feature_class": self.feature_class,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(**{k: data.get(k) for k in cls.__slots__})


@dataclass(slots=True, kw_only=True)
class Entity:
    """A person, organization, place, … with every mention of it in the article."""

    id: str
    type: str  # PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW, PRODUCT, WORK_OF_ART, LANGUAGE
    name: str  # the fullest name in the article
    mentions: list[Span]
    roles: list[Role] = field(default_factory=list)
    place: Place | None = None
    key: str = ""  # for cross-document identity
    country: str | None = None  # ISO 3166-1 alpha-2 of a place or a nationality ("TR")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "mentions": [m.to_dict() for m in self.mentions],
            "roles": [r.to_dict() for r in self.roles],
            "place": self.place.to_dict() if self.place else None,
            "key": self.key,
            "country": self.country,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            type=data["type"],
            name=data["name"],
            mentions=[Span.from_dict(m) for m in data["mentions"]],
            roles=[Role.from_dict(r) for r in data.get("roles", [])],
            place=Place.from_dict(data["place"]) if data.get("place") else None,
            key=data.get("key", ""),
            country=data.get("country"),
        )


@dataclass(slots=True, kw_only=True)
class TimeExpression:
    """A TIMEX3 time expression: "on Wednesday" → DATE 2025-01-22."""

    id: str
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TIMEX3 value: 2025-01-22, 2024-11, P15M, XXXX-01-19, PRESENT_REF, …
    mod: str | None = None  # APPROX, MORE_THAN, LESS_THAN, START, MID, END, …
    anchor: str | None = None  # "publication", the id of an earlier time, or "absolute"

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "anchor": self.anchor,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeExpression:
        return cls(
            id=data["id"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            type=data["type"],
            value=data["value"],
            mod=data.get("mod"),
            anchor=data.get("anchor"),
        )


@dataclass(slots=True, kw_only=True)
class Counted:
    """What a quantity counts: the noun phrase and its category (killed, hostages, …)."""

    span: Span | None
    category: str  # killed, wounded, missing, hostages, prisoners, … people, other

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict() if self.span else None, "category": self.category}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Counted:
        return cls(span=_span_or_none(data.get("span")), category=data["category"])


@dataclass(slots=True, kw_only=True)
class Quantity:
    """A number that counts something: "at least 46,707 Palestinians" killed."""

    id: str
    start: int
    end: int
    text: str
    value: float | None  # the number, or the ratio for "one out of every 50"
    qualifier: str = "exact"  # exact, at least, at most, about, more than, … ratio, range
    low: float | None = None
    high: float | None = None
    # "%", "pp" or "bp" (percentage or basis points), the ISO 4217 currency of money ("USD"),
    # or a measure ("km")
    unit: str | None = None
    counted: Counted | None = None
    entities: list[str] = field(default_factory=list)  # entity ids it concerns
    place: str | None = None  # entity id
    time: str | None = None  # time expression id
    attribution: str | None = None  # attribution id of the claim it sits in

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "qualifier": self.qualifier,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "counted": self.counted.to_dict() if self.counted else None,
            "entities": list(self.entities),
            "place": self.place,
            "time": self.time,
            "attribution": self.attribution,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        return cls(
            id=data["id"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            value=data.get("value"),
            qualifier=data.get("qualifier", "exact"),
            low=data.get("low"),
            high=data.get("high"),
            unit=data.get("unit"),
            counted=Counted.from_dict(data["counted"]) if data.get("counted") else None,
            entities=list(data.get("entities", [])),
            place=data.get("place"),
            time=data.get("time"),
            attribution=data.get("attribution"),
        )


@dataclass(slots=True, kw_only=True)
class Source:
    """Who says so: always a span, and the entity id where the source is a known entity."""

    span: Span | None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "span": self.span.to_dict() if self.span else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(span=_span_or_none(data.get("span")), entity=data.get("entity"))


@dataclass(slots=True, kw_only=True)
class Attribution:
    """A claim and who makes it: cue ("said", "according to"), source, content."""

    id: str
    cue: Span
    source: Source | None
    content: Span | None
    kind: str  # direct, indirect, according-to, document, belief
    hedged: bool = False
    # How often cues found this way, with this classifier score, were right on PolNeAR dev
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cue": self.cue.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "content": self.content.to_dict() if self.content else None,
            "kind": self.kind,
            "hedged": self.hedged,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        return cls(
            id=data["id"],
            cue=Span.from_dict(data["cue"]),
            source=Source.from_dict(data["source"]) if data.get("source") else None,
            content=_span_or_none(data.get("content")),
            kind=data["kind"],
            hedged=bool(data.get("hedged", False)),
            confidence=data.get("confidence"),
        )


@dataclass(slots=True, kw_only=True)
class Event:
    """Who did what to whom, coded with PLOVER (and CAMEO for GDELT-style export)."""

    id: str
    type: str  # PLOVER: AGREE, CONSULT, … ASSAULT
    trigger: Span
    evidence: Span  # the sentence
    mode: str | None = None
    cameo: str | None = None
    sources: list[str] = field(default_factory=list)  # entity ids
    targets: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    # The phrases naming each source and target, entities or not ("a car bomb").
    source_spans: list[Span] = field(default_factory=list)
    target_spans: list[Span] = field(default_factory=list)
    time: str | None = None  # time expression id
    time_basis: str | None = None  # "expression" (``time``), "publication", or None
    place: str | None = None  # entity id
    status: str = "asserted"  # asserted, negated, hypothetical, reported
    attribution: str | None = None
    dead: str | None = None  # quantity id of the people killed
    injured: str | None = None  # quantity id of the people wounded
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "trigger": self.trigger.to_dict(),
            "sources": list(self.sources),
            "targets": list(self.targets),
            "participants": list(self.participants),
            "source_spans": [s.to_dict() for s in self.source_spans],
            "target_spans": [s.to_dict() for s in self.target_spans],
            "time": self.time,
            "time_basis": self.time_basis,
            "place": self.place,
            "status": self.status,
            "attribution": self.attribution,
            "dead": self.dead,
            "injured": self.injured,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            id=data["id"],
            type=data["type"],
            trigger=Span.from_dict(data["trigger"]),
            evidence=Span.from_dict(data["evidence"]),
            mode=data.get("mode"),
            cameo=data.get("cameo"),
            sources=list(data.get("sources", [])),
            targets=list(data.get("targets", [])),
            participants=list(data.get("participants", [])),
            source_spans=[Span.from_dict(s) for s in data.get("source_spans", [])],
            target_spans=[Span.from_dict(s) for s in data.get("target_spans", [])],
            time=data.get("time"),
            time_basis=data.get("time_basis"),
            place=data.get("place"),
            status=data.get("status", "asserted"),
            attribution=data.get("attribution"),
            dead=data.get("dead"),
            injured=data.get("injured"),
            confidence=data.get("confidence"),
        )


@dataclass(slots=True, kw_only=True)
class Article:
    """One article and everything found in it; ``text`` is what all offsets index into."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    published_basis: PublishedBasis = "unknown"  # how `published` was found
    language: str = "en"
    pipeline_version: str = ""
    schema_version: int = SCHEMA_VERSION
    metadata: dict[str, Any] = field(default_factory=dict)  # input fields we do not model
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: exactly the keys in :data:`ARTICLE_KEYS`."""
        return {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
            "pipeline_version": self.pipeline_version,
            "schema_version": self.schema_version,
            "entities": [e.to_dict() for e in self.entities],
            "times": [t.to_dict() for t in self.times],
            "quantities": [q.to_dict() for q in self.quantities],
            "attributions": [a.to_dict() for a in self.attributions],
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            text=data["text"],
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            published=data.get("published"),
            published_basis=data.get("published_basis", "unknown"),
            language=data.get("language", "en"),
            pipeline_version=data.get("pipeline_version", ""),
            schema_version=data.get("schema_version", SCHEMA_VERSION),
            metadata=dict(data.get("metadata") or {}),
            entities=[Entity.from_dict(e) for e in data.get("entities", [])],
            times=[TimeExpression.from_dict(t) for t in data.get("times", [])],
            quantities=[Quantity.from_dict(q) for q in data.get("quantities", [])],
            attributions=[Attribution.from_dict(a) for a in data.get("attributions", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
        )

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)


def iter_spans(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span of every record, with a label naming where it sits."""
    for ent in article.entities:
        for mention in ent.mentions:
            yield f"entity {ent.id} mention", mention
        for role in ent.roles:
            if role.evidence:
                yield f"entity {ent.id} role evidence", role.evidence
    for tx in article.times:
        yield f"time {tx.id}", tx.span
    for qty in article.quantities:
        yield f"quantity {qty.id}", qty.span
        if qty.counted and qty.counted.span:
            yield f"quantity {qty.id} counted", qty.counted.span
    for att in article.attributions:
        yield f"attribution {att.id} cue", att.cue
        if att.source and att.source.span:
            yield f"attribution {att.id} source", att.source.span
        if att.content:
            yield f"attribution {att.id} content", att.content
    for ev in article.events:
        yield f"event {ev.id} trigger", ev.trigger
        yield f"event {ev.id} evidence", ev.evidence
        for span in ev.source_spans:
            yield f"event {ev.id} source", span
        for span in ev.target_spans:
            yield f"event {ev.id} target", span


def check_spans(article: Article) -> None:
    """Raise :class:`SpanError` unless ``article.text[start:end] == span.text`` for every span."""
    text = article.text
    for where, span in iter_spans(article):
        if (
            not (0 <= span.start <= span.end <= len(text))
            or text[span.start : span.end] != span.text
        ):
            raise SpanError(
                f"article {article.id}: {where} [{span.start}:{span.end}] {span.text!r} "
                f"does not match the text there ({text[span.start : span.end]!r})"
            )
