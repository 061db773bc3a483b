"""Whether a number phrase counts something: ``is_count`` asks each rule that says a
number is no quantity (a time, an age, a score, a list number, a name or a code), and
holds the rules for "one" and "zero" that count nothing ("no one", "zero tolerance")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.stages._quantities.ages import (
    AGE_BEFORE,
    AGE_ENDS,
    HALF_YEAR_OLD,
    PAIRED_YEAR_OLD,
    RECKONINGS,
    age_after_age,
    age_at_a_step,
    age_at_death,
    age_bound,
    age_by_its_noun,
    age_by_its_verb,
    age_group,
    age_of_a_person,
    age_of_someone,
    age_opening,
    age_required,
)
from newsgraph.stages._quantities.clock import (
    CLOCK_WORDS,
    ERAS,
    entry_time,
    hour_after_at,
    hour_of_the_day,
    race_time,
    season_end,
    year_after_preposition,
)
from newsgraph.stages._quantities.names import (
    INTERNATIONAL_CODE,
    LEADING_ZERO,
    NAMED_BY_NUMBER,
    NATIONAL_CODE,
    PHONE,
    address,
    code_after,
    digits_of_an_amount,
    formula,
    label_named_elsewhere,
    listed_label,
    model_name,
    named_after_currency_word,
    named_in_the_plural,
    names,
    number_word_as_a_name,
    opens_a_quoted_title,
    service_number,
    stock_code,
)
from newsgraph.stages._quantities.numbers import NumberPhrase, currency_before, lost_sign
from newsgraph.stages._quantities.parse import (
    CASUALTY,
    DURATION_UNITS,
    OPENING_QUOTES,
    PERCENT,
    PLACE_TYPES,
    befell,
    person_noun,
)
from newsgraph.stages._quantities.scores import (
    bracketed_after_name,
    enumerator,
    goal_minute,
    rank,
    seeded_name,
    to_pair,
)
from newsgraph.stages._quantities.tables import (
    currencies,
    fixed_compounds,
    measures,
    one_idioms,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Units after "of" that make a vague count a duration ("over millions of years").
_DURATION_UNITS_OF = DURATION_UNITS | {"centuries", "millennia"}
_CURRENCY_SIGNS = frozenset("$£€¥₹")
#: A model's code of capitals and figures before a hyphen and its variant: "A380", "B737".
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Z]?")


def is_count(doc: Doc, text: str, phrase: NumberPhrase) -> bool:
    """False for years, ages, phone numbers, clock times and numbers in names."""
    first, last = doc[phrase.start], doc[phrase.end - 1]
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    prev = doc[phrase.start - 1] if phrase.start > 0 else None
    after = text[last.idx + len(last) : last.idx + len(last) + 12].lower()
    if (
        re.match(r"^\d{4}$", first.text)
        and 1800 <= phrase.value <= 2100
        and phrase.end - phrase.start == 1
    ):
        # "2000 people", never "in 2023" nor "counts from 1977"
        after_prep = prev is not None and prev.pos_ == "ADP"
        named_date = first.ent_type_ == "DATE"  # "to report 2004 results"
        owned = prev is not None and prev.tag_ == "PRP$"  # "its 2023 goals"
        plural_next = nxt is not None and nxt.tag_ == "NNS"
        return plural_next and not after_prep and not named_date and not owned
    if prev is not None and lost_sign(prev):
        return True  # "charged �152": an amount whose currency sign the encoding lost
    if after.startswith(("-year-old", " years old", " year-old", "-year old", " years of age")):
        return False
    if HALF_YEAR_OLD.match(text, last.idx + len(last)):
        return False  # "a three-and-a-half-year-old girl"
    if PAIRED_YEAR_OLD.match(text, last.idx + len(last)):
        return False  # "a wage for 16 and 17-year-olds", "for three and four-year-olds"
    if prev is not None and prev.lower_ in AGE_BEFORE:
        return False
    if (
        nxt is not None
        and not last.whitespace_
        and last.text[-1:].isdigit()
        and nxt.is_upper
        and nxt.is_alpha
        and len(nxt) <= 3
        and not (len(nxt) > 1 and nxt.lower_ in measures())
    ):
        return False  # "4G services", "3D printing": a name, not a count ("50GB" is one)
    if number_word_as_a_name(first, prev, nxt):
        return False  # "win their first Five/Six Nations title", "the joy of Six will last"
    if nxt is not None and nxt.text == "-" and not last.whitespace_ and code_after(doc, nxt.i):
        return False  # "plate 482-KLM", "call 1-800-HELP-NOW": a code, not a count
    if (
        nxt is not None
        and first.ent_type_ in NAMED_BY_NUMBER
        and first.ent_iob_ == "B"
        and nxt.ent_iob_ == "I"
        and nxt.is_title
    ):
        return False  # "CNN affiliate 7 News": the number opens a name
    if nxt is not None and _names_a_newsroom(first, nxt):
        return False  # "told local station 9 News", "5 live found": a broadcaster
    if re.match(r"-(?:foot|feet)-\d", after):
        return False  # "6-foot-1": a person's height
    if (prev is not None and prev.lower_ == "magnitude") or after.startswith("-magnitude"):
        return False  # "a magnitude 7.8 earthquake", "a 6.1-magnitude quake": a measure of it
    if (
        prev is not None
        and prev.text == ":"
        and prev.i > 0
        and doc[prev.i - 1].lower_ in AGE_BEFORE
    ):
        return False  # "Age: 50"
    lone_one = first.lower_ == "one" and phrase.end - phrase.start == 1
    if lone_one and _in_one_idiom(doc, first):
        return False  # "one thing is clear", "at one point", "on the one hand"
    if first.lower_ == "one" and _no_one(doc, first):
        return False  # "said no-one in the club was hurt": nobody
    if lone_one and _one_after_another(doc, first):
        return False  # "struck down one motion after another": many, one at a time
    if lone_one and _one_at_a_time(doc, first):
        return False  # "healthier, one email at a time": each in turn
    if lone_one and _one_for_a_thing_said(first):
        return False  # "the one Kane missed", "a new era, one in which …"
    if lone_one and _one_as_subject(first):
        return False  # "as one heads south", "if one prays": anyone, and a verb
    if formula(doc, phrase):
        return False  # "a 2+2 meeting", "two-plus-two talks", "a one-on-one interview"
    if age_after_age(doc, phrase.start) or age_by_its_noun(doc, phrase.start):
        return False  # "at age 16 or 17", "as young as 14", "the retirement age to 67"
    if phrase.end - phrase.start == 1 and age_by_its_verb(doc, phrase.start):
        return False  # "the minimum age would be cut to 18"
    if prev is not None and age_at_death(prev, nxt):
        return False  # "died at 80", "his death at 90": an age
    if age_at_a_step(doc, phrase):
        return False  # "she left home at 17 to study", "became an MP at 27": an age
    if age_of_a_person(doc, phrase, nxt):
        return False  # "a boy of 12 was hurt", "kids of 15 with such drive": an age
    if prev is not None and prev.lemma_ == "turn" and last.dep_ != "nummod":
        return False  # "before he turns 35": an age; not "turned 87 US tanks into …"
    if first.lower_ == "scores" and phrase.end - phrase.start == 1:
        if first.pos_ == "VERB":
            return False  # "the one who scores"
        described = any(c.dep_ in _DESCRIBING for c in first.children)
        if (nxt is None or nxt.lower_ != "of") and described:
            return False  # "the latest scores", "her test scores": results, not a number
    if age_of_someone(last):
        return False  # "when she was 30 or even 41", "the suspect was 19"
    if phrase.end - phrase.start == 1 and age_required(last):
        return False  # "Applicants must be 21 to rent a car", "you have to be 18 or older"
    if age_bound(doc, phrase) or age_group(doc, phrase) or age_opening(doc, phrase):
        return False  # "those aged over 50", "women over 50", "At 12, he …"
    if enumerator(doc, phrase):
        return False  # "My thoughts: 1. Just don't."
    if seeded_name(doc, phrase):
        return False  # "1 Ana Silva (Brazil)": a place in a list of seeds
    if prev is not None and prev.lower_ == "per" and currency_before(doc, phrase.start) is None:
        return False  # "4.5 murders per 100,000 people": the base of a rate, not a count
    if to_pair(doc, phrase):
        return False  # "a 31-to-2 vote", "a two-to-one margin": a score or a ratio
    if _one_or_two(doc, phrase):
        return False  # "for a day or two", "called a surrogate at a time or two"
    if rank(doc, phrase):
        return False  # "ranked 40 in the world", "in the top ten", "the number-one worry"
    if bracketed_after_name(doc, phrase) or goal_minute(doc, phrase):
        return False  # "Maple (70)", "Kim Dahl (45)", "Kemp 48 pen": a minute or an age
    if nxt is not None and nxt.text == "-" and phrase.end + 1 < len(doc):
        word = doc[phrase.end + 1].lower_
        forms = {f"{last.lower_}-{word}", f"*-{word}", f"{last.lower_}-*"}
        if forms & fixed_compounds():
            # "a one-off", "the two-state solution", "a three-star hotel", "zero-waste"
            return False
    # "Tomas Reed, also 23, left": an adverb may stand between the comma and the age
    adverb = prev is not None and prev.lower_ in {"also", "now"}
    comma = phrase.start - 1 - adverb
    if comma >= 0 and doc[comma].text == "," and nxt is not None and nxt.text in AGE_ENDS:
        before = doc[comma - 1] if comma > 0 else None
        if before is not None and before.ent_type_ == "PERSON":
            return False  # "Donna Rawlings, 59, of Ashton"
        if before is not None and phrase.value.is_integer() and 1 <= phrase.value <= 110:
            # a name the tagger typed otherwise; after "also" or "now" even as a place or
            # a building ("his cousin Tomas Reed, also 23, left")
            named = (
                before.pos_ == "PROPN"
                and (adverb or before.ent_type_ not in PLACE_TYPES)
                and first.dep_ == "appos"
            )
            # "The Yorkshire batsman, 26, succeeds Cook"
            described = before.pos_ == "NOUN" and person_noun(before.lemma_.lower())
            if named or described:
                return False  # an age
    if model_name(doc, phrase.start) or model_name(doc, phrase.start - 2):
        return False  # "ten 737-800 planes", "the 777-8X": an aircraft's model
    if LEADING_ZERO.fullmatch(first.text):
        return False  # "declared 056 the area code", "0040 GMT": a code, not a count
    opening = first.idx
    while opening > 0 and (text[opening - 1].isdigit() or text[opening - 1] == "-"):
        opening -= 1  # "Line 1800-666-111": the groups glued on before the last one
    line = text[max(min(opening, first.idx - 4), 0) : last.idx + len(last) + 8]
    dialled = PHONE.search(line)
    if dialled and dialled.start() > 0 and line[dialled.start() - 1] in _CURRENCY_SIGNS:
        dialled = None  # "$45-50 (42-47 euros)": amounts in two currencies, not a number to call
    phone = dialled and len(re.sub(r"\D", "", line)) >= 7 and "," not in first.text
    if phone and not model_name(doc, phrase.end):
        return False
    if INTERNATIONAL_CODE.search(text, max(first.idx - 24, 0), first.idx):
        return False  # "+44 7624 800 100": the last groups of a number to call abroad
    if NATIONAL_CODE.search(text, max(first.idx - 24, 0), first.idx) and first.text.isdigit():
        return False  # "041 98 74 200": the last group of a number to call, after its area code
    if nxt is not None and (nxt.lower_ in CLOCK_WORDS or nxt.text == ":"):
        return False
    if hour_of_the_day(doc, phrase):
        return False  # "at two in the afternoon", "as of 19.00 Moscow time"
    if nxt is not None and nxt.lower_ in DURATION_UNITS:
        return False  # "six months", "two weeks": a duration, which the times stage reads
    if (
        nxt is not None
        and nxt.lower_ == "of"
        and phrase.end + 1 < len(doc)
        and doc[phrase.end + 1].lower_ in _DURATION_UNITS_OF
    ):
        return False  # "over millions of years", "hundreds of hours": a duration too
    if (
        nxt is not None
        and nxt.text in _FRACTIONS
        and phrase.end + 1 < len(doc)
        and doc[phrase.end + 1].lower_ in DURATION_UNITS
    ):
        return False  # "another 6 1/2 years"
    if service_number(doc, phrase):
        return False  # "unable to call 911", "911 service", "ext. 5"
    if named_after_currency_word(doc, phrase):
        return False  # "Euro 5 engines", "since Euro 96": a standard or a tournament
    if stock_code(doc, phrase):
        return False  # "(TWSE: 2495)": a share's code on its exchange
    if opens_a_quoted_title(doc, phrase):
        return False  # "the drama "13 Reasons Why"": a title, not a count
    if digits_of_an_amount(doc, phrase):
        return False  # "a six-figure salary": how long the amount is, not a count
    if entry_time(doc, phrase):
        return False  # "21.45 Exit polls show …": the time of an entry of a live report
    if hour_after_at(doc, phrase):
        return False  # "at nine shells hit the town": at nine o'clock
    if race_time(doc, phrase):
        return False  # "won the 10km in 33.22": a time, which counts nothing
    if ":" in first.text or first.like_url:
        return False
    if (
        prev is not None
        and prev.text in {"-", "#", "No."}
        and not (prev.text == "-" and doc[phrase.start - 2].whitespace_)  # "Bulgarians - 74,000"
        and phrase.start > 1
        and (
            (
                doc[phrase.start - 2].is_alpha
                and not doc[phrase.start - 2].is_lower
                and not doc[phrase.start - 2].like_num
            )
            or (prev.text == "-" and _MODEL_CODE.fullmatch(doc[phrase.start - 2].text) is not None)
        )
    ):
        # "F-16", "COVID-19", "an Airbus A380-800" (a model's code of capitals and
        # figures); not "Twenty-five" opening a sentence
        return False
    if prev is not None and prev.text == "#" and not prev.whitespace_:
        return False  # "#1 hit", "(#559393)": a rank or a catalogue number
    if address(doc, phrase):
        return False  # "300 Slater Street", "at 180 Kent"
    if names(doc, phrase) or listed_label(doc, phrase.start):
        return False  # "Route 66", "Flight 370", "page 12", "Phase six", "articles 5 and 4"
    if label_named_elsewhere(doc, phrase):
        return False  # "Section 230 … the fight over 230": the label again, on its own
    if named_in_the_plural(doc, phrase):
        return False  # "the 22.4 position … drivers can be 22.4s": a grade, no count
    if nxt is not None and nxt.text.split("-")[0].rstrip(".").upper() in ERAS:
        return False  # "as early as 500 BC", "(202 BC-220 AD)": a year
    if year_after_preposition(doc, phrase):
        return False  # "baptised in 988", "the worst since 1066"
    if season_end(doc, phrase):
        return False  # "the 2023-24 season"
    if first.lower_ == "zero" and prev is not None and prev.lower_ == "net":
        return False  # "net zero by 2050": a goal, not a count
    if first.lower_ == "zero" and nxt is not None and _none_of_a_mass(nxt):
        return False  # "zero tolerance", "zero appetite for talks"; not "zero deaths"
    if first.lower_ == "one" and nxt is not None and prev is not None:
        if (prev.lower_, nxt.lower_) == ("the", "hand"):
            return False  # "on the one hand"
        if prev.lower_ == "by" and nxt.lemma_.lower() in RECKONINGS:
            return False  # "by one measure", "by one estimate"
        after_next = doc[phrase.end + 1] if phrase.end + 1 < len(doc) else None
        if nxt.lower_ == "way" and after_next is not None and after_next.lower_ == "or":
            return False  # "one way or the other"
    if first.lower_ in {"one", "a", "an"} and phrase.end - phrase.start == 1:
        # "one of them", "one day": a count only with a noun it modifies, a word of what
        # befell it, or a ratio.
        return _one_counts(doc, phrase) or _one_befell(doc, phrase) or _one_in(doc, phrase)
    return True


def _names_a_newsroom(first: Token, nxt: Token) -> bool:
    """Whether a figure in digits opens a broadcaster's name with "News" after it ("9
    News reported"), not a count of news outlets ("9 News outlets"), or with "live" after
    it that is neither a verb nor a common noun's adjective ("5 live Investigates found",
    "told 5 live he was sorry"; not "3,000 live in tents", "5 live rounds")."""
    if not first.text[:1].isdigit():
        return False
    after = nxt.nbor() if nxt.i + 1 < len(nxt.doc) else None
    if nxt.text == "News":
        return after is None or after.pos_ not in {"NOUN", "PROPN"}
    if nxt.lower_ != "live" or nxt.pos_ == "VERB":
        return False
    return after is None or not (after.pos_ == "NOUN" and after.is_lower)


def _none_of_a_mass(noun: Token) -> bool:
    """Whether "zero" stands before a singular noun that is no unit ("zero tolerance"): the
    none of a thing not counted, where a count of none takes a plural ("zero deaths")."""
    unit = noun.lower_ in PERCENT or noun.lower_ in measures() or noun.lower_ in currencies()
    return noun.tag_ == "NN" and not unit


def _one_counts(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a lone "one" modifies a noun after it ("one reason"); not "name one", the
    verb before it misread as its noun."""
    one = doc[phrase.start]
    return one.dep_ == "nummod" and one.head.i > one.i


