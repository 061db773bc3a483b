"""Places and bodies an event is aimed at when it names no one it is done to: the place
it names, where what it concerns lies, the country its clause names, the sites a harm
strikes, where what is given or withdrawn goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.lexicon import Lexicon, Trigger
from newsgraph.stages._events.model import Actor
from newsgraph.stages._events.parse import (
    IN,
    OBJECTS,
    anaphoric,
    is_actor,
    is_event_noun,
    is_place,
    may_be_actor,
    possible_actors,
    prep_objects,
)
from newsgraph.stages._events.phrases import phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

_AIMED_PLACE_PREPS = frozenset({"in", "into", "to", "from"})


def struck_sites(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The sites a harm is done to that are no actor: a base, a mosque, positions,
    "military and security targets" (the place nouns of the lexicon)."""
    return [
        o
        for o in verb.children
        if o.dep_ in OBJECTS
        and o.pos_ == "NOUN"
        and is_place(o, lexicon)
        and not is_event_noun(o, lexicon)
        and not is_actor(o, lexicon)
    ]


def with_site_place(verb: Token, actor: Actor, lexicon: Lexicon) -> Actor:
    """A site struck keeps the place the parser hung on the verb right after it: "stormed
    a police headquarters in eastern Afghanistan", "captured the mosque in Mosul"."""
    doc = verb.doc
    head = doc[actor.full[0] : actor.full[1]].root
    if (
        head.head.i != verb.i
        or head.dep_ not in OBJECTS
        or head.i not in {s.i for s in struck_sites(verb, lexicon)}
    ):
        return actor
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.i == actor.full[1] and c.lower_ in ("in", "near", "at")
        ),
        None,
    )
    place = next(
        (g for g in (prep.children if prep else ()) if g.dep_ == "pobj" and is_place(g, lexicon)),
        None,
    )
    if place is None:
        return actor
    return Actor((actor.full[0], phrase(place)[1]), actor.cores)


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "conj", "appos"})


def delivered_to(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who gets what is given when the parser hung the "to" phrase on a part of it: "sent
    tents and staff such as nurses to Fiji", "supply fuel along with
    food aid to Moldova"; not a "to" phrase of a clause that describes it."""
    found: list[Token] = []
    stack = [c for c in verb.rights if c.dep_ not in _CLAUSE_DEPS and c.dep_ != "punct"]
    while stack:
        token = stack.pop()
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "to"
            and token.head.head.i != verb.i
            and (is_actor(token, lexicon) or is_place(token, lexicon))
        ):
            found.append(token)
        stack += [c for c in token.children if c.dep_ not in _CLAUSE_DEPS]
    return sorted(found, key=lambda g: g.i)[:1]


_DEPLOYMENT_NOUNS = frozenset({"mission", "force", "operation", "contingent"})


def beneficiary(recipient: Token, lexicon: Lexicon) -> list[Token]:
    """Who gets what is given to a recipient: the recipient when it is an actor or a
    place, else the place its phrase names ("the peacekeeping operation in Georgia's
    conflict zones"), else the recipient itself. A mission or a force sent to a named
    place serves that place ("troops for the UN mission in Mali": Mali)."""
    if recipient.lemma_.lower() in _DEPLOYMENT_NOUNS:
        served = [g for g in prep_objects(recipient, IN) if g.ent_type_ in ("GPE", "LOC")]
        if served:
            return served[:1]
    if is_actor(recipient, lexicon) or is_place(recipient, lexicon):
        return [recipient]
    places = [
        g
        for g in recipient.subtree
        if g.dep_ == "pobj"
        and g.head.lower_ in IN
        and g.head.head.dep_ != "pcomp"
        and is_place(g, lexicon)
    ]
    return places[:1] or [recipient]


# Acts that hold for a whole country when no one is named: pledges, aid, yielding
# (resignations) and truces.
_COUNTRYWIDE_TYPES = frozenset({"AGREE", "AID", "CONCEDE"})


def countrywide(entry: Trigger) -> bool:
    return entry.plover in _COUNTRYWIDE_TYPES or entry.mode == "disarm"


def country_of(clause: Token) -> list[Token]:
    """With no one named, the country or region that an "in" phrase anywhere in the
    clause names, nearest the verb: "quit after weeks of rallies against him in
    Ecuador", "announced a truce valid from Monday in Sudan", "gave €300 million
    to stop the cholera outbreak in Malawi"."""
    while clause.pos_ != "VERB" and clause.head.i != clause.i:
        clause = clause.head
    found = [
        g
        for g in clause.subtree
        if g.dep_ == "pobj" and g.head.lower_ in SITE_PREPS and g.ent_type_ in ("GPE", "LOC")
    ]
    return sorted(found, key=lambda g: abs(g.i - clause.i))[:1]


