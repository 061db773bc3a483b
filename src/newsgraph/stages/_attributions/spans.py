"""Cue, source and content spans read off the dependency parse.

A cue is a verb of saying or thinking ("said", "believe", "concludes") or the phrase
"according to". Its source is the subject of the verb (the object of "according to");
its content is the clause it governs ("said that …"), or the clause it interrupts or
follows ("…, he said"). A content inside quotation marks takes the whole quotation,
marks included, even across sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.strings import get_string_id

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import FINITE_TAGS
from newsgraph.stages._attributions.quotes import Quotes
from newsgraph.stages._quantities.tables import categories
from newsgraph.stages.times import month_names_a_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Extent = tuple[int, int]

# Prepositions that belong to a cue verb when they follow it, and verbs whose
# following preposition introduces a circumstance instead ("said in a statement").
_CUE_PREPS = frozenset({"for", "about", "against", "as", "toward", "towards", "over", "on", "to"})
_SAY_LIKE = frozenset({"say", "respond", "add", "announce", "report", "sing", "write", "tweet"})
_RELATIVE = frozenset({"who", "which", "that"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSES = ("ccomp", "xcomp", "dobj", "pobj")
# How a cue verb hangs off the clause it reports when it follows that clause: "…, he said."
_INTERRUPTING = frozenset({"parataxis", "ccomp", "advcl", "conj"})
# Words that make a cue's clause one of contrast, which says nothing of the main
# clause ("Though he told a paper that …, he also called it a scam"; not "As he put it").
_CONCESSIVE = frozenset({"though", "although", "whereas"})
# Auxiliaries and adverbs that belong to the cue: "has said", "also said", "did not say".
_CUE_PREFIX_DEPS = frozenset({"aux", "auxpass", "neg"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_OBJECTS = frozenset({"dobj", "pobj"})
_JOINING = frozenset({"and", "but", "or"})
#: Links by which the words of one noun phrase hang together, up to its head.
_IN_PHRASE = frozenset(
    {"compound", "amod", "nummod", "poss", "prep", "pobj", "appos", "relcl", "npadvmod"}
)
_TRIM = " \t\n\u00a0,;:—–-―"
_QUOTE_MARKS_TEXT = "\"“”'‘’«»"
_QUOTE_TAIL = ",.?!;:'\"”» \u00a0"
_CONTENT_PREPS = frozenset({"about", "on", "of", "for", "to", "against", "with"})
# Verbs of speech whose object is always whom it is told to, never a speaker named
# after the verb ("…, Ruiz, head of sales, told the BBC", not "…, predicts a study").
_TOLD_TO = frozenset({"tell", "inform", "notify", "assure"})
# Verbs of speech whose "to" phrase names who is spoken to, not what is said ("explained
# to reporters"; PolNeAR train: "say to" 1 in 23, "write to" 1 in 14).
_ADDRESSING = frozenset(
    {"say", "explain", "talk", "speak", "complain", "write", "tweet", "remark", "confide",
     "boast", "joke", "declare", "state", "insist", "announce", "report", "reveal",
     "disclose", "describe", "recount", "whisper", "shout", "yell", "mutter", "lament",
     "indicate", "signal", "suggest", "mention", "stress", "emphasize", "emphasise"}
)  # fmt: skip


def _addressed(token: Token, prep: Token) -> bool:
    """Whether the preposition names whom the cue word is said to ("explained to")."""
    return prep.lower_ == "to" and token.lemma_.lower() in _ADDRESSING


#: Verbs whose passive subject is whom they are said to ("Ruiz was asked by a reporter").
_ASKING = frozenset({"ask", "quiz", "press"})
#: Verbs whose object is whom they are said to ("told TASS", "briefed reporters").
_TELLING = frozenset({"tell", "inform", "brief", "assure"})
#: Nouns of those spoken to.
_AUDIENCES = frozenset(
    {"reporter", "journalist", "audience", "crowd", "supporter", "listener", "viewer",
     "reader", "lawmaker", "colleague", "friend", "voter", "agency", "outlet", "press",
     "paper", "newspaper", "magazine", "broadcaster", "station", "channel", "website",
     "court", "jury", "committee", "panel", "hearing", "programme", "program", "show",
     "podcast"}
)  # fmt: skip


def _addressee_object(token: Token, obj: Token) -> bool:
    """Whether the object of a verb of telling is whom it is told to ("told TASS", "told
    reporters"), which PolNeAR never takes for the content ("told the story" is the
    content)."""
    if token.lemma_.lower() not in _TELLING or obj.dep_ != "dobj":
        return False
    if obj.lower_ in _OBJECT_PRONOUNS or obj.pos_ == "PROPN":
        return True
    if obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return obj.lemma_.lower() in _AUDIENCES


def _content_prep(token: Token, prep: Token) -> bool:
    """Whether the preposition can introduce what the cue word says: not whom it is said
    to, nor ", with" and a clause of its own ("were shown at six halls, with the takings
    going to charity")."""
    return (
        prep.lower_ in _CONTENT_PREPS and not _addressed(token, prep) and not _absolute_with(prep)
    )


@dataclass(frozen=True, slots=True)
class Found:
    """One attribution found in the parse: character extents and the cue's lemma."""

    cue: Extent
    source: Extent | None
    content: Extent | None
    lemma: str
    according: bool
    quoted: bool
    antecedent: Extent | None = None  # what a relative pronoun source ("who") stands for
    settled: bool = False  # edges a rule fixes that the learned ranker leaves alone


def _subtree_extent(token: Token) -> Extent:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _cue_extent(token: Token, prep: Token | None = None) -> Extent:
    """The cue verb with what PolNeAR counts in it.

    Auxiliaries, negation and adverbs just before it ("has not said", "also said"), its
    particle ("point out"), an adverb right after it ("said sarcastically"), the
    preposition that introduces the content ("pointed to", "called for") and a colon
    that introduces a quotation ("added:").
    """
    doc = token.doc
    start = cue_start(token)
    end = token.i + 1
    if (
        end < len(doc)
        and doc[end].head == token
        and (doc[end].dep_ == "prt" or (doc[end].dep_ == "advmod" and doc[end].pos_ == "ADV"))
    ):
        end += 1
    if end < len(doc) and doc[end].head == token and _names_a_day(doc[end]):
        end = doc[end].right_edge.i + 1  # "said Friday", "said Thursday morning"
    elif end < len(doc) and token.lemma_ == "put" and doc[end].lower_ == "it":
        end += 1  # "as one aide put it"
    if prep is not None and (prep.i == end or token in (prep.head, prep.head.head)):
        end = prep.i + 1  # "called for", "expressed concern about"
    elif (
        end < len(doc)
        and doc[end].head == token
        and doc[end].lower_ in _CUE_PREPS
        and token.lemma_.lower() not in _SAY_LIKE
        and not _addressed(token, doc[end])
        and not (doc[end].lower_ in {"on", "over"} and _names_a_time(doc[end]))
        and not _names_platform(doc[end])
    ):
        end += 1  # "called for", "warned against"; not "said on Tuesday", "argued on Sunday"
    if (
        end < len(doc)
        and doc[end].text == ":"
        and doc[end].idx == doc[end - 1].idx + len(doc[end - 1])
    ):
        end += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def surname_may(token: Token) -> bool:
    """Whether a "May" is a person's name, not the modal the tagger may take it for
    ("Theresa May promised", "May said Thursday"; the times stage tells it from the month
    the same way)."""
    return token.text == "May" and month_names_a_person(token)


def _name_read_as_adverb(token: Token) -> bool:
    """Whether a capitalised word the tagger took for an adverb is a name the article
    gives elsewhere as one ("Morelly says", read like "Lately says", where the text also
    has "Anton Morelly")."""
    if token.tag_ != "RB" or not token.text[:1].isupper() or token.is_upper:
        return False
    return any(t.text == token.text and t.pos_ == "PROPN" for t in token.doc)


def _lost_apostrophe_not(token: Token) -> bool:
    """Whether a word is a negated auxiliary whose apostrophe the text lost to a straight
    double quote ("didn"t", "won"t"), which the tagger reads as a noun of its own."""
    return token.lower_.endswith('n"t')


def cue_start(token: Token) -> int:
    """The index of the first word of a cue verb's phrase: the auxiliaries, negation and
    adverbs just before it ("has not said", "also said", "went even further")."""
    doc = token.doc
    start = token.i
    while start > 0:
        before = doc[start - 1]
        if _lost_apostrophe_not(before):
            start -= 1  # "Tyson didn"t mention": the verb's negation, not its subject
        elif (
            before.head == token
            and (
                before.dep_ in _CUE_PREFIX_DEPS
                or (before.dep_ == "advmod" and before.pos_ == "ADV")
            )
            and not surname_may(before)
            and not _name_read_as_adverb(before)
            # '…,"?Kelly said': a name run into a closing mark, not an adverb
            and '"' not in before.text
            # "IS said": a group's name in capitals, not "is" (but "HE'S BEEN CALLED")
            and not (before.is_upper and len(before.text) > 1 and not token.is_upper)
        ):
            start -= 1
        else:
            break
    return start


def _names_a_time(prep: Token) -> bool:
    """Whether a preposition dates the saying ("said on Monday"), saying nothing of what."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


def _says_when_or_where(prep: Token) -> bool:
    """Whether a preposition of the cue tells when or where the words were said ("on
    Monday", "on Twitter"), not what they are about."""
    return _names_a_time(prep) or _names_platform(prep)


def _names_platform(prep: Token) -> bool:
    """Whether an "on" says where the words were published ("wrote on Truth Social",
    "posted on his Facebook page"; ``platforms.txt``), saying nothing of what."""
    if prep.lower_ != "on":
        return False
    platforms = load_lexicon("platforms", "attributions")
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        words = [t.lower_ for t in pobj.subtree if t.dep_ not in {"det", "poss", "punct"}]
        if " ".join(words) in platforms or any(w in platforms for w in words):
            return True
    return False


def _is_put_it(verb: Token, child: Token) -> bool:
    """Whether the child is the "it" of "as one aide put it", which is part of the cue."""
    return verb.lemma_ == "put" and child.lower_ == "it" and child.i == verb.i + 1


def _names_a_day(token: Token) -> bool:
    """Whether the word is a bare time phrase modifying a verb ("Friday", "last week")."""
    return token.dep_ == "npadvmod" and token.ent_type_ in {"DATE", "TIME"}


def joined_to_report(token: Token) -> Token | None:
    """The cue a cue verb without a subject is joined to, where the parser hung it on
    the clause that cue reports: in "said the plan was costly and warned that …" the
    mayor warns, not the plan."""
    speech = load_lexicon("speech_verbs", "attributions")
    clause = token.head
    while clause.dep_ == "xcomp" and clause.tag_ in _NONFINITE:
        # "said workers did not want to strike and called for talks": a verb in the past
        # is not joined to an infinitive or a participle, but to the clause above it
        clause = clause.head
    if (
        token.dep_ != "conj"
        or clause.dep_ != "ccomp"
        or token.lemma_.lower() not in speech
        or clause.head.lemma_.lower() not in speech
        or _has_subject(token)
        # in the tense of the reporting verb, with no auxiliary of its own: not "said
        # they had seen the scripts and had agreed to appear", "feel worried and pressured"
        or token.tag_ != clause.head.tag_
        or any(c.dep_ in {"aux", "auxpass", "neg"} for c in token.children)
    ):
        return None
    joined = any(c.dep_ == "cc" and c.i < token.i for c in token.head.children)
    return clause.head if joined else None


#: Tags of a verb that is no clause of its own: the infinitive and the participles.
_NONFINITE = frozenset({"VB", "VBG", "VBN"})


def _joined_cues(clause: Token, cue: Token) -> list[Token]:
    """The cues joined to ``cue`` that the parser hung on the clause it reports, or on the
    infinitives and participles that clause goes on with."""
    joined: list[Token] = []
    verb: Token | None = clause
    while verb is not None:
        joined += [c for c in verb.children if c.dep_ == "conj" and joined_to_report(c) == cue]
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ in _NONFINITE), None)
    return joined


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


def _as_saying(token: Token) -> Token | None:
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


def _quoted_speaker(token: Token) -> Token | None:
    """Who a report quotes, for the verb of saying it quotes them with: "an aide" of "the
    paper quoted an aide as saying"."""
    if token.dep_ != "pcomp" or token.head.lower_ != "as":
        return None
    quoting = token.head.head
    if _as_saying(quoting) != token:
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


def _report_subject_before(token: Token, speaker: Token | None) -> Token | None:
    """The subject of the report before a cue whose speaker is named after it ("The tone
    of the race" of "The tone of the race, said Mr Hale, would be calmer")."""
    if speaker is None or speaker.i < token.i or speaker.head != token:
        return None
    return next((c for c in token.lefts if c.dep_ in _SUBJECTS), None)


def _source_of(token: Token) -> Token | None:
    """The subject of the cue verb, or of the verb it hangs off ("…, adding", "wants to",
    "after announcing"), the noun a participle describes ("a man yelled"), the one a
    report quotes ("quoted an aide as saying"), or the owner of a cue noun ("Romney's
    comment")."""
    quoted = _quoted_speaker(token)
    if quoted is not None:
        return quoted
    subjects = [
        c
        for c in token.children
        if c.dep_ in _SUBJECTS and c.lower_ not in _REFLEXIVES and not _lost_apostrophe_not(c)
    ]
    for negation in (c for c in token.lefts if _lost_apostrophe_not(c)):
        # "Tyson didn"t mention", parsed with "Tyson" the subject of "didn"t"
        subjects += [c for c in negation.lefts if c.dep_ in _SUBJECTS]
    subjects += [c for c in token.lefts if c.dep_ == "aux" and surname_may(c)]
    inverted = _named_after_cue(token, subjects)
    if inverted is not None:
        return inverted  # "The tone, said Mr Hale, would be calmer": Hale says it
    if subjects:
        # Of two subjects before the verb, the parser took words before the subject for
        # another (a heading, a caption, "ex-" of "ex-Tory secretary Gillian Shepherd"):
        # the nearer is the source, unless it stands in an aside ("Christie—unlike, say,
        # DeSantis—recognized").
        before = len(subjects) > 1 and all(c.i < token.i for c in subjects)
        return subjects[-1] if before and not _in_aside(subjects[-1], token) else subjects[0]
    reporter = joined_to_report(token)
    if reporter is not None:
        return _source_of(reporter)
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == token.i - 1:
            return child  # "Trump claims that …" parsed as a noun phrase
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
            if child.dep_ in _SUBJECTS:
                beyond = _beyond_relative_aside(verb, child, token)
                if beyond is not None:
                    # "tried to revive Factory - which lasted 14 years - but conceded …":
                    # the verb the aside interrupts has the speaker, not "which"
                    return _subject_up_from(beyond)
                reporter = _reporter_of(verb)
                if reporter is not None and (
                    child.lower_ in {"it", "there"}
                    or (_goes_on_saying(token) and reporter.i < token.i)
                    or (_set_off_participle(token) and not _could_speak(child))
                ):
                    # "said it would look abroad, saying …", "said a cut was unlikely,
                    # citing …": she says it, not the thing her report is about
                    return reporter
                agent = _speaking_agent(token, verb, child)
                thing = child.pos_ in _NOMINAL and not _could_speak(child)
                if agent is None and token.dep_ == "pcomp" and thing:
                    # "will allow the dollar to weaken despite saying …": who allows it
                    agent = _speaker_of_clause_above(verb)
                return agent if agent is not None else child
    if token.dep_ == "acl" and token.tag_ != "VBN" and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head
    if token.pos_ == "NOUN":
        # "Romney's comment", "an endorsement by Graham": whose words the noun names.
        for child in token.children:
            if child.dep_ == "poss":
                return child
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "by":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _dummy_subject(verb: Token) -> bool:
    """Whether a verb's subject is "it" or "there", which stands for nobody."""
    return any(c.dep_ in _SUBJECTS and c.lower_ in {"it", "there"} for c in verb.children)


def _stray_subject(token: Token, subject: Token | None) -> bool:
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
    if subject.tag_ != "WDT" or subject.i == 0 or doc[subject.i - 1].text not in _DASHES:
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
_DASHES = frozenset({"-", "--", "–", "—"})


