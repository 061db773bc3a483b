"""The times stage's TimeML conventions for directions, years, quarters, periods and durations."""

from __future__ import annotations

import pytest

from tests.times_checks import values as _values

# --- rules for the TimeML conventions of TempEval-3 ----------------------------------


def test_times_weekday_without_tense_weighs_the_past_as_nearer(times_of):
    # Published on a Monday: Thursday three days ahead loses to Thursday four days back.
    times = times_of("Thursday's closing price was the lowest.", published="2025-01-20")
    assert _values(times) == [("Thursday", "2025-01-16")]
    times = times_of("Tuesday's vote is the first test.", published="2025-01-20")
    assert _values(times) == [("Tuesday", "2025-01-21")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a deadline named after a past verb lies on the nearer side of publication
        ("The offer was extended to Nov. 20.", "1989-11-02", ("Nov. 20", "1989-11-20")),
        ("It extended loans through January.", "1989-10-30", ("January", "1990-01")),
        # "no later than" names a deadline as "until" does
        (
            "The pact to hold a summit no later than March was struck by the speakers.",
            "2019-02-11",
            ("March", "2019-03"),
        ),
        # an end point after a verb in the simple present lies ahead
        (
            "The quilt show is open at the town museum until Aug. 26.",
            "2017-02-28",
            ("Aug. 26", "2017-08-26"),
        ),
        (
            "Until Thursday, they had not called him a suspect.",
            "1999-05-07",
            ("Thursday", "1999-05-06"),
        ),
        # "since" looks back whatever the verb
        ("The talks, scheduled since March, will resume.", "1990-08-13", ("March", "1990-03")),
        # "set for" schedules; "set on" tells of the past
        ("Stocks are near the record high set on Aug. 6.", "1998-02-06", ("Aug. 6", "1997-08-06")),
        ("He has set his sights on March.", "2017-02-02", ("March", "2017-03")),
        # "by" keeps the past verb's reading: the money was raised
        (
            "They raised $40,000 by Monday morning.",
            "2024-08-04",
            ("Monday morning", "2024-07-29TMO"),
        ),
        ("A summit is set for April.", "1998-12-05", ("April", "1999-04")),
        # a past form the tagger takes for a present, joined to a past: the nearer day
        (
            "On Monday, a gunman snuck into the hall and fired at the guards.",
            "2017-02-17",
            ("Monday", "2017-02-13"),
        ),
        # a time inside a noun phrase takes the future of the verb the phrase hangs on
        (
            "Both squads will face each other at the cup final in July, the coach added.",
            "2017-03-30",
            ("July", "2017-07"),
        ),
        # or the plan of a verb in the present passive it hangs on
        (
            "Okoro is expected to run for the post of mayor in July's city elections.",
            "2025-03-20",
            ("July", "2025-07"),
        ),
        # a participle without a tense of its own takes the clause's above it
        (
            "The boy died after being rushed to a clinic on Thursday.",
            "2025-01-22",
            ("Thursday", "2025-01-16"),
        ),
        (
            "Coaches will be tempted to keep their players fresh and firing for the trip to"
            " Porto on Monday.",
            "2025-01-22",
            ("Monday", "2025-01-27"),
        ),
        # "expected" after a noun points ahead
        (
            "Staff will count the ballots, with results expected on Friday.",
            "2025-01-22",
            ("Friday", "2025-01-24"),
        ),
        # a date that names an event takes the tense of the clause that tells of it
        (
            "The island voted in a June 23 ballot to stay.",
            "2017-03-16",
            ("June 23", "2016-06-23"),
        ),
        (
            "The town's June fair drew record crowds to the harbour.",
            "2017-03-16",
            ("June", "2016-06"),
        ),
        # a headline run into the next sentence: the verb the "on" hangs on
        (
            "The fans' hopes may be on another trophy Schalke needed spot kicks to edge Hertha"
            " Berlin on Wednesday Ahead of the restart of the cup.",
            "2025-01-23",
            ("Wednesday", "2025-01-22"),
        ),
        # a plan in the past perfect may have been overtaken: the nearest reading
        (
            "The offer had been scheduled to expire Friday evening.",
            "1989-10-30",
            ("Friday evening", "1989-10-27TEV"),
        ),
        (
            "The stock is to resume trading in Paris Tuesday.",
            "1989-10-27",
            ("Tuesday", "1989-10-31"),
        ),
        (
            "The new parking fees are to be debated by the town board on Thursday.",
            "2017-03-18",
            ("Thursday", "2017-03-23"),
        ),
        # "due to" do something, with no verb of its own: a plan ahead
        (
            "The cosmonaut joins the crew of the rocket due to be launched on September 13.",
            "2017-03-01",
            ("September 13", "2017-09-13"),
        ),
        # a weekday a thing was put off on, not one it was put off to
        (
            "The hearing was postponed Sunday as a storm approached.",
            "2017-02-16",
            ("Sunday", "2017-02-12"),
        ),
        (
            "The regional polls were put back again and postponed in October after the floods.",
            "2017-02-16",
            ("October", "2016-10"),
        ),
        # a day a thing was put off to lies ahead, unless told in the past perfect
        (
            "The judge adjourned the sentencing until Thursday to hear from the families.",
            "2017-03-18",
            ("Thursday", "2017-03-23"),
        ),
        (
            "The ferry crossing had been delayed until Thursday by high winds.",
            "2017-03-18",
            ("Thursday", "2017-03-16"),
        ),
        # a month put off to in the past: the nearest reading, which may be behind
        (
            "The county fair was postponed to October over a drought.",
            "2019-01-14",
            ("October", "2018-10"),
        ),
        (
            "The county fair was postponed to June over a drought.",
            "2019-01-14",
            ("June", "2019-06"),
        ),
        # a request in the present points ahead
        (
            "The chair has written to her, inviting her to attend the hearing on Thursday.",
            "2017-02-13",
            ("Thursday", "2017-02-16"),
        ),
        # a day that owns a thing: before it in a sentence told in the past; without
        # a side after "following", which is no "the following Sunday" there
        (
            "Saturday's ruling does not undercut the order, the White House said.",
            "2017-02-10",
            ("Saturday", "2017-02-04"),
        ),
        (
            "Turnout may rise following Sunday's rallies in the north.",
            "2017-02-13",
            ("Sunday", "2017-02-12"),
        ),
        (
            "Rates eased following Thursday talks between the two banks.",
            "2017-02-13",
            ("Thursday", "2017-02-09"),
        ),
        # nor after "ahead of" or "before": the thing comes after what is told
        (
            "The envoy was briefing donors ahead of Wednesday's pledging summit.",
            "2017-03-27",
            ("Wednesday", "2017-03-29"),
        ),
        # a holiday takes the tense of the participle between it and a verb further
        # back, and a headline's present tells of the past
        (
            "Couples try to pick rings among flowers during a mass wedding held at a hotel"
            " in Xian, a city of Shaanxi province, on Valentine's Day.",
            "2017-02-17",
            ("Valentine's Day", "2017-02-14"),
        ),
        (
            "Envoy in Rome dies on Christmas Day On the morning of the holiday, staff found him.",
            "2017-03-24",
            ("Christmas Day", "2016-12-25"),
        ),
        ("They meet on Christmas Day.", "2017-03-24", ("Christmas Day", "2017-12-25")),
        # a holiday of the last few days is the one meant, whatever the tense
        (
            "Once we get past Christmas Day, shoppers will turn to the sales.",
            "2017-12-27",
            ("Christmas Day", "2017-12-25"),
        ),
        ("They will meet again on Christmas Day.", "2017-12-20", ("Christmas Day", "2017-12-25")),
        # "this past" and "this coming" before a weekday, as before a month
        (
            "The mayor opened the new library this past Sunday.",
            "2017-03-19",
            ("this past Sunday", "2017-03-12"),
        ),
        ("The ferry sails this coming Friday.", "2017-03-19", ("this coming Friday", "2017-03-24")),
        # "as early as" points ahead, unless the verb it hangs on is told in the past
        (
            "The stray dog was spotted on the beach as early as Thursday.",
            "2017-03-18",
            ("Thursday", "2017-03-16"),
        ),
        (
            "The ferry could sail again as early as Thursday.",
            "2017-03-18",
            ("Thursday", "2017-03-23"),
        ),
        # "starting from" points ahead as "starting" does
        (
            "The mayor ordered the bridge closed starting from April 2, an aide said.",
            "2017-03-29",
            ("April 2", "2017-04-02"),
        ),
        # what "is expected" lies ahead; what "was expected" may have come
        ("The audit report is expected in July.", "2017-03-16", ("July", "2017-07")),
        # "this Sunday" told in the past is the one just gone
        (
            "Crowds marched through the capital this Sunday.",
            "2017-02-16",
            ("this Sunday", "2017-02-12"),
        ),
    ],
)
def test_times_direction_cues(times_of, text, published, expected):
    assert _values(times_of(text, published=published)) == [expected]


