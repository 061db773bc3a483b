"""The times stage: every time expression, normalized to a TIMEX3 value.

Patterns built from the word tables in ``newsgraph/data/times`` find the candidates
(dates, times, durations, sets); the parse rejects false friends ("may" the verb,
"March" as a name, ages, numbers that are counts) and gives the tense that decides
which Wednesday or which November is meant; resolution follows TimeML/TIMEX3 as
TempEval-3 applied it. Spans are tight: no "on", "in", "by"; a modifier such as
"more than" or "early" belongs to the time and sets its ``mod``.

The rules live in ``_times/`` by concern: ``matches`` (where the grammar's patterns match,
and which match wins where they overlap), ``plausible`` with ``names`` and ``counts`` (the
false friends: names, verbs, counts, shares, ages), ``extent`` (how far each time reaches,
and its modifier), ``sequence`` (the article's times resolved in order: the year carried
over, anchors on earlier times), ``resolve`` (one match to its TIMEX3 value, by kind:
``months``, ``quarters``, ``days``, ``relative`` and ``durations``, on ``resolved``),
``context`` (what the parse says around a time), ``grammar``, ``tables`` and ``calendar``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.records import TimeExpression
from newsgraph.stages._times.extent import (
    attach_modifier,
    early_hours_of,
    leave_out_preposition_following,
    leave_out_verb_last,
)
from newsgraph.stages._times.matches import choose, find_candidates
from newsgraph.stages._times.plausible import plausible
from newsgraph.stages._times.sequence import resolve_all

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Article

__all__ = ["find_times"]


def find_times(doc: Doc, article: Article) -> list[TimeExpression]:
    """The article's time expressions in text order, ids T1, T2, …"""
    text = article.text
    candidates = [c for c in find_candidates(text) if plausible(c, doc, text)]
    chosen = choose(candidates)
    for candidate in chosen:
        leave_out_verb_last(candidate, text, doc)
        leave_out_preposition_following(candidate, text, doc)
        attach_modifier(candidate, text, doc)
    return resolve_all(early_hours_of(chosen, text), doc, article)
