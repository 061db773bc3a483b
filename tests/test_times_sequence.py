"""The times stage on the seed article, and times resolved against the publication date."""

from __future__ import annotations

import pytest

from tests.times_checks import values as _values

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
        # a plan in the present passive with an infinitive after it lies ahead
        ("The envoy is expected Monday to meet the president.", "2025-01-27"),
        # the deed someone is accused of lies behind
        ("The driver is accused of hitting a cyclist on Friday.", "2025-01-17"),
        # a clause of time in the present before a future tells of what is to come
        ("The shops will stay open late when the new coin is issued on Monday.", "2025-01-27"),
        # a perfect takes no day of its own: the day is the one called for, the nearest
        ("The drivers' union has called for a walkout on Thursday.", "2025-01-23"),
    ],
)
def test_times_weekday_resolves_to_publication_week(times_of, text, expected):
    assert [t.value for t in times_of(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned Thursday.-Dwindling support had doomed him.",
        # and the tagger ran the glued word and the day into one name
        "The minister resigned Thursday.-Fading support had doomed him.",
    ],
)
def test_times_weekday_glued_to_the_next_sentence_takes_the_verb_before(times_of, text):
    # a hyphen written for a space glues the next sentence's first word onto the day
    times = times_of(text, "2025-01-21")
    assert [(t.text, t.value) for t in times] == [("Thursday", "2025-01-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday joined to one ahead is the first such day after it
        (
            "Talks are set for Tuesday and Wednesday.",
            [("Tuesday", "2025-01-28"), ("Wednesday", "2025-01-29")],
        ),
        # days gone by may be told in any order
        (
            "Statements were issued Tuesday and Monday.",
            [("Tuesday", "2025-01-21"), ("Monday", "2025-01-20")],
        ),
    ],
)
def test_times_weekdays_joined_by_and(times_of, text, expected):
    assert _values(times_of(text)) == expected


def test_times_month_joined_to_an_earlier_month_shares_its_year(times_of):
    # alone, June is nearer ahead and July nearer behind; joined, they are one summer
    times = times_of("The reopening could slip into June or July.", "2025-03-20")
    assert _values(times) == [("June", "2025-06"), ("July", "2025-07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In November the court issued warrants.", "2024-11"),
        ("The report came out in January.", "2025-01"),
        ("Elections will be held in March.", "2025-03"),
        ("The ceasefire took effect on December 5.", "2024-12-05"),
        ("The ceasefire will take effect on March 3.", "2025-03-03"),
        # wanting, hoping or a modal puts the month ahead ("hopes": lemmatized as "hop")
        ("The company wants to sell the unit by September.", "2025-09"),
        ("The company hopes to finish the work by August.", "2025-08"),
        # a plan told in the past with "was due to" may be for the month ahead; a sum
        # that was due stays behind
        ("The fair was due to open in March.", "2025-03"),
        ("Rent was due in March.", "2024-03"),
        # a gerund under a plain verb after a modal lies ahead with it
        ("The town can meet its aim of moving the market out of the square by August.", "2025-08"),
        # a verb joined to the infinitive is planned or wanted too
        ("The firm plans to cut jobs and close the plant in December.", "2025-12"),
        ("Talks are likely to begin in October.", "2025-10"),
        ("Members can take part in planning for the summit in September.", "2025-09"),
        # the same told in the past says nothing of the month's side
        ("A man tried to set fire to a shelter in December.", "2024-12"),
        ("He may have met her in April.", "2024-04"),
        # "since the" before a date names a thing that happened on it
        ("Since the March 4 fire, the town has been rebuilding.", "2024-03-04"),
        # a part of the day the date is told in takes the clause's tense
        ("She said that on the night of May 3, the boats left port.", "2024-05-03"),
        ("Talks will resume on the morning of March 3.", "2025-03-03"),
        # what an aim is to have done lies ahead; what a noun had done stays behind
        ("The firm aims to have the new hall finished by October.", "2025-10"),
        ("The aim is to have all the buses running by October.", "2025-10"),
        ("The aim was to have all the buses running by October.", "2024-10"),
        ("The firm wants the court to lift the ban issued in October.", "2024-10"),
        # a participle after "with" takes the tense of the clause it hangs on
        ("The contest will close soon, with winners named on May 9.", "2025-05-09"),
        ("The contest closed early, with winners named on May 9.", "2024-05-09"),
        # what usually happens in a month happens in any year's
        ("The herring run usually peaks in October.", "XXXX-10"),
        ("The harvest fair normally opens on Sept. 9.", "XXXX-09-09"),
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
        # a year alone that is still ahead holds for the days of what is planned in it
        (
            "Crews are readying the harbour for the 2027 regatta, to run from May 2 to May 9.",
            [("2027", "2027"), ("May 2", "2027-05-02"), ("May 9", "2027-05-09")],
        ),
        # a day told in the past is not in a year to come
        (
            "The 2027 budget was drafted in March.",
            [("2027", "2027"), ("March", "2024-03")],
        ),
        # a budget year or a season named by its year starts in the year before
        (
            "Plans for the 2026 budget year that begins on October 1 went to the agencies.",
            [("2026", "2026"), ("October 1", "2025-10-01")],
        ),
    ],
)
def test_times_year_still_ahead_carries_over_to_what_is_not_past(times_of, text, expected):
    assert _values(times_of(text)) == expected


