"""Where the spans of an attribution start and end: a learned correction of the rules.

The parse rules find each span (``_attributions.spans``); where exactly it starts and
ends follows conventions the parse does not show: whether a content keeps a closing
comma, a time phrase after it ("… in the interview last week"), or the clause joined
to it. For each edge of each span, the words around the rules' choice are candidates,
and a linear ranker over their parse features picks one; the rules' own choice is one
of the features. The weights are learned from PolNeAR train by
``scripts/train_attribution.py --bounds`` (a structured averaged perceptron) and
shipped as ``data/attributions/bounds_model.json.gz``.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from newsgraph.stages._attributions.model import weighted
from newsgraph.stages._attributions.parse import LINKING_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.stages._attributions.found import Found

Extent = tuple[int, int]
MODEL_FILE = "bounds_model.json.gz"
#: The spans whose edges are ranked (on cues the rules' edges did as well). Ranking a
#: source's end too gains a little on PolNeAR but undoes the source rules' conventions
#: (whether an aside keeps its closing comma: "Ma, who runs the sites, said").
ROLES = ("content",)
#: How many words before and after the rules' edge are candidates: (start, end).
WINDOWS = {"content": (4, 8)}
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})
# Words that keep their own identity in the features; others stand for their part of speech.
_KEPT_WORDS = (
    "that to the a and but if whether because as of in on for with he she they it "
    "said says according by who which not also will would is was has have had be "
    "been when while after before than about from at"
)
_KEPT = frozenset(_KEPT_WORDS.split())


def _word(token: Token) -> str:
    text = token.text
    if token.is_punct or token.is_space or text in _QUOTE_MARKS:
        return "P:\\n" if "\n" in text else f"P:{text}"
    lower = token.lower_
    return lower if lower in _KEPT else token.pos_


def _bucket(n: int, limit: int) -> str:
    return str(max(-limit, min(limit, n)))


def _opening(token: Token) -> Token | None:
    """The largest phrase that starts with the token, by its head word."""
    i = token.i
    if token.left_edge.i != i:
        return None  # a word with words of its own before it starts no phrase
    node, head = token, token.head
    while head.i != node.i and head.left_edge.i == i:
        node, head = head, head.head
    return node


def _closing(token: Token) -> Token | None:
    """The largest phrase that ends with the token, by its head word."""
    i = token.i
    if token.right_edge.i != i:
        return None
    node, head = token, token.head
    while head.i != node.i and head.right_edge.i == i:
        node, head = head, head.head
    return node


@dataclass(frozen=True, slots=True)
class Edge:
    """What the features of one edge know: the span's rule extent in tokens and its cue."""

    role: str
    first: int  # the rules' first token of the span
    last: int  # the rules' last token
    root: int  # the head word of the rules' span, which stays inside it
    cue_head: int
    cue_first: int
    cue_last: int
    lemma: str
    kind: str  # q (quotation), a (according to), v (verb)
    side: str  # where the content lies against the cue: before, after, around
    breaks: frozenset[int]  # the sentences that start near the span's end, by first token


class _Facts(NamedTuple):
    word: str
    dep: str
    head: int
    head_dep: str
    sent_start: bool
    space: bool


class _Phrase(NamedTuple):
    dep: str  # the dependency of the largest phrase a token starts (or ends), else "-"
    head: tuple[int, str] | None  # that phrase's head word: index, dependency


_NO_PHRASE = _Phrase("-", None)


def _phrase(node: Token | None) -> _Phrase:
    if node is None:
        return _NO_PHRASE
    head = node.head
    return _Phrase(node.dep_, (head.i, head.dep_))


class Words:
    """What the features read of each word of one parse, worked out once per word; the
    phrases a word opens and closes only for the words asked about them, the candidate
    edges (most words are read only as a candidate's neighbour)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.size = len(doc)
        self._facts: dict[int, _Facts] = {}
        self._openings: dict[int, _Phrase] = {}
        self._closings: dict[int, _Phrase] = {}

    def __call__(self, i: int) -> _Facts:
        facts = self._facts.get(i)
        if facts is None:
            token = self.doc[i]
            head = token.head
            facts = _Facts(
                _word(token),
                token.dep_,
                head.i,
                head.dep_,
                bool(token.is_sent_start),
                token.is_space,
            )
            self._facts[i] = facts
        return facts

    def opening(self, i: int) -> _Phrase:
        """The largest phrase word ``i`` starts (see ``_opening``)."""
        phrase = self._openings.get(i)
        if phrase is None:
            phrase = self._openings[i] = _phrase(_opening(self.doc[i]))
        return phrase

    def closing(self, i: int) -> _Phrase:
        """The largest phrase word ``i`` ends (see ``_closing``)."""
        phrase = self._closings.get(i)
        if phrase is None:
            phrase = self._closings[i] = _phrase(_closing(self.doc[i]))
        return phrase

    def word(self, i: int) -> str:
        if i < 0:
            return "<s>"
        return self(i).word if i < self.size else "</s>"


def features(words: Words, i: int, start: bool, edge: Edge) -> list[str]:
    """The features of word ``i`` as the first (``start``) or last word of the span."""
    token = words(i)
    rule = edge.first if start else edge.last
    offset = _bucket(i - rule, 6)
    word = token.word
    before = words.word(i - 1)
    after = words.word(i + 1)
    kind = edge.kind
    feats = [
        "bias",
        "rule" if i == rule else "moved",
        f"o={offset}",
        f"w={word}",
        f"pw={before}",
        f"nw={after}",
        f"d={token.dep}",
        f"hd={token.head_dep}",
        f"w+o={word}|{offset}",
        f"pw+w={before}|{word}",
        f"w+nw={word}|{after}",
        f"r+w={i == rule}|{word}",
        f"k={kind}",
        f"k+o={kind}|{offset}",
        f"k+w={kind}|{word}",
        f"side={edge.side}",
    ]
    if start:
        phrase, head = words.opening(i)
        feats += [f"cs={phrase}", f"cs+w={phrase}|{word}", f"cs+pw={phrase}|{before}"]
        feats.append(f"cs+o={phrase}|{offset}")
        if head is not None:
            feats.append(f"csh={head[1]}|{phrase}")
            feats.append(f"csc={head[0] == edge.cue_head}|{phrase}")
        if i > 0:
            prev = words(i - 1)
            feats.append(f"phi={i <= prev.head <= edge.last}|{prev.dep}")
        feats.append(f"shi={token.head < i}|{token.dep}")
        feats.append(f"lm={edge.lemma}|{word}")
        return feats
    after2 = words.word(i + 2)
    phrase, head = words.closing(i)
    feats += [f"ce={phrase}", f"ce+nw={phrase}|{after}", f"ce+w={phrase}|{word}"]
    feats += [f"ce+o={phrase}|{offset}", f"nw+nnw={after}|{after2}"]
    if head is not None:
        feats.append(f"ceh={head[1]}|{phrase}")
        feats.append(f"cec={head[0] == edge.cue_head}|{phrase}")
    feats.append(f"nc={i + 1 == edge.cue_first}|{after}")
    sentence_end = i + 1 >= words.size or words(i + 1).sent_start
    feats.append(f"se={sentence_end}|{word}")
    low, high = sorted((rule, i))
    crossed = sum(1 for n in edge.breaks if low < n <= high)
    feats.append(f"sd={_bucket(crossed if i > rule else -crossed, 2)}")
    if i + 1 < words.size:
        nxt = words(i + 1)
        feats.append(f"nhi={edge.first <= nxt.head <= i}|{nxt.dep}")
    feats.append(f"ehi={token.head > i}|{token.dep}")
    feats.append(f"lm={edge.lemma}|{after}")
    return feats


def candidates(words: Words, edge: Edge, start: bool) -> list[int]:
    """The tokens the ranker chooses among for one edge, the rules' choice included; the
    head word of the rules' span stays in ("reluctant to endorse X" keeps "endorse")."""
    before, after = WINDOWS[edge.role]
    if start:
        low, high, rule = edge.first - before, min(edge.first + before, edge.root), edge.first
    else:
        low, high, rule = max(edge.last - after, edge.root), edge.last + after, edge.last
    low, high = max(low, 0), min(high, words.size - 1)
    # A span never reaches across a paragraph break it does not already cross.
    for i in range(rule + 1, high + 1):
        if words(i).word == "P:\\n":
            high = i - 1
            break
    for i in range(rule - 1, low - 1, -1):
        if words(i).word == "P:\\n":
            low = i + 1
            break
    found = [i for i in range(low, high + 1) if _edge_word(words, i, start)]
    return found if rule in found else [*found, rule]


