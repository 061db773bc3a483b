"""Qualifiers and ranges: two numbers joined into a range, a ratio or a change ("between 10
and 20", "one in five", "fell from 10 to 5"), and the qualifier and sign a count takes
from the words around it ("at least", "700 or more")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._quantities.numbers import (
    NumberPhrase,
    currency_after,
    currency_before,
    figure_value,
    lost_sign,
    token_value,
)
from newsgraph.stages._quantities.parse import HYPHENED_AFTER, PERCENT, SCALE_WORDS, Found
from newsgraph.stages._quantities.tables import (
    change_words,
    currencies,
    measures,
    object_particle_verbs,
    particle_verbs,
    qualifiers,
    qualifiers_after,
)
from newsgraph.stages._quantities.units import is_money, measure_after, percent_width

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})


def falling(joined: Found) -> bool:
    """Whether a range falls, and so is none: "is running 38 - six fewer than last year"
    is two numbers (a falling score is dropped before)."""
    return joined.low is not None and joined.high is not None and joined.high < joined.low


#: The most words two number phrases of one range, ratio or change have between them
#: ("out of every" and a currency sign).
_NEAR = 8


def change(doc: Doc, first: NumberPhrase, second: NumberPhrase) -> bool:
    """Whether two numbers are a value before a change and one after: "fell from 10 to 5",
    "a rise from 3% to 4%", "raised its stake in A from 2% to 4% and in B from 3% to 6%",
    not the range "from 10 to 20 degrees"."""
    if second.start - first.end > _NEAR:
        return False
    currency = currency_before(doc, second.start)
    unit = _unit_after(doc, first.end)  # "from 9% to 10%", "from 5 yuan to 6 yuan"
    gap = doc[unit[1] if unit else first.end : currency[1] if currency else second.start]
    if [t.lower_ for t in gap] != ["to"]:
        return False
    currency = currency_before(doc, first.start)
    start = currency[1] if currency is not None else first.start  # "from $2 million"
    if start == 0:
        return False
    word = doc[start - 1]
    if word.lower_ != "from":
        return False
    if word.head.lemma_.lower() in change_words():
        return True
    # "raised its stake in A from 12% to 25%; B from 10% to 20%": the change told first
    # goes on for each thing listed after it, not "ranging from 5 to 7"
    earlier = doc[word.sent.start : word.i]
    changed = any(t.lower_ == "from" and t.head.lemma_.lower() in change_words() for t in earlier)
    return changed and not _range_named(doc, start)


def sized_like(doc: Doc, phrase: NumberPhrase, other: NumberPhrase) -> float:
    """The value of one side of a change, which takes the scale word of the other where it
    has none and the two are then of a size ("from 20 to 15 million": 20 million; "from
    $2 million to 3": 3 million; "from 900,000 to 1.2 million" stays 900,000)."""
    lead = token_value(doc[other.start])
    if phrase.end - phrase.start != 1 or lead is None or not lead[0] or other.value == lead[0]:
        return phrase.value
    scaled = phrase.value * other.value / lead[0]
    return scaled if 0.01 <= scaled / other.value <= 100 else phrase.value


def join(doc: Doc, first: NumberPhrase, second: NumberPhrase) -> Found | None:
    """A range, ratio or part of a whole made of two number phrases, or None."""
    if second.start - first.end > _NEAR or first.share or second.share:
        return None
    between = [t.lower_ for t in doc[first.end : second.start]]
    first_currency = currency_before(doc, first.start)
    opening = first_currency[1] if first_currency else first.start
    before = doc[opening - 1].lower_ if opening > 0 else ""
    rising = first.value < second.value  # not "£35bn - £2.5bn less than forecast"
    # "£30m, £40m or £50m": the last two of a list are no range
    listed = before == "," and any(t.like_num for t in doc[max(opening - 3, 0) : opening - 1])
    second_currency = currency_before(doc, second.start)
    if second_currency is not None and first_currency is not None:
        # "between $12 billion and $15 billion", "$10-$20", "$5 or $6", "between $5 to $7",
        # "ranging from $4 to $6", "revenue of $4bn to $5bn": one range; "rose $1.64 to
        # $47.10" is a change and a level, two values
        bare = [t.lower_ for t in doc[first.end : second_currency[1]]]
        to = bare == ["to"] and (
            before == "between" or _range_named(doc, opening) or _amount_of(doc, opening)
        )
        if rising and ((bare == ["and"] and before == "between") or bare in _RANGE_SIGNS or to):
            between = bare
    # the same unit after both ends: "between 3 percent and 5 percent", "3%-5%", "About
    # 70% to 80%", "60,000 yuan to 229,000 yuan"; "rose 0.2% to 4.5%" is a change and a
    # level
    unit = _unit_after(doc, first.end)
    if rising and unit is not None and unit[0] == (_unit_after(doc, second.end) or ("",))[0]:
        bare = [t.lower_ for t in doc[unit[1] : second.start]]
        to = bare == ["to"] and (before == "between" or not _after_change(doc, opening))
        if (bare == ["and"] and before == "between") or bare in _RANGE_SIGNS or to:
            between = bare
    ones = token_value(doc[second.start])
    if (
        between == ["-"]
        and doc[first.start].is_alpha
        and first.value in _TENS
        and ones is not None
        and 0 < ones[0] < 10
        and not doc[first.end].whitespace_
    ):
        # "twenty-five" is one number, not a range; "Twenty-one thousand" is 21,000.
        return Found(
            first.start,
            second.end,
            (first.value + ones[0]) * second.value / ones[0],
            head=second.end - 1,
            first=first.start,
        )
    # "two or three", "20 or 30 percent": one range where the second is the larger
    either = between == ["or"] and rising and not listed
    if between in (["-"], ["–"], ["to"]) or (between == ["and"] and before == "between") or either:
        if between == ["to"] and first_currency is not None and _counts_a_noun(doc, second):
            return None  # "from 10 cases worth £8m to 7 cases worth £6m": two phrases
        start = opening - 1 if before == "between" else first.start
        low, high = first.value, second.value
        # A scale word on one number only is the other's too: "$2-3 million", "10 to 20
        # thousand", "$2 million to 3", "20-30bn".
        lead = figure_value(doc[second.start])
        if lead is not None and low < lead[0] < high:
            low = low * high / lead[0]
        lead = token_value(doc[first.start])
        if lead is not None and lead[0] < low and high < low:
            high = high * low / lead[0]
        if between == ["to"] and _change_and_level(doc, opening, low, high):
            return None  # "exports rose 12,500 to 3.2 million": two values
        return Found(
            start, second.end, None, "range", low, high, head=second.end - 1, first=first.start
        )
    # "$5 billion in four countries": an amount spread over things, no share of them
    money = first_currency is not None or currency_after(doc, first.end) is not None
    if second.value and between in _RATIO_WORDS and not money:
        ratio = round(first.value / second.value, 6)
        return Found(
            first.start, second.end, ratio, "ratio", head=second.end - 1, first=first.start
        )
    if first.value <= second.value and _part_of_whole(between):
        return Found(first.start, second.end, first.value, head=second.end - 1, first=first.start)
    return None


#: Words before the whole a part is counted out of ("12 of the 15", "four out of their six").
_WHOLE_DETERMINERS = frozenset({"the", "those", "these", "its", "their", "our", "his", "her"})
#: Words that pick the whole out of a longer run ("four of their last five meetings").
_WHOLE_PICKS = frozenset({"last", "first", "past"})


def _part_of_whole(between: list[str]) -> bool:
    """Whether the words between two numbers make the first a part of the second: "of",
    or "of" or "out of" with a determiner and maybe "last" or "first" ("12 of 15", "four
    out of the last five", "two out of their 12"); a bare "out of" makes a ratio."""
    words = between[1:] if between[:1] == ["out"] else between
    if words[:1] != ["of"]:
        return False
    rest = words[1:]
    if not rest:
        return between == ["of"]
    return rest[0] in _WHOLE_DETERMINERS and (
        len(rest) == 1 or (len(rest) == 2 and rest[1] in _WHOLE_PICKS)
    )


#: What joins the two numbers of a ratio ("one out of every 50", "four of every five").
_RATIO_WORDS = (["out", "of"], ["out", "of", "every"], ["in"], ["in", "every"], ["of", "every"])
#: What joins the two ends of a range that each have their unit ("$5-$6", "$5 or $6").
_RANGE_SIGNS = (["-"], ["–"], ["or"])


def _unit_after(doc: Doc, end: int) -> tuple[str, int] | None:
    """The unit right after a number ending at token ``end`` (a percent sign or word, a
    currency's name, a unit of measure) and the end past it, or None."""
    width = percent_width(doc, end)
    if width:
        return "%", end + width
    return currency_after(doc, end) or measure_after(doc, end)


#: How many times its low end a range's high end may be: "rose 12,500 to 3.2 million"
#: is a change and the level it reached, not a range.
_RANGE_SPREAD = 20


def _change_and_level(doc: Doc, opening: int, low: float, high: float) -> bool:
    """Whether "N to M" after a word of change is the change and the level it reached, the
    level many times the change ("rose 12,500 to 3.2 million", "fell a sharper than
    forecast 8,000 to 1.1 million", "the pound is up 0.04 to 88.2 cents"); "rose 20 to 30
    percent" stays a range."""
    if low <= 0 or high / low <= _RANGE_SPREAD:
        return False
    words = doc[max(opening - 5, doc[opening].sent.start) : opening]
    return any(t.lemma_.lower() in change_words() or t.lower_ in _UP_OR_DOWN for t in words)


#: Adverbs of a market report that make "N to M" after them a move and the level it
#: reached ("the pound is up 0.04 to 88.2 cents"); as words of change they would also
#: split a range of like amounts ("up 2% to 3%"), which they are kept out of.
_UP_OR_DOWN = frozenset({"up", "down"})


#: Verbs of putting a value on a thing, after whose "at" two amounts joined by "to" span a
#: range ("values the shares at A$7.17 to A$8.24").
_VALUING = frozenset({"value", "price", "estimate", "put", "peg", "set"})


def _range_named(doc: Doc, start: int) -> bool:
    """Whether the words before token ``start`` name a range that the amounts after them
    span ("ranging from $4 to $6", "a price range of $14 to $16", "values the shares at
    A$7.17 to A$8.24")."""
    if start >= 1 and doc[start - 1].lower_ == "at":
        return doc[start - 1].head.lemma_.lower() in _VALUING
    if start < 2 or doc[start - 1].lower_ not in {"from", "of"}:
        return False
    return doc[start - 2].lemma_.lower() == "range"


def _amount_of(doc: Doc, start: int) -> bool:
    """Whether the words before token ``start`` are a noun and "of" that name the amount
    two sums after them span ("forecast revenue of $4bn to $5bn", "earnings of $1.20 to
    $1.30 a share"); not after a word of change ("a rise of $2 to $9", "raised the fee
    of $20 to $25": a change and a level)."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    noun = doc[start - 1].head
    if noun.i != start - 2 or noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() not in change_words() and not _after_change(doc, noun.i)


def _after_change(doc: Doc, start: int) -> bool:
    """Whether a verb or noun of change stands among the three words before token
    ``start`` ("rose 0.2% to 4.5%"), which makes two amounts a change and a level."""
    words = doc[max(start - 3, doc[start].sent.start) : start]
    return any(t.lemma_.lower() in change_words() for t in words)


def _counts_a_noun(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number modifies a noun right after it that is no currency or unit ("to
    8,177 cases"), so that it is no end of a range of money before it."""
    if phrase.end >= len(doc):
        return False
    noun = doc[phrase.end]
    return (
        noun.pos_ == "NOUN"
        and doc[phrase.end - 1].head.i == noun.i
        and noun.lower_ not in currencies()
        and noun.lower_ not in measures()
        and noun.lower_.rstrip(".") not in SCALE_WORDS
        and noun.lower_ not in PERCENT
    )


def _adverb_of_the_clause(doc: Doc, end: int, size: int) -> bool:
    """Whether "at least" or "at most" right after a number (at token ``end``) comes
    before a verb, and so qualifies the clause, not the number ("the two at least
    agree"; "killed 98 at least" qualifies the 98)."""
    after = end + size
    return doc[end].lower_ == "at" and after < len(doc) and doc[after].pos_ in {"VERB", "AUX"}


def add_qualifier(doc: Doc, item: Found) -> None:
    """The qualifier words just before the quantity ("at least", "around", "nearly") or
    just after it ("700 or more", "100 or so", "a 700-plus crowd"), which says more
    ("some 700 or more" is at least 700)."""
    after = None
    if item.qualifier in {"ratio", "range"}:
        pass  # their words after the number are their own
    elif item.counted_word is not None and doc[item.counted_word].lower_ in HYPHENED_AFTER:
        # "a 700-plus crowd", "the 80-odd stalls"
        after = qualifiers_after()[(doc[item.counted_word].lower_,)]
        item.counted_word = None
    else:
        words = [t.lower_ for t in doc[item.end : item.end + 3]]
        for size in (2, 1):
            # "20 plus 10 points" adds, and so does "$81.8bn plus interest": a word after
            # "plus" that follows money names what comes on top of it
            added = doc[item.end + size] if len(words) > size else None
            adds = added is not None and (
                added.like_num or (words[0] == "plus" and is_money(item.unit) and added.is_alpha)
            )
            after = None if adds else qualifiers_after().get(tuple(words[:size]))
            if after is not None and _adverb_of_the_clause(doc, item.end, size):
                after = None  # "the two at least agree": "at least" qualifies the verb
            if after is not None and len(words) >= size:
                item.end += size
                break
    if after is not None:
        item.qualifier = after
    start = item.start
    if start > 0 and lost_sign(doc[start - 1]):
        start -= 1  # "up to ?1,000": the qualifier stands before the lost sign
    if start > 0 and doc[start - 1].lower_ == "another":
        start -= 1  # "at least another 15"
    elif _article_before_count(doc, item, start):
        start -= 1  # "up to a 300 masks" is up to 300
    words = [t.lower_ for t in doc[max(start - 3, 0) : start]]
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        qualifier = qualifiers().get(tuple(words[-size:]))
        if qualifier is None:
            continue
        first = doc[start - size]
        if _particle_of_verb(first) or _preposition_after_object(first, item):
            return  # "picked up to 10.8 percent", "classify hunger under five categories"
        if _over_a_race(first, item):
            return  # "will compete over 1500m": the length of the race
        if _adjective_after_determiner(first):
            return  # "the above two reasons": those named before
        verb = first.tag_.startswith("VB")
        if verb and qualifier == "more than" and any(c.dep_ == "neg" for c in first.children):
            qualifier = "at most"  # "must not exceed 500"
        if item.qualifier not in {"ratio", "range"} and after is None:
            item.qualifier = qualifier
        if not verb:
            item.start = start - size  # "exceeded 75 million": the verb is no part of it
        return


def _article_before_count(doc: Doc, item: Found, start: int) -> bool:
    """Whether an "a" stands between a qualifier and a count in figures before a plural
    noun ("up to a 300 masks"); not "over a 12-month period", a spell of that length."""
    return (
        start > 0
        and doc[start - 1].lower_ == "a"
        and doc[start].text[:1].isdigit()
        and item.unit is None
        and item.end < len(doc)
        and doc[item.end].tag_ == "NNS"
    )


def add_sign(doc: Doc, item: Found) -> None:
    """ "minus 160 degrees" is -160; not "ten minus three", a sum."""
    start = item.start
    if start == 0 or doc[start - 1].lower_ != "minus" or item.value is None:
        return
    if start > 1 and token_value(doc[start - 2]) is not None:
        return
    item.start, item.value = start - 1, -item.value


#: Qualifiers that are prepositions ("over 100", "under five").
_PREPOSITIONS = frozenset({"over", "under", "above", "below"})


def _adjective_after_determiner(word: Token) -> bool:
    """Whether a preposition qualifier is an adjective after a determiner: "the above two
    reasons" are those named before, not more than two."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return (
        word.lower_ in _PREPOSITIONS
        and word.tag_ == "JJ"
        and before is not None
        and before.pos_ == "DET"
    )


def _particle_of_verb(word: Token) -> bool:
    """Whether a qualifier's first word is the particle of the verb right before it
    ("picked up to 10.8 percent", "slotted over four penalties"; the phrasal verbs of
    ``particle_verbs.txt``), or of the verb whose object stands between ("brought their
    premiums up to $9,600"), not "cut up to 900 jobs", where the parser may still call
    "up" a particle, nor "send up to 1,000 troops" (``object_particle_verbs.txt``)."""
    if word.i == 0:
        return False
    verb = word.doc[word.i - 1]
    split = verb.dep_ == "dobj" and verb.head.i < verb.i
    if split:
        verb = verb.head  # "pushed earnings up to $43m": the object splits the verb
    phrasal = f"{verb.lemma_.lower()} {word.lower_}"
    if verb.pos_ != "VERB" or phrasal not in particle_verbs():
        return False
    if phrasal in object_particle_verbs() and not split:
        # "will send up to 1,000 troops": as many as; "was driven up to 9%" is the verb's
        return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return True


#: Verbs after whose "over" a distance is the length of a race ("compete over 1500m").
_RACING = frozenset({"compete", "race"})
#: Units of a race's length.
_RACE_LENGTHS = frozenset({"m", "km", "mi"})


def _over_a_race(word: Token, item: Found) -> bool:
    """Whether "over" before a distance is the length of a race, after a verb of racing or
    a superlative ("will compete over 1500m", "the third fastest over 800m"), not more
    than it ("the track runs over 800m")."""
    if word.lower_ != "over" or item.unit not in _RACE_LENGTHS or word.i == 0:
        return False
    before = word.doc[word.i - 1]
    return before.tag_ in {"JJS", "RBS"} or before.lemma_.lower() in _RACING


def _preposition_after_object(word: Token, item: Found) -> bool:
    """Whether a qualifier's word is a preposition of the verb after its object, or of
    the noun right before it, before a noun the number counts: "classify hunger under
    five categories", "charged two men over three deaths", "a centre over two sites",
    "is charged under three sections"; not "sold it for under $5", whose number is an
    amount."""
    if word.lower_ not in _PREPOSITIONS or word.dep_ != "prep":
        return False
    verb = word.head
    if verb.i > word.i or item.unit is not None:
        return False
    counted = any(c.dep_ == "pobj" and c.i >= item.end for c in word.children)
    if verb.pos_ == "NOUN" and verb.i == word.i - 1:
        # "a single control centre over two sites": a place, where a count's qualifier
        # hangs on the number ("a crowd of over 500 people")
        return counted
    obj = any(c.dep_ == "dobj" and c.i < word.i for c in verb.children)
    # "is charged under three sections of the act": a passive verb's "under" stands where an
    # active one's object would ("over" after one may still say more: "viewed over 10
    # million times")
    passive = word.lower_ == "under" and any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children
    )
    return verb.pos_ == "VERB" and (obj or passive) and counted
