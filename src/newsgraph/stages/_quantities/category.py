"""The category of what is counted: from the verb that governs the count ("killed at least
46,707") or else from the noun ("251 hostages"), the harm that befell those counted,
and the verb a count hangs off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.nlp import entity_of
from newsgraph.stages._entities.gazetteer import fold, gazetteer
from newsgraph.stages._quantities.counted import (
    glued_stop_between,
    of_people,
    subset_prep,
    those_described,
)
from newsgraph.stages._quantities.numbers import fused_word, toll_of
from newsgraph.stages._quantities.parse import (
    CASUALTY,
    GLUED_INSIDE,
    GLUED_STOP,
    Found,
    befell,
    headline_verb,
    named_like_a_person,
)
from newsgraph.stages._quantities.tables import (
    categories,
    not_people,
    state_groups,
    unrealized_words,
)
from newsgraph.stages._quantities.units import is_money

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Casualties that only people can be: held, arrested or missing.
_HELD_OR_LOST = frozenset({"hostages", "prisoners", "arrested", "missing"})


def category_of(doc: Doc, item: Found, noun: Token | None) -> str:
    """The category of the count: money, a casualty verb, else the counted noun's."""
    if is_money(item.unit):
        return "money"
    if noun is None and (whole := _people_of(doc, item.start)) is not None:
        return whole  # "a father of four": his children; "a city of two million"
    if noun is None and (befell := _part_of_the_casualties(doc, item.end)) is not None:
        return befell  # "31 of the dead were pilgrims"
    head = doc[item.first].head
    if noun is None and head.i < item.first and (verb_category := headline_verb(head)):
        return verb_category  # "Quake Kills 20"
    if noun is None and (verb_category := _participle_before(doc, item)) is not None:
        return verb_category  # "killed thousands and displaced millions"
    table = categories()
    if noun is not None and doc[item.end - 1].lower_ == "strong":
        # "a 12,000-strong force": the size of a body, troops whatever befell others
        return table.get(("strong", noun.lemma_.lower()), "other")
    holders = [noun] if noun is not None else []
    if noun is not None and GLUED_STOP.search(noun.text) and noun.head.i > noun.i:
        holders.append(noun.head)  # "killed nine policemen.- Tens of …", parsed as one
    verb = None
    subject = False
    for holder in [*holders, doc[item.head], doc[item.first]]:
        verb = governing_verb(holder)
        if verb is not None:
            if _means_of(holder, verb) or _doers(holder, verb):
                verb = None  # "killed in eight air strikes", "shot by two colleagues"
            elif glued_stop_between(doc, *sorted((verb.i, item.start))):
                verb = None  # "killed nine policemen.- Tens of thousands have fled"
            elif _object_of_a_protest(holder, verb):
                verb = None  # "the events demonstrate three trends": shown, not protesters
            subject = verb is not None and _subject_of(holder, verb)
            break
    verb_category = _verb_category(verb) if verb is not None else None
    if verb_category is None and subject and verb is not None and _to_protest(verb):
        verb_category = "protesters"  # "thousands of nurses gathered to protest the cuts"
    if verb_category is None and subject and verb is not None:
        verb_category = _joined_gathering(verb)  # "thousands joined the protests"
    if verb_category is None and noun is not None:
        verb_category = _taken_as(noun)  # "took 30 people hostage"
    if verb_category not in CASUALTY:
        # "the other three who died", "two officers who were injured": a relative clause
        # on the counted says what befell them where the verb of the sentence does not
        clause = _relative_clause(noun if noun is not None else doc[item.head])
        verb_category = (_verb_category(clause) if clause is not None else None) or verb_category
    if noun is None and verb_category in CASUALTY:
        # "left two dead and five injured": the word after a count without a noun says
        # what befell those it counts, before the verb's complement
        verb_category = _befell_as_described(doc, item, noun) or verb_category
    escaping = noun is not None and ("escapes", noun.lemma_.lower()) in table
    escaping = escaping or (verb is not None and _got_away(verb))
    if verb_category == "displaced" and escaping:
        verb_category = None  # "two attackers fled": they got away, nobody was displaced
    if noun is not None and _instrument(noun):
        # "armed with a sword, two pistols and a club was arrested", which the parser
        # reads as the pistols being arrested: a weapon suffers none of it
        verb_category = None
    if verb_category == "killed" and noun is not None and ("deed", noun.lemma_.lower()) in table:
        verb_category = None  # "two search warrants were executed", "killed three bills"
    if verb_category in _HELD_OR_LOST and noun is not None and not _may_be_held(noun):
        # "captured two key neighbourhoods", "almost 1.5 million posts disappeared": places
        # and jobs, no one held or missing; "one subject was arrested" is arrested
        verb_category = None
    if verb_category in CASUALTY:
        return verb_category
    if verb is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children
    ):
        lost = table.get(("lives", verb.lemma_.lower()))
        if lost is not None:
            return lost  # "21,000 people lost their lives"
    if noun is not None and noun.lemma_.lower() == "life" and verb is not None:
        lost = table.get(("lives", verb.lemma_.lower()))
        if lost is not None:
            return lost  # "claimed 20 lives", "20 lives were lost"; not "saved 20 lives"
    described = _befell_as_described(doc, item, noun)
    if described is not None:
        return described  # "12 people killed in the attack", "40 dead", "15 wounded"
    # the toll whose value the number is, or the number with its noun: "the death toll
    # increased to 31 people"
    toll = toll_of(doc[item.head]) or (toll_of(noun) if noun is not None else None)
    toll_category = _toll_category(toll) if toll is not None else None
    if toll_category is not None:
        return toll_category
    left = _left_home(verb) if verb is not None else None
    if left is not None:
        # "8,000 people have left their homes", "forced 900 families to abandon their
        # homes"; after a toll's value the parser hung on the noun ("rose to seven and
        # 8,000 people left their homes")
        return left
    if noun is not None and noun.lemma_.lower() == "victim":
        return _victims(noun)
    if noun is not None and _thing_by_its_modifier(noun):
        return "other"  # "four regulatory bodies": organizations, not the dead
    if noun is not None and _few_forces(item, noun):
        return "other"  # "the two forces", "half of the force": bodies, not troops
    named = noun is not None and any(" " in f and ("noun", f) in table for f in _noun_forms(noun))
    if noun is not None and noun.lemma_.lower() == "member" and _of_states(noun) and not named:
        return "other"  # "the 27 EU members": states, not people ("NATO service members" are)
    befell = (_event_of(noun) if noun is not None else None) or _event_of(doc[item.first])
    if befell is not None:
        # "the deaths of 12 people", "the arrest of 30 students", "the deaths of thousands
        # of migrants"
        return befell
    if noun is not None:
        noun_category = next(
            (c for form in _noun_forms(noun) if (c := table.get(("noun", form))) is not None),
            None,
        )
        if noun_category == "people" and verb_category == "protesters" and subject:
            return verb_category  # "300 students marched", "8,000 people took to the streets"
        if noun_category is not None:
            return noun_category
    if noun is not None and those_described(noun):
        return "people"  # "two-thirds of those questioned"
    if verb_category is not None:
        return verb_category
    named = noun is not None and (noun.ent_type_ in {"NORP", "PERSON"} or _people_of_a_nation(noun))
    if named and noun is not None and not any(f in not_people() for f in _noun_forms(noun)):
        return "people"  # not "eight Grammy Awards" the tagger took for a name
    if noun is not None and any(named_like_a_person(form) for form in _noun_forms(noun)):
        return "people"  # "12 Russian medalists", "three finalists", "nine justices"
    part = item.end < len(doc) and doc[item.end].lower_ == "of"
    if noun is None and subject and verb is not None and not part:
        # "the two said in a statement": only people speak; "13 of them said" may be firms
        return table.get(("speaks", verb.lemma_.lower()), "other")
    if noun is not None and ("speaker", noun.lemma_.lower()) in table:
        speaks = subject and verb is not None and ("speaks", verb.lemma_.lower()) in table
        if speaks or _familiar_with(noun):
            return table[("speaker", noun.lemma_.lower())]  # "two sources said"
    return "other"


