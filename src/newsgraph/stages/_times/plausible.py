"""Which candidates are times: the false friends that the parse and the words around a
match rule out (names, verbs, counts, ages, phone numbers, "the fall in prices")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import NAME_LABELS, modifies_noun
from newsgraph.stages._times import context as ctxmod
from newsgraph.stages._times.candidate import DAY_KINDS, TIME_PREPOSITIONS, Candidate, word_before
from newsgraph.stages._times.counts import (
    a_share,
    award_title,
    centuries_scored,
    coins_handed,
    every_second_thing,
    final_one,
    in_a_game,
    kind_of_hours,
    minute_of_a_game,
    number_before,
    one_day_cricket,
    quarters_of_time,
    unit_of_rate,
)
from newsgraph.stages._times.names import (
    beside_a_paper_name,
    ends_a_name,
    ends_quoted_title,
    first_name,
    month_word_is_time,
    names_a_programme,
    paper_called_an_adverb,
    part_of_a_name,
    titled_unit,
    weekday_surname,
    year_owning_a_title,
)
from newsgraph.stages._times.tables import tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# What an entity may add to a time and still be no name: an article, a possessive.
_ARTICLE_ONLY = re.compile(r"\s*(?:the|a|an)?\s*(?:['’]s)?\s*", re.IGNORECASE)


def _count_after_month(c: Candidate, text: str) -> bool:
    """Whether the number after a month after "in" counts the plural noun after it, a
    comma lost after the month: "In January 25 people were jailed"."""
    g = c.groups
    if g.get("year") or g.get("weekday") or g.get("rel"):
        return False
    return word_before(text, c.start) == "in" and _PLURAL_AFTER.match(text, c.end) is not None


def _day_after_month(c: Candidate, text: str) -> bool:
    """Whether a number with a unit in the singular after it is a day after a month's
    name ("on Dec 7 night"), not a length ("seven night" is no length; "a 7-night stay"
    is)."""
    g = c.groups
    num, unit = g.get("num") or "", (g.get("unit") or "").lower()
    if g.get("det") or g.get("rel") or not num.isdigit() or unit.endswith("s"):
        return False
    if "-" in text[c.start : c.end]:
        return False
    return word_before(text, c.start).rstrip(".") in tables().months


def _ordinal_length_before_ago(c: Candidate, text: str) -> bool:
    """Whether a length with "final", "first" or the like and no article before it is
    counted back by "ago" after it, so that the word is a noun before the time: "lost in
    the Melbourne final two years ago"."""
    g = c.groups
    return bool(g.get("rel")) and not g.get("det") and _AGO_AFTER.match(text, c.end) is not None


_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)


def _range_end_after_month(c: Candidate, text: str) -> bool:
    """Whether a day joined to its month by a hyphen ("29-April") follows a month's name,
    so that the day is that month's and the hyphen ends a range: "from March 29-April"."""
    day = c.groups.get("day") or ""
    if not re.match(rf"{re.escape(day)}(?:st|nd|rd|th)?-", text[c.start : c.end]):
        return False
    return word_before(text, c.start).rstrip(".") in tables().months


def _weekend_before_noun(c: Candidate, doc: Doc) -> bool:
    """Whether "a weekend" is a weekend that names when the noun after it happened: "a
    weekend nightclub shooting", where "a" is the shooting's and no length is told."""
    g = c.groups
    if (g.get("num") or "").lower() not in {"a", "an"} or g.get("rel"):
        return False
    if (g.get("unit") or "").lower() != "weekend":
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    last = span[-1]
    return modifies_noun(last) and last.head.i > last.i and last.head.pos_ == "NOUN"


_PLURAL_AFTER = re.compile(r"\s+(?:people|men|women|children|[a-z]+[^s\W']s)\b")


# A "Q" with a number no quarter has ("Q5", "Q7", "Q30"): the article names models of a
# series, and a bare "Q3" in it is one more of them.
_MODEL_SERIES = re.compile(r"\bQ(?:[5-9]|[1-9]\d)\b")


# Dates written all in digits: a year, a month and a day
_FULL_DATE_KINDS = frozenset({"iso", "numeric", "numeric_dmy"})


def _capitalized(word: str | None) -> bool:
    return bool(word) and word is not None and word[0].isupper()


