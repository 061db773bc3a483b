"""How far a cue runs (the auxiliaries and adverbs before the verb, a preposition
after it, "went on to say"), the verbs a cue is joined or chained to, and which words
are worth a look as cues."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER
from spacy.strings import get_string_id

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import among, id_array
from newsgraph.stages._attributions.found import Extent
from newsgraph.stages._attributions.parse import (
    CUE_PREFIX_DEPS,
    QUOTE_MARKS,
    SUBJECTS,
    has_subject,
)
from newsgraph.stages._times.names import month_names_a_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Prepositions that belong to a cue verb when they follow it, and verbs whose
# following preposition introduces a circumstance instead ("said in a statement").
_CUE_PREPS = frozenset(
    {"for", "about", "against", "as", "toward", "towards", "over", "on", "upon", "to"}
)
_SAY_LIKE = frozenset({"say", "respond", "add", "announce", "report", "sing", "write", "tweet"})


# Verbs of speech whose "to" phrase names who is spoken to, not what is said ("explained
# to reporters"; PolNeAR train: "say to" 1 in 23, "write to" 1 in 14).
_ADDRESSING = frozenset(
    {"say", "explain", "talk", "speak", "complain", "write", "tweet", "remark", "confide",
     "boast", "joke", "declare", "state", "insist", "announce", "report", "reveal",
     "disclose", "describe", "recount", "whisper", "shout", "yell", "mutter", "lament",
     "indicate", "signal", "suggest", "mention", "stress", "emphasize", "emphasise"}
)  # fmt: skip


def addressed(token: Token, prep: Token) -> bool:
    """Whether the preposition names whom the cue word is said to ("explained to")."""
    return prep.lower_ == "to" and token.lemma_.lower() in _ADDRESSING


def cue_extent(token: Token, prep: Token | None = None) -> Extent:
    """The cue verb with what PolNeAR counts in it.

    Auxiliaries, negation and adverbs just before it ("has not said", "also said"), its
    particle ("point out"), an adverb right after it ("said sarcastically"), the
    preposition that introduces the content ("pointed to", "called for") and a colon
    that introduces a quotation ("added:").
    """
    doc = token.doc
    start = cue_start(token)
    if token.pos_ == "NOUN" and start == token.i:
        start = noun_cue_start(token)  # "a furious backlash against"
    plain = made_plain(token)
    end = token.i + 1 if plain is None else plain.i + 1  # "made it clear"
    if (
        end < len(doc)
        and doc[end].head == token
        and (doc[end].dep_ == "prt" or (doc[end].dep_ == "advmod" and doc[end].pos_ == "ADV"))
        and not name_read_as_adverb(doc[end])
        and said_so(token) is None
    ):
        end += 1
    if (with_self := reflexive_preposition(token)) is not None:
        end = with_self.i + 1  # "distanced himself from"
    if end < len(doc) and doc[end].head == token and _names_a_day(doc[end]):
        end = doc[end].right_edge.i + 1  # "said Friday", "said Thursday morning"
    elif end < len(doc) and token.lemma_ == "put" and doc[end].lower_ == "it":
        end += 1  # "as one aide put it"
    if (
        prep is not None
        and (prep.i == end or token in (prep.head, prep.head.head))
        and not _set_off_by_comma(doc[end : prep.i])
        and not _past_agent(token, end, prep)
    ):
        end = prep.i + 1  # "called for", "expressed concern about"
    elif (
        end < len(doc)
        and doc[end].head == token
        and (
            doc[end].lower_ in _CUE_PREPS
            or (
                doc[end].lower_ == "at"
                and token.lemma_.lower() in load_lexicon("aiming_verbs", "attributions")
            )
        )
        and token.lemma_.lower() not in _SAY_LIKE
        and not addressed(token, doc[end])
        and not (doc[end].lower_ in {"on", "upon", "over"} and names_a_time(doc[end]))
        and not _names_platform(doc[end])
    ):
        end += 1  # "called for", "warned against"; not "said on Tuesday", "argued on Sunday"
    if (manner := _with_a_look(token, end)) is not None:
        end = manner  # "said with a grin", "said, with a wry smile,"
    if (
        end < len(doc)
        and doc[end].text == ":"
        and doc[end].idx == doc[end - 1].idx + len(doc[end - 1])
    ):
        end += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _with_a_look(token: Token, end: int) -> int | None:
    """The end of a "with a smile" or "with a laugh" on the cue word right after the cue,
    alone or set off by commas (``manner_nouns.txt``), which PolNeAR counts in the cue
    ("said with a grin", "said, with an awkward smile,"); not "with a smile that …"."""
    doc = token.doc
    at = end + 1 if end < len(doc) and doc[end].text == "," else end
    if at >= len(doc) or doc[at].lower_ != "with" or doc[at].head != token:
        return None
    noun = next((c for c in doc[at].children if c.dep_ == "pobj"), None)
    if (
        noun is None
        or noun.right_edge != noun
        or noun.lemma_.lower() not in load_lexicon("manner_nouns", "attributions")
    ):
        return None
    stop = noun.i + 1
    if at > end and stop < len(doc) and doc[stop].text == ",":
        stop += 1  # the comma that closes it
    return stop


#: What "make" makes of words to say they were told plainly ("made it clear that …").
_PLAIN = frozenset({"clear", "plain"})


def made_plain(token: Token) -> Token | None:
    """The adjective of "made it clear", "has made plain", "makes that very clear", which
    PolNeAR counts in the cue (train: 18 of 18): right after "make" or after "it",
    "that", "this" or an adverb; not "made the road clear", where a noun is what is
    made clear."""
    if token.lemma_.lower() != "make":
        return None
    for word in token.doc[token.i + 1 : token.i + 4]:
        if word.lower_ in _PLAIN and word.pos_ in {"ADJ", "ADV"}:
            return word
        if word.lower_ not in {"it", "that", "this"} and word.tag_ != "RB":
            return None
    return None


def voiced_noun(token: Token) -> tuple[Token, Token] | None:
    """The object of a verb of voicing and the "that" clause on it ("expressed deep
    concern that …", "floated the idea that …"; ``voicing_verbs.txt``): the noun is the
    end of the cue, the clause what is said. "The fact that …" names the clause as
    given, no one's voice ("raised the fact that …")."""
    if token.lemma_.lower() not in load_lexicon("voicing_verbs", "attributions"):
        return None
    for noun in token.rights:
        if (
            noun.dep_ != "dobj"
            or noun.pos_ != "NOUN"
            or noun.left_edge.i != token.i + 1
            or noun.lemma_.lower() == "fact"
        ):
            continue
        for clause in noun.rights:
            mark = clause.left_edge
            if (
                clause.dep_ in {"acl", "ccomp"}
                and mark.i == noun.i + 1
                and mark.lower_ == "that"
                and mark.dep_ == "mark"
            ):
                return noun, clause
    return None


#: Verbs whose reflexive object and preposition are one stance with them ("distanced
#: himself from", "aligned herself with"; PolNeAR train: "distance" 5 times in 5).
_REFLEXIVE_STANCES = {"distance": "from", "align": "with", "ally": "with"}
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})