def test_times_a_range_end_after_a_past_verb_stays_in_the_past(times_of):
    times = times_of("Prices rose from May to June.", published="2025-03-10")
    assert _values(times) == [("May", "2024-05"), ("June", "2024-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In nineteen ninety-one Keating was convicted.", [("nineteen ninety-one", "1991")]),
        (
            "January nineteen ninety-seven. Atlanta again.",
            [("January nineteen ninety-seven", "1997-01")],
        ),
        (
            "Prices hit bottom in the winter of nineteen ninety-four.",
            [("the winter of nineteen ninety-four", "1994-WI")],
        ),
        ("He promised to halve it by the year two thousand.", [("the year two thousand", "2000")]),
        ("Two thousand people marched.", []),
    ],
)
def test_times_spelled_out_years(times_of, text, expected):
    assert _values(times_of(text, published="1998-02-27")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They lived in camps for 2 1/2 years.", ("2 1/2 years", "P2Y6M")),
        ("She spent about 5 1/2 hours in Nairobi.", ("about 5 1/2 hours", "PT5H30M")),
        ("A minute and a half passed.", ("A minute and a half", "PT1M30S")),
        ("The base stays for at least 20 more years.", ("at least 20 more years", "P20Y")),
        ("Over the next couple of years sales will grow.", ("the next couple of years", "P2Y")),
        ("She ran the firm for a decade and a half.", ("a decade and a half", "P15Y")),
        ("The temple stood for two thousand years.", ("two thousand years", "P2000Y")),
        ("The strike lasted five hundred days.", ("five hundred days", "P500D")),
        # a hundred and the tens and ones after it
        (
            "The lighthouse burned for one hundred and forty days.",
            ("one hundred and forty days", "P140D"),
        ),
        (
            "Their vigil ran two hundred and sixty-five days.",
            ("two hundred and sixty-five days", "P265D"),
        ),
        # millions, and hundreds of a unit
        ("The rocks took 40 million years to form.", ("40 million years", "P40000000Y")),
        ("Volunteers gave hundreds of hours to the count.", ("hundreds of hours", "PTXH")),
        ("The reef grew millions of years ago.", ("millions of years ago", "PAST_REF")),
        ("The reef grew 65 million years ago.", ("65 million years ago", "PAST_REF")),
        # a fraction of a unit
        ("The mill has stood for half a century.", ("half a century", "P50Y")),
        ("Their first tour in half-a-century sold out.", ("half-a-century", "P50Y")),
        ("He ran the choir for a quarter of a century.", ("a quarter of a century", "P25Y")),
        ("The queue took three quarters of an hour.", ("three quarters of an hour", "PT45M")),
        ("Film of the past quarter of a century.", ("the past quarter of a century", "P25Y")),
        # a quarter-century is 25 years, not a quarter of one year
        ("He ran the choir for a quarter century.", ("a quarter century", "P25Y")),
        ("Rents rose over the past quarter-century.", ("the past quarter-century", "P25Y")),
        ("The choir first sang a quarter-century ago.", ("a quarter-century ago", "2000")),
        # a share of a unit ago is a date back from publication
        ("The mill closed half a century ago.", ("half a century ago", "1975")),
        ("The shop opened half a year ago.", ("half a year ago", "2024-07")),
        ("The bridge fell a year and a half ago.", ("a year and a half ago", "2023-07")),
        # "later" after it leaves the length alone, as TimeBank has it
        ("The bell rang a minute and a half later.", ("a minute and a half", "PT1M30S")),
    ],
)
def test_times_fractions_and_more_in_durations(times_of, text, expected):
    assert _values(times_of(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales for last year's quarter were $3 million.", ("last year's quarter", "1988-Q3")),
        (
            "The merger may close as soon as next year's first quarter.",
            ("next year's first quarter", "1990-Q1"),
        ),
        (
            "Revenue in this year's third quarter reached $9 million.",
            ("this year's third quarter", "1989-Q3"),
        ),
        # "last" after a company's name is its latest quarter, not its final one
        ("The carmaker's last quarter was weak.", ("last quarter", "1989-Q3")),
        # the last quarter of a year named is its fourth, whenever the article appeared
        (
            "Shipments of bicycles slowed in the last quarter of 1985.",
            ("the last quarter of 1985", "1985-Q4"),
        ),
    ],
)
def test_times_quarter_of_last_or_next_year(times_of, text, expected):
    times = times_of(f"Net fell in the third quarter. {text}", published="1989-11-01")
    assert _values(times)[-1] == expected