def plausible(c: Candidate, doc: Doc, text: str) -> bool:
    """False for matches that are no time: names, verbs, counts, ages."""
    g = c.groups
    for name in ("month", "weekday", "holiday"):
        if g.get(name) and not _capitalized(g[name]):
            return False
    label, ent_start, ent_end = ctxmod.entity_label(doc, c.start, c.end)
    # a date all in digits is no part of a name the tagger ran over it: "(China Daily
    # Weekly 02/17/2017 page24)"
    named = label in NAME_LABELS and c.kind not in _FULL_DATE_KINDS
    if named and (ent_start < c.start or ent_end > c.end):
        outside = text[ent_start : c.start] + " " + text[c.end : ent_end]
        # TempEval-3 tags the year that opens an event's name ("the 1996 Olympic Games")
        opens_event = label == "EVENT" and c.kind == "year"
        if opens_event and not _ARTICLE_ONLY.fullmatch(text[ent_start : c.start]):
            opens_event = False
        # "the Black Sea March| 17": the tagger ran a place into the month, not the day;
        # "on Spike TV March 1|": a channel into the whole date, which no name ends with
        glued = c.kind in DAY_KINDS and c.start < ent_end <= c.end and ent_start < c.start
        # "resigned Thursday.-Fading support": the next sentence's first word, glued on by
        # a hyphen written for a space, which the tagger ran into one name with the day
        run_on = ent_start == c.start and text.startswith(".-", c.end)
        # "the Palmer Raids of the 1920s", "the revolution of 1917": a year or a decade
        # that ends a name after "of" is still the time the name tells of; after "in",
        # the tagger ran a place into the time ("a deficit in the Republic in 2017")
        ends_with_time = (
            c.kind in {"year", "decade"}
            and ent_end == c.end
            and _OF_OR_IN_BEFORE.search(text, max(0, c.start - 8), c.start) is not None
        )
        if (
            not _ARTICLE_ONLY.fullmatch(outside)
            and not opens_event
            and not glued
            and not run_on
            and not ends_with_time
        ):
            return False  # not "the Aug. 7" that the tagger took for a name
    if c.kind in {"month", "rel_month"} and not month_word_is_time(c, doc, text, label):
        return False
    thing = _THING_AFTER.match(text, c.end) if g.get("holiday") else None
    if thing is not None and thing.group(1).lower() in tables().holiday_things:
        return False  # "a Berlin Christmas market", "Easter eggs"
    if g.get("weekday") and _ends_a_holiday(c, text):
        return False  # "the Good Friday accord": the holiday's word, no day of this week
    if c.kind in {"year", "fiscal_year"} and not _year_is_time(c, doc, text, label):
        return False
    if c.kind == "year" and label == "DATE" and ent_end > c.end and not _modern_year(c):
        return False  # "the line on 1800 555123": the tagger's date runs on past the number
    if c.kind == "season" and not _season_is_time(c, doc, text):
        return False
    if c.kind == "decade" and g.get("bare") and not g.get("the"):
        return False  # "a man in his 30s" is an age
    if c.kind == "decade" and year_owning_a_title(c, text):
        return False  # "cast in 2010's "Spider-Man"": the year's, as "2012's" would be
    if c.kind in {"decade", "spoken_decade"} and _TEMPERATURE.search(
        text[max(0, c.start - 40) : c.start]
    ):
        return False  # "temperatures in the 90s", "the temperature got into the sixties"
    if c.kind in {"hrs", "the_part"} and word_before(text, c.start) not in _PART_PREPOSITIONS:
        return False  # "24hrs service"; "the morning after" without a time before it
    if c.kind == "the_part" and _CLAUSE_AFTER.match(text, c.end):
        return False  # "from the night the plane went down", "the night before"
    if (
        c.kind == "duration"
        and (g.get("num") or "").lower() in {"a", "an"}
        and (g.get("unit") or "").lower().endswith("s")
    ):
        return False  # "a decades-long feud": "a" is the feud's, "decades-long" the time
    if c.kind == "duration" and _weekend_before_noun(c, doc):
        return False  # "a weekend nightclub shooting": "a" is the shooting's, no length
    few = re.sub(r"\s+", " ", (g.get("num") or "").lower()) if c.kind == "duration" else ""
    if few in {"a few", "few", "several", "many"}:
        unit = (g.get("unit") or "").lower()
        if not unit.endswith("s") and not g.get("long") and "-" not in text[c.start : c.end]:
            return False  # "a few second serve returns": no duration ("several-year" is)
    if c.kind == "duration" and _day_after_month(c, text):
        return False  # "sold on Dec 7 night": the day of a month, then a part of it
    if c.kind == "duration" and _ordinal_length_before_ago(c, text):
        return False  # "the Melbourne final two years ago": "two years ago" is the time
    if c.kind == "duration" and minute_of_a_game(c, text):
        return False  # "Henry broke through on 17 minutes": the 17th minute, no length
    quarter = c.kind == "duration" and (g.get("unit") or "").lower().startswith("quarter")
    if quarter and a_share(doc, text, c.start, c.end):
        return False  # "nearly a quarter to a third of the crop", "a quarter (21%) of": a share
    if quarter and coins_handed(c, doc):
        return False  # "gave me two quarters": coins, no half-year
    if c.kind == "ref" and not _ref_is_time(c, doc, text):
        return False
    if c.kind == "month_day" and _count_after_month(c, text):
        return False  # "In January 25 people were jailed": a month, then a count
    if c.kind == "day_month" and _range_end_after_month(c, text):
        return False  # "from March 29-April": the day is March's, April ends a range
    if c.kind == "code" and not g.get("year") and _MODEL_SERIES.search(text):
        return False  # "the Audi Q7, Q5 and Q3": a model in a series, no quarter
    if c.kind == "duration" and one_day_cricket(c, text):
        return False  # "a one-day international": a form of match, no length
    if c.kind == "duration" and centuries_scored(c, doc):
        return False  # "with 9,870 runs and 28 centuries": hundreds scored, no length
    if c.kind == "the_unit" and award_title(text, c.start):
        return False  # "named player of the year": an award, no year
    if c.kind == "the_unit" and _ROUND_AFTER.match(text, c.end):
        return False  # "open all the year round": through every year, no year told of
    if c.kind == "anchored" and (g.get("anch") or "").lower() == "that":
        span = ctxmod.tokens_of(doc, c.start, c.end)
        if span is not None and span[0].dep_ == "mark":
            return False  # "Strava says that night heatmaps will be…"
    if names_a_programme(c, text):
        return False  # "NBC's TODAY", "the Today programme" are a programme
    if ends_a_name(c, text):
        return False  # "a USA Today editorial", "DirecTV Now"
    if c.kind in {"deictic", "weekday_part", "deictic_part"} and ends_quoted_title(
        text, c.start, c.end
    ):
        return False  # 'on "Fox News Sunday"', 'NBC's "Today" show': a programme
    if part_of_a_name(c, doc, text):
        return False
    if c.kind == "vague_units" and number_before().search(text[max(0, c.start - 20) : c.start]):
        return False  # "five years ahead": the duration "five years" is the time
    if c.kind == "vague_units" and kind_of_hours(c, doc, text):
        return False  # "opening hours", "80 gigawatt hours": a kind of hours, no length
    if c.kind == "vague_units" and word_before(text, c.start) in {"old", "olden"}:
        return False  # "the good old days": a time long gone, no length of days
    if c.kind == "vague_units" and minutes_of_a_meeting(c, doc, text):
        return False  # "The minutes of the meeting show…": a record, no length
    if c.kind == "code" and not (g.get("code") or "").isupper():
        return False
    if c.kind == "quarter" and in_a_game(c, doc, text):
        return False  # "scored in the second half": a part of a match
    shared = bool(g.get("half")) or (g.get("num") or "").lower().startswith("half")
    if c.kind == "ago" and shared and (g.get("dir") or "").lower() != "ago":
        return False  # "a minute and a half later": the length is the time, as TimeBank has it
    if c.kind == "quarter" and g.get("qago") and not any(g.get(k) for k in _QUARTER_NAMED):
        return False  # "half a year ago" is six months back, no half-year a year before
    if c.kind == "quarter" and _SHORT_UNIT_AFTER.match(text, c.end):
        return False  # "the first half hour of the tour": half of an hour, no half-year
    if c.kind == "overnight":
        span = ctxmod.tokens_of(doc, c.start, c.end)
        if span is None or span[0].pos_ != "ADV":
            return False  # "an overnight stay"
        head = span[0].head
        if head.i == span[0].i + 1 and head.pos_ == "NOUN":
            return False  # "Overnight stays rose": a kind of stay, tagged as an adverb
        for verb in (span[0].head, span[0].head.head):  # "becomes outdated overnight"
            if tables().cues.get(verb.lemma_) == "sudden" or any(
                c.dep_ == "neg" for c in verb.children
            ):
                return False  # "cash becomes outdated overnight", "it won't happen overnight"
    term = c.kind == "ref" and (g.get("ref") or "").lower().endswith("term")
    if term and re.match(r"\s+of\b", text[c.end : c.end + 4]):
        return False  # "the short term of the lease" is a length, not a time
    if c.kind == "anchored" and _NEXT_UNIT.fullmatch(g.get("_text") or ""):
        return False  # "the next year" counts from publication, not from a day told of
    if titled_unit(c, text):
        return False
    after = text[c.end : c.end + 12]
    relative_to_event = (g.get("dir") or "").lower() in {"before", "after"}
    if c.kind in {"ago", "day_before"} and relative_to_event and _EVENT_AFTER.match(after):
        return False  # "13 days after the bombings": the duration alone is the time
    if c.kind == "set" and (g.get("every") or "").lower() == "per" and unit_of_rate(c, doc):
        return False  # "calculations per second", "miles per hour": a unit of a rate
    if c.kind == "set" and every_second_thing(c, doc):
        return False  # "almost every second person": every other one, no time
    if c.kind == "set" and g.get("freq"):
        span = ctxmod.tokens_of(doc, c.start, c.end)
        if span is not None and len(span) == 1 and span[0].pos_ == "NOUN":
            return False  # "the British weekly said": a paper
        if span is not None and len(span) == 1 and paper_called_an_adverb(span[0]):
            return False  # "Kommersant business daily writes", "told the Gazeta daily"
        if (span is not None and span[0].pos_ == "PROPN") or re.match(r"\s+[A-Z]", after):
            return False  # "the party daily Granma"
        if span is not None and len(span) == 1 and beside_a_paper_name(span[0]):
            return False  # "confirmed to Izvestia daily earlier"
        if span is not None and (g.get("freq") or "").lower() in tables().adverb_sets:
            if span[0].pos_ != "ADV" and span[0].dep_ != "advmod":
                return False  # "a quarterly dividend", "its initial quarterly"
            if _RATE_BEFORE.search(text[max(0, c.start - 30) : c.start]):
                return False  # a rate: "to rise 8.5% annually", "10,000 units annually"
    if c.kind in {"duration", "compound_duration", "vague_units", "ago"}:
        if _AGE_AFTER.match(text, c.end) or re.match(r"-year-old", after):
            return False  # ages: "a 20-year-old", "five years old", "11 year olds"
        if (g.get("unit") or "").lower() == "second" and _HAND_AFTER.match(after):
            return False  # "six second hand planes": bought used, no six seconds
        if word_before(text, c.start) in tables().labels:
            return False  # "her grade eight year": the number names a grade
        if (
            (g.get("unit") or "").lower().startswith("quarter")
            and re.match(
                r"\s+(?:of|million|billion|trillion|thousand|hundred|mile|point|percent)\b", after
            )
            and not quarters_of_time(doc, text, c.end)
        ):
            return False  # "three quarters of the vote", "a quarter million people"
    if c.kind in {"clock", "clock24"} and _RECORDING_AFTER.match(text, c.end):
        return False  # "appears at 2:15 in the video", "at the 2:15 mark": a point in a recording
    if c.kind in {"duration", "ago", "clock", "clock24"} and label in {"MONEY", "PERCENT"}:
        return False
    if c.kind == "second_day":
        span = ctxmod.tokens_of(doc, c.start, c.end)
        if span is None or span[0].dep_ == "nummod":
            return False  # "on Feb. 3 and 4 people died"
    if final_one(c, doc, text):
        return False  # "round off your last night", "their last week in office": the final one
    if c.kind == "month" and not g.get("year") and first_name(doc, c):
        return False  # "Arguing for the state was August Flentje": a person
    if weekday_surname(doc, c):
        return False  # "said England coach Mike Friday": a person
    if c.kind == "month_day" and (g.get("month") or "").lower() == "may":
        span = ctxmod.tokens_of(doc, c.start, c.end)
        stops = g.get("month") == "May" and _STOP_AFTER.match(text, c.end) is not None
        if span is not None and span[0].tag_ in {"MD", "VB", "VBP", "VBZ"} and not stops:
            return False  # "may 5 people"; not "May 19: the vote", where no verb can follow
    return True


