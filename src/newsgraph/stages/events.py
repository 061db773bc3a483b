"""The event stage: who did what to whom, coded with PLOVER and CAMEO, and whether it happened.

Triggers are verbs and nouns from the lexicon (``data/events/triggers.tsv``). Their
arguments come from the dependency parse: the subject is the source and the object
or a "with/against/on/to" phrase the target, passives and "by" agents swapped,
"X and Y" split into two actors, a light verb ("launched an attack", "issued
warrants") lending its subject to the event noun it governs. Each event then gets
its status (negated, hypothetical, reported inside an attribution, else asserted),
the time expression and place that the trigger's clause names, and for violence the
casualty figures of its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgraph.records import Event, Span
from newsgraph.stages._attributions.quotes import quote_regions
from newsgraph.stages._event_lexicon import NOT_AN_EVENT, Lexicon, Trigger, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from newsgraph.records import Article, Entity

_SUBJECTS = frozenset({"nsubj", "csubj"})
_OBJECTS = frozenset({"dobj", "obj"})
# Prepositions that introduce the target of an event, by PLOVER type; "*" for all types.
_TARGET_PREPS = {
    "*": frozenset({"against", "upon"}),
    "CONSULT": frozenset({"with"}),
    "COOPERATE": frozenset({"with"}),
    "AGREE": frozenset({"with"}),
    "AID": frozenset({"to", "for"}),
    "ACCUSE": frozenset({"for", "of", "on"}),
    "REQUEST": frozenset({"on", "to"}),
    "SANCTION": frozenset({"for", "on"}),
    "COERCE": frozenset({"on"}),
    "ASSAULT": frozenset({"on", "at"}),
    "PROTEST": frozenset({"over"}),
    "SUPPORT": frozenset({"for", "with"}),
}
# Types whose target may be the subject of a that-clause ("concludes that Israel …").
_CLAUSE_TARGET_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})
# Types whose target may be the subject of a bare clause ("help Haiti cope").
_HELPING_TYPES = frozenset({"AID", "SUPPORT"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Types whose object is usually the thing given or taken back, not an actor.
_GIVING_TYPES = frozenset({"AID", "RETREAT", "CONCEDE", "COOPERATE", "SANCTION"})
_RECIPIENT_PREPS = frozenset({"to", "for"})
# Types where coordinated subjects act on each other ("Canada and Britain agreed").
_RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Codes whose coordinated subjects act on each other too ("Syria and Israel violated the
# ceasefire"): violating a ceasefire.
_MUTUAL_CODES = frozenset({"196"})
# Codes for ties two sides build together ("Chile and Peru restored ties", "… will exchange
# ambassadors"): diplomatic cooperation and recognition.
_TIE_CODES = frozenset({"050", "054"})
# Types whose object is often a claim made by someone ("rejected accusations by X").
_CLAIM_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE"})
_NOUN_TARGET_PREPS = frozenset({"for", "into", "to"})
_THEME_PREPS = frozenset({"on", "against", "with", "to", "between"})
_REFUSING_MODALS = frozenset({"will", "would", "wo", "ca", "can", "could", "shall"})
_REFUSING_GOVERNORS = frozenset({"fail", "refuse", "decline"})
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Words that head no noun phrase, which the parser may still take for a subject or an
# object ("demanded that deposed president X stand trial": "that" as a subject).
_NOT_NOUNS = frozenset({"PUNCT", "CCONJ", "NUM", "SCONJ", "ADP", "PART", "AUX"})
_ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those"})
_PARTICIPANT_PREPS = frozenset({"between", "among"})
_PLACE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "outside of"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_AIMED_PLACE_PREPS = frozenset({"in", "into", "to", "from"})
_DESCRIBING_DEPS = frozenset({"relcl", "acl", "npadvmod"})
_ASIDE_PREPS = frozenset({"including", "following", "in virtue of", "as"})
# Phrases that tell the circumstances of an act, not who its actor is ("police on the
# streets", "aid for 50,000 people due to security concerns", "banks over involvement
# in fraud").
_CIRCUMSTANCE_PREPS = frozenset({"on", "during", "due", "amid", "despite", "over", "because"})
_PHRASE_CUT = frozenset({"punct", "cc", "preconj", "relcl", "acl", "appos", "conj", "prep"})
_CASUALTY_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass(frozen=True, slots=True)
class Actor:
    """An argument: the whole phrase (token range), and the core noun phrase of each
    coordinated member, where entities are looked for ("the health ministry in Gaza" →
    the ministry, not Gaza)."""

    full: tuple[int, int]
    cores: tuple[tuple[int, int], ...]


@dataclass(slots=True)
class Coded:
    """An event as the parse shows it: trigger, argument phrases, status."""

    trigger: Token
    entry: Trigger
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    participants: list[Actor] = field(default_factory=list)
    status: str = "asserted"
    depth: int = 0  # distance from the sentence root: the main event is the shallowest


def find_events(doc: Doc, article: Article) -> list[Event]:
    """The events of the article, in text order, ids "V1", "V2", …."""
    lexicon = load_lexicon()
    quotations = quote_regions(article.text)
    events: list[Event] = []
    for sent in doc.sents:
        for coded in code_sentence(sent, lexicon):
            events.append(_to_event(coded, sent, article, quotations, f"V{len(events) + 1}"))
    return events


def code_sentence(sent: SpacySpan, lexicon: Lexicon | None = None) -> list[Coded]:
    """Every event a sentence states, with its arguments and status, in text order."""
    lexicon = lexicon or load_lexicon()
    found: list[Coded] = []
    absorbed: set[int] = set()  # event nouns already coded through their light verb
    for token in sent:
        if token.i in absorbed:
            continue
        noun = _light_verb_object(token, lexicon)
        if noun is not None:
            entry = _match(noun, "N", lexicon)
            if entry is not None and entry.cameo != NOT_AN_EVENT:
                absorbed.add(noun.i)
                found.append(_code_noun(noun, entry, lexicon, via=token))
                continue
        pos = "V" if token.pos_ == "VERB" else "N" if token.pos_ in ("NOUN", "PROPN") else ""
        if not pos or token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        if token.pos_ == "PROPN" and token.ent_type_ in ("DATE", "TIME"):
            continue  # a month's name is no event: "on March 10"
        entry = _match(token, pos, lexicon)
        if entry is None or entry.cameo == NOT_AN_EVENT or _subsumed(token, pos, lexicon):
            continue
        if _no_act(token, entry):
            continue
        if pos == "V":
            found.append(_code_verb(token, entry, lexicon))
            continue
        via = _governing_verb(_carrier(token, lexicon), lexicon)
        coded = _code_noun(token, entry, lexicon, via=via)
        if coded.sources or coded.targets or coded.participants or not _anaphoric(token):
            found.append(coded)
    found += _untold_demands(sent, found, lexicon)
    found = [coded for coded in found if not _without_actor(coded, lexicon)]
    found = [coded for coded in found if not _no_harm_done(coded, found)]
    found = [coded for coded in found if not _market_demand(coded)]
    found = [coded for coded in found if not _aimless_hacking(coded)]
    for coded in found:
        coded.targets = [
            a if a in coded.sources else _as_one_group(sent.doc, a, lexicon) for a in coded.targets
        ]
    found.sort(key=lambda c: c.trigger.i)
    _lead_with_causes(found)
    return found


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


def _no_act(token: Token, entry: Trigger) -> bool:
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


def _no_harm_done(coded: Coded, found: list[Coded]) -> bool:
    """An injury that names no one who caused it, in a sentence that tells no violence
    ("a player was injured", "went off injured"): an accident or a sports injury."""
    verb = coded.trigger
    if verb.lemma_.lower() not in _INJURING:
        return False
    if coded.sources and any(c.dep_ in ("dobj", "obj", "agent") for c in verb.children):
        return False  # "gunmen injured three guards", "was injured by a mob"
    if any(
        other is not coded
        and other.entry.plover in _HARM_TYPES
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


def _aimless_hacking(coded: Coded) -> bool:
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


def _market_demand(coded: Coded) -> bool:
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


def _without_actor(coded: Coded, lexicon: Lexicon) -> bool:
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
    head = _group_noun(head)
    if head.tag_ in _RELATIVE_TAGS:
        # "the firm, which …", "the software that …": what the pronoun stands for
        clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
        return clause is not None and _no_actor(clause.head, lexicon)
    if head.ent_type_ in _ACTOR_ENTS | _PLACE_TYPES:
        return False
    if (
        head.ent_type_ in _NOT_ACTORS
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
        child.ent_type_ in _ACTOR_ENTS | _PLACE_TYPES
        or (child.pos_ == "PROPN" or _may_be_name(child))
        or (
            child.pos_ == "NOUN"
            and child.lemma_.lower() in lexicon.people_nouns | lexicon.actor_nouns
        )
    )


def _as_one_group(doc: Doc, actor: Actor, lexicon: Lexicon) -> Actor:
    """A list of common nouns an event is aimed at ("released opposition politicians and
    activists", "attacks on the army and its allies") names one group, not several actors
    each named: one core for the whole list."""
    if len(actor.cores) < 2:
        return actor
    heads = [doc[core[0] : core[1]].root for core in actor.cores]
    if all(h.pos_ == "NOUN" and not h.ent_type_ and not _is_event_noun(h, lexicon) for h in heads):
        return Actor(actor.full, (actor.full,))
    return actor


_CAUSE_MARKERS = frozenset({"after", "when", "as", "while"})
_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def _lead_with_causes(found: list[Coded]) -> None:
    """A passive harm that names no one who did it ("nine people died after a mortar
    round hit a market", "three guards were killed when gunmen raided the post") is the
    outcome of the act its clause tells; that act, which has an actor, is the sentence's
    main event, so it takes the outcome's place nearest the root."""
    for outcome in found:
        verb = outcome.trigger
        if (
            outcome.entry.plover not in _HARM_TYPES
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
                or cause.entry.plover not in _HARM_TYPES
                or not any(c.left_edge.i <= where.i <= c.right_edge.i for c in clauses)
            ):
                continue
            cause.depth, outcome.depth = outcome.depth, outcome.depth + 1
            break


def _subsumed(token: Token, pos: str, lexicon: Lexicon) -> bool:
    """A trigger that only completes another: "arrest" in "arrest warrants", "take in"
    in "agreed to take in" (the governing event is the one to code)."""
    head = token.head
    if pos == "N":
        return token.dep_ == "compound" and _match(head, "N", lexicon) is not None
    if token.dep_ == "xcomp" and head.pos_ == "VERB":
        return _match(head, "V", lexicon) is not None
    return False


def _anaphoric(noun: Token) -> bool:
    """A bare definite event noun ("the meeting") points back to an event already told."""
    return any(
        (c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS) or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in noun.children
    )


def _match(token: Token, pos: str, lexicon: Lexicon) -> Trigger | None:
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
        if o.dep_ in _OBJECTS
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
            (governor.i != token.i and _names_one_of(governor, cond.lemmas))
            if "head" in cond.deps
            else any(
                c.dep_ in cond.deps
                and (
                    _names_one_of(c, cond.lemmas)
                    # "hundreds of prisoners were released": the people counted
                    or _names_one_of(_group_noun(c), cond.lemmas)
                    # "flew over 13 metric tons of medicine": the thing measured
                    or _names_one_of(_measured(c), cond.lemmas)
                    or ("*" in cond.lemmas and c.dep_ in _OBJECTS)  # any direct object
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
    things = _prep_objects(word, frozenset({"of"}))
    return things[0] if things else word


def _names_one_of(word: Token, lemmas: frozenset[str]) -> bool:
    # the lexicon may list plurals ("troops")
    return word.lemma_.lower() in lemmas or word.lower_ in lemmas


def _children(token: Token) -> list[Token]:
    """Children, and for a preposition child its object too (so "obj:" sees "warrants for X")."""
    kids = [_antecedent(c, token) for c in token.children]
    return kids + [g for c in kids if c.dep_ in ("prep", "agent") for g in c.children]


def _antecedent(child: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for ("prisoners who were released" → prisoners)."""
    if child.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return child


def _governing_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb an event noun is the object of, when that verb is no event itself:
    "opened fraud investigations", "lodged a complaint" (its subject is the source)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in _TAKING_PART_PREPS and verb.dep_ == "prep":
        # "went on strike", "stopped work in a strike", "gather for a meeting": who takes
        # part in a protest or a meeting; not "died in an attack"
        entry = _match(noun, "N", lexicon)
        if entry is None or entry.plover not in _TAKING_PART_TYPES:
            return None
        noun, verb = verb, verb.head
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
    if noun.dep_ not in (*_OBJECTS, "prep") or verb.pos_ != "VERB" or _match(verb, "V", lexicon):
        return None
    return verb


_TAKING_PART_PREPS = frozenset({"in", "on", "for", "at", "into"})
_TAKING_PART_TYPES = frozenset({"PROTEST", "CONSULT"})


def _carrier(noun: Token, lexicon: Lexicon) -> Token:
    """The noun whose phrase carries an event noun's arguments: "a mediation effort between
    X and Y", "a state of siege in Pando", "a round of talks with X"; else the noun itself."""
    head = noun.head
    if noun.dep_ == "prep" or head.i == noun.i:
        return noun
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ != "compound":
        return noun
    if head.pos_ != "NOUN" or head.ent_type_ or _match(head, "N", lexicon) is not None:
        return noun
    return head


def _light_verb_object(token: Token, lexicon: Lexicon) -> Token | None:
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.light_verbs:
        return None
    # "staged a war game", and in the passive "the war game was staged by X"
    return next((c for c in token.children if c.dep_ in (*_OBJECTS, "nsubjpass")), None)


def _code_verb(verb: Token, entry: Trigger, lexicon: Lexicon) -> Coded:
    coded = Coded(trigger=verb, entry=entry, depth=_depth(verb))
    subjects = [_antecedent(c, verb) for c in verb.children if c.dep_ in _SUBJECTS]
    freed = _let_object(verb)
    if _let_complement(verb) and not [s for s in subjects if s.i < verb.i]:
        # "Egypt let free the activist": Egypt frees the activist
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    if not subjects and not _passive_subjects(verb):
        subjects = _misplaced_subjects(verb) or _inherited_subjects(verb, lexicon)
    sources = subjects + _agents(verb)
    sources += [
        a
        for head in subjects
        for c in head.children
        # ("warplanes supported by Russia": who the actor is; "a report released by
        # Amnesty": who made the thing that acts)
        if c.dep_ == "acl" and not (_identifying_participle(c) and _is_actor(head, lexicon))
        for a in _agents(c)
    ]
    if not sources and entry.plover == "COERCE" and _passive_subjects(verb):
        # "was arrested in Rwanda": with no one named, the state where it was done did it
        sources = [g for g in _prep_objects(verb, frozenset({"in"})) if g.ent_type_ == "GPE"]
        if entry.mode == "deport":  # "were expelled from Sudan": the state they had to leave
            sources = sources or [
                g for g in _prep_objects(verb, frozenset({"from"})) if g.ent_type_ == "GPE"
            ]
    coded.sources = _actor_phrases(sources, lexicon)
    # "the union warned that it would not call off the walkout": a target that is the
    # source itself is no one the event is aimed at
    coded.targets = [
        a
        for a in _actor_phrases(freed or _verb_targets(verb, entry, lexicon), lexicon)
        if a not in coded.sources
    ]
    if entry.plover == "ACCUSE":
        coded.targets = [_without_charge(verb.doc, a, lexicon) for a in coded.targets]
    if entry.plover in _HARM_TYPES:
        coded.targets = [_with_site_place(verb, a, lexicon) for a in coded.targets]
    coded.participants = _actor_phrases(_prep_objects(verb, _PARTICIPANT_PREPS), lexicon)
    _reciprocal(coded, lexicon)
    if entry.cameo in _MUTUAL_CODES and not any(a in coded.sources for a in coded.targets):
        # "the Houthis violated a UN-brokered ceasefire": with one side named, the event is
        # aimed at the truce it breaks, not at where that happened
        doc = verb.doc
        broken = [c for c in verb.children if c.dep_ in _OBJECTS]
        if broken and not any(
            _is_actor(root, lexicon) and not _where_done(root)
            for a in coded.targets
            for root in (doc[a.full[0] : a.full[1]].root,)
        ):
            # without where it was broken: "violated the ceasefire in Compostela Valley"
            coded.targets = [
                Actor(
                    (a.full[0], min([a.full[1], *_place_starts(doc[a.full[0] : a.full[1]])])),
                    a.cores,
                )
                for a in _actor_phrases(broken, lexicon)
            ]
    coded.status = _status(verb, lexicon)
    return _as_demand(_as_intent(_as_refusal(coded, lexicon), lexicon), lexicon)


def _without_charge(doc: Doc, actor: Actor, lexicon: Lexicon) -> Actor:
    """The accused without the charge the parser hung on them: "accused the Nigerian
    military (of mass slaughter in Zaria)", "accused the legislation (of attacking civil
    society)"; not "condemned the gross violations of human rights"."""
    root = doc[actor.full[0] : actor.full[1]].root
    if root.dep_ not in _OBJECTS:
        return actor
    charges = [
        c.i
        for c in root.rights
        if c.dep_ == "prep"
        and c.lower_ in _CHARGE_PREPS
        and (_names_actor(root, lexicon) or any(g.dep_ == "pcomp" for g in c.children))
    ]
    if not charges:
        return actor
    return Actor((actor.full[0], min(charges)), actor.cores)


_CHARGE_PREPS = frozenset({"of", "for"})


def _names_actor(head: Token, lexicon: Lexicon) -> bool:
    """A name or a noun for people itself, not a thing an actor owns ("North Korea's
    violations")."""
    return (
        head.pos_ in ("PROPN", "PRON")
        or head.ent_type_ in _ACTOR_ENTS
        or _group_noun(head).lemma_.lower() in lexicon.people_nouns
    )


def _let_object(verb: Token) -> list[Token]:
    """The object of "let free", "let go", which the parser takes for the subject of the
    verb after "let" ("let free the activist")."""
    if not _let_complement(verb):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]


def _let_complement(verb: Token) -> bool:
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() == "let"


def _place_starts(phrase: SpacySpan) -> list[int]:
    """Where the "in/at/near" phrases hanging on a phrase's head begin."""
    return [c.i for c in phrase.root.rights if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS]


def _where_done(head: Token) -> bool:
    """A place an "in/at/near" phrase names ("violated the ceasefire in Jezeera"): where
    the act happened, not whom it touched."""
    return head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS


def _passive_subjects(verb: Token) -> list[Token]:
    found = [_antecedent(c, verb) for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        found.append(verb.head)  # "a ceasefire brokered by Qatar": the patient
    return found


def _verb_targets(verb: Token, entry: Trigger, lexicon: Lexicon) -> list[Token]:
    """The heads of whom or what a verb's event is done to."""
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    objects += _stray_conjuncts(verb, objects, lexicon)
    objects = [o for o in objects if not _stray_apposition(verb, o)]
    # (a "for" the parser calls a dative without an object is no recipient: "gave
    # authorization for an aide to be extradited")
    recipients = _prep_objects(verb, _RECIPIENT_PREPS) + [
        next((g for g in c.children if g.dep_ == "pobj"), c) if c.pos_ == "ADP" else c
        for c in verb.children
        if c.dep_ in ("dative", "iobj")
        and (c.pos_ != "ADP" or any(g.dep_ == "pobj" for g in c.children))
    ]
    # People the row names are whom the event is done to ("released the prisoners"),
    # unless the event provides them: "sent 200 troops in Syria", "deployed doctors".
    themes = [
        o
        for o in objects
        if _is_theme(o, entry)
        and (
            entry.plover == "AID"
            or entry.cameo in _TIE_CODES  # "exchange ambassadors": what ties are built with
            or o.lemma_.lower() not in lexicon.people_nouns
        )
    ]
    passives = _passive_subjects(verb)
    if entry.plover in _GIVING_TYPES:
        # What is given is a theme; the target is who gets it, else an object that is an
        # actor: a name, or people ("released the peacekeepers"). So is what a passive
        # says was given ("sanctions against Iran were lifted").
        # With no recipient named, an object that names people ("released a Turkish
        # ship", "freed a former presidential candidate") is whom the event is done to.
        given = [
            o
            for o in objects + passives
            if o.pos_ != "PROPN"
            and o.ent_type_ not in _ACTOR_ENTS
            and (
                _group_noun(o).lemma_.lower() not in lexicon.people_nouns
                # "sent 200 doctors to Haiti": people sent to a recipient are what is given
                or (entry.plover == "AID" and any(_recipient(r, lexicon) for r in recipients))
            )
            and (recipients or not _released_actor(o, lexicon))
        ]
        themes += given
        passives = [p for p in passives if p not in given]
        if entry.plover == "AID":
            # "help restore order across the region in Chad": no one gets
            # an aim; the place it is pursued in does
            recipients = [t for r in recipients for t in _beneficiary(r, lexicon)]
        if entry.plover == "RETREAT" and any(_names_people(o, lexicon) for o in objects):
            recipients = []  # "release a volunteer to the Red Cross": the one let go
    elif entry.plover == "AGREE" and any(_is_actor(r, lexicon) for r in recipients):
        # "offered logistical support to French operations", "offered to US an armored
        # regiment": what is offered is a theme, whom it is offered to the target
        themes += [
            o for o in objects if not _is_actor(o, lexicon) and not _event_noun_targets(o, lexicon)
        ]
        recipients = [r for r in recipients if _is_actor(r, lexicon)]
    else:
        recipients = []
    if entry.plover == "MOBILIZE" or entry.mode == "disarm":
        # "withdrew its troops from X", "mobilized the army": the forces moved are the
        # actor's own, not whom the event is aimed at.
        themes += [o for o in objects if o.pos_ != "PROPN" and o.ent_type_ not in _ACTOR_ENTS]
    if entry.plover in ("AGREE", "CONCEDE"):
        # "accepted the demands by protesters", "conceded to demands from X": who made them
        objects = [_owner_of(o) if _is_event_noun(o, lexicon) else o for o in objects]
        recipients = [_owner_of(r) if _is_event_noun(r, lexicon) else r for r in recipients]
    if entry.plover == "AGREE":
        # "will not accept refugees from Afghanistan": taking in those who come from a
        # country bears on that country
        objects = [_homeland(o, lexicon) or o for o in objects]
    if entry.plover in _CLAIM_TYPES:
        # "denied charges by the State Department": the target is who made the claim.
        # "rejected Netanyahu's suggestion": a claim whose owner is named before it
        # "refused a request from X", "rejected an offer by X": what X put forward, with X
        owners = {o.i: o if _made_by(o, lexicon) else _list_owner(o) for o in objects}
        kept = [
            o
            for o in objects
            if o not in themes or owners[o.i].i != o.i or _owned_claim(o, lexicon)
        ]
        objects = [owners[o.i] for o in kept]
        themes = [t for t in themes if t not in kept]
    else:
        objects = [o for o in objects if o not in themes]
    # "lifted the ban on X", "lifted sanctions imposed on X", "provided $3 million in
    # funding to X": the theme's own target.
    theme_targets = [
        g
        for t in themes
        for head in (
            t,
            # "lifted sanctions imposed on X", "the ban that they imposed on X"
            *(c for c in t.children if c.dep_ in ("acl", "relcl")),
            *_prep_objects(t, frozenset({"in", "of"})),
        )
        for g in _prep_objects(head, _THEME_PREPS)
        for g in _goods(g)
    ]
    # "relaxed limits on food shipments to Cuba", "gave $20 million for
    # relief work in western Sudan": an event the theme bears on is aimed where it is.
    theme_targets = [
        t
        for g in theme_targets
        for t in (_event_aim(g, lexicon) if _is_event_noun(g, lexicon) else [g])
    ] + [
        t
        for theme in themes
        for g in _prep_objects(theme, frozenset({"for"}))
        # "suspended aid donations for Sarajevo": whom what is given is for
        for t in (_event_aim(g, lexicon) if _is_event_noun(g, lexicon) else _recipient(g, lexicon))
    ]
    if entry.plover == "RETREAT":
        # "return weapons seized from X", "weapons they seized from the army": whom what
        # is given back was taken from
        theme_targets += [
            g
            for t in themes
            for m in (t, *t.conjuncts)
            for c in m.children
            if c.dep_ in ("acl", "relcl")
            for g in _prep_objects(c, frozenset({"from"}))
            if _is_actor(g, lexicon)
        ]
    # "lifted its blockade of Yemen": whom the theme is done to; not what is sent
    # ("sent teams of CIA operatives into Libya").
    theme_targets += [
        g
        for t in themes
        if entry.plover != "AID"
        for g in _prep_objects(t, frozenset({"of"}))
        if _is_actor(g, lexicon)
    ]
    objects = [
        t
        for o in objects
        for t in (
            []
            if _owned_claim(o, lexicon) or _made_by(o, lexicon)
            else _event_noun_targets(o, lexicon) or _asked_targets(o, lexicon)
        )
        or [o]
    ]
    targets = passives + recipients + objects
    if not any(_is_actor(t, lexicon) for t in targets):
        # "clashed with police", "closed its borders with Togo", "shared evidence with
        # their counterparts": the other side
        targets += _counterparts(verb, entry, lexicon)
    # "remained on alert in Manila": what the row asks for carries the place too.
    carried = [c for c in verb.children if c.dep_ in _OBJECTS] + [
        g for g in _prep_objects(verb, frozenset({"on"})) if _is_theme(g, entry)
    ]
    aimed = _prep_objects(verb, _target_preps(entry))
    if entry.plover == "AID":
        aimed = [t for r in aimed for t in _beneficiary(r, lexicon)]
    if entry.plover == "ACCUSE" and any(_is_actor(o, lexicon) for o in objects):
        # "criticizing the government on human rights": with whom it is aimed at named,
        # what the charge is about is no target
        aimed = [g for g in aimed if _is_actor(g, lexicon)]
    targets = _aimed_place(
        verb,
        _possible_actors(targets + aimed + theme_targets),
        lexicon,
        also=tuple(carried),
    )
    if entry.plover in _HARM_TYPES and all(
        t.dep_ == "pobj" and t.head.head.i == verb.i and t.head.lower_ in _IN for t in targets
    ):
        # "stormed a police headquarters in eastern Afghanistan": the site struck, not
        # the region it lies in
        targets = _struck_sites(verb, lexicon) or targets
    if entry.plover in _DELIVERING_TYPES and not any(_is_actor(t, lexicon) for t in targets):
        targets = _delivered_to(verb, lexicon) or targets
    if entry.plover in _CLAUSE_TARGET_TYPES and not targets:
        targets = [
            g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"
        ]
    if entry.plover in _HELPING_TYPES and not targets:
        # "help Haiti cope with …", "allow the rebels to leave": whom the act is done for
        targets = [
            g
            for c in verb.children
            if c.dep_ == "ccomp" and not any(m.dep_ == "mark" for m in c.children)
            for g in c.children
            if g.dep_ == "nsubj" and (_is_actor(g, lexicon) or _is_place(g, lexicon))
        ]
    if entry.plover == "REJECT" and not targets:
        targets = _pressing(verb, lexicon)
    if entry.plover == "RETREAT" and entry.mode == "disarm":
        # "withdrew peacekeepers from Sinai", "began withdrawing some of its troops from
        # Syria": the forces are the actor's own; where they leave is the target
        targets = _left_place(verb, lexicon) or targets
    targets = targets or _nested_targets(verb, lexicon) or _concerned(verb)
    if not targets:  # "resigned as president of Indonesia": whom the office serves
        targets = [
            g
            for office in _prep_objects(verb, frozenset({"as"}))
            for g in _prep_objects(office, frozenset({"of"}))
            if _is_actor(g, lexicon)
        ]
    if entry.plover != "CONSULT" or entry.mode == "visit":  # not where a meeting is
        targets = targets or _where_it_bears(verb, lexicon)
    if not targets and _countrywide(entry):
        targets = _country_of(verb)
    if (
        verb.dep_ in ("advcl", "xcomp")
        and _purpose(verb)
        and not any(_named(t, lexicon) and t.lower_ not in _DEMONSTRATIVES for t in targets)
    ):
        # "summoned the ambassador to complain", "sent officials to Qatar to investigate a
        # report": whom or where the act it is the purpose of reached ("sent resources to
        # Colombia to help the country": Colombia, not "the country").
        reached = [
            o
            for o in verb.head.children
            if o.dep_ in _OBJECTS and _is_actor(o, lexicon) and o.pos_ != "PRON"
        ]
        # ("sending a crew to Boise": the parser may hang the place on what is sent)
        # ("sent trucks and a unit of engineers to Malawi": or on a part of it)
        sent = [verb.head, *(o for o in verb.head.children if o.dep_ in _OBJECTS)]
        sent += [g for o in sent[1:] for m in o.conjuncts for g in (m, *_prep_objects(m, _OF))]
        sent += [g for o in sent[1:] for g in _prep_objects(o, _OF)]
        destinations = [
            g
            for g in [g for h in sent for g in _prep_objects(h, frozenset({"to", "into"}))]
            + [g for c in verb.head.children if c.dep_ == "dative" for g in c.children]
            if _is_actor(g, lexicon) or _is_place(g, lexicon)
        ]
        if (
            destinations
            and verb.head.lemma_.lower() in _SENDING_VERBS
            and all(o.pos_ == "NOUN" and _names_people(o, lexicon) for o in reached)
        ):
            reached = []  # "dispatched inspectors to X to …": the people sent go to X
        targets = reached or destinations or targets
    if entry.plover == "REQUEST":
        targets = _protest_aim(verb, lexicon) or targets
    if entry.plover == "PROTEST":
        targets = [_maker(t, lexicon) for t in targets]
    return targets


_PROTESTING_TYPES = frozenset({"PROTEST", "MOBILIZE"})


def _protest_aim(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What a call to protest is aimed at: "called on workers to mobilize against the
    war", "urged followers to join a rally against the new rules" (the protest's
    "against" phrase, not those called to take part)."""
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        entry = _match(clause, "V", lexicon) if clause.pos_ == "VERB" else None
        heads = [clause] if entry is not None and entry.plover in _PROTESTING_TYPES else []
        heads += [
            g
            for g in _prep_objects(clause, frozenset({"at", "in", "to", "for"}))
            + [o for o in clause.children if o.dep_ in _OBJECTS]
            if (row := _match(g, "N", lexicon) if g.pos_ == "NOUN" else None) is not None
            and row.plover in _PROTESTING_TYPES
        ]
        found = [g for h in heads for g in _prep_objects(h, frozenset({"against"}))]
        if found:
            return [_maker(g, lexicon) for g in found[:1]]
    return []


def _homeland(people: Token, lexicon: Lexicon) -> Token | None:
    """The country a noun for people says they come from ("refugees from Myanmar")."""
    if people.pos_ != "NOUN" or not _names_people(people, lexicon):
        return None
    # (the parser may hang the "from" phrase on the verb, right after the people)
    after = [g for g in _prep_objects(people.head, _FROM) if g.head.i == people.right_edge.i + 1]
    return next((g for g in _prep_objects(people, _FROM) + after if g.ent_type_ == "GPE"), None)


#: Verbs that send one's own people somewhere.
_SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "fly", "rush"})

#: Nouns for trade in goods: a measure on "imports of X" bears on X.
_TRADE_NOUNS = frozenset({"import", "export", "imports", "exports", "sale", "sales"})


def _goods(word: Token) -> list[Token]:
    """The goods a trade noun names ("a ban on imports of Chilean salmon" bears on the
    salmon), else the word itself."""
    if word.lemma_.lower() in _TRADE_NOUNS:
        return _prep_objects(word, _OF) or [word]
    return [word]


def _struck_sites(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The sites a harm is done to that are no actor: a base, a mosque, positions,
    "military and security targets" (the place nouns of the lexicon)."""
    return [
        o
        for o in verb.children
        if o.dep_ in _OBJECTS
        and o.pos_ == "NOUN"
        and _is_place(o, lexicon)
        and not _is_event_noun(o, lexicon)
        and not _is_actor(o, lexicon)
    ]


def _with_site_place(verb: Token, actor: Actor, lexicon: Lexicon) -> Actor:
    """A site struck keeps the place the parser hung on the verb right after it: "stormed
    a police headquarters in eastern Afghanistan", "captured the mosque in Mosul"."""
    doc = verb.doc
    head = doc[actor.full[0] : actor.full[1]].root
    if (
        head.head.i != verb.i
        or head.dep_ not in _OBJECTS
        or head.i not in {s.i for s in _struck_sites(verb, lexicon)}
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
        (g for g in (prep.children if prep else ()) if g.dep_ == "pobj" and _is_place(g, lexicon)),
        None,
    )
    if place is None:
        return actor
    return Actor((actor.full[0], _phrase(place)[1]), actor.cores)


def _stray_apposition(verb: Token, obj: Token) -> bool:
    """A second object the parser made of an apposition: "established ties with Bhutan, a
    majority-Buddhist nation", "outlawed the Zairian Association, the country's leading
    human rights organization" describe what comes before the comma, no one else."""
    doc = verb.doc
    comma = obj.left_edge.i - 1
    if obj.dep_ not in _OBJECTS or obj.pos_ != "NOUN" or comma < 1 or doc[comma].text != ",":
        return False
    if obj.left_edge.dep_ not in ("det", "poss") and obj.left_edge.i != obj.i:
        return False
    return any(
        c.i < obj.i and c.right_edge.i == comma - 1 and c.dep_ in (*_OBJECTS, "prep")
        for c in verb.children
    )


def _stray_conjuncts(verb: Token, objects: list[Token], lexicon: Lexicon) -> list[Token]:
    """Objects the parser joined to the verb rather than to its object ("banned the
    Workers Front (WF) and the newly founded Farmers League"):
    a noun after the object coordinated with the verb, with no verb or subject of its
    own, names one more actor the event is done to; not another event ("pounded the
    hideouts with artillery and airstrikes") nor a thing ("talks about Syria, as well
    as the gas pipeline")."""
    if len(objects) != 1 or objects[0].i < verb.i:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.i > objects[0].i
        and _is_actor(c, lexicon)
        and not _is_event_noun(c, lexicon)
        and not any(g.dep_ in (*_SUBJECTS, "aux", "auxpass", "cop") for g in c.children)
    ]


# Types whose "to" phrase names who gets what is given, wherever the parser hangs it.
_DELIVERING_TYPES = frozenset({"AID", "RETREAT"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "conj", "appos"})


def _delivered_to(verb: Token, lexicon: Lexicon) -> list[Token]:
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
            and (_is_actor(token, lexicon) or _is_place(token, lexicon))
        ):
            found.append(token)
        stack += [c for c in token.children if c.dep_ not in _CLAUSE_DEPS]
    return sorted(found, key=lambda g: g.i)[:1]


_DEPLOYMENT_NOUNS = frozenset({"mission", "force", "operation", "contingent"})


def _beneficiary(recipient: Token, lexicon: Lexicon) -> list[Token]:
    """Who gets what is given to a recipient: the recipient when it is an actor or a
    place, else the place its phrase names ("the peacekeeping operation in Georgia's
    conflict zones"), else the recipient itself. A mission or a force sent to a named
    place serves that place ("troops for the UN mission in Mali": Mali)."""
    if recipient.lemma_.lower() in _DEPLOYMENT_NOUNS:
        served = [g for g in _prep_objects(recipient, _IN) if g.ent_type_ in ("GPE", "LOC")]
        if served:
            return served[:1]
    if _is_actor(recipient, lexicon) or _is_place(recipient, lexicon):
        return [recipient]
    places = [
        g
        for g in recipient.subtree
        if g.dep_ == "pobj"
        and g.head.lower_ in _IN
        and g.head.head.dep_ != "pcomp"
        and _is_place(g, lexicon)
    ]
    return places[:1] or [recipient]


def _maker(protested: Token, lexicon: Lexicon) -> Token:
    """Who made what a protest is against ("new laws imposed by the government", "human
    rights violations by the police"): whom the protest is aimed at."""
    if _is_actor(protested, lexicon):
        return protested
    owner = _owner_of(protested)
    return owner if _is_actor(owner, lexicon) else protested


_SETTLING_NOUNS = frozenset({"agreement", "deal", "accord", "settlement", "talks"})


def _protested(governed: tuple[Token, ...], entry: Trigger, lexicon: Lexicon) -> list[Token]:
    """What a strike or a protest that names no target is aimed at, as its clause tells:
    "a hunger strike in protest against new laws", "started a hunger strike, protesting
    the state's unemployment system", and for a labour strike the party it is settled
    with ("called off the strike after reaching agreement with the government")."""
    for head in governed:
        for protest in _prep_objects(head, _IN):
            row = _match(protest, "N", lexicon) if protest.pos_ == "NOUN" else None
            if row is not None and row.plover == "PROTEST":
                return _prep_objects(protest, _target_preps(row) | frozenset({"at"}))
        for clause in head.children:
            row = _match(clause, "V", lexicon) if clause.dep_ == "advcl" else None
            if row is not None and row.plover == "PROTEST" and clause.tag_ == "VBG":
                return _verb_targets(clause, row, lexicon)
    if entry.mode != "boycott":
        return []
    clause = governed[-1]
    for settling in clause.subtree:
        if settling.lemma_.lower() in _SETTLING_NOUNS and settling.pos_ == "NOUN":
            found = _prep_objects(settling, frozenset({"with"}))
            if any(_is_actor(g, lexicon) for g in found):
                return found
    return []


# Acts that hold for a whole country when no one is named: pledges, aid, yielding
# (resignations) and truces.
_COUNTRYWIDE_TYPES = frozenset({"AGREE", "AID", "CONCEDE"})


def _countrywide(entry: Trigger) -> bool:
    return entry.plover in _COUNTRYWIDE_TYPES or entry.mode == "disarm"


def _country_of(clause: Token) -> list[Token]:
    """With no one named, the country or region that an "in" phrase anywhere in the
    clause names, nearest the verb: "quit after weeks of rallies against him in
    Ecuador", "announced a truce valid from Monday in Sudan", "gave €300 million
    to stop the cholera outbreak in Malawi"."""
    while clause.pos_ != "VERB" and clause.head.i != clause.i:
        clause = clause.head
    found = [
        g
        for g in clause.subtree
        if g.dep_ == "pobj" and g.head.lower_ in _SITE_PREPS and g.ent_type_ in ("GPE", "LOC")
    ]
    return sorted(found, key=lambda g: abs(g.i - clause.i))[:1]


def _recipient(head: Token, lexicon: Lexicon) -> list[Token]:
    """The head as whom something is for, when it names an actor or a place."""
    return [head] if _is_actor(head, lexicon) or _is_place(head, lexicon) else []


def _left_place(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom or where a withdrawal leaves: the "from" phrase of the verb or of the forces
    it moves ("pulled its 150 monitors out of Mali")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in _OBJECTS)]
    heads += [g for h in heads[1:] for g in _prep_objects(h, frozenset({"of"}))]
    return [
        g
        for h in heads
        for g in _prep_objects(h, frozenset({"from"}))
        if _is_actor(g, lexicon) or _is_place(g, lexicon)
    ][:1]


_RELATION_NOUNS = frozenset({"relation", "regard", "respect", "connection", "reference"})
_RELATION_PREPS = frozenset({"regarding", "concerning"})


def _concerned(head: Token) -> list[Token]:
    """What an act is said to concern, for want of anyone it is done to: "imposed
    sanctions in relation to Iraq", "measures with regard to Iran", "a resolution
    concerning Libya"."""
    found = [g for c in head.children if c.lower_ in _RELATION_PREPS for g in c.children]
    found = [g for g in found if g.dep_ in ("pobj", *_OBJECTS)]
    for relation in _prep_objects(head, frozenset({"in", "with"})):
        if relation.lemma_.lower() in _RELATION_NOUNS:
            found += _prep_objects(relation, frozenset({"to", "with"}))
    return _possible_actors(found)


def _pressing(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a refusal resists: who made the pressure or the calls it stands against
    ("declined to resign despite the pressure by the US Congress", "under pressure from
    others in his party")."""
    for head in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for pressure in _prep_objects(head, _DEFYING_PREPS):
            owner = _owner_of(pressure)
            if owner.i != pressure.i and _is_actor(owner, lexicon):
                return [owner]
    return []


_DEFYING_PREPS = frozenset({"despite", "under", "against"})


def _named(head: Token, lexicon: Lexicon) -> bool:
    """An actor not only pointed back to ("the country", "its people")."""
    return _is_actor(head, lexicon) and not (head.pos_ == "NOUN" and _anaphoric(head))


def _names_people(head: Token, lexicon: Lexicon) -> bool:
    """A person's name or a noun for people ("a kidnapped volunteer", "dozens of
    prisoners")."""
    return head.ent_type_ == "PERSON" or _group_noun(head).lemma_.lower() in lexicon.people_nouns


def _released_actor(obj: Token, lexicon: Lexicon) -> bool:
    """Whether what is given back or let go names people or their property ("a Turkish
    ship", "a former presidential candidate"), not measures with a target of their own
    ("sanctions against Iran")."""
    if not _is_actor(obj, lexicon) or _match(obj, "N", lexicon) is not None:
        return False
    if obj.pos_ == "PRON" and obj.lower_ not in ("him", "her", "them"):
        return False  # "some of its restrictions"
    return not _prep_objects(obj, _THEME_PREPS | frozenset({"for"}))


def _is_event_noun(token: Token, lexicon: Lexicon) -> bool:
    entry = _match(token, "N", lexicon) if token.pos_ == "NOUN" else None
    return entry is not None and entry.cameo != NOT_AN_EVENT


def _event_aim(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Whom or where an event noun is aimed: "assistance to North Korea", "assistance in
    northern Iraq"."""
    return _aimed_place(noun, _event_noun_targets(noun, lexicon), lexicon)


def _event_noun_targets(obj: Token, lexicon: Lexicon) -> list[Token]:
    """An object that is itself an event is aimed where that event is: "pledged support
    to the Palestinians", "threatened sanctions against Iraq", "sought aid for refugees"."""
    if obj.pos_ != "NOUN" or obj.ent_type_:
        return []
    entry = _match(obj, "N", lexicon)
    if entry is None or entry.cameo == NOT_AN_EVENT:
        return []
    return _prep_objects(obj, _target_preps(entry) | _NOUN_TARGET_PREPS)


def _reciprocal(coded: Coded, lexicon: Lexicon) -> None:
    """ "Canada and Britain agreed …", "… signed an agreement", "Syria and Israel violated
    the ceasefire": each side is the other's target, unless the event names an actor it
    is aimed at ("agreed to share information on company ownership" names none)."""
    if (
        coded.entry.plover not in _RECIPROCAL_TYPES
        and coded.entry.cameo not in _MUTUAL_CODES | _TIE_CODES
    ):
        return
    doc = coded.trigger.doc
    # (where the act they agree on happens is no party to it: "India and Pakistan agreed
    # to a ceasefire to end fighting along their border in Kashmir")
    if any(
        _is_actor(root, lexicon)
        and not (root.dep_ == "pobj" and root.head.lower_ in _SITE_PREPS)
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
        if coded.entry.cameo not in _MUTUAL_CODES:
            return
        named = [a for a in coded.sources if _named_parties(doc, a)]
        if named:
            coded.targets = named
        return
    sides = [
        a
        for a in coded.sources
        if _several_sides(doc, a)
        and (coded.entry.cameo not in _MUTUAL_CODES or _named_parties(doc, a))
    ]
    if sides:
        coded.targets = sides


_TOPIC_PREPS = frozenset({"on", "about", "regarding"})
_KNOWLEDGE_NOUNS = frozenset(
    {"information", "intelligence", "data", "evidence", "view", "experience", "expertise"}
)
_SIGNING_VERBS = frozenset({"sign", "ink"})


def _signed_together(coded: Coded, via: Token | None, lexicon: Lexicon) -> None:
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
    if partner.dep_ != "pobj" or partner.head.lower_ != "with" or not _is_actor(partner, lexicon):
        return
    coded.sources = [*coded.sources, *coded.targets]
    coded.targets = list(coded.sources)


def _named_parties(doc: Doc, actor: Actor) -> bool:
    """Whether an actor phrase lists several parties each named: "SLM/A and GoS", "the
    MILF and the Philippine government"."""
    heads = [doc[core[0] : core[1]].root for core in actor.cores]
    return len(heads) > 1 and all(
        h.pos_ == "PROPN"
        or h.ent_type_ in _ACTOR_ENTS
        or any(c.dep_ in ("amod", "compound") and c.ent_type_ in _ACTOR_ENTS for c in h.children)
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
        and c.ent_type_ in _ACTOR_ENTS
        and any(g.dep_ == "conj" for g in c.children)
        for c in head.children
    )


def _as_refusal(coded: Coded, lexicon: Lexicon) -> Coded:
    """A cooperation that is refused ("will not lift the embargo", "failed to reach a deal")
    is coded as what it is, a refusal (CAMEO 12, REJECT), and that did happen."""
    if coded.status != "negated" or not "03" <= coded.entry.cameo[:2] <= "08":
        return coded
    verb = coded.trigger if coded.trigger.pos_ == "VERB" else coded.trigger.head
    modal_negation = any(_negates(c) for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in _REFUSING_MODALS for c in verb.children
    )
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING_GOVERNORS
    if not (modal_negation or refused):
        return coded
    refusal = _match_code(lexicon, "120")
    if refusal is not None:
        coded.entry, coded.status = refusal, "asserted"
    return coded


_WILLING = frozenset({"ready", "willing", "prepared"})


def _as_intent(coded: Coded, lexicon: Lexicon) -> Coded:
    """A cooperation someone says they are ready or willing to give ("is ready to
    contribute troops", "is willing to withdraw its troops") is coded as what happened,
    an expressed intent to cooperate (CAMEO 03, AGREE; 036 to meet or negotiate)."""
    if not "04" <= coded.entry.cameo[:2] <= "08" or coded.status == "negated":
        return coded
    verb = coded.trigger if coded.trigger.pos_ == "VERB" else coded.trigger.head
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _WILLING:
        return coded
    intent = _match_code(lexicon, "036" if coded.entry.plover == "CONSULT" else "030")
    if intent is not None:
        coded.entry, coded.status = intent, "asserted"
    return coded


def _as_demand(coded: Coded, lexicon: Lexicon) -> Coded:
    """What someone says another must do ("Brazil says Peru must reopen the border",
    "Japan said the junta must free its prisoners") is coded as what the sentence tells
    happened: a demand (CAMEO 10, REQUEST) by the sayer on whom it names."""
    clause = coded.trigger if coded.trigger.pos_ in ("VERB", "AUX") else coded.trigger.head
    if clause.i != coded.trigger.i and _is_event_verb(clause, lexicon):
        return coded  # "must lift the sanctions": the verb's event is the demand
    for _ in range(3):  # "must be ready to mediate": the clause that has the modal
        if any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children):
            break
        if clause.dep_ not in ("xcomp", "acomp", "conj") or clause.head.i == clause.i:
            return coded
        clause = clause.head
    else:
        return coded
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return coded
    sayers = [c for c in clause.head.children if c.dep_ in _SUBJECTS]
    bound = [c for c in clause.children if c.dep_ in _SUBJECTS]
    demand = _match_code(lexicon, "100")
    if not sayers or not bound or demand is None:
        return coded
    if any(
        b.lower_ in ("i", "we") or _resolve_pronoun(b).i in {s.i for s in sayers} for b in bound
    ):
        return coded  # "protesters said they must resist": what they hold they must do
    coded.entry, coded.status = demand, "asserted"
    coded.sources = _actor_phrases(sayers, lexicon)
    coded.targets = _actor_phrases(bound, lexicon)
    coded.participants = []
    return coded


def _is_event_verb(word: Token, lexicon: Lexicon) -> bool:
    entry = _match(word, "V", lexicon) if word.pos_ == "VERB" else None
    return entry is not None and entry.cameo != NOT_AN_EVENT


def _untold_demands(sent: SpacySpan, found: list[Coded], lexicon: Lexicon) -> list[Coded]:
    """A demand whose act the lexicon does not know ("said Indonesia must ensure security"):
    the clause's verb is the trigger."""
    demand = _match_code(lexicon, "100")
    if demand is None:
        return []
    taken = {c.trigger.i for c in found} | {c.trigger.head.i for c in found}
    demands = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in taken or verb.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
            continue
        coded = _as_demand(Coded(trigger=verb, entry=demand, depth=_depth(verb)), lexicon)
        if coded.sources and coded.targets:
            demands.append(coded)
    return demands


def _match_code(lexicon: Lexicon, cameo: str) -> Trigger | None:
    return next((t for rows in lexicon.triggers.values() for t in rows if t.cameo == cameo), None)


def _is_theme(obj: Token, entry: Trigger) -> bool:
    """An object the lexicon row asked for ("ties" of "cut ties") is what the event is
    about, not whom it targets."""
    return any(_names_one_of(obj, c.lemmas) for c in entry.conditions if "dobj" in c.deps)


def _owner_of(claim: Token) -> Token:
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


def _list_owner(claim: Token) -> Token:
    """Who a claim comes from, or one listed with it ("condemned the act of aggression
    and the threats made by X": X); else the claim itself."""
    for member in (claim, *claim.conjuncts):
        owner = _owner_of(member)
        if owner.i != member.i:
            return owner
    return claim


def _agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive: who did it."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _actor_phrases(heads: list[Token], lexicon: Lexicon) -> list[Actor]:
    """The actors the heads stand for: not dates or numbers, nor another event named in a
    prepositional phrase ("exchanged prisoners, with negotiations ongoing")."""
    actors: list[Actor] = []
    named = {t.i: n for t in heads for n in (_name_after(t),) if n is not None}
    for head in heads:
        if head.i in {n.i for n in named.values()}:
            continue  # told with the title before it
        head = _pronoun_antecedent(_resolve_pronoun(head), lexicon)
        if not _may_be_actor(head):
            continue
        if head.dep_ == "pobj" and head.pos_ == "NOUN" and _match(head, "N", lexicon):
            continue
        members = [head, *(c for c in head.conjuncts if c.i > head.i)]
        name = named.get(head.i)
        if name is not None:
            actor = Actor((_full_phrase(head)[0], _full_phrase(name)[1]), (_phrase(name),))
        elif _owned_claim(head, lexicon):
            actor = Actor(_owned_phrase(head), (_phrase(head),))
        elif (maker := _made_by(head, lexicon)) is not None:
            actor = Actor(_made_phrase(head, maker), (_phrase(maker),))
        else:
            actor = Actor(_full_phrase(head), tuple(_phrase(m) for m in members))
        if actor not in actors:
            actors.append(actor)
    return actors


def _name_after(head: Token) -> Token | None:
    """The name the parser took for a second object when it names the first without a
    comma: "meet his counterpart Italian President Sergio Mattarella"."""
    if head.dep_ not in _OBJECTS or head.pos_ == "PROPN" or head.ent_type_:
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


def _possible_actors(heads: list[Token]) -> list[Token]:
    """The heads that may name an actor: not a date, a time or a number ("called on
    Monday for …", "Saturday's meeting"), which would keep a better argument from being
    looked for."""
    return [h for h in heads if _may_be_actor(h)]


def _may_be_actor(head: Token) -> bool:
    """Not a date, a time, a number or an occasion ("for the first time")."""
    if _group_noun(head).i != head.i:
        return True  # "dozens of demonstrators"
    if head.ent_type_ in _NOT_ACTORS or head.pos_ in _NOT_NOUNS:
        return False
    return not (head.pos_ == "NOUN" and head.lemma_.lower() == "time")


def _owned_claim(head: Token, lexicon: Lexicon) -> bool:
    """What an actor said or did, rejected, defended or denounced as theirs: "rejected U.S.
    calls for a ceasefire", "defended China's protocols for handling the pandemic"."""
    verb = head.head
    # (a plural claim noun may be tagged as a verb: "rejected U.S. calls")
    if head.dep_ not in _OBJECTS or head.pos_ in ("PROPN", "PRON") or verb.pos_ != "VERB":
        return False
    entry = _match(verb, "V", lexicon)
    if entry is None or entry.plover not in _CLAIM_TYPES or _owner_of(head).i != head.i:
        return False
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON" and _is_actor(c, lexicon))
        or (c.dep_ == "compound" and c.ent_type_ in _ACTOR_ENTS)
        for c in head.children
    )


#: What someone puts forward for another to take up or turn down.
_PROPOSAL_NOUNS = frozenset(
    {"request", "offer", "proposal", "bid", "invitation", "plan", "resolution"}
)


def _made_by(head: Token, lexicon: Lexicon) -> Token | None:
    """Who made an offer, a request or a proposal that is turned down, named after it:
    "refused a request from the union", "rejected an offer by the rebels" (the one who
    made it, else None)."""
    verb = head.head
    if (
        head.dep_ not in _OBJECTS
        or head.pos_ != "NOUN"
        or head.lemma_.lower() not in _PROPOSAL_NOUNS
        or verb.pos_ != "VERB"
    ):
        return None
    entry = _match(verb, "V", lexicon)
    if entry is None or entry.plover != "REJECT":
        return None
    maker = _owner_of(head)
    return maker if maker.i != head.i else None


def _made_phrase(head: Token, maker: Token) -> tuple[int, int]:
    """What was put forward with who made it, up to a clause or a comma after the maker:
    "a request from the union (to reopen talks)", "plans drawn up by the council"."""
    holder = maker
    while holder.head.i != head.i:
        holder = holder.head
    doc = head.doc
    end = _full_phrase(maker)[1]
    end = max(end, next((t.i for t in doc[end : holder.right_edge.i + 1] if t.is_punct), end))
    return head.left_edge.i, end


def _owned_phrase(head: Token) -> tuple[int, int]:
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


def _nested_targets(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom the act an event leads to or asks for would touch: "threatened to shell British
    forces", "agreed to lift embargoes against OPEC", "sent aid to help Haiti", "called for
    sanctions against Turkey", "agreed to a ceasefire in Ukraine"."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "xcomp" or (child.dep_ in ("advcl", "acl") and _purpose(child)):
            found += _clause_targets(child, lexicon)
        elif child.dep_ == "conj" and _purpose(child) and not _purpose(verb):
            # "sent aid, with food and tents, to help X": a purpose the parser joined to the
            # verb; not the second of two aims ("agreed to end X and to cut Y")
            found += _clause_targets(child, lexicon)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and verb.pos_ == "NOUN":
            # "a mediation effort designed to help X and Y reach a settlement"
            found += _nested_targets(child, lexicon)
        elif child.dep_ == "prep" and child.lower_ in ("for", "to"):
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                entry = _match(noun, "N", lexicon)
                if entry is not None and entry.cameo != NOT_AN_EVENT:
                    preps = _target_preps(entry) | _NOUN_TARGET_PREPS
                    found += _aimed_place(noun, _prep_objects(noun, preps), lexicon)
    return found


def _clause_targets(clause: Token, lexicon: Lexicon) -> list[Token]:
    """Whom the act a complement or purpose clause tells would touch."""
    entry = _match(clause, "V", lexicon) if clause.pos_ == "VERB" else None
    if entry is None or entry.cameo == NOT_AN_EVENT:
        # "to try to prevent a confrontation between X and Y": through the verbs that
        # only lead to the act
        return _acted_on(clause, lexicon) or _nested_targets(clause, lexicon)
    # "offered to send troops to X": what is sent is no target; "threatened to shell the
    # bases": what is shelled is.
    nested = [
        t
        for t in _verb_targets(clause, entry, lexicon)
        if t.dep_ not in _OBJECTS
        or not (entry.plover in _GIVING_TYPES or entry.plover == "MOBILIZE")
    ]
    # "offered to send troops to help the Chilean police": the troops the row names
    # are sent, whom they are sent to help is the target
    acted = [
        o
        for o in _acted_on(clause, lexicon)
        if entry.plover not in ("AID", "MOBILIZE") or not _is_theme(o, entry)
    ]
    return nested or acted or _nested_targets(clause, lexicon)


def _asked_targets(obj: Token, lexicon: Lexicon) -> list[Token]:
    """Whom the act an appeal, offer or invitation asks for would touch, when no one
    made it: "turned down calls to free Ana Ruiz", "took up an offer to hold talks
    with the prime minister" (the parser may hang the clause on the verb, right after the
    noun)."""
    if not _is_event_noun(obj, lexicon) or _owner_of(obj).i != obj.i:
        return []
    if any(c.dep_ == "poss" or c.ent_type_ in _ACTOR_ENTS for c in obj.children):
        return []
    clauses = [c for c in obj.children if c.dep_ == "acl" and _purpose(c)]
    clauses += [
        c
        for c in obj.head.children
        if c.dep_ == "advcl" and _purpose(c) and c.left_edge.i == obj.right_edge.i + 1
    ]
    return [t for c in clauses for t in _clause_targets(c, lexicon)]


_BEARING_DEPS = frozenset({"dobj", "obj", "prep", "pobj"})
_BEARING_PREPS = frozenset({"of", "to", "for", "in", "into", "on"})
_SITE_PREPS = frozenset({"in", "into", "throughout", "across"})


def _where_it_bears(head: Token, lexicon: Lexicon) -> list[Token]:
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
                if child.dep_ == "prep" and child.lower_ in _SITE_PREPS | _BEARING_PREPS:
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    found = [
                        g
                        for g in objects
                        if child.lower_ in _SITE_PREPS
                        and (_is_place(g, lexicon) or _named(g, lexicon))
                        and g.pos_ != "PRON"
                        and _may_be_actor(g)
                    ]
                    if found:
                        return found[:1]
                    if child.lower_ in _BEARING_PREPS:
                        following += objects
                elif child.dep_ in _OBJECTS or _bears_on(child):
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


def _purpose(clause: Token) -> bool:
    """A "to" clause of purpose: "… to help Haiti"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _acted_on(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The objects of a verb that are actors, else their own targets ("lift embargoes
    against OPEC" → OPEC)."""
    found = []
    for obj in (c for c in verb.children if c.dep_ in _OBJECTS):
        found += [obj] if _is_actor(obj, lexicon) else _prep_objects(obj, _THEME_PREPS)
    return found


def _aimed_place(
    trigger: Token, targets: list[Token], lexicon: Lexicon, *, also: tuple[Token, ...] = ()
) -> list[Token]:
    """With no actor to act on, an event is aimed at the place it names: "sought refuge
    in Amman", "a curfew in Jamaica"; with no target at all, also a place named by what
    it moves or keeps (``also``): "strengthened its forces in the Gulf", "remained on
    alert in Manila"."""
    if any(_is_actor(t, lexicon) for t in targets):
        return targets
    heads = (trigger, *also) if not targets else (trigger,)
    places = [
        g for h in heads for g in _prep_objects(h, _AIMED_PLACE_PREPS) if _is_place(g, lexicon)
    ]
    return places[:1] or targets


def _is_place(head: Token, lexicon: Lexicon) -> bool:
    """A place name, a part of a named place ("India's northeastern state of Mizoram",
    "the province of Alta Verapaz"), or a noun for a place ("the town", "all Libyan
    territories")."""
    if head.ent_type_ in _PLACE_TYPES:
        return True
    if head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.place_nouns:
        return True
    return head.pos_ == "NOUN" and any(
        c.ent_type_ in _PLACE_TYPES
        for c in (
            *(c for c in head.children if c.dep_ == "poss"),
            *_prep_objects(head, frozenset({"of"})),
        )
    )


def _is_actor(head: Token, lexicon: Lexicon) -> bool:
    """A name of a person, group or place, or a noun for people."""
    head = _group_noun(head)
    return (
        head.pos_ in ("PROPN", "PRON")
        or head.ent_type_ in _ACTOR_ENTS | _PLACE_TYPES
        or head.lemma_.lower() in lexicon.people_nouns
        # "Hamas leaders", "Israeli officials", "the company's workers"
        or any(
            c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in _ACTOR_ENTS
            for c in head.children
        )
    )


def _group_noun(head: Token) -> Token:
    """The people a count stands for: "dozens of demonstrators" → demonstrators."""
    if head.ent_type_ == "CARDINAL" or head.pos_ == "NUM":
        return _what_of(head)
    return head


_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _resolve_pronoun(head: Token) -> Token:
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
            if not spoken_for or any(t.ent_type_ in _ACTOR_ENTS for t in sayer.subtree):
                return sayer
    return head


def _spoken_for(head: Token) -> bool:
    """A subject that only points back ("the government", "his country", "the fighters")
    of a clause telling what it will do: the one who says so speaks for it."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "nsubj"
        and _anaphoric(head)
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
            if child.dep_ not in (*_OBJECTS, "nsubjpass") or child.pos_ == "PRON":
                continue
            several = child.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in child.children)
            if several == plural and (plural or _is_actor(child, lexicon)):
                return child
    return head


def _full_phrase(head: Token) -> tuple[int, int]:
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
        for of_object in _prep_objects(member, _OF):
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


def _claimed_act(noun: Token, lexicon: Lexicon) -> list[Actor]:
    """An act told before that someone claims or bears responsibility for, named by where
    it was or by whom it struck ("claimed the bombing in Mosul", "is to blame for the
    shelling of the two villages"), is what the claim is about: the act as named."""
    if not _anaphoric(noun) or not _answerable(noun):
        return []
    places = [
        g
        for g in _prep_objects(noun, frozenset({"in", "at", "near"}))
        if g.ent_type_ in _PLACE_TYPES
    ]
    named = places or [g for g in _prep_objects(noun, _OF) if _is_actor(g, lexicon)]
    if not named:
        return []
    return [Actor((noun.left_edge.i, _full_phrase(named[0])[1]), (_phrase(named[0]),))]


def _answerable(noun: Token) -> list[Token]:
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
    if word.dep_ not in (*_OBJECTS, "acomp") or verb.i == word.i:
        return []
    return [c for c in verb.children if c.dep_ in _SUBJECTS]


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
        and _object_of(head).dep_ in _OBJECTS
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
        and any(g.dep_ == "pobj" and g.ent_type_ in _PLACE_TYPES for g in child.children)
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


def _code_noun(noun: Token, entry: Trigger, lexicon: Lexicon, *, via: Token | None) -> Coded:
    """An event noun: its owner or "by" phrase is the source, or the light verb's subject."""
    coded = Coded(trigger=noun, entry=entry, depth=_depth(via or noun))
    carrier = _carrier(noun, lexicon)
    heads = (noun,) if carrier.i == noun.i else (noun, carrier)
    # The noun's own actor ("Hamas's attack", "an Israeli strike", "talks by …") wins
    # over the subject of the verb that governs it; "its" defers to that subject.
    sources = [c for h in heads for c in h.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    sources = _possible_actors(sources)  # not "Saturday's meeting"
    sources += [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
    ]
    sources += [g for h in heads for g in _prep_objects(h, frozenset({"by"}))]
    if via is not None:
        subjects = [_antecedent(c, via) for c in via.children if c.dep_ in _SUBJECTS]
        if not subjects and not any(c.dep_ == "nsubjpass" for c in via.children):
            # "negotiators failed to reach a deal"; not "efforts continue to secure a truce"
            subjects = [s for s in _inherited_subjects(via) if _is_actor(s, lexicon)]
        sources = sources or subjects + _agents(via)
    sources = sources or _answerable(noun)
    targets = [
        g for h in heads for g in _prep_objects(h, _target_preps(entry) | _NOUN_TARGET_PREPS)
    ]
    if entry.plover == "PROTEST":  # "a strike for better pay": what is demanded, no one
        demanded = {g.i for h in heads for g in _prep_objects(h, frozenset({"for"}))}
        targets = [g for g in targets if g.i not in demanded or _is_actor(g, lexicon)]
    targets += [g for h in heads for g in _counterparts(h, entry, lexicon)]
    for of_object in _prep_objects(noun, frozenset({"of"})):  # "suspension of aid to Egypt"
        targets += _prep_objects(of_object, _RECIPIENT_PREPS)
        if entry.plover == "SANCTION":  # "a halt to flights with nine states"
            targets += _prep_objects(of_object, _WITH)
    if via is not None:
        targets += _prep_objects(via, _target_preps(entry))
    targets = _possible_actors([g for t in targets for g in _goods(t)])
    # "the attack in Gaza" alone only names an event told before; "extended the curfew
    # in Bangkok" tells one.
    if via is not None or not _anaphoric(noun):
        for head in (*heads, via) if via is not None else heads:
            targets = _aimed_place(head, targets, lexicon)
    governed = (*heads, *((via,) if via is not None else ()))
    if not targets:  # "began talks meant to settle the feud between X and Y"
        targets = [t for h in governed for t in _nested_targets(h, lexicon)]
    if not targets and entry.plover == "PROTEST":
        targets = _protested(governed, entry, lexicon)
    if entry.plover == "PROTEST":
        targets = [_maker(t, lexicon) for t in targets]
    if not targets and entry.plover in _CLAUSE_TARGET_TYPES:
        # "reiterated its demand that US ease sanctions": whom the clause binds
        targets = [
            g
            for c in noun.children
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
            for g in c.children
            if g.dep_ == "nsubj" and _is_actor(g, lexicon)
        ]
    if not targets:  # "imposed sanctions in relation to Iraq"
        targets = [t for h in governed for t in _concerned(h)]
    if not targets and entry.cameo == _MEDIATION:
        # "dropped mediation in the border quarrel": what is mediated
        targets = _possible_actors([g for h in heads for g in _prep_objects(h, _IN)])[:1]
    if (
        not targets
        and (entry.plover != "CONSULT" or entry.mode == "visit")
        and (via is not None or not _anaphoric(noun))
    ):
        targets = [t for h in heads for t in _where_it_bears(h, lexicon)][:1]
    if not targets and _countrywide(entry) and (via is not None or not _anaphoric(noun)):
        targets = _country_of(via if via is not None else noun)
    if not targets and via is not None and via.dep_ == "advcl" and _purpose(via):
        # "summoned the envoy to lodge a complaint": whom the act it is the purpose of reached
        targets = [
            o
            for o in via.head.children
            if o.dep_ in _OBJECTS and _is_actor(o, lexicon) and o.pos_ != "PRON"
        ]
    if not targets and entry.plover in _HARM_TYPES and via is not None:
        # "carried out a raid, targeting militant commanders": whom the clause that
        # tells what it did names
        targets = _struck_in_clause(via, lexicon)
    coded.sources = _actor_phrases(sources, lexicon)
    coded.targets = _actor_phrases(targets, lexicon)
    if not coded.targets and via is None:
        coded.targets = _claimed_act(noun, lexicon)
    coded.participants = _actor_phrases(
        [g for h in heads for g in _prep_objects(h, _PARTICIPANT_PREPS)], lexicon
    )
    if not coded.sources:  # "a ceasefire between Israel and Hamas": both sides act
        coded.sources, coded.participants = coded.participants, []
    elif not coded.targets:  # "Kuwait's mediation between X and Y": done to both sides
        coded.targets, coded.participants = coded.participants, []
    _reciprocal(coded, lexicon)
    _signed_together(coded, via, lexicon)
    coded.status = _status(via, lexicon) if via is not None else "asserted"
    if coded.status == "asserted":
        coded.status = _noun_status(noun, lexicon)
    return _as_demand(_as_intent(_as_refusal(coded, lexicon), lexicon), lexicon)


_MEDIATION = "045"


def _struck_in_clause(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The actors a participle clause of harm after the verb acts on: "…, targeting
    militant commanders", "…, killing dozens of fighters"."""
    for clause in verb.rights:
        if clause.dep_ not in ("advcl", "xcomp") or clause.tag_ != "VBG":
            continue
        row = _match(clause, "V", lexicon)
        if clause.lemma_.lower() != "target" and (row is None or row.plover not in _HARM_TYPES):
            continue
        found = [o for o in clause.children if o.dep_ in _OBJECTS and _is_actor(o, lexicon)]
        if found:
            return found
    return []


_IN = frozenset({"in"})
_OF = frozenset({"of"})
_WITH = frozenset({"with"})
_FROM = frozenset({"from"})


def _counterparts(head: Token, entry: Trigger, lexicon: Lexicon) -> list[Token]:
    """The actor a "with" phrase names as the other side ("a ceasefire with the Taliban",
    "clashed with police"); not an instrument ("struck it with artillery")."""
    if "with" in _target_preps(entry):
        return []
    return [g for g in _prep_objects(head, frozenset({"with"})) if _is_actor(g, lexicon)]


def _target_preps(entry: Trigger) -> frozenset[str]:
    return _TARGET_PREPS["*"] | _TARGET_PREPS.get(entry.plover, frozenset())


def _prep_objects(head: Token, preps: frozenset[str]) -> list[Token]:
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _misplaced_subjects(verb: Token) -> list[Token]:
    """A subject the parser hung on the verb's auxiliary ("Spain and Portugal
    however have opposed …") or took for an adverb ("USAID deployed seven teams")."""
    found = [
        g
        for c in verb.children
        if c.dep_ == "aux" and c.i < verb.i
        for g in c.children
        if g.dep_ in _SUBJECTS
    ]
    return found or [
        c
        for c in verb.children
        if c.dep_ in ("advmod", "npadvmod")
        and c.i < verb.i
        and c.ent_type_ not in _NOT_ACTORS
        and (c.pos_ == "PROPN" or c.ent_type_ in _ACTOR_ENTS or (c.is_upper and len(c) > 1))
    ]


def _inherited_subjects(verb: Token, lexicon: Lexicon | None = None) -> list[Token]:
    """The subject of the verb this one is joined to ("killed … and wounded") or
    complements ("agreed to take in")."""
    head = verb
    if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.pos_ == "ADJ":
        head = head.head.head  # "are guilty of violating the ceasefire": who is guilty
    elif head.dep_ == "pcomp" and head.head.lower_ == "by" and head.head.head.pos_ == "VERB":
        head = head.head.head  # "continues its efforts by donating supplies": who does
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
    while head.dep_ in ("conj", "xcomp", "acomp", "advcl") and head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        described = verb.head
        if lexicon is not None and not _is_actor(described, lexicon) and described.dep_ in _OBJECTS:
            # "issued a statement calling on X", "put out a report accusing X": what a
            # thing says or does, its maker does
            makers = [c for c in described.head.children if c.dep_ in _SUBJECTS]
            if makers:
                return makers
        return [described]  # "forces that attacked …": the noun the clause describes
    return []


def _ends_phrase(child: Token) -> bool:
    """A clause that describes the actor ("who …", "used to make missiles", "to recognize
    Jerusalem"), an "including" list or a "when" phrase ("Obama on Sunday", "a man
    Friday") is no part of an actor."""
    if _identifying_participle(child):
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


def _identifying_participle(child: Token) -> bool:
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
            c.dep_ in (*_SUBJECTS, *_OBJECTS, "oprd", "mark", "npadvmod", "xcomp")
            for c in child.children
        )
    )


_REACTION_NOUNS = frozenset({"reaction", "response", "retaliation", "revenge", "solidarity"})


def _phrase(head: Token) -> tuple[int, int]:
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


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


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


def _negates(word: Token) -> bool:
    """A negation of the verb it hangs on, not the "not" of a condition cut short."""
    return word.dep_ == "neg" and not _elliptic_condition(word)


def _status(verb: Token, lexicon: Lexicon) -> str:
    """negated, hypothetical or asserted, from the verb and the verbs it depends on."""
    modality = lexicon.modality
    if any(_negates(c) for c in verb.children):
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
        if any(_negates(c) for c in governor.children):
            return "negated"
    if verb.dep_ == "advcl" and _purpose(verb):
        return "hypothetical"  # a purpose: "… to secure a ceasefire"
    return "asserted"


def _noun_status(noun: Token, lexicon: Lexicon) -> str:
    modality = lexicon.modality
    for child in noun.children:
        if child.dep_ == "det" and modality.get((child.lower_, "det")) == "negated":
            return "negated"
        if child.dep_ == "amod" and modality.get((child.lower_, "amod")):
            return modality[(child.lower_, "amod")]
    governor = noun.head
    if noun.dep_ in _OBJECTS and governor.pos_ == "VERB":
        effect = modality.get((governor.lemma_.lower(), "governor"))
        if effect:
            return effect
        return _status(governor, lexicon) if governor.dep_ in ("xcomp", "advcl") else "asserted"
    return "asserted"


# -- from the parse to the record ----------------------------------------------------------


def _to_event(
    coded: Coded,
    sent: SpacySpan,
    article: Article,
    quotations: list[tuple[int, int]],
    event_id: str,
) -> Event:
    doc = sent.doc
    trigger = coded.trigger
    source_spans = [_span(doc, a.full) for a in coded.sources]
    target_spans = [_span(doc, a.full) for a in coded.targets]
    sources = _actor_entities(article, doc, coded.sources)
    targets = [e for e in _actor_entities(article, doc, coded.targets) if e not in sources]
    participants = _actor_entities(article, doc, coded.participants)
    if coded.entry.plover == "CONSULT" or any(a in coded.sources for a in coded.targets):
        participants = list(dict.fromkeys(sources + targets + participants))
    time_id = _time_of(trigger, sent, article)
    status, attribution = coded.status, _attribution_of(trigger, article, quotations)
    if attribution is not None and status == "asserted":
        status = "reported"
    dead, injured = _casualties(coded, sent, article)
    arguments = (1 if sources else 0) + (1 if targets else 0)
    return Event(
        id=event_id,
        type=coded.entry.plover,
        mode=coded.entry.mode,
        cameo=coded.entry.cameo,
        trigger=Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
        evidence=_evidence(sent, trigger),
        sources=sources,
        targets=targets,
        participants=participants,
        source_spans=source_spans,
        target_spans=target_spans,
        time=time_id,
        time_basis="expression" if time_id else ("publication" if article.published else None),
        place=_place_of(trigger, sent, article),
        status=status,
        attribution=attribution,
        dead=dead,
        injured=injured,
        confidence=round(0.5 + 0.2 * arguments + (0.05 if trigger.pos_ == "VERB" else 0.0), 2),
    )


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _evidence(sent: SpacySpan, trigger: Token) -> Span:
    """The sentence that tells of the event, within the trigger's paragraph: the parser
    sometimes runs a headline into the first sentence."""
    start, end = sent.start, sent.end
    for token in sent:
        if _PARAGRAPH_BREAK.search(token.text_with_ws):
            if token.i < trigger.i:
                start = token.i + 1
            elif token.i >= trigger.i and end == sent.end:
                end = token.i + 1
    return _span(sent.doc, (start, end))


def _span(doc: Doc, tokens: tuple[int, int]) -> Span:
    start, end = tokens
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1  # a paragraph break the parser hung on the phrase ("social media\n\n")
    while start < end - 1 and doc[start].is_space:
        start += 1
    phrase = doc[start:end]
    return Span(phrase.start_char, phrase.end_char, phrase.text)


def _actor_entities(article: Article, doc: Doc, actors: list[Actor]) -> list[str]:
    """Ids of the entities the actors are: the one named at the head of each core phrase
    ("Turkish President Recep Tayyip Erdoğan" → the president, not Turkey), else every
    entity in it ("a Hamas delegation" → Hamas)."""
    found: list[str] = []
    for actor in actors:
        for core in (c for whole in actor.cores for c in _list_members(doc, whole)):
            span = _span(doc, core)
            inside = _mentioned(article, span)
            head = doc[core[1] - 1].idx
            named = [e for e in inside if any(m.start <= head < m.end for m in e.mentions)]
            for entity in named or inside:
                if entity.id not in found:
                    found.append(entity.id)
    return found


def _list_members(doc: Doc, core: tuple[int, int]) -> list[tuple[int, int]]:
    """The core phrase of each member of a list kept as one group ("opposition
    politicians and activists"), else the core itself."""
    root = doc[core[0] : core[1]].root
    members = [root, *(m for m in root.conjuncts if core[0] <= m.i < core[1])]
    if len(members) < 2:
        return [core]
    return [_phrase(m) for m in members]


def _mentioned(article: Article, span: Span) -> list[Entity]:
    return [
        e
        for e in article.entities
        if any(span.start <= m.start and m.end <= span.end for m in e.mentions)
    ]


def _time_of(trigger: Token, sent: SpacySpan, article: Article) -> str | None:
    """The time expression in the trigger's clause, else the only one of the sentence."""
    times = [t for t in article.times if sent.start_char <= t.start < sent.end_char]
    if not times:
        return None
    subtree = range(trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge))
    inside = [t for t in times if t.start in subtree]
    if inside:
        return min(inside, key=lambda t: abs(t.start - trigger.idx)).id
    if trigger.dep_ == "ROOT" or (len(times) == 1 and _in_main_clause(trigger)):
        return min(times, key=lambda t: abs(t.start - trigger.idx)).id
    return None


def _in_main_clause(trigger: Token) -> bool:
    """Whether the trigger is the main verb, one joined to it, or a noun they govern."""
    token = trigger
    while token.dep_ in ("conj", "dobj", "obj", "nsubj", "nsubjpass", "attr", "pobj", "prep"):
        token = token.head
    return token.dep_ == "ROOT"


def _place_of(trigger: Token, sent: SpacySpan, article: Article) -> str | None:
    """The place named by an "in/at/near" phrase of the trigger's clause."""
    doc = sent.doc
    governor = trigger if trigger.pos_ == "VERB" else trigger.head
    for head in (trigger, governor):
        for pobj in _prep_objects(head, _PLACE_PREPS):
            for entity in _mentioned(
                article, _span(doc, (pobj.left_edge.i, pobj.right_edge.i + 1))
            ):
                if entity.type in _PLACE_TYPES:
                    return entity.id
    return None


def _attribution_of(
    trigger: Token, article: Article, quotations: list[tuple[int, int]]
) -> str | None:
    """The attribution whose content holds the trigger; failing that, inside a quotation,
    the attribution of that quotation, which may run over several sentences or paragraphs
    ("… every case," she said. "We will appeal." is all hers), or of the quotation it
    follows straight on from, the speaker's next paragraph."""
    for attribution in article.attributions:
        content = attribution.content
        if content is not None and content.start <= trigger.idx < content.end:
            return attribution.id
    text = article.text
    passage = next((p for p in quotations if p[0] <= trigger.idx < p[1]), None)
    if passage is None:
        return None
    quoting = [
        a
        for a in article.attributions
        if a.content is not None and a.content.start < passage[1] and passage[0] < a.content.end
    ]
    if quoting:
        return min(quoting, key=lambda a: abs(a.cue.start - trigger.idx)).id
    before = [
        a
        for a in article.attributions
        if a.kind == "direct"
        and a.content is not None
        and max(a.cue.end, a.content.end) < passage[0]
        and _follows_on(text[max(a.cue.end, a.content.end) : passage[0]])
    ]
    return max(before, key=lambda a: a.cue.start).id if before else None


def _follows_on(gap: str) -> bool:
    """Text between a quotation's attribution and the next quotation that leaves nothing
    between them but the end of the sentence: '… ," she said. "'."""
    return len(gap) <= 8 and not any(c.isalnum() for c in gap)


def _casualties(coded: Coded, sent: SpacySpan, article: Article) -> tuple[str | None, str | None]:
    if coded.entry.plover not in _CASUALTY_TYPES:
        return None, None
    dead = injured = None
    for quantity in article.quantities:
        if not (sent.start_char <= quantity.start < sent.end_char) or quantity.counted is None:
            continue
        if quantity.counted.category == "killed" and dead is None:
            dead = quantity.id
        elif quantity.counted.category == "wounded" and injured is None:
            injured = quantity.id
    return dead, injured