def recipient(head: Token, lexicon: Lexicon) -> list[Token]:
    """The head as whom something is for, when it names an actor or a place."""
    return [head] if is_actor(head, lexicon) or is_place(head, lexicon) else []


def left_place(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom or where a withdrawal leaves: the "from" phrase of the verb or of the forces
    it moves ("pulled its 150 monitors out of Mali")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in OBJECTS)]
    heads += [g for h in heads[1:] for g in prep_objects(h, frozenset({"of"}))]
    return [
        g
        for h in heads
        for g in prep_objects(h, frozenset({"from"}))
        if is_actor(g, lexicon) or is_place(g, lexicon)
    ][:1]


_RELATION_NOUNS = frozenset({"relation", "regard", "respect", "connection", "reference"})
_RELATION_PREPS = frozenset({"regarding", "concerning"})


def concerned(head: Token) -> list[Token]:
    """What an act is said to concern, for want of anyone it is done to: "imposed
    sanctions in relation to Iraq", "measures with regard to Iran", "a resolution
    concerning Libya"."""
    found = [g for c in head.children if c.lower_ in _RELATION_PREPS for g in c.children]
    found = [g for g in found if g.dep_ in ("pobj", *OBJECTS)]
    for relation in prep_objects(head, frozenset({"in", "with"})):
        if relation.lemma_.lower() in _RELATION_NOUNS:
            found += prep_objects(relation, frozenset({"to", "with"}))
    return possible_actors(found)


def named(head: Token, lexicon: Lexicon) -> bool:
    """An actor not only pointed back to ("the country", "its people")."""
    return is_actor(head, lexicon) and not (head.pos_ == "NOUN" and anaphoric(head))


_BEARING_DEPS = frozenset({"dobj", "obj", "prep", "pobj"})
_BEARING_PREPS = frozenset({"of", "to", "for", "in", "into", "on"})
SITE_PREPS = frozenset({"in", "into", "throughout", "across"})


def where_it_bears(head: Token, lexicon: Lexicon) -> list[Token]:
    """With no one it is done to, an event is aimed at the place or body that what it
    concerns is in: "agreed to an extension of the peacekeeping force in Cyprus", "called
    for reform in US laws", "suspended aid donations for Sarajevo" (the nearest one down
    its objects and prepositional phrases, not its subject or clauses)."""
    frontier, seen = [head], 0
    while frontier and seen < 4:
        seen += 1
        following: list[Token] = []
        for word in frontier:
            for child in word.children:
                if child.dep_ == "prep" and child.lower_ in SITE_PREPS | _BEARING_PREPS:
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    found = [
                        g
                        for g in objects
                        if child.lower_ in SITE_PREPS
                        and (is_place(g, lexicon) or named(g, lexicon))
                        and g.pos_ != "PRON"
                        and may_be_actor(g)
                    ]
                    if found:
                        return found[:1]
                    if child.lower_ in _BEARING_PREPS:
                        following += objects
                elif child.dep_ in OBJECTS or _bears_on(child):
                    following.append(child)
        frontier = following
    return []


def _bears_on(child: Token) -> bool:
    """A phrase through which what an event concerns goes on: a participle ("a ceasefire
    halting Turkey's incursion into Syria", "sanctions imposed on"), an adjective with
    its own phrases ("a ceasefire effective from Sunday in Somalia"), or the act that
    an agreement or an offer leads to ("agreed to extend their mission in X")."""
    if child.dep_ == "acl":
        return child.tag_ in ("VBN", "VBG")
    if child.dep_ == "amod":
        return child.pos_ == "ADJ" and any(c.dep_ == "prep" for c in child.children)
    return child.dep_ == "xcomp" and child.pos_ == "VERB"


def aimed_place(
    trigger: Token, targets: list[Token], lexicon: Lexicon, *, also: tuple[Token, ...] = ()
) -> list[Token]:
    """With no actor to act on, an event is aimed at the place it names: "sought refuge
    in Amman", "a curfew in Jamaica"; with no target at all, also a place named by what
    it moves or keeps (``also``): "strengthened its forces in the Gulf", "remained on
    alert in Manila"."""
    if any(is_actor(t, lexicon) for t in targets):
        return targets
    heads = (trigger, *also) if not targets else (trigger,)
    places = [g for h in heads for g in prep_objects(h, _AIMED_PLACE_PREPS) if is_place(g, lexicon)]
    return places[:1] or targets
