"""What the parse says around a time: the direction of its verb, entity and word checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.nlp import FINITE_TAGS, entity_of
from newsgraph.stages._times.tables import tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PAST, UNKNOWN, FUTURE = -1, 0, 1

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "hour", "eve"})


def verb_class(name: str) -> frozenset[str]:
    """The words of one class of ``verb_classes.tsv`` ("plan", "intent", "modal", …)."""
    return tables().verb_classes.get(name, frozenset())


def tokens_of(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering a character range."""
    return doc.char_span(start, end, alignment_mode="expand")


def _governing_verb(token: Token) -> Token | None:
    """The verb a time modifies: its head, or the head of its preposition.

    A time deeper inside a noun phrase ("a dividend payable Dec. 15", "Wednesday's
    ruling") takes no tense from the clause's verb.
    """
    current = token
    for _ in range(5):
        if current.pos_ in {"VERB", "AUX"} and current.dep_ != "aux":
            return current
        if current.head is current:
            return None
        if current is not token and current.pos_ != "ADP" and not _part_of_day(current):
            return None
        current = current.head
    return current if current.pos_ in {"VERB", "AUX"} else None


def _part_of_day(noun: Token) -> bool:
    """ "the night of April 29", "the early hours of Sunday": a part of the day a time
    names, which takes its tense from the clause as the time itself would."""
    return noun.lemma_.lower() in _DAY_PARTS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


@dataclass(frozen=True, slots=True)
class _Cues:
    """The words of ``cues.tsv`` as patterns that end where a time starts."""

    future: re.Pattern[str]  # "as soon as Tuesday"
    past: re.Pattern[str]  # "since March"
    endpoint: re.Pattern[str]  # "until Nov. 9", "extended the offer to Nov. 20"
    put_off_to: re.Pattern[str]  # "adjourned the case until Thursday"


@cache
def _cues() -> _Cues:
    def before_time(words: str) -> re.Pattern[str]:
        return re.compile(rf"(?:^|\W)(?:{words})\s+$", re.IGNORECASE)

    def words_of(role: str) -> str:
        phrases = sorted((w for w, r in tables().cues.items() if r == role), key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)

    extension = rf"(?:{words_of('extension')})\w*(?:\s+\S+){{0,3}}?\s+to"
    deferral = rf"(?:{words_of('deferral')})\w*(?:\s+\S+){{0,5}}?\s+(?:to|until|till)"
    return _Cues(
        future=before_time(words_of("future")),
        past=before_time(words_of("past")),
        endpoint=before_time(f"{words_of('endpoint')}|{extension}"),
        put_off_to=before_time(deferral),
    )


def direction(doc: Doc, text: str, start: int, end: int) -> int:
    """Whether the clause around a time speaks of the past, the future, or cannot tell."""
    before = text[max(0, start - 40) : start]
    cues = _cues()
    if cues.future.search(before):
        # "could come as early as Monday"; told in the past, the time is behind: "was
        # seen there as early as 6 p.m."
        return PAST if _told_before_cue(doc, start, end) else FUTURE
    if cues.past.search(before):
        return PAST  # "on patrol since March and scheduled to return"
    if _month_naming_a_thing(doc, start, end):
        # "Details of the January incident will be covered": the month the incident had,
        # not the tense of its telling; the nearer January
        return UNKNOWN
    verb = _verb_direction(doc, text, start, end)
    if verb != PAST and _when_clause_in_past(doc, text, end):
        return PAST  # "a brokerage in Nanjing on Dec 19, when the index closed flat"
    if _PREVIOUS_BEFORE.search(text, max(0, start - 60), start):
        # "the site of a previous rally in September": a previous event lies behind,
        # whatever the tense of the clause around it
        return PAST
    ahead = _AHEAD_OF.search(text, max(0, start - 60), start)
    if ahead is not None and verb != PAST and not _told_in_past_at(doc, ahead.start()):
        # "voters' issues ahead of the general election in September", "the upcoming
        # elections in September": the event lies ahead unless a past verb tells of it
        # ("hinted ahead of his address on Tuesday")
        return FUTURE
    if _put_off_to(before):
        # "was adjourned until Thursday"; not "had been delayed until May", which
        # may have come and gone
        return FUTURE
    if verb == PAST and cues.endpoint.search(before):
        # an end point after a past verb ("extended the offer until Nov. 9") lies on
        # either side of publication: the nearest reading, the past weighted as nearer
        return UNKNOWN
    if verb == UNKNOWN and cues.endpoint.search(before) and _told_in_present(doc, start, end):
        return FUTURE  # "is on show through Aug. 26": what holds now ends ahead
    return verb