def _subject_up_from(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is an infinitive of or joined to ("has
    tried to revive" of "tried")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
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
    if _that_clause(clause) and noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    return None


def _that_clause(clause: Token) -> bool:
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
    if node.pos_ not in _NOMINAL or node.head.dep_ not in _OBJECTS or not joined:
        return None
    return node


def _speaker_of_clause_above(clause: Token) -> Token | None:
    """The subject that can speak of the verb a clause is the complement of ("the
    administration" of "the administration will allow the dollar to weaken")."""
    if clause.dep_ not in {"ccomp", "xcomp"}:
        return None
    above = next((c for c in clause.head.children if c.dep_ in _SUBJECTS), None)
    return above if above is not None and _could_speak(above) else None


def _speaking_agent(token: Token, verb: Token, subject: Token) -> Token | None:
    """Who says a participle hung on a passive verb whose subject is a thing: the agent
    ("The plan was backed by bus firms, saying …": the firms say it)."""
    if not (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.head == verb
        and subject.dep_ == "nsubjpass"
        and subject.pos_ != "PRON"
        and not _could_speak(subject)
    ):
        return None
    agent = _agent_of(verb)
    return agent if agent is not None and _could_speak(agent) else None


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
_ASIDE_MARKS = frozenset({",", "-", "—", "–", "--", "(", ")"})


def _in_aside(subject: Token, verb: Token) -> bool:
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
    words = doc[sibling.left_edge.i : end + 1]
    # not a heading or a caption run on into the sentence ("A video posted by … Mayor")
    if len(words) > _MAX_JOINED or any(
        t.pos_ in {"VERB", "AUX", "SPACE"} or t.text == ":" for t in words
    ):
        return False
    if end == start - 1:
        return not doc[end].is_punct or doc[end].text in {"-", "–"}
    return end == start - 2 and doc[start - 1].text in {"-", "–"}


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


def _trim_tokens(doc: Doc, start: int, end: int, *, clause: bool = False) -> tuple[int, int]:
    """Token indexes without punctuation or spaces at the edges (nor, for a clause, "And")."""
    while start < end and (
        doc[start].is_punct or doc[start].is_space or (clause and doc[start].dep_ == "cc")
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        last = doc[end - 1].text
        if last in _KEPT_AT_END or (last == ")" and "(" in doc[start : end - 1].text):
            break  # "5%", "(D-Wis.)", a question's mark
        end -= 1
    return start, end


_KEPT_AT_END = frozenset({"%", "?", "!"})


def _antecedent_extent(token: Token) -> Extent | None:
    """The noun phrase a relative pronoun stands for ("the senator, who said" → the
    senator); None for any other word."""
    if token.lower_ not in _RELATIVE or token.head.dep_ != "relcl":
        return None
    doc = token.doc
    noun = token.head.head
    start, end = _trim_tokens(doc, noun.left_edge.i, token.head.left_edge.i)
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _feeling(token: Token) -> tuple[Token, Token, Token | None] | None:
    """Who feels what a verb of feeling tells ("The move angered farmers", "Farmers were
    angered by the move", "is alarmed by …"), what stirs it, and the "by" before it."""
    if token.lemma_.lower() not in load_lexicon("feeling_verbs", "attributions"):
        return None
    subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    if subject is None and token.dep_ == "acomp":
        subject = next((c for c in token.head.children if c.dep_ in _SUBJECTS), None)
    by = next((c for c in token.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"), None)
    if by is not None:
        cause = next((c for c in by.children if c.dep_ == "pobj"), None)
        if subject is None or cause is None or (subject.dep_ == "nsubj" and token.tag_ != "JJ"):
            return None
        return subject, cause, by
    felt_by = next((c for c in token.children if c.dep_ == "dobj"), None)
    if subject is None or felt_by is None or subject.dep_ != "nsubj":
        return None
    return felt_by, subject, None


def _relative_before_speaker(word: Token) -> bool:
    """Whether a word opening a source is a relative pronoun that stands for what is said,
    not for the speaker after it ("which the mayor said will fail"); "that" as a
    determiner ("that small share") is no relative pronoun."""
    return word.lower_ in _RELATIVE | {"whom"} and word.dep_ != "det"


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
            and _names_a_time(word)
        ):
            return word.i
    return end


def _source_extent(token: Token, cue: Token | None = None) -> Extent | None:
    """The source's noun phrase, as PolNeAR marks it.

    A relative pronoun is the source itself ("the senator, who said": "who", which
    stands for the senator); a closing comma or dash stays when it closes an
    apposition; a closing bracket stays with its opening one; a heading before a
    paragraph break is not part of it.
    """
    doc = token.doc
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
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
            if cue is not None and cue.i < token.i and _absolute_with(child):
                end = min(end, first - 1)  # "said the survey, with 40% choosing this"
            if child.i < end <= child.right_edge.i + 1 and _delivered_in(child):
                end = child.i  # "Okafor in a statement denied": how, not who
            dated = child.dep_ == "prep" and child.lower_ in {"on", "in"} and _names_a_time(child)
            # not "the operation, now in its fifth month": how long it has gone on
            dated = dated and doc[child.i - 1].pos_ != "ADV"
            if dated and child.right_edge.i + 1 == end:
                end = child.i  # "Mr Blair on Sunday dismissed": when, not who
        if cue is not None and token.i < cue.i:
            end = _before_nested_day(doc, token.i, end)
        left = token.left_edge.i
        if token.dep_ in _SUBJECTS:
            for sibling in token.head.children:
                if sibling.dep_ in _SUBJECTS and (
                    _joins(sibling, left) or _name_before_post(sibling, token)
                ):
                    left = sibling.left_edge.i  # a subject the parser split in two
            before = doc[left - 1] if left > 0 else None
            if before is not None and before.dep_ == "det" and before.head == token.head:
                left -= 1  # "the ex-Wallaby added", the article hung on the verb
            if token.i > token.head.i:  # after the cue: "says Lotus Yoga co|-|founder Mei Lan"
                last = token
                for sibling in token.head.rights:
                    if sibling.i > last.i and sibling.dep_ in _SUBJECTS:
                        if not _joins(last, sibling.left_edge.i):
                            break
                        last = sibling
                if last != token:
                    end = last.right_edge.i + 1
        while end > left + 1 and _lost_apostrophe_not(doc[end - 1]):
            end -= 1  # "I don"t want": the verb's negation, which the parser hung on "I"
        end = _past_name_read_as_stop(doc, end)
        start, end = _trim_tokens(doc, left, end)
        named = end < len(doc) and doc[end].head == cue and _name_read_as_adverb(doc[end])
        if cue is not None and end < cue.i and named:
            end += 1  # "Team captain Morelly says": the name read as an adverb
        if start + 1 < end and doc[start].lower_ == "even" and doc[start].pos_ == "ADV":
            start += 1  # "Even China, …": PolNeAR train leaves "Even" out 11 times of 12
        elif start + 1 < end and doc[start].is_sent_start and doc[start].lower_ in _THEN:
            start += 1  # "Earlier Tony Blair defended …": when, not who
        if start < token.i and _relative_before_speaker(doc[start]):
            start += 1  # "a plan which the mayor said will fail": the mayor
        start = max(start, _after_amount_expected(token, start))
        # "a bid for Robbie Savage - but managing director Karen Brady has called it": the
        # parser hung the clause before "but" on the subject (not "complete but unofficial
        # returns", with no stop before "but")
        buts = [
            t.i
            for t in doc[start + 1 : token.i]
            if t.lower_ == "but" and doc[t.i - 1].text in {",", "-", "--", "—", "–", ";"}
        ]
        if buts:
            start, end = _trim_tokens(doc, buts[-1] + 1, end)
    if start >= end:
        return None
    if end < len(doc) and doc[end].text == ")" and any(t.text == "(" for t in doc[start:end]):
        end += 1
    if (
        end < len(doc)
        and doc[end].text in {",", "--", "—", "–"}
        and any(t.text == doc[end].text for t in doc[start:end])
        and doc[end].head.i in range(start, end)
    ):
        end += 1
    for n in range(end - 1, start, -1):
        if "\n" in doc[n - 1].text:
            start = n
            break
    phrase = doc[start:end]  # its own text: a Doc rebuilds the whole text on every access
    datelines = [m.end() for m in _DATELINE.finditer(phrase.text)]
    first = phrase.start_char + (datelines[-1] if datelines else 0)
    return first, phrase.end_char


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
    if doc[start].lower_ != "the" or token.tag_ != "NNS" or token.dep_ not in _SUBJECTS:
        return start
    amount = doc[start + 1 : token.i]
    money = any(t.tag_ == "$" or t.text == "%" for t in amount)
    if not amount or not money or not all(t.like_num or t.head.i > t.i for t in amount):
        return start
    return token.i


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


def _absolute_with(phrase: Token) -> bool:
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


def after_dateline(text: str, extent: Extent) -> Extent:
    """A content that opens its paragraph without the dateline before it: "Washington
    (CNN)In an Oval Office meeting …" begins at "In"."""
    start, end = extent
    if start > 0 and text[start - 1] == "(":
        start -= 1  # the words were parsed without the bracket: "(CNN)US Marines have …"
    if start > 0 and text[start - 1] != "\n":
        return extent
    match = _OPENING_DATELINE.match(text, start, end)
    return (match.end(), end) if match and match.end() < end else extent


def _minus(text: str, outer: Extent, inner: Extent) -> Extent:
    """The larger side of ``outer`` once ``inner`` is cut out; all of it when inner splits it.

    Punctuation alone beyond ``inner`` does not count as a side ("…, he said.").
    """
    if inner[0] <= outer[0] or not text[outer[0] : inner[0]].strip(_TRIM + "."):
        return max(inner[1], outer[0]), outer[1]
    if inner[1] >= outer[1] or not text[inner[1] : outer[1]].strip(_TRIM + ".'\"”"):
        return outer[0], min(inner[0], outer[1])
    return outer


_OBJECT_TAIL = frozenset({"dobj", "oprd", "xcomp", "ccomp", "dative", "attr"})


#: Verbs that name a thing ("what it calls a cowardly act", "what they described as …").
_NAMING = frozenset(
    {"call", "describe", "term", "dub", "label", "brand", "characterize", "characterise"}
)


def _named_what(token: Token) -> Extent | None:
    """The name a naming verb gives and the "what" it fills ("what it calls a cowardly
    act"), from "what" to the name's end, however the parser hung the "what" (PolNeAR
    train keeps the "what" in 14 of the 17 such contents annotated)."""
    if token.lemma_.lower() not in _NAMING:
        return None
    names = [
        c
        for c in token.children
        if c.i > token.i
        and (c.dep_ in {"oprd", "xcomp", "dobj"} or (c.dep_ == "prep" and c.lower_ == "as"))
    ]
    if not names:
        return None
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c.i < token.i]
    opening = subjects[0].left_edge.i if subjects else token.i
    while opening > 0 and token.doc[opening - 1].dep_ in _CUE_PREFIX_DEPS:
        opening -= 1  # "what is called a debate"
    what = token.doc[opening - 1] if opening > 0 else None
    if subjects and subjects[0].lower_ == "what":
        what = subjects[0]  # "what is called a debate", with "what" its subject
    if what is None or what.lower_ != "what":
        return None
    end = max(c.right_edge.idx + len(c.right_edge) for c in names)
    return what.idx, end


def _content_of(token: Token, cue_scope: Extent, text: str) -> tuple[Extent | None, Token | None]:
    """The clause the cue reports, and the preposition that introduces it if any."""
    named = _named_what(token)
    if named is not None:
        return named, None
    clauses = (
        [
            c
            for c in token.children
            if c.dep_ in ("ccomp", "xcomp") and not _possessive_read_as_is(c)
        ]
        or _clause_on_adverb(token)
        or _clause_of_noun(token)
        or _clause_of_medium(token)
        or _report_read_as_adverbial(token)
        or _report_hung_on_addressee(token)
        or _report_hung_on_time(token)
    )
    # "“…,” the spokeswoman said, which included …": the writer's aside on the words
    asides = [c for c in clauses if _aside_on_the_words(c, token)]
    clauses = [c for c in clauses if c not in asides]
    if clauses:
        after = [c for c in clauses if c.i > token.i and c.dep_ == "ccomp"]
        # "said X, news agency AP reported": the last clause names who passed the report
        # on, whether the parser hung it beside the report or the report on it
        passer = next((c for c in after if _passed_on_by(c)), None)
        if passer is not None:
            held = [c for c in passer.lefts if c.dep_ == "ccomp"]
            after = [c for c in after if c != passer] or held or after
        # A report after the cue is its content, whatever the parser hung on it before
        # ("While he acknowledged X, he noted Y": PolNeAR train takes the clause after
        # the cue 94 times where both sides hold one, the one before 25 times).
        best = max(after or clauses, key=lambda c: c.right_edge.i - c.left_edge.i)
        start, end = _subtree_extent(best)
        if best.dep_ == "advcl":
            # "said after the vote he would quit": the time the parser hung on the report
            # is when it was said, PolNeAR's annotators find
            start = next(c for c in best.children if c.dep_ in _SUBJECTS).left_edge.idx
        if best in after and len(after) > 1:
            # "said Trump has respect for X and his comment was Y": one report the parser
            # split in two clauses.
            start, end = _subtree_extent(after[0])[0], _subtree_extent(after[-1])[1]
        if best.i < token.i:
            # "…, the agency said in a report, and those in the bottom fifth paid …": the
            # report goes on after the cue.
            whole = _subtree_extent(token)
            if _aside_extent(token)[1] < whole[1]:
                # up to the writer's ", which …", if any
                end = token.doc[asides[0].left_edge.i - 1].idx if asides else whole[1]
            if token.dep_ == "conj" and token.head.i < best.left_edge.i:
                # "A, but B, a source said", parsed as A and (said B): both are said.
                start = token.head.left_edge.idx
        elif best.dep_ == "ccomp" and (not _has_subject(best) or token.lemma_.lower() == "say"):
            # "said single people would qualify": the parser took the subject for an object
            # (not whom it is told to: "he told me, is that …"). "Say" takes no object
            # before a clause, so one run into the clause's subject is part of it ("say
            # the figures for the months up to| June are …").
            for child in token.children:
                told = _addressee_object(token, child)
                run_on = not _has_subject(best) or child.right_edge.i + 1 == best.left_edge.i
                if child.dep_ == "dobj" and token.i < child.i < best.i and not told and run_on:
                    start = _with_bare_preposition(token, child).idx
        if best.dep_ == "xcomp":
            # "warned North Korea to refrain": the object belongs to what is urged, not
            # whom a quotation after a colon is told to ("told the Today programme: “…”").
            for child in token.children:
                colon = any(t.text == ":" for t in token.doc[child.i : best.i])
                told = colon and _addressee_object(token, child)
                if child.dep_ == "dobj" and token.i < child.i < best.i and not told:
                    start = child.left_edge.idx
        joined = _joined_cues(best, token)
        if joined:
            # "said the plan was costly and warned that …": the report ends before the
            # second cue and its conjunction
            cc = [c for c in joined[0].head.children if c.dep_ == "cc" and c.i < joined[0].i]
            last = token.doc[(cc[-1].i if cc else joined[0].i) - 1]
            end = last.idx + len(last)
        # "was adamant that …", the clause hung on the verb: the adjective ends the cue
        adjective = next(
            (c for c in token.children if c.dep_ == "acomp" and token.i < c.i < best.i), None
        )
        return (start, end), adjective
    # "…, he said": the clause the cue interrupts or follows, unless the cue has its own
    # object or "about" phrase after it ("…, noting limited gains").
    said_of = any(
        c.i > token.i
        and (
            (c.dep_ == "dobj" and not _addressee_object(token, c))
            or (c.dep_ == "oprd" and _predicated_object(token, c))
            or (c.dep_ == "prep" and _content_prep(token, c))
        )
        and not _is_put_it(token, c)
        and not _says_when_or_where(c)
        for c in token.children
    )
    passive = any(c.dep_ == "nsubjpass" for c in token.children)  # its subject is told of
    clause = token.head
    if clause.pos_ not in {"VERB", "AUX"} and clause.dep_ in _SUBJECTS:
        clause = clause.head  # "The difference now, he told me, is that …": hung on a subject
    if (
        token.dep_ in _INTERRUPTING
        and token.head.i != token.i
        and clause.pos_ in {"VERB", "AUX"}
        and not said_of
        and not passive
        and not _joined_clause(token)
        and not any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in token.children)
        and not _a_condition(token)
    ):
        return _minus(text, _subtree_extent(clause), cue_scope), None
    feeling = _adjective_content(token)
    if feeling is not None:
        return feeling
    objects = [
        c
        for c in token.children
        if c.dep_ == "dobj" and not _is_put_it(token, c) and not _addressee_object(token, c)
    ]
    # "named Hassan as responsible": the parser may take the object for a predicate
    objects = objects or [
        c for c in token.children if c.dep_ == "oprd" and _predicated_object(token, c)
    ]
    if objects:
        # "called climate change a hoax", "portrayed himself as …": the object and what
        # is said of it.
        tail = [
            c
            for c in token.children
            if c.i > token.i
            and (
                c.dep_ in _OBJECT_TAIL
                or (c.dep_ == "prep" and c.lower_ in {"as", "for"})
                or (c.dep_ == "prep" and c.i > objects[0].right_edge.i and c.lower_ in _TAIL_PREPS)
            )
        ]
        noun = objects[0]
        about = [
            c
            for c in noun.rights
            if c.dep_ == "prep" and c.lower_ in _NOUN_CUE_PREPS and c.i == noun.i + 1
        ]
        stance = _stance_taken(token)
        if stance is not None:
            # "took aim at X", "took issue with X": the phrase is the cue, X what it is about
            for grandchild in stance.children:
                if grandchild.dep_ in {"pobj", "pcomp"}:
                    return _subtree_extent(grandchild), stance
        if (
            token.lemma_.lower() in _LIGHT_CUE_VERBS
            and tail == [noun]
            and noun.pos_ == "NOUN"
            and noun.i == token.i + 1 + _gap(token, noun)
        ):
            # "expressed concern about X", "made no secret of X": the noun and its
            # preposition belong to the cue, X is the content.
            for prep in about:
                for grandchild in prep.children:
                    if grandchild.dep_ in {"pobj", "pcomp"}:
                        return _subtree_extent(grandchild), prep
        if tail:
            end = max(c.right_edge.idx + len(c.right_edge) for c in tail)
            return (objects[0].left_edge.idx, end), None
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.i > token.i
            and _content_prep(token, child)
            and not _says_when_or_where(child)
        ):
            told = any(_addressee_object(token, c) and c.i < child.i for c in token.children)
            for grandchild in child.children:
                if grandchild.dep_ in {"pobj", "pcomp"} and told:
                    # "told TASS about the fleet": the cue stays "told"
                    return (child.idx, _subtree_extent(grandchild)[1]), None
                if grandchild.dep_ in {"pobj", "pcomp"}:
                    return _subtree_extent(grandchild), child
    return _report_read_as_subject(token) or _report_cut_off_before(token), None


def _with_bare_preposition(token: Token, noun: Token) -> Token:
    """The first word of a noun phrase the parser took for the object of a cue, or of the
    preposition before it that it left without an object ("said instead of| the rise in
    fees …, there had been cuts")."""
    first = noun.left_edge
    before = token.doc[first.i - 1]
    bare = not any(c.dep_ in {"pobj", "pcomp"} for c in before.children)
    if before.dep_ == "prep" and before.head == token and bare:
        return before.left_edge
    return first


def _aside_on_the_words(clause: Token, cue: Token) -> bool:
    """Whether a clause the parser hung on a cue is ", which …" after it, which tells of
    the words and is none of them (not "the law, which critics said was unfair")."""
    first = clause.left_edge
    return (
        first.lower_ == "which"
        and first.dep_ in _SUBJECTS
        and first.i > cue.i
        and clause.doc[first.i - 1].text == ","
    )


def _passed_on_by(clause: Token) -> bool:
    """Whether a clause the parser hung after a report is "…, a news agency reported": a
    verb of saying after a comma with its own subject and nothing reported after it, which
    names who passed the report on, not more of what was said; a passive tells no one
    passing anything on ("…, the old mill was welcomed by the town")."""
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if subject is None or clause.lemma_.lower() not in load_lexicon("speech_verbs", "attributions"):
        return False
    first = subject.left_edge.i
    return (
        first > 0
        and clause.doc[first - 1].text == ","
        and not any(c.dep_ in _REPORTED for c in clause.rights)
    )


#: What a verb of saying has after it when it reports something of its own.
_REPORTED = frozenset({"ccomp", "xcomp", "dobj", "conj"})


def _clause_of_noun(token: Token) -> list[Token]:
    """The "that" clause a noun of saying whose owner is named holds ("the chancellor's
    announcement that he would offer a rebate")."""
    # whose words they are named ("the chancellor's"): else a "that" may open a relative
    # clause ("the speculation that the row has stirred")
    if token.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in token.lefts):
        return []
    return [c for c in token.rights if _that_clause(c)]


