"""What a count counts: the noun it modifies and that noun's phrase, the whole a part
belongs to, a noun left unsaid after an earlier count, and the comparisons and multiples
that count no noun ("six times longer")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.records import Counted, Quantity, Span
from newsgraph.stages._quantities.numbers import fused_word, people_word, token_value, toll_of
from newsgraph.stages._quantities.parse import (
    CASUALTY,
    FUNCTION_POS,
    GLUED_INSIDE,
    GLUED_STOP,
    PERCENT,
    PLACE_TYPES,
    SCALE_WORDS,
    SCALE_WORDS_WITH_STOP,
    Found,
    headline_verb,
    hyphen_joins,
    person_noun,
)
from newsgraph.stages._quantities.tables import categories, currencies, level_words, measures

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "npadvmod", "predet"})


def past_a_comparison(doc: Doc, found: Found, noun: Token) -> bool:
    """Whether a noun the parser hung a difference on lies past the comparison right after
    it ("five more than last time but still a setback"), where what a difference counts
    stands before "than" ("30 more nurses than last year") or went before it."""
    i = found.end
    return (
        noun.i > i + 1
        and i + 1 < len(doc)
        and doc[i].lower_ in {"more", "fewer", "less"}
        and doc[i + 1].lower_ == "than"
    )


def _times_at(doc: Doc, found: Found) -> int:
    """Where "times" stands after a number: right after it, or after the "of" of a vague
    count ("hundreds of times more"); the number's end where it is not there."""
    i = found.end
    if i + 2 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ == "times":
        return i + 1
    return i


def multiplies_a_comparison(doc: Doc, found: Found) -> bool:
    """Whether a number before "times" multiplies a comparison ("six times longer",
    "three times as big", "seven times more likely", "dozens of times higher"), where
    "won six times" counts occasions."""
    i = _times_at(doc, found)
    if i + 1 >= len(doc) or doc[i].lower_ != "times" or found.unit is not None:
        return False
    return doc[i + 1].lower_ == "as" or doc[i + 1].tag_ in {"JJR", "RBR"}


#: Words after "times" that open the amount a number multiplies ("three times the level").
_AMOUNT_OPENERS = frozenset({"the", "that", "this", "its", "their", "his", "her", "our"})

#: Amounts a company's price is a multiple of, named bare after "times" ("valued at 60
#: times revenue", "trades at 20 times earnings").
_PRICED_AMOUNTS = frozenset({"revenue", "revenues", "earnings", "sales", "profit", "profits"})


def multiplies_an_amount(doc: Doc, found: Found) -> bool:
    """Whether a number before "times" multiplies an amount named after it ("2.5 times the
    sum", "four times its size", "valued at 60 times revenue") or a state it describes
    ("ten times oversubscribed"), where "six times a year" counts occasions."""
    i = _times_at(doc, found)
    if i + 1 >= len(doc) or doc[i].lower_ != "times":
        return False
    after = doc[i + 1]
    # a participle, which the tagger may take for an adjective ("oversubscribed")
    participle = after.tag_ == "VBN" or (after.tag_ == "JJ" and after.lower_.endswith("ed"))
    described = participle and after.dep_ in {"amod", "acomp", "advcl"}
    return after.lower_ in _AMOUNT_OPENERS or after.lower_ in _PRICED_AMOUNTS or described