def reflexive_preposition(token: Token) -> Token | None:
    """The preposition of "distanced himself from", "aligned herself with", right after
    the reflexive object, which PolNeAR counts in the cue."""
    preposition = _REFLEXIVE_STANCES.get(token.lemma_.lower())
    doc = token.doc
    if preposition is None or token.i + 2 >= len(doc):
        return None
    self_, after = doc[token.i + 1], doc[token.i + 2]
    if self_.lower_ in _REFLEXIVES and self_.head == token and after.lower_ == preposition:
        return after
    return None


def said_so(token: Token) -> Token | None:
    """The "so" right after a cue verb that stands for what is said or thought ("55
    percent said so", "He doesn't think so"): the content, not part of the cue."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    word = doc[token.i + 1]
    if word.lower_ == "so" and word.head == token and word.dep_ == "advmod":
        return word
    return None


def said_yes_or_no(token: Token) -> Extent | None:
    """The "yes" or "no" right after a cue verb that stands for the answer given ("75
    percent said yes", "said yes, yes, yes"), with what a "no" is said to ("said no to
    the tax"): the content, where the parser hung nothing else on the cue for it."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    word = doc[token.i + 1]
    if word.lower_ not in {"yes", "no"} or word.head != token or word.dep_ != "intj":
        return None
    last = word
    while (
        last.i + 2 < len(doc)
        and doc[last.i + 1].text == ","
        and doc[last.i + 2].lower_ == word.lower_
    ):
        last = doc[last.i + 2]  # "yes, yes, yes"
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "to" and after.head in (token, word):
        last = after.right_edge  # "no to the tax"
    return word.idx, last.idx + len(last)


def _past_agent(token: Token, end: int, prep: Token) -> bool:
    """Whether a passive verb's preposition comes after who does it ("The mayor was
    criticised by farmers for …"): the agent is no part of the cue, so neither is the
    preposition after it. An opening "Asked by a reporter about …" has no subject and
    asks what "about" brings in."""
    return any(c.dep_ == "nsubjpass" for c in token.children) and any(
        c.dep_ == "agent" and end <= c.i < prep.i for c in token.children
    )


def _set_off_by_comma(between: Span) -> bool:
    """Whether the words between a cue and its preposition hold a comma that sets the
    preposition off ("a by-product, he claims, of the Tories", "was relaxed, for
    instance"), not one of a list that the preposition ends ("are wary, angry or tired
    of")."""
    commas = [t.i for t in between if t.text == ","]
    return bool(commas) and not any(t.lower_ in {"and", "or"} and t.i > commas[-1] for t in between)


def surname_may(token: Token) -> bool:
    """Whether a "May" is a person's name, not the modal the tagger may take it for
    ("Theresa May promised", "May said Thursday"; the times stage tells it from the month
    the same way)."""
    return token.text == "May" and month_names_a_person(token)


def name_read_as_adverb(token: Token) -> bool:
    """Whether a capitalised word the tagger took for an adverb is a name the article
    gives elsewhere as one ("Morelly says", read like "Lately says", where the text also
    has "Anton Morelly")."""
    if token.tag_ != "RB" or not token.text[:1].isupper() or token.is_upper:
        return False
    return any(t.text == token.text and t.pos_ == "PROPN" for t in token.doc)


def lost_apostrophe_not(token: Token) -> bool:
    """Whether a word is a negated auxiliary whose apostrophe the text lost to a straight
    double quote ("didn"t", "won"t"), which the tagger reads as a noun of its own."""
    return token.lower_.endswith('n"t')


def cue_start(token: Token) -> int:
    """The index of the first word of a cue verb's phrase: the auxiliaries, negation and
    adverbs just before it ("has not said", "also said", "went even further")."""
    doc = token.doc
    start = token.i
    aside = _aside_after_auxiliary(token)
    while start > 0:
        before = doc[start - 1]
        if aside is not None and before.i >= aside:
            start -= 1  # "have since said", "had last month charged", "have, in fact, praised"
        elif lost_apostrophe_not(before):
            start -= 1  # "Tyson didn"t mention": the verb's negation, not its subject
        elif (
            before.head == token
            and (
                before.dep_ in CUE_PREFIX_DEPS or (before.dep_ == "advmod" and before.pos_ == "ADV")
            )
            and not surname_may(before)
            and not name_read_as_adverb(before)
            # '…,"?Kelly said': a name run into a closing mark, not an adverb
            and '"' not in before.text
            # "IS said": a group's name in capitals, not "is" (but "HE'S BEEN CALLED")
            and not (before.is_upper and len(before.text) > 1 and not token.is_upper)
        ):
            start -= 1
        else:
            break
    return start


#: Articles a noun cue starts with, and adjectives of how many that belong to whoever
#: holds the view ("many fear", read as a noun), not to the cue.
_ARTICLES = frozenset({"a", "an", "the"})
_HOW_MANY = frozenset({"many", "few", "several", "most", "numerous"})


def noun_cue_start(token: Token) -> int:
    """The index of the first word of a noun cue with its article and the adjectives
    before it ("a furious backlash against", "the firmly held belief", "an assertion"),
    as PolNeAR marks it; not a name ("Republican criticism": who criticises) nor the
    possessor ("Trump's claim")."""
    doc = token.doc
    start = token.i
    while start > 0:
        before = doc[start - 1]
        if before.head != token:
            break
        if before.dep_ == "det" and before.lower_ in _ARTICLES:
            return before.i
        if (
            before.dep_ != "amod"
            or before.lower_ in _HOW_MANY
            or any(t.ent_type_ or t.pos_ == "PROPN" for t in before.subtree)
        ):
            break
        start = before.left_edge.i
    return start


#: The most words an auxiliary may stand before its verb with ("did not at any time
#: Thursday mention").
_ASIDE_WORDS = 5


def _aside_after_auxiliary(token: Token) -> int | None:
    """The index of the first word between a verb's first auxiliary and the verb where
    words of the verb's own stand between ("have since said", "have both argued", "is by
    all accounts enjoying"), which PolNeAR counts in the cue with the auxiliary; not where
    the subject stands between ("Did she say"), nor a quotation, a name or a verb of its
    own ("what she does in the race could decide"), nor the "to" of an infinitive."""
    auxiliary = next((c for c in token.lefts if c.dep_ in CUE_PREFIX_DEPS), None)
    if auxiliary is None or auxiliary.lower_ == "to":
        return None
    between = token.doc[auxiliary.i + 1 : token.i]
    if all(t.is_punct for t in between):
        return None  # "may be, shrugging off": a comma alone parts them
    if len(between) > _ASIDE_WORDS or any(
        t.dep_ in SUBJECTS
        or t.dep_ == "expl"
        or t.dep_ == "aux"
        or t.pos_ in {"VERB", "PROPN"}
        or not token.is_ancestor(t)
        or t.text in QUOTE_MARKS
        or '"' in t.text
        for t in between
    ):
        return None
    return auxiliary.i + 1


def names_a_time(prep: Token) -> bool:
    """Whether a preposition dates the saying ("said on Monday"), saying nothing of what."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


def says_when_or_where(prep: Token) -> bool:
    """Whether a preposition of the cue tells when or where the words were said ("on
    Monday", "on Twitter"), not what they are about."""
    return names_a_time(prep) or _names_platform(prep)


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
        or has_subject(token)
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


def joined_cues(clause: Token, cue: Token) -> list[Token]:
    """The cues joined to ``cue`` that the parser hung on the clause it reports, or on the
    infinitives and participles that clause goes on with."""
    joined: list[Token] = []
    verb: Token | None = clause
    while verb is not None:
        joined += [c for c in verb.children if c.dep_ == "conj" and joined_to_report(c) == cue]
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ in _NONFINITE), None)
    return joined


