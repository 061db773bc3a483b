"""Who acts: subjects, "by" agents, the subjects a joined or complemented verb lends,
pronouns that stand for the sayer or an earlier object, and who made a claim or a
proposal; and the actor phrases that the heads stand for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.lexicon import Lexicon
from newsgraph.stages._events.model import Actor
from newsgraph.stages._events.parse import (
    ACTOR_ENTS,
    NOT_ACTORS,
    OBJECTS,
    SUBJECTS,
    anaphoric,
    antecedent,
    is_actor,
    may_be_actor,
    trigger_of,
)
from newsgraph.stages._events.phrases import full_phrase, made_phrase, owned_phrase, phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

# Types whose object is often a claim made by someone ("rejected accusations by X").
CLAIM_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE"})


def let_object(verb: Token) -> list[Token]:
    """The object of "let free", "let go", which the parser takes for the subject of the
    verb after "let" ("let free the activist")."""
    if not let_complement(verb):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]


def let_complement(verb: Token) -> bool:
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() == "let"


def passive_subjects(verb: Token) -> list[Token]:
    found = [antecedent(c, verb) for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        found.append(verb.head)  # "a ceasefire brokered by Qatar": the patient
    return found


def owner_of(claim: Token) -> Token:
    """Who a claim comes from ("accusations by Maduro" → Maduro); else the claim itself."""
    if claim.pos_ != "NOUN":
        return claim
    # "an appeal lodged by X", "memos sent by X": the agent of the clause that describes it
    heads = [claim, *(c for c in claim.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
                owner = next((g for g in child.children if g.dep_ == "pobj"), None)
                if owner is not None:
                    return owner
    return claim


def agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive: who did it."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def actor_phrases(heads: list[Token], lexicon: Lexicon) -> list[Actor]:
    """The actors the heads stand for: not dates or numbers, nor another event named in a
    prepositional phrase ("exchanged prisoners, with negotiations ongoing")."""
    actors: list[Actor] = []
    named = {t.i: n for t in heads for n in (_name_after(t),) if n is not None}
    for head in heads:
        if head.i in {n.i for n in named.values()}:
            continue  # told with the title before it
        head = _pronoun_antecedent(resolve_pronoun(head), lexicon)
        if not may_be_actor(head):
            continue
        if head.dep_ == "pobj" and head.pos_ == "NOUN" and trigger_of(head, "N", lexicon):
            continue
        members = [head, *(c for c in head.conjuncts if c.i > head.i)]
        name = named.get(head.i)
        if name is not None:
            actor = Actor((full_phrase(head)[0], full_phrase(name)[1]), (phrase(name),))
        elif owned_claim(head, lexicon):
            actor = Actor(owned_phrase(head), (phrase(head),))
        elif (maker := made_by(head, lexicon)) is not None:
            actor = Actor(made_phrase(head, maker), (phrase(maker),))
        else:
            actor = Actor(full_phrase(head), tuple(phrase(m) for m in members))
        if actor not in actors:
            actors.append(actor)
    return actors


def _name_after(head: Token) -> Token | None:
    """The name the parser took for a second object when it names the first without a
    comma: "meet his counterpart Italian President Sergio Mattarella"."""
    if head.dep_ not in OBJECTS or head.pos_ == "PROPN" or head.ent_type_:
        return None
    after = head.right_edge.i + 1
    return next(
        (
            c
            for c in head.head.children
            if c.dep_ == head.dep_ and c.left_edge.i == after and c.ent_type_ == "PERSON"
        ),
        None,
    )


def owned_claim(head: Token, lexicon: Lexicon) -> bool:
    """What an actor said or did, rejected, defended or denounced as theirs: "rejected U.S.
    calls for a ceasefire", "defended China's protocols for handling the pandemic"."""
    verb = head.head
    # (a plural claim noun may be tagged as a verb: "rejected U.S. calls")
    if head.dep_ not in OBJECTS or head.pos_ in ("PROPN", "PRON") or verb.pos_ != "VERB":
        return False
    entry = trigger_of(verb, "V", lexicon)
    if entry is None or entry.plover not in CLAIM_TYPES or owner_of(head).i != head.i:
        return False
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON" and is_actor(c, lexicon))
        or (c.dep_ == "compound" and c.ent_type_ in ACTOR_ENTS)
        for c in head.children
    )


#: What someone puts forward for another to take up or turn down.
_PROPOSAL_NOUNS = frozenset(
    {"request", "offer", "proposal", "bid", "invitation", "plan", "resolution"}
)


def made_by(head: Token, lexicon: Lexicon) -> Token | None:
    """Who made an offer, a request or a proposal that is turned down, named after it:
    "refused a request from the union", "rejected an offer by the rebels" (the one who
    made it, else None)."""
    verb = head.head
    if (
        head.dep_ not in OBJECTS
        or head.pos_ != "NOUN"
        or head.lemma_.lower() not in _PROPOSAL_NOUNS
        or verb.pos_ != "VERB"
    ):
        return None
    entry = trigger_of(verb, "V", lexicon)
    if entry is None or entry.plover != "REJECT":
        return None
    maker = owner_of(head)
    return maker if maker.i != head.i else None


