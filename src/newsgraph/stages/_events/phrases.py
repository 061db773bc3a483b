"""Where an actor's phrase begins and ends: its modifiers, coordinates and hedged figure,
without the clauses, asides, times, places and destinations that only describe it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.lexicon import load_lexicon
from newsgraph.stages._events.parse import OBJECTS, OF, PLACE_TYPES, SUBJECTS, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DESCRIBING_DEPS = frozenset({"relcl", "acl", "npadvmod"})
_ASIDE_PREPS = frozenset({"including", "following", "in virtue of", "as"})
# Phrases that tell the circumstances of an act, not who its actor is ("police on the
# streets", "aid for 50,000 people due to security concerns", "banks over involvement
# in fraud").
_CIRCUMSTANCE_PREPS = frozenset({"on", "during", "due", "amid", "despite", "over", "because"})
_PHRASE_CUT = frozenset({"punct", "cc", "preconj", "relcl", "acl", "appos", "conj", "prep"})


def made_phrase(head: Token, maker: Token) -> tuple[int, int]:
    """What was put forward with who made it, up to a clause or a comma after the maker:
    "a request from the union (to reopen talks)", "plans drawn up by the council"."""
    holder = maker
    while holder.head.i != head.i:
        holder = holder.head
    doc = head.doc
    end = full_phrase(maker)[1]
    end = max(end, next((t.i for t in doc[end : holder.right_edge.i + 1] if t.is_punct), end))
    return head.left_edge.i, end


def owned_phrase(head: Token) -> tuple[int, int]:
    """A possessed noun with its "of" phrase, without what it is for or about: "Mexico's
    handling of the epidemic", "Theresa May's offer (on citizens' rights)"."""
    end = head.i + 1
    for child in head.rights:
        if child.i != end and child.left_edge.i != end:
            break
        if not (
            child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of")
        ):
            break
        end = child.right_edge.i + 1
    return head.left_edge.i, end


def full_phrase(head: Token) -> tuple[int, int]:
    """The head's whole phrase with its modifiers and coordinates, up to a relative clause."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for member in (head, *head.conjuncts):
        for child in member.rights:
            if (
                _ends_phrase(child)
                or _described_by(member, child)
                or _located(member, child)
                or _destination(member, child)
            ) and child.left_edge.i < end:
                end = child.left_edge.i
        # "a unit of the company that was accused of …": a relative clause on the last
        # noun of an "of" phrase is no part of the actor
        for of_object in prep_objects(member, OF):
            for child in of_object.rights:
                if child.dep_ == "relcl" and child.left_edge.i < end:
                    end = child.left_edge.i
    doc = head.doc
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        if doc[end - 1].is_bracket and doc[end - 1].is_right_punct and _opened(doc, start, end - 1):
            break  # "the African National Congress ( ANC )" keeps its closing bracket
        end -= 1
    if end < len(doc) and doc[end].text == ")" and _opened(doc, start, end):
        end += 1  # the parser hung the closing bracket elsewhere: "the Congo ( DRC )"
    start = _figure_start(doc, start)
    while start < head.i and (
        doc[start].is_punct
        # "both India and Pakistan": the word that announces the list is no member's
        or (
            doc[start].lower_ in ("both", "either") and head.conjuncts and start == head.left_edge.i
        )
    ):
        start += 1
    return start, end


_APPROXIMATORS = frozenset({"about", "around", "over", "almost", "nearly", "some", "roughly"})
_COMPARATIVES = frozenset({"more", "fewer", "less"})


def _figure_start(doc: Doc, start: int) -> int:
    """Where a phrase begins with the word that hedges its figure, which the parser left
    out ("about", "more than"); else ``start``."""
    i = start
    if not doc[i].like_num:
        return start
    if i >= 1 and doc[i - 1].lower_ in _APPROXIMATORS:
        i -= 1
    elif i >= 2 and doc[i - 1].lower_ == "than" and doc[i - 2].lower_ in _COMPARATIVES:
        i -= 2
    return i


#: Verbs that move what they act on somewhere: a "to" phrase on their object is where it
#: goes ("expelled 3,000 miners to Angola"), no part of it.
_MOVING_VERBS = frozenset(
    {
        "deport",
        "extradite",
        "expel",
        "repatriate",
        "transfer",
        "return",
        "release",
        "free",
        "send",
        "evacuate",
        "move",
        "fly",
        "hand",
        "deliver",
    }
)


def _destination(head: Token, child: Token) -> bool:
    """Where the object of a moving verb is moved to ("sent 400 workers back
    to Laos", "hand a captured pilot to the Red Cross")."""
    return (
        child.dep_ == "prep"
        and child.lower_ in ("to", "into")
        and _object_of(head).dep_ in OBJECTS
        and _object_of(head).head.lemma_.lower() in _MOVING_VERBS
        and any(g.dep_ == "pobj" for g in child.children)
    )


def _object_of(head: Token) -> Token:
    """The first member of the list a conjunct belongs to."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head


def _located(head: Token, child: Token) -> bool:
    """Where a named person is ("Saad Hariri in Washington"), or where people named by
    their country are posted ("the Chinese ambassador in Berlin", "Ukrainian forces in the
    Crimea"), is no part of who they are."""
    if not (
        child.dep_ == "prep"
        and child.lower_ in ("in", "at")
        and any(g.dep_ == "pobj" and g.ent_type_ in PLACE_TYPES for g in child.children)
    ):
        return False
    if head.ent_type_ == "PERSON":
        return True
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in load_lexicon().people_nouns
        and any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
            for c in head.lefts
        )
    )