#: What "take" makes a stance with ("took aim at", "took issue with") and its prepositions.
_STANCE_NOUNS = frozenset(
    {"aim", "issue", "exception", "offense", "offence", "umbrage", "swipe", "shot", "potshot",
     "whack", "jab", "dig"}
)  # fmt: skip
_STANCE_PREPS = frozenset({"at", "with", "to"})


def stance_taken(token: Token) -> Token | None:
    """The preposition of "took aim at", "took issue with" on the verb ``token``, if so."""
    if token.lemma_.lower() != "take":
        return None
    for noun in token.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in _STANCE_NOUNS:
            for prep in token.rights:
                if prep.dep_ == "prep" and prep.i == noun.right_edge.i + 1:
                    return prep if prep.lower_ in _STANCE_PREPS else None
    return None


#: Verbs that hand their cue over to the verb after them ("went on to say", "failed to
#: mention", "began to question"): PolNeAR counts both in the cue (train: "continue" 33
#: times in 33, "try" 37 in 39, "begin" 7 in 7, "fail" 7 in 7, "have" 21 in 22).
_CHAIN_VERBS = frozenset(
    {"go", "continue", "try", "begin", "start", "fail", "tend", "have", "need", "attempt",
     "struggle", "manage", "hesitate", "bother", "proceed", "use"}
)  # fmt: skip


