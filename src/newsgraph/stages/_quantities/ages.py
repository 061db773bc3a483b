"""Numbers that are a person's age and so count nothing ("aged 59", "Ann Lee, 19", "a
boy of 12", "women over 50")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.stages._quantities.numbers import NumberPhrase
from newsgraph.stages._quantities.parse import (
    DURATION_UNITS,
    PERCENT,
    named_like_a_person,
    person_noun,
)
from newsgraph.stages._quantities.tables import categories, life_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

AGE_BEFORE = frozenset({"aged", "age", "ages"})
#: Words before a number that bound an age: "aged over 50", "women over 50".
_AGE_BOUNDS = frozenset({"over", "under", "above", "below"})
#: Comparatives before "than" and a number that bound an age: "older than 75".
_AGE_COMPARED = frozenset({"older", "younger"})
#: "a three-and-a-half-year-old girl": the age runs on past the number.
HALF_YEAR_OLD = re.compile(r"(?:-and-a-half|\s+and\s+a\s+half)(?:-year-old|\s+years?\s+old)")
#: What ends an age set off by a comma after a name: "Donna Rawlings, 59, of Ashton", "the
#: victims: Ann Lee, 19; Bo Kim, 17", "Ed Fox, 28 "who had …"", "Ms Tran, 25 from Hue"
#: (the second comma left out).
AGE_ENDS = frozenset({",", ".", ";", '"', "“", "”", "from"})
#: "16 and 17-year-olds", "21 to 25-year olds": the first of two ages that share the
#: second's "-year-old".
PAIRED_YEAR_OLD = re.compile(r"\s+(?:and|or|to)\s+(?:\d+|[a-z]+)-year[- ]olds?\b", re.IGNORECASE)


#: Words that make "one-…" an adjective of kind, not a count.
#: Who has an age ("I was 25"); "they were 12" more often counts them.
_ONE_PERSON = frozenset({"i", "he", "she", "who"})
_AGE_ADJECTIVES = frozenset({"young", "old"})
#: What "by one …" reckons by: a way of counting, not one thing counted.
RECKONINGS = frozenset({"measure", "estimate", "account", "count", "reckoning", "tally"})


def age_after_age(doc: Doc, start: int) -> bool:
    """Whether the number at ``start`` is an age by the words before it: one of a list after
    "age" ("at age 16 or 17", "aged 12 to 15", "the children were ages 4, 7, 10 and 13")
    or after "as young as" / "as old as"."""
    if _in_list_of_ages(doc, start):
        return True
    if start < 3 or doc[start - 3].lower_ != "as":
        return False
    before = [t.lower_ for t in doc[start - 3 : start]]
    return before[1] in _AGE_ADJECTIVES and before[2] == "as"


#: What stands between the ages of a list: "ages 4, 7, 10 and 13", "aged 12 to 15".
_AGE_LIST_LINKS = frozenset({",", "and", "or", "to", "-"})


def _in_list_of_ages(doc: Doc, start: int) -> bool:
    """Whether the number at ``start`` follows "age", "aged" or "ages" across other numbers
    and the words that link them ("aged 12 to 15"); after a comma, only with no noun of its
    own ("ages 4, 7 and 10"; not "aged 20 to 30, 500 people")."""
    i, comma = start - 1, False
    while i >= 0 and start - i <= 12 and (doc[i].like_num or doc[i].lower_ in _AGE_LIST_LINKS):
        comma = comma or doc[i].text == ","
        i -= 1
    if i < 0 or i == start - 1 or doc[i].lower_ not in AGE_BEFORE:
        return False
    if not any(t.like_num for t in doc[i + 1 : start]) and doc[start - 1].text != "-":
        return False  # "aged and frail": no number before this one
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    return not (comma and nxt is not None and nxt.pos_ in {"NOUN", "PROPN"})


#: Words between the noun "age" and its number: "the age of 16", "the retirement age
#: to 67".
_AGE_LINKS = frozenset({"of", "to", "at", "from", "between"})


def age_of_a_person(doc: Doc, phrase: NumberPhrase, nxt: Token | None) -> bool:
    """Whether a bare whole number after "of" is the age of the person before it ("a boy
    of 12", "kids of 15"); not "a father of four" nor "a city of two million" (``people
    of`` rows), "a crew of 20" (a group) or "the deaths of 12"."""
    start = phrase.start
    if start < 2 or doc[start - 1].lower_ != "of" or phrase.end - start != 1:
        return False
    if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN", "ADJ"} or nxt.lower_ in {"of", "%"}):
        return False  # "a class of 30 pupils", "a man of 60 years"
    if doc[start].head.i > start:
        return False  # "citizens of six mainly Muslim nations": it counts a noun after it
    if not (phrase.value <= 120 and phrase.value == int(phrase.value)):
        return False
    person = doc[start - 2]
    lemma = person.lemma_.lower()
    if person.pos_ != "NOUN" or lemma in _GROUPS:
        return False
    table = categories()
    if ("people of", lemma) in table:
        return False
    return table.get(("noun", lemma)) == "people" or named_like_a_person(lemma)


#: Adverbs before an age that stress how young or old: "at only 16", "the age of just 23".
_AGE_STRESS = frozenset({"just", "only", "barely", "still"})


def age_by_its_noun(doc: Doc, start: int) -> bool:
    """Whether the number at ``start`` is the value of the noun "age" before it: "an
    average age of 45", "the retirement age to 67", "between the ages of 10 and 17"
    (either number), "at the age of just 23"; not "the age of 12 cars", which counts the
    cars."""
    noun = doc[start].head
    if noun.i > start and noun.pos_ == "NOUN" and noun.lower_ not in DURATION_UNITS:
        return False
    after = doc[start + 1] if start + 1 < len(doc) else None
    if after is not None and after.tag_ == "NNS" and after.lower_ not in DURATION_UNITS:
        return False  # "above the age of 80 and 268,000 people": the people are counted
    i = start - 1
    if i > 0 and doc[i].lower_ in _AGE_STRESS:
        i -= 1  # "at the age of just 23"
    if i > 0 and doc[i].lower_ in {"and", "or", "to", "-"} and doc[i - 1].like_num:
        i -= 2  # the second of two
    if i >= 0 and doc[i].lower_ in _AGE_LINKS:
        i -= 1
    return i >= 0 and doc[i].lemma_.lower() == "age" and doc[i].pos_ == "NOUN"


def age_by_its_verb(doc: Doc, start: int) -> bool:
    """Whether the bare number at ``start`` is what a verb sets the noun "age" to, the
    verb's subject or object ("the minimum age would be cut to 18", "left the age for
    standing at 21"); not "the age of the fleet rose to 40 ships"."""
    number = doc[start]
    preposition = number.head
    if number.dep_ != "pobj" or preposition.lower_ not in {"to", "at"}:
        return False
    after = doc[start + 1] if start + 1 < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return False
    verb = preposition.head
    return verb.pos_ == "VERB" and any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() == "age" and c.pos_ == "NOUN"
        for c in verb.children
    )