def _one_befell(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a lone "one" stands before a word of what befell the one it counts, as a
    count of casualties with no noun does ("left one dead", "two killed and one injured");
    not "the one missing from the list", a pronoun, nor "no one hurt", nobody."""
    before = doc[phrase.start - 1].lower_ if phrase.start > 0 else ""
    if phrase.end >= len(doc) or before in {"the", "no"}:
        return False
    return befell(doc[phrase.end]) in CASUALTY


def _one_in(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether "one" opens a ratio ("one out of every 50", "one in five", "one of every
    three") or stands for one of those counted before, in a place ("five voters in Leeds
    and one in York"); not the pronoun "the one in place", "another one in Ohio"."""
    nxt = doc[phrase.end] if phrase.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        return phrase.end + 1 < len(doc) and doc[phrase.end + 1].lower_ == "every"
    if nxt is None or nxt.lower_ not in {"out", "in"}:
        return False
    if phrase.start == 0:
        return True
    prev = doc[phrase.start - 1]
    if prev.lower_ == "the":
        return False
    # "rebuild another one in Ohio", "a close one in Rome": a pronoun, unless a ratio
    # follows ("a one in five chance")
    ratio = phrase.end + 1 < len(doc) and doc[phrase.end + 1].like_num
    return ratio or prev.pos_ not in {"DET", "ADJ"}


_FRACTIONS = frozenset({"1/2", "1/4", "3/4", "1/3", "2/3", "½", "¼", "¾"})


def _in_one_idiom(doc: Doc, one: Token) -> bool:
    """Whether the word "one" stands in a phrase of ``one_idioms.txt``."""
    for idiom in one_idioms():
        first = one.i - idiom.index("one")
        words = doc[max(first, 0) : first + len(idiom)]
        if first >= 0 and tuple(t.lower_ for t in words) == idiom:
            return True
    return False


def _no_one(doc: Doc, one: Token) -> bool:
    """Whether "one" ends "no-one", which the tokenizer split at its hyphen."""
    if one.i < 2 or doc[one.i - 1].text != "-":
        return False
    return doc[one.i - 2].lower_ == "no" and not doc[one.i - 2].whitespace_


def _past_its_noun(doc: Doc, one: Token) -> int:
    """The index after the words of the noun that follow "one" (at most four)."""
    i = one.i + 1
    while i < len(doc) and i <= one.i + 4 and doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}:
        i += 1
    return i


