"""The article's times resolved in text order: the year that a sentence, a story or a dated
list carries over, the direction each time looks in, and anchors on the times before it."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from newsgraph.lexicons import load_lexicon
from newsgraph.records import TimeExpression
from newsgraph.stages._times import context as ctxmod
from newsgraph.stages._times.candidate import DAY_KINDS, Candidate, word_before
from newsgraph.stages._times.extent import span_modifies_noun
from newsgraph.stages._times.resolve import (
    ABSOLUTE,
    DATED_CLOCK,
    FOLLOWING_WEEKDAY,
    PUBLICATION,
    Context,
    Earlier,
    Resolved,
    parse_published,
    resolve,
)
from newsgraph.stages._times.tables import tables

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.records import Article


_YEAR_KINDS = frozenset({"iso", "numeric", "month_day", "day_month", "month_year", "month_of"})


def resolve_all(chosen: list[Candidate], doc: Doc, article: Article) -> list[TimeExpression]:
    text = article.text
    published, published_year = parse_published(article.published)
    earlier: list[Earlier] = []
    times: list[TimeExpression] = []
    hint: tuple[int, str] | None = None
    hint_sentence, hint_end = -1, 0
    deictic_hint = False  # the hint is "this year" or "last year": it holds in any tense
    coming_hint = False  # the hint is a year after publication's: it holds ahead of it
    narrated: _Narrated | None = None  # the last time, where it sets a year for the story
    sentences = ctxmod.sentence_starts(doc) if chosen else []
    directions = _directions(chosen, doc, text)
    entries = [_timeline_entry(c, text) for c in chosen]
    timeline: tuple[int, str] | None = None  # the year of a list of dated entries
    for i, (c, direction) in enumerate(zip(chosen, directions, strict=True)):
        sentence = bisect_right(sentences, c.start)
        # A year named earlier in the sentence carries over to a month or day without
        # one ("October 7 … 2023"), unless the sentence turns to the future; a year
        # still ahead of publication carries over to what is not told in the past ("the
        # 2030 games, to be held from July 4").
        same = sentence == hint_sentence
        if same and deictic_hint and "\n" in text[hint_end : c.start]:
            same = False  # a headline run into a dateline is no sentence
        if same and coming_hint:
            carried = hint if direction != ctxmod.PAST else None
        else:
            carried = hint if same and (direction != ctxmod.FUTURE or deictic_hint) else None
        if carried is not None and deictic_hint and _when_said(doc, c.start, c.end):
            carried = None  # "rose 45% last year, a director said on Jan 22": the day of saying
        if carried is None and earlier:
            carried = _year_of_its_noun(doc, earlier[-1], c)
        if carried is None and narrated is not None and direction == ctxmod.PAST:
            carried = _narrated_year(narrated, c, sentence, text)
        if c.kind == "duration" and _some_day(doc, text, c.start, c.end):
            c.kind = "some_day"  # "could one day be applied": a day, not its length
        if c.kind == "weekday_part" and _anaphoric_that(doc, c.start):
            c.groups["that"] = "that"  # "that Saturday evening": a day told of, not this week's
        that_month = c.kind == "month" and _anaphoric_that(doc, c.start)  # "That March"
        that_year = c.kind in {"month", "month_day"} and _THAT_YEAR.match(text, c.end)
        if earlier and (that_month or that_year):
            # "In 2011 … That March", "In 2014 … On March 18 that year"
            carried = _year_told(earlier[-1]) or carried
        if c.kind == "weekday_part" and _any_such_day(doc, text, c.start, c.end):
            c.groups["any"] = "any"  # "book on a Tuesday"
        if c.kind in {"month", "month_day"} and not c.groups.get("year") and _habitual(doc, c):
            c.groups["habitual"] = "habitual"  # "the flu generally spreads from November"
        if c.kind in _PART_KINDS and _habit_of_the_day(doc, text, c, chosen, sentences):
            c.groups["habitual"] = "habitual"  # "hyenas visit in the night"
        if entries[i] and timeline is not None and not c.groups.get("year"):
            carried = timeline  # "2016 … May 19: Trump gives …": the list's year, any tense
        second = c.kind == "second_day" or c.groups.get("range") == "second"
        if second and earlier and re.match(r"\d{4}-", earlier[-1].value):
            carried = (int(earlier[-1].value[:4]), earlier[-1].id)  # the first day's year
        ctx = Context(
            published=published,
            published_year=published_year,
            direction=direction,
            earlier=earlier,
            year_hint=carried,
            before=text[max(0, c.start - 40) : c.start],
            offset=c.start,
            after=text[c.end : c.end + 30],
            now=c.kind in _CLOCK_KINDS and ctxmod.told_now(doc, c.start, c.end),
        )
        resolved = resolve(c.kind, c.groups, ctx)
        if resolved is None:
            continue
        resolved = _day_of_clock(resolved, c, earlier, text)
        resolved = _apposed_weekday(resolved, c, earlier, text)
        resolved = _joined_weekday(resolved, c, earlier, text, published)
        resolved = _joined_month(resolved, c, earlier, text)
        resolved = _put_off_long_ahead(resolved, c, doc, text, published)
        resolved = _year_of_the_sentence(resolved, c, earlier, sentences, sentence)
        resolved = _range_in_order(resolved, c, earlier, times, text, published)
        if direction == ctxmod.PAST and _counted_past_publication(c, resolved, published):
            # "Two days later, he held a press conference" cannot be after the article
            resolved = Resolved("DATE", "PAST_REF", PUBLICATION)
        tid = f"T{len(times) + 1}"
        times.append(
            TimeExpression(
                id=tid,
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                type=resolved.type,  # type: ignore[arg-type]
                value=resolved.value,
                mod=c.mod or resolved.mod,
                anchor=resolved.anchor,
            )
        )
        earlier.append(
            Earlier(
                tid,
                resolved.value,
                c.start,
                c.end,
                "derived" if resolved.derived else c.kind,
                c.mod or resolved.mod,
            )
        )
        narrated = _narrates(c, resolved, tid, sentence, doc, direction, published_year)
        if entries[i] and c.groups.get("year"):
            timeline = (int(c.groups["year"] or 0), tid)
        elif _heads_timeline(chosen, entries, i, text) and re.fullmatch(r"\d{4}", resolved.value):
            timeline = (int(resolved.value), tid)
        if c.kind in _YEAR_KINDS and c.groups.get("year"):
            hint = (int(c.groups["year"] or 0), tid)
            hint_sentence, hint_end = sentence, c.end
            deictic_hint = coming_hint = False
        elif _coming_year(c, resolved.value, published_year, text):
            hint = (int(resolved.value), tid)
            hint_sentence, hint_end = sentence, c.end
            deictic_hint, coming_hint = False, True
        elif _DEICTIC_YEAR.fullmatch(times[-1].text) and re.fullmatch(r"\d{4}", resolved.value):
            hint = (int(resolved.value), tid)  # "this year's fair opens on May 4"
            hint_sentence, hint_end = sentence, c.end
            deictic_hint, coming_hint = True, False
        elif _THAT_YEAR.fullmatch(" " + times[-1].text) and re.fullmatch(r"\d{4}", resolved.value):
            hint = (int(resolved.value), tid)  # "on March 18 that year … and on March 21"
            hint_sentence, hint_end = sentence, c.end
            deictic_hint = coming_hint = False
    return times


def _timeline_entry(c: Candidate, text: str) -> bool:
    """Whether a day opens an entry of a dated list: at the start of a line or a sentence,
    or after a year that heads the list, and before a colon ("May 19: Trump gives …")."""
    if c.kind not in DAY_KINDS or not _ENTRY_AFTER.match(text, c.end):
        return False
    return _ENTRY_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


def _heads_timeline(chosen: list[Candidate], entries: list[bool], i: int, text: str) -> bool:
    """Whether a year alone heads a dated list: it opens a line or a sentence and the
    list's first entry follows it ("2016 March 28: …")."""
    c = chosen[i]
    if c.kind != "year" or i + 1 >= len(chosen) or not entries[i + 1]:
        return False
    if text[c.end : chosen[i + 1].start].strip():
        return False
    return _ENTRY_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


