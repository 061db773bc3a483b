"""The times stage: finding time expressions and resolving them as a careful reader would."""

from __future__ import annotations

import pytest

from newsgraph.records import Article
from newsgraph.stages.times import find_times

PUBLISHED = "2025-01-22"  # a Wednesday


@pytest.fixture(scope="module")
def times_of(pipeline):
    """Run the times stage alone over a parse of ``text``."""

    def run(text, published=PUBLISHED):
        article = Article(id="test", text=text, published=published)
        times = find_times(pipeline.nlp(text), article)
        for t in times:
            assert text[t.start : t.end] == t.text
        return times

    return run


def _values(times):
    return [(t.text, t.value) for t in times]


# --- the seed article ---------------------------------------------------------------

SEED_TIMES = [
    ("Wednesday", "DATE", "2025-01-22", None),
    ("October 2024", "DATE", "2024-10", None),
    ("January 19", "DATE", "2025-01-19", None),
    ("more than 15 months", "DURATION", "P15M", "MORE_THAN"),
    ("October 7, 2023", "DATE", "2023-10-07", None),
    ("October 7, 2023", "DATE", "2023-10-07", None),
    ("December 5", "DATE", "2024-12-05", None),
    ("November", "DATE", "2024-11", None),
]


def test_times_seed_yields_exactly_the_expected_values(seed_article):
    found = [(t.text, t.type, t.value, t.mod) for t in seed_article.times]
    assert found == SEED_TIMES
    assert [t.id for t in seed_article.times] == [f"T{n}" for n in range(1, 9)]


def test_times_seed_without_publication_date_stays_underspecified(times_of, seed_text):
    values = dict(_values(times_of(seed_text, published=None)))
    assert values["Wednesday"] == "XXXX-WXX-3"
    assert values["January 19"] == "XXXX-01-19"
    assert values["December 5"] == "XXXX-12-05"
    assert values["November"] == "XXXX-11"
    assert values["October 2024"] == "2024-10"  # fully specified: no date needed


def test_times_seed_anchors(seed_article):
    anchors = {t.text: t.anchor for t in seed_article.times}
    assert anchors["Wednesday"] == "publication"
    assert anchors["October 7, 2023"] == "absolute"


# --- resolution against the publication date --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders met on Wednesday.", "2025-01-22"),  # publication day itself
        ("The leaders met on Monday.", "2025-01-20"),
        ("The leaders met on Thursday.", "2025-01-16"),
        ("The leaders will meet on Friday.", "2025-01-24"),
        ("The leaders will meet on Wednesday.", "2025-01-22"),  # later that day
        ("The leaders will meet next Wednesday.", "2025-01-29"),
        ("Storms may reach the coast by Thursday.", "2025-01-23"),  # no tense: nearest
        ("Storms were rolling through Kansas on Tuesday morning.", "2025-01-21TMO"),
        ("The leaders are expected to vote on Monday.", "2025-01-27"),
    ],
)
def test_times_weekday_resolves_to_publication_week(times_of, text, expected):
    assert [t.value for t in times_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In November the court issued warrants.", "2024-11"),
        ("The report came out in January.", "2025-01"),
        ("Elections will be held in March.", "2025-03"),
        ("The ceasefire took effect on December 5.", "2024-12-05"),
        ("The ceasefire will take effect on March 3.", "2025-03-03"),
    ],
)
def test_times_month_goes_to_nearest_past_unless_future(times_of, text, expected):
    assert [t.value for t in times_of(text)] == [expected]