def _one_at_a_time(doc: Doc, one: Token) -> bool:
    """Whether "one" opens "one … at a time" ("one email at a time", "one at a time"): a
    manner, each in turn, with only the words of its noun between."""
    i = _past_its_noun(doc, one)
    return [t.lower_ for t in doc[i : i + 3]] == ["at", "a", "time"]


def _one_after_another(doc: Doc, one: Token) -> bool:
    """Whether "one" opens "one … after another" or "one … after the other" ("one motion
    after another", "one global project after another"), with only the words of its noun
    between."""
    i = _past_its_noun(doc, one)
    if i == one.i + 1 or i + 1 >= len(doc) or doc[i].lower_ != "after":
        return False
    if doc[i + 1].lower_ == "another":
        end = i + 2
    elif doc[i + 1].lower_ == "the" and doc[i + 2 : i + 3].text.lower() == "other":
        end = i + 3
    else:
        return False
    # "another" standing alone, not "after another year of pain"
    return end >= len(doc) or doc[end].pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}


def _one_for_a_thing_said(one: Token) -> bool:
    """Whether "one" after "the" or a comma, or opening a sentence, stands for a noun said
    before, as what a relative clause describes ("the one Kane missed", "a new era, one in
    which rivals set the rules", "… as did one by Sidur. One in which the museum had a
    part was shut"; not "the one who died", a person it may count)."""
    doc = one.doc
    after_the = one.i > 0 and doc[one.i - 1].lower_ in {"the", ","}
    if not (after_the or one.is_sent_start):
        return False
    clauses = [c for c in one.children if c.dep_ == "relcl"]
    return bool(clauses) and not any(t.tag_ == "WP" for c in clauses for t in c.subtree)