def test_times_year_ago_compares_with_the_reported_quarter_not_another_comparison(times_of):
    text = (
        "Profit rose in the quarter ended Sept. 30 from a year earlier. "
        + "Sales were flat. " * 20
        + "Net income was $48.7 million a year earlier."
    )
    times = times_of(text, published="1989-10-26")
    assert [t.value for t in times] == ["1989-Q3", "1989-09-30", "1988-Q3", "1988"]


def test_times_year_ago_ignores_a_forecast_quarter(times_of):
    text = (
        "Bethlehem earned $46.9 million in the third quarter. Analysts expect losses "
        "through the third quarter of 1990. In the year-ago period, it earned $101 million."
    )
    times = times_of(text, published="1989-10-26")
    assert _values(times)[-1] == ("the year-ago period", "1988-Q3")


def test_times_a_fraction_of_years_ago_counts_months(times_of):
    times = times_of("Three and a half years ago, we moved to the coast.", published="2017-02-02")
    assert _values(times) == [("Three and a half years ago", "2013-08")]


def test_times_a_year_after_a_month_is_a_year(times_of):
    times = times_of("He fled in June 1998 and returned later that year.", published="2000-01-28")
    assert _values(times) == [("June 1998", "1998-06"), ("later that year", "1998")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the calendar quarter the three months mostly cover
        ("In the quarter ended July 31, sales rose.", ("the quarter", "1989-Q2")),
        ("In the quarter ended Sept. 30, sales rose.", ("the quarter", "1989-Q3")),
    ],
)
def test_times_quarter_ended_is_the_quarter_it_mostly_covers(times_of, text, expected):
    assert _values(times_of(text, published="1989-10-30"))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue was $980 million in the year ended March 31.", ("the year", "DURATION", "P1Y")),
        ("For the year, volume was flat.", ("the year", "DATE", "1989")),
        ("Revenue fell in the first nine months of the year.", ("the year", "DATE", "1989")),
        ("Earnings will be lower for the fiscal year.", ("the fiscal year", "DATE", "1989")),
        (
            "Profit should increase throughout the fiscal year.",
            ("the fiscal year", "DURATION", "P1Y"),
        ),
        ("Profit for the full year was $2.1 billion.", ("the full year", "DATE", "1989")),
        (
            "Losses for the full year 1988 were $257 million.",
            ("the full year 1988", "DATE", "1988"),
        ),
        # "of" between "the year" and its number
        (
            "The club doubled its members throughout the year of 1987.",
            ("the year of 1987", "DATE", "1987"),
        ),
        ("Sales for the year to March 1990 will rise.", ("the year", "DURATION", "P1Y")),
        # a year named alone earlier in the sentence, however far back, is the one meant
        (
            "Orders soared in 1987, as the plant won more contracts than any rival within the"
            " year.",
            ("the year", "DATE", "1987"),
        ),
    ],
)
def test_times_the_year_is_this_year_unless_a_span(times_of, text, expected):
    times = times_of(text, published="1989-11-02")
    assert next((t.text, t.type, t.value) for t in times if "year" in t.text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal should close by year-end.", ("year-end", "1989", "END")),
        ("It should be in place by year's end.", ("year's end", "1989", "END")),
        ("The percentage change is since year-end.", ("year-end", "1988", "END")),
        ("Production rose earlier this month.", ("earlier this month", "1989-11", "START")),
    ],
)
def test_times_ends_and_starts_of_periods(times_of, text, expected):
    times = times_of(text, published="1989-11-02")
    assert [(t.text, t.value, t.mod) for t in times] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year named just before in the sentence is the year whose end it is
        ("In 1985, the town put the fee into its year-end budget.", ("year-end", "1985", "END")),
        # not for a year-end still to come
        ("Fees rose in 1988 and will fall by year-end.", ("year-end", "1989", "END")),
    ],
)
def test_times_year_end_after_a_year_named(times_of, text, expected):
    times = times_of(text, published="1989-11-02")
    assert [(t.text, t.value, t.mod) for t in times][-1] == expected