def _opened(doc: Doc, start: int, end: int) -> bool:
    """Whether a bracket opens in ``doc[start:end]`` and is not closed there."""
    depth = 0
    for token in doc[start:end]:
        if token.is_bracket:
            depth += 1 if token.is_left_punct else -1
    return depth > 0


def _described_by(head: Token, child: Token) -> bool:
    """An apposition set off by a comma that describes a place or a thing ("Haifa,
    Israel's third largest city", "Hodeidah, a major flashpoint") is no part of the
    actor; one that names or titles a person ("Angela Merkel, the German chancellor")
    is."""
    if child.dep_ != "appos" or child.left_edge.i == 0:
        return False
    if child.doc[child.left_edge.i - 1].text != ",":
        return False
    # a list the parser takes for an apposition ("Mordor, the Shire, Fornost and Bree")
    # names more actors, not a description
    if head.ent_type_ in ("GPE", "LOC") and child.ent_type_ == "PERSON":
        return True  # a misparse, "from Syria, Defence Minister Sergei Shoigu said"
    if child.pos_ != "NOUN" or any(c.dep_ == "conj" for c in child.children):
        return False
    return head.ent_type_ != "PERSON" and head.pos_ == "PROPN"


def _ends_phrase(child: Token) -> bool:
    """A clause that describes the actor ("who …", "used to make missiles", "to recognize
    Jerusalem"), an "including" list or a "when" phrase ("Obama on Sunday", "a man
    Friday") is no part of an actor."""
    if identifying_participle(child):
        return False
    if child.dep_ in _DESCRIBING_DEPS:
        return True
    if child.dep_ == "prep" and child.lower_ in _ASIDE_PREPS | _CIRCUMSTANCE_PREPS:
        return True
    if child.ent_type_ in ("DATE", "TIME") and child.dep_ in ("npadvmod", "appos", "compound"):
        return True  # "France's ambassador Monday"
    if child.dep_ == "advmod" and child.lower_ in ("here", "there"):
        return True
    if (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _REACTION_NOUNS for g in child.children)
    ):
        return True  # "the gunmen in reaction", "police in response": why, not who
    return child.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children
    )


def identifying_participle(child: Token) -> bool:
    """A passive participle that tells which ones are meant ("forces based in the
    city", "workers employed by the agency", "people affected by the floods") is part of
    the phrase; not one with a subject or an object of its own, which the parser took for
    a clause ("the minister called the president")."""
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBN"
        and child.i == child.left_edge.i
        and child.head.dep_ != "ROOT"
        and not any(
            c.dep_ in (*SUBJECTS, *OBJECTS, "oprd", "mark", "npadvmod", "xcomp")
            for c in child.children
        )
    )


_REACTION_NOUNS = frozenset({"reaction", "response", "retaliation", "revenge", "solidarity"})


def phrase(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase a head stands for, without clauses, appositions or PPs."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _PHRASE_CUT:
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nummod") and child.i == end:
            end = child.i + 1
    return start, end