#: Words that open a clause whose subject "one" may be, anyone at all ("as one heads
#: south", "if one prays").
_CLAUSE_OPENERS = frozenset(
    {"if", "when", "how", "as", "unless", "until", "once", "whether", "while", "because", "where"}
)


def _one_as_subject(one: Token) -> bool:
    """Whether "one" after a word that opens a clause, or an opening quotation mark, is the
    pronoun that is its subject, before a verb the tagger took for a plural noun ("as one
    heads south", "how or if one prays", "“one divides, the other chooses”"; not "by one
    means or another", nor "as one species dies out", a noun with its verb after it)."""
    doc = one.doc
    if one.i == 0 or one.i + 1 >= len(doc):
        return False
    before, verb = doc[one.i - 1], doc[one.i + 1]
    if before.lower_ not in _CLAUSE_OPENERS and before.text not in OPENING_QUOTES:
        return False
    if one.head.i != verb.i or verb.tag_ != "NNS" or verb.lemma_.lower() == verb.lower_:
        return False
    return verb.i + 1 == len(doc) or doc[verb.i + 1].pos_ not in {"VERB", "AUX"}


#: Words before a noun that make "scores" results: "the latest scores", "test scores".
_DESCRIBING = frozenset({"det", "amod", "compound", "poss", "nummod"})


def _one_or_two(doc: Doc, phrase: NumberPhrase) -> bool:
    """Whether a number ends "a day or two" or "a time or two": a duration, which the
    times stage reads, or an idiom, not a count ("a car or two" still counts)."""
    start = phrase.start
    if start < 3 or doc[start - 1].lower_ != "or" or phrase.value > 3:
        return False
    noun, article = doc[start - 2], doc[start - 3]
    timely = noun.lower_ in DURATION_UNITS or noun.lower_ == "time"
    return timely and article.lower_ in {"a", "an", "one"}
