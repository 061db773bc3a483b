"""Links from a quantity to the entities it counts and its verb's subject, and to the
nearest place and time of its sentence and the attribution whose content holds it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.records import Quantity, Span
from newsgraph.stages._quantities.category import governing_verb
from newsgraph.stages._quantities.parse import PLACE_TYPES, Found

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from newsgraph.records import Article


def _mentions_in(article: Article, start: int, end: int) -> list[str]:
    ids = []
    for entity in article.entities:
        if any(start <= m.start and m.end <= end for m in entity.mentions):
            ids.append(entity.id)
    return ids


def entities(
    doc: Doc, article: Article, item: Found, noun: Token | None, counted: Span | None
) -> list[str]:
    """Entities the count concerns: in its counted phrase and the subject of its verb."""
    ids: list[str] = []
    if counted is not None:
        ids.extend(_mentions_in(article, counted.start, counted.end))
    verb = governing_verb(noun if noun is not None else doc[item.head])
    if verb is not None:
        for child in verb.children:
            if child.dep_ in {"nsubj", "agent"}:
                subtree = doc[child.left_edge.i : child.right_edge.i + 1]
                ids.extend(_mentions_in(article, subtree.start_char, subtree.end_char))
    return list(dict.fromkeys(ids))


def nearest_place(article: Article, sentence: DocSpan, quantity: Quantity) -> str | None:
    """The place mentioned nearest the quantity in its sentence."""
    best: tuple[int, str] | None = None
    for entity in article.entities:
        if entity.type not in PLACE_TYPES:
            continue
        for mention in entity.mentions:
            if sentence.start_char <= mention.start and mention.end <= sentence.end_char:
                distance = abs(mention.start - quantity.start)
                if best is None or distance < best[0]:
                    best = (distance, entity.id)
    return best[1] if best else None


def nearest_time(article: Article, sentence: DocSpan, quantity: Quantity) -> str | None:
    """The time expression nearest the quantity in its sentence (not the quantity itself)."""
    best: tuple[int, str] | None = None
    for time in article.times:
        if not (sentence.start_char <= time.start and time.end <= sentence.end_char):
            continue
        if time.start < quantity.end and quantity.start < time.end:
            continue
        distance = abs(time.start - quantity.start)
        if best is None or distance < best[0]:
            best = (distance, time.id)
    return best[1] if best else None


def attribution_of(article: Article, quantity: Quantity) -> str | None:
    """The attribution whose content holds the quantity (the outermost claim)."""
    best: tuple[int, str] | None = None
    for attribution in article.attributions:
        content = attribution.content
        if content is None or not (content.start <= quantity.start and quantity.end <= content.end):
            continue
        size = content.end - content.start
        if best is None or size > best[0]:
            best = (size, attribution.id)
    return best[1] if best else None