#: "round" after "the year": "all the year round" is every year, no year
_ROUND_AFTER = re.compile(r"\s+round\b(?!\s+of\b)", re.IGNORECASE)


#: A recording after a clock time, which then tells a point in the recording; or "mark"
#: ("begins at the 15:40 mark")
_RECORDING_AFTER = re.compile(
    r"\s+(?:(?:in|into|of)\s+(?:the|this|that|a|an|his|her|their|its|our)\s+"
    r"(?:\w+\s+)?(?:video|clip|footage|recording)s?|mark)\b",
    re.IGNORECASE,
)


#: A stop after a day, where "May" before it can be no modal verb
_STOP_AFTER = re.compile(r"[:;,.)]")


#: What makes "half" or "quarter" one of a year: "the", an ordinal, a relative word
_QUARTER_NAMED = frozenset({"det", "qord", "qrel", "qyear", "qyrel", "fiscal"})


#: A unit after "half" or "quarter" that makes it a share of that unit, no part of a year
_SHORT_UNIT_AFTER = re.compile(r"[\s-]+(?:hour|minute|second|day|mile)s?\b", re.IGNORECASE)


#: What makes a length before it an age: "old", "olds", or another unit and then "old"
#: ("12 years and seven months old")
_AGE_AFTER = re.compile(r"(?:-|\s+)olds?\b|\s+and\s+(?:a\s+half|\w+\s+months?)\s+old\b")