def put_off_to_in_past(doc: Doc, text: str, start: int) -> bool:
    """Whether a time is what a thing was put off to, told in the past: "were postponed to
    November"; not "will be postponed to November", "had been delayed until May"."""
    return _put_off_to(text[max(0, start - 40) : start]) and _told_in_past_at(doc, start)


def _put_off_to(before: str) -> bool:
    """Whether the words before a time put a thing off to it, and not in the past perfect
    ("was adjourned until", not "had been delayed until", which may have come and gone)."""
    return bool(_cues().put_off_to.search(before)) and not _PAST_PERFECT.search(before)


_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
#: A time that names when a previous event came: "a previous rally in September"
_PREVIOUS_BEFORE = re.compile(r"\bprevious\s+(?:[\w'’-]+\s+){1,4}(?:in|on)\s+$", re.IGNORECASE)
#: A time that names when the event after "ahead of" comes, or an upcoming event: "ahead
#: of the vote in May", "the upcoming vote in May"
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|upcoming|forthcoming)\s+(?:[\w'’-]+\s+){1,5}(?:in|on)\s+$", re.IGNORECASE
)


def _month_naming_a_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether a month alone stands before a noun it names the month of, inside another
    noun's phrase, so that the clause's tense tells of that other noun ("Details of the
    January incident will be covered"; not "The town's June fair drew crowds")."""
    span = tokens_of(doc, start, end)
    if span is None or len(span) != 1 or span[0].lower_ not in tables().months:
        return False
    word, noun = span[0], span[0].head
    if word.dep_ not in {"compound", "nmod", "amod"} or noun.pos_ != "NOUN":
        return False
    if noun.i != word.i + 1 or noun.dep_ != "pobj":
        return False
    return noun.head.head.pos_ in {"NOUN", "PROPN"}


#: A clause that tells what happened at a time, right after it: ", when the index closed"
_WHEN_AFTER = re.compile(r",?\s+when\s", re.IGNORECASE)


def _when_clause_in_past(doc: Doc, text: str, end: int) -> bool:
    """Whether a "when" clause right after a time tells of it in the simple past."""
    when = _WHEN_AFTER.match(text, end)
    if when is None:
        return False
    span = doc.char_span(when.end() - 5, when.end() - 1, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    verb = span[0].head
    return verb.i > span[0].i and verb.tag_ == "VBD"


def _told_in_past_at(doc: Doc, offset: int) -> bool:
    """Whether the verb that the word at ``offset`` hangs on is in the past."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = _verb_above(span[0], 3)
    if verb is None:
        return False
    return _past_tense(verb)


def _verb_of_time(doc: Doc, start: int, end: int) -> Token | None:
    """The verb a time hangs on, directly or through the preposition before it."""
    span = tokens_of(doc, start, end)
    if span is None or len(span) == 0:
        return None
    return _governing_verb(span.root) or _verb_of_preposition_before(span)


def _told_in_present(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb a time hangs on is in the simple present ("is", "remains")."""
    verb = _verb_of_time(doc, start, end)
    if verb is None or verb.tag_ not in {"VBZ", "VBP"} or _past_form(verb):
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def told_now(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb a time hangs on is in the present or the present perfect ("is
    shut until 4 p.m.", "has been closed until 4 p.m."): what it tells holds now."""
    verb = _verb_of_time(doc, start, end)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not auxes:
        return verb.tag_ in {"VBZ", "VBP"} and not _past_form(verb)
    return auxes[0].tag_ in {"VBZ", "VBP"}


def verb_above(
    doc: Doc, start: int, end: int, through: frozenset[str] | None = None
) -> Token | None:
    """The first verb above the words from ``start`` to ``end`` in the parse, at most four
    steps up; where ``through`` is given, only across words of those parts of speech."""
    span = tokens_of(doc, start, end)
    if span is None or len(span) == 0:
        return None
    return _verb_above(span.root, 4, through)


def _told_before_cue(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb that a cue such as "as early as" hangs on, across prepositions and
    adverbs, is told in the past: "began", "was seen"; not a bare participle ("a report
    released as early as")."""
    verb = verb_above(doc, start, end, through=frozenset({"ADP", "ADV"}))
    return verb is not None and _past_tense(verb)


def _verb_direction(doc: Doc, text: str, start: int, end: int) -> int:
    span = tokens_of(doc, start, end)
    if span is None or len(span) == 0:
        return UNKNOWN
    if _runs_into_next_sentence(span, text, end):
        # "resigned Thursday.-Dwindling support": the tokenizer glued the next sentence's
        # first word onto the time, and the parse hangs the token on that sentence
        verb = _governing_verb(doc[span.start - 1]) if span.start > 0 else None
    else:
        verb = (
            _governing_verb(span.root)
            or _verb_of_preposition_before(span)
            or _verb_of_event_named(span.root)
        )
    verb = _participle_between(verb, span) or verb
    verb = _verb_before_clause(verb, span)
    if verb is not None and _quoted_before_its_saying(verb, span):
        # '"The plan has a date: May 9," the aide told reporters': the words quoted are
        # not the telling, whose past says nothing of the time; the nearest reading
        return UNKNOWN
    if verb is not None and _present_before_future(verb):
        return FUTURE  # "will be left open when the new coin is released on Tuesday"
    due = _due(span, verb)
    if due is not None:
        return due
    if verb is None and span.root.dep_ == "poss":
        owned = _owned_direction(span.root)
        if owned is not None:
            return owned
    if verb is None and _after_past_verb(span):
        return PAST  # "the office, which Smith unveiled Monday", parsed as "unveiled Monday"
    if verb is None:
        # A time inside a noun phrase: only a future auxiliary in its clause says more,
        # on the clause's main verb or on the verb the noun phrase hangs on ("the two
        # leaders will meet at the summit in July, he added")
        root = span.sent.root
        modals = _FUTURE_AUX if root.tag_ != "VB" else _FUTURE_AUX | verb_class("modal")
        if any(c.lower_ in modals and c.dep_ == "aux" for c in root.children):
            return FUTURE
        above = _verb_above(span.root)
        if above is not None and any(
            c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in above.children
        ):
            return FUTURE
        if (
            above is not None
            and above.dep_ == "xcomp"
            and _expected_to(
                above.head, [c for c in above.head.children if c.dep_ in {"aux", "auxpass"}]
            )
        ):
            return FUTURE  # "is expected to run in July's elections": what is planned
        return UNKNOWN
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    # the verb an infinitive completes ("plans to close"); a verb joined to the infinitive
    # completes the same one ("plans to cut jobs and close the plant in December")
    completed = verb.head
    if not auxes and verb.dep_ == "conj" and verb.tag_ in {"VB", "VBN", "VBG"}:
        # "will be opened and adjourned on Thursday": a verb joined to one before it
        # shares its auxiliaries
        auxes = [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"}]
        if verb.tag_ == "VB" and verb.head.tag_ == "VB" and verb.head.head.pos_ in {"VERB", "AUX"}:
            completed = verb.head.head
    aux_words = {c.lower_ for c in auxes}
    if aux_words & _FUTURE_AUX:
        return FUTURE
    if _accused(verb, auxes):
        return PAST  # "is accused of taking the boat on Monday": the deed lies behind
    if _expected_to(verb, auxes):
        return FUTURE  # "when she lands Saturday, she is expected to sign the pact"
    if _expected_now(verb, auxes):
        return FUTURE  # "the results are expected by the end of July"
    planned = verb.lemma_ in verb_class("expected") and verb.tag_ == "VBN" and verb.dep_ == "acl"
    if (
        verb.lemma_ in verb_class("scheduling")
        or verb.lower_ in verb_class("scheduling_form")
        or (planned and not auxes)
        or (
            verb.lemma_ == "set"
            and verb.tag_ == "VBN"
            and not (verb.dep_ == "acl" and span.root.head.lower_ == "on")
            and not _set_then(span, auxes)
        )
    ):
        # "a summit set for April", "has set its sights on March" (not "the record high
        # set on Aug. 6"); a plan in the past perfect may have been overtaken ("had been
        # scheduled for Friday"): the nearest reading. So may a plan that a past clause
        # tells of ("a service planned for Saturday was canceled"); "results expected
        # on Saturday" is a plan too.
        if _put_off_then(verb, span.root):
            return PAST
        overtaken = (
            _past_perfect(verb)
            or _plan_in_past(verb)
            or (verb.dep_ == "acl" and _in_past_clause(verb))
            or _plan_for_a_season_in_past(verb, span)
        )
        return UNKNOWN if overtaken else FUTURE
    if "going" in aux_words or (
        verb.tag_ == "VBG"
        and any(c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in auxes)
        and verb.lemma_ != "be"
    ):
        return FUTURE  # "is going to", "is meeting on Friday"
    if _perfect_call_for(verb, auxes):
        # "the unions have called for a shutdown on Tuesday": a perfect takes no day of
        # its own, so the day is the one called for, on either side of publication
        return UNKNOWN
    if _reported_subject_of_was(span, verb):
        # "said Easter was hardly the day to march": the past of reported speech may be
        # the speaker's present, so the day is the nearest one, on either side
        return UNKNOWN
    if verb.tag_ == "VBD" or any(
        c.tag_ in {"VBD", "VBZ", "VBP"} and c.lemma_ == "have" for c in auxes
    ):
        return PAST
    if any(c.tag_ == "VBD" for c in auxes):
        return PAST
    if verb.tag_ == "VBN" and not auxes and _after_with(verb):
        # "coding will run all summer, with results announced on September 6": the
        # participle after "with" takes the tense of the clause it hangs on
        return _tense_above(verb)
    if verb.tag_ in {"VBN", "VBG"} and not auxes and _aimed_at(verb):
        # "aims to have the rest of the plant built by the end of October", "the aim is to
        # have no one waiting by the end of October"
        return FUTURE
    if verb.tag_ == "VBN" and not auxes:
        return PAST  # a reduced relative: "a report released on December 5"
    if aux_words & verb_class("modal"):
        if verb.tag_ == "VB":
            return FUTURE  # "can take part in April"
        if verb.tag_ == "VBN" and "have" in aux_words:
            return PAST  # "may have met in April"
    if (
        verb.tag_ == "VB"
        and "to" in aux_words
        and (completed.lemma_ in verb_class("plan") or completed.lower_ in verb_class("plan_form"))
    ):
        # "plans to meet on Friday", "is expected to vote in April"; "had been scheduled
        # to expire Friday" may lie on either side of publication: the nearest
        return UNKNOWN if _past_perfect(completed) or _plan_in_past(completed) else FUTURE
    if (
        verb.tag_ == "VB"
        and "to" in aux_words
        and completed.lemma_ in verb_class("intent")
        and not _told_in_past(completed)
    ):
        return FUTURE  # "wants to sell the unit by March"
    if (
        (verb.tag_ == "VB" or _passive_infinitive(verb))
        and "to" in aux_words
        and completed.lemma_ == "be"
        and completed.tag_ in {"VBZ", "VBP"}
    ):
        return FUTURE  # "is to resume trading Tuesday", "are to be discussed on Thursday"
    if verb.tag_ in {"VBZ", "VBP"}:
        if any(t.lower_ in _FUTURE_AUX or t.lower_ in {"next", "upcoming"} for t in span.sent):
            return FUTURE
        if _joined_to_past(verb):
            # "snuck into a rally on Monday and blew himself up": a past form the tagger
            # took for a present, the verb joined to it tells the tense
            return UNKNOWN
        if verb.lemma_ not in verb_class("reporting") and not auxes and not _past_form(verb):
            # a plain present with a date is a schedule: "they meet Monday"; not "stocks
            # hurt the index on Friday", where the tagger cannot tell the tense, nor a
            # headline's present, which tells of the past ("Envoy dies on Christmas Day
            # The envoy …", run into the next sentence)
            return UNKNOWN if _headline_end(text, span) else FUTURE
    if verb.tag_ in {"VBG", "VBN"} and all(c.tag_ == "VBG" for c in auxes):
        # "died after being taken to hospital on Friday"; not "asked that it be held"
        tense = _tense_above(verb)
        return FUTURE if tense == UNKNOWN and _step_in_a_schedule(verb) else tense
    if (
        (verb.tag_ == "VB" or _passive_infinitive(verb))
        and "to" in aux_words
        and any(c.lower_ == "only" and c.dep_ == "advmod" for c in verb.children)
    ):
        # "set up in 2013, only to be disbanded the next year": what followed, told in
        # the tense of the clause it follows
        return _tense_above(verb)
    return UNKNOWN


def _verb_before_clause(verb: Token | None, span: Span) -> Token | None:
    """The verb a time belongs to where the parse hung it on the clause after it: a time
    between a verb and its object clause's subject is the first verb's ("told reporters on
    Thursday that the statement appears false": the telling, not the appearing). A time
    after the clause's "that" is the clause's own ("estimates that, as of March 4, 220
    people have died": the dying)."""
    if verb is None or verb.dep_ != "ccomp" or verb.head.i > span.start:
        return verb
    if any(c.dep_ == "mark" and c.i < span.start for c in verb.children):
        return verb
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects and all(span.end <= s.left_edge.i for s in subjects):
        return verb.head
    return verb


def _quoted_before_its_saying(verb: Token, span: Span) -> bool:
    """Whether a time inside a quotation hangs, in the parse, on the verb of saying after
    the quotation closes: a quotation mark opens before the time in its sentence and
    another stands between the time and the verb."""
    if verb.i < span.end or verb.lemma_ not in verb_class("reporting"):
        return False
    doc = span.doc
    if not any(t.is_quote for t in doc[span.sent.start : span.start]):
        return False
    return any(t.is_quote for t in doc[span.end : verb.i])


def _set_then(span: Span, auxes: list[Token]) -> bool:
    """Whether "was set" tells when the setting was done ("The target was set in August"),
    not what it was set for ("was set for Tuesday")."""
    return span.root.head.lower_ in {"in", "on"} and any(c.tag_ == "VBD" for c in auxes)


def _after_past_verb(span: Span) -> bool:
    """Whether a time the parse hangs on no verb comes right after a verb in the past, which
    the parse took for a word describing the time: "which Smith unveiled Monday"; not a
    participle after "be" or "have" ("will be unveiled Monday")."""
    if span.start < 2:
        return False
    verb = span.doc[span.start - 1]
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or verb.head.i != span.root.i:
        return False
    return verb.tag_ == "VBD" or span.doc[span.start - 2].lemma_ not in {"be", "have", "get"}


def _accused(verb: Token, auxes: list[Token]) -> bool:
    """Whether a verb of accusing is told in the present passive or as a bare participle
    ("is accused of", "a man suspected of"), whose time is that of the deed."""
    if verb.lemma_ not in verb_class("accusing") or verb.tag_ != "VBN":
        return False
    return all(c.tag_ in {"VBZ", "VBP"} for c in auxes)


def _expected_to(verb: Token, auxes: list[Token]) -> bool:
    """Whether a time hangs on a verb of planning in the present passive with an
    infinitive after it ("is expected to sign", "are scheduled to vote"): the plan's."""
    if verb.lemma_ not in verb_class("plan") or verb.tag_ != "VBN" or not auxes:
        return False
    if not all(c.tag_ in {"VBZ", "VBP"} for c in auxes):
        return False
    return any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )


def _expected_now(verb: Token, auxes: list[Token]) -> bool:
    """Whether a time hangs on "expected", "hoped for" or "intended" in the present passive
    ("are expected by the end of July", "is hoped for in May"): what is awaited lies ahead."""
    return (
        verb.lemma_ in verb_class("expected")
        and verb.tag_ == "VBN"
        and bool(auxes)
        and all(c.tag_ in {"VBZ", "VBP"} for c in auxes)
    )


def _aimed_at(verb: Token) -> bool:
    """Whether a participle after a noun tells what a plan or an aim is to bring about:
    the first verb above it is "have" or "get" in an infinitive after a verb of planning
    or intent told in the present ("aims to have the rest of the plant built by October")
    or after a present "be" ("the aim is to have no one waiting by October"); not a
    participle that tells of the noun ("wants the court to lift the ban issued Thursday")."""
    above = _verb_above(verb)
    if above is None or above.lemma_ not in {"have", "get"} or above.tag_ != "VB":
        return False
    if not any(c.tag_ == "TO" for c in above.children):
        return False
    head = above.head
    if head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"}:
        return not any(c.dep_ == "aux" for c in head.children)
    if head.lemma_ not in verb_class("plan") and head.lemma_ not in verb_class("intent"):
        return False
    return not _told_in_past(head) and not _past_perfect(head)


#: Verbs whose "for" names what is asked for: "called for a strike"
_CALL_FOR = frozenset({"call"})


def _perfect_call_for(verb: Token, auxes: list[Token]) -> bool:
    """Whether a present perfect asks for something: "have called for a strike"."""
    if verb.lemma_ not in _CALL_FOR or verb.tag_ != "VBN":
        return False
    if not any(c.tag_ in {"VBZ", "VBP"} and c.lemma_ == "have" for c in auxes):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _after_with(verb: Token) -> bool:
    """Whether a past participle describes the object of "with" ("with results announced
    on …"), which tells no time of its own."""
    noun = verb.head
    return verb.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "with"


def _present_before_future(verb: Token) -> bool:
    """Whether a verb in the present opens a clause of time ("when", "once", "until")
    that hangs on a verb in the future: English tells what is still to come there in the
    present ("trolleys will be left open when the new coin is released on Tuesday")."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(
        c.lower_ in _TIME_CLAUSE_WORDS and c.dep_ in {"advmod", "mark"} for c in verb.children
    ):
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not tags & {"VBZ", "VBP"} or tags & {"VBD", "MD"}:
        return False
    return any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in verb.head.children)


_TIME_CLAUSE_WORDS = frozenset({"when", "once", "until", "till", "after", "before", "as"})


def _verb_above(
    token: Token, steps: int = 6, through: frozenset[str] | None = None
) -> Token | None:
    """The first verb above a word, at most ``steps`` up; where ``through`` is given, only
    across words of those parts of speech."""
    current = token
    for _ in range(steps):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if through is not None and current.pos_ not in through:
            return None
    return None


def _step_in_a_schedule(verb: Token) -> bool:
    """Whether a gerund after "before" or "after" hangs on a plain present that tells a
    schedule: "England face two series in the summer, before travelling to Perth in
    November"."""
    preposition = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or preposition.lower_ not in {"before", "after"}:
        return False
    main = preposition.head
    if main.tag_ not in {"VBZ", "VBP"} or main.lemma_ in verb_class("reporting"):
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in main.children):
        return False
    return not _past_form(main) and not _joined_to_past(main)


def _tense_above(verb: Token) -> int:
    """The tense of the first finite verb above a participle that has none of its own:
    "died after being taken there on Friday" is past, "they'll be tempted to keep them
    fresh and firing for the trip on Tuesday" future."""
    current = verb
    for _ in range(6):
        if current.head.i == current.i:
            return UNKNOWN
        current = current.head
        if current.pos_ not in {"VERB", "AUX"}:
            continue
        auxes = [c for c in current.children if c.dep_ in {"aux", "auxpass"}]
        if any(c.lower_ in _FUTURE_AUX for c in auxes):
            return FUTURE
        if current.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
            return PAST
        if _accused(current, auxes):
            return PAST  # "is accused of hitting a cyclist on Friday": the deed lies behind
        if current.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ in verb_class("modal") for c in auxes
        ):
            # "can achieve its target of moving the families out by July": a modal puts the
            # plain verb ahead, as it does a time on the verb itself
            return FUTURE
        if current.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in auxes):
            return UNKNOWN  # the present, or a modal: no side of publication
    return UNKNOWN


def _participle_between(verb: Token | None, span: Span) -> Token | None:
    """A past participle after a noun that stands between the verb the parse hangs a
    time on and the time, with no other verb after it: "try to find gifts at a wedding
    held in Taiyuan on Valentine's Day" tells when the wedding was held."""
    if verb is None or verb.i >= span.start:
        return None
    for word in reversed(span.doc[verb.i + 1 : span.start]):
        if word.tag_ == "VBN" and word.dep_ == "acl":
            return word
        if word.pos_ in {"VERB", "AUX"} or word.is_sent_start:
            return None
    return None


# A capitalized word that opens a sentence, run onto a headline without a full stop
_NEXT_SENTENCE = re.compile(r"[ \t]+(?:On|In|At|The|A|An|After|As|When|While)\s")


def _headline_end(text: str, span: Span) -> bool:
    """Whether a time ends a headline that runs into the next sentence with no full stop
    ("Official dies on Election Day On the morning of …")."""
    return _NEXT_SENTENCE.match(text, span.end_char) is not None


def _put_off_then(verb: Token, time: Token) -> bool:
    """Whether a time says when a thing was put off, not when it will be: "was postponed
    Sunday", "delayed the vote on Monday", "were postponed in October" (not "postponed
    until Friday", "to Friday")."""
    if tables().cues.get(verb.lemma_.lower()) not in _PUT_OFF_ROLES or not _told_in_past(verb):
        return False
    if time.head.i == verb.i:
        return time.dep_ in {"npadvmod", "tmod"}
    on = time.head
    return time.dep_ == "pobj" and on.lower_ in {"on", "in"} and on.head.i == verb.i


_PUT_OFF_ROLES = frozenset({"extension", "deferral"})


def _owned_direction(token: Token) -> int | None:
    """The side of publication of a day that owns a thing ("Saturday's ruling"): before
    it in a sentence told in the past, whatever the tense of a clause it reports; no side
    after "following" or "after" ("may take on new meaning following Sunday's protests":
    the protests came first), nor after "before" or "ahead of" ("spoke ahead of
    Wednesday's vote": the vote came after the speaking). None where the clause's own
    tense decides."""
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _AFTER_PREPOSITIONS:
        return UNKNOWN
    if noun.dep_ == "pobj" and _before_preposition(noun.head):
        return UNKNOWN
    clause = noun.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    if any(c.lower_ in _FUTURE_AUX for c in clause.children):
        return None
    root = token.sent.root
    return PAST if _past_tense(root) else None


_AFTER_PREPOSITIONS = frozenset({"following", "after"})


def _before_preposition(preposition: Token) -> bool:
    """Whether a preposition puts its object after the clause: "before", "ahead of", "in
    advance of"."""
    if preposition.lower_ == "before":
        return True
    return preposition.lower_ == "of" and preposition.head.lower_ in {"ahead", "advance"}


def _verb_of_event_named(token: Token) -> Token | None:
    """The verb of the clause that tells of an event a date names: "decided in a June 23
    referendum" (the referendum took place on that day), "spoke at a Dec. 2 rally"."""
    noun = token.head
    if token.dep_ not in {"nmod", "compound", "amod"} or noun.i <= token.i:
        return None
    if noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and noun.head.tag_ == "VBD":
        return noun.head  # "Britain's June vote took the pound to a low": it had been held
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if (
        noun.pos_ == "NOUN"
        and owner is not None
        and owner.dep_ == "nsubj"
        and owner.head.tag_ == "VBD"
    ):
        return owner.head  # "The results of the June 23 vote shook markets": held before
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in _EVENT_PREPOSITIONS:
        return None
    verb = noun.head.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


_EVENT_PREPOSITIONS = frozenset({"in", "at", "during"})


def _runs_into_next_sentence(span: Span, text: str, end: int) -> bool:
    """Whether a time's one token runs on past a full stop after it ("Thursday.-Dwindling"
    in text whose spaces were written as hyphens)."""
    return len(span) == 1 and span.end_char > end and text[end] == "."


def _verb_of_preposition_before(span: Span) -> Token | None:
    """The verb that the preposition just before a time hangs on, where the parse gave the
    time itself another head ("to beat Hertha on Wednesday Ahead of …", a headline run
    into the next sentence)."""
    if span.start == 0 or span.root.head.pos_ in {"NOUN", "PROPN"}:
        return None  # "on the winter solstice": the time is the noun's
    preposition = span.doc[span.start - 1]
    if preposition.dep_ != "prep" or preposition.head.pos_ not in {"VERB", "AUX"}:
        return None
    return preposition.head


def _due(span: Span, verb: Token | None) -> int | None:
    """The side of publication "due" puts a time on: "results are due on Sept. 30" is
    ahead, "payment was due on Friday" behind."""
    token = span.root
    due = None
    if verb is not None and verb.lemma_ == "be":
        due = next((c for c in verb.children if c.lower_ == "due" and c.dep_ == "acomp"), None)
    current = token
    for _ in range(3):
        if due is not None or current.head.i == current.i:
            break
        current = current.head
        if current.lower_ == "due" and (current.pos_ == "ADJ" or _due_to_do(current)):
            due = current
    if due is not None and due.head.lemma_ != "be" and _due_to_do(due):
        # "the spaceship due to be launched on September 13": a plan told with no tense,
        # ahead unless a past clause tells of it
        return UNKNOWN if _in_past_clause(due) else FUTURE
    if due is None or due.head.lemma_ != "be":
        return None
    if due.head.tag_ in {"VBZ", "VBP"}:
        return FUTURE
    if due.head.tag_ == "VBD" and _due_to_do(due) and _plan_for_a_season_in_past(due.head, span):
        # "the fair was due to open on May 9": a plan told in the past for a date
        # or month, which may be the one ahead as well as the one just gone
        return UNKNOWN
    return PAST if due.head.tag_ == "VBD" else None


def _due_to_do(due: Token) -> bool:
    """Whether "due" takes an infinitive ("due to arrive", "due to be launched"), not a
    cause ("due to the storm")."""
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in due.children
    )


def _passive_infinitive(verb: Token) -> bool:
    """Whether a participle is told as "to be" done ("are to be discussed")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" and c.lemma_ == "be" for c in verb.children
    )


def _joined_to_past(verb: Token) -> bool:
    """Whether a verb has a verb in the simple past joined to it by "and" or "or"."""
    return any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)


def _past_tense(verb: Token) -> bool:
    """Whether a verb is in the past itself ("said") or by an auxiliary ("was seen", "had
    gone"); ``_told_in_past`` also takes a participle and a copula."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children
    )


def _past_form(verb: Token) -> bool:
    """Whether a present-tense verb is spelled as its past tense ("hurt", "cut", "set")."""
    return verb.lower_ == verb.lemma_.lower() and verb.lower_ in tables().unchanged_past


def _in_past_clause(token: Token) -> bool:
    """Whether the clause a participle or noun phrase belongs to is in the past tense."""
    current = token.head
    for _ in range(6):
        if current.pos_ in {"VERB", "AUX"} and current.dep_ not in {"acl", "amod"}:
            return _past_tense(current)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _told_in_past(word: Token) -> bool:
    """Whether a verb or adjective is told in the past: its own tense or its auxiliary's."""
    return (word.tag_ in {"VBD", "VBN"} and word.dep_ != "amod") or any(
        c.dep_ in {"aux", "auxpass", "cop"} and c.tag_ == "VBD" for c in word.children
    )


def _reported_subject_of_was(span: Span, verb: Token) -> bool:
    """Whether a time is the subject of "was" or "were" with a day, a date or a deadline
    after it, in a clause that a verb of saying in the past reports ("she said Friday was
    the deadline"; not "she said Friday was chaotic")."""
    return (
        span.root.dep_ == "nsubj"
        and span.root.head == verb
        and verb.lemma_ == "be"
        and verb.tag_ == "VBD"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_ in verb_class("reporting")
        and verb.head.tag_ == "VBD"
        and any(c.dep_ == "attr" and c.lemma_ in _DAY_FOR for c in verb.children)
    )


#: What a day is said to be when it is the one set for something: "was the day to march"
_DAY_FOR = frozenset({"day", "date", "deadline", "time", "moment", "occasion"})


def _past_perfect(verb: Token) -> bool:
    """Whether a verb, or the one it completes ("had been due to"), is in the past perfect."""
    for token in (verb, verb.head):
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
            return True
    return False


def _plan_in_past(verb: Token) -> bool:
    """Whether a plan is told in the simple past as one overtaken, and so may lie on
    either side of publication: "was scheduled to visit on Tuesday, but …", "the flight
    was originally scheduled for mid-January" (not "the vote was scheduled for Monday")."""
    if not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):
        return False
    return any(t.lower_ in verb_class("overtaken") for t in verb.sent)


def _plan_for_a_season_in_past(verb: Token, span: Span) -> bool:
    """Whether a plan told in the simple past is for a month, date, season or holiday
    ("was scheduled for early January", "planned my whole Christmas around it"): one ahead
    may be most of a year off, so the plan may as well be for the one just gone. A weekday
    ahead is at most six days off, and stays ahead ("the vote was scheduled for Monday")."""
    return _past_tense(verb) and not any(t.lower_ in tables().weekdays for t in span)


def sentence_starts(doc: Doc) -> list[int]:
    """The character offset where each sentence starts, in order."""
    return [sent.start_char for sent in doc.sents]


def entity_label(doc: Doc, start: int, end: int) -> tuple[str, int, int]:
    """The NER label over a character range and that entity's extent, or ``("", 0, 0)``."""
    span = tokens_of(doc, start, end)
    if span is None or len(span) == 0:
        return "", 0, 0
    first = span[0]
    if not first.ent_type_:
        return "", 0, 0
    entity = entity_of(first)
    return first.ent_type_, entity.start_char, entity.end_char
