"""Money and units of measure: the unit or currency a count is in ("40 km", "a 3m wall",
"5ft 8in"), weights and subunits, percentages, and amounts of money whose currency sign
was lost or goes unsaid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stages._quantities.numbers import (
    NumberPhrase,
    currency_after,
    currency_before,
    figure_value,
    lost_sign,
    nationality_currency,
    token_value,
)
from newsgraph.stages._quantities.parse import (
    FUNCTION_POS,
    HYPHENED_AFTER,
    PERCENT,
    Found,
    hyphen_joins,
)
from newsgraph.stages._quantities.tables import (
    currencies,
    measure_units,
    measures,
    money_nouns,
    named_currencies,
    number_adjectives,
    number_words,
    subunits,
    weight_words,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def after_lost_sign(doc: Doc, found: Found) -> bool:
    """Whether a figure follows what a broken encoding left of its currency sign
    ("charged �152", "fined ?250"): money whose currency is lost."""
    return found.first > 0 and lost_sign(doc[found.first - 1])


def before_conversion(doc: Doc, found: Found) -> bool:
    """Whether a bare figure of millions or more stands before the same amount in another
    currency in brackets, its own sign lost ("a turnover of 9.8 billion ($11.9
    billion)"): money whose currency goes unsaid."""
    if found.value is None or found.value < 1e6 or found.end + 2 >= len(doc):
        return False
    if doc[found.end].text != "(":
        return False
    sign = doc[found.end + 1]
    return "$" in sign.text or sign.lower_ in currencies() or lost_sign(sign)


def converted_amount(doc: Doc, found: Found) -> bool:
    """Whether a bare figure is an amount of money in a bracketed list of the same amount
    in other currencies, after a semicolon, its own sign lost ("$1,400; 1,300 euros;
    1,100)"): money whose currency goes unsaid."""
    if found.start < 2 or doc[found.start - 1].text != ";":
        return False
    if found.end >= len(doc) or doc[found.end].text not in {")", ";"}:
        return False
    opening = found.start - 1
    while opening > 0 and doc[opening].text not in {"(", ")"} and found.start - opening < 16:
        opening -= 1
    if doc[opening].text != "(":
        return False
    listed = doc[opening + 1 : found.start]
    return any(t.lower_ in currencies() or "$" in t.text for t in listed)


def money_left_unsaid(doc: Doc, last: tuple[Found, Token | None, str] | None, found: Found) -> bool:
    """Whether a bare figure of millions or more, written with its multiplier, follows an
    amount of money in its sentence and so is money whose currency goes unsaid ("77m
    euros, up from 38m", "of the 203 billion euros spent, 26 billion could be saved")."""
    if last is None or last[2] != "money" or found.unit is not None:
        return False
    if found.qualifier in {"ratio", "range"} or found.value is None or found.value < 1e6:
        return False
    if not any(_multiplier(t) for t in doc[found.start : found.end]):
        return False  # "$5 for 1,000,000 shares" would not leave the currency unsaid
    return doc[last[0].head].sent.start == doc[found.head].sent.start


#: Verbs whose object, a bare figure with its multiplier, is an amount of money.
_PAYING = frozenset({"cost", "pay", "spend", "owe", "earn"})


def money_by_its_verb(doc: Doc, found: Found) -> bool:
    """Whether a bare figure written with its multiplier is the object of a verb of paying
    ("each delay will cost another half a million", "paid 3 million for it"): money whose
    currency goes unsaid."""
    if found.unit is not None or found.qualifier in {"ratio", "range"}:
        return False
    head = doc[found.head]
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in _PAYING:
        return False
    return any(_multiplier(t) for t in doc[found.start : found.end])


def _multiplier(token: Token) -> bool:
    """Whether a token is a multiplier or a figure with one written on ("billion", "38m")."""
    word = number_words().get(token.lower_)
    if word is not None:
        return word.kind == "scale"  # "38 m" split by the tokenizer, "26 billion"
    value = token_value(token)
    return value is not None and value != figure_value(token)


