"""The entity stage: named-entity mentions, repaired and grouped into the article's entities.

spaCy's statistical NER gives the mentions. Rules then fix its systematic errors on news
text before grouping:

- a possessive ends a mention: "Erdoğan’s Chief Foreign Policy" is the person "Erdoğan"
  and a title, never one PERSON, and a possessive name is never its own ORG;
- determiners and titles are trimmed ("the United States", "President Trump");
- a run of capitalized words after a title is a person ("Adviser Akif Çağatay Kılıç"),
  unless it describes an office ("Chief Foreign Policy");
- a short form joins the full name it shortens ("Erdoğan", "Darwish"), whatever label
  the NER gave it, and an acronym joins the organization it abbreviates.

Two learned parts, both cheap and reading only spaCy's tokens, correct the NER further
(``scripts/train_ner.py`` rebuilds them): a lexicon of names that are nearly always of
one type ("Reuters", sports teams), and a small perceptron tagger whose names are taken
where the NER found none (ALL-CAPS headlines, tables). Country names and datelines the
NER missed are added from the gazetteer.

Each entity takes the fullest name it is mentioned by as its ``name``. The private
package ``_entities`` then resolves places to gazetteer entries with coordinates
(``places``), links demonyms to their country, reads people's roles (``roles``), and
gives each entity a cross-document ``key``: type and folded name, plus the country
code for a resolved place ("GPE:ankara:TR").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon, load_table
from newsgraph.nlp import NAME_LABELS
from newsgraph.records import Entity, Span
from newsgraph.stages._entities import names, tagger
from newsgraph.stages._entities.gazetteer import fold
from newsgraph.stages._entities.places import (
    is_official_name,
    resolve_places,
    retype_places,
    scan_places,
)
from newsgraph.stages._entities.roles import find_roles
from newsgraph.stages._times.tables import tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.records import Article

# Labels the NER often gives a person's short name by mistake ("Darwish" as NORP,
# "Erdoğan’s" as ORG). Places are left alone: "Jordan" the country stays a country.
_RETYPABLE = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an"})
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&"})


@dataclass(slots=True)
class _Mention:
    start: int  # token index
    end: int  # token index, exclusive
    label: str
    possessive: bool = False


@dataclass(slots=True)
class _Group:
    label_votes: dict[str, int] = field(default_factory=dict)
    mentions: list[_Mention] = field(default_factory=list)
    is_person: bool = False

    def add(self, mention: _Mention) -> None:
        self.mentions.append(mention)
        self.label_votes[mention.label] = self.label_votes.get(mention.label, 0) + 1


def find_entities(doc: Doc, article: Article) -> list[Entity]:
    """Entities of the article, each with all its mentions, in order of first mention."""
    titles = load_lexicon("titles")
    role_words = load_lexicon("role_words")
    mentions = _mentions_from_ner(doc, titles, role_words)
    mentions = _add_titled_names(doc, mentions, titles, role_words)
    mentions = _add_known_names(doc, mentions, titles, role_words)
    _people_by_apposition(doc, mentions, titles, role_words)
    for m in mentions:
        m.label = _label(doc, m.start, m.end, m.label)
    groups = [g for g in _group(doc, mentions) if not _ordinary_word(doc, g)]
    entities = _to_entities(doc, groups)
    retype_places(entities, article.text)
    resolve_places(entities, url=article.url, outlet=article.outlet)
    find_roles(doc, entities)
    for entity in entities:
        entity.key = entity_key(entity)
    return entities


def entity_key(entity: Entity) -> str:
    """The cross-document key: type and folded name, and the country of a place."""
    if entity.place is not None and entity.place.name:
        return f"{entity.type}:{fold(entity.place.name)}:{entity.place.country_code or ''}"
    return f"{entity.type}:{fold(entity.name)}"


def _is_possessive(token: Token) -> bool:
    return token.tag_ == "POS" or token.lower_ in {"'s", "’s"}


def _is_title(token: Token, titles: frozenset[str]) -> bool:
    return token.lower_.rstrip(".") in titles


def _mentions_from_ner(
    doc: Doc, titles: frozenset[str], role_words: frozenset[str]
) -> list[_Mention]:
    """NER mentions, split at possessives and trimmed of determiners, titles and punctuation."""
    mentions: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        pieces: list[tuple[int, int]] = []
        piece_start = ent.start
        for i in range(ent.start, ent.end):
            # A place's official name keeps its possessive: "the People's Republic of China".
            if _is_possessive(doc[i]) and not is_official_name(
                doc[max(ent.start, i - 2) : ent.end].text
            ):
                pieces.append((piece_start, i))
                piece_start = i + 1
        pieces.append((piece_start, ent.end))
        for n, (start, end) in enumerate(pieces):
            # What follows a possessive inside one mention is what the owner has:
            # "Erdoğan’s Chief Foreign Policy" → a title, not a second name.
            if n > 0 and start < end and _is_title(doc[start], titles):
                continue
            trimmed = _trim(doc, start, end, ent.label_, titles, role_words)
            if trimmed is None:
                continue
            start, end = trimmed
            if end - start == 1 and doc[start].tag_ == "NNS":
                continue  # a plural common noun opening a sentence: "Farmers' groups"
            if _is_office(doc, start, end, titles, role_words):
                continue
            possessive = end < len(doc) and _is_possessive(doc[end])
            mentions.append(_Mention(start, end, ent.label_, possessive))
    return mentions


def _label(doc: Doc, start: int, end: int, label: str) -> str:
    """The mention's type: a "person" whose name ends with a word of a building or an
    institution ("Trump Tower", "Clinton Foundation") is a facility or an organization,
    unless it is described as a person or speaks."""
    last = doc[end - 1]
    if label != "PERSON" or end - start < 2 or last.text not in load_lexicon("building_words"):
        return label
    if any(c.dep_ == "appos" for c in last.children) or (
        last.dep_ == "nsubj" and last.head.lemma_ in load_lexicon("speech_verbs", "attributions")
    ):
        return label  # "Alexandra Tower, a spokeswoman …", "Emma Hospital said": a person
    return "FAC" if last.text in load_lexicon("facility_words") else "ORG"


def _is_office(
    doc: Doc, start: int, end: int, titles: frozenset[str], role_words: frozenset[str]
) -> bool:
    """Words that begin a title, not an organization: "Presidential Communications Director"."""
    return (
        end < len(doc)
        and doc[end].text[:1].isupper()
        and _is_title(doc[end], titles)
        and all(t.lower_ in role_words or _is_title(t, titles) for t in doc[start:end])
    )


_TRAILING_FUNCTION_WORDS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"})


def _month_before_day(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a month name before a day of it: "the Black Sea March| 17"
    is a place and a date."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        after is not None
        and after.text.isdigit()
        and 1 <= int(after.text) <= 31
        and doc[i].lower_.rstrip(".") in tables().months
    )


def _trim(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    titles: frozenset[str],
    role_words: frozenset[str],
) -> tuple[int, int] | None:
    """The mention without leading determiners or titles and outer punctuation.

    None when nothing name-like is left: a mention needs a capital or a digit, except an
    organization named by its kind ("the health ministry").
    """
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or doc[start].lower_ in _DETERMINERS
        or (label == "PERSON" and _is_title(doc[start], titles))
    ):
        start += 1
    while start < end and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or _is_possessive(doc[end - 1])
        # "Jack's Snooker Hall in": a lowercase function word never ends a name
        or (doc[end - 1].is_lower and doc[end - 1].pos_ in _TRAILING_FUNCTION_WORDS)
        or _month_before_day(doc, end - 1)
    ):
        end -= 1
    if start >= end:
        return None
    if any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[start:end]):
        return start, end
    if label == "ORG" and end - start >= 2 and doc[end - 1].lower_ in role_words:
        return start, end
    return None


def _add_titled_names(
    doc: Doc, mentions: list[_Mention], titles: frozenset[str], role_words: frozenset[str]
) -> list[_Mention]:
    """Add people the NER missed: a run of two or more capitalized names after a title."""
    covered: dict[int, _Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = m
    added: list[_Mention] = []
    replaced: set[int] = set()  # ids of mentions a person run swallows
    for i, token in enumerate(doc):
        if not (token.text[:1].isupper() and _is_title(token, titles)):
            continue
        j = i + 1
        while j < len(doc) and _is_name_word(doc[j], titles, role_words):
            j += 1
        if j - (i + 1) < 2:
            continue
        inside = {id(covered[k]) for k in range(i + 1, j) if k in covered}
        mentions_inside = [m for m in mentions if id(m) in inside]
        if any(m.label == "PERSON" for m in mentions_inside):
            continue
        if any(m.start < i + 1 or m.end > j for m in mentions_inside):
            continue  # the run is part of a longer name the NER found
        replaced.update(inside)
        possessive = j < len(doc) and _is_possessive(doc[j])
        added.append(_Mention(i + 1, j, "PERSON", possessive))
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted(kept + added, key=lambda m: m.start)


def _add_known_names(
    doc: Doc, mentions: list[_Mention], titles: frozenset[str], role_words: frozenset[str]
) -> list[_Mention]:
    """Relabel mentions whose name the lexicon knows, and add the known names the NER missed."""
    for m in mentions:
        known = names.known_type([t.text for t in doc[m.start : m.end]])
        if known is not None:
            m.label = names.relabel(m.label, known)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = [
        _Mention(start, end, label, end < len(doc) and _is_possessive(doc[end]))
        for start, end, label in names.scan(doc)
        if not covered.intersection(range(start, end))
    ]
    covered.update(i for m in added for i in range(m.start, m.end))
    added.extend(
        _Mention(start, end, "GPE", end < len(doc) and _is_possessive(doc[end]))
        for start, end in scan_places(doc, covered)
    )
    covered.update(i for m in added for i in range(m.start, m.end))
    by_span = {(m.start, m.end): m for m in mentions}
    # Surnames of the people named in full: the tagger does not make a place of one.
    surnames = {
        doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start > 1
    }
    for start, end, label in tagger.tag(doc):
        words = doc[start:end]
        # Words of offices ("Shura Council", "Foreign Policy") are never retyped or
        # taken from the tagger: the rules above know them better.
        if any(t.lower_ in role_words or _is_title(t, titles) for t in words):
            continue
        same = by_span.get((start, end))
        # The tagger may retype a mention, but not one whose name the lexicon knows, nor
        # a person's surname or an organization's full name into a place ("the Nepal Red
        # Cross", "Quispe's supporters").
        if (
            same is not None
            and names.known_type([t.text for t in words]) is None
            and not (
                label == "GPE"
                and ((same.label == "ORG" and end - start > 1) or words.text in surnames)
            )
        ):
            same.label = names.relabel(same.label, label)
        if covered.intersection(range(start, end)) or not any(t.pos_ == "PROPN" for t in words):
            continue
        trimmed = _trim(doc, start, end, label, titles, role_words)
        if trimmed is not None:
            s, e = trimmed
            added.append(_Mention(s, e, label, e < len(doc) and _is_possessive(doc[e])))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


# Titles that also describe places and bodies ("Hamas, the leader of …", "a major ally").
_NOT_ONLY_PEOPLE = frozenset({"chief", "executive", "general", "head", "leader", "major"})


def _people_by_apposition(
    doc: Doc, mentions: list[_Mention], titles: frozenset[str], role_words: frozenset[str]
) -> None:
    """Make a person of a name described as one ("Leyla Karaca, a spokeswoman for …",
    "the spokeswoman, Leyla Karaca"), with the first names the NER left out."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label == "PERSON":
            continue
        root = doc[m.start : m.end].root
        if not all(_is_name_word(t, titles, role_words) for t in doc[m.start : m.end]):
            continue
        described = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            described.append(root.head)
        people = titles - _NOT_ONLY_PEOPLE
        if not any(d.lower_ in people and d.pos_ == "NOUN" for d in described):
            continue
        m.label = "PERSON"
        while (
            m.start > 0
            and m.start - 1 not in covered
            and doc[m.start - 1].head == root
            and doc[m.start - 1].dep_ == "compound"
            and _is_name_word(doc[m.start - 1], titles, role_words)
        ):
            m.start -= 1


