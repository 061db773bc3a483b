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