_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})


def resolve_pronoun(head: Token) -> Token:
    """A pronoun subject in what someone says stands for the sayer: "The rebels said they would
    release …" → the rebels; so does a bare "the government", "his country" bound to what
    it will do: "Lula said his country would not end the tariff" → Lula."""
    spoken_for = _spoken_for(head)
    if (head.pos_ != "PRON" or head.lower_ not in _PRONOUNS) and not spoken_for:
        return head
    clause = head.head
    while clause.dep_ in ("ccomp", "xcomp", "conj", "advcl") and clause.head.i != clause.i:
        was_ccomp = clause.dep_ == "ccomp"
        clause = clause.head
        if was_ccomp:
            sayer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if sayer is None or sayer.pos_ not in ("NOUN", "PROPN"):
                continue
            # (a named sayer only: "officials said the army will …" leaves the army)
            if not spoken_for or any(t.ent_type_ in ACTOR_ENTS for t in sayer.subtree):
                return sayer
    return head


def _spoken_for(head: Token) -> bool:
    """A subject that only points back ("the government", "his country", "the fighters")
    of a clause telling what it will do: the one who says so speaks for it."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "nsubj"
        and anaphoric(head)
        and not any(c.ent_type_ for c in head.subtree)
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUXES for c in head.head.children)
        and head.head.dep_ == "ccomp"
        and head.head.head.pos_ == "VERB"
    )


_FUTURE_AUXES = frozenset({"will", "would", "wo"})
_OBJECT_PRONOUNS = {"him": False, "her": False, "them": True}  # → plural


def _pronoun_antecedent(head: Token, lexicon: Lexicon) -> Token:
    """An object pronoun stands for whom the clause it hangs from acts on: "hit military
    positions and destroyed them", "called Erdogan and urged him", "Ajak was released
    after Kiir pardoned him" (the object, else the passive subject, of a verb up the
    chain, of the pronoun's number)."""
    plural = _OBJECT_PRONOUNS.get(head.lower_)
    if head.pos_ != "PRON" or plural is None:
        return head
    clause = head.head
    while clause.dep_ in ("conj", "advcl", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
        for child in clause.children:
            if child.dep_ not in (*OBJECTS, "nsubjpass") or child.pos_ == "PRON":
                continue
            several = child.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in child.children)
            if several == plural and (plural or is_actor(child, lexicon)):
                return child
    return head


def answerable(noun: Token) -> list[Token]:
    """Who claims or bears responsibility for an event: "the front said it carried out
    the raids", "the militia and its leader are to blame for the massacre", "claimed an
    act of sabotage"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "an act of arson": the act the noun tells
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return []
    word = prep.head
    if word.lemma_.lower() not in ("responsibility", "responsible"):
        return []
    verb = word.head
    if word.dep_ not in (*OBJECTS, "acomp") or verb.i == word.i:
        return []
    return [c for c in verb.children if c.dep_ in SUBJECTS]


def misplaced_subjects(verb: Token) -> list[Token]:
    """A subject the parser hung on the verb's auxiliary ("Spain and Portugal
    however have opposed …") or took for an adverb ("USAID deployed seven teams")."""
    found = [
        g
        for c in verb.children
        if c.dep_ == "aux" and c.i < verb.i
        for g in c.children
        if g.dep_ in SUBJECTS
    ]
    return found or [
        c
        for c in verb.children
        if c.dep_ in ("advmod", "npadvmod")
        and c.i < verb.i
        and c.ent_type_ not in NOT_ACTORS
        and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTS or (c.is_upper and len(c) > 1))
    ]


def inherited_subjects(verb: Token, lexicon: Lexicon | None = None) -> list[Token]:
    """The subject of the verb this one is joined to ("killed … and wounded") or
    complements ("agreed to take in")."""
    head = verb
    if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.pos_ == "ADJ":
        head = head.head.head  # "are guilty of violating the ceasefire": who is guilty
    elif head.dep_ == "pcomp" and head.head.lower_ == "by" and head.head.head.pos_ == "VERB":
        head = head.head.head  # "continues its efforts by donating supplies": who does
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects
    while head.dep_ in ("conj", "xcomp", "acomp", "advcl") and head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        described = verb.head
        if lexicon is not None and not is_actor(described, lexicon) and described.dep_ in OBJECTS:
            # "issued a statement calling on X", "put out a report accusing X": what a
            # thing says or does, its maker does
            makers = [c for c in described.head.children if c.dep_ in SUBJECTS]
            if makers:
                return makers
        return [described]  # "forces that attacked …": the noun the clause describes
    return []
