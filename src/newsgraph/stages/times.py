"""The times stage. Registered so the record contract is complete; it finds nothing yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Article, TimeExpression


def find_times(doc: Doc, article: Article) -> list[TimeExpression]:
    """No times yet: this stage returns an empty list."""
    return []
