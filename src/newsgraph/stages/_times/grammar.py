"""The time grammar: regular expressions built from the word tables, one per pattern.

Each pattern finds a kind of time expression in the article text and names its parts;
:mod:`newsgraph.stages._times.resolve` turns the parts into a TIMEX3 value. The word
lists come from the tables, so adding a month spelling or a unit is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph.stages._times.tables import tables


def _alternation(words: object) -> str:
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A named pattern; ``kind`` selects how its parts resolve."""

    kind: str
    regex: re.Pattern[str]
    triggers: frozenset[str]  # word classes one of which every match contains


#: The word classes that must occur near a match of each pattern. Patterns run only
#: around words of their classes, which keeps the stage fast on long articles.
_PATTERN_TRIGGERS = {
    "iso": "digit",
    "numeric": "digit",
    "numeric_dmy": "digit",
    "year_span": "digit",
    "code": "code",
    "month_day": "month",
    "day_month": "month",
    "month_year": "month",
    "month_of": "month",
    "month_rel_year": "month",
    "week_of": "month",
    "rel_month": "month",
    "month": "month",
    "decade": "digit",
    "spoken_decade": "decade",
    "century": "century",
    "fiscal_year": "digit code",
    "year_or_later": "digit",
    "year": "digit spoken",
    "quarter": "quarter",
    "weekday_part": "weekday",
    "nth_weekday": "weekday",
    "holiday": "holiday",
    "season": "season",
    "clock_range": "digit",
    "clock": "digit",
    "clock24": "digit",
    "hrs": "digit",
    "day_range": "month",
    "day_first_range": "month",
    "month_range": "month",
    "month_quarter": "month",
    "early_hours": "unit",
    "the_part": "daypart",
    "oclock": "clock",
    "past_to": "quarter past",
    "in_the_part": "daypart",
    "noon": "daypart",
    "deictic_part": "deictic daypart",
    "part_of_day": "daypart",
    "deictic": "deictic",
    "overnight": "overnight",
    "anchored": "unit daypart",
    "day_before": "unit",
    "earlier_this": "unit",
    "rel_unit": "unit",
    "ago": "unit",
    "year_ago": "unit",
    "compound_duration": "unit",
    "duration": "unit",
    "fraction": "unit",
    "quarter_century": "quarter",
    "vague_units": "unit",
    "set": "every freq weekday",
    "times_per": "times unit",
    "week_on": "unit",
    "ref": "ref",
    "the_unit": "unit",
    "new_year": "unit",
    "unit_end": "unit",
}


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled patterns in priority order (earlier wins a tie of equal length)."""

    patterns: tuple[Pattern, ...]
    word_classes: dict[str, frozenset[str]]  # lower-case word → the trigger classes it is in
    modifier: re.Pattern[str]  # a modifier just before a time ("more than", "early")
    attached: re.Pattern[str]  # "mid-" and "late-" written onto the time


@cache
def grammar() -> Grammar:
    """The patterns, compiled on first use."""
    t = tables()
    full_months = [w for w in t.months if len(w) > 4 or w in {"may", "june", "july"}]
    short_months = [w for w in t.months if w not in full_months]
    month = rf"(?P<month>{_alternation(full_months)}|(?:{_alternation(short_months)})\.?)"
    month2 = month.replace("?P<month>", "?P<month2>")
    weekday = rf"(?P<weekday>{_alternation(t.weekdays)})"
    unit_words = _alternation(t.units)
    simple_numbers = [w for w in t.numbers if w not in {"a", "an", "couple", "dozen"}]
    tens = [w for w, v in t.numbers.items() if v in range(20, 100, 10)]
    ones = [w for w, v in t.numbers.items() if v in range(1, 10) and w not in {"a", "an"}]
    tens_ones = rf"(?:{_alternation(tens)})[\s-](?:{_alternation(ones)})"
    number = (
        rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\s+1/2|½)|\d+(?:\.\d+)?"
        rf"|{tens_ones}"
        rf"|{_alternation(simple_numbers)}|a\s+dozen|(?:a\s+)?couple\s+of|a\s+half"
        # "one hundred and forty", "two hundred and sixty-five"
        rf"|(?:a|{_alternation(ones)})\s+hundred\s+and\s+(?:{tens_ones}|{_alternation(simple_numbers)})"
        rf"|(?:a|{_alternation(ones)}|{_alternation(tens)})\s+(?:hundred|thousand|million|billion)"
        # "10 million years", "hundreds of hours", "millions of years ago"
        r"|\d+(?:\.\d+)?\s+(?:million|billion)|(?:hundreds|thousands|millions|billions)\s+of"
        rf"|a\s+few|few|several|many|some|a|an)"
        # "three and a half", "two-and-a-half", "two-and-half"
        r"(?:[\s-]+and[\s-]+(?:a[\s-]+)?half)?)"
    )
    # Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two
    # thousand". Alone, "two thousand" is a count, so it needs "the year" before it.
    teens = [w for w, v in t.numbers.items() if v in range(10, 20)]
    spoken = (
        rf"nineteen[\s-]+(?:(?:{_alternation(tens)})(?:[\s-]+(?:{_alternation(ones)}))?"
        rf"|{_alternation(teens)})"
    )
    spoken_2000s = (
        rf"two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_alternation(teens)}|{_alternation(ones)}))?"
    )
    spoken_decades = _alternation(w[:-1] + "ies" for w in tens if w != "ten")
    year = rf"(?P<year>(?:1[0-9]|20)\d\d|{spoken})"
    day = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    relative = rf"(?P<rel>{_alternation(t.relatives)})"
    season = rf"(?P<season>{_alternation(t.seasons)})"
    daypart = (
        rf"(?P<part>{_alternation(w for w, v in t.dayparts.items() if not v.startswith('T'))})"
    )
    holiday = rf"(?P<holiday>{_alternation(t.holidays)})"
    ordinal = rf"(?P<ordinal>{_alternation(t.ordinals)})"
    # "GMT", "local time", "Moscow time", "Eastern time"
    named = _alternation(w.capitalize() for w in [*t.weekdays, *t.months])
    zone = (
        rf"(?:\s+(?:{_alternation(t.zones)})\b"
        rf"|\s+(?:local|(?!(?:{named})\s)[A-Z][a-z]+)\s+time\b)?"
    )
    ampm = r"(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)"
    # A time starts a word and is no price, decimal or part of a number; a word may be
    # written onto it with a hyphen, which the stage keeps only after "mid-" ("mid-1996"),
    # a preposition, a closing bracket or a lower-case word before a day's or a month's
    # name ("issued in-February 2016", "(@user)-May 2", "gave notice-Tuesday"). A hyphen
    # after a space opens the time ("-Every year, a third of the food is wasted").
    b = r"(?:(?<![\w$£€.,/-])|(?<=[A-Za-z)\s]-)(?P<glued>))"
    # A hyphen glued onto a pronoun, an article, a preposition or a verb "be" after a time
    # stands for a space ("opened in 1991-as a shelter", "this morning-A truly remarkable
    # woman", "the show airs tonight-on BBC Two", "early March-to allow", "in 1998-when");
    # so does one onto a verb of saying or a preposition of place ("the 2008 report
    # in 2008-said", "gathered on Wednesday-outside the court"); before anything else it
    # joins a word ("year-on-year", "day-by-day"). One before a space is a dash ("on 4
    # June 1981- The search"), and so are two before anything but a number ("died on
    # December 18, 2016--just weeks later").
    glued = (
        r"(?:as|he|she|it|they|we|the|a|an|was|is|were|but|and|when|with|on|in|at|for|from|to"
        r"|that|which|under|after|before|by|during|said|says|told|outside|inside|near|amid"
        r"|against|where|while|who)\b(?!-)"
    )
    e = rf"(?!\w|-(?!{glued}|\s|-(?!\d))|\.\d)"
    # After a month's name, with its day or alone, a hyphen before any lower-case word
    # that joins no range stands for a space ("with 6 April-pencilled in", "the
    # December-terror attack"; not "the April-to-June stretch")
    lower_word = r"(?-i:[a-z]{2})"
    # A number with "%" written onto it is a share, no day ("all up in Feb. 26% rise")
    e_day = rf"(?!\w|%|-(?!{glued}|{lower_word}|\s|-(?!\d))|\.\d)"
    e_month = rf"(?!\w|-(?!{lower_word})|-(?:to|through|and|or|until|till)-)"
    # A year is written onto its day or month across no paragraph break ("Sunday, 27
    # February" then "1500 GMT" on a line of its own is no year 1500)
    gap = r"(?!\s*\n\s*\n)\s+"
    # before a day's year, also a comma with a hyphen written for the space after it
    # ("died on February 7,-2017")
    year_gap = rf"(?:,?{gap}|,-)"

    day_parts = _alternation(w for w, v in t.dayparts.items() if v in {"MO", "AF", "EV"})
    plural_parts = _alternation(w for w, v in t.dayparts.items() if v in {"MO", "AF", "EV", "NI"})
    skips = _alternation(w for w, v in t.ordinals.items() if 1 < v <= 10)
    specs: list[tuple[str, str]] = [
        (
            "iso",
            rf"{b}(?P<year>(?:1[0-9]|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"
            r"(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::[0-5]\d)?)?" + e,
        ),
        (
            "numeric",
            rf"{b}(?P<mnum>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/"
            r"(?P<year>(?:19|20)\d\d)" + e,
        ),
        (
            # day first where the day cannot be a month: "25/03/2023"
            "numeric_dmy",
            rf"{b}(?P<day>1[3-9]|2\d|3[01])/(?P<mnum>1[0-2]|0?[1-9])/"
            r"(?P<year>(?:19|20)\d\d)" + e,
        ),
        (
            # day first with dots, as German and other European writing gives dates:
            # "(24.06.2016)", both numbers in two digits (not a version "1.2.2016")
            "numeric_dmy",
            rf"{b}(?P<day>[12]\d|3[01]|0[1-9])\.(?P<mnum>1[0-2]|0[1-9])\."
            r"(?P<year>(?:19|20)\d\d)" + e,
        ),
        (
            # a date alone in brackets may write a day or month in one digit: "(2.2.2017)"
            "numeric_dmy",
            r"(?<=\()(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<mnum>1[0-2]|0?[1-9])\."
            r"(?P<year>(?:19|20)\d\d)(?=\))",
        ),
        # "2022-23", "2022/23": a season or financial year; "2015-2020": a range
        (
            "year_span",
            r"(?<![\w$£€.,/-])(?P<year>(?:19|20)\d\d)\s?[-–/]\s?"
            r"(?P<year2>(?:19|20)\d\d|\d\d)(?![\w/-]|\.\d)",
        ),
        # "July 30-Aug. 14, 1932", "April 7-8, 1979", "August 15 to September 8, 1963":
        # two dates, the year written once at the end
        (
            "day_range",
            rf"{b}{month}\s+{day}(?:(?P<dash>\s*[-–]\s*)|\s+(?:to|through|until|till)\s+)"
            rf"(?:{month2}\s+)?(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
            rf"(?:,?{gap}{year})?{e}",
        ),
        # "16-28 November", "on 3-5 December 2004", "from 6 to 9 January", "on 22 and 23
        # June": two dates, day first
        (
            "day_first_range",
            rf"{b}{day}(?:\s*[-–]\s*|\s+(?:to|until|till|through|and)\s+)"
            rf"(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+{month}"
            rf"(?:,?{gap}{year})?{e}",
        ),
        # "the January-to-March quarter": a quarter named by its months
        (
            "month_quarter",
            rf"{b}(?P<det>the)\s+{month}(?:-to-|\s*[-–]\s*|\s+to\s+){month2}"
            r"\s+(?P<qunit>quarter)(?![\w-])",
        ),
        # "between September and October 2015", "from June to August 2016": two months
        # of the year written once at the end
        (
            "month_range",
            rf"{b}{month}(?:\s*[-–]\s*|\s+(?:and|or|to|through|until|till)\s+)"
            rf"{month2}(?:,?{gap}{year}|\s+(?P<rel>this|last|next)\s+year){e}",
        ),
        # "March 3 last year", "on 11 April this year", "March 7 of this year": the year
        # by publication
        (
            "month_day",
            rf"{b}(?:{weekday},?\s+)?{month}\s+{day}"
            rf"(?:{year_gap}{year}|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)?{e_day}",
        ),
        # "the first Friday of this month", "the second Tuesday in March 2026": that day
        (
            "nth_weekday",
            rf"{b}(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+{weekday}\s+(?:of|in)\s+"
            rf"(?:{month}(?:,?\s+{year})?|(?P<mrel>this|last|next)\s+month){e}",
        ),
        # "3 April", "the 3rd of April", "3-April" (a hyphen written for the space)
        (
            "day_month",
            rf"{b}(?:{weekday},?\s+)?(?:the\s+)?{day}(?:\s+(?:of\s+)?|-){month}"
            rf"(?:{year_gap}{year}|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)?{e_day}",
        ),
        # a month's year ends as a day does, before a hyphen written for a space onto a
        # lower-case word too ("a March 2021-survey")
        ("month_year", rf"{b}{month}(?:\s+of)?,?{gap}{year}{e_day}"),
        # "the 2021 July unrest": a year written before its month's name (not "May", a name
        # as often as a month, nor a day after it)
        (
            "month_year",
            rf"{b}(?P<year>(?:1[0-9]|20)\d\d)\s+(?!May\b){month}{e_month}(?!\.?\s+\d)",
        ),
        # "the month of February": the month, not a month's length
        ("month_of", rf"{b}the\s+month\s+of\s+{month}(?:,?{gap}{year})?{e}"),
        ("month_rel_year", rf"{b}{month}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year{e}"),
        ("week_of", rf"{b}the\s+week\s+of\s+{month}\s+{day}(?:,?{gap}{year})?{e}"),
        ("rel_month", rf"{b}{relative}\s+{month}{e}(?!\.?\s+\d)"),  # not "last Oct. 23"
        ("month", rf"{b}{month}{e_month}"),
        (
            "decade",
            r"(?<![\w$£€.])(?:(?P<the>the)\s+)?(?:(?P<q>early|mid|late)[\s-]+)?"
            # "the 90s", "the mid-70s": without the apostrophe only after "the"
            r"(?:(?P<cent>1[0-9]|20)(?P<dec>\d)0|'(?P<short>\d)0|(?P<bare>[1-9])0)'?s\b",
        ),
        # "the nineties": a decade in words needs its "the" ("in his sixties" is an age)
        (
            "spoken_decade",
            rf"{b}the\s+(?:(?P<q>early|mid|late)[\s-]+)?'?(?P<spoken>{spoken_decades}){e}",
        ),
        ("century", rf"{b}(?:the\s+)?{ordinal}[\s-]+century{e}"),
        ("fiscal_year", rf"{b}(?:the\s+)?fiscal(?:\s+year)?\s+{year}{e}"),
        ("fiscal_year", rf"{b}FY\s?(?:(?P<year>(?:19|20)\d\d)|(?P<yy>\d\d)){e}"),
        # "Q3 2024", "Q4", "H1 2023": quarters and halves as business news writes them
        (
            "code",
            rf"{b}(?P<code>Q[1-4]|H[12])(?:\s+(?:FY\s?)?(?P<year>(?:19|20)\d\d))?{e}",
        ),
        ("year_or_later", rf"{b}{year}\s+or\s+(?P<dir>later|earlier|before|after){e}"),
        (
            "year",
            rf"{b}(?:the\s+year\s+(?P<year2000s>{spoken_2000s})|(?:the\s+year\s+)?{year}){e}",
        ),
        (
            "quarter",
            rf"{b}(?:(?P<det>the)\s+)?(?:(?P<qyear>(?:19|20)\d\d)\s+)?"
            r"(?:(?P<qyrel>this|last|next)\s+year['’]s\s+)?"
            r"(?:(?P<fiscal>fiscal)[\s-]+)?"
            rf"(?:(?P<qrel>{_alternation(t.relatives)}|latest|year-earlier|year-ago"
            r"|current)[\s-]+)?"
            rf"(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+)?"
            r"(?:(?P=fiscal)?fiscal[\s-]+)?"
            r"(?P<qunit>quarter|half|period)"
            # "the third quarter 2016", "fourth-quarter 2015": a numbered one needs no "of"
            rf"(?:\s+(?:of\s+|(?(qord)|(?!)))(?:fiscal\s+)?{year}"
            # "the first half of the year"; an unnumbered "quarter of this year" is no one
            r"|(?(qord)\s+of\s+(?P<ofrel>the|this|last|next)\s+(?:fiscal\s+)?year|(?!)))?"
            r"(?:\s+a\s+year\s+(?P<qago>ago|earlier))?" + e,
        ),
        (
            "weekday_part",
            rf"{b}(?:(?P<the>the)\s+(?=(?:previous|following|preceding)\s))?"
            r"(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|previous|preceding|coming"
            r"|following)\s+)?"
            rf"{weekday}(?:\s+{daypart})?"
            r"(?:\s+(?P<wrel>next|last|this)\s+week)?" + e,  # "Wednesday next week"
        ),
        ("holiday", rf"{b}(?:(?P<rel>last|next|this)\s+)?{holiday}(?:\s+{year})?{e}"),
        (
            "season",
            rf"{b}(?:(?:the\s+)?{relative}\s+|(?P<det>the)\s+)?(?:{year}\s+)?"
            rf"{season}(?:\s+(?:of\s+)?(?P<syear>(?:19|20)\d\d|{spoken})"
            # "autumn next year", "the spring of last year"; "the summer months"
            r"|\s+(?:of\s+)?(?P<syrel>this|last|next)\s+year|(?P<smonths>\s+months))?" + e,
        ),
        (
            # "6-9 p.m.", "from 10 p.m. to 6 a.m.", "7am-10pm": two clock times
            "clock_range",
            rf"{b}(?P<hour1>1[0-2]|0?[1-9])(?:[:.](?P<minute1>[0-5]\d))?"
            r"(?:\s*(?P<ampm1>[ap]\.\s?m\.?|[ap]m\b))?\s*(?:[-–]|\s(?:to|until|till)\s)\s*"
            rf"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*{ampm}{zone}(?!\w)",
        ),
        (
            "clock",
            rf"{b}(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*{ampm}{zone}"
            rf"(?:,?\s+{weekday}(?!\w)|,?\s+{month}\s+{day}(?!\w))?(?!\w)",
        ),
        # "10:45 GMT", "6:30 in the morning", "11:00 at night"; not "1:48.32", a race time
        # in minutes, seconds and hundredths, nor the "17:18" of "2:17:18", one in hours,
        # minutes and seconds
        (
            "clock24",
            rf"{b}(?<!\d:)(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d){zone}"
            r"(?:\s+(?:in\s+the\s+)?(?P<part>morning|afternoon|evening|at\s+night)\b)?"
            r"(?![\w:]|\.\d)",
        ),
        # "at 16hrs", "from 0800hrs": a clock time as East African and military writing gives it
        ("hrs", rf"{b}(?P<hour>[01]?\d|2[0-3])(?P<minute>[0-5]\d)?\s?hrs{e}"),
        # "at 1100 GMT", "0630 local time": four digits with a zone are a clock time
        (
            "hrs",
            # ("in 2015 UTC was adopted" is a year)
            rf"{b}(?<![Ii]n\s)(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
            rf"(?:\s+(?:{_alternation(t.zones)})|\s+local\s+time){e}",
        ),
        (
            "oclock",
            rf"{b}(?P<hour>1[0-2]|[1-9]|{_alternation(ones)}|ten|eleven|twelve)"
            r"\s+o['’]clock(?:\s+(?:in\s+the\s+)?(?P<part>morning|afternoon|evening|at\s+night))?"
            + e,
        ),
        (
            # "half past six", "a quarter to nine", "twenty past ten in the morning"
            "past_to",
            rf"{b}(?P<past>half|(?:a\s+)?quarter|ten|twenty|twenty[\s-]five|five)\s+"
            r"(?P<rel>past|to)\s+"
            rf"(?P<hour>1[0-2]|[1-9]|{_alternation(ones)}|ten|eleven|twelve)"
            r"(?:\s+o['’]clock)?(?:\s+(?:in\s+the\s+)?(?P<part>morning|afternoon|evening|at\s+night))?"
            r"(?!\s+(?:percent|per\s+cent|%|thirds?|quarters?|halves|of\b))" + e,
        ),
        (
            "in_the_part",
            rf"{b}(?P<hour>1[0-2]|[1-9]|{_alternation(ones)}|ten|eleven|twelve)"
            r"\s+in\s+the\s+(?P<part>morning|afternoon|evening)" + e,
        ),
        ("noon", rf"{b}(?P<noon>noon|midday|midnight)(?:\s+(?:on\s+)?{weekday})?{e}"),
        (
            "deictic_part",
            rf"{b}(?P<deictic>this|yesterday|tomorrow|last|tonight)"
            rf"(?:\s+{daypart})?{e}",
        ),
        (
            # "mid-afternoon", "late morning", "afternoon yesterday": a part of a day
            # that a modifier or a day after it makes a time of its own
            "part_of_day",
            rf"{b}(?=(?:mid|late|early)[\s-]|(?:{day_parts})[ \t]+(?:yesterday|today|tomorrow)\b)"
            rf"(?:(?P<pmod>mid|late|early)(?:-|\s+))?(?P<part>{day_parts})"
            r"(?:[ \t]+(?P<deictic>yesterday|today|tomorrow)|[ \t]+hours(?=\s+of\s))?" + e,
        ),
        # "the early hours of Sunday", "in the wee hours": the first hours of a day
        (
            "early_hours",
            rf"{b}(?:the\s+)?(?:early|wee|small)\s+hours"
            r"(?:\s+of\s+the\s+(?:morning|night))?" + e,
        ),
        # "during the night", "into the morning": a part of the day told of
        ("the_part", rf"{b}the\s+(?P<part>morning|afternoon|evening|night){e}"),
        (
            "deictic",
            rf"{b}(?P<deictic>today|yesterday|tomorrow|tonight|"
            r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)" + e,
        ),
        ("overnight", rf"{b}(?P<overnight>overnight){e}"),
        (
            "anchored",
            rf"{b}(?P<anch>the\s+(?:following|next|previous|preceding|same)|that(?:\s+same)?|"
            rf"later\s+that|earlier\s+that)\s+"
            r"(?P<unit>day|week|month|year|morning|afternoon|evening|night|weekend)" + e,
        ),
        (
            "day_before",
            rf"{b}the\s+(?P<unit>day|week|month|year|night)\s+"
            r"(?P<dir>before|after|earlier)" + e,
        ),
        (
            "earlier_this",
            rf"{b}(?P<pos>earlier|later)\s+(?P<rel>this|next|last)\s+"
            r"(?P<unit>week|month|year|decade|century)" + e,
        ),
        (
            "rel_unit",
            rf"{b}(?:the\s+)?{relative}\s+"
            r"(?P<unit>year|month|week|weekend|fortnight|decade|century|fiscal\s+year|night)" + e,
        ),
        ("year_ago", rf"{b}year-(?P<dir>earlier|ago)(?!\s+(?:quarter|period|half)){e}"),
        (
            "ago",
            # "half a century ago", "a year and a half ago": a share of a unit too; "8-10
            # years ago", "three to four years ago": a range told by its first number
            rf"{b}(?P<num>{number}|half[\s-]+an?)"
            rf"(?:(?:\s+(?:or|to)\s+|-to-|(?<=\d)[-–](?=[1-9]))(?P<num2>{number}))?"
            rf"[\s-]+(?P<unit>{unit_words})"
            r"(?P<half>\s+and\s+a\s+half)?\s+"
            r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back|previously)"
            # "nine days later than planned" is a delay, not a day
            r"(?!\s+than\b)" + e,
        ),
        # "3 years and 6 months", "22 minutes 45 seconds": one length in two units
        (
            "compound_duration",
            rf"{b}(?P<num>\d+|{_alternation(simple_numbers)})[\s-]+(?P<unit>{unit_words})"
            rf"(?:,?\s+and)?\s+(?P<num3>\d+(?:\.\d+)?|{_alternation(simple_numbers)})\s+"
            rf"(?P<unit3>{unit_words}){e}",
        ),
        (
            "duration",
            rf"{b}(?:(?P<det>the|a|an)\s+)?"
            # "following" without "the" is a preposition: "following 11 days of talks"
            r"(?:(?P<rel>past|last|next|first|coming|previous|(?<=the\s)following|final"
            r"|latest|recent|initial|remaining|same|additional|further|entire|whole)\s+)?"
            # "3 to 4 days", "10-12 hours", "three-to-four weeks": a range is told by its
            # first number
            rf"(?P<num>{number})(?:(?:\s+(?:or|to)\s+|-to-|(?<=\d)[-–](?=[1-9]))"
            rf"(?P<num2>{number}))?"
            r"(?P<numorso>\s+or\s+so)?"  # "fifty or so years"
            r"(?:\s+(?:more|additional|further))?[\s-]+"
            rf"(?:(?P<adj>trading|business|calendar|working)\s+)?"
            rf"(?P<unit>{unit_words})(?P<half>\s+and\s+a\s+half)?(?P<long>-long)?"
            rf"(?P<orso>\s+or\s+so)?{e}",
        ),
        # "half a century", "a quarter of a century", "three quarters of an hour"
        (
            "fraction",
            rf"{b}(?:(?P<det>the)\s+(?:(?P<rel>past|last|next|coming|previous)\s+)?)?"
            r"(?P<frac>half|(?:a|one|three)[\s-]+quarters?[\s-]+of"
            r"|(?(det)quarter[\s-]+of|(?!)))[\s-]+(?:a|an)[\s-]+"  # "the past quarter of a"
            rf"(?P<unit>{unit_words}){e}",
        ),
        # "a quarter-century", "the past quarter century", "a quarter century ago": 25
        # years (not "a quarter" of a year with a century after it); not "its
        # quarter-century low", which tells of no length
        (
            "quarter_century",
            rf"{b}(?:the\s+(?:(?:past|last|next|coming|previous)\s+)?|(?:a|one)[\s-]+)"
            r"quarter[\s-]century(?:\s+(?P<dir>ago|earlier|later))?" + e,
        ),
        (
            "vague_units",
            rf"{b}(?:(?P<det>the)\s+)?(?:(?P<rel>past|last|next|coming|recent"
            r"|previous|following|early|later)\s+)?"
            rf"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)"
            r"(?P<dir>\s+(?:ago|ahead|to\s+come|earlier))?(?P<long>-long)?" + e,
        ),
        (
            "set",
            # "every other week", "every second year": every two of them
            rf"{b}(?:(?P<every>every|each|per)\s+(?:(?P<other>other|{skips})\s+)?"
            # "every three to four months": every so many, from the lower count
            rf"(?:(?P<num>{number})(?:\s+(?:to|or)\s+{number}|\s*-\s*{number})?\s+)?"
            rf"(?P<unit>{unit_words}|{_alternation(t.weekdays)}"
            rf"|{_alternation(full_months)}|{_alternation(t.seasons)}"
            rf"|{_alternation(w for w, v in t.dayparts.items() if not v.startswith('T'))})"
            rf"|(?P<freq>{_alternation(t.sets)})"
            # "on Sundays", "Tuesday nights": every such day
            rf"|(?P<days>{_alternation(t.weekdays)})(?:s|\s+(?P<parts>{plural_parts})s)){e}",
        ),
        # "a week on Friday" (British): a week after the coming Friday
        ("week_on", rf"{b}(?P<num>a|one|two)\s+(?P<unit>weeks?)\s+on\s+{weekday}{e}"),
        # "twice a year", "three times a day": a frequency of a unit
        (
            "times_per",
            # "six days a week": days of each week
            rf"{b}(?P<times>once|twice|thrice|(?:{number})\s+(?:times|(?P<days>days|nights)))"
            r"\s+(?:a|an|per|each)\s+"
            r"(?P<unit>year|month|week|day|hour|minute|decade|fortnight|night)"
            r"(?!\s+(?:ago|earlier|later|before|after)\b)" + e,
        ),
        ("ref", rf"{b}(?P<ref>{_alternation(t.refs)}){e}"),
        # "in the new year": the year that opens nearest the writing (not "the Lunar New
        # Year", nor the holiday in "the New Year's address")
        ("new_year", rf"{b}the\s+new\s+year(?![\w'’-]){e}"),
        (
            "the_unit",
            rf"{b}(?P<det>the)\s+(?:(?:full|fiscal)\s+)?"
            r"(?P<unit>year|month|week|weekend|day|decade"
            # "by the end of the century" (not "the crime of the century")
            r"|(?:(?<=end of the )|(?<=middle of the )|(?<=start of the )|(?<=beginning of the ))"
            r"century)"
            # "the full year 2016", "throughout the year of 2016"
            r"(?:(?:(?<=year)\s+of)?\s+(?P<year>(?:19|20)\d\d))?(?![\w-])",
        ),
        # "by year-end", "around year end", "before year's end": the end of this year
        ("unit_end", rf"{b}(?P<unit>year|month)(?:-|\s+|['’]s\s+)end{e}"),
    ]
    patterns = tuple(
        Pattern(kind, re.compile(regex, re.IGNORECASE), frozenset(_PATTERN_TRIGGERS[kind].split()))
        for kind, regex in specs
    )
    modifier = re.compile(
        rf"(?:^|(?<=[^\w-]))(?P<mod>{_alternation(t.modifiers)})\s+$", re.IGNORECASE
    )
    attached = re.compile(r"(?:^|(?<=[^\w-]))(?P<mod>mid|late|early)-$", re.I)
    return Grammar(
        patterns=patterns, word_classes=_word_classes(), modifier=modifier, attached=attached
    )


def _word_classes() -> dict[str, frozenset[str]]:
    t = tables()
    classes: dict[str, set[str]] = {}

    def add(words: object, name: str) -> None:
        for phrase in words:  # type: ignore[attr-defined]
            for word in re.findall(r"\w+", str(phrase).lower()):
                classes.setdefault(word, set()).add(name)

    add(t.months, "month")
    add(t.weekdays, "weekday")
    add([f"{w}s" for w in t.weekdays], "weekday")
    add(t.units, "unit")
    add(t.seasons, "season")
    add(t.dayparts, "daypart")
    add(t.refs, "ref")
    add(t.sets, "freq")
    add([next(iter(re.findall(r"\w+", h)), h) for h in t.holidays], "holiday")
    add(["quarter", "half", "period"], "quarter")
    add(["century"], "century")
    add(["overnight"], "overnight")
    add(["fy"], "code")
    add(["once", "twice", "thrice", "times"], "times")
    add(["clock"], "clock")
    add(["past"], "past")
    add(["today", "yesterday", "tomorrow", "tonight"], "deictic")
    add([w[:-1] + "ies" for w, v in t.numbers.items() if v in range(20, 100, 10)], "decade")
    add(["nineteen", "thousand"], "spoken")
    add(["every", "each", "per"], "every")
    return {word: frozenset(names) for word, names in classes.items()}


def year_number(text: str) -> int | None:
    """The year a spelled-out year names ("nineteen ninety-six" → 1996)."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w != "and"]
    numbers = tables().numbers
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(numbers.get(w, 0) for w in words[2:])
    if words and words[0] == "nineteen":
        return 1900 + sum(numbers.get(w, 0) for w in words[1:])
    return None


