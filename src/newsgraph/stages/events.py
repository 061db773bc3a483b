"""The events stage. Registered so the record contract is complete; it finds nothing yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Article, Event


def find_events(doc: Doc, article: Article) -> list[Event]:
    """No events yet: this stage returns an empty list."""
    return []