# Words before "the morning" or "16hrs" after which they are a time of the day told of
_PART_PREPOSITIONS = frozenset(
    {"in", "during", "through", "throughout", "into", "at", "from", "until", "till", "by"}
    | {"to", "beyond", "after", "before", "around", "since"}
)


_CLAUSE_AFTER = re.compile(
    r"\s+(?:before|after|when|that|of|which|the|a|an|his|her|their|its|he|she|they|we|I|it"
    r"|you|[A-Z]\w*)\b"
)


_ADJECTIVE_REFS = frozenset({"the past", "the present", "the future"})


_AND_THEN = re.compile(r"\s+and\s+(?:then|again)\b", re.IGNORECASE)


_OF_A_THING = re.compile(r"\s+(?:of|for)\s+(?!(?:the\s+)?(?:year|month|week|decade|century)\b)")


# "of" and what a meeting's minutes are of: "Minutes of the March meeting"
_RECORD_OF = re.compile(r"\s+of\s+(?:the|an?|its|their|this|that|last|[A-Z])\b")


def minutes_of_a_meeting(c: Candidate, doc: Doc, text: str) -> bool:
    """Whether "the minutes" with no count or side is a meeting's record: "of" a meeting
    after it ("Minutes of the board meeting", "the minutes of the talks") or read,
    released or kept "of" them ("the release of the minutes"), not "in the minutes"
    nor "as the minutes passed"."""
    g = c.groups
    if (g.get("unit") or "").lower() != "minutes" or g.get("rel") or g.get("dir") or g.get("long"):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or not (g.get("det") or span[0].is_sent_start):
        return False
    if _RECORD_OF.match(text, c.end):
        return True
    token = span[-1]
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.pos_ == "NOUN"
        and preposition.head.i < preposition.i
    )


