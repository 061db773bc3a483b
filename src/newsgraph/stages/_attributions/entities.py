"""Which entity a source names, and whom "he" or "she" refers to: ``Sources`` goes
through an article remembering who spoke last, by title, gender and first name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon, load_table
from newsgraph.records import Span
from newsgraph.stages._attributions.quotes import Quotes

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from newsgraph.records import Article, Entity


_PRONOUNS = frozenset({"he", "she", "him", "her"})


def head_word(doc: Doc, named: Span | None) -> str | None:
    """The head word of what names a source, lower case ("survey" of "the Scottish Social
    Attitudes survey", "experts" of "data recovery experts")."""
    head = _head_of(doc, named) if named is not None else None
    return head.lower_ if head is not None else None


def _head_of(doc: Doc, span: Span) -> Token | None:
    """The head word of a span of the text in the parse."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return words.root if words is not None and len(words) > 0 else None


class Sources:
    """Links sources to entities through an article, remembering who spoke last."""

    def __init__(self, article: Article, doc: Doc, quotes: Quotes | None = None) -> None:
        self.article = article
        self.doc = doc
        self.quotes = quotes or Quotes(article.text)
        self.speaker: str | None = None  # the entity the last source named
        self._spoke_at = -1  # where the source that named it starts
        self.said: tuple[int, int] | None = None  # what the last attribution reported
        self._titled: dict[str, str | None] = {}  # gender by title, by entity id
        self._genders: dict[str, str | None] = {}  # by title or by pronouns, by entity id
        self._bodies: _Bodies | None = None  # built the first time "it" is a source
        self._people: dict[str, str | None] = {}  # the person an entity of another type is
        self._labels: dict[int, bool] = {}  # whether a name only labels a thing, by start
        # the last source that is no pronoun: its gender by its head noun ("a spokeswoman"),
        # where it ends, and its entity
        self._described: tuple[str | None, int, str | None] | None = None
        # the last source named by each common noun: its words, entity and end
        self._nouns: dict[str, tuple[set[str], str | None, int]] = {}
        # the words of each source that named a person, lower case, and that person
        self._named: list[tuple[list[str], str]] = []

    @cached_property
    def _mentions(self) -> Mentions:
        """The article's mentions by position, built for the first source."""
        return Mentions(self.article.entities)

    def _title_gender(self, entity: Entity) -> str | None:
        if entity.id not in self._titled:
            self._titled[entity.id] = _gender(self.article.text, entity)
        return self._titled[entity.id]

    def _gender(self, entity: Entity) -> str | None:
        """The gender a title gives, else the one the pronouns around the person's name
        give (see ``_pronoun_gender``), else the one the first name gives."""
        if entity.id not in self._genders:
            gender = self._title_gender(entity)
            if gender is None and entity.type == "PERSON":
                gender = _pronoun_gender(self.doc, self.article, entity, self._quoted)
                gender = gender or _first_name_gender(entity)
            self._genders[entity.id] = gender
        return self._genders[entity.id]

    def entity_for(self, source: Span) -> str | None:
        """The entity a source names (see ``_named_entity``), or a pronoun's antecedent."""
        # the source's words in the parse, read once for every rule below
        phrase = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        words = phrase if phrase is not None and len(phrase) > 0 else None
        head = words.root if words is not None else None
        entity = _named_entity(self.article, source, words, self._mentions)
        pronoun = source.text.lower()
        if entity is None and pronoun in _PRONOUNS:
            entity = self._antecedent(source, pronoun)
        elif entity is None and words is not None and head is not None:
            entity = (
                self._body(head)
                or self._by_surname(head, source)
                or self._by_title(source)
                or self._as_before(words)
                or self._by_age(source)
            )
        if pronoun not in _PRONOUNS:
            self._described = (_noun_gender(head), source.end, entity)
            self._remember_noun(source, entity, words)
            if entity is not None and self._heads(source, entity, head):
                self._named.append((source.text.lower().split(), entity))
        if entity is not None:
            self.speaker, self._spoke_at = entity, source.start
        return entity

    def _heads(self, source: Span, entity_id: str, head: Token | None) -> bool:
        """Whether a person's name is the head of a source (its head word ``head``), or
        ends it ("Russia's Ambassador to Iran Ivan Sorin"; not "a senior adviser to Prince
        Ali", who is someone else)."""
        entity = self.article.entity(entity_id)
        if entity is None or entity.type != "PERSON" or head is None:
            return False
        if any(m.start <= head.idx < m.end for m in entity.mentions):
            return True
        # the name ends the source, after no "to" or the like ("Ambassador to Cyprus Ivan
        # Sorin", where the parser made "Ambassador" the head)
        words, name = source.text.rstrip(" ,").split(), entity.name.split()
        before = words[: len(words) - len(name)]
        return words[-len(name) :] == name and bool(before) and before[-1] not in _BEFORE_OTHERS

    def _person(self, entity: Entity) -> str | None:
        """The person an entity is, by id: itself where the tagger typed it so; for one of
        another type whose title gives a gender ("Mr Kilroy-Silk", "Prince William" that
        the tagger took for an organization or a place), the one person whose name ends
        in its surname ("Gordon Brown" for "Mr Brown"), else itself; else None."""
        if entity.type == "PERSON":
            return entity.id
        if entity.id not in self._people:
            words = entity.name.split()
            who = None
            if words and _SURNAME.fullmatch(words[-1]) and self._title_gender(entity):
                who = _one_person_named(self.article, words[-1]) or entity.id
            self._people[entity.id] = who
        return self._people[entity.id]

    def _label(self, mention: Span) -> bool:
        """Whether a name only labels a thing, hung on a common noun before it ("ITV's
        Peston programme", "Orlando station WKMG"): no one a pronoun stands for."""
        if mention.start not in self._labels:
            root = _head_of(self.doc, mention)
            self._labels[mention.start] = (
                root is not None and root.dep_ == "compound" and root.head.pos_ == "NOUN"
            )
        return self._labels[mention.start]

    def _unnamed_speaker(self, source: Span, gender: str) -> tuple[str | None] | None:
        """The entity of the source just before, where that source is a person named by a
        noun of the pronoun's gender and by no name ("A spokeswoman for the department
        said … 'It is settled,' she said" is the spokeswoman, for the department): in a
        1-tuple, its entity possibly None; None where there is no such source."""
        if self._described is None:
            return None
        noun_gender, end, entity = self._described
        person = entity is not None and getattr(self.article.entity(entity), "type", "") == "PERSON"
        if (
            noun_gender != gender
            or person
            or _sentences_apart(self.article.text, end, source.start) > _SENTENCE_REACH
        ):
            return None
        return (entity,)

    def _body(self, head: Token) -> str | None:
        """The organization or country that "it", "the company" or "the country" stands
        for (see ``_Bodies``)."""
        if self._bodies is None:
            if _Bodies.kind(head) is None:
                return None  # no such word: the article's clauses need not be read yet
            self._bodies = _Bodies(self.article, self.doc)
        return self._bodies.antecedent(head)

    def _by_surname(self, head: Token, source: Span) -> str | None:
        """The one person the article names in full whose surname the source's head is
        ("Mr Ebbers" where the parser found no name in that sentence), tagged a name or
        written as one ("Hanks said" that the tagger took for a noun), or the name glued to
        the quotation before it is ('"We will win,"Field said': one word of the parse)."""
        # the part of the word that the source holds
        surname = self.article.text[
            max(head.idx, source.start) : min(head.idx + len(head), source.end)
        ]
        if head.pos_ != "PROPN" and not _SURNAME.fullmatch(surname):
            return None
        return _one_person_named(self.article, surname, in_full=True)

    def _by_title(self, source: Span) -> str | None:
        """The one person named before whose title (``titles.txt``) a source of "the" and
        that title is ("the prime minister", "The judge" after "Judge Ann Cole"), else the
        one person a source before named with that title; a title with "deputy" or
        "former" before it is another's ("Deputy Prime Minister John Prescott" is not "the
        prime minister"); a nationality or a party may open the title ("The Tory leader"
        after "Tory leader Jane Hobb")."""
        words = source.text.split()
        if (
            len(words) < 2
            or words[0] not in {"the", "The"}
            or not all(w.isalpha() and w.islower() for w in words[2:])
            or words[-1] not in load_lexicon("titles")
            or not (words[1].islower() or self._nationality(source.start + len(words[0]) + 1))
        ):
            return None
        title = [w.lower() for w in words[1:]]
        people = set()
        for entity in self.article.entities:
            if entity.type != "PERSON" or min(m.start for m in entity.mentions) > source.start:
                continue
            for role in entity.roles:
                held = (role.evidence.text if role.evidence else role.title).lower().split()
                if held[-len(title) :] == title and _UNTITLING.isdisjoint(held[: -len(title)]):
                    people.add(entity.id)
        if not people:
            # the title in a source that named the person before ("Russia's Ambassador to
            # Iran Ivan Sorin told reporters … the ambassador said")
            people = {who for named, who in self._named if _holds_title(named, title)}
        return people.pop() if len(people) == 1 else None

    def _nationality(self, at: int) -> bool:
        """Whether a nationality or a party ("Tory", "Russian") is named at character
        ``at``."""
        entity = self._mentions.first_at(at)
        return entity is not None and entity.type == "NORP"

    def _remember_noun(self, source: Span, entity: str | None, phrase: SpacySpan | None) -> None:
        """Keeps the last source named by a common noun (or a title written as a name), by
        that noun, for ``_as_before`` (``phrase``: the source's words, if any)."""
        if phrase is not None and _named_by_a_noun(phrase.root):
            kind = getattr(self.article.entity(entity), "type", None) if entity else None
            # a nationality or a party is no body that speaks ("the Republican governor")
            linked = entity if kind != "NORP" else None
            self._nouns[phrase.root.lemma_.lower()] = (
                {t.lower_ for t in phrase},
                linked,
                source.end,
            )

    def _as_before(self, phrase: SpacySpan) -> str | None:
        """The entity of the last source with the same common noun at its head, a few
        sentences before at most, where "the" and that noun say nothing that source did not
        ("a senior adviser to the prince … the adviser said" is the same adviser; not "the
        emergency official" after "a city official")."""
        head = phrase.root
        said = self._nouns.get(head.lemma_.lower()) if head.pos_ == "NOUN" else None
        if said is None or phrase[0].lower_ != "the":
            return None
        words, entity, end = said
        if _sentences_apart(self.article.text, end, phrase.start_char) > _NOUN_REACH:
            return None
        return entity if all(t.lower_ in words for t in phrase[1:]) else None

    def _by_age(self, source: Span) -> str | None:
        """The person a source of "the" and an age stands for ("the 35-year-old said"): the
        one named last before it outside quotation marks, two sentences before at most, by
        a name that labels no thing ("the Blues team")."""
        if not _AGE_NOUN.fullmatch(source.text):
            return None
        latest: tuple[int, str] | None = None
        for entity in self.article.entities:
            if entity.type != "PERSON":
                continue
            for mention in entity.mentions:
                if mention.end > source.start or (latest and mention.start < latest[0]):
                    continue
                if not self._quoted(mention.start) and not self._label(mention):
                    latest = (mention.start, entity.id)
        if (
            latest is None
            or _sentences_apart(self.article.text, latest[0], source.start) > _SENTENCE_REACH
        ):
            return None
        return latest[1]

    def _antecedent(self, source: Span, pronoun: str) -> str | None:
        """The person mentioned last before the pronoun that it can stand for; the last
        speaker goes on speaking while the person named since has no title ("Lady
        Boothroyd said … She told …")."""
        article = self.article
        unfit = "m" if pronoun in {"she", "her"} else "f"
        unnamed = self._unnamed_speaker(source, "f" if unfit == "m" else "m")
        if unnamed is not None:
            return unnamed[0]
        # a pronoun outside quotation marks is rarely someone a quotation names ("“Then
        # Anna walked in,” Lopez said. She added: …"): such names count only where no
        # other will do
        unquoted = not self.quotes.inside(source.start)
        latest: dict[str, int] = {}
        quoted: dict[str, int] = {}
        for entity in article.entities:
            who = self._person(entity)
            if who is None or self._gender(entity) == unfit:
                continue
            before = [
                m.start for m in entity.mentions if m.end <= source.start and not self._label(m)
            ]
            outside = [n for n in before if not (unquoted and self._quoted(n))]
            if outside:
                latest[who] = max(latest.get(who, -1), *outside)
            elif before:
                quoted[who] = max(quoted.get(who, -1), *before)
        latest = latest or quoted
        if not latest:
            return self._last_speaker(source, unfit)
        nearest = self._surer(max(latest, key=latest.__getitem__), latest, source.start, unfit)
        nearest = self._main_subject(nearest, latest, source.start)
        speaker = self.speaker
        if speaker in latest and nearest != speaker and self._spoke_at > latest[nearest]:
            # the last source was the speaker under another name, after the nearest name
            # ("Tom Reid … Jim Bays … Later Reid argued that … “…,” he told MPs")
            return speaker
        if speaker in latest and nearest != speaker:
            nearest_entity = article.entity(nearest)
            untitled = nearest_entity is not None and self._title_gender(nearest_entity) is None
            # someone named only in what the last speaker said is no new speaker ("Mr
            # Kennedy said Mr Bailey's lawyer had replied. He said …")
            told = self.said is not None and self.said[0] <= latest[nearest] < self.said[1]
            if (
                _sentences_apart(article.text, latest[speaker], source.start) <= _SENTENCE_REACH
                and (untitled or told)
                and not self._new_subject(nearest, latest)
            ):
                return speaker
        return nearest

    def _last_speaker(self, source: Span, unfit: str) -> str | None:
        """The last speaker where no person the pronoun can stand for is named before it,
        that speaker a person of no other gender named two sentences before at most (the
        tagger took "Ambassador to Egypt Sergey Lenko" for a place, and only "Lenko" for a
        person: "… Ambassador to Egypt Sergey Lenko said. “…,” he said")."""
        entity = self.article.entity(self.speaker) if self.speaker is not None else None
        if (
            entity is None
            or self._person(entity) is None
            or self._gender(entity) == unfit
            or not 0 <= self._spoke_at < source.start
            or _sentences_apart(self.article.text, self._spoke_at, source.start) > _SENTENCE_REACH
        ):
            return None
        return self._person(entity)

    def _new_subject(self, nearest: str, latest: dict[str, int]) -> bool:
        """Whether the nearest person is the subject of a main clause outside quotation
        marks, which makes them the one talked of next ("…,” Budgett said. Tygart,
        though, was not convinced. “…,” he said": Tygart)."""
        at = latest[nearest]
        entity = self.article.entity(nearest)
        mentions = entity.mentions if entity is not None else []
        mention = next((m for m in mentions if m.start == at), None)
        if mention is None or self._quoted(at):
            return False
        root = _head_of(self.doc, mention)
        return root is not None and root.dep_ in _SUBJECTS and root.head == root.sent.root

    def _surer(self, nearest: str, latest: dict[str, int], at: int, unfit: str) -> str:
        """A person of the pronoun's gender named shortly before (two sentences at most)
        over a nearer one-word name of no known gender that is never the subject of a
        verb, which is often no person at all ("Anna Petrova took the stage after the
        Oscar ceremony … she said": Petrova; but "after Read sang … she said": Read)."""
        entity = self.article.entity(nearest)
        if entity is None or " " in entity.name or self._gender(entity) is not None:
            return nearest
        if any(self._subject(m) for m in entity.mentions):
            return nearest
        wanted = "f" if unfit == "m" else "m"
        known = [e for e in latest if self._gender_of(e) == wanted]
        if not known:
            return nearest
        best = max(known, key=latest.__getitem__)
        return (
            best
            if _sentences_apart(self.article.text, latest[best], at) <= _SENTENCE_REACH
            else nearest
        )

    def _quoted(self, position: int) -> bool:
        """Whether a quotation of a few sentences at most holds the position (a longer one
        is more often quotation marks paired wrongly than one quotation)."""
        quotation = self.quotes.around(position, position + 1)
        return quotation is not None and quotation[1] - quotation[0] <= _QUOTATION_REACH

    def _main_subject(self, nearest: str, latest: dict[str, int], at: int) -> str:
        """The subject of the main clause of the sentence that names the nearest person,
        where that subject is another person the pronoun can stand for ("Marina Lopez went
        into detail about how Anna Maxwell recruited girls. She said": Lopez); not within the
        pronoun's own sentence."""
        named = self.doc.char_span(latest[nearest], latest[nearest] + 1, alignment_mode="expand")
        if named is None or len(named) == 0:
            return nearest
        sentence = named[0].sent
        if sentence.end_char > at:
            return nearest
        for subject in (c for c in sentence.root.children if c.dep_ in _SUBJECTS):
            for entity_id in latest:
                entity = self.article.entity(entity_id)
                mentions = entity.mentions if entity is not None else []
                if any(m.start <= subject.idx < m.end for m in mentions):
                    return entity_id
        return nearest

    def _subject(self, mention: Span) -> bool:
        root = _head_of(self.doc, mention)
        return root is not None and root.dep_ in _SUBJECTS

    def _gender_of(self, entity_id: str) -> str | None:
        entity = self.article.entity(entity_id)
        return None if entity is None else self._gender(entity)


#: A surname: a capital and letters, perhaps with a hyphen or an apostrophe.
_SURNAME = re.compile(r"[A-Z][\w'\u2019-]*\w")


def _one_person_named(article: Article, surname: str, *, in_full: bool = False) -> str | None:
    """The one person of the article whose name ends in ``surname`` ("Gordon Brown" for
    "Brown"), named with a first name too where ``in_full``; None where no one or several
    are."""
    people = {
        e.id
        for e in article.entities
        if e.type == "PERSON"
        and e.name.split()[-1:] == [surname]
        and (not in_full or len(e.name.split()) > 1)
    }
    return people.pop() if len(people) == 1 else None


def _holds_title(words: list[str], title: list[str]) -> bool:
    """Whether the words hold the title, with no word before it that makes it another's
    ("deputy ambassador" holds no "ambassador")."""
    size = len(title)
    return any(
        words[at : at + size] == title and _UNTITLING.isdisjoint(words[:at])
        for at in range(len(words) - size + 1)
    )


#: Words before a title that make it someone else's than the holder's ("Deputy Prime
#: Minister" is not "the prime minister").
_UNTITLING = frozenset(
    {"deputy", "vice", "assistant", "former", "acting", "ex", "junior", "shadow"}
)


def _named_by_a_noun(head: Token) -> bool:
    """Whether the head of a source is a common noun, or a title written as a name
    ("Foreign Ministry Spokesman")."""
    if head.pos_ == "PROPN":
        return head.lower_ in load_lexicon("titles")
    return head.pos_ == "NOUN"


#: A person named by "the" and an age ("the 35-year-old").
_AGE_NOUN = re.compile(r"[Tt]he \d+-year-old")

#: How many sentences a source named by a noun may stand before "the" and that noun.
_NOUN_REACH = 4

#: How many sentences a speaker, a described source or a named person may stand before
#: the pronoun, description or age that links to them.
_SENTENCE_REACH = 2


def _sentences_apart(text: str, start: int, end: int) -> int:
    """About how many sentence breaks stand between two places of the text (a full stop and
    a space each)."""
    return text[start:end].count(". ")


#: The longest quotation, in characters, whose names a pronoun outside it passes over.
_QUOTATION_REACH = 400

#: Nouns for a person of one gender that name nobody in particular.
_GENDER_NOUNS = {
    **dict.fromkeys(["spokeswoman", "woman", "mother", "wife", "daughter", "girl"], "f"),
    **dict.fromkeys(["spokesman", "man", "father", "husband", "son", "boy"], "m"),
}

#: What "it" and a body noun after "the" can stand for.
_BODY_TYPES = {"it": {"ORG", "GPE"}, "body": {"ORG"}, "country": {"GPE"}}
#: How many sentences before its own a body's antecedent may be.
_BODY_REACH = 2
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class _Bodies:
    """Antecedents of "it", "the company" and "the country" through an article.

    The antecedent is the subject of the nearest main clause before the word, in its own
    sentence or the two before it, that names an organization (or, for "it", a country;
    for "the country", only a country): "Time Warner said on Friday … It hopes …". A
    subject that is itself "it" or "the company" passes its own antecedent on. People
    named in full and other nouns in between are passed over. What leaves the word with
    no antecedent: a document or an unnamed body as the subject in between ("The report
    found … It said …" is the report; so is "the government" in "The government has ruled
    it out, because it says …"), and any other entity in between, such as a one-word
    "person" that may be an organization the tagger mistook ("Yukos called the sale
    illegal … It has vowed …").
    """

    def __init__(self, article: Article, doc: Doc) -> None:
        self.doc = doc
        self.entity_at: dict[int, Entity] = {}  # by token index, for subject heads
        # subjects of main clauses: of each sentence's root and of a clause joined to it
        clauses = [s.root for s in doc.sents]
        clauses += [c for root in clauses for c in root.children if c.dep_ == "conj"]
        self.subjects: list[Token] = sorted(
            (c for clause in clauses for c in clause.children if c.dep_ in _SUBJECTS),
            key=lambda t: t.i,
        )
        self.types = {entity.id: entity.type for entity in article.entities}
        mentions = sorted((m.start, m.end, e) for e in article.entities for m in e.mentions)
        starts = [m[0] for m in mentions]

        def named(word: Token) -> Entity | None:
            """The entity a mention holding the word belongs to."""
            n = bisect_right(starts, word.idx) - 1
            return mentions[n][2] if n >= 0 and word.idx < mentions[n][1] else None

        # what a subject names: the entity of its head word, else, for a common noun, of
        # the word it belongs to ("Manchester United's response", not "Sweden's Civil
        # Contingencies Agency")
        for subject in self.subjects:
            entity = named(subject)
            if entity is None and subject.pos_ == "NOUN" and self.kind(subject) is None:
                owner = next((c for c in subject.children if c.dep_ == "poss"), None)
                entity = named(owner) if owner is not None else None
            if entity is not None:
                self.entity_at[subject.i] = entity
        self._resolved: dict[int, str | None] = {}

    @staticmethod
    def kind(head: Token) -> str | None:
        """Which of ``_BODY_TYPES`` the phrase headed by ``head`` is, if any."""
        if head.lower_ == "it":
            return "it"
        determiner = [c for c in head.children if c.dep_ == "det"]
        if not determiner or determiner[0].lower_ != "the" or head.ent_type_:
            return None
        if head.tag_ in {"NNS", "NNPS"}:  # "the firms" stands for more than one
            return None
        lemma = head.lemma_.lower()
        if lemma in load_lexicon("body_nouns", "attributions"):
            return "body"
        if lemma in load_lexicon("country_nouns", "attributions"):
            return "country"
        return None

    def antecedent(self, head: Token) -> str | None:
        """The entity id the phrase headed by ``head`` stands for, or None."""
        if head.i in self._resolved:
            return self._resolved[head.i]
        kind = self.kind(head)
        found = None
        if kind is not None:
            found = self._search(head, _BODY_TYPES[kind], kind == "it")
        self._resolved[head.i] = found
        return found

    def _search(self, head: Token, types: set[str], document_stops: bool) -> str | None:
        first = head.sent.start
        for _ in range(_BODY_REACH):
            if first > 0:
                first = self.doc[first - 1].sent.start
        # a document or an unnamed body is what "it" stands for
        stops = load_lexicon("document_words", "attributions") | load_lexicon(
            "unnamed_bodies", "attributions"
        )
        for subject in reversed(self.subjects):
            if subject.i >= head.i:
                continue
            if subject.i < first:
                break
            if document_stops and subject.lemma_.lower() in stops:
                return None
            entity = self.entity_at.get(subject.i)
            if entity is not None:
                if entity.type in types:
                    return entity.id
                if entity.type == "PERSON" and len(entity.name.split()) > 1:
                    continue
                # an organization the tagger took for a person ("Yukos said"), or a
                # place where an organization is wanted: no clear antecedent
                return None
            if self.kind(subject) is not None:
                # "It blamed … , the ministry said": what "it" stood for, where that is
                # the kind of entity wanted
                passed = self.antecedent(subject)
                return passed if passed and self.types[passed] in types else None
        return None


class Mentions:
    """The mentions of an article's entities in text order, to find the entity a word
    belongs to without a pass over every mention of every entity."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._rows = sorted((m.start, m.end, n) for n, e in enumerate(entities) for m in e.mentions)
        self._starts = [row[0] for row in self._rows]
        self._longest = max((end - start for start, end, _ in self._rows), default=0)

    def first_at(self, at: int) -> Entity | None:
        """The first entity, in the article's order, with a mention that holds character
        ``at``."""
        first = None
        n = bisect_right(self._starts, at)
        # a mention that starts further back than the longest one is long ends before it
        while n > 0 and self._starts[n - 1] + self._longest > at:
            n -= 1
            _, end, number = self._rows[n]
            if at < end and (first is None or number < first):
                first = number
        return None if first is None else self.entities[first]


def _noun_gender(head: Token | None) -> str | None:
    """The gender of a person a source names by a noun of gender and no name ("a
    spokeswoman for the ministry", "one father"), not one of rank ("the congressman")
    nor someone's ("her mother"), by its head word: "f", "m" or None."""
    if head is None or any(c.dep_ == "poss" for c in head.children):
        return None
    return _GENDER_NOUNS.get(head.lower_)


def _named_entity(
    article: Article, source: Span, span: SpacySpan | None, mentions: Mentions
) -> str | None:
    """The entity a source phrase names: the one its head word belongs to ("Sir Tony
    Blair"), else the one in apposition to it ("the former editor, George Osborne"), else,
    for a spokesman, an official or a document, the first one it names ("a spokesman for
    the ministry", "a report by Amnesty"). A person's name that ends the phrase after a
    comma goes before any of these but a person the head names ("the top Democrat on the
    committee, Adam Schiff" is Schiff, not "Democrat"; see ``_closing_name``), and so does
    a first name and surname that end it where the tagger made them no mention of that
    person (``_ending_person``). A name that only modifies another head names no source
    ("Kohberger's defense team", "crowds outside a McDonald's"). ``span``: the source's
    words in the parse, if any."""
    if span is None:
        return None
    head = span.root
    # the head, what stands in apposition to it, and a person's name in apposition that
    # the parser hung on a word nearer to it ("the editor of the Gazette, George Osborne")
    named = [head, *(c for c in head.children if c.dep_ == "appos")]
    named += [t for t in span if t.dep_ == "appos" and t.ent_type_ == "PERSON"]
    for word in named:
        entity = mentions.first_at(word.idx)
        if entity is not None:
            if entity.type == "PERSON":
                return entity.id
            return (
                _closing_name(article, source)
                or _ending_person(article, source, head)
                or _named_in_full(article, entity, source)
                or entity.id
            )
    closing = _closing_name(article, source) or _ending_person(article, source, head, True)
    if closing is not None:
        return closing
    words = {head.lemma_.lower(), head.lower_}
    if words.isdisjoint(_SPEAKING_FOR) and words.isdisjoint(
        load_lexicon("document_words", "attributions")
    ):
        return None
    # "a spokesman for the ministry", "Turkish officials", "a report by Amnesty": the
    # first entity the phrase names is whom the person or the document speaks for; not
    # a nationality or a party before one person's title ("the Republican governor")
    first: tuple[int, str] | None = None
    for entity in article.entities:
        for mention in entity.mentions:
            inside = source.start <= mention.start and mention.end <= source.end
            if inside and (first is None or mention.start < first[0]):
                first = (mention.start, entity.id)
    if first is None:
        return None
    nationality = getattr(article.entity(first[1]), "type", None) == "NORP"
    return None if nationality and head.tag_ == "NN" and _titled_alone(head) else first[1]


def _titled_alone(head: Token) -> bool:
    """Whether a source's head word is a title that one holds for oneself ("governor",
    "ambassador"), not one who speaks for a body ("spokesman")."""
    return head.lower_ in load_lexicon("titles") and not head.lower_.startswith("spokes")


def _named_in_full(article: Article, entity: Entity, source: Span) -> str | None:
    """The one person named in full before a source whose surname the tagger took for a
    place or an organization where it stands alone ("Munir said" after "General Asim
    Munir")."""
    if entity.type not in {"GPE", "ORG"} or not _SURNAME.fullmatch(entity.name):
        return None
    who = _one_person_named(article, entity.name, in_full=True)
    person = article.entity(who) if who is not None else None
    if person is None or min(m.start for m in person.mentions) > source.start:
        return None
    return who


def _closing_name(article: Article, source: Span) -> str | None:
    """The person whose name ends a source phrase after a comma or a spaced dash, which
    names whom the words before it describe ("the top Democrat on the committee, Adam
    Schiff", "Russian Defense Minister, Sergey Shoigu,"; not "Chuck Schumer, D-N.Y.")."""
    if not any(mark in source.text for mark in _CLOSING_MARKS):
        return None
    text = source.text.rstrip(" ,")
    end = source.start + len(text)
    for entity in article.entities:
        if entity.type != "PERSON":
            continue
        for mention in entity.mentions:
            if mention.end == end and mention.start > source.start:
                before = article.text[source.start : mention.start]
                if before.endswith(_CLOSING_MARKS):
                    return entity.id
    return None


def _ending_person(
    article: Article, source: Span, head: Token, untagged: bool = False
) -> str | None:
    """The one person whose surname ends a source phrase after a first name
    (``first_names.tsv``) where the tagger made the name no mention of that person
    ("Russia's Ambassador to Egypt Sergey Kirpichenko" tagged as one organization), or,
    where ``untagged`` (the tagger found no name in the phrase), after any word where the
    surname is the phrase's head ("Syrian UN Envoy de Colby"); not a name after "of" or
    the like ("the new boss of John Lewis"), nor in a phrase headed by a
    plural ("Kyiv's allies, including … Germany's Friedrich Merz")."""
    words = source.text.rstrip(" ,").split()
    if len(words) < 2:
        return None
    # a first name before the surname, or, where the tagger found no name there at all, a
    # surname the parser made the head of the phrase ("The Minister for Transport Shane
    # Ross": Ross)
    surname_head = (
        untagged
        and head.pos_ == "PROPN"
        and head.idx + len(head) == source.start + len(source.text.rstrip(" ,"))
    )
    if words[-2] not in load_table("first_names") and not surname_head:
        return None
    if head.tag_ in {"NNS", "NNPS"} or (len(words) > 2 and words[-3] in _BEFORE_OTHERS):
        return None
    return _one_person_named(article, words[-1])


#: Words after which a name is someone or something other than the source.
_BEFORE_OTHERS = frozenset({"of", "for", "at", "from", "by", "with", "to", "in", "on"})


#: What comes before a name that ends a source phrase.
_CLOSING_MARKS = (", ", " - ", " \u2013 ", " \u2014 ")


#: Words for people who speak for a body ("a spokesman for the ministry", "officials at
#: the embassy"): titles and a few more.
_SPEAKING_FOR = load_lexicon("titles") | {"official", "officials", "representative", "source"}


def _pronoun_gender(
    doc: Doc, article: Article, entity: Entity, quoted: Callable[[int], bool]
) -> str | None:
    """A person's gender by the pronouns that stand for the person beyond doubt: the
    subject of a clause hung on the verb the person is the subject of, in a sentence
    that names no other person ("Brawley said she fears …", "Smith resigned after he
    lost"), and not in a quotation where the name is outside it ("“He must come back,”
    Smith wrote": someone else): "f" or "m" where one kind outnumbers the other at
    least two to one; else None."""
    others: list[int] | None = None  # where other people are named, found when first needed
    counts = {"m": 0, "f": 0}
    for mention in entity.mentions:
        name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if name is None or len(name) == 0 or name.root.dep_ not in _SUBJECTS:
            continue
        pronouns = [
            token.lower_
            for clause in name.root.head.children
            if clause.dep_ in _CLAUSES
            for token in clause.children
            if token.dep_ in _SUBJECTS
            and token.lower_ in {"he", "she"}
            and (not quoted(token.idx) or quoted(mention.start))
        ]
        if not pronouns:
            continue
        if others is None:
            others = sorted(
                m.start
                for e in article.entities
                if e.type == "PERSON" and e.id != entity.id
                for m in e.mentions
            )
        sentence = name.sent
        at = bisect_right(others, sentence.start_char)
        if at < len(others) and others[at] < sentence.end_char:
            continue  # another person named there: whose pronoun is it?
        for word in pronouns:
            counts["m" if word == "he" else "f"] += 1
    if counts["m"] >= 2 * counts["f"] + 1:
        return "m"
    if counts["f"] >= 2 * counts["m"] + 1:
        return "f"
    return None


#: Clauses hung on a verb whose subject pronoun is that verb's subject again.
_CLAUSES = frozenset({"ccomp", "advcl", "conj"})


def _first_name_gender(entity: Entity) -> str | None:
    """The gender a person's first name tells ("Maria Lopez": "f"; ``first_names.tsv``),
    where the name has a surname too, after any word before it that is no first name
    ("Beatle George Harrison": "m"); None for a name given to women and men alike."""
    words = entity.name.split()
    if len(words) < 2:
        return None  # "Jordan" alone may be a surname, or a country
    names = load_table("first_names")
    return next((names[w] for w in words[:-1] if w in names), None)


def _gender(text: str, entity: Entity) -> str | None:
    """A person's gender where a title in or just before a mention tells ("Mrs Clinton",
    "Lord Falconer", "the congresswoman"): "f" or "m"; else None."""
    female = load_lexicon("female_titles", "attributions")
    male = load_lexicon("male_titles", "attributions")
    for mention in entity.mentions:
        before = text[max(mention.start - 20, 0) : mention.start].split()
        words = [w.lower().rstrip(".") for w in (before[-1:] + mention.text.split()[:1])]
        if any(w in female for w in words):
            return "f"
        if any(w in male for w in words):
            return "m"
    return None