def _a_condition(token: Token) -> bool:
    """Whether a cue's clause is a condition of the clause it hangs on ("… if the defendant
    pleads guilty", "had he denied the charge, …"), which says nothing of that clause."""
    doc = token.doc
    for mark in (c for c in token.children if c.dep_ == "mark"):
        # not "as if": "It was as if his rivals had decided that …" tells what they decided
        if mark.lower_ == "unless" or (mark.lower_ == "if" and doc[mark.i - 1].lower_ != "as"):
            return True
    subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    return (
        token.dep_ == "advcl"
        and subject is not None
        and any(c.dep_ == "aux" and c.i < subject.i for c in token.children)
    )


def _clause_on_adverb(token: Token) -> list[Token]:
    """A clause the parser hung on an adverb right after the cue, or after where it was
    said, instead of on the cue ("said earlier that …", "said in an interview recently
    that …")."""
    return [
        clause
        for adverb in token.children
        if adverb.dep_ == "advmod" and adverb.i > token.i and _only_where_between(token, adverb)
        for clause in adverb.children
        if clause.dep_ == "ccomp" and clause.i > adverb.i
    ]


def _only_where_between(token: Token, word: Token) -> bool:
    """Whether the words between a cue and a later word of it are phrases of the cue's
    own preposition ("in an interview with the paper")."""
    for between in token.doc[token.i + 1 : word.i]:
        while between.head != token:
            between = between.head
            if between.i == between.head.i:
                return False
        if between.dep_ != "prep":
            return False
    return True


def _report_read_as_adverbial(token: Token) -> list[Token]:
    """A report after the cue that the parser took for an adverbial clause ("said after
    seven years the party had changed", with "after" hung on the report): a clause in a
    tense, with a subject of its own and no word such as "because" or "when" to open it."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children):
        return []
    return [
        clause
        for clause in token.rights
        if clause.dep_ == "advcl"
        and clause.left_edge.i == token.i + 1
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        and not any(c.dep_ == "mark" or c.tag_ in {"WRB", "WDT", "WP"} for c in clause.children)
        and _finite(clause)
    ]


def _possessive_read_as_is(clause: Token) -> bool:
    """Whether the parser took the "'s" of a name for "is" with no subject ("told BBC
    Radio 2's The Week in Review", parsed as Radio 2 is The Week in Review)."""
    return clause.lower_ in {"'s", "’s"} and not _has_subject(clause)


def _report_hung_on_addressee(token: Token) -> list[Token]:
    """The report after whom it is told to that the parser took for a relative clause of
    that addressee ("told the morning programme he hoped to stay", parsed as a programme
    that he hoped)."""
    for obj in token.rights:
        if not _addressee_object(token, obj):
            continue
        clause = _report_read_as_relative(obj)
        if clause is not None:
            return [clause]
    return []


def _report_hung_on_time(token: Token) -> list[Token]:
    """The report after a time phrase that opens it, which the parser took for a relative
    clause of the phrase ("says these days the old fairs matter less", parsed as days that
    the fairs matter): the phrase, with the clause."""
    for phrase in token.rights:
        if phrase.dep_ != "npadvmod" or phrase.ent_type_ not in {"DATE", "TIME"}:
            continue  # "something many had urged him to do": no time
        if _report_read_as_relative(phrase) is not None:
            return [phrase]
    return []


def _report_read_as_relative(head: Token) -> Token | None:
    """A clause the parser hung on ``head`` as a relative clause that is a report of its
    own: in a tense, with a subject of its own right after ``head``, no relative word,
    and something of its own where a relative clause would leave a gap."""
    for clause in head.rights:
        subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
        relative = any(c.lower_ in _RELATIVE or c.dep_ == "mark" for c in clause.children)
        if (
            clause.dep_ == "relcl"
            and subjects
            and subjects[0].left_edge.i == head.i + 1
            and not relative
            and _finite(clause)
            and _no_gap(clause)
        ):
            return clause
    return None


def _finite(clause: Token) -> bool:
    """Whether the clause's verb is in a tense of its own."""
    return clause.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in clause.children
    )


def _no_gap(clause: Token) -> bool:
    """Whether the clause holds its own object or complement, which a relative clause
    without a relative word leaves out ("the story he heard")."""
    return any(
        c.dep_ in {"dobj", "xcomp", "attr", "acomp", "oprd"}
        or (c.dep_ == "ccomp" and _has_subject(c))
        for c in clause.children
    )


def _clause_of_medium(token: Token) -> list[Token]:
    """The report the parser hung on the message a cue names ("wrote in a letter the
    budget had run out", parsed as a letter that the budget had run out): a clause with a
    subject of its own and no relative word, or one that "that" opens ("said in televised
    remarks that five died", parsed as remarks that five died)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in _MEDIUM_PREPS or prep.i < token.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not (_names_medium(noun) or _names_remarks(noun)):
                continue
            for clause in noun.children:
                subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
                relative = any(c.lower_ in _RELATIVE or c.dep_ == "mark" for c in clause.children)
                if clause.dep_ == "relcl" and subjects and not relative:
                    return [clause]
                if clause.dep_ == "acl" and subjects and _opened_by_that(clause):
                    return [clause]
    return []


def _names_remarks(noun: Token) -> bool:
    """Whether the noun names words someone spoke ("remarks", "comments")."""
    return noun.lemma_.lower() in load_lexicon("remark_nouns", "attributions")


def _opened_by_that(clause: Token) -> bool:
    """Whether a clause opens with "that" as its mark, no relative pronoun of its own."""
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)


def _report_cut_off_before(token: Token) -> Extent | None:
    """The report before "…, it said." that the parser made a sentence of its own, the cue
    with its subject another ("Most phones sold had cameras, it said."): from the start
    of that sentence to the comma."""
    if token.dep_ != "ROOT" or any(c.dep_ != "punct" for c in token.rights):
        return None
    subjects = [c for c in token.lefts if c.dep_ in _SUBJECTS]
    if len(subjects) != 1:
        return None
    doc = token.doc
    comma = subjects[0].left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or doc[comma - 1].sent == token.sent:
        return None
    last = doc[comma - 1]
    return last.sent.start_char, last.idx + len(last)


def _report_read_as_subject(token: Token) -> Extent | None:
    """The report before "…, officials said" that the parser took for a first subject of
    the cue: a clause that ends in a comma right before the subject next to the cue
    ("An Israeli airstrike … killed at least 19 people, local health officials said")."""
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c.i < token.i]
    if not subjects or _in_aside(subjects[-1], token):
        return None
    doc = token.doc
    comma = subjects[-1].left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    report = next(
        (
            c
            for c in token.children
            if c.dep_ in {*_SUBJECTS, "dep"} and c.right_edge.i == comma - 1
        ),
        None,
    )
    if report is None or not any(t.pos_ == "VERB" for t in report.subtree):
        return None
    first = report.left_edge.i
    return doc[first].idx, doc[comma - 1].idx + len(doc[comma - 1])


def _ends_sentence(token: Token) -> bool:
    """Whether only punctuation follows a word in its sentence."""
    return all(t.is_punct or t.is_space for t in token.doc[token.i + 1 : token.sent.end])


def _speaker_after_report(token: Token, subject: Token | None) -> tuple[Extent, Token] | None:
    """The speaker named after a comma right before a cue that ends its sentence, where
    the parser took the report before the comma into the speaker's noun phrase ("Vandals
    daubed the statue with paint, an official with the institute said."): the report
    and the speaker's head word."""
    if subject is None or subject.dep_ != "nsubj" or subject.i > token.i:
        return None
    doc = token.doc
    if not _ends_sentence(token):
        return None
    for word in subject.subtree:
        comma = word.left_edge.i - 1
        if (
            word.dep_ == "appos"
            and word.right_edge.i == token.i - 1
            and comma > subject.left_edge.i
            and doc[comma].text == ","
            and _could_speak(word)
            and any(t.pos_ == "VERB" for t in doc[subject.left_edge.i : comma])
        ):
            first = subject.left_edge.i
            return (doc[first].idx, doc[comma - 1].idx + len(doc[comma - 1])), word
    return None


def _speaker_after_cue(token: Token, quotes: Quotes) -> tuple[Extent | None, Token] | None:
    """The speaker after a cue that follows its report and a comma, or a quotation, where
    the parser took the speaker for the cue's object ("Prices will rise, predicts a study
    by the bank."; "“…,” added the British producer."): the report (None after a
    quotation, which is the report) and the speaker's head word."""
    doc = token.doc
    if (
        token.tag_ not in {"VBZ", "VBD"}
        or _has_subject(token)
        or token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions")
        or token.lemma_.lower() in _TOLD_TO
    ):
        return None
    speaker = next((c for c in token.rights if c.dep_ == "dobj"), None)
    if speaker is None or not _ends_sentence(speaker.right_edge):
        return None
    # the cue joined to the report, or heading it where the report comes first
    after_comma = (
        (
            token.dep_ in {"conj", "parataxis"}
            or (
                token.dep_ == "ROOT"
                and any(c.dep_ == "ccomp" and c.i < token.i for c in token.lefts)
            )
        )
        and token.i >= 2
        and doc[token.i - 1].text == ","
    )
    after_quote = _quotation_before(quotes.text, token.idx, quotes) is not None
    if not (after_comma or after_quote):
        return None
    if after_quote and speaker.pos_ in {"NOUN", "PROPN"}:
        return None, speaker  # whom a quotation is added by: "added the British producer"
    if not (
        _could_speak(speaker)
        or speaker.lemma_.lower() in load_lexicon("document_words", "attributions")
    ):
        return None
    first, last = _trim_tokens(doc, token.sent.start, token.i - 1)
    if first >= last:
        return None
    return (doc[first].idx, doc[last - 1].idx + len(doc[last - 1])), speaker