def _ends_a_holiday(c: Candidate, text: str) -> bool:
    """Whether a weekday closes a holiday's name with the word before it ("Good Friday",
    "Easter Monday"): the holiday's match is the time, or none is where it names a thing."""
    words = text[max(0, c.start - 20) : c.end].lower().split()
    return len(words) > 1 and " ".join(words[-2:]) in tables().holidays


def _ref_is_time(c: Candidate, doc: Doc, text: str) -> bool:
    """ "the past" is no time where it is an adjective: "the past two terms", "the present
    matter", "the future space industry"; nor is "the future of" a thing."""
    ref = re.sub(r"\s+", " ", (c.groups.get("ref") or "").lower())
    if ref == "the future" and _OF_A_THING.match(text, c.end):
        return False  # "the future of the Chinese market": its prospects, as TimeBank reads it
    if ref == "now" and _AND_THEN.match(text, c.end):
        return False  # "every now and then": from time to time
    if ref == "current" and not _current_before_a_noun(c, doc):
        return False  # "pushes against the current", "an electric current": a flow
    if ref not in _ADJECTIVE_REFS:
        return True
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span.end >= len(doc):
        return True
    following = doc[span.end]
    return following.pos_ not in _MODIFIED or bool(following.is_sent_start)


#: The parts of speech of a word an adjective such as "current" or "recent" can qualify
_MODIFIED = frozenset({"NOUN", "NUM", "PROPN", "ADJ"})