def inches_after_feet(doc: Doc, item: Found, nxt: NumberPhrase) -> bool:
    """Whether a length in feet goes on in inches right after it ("5ft 8in", "6 feet 2
    inches"), the inches being fewer than a foot."""
    if item.unit != "ft" or item.value is None or item.end != nxt.start or nxt.end >= len(doc):
        return False
    unit = doc[nxt.end]
    glued = unit.lower_ == "in" and not doc[nxt.end - 1].whitespace_  # "8in", not "8 in May"
    return 0 < nxt.value < 12 and (glued or unit.lower_ in {"inch", "inches"})


def percent_width(doc: Doc, i: int) -> int:
    """The number of tokens of a percent sign or word at token ``i`` ("%", "percent": 1,
    "per cent": 2, "per-cent", which the tokenizer splits at the hyphen: 3), or 0."""
    if i >= len(doc):
        return 0
    word = doc[i].lower_
    if word == "per" and i + 1 < len(doc) and doc[i + 1].lower_ == "cent":
        return 2
    if word == "per" and hyphen_joins(doc, i + 1) and doc[i + 2].lower_ == "cent":
        return 3
    return int(word in PERCENT)


def add_hyphen_compound(doc: Doc, item: Found) -> None:
    """ "five-member": the number and the word it is hyphenated to are one quantity; in
    "a 12,000-strong force" the force is counted."""
    end = item.end
    if _powered_unit_joined(doc, end):
        # "a 28,000-square-metre hall": an area, the unit's symbol with its power
        item.unit = measures()[_unit_key(doc[end + 3])] + _POWERS[doc[end + 1].lower_]
        item.end = end + 4
        return
    if hyphen_joins(doc, end) and _lost_space_before_adjective(doc, end + 1):
        item.counted_word = doc[end + 1].head.i  # "14,700-wrongful convictions"
        return
    if hyphen_joins(doc, end) and (
        doc[end + 1].pos_ not in FUNCTION_POS or doc[end + 1].lower_ in HYPHENED_AFTER
    ):
        # not "300,000-by-Monday" where a text lost its spaces, nor "$15-an-hour": a rate
        item.end = end + 2
        item.counted_word = end + 1
        strong = doc[end + 1]
        if strong.lower_ == "strong":
            noun = strong.head
            item.counted_word = noun.i if noun.pos_ in {"NOUN", "PROPN"} and noun.i > end else None


def _lost_space_before_adjective(doc: Doc, i: int) -> bool:
    """Whether the adjective at token ``i``, hyphened to the number before it, describes
    the plural noun right after it where a text lost a space ("almost one million-false
    breath tests", "14,700-wrongful convictions"); not "a 12,000-strong force", "80-odd
    resorts" (``number_adjectives.txt``) nor "two-faced rivals"."""
    word = doc[i]
    if word.tag_ != "JJ" or word.lower_.endswith("ed") or word.lower_ in number_adjectives():
        return False
    noun = word.head
    return word.dep_ == "amod" and noun.i > i and noun.tag_ in {"NNS", "NNPS"}


def _powered_unit_joined(doc: Doc, i: int) -> bool:
    """Whether hyphens from token ``i`` join a power word and a unit to the number before
    ("28,000-square-metre", "5,000-cubic-metre")."""
    return (
        hyphen_joins(doc, i)
        and doc[i + 1].lower_ in _POWERS
        and hyphen_joins(doc, i + 2)
        and unit_word(doc[i + 3])
    )