#: Words before "with" or "to" that only people are: "sources familiar with the talks",
#: "a source close to the minister".
_ACQUAINTED = frozenset({("familiar", "with"), ("close", "to")})


def _familiar_with(noun: Token) -> bool:
    """Whether a noun is described as familiar with or close to something ("two sources
    familiar with the decision"), as only people are."""
    return any(
        (child.lower_, prep.lower_) in _ACQUAINTED
        for child in noun.children
        if child.dep_ == "amod"
        for prep in child.children
        if prep.dep_ == "prep"
    )


def _people_of_a_nation(noun: Token) -> bool:
    """Whether a counted noun names a nation's people ("one in three Greeks", "millions
    of Turks"), which the NER left unlabelled."""
    return noun.is_title and fold(noun.text) in gazetteer().demonyms


def _people_of(doc: Doc, start: int) -> str | None:
    """The category of a count with no noun after "of" and a word whose count is of people:
    a parent's children ("a father of four", "the mother-of-three"), a place's people ("a
    city of two million", "a population of over 1 million"), or None."""
    i = start - 1
    words: list[Token] = []
    while i >= 0 and len(words) < 2:
        if doc[i].text != "-":
            words.append(doc[i])
        i -= 1
    if len(words) < 2 or words[0].lower_ != "of":
        return None
    return categories().get(("people of", words[1].lower_))


