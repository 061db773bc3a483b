"""What the sentence decides about the events coded in it: which triggers tell no act
(set phrases, injuries with no violence, attacks on computers with no one named, market
demand, sources that cannot act), which list of common nouns is one group, and which
event leads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.lexicon import Lexicon, Trigger
from newsgraph.stages._events.model import Actor, Coded
from newsgraph.stages._events.parse import (
    ACTOR_ENTS,
    HARM_TYPES,
    NOT_ACTORS,
    PLACE_TYPES,
    RELATIVE_TAGS,
    group_noun,
    is_event_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Types whose source must be an agent: a thing ("the software that provides …", "strong
# demand helped …") neither gives, backs, agrees, asks, yields nor refuses. Not the types
# of force, where an instrument acts ("a car bomb killed …", "shells hit …").
_AGENT_TYPES = frozenset(
    {"AID", "SUPPORT", "AGREE", "REQUEST", "RETREAT", "COOPERATE", "CONSULT", "REJECT", "CONCEDE"}
)
_THING_PRONOUNS = frozenset(
    {"this", "that", "these", "those", "which", "what", "something", "anything", "nothing"}
)
# Endings of nouns for people ("buyer", "investor", "economist", "applicant", "resident")
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men")
# Types whose noun, as the predicate of "be", only describes ("would not be a threat").
_PREDICATE_TYPES = frozenset({"THREATEN"})


# Bare nouns that, after these prepositions, are set phrases for no act: "on offer",
# "on demand", "in demand", "in attack" (a team's forwards), "in aid of" (a charity); the
# preposition the noun must govern, if any ("£5m in aid" is aid given).
_SET_PHRASES = {
    "on": {"offer": "", "demand": ""},
    "in": {"demand": "", "attack": "", "aid": "of"},
}
# Verbs that charge someone only with an object or as a passive: "charged over the line"
# is a run, "charged the suspect" or "was charged" an accusation.
_CHARGING = frozenset({"charge"})


def no_act(token: Token, entry: Trigger) -> bool:
    """A trigger word used for no act: a participle as a preposition ("given the cost",
    "given that …"), a verb of charging with no one charged ("charged forward"), a noun
    in a set phrase ("on offer", "in demand"), or a noun that only describes its subject
    ("is a threat to …")."""
    if token.pos_ == "VERB":
        if token.lemma_.lower() in _CHARGING:
            return not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in token.children)
        return token.dep_ in ("prep", "mark") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children
        )
    governed = _SET_PHRASES.get(token.head.lower_, {}).get(token.lemma_.lower())
    if (
        token.dep_ == "pobj"
        and governed is not None
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children)
        and (not governed or any(c.lower_ == governed for c in token.children))
    ):
        return True
    return (
        entry.plover in _PREDICATE_TYPES
        and token.dep_ == "attr"
        and token.head.lemma_.lower() == "be"
    )


# Verbs of injury, which tell an assault only with an attacker or amid violence: "was
# injured in the match" is none, "were injured when gunmen opened fire" is.
_INJURING = frozenset({"injure", "wound", "hurt"})
# Words that tell violence in a sentence whose injuries name no attacker
_VIOLENCE_WORDS = frozenset(
    {
        "attack", "attacker", "bomb", "bomber", "blast", "explosion", "explode", "gunfire",
        "gunman", "gunmen", "gun", "shell", "shelling", "violence", "violent", "clash",
        "riot", "fighting", "militant", "insurgent", "rebel", "rocket", "missile", "mortar",
        "grenade", "shoot", "shooting", "stab", "stabbing", "assault", "raid", "airstrike",
        "strike", "fire", "war", "battle", "soldier", "troops", "police", "massacre",
        "ambush", "beat", "beating", "torture", "mob", "terrorist", "terror", "gang",
        "mine", "landmine", "explosive", "hostage", "kidnap", "arrest", "tank", "combat",
    }
)  # fmt: skip


def no_harm_done(coded: Coded, found: list[Coded]) -> bool:
    """An injury that names no one who caused it, in a sentence that tells no violence
    ("a player was injured", "went off injured"): an accident or a sports injury."""
    verb = coded.trigger
    if verb.lemma_.lower() not in _INJURING:
        return False
    if coded.sources and any(c.dep_ in ("dobj", "obj", "agent") for c in verb.children):
        return False  # "gunmen injured three guards", "was injured by a mob"
    if any(
        other is not coded
        and other.entry.plover in HARM_TYPES
        and other.trigger.lemma_.lower() not in _INJURING
        for other in found
    ):
        return False
    sent = coded.trigger.sent
    return not any(t.lemma_.lower() in _VIOLENCE_WORDS for t in sent)


# Modifiers of an attack on computers ("cyber attacks", "denial of service attacks")
_HACKING_WORDS = frozenset(
    {
        "cyber", "cyber-", "net", "net-based", "virus", "denial", "service", "hacker",
        "hack", "computer", "web", "online", "internet", "spam", "phishing", "worm", "dos",
        "ddos", "network", "email", "e-mail", "malware", "spyware", "website", "server",
        "ransomware", "botnet",
    }
)  # fmt: skip


def aimless_hacking(coded: Coded) -> bool:
    """An attack on computers with neither attacker nor target told ("net attacks are on
    the rise", "protect themselves from attack"): a kind of threat, not an event."""
    noun = coded.trigger
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() == "attack"
        and not coded.sources
        and not coded.targets
        and any(
            w.lower_ in _HACKING_WORDS
            for c in noun.children
            if c.dep_ in ("amod", "compound", "prep", "nmod")
            for w in c.subtree
        )
    )