def test_times_year_named_earlier_in_sentence_carries_over(times_of):
    times = times_of("Fighting began on October 7, 2023, and spread north by October 9.")
    assert _values(times) == [("October 7, 2023", "2023-10-07"), ("October 9", "2023-10-09")]
    assert times[1].anchor == "T1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks opened on January 10. The following day they collapsed.", "2025-01-11"),
        ("Talks opened on January 10. Two days later they collapsed.", "2025-01-12"),
        ("Talks opened on January 10. A week later they collapsed.", "2025-W03"),
        ("Talks opened on January 10. The day before, rockets fell.", "2025-01-09"),
    ],
)
def test_times_following_day_anchors_to_previous_time(times_of, text, expected):
    times = times_of(text)
    assert times[1].value == expected
    assert times[1].anchor == "T1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened yesterday.", ("yesterday", "DATE", "2025-01-21")),
        ("It happens today.", ("today", "DATE", "2025-01-22")),
        ("It happens tomorrow.", ("tomorrow", "DATE", "2025-01-23")),
        ("Shots were fired last night.", ("last night", "TIME", "2025-01-21TNI")),
        ("He spoke this morning.", ("this morning", "TIME", "2025-01-22TMO")),
        ("Prices fell last year.", ("last year", "DATE", "2024")),
        ("Prices rise next month.", ("next month", "DATE", "2025-02")),
        ("Prices fell last week.", ("last week", "DATE", "2025-W03")),
        ("The war began two years ago.", ("two years ago", "DATE", "2023")),
        ("Prices fell last summer.", ("last summer", "DATE", "2024-SU")),
        ("Shops closed on Christmas.", ("Christmas", "DATE", "2024-12-25")),
        ("The vote is at 10:30 a.m.", ("10:30 a.m.", "TIME", "2025-01-22T10:30")),
    ],
)
def test_times_relative_expressions_resolve_against_publication(times_of, text, expected):
    assert [(t.text, t.type, t.value) for t in times_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened yesterday.", "XXXX-XX-XX"),
        ("Prices fell last year.", "XXXX"),
        ("The leaders met on Monday.", "XXXX-WXX-1"),
        ("In November the court issued warrants.", "XXXX-11"),
    ],
)
def test_times_without_publication_date_stay_underspecified(times_of, text, expected):
    times = times_of(text, published=None)
    assert [t.value for t in times] == [expected]
    assert times[0].anchor is None


def test_times_dateline_less_article_with_year_only_publication(times_of):
    assert [t.value for t in times_of("Prices fell last year.", published="2025")] == ["2024"]


# --- spans --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They met on Wednesday.", "Wednesday"),
        ("He died in October 2024.", "October 2024"),
        ("Pay must arrive by Friday.", "Friday"),
        ("It lasted for more than 15 months.", "more than 15 months"),
        ("It signed a five-year deal.", "five-year"),
        ("It happened in the past two months.", "the past two months"),
        ("Figures are due in a few weeks.", "a few weeks"),
    ],
)
def test_times_spans_are_tight(times_of, text, span):
    assert [t.text for t in times_of(text)] == [span]


# --- no false times -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials may decide to act.",
        "We said it was over.",
        "The ticket costs $27 and 50% of fans paid.",
        "About 1,200 people were killed.",
        "Thousands march on the capital.",
        "Actor Fredric March won an award.",
        "A 20-year-old man was arrested.",
        "The boy is five years old.",
        "United won the match 2-1.",
        "The company employs 2000 people.",
        "Three quarters of voters agreed.",
        "He made a second attempt.",
        "The fall of the city shocked the world.",
    ],
)
def test_times_no_false_friends(times_of, text):
    assert times_of(text) == []


# --- types, values and modifiers ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war lasted three years.", ("three years", "DURATION", "P3Y", None)),
        ("The siege lasted 24 hours.", ("24 hours", "DURATION", "PT24H", None)),
        ("It took about two weeks.", ("about two weeks", "DURATION", "P2W", "APPROX")),
        ("It took at least 30 days.", ("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")),
        ("Growth slowed in the early 1990s.", ("the early 1990s", "DATE", "199", "START")),
        ("Growth slowed in mid-1996.", ("mid-1996", "DATE", "1996", "MID")),
        ("The vote was in late November.", ("late November", "DATE", "2024-11", "END")),
        ("The papers are published daily.", ("daily", "SET", "P1D", None)),
        ("Rates are reviewed every week.", ("every week", "SET", "P1W", None)),
        ("Prices are high now.", ("now", "DATE", "PRESENT_REF", None)),
        ("Prices rose recently.", ("recently", "DATE", "PAST_REF", None)),
    ],
)
def test_times_types_values_and_modifiers(times_of, text, expected):
    assert [(t.text, t.type, t.value, t.mod) for t in times_of(text)] == [expected]


def test_times_quarters_and_year_ago_compare_quarters(times_of):
    text = "Third-quarter profit rose to $5 million from $4 million a year earlier."
    times = times_of(text, published="1989-10-26")
    assert _values(times) == [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]
    assert times[1].anchor == "T1"


def test_times_a_later_quarter_than_publication_is_last_years(times_of):
    times = times_of("AT&T announced a drop in profits for the fourth quarter.", "1998-01-26")
    assert _values(times) == [("the fourth quarter", "1997-Q4")]


def test_times_thanksgiving_is_the_fourth_thursday(times_of):
    assert [t.value for t in times_of("Shops closed on Thanksgiving.")] == ["2024-11-28"]