def _part_of_the_casualties(doc: Doc, end: int) -> str | None:
    """The casualty category of the whole after "of the" that a count with no noun is a
    part of ("31 of the dead", "12 of the injured": the dead, the injured), or None."""
    if end + 2 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].lower_ != "the":
        return None
    whole = doc[end + 2]
    if whole.dep_ != "pobj" or whole.head.i != end:
        return None  # "nine of the wounded soldiers": the soldiers are the whole
    category = categories().get(("noun", whole.lower_))
    return category if category in CASUALTY else None


def _participle_before(doc: Doc, item: Found) -> str | None:
    """The casualty category of a verb the parser hung on a count with no noun as its
    adjective, right before it ("killed thousands and displaced millions", where the
    second count is joined to the first), or None."""
    if item.start == 0:
        return None
    verb = doc[item.start - 1]
    if verb.dep_ != "amod" or verb.tag_ not in {"VBN", "VBD"} or verb.head.i != item.head:
        return None
    table = categories()
    category = table.get(("verb", verb.lemma_.lower())) or table.get(("form", verb.lower_))
    return category if category in CASUALTY else None


def _verb_category(verb: Token) -> str | None:
    """The category of what a verb says befell those it counts: its own ("killed"), or a
    word that completes it ("are missing", "left 200 homeless", "found shot dead"), a
    verb joined to it ("were stabbed and killed"), the manner of it ("shot to death",
    "fatally shot"), what they suffered ("sustained minor injuries"), the state they
    are held in ("remain in captivity") or what they are held as ("kept as hostages")."""
    table = categories()
    # "are believed to have been killed", "are feared to be dead": the verb the first one
    # raises says it too
    joined = [
        c
        for c in verb.children
        if c.dep_ in {"conj", "xcomp"}
        and (c.pos_ == "VERB" or (c.dep_ == "xcomp" and c.lemma_ == "be"))
        and not any(d.dep_ in {"nsubj", "nsubjpass", "dobj"} for d in c.children)
    ]  # not "raided 12 homes and detained two men", which has its own object
    category = None
    for word in [*joined, verb]:
        objects = [c for c in word.children if c.dep_ == "dobj"]
        if category != "killed":
            # "were stabbed and killed": the death is what befell them, not the wound
            category = _verb_lemma_category(word) or category
        if not objects:
            # "are missing"; a verb with an object is no state: "missing forecasts"
            category = table.get(("noun", word.lower_)) or category
        for child in word.children:
            if child.dep_ in {"acomp", "oprd"}:
                category = table.get(("verb", child.lemma_.lower())) or category
                category = table.get(("noun", child.lower_)) or category
            elif child.dep_ == "advmod":
                category = table.get(("manner", child.lower_)) or category
            elif child.dep_ == "prep" and child.lower_ in {"with", "for"}:
                # "were left with head injuries", "treated for minor injuries": the harm
                # they came away with; not "charged with murder", what they did
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    got = table.get(("noun", pobj.lemma_.lower()))
                    category = got if got == "wounded" else category
            elif child.dep_ == "prep" and child.lower_ == "as":
                # "are being kept as hostages", "held as prisoners of war": what they are
                # held as; not "worked as volunteers"
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    held_as = table.get(("noun", pobj.lemma_.lower()))
                    category = held_as if held_as in CASUALTY else category
            elif child.dep_ == "prep" and child.lower_ == "among":
                # "are among the dead", "Among the injured, two are …": the group they
                # are of
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    group = table.get(("noun", pobj.lower_))
                    category = group if group in CASUALTY else category
            elif child.dep_ == "prep" and child.lower_ == "from" and _passive(word):
                # "were driven from their homes", not "came from home"; not over the
                # verb's own ("were dragged from their homes and killed")
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    category = category or table.get(("from", pobj.lemma_.lower()))
            elif child.dep_ == "prep" and child.lower_ in {"to", "in", "into"}:
                kind = "manner" if child.lower_ == "to" else "held"
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if kind == "manner":
                        # over the verb's own: "stabbed to death"
                        manner = table.get((kind, pobj.lemma_.lower()))
                        if manner == "protesters" and not _unrest_told(word):
                            manner = None  # "took to the streets" for a carnival
                        category = manner or category
                    else:
                        # not over the verb's own: "died in custody"
                        category = category or table.get((kind, pobj.lemma_.lower()))
        if ("suffer", word.lemma_.lower()) in table:
            for harm in objects:
                category = table.get(("noun", harm.lemma_.lower())) or category
    return category


