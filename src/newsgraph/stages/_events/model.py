"""What the parse shows of an event before it becomes a record: the trigger, its argument
phrases and its status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgraph.stages._events.lexicon import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Actor:
    """An argument: the whole phrase (token range), and the core noun phrase of each
    coordinated member, where entities are looked for ("the health ministry in Gaza" →
    the ministry, not Gaza)."""

    full: tuple[int, int]
    cores: tuple[tuple[int, int], ...]


@dataclass(slots=True)
class Coded:
    """An event as the parse shows it: trigger, argument phrases, status."""

    trigger: Token
    entry: Trigger
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    participants: list[Actor] = field(default_factory=list)
    status: str = "asserted"
    depth: int = 0  # distance from the sentence root: the main event is the shallowest