def test_times_a_named_year_period_is_the_quarter_reported_on(times_of):
    text = "Net fell in the third quarter. There was a gain in the 1988 period."
    times = times_of(text, published="1989-11-02")
    assert _values(times) == [("the third quarter", "1989-Q3"), ("the 1988 period", "1988-Q3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orangemen march each July.", ("each July", "XXXX-07")),
        ("He would make every 2 April a holiday.", ("every 2 April", "XXXX-04-02")),
        ("Tourists come every summer.", ("every summer", "XXXX-SU")),
        ("The shop closes on Sundays.", ("Sundays", "XXXX-WXX-7")),
        ("Flights leave on Tuesday nights.", ("Tuesday nights", "XXXX-WXX-2TNI")),
        # a range of counts after "every": every so many, from the lower count
        ("The lake floods every three to five years.", ("every three to five years", "P3Y")),
        ("Nurses check the ward every 2-3 hours.", ("every 2-3 hours", "PT2H")),
    ],
)
def test_times_recurring_months_seasons_and_days_are_sets(times_of, text, expected):
    times = times_of(text)
    assert [(t.text, t.type, t.value) for t in times] == [(expected[0], "SET", expected[1])]


def test_times_last_with_a_day_is_that_day(times_of):
    times = times_of("The bridge was closed last Oct. 23 after a storm.", published="1999-04-19")
    assert _values(times) == [("Oct. 23", "1998-10-23")]


def test_times_the_previous_weekday_counts_from_the_day_told_of(times_of):
    text = "The index fell 4.5% on Oct. 27 from the previous Friday."
    times = times_of(text, published="1989-10-30")
    assert _values(times) == [("Oct. 27", "1989-10-27"), ("the previous Friday", "1989-10-20")]
    assert times[1].anchor == "T1"


def test_times_early_season_after_the(times_of):
    times = times_of(
        "Bookings recovered from the weak levels of the early summer.", published="1989-10-26"
    )
    assert [(t.text, t.value, t.mod) for t in times] == [("the early summer", "1989-SU", "START")]