def _left_home(verb: Token) -> str | None:
    """The category of those a verb, or the verb it makes them do, says left their homes
    ("have left their homes", "forced 300 families to abandon their homes": displaced),
    the object a place of the ``from`` rows of ``categories.tsv``."""
    table = categories()
    for word in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        left = table.get(("leaves", word.lemma_.lower()))
        objects = [c for c in word.children if c.dep_ == "dobj"]
        if (
            left is not None
            and objects
            and all(("from", o.lemma_.lower()) in table for o in objects)
        ):
            return left
    return None


#: Verbs that take or hold people as what the noun after them names: "took 30 people
#: hostage", "held two guards prisoner".
_HOLDING_VERBS = frozenset({"take", "hold", "keep"})


def _taken_as(noun: Token) -> str | None:
    """What a verb of holding took the counted as, named right after them ("took 30
    people hostage", which the parser may read as "people hostage"): hostages or
    prisoners; or None."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    held_as = doc[noun.i + 1]
    category = categories().get(("noun", held_as.lemma_.lower()))
    if category not in {"hostages", "prisoners"} or held_as.tag_ != "NN":
        return None  # not "took 30 hostages", who are counted as such already
    verb = held_as.head if held_as.dep_ in {"dobj", "oprd"} else None
    if noun.dep_ == "compound" and noun.head.i == held_as.i:
        verb = held_as.head
    return category if verb is not None and verb.lemma_.lower() in _HOLDING_VERBS else None


def _to_protest(verb: Token) -> bool:
    """Whether a verb's clause of purpose is one of protest: "gathered to protest",
    "braved the cold to march"; those who did it for that are protesters."""
    return any(
        child.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and _verb_lemma_category(child) == "protesters"
        for child in verb.children
    )


def _joined_gathering(verb: Token) -> str | None:
    """The category of those a verb says went to a gathering of protest: its object or a
    noun after "in" ("thousands joined the protests", "attended a rally", "took part in
    the march"; the ``joins`` and ``gathering`` rows of ``categories.tsv``)."""
    table = categories()
    if ("joins", verb.lemma_.lower()) not in table:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    places = [
        c for w in (verb, *objects) for c in w.children if c.dep_ == "prep" and c.lower_ == "in"
    ]
    for word in [*objects, *(c for p in places for c in p.children if c.dep_ == "pobj")]:
        found = table.get(("gathering", word.lemma_.lower()))
        if found is not None:
            return found
    return None


def _passive(verb: Token) -> bool:
    """Whether a verb is a passive participle ("were forced", "people driven out")."""
    return verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
    )


