"""Scores, rankings, goal minutes and the numbers of a list, which count nothing ("won
6-2", "ranked 40th", "a top 20 hit", "1. Just don't.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.stages._quantities.numbers import (
    NumberPhrase,
    currency_after,
    currency_before,
    token_value,
)
from newsgraph.stages._quantities.parse import GLUED_STOP, OPENING_QUOTES, PLACE_TYPES, Found
from newsgraph.stages._quantities.tables import result_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: "to-2" as one token: the second half of a hyphenated score.
_TO_NUMBER = re.compile(r"to-\d+(?:\.\d+)?")


def to_pair(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is one side of two hyphenated with "to" ("a 31-to-2 vote", "a
    two-to-one margin", "a five-to-four ruling"): a score or a ratio, not a count."""
    if not doc[phrase.end - 1].whitespace_:  # glued to what follows
        words = [t.lower_ for t in doc[phrase.end : phrase.end + 4]]
        if words[:1] == ["-"] and len(words) > 1 and _TO_NUMBER.fullmatch(words[1]):
            return True  # "31-to-2"
        if words[:3] == ["-", "to", "-"] and len(words) == 4:
            return token_value(doc[phrase.end + 3]) is not None  # "two-to-one"
    if phrase.start < 4 or doc[phrase.start - 1].text != "-":
        return False
    before = [t.lower_ for t in doc[phrase.start - 4 : phrase.start]]
    return before[1:] == ["-", "to", "-"] and token_value(doc[phrase.start - 4]) is not None