def _report_taken_for_subject(token: Token) -> tuple[Extent, Token] | None:
    """The report before "…, said the committee." that the parser took for a first subject
    of the cue, the speaker after it its second ("Staff turnover at the agency, which had
    hampered its work, said the committee."): the report and the speaker's head word."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    before = [c for c in token.lefts if c.dep_ in _SUBJECTS]
    speaker = next((c for c in token.rights if c.dep_ in _SUBJECTS), None)
    if (
        len(before) != 1
        or speaker is None
        or speaker.left_edge.i != token.i + 1
        or not _ends_sentence(speaker.right_edge)
        or not _could_speak(speaker)
        # a named speaker before the cue stays it ("Ma, who runs the sites, says the two
        # shared plans": what the two shared is the report)
        or before[0].pos_ == "PROPN"
        or before[0].ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        # a clause, not a name with its post ("Ann Ruiz, the chairman, said Mr Hale")
        or not any(t.pos_ == "VERB" for t in before[0].subtree)
    ):
        return None
    first, last = _trim_tokens(doc, token.sent.start, token.i - 1)
    if first >= last:
        return None
    return (doc[first].idx, doc[last - 1].idx + len(doc[last - 1])), speaker


def _predicated_object(token: Token, child: Token) -> bool:
    """Whether an "oprd" after an active cue verb is its object misread ("named Hassan as
    responsible") or a small clause ("declared the election “inconclusive”"): not a bare
    adjective ("pleaded guilty", "made clear"), not in the passive ("was declared the
    winner", whose subject is told of), not a verb that names its noun ("a book titled
    …"), not a day ("called Friday")."""
    nominal = child.pos_ in {"NOUN", "PROPN", "PRON"}
    return (
        child.i > token.i
        and (nominal or any(c.dep_ == "nsubj" for c in child.children))
        and token.dep_ != "acl"
        and child.ent_type_ not in {"DATE", "TIME"}
        and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    )


def _joined_clause(token: Token) -> bool:
    """Whether the cue heads a clause of its own joined to the one before by "and" or
    "but" ("The bridge was opened, but county engineers have balked at …"): the clause
    before is no report of its subject."""
    if token.dep_ != "conj":
        return False
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c.i < token.i]
    if not subjects:
        return False
    before = subjects[0].left_edge.i - 1
    return before >= 0 and token.doc[before].dep_ == "cc" and token.doc[before].head == token.head


_TAIL_PREPS = frozenset({"to", "of", "with", "against", "over", "from"})
_NOUN_CUE_PREPS = frozenset({"about", "of", "into", "over", "on", "for"})
_LIGHT_CUE_VERBS = frozenset({"express", "voice", "raise", "offer", "make", "share"})
#: What "take" makes a stance with ("took aim at", "took issue with") and its prepositions.
_STANCE_NOUNS = frozenset({"aim", "issue", "exception", "offense", "offence", "umbrage", "swipe"})
_STANCE_PREPS = frozenset({"at", "with", "to"})


def _stance_taken(token: Token) -> Token | None:
    """The preposition of "took aim at", "took issue with" on the verb ``token``, if so."""
    if token.lemma_.lower() != "take":
        return None
    for noun in token.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in _STANCE_NOUNS:
            for prep in token.rights:
                if prep.dep_ == "prep" and prep.i == noun.right_edge.i + 1:
                    return prep if prep.lower_ in _STANCE_PREPS else None
    return None


def _gap(token: Token, noun: Token) -> int:
    """How many modifiers stand between a cue verb and its object noun ("deep concern")."""
    return sum(1 for c in noun.lefts if c.i > token.i and c.dep_ in {"amod", "det", "compound"})


_ADJECTIVE_PREPS = _CONTENT_PREPS | {"at", "in", "over"}


def _adjective_content(token: Token) -> tuple[Extent, Token] | None:
    """What a cue adjective is about ("were hopeful that …", "are furious at the
    company", "remain reluctant to …"), with the word that ends the cue."""
    adjective = next((c for c in token.children if c.dep_ == "acomp" and c.i > token.i), None)
    if adjective is None:
        return None
    for child in adjective.rights:
        if child.dep_ in {"ccomp", "xcomp"}:
            return _subtree_extent(child), adjective
        if child.dep_ == "prep" and child.lower_ in _ADJECTIVE_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ in {"pobj", "pcomp"}:
                    return _subtree_extent(grandchild), child
    return None


def _clause_extent(doc: Doc, extent: Extent) -> Extent | None:
    """A content extent snapped to tokens, without edge punctuation or a leading "And"."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    start, end = _trim_tokens(doc, span.start, span.end, clause=True)
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _fix_quotes(doc: Doc, extent: Extent | None, quotes: Quotes) -> tuple[Extent | None, bool]:
    """Trim a content extent; widen it to whole quotations where it is quoted speech.

    A quotation is the content when the content begins with it or runs to its end, even
    across sentences; a phrase quoted inside a paraphrase only brings its closing mark.
    """
    if extent is None:
        return None, False
    trimmed = _clause_extent(doc, extent)
    if trimmed is None:
        return None, False
    text = quotes.text
    start, end = trimmed
    quoted = False
    first = quotes.around(start, start + 1) or quotes.starting_near(max(start - 2, 0), limit=2)
    if first is not None and first[0] <= start + 1:
        after = _after_finished(text, first, end)
        if after is not None:
            # '"… Block C." The mayor had failed, he said': two sentences run together
            return _fix_quotes(doc, (after, end), quotes)
        runs_to_end = not text[end : first[1]].strip(_QUOTE_TAIL)
        if start <= first[0] + 3 or runs_to_end:
            start, end, quoted = first[0], max(end, first[1]), True
    last = quotes.around(max(end - 1, 0), end)
    if (
        last is not None
        and last[1] > end
        and (quoted or last[0] >= start or not text[end : last[1]].strip(_QUOTE_TAIL))
    ):
        end = last[1]
    return (start, end), quoted


def _after_finished(text: str, quotation: Extent, end: int) -> int | None:
    """Where the words after a quotation that ends a sentence start, if a new sentence
    follows it within ``end`` (a capital letter, no quotation mark)."""
    words = text[quotation[0] : quotation[1]].rstrip(_QUOTE_MARKS_TEXT)
    if quotation[1] >= end or words[-1:] not in {".", "!", "?"}:
        return None
    n = quotation[1]
    while n < end and text[n] in " \u00a0":
        n += 1
    return n if n < end and n > quotation[1] and text[n].isupper() else None


def tags_quotation(token: Token, quotes: Quotes) -> bool:
    """Whether a verb of saying ends its sentence right after its speaker and a quotation
    ("…,” he admitted.), or comes right after a name run into a quotation's closing mark
    ('…,"?Woods told a paper'), which reports the quotation however the parser hung the
    verb."""
    if token.tag_ not in {"VBD", "VBZ"} or token.i + 1 >= len(token.doc):
        return False
    if token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions"):
        return False
    if _speaker_run_into_quotation(token, quotes, None) is not None:
        return True  # '…,"?Woods told a paper', however the parser read the run-in name
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.right_edge.i != token.i - 1:
        return False
    after = token.doc[token.i + 1]
    return (
        after.text in {".", ","}
        and _quotation_before(quotes.text, subject.left_edge.idx, quotes) is not None
    )


def _quotation_before(text: str, position: int, quotes: Quotes) -> Extent | None:
    """A quotation that ends just before ``position`` (“…,” he said)."""
    n = position
    while n > 0 and text[n - 1] in " ,\u00a0\n":
        n -= 1
    region = quotes.around(max(n - 1, 0), n)
    if region is not None and region[1] == n:
        return region
    return None


def _continuation(
    text: str, cue_end: int, quotes: Quotes, *, skip: str = " ,\u00a0"
) -> Extent | None:
    """A quotation resumed right after the cue: “…,” he said, “and …”."""
    n = cue_end
    while n < len(text) and text[n] in skip:
        n += 1
    if n < len(text):
        return quotes.starting_near(n, limit=0)
    return None


#: Verbs that hand their cue over to the verb after them ("went on to say", "failed to
#: mention", "began to question"): PolNeAR counts both in the cue (train: "continue" 33
#: times in 33, "try" 37 in 39, "begin" 7 in 7, "fail" 7 in 7, "have" 21 in 22).
_CHAIN_VERBS = frozenset(
    {"go", "continue", "try", "begin", "start", "fail", "tend", "have", "need", "attempt",
     "struggle", "manage", "hesitate", "bother", "proceed", "use"}
)  # fmt: skip


def chained(token: Token) -> Token | None:
    """The verb a leading verb hands over to, right after it ("went on to explain")."""
    if token.lemma_.lower() not in _CHAIN_VERBS:
        return None
    doc = token.doc
    for inner in token.children:
        if inner.dep_ not in {"xcomp", "advcl"} or inner.pos_ != "VERB" or inner.i < token.i:
            continue
        between = doc[token.i + 1 : inner.i]
        if all(
            (t.head == token and t.dep_ in {"prt", "advmod"})
            or (t.head == inner and t.dep_ == "aux")
            for t in between
        ):
            return inner
    return None


def _hands_over(token: Token, accept: Callable[[Token], bool]) -> bool:
    """Whether the verb hands over to a cue ("went on to say"), which makes it one cue with
    it: the classifier may accept the second verb alone."""
    inner = chained(token)
    if inner is None:
        return False
    return _goes_on_to_say(token, inner) or accept(inner)


def _goes_on_to_say(token: Token, inner: Token) -> bool:
    """Whether a verb goes on to a verb of saying that reports a clause: "went on to say
    that …", "proceeded to explain why …" (not "went to say goodbye", nor "goes on to
    encourage the voter to …"; "continued to support" the classifier decides)."""
    lemma = token.lemma_.lower()
    on = any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children)
    after = token.doc[inner.i + 1] if inner.i + 1 < len(token.doc) else None
    # "went on to say:" or "… to say “…”" before a quotation, "“…,” he went on to say." after one
    quoting = after is not None and (after.text in {":", ".", ","} or after.text in _QUOTE_MARKS)
    reports = quoting or any(c.dep_ == "ccomp" for c in inner.children)
    return (
        (lemma == "proceed" or (lemma == "go" and on))
        and reports
        and inner.lemma_.lower() in load_lexicon("speech_verbs", "attributions")
    )


@cache
def _ids_to_look_at(lemmas: frozenset[str]) -> tuple[frozenset[int], frozenset[int]]:
    """The ids of the lemmas (as the tagger writes them: lower-case, or capitalized on a
    name) and of the word forms a rule of ``find_spans`` takes."""
    wanted = lemmas | _CHAIN_VERBS | {"take"}
    words = {
        "according",
        "in",
        "to",
        "reportedly",
        *load_lexicon("verbs_read_as_nouns", "attributions"),
    }
    return (
        frozenset(get_string_id(v) for w in wanted for v in (w, w.capitalize(), w.upper())),
        frozenset(get_string_id(w) for w in words),
    )


_PCOMP = get_string_id("pcomp")


def _worth_a_look(doc: Doc, lemmas: frozenset[str]) -> list[Token]:
    """The words any rule of ``find_spans`` could take, in text order: a word whose lemma
    is among ``lemmas`` (those ``accept`` may take), "take" or a verb that hands over,
    "according", "in", "to", a noun of saying and the verb of "as saying". Reading the parse
    as one array and making tokens only for these keeps the other words, most of an
    article, from costing a token object and its lookups each."""
    lemma_ids, word_ids = _ids_to_look_at(lemmas)
    rows = doc.to_array([LOWER, LEMMA, DEP]).tolist()
    return [
        doc[i]
        for i, (lower, lemma, dep) in enumerate(rows)
        if lemma in lemma_ids or lower in word_ids or dep == _PCOMP
    ]


def _quoted_words(token: Token, quotes: Quotes) -> bool:
    """Whether a word stands inside a quotation, the last mark before it an opening one:
    not one run into the word or stop before it ('that document," the minister said. …
    According to …': a closing mark that damaged text led the pairing to take for an
    opening one)."""
    region = quotes.around(token.idx, token.idx + 1)
    if region is None:
        return False
    text = quotes.text
    mark = max(text.rfind(q, region[0], token.idx) for q in '"“”')
    if mark < 0 or text[mark] != '"':
        return mark < 0 or text[mark] == "“"  # another kind of mark, or a curly one
    return mark == 0 or not (text[mark - 1].isalnum() or text[mark - 1] in ",.;!?")


def find_spans(
    doc: Doc, accept: Callable[[Token], bool], quotes: Quotes, lemmas: frozenset[str]
) -> list[Found]:
    """Every attribution in the parse whose cue ``accept`` takes (``quotes``: of its text;
    ``lemmas``: the lemmas ``accept`` may take, lower-cased)."""
    found: list[Found] = []
    headline = headline_end(doc, quotes.text)
    # every word of a headline: a verb there may be read as a name ("Chief Slams …")
    candidates = [*doc[:headline], *(t for t in _worth_a_look(doc, lemmas) if t.i >= headline)]
    for token in candidates:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            # inside a quotation it is the speaker's own words, which the quotation's
            # attribution reports (PolNeAR train and dev mark none of 7)
            if not _goes_to_plan(doc[token.i + 1]) and not _quoted_words(token, quotes):
                found.append(_according_to(token, quotes))
        elif token.lower_ == "reportedly" and (hearsay := _reported(token, quotes)) is not None:
            found.append(hearsay)  # "The firm is reportedly weighing a sale"
        elif token.lower_ == "in" and (poll := _opening_poll(token)) is not None:
            found.append(_in_poll(token, poll, quotes))
        elif token.text == "To" and (viewer := _opening_viewer(token, quotes)) is not None:
            found.append(_to_viewer(token, viewer, quotes))
        elif token.pos_ in {"VERB", "AUX", "NOUN"} and (
            accept(token) or _stance_taken(token) is not None or _hands_over(token, accept)
        ):
            verb = _verb_cue(token, quotes)
            if verb.content is None and (tail := _said_at_end(token, quotes)) is not None:
                verb = tail  # "…, lobby group the CBI says.", the cue read as a relative
            found.append(verb)
        elif token.pos_ == "NOUN" and (tail := _tail_report(token, quotes)) is not None:
            found.append(tail)  # "…, the central bank forecast on Thursday."
        elif token.pos_ == "VERB" and (tail := _said_at_end(token, quotes)) is not None:
            found.append(tail)  # "…, Downing Street has indicated.", read as a second verb
        elif (
            token.pos_ == "PROPN"
            and token.i < headline
            and (titled := _headline_verb(token, quotes, headline)) is not None
        ):
            found.append(titled)  # "Senator Praises Rival Plan", the verb read as a name
    # "issued a statement saying …": the construction makes the participle a cue.
    speech = load_lexicon("speech_verbs", "attributions")
    for token in candidates:
        if (
            token.dep_ in _PARTICIPLE_DEPS
            and token.lemma_.lower() in speech
            and _publisher(token) is not None
            and not any(f.cue[0] <= token.idx < f.cue[1] for f in found)
        ):
            found.append(_verb_cue(token, quotes))
    # "the paper quoted an aide as saying …": the aide's words, within the paper's.
    for token in candidates:
        if _quoted_speaker(token) is not None and not any(
            f.cue[0] <= token.idx < f.cue[1] for f in found
        ):
            found.append(_verb_cue(token, quotes))
    found = [_through_medium(doc, quotes.text, f, found) for f in found]
    # A cue inside a longer one ("say" of "went on to say") is part of it.
    return [
        f
        for f in found
        if not any(o.cue != f.cue and o.cue[0] <= f.cue[0] and f.cue[1] <= o.cue[1] for o in found)
    ]


_SPEAKING_PRONOUNS = frozenset(
    {"him", "her", "them", "us", "me", "you", "whom", "everyone", "everybody", "someone",
     "somebody", "anyone", "anybody", "many", "others", "some", "most", "few", "all",
     "those"}
)  # fmt: skip


def _could_speak(noun: Token) -> bool:
    """Whether a noun can name who says something: a person, a group, an organization
    or a place by name, a personal pronoun, people in the plural ("experts") or a
    title; not "exuberance" in "marked by exuberance" nor a medium ("by email")."""
    if _names_medium(noun):
        return False
    if noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or noun.pos_ == "PROPN":
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ in _SPEAKING_PRONOUNS
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NNS"
        or categories().get(("noun", lemma)) in _PEOPLE
        or any(
            lemma in load_lexicon(*where)
            for where in (
                ("titles",),
                ("role_words",),
                ("body_nouns", "attributions"),
                ("unnamed_bodies", "attributions"),
            )
        )
    )


#: Categories of counted nouns (``data/quantities/categories.tsv``) that name people.
_PEOPLE = frozenset({"people", "troops", "protesters", "prisoners"})


def _misread_verb(token: Token) -> bool:
    """Whether a noun is a verb of saying the tagger read as a noun after its speaker:
    "the central bank forecast" with a determiner or a name before it."""
    return (
        token.lower_ in load_lexicon("verbs_read_as_nouns", "attributions")
        and token.pos_ == "NOUN"
        and any(c.dep_ in {"det", "compound"} and c.i < token.i for c in token.children)
        and not any(c.dep_ == "poss" for c in token.children)
    )


def _speaker_before(token: Token) -> Extent:
    """The words before a misread verb of saying, which name who says it, less the closing
    mark of a quotation the parser hung on them ('"…," the central bank forecast')."""
    doc = token.doc
    first = _first_word(token)
    last = doc[token.i - 1]
    return first.idx, last.idx + len(last)


def _first_word(token: Token) -> Token:
    """The first word of the speaker's phrase before a misread verb, less the marks and
    the report the parser hung on the verb ('"…," the 23-year-old wrote')."""
    words = [c.left_edge for c in token.lefts if c.dep_ not in {"punct", "ccomp", "parataxis"}]
    first = min(words, key=lambda w: w.i, default=token)
    while first.i < token.i - 1 and (first.text in _QUOTE_MARKS or first.text == ","):
        first = token.doc[first.i + 1]
    return first


def _tail_report(token: Token, quotes: Quotes) -> Found | None:
    """A sentence that ends "…, the central bank forecast on Thursday." with the verb
    read as a noun: the speaker before it is the source, the clause before the comma
    the content."""
    if not _misread_verb(token):
        return None
    doc = token.doc
    comma = _first_word(token).i - 1
    if comma > 0 and doc[comma].text in _QUOTE_MARKS:
        comma -= 1  # '"…," the brief states.': the comma closes a quotation
    sentence = token.sent
    if comma <= sentence.start or doc[comma].text != ",":
        return None
    rest = [t for t in doc[token.i + 1 : sentence.end] if not t.is_punct]
    if any(t.ent_type_ not in {"DATE", "TIME"} and t.lower_ not in {"on", "in"} for t in rest):
        return None  # only when: "forecast on Thursday"
    content = _clause_extent(doc, (sentence.start_char, doc[comma].idx))
    if content is None:
        return None
    content, quoted = _fix_quotes(doc, content, quotes)
    cue = (token.idx, token.idx + len(token))
    return Found(cue, _speaker_before(token), content, token.lemma_.lower(), False, quoted)


def _announced_before(text: str, quotation: Extent) -> bool:
    """Whether a quotation is whole sentences that a colon before it announces: the words
    of the speaker before the colon, not of one named after it."""
    if not text[: quotation[0]].rstrip().endswith(":"):
        return False
    return text[quotation[0] : quotation[1]].rstrip(_QUOTE_MARKS_TEXT)[-1:] in {".", "!", "?"}


def _said_at_end(token: Token, quotes: Quotes) -> Found | None:
    """A verb of saying that ends its sentence after a comma and the speaker's name, where
    the parser hung the verb elsewhere ("Fares will rise, the rail board has warned."):
    the speaker between the comma and the verb is the source, the clause before the
    comma the content."""
    doc = token.doc
    if (
        token.tag_ not in {"VBZ", "VBD", "VBN", "VBP"}
        or token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions")
        or token.i + 1 >= len(doc)
        or doc[token.i + 1].text != "."  # not "wrote:", which announces what follows
        or not _ends_sentence(token)
    ):
        return None
    last = token.i - 1
    while last > token.sent.start and doc[last].dep_ == "aux":
        last -= 1  # "has", "have"
    comma = last
    while comma > token.sent.start and doc[comma].pos_ in _NAME_WORDS:
        comma -= 1
    if (
        comma == last
        or doc[comma].text != ","
        or not _could_speak(doc[last])
        # two determiners: a thing and a relative clause ("a plan the union has rejected")
        or sum(t.pos_ == "DET" for t in doc[comma + 1 : last + 1]) > 1
    ):
        return None
    content = _clause_extent(doc, (token.sent.start_char, doc[comma].idx))
    span = doc.char_span(*content, alignment_mode="expand") if content is not None else None
    if span is None or not any(t.tag_ in FINITE_TAGS for t in span):
        return None
    content, quoted = _fix_quotes(doc, content, quotes)
    source = doc[comma + 1].idx, doc[last].idx + len(doc[last])
    cue = doc[last + 1].idx, token.idx + len(token)
    # the comma ends the report: the ranker would run it on over the speaker
    return Found(cue, source, content, token.lemma_.lower(), False, quoted, settled=True)


#: Words that may make up a speaker's name or title ("business lobby group the CBI").
_NAME_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART"})


def headline_end(doc: Doc, text: str) -> int:
    """The index of the first word after the article's opening line where that line is a
    headline in title case ("Senator Praises Rival Plan"), else 0."""
    end = text.find("\n")
    if end < 0:
        return 0
    longer = upper = 0
    stop = 0
    for token in doc:
        if token.idx >= end:
            break
        stop = token.i + 1
        if len(token) > 3 and token.is_alpha:
            longer += 1
            upper += token.text[0].isupper()
    return stop if longer >= _TITLE_WORDS and upper >= _TITLE_SHARE * longer else 0


#: A title-case headline: at least this many words of four letters or more, and this share
#: of them capitalized.
_TITLE_WORDS = 3
_TITLE_SHARE = 0.8
#: Words of a title-case headline that begin when or where, not what is said ("Pence Backs
#: Ryan After Vote", "… With Rival's Blessing").
_HEADLINE_BREAKS = frozenset(
    {"after", "amid", "with", "in", "despite", "before", "following", "during", "ahead",
     "instead"}
)  # fmt: skip


def _verb_stem(word: str) -> str | None:
    """The verb of saying a word ending in "-s" or "-ed" is a form of ("slams", "praised",
    "worries"), if any."""
    if word.endswith(("ies", "ied")):
        forms: tuple[str, ...] = (word[:-3] + "y",)
    elif word.endswith("s"):
        forms = (word[:-1], word[:-2])
    elif word.endswith("ed"):
        forms = (word[:-1], word[:-2], word[:-3])
    else:
        return None
    speech = load_lexicon("speech_verbs", "attributions")
    return next((form for form in forms if form in speech), None)


def _in_headline_name(token: Token) -> bool:
    """Whether a headline word can be part of the name before its verb ("France's Marine
    Le Pen", "This Big-Name Senator")."""
    if token.pos_ in {"PROPN", "NOUN", "ADJ", "DET", "NUM"} or token.tag_ == "POS":
        return True
    # a hyphen inside a word: "Big-Name"
    return (
        token.text in {"-", "–"}
        and not token.whitespace_
        and token.i > 0
        and not (token.doc[token.i - 1].whitespace_)
    )


def _ends_headline_report(token: Token) -> bool:
    """Whether a headline word ends what its verb reports: a comma, a stop, a dash, a word
    that begins when or where, or "And" before another verb of saying ("Backs Trump And
    Denounces …")."""
    if token.text in {",", ".", ";", "—", "–", "--"}:
        return True
    if not token.text[0].isupper():
        return False
    if token.lower_ in _HEADLINE_BREAKS:
        return True  # whatever the tagger took it for: it reads them as names too
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ == "and"
        and after is not None
        and after.text[0].isupper()
        and _verb_stem(after.lower_) is not None
    )