def counted_by_toll(doc: Doc, found: Found) -> Token | None:
    """What the number, toll or total a count is the value of counts, after its "of":
    "the number of staff rose to 900", "raise the number of nurses from 800 to 950"."""
    toll = toll_of(doc[found.head])
    if toll is None:
        return None
    for prep in (c for c in toll.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.pos_ in {"NOUN", "PROPN"}:
                return pobj
    return None


#: Pronouns after "of" that stand for a whole counted before ("four of them").
_WHOLE_PRONOUNS = frozenset({"them", "whom", "which"})


def whole_of_part(doc: Doc, found: Found, before: list[Quantity]) -> Counted | None:
    """What the whole counts that a part stands for by a pronoun, the whole being earlier
    in the same sentence and no smaller: "30 activists, four of them", "of which 16
    million" (the pronoun after the number or before it); None for none."""
    after = [t.lower_ for t in doc[found.end : found.end + 2]]
    ahead = [t.lower_ for t in doc[max(found.start - 2, 0) : found.start]]
    if not (after[:1] == ["of"] and after[1:] and after[1] in _WHOLE_PRONOUNS) and not (
        ahead[:1] == ["of"] and ahead[1:] and ahead[1] in _WHOLE_PRONOUNS
    ):
        return None
    sentence = doc[found.start].sent
    size = found.value if found.value is not None else found.high
    for quantity in reversed(before):
        if quantity.start < sentence.start_char:
            break
        whole = quantity.value if quantity.value is not None else quantity.high
        if quantity.unit is None and whole is not None and size is not None and whole >= size:
            return quantity.counted
    return None


def part_named_after_whole(
    doc: Doc, found: Found, before: list[Quantity]
) -> tuple[Token, Quantity] | None:
    """What a bare count of a part is, named after "were" or "are" right after it, where
    its sentence opens on the whole ("Of the 3,498 killed, 923 were children", "Of the 80
    dead, 12 were women and nine were children"): the noun after the verb, and the whole,
    no smaller than the part; None for none."""
    if found.end >= len(doc) or found.value is None:
        return None
    verb = doc[found.end]
    if verb.lemma_ != "be":
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    sentence = doc[found.start].sent
    if noun is None or sentence[0].lower_ != "of" or len(sentence) < 5:
        return None
    opening = sentence[4].idx  # "Of the 3,498", "Of the nearly 300": the whole opens it
    whole = next((q for q in before if sentence.start_char <= q.start <= opening), None)
    if whole is None or whole.unit is not None or whole.value is None:
        return None
    return (noun, whole) if whole.value >= found.value else None


#: Where a bare count stands as its own noun would: "down from seven", "compared with
#: 1,500", "and one in Amsterdam", "more than 200 are unfilled".
_ELIDED_ROLES = frozenset({"pobj", "conj", "nsubj", "nsubjpass", "appos"})


def elided_noun(
    doc: Doc, last: tuple[Found, Token | None, str] | None, found: Found, category: str
) -> Token | None:
    """The plural noun the count just before a bare count counts, in the same sentence,
    where the bare one leaves it unsaid: "four foreigners last year, down from
    seven", "61 deaths in 2019 and at least 22 in 2020"; None where the bare one has a
    unit, a share, a casualty of its own, or stands in brackets or a list after a
    semicolon ("$9 million (8 million euros; 7 million)")."""
    if last is None or found.unit is not None or found.qualifier == "ratio":
        return None
    before, noun, _ = last
    if _fraction_after_whole(before, found):
        return None  # "the two sectors … hit a high of 53.5": a reading, not sectors
    if noun is None or category in CASUALTY:
        return None
    if before.unit is not None or before.counted_word is not None:
        return None  # "$5m", "an 18-member squad": no plural noun counted
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lemma_.lower() == "time":
        return None  # "one example", "three times", "nine times out of ten"
    if doc[before.head].sent.start != doc[found.head].sent.start:
        return None
    if found.start > 0 and doc[found.start - 1].text in {"(", ";"}:
        return None
    head = doc[found.head]
    nxt = doc[found.end] if found.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "from":
        return None  # "20 officials and five from the firm": where they come from sets them apart
    after_preposition = nxt is not None and nxt.pos_ == "ADP"
    return noun if head.dep_ in _ELIDED_ROLES or after_preposition else None


def _fraction_after_whole(before: Found, found: Found) -> bool:
    """Whether a figure with a fraction follows a whole count, whose things it cannot
    count ("two sectors … a high of 53.5"); a rate may have fractions in both ("7.5
    connections per 100 people, against 6.7 in Germany")."""
    whole = before.value is not None and before.value.is_integer()
    return whole and found.value is not None and not found.value.is_integer()


def subset(noun: Token) -> bool:
    """Whether a counted noun names some of those counted before it ("killed 12 people,
    including five children"): a later "dozens more" counts the whole, not the part."""
    return noun.dep_ == "pobj" and subset_prep(noun.head)


def subset_prep(word: Token) -> bool:
    return word.lower_ in {"including", "among"}


def of_people(noun: Token) -> bool:
    """Whether a counted noun names people: "people", "refugees", "soldiers"."""
    lemma = noun.lemma_.lower()
    return person_noun(lemma) or categories().get(("noun", lemma)) in CASUALTY


def people_counted_before(
    doc: Doc, previous: tuple[Found, Token] | None, found: Found
) -> Token | None:
    """The noun of the count of people just before a casualty count without one, where
    it counts them too: "12 people were killed and 40 wounded", "killing 12 people and
    injuring 49" (joined by "and" or a comma in the same sentence, a few words apart)."""
    if previous is None or found.unit is not None:
        return None
    before, noun = previous
    if doc[before.head].sent.start != doc[found.head].sent.start:
        return None
    # a part named after the noun is no gap: "12 people, including five children, and
    # injured dozens more"
    part = {t.i for c in noun.children if subset_prep(c) for t in c.subtree}
    between = [t for t in doc[max(before.end, noun.i + 1) : found.start] if t.i not in part]
    joined = 0 < len(between) <= 6 and any(t.lower_ in {"and", ","} for t in between)
    return noun if joined else None


def _number_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a number stands among the tokens from ``start`` up to ``end``."""
    return any(token.like_num for token in doc[start:end])


def counted_noun(doc: Doc, item: Found) -> Token | None:
    """The noun a count is of: what the number modifies, or "of" X after a vague count."""
    if item.counted_word is not None:
        return doc[item.counted_word]
    after = doc[item.end] if item.end < len(doc) else None
    for index in dict.fromkeys((item.head, item.first)):
        noun = _noun_of(doc[index])
        if noun is not None and item.start <= noun.i < item.end and item.unit is None:
            # "about 1m websites": the multiplier the parser split off is part of the
            # number; what it counts is the noun that follows.
            if (
                after is not None
                and after.pos_ in {"NOUN", "PROPN"}
                and (noun in (after.head, *after.children))
            ):
                noun = after
            else:
                noun = _noun_of(noun)
        if (
            noun is not None
            and noun.i > item.end
            and noun.lower_ in measures()
            and doc[item.end].like_num  # not "10.4 and 9.1 million tons"
        ):
            # "two 120 mm rounds": the unit is the other number's; the rounds are counted
            head = noun.head
            noun = head if head.i > noun.i and head.pos_ in {"NOUN", "PROPN"} else None
        if (
            noun is not None
            and noun.lower_ in {*PERCENT, "cent"}
            and _number_between(doc, item.end, noun.i)
        ):
            return None  # "3,118 (12.4 percent)": the percent sign is the other number's
        if noun is not None and noun.lower_.rstrip(".") in SCALE_WORDS:
            return None  # "$24.1m (£12.7m)": the parser hung one amount on the other
        if noun is not None and item.unit is not None and noun.lower_ in currencies():
            return None  # "£99 (149 euros)": another amount of money, not what is counted
        if noun is not None and noun.ent_type_ in {"DATE", "TIME"} and noun.i >= item.end:
            return None  # "up from 1,500 last year": when, not what is counted
        if noun is not None and noun.ent_type_ in PLACE_TYPES and noun.i < item.start:
            return None  # "in Wales 40,000": where, not what is counted
        if noun is not None and noun.i < item.start and headline_verb(noun) is not None:
            return None  # "Quake Kills 20": the verb, not what is counted
        if noun is not None and noun.i >= item.end and _level_named(noun, item):
            return None  # "topped the 25,000 mark": a level, not what is counted
        if noun is not None and _full_stop_between(doc, item.end - 1, noun.i):
            return None  # "for about $230m. Rumours …": a full stop ends the amount
        if noun is not None and _verb_after_a_vague_count(doc, item, noun):
            return None  # "Thousands rally in cities": the verb, not what is counted
        if noun is not None:
            if item.unit is None and noun.i >= item.end:
                noun = _compound_head(noun)
                noun = _owned_plural(noun, item)
            noun = _before_glued_stop(doc, item.end, noun)
            return noun if any(c.isalpha() for c in noun.text) else None
    described = after
    while (
        described is not None
        and described.pos_ == "ADJ"
        and described.dep_ == "amod"
        and described.head.i == described.i + 1
    ):
        described = described.head  # "2m active users": the noun its adjectives describe
    if item.unit is None and described is not None and described.tag_ in {"NNS", "NNPS"}:
        return described  # "About 5m people" with the multiplier misparsed as the subject
    fused = after is not None and "-" in fused_word(after)
    if item.unit is None and after is not None and fused and people_word(after) is not None:
        return after  # "Britain's 4.8m self-employed", which the tokenizer split
    return None


def _verb_after_a_vague_count(doc: Doc, item: Found, noun: Token) -> bool:
    """Whether a singular noun right after a vague plural count is the verb the tagger
    took for a noun, a vague count taking its noun only after "of" or in the plural
    ("Thousands rally in cities": "rally" is what they do)."""
    value = token_value(doc[item.first])
    vague = value is not None and value[1] == "vague" and item.end - item.start == 1
    return vague and noun.i == item.end and noun.tag_ == "NN" and noun.dep_ == "ROOT"


def _owned_plural(noun: Token, item: Found) -> Token:
    """The plural noun that a singular counted noun owns, where a count of more than one
    counts what it owns ("Two sheriff's deputies": deputies), or the noun itself ("one
    state's land", "two Texas congressmen's flights")."""
    value = item.value if item.value is not None else item.low
    if noun.tag_ != "NN" or noun.dep_ != "poss" or value is None or value < 2:
        return noun
    owned = noun.head
    mark = any(c.dep_ == "case" and c.tag_ == "POS" for c in noun.children)
    return owned if mark and owned.i > noun.i and owned.tag_ == "NNS" else noun


def _level_named(noun: Token, item: Found) -> bool:
    """Whether the noun after a figure other than one is a level it names ("the 2 million
    figure", "its lowest level"), not a thing it counts ("one figure" may be a person)."""
    return noun.lower_ in level_words() and item.value != 1


def _compound_head(noun: Token) -> Token:
    """The plural noun a singular counted noun is a compound modifier of, which the
    number counts ("2 million kitchen knives", "90 housing association tenants"), or
    the noun itself ("a six page letter" counts pages; "20 million people health care"
    is a misparse); the parser may call the modifier "nmod" where a second one joins it
    ("2,000 business and political leaders")."""
    head = noun
    while head.dep_ in {"compound", "nmod"} and head.head.i > head.i and head.head.pos_ == "NOUN":
        if head.tag_ not in {"NN", "NNP"}:
            return noun
        head = head.head
    if head.tag_ in {"NNS", "NNPS"}:
        return head
    return _plural_before_a_verb(noun) or noun


def _plural_before_a_verb(noun: Token) -> Token | None:
    """The plural noun a singular counted noun has as its compound where the singular is
    the verb the tagger took for a noun, a preposition or a stop after it ("three billion
    cups land in the bin", "top 100 firms hail from Japan"), or None."""
    doc = noun.doc
    if noun.tag_ != "NN" or noun.i == 0 or noun.i + 1 >= len(doc):
        return None
    plural = doc[noun.i - 1]
    if plural.tag_ not in {"NNS", "NNPS"} or plural.head.i != noun.i or plural.dep_ != "compound":
        return None
    after = doc[noun.i + 1]
    return plural if after.pos_ in {"ADP", "PUNCT"} and plural.lemma_ != plural.lower_ else None


def _before_glued_stop(doc: Doc, end: int, noun: Token) -> Token:
    """The counted noun, or the word before it that ends its phrase: one with a stop glued
    to a hyphen where a text lost a space ("killed nine policemen.- Tens of thousands …",
    "from seven games.-The fact that …", one word to the tokenizer),
    which the parser did not take for the end of a sentence, or one before a spaced dash
    ("1.7 million Palestinians - comprising Christians …")."""
    for word in doc[end : noun.i]:
        glued = GLUED_STOP.search(word.text) or GLUED_INSIDE.search(word.text)
        if glued and word.text[0].isalpha():
            return word  # whatever the tagger made of the word, it ends the phrase
        dash = doc[word.i + 1]
        spaced = dash.text in {"-", "–", "—"} and word.whitespace_ and dash.whitespace_
        if spaced and word.pos_ in {"NOUN", "PROPN"}:
            return word
    return noun


def glued_stop_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a word in tokens ``[start, end)`` ends a sentence with a stop glued to a
    hyphen where a text lost a space ("policemen.- Tens")."""
    return any(GLUED_STOP.search(t.text) for t in doc[start:end])


def _full_stop_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a full stop ends a sentence in tokens ``[start, end)``; the tokenizer keeps
    it on a multiplier ("$230m."), and an abbreviation's ("U.S.") ends none."""
    return any(t.text == "." or t.lower_ in SCALE_WORDS_WITH_STOP for t in doc[start:end])


def _noun_of(token: Token) -> Token | None:
    """The noun one number word modifies ("46 people", "hundreds of people"), or None."""
    if (
        token.head.i != token.i
        and (
            token.head.pos_ in {"NOUN", "PROPN"}
            or those_described(token.head)
            # "52 million uninsured"; not "40 dead", whom a count after it ("and 12
            # wounded") would take for its own
            or people_word(token.head) == "people"
        )
        and token.dep_ in _MODIFIER_DEPS
    ):
        return token.head
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (
                    pobj.pos_ in {"NOUN", "PROPN"} or those_described(pobj)
                ):
                    return pobj
    return None


def those_described(word: Token) -> bool:
    """Whether a word is "those" with a participle right after it that says who they are
    ("half those surveyed", "two-thirds of those polled"), a phrase a count may count."""
    return word.lower_ == "those" and _participle_after(word) is not None


def _participle_after(word: Token) -> Token | None:
    """The participle right after a word that describes it ("those polled"), or None."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if nxt is not None and nxt.head.i == word.i and nxt.dep_ == "acl" and nxt.tag_ == "VBN":
        return nxt
    return None


def _lost_space(doc: Doc, i: int) -> bool:
    """Whether the hyphen at token ``i`` stands where a text lost a space: a function word
    follows that no further hyphen ties on ("awards-for Best Film"; not "sons-in-law"), or
    a verb's participle follows a plural noun ("six employees-delivering aid", "three
    firms-accused-of fraud")."""
    if hyphen_joins(doc, i + 2) and not _lost_space(doc, i + 2):
        return False
    if doc[i + 1].pos_ in FUNCTION_POS:
        return True
    return doc[i - 1].tag_ in {"NNS", "NNPS"} and doc[i + 1].tag_ in {"VBG", "VBN"}


def noun_phrase(doc: Doc, noun: Token, item: Found) -> Span:
    """The counted noun with its modifiers after the number ("Palestinian prisoners")."""
    start = noun.i
    for child in noun.lefts:
        if child.i >= item.end and child.dep_ in {"amod", "compound", "nmod"}:
            start = min(start, child.left_edge.i)
    start = max(start, item.end) if noun.i >= item.end else noun.i
    while start < noun.i and (doc[start].is_punct or doc[start].lower_ in {"of", "the"}):
        start += 1
    end = noun.i + 1
    if those_described(noun):
        end += 1  # "those surveyed"
    while hyphen_joins(doc, end) and not _lost_space(doc, end):
        end += 2  # "e-mail", "ex-soldiers": split at the hyphen
    if start > item.end and doc[start - 1].text == '"' and doc[start:end].text.count('"') % 2:
        start -= 1  # '2.5 million "home and leisure" robots': the quote it closes opens it
    span = doc[start:end]
    text = GLUED_STOP.sub("", span.text)  # "killed nine people:- she said"
    inside = GLUED_INSIDE.search(text)
    if inside is not None:
        text = text[: inside.start()]  # "seven games.-The fact": the games
    return Span(span.start_char, span.start_char + len(text), text)