def _current_before_a_noun(c: Candidate, doc: Doc) -> bool:
    """Whether "current" is the adjective of what follows it ("the current minister", "at
    current rates"), not a noun of its own ("swam against the current")."""
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span[0].pos_ != "NOUN":
        return True
    following = doc[span.end] if span.end < len(doc) else None
    return following is not None and following.pos_ in _MODIFIED


# What follows "before" or "after" when it names an event ("13 days after the bombings")
# rather than ending the time ("the year before in an accident")
_EVENT_AFTER = re.compile(r"\s+(?!(?:in|on|and|but|as|with|while|for|from)\b)[\w$]")


_NEXT_UNIT = re.compile(r"the\s+next\s+(?:week|month|year)", re.IGNORECASE)


_THING_AFTER = re.compile(r"\s+([A-Za-z]+)")


#: "of", "of the", "in" or "in the" right before a time
_OF_OR_IN_BEFORE = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _modern_year(c: Candidate) -> bool:
    """Whether a year falls in 1900-2099, where a bare number is read as a year."""
    return 1900 <= int(c.groups.get("year") or 0) <= 2099


def _year_is_time(c: Candidate, doc: Doc, text: str, label: str) -> bool:
    year = int(c.groups.get("year") or 0)
    if _PHONE_BEFORE.search(text[max(0, c.start - 16) : c.start]):
        return False
    if c.kind == "year" and _PHONE_AFTER.match(text, c.end) and word_before(text, c.start) != "in":
        return False  # "Freephone 1800 666 111": a number's first group, no year
    if c.kind == "fiscal_year" or (c.groups.get("_text") or "").lower().startswith("the year"):
        return True
    if c.groups.get("spoken"):
        return True  # "nineteen ninety-six" is no count
    if not 1900 <= year <= 2099 and label != "DATE":
        return False
    if _street_after().match(text, c.end):
        return False  # "1775 Naramata Rd."
    if c.kind == "year" and word_before(text, c.start) in tables().name_words.get(
        "numbered", frozenset()
    ):
        return False  # "UN resolution 1441", "flight 1549"
    if _zone_after().match(text, c.end) and text[max(0, c.start - 3) : c.start].lower() != "in ":
        return False  # "at 1pm (1100 GMT)": a clock time, no year (not "in 1999 GMT was")
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is not None and c.kind == "year" and len(span) == 1:
        token = span[0]
        previous = doc[token.i - 1] if token.i > 0 else None
        counted = token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.head.i > token.i
        if counted and previous is not None and previous.lower_ in _QUANTIFIERS:
            return False  # "about 2000 pages" is a count
        if (
            label == "CARDINAL"
            and previous is not None
            and previous.lower_ in _YEAR_DETERMINERS
            and token.head.tag_ == "NN"
            and token.head.i > token.i
        ):
            return True  # "a 2014 study", "the city's 2022 policy"
    if label in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}:
        previous_word = doc[span[0].i - 1].lower_ if span is not None and span[0].i > 0 else ""
        if label == "CARDINAL" and _BOUND_BEFORE.search(text, max(0, c.start - 30), c.start):
            return True  # "until at least 2021", "by the latest 2030"
        if previous_word in TIME_PREPOSITIONS - {"and", "or", ","} and _count_run_on(span):
            return True  # "in 2019 64% of all parcels came late": the count follows it
        return label == "CARDINAL" and previous_word in TIME_PREPOSITIONS - {"and", "or", ","}
    after = text[c.end : c.end + 10]
    return not re.match(r"\s*(?:%|percent\b|per\s+cent\b)", after)


def _count_run_on(span: Span | None) -> bool:
    """Whether the tagger ran a year into a number right after it in one count."""
    if span is None or len(span) != 1 or span.end >= len(span.doc):
        return False
    following = span.doc[span.end]
    return following.like_num and following.ent_iob_ == "I"


