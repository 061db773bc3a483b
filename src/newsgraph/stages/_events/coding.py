"""Coding of verbs and nouns: a trigger's sources, targets, participants and status, the
light or governing verb that lends an event noun its subject, and a refused, intended or
demanded cooperation recoded as what happened (CAMEO 12, 03, 10)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.actors import (
    actor_phrases,
    agents,
    answerable,
    inherited_subjects,
    let_complement,
    let_object,
    misplaced_subjects,
    passive_subjects,
    resolve_pronoun,
)
from newsgraph.stages._events.lexicon import NOT_AN_EVENT, Lexicon, Trigger
from newsgraph.stages._events.model import Actor, Coded
from newsgraph.stages._events.parse import (
    HARM_TYPES,
    IN,
    OBJECTS,
    PLACE_PREPS,
    SUBJECTS,
    WITH,
    anaphoric,
    antecedent,
    is_actor,
    possible_actors,
    prep_objects,
    purpose,
    trigger_of,
)
from newsgraph.stages._events.phrases import identifying_participle
from newsgraph.stages._events.places import (
    aimed_place,
    concerned,
    country_of,
    countrywide,
    where_it_bears,
    with_site_place,
)
from newsgraph.stages._events.sides import MUTUAL_CODES, reciprocal, signed_together
from newsgraph.stages._events.status import negates, noun_status, status
from newsgraph.stages._events.targets import (
    CLAUSE_TARGET_TYPES,
    NOUN_TARGET_PREPS,
    RECIPIENT_PREPS,
    claimed_act,
    counterparts,
    goods,
    maker,
    nested_targets,
    protested,
    struck_in_clause,
    target_preps,
    verb_targets,
    without_charge,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_REFUSING_MODALS = frozenset({"will", "would", "wo", "ca", "can", "could", "shall"})
_REFUSING_GOVERNORS = frozenset({"fail", "refuse", "decline"})

_PARTICIPANT_PREPS = frozenset({"between", "among"})


def subsumed(token: Token, pos: str, lexicon: Lexicon) -> bool:
    """A trigger that only completes another: "arrest" in "arrest warrants", "take in"
    in "agreed to take in" (the governing event is the one to code)."""
    head = token.head
    if pos == "N":
        return token.dep_ == "compound" and trigger_of(head, "N", lexicon) is not None
    if token.dep_ == "xcomp" and head.pos_ == "VERB":
        return trigger_of(head, "V", lexicon) is not None
    return False


def governing_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb an event noun is the object of, when that verb is no event itself:
    "opened fraud investigations", "lodged a complaint" (its subject is the source)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in _TAKING_PART_PREPS and verb.dep_ == "prep":
        # "went on strike", "stopped work in a strike", "gather for a meeting": who takes
        # part in a protest or a meeting; not "died in an attack"
        entry = trigger_of(noun, "N", lexicon)
        if entry is None or entry.plover not in _TAKING_PART_TYPES:
            return None
        noun, verb = verb, verb.head
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
    if noun.dep_ not in (*OBJECTS, "prep") or verb.pos_ != "VERB" or trigger_of(verb, "V", lexicon):
        return None
    return verb


_TAKING_PART_PREPS = frozenset({"in", "on", "for", "at", "into"})
_TAKING_PART_TYPES = frozenset({"PROTEST", "CONSULT"})


def carrier(noun: Token, lexicon: Lexicon) -> Token:
    """The noun whose phrase carries an event noun's arguments: "a mediation effort between
    X and Y", "a state of siege in Pando", "a round of talks with X"; else the noun itself."""
    head = noun.head
    if noun.dep_ == "prep" or head.i == noun.i:
        return noun
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ != "compound":
        return noun
    if head.pos_ != "NOUN" or head.ent_type_ or trigger_of(head, "N", lexicon) is not None:
        return noun
    return head


def light_verb_object(token: Token, lexicon: Lexicon) -> Token | None:
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.light_verbs:
        return None
    # "staged a war game", and in the passive "the war game was staged by X"
    return next((c for c in token.children if c.dep_ in (*OBJECTS, "nsubjpass")), None)


