"""The content of a cue: the clause it governs, or the one it interrupts or follows,
and what a content leaves out at its edges (a linking word, a trailing aside) or takes
in after the cue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import FINITE_TAGS
from newsgraph.stages._attributions.cues import (
    addressed,
    joined_cues,
    says_when_or_where,
    stance_taken,
)
from newsgraph.stages._attributions.found import Extent
from newsgraph.stages._attributions.parse import (
    CUE_PREFIX_DEPS,
    INTERRUPTING,
    LINKING_WORDS,
    MEDIUM_PREPS,
    OBJECT_PRONOUNS,
    RELATIVE,
    SUBJECTS,
    has_subject,
    minus,
    names_medium,
    prep_object,
    subtree_extent,
    trim_tokens,
)
from newsgraph.stages._attributions.sources import absolute_with, in_aside, that_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Words that make a cue's clause one of contrast, which says nothing of the main
# clause ("Though he told a paper that …, he also called it a scam"; not "As he put it").
CONCESSIVE = frozenset({"though", "although", "whereas"})


_CONTENT_PREPS = frozenset({"about", "on", "of", "for", "to", "against", "with"})


#: Verbs whose object is whom they are said to ("told TASS", "briefed reporters").
TELLING = frozenset({"tell", "inform", "brief", "assure"})
#: Nouns of those spoken to.
_AUDIENCES = frozenset(
    {"reporter", "journalist", "audience", "crowd", "supporter", "listener", "viewer",
     "reader", "lawmaker", "colleague", "friend", "voter", "agency", "outlet", "press",
     "paper", "newspaper", "magazine", "broadcaster", "station", "channel", "website",
     "court", "jury", "committee", "panel", "hearing", "programme", "program", "show",
     "podcast"}
)  # fmt: skip


def addressee_object(token: Token, obj: Token) -> bool:
    """Whether the object of a verb of telling is whom it is told to ("told TASS", "told
    reporters"), which PolNeAR never takes for the content ("told the story" is the
    content)."""
    if token.lemma_.lower() not in TELLING or obj.dep_ != "dobj":
        return False
    if obj.lower_ in OBJECT_PRONOUNS or obj.pos_ == "PROPN":
        return True
    if obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return obj.lemma_.lower() in _AUDIENCES


def _content_prep(token: Token, prep: Token) -> bool:
    """Whether the preposition can introduce what the cue word says: not whom it is said
    to, nor ", with" and a clause of its own ("were shown at six halls, with the takings
    going to charity")."""
    return prep.lower_ in _CONTENT_PREPS and not addressed(token, prep) and not absolute_with(prep)


def _is_put_it(verb: Token, child: Token) -> bool:
    """Whether the child is the "it" of "as one aide put it", which is part of the cue."""
    return verb.lemma_ == "put" and child.lower_ == "it" and child.i == verb.i + 1


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
    subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i]
    opening = subjects[0].left_edge.i if subjects else token.i
    while opening > 0 and token.doc[opening - 1].dep_ in CUE_PREFIX_DEPS:
        opening -= 1  # "what is called a debate"
    what = token.doc[opening - 1] if opening > 0 else None
    if subjects and subjects[0].lower_ == "what":
        what = subjects[0]  # "what is called a debate", with "what" its subject
    if what is None or what.lower_ != "what":
        return None
    end = max(c.right_edge.idx + len(c.right_edge) for c in names)
    return what.idx, end


