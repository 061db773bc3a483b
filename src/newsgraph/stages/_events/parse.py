"""What every part of the event stage asks of the parse: the dependency labels and entity
types that matter, the lexicon row a word matches, the objects of a preposition, and
whether a word may name an actor or a place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.lexicon import NOT_AN_EVENT, Lexicon, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "csubj"})
OBJECTS = frozenset({"dobj", "obj"})

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Words that head no noun phrase, which the parser may still take for a subject or an
# object ("demanded that deposed president X stand trial": "that" as a subject).
_NOT_NOUNS = frozenset({"PUNCT", "CCONJ", "NUM", "SCONJ", "ADP", "PART", "AUX"})
_ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those"})

PLACE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "outside of"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def anaphoric(noun: Token) -> bool:
    """A bare definite event noun ("the meeting") points back to an event already told."""
    return any(
        (c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS) or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in noun.children
    )


def trigger_of(token: Token, pos: str, lexicon: Lexicon) -> Trigger | None:
    """The first lexicon row for the token's lemma whose conditions all hold."""
    rows = lexicon.triggers.get((token.lemma_.lower(), pos))
    if rows is None and pos == "N":
        rows = lexicon.triggers.get((token.lower_, pos))
    if not rows:
        return None
    kids = _children(token)
    # A row that names a preposition and its object finds the pair on the verb's object
    # too: the parser hangs "as human shields" on "civilians" in "held civilians as
    # human shields".
    with_objects = kids + [
        g
        for o in kids
        if o.dep_ in OBJECTS
        for c in o.children
        if c.dep_ == "prep"
        for g in (c, *(p for p in c.children if p.dep_ == "pobj"))
    ]
    governor = token.head.head if token.head.pos_ == "ADP" else token.head
    for row in rows:
        deps = [cond.deps for cond in row.conditions]
        near = (
            with_objects
            if any("prep" in d for d in deps) and any("pobj" in d for d in deps)
            else kids
        )
        if all(
            (governor.i != token.i and names_one_of(governor, cond.lemmas))
            if "head" in cond.deps
            else any(
                c.dep_ in cond.deps
                and (
                    names_one_of(c, cond.lemmas)
                    # "hundreds of prisoners were released": the people counted
                    or names_one_of(group_noun(c), cond.lemmas)
                    # "flew over 13 metric tons of medicine": the thing measured
                    or names_one_of(_measured(c), cond.lemmas)
                    or ("*" in cond.lemmas and c.dep_ in OBJECTS)  # any direct object
                )
                for c in near
            )
            for cond in row.conditions
        ):
            return row
    return None


def _measured(word: Token) -> Token:
    """What an amount is of: "13 metric tons of medicine" → medicine."""
    if word.ent_type_ == "QUANTITY" and word.pos_ == "NOUN":
        return _what_of(word)
    return word


def _what_of(word: Token) -> Token:
    """The object of the word's "of", else the word ("dozens of demonstrators")."""
    things = prep_objects(word, frozenset({"of"}))
    return things[0] if things else word


def names_one_of(word: Token, lemmas: frozenset[str]) -> bool:
    # the lexicon may list plurals ("troops")
    return word.lemma_.lower() in lemmas or word.lower_ in lemmas


def _children(token: Token) -> list[Token]:
    """Children, and for a preposition child its object too (so "obj:" sees "warrants for X")."""
    kids = [antecedent(c, token) for c in token.children]
    return kids + [g for c in kids if c.dep_ in ("prep", "agent") for g in c.children]


def antecedent(child: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for ("prisoners who were released" → prisoners)."""
    if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return child


def is_event_noun(token: Token, lexicon: Lexicon) -> bool:
    entry = trigger_of(token, "N", lexicon) if token.pos_ == "NOUN" else None
    return entry is not None and entry.cameo != NOT_AN_EVENT


def possible_actors(heads: list[Token]) -> list[Token]:
    """The heads that may name an actor: not a date, a time or a number ("called on
    Monday for …", "Saturday's meeting"), which would keep a better argument from being
    looked for."""
    return [h for h in heads if may_be_actor(h)]


def may_be_actor(head: Token) -> bool:
    """Not a date, a time, a number or an occasion ("for the first time")."""
    if group_noun(head).i != head.i:
        return True  # "dozens of demonstrators"
    if head.ent_type_ in NOT_ACTORS or head.pos_ in _NOT_NOUNS:
        return False
    return not (head.pos_ == "NOUN" and head.lemma_.lower() == "time")


def purpose(clause: Token) -> bool:
    """A "to" clause of purpose: "… to help Haiti"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def is_place(head: Token, lexicon: Lexicon) -> bool:
    """A place name, a part of a named place ("India's northeastern state of Mizoram",
    "the province of Alta Verapaz"), or a noun for a place ("the town", "all Libyan
    territories")."""
    if head.ent_type_ in PLACE_TYPES:
        return True
    if head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.place_nouns:
        return True
    return head.pos_ == "NOUN" and any(
        c.ent_type_ in PLACE_TYPES
        for c in (
            *(c for c in head.children if c.dep_ == "poss"),
            *prep_objects(head, frozenset({"of"})),
        )
    )


def is_actor(head: Token, lexicon: Lexicon) -> bool:
    """A name of a person, group or place, or a noun for people."""
    head = group_noun(head)
    return (
        head.pos_ in ("PROPN", "PRON")
        or head.ent_type_ in ACTOR_ENTS | PLACE_TYPES
        or head.lemma_.lower() in lexicon.people_nouns
        # "Hamas leaders", "Israeli officials", "the company's workers"
        or any(
            c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ACTOR_ENTS
            for c in head.children
        )
    )


def group_noun(head: Token) -> Token:
    """The people a count stands for: "dozens of demonstrators" → demonstrators."""
    if head.ent_type_ == "CARDINAL" or head.pos_ == "NUM":
        return _what_of(head)
    return head


IN = frozenset({"in"})
OF = frozenset({"of"})
WITH = frozenset({"with"})
FROM = frozenset({"from"})


def prep_objects(head: Token, preps: frozenset[str]) -> list[Token]:
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i
        for g in c.children
        if g.dep_ == "pobj"
    ]