def market_demand(coded: Coded) -> bool:
    """The noun "demand" in its market sense: singular and made by no one told ("strong
    demand for chips", "to meet demand"); a demand somebody makes names them."""
    noun = coded.trigger
    return (
        coded.entry.plover == "REQUEST"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() == "demand"
        and noun.tag_ == "NN"
        and not coded.sources
    )


def without_actor(coded: Coded, lexicon: Lexicon) -> bool:
    """An event of an agent whose source is told and is clearly no actor ("the deal gives
    the firm control", "this will help lift sales"); one with no source told stays."""
    if coded.entry.plover not in _AGENT_TYPES or not coded.sources:
        return False
    doc = coded.trigger.doc
    heads = [doc[core[0] : core[1]].root for actor in coded.sources for core in actor.cores]
    return all(_no_actor(head, lexicon) for head in heads)


def _no_actor(head: Token, lexicon: Lexicon) -> bool:
    """A head that cannot name an actor: a clause, a pronoun for a thing, a date or a
    number, a common noun for a thing; a name, a personal pronoun or a noun for people,
    institutions or places may."""
    head = group_noun(head)
    if head.tag_ in RELATIVE_TAGS:
        # "the firm, which …", "the software that …": what the pronoun stands for
        clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
        return clause is not None and _no_actor(clause.head, lexicon)
    if head.ent_type_ in ACTOR_ENTS | PLACE_TYPES:
        return False
    if (
        head.ent_type_ in NOT_ACTORS
        or head.tag_ == "VBG"
        or (head.dep_ == "csubj" and head.pos_ in ("VERB", "AUX"))
    ):
        return True  # a date, a number, a clause ("winning the title gave him …")
    if head.pos_ == "PRON":
        return head.lower_ in _THING_PRONOUNS
    if head.pos_ not in ("NOUN", "ADJ") or _may_be_name(head):
        return False  # a name, which the entity stage may have missed or mistyped
    words = {head.lemma_.lower(), head.lower_}
    if words & (lexicon.people_nouns | lexicon.actor_nouns | lexicon.place_nouns):
        return False
    if any(_names_owner(c, lexicon) for c in head.children):
        return False  # what a named actor does: "X's decision", "the refusal of X"
    return not (
        any(c.dep_ == "appos" and not _no_actor(c, lexicon) for c in head.children)
        or _person_like(head, lexicon)
    )


def _person_like(noun: Token, lexicon: Lexicon) -> bool:
    """A noun ending like one for people ("buyers", "investors", "economists"), and not
    a thing named so ("computer")."""
    lemma = noun.lemma_.lower()
    return (
        lemma.endswith(_PERSON_ENDINGS)
        and not lemma.endswith("ment")
        and lemma not in lexicon.thing_nouns
    )


def _may_be_name(word: Token) -> bool:
    """A capitalized word or an acronym ("ICE", "the Resistance"), which the parser may
    tag as a common noun."""
    return (word.is_upper and len(word) > 1) or word.is_title


def _names_owner(child: Token, lexicon: Lexicon) -> bool:
    """A modifier naming whose act or part a noun is: "Egypt's", "the Israeli", "USDA",
    "of the U.S.", "by the court"."""
    if child.dep_ == "prep" and child.lower_ in ("of", "by"):
        return any(_names_owner(g, lexicon) for g in child.children if g.dep_ == "pobj")
    if child.dep_ not in ("poss", "compound", "amod", "pobj"):
        return False
    return (
        child.ent_type_ in ACTOR_ENTS | PLACE_TYPES
        or (child.pos_ == "PROPN" or _may_be_name(child))
        or (
            child.pos_ == "NOUN"
            and child.lemma_.lower() in lexicon.people_nouns | lexicon.actor_nouns
        )
    )


def as_one_group(doc: Doc, actor: Actor, lexicon: Lexicon) -> Actor:
    """A list of common nouns an event is aimed at ("released opposition politicians and
    activists", "attacks on the army and its allies") names one group, not several actors
    each named: one core for the whole list."""
    if len(actor.cores) < 2:
        return actor
    heads = [doc[core[0] : core[1]].root for core in actor.cores]
    if all(h.pos_ == "NOUN" and not h.ent_type_ and not is_event_noun(h, lexicon) for h in heads):
        return Actor(actor.full, (actor.full,))
    return actor


_CAUSE_MARKERS = frozenset({"after", "when", "as", "while"})


def lead_with_causes(found: list[Coded]) -> None:
    """A passive harm that names no one who did it ("nine people died after a mortar
    round hit a market", "three guards were killed when gunmen raided the post") is the
    outcome of the act its clause tells; that act, which has an actor, is the sentence's
    main event, so it takes the outcome's place nearest the root."""
    for outcome in found:
        verb = outcome.trigger
        if (
            outcome.entry.plover not in HARM_TYPES
            or outcome.sources
            or verb.pos_ != "VERB"
            or not any(c.dep_ == "nsubjpass" for c in verb.children)
        ):
            continue
        clauses = [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_MARKERS for m in c.children)
        ]
        for cause in found:
            where = cause.trigger if cause.trigger.pos_ == "VERB" else cause.trigger.head
            if (
                cause is outcome
                or not cause.sources
                or cause.entry.plover not in HARM_TYPES
                or not any(c.left_edge.i <= where.i <= c.right_edge.i for c in clauses)
            ):
                continue
            cause.depth, outcome.depth = outcome.depth, outcome.depth + 1
            break
