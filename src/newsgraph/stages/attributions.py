"""The attributions stage. Registered so the record contract is complete; it finds nothing yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Article, Attribution


def find_attributions(doc: Doc, article: Article) -> list[Attribution]:
    """No attributions yet: this stage returns an empty list."""
    return []
