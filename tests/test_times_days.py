"""The times stage's days and clock times: the tense that picks a day, the day of a clock time."""

from __future__ import annotations

import pytest

from tests.times_checks import values as _values


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a verb spelled alike in present and past tells no schedule: the nearer Friday
        (
            "Tech stocks hurt the index, which fell 1.4% on Friday.",
            "1989-10-30",
            ("Friday", "1989-10-27"),
        ),
        ("They meet Monday.", "1989-10-25", ("Monday", "1989-10-30")),
        # a plan told of in a past clause may have been overtaken: the nearer Saturday
        (
            "A memorial service planned for Saturday was canceled.",
            "1999-10-24",
            ("Saturday", "1999-10-23"),
        ),
        ("A memorial service planned for Saturday will go ahead.", "1999-10-24", None),
    ],
)
def test_times_tense_the_parse_cannot_tell_reads_the_nearer_day(
    times_of, text, published, expected
):
    times = _values(times_of(text, published=published))
    if expected is None:
        assert times == [("Saturday", "1999-10-30")]
    else:
        assert times == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The session will be opened and suspended on Thursday.", ("Thursday", "2025-01-23")),
        ("The mayor will be greeted and honoured on Monday.", ("Monday", "2025-01-27")),
        ("The bill was debated and passed on Monday.", ("Monday", "2025-01-20")),
    ],
)
def test_times_verb_joined_to_a_verb_before_shares_its_auxiliaries(times_of, text, expected):
    assert _values(times_of(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Okafor told Channel 9\'s "Daybreak" on Thursday that figure seems too high.',
            ("Thursday", "2025-01-16"),
        ),
        # after the clause's "that", the time is the clause's own
        (
            "The agency estimates that, as of January 9, 40 wells have run dry.",
            ("January 9", "2025-01-09"),
        ),
    ],
)
def test_times_day_before_an_object_clause_is_the_telling_verbs(times_of, text, expected):
    assert _values(times_of(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        '"There is a truce that has a date: February 6," the envoy told Radio Velt.',
        '"There is a ballot that has a date: February 6," a Marden official told reporters.',
    ],
)
def test_times_date_in_a_quotation_takes_no_tense_from_the_telling_after_it(times_of, text):
    # the parse hangs the date on "told": the nearer February 6, not last year's
    assert _values(times_of(text)) == [("February 6", "2025-02-06")]