#: "hand" after "second": "second hand", "second-hand" goods
_HAND_AFTER = re.compile(r"[\s-]+hand\b", re.IGNORECASE)


#: A bound between a time preposition and a year the tagger saw as a count
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|by|through|since|in|from|before|after)\s+(?:at\s+)?(?:the\s+)?"
    r"(?:least|latest|earliest|most)\s+\Z",
    re.IGNORECASE,
)


def _season_is_time(c: Candidate, doc: Doc, text: str) -> bool:
    """A season word alone is a time after "in", "this", "the" ("the fall of Rome" is not)."""
    g = c.groups
    if g.get("rel") or g.get("year") or g.get("syear") or g.get("syrel"):
        return True
    if re.match(r"\s+of\b", text[c.end : c.end + 4]):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or span[-1].pos_ == "VERB":
        return False
    word = span[-1]
    noun = word.head if modifies_noun(word) and word.head.i > word.i else None
    if noun is None and word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "NOUN":
        noun = doc[word.i + 1]  # the parser may hang "armyworm" elsewhere
    if (
        noun is not None
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.lemma_.lower() not in _SEASON_TIME_NOUNS
        and not any(t.is_punct for t in doc[word.i + 1 : noun.i])
    ):
        return False  # "the Fall armyworm", "the winter transfer window"; not "the summer months"
    previous = doc[span[0].i - 1].lower_ if span[0].i > 0 else ""
    if previous in {"early", "late", "mid"} and span[0].i > 1:
        previous = doc[span[0].i - 2].lower_  # "the early summer", "in late spring"
        return previous == "the" or previous in _SEASON_PREPOSITIONS
    if (g.get("season") or "").lower() == "fall":
        if re.match(r"\s+(?:in|of)\b", text[c.end : c.end + 4]):
            return False  # "the fall in the unemployment rate"
        return previous in _FALL_PREPOSITIONS
    return bool(g.get("det")) or previous in _SEASON_PREPOSITIONS


# Words before a year that make it one even where the tagger saw a count ("a 2014 study")
_YEAR_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "'s", "’s"}
)


_QUANTIFIERS = frozenset(
    {"about", "around", "nearly", "almost", "some", "over", "than", "roughly", "approximately"}
    | {"only", "just", "least", "most", "to", "under", "another", "additional"}
)


@cache
def _zone_after() -> re.Pattern[str]:
    """A time zone's name after a number ("1100 GMT")."""
    zones = sorted(tables().zones, key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, zones))})\b")


@cache
def _street_after() -> re.Pattern[str]:
    """A street's name after a number ("1775 Naramata Rd."; ``lexicons/street_words.txt``)."""
    words = sorted((w.capitalize() for w in load_lexicon("street_words")), key=len, reverse=True)
    return re.compile(rf"\s+(?:[A-Z][a-z]+\s+){{1,2}}(?:{'|'.join(words)})\b")


_SEASON_PREPOSITIONS = frozenset({"in", "during", "this", "last", "next", "by"})


# Nouns a season may name a time of ("the summer months", "the spring term")
_SEASON_TIME_NOUNS = frozenset(
    {"month", "season", "term", "semester", "holiday", "break", "vacation", "recess"}
    | {"session", "quarter", "period", "solstice", "equinox", "day", "week", "weekend"}
)


# "the fall" is a season only after one of these ("behind the fall in prices" is a drop)
_FALL_PREPOSITIONS = _SEASON_PREPOSITIONS | {
    "until",
    "till",
    "through",
    "throughout",
    "over",
    "since",
    "for",
    "after",
    "before",
}


_RATE_BEFORE = re.compile(r"\d[\w,.%]*(?:\s+(?:per\s+cent|[a-z]+)){0,2}\s+$")


_TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees|highs|lows|mercury)\b", re.IGNORECASE)


# Digit groups around a four-digit number make it part of a phone number: "0300 123 2020"
_PHONE_BEFORE = re.compile(r"(?:\+\d+|\b0\d{2,4}|\(0\d+\))[\s-]+(?:\d{2,4}[\s-]+)?$")
# Two more digit groups after a four-digit number: "1800 666 111" ("in 2015 100 000" is
# a year and a count written with spaces)
_PHONE_AFTER = re.compile(r"[ -]\d{2,4}[ -]\d{3,4}\b(?![.,]\d)")