def _is_name_word(token: Token, titles: frozenset[str], role_words: frozenset[str]) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[:1].isupper()
        and not token.is_upper  # acronyms name organizations
        and not _is_title(token, titles)
        and token.lower_ not in role_words
    )


def _group(doc: Doc, mentions: list[_Mention]) -> list[_Group]:
    """Group mentions that refer to the same thing within the article."""
    persons: list[tuple[tuple[str, ...], _Group]] = []  # folded full-name tokens, group
    others: dict[str, _Group] = {}
    groups: list[_Group] = []

    def words(m: _Mention) -> tuple[str, ...]:
        return tuple(fold(t.text) for t in doc[m.start : m.end] if not t.is_punct)

    # Full names first, so a short form can find its full name wherever it stands.
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start < 2:
            continue
        name = words(m)
        for full, group in persons:
            if _contains(full, name) or _contains(name, full):
                group.add(m)
                if len(name) > len(full):
                    persons[persons.index((full, group))] = (name, group)
                break
        else:
            group = _Group(is_person=True)
            group.add(m)
            persons.append((name, group))
            groups.append(group)

    for m in mentions:
        if m.label == "PERSON" and m.end - m.start >= 2:
            continue
        name = words(m)
        person = None
        if m.label == "PERSON" or (m.label in _RETYPABLE and len(name) == 1):
            person = _person_for(name, m, persons, surname_only=m.label != "PERSON")
        if person is not None:
            person.add(_Mention(m.start, m.end, "PERSON", m.possessive))
            continue
        key = " ".join(name)
        found = others.get(key) or _acronym_group(doc, m, others)
        if found is None:
            found = others[key] = _Group(is_person=m.label == "PERSON")
            groups.append(found)
        found.add(m)
    return groups


def _ordinary_word(doc: Doc, group: _Group) -> bool:
    """Whether a "person" named by one word only is an ordinary word the tagger took for
    a name: an adverb opening a sentence ("Nationally, …"), or a word the article also
    writes in lower case ("Tennis", "Comedy") that is no one's first name and never the
    subject of a verb ("Read sang the chorus": a singer named Read)."""
    if not group.is_person or any(m.end - m.start > 1 for m in group.mentions):
        return False
    words = [doc[m.start] for m in group.mentions]
    if all(_sentence_adverb(w) for w in words):
        return True
    lower = words[0].text.lower()
    if lower == words[0].text or words[0].text in load_table("first_names"):
        return False
    if any(w.dep_ in {"nsubj", "nsubjpass"} for w in words):
        return False
    return any(t.text == lower for t in doc)


def _sentence_adverb(word: Token) -> bool:
    """Whether the word is an adverb in "-ly" that opens its sentence before a comma."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        word.pos_ == "ADV"
        and word.lower_.endswith("ly")
        and bool(word.is_sent_start)
        and after is not None
        and after.text == ","
    )


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _person_for(
    name: tuple[str, ...],
    mention: _Mention,
    persons: list[tuple[tuple[str, ...], _Group]],
    *,
    surname_only: bool,
) -> _Group | None:
    """The person whose full name this short form shortens; the nearest one before it wins."""
    candidates = []
    for full, group in persons:
        if full[-len(name) :] == name if surname_only else _contains(full, name):
            first = min(m.start for m in group.mentions)
            candidates.append((first, group))
    if not candidates:
        return None
    before = [c for c in candidates if c[0] < mention.start]
    return max(before, key=lambda c: c[0])[1] if before else min(candidates, key=lambda c: c[0])[1]


def _acronym_group(doc: Doc, mention: _Mention, others: dict[str, _Group]) -> _Group | None:
    """The organization an acronym abbreviates: by initials, or "Name (ACRONYM)"."""
    text = doc[mention.start : mention.end].text.replace(".", "")  # "E.U." abbreviates too
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 8):
        return None
    if mention.start >= 2 and doc[mention.start - 1].text == "(":
        before = doc[mention.start - 2].i
        for group in others.values():
            if any(m.end - 1 == before for m in group.mentions):
                return group
    for key, group in others.items():
        initials = "".join(w[0] for w in key.split() if w not in _ACRONYM_SKIP and w[0].isalpha())
        if len(key.split()) > 1 and initials == text.casefold():
            return group
    return None


def _span(doc: Doc, mention: _Mention) -> Span:
    span = doc[mention.start : mention.end]
    return Span(span.start_char, span.end_char, span.text)


def _to_entities(doc: Doc, groups: list[_Group]) -> list[Entity]:
    ordered = sorted(groups, key=lambda g: min(m.start for m in g.mentions))
    entities = []
    for n, group in enumerate(ordered, 1):
        spans = sorted(
            (_span(doc, m) for m in group.mentions),
            key=lambda s: s.start,
        )
        if group.is_person:
            label = "PERSON"
        else:
            label = max(
                group.label_votes.items(),
                key=lambda kv: (kv[1], -list(group.label_votes).index(kv[0])),
            )[0]
        # The fullest name, written as in running text rather than in dateline capitals.
        name = max(
            spans, key=lambda s: (len(s.text.split()), len(s.text), not s.text.isupper())
        ).text
        entities.append(
            Entity(id=f"E{n}", type=label, name=name, mentions=spans, key=f"{label}:{fold(name)}")
        )
    return entities