def age_at_death(prev: Token, nxt: Token | None) -> bool:
    """Whether a number after ``prev`` is an age at death: after "at" that hangs on "die"
    or "death" ("died at 80", "his death at 90"), with no noun of its own ("deaths at 20
    sites" counts sites)."""
    if prev.lower_ != "at" or prev.head.lemma_ not in {"die", "death"}:
        return False
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}


def age_at_a_step(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a bare whole number after "at" is the age at which a person took a step in
    life: "at" hangs on a verb of ``life_verbs.txt`` whose subject is a person ("she left
    home at 17 to study", "Hale became an MP at 27", "he wrote his first song at just 14";
    not "the index began at 27", nor "she joined at 25 percent")."""
    start = phrase.start
    at = start - 1
    if at > 0 and doc[at].lower_ in _AGE_STRESS and doc[at].head.i == start:
        at -= 1  # "left school at only 16"
    if phrase.end - start != 1 or at < 0 or doc[at].lower_ != "at":
        return False
    if doc[start].dep_ != "pobj" or not (phrase.value.is_integer() and 1 <= phrase.value <= 110):
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN", "NUM", "SYM"} or nxt.lower_ in PERCENT):
        return False  # "left at 17 minutes past", "joined at 25 percent"
    verb = doc[at].head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in life_verbs():
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        # "joined the navy at 17 and retired at 52": the first verb's subject
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _ONE_PERSON or subject.ent_type_ == "PERSON":
        return True
    return subject.tag_ == "NN" and person_noun(subject.lemma_.lower())


#: What may follow an age a rule sets: "18 or older", "21 and over".
_AGE_OR = frozenset({"older", "over", "above", "up"})
#: Pronouns of those a rule of age speaks to: "you must be 18".
_ADDRESSED = frozenset({"you", "they", "we", "i", "he", "she"})


def age_required(number: Token) -> bool:
    """Whether a bare number is an age that people must, should or have to be: "be" has
    a modal or hangs on "have to", its subject is a person or people, and the number
    ends a rule: "to" and a verb, or "or older" ("Applicants must be 21 to rent a car",
    "You have to be 18 or older"; not "The ratio must be 2 to 1")."""
    be = number.head
    if number.dep_ not in {"attr", "acomp"} or be.lemma_ != "be":
        return False
    ruled = any(c.dep_ == "aux" and c.tag_ == "MD" for c in be.children)
    ruled = ruled or (be.dep_ == "xcomp" and be.head.lemma_ in {"have", "need"})
    if not ruled:
        return False
    holder = be.head if be.dep_ == "xcomp" else be
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if subject.lower_ not in _ADDRESSED and not (subject.pos_ == "NOUN" and person_noun(lemma)):
        return False
    doc = number.doc
    after = doc[number.i + 1 : number.i + 3]
    if len(after) == 2 and after[0].lower_ in {"or", "and"}:
        return after[1].lower_ in _AGE_OR
    return len(after) == 2 and after[0].lower_ == "to" and after[1].pos_ in {"VERB", "AUX"}


def age_of_someone(number: Token) -> bool:
    """Whether a bare number is what a person is, or each of two people: "when she was 30
    or even 41", "Smith is 58", "her sons are 8 and 10"."""
    word = number.head if number.dep_ == "conj" and number.head.like_num else number
    if word.dep_ not in {"attr", "acomp"} or word.head.lemma_ != "be":
        return False
    after = number.nbor() if number.i + 1 < len(number.doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN", "SYM"} or after.lower_ == "per"):
        return False  # "I may be 100 per cent wrong", "he was 12 points ahead"
    subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _ONE_PERSON or subject.ent_type_ == "PERSON":
        return True
    named = subject.is_title and subject.pos_ != "PRON" and not list(subject.children)
    if named and _when_clause(word.head):
        return True  # "Mara was only 12 when she ran", a name the NER took for no person
    lemma = subject.lemma_.lower()
    single = subject.tag_ in {"NN", "NNP"} and lemma not in _GROUPS
    if single and _when_clause(word.head, step=True):
        return True  # "the two-time champion was 24 when she retired"
    if single and _who_clause(subject):
        return True  # "Tolla, who built the ferry line, would have been 90 on Friday"
    if subject.lower_ in _AGE_SUPERLATIVES:
        return True  # "the youngest is nine"
    # one person named by a noun ("the suspect was 19"); not a group ("the crew was 12")
    if single and subject.tag_ == "NN" and person_noun(lemma):
        return True
    # people each of whom a number of a pair is ("my nephews, they are six and 11", "her
    # sons are 8 and 10"), where a count of them would be one number
    paired = word is not number or any(c.dep_ == "conj" and c.like_num for c in word.children)
    people = subject.lower_ == "they" or (subject.tag_ == "NNS" and person_noun(lemma))
    return paired and people


#: Subjects of a clause after "when" that make the one someone was then a person.
_HE_OR_SHE = frozenset({"he", "she"})


def _when_clause(verb: Token, step: bool = False) -> bool:
    """Whether a clause opened by "when" hangs on a verb ("was 15 when she left"); where
    ``step``, one whose subject is "he" or "she" and whose verb is a step in life
    (``life_verbs.txt``: "was 22 when she retired")."""
    return any(
        c.dep_ == "advcl"
        and any(w.lower_ == "when" and w.dep_ == "advmod" for w in c.children)
        and (not step or _step_in_life(c))
        for c in verb.children
    )


def _who_clause(noun: Token) -> bool:
    """Whether a relative clause with "who" as its subject describes a noun ("Edhi, who
    founded the network"), which makes it a person."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
        for c in noun.children
    )


def _step_in_life(verb: Token) -> bool:
    """Whether a verb is a step in a person's life (``life_verbs.txt``) with "he" or
    "she" as its subject ("she retired")."""
    if verb.lemma_.lower() not in life_verbs():
        return False
    return any(w.dep_ == "nsubj" and w.lower_ in _HE_OR_SHE for w in verb.children)


#: Who is the most or least of an age: "the youngest is nine".
_AGE_SUPERLATIVES = frozenset({"youngest", "oldest", "eldest"})
#: Nouns of people that stand for a group: "the crew was 12" counts them.
_GROUPS = frozenset(
    {"family", "crew", "staff", "police", "couple", "clergy", "personnel", "people", "youth"}
)


def age_bound(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number after "over" or "under" bounds an age: after "aged" ("those aged
    over 45"), or after the people it sets apart or that "be" says it of, with no noun of
    its own ("children under five", "women over 50", "where tax payers are over 65"; not
    "people over 20 days", nor "prices are over 50"); or one after "older than" or
    "younger than" with no noun of its own ("children younger than five")."""
    start = phrase.start
    if start < 2:
        return False
    compared = doc[start - 1].lower_ == "than" and doc[start - 2].lower_ in _AGE_COMPARED
    if doc[start - 1].lower_ not in _AGE_BOUNDS and not compared:
        return False
    if doc[start - 2].lower_ in AGE_BEFORE:
        return True
    if not (phrase.value.is_integer() and 1 <= phrase.value <= 110):
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in {"NOUN", "SYM", "NUM"} or nxt.lower_ in PERCENT):
        return False
    if compared:
        return True  # "30% are older than 75", "children younger than five"
    people = doc[start - 2]
    if people.lemma_ == "be" and not compared:
        # "where tax payers are over 65": the people "be" says it of
        people = next((c for c in people.children if c.dep_ == "nsubj"), people)
    if people.lower_ == "those":
        return True
    return people.tag_ == "NNS" and person_noun(people.lemma_.lower())


def age_group(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether "under" and a number name an age group before its noun: "the club's under
    16 girls", "the under 21 side"."""
    start = phrase.start
    if start < 2 or doc[start - 1].lower_ != "under":
        return False
    owner = doc[start - 2]
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    young = phrase.value.is_integer() and 5 <= phrase.value <= 23
    return young and owner.tag_ in {"POS", "PRP$", "DT"} and nxt is not None and nxt.pos_ == "NOUN"


def age_opening(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether "At" and a number open a sentence as someone's age before its subject: "At
    12, he was handing out leaflets", "At 19, Oduya began painting" (a surname the
    article names a person by, whatever the tagger took it for here)."""
    start, end = phrase.start, phrase.end
    if start < 1 or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    at = doc[start - 1]
    if at.lower_ != "at" or at.i != at.sent.start:
        return False
    subject = doc[end + 1]
    named = subject.pos_ == "PROPN" and subject.dep_ == "nsubj" and _surname(subject)
    person = subject.pos_ == "PRON" or subject.ent_type_ == "PERSON" or named
    return person and phrase.value.is_integer() and 1 <= phrase.value <= 110


def _surname(word: Token) -> bool:
    """Whether a proper noun ends a person's name somewhere in the article ("Lina Oduya …
    Oduya")."""
    return any(e.label_ == "PERSON" and e[-1].lower_ == word.lower_ for e in word.doc.ents)
