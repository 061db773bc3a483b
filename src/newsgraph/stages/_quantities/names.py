"""Numbers that name rather than count: codes, models, phone and service numbers, street
numbers, labels, titles and formulas ("F-16", "Route 66", "Chapter 11", "call 911")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import ORTH

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._quantities.numbers import (
    NumberPhrase,
    currency_after,
    currency_before,
    token_value,
)
from newsgraph.stages._quantities.parse import (
    CLOSING_QUOTES,
    GLUED_STOP,
    OPENING_QUOTES,
    PERCENT,
    Found,
    headline_verb,
    hyphen_joins,
)
from newsgraph.stages._quantities.scores import tight_pair
from newsgraph.stages._quantities.tables import currencies, measures
from newsgraph.stages._quantities.units import unit_word
from newsgraph.stages._times.tables import tables as time_tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PHONE = re.compile(r"\(?\+?\d[\d ()\-.]{6,}\d")
#: A whole number written with a leading zero: a code or a clock time, never a count.
LEADING_ZERO = re.compile(r"0\d{2,}")
#: A country's calling code and groups of digits right before a number: "+44 7624 800 ".
INTERNATIONAL_CODE = re.compile(r"\+\d{1,3}(?: \(0\))?[ \d]*[ -]$")
#: An area code with its leading zero and groups of digits right before a number: "on
#: 041 98 74 " in "call the station on 041 98 74 200".
NATIONAL_CODE = re.compile(r"(?<![\d,.])0\d{1,4}(?: \d{2,4}){1,3} $")


def number_word_as_a_name(word: Token, prev: Token | None, nxt: Token | None) -> bool:
    """Whether a number word in capitals after a word in lower case that is no noun or verb
    is a name, with no word in lower case after it that it counts ("the joy of Six will
    last", "a first Five/Six Nations crown", "runs on Five."; not "killed Two members" nor
    "the court Four were named", where a stop went missing)."""
    if not (word.is_alpha and word.is_title and prev is not None):
        return False
    if not (prev.is_lower and prev.is_alpha) or prev.pos_ in {"NOUN", "PROPN", "VERB", "AUX"}:
        return False  # "the court Four were appointed": a new sentence that lost its stop
    if word.lower_.endswith("s"):
        return False  # "Thousands", "Hundreds": no name
    counts = nxt is not None and nxt.is_lower and nxt.pos_ not in {"AUX", "VERB", "CCONJ"}
    return not counts


def code_after(doc: Doc, i: int) -> bool:
    """Whether the hyphen at token ``i`` goes on, with no space, into a word in capitals
    that is no unit or currency, through figures and hyphens ("482-KLM", "1-800-HELP"):
    a licence plate or a telephone number spelled in letters, not "a 500-MW plant"."""
    while i < len(doc) and not doc[i - 1].whitespace_:
        word = doc[i]
        if word.is_alpha and word.is_upper and len(word) > 1:
            return word.lower_ not in measures() and word.lower_ not in currencies()
        if word.text != "-" and not word.text.isdigit():
            return False
        i += 1
    return False


#: Emergency and information lines, which are numbers to call, not counts.
_SERVICE_NUMBERS = frozenset({"911", "999", "112", "111", "311", "411", "211", "000", "101"})
_CALLING = frozenset({"call", "dial", "ring", "phone", "text"})
_SERVICE_NOUNS = frozenset(
    {"call", "caller", "service", "dispatcher", "operator", "center", "centre", "line"}
    | {"system", "function", "emergency"}
)


#: The part after the hyphen of a model's name that has letters: "8X", "200ER".
_MODEL_SUFFIX = re.compile(r"\d+[A-Z]+")


def model_name(doc: Doc, i: int) -> bool:
    """Whether a number at token ``i`` and the one hyphenated to it without spaces name a
    model: a count stands right before them ("ten 737-800 planes") or the second has
    capital letters ("the 777-8X"); not the range "10-20 planes"."""
    if i < 0 or i + 2 >= len(doc) or not doc[i].text.isdigit():
        return False
    dash, second = doc[i + 1], doc[i + 2]
    if dash.text not in {"-", "–"} or doc[i].whitespace_ or dash.whitespace_:
        return False
    if _MODEL_SUFFIX.fullmatch(second.text):
        return True
    before = doc[i - 1] if i > 0 else None
    counted = before is not None and bool(before.whitespace_) and token_value(before) is not None
    return second.text.isdigit() and counted


#: Words after a number that tell how many digits an amount has ("a six-figure salary").
_DIGIT_WORDS = frozenset({"figure", "digit"})


def digits_of_an_amount(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number tells how many digits the amount after it has ("a six-figure
    salary", "a 7 figure deal", "two-digit growth"); not "five figures were released"."""
    at = phrase.end + 1 if hyphen_joins(doc, phrase.end) else phrase.end
    if at + 1 >= len(doc) or doc[at].lower_ not in _DIGIT_WORDS:
        return False
    return doc[at + 1].pos_ in {"NOUN", "PROPN", "ADJ"}


