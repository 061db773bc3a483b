"""Whom or what an event is done to: a verb's objects, recipients and "against/with/to"
phrases, sorted from what is given, asked for or claimed; the targets of the act an event
leads to, asks for or protests; whom an accusation or a claim of responsibility names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._events.actors import (
    CLAIM_TYPES,
    answerable,
    made_by,
    owned_claim,
    owner_of,
    passive_subjects,
)
from newsgraph.stages._events.lexicon import NOT_AN_EVENT, Lexicon, Trigger
from newsgraph.stages._events.model import Actor
from newsgraph.stages._events.parse import (
    ACTOR_ENTS,
    FROM,
    HARM_TYPES,
    IN,
    OBJECTS,
    OF,
    PLACE_TYPES,
    SUBJECTS,
    anaphoric,
    group_noun,
    is_actor,
    is_event_noun,
    is_place,
    names_one_of,
    possible_actors,
    prep_objects,
    purpose,
    trigger_of,
)
from newsgraph.stages._events.phrases import full_phrase, phrase
from newsgraph.stages._events.places import (
    aimed_place,
    beneficiary,
    concerned,
    country_of,
    countrywide,
    delivered_to,
    left_place,
    named,
    recipient,
    struck_sites,
    where_it_bears,
)
from newsgraph.stages._events.sides import TIE_CODES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
CLAUSE_TARGET_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})
# Types whose target may be the subject of a bare clause ("help Haiti cope").
_HELPING_TYPES = frozenset({"AID", "SUPPORT"})

# Types whose object is usually the thing given or taken back, not an actor.
_GIVING_TYPES = frozenset({"AID", "RETREAT", "CONCEDE", "COOPERATE", "SANCTION"})
RECIPIENT_PREPS = frozenset({"to", "for"})

NOUN_TARGET_PREPS = frozenset({"for", "into", "to"})
_THEME_PREPS = frozenset({"on", "against", "with", "to", "between"})


def without_charge(doc: Doc, actor: Actor, lexicon: Lexicon) -> Actor:
    """The accused without the charge the parser hung on them: "accused the Nigerian
    military (of mass slaughter in Zaria)", "accused the legislation (of attacking civil
    society)"; not "condemned the gross violations of human rights"."""
    root = doc[actor.full[0] : actor.full[1]].root
    if root.dep_ not in OBJECTS:
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
        or head.ent_type_ in ACTOR_ENTS
        or group_noun(head).lemma_.lower() in lexicon.people_nouns
    )