def _headline_verb(token: Token, quotes: Quotes, end: int) -> Found | None:
    """A verb of saying in a title-case headline that the tagger read as a name ("Senator
    Praises Rival Plan"): the name just before it is the source, the words after it, to the
    end of the line or a word that begins when or where, the content; for a verb of telling
    after a comma, the words before the comma ("Rates Will Fall, Banker Tells Forum"). A
    plural noun ("Exit Polls In …", "New Reports Reveal …") has a preposition or a verb
    after it."""
    if token.i == 0 or token.i + 1 >= end or not token.text[0].isupper():
        return None
    lemma = _verb_stem(token.lower_)
    if lemma is None:
        return None
    doc = token.doc
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.pos_ not in {"PROPN", "NOUN", "ADV"} or after.is_punct:
        return None
    if after.pos_ in {"ADP", "PART"} or after.lower_ in load_lexicon(
        "speech_verbs", "attributions"
    ):
        return None
    start = token.i - 1 if before.pos_ == "ADV" else token.i  # "Finally Endorses"
    first = start
    while first > 0 and _in_headline_name(doc[first - 1]):
        first -= 1
    if first == start:
        return None
    source = (doc[first].idx, doc[start - 1].idx + len(doc[start - 1]))
    opening = quotes.text[: source[0]].rstrip(" " + _QUOTE_MARKS_TEXT)
    if lemma in _TELLING and opening.endswith(","):
        said = (doc[0].idx, len(quotes.text[: source[0]].rstrip()))  # told to whom: after
    else:
        last = token.i + 1
        # a stop or a comma inside a quotation ends nothing: "Aide: ‘Very Good Plan.’"
        while last < end and (quotes.inside(doc[last].idx) or not _ends_headline_report(doc[last])):
            last += 1
        said = (after.idx, doc[last - 1].idx + len(doc[last - 1]))
    content, quoted = _fix_quotes(doc, said, quotes)
    cue = (doc[start].idx, token.idx + len(token))
    # the ranker learned its edges from sentences, not from a headline's run of names
    return Found(cue, source, content, lemma, False, quoted, settled=True)


#: How a participle or relative clause that reports a message hangs off its verb or noun.
_PARTICIPLE_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp"})
#: Nouns that count a message rather than name it ("a series of tweets").
_COUNTING_NOUNS = frozenset({"series", "string", "barrage", "flurry", "volley", "pair", "couple"})
#: Prepositions that say where a message was published ("in a statement", "on Twitter").
_MEDIUM_PREPS = frozenset({"in", "on", "via", "through"})


def _names_medium(noun: Token) -> bool:
    """Whether the noun is a message or where one was published ("a statement", "Twitter",
    "a series of tweets")."""
    if noun.lemma_.lower() in _COUNTING_NOUNS:
        counted = [g for p in noun.children if p.lower_ == "of" for g in p.children]
        if not counted:
            return False
        noun = counted[0]
    media = load_lexicon("media_nouns", "attributions")
    return noun.lower_ in media or noun.lemma_.lower() in media


def _publisher(token: Token) -> Token | None:
    """The verb that put out the message a participle or relative clause reports:
    "issued a statement saying …", "chimed in on Twitter, saying …", "released a letter
    that says …"; None for a participle that reports on its own ("denied the report,
    saying …")."""
    publishing = load_lexicon("publishing_verbs", "attributions")
    relative = any(c.lower_ in _RELATIVE and c.dep_ in _SUBJECTS for c in token.children)
    if (token.dep_ == "acl" and token.tag_ == "VBG") or (token.dep_ == "relcl" and relative):
        noun = token.head
        if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in _COUNTING_NOUNS:
            noun = noun.head.head  # "a series of tweets saying"
        verb = noun.head
        if (
            noun.dep_ == "dobj"
            and verb.i < noun.i
            and verb.lemma_.lower() in publishing
            and _names_medium(noun)
        ):
            return verb
        return None
    if token.dep_ not in {"advcl", "xcomp"} or token.tag_ != "VBG":
        return None
    verb = token.head
    if verb.pos_ != "VERB" or verb.i > token.i:
        return None
    for child in verb.children:
        if child.i > token.i:
            break
        if child.dep_ == "dobj" and verb.lemma_.lower() in publishing and _names_medium(child):
            return verb
        if (
            child.dep_ == "prep"
            and child.lower_ in _MEDIUM_PREPS
            and child.i > verb.i
            and any(g.dep_ == "pobj" and _names_medium(g) for g in child.children)
        ):
            return verb
    return None


def _only_medium(doc: Doc, own: Found, found: Found) -> bool:
    """Whether the publishing verb's own content is the message or the participle's
    report ("a statement saying …", "Twitter"), not a claim of its own."""
    assert own.content is not None
    start, end = own.content
    if start <= found.cue[0] < end:
        return True
    if not own.cue[1] <= start < found.cue[0]:
        return False
    between = doc.char_span(start, end, alignment_mode="expand")
    return between is not None and not any(t.pos_ in {"VERB", "AUX"} for t in between)


def _through_medium(doc: Doc, text: str, found: Found, every: list[Found]) -> Found:
    """A participle's attribution with the verb that put out its message in the cue, as
    PolNeAR marks it ("issued a statement saying", content: what the statement says).
    The verb's own attribution, inside the longer cue, then drops out; a verb with a
    content of its own ("said in a statement, calling for …") stays apart."""
    if found.according:
        return found
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    verb = _publisher(cue.root) if cue is not None else None
    if verb is None:
        return found
    own = next((f for f in every if f.cue[0] <= verb.idx < f.cue[1]), None)
    if own is not None and own.content is not None and not _only_medium(doc, own, found):
        return found
    start = _cue_extent(verb)[0]
    source, antecedent = found.source, found.antecedent
    if (
        source is None
        or start <= source[0] < found.cue[1]  # the message itself ("a statement saying")
        or text[source[0] : source[1]].lower() in _RELATIVE
    ):
        if own is not None:
            source = own.source
        else:
            subject = _source_of(verb)
            source = _source_extent(subject, verb) if subject is not None else None
        antecedent = None
    return replace(found, cue=(start, found.cue[1]), source=source, antecedent=antecedent)


#: What things go "according to" without anyone saying so ("if all goes according to plan").
_COURSES = frozenset({"plan", "schedule", "script", "expectation", "expectations", "design"})
#: What things are sorted by, never who says so ("ban people according to their race").
_TRAITS = frozenset(
    {"race", "religion", "nationality", "age", "gender", "sex", "size", "need", "ability",
     "merit", "way", "taste", "income", "rank", "class", "colour", "color", "instinct"}
)  # fmt: skip


#: Words that open a question a measure is told by ("according to how much …").
_QUESTION_WORDS = frozenset({"how", "what", "whether", "which", "where", "when", "who"})


def _goes_to_plan(to: Token) -> bool:
    """Whether "according to" names a course or a trait, not a source: a bare "plan",
    "schedule"; "their race", "the way it looks"; or a measure in a question ("paid
    according to how much they sell")."""
    following = to.doc[to.i + 1] if to.i + 1 < len(to.doc) else None
    if following is not None and following.lower_ in _QUESTION_WORDS:
        return True
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        following = to.doc[to.i + 1] if to.i + 1 < len(to.doc) else None
        objects = [following] if following is not None else []
    return any(
        (o.lower_ in _COURSES and not any(c.dep_ in {"det", "poss"} for c in o.children))
        or o.lemma_.lower() in _TRAITS
        for o in objects
    )


#: A word with a sentence's closing stop and a hyphen for the lost space after it
#: ("Service.-"), which the tokenizer keeps in one token.
_LOST_BREAK_WORD = re.compile(r"[A-Za-z)\]][.!?]-$")


def _lost_break_in(phrase: Token) -> Token | None:
    """The first word of the phrase that ends a sentence whose following space was lost."""
    doc = phrase.doc
    return next(
        (
            t
            for t in doc[phrase.left_edge.i : phrase.right_edge.i + 1]
            if _LOST_BREAK_WORD.search(t.text)
        ),
        None,
    )


def _according_to(token: Token, quotes: Quotes) -> Found:
    """ "according to X": X is the source, the clause it is attached to the content."""
    doc = token.doc
    to = doc[token.i + 1]
    cue = (token.idx, to.idx + len(to))
    objects = [c for c in to.children if c.dep_ in {"pobj", "pcomp"}]
    source = _source_extent(objects[0]) if objects else None
    anchor = token.head
    while anchor.head != anchor and not (
        anchor.pos_ in {"VERB", "AUX"} and anchor.dep_ in {"ROOT", "ccomp", "conj", "advcl"}
    ):
        anchor = anchor.head
    if (
        token.dep_ == "conj"
        and anchor.dep_ == "advcl"
        and anchor.tag_ == "VBG"
        and anchor.head.pos_ in {"VERB", "AUX"}
    ):
        # "The Senate passed the bill, sending it to the president, according to aides":
        # the parser joined "according" to the participle; the claim is the whole clause
        anchor = anchor.head
    scope = _subtree_extent(token)
    clause = _minus(quotes.text, _subtree_extent(anchor), scope)
    sentence = token.sent
    if objects:
        obj = objects[0]
        commas = [t.i for t in doc[obj.i + 1 : obj.right_edge.i + 1] if t.text == ","]
        cut = None  # the comma where the parser ran the source on into the claim
        if anchor == token:
            # "According to X, the plan reeks of panic" parsed as one phrase: the claim is
            # what follows the last comma of the phrase.
            if commas and commas[-1] + 1 < sentence.end:
                cut = commas[-1]
                rest = _clause_extent(doc, (doc[cut + 1].idx, sentence.end_char))
                clause = rest if rest is not None else clause
            elif obj.right_edge.i + 2 < sentence.end:
                # "According to X, making a loaf costs £2" with "according" for the root:
                # the claim is what follows the phrase
                after = doc[obj.right_edge.i + 1 : sentence.end]
                rest = _clause_extent(doc, (after[0].idx, sentence.end_char))
                if rest is not None and _has_verb(doc, rest):
                    clause = rest
        elif (
            token.i == sentence.start
            and not _has_subject(anchor)
            and commas
            and commas[0] + 1 < anchor.i
            and source is not None
        ):
            # "According to analysts at a bank, oil reserves from A, B and C could give …":
            # the parser took the claim's subject into the source; it starts after the
            # source's first comma.
            cut = commas[0]
            clause = (doc[cut + 1].idx, clause[1])
        elif (
            doc[token.i - 1].text in {":", ";"}
            and clause[0] < token.idx
            and obj.right_edge.i + 2 < sentence.end
            and doc[obj.right_edge.i + 1].text == ","
        ):
            # "… no insurance: according to estimates, only a quarter …": the claim is what
            # follows the phrase, not what the colon closes
            clause = (doc[obj.right_edge.i + 2].idx, clause[1])
        opening = [t for t in commas if quotes.starting_near(doc[t + 1].idx, limit=0)]
        if cut is None and opening and source is not None:
            # "The plan is, according to Dana Reid, “the biggest change …”": the parser
            # ran the source on into the quotation, which finishes the claim.
            cut = opening[0]
            clause = (min(clause[0], doc[cut + 1].idx), max(clause[1], scope[1]))
        if cut is not None and source is not None:
            source = (source[0], doc[cut - 1].idx + len(doc[cut - 1]))
    broken = _lost_break_in(objects[0]) if objects else None
    if broken is not None and source is not None and sentence.start < token.i:
        # "…, according to the weather service.- Temperatures in Ohio reached …": the
        # parser ran the next sentence into the source where the text lost the space
        # after its full stop; the source ends at the stop, the claim at the cue
        source = (source[0], broken.idx + len(broken.text.rstrip(".!?-")))
        clause = (clause[0] if clause[0] < cue[0] else sentence.start_char, cue[0])
    if anchor.pos_ not in {"VERB", "AUX"} and sentence.start > 0:
        # A verbless fragment is usually a sentence split too early ("… (MIT) Director …,
        # according to …"): the claim starts with the sentence before it.
        before = doc[sentence.start - 1]
        if before.text not in {".", "!", "?"} and not before.is_space:
            clause = (before.sent.start_char, clause[1])
    content, quoted = _fix_quotes(doc, clause, quotes)
    return Found(cue, source, content, "according to", True, quoted)


def _reported(token: Token, quotes: Quotes) -> Found | None:
    """ "The firm is reportedly weighing a sale": a report whose source the writer does not
    name. The claim is the clause the adverb qualifies from its subject on, the adverb in
    it unless it comes first, as PolNeAR marks it (19 of 29 in train); in a quotation it
    is the speaker's own hedge."""
    verb = token.head
    if token.dep_ != "advmod" or verb.pos_ not in {"VERB", "AUX"} or verb == token:
        return None
    if _quoted_words(token, quotes):
        return None
    cue = (token.idx, token.idx + len(token))
    clause = _subtree_extent(verb)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ in {"conj", "advcl"}:
        # "She runs the firm but has reportedly been ill", "They met, reportedly
        # discussing the deal": the first verb's subject
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    elif subject is None and verb.dep_ == "acl":
        subject = verb.head  # "a man reportedly armed with a knife"
    if subject is not None:
        # from the subject on: not "In total," or "When the vote was over," before it
        clause = (subject.left_edge.idx, clause[1])
    elif verb.left_edge == token:
        clause = _minus(quotes.text, clause, cue)  # "Reportedly, we are told, …"
    content, quoted = _fix_quotes(token.doc, clause, quotes)
    return Found(cue, None, content, "reportedly", False, quoted, settled=True)


#: What "In …," at the opening of a sentence names as the source of what follows:
#: "In a CBS News poll released Monday, 52 percent backed the plan".
_POLLS = frozenset({"poll", "survey"})


def _opening_poll(token: Token) -> Token | None:
    """The poll or survey a sentence opens with "In" ("In a Gallup poll last week, …"):
    PolNeAR train takes it for a source 19 times of 23; one later in the sentence ("a
    lead in the polls") 37 of 156."""
    if token.dep_ != "prep" or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    poll = next((c for c in token.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in _POLLS:
        return None
    first = next((t for t in token.sent if not (t.is_space or t.is_punct)), None)
    return poll if token == first else None


def _in_poll(token: Token, poll: Token, quotes: Quotes) -> Found:
    """ "In a poll …, X": the poll is the source, the clause after it the content."""
    cue = (token.idx, token.idx + len(token))
    phrase = _subtree_extent(token)
    clause = _minus(quotes.text, _subtree_extent(token.head), phrase)
    content, quoted = _fix_quotes(token.doc, clause, quotes)
    return Found(cue, _source_extent(poll), content, "in", False, quoted)


def _opening_viewer(token: Token, quotes: Quotes) -> Token | None:
    """Who a sentence that opens "To …," tells the view of ("To Ms Ruiz, the levy is a
    betrayal", "To them, …"): someone named or a pronoun, before a comma, outside a
    quotation (not "To varying degrees, …" nor "To a person, …")."""
    first = next((t for t in token.sent if not (t.is_space or t.is_punct)), None)
    if token != first or quotes.inside(token.idx):
        return None
    viewer = next((c for c in token.children if c.dep_ == "pobj"), None)
    if viewer is None or not (
        viewer.ent_type_ in {"PERSON", "ORG", "NORP"}
        or viewer.pos_ == "PROPN"
        or (viewer.pos_ == "PRON" and viewer.lower_ in _SPEAKING_PRONOUNS)
    ):
        return None
    after = token.right_edge.i + 1
    if after + 1 >= token.sent.end or token.doc[after].text != ",":
        return None
    return viewer


def _to_viewer(token: Token, viewer: Token, quotes: Quotes) -> Found:
    """ "To X, …": X is the source, the clause after the comma the content."""
    doc = token.doc
    cue = (token.idx, token.idx + len(token))
    source = (viewer.left_edge.idx, viewer.right_edge.idx + len(viewer.right_edge))
    rest = doc[token.right_edge.i + 2]
    content, quoted = _fix_quotes(doc, (rest.idx, token.sent.end_char), quotes)
    return Found(cue, source, content, "to", False, quoted)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in verb.children)


_OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})


