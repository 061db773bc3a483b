"""From the coded event to the record: the entities its actors are, its evidence sentence,
and the time, place, attribution and casualty figures attached to it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.records import Event, Span
from newsgraph.stages._events.model import Actor, Coded
from newsgraph.stages._events.parse import PLACE_PREPS, PLACE_TYPES, prep_objects
from newsgraph.stages._events.phrases import phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from newsgraph.records import Article, Entity

_CASUALTY_TYPES = frozenset({"ASSAULT", "COERCE"})


def to_event(
    coded: Coded,
    sent: SpacySpan,
    article: Article,
    quotations: list[tuple[int, int]],
    event_id: str,
) -> Event:
    doc = sent.doc
    trigger = coded.trigger
    source_spans = [_span(doc, a.full) for a in coded.sources]
    target_spans = [_span(doc, a.full) for a in coded.targets]
    sources = _actor_entities(article, doc, coded.sources)
    targets = [e for e in _actor_entities(article, doc, coded.targets) if e not in sources]
    participants = _actor_entities(article, doc, coded.participants)
    if coded.entry.plover == "CONSULT" or any(a in coded.sources for a in coded.targets):
        participants = list(dict.fromkeys(sources + targets + participants))
    time_id = _time_of(trigger, sent, article)
    status, attribution = coded.status, _attribution_of(trigger, article, quotations)
    if attribution is not None and status == "asserted":
        status = "reported"
    dead, injured = _casualties(coded, sent, article)
    arguments = (1 if sources else 0) + (1 if targets else 0)
    return Event(
        id=event_id,
        type=coded.entry.plover,
        mode=coded.entry.mode,
        cameo=coded.entry.cameo,
        trigger=Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
        evidence=_evidence(sent, trigger),
        sources=sources,
        targets=targets,
        participants=participants,
        source_spans=source_spans,
        target_spans=target_spans,
        time=time_id,
        time_basis="expression" if time_id else ("publication" if article.published else None),
        place=_place_of(trigger, sent, article),
        status=status,
        attribution=attribution,
        dead=dead,
        injured=injured,
        confidence=round(0.5 + 0.2 * arguments + (0.05 if trigger.pos_ == "VERB" else 0.0), 2),
    )


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _evidence(sent: SpacySpan, trigger: Token) -> Span:
    """The sentence that tells of the event, within the trigger's paragraph: the parser
    sometimes runs a headline into the first sentence."""
    start, end = sent.start, sent.end
    for token in sent:
        if _PARAGRAPH_BREAK.search(token.text_with_ws):
            if token.i < trigger.i:
                start = token.i + 1
            elif token.i >= trigger.i and end == sent.end:
                end = token.i + 1
    return _span(sent.doc, (start, end))


def _span(doc: Doc, tokens: tuple[int, int]) -> Span:
    start, end = tokens
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1  # a paragraph break the parser hung on the phrase ("social media\n\n")
    while start < end - 1 and doc[start].is_space:
        start += 1
    phrase = doc[start:end]
    return Span(phrase.start_char, phrase.end_char, phrase.text)


def _actor_entities(article: Article, doc: Doc, actors: list[Actor]) -> list[str]:
    """Ids of the entities the actors are: the one named at the head of each core phrase
    ("Turkish President Recep Tayyip Erdoğan" → the president, not Turkey), else every
    entity in it ("a Hamas delegation" → Hamas)."""
    found: list[str] = []
    for actor in actors:
        for core in (c for whole in actor.cores for c in _list_members(doc, whole)):
            span = _span(doc, core)
            inside = _mentioned(article, span)
            head = doc[core[1] - 1].idx
            named = [e for e in inside if any(m.start <= head < m.end for m in e.mentions)]
            for entity in named or inside:
                if entity.id not in found:
                    found.append(entity.id)
    return found


def _list_members(doc: Doc, core: tuple[int, int]) -> list[tuple[int, int]]:
    """The core phrase of each member of a list kept as one group ("opposition
    politicians and activists"), else the core itself."""
    root = doc[core[0] : core[1]].root
    members = [root, *(m for m in root.conjuncts if core[0] <= m.i < core[1])]
    if len(members) < 2:
        return [core]
    return [phrase(m) for m in members]


def _mentioned(article: Article, span: Span) -> list[Entity]:
    return [
        e
        for e in article.entities
        if any(span.start <= m.start and m.end <= span.end for m in e.mentions)
    ]


def _time_of(trigger: Token, sent: SpacySpan, article: Article) -> str | None:
    """The time expression in the trigger's clause, else the only one of the sentence."""
    times = [t for t in article.times if sent.start_char <= t.start < sent.end_char]
    if not times:
        return None
    subtree = range(trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge))
    inside = [t for t in times if t.start in subtree]
    if inside:
        return min(inside, key=lambda t: abs(t.start - trigger.idx)).id
    if trigger.dep_ == "ROOT" or (len(times) == 1 and _in_main_clause(trigger)):
        return min(times, key=lambda t: abs(t.start - trigger.idx)).id
    return None