def verb_targets(verb: Token, entry: Trigger, lexicon: Lexicon) -> list[Token]:
    """The heads of whom or what a verb's event is done to."""
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    objects += _stray_conjuncts(verb, objects, lexicon)
    objects = [o for o in objects if not _stray_apposition(verb, o)]
    # (a "for" the parser calls a dative without an object is no recipient: "gave
    # authorization for an aide to be extradited")
    recipients = prep_objects(verb, RECIPIENT_PREPS) + [
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
            or entry.cameo in TIE_CODES  # "exchange ambassadors": what ties are built with
            or o.lemma_.lower() not in lexicon.people_nouns
        )
    ]
    passives = passive_subjects(verb)
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
            and o.ent_type_ not in ACTOR_ENTS
            and (
                group_noun(o).lemma_.lower() not in lexicon.people_nouns
                # "sent 200 doctors to Haiti": people sent to a recipient are what is given
                or (entry.plover == "AID" and any(recipient(r, lexicon) for r in recipients))
            )
            and (recipients or not _released_actor(o, lexicon))
        ]
        themes += given
        passives = [p for p in passives if p not in given]
        if entry.plover == "AID":
            # "help restore order across the region in Chad": no one gets
            # an aim; the place it is pursued in does
            recipients = [t for r in recipients for t in beneficiary(r, lexicon)]
        if entry.plover == "RETREAT" and any(_names_people(o, lexicon) for o in objects):
            recipients = []  # "release a volunteer to the Red Cross": the one let go
    elif entry.plover == "AGREE" and any(is_actor(r, lexicon) for r in recipients):
        # "offered logistical support to French operations", "offered to US an armored
        # regiment": what is offered is a theme, whom it is offered to the target
        themes += [
            o for o in objects if not is_actor(o, lexicon) and not _event_noun_targets(o, lexicon)
        ]
        recipients = [r for r in recipients if is_actor(r, lexicon)]
    else:
        recipients = []
    if entry.plover == "MOBILIZE" or entry.mode == "disarm":
        # "withdrew its troops from X", "mobilized the army": the forces moved are the
        # actor's own, not whom the event is aimed at.
        themes += [o for o in objects if o.pos_ != "PROPN" and o.ent_type_ not in ACTOR_ENTS]
    if entry.plover in ("AGREE", "CONCEDE"):
        # "accepted the demands by protesters", "conceded to demands from X": who made them
        objects = [owner_of(o) if is_event_noun(o, lexicon) else o for o in objects]
        recipients = [owner_of(r) if is_event_noun(r, lexicon) else r for r in recipients]
    if entry.plover == "AGREE":
        # "will not accept refugees from Afghanistan": taking in those who come from a
        # country bears on that country
        objects = [_homeland(o, lexicon) or o for o in objects]
    if entry.plover in CLAIM_TYPES:
        # "denied charges by the State Department": the target is who made the claim.
        # "rejected Netanyahu's suggestion": a claim whose owner is named before it
        # "refused a request from X", "rejected an offer by X": what X put forward, with X
        owners = {o.i: o if made_by(o, lexicon) else _list_owner(o) for o in objects}
        kept = [
            o for o in objects if o not in themes or owners[o.i].i != o.i or owned_claim(o, lexicon)
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
            *prep_objects(t, frozenset({"in", "of"})),
        )
        for g in prep_objects(head, _THEME_PREPS)
        for g in goods(g)
    ]
    # "relaxed limits on food shipments to Cuba", "gave $20 million for
    # relief work in western Sudan": an event the theme bears on is aimed where it is.
    theme_targets = [
        t
        for g in theme_targets
        for t in (_event_aim(g, lexicon) if is_event_noun(g, lexicon) else [g])
    ] + [
        t
        for theme in themes
        for g in prep_objects(theme, frozenset({"for"}))
        # "suspended aid donations for Sarajevo": whom what is given is for
        for t in (_event_aim(g, lexicon) if is_event_noun(g, lexicon) else recipient(g, lexicon))
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
            for g in prep_objects(c, frozenset({"from"}))
            if is_actor(g, lexicon)
        ]
    # "lifted its blockade of Yemen": whom the theme is done to; not what is sent
    # ("sent teams of CIA operatives into Libya").
    theme_targets += [
        g
        for t in themes
        if entry.plover != "AID"
        for g in prep_objects(t, frozenset({"of"}))
        if is_actor(g, lexicon)
    ]
    objects = [
        t
        for o in objects
        for t in (
            []
            if owned_claim(o, lexicon) or made_by(o, lexicon)
            else _event_noun_targets(o, lexicon) or _asked_targets(o, lexicon)
        )
        or [o]
    ]
    targets = passives + recipients + objects
    if not any(is_actor(t, lexicon) for t in targets):
        # "clashed with police", "closed its borders with Togo", "shared evidence with
        # their counterparts": the other side
        targets += counterparts(verb, entry, lexicon)
    # "remained on alert in Manila": what the row asks for carries the place too.
    carried = [c for c in verb.children if c.dep_ in OBJECTS] + [
        g for g in prep_objects(verb, frozenset({"on"})) if _is_theme(g, entry)
    ]
    aimed = prep_objects(verb, target_preps(entry))
    if entry.plover == "AID":
        aimed = [t for r in aimed for t in beneficiary(r, lexicon)]
    if entry.plover == "ACCUSE" and any(is_actor(o, lexicon) for o in objects):
        # "criticizing the government on human rights": with whom it is aimed at named,
        # what the charge is about is no target
        aimed = [g for g in aimed if is_actor(g, lexicon)]
    targets = aimed_place(
        verb,
        possible_actors(targets + aimed + theme_targets),
        lexicon,
        also=tuple(carried),
    )
    if entry.plover in HARM_TYPES and all(
        t.dep_ == "pobj" and t.head.head.i == verb.i and t.head.lower_ in IN for t in targets
    ):
        # "stormed a police headquarters in eastern Afghanistan": the site struck, not
        # the region it lies in
        targets = struck_sites(verb, lexicon) or targets
    if entry.plover in _DELIVERING_TYPES and not any(is_actor(t, lexicon) for t in targets):
        targets = delivered_to(verb, lexicon) or targets
    if entry.plover in CLAUSE_TARGET_TYPES and not targets:
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
            if g.dep_ == "nsubj" and (is_actor(g, lexicon) or is_place(g, lexicon))
        ]
    if entry.plover == "REJECT" and not targets:
        targets = _pressing(verb, lexicon)
    if entry.plover == "RETREAT" and entry.mode == "disarm":
        # "withdrew peacekeepers from Sinai", "began withdrawing some of its troops from
        # Syria": the forces are the actor's own; where they leave is the target
        targets = left_place(verb, lexicon) or targets
    targets = targets or nested_targets(verb, lexicon) or concerned(verb)
    if not targets:  # "resigned as president of Indonesia": whom the office serves
        targets = [
            g
            for office in prep_objects(verb, frozenset({"as"}))
            for g in prep_objects(office, frozenset({"of"}))
            if is_actor(g, lexicon)
        ]
    if entry.plover != "CONSULT" or entry.mode == "visit":  # not where a meeting is
        targets = targets or where_it_bears(verb, lexicon)
    if not targets and countrywide(entry):
        targets = country_of(verb)
    if (
        verb.dep_ in ("advcl", "xcomp")
        and purpose(verb)
        and not any(named(t, lexicon) and t.lower_ not in _DEMONSTRATIVES for t in targets)
    ):
        # "summoned the ambassador to complain", "sent officials to Qatar to investigate a
        # report": whom or where the act it is the purpose of reached ("sent resources to
        # Colombia to help the country": Colombia, not "the country").
        reached = [
            o
            for o in verb.head.children
            if o.dep_ in OBJECTS and is_actor(o, lexicon) and o.pos_ != "PRON"
        ]
        # ("sending a crew to Boise": the parser may hang the place on what is sent)
        # ("sent trucks and a unit of engineers to Malawi": or on a part of it)
        sent = [verb.head, *(o for o in verb.head.children if o.dep_ in OBJECTS)]
        sent += [g for o in sent[1:] for m in o.conjuncts for g in (m, *prep_objects(m, OF))]
        sent += [g for o in sent[1:] for g in prep_objects(o, OF)]
        destinations = [
            g
            for g in [g for h in sent for g in prep_objects(h, frozenset({"to", "into"}))]
            + [g for c in verb.head.children if c.dep_ == "dative" for g in c.children]
            if is_actor(g, lexicon) or is_place(g, lexicon)
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
        targets = [maker(t, lexicon) for t in targets]
    return targets


_PROTESTING_TYPES = frozenset({"PROTEST", "MOBILIZE"})


def _protest_aim(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What a call to protest is aimed at: "called on workers to mobilize against the
    war", "urged followers to join a rally against the new rules" (the protest's
    "against" phrase, not those called to take part)."""
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        entry = trigger_of(clause, "V", lexicon) if clause.pos_ == "VERB" else None
        heads = [clause] if entry is not None and entry.plover in _PROTESTING_TYPES else []
        heads += [
            g
            for g in prep_objects(clause, frozenset({"at", "in", "to", "for"}))
            + [o for o in clause.children if o.dep_ in OBJECTS]
            if (row := trigger_of(g, "N", lexicon) if g.pos_ == "NOUN" else None) is not None
            and row.plover in _PROTESTING_TYPES
        ]
        found = [g for h in heads for g in prep_objects(h, frozenset({"against"}))]
        if found:
            return [maker(g, lexicon) for g in found[:1]]
    return []


def _homeland(people: Token, lexicon: Lexicon) -> Token | None:
    """The country a noun for people says they come from ("refugees from Myanmar")."""
    if people.pos_ != "NOUN" or not _names_people(people, lexicon):
        return None
    # (the parser may hang the "from" phrase on the verb, right after the people)
    after = [g for g in prep_objects(people.head, FROM) if g.head.i == people.right_edge.i + 1]
    return next((g for g in prep_objects(people, FROM) + after if g.ent_type_ == "GPE"), None)


#: Verbs that send one's own people somewhere.
_SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "fly", "rush"})

#: Nouns for trade in goods: a measure on "imports of X" bears on X.
_TRADE_NOUNS = frozenset({"import", "export", "imports", "exports", "sale", "sales"})


def goods(word: Token) -> list[Token]:
    """The goods a trade noun names ("a ban on imports of Chilean salmon" bears on the
    salmon), else the word itself."""
    if word.lemma_.lower() in _TRADE_NOUNS:
        return prep_objects(word, OF) or [word]
    return [word]


def _stray_apposition(verb: Token, obj: Token) -> bool:
    """A second object the parser made of an apposition: "established ties with Bhutan, a
    majority-Buddhist nation", "outlawed the Zairian Association, the country's leading
    human rights organization" describe what comes before the comma, no one else."""
    doc = verb.doc
    comma = obj.left_edge.i - 1
    if obj.dep_ not in OBJECTS or obj.pos_ != "NOUN" or comma < 1 or doc[comma].text != ",":
        return False
    if obj.left_edge.dep_ not in ("det", "poss") and obj.left_edge.i != obj.i:
        return False
    return any(
        c.i < obj.i and c.right_edge.i == comma - 1 and c.dep_ in (*OBJECTS, "prep")
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
        and is_actor(c, lexicon)
        and not is_event_noun(c, lexicon)
        and not any(g.dep_ in (*SUBJECTS, "aux", "auxpass", "cop") for g in c.children)
    ]


# Types whose "to" phrase names who gets what is given, wherever the parser hangs it.
_DELIVERING_TYPES = frozenset({"AID", "RETREAT"})


def maker(protested: Token, lexicon: Lexicon) -> Token:
    """Who made what a protest is against ("new laws imposed by the government", "human
    rights violations by the police"): whom the protest is aimed at."""
    if is_actor(protested, lexicon):
        return protested
    owner = owner_of(protested)
    return owner if is_actor(owner, lexicon) else protested


_SETTLING_NOUNS = frozenset({"agreement", "deal", "accord", "settlement", "talks"})


def protested(governed: tuple[Token, ...], entry: Trigger, lexicon: Lexicon) -> list[Token]:
    """What a strike or a protest that names no target is aimed at, as its clause tells:
    "a hunger strike in protest against new laws", "started a hunger strike, protesting
    the state's unemployment system", and for a labour strike the party it is settled
    with ("called off the strike after reaching agreement with the government")."""
    for head in governed:
        for protest in prep_objects(head, IN):
            row = trigger_of(protest, "N", lexicon) if protest.pos_ == "NOUN" else None
            if row is not None and row.plover == "PROTEST":
                return prep_objects(protest, target_preps(row) | frozenset({"at"}))
        for clause in head.children:
            row = trigger_of(clause, "V", lexicon) if clause.dep_ == "advcl" else None
            if row is not None and row.plover == "PROTEST" and clause.tag_ == "VBG":
                return verb_targets(clause, row, lexicon)
    if entry.mode != "boycott":
        return []
    clause = governed[-1]
    for settling in clause.subtree:
        if settling.lemma_.lower() in _SETTLING_NOUNS and settling.pos_ == "NOUN":
            found = prep_objects(settling, frozenset({"with"}))
            if any(is_actor(g, lexicon) for g in found):
                return found
    return []


def _pressing(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a refusal resists: who made the pressure or the calls it stands against
    ("declined to resign despite the pressure by the US Congress", "under pressure from
    others in his party")."""
    for head in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for pressure in prep_objects(head, _DEFYING_PREPS):
            owner = owner_of(pressure)
            if owner.i != pressure.i and is_actor(owner, lexicon):
                return [owner]
    return []


_DEFYING_PREPS = frozenset({"despite", "under", "against"})


def _names_people(head: Token, lexicon: Lexicon) -> bool:
    """A person's name or a noun for people ("a kidnapped volunteer", "dozens of
    prisoners")."""
    return head.ent_type_ == "PERSON" or group_noun(head).lemma_.lower() in lexicon.people_nouns


def _released_actor(obj: Token, lexicon: Lexicon) -> bool:
    """Whether what is given back or let go names people or their property ("a Turkish
    ship", "a former presidential candidate"), not measures with a target of their own
    ("sanctions against Iran")."""
    if not is_actor(obj, lexicon) or trigger_of(obj, "N", lexicon) is not None:
        return False
    if obj.pos_ == "PRON" and obj.lower_ not in ("him", "her", "them"):
        return False  # "some of its restrictions"
    return not prep_objects(obj, _THEME_PREPS | frozenset({"for"}))


def _event_aim(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Whom or where an event noun is aimed: "assistance to North Korea", "assistance in
    northern Iraq"."""
    return aimed_place(noun, _event_noun_targets(noun, lexicon), lexicon)


def _event_noun_targets(obj: Token, lexicon: Lexicon) -> list[Token]:
    """An object that is itself an event is aimed where that event is: "pledged support
    to the Palestinians", "threatened sanctions against Iraq", "sought aid for refugees"."""
    if obj.pos_ != "NOUN" or obj.ent_type_:
        return []
    entry = trigger_of(obj, "N", lexicon)
    if entry is None or entry.cameo == NOT_AN_EVENT:
        return []
    return prep_objects(obj, target_preps(entry) | NOUN_TARGET_PREPS)


def _is_theme(obj: Token, entry: Trigger) -> bool:
    """An object the lexicon row asked for ("ties" of "cut ties") is what the event is
    about, not whom it targets."""
    return any(names_one_of(obj, c.lemmas) for c in entry.conditions if "dobj" in c.deps)


def _list_owner(claim: Token) -> Token:
    """Who a claim comes from, or one listed with it ("condemned the act of aggression
    and the threats made by X": X); else the claim itself."""
    for member in (claim, *claim.conjuncts):
        owner = owner_of(member)
        if owner.i != member.i:
            return owner
    return claim


def nested_targets(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom the act an event leads to or asks for would touch: "threatened to shell British
    forces", "agreed to lift embargoes against OPEC", "sent aid to help Haiti", "called for
    sanctions against Turkey", "agreed to a ceasefire in Ukraine"."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "xcomp" or (child.dep_ in ("advcl", "acl") and purpose(child)):
            found += _clause_targets(child, lexicon)
        elif child.dep_ == "conj" and purpose(child) and not purpose(verb):
            # "sent aid, with food and tents, to help X": a purpose the parser joined to the
            # verb; not the second of two aims ("agreed to end X and to cut Y")
            found += _clause_targets(child, lexicon)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and verb.pos_ == "NOUN":
            # "a mediation effort designed to help X and Y reach a settlement"
            found += nested_targets(child, lexicon)
        elif child.dep_ == "prep" and child.lower_ in ("for", "to"):
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                entry = trigger_of(noun, "N", lexicon)
                if entry is not None and entry.cameo != NOT_AN_EVENT:
                    preps = target_preps(entry) | NOUN_TARGET_PREPS
                    found += aimed_place(noun, prep_objects(noun, preps), lexicon)
    return found


def _clause_targets(clause: Token, lexicon: Lexicon) -> list[Token]:
    """Whom the act a complement or purpose clause tells would touch."""
    entry = trigger_of(clause, "V", lexicon) if clause.pos_ == "VERB" else None
    if entry is None or entry.cameo == NOT_AN_EVENT:
        # "to try to prevent a confrontation between X and Y": through the verbs that
        # only lead to the act
        return _acted_on(clause, lexicon) or nested_targets(clause, lexicon)
    # "offered to send troops to X": what is sent is no target; "threatened to shell the
    # bases": what is shelled is.
    nested = [
        t
        for t in verb_targets(clause, entry, lexicon)
        if t.dep_ not in OBJECTS
        or not (entry.plover in _GIVING_TYPES or entry.plover == "MOBILIZE")
    ]
    # "offered to send troops to help the Chilean police": the troops the row names
    # are sent, whom they are sent to help is the target
    acted = [
        o
        for o in _acted_on(clause, lexicon)
        if entry.plover not in ("AID", "MOBILIZE") or not _is_theme(o, entry)
    ]
    return nested or acted or nested_targets(clause, lexicon)


def _asked_targets(obj: Token, lexicon: Lexicon) -> list[Token]:
    """Whom the act an appeal, offer or invitation asks for would touch, when no one
    made it: "turned down calls to free Ana Ruiz", "took up an offer to hold talks
    with the prime minister" (the parser may hang the clause on the verb, right after the
    noun)."""
    if not is_event_noun(obj, lexicon) or owner_of(obj).i != obj.i:
        return []
    if any(c.dep_ == "poss" or c.ent_type_ in ACTOR_ENTS for c in obj.children):
        return []
    clauses = [c for c in obj.children if c.dep_ == "acl" and purpose(c)]
    clauses += [
        c
        for c in obj.head.children
        if c.dep_ == "advcl" and purpose(c) and c.left_edge.i == obj.right_edge.i + 1
    ]
    return [t for c in clauses for t in _clause_targets(c, lexicon)]


def _acted_on(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The objects of a verb that are actors, else their own targets ("lift embargoes
    against OPEC" → OPEC)."""
    found = []
    for obj in (c for c in verb.children if c.dep_ in OBJECTS):
        found += [obj] if is_actor(obj, lexicon) else prep_objects(obj, _THEME_PREPS)
    return found


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def claimed_act(noun: Token, lexicon: Lexicon) -> list[Actor]:
    """An act told before that someone claims or bears responsibility for, named by where
    it was or by whom it struck ("claimed the bombing in Mosul", "is to blame for the
    shelling of the two villages"), is what the claim is about: the act as named."""
    if not anaphoric(noun) or not answerable(noun):
        return []
    places = [
        g for g in prep_objects(noun, frozenset({"in", "at", "near"})) if g.ent_type_ in PLACE_TYPES
    ]
    named = places or [g for g in prep_objects(noun, OF) if is_actor(g, lexicon)]
    if not named:
        return []
    return [Actor((noun.left_edge.i, full_phrase(named[0])[1]), (phrase(named[0]),))]


def struck_in_clause(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The actors a participle clause of harm after the verb acts on: "…, targeting
    militant commanders", "…, killing dozens of fighters"."""
    for clause in verb.rights:
        if clause.dep_ not in ("advcl", "xcomp") or clause.tag_ != "VBG":
            continue
        row = trigger_of(clause, "V", lexicon)
        if clause.lemma_.lower() != "target" and (row is None or row.plover not in HARM_TYPES):
            continue
        found = [o for o in clause.children if o.dep_ in OBJECTS and is_actor(o, lexicon)]
        if found:
            return found
    return []


def counterparts(head: Token, entry: Trigger, lexicon: Lexicon) -> list[Token]:
    """The actor a "with" phrase names as the other side ("a ceasefire with the Taliban",
    "clashed with police"); not an instrument ("struck it with artillery")."""
    if "with" in target_preps(entry):
        return []
    return [g for g in prep_objects(head, frozenset({"with"})) if is_actor(g, lexicon)]


def target_preps(entry: Trigger) -> frozenset[str]:
    return _TARGET_PREPS["*"] | _TARGET_PREPS.get(entry.plover, frozenset())
