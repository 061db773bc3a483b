"""The cue classifier: a linear model over parse features of a candidate word.

It decides whether a verb (or noun) is the cue of an attribution: "said" nearly always
is, "called" or "wants" only in some constructions. The weights are learned from
PolNeAR train by ``scripts/train_attribution.py`` (an averaged perceptron) and shipped
as ``data/attributions/cue_model.json.gz``.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import ORTH
from spacy.strings import get_string_id

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import among, id_array

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODEL_FILE = "cue_model.json.gz"
CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN"})


def is_candidate(token: Token) -> bool:
    """Whether the classifier is asked about this token at all."""
    return token.pos_ in CANDIDATE_POS


_PERSONAL = frozenset({"i", "we", "he", "she", "they", "you"})


def _subject_kind(children: list[Token], deps: list[str]) -> str:
    """What kind of thing a word's subject (among its ``children``, whose relations are
    ``deps``) is: an entity type, a pronoun, a noun or none."""
    for child, dep in zip(children, deps, strict=True):
        if dep in _SUBJECT_DEPS:
            if child.lower_ in _PERSONAL:
                return "pron"
            if child.ent_type_:
                return child.ent_type_
            return f"n:{child.lemma_.lower()}" if child.pos_ == "NOUN" else child.pos_
    return "none"


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
_QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``"})
_QUOTE_IDS = id_array(get_string_id(q) for q in _QUOTE_TOKENS)


def quote_marks(doc: Doc) -> frozenset[int]:
    """The positions of the words of ``doc`` that are quotation marks."""
    return frozenset(np.flatnonzero(among(doc.to_array(ORTH), _QUOTE_IDS)).tolist())


def features(token: Token, quoted: bool = False, marks: frozenset[int] | None = None) -> list[str]:
    """The parse features of a candidate cue word; ``quoted``: it sits inside a quotation;
    ``marks``: the ``quote_marks`` of its parse, where known."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    child_deps = [c.dep_ for c in children]
    subject = _subject_kind(children, child_deps)
    deps = sorted(set(child_deps))
    doc = token.doc
    i = token.i
    prev = doc[i - 1].lower_ if i > 0 else "<s>"
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else "</s>"
    marks = quote_marks(doc) if marks is None else marks
    # a quotation mark among the three words either side
    quote_near = not marks.isdisjoint(range(i - 3, i + 4))
    has_subject = not _SUBJECT_DEPS.isdisjoint(deps)
    has_clause = not _CLAUSE_DEPS.isdisjoint(deps)
    dep = token.dep_
    tag = token.tag_
    head = token.head
    head_dep = head.dep_
    # The class of the word, which reaches lemmas training has not seen as cues.
    speech = lemma in load_lexicon("speech_verbs", "attributions")
    feats = [
        "bias",
        f"l={lemma}",
        f"w={token.lower_}",
        f"t={tag}",
        f"d={dep}",
        f"l+d={lemma}|{dep}",
        f"l+t={lemma}|{tag}",
        f"hd={head_dep}",
        f"hl={head.lemma_.lower()}",
        f"p={prev}",
        f"n={nxt}",
        f"l+n={lemma}|{nxt}",
        f"q={quote_near}",
        f"l+q={lemma}|{quote_near}",
        f"s={has_subject}",
        f"c={has_clause}",
        f"l+s+c={lemma}|{has_subject}|{has_clause}",
        f"d+s+c={dep}|{has_subject}|{has_clause}",
        f"sk={subject}",
        f"l+sk={lemma}|{subject}",
        f"iq={quoted}",
        f"l+iq={lemma}|{quoted}",
        f"d+hd={dep}|{head_dep}",
        f"sv={speech}",
        f"sv+d={speech}|{dep}",
        f"sv+s+c={speech}|{has_subject}|{has_clause}",
        f"sv+sk={speech}|{subject}",
        f"sv+t={speech}|{tag}",
    ]
    feats.extend([f"cd={d}" for d in deps])
    feats.extend([f"l+cd={lemma}|{d}" for d in deps])
    return feats


@dataclass(frozen=True, slots=True)
class CueModel:
    """The classifier's weights and the lemmas it has seen as cues."""

    weights: dict[str, float]
    lemmas: frozenset[str]


@cache
def load_model() -> CueModel:
    """The shipped cue model (``data/attributions/cue_model.json.gz``), loaded once."""
    path = resources.files("newsgraph") / "data" / "attributions" / MODEL_FILE
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        data = json.load(f)
    return CueModel(weights=data["weights"], lemmas=frozenset(data["cue_lemmas"]))


def score(
    token: Token,
    weights: dict[str, float],
    quoted: bool = False,
    marks: frozenset[int] | None = None,
) -> float:
    """The classifier's score for the token as a cue; positive means a cue (``marks``: the
    ``quote_marks`` of its parse, where known)."""
    return weighted(features(token, quoted, marks), weights)


def weighted(feats: list[str], weights: dict[str, float]) -> float:
    """The sum of the features' weights (a feature without one weighs nothing)."""
    return sum(filter(None, map(weights.get, feats)))


CONFIDENCE_FILE = "cue_confidence.json"


@dataclass(frozen=True, slots=True)
class Confidence:
    """Right shares of cues on PolNeAR dev: by score band for a word the classifier
    scored (``(upper bound, share)``, in rising order; the last band has no bound) and
    by path for the others ("according", "marked")."""

    bands: list[tuple[float, float]]
    paths: dict[str, float]


@cache
def load_confidence() -> Confidence:
    """The shipped confidence table (``data/attributions/cue_confidence.json``)."""
    path = resources.files("newsgraph") / "data" / "attributions" / CONFIDENCE_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    bands = [(float("inf") if row[0] is None else row[0], row[1]) for row in data["bands"]]
    return Confidence(bands=bands, paths=data["paths"])