def test_times_clock_time_takes_its_weekday(times_of):
    times = times_of("The deadline is 9 a.m. Tuesday, the lawyers said.")
    assert _values(times) == [("9 a.m. Tuesday", "2025-01-21T09:00")]


@pytest.mark.parametrize(
    "text",
    [
        "Gonzalez said on CBS's 60 Minutes that he was hopeful.",
        "Baker said on ABC's This Week that talks would go on.",
        "The poster showed Gary Cooper from the film High Noon.",
        "The preferred stock pays $1.76 a year.",
    ],
)
def test_times_titles_and_rates_are_not_times(times_of, text):
    assert times_of(text) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Guards stood there 24 hours a day.", PUBLISHED, [("24 hours", "PT24H")]),
        ("Strikes came 13 days after the bombings.", PUBLISHED, [("13 days", "P13D")]),
        ("Flights depart each Thursday.", PUBLISHED, [("each Thursday", "XXXX-WXX-4")]),
        ("It rose in June last year.", PUBLISHED, [("June last year", "2024-06")]),
        (
            "A hearing is set for the week of March 6.",
            PUBLISHED,
            [("the week of March 6", "2025-W10")],
        ),
        ("Protesters planned a rally on Saturday.", PUBLISHED, [("Saturday", "2025-01-25")]),
        ("The offer was extended until Nov. 9.", "1989-11-02", [("Nov. 9", "1989-11-09")]),
        (
            "Sales rose in the quarter ended Sept. 30.",
            "1989-10-26",
            [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")],
        ),
    ],
)
def test_times_context_rules(times_of, text, published, expected):
    assert _values(times_of(text, published=published)) == expected


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
        ("It held the office for a decade and a half.", ("a decade and a half", "P15Y")),
    ],
)
def test_times_fractions_and_more_in_durations(times_of, text, expected):
    assert _values(times_of(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales for last year's quarter were $3 million.", ("last year's quarter", "1988-Q3")),
        (
            "It could be effective as early as next year's first quarter.",
            ("next year's first quarter", "1990-Q1"),
        ),
        (
            "Net sales for this year's third quarter were $14 million.",
            ("this year's third quarter", "1989-Q3"),
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
    times = times_of("Three and a half years ago, I wanted to leave.", published="2017-02-02")
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
        ("Sales for the full year were $6.6 billion.", ("the full year", "DATE", "1989")),
        (
            "Losses for the full year 1988 were $257 million.",
            ("the full year 1988", "DATE", "1988"),
        ),
        ("Sales for the year to March 1990 will rise.", ("the year", "DURATION", "P1Y")),
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
    ],
)
def test_times_recurring_months_seasons_and_days_are_sets(times_of, text, expected):
    times = times_of(text)
    assert [(t.text, t.type, t.value) for t in times] == [(expected[0], "SET", expected[1])]


def test_times_last_with_a_day_is_that_day(times_of):
    times = times_of("He was shot to death last Oct. 23 at his home.", published="1999-04-19")
    assert _values(times) == [("Oct. 23", "1998-10-23")]


def test_times_the_previous_weekday_counts_from_the_day_told_of(times_of):
    text = "The index fell 4.5% on Oct. 27 from the previous Friday."
    times = times_of(text, published="1989-10-30")
    assert _values(times) == [("Oct. 27", "1989-10-27"), ("the previous Friday", "1989-10-20")]
    assert times[1].anchor == "T1"


def test_times_early_season_after_the(times_of):
    times = times_of("Orders rose from the low levels of the early summer.", published="1989-10-26")
    assert [(t.text, t.value, t.mod) for t in times] == [("the early summer", "1989-SU", "START")]


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
    ("text", "published", "expected"),
    [
        # the weekday just after the clock time, even in a parenthesis
        (
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
            "1998-08-08",
            ("10:35 a.m.", "1998-08-07T10:35"),
        ),
        # else the day the article last told of
        (
            "Talks began on Oct. 23. They ended at 10 p.m.",
            "1998-10-26",
            ("10 p.m.", "1998-10-23T22:00"),
        ),
        ("The office opens at 9 a.m.", "1998-10-26", ("9 a.m.", "1998-10-26T09:00")),
    ],
)
def test_times_clock_time_takes_the_day_after_it_or_told_of(times_of, text, published, expected):
    assert expected in _values(times_of(text, published=published))


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
    ],
)
def test_times_greetings_and_ages_are_not_times(times_of, text):
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
