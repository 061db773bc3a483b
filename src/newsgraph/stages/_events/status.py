"""Whether an event happened as told: negated, hypothetical or asserted, from the verb's
negation, modals and conditions and from the verbs that govern it, or from what modifies
an event noun. (An asserted event inside an attribution becomes "reported" in the
record.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.lexicon import Lexicon
from newsgraph.stages._events.parse import OBJECTS, purpose

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONDITION_MARKS = frozenset({"if", "unless"})


def _elliptic_condition(word: Token) -> bool:
    """A condition cut short to "not" or "so": "if not, they will be freed", "if so",
    "whether or not they agree"."""
    if word.lower_ not in ("not", "so") or word.i == 0:
        return False
    before = word.doc[word.i - 1].lower_
    if before in _CONDITION_MARKS | {"whether"} or any(
        c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in word.children
    ):
        return True
    return before == "or" and word.i > 1 and word.doc[word.i - 2].lower_ == "whether"


def negates(word: Token) -> bool:
    """A negation of the verb it hangs on, not the "not" of a condition cut short."""
    return word.dep_ == "neg" and not _elliptic_condition(word)


def status(verb: Token, lexicon: Lexicon) -> str:
    """negated, hypothetical or asserted, from the verb and the verbs it depends on."""
    modality = lexicon.modality
    if any(negates(c) for c in verb.children):
        return "negated"
    if any(modality.get((c.lower_, "aux")) for c in verb.children if c.dep_ == "aux"):
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children) or any(
        _elliptic_condition(c) for c in verb.children
    ):
        return "hypothetical"
    governor = verb
    while governor.dep_ in ("xcomp", "ccomp", "conj") and governor.head.i != governor.i:
        complement = governor.dep_ != "conj"
        governor = governor.head
        if complement:
            effect = modality.get((governor.lemma_.lower(), "governor"))
            if effect:
                return effect
        if any(
            modality.get((c.lower_, "advmod")) == "negated"
            for c in governor.children
            if c.dep_ == "advmod"
        ):
            return "negated"
        if any(negates(c) for c in governor.children):
            return "negated"
    if verb.dep_ == "advcl" and purpose(verb):
        return "hypothetical"  # a purpose: "… to secure a ceasefire"
    return "asserted"


def noun_status(noun: Token, lexicon: Lexicon) -> str:
    modality = lexicon.modality
    for child in noun.children:
        if child.dep_ == "det" and modality.get((child.lower_, "det")) == "negated":
            return "negated"
        if child.dep_ == "amod" and modality.get((child.lower_, "amod")):
            return modality[(child.lower_, "amod")]
    governor = noun.head
    if noun.dep_ in OBJECTS and governor.pos_ == "VERB":
        effect = modality.get((governor.lemma_.lower(), "governor"))
        if effect:
            return effect
        return status(governor, lexicon) if governor.dep_ in ("xcomp", "advcl") else "asserted"
    return "asserted"