def rank(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is a place in a ranking: after "ranked" or "seeded" ("ranked 40
    in the world"), after "top" or "bottom" with no noun it counts ("in the top ten", "the
    top 10 last year", "ranked in the bottom five"; not "the top three operators") or
    with a count or "a" before "top" ("two US top 10 albums", "a top 20 hit", "a
    top-seven side") or before a chart ("the top 40 singles chart"), after "last" before a
    round of a cup ("their last 32 tie"), after "number-" ("the number-one worry"), after
    a move of some places ("down three places to 10") or after "at" in a sentence that
    gives another place "at number" ("… at number three and the remote at two")."""
    if phrase.start < 2:
        return False
    before, word = doc[phrase.start - 2], doc[phrase.start - 1]
    if word.lower_ in {"ranked", "seeded"}:
        return True  # "ranked 40 in the world", "Henman, seeded three, …"
    if word.lower_ == "to" and _places_moved(before):
        return True  # "slipped one place to two": the place it ends in
    if word.lower_ == "at" and _beside_a_numbered_place(doc, phrase):
        return True  # "the Walkman at number three and the remote at two"
    if word.text == "-" and before.lower_ == "number" and not word.whitespace_:
        return True
    if word.lower_ == "last" and phrase.end < len(doc) and doc[phrase.end].lower_ in _ROUNDS:
        return True  # "their last 32 tie": a round of a cup, named by the sides left in it
    if word.text == "-" and before.lower_ == "top" and not (word.whitespace_ or before.whitespace_):
        word = before  # "a top-seven side": "top" hyphened to its number
    if word.lower_ not in {"top", "bottom"} or word.tag_.startswith("VB"):
        return False  # "expects sales to top 500,000": the verb, no ranking
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return True
    after = doc[phrase.end : phrase.end + 2]
    return _counted_before_top(word) or any(t.lower_ in _CHARTS for t in after)


#: Words for a round of a cup after "last" and the number of sides left in it: "the
#: last 16 tie", "the last 32 draw".
_ROUNDS = frozenset({"tie", "draw", "stage", "clash", "round"})

#: The lists whose places "top" and a number name: "the top 40 singles chart".
_CHARTS = frozenset({"chart", "charts"})


def _beside_a_numbered_place(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a bare number after "at" shares its sentence with another place given "at
    number" and a number, whose ranking it is a place in too."""
    if phrase.end < len(doc) and doc[phrase.end].pos_ in {"NOUN", "PROPN"}:
        return False  # "at 40 sites"
    sentence = doc[phrase.start].sent
    for i in range(sentence.start, sentence.end - 2):
        numbered = doc[i].lower_ == "at" and doc[i + 1].lower_ == "number"
        if numbered and token_value(doc[i + 2]) is not None:
            return True
    return False


def _places_moved(word: Token) -> bool:
    """Whether a word is "place" or "places" after a count: the move in a ranking ("down
    three places", "one place")."""
    if word.lower_ not in {"place", "places"} or word.i == 0:
        return False
    return token_value(word.doc[word.i - 1]) is not None


def _counted_before_top(top: Token) -> bool:
    """Whether a count or "a" stands before "top", over a name or an adjective or two:
    "top 10" is then what the counted things are ("three top 10 albums", "two US top 10
    albums", "a top 20 hit")."""
    doc = top.doc
    for i in range(top.i - 1, max(top.i - 4, -1), -1):
        word = doc[i]
        if word.lower_ in {"a", "an"} or token_value(word) is not None:
            return True
        if word.pos_ not in {"PROPN", "ADJ"}:
            return False
    return False


#: Words after a goal's minute in a match report: "Kemp 48 pen", "Nolan 35 og".
_GOAL_MARKS = frozenset({"pen", "og"})


def bracketed_after_name(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a whole number stands alone in brackets right after a person's name: a
    minute in a line-up ("Dunn for Maple (70)") or an age ("Kim Dahl (45)"); not after a
    place, whose bracketed number is a tally ("China (38)")."""
    start, end = phrase.start, phrase.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    name = doc[start - 2]
    if name.pos_ != "PROPN" or not name.is_title or name.ent_type_ in {*PLACE_TYPES, "NORP"}:
        return False
    return doc[start].text.isdigit() and 1 <= phrase.value <= 120


def goal_minute(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number between a name and "pen" or "og" is the minute of a goal in a
    match report ("Kemp 48 pen", "Nolan 35 og")."""
    start, end = phrase.start, phrase.end
    if start < 1 or end >= len(doc) or doc[end].lower_.rstrip(".") not in _GOAL_MARKS:
        return False
    return doc[start - 1].is_title and doc[start].text.isdigit() and phrase.value <= 130


def enumerator(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number opens an item of a list: "thoughts: 1. Just don't. 2. If you …",
    "of: (1) Food; (2) Drink", or goes on from the item before it where no stop ends
    that one ("1. Aster weighed 7 grams 2. Bellis weighed 5 grams")."""
    if phrase.end - phrase.start != 1:
        return False
    return _list_marker(doc, phrase.start) and (
        _opens_an_item(doc, phrase.start) or _after_the_item_before(doc, phrase.start)
    )


def seeded_name(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a whole number opens a line before a person's name, as a place does in a
    list of seeds or a ranking ("1 Ana Silva (Brazil)"): a place, not a count."""
    start, end = phrase.start, phrase.end
    if end - start != 1 or end + 1 >= len(doc) or not doc[start].text.isdigit():
        return False
    if start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        return False
    name = doc[end]
    if name.tag_ != "NNP" or not name.is_title or doc[end + 1].tag_ != "NNP":
        return False
    if name.ent_type_ == "PERSON":
        return True
    # a name the NER typed otherwise, with its country in brackets after it
    after = end + 1
    while after < len(doc) and doc[after].tag_ == "NNP":
        after += 1
    return after < len(doc) and doc[after].text == "("


#: Marks that may close a sentence or a quotation before a list's number.
_ITEM_OPENERS = frozenset({":", ".", ";", "!", "?"})
_ITEM_CLOSERS = frozenset({'"', "”", "'", "’", ")"})
#: The longest list whose numbers are followed back to the one that opens an item.
_LONGEST_LIST = 20


def _list_marker(doc: Doc, i: int) -> bool:
    """Whether a whole number is followed by a stop or a closing bracket and a word in
    title case, as a list's number is ("2. Then", "(2) Meat", "6. 'South Park'")."""
    if i + 2 >= len(doc) or not doc[i].text.isdigit():
        return False
    after, word = doc[i + 1], doc[i + 2]
    if word.text in OPENING_QUOTES | {"'", "‘"} and i + 3 < len(doc):
        word = doc[i + 3]
    return after.text in {".", ")"} and after.whitespace_ != "" and word.is_title


def _opens_an_item(doc: Doc, i: int) -> bool:
    """Whether a list's number opens its sentence: after a stop, also past a closing
    quotation mark ('funny." 2. George'), or opens a bracket after one ("of: (1) Food")."""
    if i > 0 and doc[i - 1].text == "(" and doc[i + 1].text == ")":
        i -= 1
    j = i - 1
    while j >= 0 and doc[j].text in _ITEM_CLOSERS:
        j -= 1
    if j < 0 or doc[j].is_space or doc[j].text in _ITEM_OPENERS:
        return True
    # "the set).- 3. Appreciate": a stop glued to a hyphen where a text lost a space
    return j == i - 1 and GLUED_STOP.search(doc[j].text) is not None


def _after_the_item_before(doc: Doc, i: int) -> bool:
    """Whether a list's number goes on from the number before it, marked the same way
    and opening an item or going on itself ("… 7 grams 2. Bellis …")."""
    number = int(doc[i].text)
    if not 2 <= number <= _LONGEST_LIST:
        return False
    before, mark = str(number - 1), doc[i + 1].text
    for j in range(i - 1, -1, -1):
        if doc[j].text == before and doc[j + 1].text == mark and _list_marker(doc, j):
            return _opens_an_item(doc, j) or _after_the_item_before(doc, j)
    return False


def score(doc: Doc, joined: Found) -> bool:
    """Whether two numbers are a score or a vote, not a range: hyphenated without
    spaces and falling ("6-2"), level ("got back to 5-5"), before a result ("a 5-7 loss",
    "a 5-4 ruling"; ``result_words.txt``) or "down" or "up" ("at 5-6 down"), or beside
    another score ("6-2 5-7 6-2", "7-6 (7-4)": a tie-break in brackets), or falling and
    joined by "to" ("a 326 to 293 vote"; "fell from 10 to 5" is a change, see
    ``change``)."""
    if (
        joined.qualifier != "range"
        or joined.low is None
        or joined.high is None
        or currency_before(doc, joined.start) is not None
        or currency_after(doc, joined.end) is not None
    ):
        return False
    falling = joined.high < joined.low
    words = doc[joined.start : joined.end]
    if any(t.lower_ == "to" for t in words):
        return falling and (joined.start == 0 or doc[joined.start - 1].lower_ != "from")
    if not tight_pair(doc, joined.start, joined.end):
        return False
    return (
        falling
        or joined.high == joined.low
        or _before_result(doc, joined.end)
        or (joined.end < len(doc) and doc[joined.end].lower_ in _AHEAD_OR_BEHIND)
        or tight_pair(doc, joined.start - 3, joined.start)
        or tight_pair(doc, joined.end, joined.end + 3)
        or _tie_break(doc, joined)
    )


#: Words after a score that say who leads it: "serving at 5-6 down", "2-1 up at the break".
_AHEAD_OR_BEHIND = frozenset({"down", "up"})


def _tie_break(doc: Doc, joined: Found) -> bool:
    """Whether two hyphenated numbers are a set's tie-break score in brackets after the
    set's score ("7-6 (7-4)"), or that set's score before it."""
    start, end = joined.start, joined.end
    bracketed = start > 0 and end < len(doc) and (doc[start - 1].text, doc[end].text) == ("(", ")")
    if bracketed and tight_pair(doc, start - 4, start - 1):
        return True
    return end < len(doc) and doc[end].text == "(" and tight_pair(doc, end + 1, end + 4)


def tight_pair(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are two numbers hyphenated without
    spaces ("6-2")."""
    if start < 0 or end > len(doc) or end - start != 3:
        return False
    first, dash, second = doc[start:end]
    return (
        dash.text in {"-", "–"}
        and not first.whitespace_
        and not dash.whitespace_
        and first.like_num
        and second.like_num
    )


def _before_result(doc: Doc, end: int) -> bool:
    """Whether a result noun follows ``end``, after two describing words at most ("a 3-1
    home win")."""
    for word in doc[end : min(end + 3, len(doc))]:
        if word.lemma_.lower() in result_words() and word.pos_ == "NOUN":
            return True
        if word.pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return False
    return False
