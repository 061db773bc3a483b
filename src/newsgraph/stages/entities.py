"""The entity stage: spaCy NER mentions grouped into the article's entities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.records import Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Article


def find_entities(doc: Doc, article: Article) -> list[Entity]:
    """Entities of the article, each with all its mentions."""
    groups: dict[tuple[str, str], list[Span]] = {}
    for ent in doc.ents:
        groups.setdefault((ent.label_, ent.text), []).append(
            Span(ent.start_char, ent.end_char, ent.text)
        )
    return [
        Entity(id=f"E{i}", type=label, name=name, mentions=spans, key=f"{label}:{name.lower()}")
        for i, ((label, name), spans) in enumerate(groups.items(), 1)
    ]
