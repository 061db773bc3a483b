"""Whether a time word belongs to a name: a paper's, a programme's, a title's, an event's, or
a person's ("the Sunday Times", "60 Minutes", "Mrs May", "August Flentje")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon, load_table
from newsgraph.stages._times import context as ctxmod
from newsgraph.stages._times.candidate import TIME_PREPOSITIONS, Candidate
from newsgraph.stages._times.tables import tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Months that are also common words or names and need a date-like context alone.
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})


def year_owning_a_title(c: Candidate, text: str) -> bool:
    """Whether a year ending in nought with "'s" and no "the" owns the title quoted after
    it ("cast in 2010's "Spider-Man""), not a decade ("1970's Britain" may be either)."""
    g = c.groups
    if not g.get("cent") or g.get("the") or g.get("q"):
        return False
    if not text[c.start : c.end].endswith(("'s", "’s")):
        return False
    return _TITLE_AFTER.match(text, c.end) is not None


_TITLE_AFTER = re.compile(r"\s+[\"“]")


#: Roles only a noun takes
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


#: Entity labels the tagger gives a paper's name
_PAPER_LABELS = frozenset({"ORG", "WORK_OF_ART"})


def beside_a_paper_name(word: Token) -> bool:
    """Whether a frequency word is the kind of a paper named beside it: after the name of
    an organization and before no noun ("told Izvestia daily"), or before a quoted name it
    modifies ('the German daily "Die Welt"'); not how often ("updates its maps daily",
    "the weekly Prime Minister's Questions")."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.is_quote and word.dep_ == "amod":
        return word.head.pos_ == "PROPN"
    if word.i == 0 or (after is not None and after.pos_ == "NOUN"):
        return False
    before = word.doc[word.i - 1]
    told = before.dep_ in {"nsubj", "nsubjpass"} or (
        before.dep_ == "pobj" and before.head.lower_ in {"to", "with"}
    )  # "Izvestia daily reported", "in an interview with Izvestia daily"; not "took the
    # Eurostar daily"
    return told and before.pos_ == "PROPN" and before.ent_type_ in _PAPER_LABELS


def paper_called_an_adverb(word: Token) -> bool:
    """Whether a frequency word is a paper's name the parse tagged as an adverb or an
    adjective but gave a noun's role ("Vedomosti business daily writes"); not "24/7"."""
    return word.pos_ in {"ADV", "ADJ"} and word.dep_ in _NOMINAL_DEPS


_UNIT_GROUPS = ("unit", "noon", "part")