def test_times_part_of_a_weekday_after_a_clock_time_is_the_clock_day(times_of):
    text = "At 7 p.m. on Saturday night, the guards let the men go."
    assert _values(times_of(text, published="2025-01-24")) == [
        ("7 p.m.", "2025-01-18T19:00"),
        ("Saturday night", "2025-01-18TNI"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the weekday just after the clock time, even in a parenthesis
        (
            "The fire started at about 9:20 a.m. (0620 GMT) Friday.",
            "1998-08-08",
            ("9:20 a.m.", "1998-08-07T09:20"),
        ),
        # else the day the article last told of
        (
            "Talks began on Oct. 23. They ended at 10 p.m.",
            "1998-10-26",
            ("10 p.m.", "1998-10-23T22:00"),
        ),
        ("The office opens at 9 a.m.", "1998-10-26", ("9 a.m.", "1998-10-26T09:00")),
        # the date just after it, across a zone in brackets
        (
            "Shelling began shortly after 6am (03:00 GMT) on February 9 in the east.",
            "2017-03-27",
            ("6am", "2017-02-09T06:00"),
        ),
        (
            "Shelling began shortly after 6am (03:00 GMT) on February 9 in the east.",
            "2017-03-27",
            ("03:00 GMT", "2017-02-09T03:00"),
        ),
        # written day first
        (
            "Shortly before midnight on 4 June, a lorry hit the gate.",
            "2017-06-12",
            ("midnight", "2017-06-04T24:00"),
        ),
        # the date after a weekday, not the weekday alone
        (
            "The play is staged at 19:30 GMT on Thursday 13 March and 15:00 GMT on"
            " Sunday 16 March.",
            "2025-03-13",
            ("15:00 GMT", "2025-03-16T15:00"),
        ),
        # across a part of that day
        (
            "The alarm sounded at 11pm on the night of May 9 and nobody came.",
            "2017-06-12",
            ("11pm", "2017-05-09T23:00"),
        ),
        # a part of the day in hours, before "of" and its date
        (
            "The talks ended. Crews left in the early morning hours of December 4.",
            "2025-01-22",
            ("early morning hours", "2024-12-04TMO"),
        ),
        # a part of a day named after it
        (
            "A van struck the jogger at about 9.40pm last night.",
            "2017-03-08",
            ("9.40pm", "2017-03-07T21:40"),
        ),
        # a day told of behind publication is no day of a clock time ahead
        (
            "The mill shut yesterday. Its owners will brief staff at 10am.",
            "2017-02-28",
            ("10am", "2017-02-28T10:00"),
        ),
        # nor is it the day of a clock time told in the present or the present perfect
        (
            "Yesterday, about 300 trains were cancelled. The bridge has been shut until 4 p.m.",
            "2017-02-28",
            ("4 p.m.", "2017-02-28T16:00"),
        ),
        (
            "Yesterday, about 300 trains were cancelled. Lorries are banned until 4 p.m.",
            "2017-02-28",
            ("4 p.m.", "2017-02-28T16:00"),
        ),
        # a past told of that day keeps it
        (
            "Yesterday, about 300 trains were cancelled. The last one left at 4 p.m.",
            "2017-02-28",
            ("4 p.m.", "2017-02-27T16:00"),
        ),
    ],
)
def test_times_clock_time_takes_the_day_after_it_or_told_of(times_of, text, published, expected):
    assert expected in _values(times_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first time takes the second's half of the day
        (
            "The museum is open 6-9 p.m.",
            [("6", "2025-01-22T18:00"), ("9 p.m.", "2025-01-22T21:00")],
        ),
        ("Voting runs 7am-10pm.", [("7am", "2025-01-22T07:00"), ("10pm", "2025-01-22T22:00")]),
        # unless that would put it after the second
        ("The shop opens 11-1 p.m.", [("11", "2025-01-22T11:00"), ("1 p.m.", "2025-01-22T13:00")]),
        # a day named after the range is both's
        (
            "Polls were open from 7 a.m. to 8 p.m. on Tuesday.",
            [("7 a.m.", "2025-01-21T07:00"), ("8 p.m.", "2025-01-21T20:00")],
        ),
        # and so is a date
        (
            "The fair runs 5-8 p.m. on February 3 in the old hall.",
            [("5", "2025-02-03T17:00"), ("8 p.m.", "2025-02-03T20:00")],
        ),
        (
            "The fair runs 5-8 p.m. on Sunday, January 26, in the old hall.",
            [("5", "2025-01-26T17:00"), ("8 p.m.", "2025-01-26T20:00")],
        ),
        # an end before the start is on the next day
        (
            "The curfew runs from 10 p.m. to 6 a.m.",
            [("10 p.m.", "2025-01-22T22:00"), ("6 a.m.", "2025-01-23T06:00")],
        ),
    ],
)
def test_times_clock_range_is_two_times(times_of, text, expected):
    clocks = [v for v in _values(times_of(text, published="2025-01-22")) if "T" in v[1]]
    assert clocks == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards lock the gate at 10:30 at night.", [("10:30 at night", "2025-01-22T22:30")]),
        ("Bakers start at 4:15 in the morning.", [("4:15 in the morning", "2025-01-22T04:15")]),
        (
            "The ferry left at 5:40 in the afternoon.",
            [("5:40 in the afternoon", "2025-01-22T17:40")],
        ),
    ],
)
def test_times_clock_time_with_a_part_of_the_day_is_one_time(times_of, text, expected):
    assert _values(times_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The museum is open 9am-5pm on Mondays.",
            [("9am", "XXXX-WXX-1T09:00"), ("5pm", "XXXX-WXX-1T17:00")],
        ),
        ("The pool opens at 6 a.m. daily.", [("6 a.m.", "XXXX-XX-XXT06:00")]),
        ("Trains leave at 7:15 every day.", [("7:15", "XXXX-XX-XXT07:15")]),
        # on weekdays, before or after a range; both ends of a range after a habit
        (
            "The Orla clinic takes calls on weekdays between 8am and 10am.",
            [("8am", "XXXX-XX-XXT08:00"), ("10am", "XXXX-XX-XXT10:00")],
        ),
        (
            "The Pellow helpline is staffed 9am to 5pm on weekdays.",
            [("9am", "XXXX-XX-XXT09:00"), ("5pm", "XXXX-XX-XXT17:00")],
        ),
        (
            "The Orla clinic takes calls Mondays between 8am and 10am.",
            [("8am", "XXXX-WXX-1T08:00"), ("10am", "XXXX-WXX-1T10:00")],
        ),
        # the habit told just before the clock time
        (
            "The quiz aired on Monday. It airs Thursdays at 8 p.m. on Channel 4.",
            [("8 p.m.", "XXXX-WXX-4T20:00")],
        ),
        ("The ferry was late on Friday. It sails daily at 6am.", [("6am", "XXXX-XX-XXT06:00")]),
        # a range between "a" and the thing it qualifies is a span of any day
        (
            "The judge will rule on Friday. She set a 7pm-8am curfew for Tomas Brell.",
            [("7pm", "XXXX-XX-XXT19:00"), ("8am", "XXXX-XX-XXT08:00")],
        ),
        (
            "The depot reopened on Monday. Drivers there work a 6am to 2pm shift.",
            [("6am", "XXXX-XX-XXT06:00"), ("2pm", "XXXX-XX-XXT14:00")],
        ),
    ],
)
def test_times_clock_time_of_a_habit_is_on_no_one_day(times_of, text, expected):
    clocks = [t for t in times_of(text) if "T" in t.value]
    assert [(t.text, t.value) for t in clocks] == expected
    assert all(t.anchor is None for t in clocks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday after a clock time is the clock's day, and "a.m." ends no sentence
        (
            "The truce is due to begin at 8:30 a.m. local time on Sunday.",
            [("8:30 a.m. local time", "2025-01-26T08:30"), ("Sunday", "2025-01-26")],
        ),
        # a day word after a clock time is its day
        ("He met the governor at 3 p.m. yesterday.", [("3 p.m.", "2025-01-21T15:00")]),
        ("The vote is at 10 a.m. tomorrow.", [("10 a.m.", "2025-01-23T10:00")]),
        # a clock time joined to one with a weekday after it shares that day
        (
            "The courier was last spotted near 6:45 or 7 a.m. Tuesday outside a bakery.",
            [("6:45", "2025-01-21T06:45"), ("7 a.m. Tuesday", "2025-01-21T07:00")],
        ),
    ],
)
def test_times_clock_time_and_the_day_named_after_it_agree(times_of, text, expected):
    values = _values(times_of(text))
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guards changed at half past six.", [("half past six", "2025-01-22T06:30")]),
        (
            "The last ferry left at a quarter to nine in the evening.",
            [("a quarter to nine in the evening", "2025-01-22T20:45")],
        ),
        ("She rang at twenty past ten.", [("twenty past ten", "2025-01-22T10:20")]),
        # shares and odds are no times
        ("Roughly a quarter to a third of the harvest rotted.", []),
        ("Bookmakers gave odds of ten to one on the outsider.", []),
    ],
)
def test_times_hour_told_in_words_past_or_to(times_of, text, expected):
    assert _values(times_of(text)) == expected