def add_unit(doc: Doc, item: Found) -> None:
    """Percent and money: the unit and the symbol or word that carries it."""
    currency = currency_before(doc, item.start)
    if currency is not None:
        item.unit, item.start = currency
        return
    currency = currency_before(doc, item.first)
    if currency is not None and item.start < item.first:
        item.unit = currency[0]  # "between $12 billion and $15 billion"
        return
    end_token = doc[item.end] if item.end < len(doc) else None
    percent = percent_width(doc, item.end)
    if percent > 1:
        item.unit = "%"  # "30 per cent", "30 per-cent"
        item.end += percent
        return
    if item.counted_word is not None and doc[item.counted_word].lower_ in PERCENT:
        item.unit, item.counted_word = "%", None  # "a three-percent rise"
        return
    if item.counted_word is not None and _pound_weighs(doc, item.counted_word):
        item.unit, item.counted_word = "lb", None  # "two 2,000-pound bombs": their weight
        return
    if item.counted_word is not None and doc[item.counted_word].lower_ in currencies():
        # "a 15-billion-dollar project": the money is the project's, not dollars counted
        item.unit, item.counted_word = currencies()[doc[item.counted_word].lower_], None
        return
    if percent == 1:
        item.unit = "%"
        item.end += 1
        if item.end + 1 < len(doc) and doc[item.end].lower_ == "points":
            item.end += 1
        return
    if (
        end_token is not None
        and end_token.lower_ in _POINTS
        and item.end + 1 < len(doc)
        and doc[item.end + 1].lower_ in {"point", "points"}
    ):
        # "rose by 2 percentage points", "half a percentage point", "25 basis points"
        item.unit = _POINTS[end_token.lower_]
        item.end += 2
        return
    measure = measure_after(doc, item.end)
    if measure is not None:
        item.unit, item.end = measure  # "40 km", "a 3m wall", "300 square miles"
        return
    pounds = end_token is not None and end_token.lower_ in {"pound", "pounds"}
    if pounds and (_weighed(doc, item) or _pounds_of_goods(doc, item)):
        item.unit, item.end = "lb", item.end + 1  # "weighs 180 pounds", "6-foot-1, 190 pounds"
        return
    if item.counted_word is not None and doc[item.counted_word].lower_ in measures():
        item.unit, item.counted_word = measures()[doc[item.counted_word].lower_], None
        return  # "a 3-mile walk"
    if item.counted_word is not None and doc[item.counted_word].lower_ in subunits():
        # "a 35-cent dividend": money in the currency's subunit, which counts no cents
        item.end, item.counted_word = item.counted_word, None
        _add_subunit(doc, item)
        return
    if _add_subunit(doc, item):
        return
    after = currency_after(doc, item.end)
    of_many = after is None and _of_after_a_multiplier(doc, item.end)
    if of_many:
        after = currency_after(doc, item.end + 1)  # "hundreds of billions of dollars"
    if after is not None:
        item.unit, item.end = after
        _add_subunit(doc, item, after[0])  # "50 euro cents"
        return
    measure = measure_after(doc, item.end + 1) if of_many else None
    if measure is not None:
        item.unit, item.end = measure  # "thousands of tons", "thousands of square miles"