def _verb_lemma_category(verb: Token) -> str | None:
    """The category of a verb of ``categories.tsv`` by its lemma, or by its form where
    another form means something else ("hanged 13,000"; "hung 20 paintings")."""
    table = categories()
    return table.get(("verb", verb.lemma_.lower())) or table.get(("form", verb.lower_))


def _relative_clause(word: Token) -> Token | None:
    """The verb of a relative clause on a word whose relative pronoun is its subject, the
    verb having no object ("three who died", "officers who were injured"; not "officers
    who had kidnapped a group", what they did to others), or None."""
    for clause in word.children:
        pronouns = [c for c in clause.children if c.tag_ in {"WP", "WDT"}]
        deps = {c.dep_ for c in pronouns}
        objects = any(c.dep_ == "dobj" for c in clause.children)
        if clause.dep_ == "relcl" and deps & {"nsubj", "nsubjpass"} and not objects:
            return None if _of_things(word, pronouns) else clause
    return None


def _of_things(word: Token, pronouns: list[Token]) -> bool:
    """Whether a relative clause's pronoun says the word it is on names things: "which",
    or "that" on a noun that names no people ("one strategy that is executed"; not "two
    guards that were killed")."""
    if any(p.lower_ == "which" for p in pronouns):
        return True
    if word.pos_ != "NOUN" or not any(p.lower_ == "that" for p in pronouns):
        return False
    # a noun of ``categories.tsv`` or one shaped like a person's, not a word of an office's
    # name ("strategy", "bank") as ``person_noun`` takes too
    lemma = word.lemma_.lower()
    return categories().get(("noun", lemma)) is None and not named_like_a_person(lemma)


#: Prepositions through which a verb's category reaches those counted: "12 of them were
#: killed", "killed along with three others", "including five children".
_SHARING_PREPOSITIONS = frozenset({"of", "with", "including", "among", "alongside", "as"})


#: Counted nouns that a modifier of the kind named after them in ``categories.tsv``
#: makes things: "four regulatory bodies" (organizations), "two key drivers" (causes),
#: "21 police forces" (organizations).
_SENSES = frozenset({"body", "driver", "fighter", "force"})


def _thing_by_its_modifier(noun: Token) -> bool:
    """Whether a modifier makes a counted noun of ``_SENSES`` a thing ("four regulatory
    bodies", "the two main drivers of growth", "ten multirole fighters", "21 police
    forces"), not people, troops or the dead."""
    lemma = noun.lemma_.lower()
    if lemma not in _SENSES:
        return False
    # the word as written too: the lemma of "elected" or "appointed" is the verb's
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound"}]
    kinds = {form for c in modifiers for form in (c.lemma_.lower(), c.lower_)}
    return any((lemma, kind) in categories() for kind in kinds)


#: The fewest "forces" a count takes for soldiers: "500 US forces", not "the two forces".
_FORCES_OF_TROOPS = 10


def _few_forces(item: Found, noun: Token) -> bool:
    """Whether counted forces are bodies, not troops: one force ("half of the force") or
    fewer than ten ("two formerly allied forces"), where "up to 500 US forces", "dozens of
    army forces" and "two special forces" count soldiers."""
    if noun.lemma_.lower() != "force":
        return False
    if any(" " in form and ("noun", form) in categories() for form in _noun_forms(noun)):
        return False  # "two special forces", "security forces": troops by their name
    size = item.value if item.value is not None else item.high
    return noun.tag_ != "NNS" or size is None or size < _FORCES_OF_TROOPS