def _in_main_clause(trigger: Token) -> bool:
    """Whether the trigger is the main verb, one joined to it, or a noun they govern."""
    token = trigger
    while token.dep_ in ("conj", "dobj", "obj", "nsubj", "nsubjpass", "attr", "pobj", "prep"):
        token = token.head
    return token.dep_ == "ROOT"


def _place_of(trigger: Token, sent: SpacySpan, article: Article) -> str | None:
    """The place named by an "in/at/near" phrase of the trigger's clause."""
    doc = sent.doc
    governor = trigger if trigger.pos_ == "VERB" else trigger.head
    for head in (trigger, governor):
        for pobj in prep_objects(head, PLACE_PREPS):
            for entity in _mentioned(
                article, _span(doc, (pobj.left_edge.i, pobj.right_edge.i + 1))
            ):
                if entity.type in PLACE_TYPES:
                    return entity.id
    return None


def _attribution_of(
    trigger: Token, article: Article, quotations: list[tuple[int, int]]
) -> str | None:
    """The attribution whose content holds the trigger; failing that, inside a quotation,
    the attribution of that quotation, which may run over several sentences or paragraphs
    ("… every case," she said. "We will appeal." is all hers), or of the quotation it
    follows straight on from, the speaker's next paragraph."""
    for attribution in article.attributions:
        content = attribution.content
        if content is not None and content.start <= trigger.idx < content.end:
            return attribution.id
    text = article.text
    passage = next((p for p in quotations if p[0] <= trigger.idx < p[1]), None)
    if passage is None:
        return None
    quoting = [
        a
        for a in article.attributions
        if a.content is not None and a.content.start < passage[1] and passage[0] < a.content.end
    ]
    if quoting:
        return min(quoting, key=lambda a: abs(a.cue.start - trigger.idx)).id
    before = [
        a
        for a in article.attributions
        if a.kind == "direct"
        and a.content is not None
        and max(a.cue.end, a.content.end) < passage[0]
        and _follows_on(text[max(a.cue.end, a.content.end) : passage[0]])
    ]
    return max(before, key=lambda a: a.cue.start).id if before else None


def _follows_on(gap: str) -> bool:
    """Text between a quotation's attribution and the next quotation that leaves nothing
    between them but the end of the sentence: '… ," she said. "'."""
    return len(gap) <= 8 and not any(c.isalnum() for c in gap)


def _casualties(coded: Coded, sent: SpacySpan, article: Article) -> tuple[str | None, str | None]:
    if coded.entry.plover not in _CASUALTY_TYPES:
        return None, None
    dead = injured = None
    for quantity in article.quantities:
        if not (sent.start_char <= quantity.start < sent.end_char) or quantity.counted is None:
            continue
        if quantity.counted.category == "killed" and dead is None:
            dead = quantity.id
        elif quantity.counted.category == "wounded" and injured is None:
            injured = quantity.id
    return dead, injured