def test_times_score_is_no_clock_range(times_of):
    assert times_of("The score was 2-1 at halftime.", published="2025-01-22") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By mid afternoon, officials said.", ("mid afternoon", "TIME", "2025-01-22TAF", "MID")),
        (
            "At mid-afternoon yesterday, shares were up.",
            ("mid-afternoon yesterday", "TIME", "2025-01-21TAF", "MID"),
        ),
        ("Talks ran until late evening.", ("late evening", "TIME", "2025-01-22TEV", "END")),
        ("The nineties were good.", ("The nineties", "DATE", "199", None)),
        (
            "Prices rose in the early 'seventies.",
            ("the early 'seventies", "DATE", "197", "START"),
        ),
    ],
)
def test_times_parts_of_day_with_a_modifier_and_spoken_decades(times_of, text, expected):
    assert [(t.text, t.type, t.value, t.mod) for t in times_of(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Good evening from Havana.",
        "He is in his sixties.",
        "The puzzles suit 9 year olds and their parents.",
        "The boy was nine years and four months old.",
        "She was in her grade eight year when the school shut.",
        "It happened in season two years before the finale.",
    ],
)
def test_times_greetings_ages_and_labels_are_not_times(times_of, text):
    assert times_of(text) == []


def test_times_election_day_without_tense_is_the_nearer_one(times_of):
    times = times_of("It is a theme from now to Election Day.", published="1998-10-26")
    assert ("Election Day", "1998-11-03") in _values(times)


def test_times_second_day_of_a_month_is_a_date(times_of):
    times = times_of("The summit on April 24 and 25 will decide.", published="1999-02-10")
    assert _values(times) == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    assert times[1].anchor == "T1"
    assert _values(times_of("On Feb. 3 and 4 people died.", published="1999-02-10")) == [
        ("Feb. 3", "1999-02-03")
    ]


def test_times_a_date_the_tagger_took_for_a_name_with_its_article(times_of):
    text = "Bookings fell after the Aug. 7 Embassy bombings in Nairobi."
    assert _values(times_of(text, published="1998-09-07")) == [("Aug. 7", "1998-08-07")]
