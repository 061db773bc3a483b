"""Events whose sides act on each other: coordinated subjects that agree, meet, build ties
or break a truce, and an agreement one side signs "with" another."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.lexicon import Lexicon
from newsgraph.stages._events.model import Actor, Coded
from newsgraph.stages._events.parse import ACTOR_ENTS, is_actor
from newsgraph.stages._events.places import SITE_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Types where coordinated subjects act on each other ("Canada and Britain agreed").
_RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Codes whose coordinated subjects act on each other too ("Syria and Israel violated the
# ceasefire"): violating a ceasefire.
MUTUAL_CODES = frozenset({"196"})
# Codes for ties two sides build together ("Chile and Peru restored ties", "… will exchange
# ambassadors"): diplomatic cooperation and recognition.
TIE_CODES = frozenset({"050", "054"})


def reciprocal(coded: Coded, lexicon: Lexicon) -> None:
    """ "Canada and Britain agreed …", "… signed an agreement", "Syria and Israel violated
    the ceasefire": each side is the other's target, unless the event names an actor it
    is aimed at ("agreed to share information on company ownership" names none)."""
    if (
        coded.entry.plover not in _RECIPROCAL_TYPES
        and coded.entry.cameo not in MUTUAL_CODES | TIE_CODES
    ):
        return
    doc = coded.trigger.doc
    # (where the act they agree on happens is no party to it: "India and Pakistan agreed
    # to a ceasefire to end fighting along their border in Kashmir")
    if any(
        is_actor(root, lexicon)
        and not (root.dep_ == "pobj" and root.head.lower_ in SITE_PREPS)
        # (nor what the knowledge they share is about: "agreed to share information on X")
        and not (
            root.dep_ == "pobj"
            and root.head.lower_ in _TOPIC_PREPS
            and root.head.head.lemma_.lower() in _KNOWLEDGE_NOUNS
        )
        for a in coded.targets
        for root in (doc[a.full[0] : a.full[1]].root,)
    ):
        # a truce is no actor even when named ("SLM/A and GoS violated the Ceasefire
        # Agreement"), but forces named together are allies ("government forces and
        # aligned youth violated the ceasefire")
        if coded.entry.cameo not in MUTUAL_CODES:
            return
        named = [a for a in coded.sources if _named_parties(doc, a)]
        if named:
            coded.targets = named
        return
    sides = [
        a
        for a in coded.sources
        if _several_sides(doc, a)
        and (coded.entry.cameo not in MUTUAL_CODES or _named_parties(doc, a))
    ]
    if sides:
        coded.targets = sides


_TOPIC_PREPS = frozenset({"on", "about", "regarding"})
_KNOWLEDGE_NOUNS = frozenset(
    {"information", "intelligence", "data", "evidence", "view", "experience", "expertise"}
)
_SIGNING_VERBS = frozenset({"sign", "ink"})


def signed_together(coded: Coded, via: Token | None, lexicon: Lexicon) -> None:
    """An agreement one side signs "with" another binds both: "Chile signed a treaty with
    Peru" is Chile and Peru agreeing with each other, as "Chile and Peru signed a
    treaty" is."""
    if (
        via is None
        or via.lemma_.lower() not in _SIGNING_VERBS
        or coded.entry.plover not in _RECIPROCAL_TYPES
        or len(coded.sources) != 1
        or len(coded.targets) != 1
        or coded.targets[0] in coded.sources
    ):
        return
    doc = via.doc
    partner = doc[coded.targets[0].full[0] : coded.targets[0].full[1]].root
    if partner.dep_ != "pobj" or partner.head.lower_ != "with" or not is_actor(partner, lexicon):
        return
    coded.sources = [*coded.sources, *coded.targets]
    coded.targets = list(coded.sources)


def _named_parties(doc: Doc, actor: Actor) -> bool:
    """Whether an actor phrase lists several parties each named: "SLM/A and GoS", "the
    MILF and the Philippine government"."""
    heads = [doc[core[0] : core[1]].root for core in actor.cores]
    return len(heads) > 1 and all(
        h.pos_ == "PROPN"
        or h.ent_type_ in ACTOR_ENTS
        or any(c.dep_ in ("amod", "compound") and c.ent_type_ in ACTOR_ENTS for c in h.children)
        for h in heads
    )


def _several_sides(doc: Doc, actor: Actor) -> bool:
    """Whether an actor phrase names several parties: "Canada and Britain", "Nigerian and
    British armed forces", "Pakistan and Afghanistan's intelligence services"."""
    if len(actor.cores) > 1:
        return True
    head = doc[actor.full[0] : actor.full[1]].root
    return any(
        c.dep_ in ("amod", "compound", "poss", "nmod")
        and c.ent_type_ in ACTOR_ENTS
        and any(g.dep_ == "conj" for g in c.children)
        for c in head.children
    )
