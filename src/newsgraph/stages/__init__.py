"""Pipeline stages: plain functions over one spaCy parse, run in a fixed order.

A stage reads the parsed document and the records earlier stages put on the
article, and returns its own records::

    def find_times(doc: Doc, article: Article) -> list[TimeExpression]: ...

The registry below is the one place that fixes the order and says which field of
the article each stage fills.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsgraph.stages.attributions import find_attributions
from newsgraph.stages.entities import find_entities
from newsgraph.stages.events import find_events
from newsgraph.stages.quantities import find_quantities
from newsgraph.stages.times import find_times

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Article

__all__ = ["STAGES", "Stage"]


@dataclass(frozen=True, slots=True)
class Stage:
    """A registered stage: its name, the article field it fills, and the function."""

    name: str
    assigns: str
    run: Callable[[Doc, Article], list[Any]]


#: The stages in the order they run; each may read what the ones before it assigned.
STAGES: tuple[Stage, ...] = (
    Stage("entities", "entities", find_entities),
    Stage("times", "times", find_times),
    # Attributions come first so that each quantity can name the claim it sits in.
    Stage("attributions", "attributions", find_attributions),
    Stage("quantities", "quantities", find_quantities),
    Stage("events", "events", find_events),
)
