"""Whether a length or a part of a year is no time but a count, a share, a rate or a part of
a game ("three quarters of the vote", "scored in the second half", "miles per hour")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon, load_table
from newsgraph.nlp import modifies_noun
from newsgraph.stages._times import context as ctxmod
from newsgraph.stages._times.candidate import COUNTED_FROM, Candidate, word_before
from newsgraph.stages._times.grammar import grammar
from newsgraph.stages._times.tables import tables

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as DocSpan


_OF_BEFORE = re.compile(r"(\w+)\s+of\s+$")


_WORD_AFTER = re.compile(r"[\s-]+([\w-]+)")


def one_day_cricket(c: Candidate, text: str) -> bool:
    """Whether "one-day" names a form of cricket by the noun after it (`one_day_nouns.txt`):
    "England's one-day international series"; not "a one-day strike"."""
    if text[c.start : c.end].lower() != "one-day":
        return False
    after = _WORD_AFTER.match(text, c.end)
    return after is not None and after.group(1).lower() in load_lexicon("one_day_nouns", "times")


def award_title(text: str, start: int) -> bool:
    """Whether "the year" closes an award's title: "player of the year", "album of the
    year" (`award_nouns.txt`)."""
    before = _OF_BEFORE.search(text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in load_lexicon("award_nouns", "times")


_TIME_WORD_CLASSES = frozenset({"month", "weekday", "daypart", "season", "holiday", "unit"})


def centuries_scored(c: Candidate, doc: Doc) -> bool:
    """Whether a count of centuries counts hundreds scored in cricket: joined by "and" to
    a count of runs or wickets ("with 9,870 runs and 28 centuries"), or scored ("has
    scored 30 centuries")."""
    if c.groups.get("det") or not (c.groups.get("unit") or "").lower().startswith("centur"):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    noun = span.root
    joined = [noun.head] if noun.dep_ == "conj" else []
    joined += [t for t in noun.children if t.dep_ == "conj"]
    if any(t.lower_ in _CRICKET_COUNTS for t in joined):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_ == "score"


def coins_handed(c: Candidate, doc: Doc) -> bool:
    """Whether a count of quarters is coins given or put in: "gave me two quarters",
    "inserted three quarters into the meter"."""
    if c.groups.get("det") or not (c.groups.get("unit") or "").lower().startswith("quarter"):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    return span.root.dep_ == "dobj" and span.root.head.lemma_ in _HANDING_VERBS


#: Verbs whose object, counted in quarters, is coins
_HANDING_VERBS = frozenset({"give", "hand", "insert", "toss", "drop"})


#: Counts a cricketer's record joins to a count of centuries
_CRICKET_COUNTS = frozenset({"runs", "wickets", "fifties", "innings", "catches"})


def kind_of_hours(c: Candidate, doc: Doc, text: str) -> bool:
    """Whether a bare plural unit is a compound's head that a noun before it names a kind
    of: "opening and closing hours", "rush hours", "80 gigawatt hours" (not "evening
    hours", a part of the day, nor "the closing minutes" of a match)."""
    if c.groups.get("det") or c.groups.get("rel") or COUNTED_FROM.match(text, c.end):
        return False  # "crossing the border days after the killing": a time all the same
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.dep_ != "compound" or before.head.i != span.start or before.pos_ != "NOUN":
        return False
    if before.i > 0 and doc[before.i - 1].lower_ == "the":
        return False  # "in the closing minutes" of a match is a time
    classes = grammar().word_classes.get(before.lower_, frozenset())
    if before.lower_ not in tables().holidays:
        # the first word of a holiday's longer name is no time alone: "election years"
        classes = classes - {"holiday"}
    return not classes & _TIME_WORD_CLASSES


@cache
def number_before() -> re.Pattern[str]:
    """A number just before a unit word ("five years", "a few years")."""
    words = "|".join(sorted((w for w in tables().numbers if w not in {"a", "an"}), key=len)[::-1])
    return re.compile(rf"(?<![-–\d])(?:\d+|\b(?:{words}|few|several|many))[\s-]+$", re.IGNORECASE)


def minute_of_a_game(c: Candidate, text: str) -> bool:
    """Whether a bare count of minutes after "on" names a minute of a game."""
    g = c.groups
    if g.get("det") or g.get("rel") or not (g.get("num") or "").isdigit():
        return False
    unit = (g.get("unit") or "").lower()
    return unit in {"minute", "minutes"} and word_before(text, c.start) == "on"


def in_a_game(c: Candidate, doc: Doc, text: str) -> bool:
    """Whether a half or a quarter with no year is a part of a game, or of something else
    named after it ("the second half of the match", "of the 19th century"): its sentence,
    or the one on either side in its paragraph, tells of half-time, a striker, or goals
    and a match ("scored a goal in the second half"), or the article tells of a game
    elsewhere."""
    g = c.groups
    if (g.get("qunit") or "").lower() not in {"half", "quarter"}:
        return False
    if any(g.get(k) for k in ("qyear", "year", "fiscal", "ofrel", "qrel", "qyrel")):
        return False
    if _OF_SOMETHING.match(text, c.end):
        return True  # "of the match", "of the 19th century"; not "of the current fiscal year"
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    window = _paragraph_neighbours(span.sent)
    kinds = [tables().game_words.get(t.lower_) for t in window]
    sure, likely = kinds.count("sure"), kinds.count("likely")
    if sure > 0 or likely > 1 or (likely > 0 and bool(_SCORE.search(window.text))):
        return True
    # a match report tells of half-time or the referee somewhere else: "a trio of
    # second-half tries", "The second half failed to live up to the opening period"
    words = _HYPHENATED_WORD.findall(text.lower())  # "half-time" is one word here
    told = sum(tables().game_words.get(w) == "sure" for w in words)
    if told > 1 or (told > 0 and likely > 0):
        return True
    # or names one player's place and, elsewhere, goals and a win, or a score and a match
    # ("strikers" and a 12-3 vote alone tell of a labour dispute)
    said = sum(tables().game_words.get(w) == "likely" for w in words)
    return told > 0 and (said > 2 or (said > 0 and bool(_SCORE.search(text))))


_HYPHENATED_WORD = re.compile(r"\w+(?:-\w+)*")


_OF_SOMETHING = re.compile(
    r"\s+of\s+(?:the|a|an)\s+(?!(?:(?:current|coming|next|last|previous|same)\s+)?"
    r"(?:(?:fiscal|financial|calendar)\s+)?year\b)",
    re.IGNORECASE,
)


def _paragraph_neighbours(sentence: DocSpan) -> DocSpan:
    """The sentence with the one before and the one after it in the same paragraph."""
    doc = sentence.doc
    start, end = sentence.start, sentence.end
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start
    if end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end = doc[end].sent.end
    return doc[start:end]


_SCORE = re.compile(r"(?<![$£€.,\d])\b\d{1,2}-\d{1,2}\b(?![\d.,%]| ?(?:percent|per cent|%))")


def unit_of_rate(c: Candidate, doc: Doc) -> bool:
    """Whether "per" and a unit shorter than a day follow the things counted, as a unit
    of a rate ("megabits per second", "miles per hour", "7,400 kilometer per hour"), not
    a time that recurs ("paid per hour")."""
    unit = tables().units.get((c.groups.get("unit") or "").lower())
    if unit not in {"S", "MIN", "H"} or c.groups.get("num"):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    # a unit of measure read as singular ("km", "kilometer") counts too
    return before.tag_ == "NNS" or before.lower_ in load_table("measures", "quantities")


def final_one(c: Candidate, doc: Doc, text: str) -> bool:
    """Whether "last" after a possessive means final, not the one before this one: a
    night, a day or a week of someone's ("your last night"), not a company's quarter or
    year ("Apple's last quarter", "its last fiscal year": the latest)."""
    if not text.startswith(("last", "Last"), c.start):
        return False
    if not _FINAL_UNITS.fullmatch(text[c.start : c.end].lower()):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    return span is not None and span.start > 0 and doc[span.start - 1].tag_ in {"PRP$", "POS"}


_FINAL_UNITS = re.compile(r"last\s+(?:night|evening|day|week|weekend)")


def every_second_thing(c: Candidate, doc: Doc) -> bool:
    """Whether "every second" is the ordinal before a noun ("every second person")."""
    if (c.groups.get("unit") or "").lower() != "second" or c.groups.get("num"):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    return span is not None and span[-1].dep_ == "amod"


#: What makes "a quarter" a share, not three months: "… to a third", "… of".
_SHARE_AFTER = re.compile(
    r"\s+(?:(?:to|or|and)\s+(?:an?\s+|one\s+|two\s+)?(?:third|half|fifth|quarter|tenth)s?|of)\b",
    re.IGNORECASE,
)


_QUARTERS_OF = re.compile(
    r"\s+of\s+(?!(?:the|an?|its|their|his|her|our|this|that|these|those|all|which|what|them)\b)"
    r"(?P<noun>[a-z]+[^s\W])\b"
)


# A share's figure in brackets after it: "a quarter (24%)"
_PERCENT_ASIDE = re.compile(r"\s*\([^()]{0,15}(?:%|per\s?cent)[^()]{0,5}\)")


def a_share(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether quarters (from ``start`` to ``end``) are a share, not three months: before
    "of" something or another fraction, after their figure in brackets ("a quarter (24%)
    of voters"), who say something ("Three-quarters said") or, bare, do something a stretch
    of time cannot ("About three-quarters voted for it")."""
    aside = _PERCENT_ASIDE.match(text, end)
    if aside is not None:
        return True
    if _SHARE_AFTER.match(text, end) and not quarters_of_time(doc, text, end):
        return True
    span = ctxmod.tokens_of(doc, start, end)
    if span is None:
        return False
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB" or quarters_of_time(doc, text, end):
        return False
    verb = root.head.lemma_.lower()
    if verb in load_lexicon("speech_verbs", "attributions"):
        return True
    bare = not any(w.dep_ in {"det", "poss"} or w.lower_ in _PERIOD_WORDS for w in root.lefts)
    return bare and verb not in ctxmod.verb_class("time_subject")


# Words before quarters that make them a company's or a calendar's ("the last three
# quarters", "its first two quarters")
_PERIOD_WORDS = frozenset({"last", "past", "next", "first", "previous", "recent", "coming"})


def quarters_of_time(doc: Doc, text: str, end: int) -> bool:
    """Whether "of" after quarters (ending at ``end``) names what they are half a year
    of: a bare singular noun that heads its phrase ("two quarters of contraction"), not
    a whole they are a share of ("of the homes", "of web users", "of one percent")."""
    match = _QUARTERS_OF.match(text, end)
    if match is None:
        return False
    noun = ctxmod.tokens_of(doc, match.start("noun"), match.end("noun"))
    return noun is not None and not noun[0].like_num and not modifies_noun(noun[0])