def content_of(token: Token, cue_scope: Extent, text: str) -> tuple[Extent | None, Token | None]:
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
        start, end = subtree_extent(best)
        if best.dep_ == "advcl":
            # "said after the vote he would quit": the time the parser hung on the report
            # is when it was said, PolNeAR's annotators find
            start = next(c for c in best.children if c.dep_ in SUBJECTS).left_edge.idx
        opened = _opened_before(token, best, clauses)
        if opened is not None:
            start = opened
        if best in after and len(after) > 1:
            # "said Trump has respect for X and his comment was Y": one report the parser
            # split in two clauses.
            start, end = subtree_extent(after[0])[0], subtree_extent(after[-1])[1]
        if best.i < token.i:
            # "…, the agency said in a report, and those in the bottom fifth paid …": the
            # report goes on after the cue.
            whole = subtree_extent(token)
            if aside_extent(token)[1] < whole[1]:
                # up to the writer's ", which …", if any
                end = token.doc[asides[0].left_edge.i - 1].idx if asides else whole[1]
            if token.dep_ == "conj" and token.head.i < best.left_edge.i:
                # "A, but B, a source said", parsed as A and (said B): both are said.
                start = token.head.left_edge.idx
        elif best.dep_ == "ccomp" and (not has_subject(best) or token.lemma_.lower() == "say"):
            # "said single people would qualify": the parser took the subject for an object
            # (not whom it is told to: "he told me, is that …"). "Say" takes no object
            # before a clause, so one run into the clause's subject is part of it ("say
            # the figures for the months up to| June are …").
            for child in token.children:
                told = addressee_object(token, child)
                run_on = not has_subject(best) or child.right_edge.i + 1 == best.left_edge.i
                if child.dep_ == "dobj" and token.i < child.i < best.i and not told and run_on:
                    start = _with_bare_preposition(token, child).idx
        if best.dep_ == "ccomp" and best.i > token.i:
            start = _past_told_name(token, best, start)
            start = _past_told_day(token, best, start)
        if best.dep_ == "xcomp":
            # "warned North Korea to refrain": the object belongs to what is urged, not
            # whom a quotation after a colon is told to ("told the Today programme: “…”").
            for child in token.children:
                colon = any(t.text == ":" for t in token.doc[child.i : best.i])
                told = colon and addressee_object(token, child)
                if child.dep_ == "dobj" and token.i < child.i < best.i and not told:
                    start = child.left_edge.idx
        joined = joined_cues(best, token)
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
            (c.dep_ == "dobj" and not addressee_object(token, c))
            or (c.dep_ == "oprd" and _predicated_object(token, c))
            or (c.dep_ == "prep" and _content_prep(token, c))
        )
        and not _is_put_it(token, c)
        and not says_when_or_where(c)
        for c in token.children
    )
    passive = any(c.dep_ == "nsubjpass" for c in token.children)  # its subject is told of
    clause = token.head
    if clause.pos_ not in {"VERB", "AUX"} and clause.dep_ in SUBJECTS:
        clause = clause.head  # "The difference now, he told me, is that …": hung on a subject
    if (
        token.dep_ in INTERRUPTING
        and token.head.i != token.i
        and clause.pos_ in {"VERB", "AUX"}
        and not said_of
        and not passive
        and not _joined_clause(token)
        and not any(c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in token.children)
        and not _a_condition(token)
    ):
        return minus(
            text, _past_linked_as(token, subtree_extent(clause), cue_scope, text), cue_scope
        ), None
    feeling = _adjective_content(token)
    if feeling is not None:
        return feeling
    objects = [
        c
        for c in token.children
        if c.dep_ == "dobj" and not _is_put_it(token, c) and not addressee_object(token, c)
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
        stance = stance_taken(token)
        # "took aim at X", "took issue with X": the phrase is the cue, X what it is about
        if stance is not None and (aimed_at := prep_object(stance)) is not None:
            return subtree_extent(aimed_at), stance
        # "expressed concern about X", "made no secret of X": the noun and its preposition
        # belong to the cue, X is the content; so with a message the cue verb gives out
        # ("sounded a cautious note about X"), but not "on Twitter", where it was given
        voiced = (
            _voices_noun(token)
            and noun.pos_ == "NOUN"
            and noun.i == token.i + 1 + _gap(token, noun)
        )
        if tail == [noun] and (voiced or _delivers_message(token, noun)):
            for prep in about:
                said = prep_object(prep)
                if said is not None and (voiced or not says_when_or_where(prep)):
                    return subtree_extent(said), prep
        if tail:
            end = max(c.right_edge.idx + len(c.right_edge) for c in tail)
            return (objects[0].left_edge.idx, end), None
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.i > token.i
            and _content_prep(token, child)
            and not says_when_or_where(child)
        ):
            said = prep_object(child)
            if said is None:
                continue
            if any(addressee_object(token, c) and c.i < child.i for c in token.children):
                # "told TASS about the fleet": the cue stays "told"
                return (child.idx, subtree_extent(said)[1]), None
            return subtree_extent(said), child
    return _report_read_as_subject(token) or _report_cut_off_before(token), None


def relative_object(token: Token) -> Extent | None:
    """The relative word a cue in a relative clause takes for its object, which stands for
    what is said ("the charges, which he denies": "which")."""
    if token.dep_ != "relcl":
        return None
    word = next((c for c in token.lefts if c.dep_ == "dobj" and c.lower_ in RELATIVE), None)
    return None if word is None else (word.idx, word.idx + len(word))