def _edge_word(words: Words, i: int, start: bool) -> bool:
    """Whether word ``i`` can open (``start``) or close a span: it opens or closes a phrase
    of the parse, is punctuation, or cuts off its own words ("the rule| in the interview")."""
    facts = words(i)
    if facts.space:
        return False
    if (words.opening(i) if start else words.closing(i)).dep != "-" or facts.word.startswith("P:"):
        return True
    beside = i - 1 if start else i + 1
    return 0 <= beside < words.size and words(beside).head == i


@dataclass(frozen=True, slots=True)
class BoundsModel:
    """Weights of the edge rankers, by ``ROLE.s`` (start) and ``ROLE.e`` (end)."""

    weights: dict[str, dict[str, float]]


@cache
def load_bounds() -> BoundsModel:
    """The shipped edge rankers (``data/attributions/bounds_model.json.gz``), loaded once."""
    path = resources.files("newsgraph") / "data" / "attributions" / MODEL_FILE
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        data = json.load(f)
    return BoundsModel(weights=data["weights"])


def edges(doc: Doc, found: Found) -> dict[str, Edge]:
    """The edges of a found attribution's spans, by role."""
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    if cue is None:
        return {}
    if found.content is None:
        side = "none"
    elif found.content[0] >= found.cue[1]:
        side = "after"
    elif found.content[1] <= found.cue[0]:
        side = "before"
    else:
        side = "around"
    kind = "q" if found.quoted else "a" if found.according else "v"
    result = {}
    for role in ROLES:
        extent: Extent | None = getattr(found, role)
        if extent is None:
            continue
        span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        before, after = WINDOWS[role]
        # only the end's features count the breaks, and only between its candidates
        near = doc[max(span.start - before, span.end - 1 - after, 0) : span.end + after]
        breaks = frozenset(t.i for t in near if t.is_sent_start)
        result[role] = Edge(
            role,
            span.start,
            span.end - 1,
            span.root.i,
            cue.root.i,
            cue.start,
            cue.end - 1,
            found.lemma,
            kind,
            side,
            breaks,
        )
    return result


def _best(words: Words, edge: Edge, start: bool, weights: dict[str, float]) -> int:
    rule = edge.first if start else edge.last
    best, best_score = rule, float("-inf")
    for i in candidates(words, edge, start):
        value = weighted(features(words, i, start, edge), weights)
        if value > best_score or (value == best_score and i == rule):
            best, best_score = i, value
    return best


def _settled(words: Words, edge: Edge, start: bool) -> bool:
    """Whether the rules' edge is one the ranker never improved on PolNeAR dev: a content
    that opens its sentence, or does but for a word linking it to the one before ("But
    …"), or follows its cue ("said that …"), or closes its sentence."""
    if start:
        before = edge.first - 1
        while before > edge.cue_last and words(before).word.startswith("P:"):
            before -= 1
        linked = (
            before >= 0 and words(before).sent_start and words.doc[before].lower_ in LINKING_WORDS
        )
        return words(edge.first).sent_start or before == edge.cue_last or linked
    after = edge.last + 1
    if after < words.size and words(after).word.startswith("P:") and not words(after).sent_start:
        after += 1
    return after >= words.size or words(after).sent_start


def _takes_cue_phrase(doc: Doc, found: Found, first: int, rule: int) -> bool:
    """Whether moving a content's start from ``rule`` back to ``first`` takes in a phrase
    of the cue's own word ("said in an email the cost …": "in an email" is how it was
    said, not what)."""
    if first >= rule:
        return False
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    if cue is None:
        return False
    return any(t.head == cue.root and t.dep_ == "prep" for t in doc[first:rule])