def _addressee(doc: Doc, extent: Extent) -> bool:
    """Whether an extent only names whom something is said to: a pronoun or a person."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    if span is None:
        return False
    if len(span) == 1 and span[0].lower_ in _OBJECT_PRONOUNS:
        return True
    return all(t.ent_type_ == "PERSON" for t in span)


def _after_colon(doc: Doc, cue: Extent, quotes: Quotes) -> tuple[Extent, bool] | None:
    """What follows a cue's colon: a quotation (across paragraphs), else the rest of the
    sentence."""
    text = quotes.text
    following = _continuation(text, cue[1], quotes, skip=" \n\u00a0")
    if following is not None:
        return following, True
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    sentence = doc[span.end].sent
    if sentence.end <= span.end:
        return None
    rest = _clause_extent(doc, (doc[span.end].idx, sentence.end_char))
    return (rest, False) if rest is not None else None


def _speaker_outside(token: Token, quotes: Quotes) -> Token | None:
    """The head of the name just before the cue verb and after a quotation, or of the name
    right after the cue ("…,” said Leslie Wilson)."""
    doc = token.doc
    start = token.i
    while (
        start > 0
        and doc[start - 1].head == token
        and doc[start - 1].dep_ in _CUE_PREFIX_DEPS
        and not surname_may(doc[start - 1])
    ):
        start -= 1
    n = start - 1
    aside = n >= 0 and doc[n].text == "," and _before_aside(doc, n, quotes) != n
    if aside:
        n = _before_aside(doc, n, quotes)  # "…,” Ruiz, head of sales, told the BBC"
    names: list[Token] = []
    while n >= 0 and not quotes.inside(doc[n].idx) and "\n" not in doc[n].text:
        if doc[n].is_punct and doc[n].text not in {".", "(", ")", "-"}:
            break
        if doc[n].ent_type_ in {"DATE", "TIME"} and doc[n].head == token:
            n -= 1  # "Chuck Jordan said Monday" read as "Monday said"
            continue
        names.append(doc[n])
        n -= 1
    if names:
        inside = {t.i for t in names}
        heads = [t for t in names if t.head.i not in inside]
        nouns = [t for t in heads if t.pos_ in {"PROPN", "NOUN", "PRON"}]
        if nouns:
            return nouns[0]
    if aside:
        return None  # the speaker is the one the aside is about, if anyone
    if token.lemma_.lower() in _TOLD_TO:
        return None  # "…,” Ruiz, head of sales, told the BBC": whom it is told to
    after = token.i + 1
    while after < len(doc) and doc[after].pos_ in {"ADV", "PART"}:
        after += 1
    if token.tag_ in {"VBD", "VBZ", "VBP"} and _utterance_before(token, doc[start].idx, quotes):
        # “…,” said an agency statement; “…,” explained the nurse; “…,” cried one man
        while after < len(doc) and (doc[after].pos_ in {"DET", "NUM"} or doc[after].tag_ == "PRP$"):
            after += 1
    if after < len(doc) and doc[after].pos_ in {"PROPN", "NOUN"}:
        head = doc[after]
        while (
            head.head.i != head.i and head.head.pos_ in {"PROPN", "NOUN"} and head.head.i > token.i
        ):
            head = head.head
        return None if head.ent_type_ in {"DATE", "TIME"} else head
    return None


def _utterance_before(token: Token, position: int, quotes: Quotes) -> bool:
    """Whether a cue in lower case comes right after a quoted sentence of its own: one that
    opens its sentence and closes on a stop or a comma (“We are done,” said …), not a
    title or a word quoted within the reporter's words ('summed him up as “weak,”')."""
    text = quotes.text
    quotation = _quotation_before(text, position, quotes)
    if quotation is None or not token.text[:1].islower():
        return False
    words = text[quotation[0] : quotation[1]].rstrip(_QUOTE_MARKS_TEXT + " ")
    before = text[: quotation[0]].rstrip(" \u00a0")
    return words[-1:] in {",", ".", "?", "!"} and before[-1:] in {"", ".", "?", "!", ":", "\n"}


def _before_aside(doc: Doc, comma: int, quotes: Quotes) -> int:
    """The index of the last word before an aside in apposition that ends at ``comma``
    ("Ruiz, head of sales at the firm,"), or ``comma`` where none ends there: the aside
    holds no verb but a past participle and no quotation, and a noun comes before its
    opening comma."""
    n = comma - 1
    while n >= 0 and comma - n <= _APPOSITION_WORDS and doc[n].text != ",":
        verb = doc[n].pos_ in {"VERB", "AUX"} and doc[n].tag_ != "VBN"  # "based in Rome"
        if quotes.inside(doc[n].idx) or verb or doc[n].is_sent_start:
            return comma
        n -= 1
    if n < 1 or doc[n].text != "," or n == comma - 1:
        return comma
    return n - 1 if doc[n - 1].pos_ in {"PROPN", "NOUN"} else comma


def _after_apposition(token: Token, quotes: Quotes) -> bool:
    """Whether the cue comes right after an aside in apposition to a name ("Ruiz, head of
    sales at the firm, told")."""
    comma = cue_start(token) - 1
    return (
        comma > 0
        and token.doc[comma].text == ","
        and _before_aside(token.doc, comma, quotes) != comma
    )


def _name_read_as_auxiliary(token: Token) -> bool:
    """Whether the word before a cue is a name in capitals the parser took for its
    auxiliary ("IS said …", the group, read as "is said")."""
    start = cue_start(token)
    if start == 0:
        return False
    word = token.doc[start - 1]
    if word.head == token and word.dep_ == "advmod" and _name_read_as_adverb(word):
        return True  # "Morelly says", the name read as an adverb
    return (
        word.head == token
        and word.dep_ in {"aux", "auxpass"}
        and word.is_upper
        and len(word.text) > 1
        and not token.is_upper
    )


def _asked_before_answer(token: Token) -> bool:
    """Whether the cue is "asked" opening a clause before the answer's, with no subject of
    its own ("Asked if …, Ruiz said", "When asked about …, she replied"); the tagger
    takes such an "asked" for a past tense too, which without a subject it cannot be."""
    return (
        token.lemma_.lower() == "ask"
        and token.tag_ in {"VBN", "VBD"}
        and token.dep_ == "advcl"
        and token.i < token.head.i
        and not any(c.dep_ in _SUBJECTS for c in token.children)
    )


def _question_asked(token: Token, cue: Extent) -> Extent | None:
    """What an opening "asked" asks: the words hung on it after the cue, less who asked
    ("Asked by a reporter whether …": "whether …")."""
    parts: list[Token] = []
    for child in token.rights:
        if child.text == "," and child.dep_ == "punct" and parts:
            break  # the comma closes the question: the answerer after it is no part
        if child.dep_ in {"agent", "punct"}:
            continue
        if child.idx < cue[1]:  # "Asked about": what the preposition is about
            parts += [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
        else:
            parts.append(child)
    if not parts:
        return None
    extents = [_subtree_extent(part) for part in parts]
    return min(e[0] for e in extents), max(e[1] for e in extents)


def _with_closing_comma(text: str, source: Extent, cue: int) -> Extent:
    """A source that holds an aside, with the comma that closes the aside right before
    the cue ("Ruiz, head of sales," told), as PolNeAR marks it."""
    between = text[source[1] : cue]
    if between.strip() == "," and "," in text[source[0] : source[1]]:
        return source[0], source[1] + between.index(",") + 1
    return source


#: The most words of an aside in apposition between a speaker's name and the cue.
_APPOSITION_WORDS = 15


_ASIDE_NAME = re.compile(
    # an opening phrase may come first: "In a column for the paper, Ms Reid, who …, says"
    r"[ \u00a0]*(?:[A-Z][^,“”\"]{1,80},[ \u00a0]+)?"
    r"(?P<name>[A-Z][^,“”\"]{1,60}?),[ \u00a0]+(?:who|which|whose|[a-z]+ing|asked)\b"
    r"[^“”\"]{1,200},[ \u00a0]*$"
)


def _speaker_run_into_quotation(
    token: Token, quotes: Quotes, subject: Token | None
) -> tuple[Extent, Extent] | None:
    """The quotation and the name between it and the cue where the quotation closes inside
    the name's first word: a mark with no space after it, or a "?" or "-" for a lost one,
    makes one word of both ('… our town,"?Shams told a paper', '…,"?Rami Ali, head of the
    group, told'). None where a word of the sentence stands quoted in between, or where
    the cue has a subject the name is no part of."""
    doc = token.doc
    start = cue_start(token)
    sentence = _sentence_before_run_in(doc, start)
    first = max(sentence, start - _GLUED_NAME_WORDS)
    last = doc[start - 1]
    if start <= first or not quotes.ends_between(doc[first].idx, last.idx + len(last)):
        return None  # no quotation ends in the words before the cue: the common case
    n = start - 1
    while n >= sentence and not quotes.inside(doc[n].idx):
        if doc[n].text in {";", ":"} or start - n > _GLUED_NAME_WORDS:
            return None
        n -= 1
    if n < sentence:
        return None
    word = doc[n]
    if subject is not None and not subject.left_edge.i <= n <= subject.right_edge.i:
        return None
    quotation = quotes.around(word.idx, word.idx + 1)
    if quotation is None or not word.idx < quotation[1] < word.idx + len(word):
        return None
    begin = quotation[1] + (quotes.text[quotation[1]] in _LOST_SPACE)
    end = doc[start - 1].idx + len(doc[start - 1])
    if begin >= word.idx + len(word) or not quotes.text[begin].isalpha():
        return None
    rest = doc[n + 1 : start]
    opening = quotes.text[begin : word.idx + len(word)]
    if opening.lower() in LINKING_WORDS and len(rest) > 1:
        # '…"?Meanwhile, Rep. Ann Ruiz said': the linking word is no part of the name
        first = 1 if rest[0].text == "," else 0
        begin, opening, rest = rest[first].idx, rest[first].text, rest[first + 1 :]
    if not _glued_name(rest, opening):
        return None
    return quotation, (begin, end)


def _sentence_before_run_in(doc: Doc, start: int) -> int:
    """Where the sentence of a cue starting at ``start`` begins, taking in the sentence
    before where the parser ended it on the word a closing mark and the speaker were run
    into ('…taken away,"?she said.', where it read 'away,"?she' as a stop)."""
    sentence = doc[start].sent.start
    if start == sentence and start > 0:
        before = doc[start - 1].text
        if len(before) > 2 and before[-1].isalpha() and ('"' in before or "”" in before):
            return doc[start - 1].sent.start
    return sentence


def _post_left_in_quotation(
    doc: Doc, source: Extent, quotes: Quotes
) -> tuple[Extent, Extent] | None:
    """The quotation before a speaker and the speaker with their post, where the parser
    hung the post before the name in the quotation's clause ('"…," chairman and chief
    executive Ann Ruiz said': the source had been "Ann Ruiz")."""
    words_before = quotes.text[max(0, source[0] - _POST_CHARS) : source[0]]
    if not any(mark in words_before for mark in _CLOSING_QUOTE_MARKS):
        return None  # no quotation closes just before the name: the common case
    name = doc.char_span(source[0], source[1], alignment_mode="expand")
    if name is None or name[0].pos_ != "PROPN":
        return None
    n = name.start - 1
    while n > name.start - _MAX_POST_WORDS and n >= 0 and doc[n].pos_ in _POST_WORDS:
        n -= 1
    if n == name.start - 1 or n < 1 or doc[n].text not in _QUOTE_MARKS or doc[n - 1].text != ",":
        return None
    quotation = _quotation_before(quotes.text, doc[n + 1].idx, quotes)
    if quotation is None or doc[n + 1].pos_ == "CCONJ" or doc[n + 1].text[:1].isupper():
        return None  # '"…," but Ruiz said', or a name of its own after the mark
    return quotation, (doc[n + 1].idx, source[1])


#: Words of a speaker's post in lower case before their name ("chairman and chief executive").
_POST_WORDS = frozenset({"NOUN", "ADJ", "CCONJ"})
_MAX_POST_WORDS = 7
_POST_CHARS = 80  # room for the post's words and the closing mark before the name
_CLOSING_QUOTE_MARKS = ('"', "”")


#: What stands for a lost space after a closing mark in mangled text ('…,"?Shams said',
#: '…,"-Wanyeki wrote').
_LOST_SPACE = frozenset("?-")
#: The most words a name run into a quotation may take, with an aside after it.
_GLUED_NAME_WORDS = 25
#: First words that open no name: prepositions and linking words of a sentence.
_GLUED_NOT_NAMES = frozenset({"at", "in", "on", "for", "after", "before", "when", "while", "as"})
#: The most words after the first of a name run into a quotation, before any aside.
_GLUED_NAME_REST = 5


def _glued_name(rest: Span, first: str) -> bool:
    """Whether a first word and the words after it name a speaker: a capital or "he",
    "she", "they", "the" first, no verb and no word of a phrase of place or time first,
    and at most an aside set off by commas after the name ("Shams", "the congressman",
    "Rami Ali, head of the group,"; not "At another it")."""
    if not (first[:1].isupper() or first.lower() in {"he", "she", "they", "the"}):
        return False
    if first.lower() in _GLUED_NOT_NAMES:
        return False
    comma = next((t.i - rest.start for t in rest if t.text == ","), len(rest))
    name = rest[:comma]
    if len(name) > _GLUED_NAME_REST or any(t.pos_ in {"VERB", "AUX"} for t in name):
        return False
    return comma == len(rest) or rest[-1].text == ","


def _named_before_aside(token: Token, quotes: Quotes) -> Extent | None:
    """The name that opens a sentence, or follows a quotation, before its cue when a
    relative clause or a participle follows the name (“…,” Jim Cantrell, who worked at
    the firm, told a paper; “…,” Tom Azimy, reporting from Kabul, said; "Philip Wride,
    who co-manages the team, said …", where the parser hung the cue elsewhere)."""
    doc = token.doc
    sentence_start = token.sent.start_char
    before = quotes.text[sentence_start : token.idx]
    closing = max(before.rfind("”"), before.rfind('"'))
    if closing >= 0 and not quotes.inside(sentence_start + closing):
        return None
    if closing < 0 and token.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None  # "The group, which bills itself as …, sent a letter …, known as"
    start = sentence_start + closing + 1
    match = _ASIDE_NAME.match(quotes.text, start, token.idx)
    if match is None:
        return None
    span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
    if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in span):
        return None  # a clause, not a name: "This echoed the views of X, who …, calling"
    if len(span) > 1 and span[0].lower_ in LINKING_WORDS:
        span = span[1:]  # "But Tindall, who …, told"
    return span.start_char, span.end_char


def _an_age(token: Token) -> bool:
    """Whether a noun phrase the NER took for a date is someone's age ("the 36-year-old")."""
    return token.lower_ in {"old", "olds"} and any(t.lower_ == "year" for t in token.lefts)


def _a_share(token: Token) -> bool:
    """Whether a noun the NER took for a date is a share of people ("Almost a quarter,
    22%, said", "three quarters of voters say"), not a quarter of the year."""
    return token.lemma_.lower() == "quarter" and any(
        t.lower_ in {"a", "one"} or t.like_num for t in token.lefts
    )


def _after_word(token: Token) -> bool:
    """Whether the word before the verb is a noun of a phrase after a comma, as in "…,
    a statement from the airport said"."""
    doc = token.doc
    n = token.i - 1
    if n < 1 or doc[n].pos_ not in {"NOUN", "PROPN"}:
        return False
    while n > 0 and not doc[n - 1].is_punct and token.i - n < 12:
        n -= 1
    return n > 0 and doc[n - 1].text == ","


def _until_speech(doc: Doc, extent: Extent, quotes: Quotes, first: int) -> Extent | None:
    """A name after its cue (from token ``first`` on), cut where what is said begins
    ("Said Ellis: “…”")."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    if span is None:
        return None
    end = max(span.start, first)
    while end < span.end and doc[end].text not in {":", ";"} and not quotes.inside(doc[end].idx):
        end += 1
    start, end = _trim_tokens(doc, max(span.start, first), end)
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) if start < end else None


def _agent_of(token: Token) -> Token | None:
    """Who does what a passive verb tells ("reported by Politico" → Politico); not a time
    by which it is done ("expected by the end of 2027")."""
    return next(
        (
            g
            for c in token.children
            if c.dep_ == "agent"
            for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
        ),
        None,
    )


def _passive_parts(token: Token) -> tuple[Token, Token | None] | None:
    """The subject of a passive cue verb with no clause of its own, and its agent."""
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not subjects or any(c.dep_ in {"ccomp", "xcomp"} for c in token.children):
        return None
    return subjects[0], _agent_of(token)


#: Verbs whose subject is part of what is judged: passives of expecting, seeing and
#: judging ("is expected to", "is seen as", "has been criticized for") and verbs of
#: seeming ("seemed tired", "appears to be").
_RAISING_PASSIVES = frozenset(
    {
        "expect", "see", "believe", "think", "consider", "know", "say", "report", "rumor",
        "rumour", "project", "predict", "criticize", "criticise", "accuse", "blame",
        "credit", "deem", "regard", "view", "describe", "label", "dub", "estimate",
        "allege", "suspect", "praise",
    }
)  # fmt: skip
_SEEMING = frozenset({"seem", "appear"})
_COMPLEMENTS = frozenset({"xcomp", "oprd", "acomp", "attr", "ccomp"})
_COMPLEMENT_PREPS = frozenset({"as", "for", "of", "with", "to"})


def _raised_clause(token: Token, text: str) -> tuple[Extent, Token | None] | None:
    """The clause of a cue whose subject is part of the content, with its agent."""
    lemma = token.lemma_.lower()
    deps = {c.dep_: c for c in token.children}
    passive = "auxpass" in deps and deps["auxpass"].lower_ not in {"'s", "’s"}  # "he's said"
    if lemma in _RAISING_PASSIVES and "nsubjpass" in deps and passive:
        subject = deps["nsubjpass"]
    elif lemma in _SEEMING and "nsubj" in deps:
        subject = deps["nsubj"]
    else:
        return None
    complements = [
        c
        for c in token.rights
        if c.dep_ in _COMPLEMENTS or (c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS)
    ]
    if subject.i > token.i or not complements:
        return None
    if subject.lower_ == "it" and any(
        c.dep_ == "ccomp" or any(g.dep_ == "ccomp" for g in c.children) for c in complements
    ):
        return None  # "it appears that …", "it seems likely …": the clause alone
    last = max(c.right_edge for c in complements)
    return (_split_subject_start(token, subject, text), last.idx + len(last)), _agent_of(token)


def _split_subject_start(verb: Token, subject: Token, text: str) -> int:
    """Where a subject starts that the parser split in two at a list's comma or "and"
    ("Rent, wages, the price of bread … are expected") or between two words, not before
    a pronoun that starts a clause of its own ("…, she is seen") nor across a heading run
    into the text."""
    start = subject.left_edge
    if subject.pos_ == "PRON":
        return start.idx
    for part in sorted((c for c in verb.lefts if c.dep_ == subject.dep_), reverse=True):
        if part.i >= start.i:
            continue
        end = part.right_edge
        while end.i > part.i and end.is_punct:
            end = end.doc[end.i - 1]
        between = text[end.idx + len(end) : start.idx]
        gap = between.strip()
        # or run on with nothing between ("A violin owned by the late player| Ida Haendel
        # is expected …"), within a paragraph
        if gap not in {",", "and", "or", ", and", ", or"} and (gap or "\n" in between):
            break
        start = part.left_edge
    return start.idx


def _verb_cue(token: Token, quotes: Quotes) -> Found:
    """A verb (or noun) cue with its subject as the source and the clause it reports."""
    doc = token.doc
    text = quotes.text
    subject = _source_of(token)
    agent = _agent_of(token)
    if agent is not None and not _has_subject(token) and _could_speak(agent):
        # "…, as reported by the Financial Times", "a plan rebuffed by Republicans": who
        # reports or rebuffs is the agent, not the subject of the clause the cue hangs on
        subject = agent
    if subject is None and _name_read_as_auxiliary(token):
        subject = token.doc[cue_start(token) - 1]  # "IS said it was behind the attack"
    told_before = (
        _speaker_after_report(token, subject)
        or _speaker_after_cue(token, quotes)
        or _report_taken_for_subject(token)
    )
    if told_before is not None:
        subject = told_before[1]  # "Vandals daubed the statue, an official said"
    source = _source_extent(subject, token) if subject is not None else None
    if subject is None and _misread_verb(token):
        source = _speaker_before(token)  # "The agency forecast that …", read as a noun
    misread = subject is not None and (
        (quotes.inside(subject.idx) and not quotes.inside(token.idx))
        or (
            subject.ent_type_ in {"DATE", "TIME"}
            and not _an_age(subject)
            and not _a_share(subject)
            and not surname_may(subject)
        )
    )
    after_quote = subject is None and _quotation_before(text, token.idx, quotes) is not None
    # "…, a statement from the airport said": a reporting clause whose subject the parser
    # hung elsewhere
    unhung = subject is None and token.tag_ in {"VBD", "VBZ", "VBP"} and _after_word(token)
    # "Ann Ruiz, head of sales at the firm, told a paper that …", the name hung elsewhere
    # and the cue without a subject, or with the passive one of a clause it is joined to
    # ("Campaigns have been launched, Ann Ruiz, head of …, told a conference"), or that of
    # a verb it was joined to where the parser missed a sentence break ("… her trip to
    # the U.S. Ann Ruiz, head of …, told a paper")
    unhung = unhung or (
        not _has_subject(token)
        and (subject is None or subject.dep_ == "nsubjpass" or token.dep_ == "conj")
        and token.tag_ in {"VBD", "VBZ", "VBP"}
        and _after_apposition(token, quotes)
    )
    aside = _named_before_aside(token, quotes) if subject is None and not after_quote else None
    if aside is not None:
        # “…,” Jim Cantrell, who worked at the firm, told a paper: the name before the aside
        source = aside
    elif misread or (subject is None and token.is_sent_start) or after_quote or unhung:
        # The parser took words of the quotation or a time for the subject (“… the entire
        # Congress,” Rep. Cummings said; "12:15 p.m. Donald Trump says"), or found none
        # ("Said Ellis: …", “…,” said Edward Lee, an economist, “…”): the speaker is named
        # just before the cue, or right after it.
        outside = _speaker_outside(token, quotes)
        if outside is not None or misread or not _stray_subject(token, subject):
            subject = outside
            source = _source_extent(subject, token) if subject is not None else None
            if source is not None and subject is not None and subject.i > token.i:
                source = _until_speech(doc, source, quotes, token.i + 1)
            elif source is not None:
                source = _with_closing_comma(text, source, doc[cue_start(token)].idx)
    glued = _speaker_run_into_quotation(token, quotes, subject)
    if glued is None and source is not None and source[1] <= token.idx:
        glued = _post_left_in_quotation(doc, source, quotes)
    if glued is not None:
        # '“…,"?Shams told HuffPost': the name the closing mark was run into speaks
        source = glued[1]
    scope = _aside_extent(token) if token.dep_ in _INTERRUPTING else (token.idx, token.idx)
    inner = chained(token)
    raw_content: Extent | None
    if told_before is not None:
        raw_content, prep = told_before[0], None
        cue = _cue_extent(token)
    elif inner is None:
        raw_content, prep = _content_of(token, scope, text)
        cue = _cue_extent(token, prep)
        report_subject = _report_subject_before(token, subject)
        if raw_content is not None and report_subject is not None:
            raw_content = min(raw_content[0], report_subject.left_edge.idx), raw_content[1]
    else:  # "went on to say", "refused to disclose": one cue, the inner verb's content
        raw_content, prep = _content_of(inner, scope, text)
        cue = _cue_extent(token)[0], _cue_extent(inner, prep)[1]
    if raw_content is None and inner is None and told_before is None:
        wished = _for_clause(token)
        if wished is not None:
            # "called for the port to be reopened": "for" joins the cue, its clause is said
            mark, clause = wished
            cue = cue[0], max(cue[1], mark.idx + len(mark))
            raw_content = (doc[mark.i + 1].idx, clause.right_edge.idx + len(clause.right_edge))
    passive = _passive_parts(token) if inner is None else None
    raised = _raised_clause(token, quotes.text) if inner is None else None
    saying = _as_saying(token) if subject is not None and subject.dep_ == "nsubjpass" else None
    felt = _feeling(token) if inner is None else None
    if felt is not None:
        # "The move angered farmers", "Farmers were angered by the move": who feels it
        # holds the view, and what stirs it is what the view is about.
        feeler, cause, by = felt
        source = _source_extent(feeler, token)
        raw_content = _subtree_extent(cause)
        cue = _cue_extent(token) if by is None else (_cue_extent(token)[0], by.idx + len(by))
    elif saying is not None:
        # "Kim was quoted as saying", "was quoted in the paper as saying the port would
        # reopen": who is quoted says it, what the saying reports is said.
        cue = cue[0], saying.idx + len(saying)
        reported, _ = _content_of(saying, scope, text)
        if reported is not None:
            raw_content = reported
    elif raised is not None:
        # "The tax is expected to raise billions", "the mayor seemed tired": the whole
        # clause is what is expected or how things seem; who expects it, if anyone, is
        # the agent.
        raw_content, agent = raised
        source = _source_extent(agent) if agent is not None else None
        if agent is not None and agent.i > token.i:
            cue = _cue_extent(token)  # "criticized by farmers for": the agent is no cue
    elif token.lemma_.lower() in _SEEMING and subject is not None and subject.lower_ == "it":
        source = None  # "it seems that …": nobody is named
    elif passive is not None and raw_content is None:
        # "The meeting was first reported by Politico": what is reported is the subject,
        # who reports it the agent.
        theme, agent = passive
        # "Ruiz was asked by a reporter": who is asked is whom it is said to, not what;
        # "the question was asked" is what
        if token.lemma_.lower() not in _ASKING or not _could_speak(theme):
            raw_content = _source_extent(theme, token)
        source = _source_extent(agent) if agent is not None else None
        cue = _cue_extent(token)
    elif (
        subject is not None
        and subject.dep_ == "nsubjpass"
        and _agent_of(token) is None
        and not _active_beside_passive(token, subject)
    ):
        # "The officer was charged with manslaughter", "a curfew was announced from
        # midnight": the subject is what is told of; nobody is named as telling it. An
        # active verb joined to the passive one has it for its speaker ("Ruiz was hurt in
        # the crash and fears for her job").
        source = None
    elif _shares_passive_subject(token):
        # "The summit opens on Monday and is widely expected to last a week": the subject
        # of the verb the passive is joined to is what is expected, not who expects it.
        source = None
    elif _participle_of_belief(token):
        # "hit by a missile, believed to be a coin", "Others thought to be in the running":
        # a participle the tagger took for a past tense; nobody is named as believing it
        source = None
    if _asked_before_answer(token):
        # "Asked if the deal was dead, Ruiz said …": the question is what is asked, and
        # whoever asked it is named only by "by" ("Asked by a reporter"); the one asked
        # answers in the main clause.
        source = _source_extent(agent) if agent is not None else None
        raw_content = _question_asked(token, cue) or raw_content
    content, quoted = _fix_quotes(doc, raw_content, quotes)
    if content is not None and not quoted:
        content = _without_trailing_aside(doc, content)
    left = min(cue[0], source[0]) if source else cue[0]
    right = max(cue[1], source[1]) if source else cue[1]
    before = _quotation_before(text, left, quotes)
    if glued is not None and source == glued[1]:
        before = glued[0]
    if before is not None and "\n" in text[before[1] : left]:
        before = None  # “… remark.”¶The mayor wrote to him: a new paragraph's own report
    if before is not None and _announced_before(text, before):
        before = None  # 'Ms Ruiz said: "… soon." Mr Hale wrote to her': Ruiz's words
    if (
        before is not None
        and quoted
        and content is not None
        and content[0] > cue[1]
        and text[before[0] : before[1]].rstrip(_QUOTE_MARKS_TEXT)[-1:] in {".", "!", "?"}
    ):
        before = None  # “… change.” She adds, “…”: the earlier quotation was finished
    announced = _after_colon(doc, cue, quotes) if text[cue[1] - 1] == ":" else None
    if announced is None and content is not None and not quoted and _addressee(doc, content):
        # "asking her, “Where do we go from here?”": whom it is said to is no content.
        told = _continuation(text, content[1], quotes, skip=" ,:\u00a0")
        if told is not None:
            announced = told, True
    if announced is not None:
        # "he added: “…”": what a colon after the cue announces is the content.
        content, quoted = announced
    elif before is not None and (
        content is None
        or content[0] <= before[0]
        or (source is not None and content[0] <= source[0] < content[1])  # a misread parse
        or content[1] <= before[1]  # a clause of the quotation the parser hung the cue on
        or (content[0] > cue[1] and (quoted or _told_to(doc, text, content, before, token)))
    ):
        # “…,” he said: the quotation before the cue is the content, and so is a
        # quotation resumed after it (“…,” he said, “…” or “…,” he said. “…”).
        opening = content[0] if content is not None else before[0]
        if not (opening < before[0] and _opens_quotation(doc, text, opening, before)):
            opening = _sentence_around(doc, text, before)
        content, quoted = (opening, before[1]), True
        resumed = _resumed_after(text, _cue_phrase_end(token, right, quotes), quotes)
        resumed = resumed or _next_sentence_quote(token, quotes)
        resumed = resumed or _quote_after_sentence(text, right, quotes)
        if (
            resumed is not None
            and not _hands_over_to_cue(text, resumed)
            and not _quoted_name(text, resumed)
        ):
            content = (content[0], resumed[1])
    elif (
        content is not None
        and content[1] <= left
        and quotes.starting_near(content[0], limit=0) is not None
    ):
        # “I admire the mechanics” of the plans, he said. “They're detailed …”: a content
        # that opens with a quotation before the cue takes in the quotation resumed after it.
        resumed = _resumed_after(text, right, quotes)
        if resumed is not None:
            content, quoted = (content[0], resumed[1]), True
    elif content is not None and quoted:
        resumed = _continuation(text, token.right_edge.idx + len(token.right_edge), quotes)
        if resumed is not None and resumed[0] > content[1]:
            content = (content[0], resumed[1])
    if content is None and _quoted_speaker(token) is not None:
        # “…,” the paper quoted an aide as saying: the quotation before the report.
        quoting = token.head.head
        reporter = next((c for c in quoting.lefts if c.dep_ in _SUBJECTS), quoting)
        content = _quotation_before(text, reporter.left_edge.idx, quotes)
        quoted = content is not None
    if content is None:
        # A quotation right after the cue, or after a speaker named after it ("Said Ellis:
        # “…”"); else a "that" clause the parser hung on a phrase that sets the saying.
        following = _continuation(text, right, quotes, skip=" :,\u00a0")
        if following is not None:
            content, quoted = following, True
        else:
            content = _delayed_that(doc, token, cue)
    if content is not None:
        # "she has one quality: “Steadiness …”": a quotation after a colon continues it;
        # "made the following comment: “…”": a word for what is said joins the cue, and
        # the quotation it announces is the content.
        n = content[1]
        while n < len(text) and text[n] in " \u00a0":
            n += 1
        if n < len(text) and text[n] == ":":
            after = _continuation(text, n + 1, quotes, skip=" \n\u00a0")
            if after is not None and not quoted and _names_words(doc, content, cue):
                cue, content, quoted = (cue[0], n + 1), after, True
            elif after is not None:
                content = (content[0], after[1])
    if content is not None and not quoted and content[1] <= cue[0]:
        content = _without_linking_word(doc, content)
    if content is not None and quoted:
        content = _quoted_paragraphs_after(text, content, max(right, cue[1]), quotes)
    if content is not None and not quoted:
        content = _resumed_after_cue(token, quotes.text, content, left, max(right, cue[1]))
    if source is not None and cue[0] < source[0] < cue[1]:
        # "Asked by a reporter about …": the cue does not run over its source
        cue = cue[0], min(cue[1], _cue_extent(token)[1])
    set_off = _name_set_off(token, quotes) if not quoted else None
    if set_off is not None and _misread_set_off(doc, set_off[0], source, content):
        # "Instead, said Mr Hale, the ferries …": the name between the commas is the
        # speaker; the sentence around the cue is the report.
        source, content = set_off
    return Found(
        cue,
        source,
        _same_paragraph(text, content, left, quoted),
        token.lemma_.lower(),
        False,
        quoted,
        _antecedent_extent(subject) if subject is not None else None,
    )


def _shares_passive_subject(token: Token) -> bool:
    """Whether a cue is a passive verb with no subject and no agent of its own, joined to
    a verb whose subject it shares ("… and was forecast to grow")."""
    return (
        token.dep_ == "conj"
        and any(c.dep_ == "auxpass" and c.lower_ not in {"'s", "’s"} for c in token.children)
        and not _has_subject(token)
        and _agent_of(token) is None
    )


def _participle_of_belief(token: Token) -> bool:
    """Whether a verb of believing is a passive participle with no "be" ("a coin, believed
    to be …"): "to be" right after it, and no object, which only the passive allows."""
    if (
        token.lemma_.lower() not in _BELIEVED
        or token.tag_ not in {"VBD", "VBN"}  # not "a defeat he believes to be his worst"
        or token.i + 2 >= len(token.doc)
    ):
        return False
    doc = token.doc
    return (
        doc[token.i + 1].lower_ == "to"
        and doc[token.i + 2].lemma_ == "be"
        and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in token.children)
    )


#: Verbs of believing that take no infinitive of their own in the active voice.
_BELIEVED = frozenset({"believe", "think", "rumour", "rumor"})


def _active_beside_passive(token: Token, subject: Token) -> bool:
    """Whether a cue is an active verb joined to the passive verb whose subject it shares
    ("Ruiz was hurt in the crash and fears for her job", "was arrested and said he …"),
    not a participle sharing its passive ("are stopped and told to wait")."""
    if token.dep_ != "conj" or subject.head != token.head:
        return False
    if token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions"):
        return False  # "… were seen, and others took pictures": a misread deed
    return (
        token.tag_ in {"VBZ", "VBP"}
        or (token.tag_ == "VBD" and any(c.dep_ in {"ccomp", "dobj"} for c in token.children))
        or _perfect_beside_passive(token)
    )


def _perfect_beside_passive(token: Token) -> bool:
    """Whether a cue is a perfect of its own joined to a passive ("was not fined, but has
    agreed to …"), with no relative clause between them that it may go on ("was asked by
    Ruiz, who backs him, but has dismissed …")."""
    return (
        token.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in token.children)
        and not any(t.dep_ == "relcl" for t in token.doc[token.head.i : token.i])
    )