def _past_linked_as(token: Token, clause: Extent, cue_scope: Extent, text: str) -> Extent:
    """The clause a cue in an "as" clause interrupts, from the cue on where only a word
    that links the sentence to the one before stands ahead of it ("But as one aide noted,
    the hall was half empty": the report is "the hall was half empty")."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return clause
    if "," not in text[cue_scope[1] - 1 : cue_scope[1] + 2]:
        return clause  # the parser ran the "as" clause into the report
    words = text[clause[0] : cue_scope[0]].replace(",", " ").split()
    if words and all(w.lower() in LINKING_WORDS for w in words):
        return cue_scope[0], clause[1]
    return clause


def _opened_before(token: Token, best: Token, clauses: list[Token]) -> int | None:
    """Where a report starts whose "that" clause after the cue finishes a clause the cue
    interrupts: at the start of that clause, before the speaker ("It is no surprise, Mr.
    Hale said, that the mayor stepped down" is all one report)."""
    doc = token.doc
    if best.i < token.i or not any(c.dep_ == "mark" and c.lower_ == "that" for c in best.children):
        return None
    subject = next((c for c in token.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or doc[token.i + 1].text != "," or best.left_edge.i != token.i + 2:
        return None
    for clause in clauses:
        comma = clause.right_edge.i + 1
        if clause.i < token.i and doc[comma].text == "," and subject.left_edge.i == comma + 1:
            last = [
                c for c in clause.rights if c.dep_ == "conj" and c.right_edge == clause.right_edge
            ]
            if last:
                clause = last[0]  # "A resisted it, but B had become so bad, he said, that …"
            first = clause.left_edge
            if first.dep_ == "cc" and first.head == clause:
                first = doc[first.i + 1]  # "But there is a risk, …": a linking word
            return first.idx
    return None


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
        and first.dep_ in SUBJECTS
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
    """The "that" clause a noun of saying holds ("the chancellor's announcement that he
    would offer a rebate", "complaints that the trains were late")."""
    # where whose words they are is not named ("the chancellor's"), a "that" may open a
    # relative clause ("the fears that the row has stirred"): the clause must have a
    # subject of its own, and either the noun be one of a view (``view_nouns.txt``) and
    # its verb not left without what it takes, or the noun stand with no determiner
    # ("amid speculation that …") and its verb hold its own object or complement or be
    # passive
    if token.pos_ != "NOUN":
        return []
    owned = any(c.dep_ == "poss" for c in token.lefts)
    view = token.lemma_.lower() in load_lexicon("view_nouns", "attributions")
    bare = not any(c.dep_ == "det" for c in token.lefts)
    if not (owned or view or bare):
        return []
    return [
        c
        for c in token.rights
        if that_clause(c) and (owned or _reports_on_noun(c, view=view, bare=bare))
    ]


def _reports_on_noun(clause: Token, *, view: bool, bare: bool) -> bool:
    """Whether a "that" clause on a noun with no owner is what the noun reports, not a
    relative clause: after a noun of a view, one not left open; after a bare noun, one
    that keeps its own object or complement or is passive."""
    if not has_subject(clause):
        return False
    if view and not _left_open(clause):
        return True
    return bare and (_no_gap(clause) or any(c.dep_ == "auxpass" for c in clause.children))


#: What a verb has after it when the clause leaves nothing out ("… were racing around").
_FILLED = frozenset(
    {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "prep", "prt", "agent",
     "auxpass", "nsubjpass"}
)  # fmt: skip


def _left_open(clause: Token) -> bool:
    """Whether a "that" clause on a noun ends at a verb with nothing after it, as a
    relative clause leaves out what its noun stands for ("the fears that the mayor has
    stirred"), unlike what a noun of saying holds ("complaints that the trains were
    late")."""
    return clause.lemma_.lower() != "be" and not any(c.dep_ in _FILLED for c in clause.children)


def _a_condition(token: Token) -> bool:
    """Whether a cue's clause is a condition of the clause it hangs on ("… if the defendant
    pleads guilty", "had he denied the charge, …"), which says nothing of that clause."""
    doc = token.doc
    for mark in (c for c in token.children if c.dep_ == "mark"):
        # not "as if": "It was as if his rivals had decided that …" tells what they decided
        if mark.lower_ == "unless" or (mark.lower_ == "if" and doc[mark.i - 1].lower_ != "as"):
            return True
    subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
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
    return clause.lower_ in {"'s", "’s"} and not has_subject(clause)


def _past_told_name(token: Token, clause: Token, start: int) -> int:
    """Where a report after a verb of telling starts when the parser hung the name it is
    told to on the report's pronoun subject ("told KXTV-TV she heard the blast", parsed
    as a "KXTV-TV she"): at the pronoun. A pronoun takes no name of its own."""
    if token.lemma_.lower() not in TELLING or any(c.dep_ == "dobj" for c in token.children):
        return start
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ != "PRON" or subject.left_edge.i != clause.left_edge.i:
        return start
    names = [c for c in subject.lefts if c.dep_ == "compound"]
    if not names or any(c.pos_ != "PROPN" for c in names):
        return start
    return subject.idx


def _past_told_day(token: Token, clause: Token, start: int) -> int:
    """Where a report starts after whom it is told to and a day the parser hung on the
    report ("told reporters Tuesday the raid showed …": the day is when it was told, and
    the report starts at "the raid")."""
    if token.lemma_.lower() not in TELLING:
        return start
    day = next((c for c in clause.lefts if c.left_edge.i == clause.left_edge.i), None)
    if day is None or day.dep_ != "npadvmod" or day.ent_type_ not in {"DATE", "TIME"}:
        return start
    told = any(
        addressee_object(token, c) and c.right_edge.i + 1 == day.left_edge.i for c in token.children
    )
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if not told or subject is None or subject.left_edge.i != day.right_edge.i + 1:
        return start
    return subject.left_edge.idx


def _report_hung_on_addressee(token: Token) -> list[Token]:
    """The report after whom it is told to that the parser took for a relative clause of
    that addressee ("told the morning programme he hoped to stay", parsed as a programme
    that he hoped)."""
    for obj in token.rights:
        if not addressee_object(token, obj):
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
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
        relative = any(c.lower_ in RELATIVE or c.dep_ == "mark" for c in clause.children)
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
        or (c.dep_ == "ccomp" and has_subject(c))
        for c in clause.children
    )


def _clause_of_medium(token: Token) -> list[Token]:
    """The report the parser hung on the message a cue names ("wrote in a letter the
    budget had run out", parsed as a letter that the budget had run out): a clause with a
    subject of its own and no relative word, or one that "that" opens ("said in televised
    remarks that five died", parsed as remarks that five died)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEDIUM_PREPS or prep.i < token.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not (names_medium(noun) or _names_remarks(noun)):
                continue
            for clause in noun.children:
                subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
                relative = any(c.lower_ in RELATIVE or c.dep_ == "mark" for c in clause.children)
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
    subjects = [c for c in token.lefts if c.dep_ in SUBJECTS]
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
    subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i]
    if not subjects or in_aside(subjects[-1], token):
        return None
    doc = token.doc
    comma = subjects[-1].left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    report = next(
        (c for c in token.children if c.dep_ in {*SUBJECTS, "dep"} and c.right_edge.i == comma - 1),
        None,
    )
    if report is None or not any(t.pos_ == "VERB" for t in report.subtree):
        return None
    first = report.left_edge.i
    return doc[first].idx, doc[comma - 1].idx + len(doc[comma - 1])


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
    subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i]
    if not subjects:
        return False
    before = subjects[0].left_edge.i - 1
    return before >= 0 and token.doc[before].dep_ == "cc" and token.doc[before].head == token.head


_TAIL_PREPS = frozenset({"to", "of", "with", "against", "over", "from"})
_NOUN_CUE_PREPS = frozenset({"about", "of", "into", "over", "on", "for"})


def _voices_noun(token: Token) -> bool:
    """A verb of voicing (``voicing_verbs.txt``), or "offer", whose object noun joins the cue
    when a preposition names what it is about ("offered a defense of X"); "offer" stays out
    of the list because its object before a "that" clause is evidence, not a voice
    ("offered no proof that …")."""
    lemma = token.lemma_.lower()
    return lemma == "offer" or lemma in load_lexicon("voicing_verbs", "attributions")


#: Verbs that give out a message besides those that publish one ("sounded a note of").
_DELIVERING = frozenset({"sound", "preach", "tout", "present", "give"})


def _delivers_message(token: Token, noun: Token) -> bool:
    """Whether a cue verb gives out a message of the speaker's own, its object right after
    it ("sounded a cautious note", "gives regular speeches"), not someone else's ("his
    message", "Ruiz's statement")."""
    lemma = token.lemma_.lower()
    if lemma not in _DELIVERING and lemma not in load_lexicon("publishing_verbs", "attributions"):
        return False
    noun_lemma = noun.lemma_.lower()
    if noun_lemma not in load_lexicon("delivery_nouns", "attributions") and (
        noun_lemma not in load_lexicon("remark_nouns", "attributions")
    ):
        return False
    return noun.left_edge.i == token.i + 1 and not any(c.dep_ == "poss" for c in noun.children)


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
            return subtree_extent(child), adjective
        if child.dep_ == "prep" and child.lower_ in _ADJECTIVE_PREPS:
            said = prep_object(child)
            if said is not None:
                return subtree_extent(said), child
    return None


#: Prepositions after a set-off cue that say where, when or to whom it was said, or add a
#: circumstance ("…, officials said, with shelters open"), not how what is said came about.
_SAYING_PREPS = frozenset(
    {"in", "on", "at", "during", "to", "after", "before", "from", "via", "with", "amid"}
)


def resumed_after_cue(token: Token, text: str, content: Extent, left: int, right: int) -> Extent:
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


def without_linking_word(doc: Doc, content: Extent) -> Extent:
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


def delayed_that(doc: Doc, token: Token, cue: Extent) -> Extent | None:
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
            if clause.i > n and any(c.dep_ in SUBJECTS and c.i > n for c in clause.children):
                first, last = trim_tokens(doc, n, min(clause.right_edge.i + 1, end))
                if first < last:
                    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
            return None
        if word.pos_ in {"VERB", "AUX"} or word.is_punct or word.is_space:
            return None
    return None


_ASIDE_DEPS = frozenset({"relcl", "advcl", "acl", "conj", "appos"})
_ASIDE_WORDS = frozenset({"who", "which", "whose"})


def without_trailing_aside(doc: Doc, content: Extent) -> Extent:
    """A content without the aside after a comma that ends it: ", who is 70",
    ", which …", ", saying …", ", arguing that …" are the writer's, not the source's."""
    span = doc.char_span(content[0], content[1], alignment_mode="contract")
    if span is None or len(span) < 4:
        return content
    for comma in span[1:-1]:
        if comma.text not in {",", "—", "–", "--"}:
            continue  # most words are none: the word after one is made only for these
        token = doc[comma.i + 1]
        if not span.start <= token.head.i < span.end:
            continue
        clause = token.head if token.dep_ in {"nsubj", "mark"} else token
        if clause.dep_ not in _ASIDE_DEPS or clause.right_edge.i < span.end - 2:
            continue
        if token.tag_ == "VBG" and _resumes_after_aside(doc, comma.i, span.start):
            continue  # "who are, in fact, looking for work": the verb goes on
        if token.lower_ in _ASIDE_WORDS or (token.tag_ == "VBG" and clause is token):
            start, end = trim_tokens(doc, span.start, comma.i)
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


_WORDS_SAID = frozenset(
    {"comment", "remark", "word", "question", "answer", "response", "reply", "warning"}
)


def names_words(doc: Doc, content: Extent, cue: Extent) -> bool:
    """Whether a content right after its cue is a phrase for words said ("the following
    comment", "a statement", "these words") rather than what is said."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or content[0] < cue[1]:
        return False
    # "following" is tagged a verb in "the following statement"
    if any(t.pos_ in {"VERB", "AUX"} and t.lower_ != "following" for t in span):
        return False
    head = span.root.lemma_.lower()
    media = load_lexicon("media_nouns", "attributions")
    return head in _WORDS_SAID or head in media or any(t.lower_ == "following" for t in span)


#: Words that make a clause after the cue say when it was said, not what.
_WHEN_MARKS = frozenset({"after", "before", "when", "as", "once", "ago"})


def aside_extent(token: Token) -> Extent:
    """The words of a cue that interrupts what it reports ("…, Mr. Clarke said, …"): its
    subtree, less a clause after a comma that goes on with the report ("…, the agency
    said in a report, and those in the bottom fifth paid …", "…, he said, until …")."""
    doc = token.doc
    start, end = subtree_extent(token)
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