def _of_states(noun: Token) -> bool:
    """Whether counted members are those of a group of states (``state_groups.txt``): the
    group modifies them or follows "of" ("the 27 EU members", "the bloc's ten members",
    "the ten members of the Association of Southeast Asian Nations"), or a "-member"
    count describes the group ("the 19-member currency bloc")."""
    groups = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
    if noun.dep_ in {"compound", "amod", "nmod"} and noun.head.i > noun.i:
        groups.append(noun.head)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            groups += [c for c in prep.children if c.dep_ == "pobj"]
    for group in groups:
        name = entity_of(group) if group.ent_type_ else group.doc[group.i : group.i + 1]
        words = [t.lower_ for t in name if not t.is_punct and t.lower_ not in {"the", "'s"}]
        if not words:
            continue
        if " ".join(words) in state_groups() or group.lemma_.lower() in state_groups():
            return True
        if len(words) > 1 and f"* {words[-1]}" in state_groups():
            return True
    return False


def _means_of(holder: Token, verb: Token) -> bool:
    """Whether the counted phrase is reached from its verb through a preposition of means,
    place or agent, and so is not whom the verb befell ("killed in eight air strikes",
    "wounded in two blasts", "shot dead by two of his colleagues")."""
    current = holder
    while current.i != verb.i and current.head.i != current.i:
        if current.dep_ in {"prep", "agent"} and current.lower_ not in _SHARING_PREPOSITIONS:
            return True
        if current.dep_ == "prep" and current.lower_ == "with" and _instrument(holder):
            return True  # "killed with one shot"; not "killed along with three others"
        current = current.head
    return False


def _got_away(verb: Token) -> bool:
    """Whether a verb of fleeing has what those who get away flee as its object or after
    its "from" ("fled the scene", "escaped from custody"; the `getaway` rows of
    ``categories.tsv``), which makes its subject no one displaced."""
    table = categories()
    for child in verb.children:
        fled = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ == "from":
            fled = [c for c in child.children if c.dep_ == "pobj"]
        if any(("getaway", word.lemma_.lower()) in table for word in fled):
            return True
    return False


def _instrument(noun: Token) -> bool:
    """Whether a counted noun after "with" is a thing the verb was done with ("one shot",
    "two knives"; the `instrument` rows of ``categories.tsv``), not people who shared its
    fate."""
    return ("instrument", noun.lemma_.lower()) in categories()


def _subject_of(holder: Token, verb: Token) -> bool:
    """Whether the counted phrase is the active subject of its verb."""
    current = holder
    while current.head.i != verb.i and current.head.i != current.i:
        current = current.head
    return current.dep_ == "nsubj" and current.head.i == verb.i


def _object_of_a_protest(holder: Token, verb: Token) -> bool:
    """Whether the counted phrase is the object of a verb of protest, which says what its
    subject did, not who its object is ("the events demonstrate three trends")."""
    current = holder
    while current.head.i != verb.i and current.head.i != current.i:
        current = current.head
    return current.dep_ == "dobj" and _verb_lemma_category(verb) == "protesters"


#: What a verb does to its object, not to its subject ("killed", "kidnapped"); a verb of
#: fleeing or of protest tells what its subject did ("fled their homes").
_HARMS = frozenset({"killed", "wounded", "hostages", "prisoners", "arrested"})