#: Prepositions after a set-off cue that say where, when or to whom it was said, or add a
#: circumstance ("…, officials said, with shelters open"), not how what is said came about.
_SAYING_PREPS = frozenset(
    {"in", "on", "at", "during", "to", "after", "before", "from", "via", "with", "amid"}
)


def _resumed_after_cue(token: Token, text: str, content: Extent, left: int, right: int) -> Extent:
    """A report the cue interrupts goes on after it to the end of its sentence ("The firm
    grew, Ms Ruiz believes, by buying its rivals"): a phrase after the cue's closing comma
    that tells how or why, not where or when it was said."""
    doc = token.doc
    if content[1] > left or text[content[1] : left].strip() != ",":
        return content
    after = next((t for t in doc[token.i + 1 : token.sent.end] if t.idx >= right), None)
    if after is None or after.text != "," or after.i + 1 >= token.sent.end:
        return content
    phrase = doc[after.i + 1]
    resumes = phrase.head == token and (
        (phrase.dep_ == "prep" and phrase.lower_ not in _SAYING_PREPS)
        or (phrase.dep_ == "advcl" and phrase.tag_ != "VBG")
    )
    if not resumes:
        return content
    last = token.sent.end - 1
    while last > phrase.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return content[0], doc[last].idx + len(doc[last])


