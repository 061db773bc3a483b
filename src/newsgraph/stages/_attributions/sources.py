"""The source of a cue: which word says it (the subject, an agent, the speaker of a
clause above, a name after the cue), and how far its phrase runs (less a dateline, a
time or a relative clause)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import FINITE_TAGS
from newsgraph.stages._attributions.cues import (
    cue_start,
    joined_to_report,
    lost_apostrophe_not,
    name_read_as_adverb,
    names_a_time,
    surname_may,
)
from newsgraph.stages._attributions.found import Extent
from newsgraph.stages._attributions.parse import (
    NOMINAL,
    RELATIVE,
    SUBJECTS,
    agent_of,
    could_speak,
    prep_object,
    trim_tokens,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_OBJECTS = frozenset({"dobj", "pobj"})
_JOINING = frozenset({"and", "but", "or"})
#: Links by which the words of one noun phrase hang together, up to its head.
_IN_PHRASE = frozenset(
    {"compound", "amod", "nummod", "poss", "prep", "pobj", "appos", "relcl", "npadvmod"}
)


def _goes_on_saying(token: Token) -> bool:
    """Whether a cue is ", adding", ", saying" or ", telling" after a report, or "adding:"
    before a quotation, which the reporter goes on to say, wherever the parser hung it
    ("He said Mr Blair had spoken with sincerity, adding: …": he adds it)."""
    doc = token.doc
    set_off = token.i > 0 and doc[token.i - 1].text == ","
    before_colon = token.i + 1 < len(doc) and doc[token.i + 1].text == ":"
    return (
        token.tag_ == "VBG"
        and token.lemma_.lower() in {"add", "say", "tell"}
        and (set_off or before_colon)
    )


def _set_off_participle(token: Token) -> bool:
    """Whether a cue is a participle after a comma (", citing", ", insisting", ", while
    noting")."""
    if token.tag_ != "VBG" or token.i < 2:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ == "while" and before.head == token:
        before = token.doc[token.i - 2]
    return before.text == ","


def _reporter_of(clause: Token) -> Token | None:
    """The subject of the verb of saying whose report a clause is ("she" of "she said it
    would …")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in load_lexicon(
        "speech_verbs", "attributions"
    ):
        return None
    return next((c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _aside_reporter(clause: Token, token: Token) -> Token | None:
    """The subject of a verb of saying set into a clause as an aside before ``token``
    ("The crews are heroes, she says, adding …": "she")."""
    speech = load_lexicon("speech_verbs", "attributions")
    aside = next(
        (
            c
            for c in clause.children
            if c.dep_ == "parataxis" and c.i < token.i and c.lemma_.lower() in speech
        ),
        None,
    )
    if aside is None:
        return None
    return next((c for c in aside.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def as_saying(token: Token) -> Token | None:
    """The verb of saying after "as" that a verb of quoting takes ("quoted an aide as
    saying", "was quoted as saying")."""
    if token.lemma_.lower() not in {"quote", "cite"}:
        return None
    speech = load_lexicon("speech_verbs", "attributions")
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for verb in prep.children:
                if verb.dep_ == "pcomp" and verb.lemma_.lower() in speech:
                    return verb
    return None


def quoted_speaker(token: Token) -> Token | None:
    """Who a report quotes, for the verb of saying it quotes them with: "an aide" of "the
    paper quoted an aide as saying"."""
    if token.dep_ != "pcomp" or token.head.lower_ != "as":
        return None
    quoting = token.head.head
    if as_saying(quoting) != token:
        return None
    return next((c for c in quoting.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _named_after_cue(token: Token, subjects: list[Token]) -> Token | None:
    """The subject right after a cue set off by commas inside what it reports, where the
    parser took the report's subject for the cue's too ("The tone of the race, said Mr
    Hale, would be calmer"): the speaker."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != ",":
        return None
    after = [c for c in subjects if c.i > token.i]
    if not after or not any(c.i < token.i for c in subjects):
        return None
    speaker = after[0]
    end = speaker.right_edge.i + 1
    if speaker.left_edge.i != token.i + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    return speaker


def report_subject_before(token: Token, speaker: Token | None) -> Token | None:
    """The subject of the report before a cue whose speaker is named after it ("The tone
    of the race" of "The tone of the race, said Mr Hale, would be calmer")."""
    if speaker is None or speaker.i < token.i or speaker.head != token:
        return None
    return next((c for c in token.lefts if c.dep_ in SUBJECTS), None)


def source_of(token: Token) -> Token | None:
    """The subject of the cue verb, or of the verb it hangs off ("…, adding", "wants to",
    "after announcing"), the noun a participle describes ("a man yelled"), the one a
    report quotes ("quoted an aide as saying"), or the owner of a cue noun ("Romney's
    comment")."""
    quoted = quoted_speaker(token)
    if quoted is not None:
        return quoted
    subjects = [
        c
        for c in token.children
        if c.dep_ in SUBJECTS and c.lower_ not in _REFLEXIVES and not lost_apostrophe_not(c)
    ]
    for negation in (c for c in token.lefts if lost_apostrophe_not(c)):
        # "Tyson didn"t mention", parsed with "Tyson" the subject of "didn"t"
        subjects += [c for c in negation.lefts if c.dep_ in SUBJECTS]
    subjects += [c for c in token.lefts if c.dep_ == "aux" and surname_may(c)]
    # '"…," admitted Connolly': a name after the cue that the tagger took for an adverb
    subjects += [c for c in token.rights if c.dep_ == "advmod" and name_read_as_adverb(c)]
    inverted = _named_after_cue(token, subjects)
    if inverted is not None:
        return inverted  # "The tone, said Mr Hale, would be calmer": Hale says it
    if subjects:
        # Of two subjects before the verb, the parser took words before the subject for
        # another (a heading, a caption, "ex-" of "ex-Tory secretary Gillian Shepherd"):
        # the nearer is the source, unless it stands in an aside ("Christie—unlike, say,
        # DeSantis—recognized").
        before = len(subjects) > 1 and all(c.i < token.i for c in subjects)
        return subjects[-1] if before and not in_aside(subjects[-1], token) else subjects[0]
    reporter = joined_to_report(token)
    if reporter is not None:
        return source_of(reporter)
    for child in token.lefts:
        # "Trump claims that …" parsed as a noun phrase, the name also read as a noun
        # (not in a headline's capitals: "Death Order On …")
        named = child.pos_ == "PROPN" or (
            child.pos_ == "NOUN" and child.is_title and token.is_lower
        )
        if child.dep_ == "compound" and named and child.i == token.i - 1:
            return child
    stray = _subject_hung_elsewhere(token)
    if stray is not None:
        return stray
    verb = token
    for _ in range(3):
        if verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head.head  # "criticized him after announcing …"
        elif verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
            owner = _owner_of_noun_clause(verb) if verb == token.head else None
            if owner is not None and _set_off_participle(token):
                # "rejected the claim that Hale had lied, saying …": the parser hung the
                # participle on the claim; who rejects it goes on
                verb = owner
        elif verb.dep_ == "dep" and verb.tag_ in FINITE_TAGS and verb.head.tag_ == verb.tag_:
            verb = verb.head  # "Ruiz paused, then revealed …", the second verb left unlinked
        elif (
            verb.dep_ == "xcomp"
            and verb.head.dep_ == "acomp"
            and verb.head.head.pos_ in {"VERB", "AUX"}
            and not _dummy_subject(verb.head.head)
        ):
            # "vets have been able to observe … and suggest …" (not "it is worth noting")
            verb = verb.head.head
        elif verb.dep_ == "ccomp" and _set_off_participle(token) and _reporter_of(verb) is not None:
            # "He testified that three men had been killed, adding …": the parser hung the
            # participle on the report; the reporter goes on
            verb = verb.head
        else:
            break
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                beyond = _beyond_relative_aside(verb, child, token)
                if beyond is not None:
                    # "tried to revive Factory - which lasted 14 years - but conceded …":
                    # the verb the aside interrupts has the speaker, not "which"
                    return _subject_up_from(beyond)
                reporter = _reporter_of(verb) or _aside_reporter(verb, token)
                if reporter is not None and (
                    child.lower_ in {"it", "there"}
                    or (_goes_on_saying(token) and reporter.i < token.i)
                    or (_set_off_participle(token) and not could_speak(child))
                ):
                    # "said it would look abroad, saying …", "said a cut was unlikely,
                    # citing …": she says it, not the thing her report is about
                    return reporter
                agent = _speaking_agent(token, verb, child)
                thing = child.pos_ in NOMINAL and not could_speak(child)
                if agent is None and token.dep_ == "pcomp" and thing:
                    # "will allow the dollar to weaken despite saying …": who allows it
                    agent = _speaker_of_clause_above(verb)
                return agent if agent is not None else child
    if (
        token.dep_ == "acl"
        and token.head.pos_ in {"NOUN", "PROPN"}
        and (token.tag_ != "VBN" or _verb_read_as_participle(token))
    ):
        return token.head
    if token.pos_ == "NOUN":
        # "Romney's comment", "an endorsement by Graham": whose words the noun names.
        for child in token.children:
            if child.dep_ == "poss":
                return child
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "by":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in {"from", "among"}:
                # "criticism from rivals", "anxiety among senior Democrats": whose view
                # the noun names, where it has no owner
                holder = prep_object(child)
                return holder if holder is not None and could_speak(holder) else None
    return None


def _verb_read_as_participle(token: Token) -> bool:
    """Whether a verb the tagger read as a participle hung on a noun is the verb of that
    noun's sentence: the noun heads the sentence, and the verb has an object or a clause
    of its own or follows an aside closed by a comma ("A poll found last week that …",
    "Beruff, a city ally, called the plan strong"; not "a driver identified in court").
    A relative clause on the noun is left to ``named_before_aside`` ("Dr Patel, who ran
    the clinic, posted …")."""
    head = token.head
    if head.dep_ != "ROOT" or head.i > token.i or any(c.dep_ == "relcl" for c in head.children):
        return False
    return token.doc[token.i - 1].text == "," or any(
        c.dep_ in {"dobj", "ccomp"} for c in token.children
    )


def _dummy_subject(verb: Token) -> bool:
    """Whether a verb's subject is "it" or "there", which stands for nobody."""
    return any(c.dep_ in SUBJECTS and c.lower_ in {"it", "there"} for c in verb.children)


def stray_subject(token: Token, subject: Token | None) -> bool:
    """Whether the subject found for a cue verb is the name just before it that the parser
    hung on the clause before, which stays its source where no other speaker is named
    around the cue ("… on all matters.- But Finance Minister Ann Ruiz, head of the Green
    party, said …", the name joined to "matters" by "But")."""
    return subject is not None and subject == _subject_hung_elsewhere(token)


def _beyond_relative_aside(verb: Token, subject: Token, cue: Token) -> Token | None:
    """The verb a relative clause set off by a dash interrupts, where a cue after the aside
    was hung on the clause and so got "which" for its subject ("… Factory - which lasted
    14 years - but conceded", "ruled out free care - which is on offer in Wales, saying
    …"): a thing the aside tells of does not speak."""
    doc = verb.doc
    if subject.tag_ != "WDT" or subject.i == 0 or doc[subject.i - 1].text not in DASHES:
        return None
    if verb.dep_ == "relcl":
        mark = doc[subject.i - 1].text
        if not any(t.text == mark for t in doc[subject.i + 1 : cue.i]):
            return None  # the aside runs on to the cue: "which" may speak through it
        node = verb.head
        while node.pos_ not in {"VERB", "AUX"} and node.head != node:
            node = node.head
        return node if node.pos_ in {"VERB", "AUX"} else None
    # the parser hung the aside's verb itself on the verb it interrupts
    if verb.dep_ in {"advcl", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head
    return None


#: Dashes that set off an aside.
DASHES = frozenset({"-", "--", "–", "—"})


def _subject_up_from(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is an infinitive of or joined to ("has
    tried to revive" of "tried")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in {"xcomp", "conj", "advcl"} or verb.head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = verb.head
    return None


def _owner_of_noun_clause(clause: Token) -> Token | None:
    """The verb whose object a "that" clause tells of ("rejected" of "rejected the claim
    that Hale had lied")."""
    noun = clause.head
    if that_clause(clause) and noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    return None


def that_clause(clause: Token) -> bool:
    """Whether a clause hung on a noun opens with "that" ("the claim that Hale had lied")."""
    if clause.dep_ != "acl":
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.lefts)


def _subject_hung_elsewhere(token: Token) -> Token | None:
    """The name just before a cue verb that has no subject, which the parser hung on a word
    before it instead: as an adverb ("Hale said that …"), or joined to the last noun of the
    clause before ("… after the vote and party chairman Ann Hale said …")."""
    if token.tag_ not in FINITE_TAGS:
        return None
    start = cue_start(token)
    if start == 0:
        return None
    node = token.doc[start - 1]
    if node.text == "," and start > 1:
        node = token.doc[start - 2]  # "Ann Hale, the party chairman, said"
    if node.head == token:
        # "Hale said": a name the tagger took for an adverb of the verb
        return node if node.pos_ == "PROPN" and node.dep_ in {"advmod", "npadvmod"} else None
    while node.dep_ != "conj":
        if node.dep_ not in _IN_PHRASE or node.head.i > node.i:
            return None
        node = node.head
    # Joined by "and" to the object of the clause before, not to a subject, a list or an
    # apposition of its own ("Hale and Amos said", "Hale, the chairman and treasurer, said")
    joined = node.doc[node.left_edge.i - 1].lower_ in _JOINING
    if node.pos_ not in NOMINAL or node.head.dep_ not in _OBJECTS or not joined:
        return None
    return node


def _speaker_of_clause_above(clause: Token) -> Token | None:
    """The subject that can speak of the verb a clause is the complement of ("the
    administration" of "the administration will allow the dollar to weaken")."""
    if clause.dep_ not in {"ccomp", "xcomp"}:
        return None
    above = next((c for c in clause.head.children if c.dep_ in SUBJECTS), None)
    return above if above is not None and could_speak(above) else None


def _speaking_agent(token: Token, verb: Token, subject: Token) -> Token | None:
    """Who says a participle hung on a passive verb whose subject is a thing: the agent
    ("The plan was backed by bus firms, saying …": the firms say it)."""
    if not (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.head == verb
        and subject.dep_ == "nsubjpass"
        and subject.pos_ != "PRON"
        and not could_speak(subject)
    ):
        return None
    agent = agent_of(verb)
    return agent if agent is not None and could_speak(agent) else None


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
_ASIDE_MARKS = frozenset({",", "-", "—", "–", "--", "(", ")"})


def in_aside(subject: Token, verb: Token) -> bool:
    """Whether a subject stands between marks of an aside just before its verb."""
    doc = verb.doc
    start = subject.left_edge.i
    return (
        start > 0 and doc[start - 1].text in _ASIDE_MARKS and doc[verb.i - 1].text in _ASIDE_MARKS
    )


def _joins(sibling: Token, start: int) -> bool:
    """Whether a subject ends right before token ``start`` or a hyphen before it, one
    phrase the parser split: "Hip-hop producer| No ID", "ex|-Tory secretary …",
    "search co|-|ordinators", "Veteran Labour MP and| former minister Jack Cunningham"."""
    doc = sibling.doc
    end = sibling.right_edge.i
    if end == start - 1:
        joined = not doc[end].is_punct or doc[end].text in {"-", "–"}
    else:
        joined = end == start - 2 and doc[start - 1].text in {"-", "–"}
    if not joined:
        return False  # most subjects end elsewhere: their words need no reading
    words = doc[sibling.left_edge.i : end + 1]
    # not a heading or a caption run on into the sentence ("A video posted by … Mayor")
    return len(words) <= _MAX_JOINED and not any(
        t.pos_ in {"VERB", "AUX", "SPACE"} or t.text == ":" for t in words
    )


_MAX_JOINED = 5


def _name_before_post(name: Token, post: Token) -> bool:
    """Whether a subject is a person's name set off by a comma just before a subject that
    names their post, one phrase the parser split ("Mr Hale, the club's treasurer said")."""
    # a name the tagger took for no entity counts too ("Mr Hale"), not a place or a day
    person = name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and not name.ent_type_)
    if not person or post.pos_ != "NOUN" or not name.i < post.i:
        return False
    doc = name.doc
    comma = name.right_edge.i if name.right_edge.text == "," else name.right_edge.i + 1
    return (
        comma + 1 == post.left_edge.i
        and doc[comma].text == ","
        and comma - name.left_edge.i <= _MAX_JOINED
    )


#: Words of time that open a sentence and that the parser may hang on its subject.
_THEN = frozenset({"earlier", "later"})


def antecedent_extent(token: Token) -> Extent | None:
    """The noun phrase a relative pronoun stands for ("the senator, who said" → the
    senator); None for any other word."""
    if token.lower_ not in RELATIVE or token.head.dep_ != "relcl":
        return None
    doc = token.doc
    noun = token.head.head
    start, end = trim_tokens(doc, noun.left_edge.i, token.head.left_edge.i)
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _ends_clause_before(doc: Doc, start: int, end: int) -> bool:
    """Whether a source opens with an adjective that ends the clause before it and "and"
    before a name ("… is proving elusive and Ifo's head Hans Sinn said", the adjective
    taken for one of the name's)."""
    if start == 0 or start + 3 > end or doc[start].pos_ != "ADJ":
        return False
    joined = doc[start + 1]
    return (
        joined.lower_ == "and"
        and doc[start - 1].pos_ in {"VERB", "AUX"}
        and doc[start + 2].pos_ == "PROPN"
    )


def _relative_before_speaker(word: Token) -> bool:
    """Whether a word opening a source is a relative pronoun that stands for what is said,
    not for the speaker after it ("which the mayor said will fail"); "that" as a
    determiner ("that small share") is no relative pronoun."""
    return word.lower_ in RELATIVE | {"whom"} and word.dep_ != "det"


def _delivered_in(prep: Token) -> bool:
    """Whether a phrase after a speaker's name says what the words were given in ("in a
    statement", "during an interview")."""
    delivery = load_lexicon("delivery_nouns", "attributions")
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"in", "during"}
        and any(c.dep_ == "pobj" and c.lower_ in delivery for c in prep.children)
    )


def _before_nested_day(doc: Doc, head: int, end: int) -> int:
    """Where a source before its cue ends that the parser closed with "on" and a day hung
    on a phrase inside it ("Lawmakers from across the parties on Friday backed …": when,
    not who); a day that dates a deed inside it stays ("Files released on Friday show")."""
    for word in doc[head + 2 : end]:
        if (
            word.lower_ == "on"
            and word.dep_ == "prep"
            and word.right_edge.i + 1 == end
            and word.head.i != head
            and word.head.pos_ not in {"VERB", "AUX"}
            and names_a_time(word)
        ):
            return word.i
    return end


def _closes_aside(doc: Doc, start: int, end: int, cue: Token | None) -> bool:
    """Whether the comma or dash right before a source's cue closes an aside that the same
    mark opened inside the source ("Ana Ruiz, head of sales, said"; "Democrats — and some
    Republicans — say": the closing mark stays, as PolNeAR marks it), wherever the parser
    hung the mark."""
    if cue is None or end >= len(doc) or doc[end].text not in _CLOSING_MARKS:
        return False
    mark = doc[end]
    if cue_start(cue) != end + 1:
        return False
    if mark.text == ",":
        return any(t.text == "," for t in doc[start + 1 : end])
    return bool(doc[end - 1].whitespace_) and any(
        t.text == mark.text and doc[t.i - 1].whitespace_ and t.whitespace_
        for t in doc[start + 1 : end]
    )


#: Marks that close an aside inside a source.
_CLOSING_MARKS = DASHES | {","}


def source_extent(token: Token, cue: Token | None = None) -> Extent | None:
    """The source's noun phrase, as PolNeAR marks it.

    A relative pronoun is the source itself ("the senator, who said": "who", which
    stands for the senator); a closing comma or dash stays when it closes an
    apposition; a closing bracket stays with its opening one; a heading before a
    paragraph break is not part of it.
    """
    doc = token.doc
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        start, end = token.i, token.i + 1
    else:
        end = token.right_edge.i + 1
        if cue is not None and token.i < cue.i < end:
            # "a man yelled": the noun the cue describes; where the parser hung the cue's
            # whole clause inside the subject, the words before the cue
            end = cue.left_edge.i if cue.left_edge.i > token.left_edge.i else cue.i
        # from the last phrase back, so that each one peeled off bares the one before it
        # ("an official in a briefing on Monday": when, then how, not who)
        for child in reversed(list(token.rights)):
            first = child.left_edge.i
            aside = child.dep_ in {"acl", "advcl"} and child.tag_ == "VBG"
            if aside and doc[first - 1].text == ",":
                end = min(end, first - 1)  # "Trump, speaking to veterans, said": an aside
            if cue is not None and cue.i < token.i and absolute_with(child):
                end = min(end, first - 1)  # "said the survey, with 40% choosing this"
            if child.i < end <= child.right_edge.i + 1 and _delivered_in(child):
                end = child.i  # "Okafor in a statement denied": how, not who
            dated = child.dep_ == "prep" and child.lower_ in {"on", "in"} and names_a_time(child)
            # not "the operation, now in its fifth month": how long it has gone on
            dated = dated and doc[child.i - 1].pos_ != "ADV"
            if dated and child.right_edge.i + 1 == end:
                end = child.i  # "Mr Blair on Sunday dismissed": when, not who
        if cue is not None and token.i < cue.i:
            end = _before_nested_day(doc, token.i, end)
        left = token.left_edge.i
        if token.dep_ in SUBJECTS:
            for sibling in token.head.children:
                if sibling.dep_ in SUBJECTS and (
                    _joins(sibling, left) or _name_before_post(sibling, token)
                ):
                    left = sibling.left_edge.i  # a subject the parser split in two
            before = doc[left - 1] if left > 0 else None
            if before is not None and before.dep_ == "det" and before.head == token.head:
                left -= 1  # "the ex-Wallaby added", the article hung on the verb
            if token.i > token.head.i:  # after the cue: "says Lotus Yoga co|-|founder Mei Lan"
                last = token
                for sibling in token.head.rights:
                    if sibling.i > last.i and sibling.dep_ in SUBJECTS:
                        if not _joins(last, sibling.left_edge.i):
                            break
                        last = sibling
                if last != token:
                    end = last.right_edge.i + 1
        while end > left + 1 and lost_apostrophe_not(doc[end - 1]):
            end -= 1  # "I don"t want": the verb's negation, which the parser hung on "I"
        end = _past_name_read_as_stop(doc, end)
        start, end = trim_tokens(doc, left, end)
        before_cue = cue is not None and end < cue.i
        if before_cue and doc[end].head == cue and name_read_as_adverb(doc[end]):
            end += 1  # "Team captain Morelly says": the name read as an adverb
        if start + 1 < end and doc[start].lower_ == "even" and doc[start].pos_ == "ADV":
            start += 1  # "Even China, …": PolNeAR train leaves "Even" out 11 times of 12
        elif start + 1 < end and doc[start].is_sent_start and doc[start].lower_ in _THEN:
            start += 1  # "Earlier Tony Blair defended …": when, not who
        if start < token.i and _relative_before_speaker(doc[start]):
            start += 1  # "a plan which the mayor said will fail": the mayor
        elif cue is not None and token.i < cue.i and _ends_clause_before(doc, start, end):
            start += 2  # "growth is proving elusive and Ifo's head Sinn said": Sinn
        start = max(start, _after_amount_expected(token, start))
        start = _after_opening_time(doc, start, end)
        # "a bid for Robbie Savage - but managing director Karen Brady has called it": the
        # parser hung the clause before "but" on the subject (not "complete but unofficial
        # returns", with no stop before "but")
        buts = [
            t.i
            for t in doc[start + 1 : token.i]
            if t.lower_ == "but" and doc[t.i - 1].text in {",", "-", "--", "—", "–", ";"}
        ]
        if buts:
            start, end = trim_tokens(doc, buts[-1] + 1, end)
    if start >= end:
        return None
    if end < len(doc) and doc[end].text == ")" and any(t.text == "(" for t in doc[start:end]):
        end += 1
    end = _through_closing_quote(doc, start, end)
    if (
        end < len(doc)
        and doc[end].text in {",", "--", "—", "–"}
        and any(t.text == doc[end].text for t in doc[start:end])
        and doc[end].head.i in range(start, end)
    ) or _closes_aside(doc, start, end, cue):
        end += 1
    for n in range(end - 1, start, -1):
        if "\n" in doc[n - 1].text:
            start = n
            break
    phrase = doc[start:end]  # its own text: a Doc rebuilds the whole text on every access
    datelines = [m.end() for m in _DATELINE.finditer(phrase.text)]
    first = phrase.start_char + (datelines[-1] if datelines else 0)
    return first, phrase.end_char


#: A quotation's closing mark for each way of opening one.
_CLOSES = {"“": "”", "``": "''", "''": "''", '"': '"'}


def _through_closing_quote(doc: Doc, start: int, end: int) -> int:
    """Where a source ends that opens a quotation, a title or a name in quotation marks,
    and that the parse closed before the quotation's closing mark: after the mark, with
    the stop glued before it ("the host of ''Today,'' reminded", 'a book, "Hail, Caesar!"
    says'; PolNeAR train keeps the mark 16 times in 16)."""
    opened = None
    for word in doc[start:end]:
        if opened is None and word.text in _CLOSES:
            opened = word.text  # the first mark opens
        elif opened is not None and word.text == _CLOSES[opened]:
            opened = None
    if opened is None:
        return end
    close = end + 1 if end < len(doc) and doc[end].text in {",", ".", "!", "?"} else end
    if close >= len(doc) or doc[close].text != _CLOSES[opened] or doc[close - 1].whitespace_:
        return end
    return close + 1


#: A dateline before a story's first words: an agency in brackets ("Maryland (CNN)White
#: House …", "(Reuters) - ") or a dash after a place in capitals ("WASHINGTON — ").
_DATELINE = re.compile(
    r"\([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*\)\s*(?:[-—–―]+\s*)?(?=[A-Z])"
    r"|\b[A-Z]{3,}(?:,? [A-Z][a-z]+)* [—–―-]{1,2} (?=[A-Z])"
)
#: The same at the opening of a paragraph, with the place before the agency ("MEXICO CITY
#: (AP) — ") and the date after a place in capitals ("PUTRAJAYA, Nov 22 — ").
_OPENING_DATELINE = re.compile(
    rf"(?:[A-Z][\w .,'’-]{{0,40}}?)?(?:{_DATELINE.pattern})"
    r"|[A-Z][A-Z.'’ ]*[A-Z.](?:,\s*[A-Z][\w.'’ ]{0,30}?)?\s+(?:--|[–—―])\s+"
)


def _after_amount_expected(token: Token, start: int) -> int:
    """Where a source starts that the parser ran on from an amount before it, the relative
    word left out: "more than the £100m analysts had expected" is the amount analysts
    expected, said by "analysts"; a count of people ("the 12 jurors said") stays."""
    doc = token.doc
    if doc[start].lower_ != "the" or token.tag_ != "NNS" or token.dep_ not in SUBJECTS:
        return start
    amount = doc[start + 1 : token.i]
    money = any(t.tag_ == "$" or t.text == "%" for t in amount)
    if not amount or not money or not all(t.like_num or t.head.i > t.i for t in amount):
        return start
    return token.i


def _after_opening_time(doc: Doc, start: int, end: int) -> int:
    """Where a source starts that the parser ran on from a time set off by a comma before
    it ("As of 10 a.m. ET, Ohio Highway Patrol said": "Ohio Highway Patrol"): when, not
    who."""
    comma = next((t.i for t in doc[start : min(end - 1, start + 6)] if t.text == ","), None)
    if comma is None or comma == start or doc[comma + 1].like_num:
        return start  # "Almost a quarter, 22%, said": a share the tagger read as a date
    timed = start > 0 and doc[start - 1].ent_type_ == "TIME"  # "10 a.m. ET, …": "ET, …"
    words = doc[start:comma]
    for word in words:
        if word.ent_type_ in {"DATE", "TIME"}:
            timed = True
        elif word.tag_ != "IN" and not (timed and word.is_upper and len(word) <= 3):
            return start  # a time zone ("ET") goes with the time before it
    return comma + 1 if timed and any(w.tag_ != "IN" for w in words) else start


def _past_name_read_as_stop(doc: Doc, end: int) -> int:
    """The end of a source whose last words, a name ending in a full stop, the parser
    hung on the cue as punctuation ("said Dan Lee, head of sales at Warner Bros."), left
    after a preposition with no object."""
    last = doc[end - 1]
    if last.dep_ != "prep" or any(c.dep_ in {"pobj", "pcomp"} for c in last.children):
        return end
    n = end
    while n < len(doc) and doc[n].tag_ in {"NNP", "NNPS"} and doc[n].sent == last.sent:
        n += 1
    return n if n > end and doc[n - 1].dep_ == "punct" else end


def absolute_with(phrase: Token) -> bool:
    """Whether a phrase is ", with" and a clause of its own ("…, said the survey, with 40%
    choosing phones", "…, with two songs featured"): more of the report, not who gives it
    (not "…, said Ann Ruiz, with the bank since 2010")."""
    doc = phrase.doc
    return (
        phrase.lower_ == "with"
        and phrase.i > 0
        and doc[phrase.i - 1].text == ","
        and any(
            c.dep_ in {"pcomp", "nsubj"} or c.tag_ == "VBG" for c in phrase.subtree if c != phrase
        )
    )


#: A dateline that names its agency between slashes after the place and the date
#: ("MOSCOW, March 3. /TASS/. "), or what the parser left of one ("March 3./TASS/. ").
_AGENCY_IN_SLASHES = re.compile(r"[A-Z][\w .,'’-]{0,40}?/[A-Z]{2,}/\.?\s*(?=[A-Z])")


def after_dateline(text: str, extent: Extent) -> Extent:
    """A content that opens its paragraph without the dateline before it: "Washington
    (CNN)In an Oval Office meeting …" begins at "In"; one that opens with a dateline
    whose agency stands between slashes, wherever the parser began it ("MOSCOW, March 3.
    /TASS/. The talks …" begins at "The")."""
    start, end = extent
    agency = _AGENCY_IN_SLASHES.match(text, start, end)
    if agency is not None and agency.end() < end:
        return agency.end(), end
    if start > 0 and text[start - 1] == "(":
        start -= 1  # the words were parsed without the bracket: "(CNN)US Marines have …"
    if start > 0 and text[start - 1] != "\n":
        return extent
    match = _OPENING_DATELINE.match(text, start, end)
    return (match.end(), end) if match and match.end() < end else extent


def named_by_title(cue: Token) -> Token | None:
    """The noun whose title opens with a conjunction in capitals that the parse read as a
    clause of the cue's own, its subject the title's last words ("the singer of Because
    the Rain told …": "the singer", not "the Rain"): a "because" or "if" in capitals after
    a preposition, inside a sentence, can only open a title."""
    head = cue.head
    if cue.dep_ != "advcl" or head.pos_ not in {"NOUN", "PROPN"} or head.i > cue.i:
        return None
    mark = next((c for c in cue.lefts if c.dep_ == "mark"), None)
    if mark is None or not mark.text[:1].isupper() or mark.is_sent_start or mark.i == 0:
        return None
    return head if mark.doc[mark.i - 1].pos_ == "ADP" else None