def _doers(holder: Token, verb: Token) -> bool:
    """Whether the counted are the subject of a verb that did harm to its object, or moved
    people out, and so did it rather than suffered it ("three attacks killed nine people",
    "two bombings claimed 53 lives", "four boats evacuated the villagers"; not "five miners
    lost their lives", their own)."""
    if not _subject_of(holder, verb):
        return False
    table = categories()
    lemma = verb.lemma_.lower()
    for harmed in (c for c in verb.children if c.dep_ == "dobj"):
        if harmed.lemma_.lower() == "life":
            owned = any(c.dep_ == "poss" for c in harmed.children)
            if ("lives", lemma) in table and not owned:
                return True
        elif _verb_lemma_category(verb) in _HARMS:
            return True  # not "65 million have fled their homes", "thousands protested it"
        elif _moves_people_out(verb, harmed):
            return True  # "four boats evacuated the villagers"; not "fled their homes"
    return False


def _moves_people_out(verb: Token, moved: Token) -> bool:
    """Whether a verb of displacement moves its object, people, out ("evacuated the
    villagers"); a verb of leaving says where its subject went from ("fled their homes")."""
    leaving = ("leaves", verb.lemma_.lower()) in categories()
    return _verb_lemma_category(verb) == "displaced" and not leaving and of_people(moved)


def _event_of(noun: Token) -> str | None:
    """The category of what befell a counted noun after "of" ("the deaths of 12 people":
    killed, "the abduction of 20 girls": hostages; kind ``event`` of ``categories.tsv``), or
    after the noun it is joined to by "and" ("the deaths of four gunmen and two soldiers")."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    event = prep.head
    if event.lemma_.lower() in _SENSES and (_thing_by_its_modifier(event) or not of_people(noun)):
        return None  # "the bodies of five climbers"; not "the governing bodies of 20 clubs"
    if any(c.dep_ == "amod" and c.lower_ in unrealized_words() for c in event.children):
        return None  # "the attempted murders of two officers": nothing befell them yet
    return categories().get(("event", event.lemma_.lower()))


def _noun_forms(noun: Token) -> list[str]:
    """The noun's lemma with the word that modifies it right before it ("service member",
    "security force"), its lemma, its text, and its text made singular where the tagger
    left a plural as its lemma ("US servicemen" tagged as a name), without a stop glued
    on where a text lost a space ("families:-")."""
    text = GLUED_STOP.sub("", noun.lower_)
    inside = GLUED_INSIDE.search(noun.text)
    if inside is not None:
        text = text[: inside.start()]  # "one witness;-former clerk": the witness
    singular = text[:-3] + "man" if text.endswith("men") else text.removesuffix("s")
    forms = [noun.lemma_.lower(), text, singular, fused_word(noun)]
    doc = noun.doc
    before = doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.head == noun and before.dep_ in {"compound", "amod"}:
        forms.insert(0, f"{before.lower_} {noun.lemma_.lower()}")
    hyphened = before is not None and before.text == "-" and not before.whitespace_
    if hyphened and noun.i > 1 and not doc[noun.i - 2].whitespace_:
        # "waste-pickers", "home-buyers", which the tokenizer split at the hyphen
        forms.insert(0, f"{doc[noun.i - 2].lower_}-{noun.lemma_.lower()}")
    return forms


def _unrest_told(word: Token) -> bool:
    """Whether the sentence of a word or the one before tells of protest or unrest, which
    makes those who "took to the streets" protesters rather than revellers."""
    table = categories()
    sentence = word.sent
    start = word.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    told = word.doc[start : sentence.end]
    return any(("unrest", t.lemma_.lower()) in table for t in told)


def _victims(noun: Token) -> str:
    """Counted victims are dead where their sentence or one of the three before tells of a
    death or a deadly event ("the 62 victims of the plane crash"), and people otherwise
    ("157 alleged victims", "rescued his 14 victims")."""
    table = categories()
    sentence = noun.sent
    start = sentence.start
    for _ in range(3):
        if start > 0:
            start = noun.doc[start - 1].sent.start
    told = noun.doc[start : sentence.end]
    return "killed" if any(("deadly", t.lemma_.lower()) in table for t in told) else "people"


def _toll_category(toll: Token) -> str | None:
    """What a toll counts, by the word before it or its "of" phrase: "death toll" → killed,
    "the number of dead" → killed, "the number of people killed" → killed, "the tally of
    injured" → wounded, "the number of protesters" → protesters."""
    table = categories()
    words = [c for c in toll.children if c.dep_ in {"compound", "amod", "nmod", "acl", "relcl"}]
    for prep in toll.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                verbs = [c for c in pobj.children if c.dep_ in {"acl", "amod", "relcl"}]
                words += [*verbs, pobj]
    found = None
    for word in words:
        lemma = word.lemma_.lower()
        if lemma == "victim":
            return _victims(word)  # "the number of victims of the massacres"
        category = table.get(("verb", lemma)) or table.get(("noun", lemma))
        category = category or table.get(("noun", word.lower_))
        if category in CASUALTY:
            return category
        found = found or category
    return found if found != "people" else None


