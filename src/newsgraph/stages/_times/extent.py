"""How far a time reaches: the verb "last" and the preposition "following" left out, "the
early hours of" a day folded into the day it opens, and a modifier ("more than", "early")
joined, setting ``mod``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.stages._times import context as ctxmod
from newsgraph.stages._times.candidate import COUNTED_FROM, Candidate
from newsgraph.stages._times.grammar import grammar
from newsgraph.stages._times.tables import tables

if TYPE_CHECKING:
    from spacy.tokens import Doc


def leave_out_verb_last(c: Candidate, text: str, doc: Doc) -> None:
    """Leave the verb "last" out of a duration: "to last three days" is "three days"."""
    if c.kind != "duration" or (c.groups.get("rel") or "").lower() != "last":
        return
    if c.groups.get("det"):
        return  # "the last three days"
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span[0].pos_ not in {"VERB", "AUX"}:
        return
    c.start = span[0].idx + len(span[0].text)
    while text[c.start].isspace():
        c.start += 1
    c.groups["rel"] = None


def leave_out_preposition_following(c: Candidate, text: str, doc: Doc) -> None:
    """Leave the preposition "following" out of a weekday that owns or modifies a noun:
    "following Sunday's protests" and "following Tuesday talks" are "Sunday" and
    "Tuesday", after them, not "the following Sunday"."""
    if c.kind != "weekday_part" or (c.groups.get("rel") or "").lower() != "following":
        return
    if c.groups.get("the"):
        return
    if not re.match(r"['’]s\b", text[c.end : c.end + 3]) and not _noun_after(doc, c.end):
        return
    c.start = text.index(c.groups.get("weekday") or "", c.start)
    c.groups["rel"] = None
    c.groups["_text"] = text[c.start : c.end]


def _noun_after(doc: Doc, end: int) -> bool:
    """Whether a common noun follows a time directly ("Tuesday talks")."""
    word = next((t for t in doc if t.idx >= end), None)
    return word is not None and word.idx == end + 1 and word.pos_ == "NOUN"


def early_hours_of(chosen: list[Candidate], text: str) -> list[Candidate]:
    """The times without "the early hours" before the day it opens, which gets mod START:
    "the early hours of Sunday (morning)", "the early hours Wednesday" are one time, the
    day's, as TimeBank marks it."""
    kept: list[Candidate] = []
    for n, c in enumerate(chosen):
        following = chosen[n + 1] if n + 1 < len(chosen) else None
        if (
            c.kind == "early_hours"
            and following is not None
            and re.fullmatch(r"\s+(?:(?:of|on)\s+)?", text[c.end : following.start])
        ):
            following.mod = following.mod or "START"
            continue
        kept.append(c)
    return kept


#: Kinds of match that tell a length or a time a length away, which "more than" or
#: "almost" before them bounds
_LENGTH_KINDS = frozenset({"duration", "fraction", "quarter_century", "ago", "vague_units"})


def attach_modifier(c: Candidate, text: str, doc: Doc) -> None:
    before = text[max(0, c.start - 30) : c.start]
    g = grammar()
    attached = g.attached.search(before)
    if attached:
        c.mod = tables().modifiers.get(attached.group("mod").lower().split()[-1] + "-", "MID")
        if attached.group("mod").lower().endswith(("early", "late")):
            c.mod = "START" if "early" in attached.group("mod").lower() else "END"
        c.start -= len(attached.group(0))
        return
    match = g.modifier.search(before)
    if not match:
        return
    phrase = re.sub(r"\s+", " ", match.group("mod").lower())
    mod = tables().modifiers[phrase]
    own = (c.groups.get("_text") or "").lower()
    if mod in {"START", "MID", "END"}:
        if c.kind in _LENGTH_KINDS or c.kind in {"set", "ref"}:
            return
    else:
        if c.kind not in _LENGTH_KINDS:
            return
        if own.startswith("the ") and phrase in {"over", "under", "around", "about", "some"}:
            return  # "over the past two years" is a preposition, not "more than"
        if phrase == "over" and _OVER_DURING.match(own):
            # "gained her trust over several months", "over past two decades": during,
            # not "more than"
            return
        if phrase == "over" and re.search(r"\bor\s+so\b", own):
            return  # "at their lowest over forty or so years": during, not "more than"
        if phrase == "over" and _over_means_during(doc, text, c.start, c.end):
            return  # "to cut costs by $2bn over four years"
    c.mod = mod
    start = c.start - len(match.group(0))
    own_article = own.startswith("the ")
    if (
        phrase in _ADJECTIVE_MODIFIERS
        and not own_article
        and span_modifies_noun(doc, c.start, c.end)
    ):
        start += 3  # the article belongs to the noun
        while text[start].isspace():
            start += 1
    c.start = start


_OVER_DURING = re.compile(
    r"(?:several|a\s+few|few|many|the|past|last|next|coming|previous|recent)\b", re.IGNORECASE
)


def _over_means_during(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "over" before a duration is the preposition of the time things take ("cut
    costs over four years", "placed over two decades"), as TimeBank reads it, not a
    measure's "more than" ("just over four years", "took over two hours", "in over seven
    decades"; nor "over a month after the vote")."""
    span = ctxmod.tokens_of(doc, start, end)
    if span is None or span.start == 0 or COUNTED_FROM.match(text, end):
        return False
    over = doc[span.start - 1]
    return over.dep_ == "prep" and span.root.dep_ == "pobj" and span.root.head.i == over.i


_ADJECTIVE_MODIFIERS = frozenset({"the early", "the late", "the mid", "the mid-"})


def span_modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether a time is a modifier of a noun after it: "the late February tariffs decision"
    (the article belongs to "decision")."""
    span = ctxmod.tokens_of(doc, start, end)
    if span is None:
        return False
    last = span[-1]
    return last.dep_ in {"compound", "nmod", "amod", "nummod"} and last.head.i > last.i