def chained(token: Token) -> Token | None:
    """The verb a leading verb hands over to, right after it ("went on to explain") or
    after "out of one's way" or "so far as" ("went out of her way to praise")."""
    if token.lemma_.lower() not in _CHAIN_VERBS:
        return None
    doc = token.doc
    if token.lemma_.lower() == "go" and (beyond := _gone_beyond(token)) is not None:
        return beyond
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


def _gone_beyond(token: Token) -> Token | None:
    """The verb "to" brings in after "go out of one's way" or "go so far as" ("went out of
    his way to say", "has even gone so far as to defend")."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "out":
            of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            way = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
            if way is None or way.lower_ != "way":
                return None
            head, after = token, way.i
        elif child.dep_ == "advmod" and child.lower_ == "far" and child.i == token.i + 2:
            if token.doc[token.i + 1].lower_ not in {"so", "as"}:
                return None
            head, after = child, child.i
        else:
            continue
        return next(
            (
                c
                for c in head.children
                if c.dep_ == "advcl"
                and c.pos_ == "VERB"
                and c.i > after
                and all(t.head == c and t.dep_ in {"aux", "mark"} for t in c.doc[after + 1 : c.i])
            ),
            None,
        )
    return None


#: Adjectives of haste that hand over to the verb after them ("was quick to point out").
_HASTE = frozenset({"quick", "swift"})


def hasty(token: Token) -> Token | None:
    """The "be" of "was quick to point out", "were swift to condemn" where ``token`` is
    the verb after "quick to": PolNeAR counts the whole phrase in the cue (train: 10 times
    in 14)."""
    adjective = token.head
    if token.dep_ != "xcomp" or adjective.lower_ not in _HASTE or adjective.dep_ != "acomp":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    copula = adjective.head
    return copula if copula.lemma_ == "be" else None


def more_likely(token: Token) -> Token | None:
    """The "be" of "voters were more likely to say that …", where ``token`` is a verb of
    saying with a clause of its own: what a poll found people say, one cue with "more
    likely" (PolNeAR train: 4 times in 4)."""
    adjective = token.head
    if token.dep_ != "xcomp" or adjective.lower_ != "likely" or adjective.dep_ != "acomp":
        return None
    if not any(c.lower_ in {"more", "less"} for c in adjective.children):
        return None
    if token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions") or not any(
        c.dep_ == "ccomp" for c in token.children
    ):
        return None
    copula = adjective.head
    return copula if copula.lemma_ == "be" else None