_ENTRY_AFTER = re.compile(r":\s")


#: What may stand before a list's entry: the start of the text or of a line, the end of
#: a sentence, or the year heading the list
_ENTRY_BEFORE = re.compile(r"(?:\A|\n\s*|[.!?][\"”']?\s+|\b\d{4}\s+)\Z")


def _coming_year(c: Candidate, value: str, published_year: int | None, text: str) -> bool:
    """Whether a year alone is one after the year of publication ("the 2030 games"), not
    the name of a budget year or season that starts before it ("the 2018 budget year
    that begins on October 1")."""
    if c.kind != "year" or published_year is None or not re.fullmatch(r"\d{4}", value):
        return False
    return int(value) > published_year and _named_period().match(text, c.end) is None


@cache
def _named_period() -> re.Pattern[str]:
    """The words after a year that name a period starting in the year before it
    (``named_periods.txt``: "budget year", "season"), after one or more spaces."""
    space = r"[ \u00a0]+"
    periods = sorted(load_lexicon("named_periods", "times"), key=len, reverse=True)
    words = "|".join(space.join(map(re.escape, period.split())) for period in periods)
    return re.compile(rf"{space}(?:{words})\b", re.IGNORECASE)


def _some_day(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "one day" is some day, not a day's length: before its verb ("could one day
    be applied", "One day in winter, we planted"), or after one that tells of no length
    ("we will find out one day"; not "stayed one day", "for one day")."""
    if re.sub(r"\s+", " ", text[start:end]).lower() != "one day":
        return False
    span = ctxmod.tokens_of(doc, start, end)
    if span is None:
        return False
    if word_before(text, start) == "to" and span.end < len(doc) and doc[span.end].tag_ == "VB":
        return True  # "hopes to one day run the firm", which the parse takes for "to" a day
    day, verb = span.root, span.root.head
    if verb.pos_ not in {"VERB", "AUX"} or day.dep_ in {"pobj", "dobj"}:
        return False
    if _LENGTH_AFTER.match(text, end):
        return False  # "one day of talks", "one day a week", "one day after the vote"
    return verb.i > day.i or verb.lemma_.lower() not in ctxmod.verb_class("lasting")


_LENGTH_AFTER = re.compile(
    r"\s+(?:of|a|an|per|each|only|after|before|later|earlier)\b", re.IGNORECASE
)


def _year_told(before: Earlier) -> tuple[int, str] | None:
    """The year of the time told of before, with its id, where its value gives one."""
    told = re.match(r"\d{4}", before.value)
    return (int(told.group()), before.id) if told is not None else None


def _year_of_its_noun(doc: Doc, year: Earlier, c: Candidate) -> tuple[int, str] | None:
    """The year of a thing a day is told of: "the 2016 robot fair on Dec 14" is on 14
    December 2016, whatever tense the sentence has."""
    if year.kind != "year" or c.kind not in DAY_KINDS or c.groups.get("year"):
        return None
    year_span = ctxmod.tokens_of(doc, year.start, year.end)
    day_span = ctxmod.tokens_of(doc, c.start, c.end)
    if year_span is None or day_span is None:
        return None
    noun, day = year_span.root.head, day_span.root
    if year_span.root.dep_ not in {"nummod", "compound", "nmod", "amod"} or noun.pos_ == "VERB":
        return None
    on_noun = day.dep_ == "pobj" and day.head.head.i == noun.i and noun.i < day.i
    return (int(year.value), year.id) if on_noun and year.value.isdigit() else None


_APPOSED = re.compile(r",\s+(?:a|on\s+a)\s+$")


def _apposed_weekday(
    resolved: Resolved, c: Candidate, earlier: list[Earlier], text: str
) -> Resolved:
    """A weekday set after a date it names ("on 11 April last year, a Monday,") is that
    date."""
    weekday = tables().weekdays.get(text[c.start : c.end].lower())
    if weekday is None or not earlier or not re.fullmatch(r"\d{4}-\d\d-\d\d", earlier[-1].value):
        return resolved
    before = earlier[-1]
    if not _APPOSED.search(text[before.end : c.start]):
        return resolved
    day = date.fromisoformat(before.value)
    return Resolved("DATE", day.isoformat(), before.id) if day.isoweekday() == weekday else resolved


def _year_of_the_sentence(
    resolved: Resolved, c: Candidate, earlier: list[Earlier], sentences: list[int], sentence: int
) -> Resolved:
    """ "the year" after a year named alone earlier in its sentence is that year ("exploded
    in 2015, reaching a tenth of all searches within the year"), however far back and past
    any length between ("fell in 2016 as costs rose in the final months of the year")."""
    if c.kind != "the_unit" or (c.groups.get("unit") or "").lower() != "year":
        return resolved
    if resolved.type != "DATE" or resolved.anchor != PUBLICATION:
        return resolved
    told = [e for e in earlier if not e.value.startswith("P")]
    if not told:
        return resolved
    before = told[-1]
    if before.kind != "year" or not re.fullmatch(r"\d{4}", before.value):
        return resolved
    if bisect_right(sentences, before.start) != sentence:
        return resolved
    return Resolved("DATE", before.value, before.id)


def _counted_past_publication(c: Candidate, resolved: Resolved, published: date | None) -> bool:
    """Whether a day or a year counted forward from a time told of ("two days later", "the
    following Monday", "the next day", "the day after", "two years later") falls after
    publication."""
    forward = (
        c.kind in {"ago", "anchored"}
        or (c.kind == "day_before" and (c.groups.get("dir") or "").lower() == "after")
        or (c.groups.get("rel") or "").lower() == "following"
    )
    if not forward or published is None or resolved.type != "DATE":
        return False
    if re.fullmatch(r"\d{4}", resolved.value) and resolved.anchor != PUBLICATION:
        return int(resolved.value) > published.year  # "were, two years later, more likely"
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", resolved.value):
        return False
    return date.fromisoformat(resolved.value) > published


def _joined_weekday(
    resolved: Resolved, c: Candidate, earlier: list[Earlier], text: str, published: date | None
) -> Resolved:
    """A weekday joined by "and" or "or" to a weekday ahead of publication is the first
    such day after that one ("a retreat set for Thursday and Friday" is the Friday after
    it); days gone by may be told in any order ("statements made Friday and Thursday")."""
    weekday = tables().weekdays.get(text[c.start : c.end].lower())
    if weekday is None or published is None or not earlier or earlier[-1].kind != "weekday_part":
        return resolved
    before = earlier[-1]
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", before.value):
        return resolved
    if not _JOINED.fullmatch(text, before.end, c.start):
        return resolved
    day = date.fromisoformat(before.value)
    if day <= published:
        return resolved
    day += timedelta(days=(weekday - day.isoweekday() - 1) % 7 + 1)
    return Resolved("DATE", day.isoformat(), before.id)


_JOINED = re.compile(r",?\s+(?:and|or)\s+(?:on\s+)?|,\s+")


def _joined_month(resolved: Resolved, c: Candidate, earlier: list[Earlier], text: str) -> Resolved:
    """A month alone joined by "and", "or" or a comma to a month alone before it, later in
    the calendar, is in that month's year: "could slip into June or July" is one summer,
    not a June ahead and a July behind."""
    if c.kind != "month" or not earlier or earlier[-1].kind != "month":
        return resolved
    before = earlier[-1]
    if not re.fullmatch(r"\d{4}-\d\d", before.value) or not re.fullmatch(
        r"\d{4}-\d\d", resolved.value
    ):
        return resolved
    if not _JOINED.fullmatch(text, before.end, c.start):
        return resolved
    if int(resolved.value[5:]) <= int(before.value[5:]) or resolved.value[:4] == before.value[:4]:
        return resolved
    return Resolved("DATE", before.value[:4] + resolved.value[4:], before.id)


def _put_off_long_ahead(
    resolved: Resolved, c: Candidate, doc: Doc, text: str, published: date | None
) -> Resolved:
    """A month alone a thing was put off to, told in the past, more than half a year ahead
    of publication is the one behind, which is nearer: "were postponed to November" told in
    February is last November; "was postponed to June" told in January is still ahead."""
    if c.kind != "month" or published is None or resolved.anchor != PUBLICATION:
        return resolved
    if not _MONTH_VALUE.fullmatch(resolved.value):
        return resolved
    year, month = int(resolved.value[:4]), int(resolved.value[5:])
    if (year - published.year) * 12 + month - published.month <= _HALF_YEAR:
        return resolved
    if not ctxmod.put_off_to_in_past(doc, text, c.start):
        return resolved
    return Resolved("DATE", f"{year - 1}-{month:02d}", PUBLICATION)


_HALF_YEAR = 6


#: What joins the two days of a range: "between Jan 29 and Feb 8", "from Jan 29 to Feb 8",
#: "Jan 29 - Feb 8"
_RANGE_OPENS = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOINS = re.compile(r"\s*(?:[-–]|through|until|till|to|and)\s*", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
#: The kinds of time that end a range ("to March", "to Jan. 3") and that start one
_RANGE_END_KINDS = DAY_KINDS | {"month"}
_RANGE_START_KINDS = DAY_KINDS | {"month", "month_year"}


def _range_in_order(
    resolved: Resolved,
    c: Candidate,
    earlier: list[Earlier],
    times: list[TimeExpression],
    text: str,
    published: date | None,
) -> Resolved:
    """The two ends of a range run forward within a year. Where the first end names its
    year, the second, which took that year, takes the next one if it would fall before
    the first ("from December 2023 to March": March 2024). Two days with no year: the day
    nearer publication keeps its year and the other takes the year that puts it on the
    right side ("between January 29 and February 8", published on February 6: both this
    winter's, not a January ahead and a February behind)."""
    if c.kind not in _RANGE_END_KINDS or c.groups.get("year") or not earlier:
        return resolved
    first = earlier[-1]
    if first.kind not in _RANGE_START_KINDS or not times or times[-1].id != first.id:
        return resolved
    shape = _DAY_VALUE if c.kind in DAY_KINDS else _MONTH_VALUE
    if not shape.fullmatch(first.value) or not shape.fullmatch(resolved.value):
        return resolved
    if first.value <= resolved.value:
        return resolved
    joint = _RANGE_JOINS.fullmatch(text, first.end, c.start)
    if joint is None:
        return resolved
    if joint.group(0).strip().lower() in {"to", "and"} and not _RANGE_OPENS.search(
        text, max(0, first.start - 12), first.start
    ):
        return resolved
    if times[-1].anchor == ABSOLUTE:
        later = int(first.value[:4]) + (resolved.value[4:] < first.value[4:])
        return Resolved(resolved.type, f"{later}{resolved.value[4:]}", first.id, resolved.mod)
    if published is None or c.kind not in DAY_KINDS:
        return resolved
    start, end = date.fromisoformat(first.value), date.fromisoformat(resolved.value)
    if abs((end - published).days) <= abs((start - published).days):
        year = end.year if (start.month, start.day) <= (end.month, end.day) else end.year - 1
        moved = f"{year}{first.value[4:]}"
        first.value = times[-1].value = moved
        return resolved
    year = start.year if (end.month, end.day) >= (start.month, start.day) else start.year + 1
    return Resolved(resolved.type, f"{year}{resolved.value[4:]}", resolved.anchor, resolved.mod)


def _when_said(doc: Doc, start: int, end: int) -> bool:
    """Whether a time says when something was said: the first verb above it is a verb of
    saying or of putting out figures ("said at a news conference on Jan 22", "figures
    released on Feb 20")."""
    verb = ctxmod.verb_above(doc, start, end)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return lemma in load_lexicon("speech_verbs", "attributions") or lemma in ctxmod.verb_class(
        "publishing"
    )


def _day_of_clock(resolved: Resolved, c: Candidate, earlier: list[Earlier], text: str) -> Resolved:
    """A weekday right after a clock time is the clock's day ("at 8:30 a.m. local time on
    Sunday", "at 7 p.m. on Saturday night"), whichever tense the parse gives the weekday
    alone."""
    word = text[c.start : c.end]
    if c.kind == "weekday_part" and not c.groups.get("rel"):
        word = c.groups.get("weekday") or word  # "Saturday night"
    weekday = tables().weekdays.get(word.lower())
    if weekday is None or not earlier or not DATED_CLOCK.match(earlier[-1].value):
        return resolved
    clock = earlier[-1]
    following = FOLLOWING_WEEKDAY.match(text, clock.end)  # what the clock took its day from
    if following is None or following.start("weekday") != c.start:
        return resolved
    day = date.fromisoformat(clock.value[:10])
    if day.isoweekday() != weekday or resolved.value[:10] == day.isoformat():
        return resolved
    part = resolved.value[10:] if re.fullmatch(r"\d{4}-\d\d-\d\dT[A-Z]{2}", resolved.value) else ""
    return Resolved(resolved.type, day.isoformat() + part, clock.id)


class _Narrated(NamedTuple):
    """A time that sets the year of what the next sentence tells: its year, id, sentence, end."""

    year: int
    tid: str
    sentence: int
    end: int


def _narrates(
    c: Candidate,
    resolved: Resolved,
    tid: str,
    sentence: int,
    doc: Doc,
    direction: int,
    published_year: int | None,
) -> _Narrated | None:
    """The time as the year of a story told on, in an article without a publication date
    ("In 2019 the firm moved to Texas. In March it opened a factory"): a year, or a day in
    one, that says when the main verb of its sentence happened; not background told in a
    clause ("Founded in 2001, the firm has grown"), a noun's modifier ("the Dec. 21, 1988,
    bombing") or a span of time. Where the article has a date, the nearest past month or
    day before it was right more often on news samples, and the year is not carried."""
    if published_year is not None or c.kind not in _NARRATING_KINDS:
        return None
    if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", resolved.value):
        return None
    if resolved.anchor != ABSOLUTE or direction == ctxmod.FUTURE:
        return None
    if not _tells_when(doc, c.start, c.end):
        return None
    return _Narrated(int(resolved.value[:4]), tid, sentence, c.end)


_WHEN_PREPS = frozenset({"in", "on", "during", "throughout"})


def _tells_when(doc: Doc, start: int, end: int) -> bool:
    """Whether a time says when its sentence's main verb happened: "moved in 2019", "On
    May 22, 1995, he was made …"; not "since 1980", "the 1988 bombing" or "a crisis in
    2002"."""
    span = ctxmod.tokens_of(doc, start, end)
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "the Dec. 21, 1988, bombing": the name of an event
    root = span.root
    if root.dep_ == "pobj":
        prep = root.head
        return prep.lower_ in _WHEN_PREPS and prep.head.dep_ == "ROOT"
    return root.dep_ in {"npadvmod", "tmod"} and root.head.dep_ == "ROOT"


def _narrated_year(
    narrated: _Narrated, c: Candidate, sentence: int, text: str
) -> tuple[int, str] | None:
    """The narrated year for a month or day told in the past in the very next sentence of
    the same paragraph, with no other time between."""
    if sentence != narrated.sentence + 1 or "\n" in text[narrated.end : c.start]:
        return None
    return narrated.year, narrated.tid


_NARRATING_KINDS = _YEAR_KINDS | {"year"}


_DEICTIC_YEAR = re.compile(r"(?:this|last|next)\s+year", re.IGNORECASE)


def _directions(chosen: list[Candidate], doc: Doc, text: str) -> list[int]:
    """The tense around each time; a date without one takes the past tense of the same
    date told of elsewhere in the article ("the Oct. 7 attacks" … "since Oct. 7 he has")."""
    directions = [ctxmod.direction(doc, text, c.start, c.end) for c in chosen]
    told: dict[tuple[str, str], int] = {}
    for c, direction in zip(chosen, directions, strict=True):
        key = _day_key(c)
        if key is not None and direction == ctxmod.PAST:
            told.setdefault(key, direction)
    if not told:
        return directions
    for i, c in enumerate(chosen):
        key = _day_key(c)
        if key is not None and directions[i] == ctxmod.UNKNOWN and key in told:
            directions[i] = told[key]
    return directions


def _day_key(c: Candidate) -> tuple[str, str] | None:
    g = c.groups
    if c.kind not in DAY_KINDS or g.get("year") or not g.get("month") or not g.get("day"):
        return None
    if g.get("range"):
        return None  # the second day of a range follows the first
    month = tables().months.get((g["month"] or "").lower().rstrip("."))
    return (str(month), str(int(g["day"] or 0)))


def _any_such_day(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "a Tuesday" is any Tuesday: not "a Sunday night memorial service", where
    the article belongs to the noun."""
    if not re.search(r"\b(?:a|an|any)\s+$", text[max(0, start - 5) : start], re.IGNORECASE):
        return False
    return not span_modifies_noun(doc, start, end)


def _habitual(doc: Doc, c: Candidate) -> bool:
    """Whether the verb a month hangs on tells of what happens every year: an adverb such
    as "usually" or "generally" on it ("normally falls on Feb 3", "cases often peak in
    February")."""
    verb = ctxmod.verb_above(doc, c.start, c.end, through=_HABITUAL_THROUGH)
    if verb is None or verb.tag_ not in {"VB", "VBZ", "VBP", "VBG"}:
        return False  # "often fell in January that year" is one year's
    return any(
        w.dep_ == "advmod" and w.lower_ in ctxmod.verb_class("habitual") for w in verb.children
    )


_HABITUAL_THROUGH = frozenset({"ADP", "SCONJ", "PROPN", "NUM"})


def _habit_of_the_day(
    doc: Doc, text: str, c: Candidate, chosen: list[Candidate], sentences: list[int]
) -> bool:
    """Whether a part of the day after "in" tells of what happens on any day: its verb is
    in the plain present and no other time in its sentence names a day ("hyenas visit in
    the night", "she picks up parcels early in the morning"); not "the vote opens on
    Sunday in the morning", nor "said in the evening"."""
    if c.groups.get("deictic") or not _IN_THE.search(text, max(0, c.start - 8), c.start):
        return False
    verb = ctxmod.verb_above(doc, c.start, c.end, through=_HABITUAL_THROUGH)
    if verb is None or verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_ == "be":
        return False
    if verb.lemma_ in ctxmod.verb_class("reporting") or any(
        w.dep_ in {"aux", "auxpass"} for w in verb.children
    ):
        return False
    sentence = bisect_right(sentences, c.start)
    return not any(o is not c and bisect_right(sentences, o.start) == sentence for o in chosen)


#: The kinds of clock time whose day may be the day of writing when told in the present
_CLOCK_KINDS = frozenset({"clock", "clock24", "hrs", "oclock", "past_to", "in_the_part", "noon"})
#: "that year" just after a month or a day, naming the year just told of
_THAT_YEAR = re.compile(r"\s+that\s+year\b", re.IGNORECASE)
_PART_KINDS = frozenset({"the_part", "part_of_day"})
#: "in" just before a part of the day, with its article where the article is outside it
_IN_THE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)


def _anaphoric_that(doc: Doc, start: int) -> bool:
    span = ctxmod.tokens_of(doc, start, start + 1)
    if span is None or span[0].i == 0:
        return False
    previous = doc[span[0].i - 1]
    return previous.lower_ == "that" and previous.dep_ == "det"