#: Words that multiply the number before them ("10 million years")
_SCALES = {"million": 1_000_000, "billion": 1_000_000_000}
_PLURAL_SCALES = frozenset({"hundreds", "thousands", "millions", "billions"})


def number_value(text: str) -> int | float | None:
    """The number a number phrase names; None for a vague one ("a few", "several")."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    if words[-3:] == ["and", "a", "half"] and len(words) > 3:
        whole = number_value(" ".join(words[:-3]))  # "three and a half"
        return None if whole is None else whole + 0.5
    if words[-2:] == ["and", "half"] and len(words) > 2:
        whole = number_value(" ".join(words[:-2]))  # "two-and-half"
        return None if whole is None else whole + 0.5
    if words[0] in _PLURAL_SCALES:
        return None  # "hundreds of", "millions of"
    scale = _SCALES.get(words[-1])
    if scale is not None and len(words) > 1:
        count = number_value(" ".join(words[:-1]))  # "10 million", "two billion"
        return None if count is None else count * scale
    first = words[0].replace(",", "")
    half = 0.5 if words[1:] == ["1/2"] or first.endswith("½") else 0
    first = first.rstrip("½")
    if first.replace(".", "", 1).isdigit():
        return (float(first) if "." in first else int(first)) + half
    numbers = tables().numbers
    if words in (["a", "few"], ["few"], ["several"], ["many"], ["some"]):
        return None
    if words == ["a", "half"]:
        return 0.5
    if words[0] in {"a", "an"} and len(words) > 1:
        words = words[1:]
    total = 0
    for word in words:
        if word in {"of", "and"}:  # "hundreds of", "one hundred and forty"
            continue
        value = numbers.get(word)
        if value is None:
            return None
        if value in (100, 1000):
            total = max(total, 1) * value
        else:
            total += value
    return total