#: Verbs of seeming that hand over to a verb of saying after them ("appeared to suggest").
_SEEMING = frozenset({"seem", "appear"})


def led_by_means(token: Token) -> Token | None:
    """The verb that a cue in "-ing" right after "by" tells the means of, where "by"
    follows that verb at once ("began by saying", "responded first by asking"): PolNeAR
    counts both verbs in the cue; not where words come between ("ended the meeting by
    saying", "landed in trouble by saying") nor after a passive ("is justified by
    arguing"), where the cue is the "-ing" alone."""
    prep = token.head
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or prep.lower_ != "by":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.i >= prep.i or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    between = token.doc[verb.i + 1 : prep.i]
    if all(t.head == verb and t.dep_ in {"prt", "advmod"} for t in between):
        return verb
    return None


def means_taken(token: Token) -> Token | None:
    """The verb in "-ing" after "by" that tells how a speaker began, went on with or ended
    a talk, where "by" follows the verb at once ("began by crediting Ruiz for …",
    "concluded by implying that …"): what the "-ing" verb takes is what is said, and both
    verbs are one cue."""
    if token.lemma_.lower() not in _TALK_STEPS:
        return None
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            means = next((c for c in prep.children if c.dep_ == "pcomp"), None)
            if means is not None and led_by_means(means) == token:
                return means
    return None


#: Verbs of how a talk is begun, gone on with or ended ("opened by", "followed up by").
_TALK_STEPS = frozenset({"begin", "open", "start", "conclude", "continue", "follow", "interject"})