def _active_cue(doc: Doc, cue: Extent) -> bool:
    """Whether a cue's verb is no passive participle ("predicts", "has angered", not "was
    approved")."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in root.children)


def _takes_source(doc: Doc, found: Found, first: int, start: int) -> bool:
    """Whether a content's start, moved back from word ``start`` to ``first``, would take
    in its source named before it."""
    source = found.source
    return source is not None and doc[first].idx <= source[0] < doc[start].idx


def _splits_a_list(doc: Doc, first: int, last: int, rule: int) -> bool:
    """Whether ending a content at word ``last`` rather than ``rule`` cuts a list at one of
    its commas, leaving out a conjunct of a word it keeps ("Tom Ruiz, Ann Lee and …"; an
    "and" may join another clause the parser hung there)."""
    if last + 1 >= rule or doc[last + 1].text != ",":
        return False
    return any(t.dep_ == "conj" and first <= t.head.i <= last for t in doc[last + 2 : rule + 1])


def _cuts_off_conversion(doc: Doc, last: int, rule: int) -> bool:
    """Whether ending a content at word ``last`` rather than ``rule`` leaves out an amount
    in brackets right after it, and with it what follows ("his 300 euros (£210) fine"):
    the bracket gives the same amount in another money, or a share of the last item."""
    after = last + 1
    return (
        after + 1 < rule
        and doc[after].text == "("
        and (doc[after + 1].tag_ == "$" or doc[after + 1].like_num)
    )


def refine(
    words: Words, found: Found, model: BoundsModel, joined: frozenset[int] = frozenset()
) -> Found:
    """The attribution with each span's edges chosen by the rankers; a quotation keeps
    its own, which its marks fix (and ranking them gains nothing on PolNeAR dev), and so
    does one whose rule marks it ``settled``. A
    content's end moves over no word of ``joined``, the cues joined to the report before
    them ("said the levy was costly and warned that …" ends before "and warned")."""
    if found.quoted or found.settled:
        return found
    doc = words.doc
    changes: dict[str, Extent] = {}
    for role, edge in edges(doc, found).items():
        first, last = edge.first, edge.last
        if not _settled(words, edge, True):
            first = _best(words, edge, True, model.weights.get(f"{role}.s", {}))
            if role == "content" and _takes_cue_phrase(doc, found, first, edge.first):
                first = edge.first  # not "in an email" of "said in an email the cost …"
            if role == "content" and _takes_source(doc, found, first, edge.first):
                first = edge.first  # not "Ms Ortiz," of "Then, says Ms Ortiz, the …"
        if not _settled(words, edge, False):
            last = _best(words, edge, False, model.weights.get(f"{role}.e", {}))
            if any(i in joined for i in range(edge.last + 1, last + 1)):
                last = edge.last
            if role == "content" and _splits_a_list(doc, first, last, edge.last):
                last = edge.last  # not "Tom Ruiz" of "Tom Ruiz, Ann Lee and Sam Cho were …"
            if role == "content" and _cuts_off_conversion(doc, last, edge.last):
                last = edge.last  # not "his 300 euros" of "his 300 euros (£210) fine"
            if (
                role == "content"
                and found.source is not None
                and found.source[0] >= found.cue[1]
                and doc[edge.last].idx < found.cue[0] <= doc[last].idx
                and _active_cue(doc, found.cue)
            ):
                # "…, predicts a study by the bank": the report ends first ("the plan was
                # approved by voters" reports the whole clause, as PolNeAR marks a passive)
                last = edge.last
        if first > last:
            continue
        extent = (doc[first].idx, doc[last].idx + len(doc[last]))
        if extent != getattr(found, role):
            changes[role] = extent
    if not changes:
        return found
    return replace(
        found,
        cue=changes.get("cue", found.cue),
        source=changes.get("source", found.source),
        content=changes.get("content", found.content),
    )