#: Words in lower case that a title in capitals may hold ("100 Relics of Vilnius").
_TITLE_LINKS = frozenset({"of", "the", "and", "in", "on", "for", "to", "a", "an"})


def opens_a_quoted_title(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number opens a title in quotes, every word of which is capitalized but
    for small links ("the drama "13 Reasons Why"", ""100 Relics of Vilnius""), or is a
    figure alone in quotes after a noun or a preposition ("the album "25""); not "40
    people died," he said", a quoted sentence, nor ""Three," she said"."""
    i = phrase.start - 1
    if i >= 0 and doc[i].text == "?" and not doc[i].whitespace_:
        i -= 1  # the mark a broken encoding left of a curly quote
    if i < 0 or doc[i].text not in OPENING_QUOTES or doc[i].whitespace_:
        return False
    # a figure alone in quotes names a work after a noun or a preposition
    alone = doc[phrase.start].text.isdigit() and i > 0 and doc[i - 1].pos_ in _NAMING_POS
    words = doc[phrase.end : phrase.end + 6]
    titled = False  # a capitalized word follows the number: "Three," alone is no title
    for word in words:
        closed = any(mark in word.text for mark in CLOSING_QUOTES)
        if word.text[:1].isupper():
            titled = True
            if closed:
                return True
        elif closed:
            return (titled or alone) and not word.text[0].isalnum()  # "… Why", "… Why."
        elif titled and word.lower_ in _TITLE_LINKS:
            continue
        elif not word.is_punct:
            return False
    return False


#: Word classes before a quotation that make a figure alone in it a title.
_NAMING_POS = frozenset({"NOUN", "PROPN", "ADP"})


def named_after_currency_word(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a bare number of one or two digits follows a currency's name capitalized
    inside a sentence, naming a standard or a tournament ("Euro 5 engines", "since Euro
    96"), where a sum takes a symbol ("€5") or a multiplier ("Euro 5 billion")."""
    start, end = phrase.start, phrase.end
    if start == 0 or end - start != 1 or not doc[start].text.isdigit() or phrase.value > 99:
        return False
    word = doc[start - 1]
    if not (word.is_title and word.is_alpha) or word.is_sent_start:
        return False
    if word.lower_ not in currencies():
        return False
    after = doc[end] if end < len(doc) else None
    return after is None or (token_value(after) or (0.0, ""))[1] != "scale"


def stock_code(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure is a share's code after its exchange's initials and a colon, alone
    in brackets ("(TWSE: 2495)", "(HKEX: 700)"; not "(UN: 45 dead)"), not a count."""
    start = phrase.start
    if phrase.end - start != 1 or start < 3 or not doc[start].text.isdigit():
        return False
    if phrase.end == len(doc) or doc[phrase.end].text != ")":
        return False
    bracket, exchange, colon = doc[start - 3], doc[start - 2], doc[start - 1]
    initials = exchange.is_alpha and exchange.is_upper and 2 <= len(exchange) <= 6
    return bracket.text == "(" and initials and colon.text == ":"


#: Messages sent to a number: "Send an SMS to 61124", "Text HELP to 84888".
_MESSAGES = frozenset({"sms", "mms", "text", "message"})
#: The fewest digits of a short code a message is sent to.
_SHORT_CODE_DIGITS = 4


def _short_code(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a bare run of digits after "to" is the short code a text message goes to:
    a word for a message stands in the four words before "to" and no noun follows ("Send
    an SMS or MMS to 61124"; not "sent a text to 5000 voters")."""
    start = phrase.start
    number = doc[start]
    if phrase.end - start != 1 or not number.text.isdigit() or start < 2:
        return False
    if len(number.text) < _SHORT_CODE_DIGITS or doc[start - 1].lower_ != "to":
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
        return False
    return any(t.lower_ in _MESSAGES for t in doc[max(start - 5, 0) : start - 1])


#: How many digits a short number to call has ("call 115", "dial 1020").
_DIALLED_DIGITS = (3, 4)


def _dialled(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a bare run of three or four digits is what the verb "call" or "dial" right
    before it takes, with no noun after it ("if you call 115 in the region"; not "called
    300 witnesses", nor "called 300 to testify")."""
    start = phrase.start
    number = doc[start]
    if phrase.end - start != 1 or not number.text.isdigit() or start == 0:
        return False
    if len(number.text) not in _DIALLED_DIGITS:
        return False
    verb = doc[start - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"call", "dial"}:
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is None:
        return True
    if nxt.pos_ in {"NOUN", "PROPN", "NUM"}:
        return False
    after = doc[phrase.end + 1] if phrase.end + 1 < len(doc) else None
    return not (nxt.lower_ == "to" and after is not None and after.pos_ in {"VERB", "AUX"})


def service_number(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether the number is one to call ("dial 311", "calls to 911", "911 service", "call
    115 in the region") or a telephone extension ("ext. 5"), not a count."""
    prev = doc[phrase.start - 1] if phrase.start > 0 else None
    label = (
        doc[phrase.start - 2]
        if prev is not None and prev.text == "." and phrase.start > 1
        else prev
    )
    if label is not None and label.lower_.rstrip(".") in {"ext", "extension"}:
        return True
    if _short_code(doc, phrase) or _dialled(doc, phrase):
        return True
    if phrase.end - phrase.start != 1 or doc[phrase.start].text not in _SERVICE_NUMBERS:
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in _SERVICE_NOUNS:
        return True
    start = phrase.start
    joined = prev is not None and prev.lower_ in {"or", "and"} and start > 2
    if joined and doc[start - 2].text in _SERVICE_NUMBERS:
        start -= 2  # "call 112 or 999": the second number as the first
        prev = doc[start - 1]
    if prev is not None and prev.lower_ in {"to", "at", "on"} and start > 1:
        if prev.head.lemma_.lower() in _CALLING:
            return True  # "call the coastguard at 112"
        prev = doc[start - 2]  # "calls to 911"
    return prev is not None and prev.lemma_.lower() in _CALLING


def names(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number names the noun just before it rather than counting: the parse
    hangs it on that noun ("Flight 370", "Chapter 11 protection", "page 12", "Year 8"),
    or the noun is a name the number ends ("Route 66 and …", "Resolution 2334"); a
    number word capitalized inside a sentence names too ("BBC One", "Two Sigma"). A
    currency before a number is money ("Rs 500"), and a headline's verb in title case
    still counts ("Quake Kills 20")."""
    if phrase.start == 0:
        return False
    words = doc[phrase.start : phrase.end]
    if len(words) > 1 and not all(w.is_alpha and w.is_title for w in words):
        return False  # "Twenty One Pilots" is a name; "400 million" a count
    number, noun = doc[phrase.start], doc[phrase.start - 1]
    if noun.text == "." and phrase.start > 1 and not doc[phrase.start - 2].whitespace_:
        abbreviation = doc[phrase.start - 2]
        if abbreviation.is_title and len(abbreviation) <= 3:
            noun = abbreviation  # "the No. 2 man": the tokenizer split the label's stop
    # "the Four-Kings clan", "Four-Kings hopes": a capitalized word hyphenated to a number
    # word names, even at the start of a sentence
    hyphened = hyphen_joins(doc, phrase.end) and doc[phrase.end + 1].is_title
    # "in Italy.- Thousands of people": a stop glued to a hyphen where a text lost a space
    # ends the sentence before, which the parser ran on
    opens = number.is_sent_start or GLUED_STOP.search(noun.text) is not None
    if number.is_alpha and number.is_title and (hyphened or not opens):
        # A number word capitalized inside a sentence that is not in title case, in a
        # name, after one or before one, is part of it: "BBC One", "Air Force One", "the
        # Three Gorges Dam", "Two Sigma", "the Group of Eight", "the Six Nations".
        if noun.is_title and noun.lower_ in time_tables().labels:
            # "Part Two of the report" opening a sentence: a label's number, both in
            # capitals (not "last season Two of the sides", with a headline run in)
            return True
        if noun.lower_ == "of" and phrase.start > 1:
            noun = doc[phrase.start - 2]
        after = doc[phrase.end + hyphened] if phrase.end < len(doc) else None
        named_after = after is not None and after.is_title and after.is_alpha
        in_name = number.ent_type_ in _NAME_TYPES or _capitalized_name(noun) or named_after
        return in_name and (_in_prose(number) or _after_an_acronym(noun, after))
    if len(words) > 1:
        return False
    if _LABEL_NUMBER.fullmatch(number.text) and _after_name_of(doc, phrase):
        return True  # "the Group of 7 meeting"
    after = doc[phrase.end] if phrase.end < len(doc) else None
    amount_follows = after is not None and after.lower_ in {"percent", "%", "per", "-"}
    if after is not None and after.lower_ == "to" and phrase.end + 1 < len(doc):
        # "levels 26 to 28 percent": a range; not "a phase two to the inquiry"
        amount_follows = token_value(doc[phrase.end + 1]) is not None
    if (
        noun.lemma_.lower() in time_tables().labels
        and (number.is_alpha or _LABEL_NUMBER.fullmatch(number.text))
        and not amount_follows  # "emission levels 26 to 28 percent"
    ):
        return True  # "Phase six", "in round two", "articles 5 and 4" however parsed
    if _LABEL_NUMBER.fullmatch(number.text) and _after_a_name_word(doc, phrase):
        return True  # "the FTSE 100 index", "the Top 500 list", "AK 47 rifles"
    if not _LABEL_NUMBER.fullmatch(number.text) or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if currency_before(doc, phrase.start) is not None or headline_verb(noun) is not None:
        return False
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    hung = number.dep_ == "nummod" and number.head.i == noun.i
    ends_name = noun.pos_ == "PROPN" and (nxt is None or nxt.pos_ != "NOUN")
    return hung or ends_name


def label_named_elsewhere(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure is a label the article names elsewhere: after the same capitalized
    word ("the Galaxy Note 7, which … First Note 7 recall"), or of three digits or more
    and counting no plural noun ("Section 230 … the fight over 230"); a figure that long
    is rarely two things in one article."""
    number = doc[phrase.start]
    if phrase.end - phrase.start != 1 or not number.text.isdigit():
        return False
    word = doc[phrase.start - 1].text if phrase.start > 0 else ""
    titled = word.istitle() and word.isalpha()
    counts = number.dep_ == "nummod" and number.head.tag_ in {"NNS", "NNPS"}  # "230 firms"
    if not titled and (len(number.text) < 3 or counts):
        return False
    for i in numpy.flatnonzero(doc.to_array(ORTH) == number.orth).tolist():
        if i == number.i:
            continue
        if titled and (i == 0 or doc[i - 1].text != word):
            continue  # only the same name again: "Note 7", not "7 people"
        if names(doc, NumberPhrase(i, i + 1, phrase.value)):
            return True
    return False


def named_in_the_plural(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure with a decimal point names a kind that the article also puts in
    the plural ("the 22.4 position … drivers can be 22.4s"): a grade or a class, where a
    count of things would be whole."""
    number = doc[phrase.start]
    if phrase.end - phrase.start != 1 or "." not in number.text or not number.text[0].isdigit():
        return False
    plural = number.text + "s"
    if plural not in doc.vocab.strings:
        return False  # a string no text has shown is in no document
    return bool((doc.to_array(ORTH) == doc.vocab.strings[plural]).any())


def _after_name_of(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number after "of" ends the name of the capitalized word before it,
    counting no plural noun ("the Group of 7 meeting"; not "the Chairman of 3 firms")."""
    number = doc[phrase.start]
    if phrase.start < 2 or doc[phrase.start - 1].lower_ != "of":
        return False
    name = doc[phrase.start - 2]
    counts = number.dep_ == "nummod" and number.head.tag_ in {"NNS", "NNPS"}
    return _capitalized_name(name) and not name.is_sent_start and not counts and _in_prose(number)


def _after_an_acronym(noun: Token, after: Token | None) -> bool:
    """Whether the capitalized number word between ``noun`` and ``after`` follows an
    organization's acronym with no word in lower case after it, naming a channel or a
    unit even in a line of names in title case ("(Little Britain, BBC Three)")."""
    acronym = noun.is_upper and noun.is_alpha and len(noun) > 1 and noun.ent_type_ == "ORG"
    return acronym and (after is None or not (after.is_alpha and after.is_lower))


def _in_prose(word: Token) -> bool:
    """Whether a word's sentence is prose, not a headline in title case (three words in
    lower case at least)."""
    return sum(1 for t in word.sent if t.is_alpha and t.is_lower) >= 3


#: Entity types of a capitalized word before a number that is no name the number ends.
_NOT_NAMED_BY = frozenset({"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME"})


def _after_a_name_word(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a figure ends a name with the capitalized word before it, the two
    describing the noun after them: "the FTSE 100 index", "the Top 500 list", "AK 47
    assault rifles", "Radio 2 listeners"; not "the top 500 firms" nor a unit ("Smith
    48 percent")."""
    word = doc[phrase.start - 1]
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    return (
        nxt is not None
        and word.is_alpha
        and (word.is_title or word.is_upper)
        and not word.is_sent_start
        and word.ent_type_ not in _NOT_NAMED_BY
        and word.lower_ not in currencies()
        and headline_verb(word) is None
        and (
            (word.dep_ in {"compound", "nmod", "amod"} and word.head.i >= phrase.end)
            # "a Super 12 side" misparsed: a figure above one before a singular noun
            or (nxt.tag_ == "NN" and doc[phrase.start].head.i == nxt.i and phrase.value > 1)
        )
        and nxt.pos_ == "NOUN"
        and nxt.lower_ not in PERCENT
        and not unit_word(nxt)
        and currency_after(doc, phrase.end) is None
        and _in_prose(word)
    )


def formula(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number is one side of a formula written without spaces: "a 2+2
    meeting", "two-plus-two talks", "a one-on-one interview", "a two-by-two grid"."""
    # the sign is written onto the number: no space after it, or before it
    after = not doc[phrase.end - 1].whitespace_ and _joined_number(doc, phrase.end, 1)
    before = phrase.start > 0 and not doc[phrase.start - 1].whitespace_
    return after or (before and _joined_number(doc, phrase.start - 1, -1))


def _joined_number(doc: Doc, i: int, step: int) -> bool:
    """Whether "+" or "-plus-", "-on-", "-by-" from token ``i`` (going by ``step``) joins
    a number to another without spaces."""
    signs = [doc[i]] if 0 <= i < len(doc) and doc[i].text == "+" else []
    if not signs:
        words = [doc[j] for j in range(i, i + 3 * step, step) if 0 <= j < len(doc)]
        joined = len(words) == 3 and words[0].text == words[2].text == "-"
        if not joined or words[1].lower_ not in {"plus", "on", "by"}:
            return False
        signs = words
    other = signs[-1].i + step
    if not 0 <= other < len(doc) or token_value(doc[other]) is None:
        return False
    edge = i - step  # the number's own word next to the sign
    return all(not t.whitespace_ for t in doc[min(edge, other) : max(edge, other)])


def address(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number in digits is a street number: a street's name follows it ("11
    Finglas Road"; ``lexicons/street_words.txt``), or it modifies a singular name right
    after it ("300 Slater Street", "at 180 Kent"), where a count modifies a common noun
    or a plural name ("300 police officers", "12 Palestinians")."""
    number = doc[phrase.end - 1]
    if phrase.end - phrase.start != 1 or not number.text.isdigit() or phrase.end >= len(doc):
        return False
    name = doc[phrase.end]
    for word in doc[phrase.end : phrase.end + 4]:
        if not word.is_title:
            break
        if word.i > phrase.end and word.lower_.rstrip(".") in load_lexicon("street_words"):
            return True  # "11 Finglas Road", "1600 Pennsylvania Avenue"
    return (
        name.tag_ == "NNP"
        and name.is_title
        and name.ent_type_ != "NORP"
        and not name.lower_.endswith("s")  # "10 Grammys", "13 Celsius"
        and not _group_counted(name)  # "killed 13 Taliban"
        and currency_after(doc, phrase.end) is None  # "300 Taka", "300 Bangladeshi Taka"
        and number.head.tag_ == "NNP"
        and number.head.i >= name.i
        and not _names_a_kind_of(name)  # "20 Serie A appearances"
    )


def _names_a_kind_of(name: Token) -> bool:
    """Whether a name is part of a compound before a plural common noun, which it names a
    kind of: "20 Serie A appearances", "11 Premier League games"."""
    head = name
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head is not name and head.tag_ == "NNS"


def _group_counted(name: Token) -> bool:
    """Whether a name after a number is a group whose members the number counts, as the
    subject or object of a verb ("killed 13 Taliban", "40 Hamas were held"), where a
    street number's name follows a preposition ("at 180 Kent")."""
    return name.ent_type_ == "ORG" and name.dep_ in {"dobj", "nsubj", "nsubjpass"}


#: What a label number looks like: "370", "206.6", "4.2.1"; not "1,200" or "3.5bn".
_LABEL_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def listed_label(doc: Doc, start: int) -> bool:
    """Whether a number follows labels listed after their noun: "articles 5 and 4",
    "Sustainable Development Goals 7, 11"."""
    i = start - 1
    joiners: set[str] = set()
    while i >= 1 and doc[i].lower_ in {",", "and", "or", "&"}:
        if not _LABEL_NUMBER.fullmatch(doc[i - 1].text):
            return False
        joiners.add(doc[i].lower_)
        i -= 2
    if not joiners or i < 0:
        return False
    noun = doc[i]
    if noun.lower_.rstrip(".") in time_tables().months:
        # "February 16 and 17" are days; "In March 2015, 21 tourists were killed" counts
        return bool(joiners - {","})
    return noun.lemma_.lower() in time_tables().labels or (noun.pos_ == "PROPN" and noun.is_title)


def _capitalized_name(word: Token) -> bool:
    """Whether a word is a capitalized proper noun that is no nationality ("Force", "BBC")."""
    return word.pos_ == "PROPN" and (word.is_title or word.is_upper) and word.ent_type_ != "NORP"


#: Entity types that are names, of which a capitalized number word is a part.
_NAME_TYPES = frozenset(
    {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "PERSON", "GPE", "LOC"}
)


def opens_a_name(doc: Doc, joined: Found) -> bool:
    """Whether two numbers hyphenated without spaces open a name, the singular
    capitalized word after them, or hyphenated to them, being part of a proper noun
    ("the 9-11 Commission", "Hannover 1-2-Eintracht Frankfurt"); not "10-15 Apple staff",
    which counts staff, nor "20-30 Labour MPs"."""
    if not tight_pair(doc, joined.start, joined.end) or joined.end >= len(doc):
        return False
    name = doc[joined.end + 1] if hyphen_joins(doc, joined.end) else doc[joined.end]
    if not (name.is_title and name.tag_ == "NNP" and name.ent_type_ != "NORP"):
        return False
    if name.lower_ in currencies() or unit_word(name):
        return False
    head = name
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.tag_ == "NNP"


#: Entity types of a name a number can open ("7 News", "3M Company").
NAMED_BY_NUMBER = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