def seeming(token: Token) -> Token | None:
    """The "seemed" of "seemed to suggest that …", "appeared to think the vote was lost"
    where ``token`` is a verb of saying or thinking right after "to" with a clause of its
    own: PolNeAR counts both verbs in the cue (train: 5 times in 9, dev 2 in 4; without a
    clause, "seemed to agree", far fewer)."""
    verb = token.head
    if token.dep_ != "xcomp" or verb.lemma_.lower() not in _SEEMING or verb.pos_ != "VERB":
        return None
    if token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions"):
        return None
    # not "seems to have found", a view of the writer's on what was done
    between = token.doc[verb.i + 1 : token.i]
    if not any(t.lower_ == "to" for t in between) or not all(
        t.head == token and (t.lower_ == "to" or t.dep_ == "advmod") for t in between
    ):
        return None
    return verb if any(c.dep_ == "ccomp" for c in token.children) else None


def hands_over(token: Token, accept: Callable[[Token], bool]) -> bool:
    """Whether the verb hands over to a cue ("went on to say"), which makes it one cue with
    it: the classifier may accept the second verb alone."""
    inner = chained(token)
    if inner is None:
        return False
    return _goes_on_to_say(token, inner) or accept(inner)


def _goes_on_to_say(token: Token, inner: Token) -> bool:
    """Whether a verb goes on to a verb of saying that reports a clause: "went on to say
    that …", "proceeded to explain why …" (not "went to say goodbye", nor "goes on to
    encourage the voter to …"; "continued to support" the classifier decides); or goes out
    of its way or so far as to one ("went so far as to praise the crews")."""
    lemma = token.lemma_.lower()
    speech = load_lexicon("speech_verbs", "attributions")
    if lemma == "go" and inner.lemma_.lower() in speech and _gone_beyond(token) == inner:
        return True  # "went out of her way to praise the crews", whatever follows
    on = any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children)
    after = token.doc[inner.i + 1] if inner.i + 1 < len(token.doc) else None
    # "went on to say:" or "… to say “…”" before a quotation, "“…,” he went on to say." after one
    quoting = after is not None and (after.text in {":", ".", ","} or after.text in QUOTE_MARKS)
    reports = quoting or any(c.dep_ == "ccomp" for c in inner.children)
    return (
        (lemma == "proceed" or (lemma == "go" and on))
        and reports
        and inner.lemma_.lower() in speech
    )


@cache
def _ids_to_look_at(lemmas: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """The ids of the lemmas (as the tagger writes them: lower-case, or capitalized on a
    name) and of the word forms a rule of ``find_spans`` takes, as arrays of the parse's
    id type."""
    wanted = lemmas | _CHAIN_VERBS | {"take"} | load_lexicon("view_nouns", "attributions")
    words = {
        "according",
        "in",
        "to",
        "reportedly",
        *load_lexicon("verbs_read_as_nouns", "attributions"),
    }
    return (
        id_array(get_string_id(v) for w in wanted for v in (w, w.capitalize(), w.upper())),
        id_array(get_string_id(w) for w in words),
    )


_PCOMP = get_string_id("pcomp")


def worth_a_look(doc: Doc, lemmas: frozenset[str]) -> list[Token]:
    """The words any rule of ``find_spans`` could take, in text order: a word whose lemma
    is among ``lemmas`` (those ``accept`` may take), "take" or a verb that hands over, a
    noun of a view, "according", "in", "to", a noun of saying and the verb of "as saying".
    Reading the parse as one array and making tokens only for these keeps the other words,
    most of an article, from costing a token object and its lookups each."""
    lemma_ids, word_ids = _ids_to_look_at(lemmas)
    rows = doc.to_array([LOWER, LEMMA, DEP])
    wanted = among(rows[:, 1], lemma_ids) | among(rows[:, 0], word_ids) | (rows[:, 2] == _PCOMP)
    return [doc[i] for i in np.flatnonzero(wanted).tolist()]


def misread_verb(token: Token) -> bool:
    """Whether a noun is a verb of saying the tagger read as a noun after its speaker:
    "the central bank forecast" with a determiner or a name before it."""
    return (
        token.lower_ in load_lexicon("verbs_read_as_nouns", "attributions")
        and token.pos_ == "NOUN"
        and any(c.dep_ in {"det", "compound"} and c.i < token.i for c in token.children)
        and not any(c.dep_ == "poss" for c in token.children)
    )