def _befell_as_described(doc: Doc, item: Found, noun: Token | None) -> str | None:
    """The casualty category a word describing the counted gives ("40 dead", "12 people
    killed in the attack"; see ``_described_as``), or None."""
    for word in _described_as(doc, item, noun):
        category = befell(word)
        if category == "missing" and noun is not None and not _may_be_people(noun):
            continue  # "200 cars missing from the depot": things lost, no one missing
        if category in CASUALTY:
            return category
    return None


def _may_be_people(noun: Token) -> bool:
    """Whether a counted noun names or may name people: a noun of people, a nation's
    people, or a name the NER gave a person or a group."""
    return of_people(noun) or noun.ent_type_ in {"NORP", "PERSON"} or _people_of_a_nation(noun)


def _may_be_held(noun: Token) -> bool:
    """Whether a counted noun may name people whom a verb holds, arrests or loses: one that
    may name people, or one that does where such a verb befalls it ("held" rows of
    ``categories.tsv``: "one subject was arrested")."""
    return _may_be_people(noun) or ("held", noun.lemma_.lower()) in categories()


def _described_as(doc: Doc, item: Found, noun: Token | None) -> list[Token]:
    """The words that say what befell the counted: a participle or adjective after the
    counted noun ("12 people killed in the attack", "20 people missing", "leaving 400
    people dead") or between it
    and the number ("eight dead people", "two injured officers"), or the word right after
    a number that counts no noun ("40 dead", "12 missing", "at least 15 wounded")."""
    if noun is not None:
        between = [c for c in noun.lefts if c.dep_ == "amod" and c.i >= item.end]
        after = [c for c in noun.rights if c.dep_ in {"acl", "amod"}]
        if noun.dep_ == "nsubj" and noun.head.i == noun.i + 1 and noun.head.pos_ == "ADJ":
            after.append(noun.head)  # "leaving 400 people dead", parsed as its subject
        return [*between, *after]
    end = item.end
    if end < len(doc) and doc[end].lower_ == "more":
        end += 1  # "dozens more missing"
    return [doc[end]] if end < len(doc) else []


def governing_verb(token: Token) -> Token | None:
    """The verb whose subject or object the counted phrase is ("were killed", "wounded X")."""
    current = token
    if current.dep_ == "nummod" and current.head.lower_ == "more":
        current = current.head  # "injured at least 50 more"
    for _ in range(3):
        if current.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "conj", "appos"}:
            if current.head.pos_ in {"VERB", "AUX"}:
                return current.head
            current = current.head
        elif current.dep_ == "pobj" and current.head.dep_ in {"prep", "agent"}:
            preposition = current.head
            current = preposition.head
            if current.pos_ in {"VERB", "AUX"}:
                return current
            if preposition.lower_ != "of" and not subset_prep(preposition):
                break  # "attacks on 252 cities killed 6,000 people": the cities were not
        else:
            break
    if token.head.pos_ == "VERB" and token.head.i > token.i and token.dep_ == "nsubj":
        return token.head
    measure = token.dep_ == "npadvmod" and token.pos_ == "NUM"
    if measure and token.head.pos_ == "VERB" and token.head.i < token.i:
        return token.head  # "killed at least 34.": an object the parser took for a measure
    return None