def _for_clause(token: Token) -> tuple[Token, Token] | None:
    """The "for" right after a cue and the clause it opens, where the parser read the two
    as "for" marking a clause ("called for the port to be reopened")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "for":
        return None
    mark = doc[token.i + 1]
    clause = mark.head
    if mark.dep_ != "mark" or clause.head != token or clause.dep_ not in {"advcl", "ccomp"}:
        return None
    return mark, clause


def _name_set_off(token: Token, quotes: Quotes) -> tuple[Extent, Extent] | None:
    """A name set off by commas right after a cue inside the sentence it reports ("Then,
    says Ms Ortiz, the village turned up"): the name's extent and the sentence's, less
    a word that links it to the one before and its closing stop."""
    doc = token.doc
    if (
        token.i < 2
        or doc[token.i - 1].text != ","
        or token.tag_ not in {"VBD", "VBZ", "VBP"}
        or token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions")
        or quotes.inside(token.idx)
    ):
        return None
    end = token.i + 1
    while end < token.sent.end and doc[end].pos_ == "PROPN":
        end += 1
    if end == token.i + 1:
        end = _unnamed_speaker_end(doc, end, token.sent.end)
    if end == token.i + 1 or end + 2 >= token.sent.end or doc[end].text != ",":
        return None
    if doc[end + 1].text in _QUOTE_MARKS_TEXT:
        return None
    first, last = _trim_tokens(doc, token.sent.start, token.sent.end, clause=True)
    if first >= last:
        return None
    name = (doc[token.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
    close = doc[last - 1].idx + len(doc[last - 1])
    report = _without_linking_word(doc, (doc[first].idx, close))
    if report[0] >= token.idx:  # only a linking word before the cue: "Then, says …"
        report = doc[end + 1].idx, close
    return name, report


#: Words of a short phrase naming a speaker with no name ("say analysts", "says one aide").
_SPEAKER_PHRASE = frozenset({"DET", "ADJ", "NUM", "NOUN"})


def _unnamed_speaker_end(doc: Doc, start: int, stop: int) -> int:
    """The end of a short phrase from ``start`` whose last word names who speaks
    ("analysts", "most economists"); ``start`` where there is none."""
    end = start
    while end < min(stop, start + 4) and doc[end].pos_ in _SPEAKER_PHRASE:
        end += 1
    if end > start and doc[end - 1].pos_ == "NOUN" and _could_speak(doc[end - 1]):
        return end
    return start


def _misread_set_off(doc: Doc, name: Extent, source: Extent | None, content: Extent | None) -> bool:
    """Whether the parser read a name set off after its cue as part of the report (no
    source, the content holding the name) or ran the source on into the report's
    clause ("Ms Ortiz, the whole village turned up")."""
    if source is None:
        # the content starting at the name, or running over it from the sentence's start
        return content is not None and content[0] <= name[0] < content[1]
    if source[0] != name[0] or source[1] <= name[1]:
        return False
    rest = doc.char_span(name[1], source[1], alignment_mode="expand")
    if rest is None:
        return False
    if rest.end < len(doc) and doc[rest.end].pos_ in {"AUX", "VERB"}:
        return True  # the report's subject taken into the source, its verb right after
    # a clause with its own subject, not an aside on the name ("an analyst who …")
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in _RELATIVE and c in rest
        for t in rest
        if t.pos_ in {"VERB", "AUX"}
        for c in t.children
    )


#: Words that link a sentence to the one before, not part of what is said ("But the
#: plan will fail, he said": PolNeAR train leaves "But" out 63 times in 75, "And" 32 in 34).
LINKING_WORDS = frozenset(
    {"but", "and", "still", "indeed", "yet", "instead", "then", "however", "meanwhile",
     "nonetheless", "nevertheless", "moreover", "furthermore"}
)  # fmt: skip


def _without_linking_word(doc: Doc, content: Extent) -> Extent:
    """A content told before its cue, without the word that opens its sentence to link
    it to the one before."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) < 3:
        return content
    first = span[0]
    if not (
        first.is_sent_start and first.lower_ in LINKING_WORDS and first.dep_ in {"cc", "advmod"}
    ):
        return content
    if span[1].lower_ == "of":
        return content  # "Instead of building more roads, …": a preposition, not a link
    rest = first.i + 1
    while rest < span.end - 1 and (doc[rest].is_space or doc[rest].text == ","):
        rest += 1
    return doc[rest].idx, content[1]


def _delayed_that(doc: Doc, token: Token, cue: Extent) -> Extent | None:
    """A "that" clause after a phrase that sets the saying, which the parser hung
    elsewhere: "tweeted in the early hours that …", "reported at the time that …"."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None:
        return None
    end = token.sent.end
    for n in range(span.end + 1, min(span.end + 10, end)):
        word = doc[n]
        if word.lower_ == "that":
            clause = word.head
            if clause.i > n and any(c.dep_ in _SUBJECTS and c.i > n for c in clause.children):
                first, last = _trim_tokens(doc, n, min(clause.right_edge.i + 1, end))
                if first < last:
                    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
            return None
        if word.pos_ in {"VERB", "AUX"} or word.is_punct or word.is_space:
            return None
    return None


_ASIDE_DEPS = frozenset({"relcl", "advcl", "acl", "conj", "appos"})
_ASIDE_WORDS = frozenset({"who", "which", "whose"})


def _without_trailing_aside(doc: Doc, content: Extent) -> Extent:
    """A content without the aside after a comma that ends it: ", who is 70",
    ", which …", ", saying …", ", arguing that …" are the writer's, not the source's."""
    span = doc.char_span(content[0], content[1], alignment_mode="contract")
    if span is None or len(span) < 4:
        return content
    for token in span[2:]:
        comma = doc[token.i - 1]
        inside = span.start <= token.head.i < span.end
        if comma.text not in {",", "—", "–", "--"} or not inside:
            continue
        clause = token.head if token.dep_ in {"nsubj", "mark"} else token
        if clause.dep_ not in _ASIDE_DEPS or clause.right_edge.i < span.end - 2:
            continue
        if token.tag_ == "VBG" and _resumes_after_aside(doc, comma.i, span.start):
            continue  # "who are, in fact, looking for work": the verb goes on
        if token.lower_ in _ASIDE_WORDS or (token.tag_ == "VBG" and clause is token):
            start, end = _trim_tokens(doc, span.start, comma.i)
            if end > start:
                return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return content


def _resumes_after_aside(doc: Doc, comma: int, start: int) -> bool:
    """Whether a comma closes a short aside set off after an auxiliary, so that the words
    after it finish the verb the aside interrupts ("who are, in fact, looking for work")."""
    for opening in range(comma - 1, max(start, comma - 5), -1):
        if doc[opening].text == ",":
            between = doc[opening + 1 : comma]
            return doc[opening - 1].pos_ == "AUX" and not any(
                t.pos_ in {"VERB", "AUX"} for t in between
            )
    return False


def _same_paragraph(
    text: str, content: Extent | None, cue_start: int, quoted: bool
) -> Extent | None:
    """A content that starts in an earlier paragraph than its cue starts in the cue's; one
    that is no quotation ends with the paragraph it starts in (where the sentence
    splitter ran on over a break: "… to the U.S.\n\n“Bad things …”")."""
    if content is not None and not quoted:
        end = text.find("\n", max(content[0], cue_start), content[1])
        if end >= 0:
            while end > content[0] and text[end - 1] in _TRIM:
                end -= 1
            if end > max(content[0], cue_start):
                content = (content[0], end)
    if content is None or content[0] >= cue_start:
        return content
    paragraph = text.rfind("\n", content[0], cue_start)
    if paragraph < 0:
        return content
    start = paragraph + 1
    while start < content[1] and text[start] in _TRIM:
        start += 1
    return (start, content[1]) if start < content[1] else content


_WORDS_SAID = frozenset(
    {"comment", "remark", "word", "question", "answer", "response", "reply", "warning"}
)


def _names_words(doc: Doc, content: Extent, cue: Extent) -> bool:
    """Whether a content right after its cue is a phrase for words said ("the following
    comment", "a statement", "these words") rather than what is said."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or content[0] < cue[1] or _has_verb(doc, content):
        return False
    head = span.root.lemma_.lower()
    media = load_lexicon("media_nouns", "attributions")
    return head in _WORDS_SAID or head in media or any(t.lower_ == "following" for t in span)


#: Verbs whose object after a quotation is whom the quotation is told or put to.
_TELL_ASK = frozenset({"tell", "ask"})


def _told_to(doc: Doc, text: str, extent: Extent, quotation: Extent, verb: Token) -> bool:
    """Whether an extent after a verb of telling or asking only names whom the quotation
    before the verb is told or put to: no clause ("told the crowd"), or, after a quotation
    its speaker breaks off with a comma or a question mark, a noun phrase that a clause
    only describes ("a dinner honoring his work", "a meeting in the city"; not after
    '… all leads." The office asks anyone who …'); not what is asked for or about
    ('"…," they wrote, asking for answers')."""
    if verb.lemma_ not in _TELL_ASK:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"for", "about"} for c in verb.children):
        return False
    if not _has_verb(doc, extent) or _ADDRESSEE_RUN_IN.match(text, extent[0]):
        # '"…,"?she told People.-"I knew …"': whom it was told to, and the next quotation
        # run into the name where the text lost the space
        return True
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    ending = text[quotation[0] : quotation[1]].rstrip(_QUOTE_MARKS_TEXT)[-1:]
    return span is not None and ending in {",", "?"} and span.root.pos_ in _NOMINAL


#: A name with a stop, a hyphen for the lost space and the next quotation's opening mark
#: run into it ('People.-"I').
_ADDRESSEE_RUN_IN = re.compile(r"[A-Z][\w'’]*[.]-?[\"“]")


def _has_verb(doc: Doc, extent: Extent) -> bool:
    """Whether an extent holds a clause, not just whom it was told to ("told the crowd")."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)


#: Words that make a clause after the cue say when it was said, not what.
_WHEN_MARKS = frozenset({"after", "before", "when", "as", "once", "ago"})


def _aside_extent(token: Token) -> Extent:
    """The words of a cue that interrupts what it reports ("…, Mr. Clarke said, …"): its
    subtree, less a clause after a comma that goes on with the report ("…, the agency
    said in a report, and those in the bottom fifth paid …", "…, he said, until …")."""
    doc = token.doc
    start, end = _subtree_extent(token)
    speech = load_lexicon("speech_verbs", "attributions")
    for child in token.lefts:
        after = child.right_edge.i + 1
        if (
            child.dep_ == "advcl"
            and after < token.i
            and doc[after].text == ","
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            # "Though the move was smooth, he said, replacing her …": the parser hung the
            # report's opening clause on the cue.
            start = max(start, doc[after + 1].idx)
    for child in token.rights:
        first = child.left_edge.i - 1
        if first > token.i and doc[first].dep_ == "cc" and doc[first].head == token:
            first -= 1  # "…, and those in the bottom fifth paid …"
        if (
            child.dep_ in {"advcl", "conj"}
            and first > token.i
            and doc[first].text == ","
            and child.lemma_.lower() not in speech
            and any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in child.children)
            and not any(c.lower_ in _WHEN_MARKS for c in child.subtree)
        ):
            end = min(end, doc[first].idx)
    return start, end


def _sentence_around(doc: Doc, text: str, quotation: Extent) -> int:
    """Where the report holding a quotation starts: the start of its sentence where the
    words before it begin the clause it finishes ('Progress should be checked "at set
    times", the report adds'), else the quotation's own start."""
    first = doc.char_span(quotation[0], quotation[1], alignment_mode="expand")
    if first is None or len(first) == 0:
        return quotation[0]
    start = first[0].sent.start_char
    if start < quotation[0] and _opens_quotation(doc, text, start, quotation):
        return start
    return quotation[0]


def _opens_quotation(doc: Doc, text: str, start: int, quotation: Extent) -> bool:
    """Whether the words from ``start`` up to a quotation in the same sentence begin the
    clause it finishes (Reyes “signed the deal in secret,” …; the plan is “a disaster,” …):
    then they are part of what is said."""
    span = doc.char_span(start, quotation[1], alignment_mode="expand")
    if span is None or any(t.is_sent_start for t in span[1:]):
        return False
    if text[start : quotation[0]].rstrip(" -\u00a0")[-1:] in {".", "!", "?"}:
        return False  # a sentence the parser ran into the quotation ("an analyst.-“…”")
    inside = {t.i for t in span if t.idx >= quotation[0]}
    before = [t for t in span if t.i not in inside and not t.is_punct]
    speech = load_lexicon("speech_verbs", "attributions")
    if any(_announces(t, text) for t in span if t.i not in inside) or (
        _set_off_quotation(text, quotation)
        and any(t.pos_ == "VERB" and t.lemma_.lower() in speech for t in before)
    ):
        return False  # "… declared: “…”", "added, “…”": the words announce the quotation
    opening = {t.i for t in before}
    return any(t.head.i in inside for t in before) or any(
        t.head.i in opening for t in span if t.i in inside
    )


def _announces(token: Token, text: str) -> bool:
    """Whether a colon or a dash announces what follows; a hyphen inside a word
    ("one-off") does not."""
    if token.text not in _ANNOUNCING:
        return False
    start, end = token.idx, token.idx + len(token)
    inside_word = start > 0 and end < len(text) and text[start - 1].isalnum()
    return not (inside_word and text[end].isalnum())


def _set_off_quotation(text: str, quotation: Extent) -> bool:
    """Whether a quotation stands apart from the words before it: set off by a comma or
    colon, or opening with a capital ('added, “…”', 'told him “We …”'); a quoted phrase
    run on in lower case ('wants to see them leave “as soon as it can”') finishes the
    clause before it, whatever verb that clause has."""
    before = text[: quotation[0]].rstrip()
    first = next((c for c in text[quotation[0] : quotation[1]] if c.isalnum()), "")
    return before[-1:] in {",", ":", ""} or not first.islower()


def _cue_phrase_end(token: Token, position: int, quotes: Quotes) -> int:
    """Where the words that go with a cue end, from ``position`` on, before a quotation
    resumes: “…,” he told the host, “…”; “…,” she said during a visit to Ohio, “…”."""
    doc = token.doc
    end = position
    speech = load_lexicon("speech_verbs", "attributions")
    for word in doc[token.i + 1 : token.sent.end]:
        if word.idx < position:
            continue
        if word.text in _STOPS or word.text in _QUOTE_MARKS or quotes.inside(word.idx):
            break
        if word.head != token and token not in word.ancestors:
            break
        if word.pos_ == "VERB" and word.lemma_.lower() in speech:
            return position  # “…,” he said, adding “…”: another cue's quotation
        end = word.idx + len(word)
    # Only a comma hands over to the resumed quotation ("on CNN's “State of the Union”"
    # is a title inside the cue's phrase).
    return end if _comma_before(quotes.text, end) else position


def _comma_before(text: str, position: int) -> bool:
    """Whether a comma comes just before ``position``, spaces aside."""
    n = position
    while n > 0 and text[n - 1].isspace():
        n -= 1
    return n > 0 and text[n - 1] == ","


_STOPS = frozenset({".", ";", ":", "!", "?"})
_ANNOUNCING = frozenset({":", "-", "--", "—", "–"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})


def _quoted_paragraphs_after(text: str, content: Extent, right: int, quotes: Quotes) -> Extent:
    """A quotation whose cue's sentence ends its paragraph goes on through the paragraphs
    after it that are wholly in quotation marks: no cue of their own speaks them
    (“…,” she said.¶¶“…”). PolNeAR train counts such a paragraph in the content 47
    times in 58."""
    end = max(content[1], right)
    paragraph_end = text.find("\n", end)
    if paragraph_end < 0 or text.find("\n", content[0], content[1]) >= 0:
        return content
    if not _ENDS_SENTENCE.fullmatch(text[end:paragraph_end]):
        return content  # the paragraph goes on after the cue's sentence
    while paragraph_end >= 0:
        quotation = _continuation(text, paragraph_end, quotes, skip="\n \t\u00a0")
        if quotation is None:
            break
        paragraph_end = text.find("\n", quotation[1])
        rest = text[quotation[1] : paragraph_end if paragraph_end >= 0 else len(text)]
        if rest.strip(" \t\u00a0"):
            break  # the paragraph says more than the quotation: "…,” he added.
        content = (content[0], quotation[1])
    return content


#: What may follow the cue's words to the end of its paragraph: the rest of one sentence.
_ENDS_SENTENCE = re.compile(r"[^.!?“”\"]*[.!?]?[ \t\u00a0]*")


#: A quotation that closes on a comma hands over to a cue of its own (“…,” said Kunin),
#: so it does not resume the one before (PolNeAR train: 31 such contents ran too long,
#: 13 were right).
_COMMA_CLOSED = re.compile(r",\s*(?:”|\"|'')$")


def _hands_over_to_cue(text: str, quotation: Extent) -> bool:
    """Whether a quotation closes on a comma, inside its marks or right after them
    (“…,” said Kunin; "…", explains O'Connell), and so has a cue of its own."""
    return (
        bool(_COMMA_CLOSED.search(text, quotation[0], quotation[1]))
        or text[quotation[1] : quotation[1] + 1] == ","
    )


def _resumed_after(text: str, position: int, quotes: Quotes) -> Extent | None:
    """A quotation resumed after ``position`` in the same paragraph: after a comma
    (“…,” he said, “…”; “…,” she said, and “…”) or after the full stop that ends the cue's
    sentence."""
    n = position
    while n < len(text) and text[n] in " ,\u00a0":
        n += 1
    joined = re.match(r"(?:and|but)\s+", text[n : n + 5])
    if joined and _comma_before(text, n):
        n += joined.end()
    elif n < len(text) and text[n] in ".;:":
        n += 1
    return _continuation(text, n, quotes, skip=" \u00a0")


def _quote_after_sentence(text: str, position: int, quotes: Quotes) -> Extent | None:
    """A quotation opening the sentence after the one the cue ends in, found in the text
    where the parser ran the two together (“…,” Ms. Brainard said at a conference in
    February. “…”): the first full stop after the cue, with no quotation mark or
    paragraph break before it, and a quotation right after it."""
    match = _SENTENCE_THEN_QUOTE.match(text, position, position + 200)
    if match is None:
        return None
    return _continuation(text, match.end(), quotes, skip=" \u00a0")


_SENTENCE_THEN_QUOTE = re.compile(r"(?:(?!'')[^“”\"`\n.!?])*[.!?][ \u00a0]+(?=“|\"|''|``)")
#: The same, where the text put a hyphen for the space after the stop ('… said.-"…').
_SENTENCE_THEN_QUOTE_HYPHENED = re.compile(
    r"(?:(?!'')[^“”\"`\n.!?])*[.!?](?:-[ \u00a0]*|[ \u00a0]+)(?=“|\"|''|``)"
)


def resumed_after_run_in(text: str, quotation: Extent, position: int, quotes: Quotes) -> Extent:
    """A quotation handed over with a comma to a cue the parser could not read, as the
    text ran punctuation into it, taking in the quotation that opens the next sentence
    where that one has no cue of its own ('“…,” Ruiz said.- “…”', '“…,”?said Ana Ruiz,
    a lawyer. “…”'); ``position`` is where the cue's sentence goes on after the verb."""
    if not _hands_over_to_cue(text, quotation):
        return quotation
    match = _SENTENCE_THEN_QUOTE_HYPHENED.match(text, position, position + 200)
    resumed = _continuation(text, match.end(), quotes, skip=" \u00a0") if match else None
    if resumed is None or _hands_over_to_cue(text, resumed):
        return quotation
    if text[resumed[1] - 2 : resumed[1] - 1] not in {".", "!", "?"}:
        return quotation  # 'say "Let me in"? It …': a quotation inside it, paired in error
    return quotation[0], resumed[1]


def _quoted_name(text: str, quotation: Extent) -> bool:
    """Whether a quotation names something in the writer's own sentence ('“Blue Skies”
    producer Tom Hart …', '“Blue Skies” won'): no stop or comma closes it and a word
    follows it, so it resumes no one's words."""
    words = text[quotation[0] : quotation[1]].rstrip(_QUOTE_MARKS_TEXT + " ")
    if words[-1:] in {".", ",", "!", "?", ";", ":", "…", "-", "—"}:
        return False
    after = text[quotation[1] : quotation[1] + 4].lstrip(" \u00a0")
    return after[:1].isalnum()


def _next_sentence_quote(token: Token, quotes: Quotes) -> Extent | None:
    """A quotation opening the next sentence of the same paragraph (“…,” he said. “…”)."""
    sentence = token.sent
    text = quotes.text
    n = len(sentence.text.rstrip()) + sentence.start_char
    while n < len(text) and text[n] in " \u00a0":
        n += 1
    return quotes.starting_near(n, limit=0) if n < len(text) else None