def code_verb(verb: Token, entry: Trigger, lexicon: Lexicon) -> Coded:
    coded = Coded(trigger=verb, entry=entry, depth=_depth(verb))
    subjects = [antecedent(c, verb) for c in verb.children if c.dep_ in SUBJECTS]
    freed = let_object(verb)
    if let_complement(verb) and not [s for s in subjects if s.i < verb.i]:
        # "Egypt let free the activist": Egypt frees the activist
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    if not subjects and not passive_subjects(verb):
        subjects = misplaced_subjects(verb) or inherited_subjects(verb, lexicon)
    sources = subjects + agents(verb)
    sources += [
        a
        for head in subjects
        for c in head.children
        # ("warplanes supported by Russia": who the actor is; "a report released by
        # Amnesty": who made the thing that acts)
        if c.dep_ == "acl" and not (identifying_participle(c) and is_actor(head, lexicon))
        for a in agents(c)
    ]
    if not sources and entry.plover == "COERCE" and passive_subjects(verb):
        # "was arrested in Rwanda": with no one named, the state where it was done did it
        sources = [g for g in prep_objects(verb, frozenset({"in"})) if g.ent_type_ == "GPE"]
        if entry.mode == "deport":  # "were expelled from Sudan": the state they had to leave
            sources = sources or [
                g for g in prep_objects(verb, frozenset({"from"})) if g.ent_type_ == "GPE"
            ]
    coded.sources = actor_phrases(sources, lexicon)
    # "the union warned that it would not call off the walkout": a target that is the
    # source itself is no one the event is aimed at
    coded.targets = [
        a
        for a in actor_phrases(freed or verb_targets(verb, entry, lexicon), lexicon)
        if a not in coded.sources
    ]
    if entry.plover == "ACCUSE":
        coded.targets = [without_charge(verb.doc, a, lexicon) for a in coded.targets]
    if entry.plover in HARM_TYPES:
        coded.targets = [with_site_place(verb, a, lexicon) for a in coded.targets]
    coded.participants = actor_phrases(prep_objects(verb, _PARTICIPANT_PREPS), lexicon)
    reciprocal(coded, lexicon)
    if entry.cameo in MUTUAL_CODES and not any(a in coded.sources for a in coded.targets):
        # "the Houthis violated a UN-brokered ceasefire": with one side named, the event is
        # aimed at the truce it breaks, not at where that happened
        doc = verb.doc
        broken = [c for c in verb.children if c.dep_ in OBJECTS]
        if broken and not any(
            is_actor(root, lexicon) and not _where_done(root)
            for a in coded.targets
            for root in (doc[a.full[0] : a.full[1]].root,)
        ):
            # without where it was broken: "violated the ceasefire in Compostela Valley"
            coded.targets = [
                Actor(
                    (a.full[0], min([a.full[1], *_place_starts(doc[a.full[0] : a.full[1]])])),
                    a.cores,
                )
                for a in actor_phrases(broken, lexicon)
            ]
    coded.status = status(verb, lexicon)
    return _as_demand(_as_intent(_as_refusal(coded, lexicon), lexicon), lexicon)


def _place_starts(phrase: SpacySpan) -> list[int]:
    """Where the "in/at/near" phrases hanging on a phrase's head begin."""
    return [c.i for c in phrase.root.rights if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]


def _where_done(head: Token) -> bool:
    """A place an "in/at/near" phrase names ("violated the ceasefire in Jezeera"): where
    the act happened, not whom it touched."""
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS


def _as_refusal(coded: Coded, lexicon: Lexicon) -> Coded:
    """A cooperation that is refused ("will not lift the embargo", "failed to reach a deal")
    is coded as what it is, a refusal (CAMEO 12, REJECT), and that did happen."""
    if coded.status != "negated" or not "03" <= coded.entry.cameo[:2] <= "08":
        return coded
    verb = coded.trigger if coded.trigger.pos_ == "VERB" else coded.trigger.head
    modal_negation = any(negates(c) for c in verb.children) and any(
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
    sayers = [c for c in clause.head.children if c.dep_ in SUBJECTS]
    bound = [c for c in clause.children if c.dep_ in SUBJECTS]
    demand = _match_code(lexicon, "100")
    if not sayers or not bound or demand is None:
        return coded
    if any(b.lower_ in ("i", "we") or resolve_pronoun(b).i in {s.i for s in sayers} for b in bound):
        return coded  # "protesters said they must resist": what they hold they must do
    coded.entry, coded.status = demand, "asserted"
    coded.sources = actor_phrases(sayers, lexicon)
    coded.targets = actor_phrases(bound, lexicon)
    coded.participants = []
    return coded


def _is_event_verb(word: Token, lexicon: Lexicon) -> bool:
    entry = trigger_of(word, "V", lexicon) if word.pos_ == "VERB" else None
    return entry is not None and entry.cameo != NOT_AN_EVENT


def untold_demands(sent: SpacySpan, found: list[Coded], lexicon: Lexicon) -> list[Coded]:
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


def code_noun(noun: Token, entry: Trigger, lexicon: Lexicon, *, via: Token | None) -> Coded:
    """An event noun: its owner or "by" phrase is the source, or the light verb's subject."""
    coded = Coded(trigger=noun, entry=entry, depth=_depth(via or noun))
    carrier_noun = carrier(noun, lexicon)
    heads = (noun,) if carrier_noun.i == noun.i else (noun, carrier_noun)
    # The noun's own actor ("Hamas's attack", "an Israeli strike", "talks by …") wins
    # over the subject of the verb that governs it; "its" defers to that subject.
    sources = [c for h in heads for c in h.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    sources = possible_actors(sources)  # not "Saturday's meeting"
    sources += [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
    ]
    sources += [g for h in heads for g in prep_objects(h, frozenset({"by"}))]
    if via is not None:
        subjects = [antecedent(c, via) for c in via.children if c.dep_ in SUBJECTS]
        if not subjects and not any(c.dep_ == "nsubjpass" for c in via.children):
            # "negotiators failed to reach a deal"; not "efforts continue to secure a truce"
            subjects = [s for s in inherited_subjects(via) if is_actor(s, lexicon)]
        sources = sources or subjects + agents(via)
    sources = sources or answerable(noun)
    targets = [g for h in heads for g in prep_objects(h, target_preps(entry) | NOUN_TARGET_PREPS)]
    if entry.plover == "PROTEST":  # "a strike for better pay": what is demanded, no one
        demanded = {g.i for h in heads for g in prep_objects(h, frozenset({"for"}))}
        targets = [g for g in targets if g.i not in demanded or is_actor(g, lexicon)]
    targets += [g for h in heads for g in counterparts(h, entry, lexicon)]
    for of_object in prep_objects(noun, frozenset({"of"})):  # "suspension of aid to Egypt"
        targets += prep_objects(of_object, RECIPIENT_PREPS)
        if entry.plover == "SANCTION":  # "a halt to flights with nine states"
            targets += prep_objects(of_object, WITH)
    if via is not None:
        targets += prep_objects(via, target_preps(entry))
    targets = possible_actors([g for t in targets for g in goods(t)])
    # "the attack in Gaza" alone only names an event told before; "extended the curfew
    # in Bangkok" tells one.
    if via is not None or not anaphoric(noun):
        for head in (*heads, via) if via is not None else heads:
            targets = aimed_place(head, targets, lexicon)
    governed = (*heads, *((via,) if via is not None else ()))
    if not targets:  # "began talks meant to settle the feud between X and Y"
        targets = [t for h in governed for t in nested_targets(h, lexicon)]
    if not targets and entry.plover == "PROTEST":
        targets = protested(governed, entry, lexicon)
    if entry.plover == "PROTEST":
        targets = [maker(t, lexicon) for t in targets]
    if not targets and entry.plover in CLAUSE_TARGET_TYPES:
        # "reiterated its demand that US ease sanctions": whom the clause binds
        targets = [
            g
            for c in noun.children
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
            for g in c.children
            if g.dep_ == "nsubj" and is_actor(g, lexicon)
        ]
    if not targets:  # "imposed sanctions in relation to Iraq"
        targets = [t for h in governed for t in concerned(h)]
    if not targets and entry.cameo == _MEDIATION:
        # "dropped mediation in the border quarrel": what is mediated
        targets = possible_actors([g for h in heads for g in prep_objects(h, IN)])[:1]
    if (
        not targets
        and (entry.plover != "CONSULT" or entry.mode == "visit")
        and (via is not None or not anaphoric(noun))
    ):
        targets = [t for h in heads for t in where_it_bears(h, lexicon)][:1]
    if not targets and countrywide(entry) and (via is not None or not anaphoric(noun)):
        targets = country_of(via if via is not None else noun)
    if not targets and via is not None and via.dep_ == "advcl" and purpose(via):
        # "summoned the envoy to lodge a complaint": whom the act it is the purpose of reached
        targets = [
            o
            for o in via.head.children
            if o.dep_ in OBJECTS and is_actor(o, lexicon) and o.pos_ != "PRON"
        ]
    if not targets and entry.plover in HARM_TYPES and via is not None:
        # "carried out a raid, targeting militant commanders": whom the clause that
        # tells what it did names
        targets = struck_in_clause(via, lexicon)
    coded.sources = actor_phrases(sources, lexicon)
    coded.targets = actor_phrases(targets, lexicon)
    if not coded.targets and via is None:
        coded.targets = claimed_act(noun, lexicon)
    coded.participants = actor_phrases(
        [g for h in heads for g in prep_objects(h, _PARTICIPANT_PREPS)], lexicon
    )
    if not coded.sources:  # "a ceasefire between Israel and Hamas": both sides act
        coded.sources, coded.participants = coded.participants, []
    elif not coded.targets:  # "Kuwait's mediation between X and Y": done to both sides
        coded.targets, coded.participants = coded.participants, []
    reciprocal(coded, lexicon)
    signed_together(coded, via, lexicon)
    coded.status = status(via, lexicon) if via is not None else "asserted"
    if coded.status == "asserted":
        coded.status = noun_status(noun, lexicon)
    return _as_demand(_as_intent(_as_refusal(coded, lexicon), lexicon), lexicon)


_MEDIATION = "045"


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth
