"""Roles of people: title, affiliation, time and the evidence span, from the parse.

Read from pre-nominal titles ("Turkish Foreign Minister Hakan Fidan", "Erdoğan’s Chief
of Staff Hasan Doğan", "its former leader Yahya Sinwar"), appositions ("Darwish, head of
the group’s Shura Council"), "led by" and "who heads" clauses, and "senior Hamas
figures, including …".

Affiliation is an entity id: the organization or country named with the title. A
demonym ("Turkish") stands for its country: the affiliation is the article's entity for
that country when it has one, and the person's ``country`` is set either way. A title
without an affiliation of its own takes the one of the title before it in the same
list of people ("Turkish Foreign Minister Hakan Fidan, … Communications Director
Fahrettin Altun"), or of the person the possessive names ("Erdoğan’s … Adviser").

A nominal mention that a role makes unambiguous ("the Turkish president") joins the
person as a mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.records import Entity, Role, Span
from newsgraph.stages._entities.gazetteer import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FORMER = frozenset({"former", "ex", "then", "late", "previous", "onetime", "erstwhile"})
_CURRENT = frozenset({"current", "incumbent", "sitting"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "miss"})
_PERSONAL = frozenset({"his", "her"})
_GROUP = frozenset({"its", "their"})
_LEAD_VERBS = frozenset({"head", "lead", "chair", "run", "direct", "command"})
_VAGUE = frozenset({"other", "several", "many", "some", "various", "few"})
_INCLUDING = frozenset({"including", "like", "as"})


@dataclass(slots=True)
class _Index:
    """Which entity each token's mention belongs to."""

    entity_at: dict[int, Entity]
    mention_start: dict[int, int]  # token index → first token of its mention

    def entity(self, i: int) -> Entity | None:
        return self.entity_at.get(i)


def find_roles(doc: Doc, entities: list[Entity]) -> None:
    """Add roles (and person countries and nominal mentions) to the entities."""
    index = _index(doc, entities)
    countries = {e.country: e for e in entities if e.place is not None and _is_country_place(e)}
    # (person, role, possessor to inherit from, first token, end of the mention)
    pending: list[tuple[Entity, Role, Entity | None, int, int]] = []
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for role, owner, cc in _roles_at(doc, span.start, span.end, index):
                if cc:
                    entity.country = entity.country or cc
                    country = countries.get(cc)
                    role.affiliation = role.affiliation or (country.id if country else None)
                if not any(_same(role, r) for r in entity.roles):
                    entity.roles.append(role)
                    pending.append((entity, role, owner, span.start, span.end_char))
    _inherit(doc, pending, countries, _dominant_country(entities))
    _nominal_mentions(doc, entities, index)


def _is_country_place(entity: Entity) -> bool:
    return (
        entity.place is not None and entity.place.feature_class == "A" and not entity.place.admin1
    )


def _same(a: Role, b: Role) -> bool:
    return a.title.casefold() == b.title.casefold() and a.affiliation == b.affiliation


def _index(doc: Doc, entities: list[Entity]) -> _Index:
    entity_at: dict[int, Entity] = {}
    mention_start: dict[int, int] = {}
    for entity in entities:
        for m in entity.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                entity_at[i] = entity
                mention_start[i] = span.start
    return _Index(entity_at, mention_start)


def _is_title_word(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in load_lexicon("titles") and lower not in _HONORIFICS


def _is_office_word(token: Token) -> bool:
    return token.lower_ in load_lexicon("role_words") or _is_title_word(token)


def _evidence(doc: Doc, start: int, end: int) -> Span:
    span = doc[start:end]
    return Span(span.start_char, span.end_char, span.text)


def _roles_at(
    doc: Doc, start: int, end: int, index: _Index
) -> list[tuple[Role, Entity | None, str | None]]:
    """Roles stated around one mention: (role, possessor to inherit from, country code)."""
    found = []
    pre = _prenominal(doc, start, index)
    if pre:
        found.append(pre)
    post = _apposition(doc, end, index)
    if post:
        found.append(post)
    found.extend(_clauses(doc, start, end, index))
    return found


def _time_of(token: Token | None) -> str | None:
    if token is None:
        return None
    word = token.lower_.rstrip("-")
    if word in _FORMER:
        return "former"
    if word in _CURRENT:
        return "current"
    return None


def _prenominal(
    doc: Doc, start: int, index: _Index
) -> tuple[Role, Entity | None, str | None] | None:
    """ "Turkish Foreign Minister Hakan Fidan", "his Chief of Staff Hasan Doğan"."""
    i = start - 1
    last = i
    while i >= 0 and index.entity(i) is None:
        token = doc[i]
        if _is_office_word(token) or (
            token.lower_ in {"of", "and", "&"} and i > 0 and _is_office_word(doc[i - 1])
        ):
            i -= 1
            continue
        break
    first = i + 1
    if first > last or not any(_is_title_word(t) for t in doc[first : last + 1]):
        return None
    while first <= last and not _is_office_word(doc[first]):
        first += 1  # a title does not begin with "of" or "and"
    title = doc[first : last + 1].text
    before = doc[first - 1] if first > 0 else None
    time = _time_of(before)
    if time and first >= 2:
        before = doc[first - 2]
    evidence_start = first
    affiliation: str | None = None
    owner: Entity | None = None
    cc: str | None = None
    if before is not None:
        entity = index.entity(before.i)
        if entity is None and before.text == ")" and before.i >= 2:
            # "National Intelligence Organization (MIT) Director": the acronym names it.
            entity = index.entity(before.i - 1)
            if entity is not None and index.entity(before.i - 3) is entity:
                before = doc[before.i - 3]
        if entity is not None:
            evidence_start = index.mention_start.get(before.i, before.i)
            if entity.type == "PERSON":
                owner = entity  # "Erdoğan’s Chief of Staff": inherit his country
            elif entity.type == "NORP":
                cc = entity.country
            else:
                affiliation = entity.id
            evidence_start = min(evidence_start, before.i)
        elif before.lower_ in {"’s", "'s"} and before.i >= 1:
            owner = index.entity(before.i - 1)
        elif before.lower_ in _PERSONAL:
            owner = _previous_possessor(doc, before.i, index)
            evidence_start = before.i
        elif before.lower_ in _GROUP:
            org = _previous_org(doc, before.i, index)
            affiliation = org.id if org else None
            evidence_start = before.i
    if time:
        evidence_start = min(evidence_start, first - 1)
    role = Role(
        title=title,
        affiliation=affiliation,
        time=time,
        evidence=_evidence(doc, evidence_start, start),
    )
    return role, owner, cc


def _previous_possessor(doc: Doc, i: int, index: _Index) -> Entity | None:
    """Whom "his" refers to: the last possessive person before it in the sentence."""
    sentence_start = doc[i].sent.start
    for j in range(i - 1, sentence_start, -1):
        entity = index.entity(j - 1)
        if doc[j].lower_ in {"’s", "'s"} and entity is not None and entity.type == "PERSON":
            return entity
    return None


def _previous_org(doc: Doc, i: int, index: _Index) -> Entity | None:
    """What "its" refers to: the nearest organization before it, in this or the last sentence."""
    sent = doc[i].sent
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    for j in range(i - 1, floor - 1, -1):
        entity = index.entity(j)
        if entity is not None and entity.type == "ORG":
            return entity
    return None


def _apposition(doc: Doc, end: int, index: _Index) -> tuple[Role, Entity | None, str | None] | None:
    """ "Darwish, head of the group’s Shura Council," and "X, the Turkish president"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if doc[i].lower_ in {"the", "a", "an"}:
        i += 1
    time = _time_of(doc[i])
    if time:
        i += 1
    cc: str | None = None
    demonym = index.entity(i)
    if demonym is not None and demonym.type == "NORP":
        cc = demonym.country
        i += 1
    first = i
    while i < len(doc) and index.entity(i) is None and _is_office_word(doc[i]):
        i += 1
    if i == first or not any(_is_title_word(t) for t in doc[first:i]):
        return None
    if i < len(doc) and (following := index.entity(i)) is not None and following.type == "PERSON":
        return None  # "Kalın, Presidential Communications Director Fahrettin Altun"
    title = doc[first:i].text
    affiliation: str | None = None
    last = i
    # "head of the group's Shura Council", "a spokeswoman for the Turkish Red Crescent",
    # "a professor at Ankara University"
    prep = doc[i].lower_ if i < len(doc) else ""
    if i + 1 < len(doc) and prep in {"of", "for", "at"}:
        j = i + 1
        if doc[j].lower_ in {"the", "a", "an"}:
            j += 1
        owner_org: Entity | None = None
        if j + 1 < len(doc) and doc[j + 1].lower_ in {"’s", "'s"} and index.entity(j) is None:
            owner_org = _previous_org(doc, j, index)  # "the group’s": the last organization
            j += 2
        elif doc[j].lower_ in _GROUP:
            owner_org = _previous_org(doc, j, index)
            j += 1
        org = index.entity(j)
        if org is not None and org.type in {"ORG", "GPE"}:
            the = "the " if org.type == "ORG" and doc[i + 1].lower_ == "the" else ""
            title = f"{title} {prep} {the}{org.name}"
            affiliation = (owner_org or org).id
            last = j + 1
            while last < len(doc) and index.entity(last) is org:
                last += 1
    role = Role(
        title=title, affiliation=affiliation, time=time, evidence=_evidence(doc, end + 1, last)
    )
    return role, None, cc


def _clauses(
    doc: Doc, start: int, end: int, index: _Index
) -> list[tuple[Role, Entity | None, str | None]]:
    """ "a Hamas delegation led by X", "X, who heads the committee", "figures, including X"."""
    found: list[tuple[Role, Entity | None, str | None]] = []
    head = doc[end - 1]
    # Climb conjunctions: "including A, B and C" gives all three the same role.
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "by"
        and head.head.head.lemma_ in {"lead", "head"}
    ):
        verb = head.head.head
        noun = verb.head if verb.dep_ == "acl" else None
        if noun is not None:
            org = _entity_in(doc, noun, index)
            role = Role(
                title=f"leader of the {noun.lemma_}",
                affiliation=org.id if org else None,
                evidence=_evidence(doc, noun.left_edge.i, verb.i + 2),
            )
            found.append((role, None, org.country if org and org.type == "NORP" else None))
    if head.dep_ == "pobj" and head.head.lower_ in _INCLUDING:
        noun = head.head.head
        if noun.pos_ in {"NOUN", "PROPN"} and noun.tag_ in {"NNS", "NNPS"}:
            org = _entity_in(doc, noun, index)
            if org is not None:
                mods = [t.text for t in noun.lefts if t.dep_ == "amod" and t.lower_ not in _VAGUE]
                title = " ".join([*mods, noun.lemma_])
                role = Role(
                    title=title,
                    affiliation=org.id if org.type != "NORP" else None,
                    evidence=_evidence(doc, noun.left_edge.i, noun.i + 1),
                )
                found.append((role, None, org.country if org.type == "NORP" else None))
    for token in doc[end : min(len(doc), end + 4)]:
        if token.dep_ == "relcl" and token.lemma_ in _LEAD_VERBS and token.head.i == end - 1:
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            org = _entity_in(doc, obj, index)
            words = [t.text for t in obj.subtree if t.lower_ not in {"the", "a", "an"}]
            role = Role(
                title=f"head of the {' '.join(words)}",
                affiliation=org.id if org else None,
                evidence=_evidence(doc, token.i, obj.right_edge.i + 1),
            )
            found.append((role, None, None))
    return found


def _is_state_title(title: str) -> bool:
    """A title of state office: minister, president, prime minister, ambassador, …"""
    return bool(set(fold(title).split()) & load_lexicon("state_titles"))


def _entity_in(doc: Doc, noun: Token, index: _Index) -> Entity | None:
    """An organization, country or people named in the noun's own phrase ("Hamas delegation")."""
    for token in noun.subtree:
        if token.i > noun.i:
            break
        entity = index.entity(token.i)
        if entity is not None and entity.type in {"ORG", "GPE", "NORP"}:
            return entity
    return None


def _dominant_country(entities: list[Entity]) -> Entity | None:
    """The country the article is about, when it is named at least twice as often as any other."""
    counts: dict[str, int] = {}
    by_code: dict[str, Entity] = {}
    for entity in entities:
        if entity.country and (entity.type == "NORP" or _is_country_place(entity)):
            counts[entity.country] = counts.get(entity.country, 0) + len(entity.mentions)
            if entity.type != "NORP":
                by_code[entity.country] = entity
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return by_code.get(ranked[0][0])


def _inherit(
    doc: Doc,
    pending: list[tuple[Entity, Role, Entity | None, int, int]],
    countries: dict[str | None, Entity],
    dominant: Entity | None,
) -> None:
    """Fill affiliations the title leaves open from a possessor or the list it stands in."""
    previous: tuple[Entity, int] | None = None
    text = doc.text  # once: a Doc rebuilds its text on every access
    for entity, role, owner, _, end_char in sorted(pending, key=lambda p: p[3]):
        if role.affiliation is None and owner is not None:
            source = next((r.affiliation for r in owner.roles if r.affiliation), None)
            role.affiliation = source
            if owner.country and entity.country is None:
                entity.country = owner.country
        if previous is not None and entity.country is None and role.evidence is not None:
            # A list of office holders shares the country of the one named before:
            # only commas and "and" stand between the last name and this title.
            p_entity, p_end = previous
            between = text[p_end : role.evidence.start].strip(" ,;")
            if between in {"", "and"} and p_entity is not entity:
                entity.country = p_entity.country
        if role.affiliation is None and entity.country:
            country = countries.get(entity.country)
            role.affiliation = country.id if country else None
        if role.affiliation is None:
            # "who heads the committee": the person's other affiliation.
            role.affiliation = next((r.affiliation for r in entity.roles if r.affiliation), None)
        if role.affiliation is None and dominant is not None and _is_state_title(role.title):
            # "Prime Minister Benjamin Netanyahu" in an article about Israel.
            role.affiliation = dominant.id
            entity.country = entity.country or dominant.country
        previous = (entity, end_char)


def _nominal_mentions(doc: Doc, entities: list[Entity], index: _Index) -> None:
    """ "the Turkish president" joins the one person the article calls Turkish President."""
    for token in doc:
        if index.entity(token.i) is not None or not _is_title_word(token):
            continue
        if token.i < 2 or doc[token.i - 2].lower_ != "the":
            continue
        demonym = index.entity(token.i - 1)
        if demonym is None or demonym.type != "NORP" or not demonym.country:
            continue
        if token.i + 1 < len(doc) and index.entity(token.i + 1) is not None:
            continue  # "the Turkish President Erdoğan": the name itself is there
        matches = [
            e
            for e in entities
            if e.type == "PERSON"
            and e.country == demonym.country
            and any(fold(r.title) == fold(token.text) for r in e.roles)
        ]
        if len(matches) == 1 and matches[0].mentions[0].start < token.idx:
            matches[0].mentions.append(_evidence(doc, token.i, token.i + 1))
            matches[0].mentions.sort(key=lambda m: m.start)