def part_of_a_name(c: Candidate, doc: Doc, text: str) -> bool:
    """Whether a time word belongs to a name the tagger did not mark: an event's ("the
    2014 Winter Olympics", where the year alone is a time), a newspaper's ("the Sunday
    Times", "the Mail on Sunday"), a show's ("TODAY co-anchor"), a film's or a band's
    ("Fahrenheit 9/11", "Happy Mondays")."""
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    first, last = span[0], span[-1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    names = tables().name_words
    if c.kind == "season":
        return following is not None and following.lower_ in names.get("event", frozenset())
    if c.kind == "weekday_part" and not c.groups.get("rel") and not c.groups.get("part"):
        return _names_a_paper(last, following, text, c.end)
    if c.kind in {"deictic", "ref"} and _shouted_name(first, text[c.start : c.end]):
        return True
    if c.kind == "century":
        return _century_opens_a_name(last, following)
    if c.kind in {"month", "month_day", "day_month"} and not c.groups.get("year"):
        # "Morocco's February 20 movement", "the October revolution": named after a time of
        # some year; a month alone may have the day after it
        if following is not None and following.like_num and c.kind == "month":
            following = doc[following.i + 1] if following.i + 1 < len(doc) else None
        return following is not None and following.lower_ in names.get("movement", frozenset())
    title_start = (c.kind == "set" and c.groups.get("days")) or (
        c.kind == "ref" and text[c.start].isdigit()
    )
    previous = doc[first.i - 1] if first.i > 0 else None
    return bool(title_start) and (
        previous is not None
        and previous.tag_ in {"NNP", "NNPS"}
        and previous.idx + len(previous.text) + 1 == c.start
        and previous.lower_ not in tables().months
    )


def _century_opens_a_name(century: Token, following: Token | None) -> bool:
    """Whether a capitalized "Century" opens a name with the proper noun after it ("the
    21st Century Cures Act", "20th Century Fox"); "the 19th Century" alone is a time."""
    if following is None or not century.text.istitle() or not following.is_title:
        return False
    t = tables()
    return (
        following.tag_ in {"NNP", "NNPS"}
        and following.idx == century.idx + len(century.text) + 1
        and following.lower_ not in t.months
        and following.lower_ not in t.weekdays
    )


def _names_a_paper(weekday: Token, following: Token | None, text: str, end: int) -> bool:
    """Whether a weekday is part of a name: before the proper noun it modifies ("the
    Sunday Times", "the moderate Tuesday Group"), or ending a title ("the Independent on
    Sunday")."""
    named = weekday.i > 0 and weekday.doc[weekday.i - 1].lower_ == "the"  # not "his Sunday Mass"
    if following is not None and not named:
        # "the moderate Tuesday Group": the name's article before a word between
        named = any(w.dep_ == "det" and w.lower_ == "the" for w in following.lefts)
    if named and following is not None and weekday.head.i == following.i:
        t = tables()
        if (
            following.tag_ == "NNP"
            and following.is_title
            and following.lower_ not in t.months
            and following.lower_ not in t.weekdays
            and following.lower_ not in t.dayparts
            and following.lower_ not in load_lexicon("titles")
        ):
            return True
    before = text[max(0, end - 30) : end]
    for title in tables().name_words.get("title", frozenset()):
        match = re.search(rf"(?<!\w){re.escape(title)}$", before, re.IGNORECASE)
        if match is not None and match.group(0)[0].isupper():
            return True
    return False


# A capitalized "Today" after a possessive or a lower-case "the" names a programme: "the
# Today programme", "NBC's TODAY"; the day itself takes neither
_PROGRAMME_BEFORE = re.compile(r"(?:['’]s|(?<![\w])the)\s+$")


def names_a_programme(c: Candidate, text: str) -> bool:
    """Whether a capitalized "Today" or "Tonight" is the name of a programme."""
    if c.kind not in {"deictic", "deictic_part"} or not text[c.start].isupper():
        return False
    if (c.groups.get("deictic") or "").lower() not in {"today", "tonight", "tomorrow", "yesterday"}:
        return False
    return _PROGRAMME_BEFORE.search(text[max(0, c.start - 5) : c.start]) is not None


def ends_a_name(c: Candidate, text: str) -> bool:
    """Whether a capitalized "Today", "Now" or the like, inside a sentence, closes a name
    with the capitalized word before it: "a USA Today editorial", "DirecTV Now"."""
    if c.kind not in {"deictic", "deictic_part", "ref"} or c.end - c.start < 2:
        return False
    if not (text[c.start].isupper() and text[c.start + 1].islower()):
        return False
    return _NAME_WORD_BEFORE.search(text, max(0, c.start - 30), c.start) is not None


#: A capitalized word just before, across one space: not the end of a sentence or a line.
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w&'’.-]*(?<!\.) $")


# A quoted title that a capitalized time word ends: '"Fox News Sunday"', 'NBC's "Today"'
_TITLE_OPENS = re.compile(r"(?:['’]s\s+[\"“]|[\"“](?:[A-Z][\w.&'’-]*\s+){1,4})$")


_TITLE_CLOSES = re.compile(r"[.,!?]?[\"”]")


def ends_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalized time word closes a quoted name of a show or a paper."""
    if not text[start].isupper():
        return False
    opens = _TITLE_OPENS.search(text[max(0, start - 60) : start])
    return opens is not None and _TITLE_CLOSES.match(text, end) is not None


def _shouted_name(token: Token, word: str) -> bool:
    """Whether an all-capitals "TODAY" in a sentence in mixed case is a name used as a
    noun ("TODAY co-anchor", "told TODAY"), not the day."""
    if not word.isupper() or len(word) < 3:
        return False
    if not any(t.is_lower for t in token.sent):
        return False  # a headline in capitals
    return token.dep_ in {"compound", "dobj", "nsubj", "nsubjpass", "poss", "appos"}


def first_name(doc: Doc, c: Candidate) -> bool:
    """Whether a month's name is a person's first name, before a surname the tagger
    marks as a person's here or elsewhere in the article ("August Flentje")."""
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or len(span) != 1:
        return False
    month = span[0]
    surname = month.head
    if month.dep_ != "compound" or surname.i != month.i + 1 or surname.tag_ != "NNP":
        return False
    return surname.ent_type_ == "PERSON" or any(
        e.label_ == "PERSON" and surname.text in e.text.split() for e in doc.ents
    )


def weekday_surname(doc: Doc, c: Candidate) -> bool:
    """Whether a weekday alone is a person's surname, after a given name (``first_names.tsv``)
    the tagger marks as a person's and joins to it ("said England coach Mike Friday"; not
    "President Trump Friday signed the order")."""
    if c.kind != "weekday_part" or c.groups.get("rel") or c.groups.get("part"):
        return False
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None or len(span) != 1 or span[0].i == 0:
        return False
    weekday, given = span[0], doc[span[0].i - 1]
    return (
        given.dep_ == "compound"
        and given.head.i == weekday.i
        and given.ent_type_ == "PERSON"
        and given.tag_ == "NNP"
        and given.idx + len(given.text) + 1 == c.start
        and given.text in load_table("first_names")
    )


def titled_unit(c: Candidate, text: str) -> bool:
    """Whether a unit word is capitalized inside a sentence: a title ("60 Minutes",
    "This Week", "High Noon"), not a time."""
    for name in _UNIT_GROUPS:
        word = c.groups.get(name)
        if not word or not word[0].isupper() or word.isupper():
            continue
        if word.lower() in tables().weekdays or word.lower() in tables().months:
            continue  # weekdays and months are always capitalized
        match_text = c.groups.get("_text") or ""
        if not match_text.startswith(word) or not _sentence_initial(text, c.start):
            return True
    return False


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘`")
    return not before or before[-1] in ".!?\n:"


def month_word_is_time(c: Candidate, doc: Doc, text: str, label: str) -> bool:
    """A month name without a day or year is a time unless it is a verb, a name or "may"."""
    word = c.groups.get("month") or ""
    bare = word.lower().rstrip(".")
    span = ctxmod.tokens_of(doc, c.start, c.end)
    if span is None:
        return False
    token = span[-1]
    if token.tag_ in {"MD", "VB", "VBD", "VBP", "VBZ", "VBG"}:
        return False  # "may", "to march"
    if bare == "march" and (
        (token.i > 0 and doc[token.i - 1].tag_ == "POS") or _MARCH_FOR.match(text, c.end)
    ):
        return False  # "the Women's March", "the March for Science", "the March of Dimes"
    if c.kind == "rel_month":
        return True
    if _is_abbreviation(bare) and not word.endswith("."):
        return False  # "Mar" alone needs its period
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if bare in _AMBIGUOUS_MONTHS:
        if month_names_a_person(token):
            return False  # "Mrs May", "Theresa May", "May said"
        return label == "DATE" or previous in TIME_PREPOSITIONS
    return label in {"DATE", ""} or previous in TIME_PREPOSITIONS


def month_names_a_person(token: Token) -> bool:
    """Whether "May" or "March" is a person's name: after a proper noun that is no
    preposition ("Mrs May", "Theresa May", "Prime Minister May"), before a finite verb
    that a month cannot do and a modal cannot precede ("May said", "May issues", "May
    can", "May is preparing"), or where the article names the person so elsewhere and
    nothing makes this one a month ("May's office", "May has said")."""
    return _names_a_person_here(token) or (
        (_bare_of_time_words(token) or _tied_to_a_person(token))
        and any(
            other.i != token.i and other.text == token.text and _names_a_person_here(other)
            for other in token.doc
        )
    )


# Words before "May" after which it stays a month even in an article about Mrs May
_MONTH_DETERMINERS = frozenset({"a", "an", "the"})


def _bare_of_time_words(token: Token) -> bool:
    """Whether "May" stands with nothing that makes it a month: no time preposition or
    article before it ("in May", "a May summit"), no day or year next to it ("9 May",
    "May 2020"), no noun it names the month of ("May elections"); a possessive or a
    subject is the person's after a preposition or a comma too ("a matter for May's
    team", "as the law stands, May has said")."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if any(word is not None and word.like_num for word in (previous, following)):
        return False
    if following is not None and following.tag_ == "POS":
        return previous is None or previous.lower_ not in _RELATIVE_BEFORE_MONTH
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "obligations, May has said"
    if previous is not None and not token.is_sent_start:
        word = previous.lower_
        if word in TIME_PREPOSITIONS or word in _MONTH_DETERMINERS:
            return False
    return not (token.dep_ in {"compound", "nmod"} and token.head.pos_ == "NOUN")


def _tied_to_a_person(token: Token) -> bool:
    """Whether "May" after a time preposition is a person all the same: joined by "and" to
    a person ("talks between May and Netanyahu") or the one a spokesman speaks for ("a
    spokeswoman for May said"), not "between May and June" nor "set for May"."""
    months = tables().months
    if any(o.ent_type_ == "PERSON" and o.lower_ not in months for o in token.conjuncts):
        return True
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i - 1].lower_ != "for":
        return False
    return doc[token.i + 1].lemma_.lower() in load_lexicon("speech_verbs", "attributions")


# "last May's floods": a possessive month after a word that places it in time
_RELATIVE_BEFORE_MONTH = frozenset({"last", "next", "this", "early", "late", "mid", "since"})


def _names_a_person_here(token: Token) -> bool:
    """Whether "May" is a person's name by the words around it alone."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    if (
        previous is not None
        and not token.is_sent_start
        and previous.tag_ in {"NNP", "NNPS"}
        and previous.lower_ not in TIME_PREPOSITIONS
        and previous.lower_ not in tables().weekdays
    ):
        return True
    if token.dep_ == "pobj":
        return False  # "surveyed in March believed": the month ends a phrase
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.tag_ not in {"VBD", "VBZ", "MD"}:
        return False
    if following.tag_ == "MD":
        return following.head.lemma_.lower() not in _month_verbs()  # not "May will be busy"
    if following.lemma_.lower() != "be":
        return following.lemma_.lower() not in _month_verbs()
    after = doc[following.i + 1] if following.i + 1 < len(doc) else None
    return after is not None and after.tag_ == "VBG"  # "May is preparing"; "May was wet"


@cache
def _month_verbs() -> frozenset[str]:
    return load_lexicon("month_verbs", "times")


_MARCH_FOR = re.compile(r"\s+(?:for|on|against|to|of)\s+(?:the\s+)?[A-Z]")


def _is_abbreviation(word: str) -> bool:
    """Whether a month word shortens a longer spelling of the same month ("sept")."""
    months = tables().months
    number = months.get(word)
    return any(w != word and w.startswith(word) and n == number for w, n in months.items())
