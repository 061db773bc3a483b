"""The article view: the text cut into segments, each with the records whose spans cover it.

Records overlap (an entity inside a quote, a figure inside a claim), so the text is cut
at every span boundary and each piece lists every record covering it, innermost first.
The pieces are shown in order, so the text appears exactly once, and the page styles a
piece by all of its records at once. :func:`records` gives each record's details for
the side panel as label/value rows with their links.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from urllib.parse import urlencode

from newsgraph.records import Article, Entity, Span
from newsgraph.web.queries import entity_href, timeline_href

__all__ = ["Mark", "Segment", "article_view", "marks", "records", "segments"]

# Order among records of the same length: the more specific first.
_KIND_ORDER = {"entity": 0, "quantity": 1, "time": 2, "trigger": 3, "cue": 4, "source": 5}


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: the record it belongs to (``entity:E1``) and how it is shown."""

    start: int
    end: int
    ref: str
    kind: str  # entity, time, quantity, trigger, cue, source, content
    css: str  # the classes it gives the text it covers

    def rank(self) -> tuple[int, int]:
        return self.end - self.start, _KIND_ORDER.get(self.kind, 9)


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the text with every mark covering it, innermost first."""

    start: int
    text: str
    marks: tuple[Mark, ...]
    href: str | None  # the entity page, where an entity mention covers the piece

    @property
    def classes(self) -> str:
        return " ".join(dict.fromkeys(css for m in self.marks for css in m.css.split()))

    @property
    def refs(self) -> str:
        return " ".join(dict.fromkeys(m.ref for m in self.marks))


def marks(article: Article) -> list[Mark]:
    """The highlighted spans of every record (event evidence sentences are not highlighted)."""
    found: list[Mark] = []

    def add(span: Span | None, ref: str, kind: str, css: str) -> None:
        if span is not None and span.end > span.start:
            found.append(Mark(span.start, span.end, ref, kind, css))

    for ent in article.entities:
        for mention in ent.mentions:
            add(mention, f"entity:{ent.id}", "entity", f"hl m-entity ent-{ent.type}")
    for tx in article.times:
        add(tx.span, f"time:{tx.id}", "time", "hl m-time")
    for qty in article.quantities:
        add(qty.span, f"quantity:{qty.id}", "quantity", "hl m-quantity")
    for att in article.attributions:
        ref = f"attribution:{att.id}"
        add(att.cue, ref, "cue", "hl m-cue")
        add(att.source.span if att.source else None, ref, "source", "hl m-source")
        add(att.content, ref, "content", "hl m-content")
    for ev in article.events:
        add(ev.trigger, f"event:{ev.id}", "trigger", f"hl m-trigger ev-{ev.type}")
    return found


def segments(text: str, found: list[Mark], hrefs: dict[str, str] | None = None) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece keeps the marks covering it.

    ``hrefs`` maps a record ref to a link (the entity pages); a piece covered by an
    entity mention links to the innermost such entity. The pieces' texts, joined, are
    exactly ``text``.
    """
    hrefs = hrefs or {}
    usable = [m for m in found if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    pending = sorted(usable, key=lambda m: m.start)
    active: list[Mark] = []
    nxt = 0
    pieces: list[Segment] = []
    for start, end in pairwise(cuts):
        while nxt < len(pending) and pending[nxt].start <= start:
            active.append(pending[nxt])
            nxt += 1
        # Every boundary is a cut, so a mark still open at ``start`` covers the whole piece.
        active = [m for m in active if m.end > start]
        covering = tuple(sorted(active, key=Mark.rank))
        href = next((hrefs[m.ref] for m in covering if m.ref in hrefs), None)
        pieces.append(Segment(start, text[start:end], covering, href))
    return pieces


def _entity_link(article: Article, entity_id: str | None) -> dict[str, Any] | None:
    ent = article.entity(entity_id) if entity_id else None
    if ent is None:
        return None
    return {"text": ent.name, "href": entity_href(ent.key), "ref": f"entity:{ent.id}"}


def _row(label: str, value: Any, *, href: str | None = None, ref: str | None = None) -> Any:
    return {"label": label, "value": value, "href": href, "ref": ref}


def _links(article: Article, entity_ids: list[str]) -> list[dict[str, Any]]:
    return [link for i in entity_ids if (link := _entity_link(article, i)) is not None]


def _entity_record(article: Article, ent: Entity) -> dict[str, Any]:
    aliases = list(dict.fromkeys(m.text for m in ent.mentions))
    rows = [
        _row("type", ent.type),
        _row("name", ent.name),
        _row("mentions", len(ent.mentions)),
        _row("also called", ", ".join(a for a in aliases if a != ent.name) or None),
        _row("country", ent.country),
    ]
    for role in ent.roles:
        affiliation = _entity_link(article, role.affiliation)
        title = role.title + (f" ({role.time})" if role.time else "")
        rows.append(
            _row(
                "role",
                title + (f", {affiliation['text']}" if affiliation else ""),
                href=affiliation["href"] if affiliation else None,
            )
        )
    if ent.place is not None:
        place = ent.place
        where = ", ".join(str(p) for p in (place.name, place.admin1, place.country_code) if p)
        rows.append(_row("place", where or None))
        if place.latitude is not None and place.longitude is not None:
            rows.append(_row("coordinates", f"{place.latitude:.3f}, {place.longitude:.3f}"))
        if place.geonames_id is not None:
            rows.append(_row("GeoNames id", place.geonames_id))
    rows.append(_row("key", ent.key))
    return {
        "kind": "entity",
        "title": ent.name,
        "subtitle": ent.type,
        "href": entity_href(ent.key),
        "link": "open the entity page",
        "rows": rows,
    }


def records(article: Article) -> dict[str, dict[str, Any]]:
    """Each record's details for the side panel, keyed by ref (``event:V1``)."""
    times = {t.id: t for t in article.times}
    quantities = {q.id: q for q in article.quantities}
    found: dict[str, dict[str, Any]] = {}
    for ent in article.entities:
        found[f"entity:{ent.id}"] = _entity_record(article, ent)
    for tx in article.times:
        anchor = times.get(tx.anchor or "")
        found[f"time:{tx.id}"] = {
            "kind": "time",
            "title": tx.text,
            "subtitle": tx.type,
            "rows": [
                _row("value", tx.value),
                _row("type", tx.type),
                _row("modifier", tx.mod),
                _row(
                    "anchor",
                    anchor.text if anchor else tx.anchor,
                    ref=f"time:{anchor.id}" if anchor else None,
                ),
            ],
        }
    for att in article.attributions:
        source = att.source
        who = _entity_link(article, source.entity) if source else None
        found[f"attribution:{att.id}"] = {
            "kind": "attribution",
            "title": att.cue.text,
            "subtitle": f"{att.kind} attribution" + (", hedged" if att.hedged else ""),
            "rows": [
                _row("kind", att.kind),
                _row("hedged", "yes" if att.hedged else "no"),
                _row("confidence", None if att.confidence is None else f"{att.confidence:.2f}"),
                _row("cue", att.cue.text),
                _row(
                    "source",
                    who["text"] if who else (source.span.text if source and source.span else None),
                    href=who["href"] if who else None,
                ),
                _row("content", att.content.text if att.content else None),
            ],
        }
    for qty in article.quantities:
        counted = qty.counted
        place = _entity_link(article, qty.place)
        when = times.get(qty.time or "")
        att_ref = f"attribution:{qty.attribution}" if qty.attribution else None
        claim = found.get(att_ref or "")
        about = counted.category if counted else None
        figures = None
        if about:
            figures = "/figures?" + urlencode(
                {"about": about, **({"place": place["text"]} if place else {})}
            )
        found[f"quantity:{qty.id}"] = {
            "kind": "quantity",
            "title": qty.text,
            "subtitle": f"figure: {about}" if about else "figure",
            "href": figures,
            "link": "this figure by source over time" if figures else None,
            "rows": [
                _row("value", _number(qty.value)),
                _row("qualifier", qty.qualifier),
                _row(
                    "range",
                    f"{_number(qty.low)}–{_number(qty.high)}" if qty.low is not None else None,
                ),
                _row("unit", qty.unit),
                _row("counted", counted.span.text if counted and counted.span else None),
                _row("category", about),
                _row(
                    "place", place["text"] if place else None, href=place["href"] if place else None
                ),
                _row(
                    "time",
                    f"{when.text} ({when.value})" if when else None,
                    ref=f"time:{when.id}" if when else None,
                ),
                _row("according to", _claim_source(claim), ref=att_ref),
                _row("concerns", ", ".join(x["text"] for x in _links(article, qty.entities))),
            ],
        }
    for ev in article.events:
        found[f"event:{ev.id}"] = _event_record(article, ev, times, quantities, found)
    return found


def _number(value: float | None) -> str | None:
    """A value as people write it: 4,000,000 rather than 4000000.0."""
    if value is None:
        return None
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


def _claim_source(claim: dict[str, Any] | None) -> str | None:
    if claim is None:
        return None
    source = next((r for r in claim["rows"] if r["label"] == "source"), None)
    return str(source["value"]) if source and source["value"] else claim["title"]


def _event_record(
    article: Article,
    ev: Any,
    times: dict[str, Any],
    quantities: dict[str, Any],
    found: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    place = _entity_link(article, ev.place)
    when = times.get(ev.time or "")
    att_ref = f"attribution:{ev.attribution}" if ev.attribution else None
    rows = [
        _row("type", ev.type + (f" ({ev.mode})" if ev.mode else "")),
        _row("CAMEO", ev.cameo),
        _row("status", ev.status),
        _row("trigger", ev.trigger.text),
    ]
    for label, ids, spans in (
        ("source", ev.sources, ev.source_spans),
        ("target", ev.targets, ev.target_spans),
        ("participant", ev.participants, []),
    ):
        links = _links(article, ids)
        for link in links:
            rows.append(_row(label, link["text"], href=link["href"], ref=link["ref"]))
        if not links:  # a phrase that names no entity ("a car bomb")
            rows.extend(_row(label, span.text) for span in spans)
    if when is not None:
        rows.append(_row("time", f"{when.text} ({when.value})", ref=f"time:{when.id}"))
    elif ev.time_basis == "publication":
        rows.append(_row("time", f"publication date ({article.published or 'unknown'})"))
    if place is not None:
        rows.append(_row("place", place["text"], href=place["href"], ref=place["ref"]))
    for label, qid in (("dead", ev.dead), ("injured", ev.injured)):
        qty = quantities.get(qid or "")
        if qty is not None:
            rows.append(_row(label, qty.text, ref=f"quantity:{qty.id}"))
    if att_ref:
        rows.append(_row("according to", _claim_source(found.get(att_ref)), ref=att_ref))
    rows.append(_row("confidence", None if ev.confidence is None else round(ev.confidence, 2)))
    rows.append(_row("evidence", ev.evidence.text))
    actor = article.entity((ev.sources or ev.targets or [""])[0])
    return {
        "kind": "event",
        "title": f"{ev.type}: {ev.trigger.text}",
        "subtitle": ev.status,
        "href": timeline_href(type=ev.type, actor=actor.key if actor else None),
        "link": "more events of this type" + (f" with {actor.name}" if actor else ""),
        "rows": rows,
    }


def article_view(article: Article) -> dict[str, Any]:
    """Everything the article page shows: segments, records, and lists for the sidebar."""
    found = marks(article)
    hrefs = {f"entity:{e.id}": entity_href(e.key) for e in article.entities}
    by_type: dict[str, list[dict[str, Any]]] = {}
    for ent in sorted(article.entities, key=lambda e: (-len(e.mentions), e.name)):
        by_type.setdefault(ent.type, []).append(
            {
                "ref": f"entity:{ent.id}",
                "name": ent.name,
                "href": hrefs[f"entity:{ent.id}"],
                "mentions": len(ent.mentions),
            }
        )
    return {
        "segments": segments(article.text, found, hrefs),
        "records": records(article),
        "entities_by_type": sorted(by_type.items(), key=lambda kv: (-len(kv[1]), kv[0])),
        "events": [
            {"ref": f"event:{ev.id}", "type": ev.type, "trigger": ev.trigger.text}
            for ev in sorted(article.events, key=lambda e: e.trigger.start)
        ],
        "counts": {
            "entities": len(article.entities),
            "times": len(article.times),
            "quantities": len(article.quantities),
            "attributions": len(article.attributions),
            "events": len(article.events),
        },
    }