def test_times_undated_story_carries_its_year_into_the_next_sentence(times_of):
    text = "In 2019 the company moved to Texas. In March it opened a factory there."
    times = times_of(text, published=None)
    assert _values(times) == [("2019", "2019"), ("March", "2019-03")]
    assert times[1].anchor == "T1"
    dated = "On May 22, 1995, Farkas was made a general. In December he was cited by police."
    assert _values(times_of(dated, published=None))[1] == ("December", "1995-12")


@pytest.mark.parametrize(
    "text",
    [
        # background in a clause, not the story's time
        "Founded in 2001, the firm has grown fast. In March it opened a factory.",
        # a noun's modifier names an event, not the story's year
        "Agents charged in the Dec. 21, 1988, bombing left. In April they were freed.",
        # since 2019 starts a span
        "The firm has grown since 2019. In March it opened a factory.",
        # a new paragraph, or a sentence between
        "In 2019 the company moved to Texas.\n\nIn March it opened a factory.",
        "In 2019 the company moved to Texas. It grew. In March it opened a factory.",
        # the future
        "In 2019 the company moved to Texas. In March it will open a factory.",
    ],
)
def test_times_undated_story_year_is_not_carried_from_elsewhere(times_of, text):
    month = times_of(text, published=None)[-1]
    assert month.value.startswith("XXXX-")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of dated entries told in the present takes the year heading it
        (
            "What happened when?\n\n2023 March 3: The mayor opens a bakery. June 9: The"
            " bakery wins a prize. 2024 January 5: The bakery closes.",
            [
                ("2023", "2023"),
                ("March 3", "2023-03-03"),
                ("June 9", "2023-06-09"),
                ("2024", "2024"),
                ("January 5", "2024-01-05"),
            ],
        ),
        # or the year of an entry before it
        (
            "Key dates:\nOctober 2, 2023: The plant is sold to a rival.\nNovember 14: Workers"
            " strike over pay.",
            [("October 2, 2023", "2023-10-02"), ("November 14", "2023-11-14")],
        ),
        # a day before a colon inside a sentence is no entry
        ("The council meets on June 9: the agenda is long.", [("June 9", "2025-06-09")]),
    ],
)
def test_times_dated_list_entries_take_the_lists_year(times_of, text, expected):
    assert _values(times_of(text)) == expected


def test_times_dated_article_month_goes_to_nearest_past_not_story_year(times_of):
    times = times_of("In 2019 the company moved to Texas. In March it opened a factory.")
    assert _values(times) == [("2019", "2019"), ("March", "2024-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day counted forward, told in the past, cannot fall after publication
        (
            "The rally was held today. Two days later, the envoy flew home.",
            [("today", "2025-01-22"), ("Two days later", "PAST_REF")],
        ),
        (
            "Talks stalled earlier this month. The following Monday, the envoy flew home.",
            [("earlier this month", "2025-01"), ("The following Monday", "PAST_REF")],
        ),
        (
            "The rally was held today. The next day, the envoy flew home.",
            [("today", "2025-01-22"), ("The next day", "PAST_REF")],
        ),
    ],
)
def test_times_a_day_counted_forward_in_the_past_stays_before_publication(times_of, text, expected):
    assert _values(times_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks opened on January 10. The following day they collapsed.", "2025-01-11"),
        ("Talks opened on January 10. Two days later they collapsed.", "2025-01-12"),
        ("Talks opened on January 10. A week later they collapsed.", "2025-W03"),
        ("Talks opened on January 10. The day before, rockets fell.", "2025-01-09"),
        # a season or a half is in its year
        ("The vote may come in the autumn of 2026 or the spring of the following year.", "2027"),
        ("The mill shut in the second half of 2011 and reopened a year later.", "2012"),
        # "only to" do something: what followed, in the tense of the clause before
        (
            "The panel was set up by the mayor in 2013 to look into graft, only to be shut"
            " down by him the next year.",
            "2014",
        ),
    ],
)
def test_times_following_day_anchors_to_previous_time(times_of, text, expected):
    times = times_of(text)
    assert times[1].value == expected
    assert times[1].anchor == "T1"


def test_times_later_set_beside_today_counts_from_the_time_before(times_of):
    times = times_of("The mill shut in May 2021. Today, two years later, it is a museum.")
    assert _values(times) == [
        ("May 2021", "2021-05"),
        ("Today", "2025-01-22"),
        ("two years later", "2023"),
    ]


def test_times_the_same_night_is_in_the_month_told_of_since_the_last_day(times_of):
    text = (
        "The tour opened on Monday. Floods had struck the valley in May 2011,"
        " and a dam burst on the same night."
    )
    times = times_of(text, published="2017-03-18")
    assert _values(times) == [
        ("Monday", "2017-03-13"),
        ("May 2011", "2011-05"),
        ("the same night", "2011-05-XXTNI"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce took effect on January 19, nine days later than planned.", "P9D"),
        ("The vote came two weeks earlier than expected.", "P2W"),
    ],
)
def test_times_later_than_planned_is_a_delay_not_a_day(times_of, text, expected):
    delay = times_of(text)[-1]
    assert (delay.type, delay.value, delay.anchor) == ("DURATION", expected, None)


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


def test_times_counted_from_an_unplaced_year_stay_underspecified(times_of):
    # "a year later" counts from "next year", which no publication date places, not
    # from the year named before it
    text = "The club opened in 1987. Its owners plan a sale next year and a move a year later."
    assert _values(times_of(text, published=None)) == [
        ("1987", "1987"),
        ("next year", "XXXX"),
        ("a year later", "XXXX"),
    ]


def test_times_dateline_less_article_with_year_only_publication(times_of):
    assert [t.value for t in times_of("Prices fell last year.", published="2025")] == ["2024"]