def _of_after_a_multiplier(doc: Doc, end: int) -> bool:
    """Whether "of" follows a number that ends in a multiplier or a vague plural, whose
    unit may come after it ("hundreds of billions of dollars", "thousands of tons")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    last = token_value(doc[end - 1])
    return last is not None and last[1] in {"scale", "vague"}


#: Points of a rate and their units: percentage points, basis points (hundredths of one).
_POINTS = {"percentage": "pp", "basis": "bp"}
#: The units of a quantity that are no money: a percentage, and points of a rate.
_NOT_MONEY = frozenset({"%", *_POINTS.values()})


#: Height words right before a weight in pounds: "a man described as 6-foot-1, 190
#: pounds", "5 feet 4 inches and 120 pounds".
_HEIGHT_WORDS = frozenset({"foot", "feet", "ft", "inch", "inches"})


def _weighed(doc: Doc, item: Found) -> bool:
    """Whether "pounds" after a number is a weight (``weight_words.tsv``): a word of
    weight among the six words before it ("weighs about 180 pounds"), a verb of losing or
    gaining weight among the three before a number under 1,000 ("lost 22 pounds"), a
    unit of weight in its sentence ("2 pounds and 5 ounces"), pounds weighed before it in
    its sentence or, in a text with no pound sign, anywhere before it, a mass in brackets
    after it ("700 pounds (320kg)"), or a height among the three words before it."""
    sent = doc[item.start].sent
    start = sent.start
    words = weight_words()

    def weight_word(first: int, last: int, floor: int = start) -> bool:
        return any(t.lemma_.lower() in words["before"] for t in doc[max(first, floor) : last])

    if weight_word(item.start - 6, item.start):
        return True
    near = doc[max(item.start - 3, start) : item.start]
    if (
        item.value is not None
        and item.value < 1000
        and any(t.lemma_.lower() in words["loss"] for t in near)
        and not any("£" in t.text for t in sent)
    ):
        return True
    if any(t.lower_ in words["sentence"] for t in sent):
        return True
    # "the small kettle weighs 2 pounds, the large one nearly 3 pounds"; in a text with no
    # pound sign, pounds weighed in any sentence before ("it weighs 2 pounds … at just
    # under two pounds")
    first = start if "£" in doc.text else 0
    if any(
        t.lower_ in {"pound", "pounds"} and weight_word(t.i - 7, t.i, first)
        for t in doc[first : item.start]
    ):
        return True
    if _mass_in_brackets(doc, item.end + 1):
        return True  # "overloaded by 700 pounds (320kg)"
    # "6-foot-1" comes as "6", "-", "foot-1"
    return any(not _HEIGHT_WORDS.isdisjoint(t.lower_.split("-")) for t in near)


#: Units of mass a weight in pounds may be given again in, in brackets after it.
_MASSES = frozenset({"kg", "g", "t"})


def _mass_in_brackets(doc: Doc, i: int) -> bool:
    """Whether a bracket at token ``i`` opens a figure in a unit of mass ("700 pounds
    (320kg)", "90 pounds (41 kilograms)"): the pounds before it weigh."""
    if i + 2 >= len(doc) or doc[i].text != "(" or not doc[i + 1].like_num:
        return False
    measure = measure_after(doc, i + 2)
    return measure is not None and measure[0] in _MASSES


def _pound_weighs(doc: Doc, i: int) -> bool:
    """Whether "pound" hyphened to a number (token ``i``) weighs the noun after it ("a
    2,000-pound bomb", "a 300-pound bear"), no word of money (``money_nouns.txt``: "a
    50-pound fine") in a sentence with no pound sign."""
    if doc[i].lower_ != "pound" or i + 1 >= len(doc):
        return False
    thing = doc[i + 1]
    if thing.pos_ != "NOUN" or thing.lemma_.lower() in money_nouns():
        return False
    return not any("£" in t.text for t in doc[i].sent)


def _pounds_of_goods(doc: Doc, item: Found) -> bool:
    """Whether "pounds of" after a number weighs what it names ("5,500 pounds of research
    equipment"), the noun being no word of money (``money_nouns.txt``: "pounds of
    investment") and the sentence holding no pound sign."""
    of = item.end + 1
    if of >= len(doc) or doc[of].lower_ != "of":
        return False
    goods = next((c for c in doc[of].children if c.dep_ == "pobj"), None)
    if goods is None or goods.pos_ not in {"NOUN", "PROPN"}:
        return False
    if goods.lemma_.lower() in money_nouns():
        return False
    return not any("£" in t.text for t in doc[item.start].sent)


def _add_subunit(doc: Doc, item: Found, currency: str | None = None) -> bool:
    """Money counted in a currency's subunit ("33 cents a share" is 0.33 of the dollar, or
    of the currency the sentence names; "50 pence" of the pound; "50 euro cents" of the
    ``currency`` named just before, "65 Canadian cents" of the nationality's, "74 U.S.
    cents" of the country's); False for no subunit."""
    word = doc[item.end] if item.end < len(doc) else None
    national = None
    if word is not None and item.end + 1 < len(doc) and doc[item.end + 1].lower_ in subunits():
        # "65 Canadian cents", "74 U.S. cents"
        national = nationality_currency(word) or _currency_named_by(word)
        if national is not None:
            item.end += 1
            word = doc[item.end]
    if word is None or word.lower_ not in subunits():
        return False
    share, default = subunits()[word.lower_]
    currency = currency or national
    if currency is None:
        sentence = doc[item.start].sent
        named = (currencies()[t.lower_] for t in sentence if t.lower_ in currencies())
        currency = next(named, default)
    item.unit, item.end = currency, item.end + 1
    item.value, item.low, item.high = (
        None if v is None else v * share for v in (item.value, item.low, item.high)
    )
    return True


def _currency_named_by(word: Token) -> str | None:
    """The ISO code of the one currency a country's short name or a currency union names
    (``named_currencies.tsv``: "U.S." the dollar), or None."""
    codes = {code for (name, _), code in named_currencies().items() if name == word.lower_}
    return codes.pop() if len(codes) == 1 else None


def measured(doc: Doc, end: int) -> Token | None:
    """What a measure is of: the noun of an "of" phrase right after it ("5 tonnes of
    cocaine", "13m of drying space")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    noun = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    return noun if noun is not None and noun.pos_ in {"NOUN", "PROPN"} else None


def is_measure(unit: str | None) -> bool:
    """Whether a quantity's unit is a unit of measure ("km", or an area: "mi2")."""
    return unit is not None and unit.rstrip("23") in measure_units()


def is_money(unit: str | None) -> bool:
    """Whether a quantity's unit is a currency: not a percentage or a unit of measure."""
    return unit is not None and unit not in _NOT_MONEY and not is_measure(unit)


def measure_after(doc: Doc, end: int) -> tuple[str, int] | None:
    """The symbol of a unit of measure just after token ``end - 1``, and the end past it
    ("40 km", "300 square miles": mi2)."""
    table = measures()
    if end < len(doc) and unit_word(doc[end]):
        rate = _per_unit_time(doc, end)
        if rate is not None:
            return rate, end + 3  # "79 km/h", which the tokenizer split at the slash
        return table[_unit_key(doc[end])], end + 1
    if 0 < end < len(doc) and doc[end].lower_ == "in" and not doc[end - 1].whitespace_:
        return "in", end + 1  # "a 6.1in screen": inches written onto the figure
    if end + 1 < len(doc) and doc[end].lower_ in _POWERS:
        unit = _unit_key(doc[end + 1])
        if unit not in table and _stopped_letter(doc[end + 1]):
            unit = unit[0]  # "80 billion cu m." ending its sentence: the stop is glued on
        if unit in table:
            return table[unit] + _POWERS[doc[end].lower_], end + 2
    if end + 1 < len(doc) and unit_word(doc[end + 1]):
        # "200 nautical miles": a word before the unit that makes it another one
        pair = table.get(f"{doc[end].lower_} {_unit_key(doc[end + 1])}")
        if pair is not None:
            return pair, end + 2
    return None


def _per_unit_time(doc: Doc, i: int) -> str | None:
    """The unit of a rate written as a unit, a slash and a unit of time with no spaces
    ("km/h" split into three tokens) or spelled out ("kilometres per hour"), where the
    measures know it, or None."""
    if i + 2 >= len(doc):
        return None
    if doc[i + 1].lower_ == "per":
        return measures().get(f"{doc[i].lower_} per {doc[i + 2].lower_}")
    if doc[i + 1].text != "/":
        return None
    if doc[i].whitespace_ or doc[i + 1].whitespace_:
        return None  # "40 km / hour", "5 miles / 8 km": spaced, no one unit
    return measures().get(f"{doc[i].lower_}/{doc[i + 2].lower_}")


#: Words before a unit of measure that make it an area, a volume or a metric ton: "300
#: square miles" (mi2), "4 sq m" (m2), "5,000 cubic metres" (m3), "80 billion cu m" (m3),
#: "9,000 metric tons" (t).
_POWERS = {"square": "2", "sq": "2", "sq.": "2", "cubic": "3", "cu": "3", "cu.": "3", "metric": ""}


def _stopped_letter(token: Token) -> bool:
    """Whether a token is one letter with the stop of its sentence glued on ("cu m. Prices
    fell": the next word opens a sentence, or none follows)."""
    text = token.text
    if len(text) != 2 or not text[0].isalpha() or text[1] != ".":
        return False
    return token.i + 1 == len(token.doc) or token.doc[token.i + 1].text[:1].isupper()


def unit_word(token: Token) -> bool:
    """Whether the word is a unit of measure; a one-letter unit only in the case it is
    written in ("3m", "5 g", "1.5 C"; not "3G phones")."""
    return _unit_key(token) in measures()


def _unit_key(token: Token) -> str:
    """A unit's word as ``measures.tsv`` holds it: a one-letter unit as written, for its
    case tells "C" (Celsius) from "c", any other in lower case."""
    return token.text if len(token.text) == 1 else token.lower_
