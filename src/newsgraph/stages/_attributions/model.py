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

from newsgraph.lexicons import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODEL_FILE = "cue_model.json.gz"
CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN"})


def is_candidate(token: Token) -> bool:
    """Whether the classifier is asked about this token at all."""
    return token.pos_ in CANDIDATE_POS


_PERSONAL = frozenset({"i", "we", "he", "she", "they", "you"})


def _subject_kind(children: list[Token]) -> str:
    """What kind of thing a word's subject (among its ``children``) is: an entity type, a
    pronoun, a noun or none."""
    for child in children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.lower_ in _PERSONAL:
                return "pron"
            if child.ent_type_:
                return child.ent_type_
            return f"n:{child.lemma_.lower()}" if child.pos_ == "NOUN" else child.pos_
    return "none"


_QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``"})


def _quote_near(doc: Doc, i: int) -> bool:
    """Whether a quotation mark is among the three words either side of word ``i``."""
    return any(doc[j].text in _QUOTE_TOKENS for j in range(max(i - 3, 0), min(i + 4, len(doc))))


def features(token: Token, quoted: bool = False) -> list[str]:
    """The parse features of a candidate cue word; ``quoted``: it sits inside a quotation."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    subject = _subject_kind(children)
    deps = sorted({c.dep_ for c in children})
    doc = token.doc
    prev = doc[token.i - 1].lower_ if token.i > 0 else "<s>"
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "</s>"
    quote_near = _quote_near(doc, token.i)
    has_subject = any(d in {"nsubj", "nsubjpass"} for d in deps)
    has_clause = any(d in {"ccomp", "xcomp"} for d in deps)
    feats = [
        "bias",
        f"l={lemma}",
        f"w={token.lower_}",
        f"t={token.tag_}",
        f"d={token.dep_}",
        f"l+d={lemma}|{token.dep_}",
        f"l+t={lemma}|{token.tag_}",
        f"hd={token.head.dep_}",
        f"hl={token.head.lemma_.lower()}",
        f"p={prev}",
        f"n={nxt}",
        f"l+n={lemma}|{nxt}",
        f"q={quote_near}",
        f"l+q={lemma}|{quote_near}",
        f"s={has_subject}",
        f"c={has_clause}",
        f"l+s+c={lemma}|{has_subject}|{has_clause}",
        f"d+s+c={token.dep_}|{has_subject}|{has_clause}",
    ]
    feats.extend(
        (
            f"sk={subject}",
            f"l+sk={lemma}|{subject}",
            f"iq={quoted}",
            f"l+iq={lemma}|{quoted}",
            f"d+hd={token.dep_}|{token.head.dep_}",
        )
    )
    # The class of the word, which reaches lemmas training has not seen as cues.
    speech = lemma in load_lexicon("speech_verbs", "attributions")
    feats.extend(
        (
            f"sv={speech}",
            f"sv+d={speech}|{token.dep_}",
            f"sv+s+c={speech}|{has_subject}|{has_clause}",
            f"sv+sk={speech}|{subject}",
            f"sv+t={speech}|{token.tag_}",
        )
    )
    feats.extend(f"cd={d}" for d in deps)
    feats.extend(f"l+cd={lemma}|{d}" for d in deps)
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


def score(token: Token, weights: dict[str, float], quoted: bool = False) -> float:
    """The classifier's score for the token as a cue; positive means a cue."""
    return weighted(features(token, quoted), weights)


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
