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
        # a plan in the present passive with an infinitive after it lies ahead
        ("The envoy is expected Monday to meet the president.", "2025-01-27"),
        # the deed someone is accused of lies behind
        ("The driver is accused of hitting a cyclist on Friday.", "2025-01-17"),
        # a clause of time in the present before a future tells of what is to come
        ("The shops will stay open late when the new coin is issued on Monday.", "2025-01-27"),
    ],
)
def test_times_weekday_resolves_to_publication_week(times_of, text, expected):
    assert [t.value for t in times_of(text)] == [expected]


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
        ("Talks are likely to begin in October.", "2025-10"),
        ("Members can take part in planning for the summit in September.", "2025-09"),
        # the same told in the past says nothing of the month's side
        ("A man tried to set fire to a shelter in December.", "2024-12"),
        ("He may have met her in April.", "2024-04"),
        # a part of the day the date is told in takes the clause's tense
        ("She said that on the night of May 3, the boats left port.", "2024-05-03"),
        ("Talks will resume on the morning of March 3.", "2025-03-03"),
        # what an aim is to have done lies ahead; what a noun had done stays behind
        ("The firm aims to have the new hall finished by October.", "2025-10"),
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


# --- spans --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They met on Wednesday.", "Wednesday"),
        ("He died in October 2024.", "October 2024"),
        ("Pay must arrive by Friday.", "Friday"),
        ("It lasted for more than 15 months.", "more than 15 months"),
        ("It signed a five-year deal.", "five-year"),
        ("The dockers called a further 48-hour walkout.", "48-hour"),
        # a length after "a recent" describes the noun; "over" it is during, not "more than"
        ("The aide bought stock over a recent three-year period.", "three-year"),
        ("It happened in the past two months.", "the past two months"),
        ("Figures are due in a few weeks.", "a few weeks"),
        ("Officials expect the inquiry to last two to three weeks.", "two to three weeks"),
        # a hyphen glued onto the next word for a space
        ("The camp opened in 1991-as a shelter.", "1991"),
        ("The final airs tonight-on the second channel.", "tonight"),
        ("The fair first ran in 1974-when the bridge was new.", "1974"),
        ("Crews searched the shore yesterday-and found a boot.", "yesterday"),
        ("Gates stay shut until Friday-to let the floor dry.", "Friday"),
        # a hyphen glued after a preposition before a time stands for a space
        ("Talks began in-February 2016 and stalled.", "February 2016"),
        ("Fees rose as of-April 6 last year.", "April 6 last year"),
        # or after a lower-case word before a day's or a month's name, or after a space
        ("The board sent notice-Tuesday that it would appeal.", "Tuesday"),
        ("Bread goes stale fast. -Every week, the bakery gives it away.", "Every week"),
        # a hyphen before "that", "under" or "after" after a time stands for a space
        ("The fee was paid in 2012-under the old rules.", "2012"),
        # and before a verb of saying or a preposition of place
        ("A review written in 2009-said the bridge was sound.", "2009"),
        ("Fishers rallied on Tuesday-outside the harbour office.", "Tuesday"),
        # but a range written as one word is not split
        ("Sales fell over the April-to-June stretch and rose on Monday.", "Monday"),
        ("By-1968, she had opened a studio.", "1968"),
        # a hyphen before a space is a dash
        ("The ferry sank on 9 May 1962- Nobody was rescued.", "9 May 1962"),
        # "following" without "the" is a preposition
        ("A deal came following nine days of talks.", "nine days"),
        ("Prices froze for the following nine days.", "the following nine days"),
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
        # "on 23 minutes" in a match report is the 23rd minute, no length of time
        "The visitors went ahead on 23 minutes through a header.",
        # "now and then" is from time to time
        "Every now and then a heron lands on the weir.",
        "She still paints, now and again in oils.",
        # "May" the person: after a name or a title, or before a verb a month cannot do
        "The pact holds until Mrs May signs the letter.",
        "Ministers agreed and May wrote to the council about the plan.",
        "Talks stalled and May told the cabinet to wait.",
        "Nothing changes until May issues the notice.",
        # where the article names Mrs May, a "May" that nothing makes a month is hers
        "Mrs May flew home. May's aides say the talks went well.",
        "Mrs May met the envoy. The offer is fair, May has argued.",
        # "last" after a possessive: the final one
        "Round off your last night with a swim in the bay.",
        "It was the mayor's last week in office.",
        # a month's name as a first name, before a surname the article names as a person's
        "Arguing for the city was August Brandt, a deputy counsel. Brandt told the judges no.",
        # shares, units of a rate and papers
        "Almost a quarter (24%) of members backed the plan.",
        "Three-quarters said the plan was fair.",
        "Roughly three-quarters backed the new bus lanes.",
        # a share of what a pronoun names
        "Saving just a quarter of that spoiled grain would feed the valley.",
        "Only one-quarter of those who applied got a loan, and a quarter of which lapsed.",
        "The chip handles ten million operations per second.",
        "The probe sped away at 40 km per second, then at 90,000 kilometer per hour.",
        # "every second" before a noun: every other one
        "Nearly every second voter with a car backs the toll.",
        "The British weekly said the plan failed.",
        "Imports rose on a year-on-year basis.",
        # a season that names a festival
        "Families travel home for the upcoming Spring Festival.",
        # a weekday in a name whose article stands before a word between
        "Leaders of the moderate Tuesday Group met the speaker.",
        # a paper the parse took for an adverb
        "The minister spoke in an interview with the Novaya Gazeta daily.",
        "Fares will rise sharply, Vedomosti business daily writes.",
        # a paper named beside its kind
        'The author spoke in an interview with the French daily "Le Parisien," at length.',
        "The ministry confirmed to Izvestia daily that the talks had stalled.",
        # a form of cricket
        "The spinner was left out of the one-day squad for the tour.",
        # a number a noun names
        "The envoy cited UN resolution 1559 and flight 1420 in his speech.",
        # a race time in minutes, seconds and hundredths
        "She won the heat in 1:48.32 and the final in 1:47.90.",
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
        # a range in digits is told by its first number, as "two to three weeks" is
        ("Crews work 10-14 hours without a rest.", ("10-14 hours", "DURATION", "PT10H", None)),
        ("The repairs take 2–3 weeks.", ("2–3 weeks", "DURATION", "P2W", None)),
        # and one written with hyphens: "three-to-four weeks"
        (
            "The clinic cut waits of three-to-four weeks.",
            ("three-to-four weeks", "DURATION", "P3W", None),
        ),
        ("The walk takes 40 mins at a gentle pace.", ("40 mins", "DURATION", "PT40M", None)),
        ("Dockers held a one-day strike.", ("one-day", "DURATION", "P1D", None)),
        (
            "Ties are at their lowest point over forty or so years.",
            ("forty or so years", "DURATION", "P40Y", "APPROX"),
        ),
        # "over" the time things take is no "more than"; over a measure it is
        (
            "The bank will trim costs by $2bn over four years.",
            ("four years", "DURATION", "P4Y", None),
        ),
        ("Rents have climbed over recent years.", ("recent years", "DURATION", "PXY", None)),
        (
            "Over past two decades the town has doubled.",
            ("past two decades", "DURATION", "P20Y", None),
        ),
        ("The search took over six hours.", ("over six hours", "DURATION", "PT6H", "MORE_THAN")),
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
        # a rate after an amount of money written in words
        "A bed in the ward costs 9,000 yuan a day.",
        "The scheme would save the farms £2bn pounds a year.",
        # an award's title
        "She was named player of the year by the club.",
        "The band took album of the year and best new act.",
        "Her site was voted blog of the year, and the studio publisher of the year.",
        # newspapers, shows, films and bands named with a time word
        "A survey for the Sunday Herald and the Mail on Sunday found a swing.",
        "Her interview with TODAY co-host Ann Lee drew praise.",
        "Reviewers liked Fahrenheit 9/11 director Ben Hall.",
        "The playlist mixed Happy Mondays with older soul.",
        # a programme's name in quotes that a time word ends
        'The senator repeated the claim on "Capitol Report Sunday" in a long chat.',
        'She spoke to the anchors of CBS\'s "Today" about her garden.',
        # a programme named by "Today" or "Tonight" after "the" or a possessive
        "The mayor defended the budget on the Today programme.",
        'A clip from the channel\'s "Late Desk Tonight" went viral.',
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
        # one length told in two units
        (
            "The judge gave him 4 years and 9 months in jail.",
            PUBLISHED,
            [("4 years and 9 months", "P4Y9M")],
        ),
        (
            "Her winning time was 31 minutes 12 seconds.",
            PUBLISHED,
            [("31 minutes 12 seconds", "PT31M12S")],
        ),
        (
            "The skater won the heat in two minutes 8.35 seconds.",
            PUBLISHED,
            [("two minutes 8.35 seconds", "PT2M8.35S")],
        ),
        # a clock time right after its day is on that day, whatever the tense after it
        (
            "Viewers will see footage of the fire on May 4, 2014 at 8:17pm in the film.",
            "2017-03-17",
            [("May 4, 2014", "2014-05-04"), ("8:17pm", "2014-05-04T20:17")],
        ),
        # no year is joined on across a paragraph break
        (
            "Cup final: Sunday, 16 March\n\n1430 GMT, live on the second channel.",
            "2025-03-10",
            [("Sunday, 16 March", "2025-03-16")],
        ),
        (
            "Sales rose in the quarter ended Sept. 30.",
            "1989-10-26",
            [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")],
        ),
        # a day of a thing whose year is named before it is in that year
        (
            "Firms will invest more, according to a speech at the 2016 annual drone summit"
            " on Dec 14.",
            "2017-03-16",
            [("2016", "2016"), ("Dec 14", "2016-12-14")],
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
        # across a part of that day
        (
            "The alarm sounded at 11pm on the night of May 9 and nobody came.",
            "2017-06-12",
            ("11pm", "2017-05-09T23:00"),
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
        (
            "The museum is open 9am-5pm on Mondays.",
            [("9am", "XXXX-WXX-1T09:00"), ("5pm", "XXXX-WXX-1T17:00")],
        ),
        ("The pool opens at 6 a.m. daily.", [("6 a.m.", "XXXX-XX-XXT06:00")]),
        ("Trains leave at 7:15 every day.", [("7:15", "XXXX-XX-XXT07:15")]),
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


# --- present-day news ---------------------------------------------------------------
# Forms that recent news writes and 1989-1998 newswire hardly does, with the TIMEX3
# values of the TimeML guidelines as TempEval-3 applied them.

NOW = "2024-03-14"  # a Thursday


def _typed(times):
    return [(t.text, t.type, t.value) for t in times]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day first and iso dates
        ("The vote was held on 5 March 2024.", [("5 March 2024", "DATE", "2024-03-05")]),
        ("The law took effect on 5th March.", [("5th March", "DATE", "2024-03-05")]),
        ("The law took effect on March 5th.", [("March 5th", "DATE", "2024-03-05")]),
        ("The law took effect on the 5th of March.", [("the 5th of March", "DATE", "2024-03-05")]),
        ("The report was published on 2024-03-05.", [("2024-03-05", "DATE", "2024-03-05")]),
        ("The report was published on 25/03/2023.", [("25/03/2023", "DATE", "2023-03-25")]),
        ("The report was published on 03/25/2023.", [("03/25/2023", "DATE", "2023-03-25")]),
        # day first with dots; not a version number
        ("Ferries stopped running. (07.11.2019)", [("07.11.2019", "DATE", "2019-11-07")]),
        ("The app reached version 1.2.2019 last week.", [("last week", "DATE", "2024-W10")]),
        ("Crews met the press here (3.2.2019) in Bonn.", [("3.2.2019", "DATE", "2019-02-03")]),
        # a date in digits is no part of a name the tagger runs over it
        (
            "Prices fell. (Shanghai Business Weekly 02/17/2023 page9)",
            [("02/17/2023", "DATE", "2023-02-17")],
        ),
        ("Talks began on Tuesday 5 March.", [("Tuesday 5 March", "DATE", "2024-03-05")]),
        ("It was signed on 1 Dec 2023.", [("1 Dec 2023", "DATE", "2023-12-01")]),
        ("The general election will be held on 4 July.", [("4 July", "DATE", "2024-07-04")]),
        ("Results are due on Sept 30.", [("Sept 30", "DATE", "2024-09-30")]),
        # months years and periods
        ("Growth will pick up by mid-2024.", [("mid-2024", "DATE", "2024")]),
        ("Prices rose in early 2023.", [("early 2023", "DATE", "2023")]),
        ("The firm collapsed late last year.", [("late last year", "DATE", "2023")]),
        ("She resigned earlier this year.", [("earlier this year", "DATE", "2024")]),
        ("A ruling is due later this month.", [("later this month", "DATE", "2024-03")]),
        ("The scheme closes at the end of the year.", [("the end of the year", "DATE", "2024")]),
        (
            "Rents rise from the start of next month.",
            [("the start of next month", "DATE", "2024-04")],
        ),
        ("The work will finish this spring.", [("this spring", "DATE", "2024-SP")]),
        ("Prices fell last summer.", [("last summer", "DATE", "2023-SU")]),
        ("He scored 20 goals in the 2022-23 season.", [("2022-23", "DATE", "2022")]),
        ("Borrowing rose in 2022/23.", [("2022/23", "DATE", "2022")]),
        ("The cut is planned for FY2025.", [("FY2025", "DATE", "2025")]),
        ("Profits are forecast to rise in Q3 2024.", [("Q3 2024", "DATE", "2024-Q3")]),
        ("Profits rose in Q4.", [("Q4", "DATE", "2023-Q4")]),
        (
            "Profits rose in the third quarter of 2023.",
            [("the third quarter of 2023", "DATE", "2023-Q3")],
        ),
        ("Sales rose in H1 2023.", [("H1 2023", "DATE", "2023-H1")]),
        (
            "Sales rose in the first half of the year.",
            [("the first half of the year", "DATE", "2024-H1")],
        ),
        (
            "Sales fell in the second half of last year.",
            [("the second half of last year", "DATE", "2023-H2")],
        ),
        (
            "Output grew between 2015 and 2020.",
            [("2015", "DATE", "2015"), ("2020", "DATE", "2020")],
        ),
        (
            "Output grew in 2015-2020.",
            [("2015", "DATE", "2015"), ("2020", "DATE", "2020")],
        ),
        # two years in a row written in full with a dash are a range too
        (
            "The jets may be delivered in 2026-2027.",
            [("2026", "DATE", "2026"), ("2027", "DATE", "2027")],
        ),
        ("Stock fell in the 2022/2023 season.", [("2022/2023", "DATE", "2022")]),
        # relative expressions
        ("The town was flooded a decade ago.", [("a decade ago", "DATE", "2014")]),
        ("The war began two years ago.", [("two years ago", "DATE", "2022")]),
        ("The rules changed a fortnight ago.", [("a fortnight ago", "DATE", "2024-W09")]),
        ("A deal is expected in the coming weeks.", [("the coming weeks", "DURATION", "PXW")]),
        ("Prices have risen in recent weeks.", [("recent weeks", "DURATION", "PXW")]),
        ("Crime fell over the past decade.", [("the past decade", "DURATION", "P10Y")]),
        ("It rained in the past 24 hours.", [("the past 24 hours", "DURATION", "PT24H")]),
        ("Troops must leave within 48 hours.", [("48 hours", "DURATION", "PT48H")]),
        ("The bill is debated this week.", [("this week", "DATE", "2024-W11")]),
        ("The match is next weekend.", [("next weekend", "DATE", "2024-W12-WE")]),
        ("Protesters gathered at the weekend.", [("the weekend", "DATE", "2024-W10-WE")]),
        ("Drones struck Kyiv overnight.", [("overnight", "TIME", "2024-03-13TNI")]),
        ("The fire started on Monday night.", [("Monday night", "TIME", "2024-03-11TNI")]),
        ("He was arrested on Monday morning.", [("Monday morning", "TIME", "2024-03-11TMO")]),
        ("The vote takes place tonight.", [("tonight", "TIME", "2024-03-14TNI")]),
        ("She will speak this evening.", [("this evening", "TIME", "2024-03-14TEV")]),
        ("He died yesterday afternoon.", [("yesterday afternoon", "TIME", "2024-03-13TAF")]),
        ("The bill passed last Tuesday.", [("last Tuesday", "DATE", "2024-03-12")]),
        ("The vote will be held a week on Friday.", [("a week on Friday", "DATE", "2024-03-22")]),
        # wire copy leaves "earlier" out of the time ("Earlier Friday, lawyers filed")
        ("The minister spoke earlier today.", [("today", "DATE", "2024-03-14")]),
        (
            "The deal was signed on 5 March. The day before, talks stalled.",
            [("5 March", "DATE", "2024-03-05"), ("The day before", "DATE", "2024-03-04")],
        ),
        (
            "The strike began on 5 March. 48 hours later, it ended.",
            [("5 March", "DATE", "2024-03-05"), ("48 hours later", "DATE", "2024-03-07")],
        ),
        # hours and minutes from a clock time are a clock time; from a day, that day
        (
            "Polls closed at 10:30 p.m. Forty minutes earlier, turnout was low.",
            [
                ("10:30 p.m.", "TIME", "2024-03-14T22:30"),
                ("Forty minutes earlier", "TIME", "2024-03-14T21:50"),
            ],
        ),
        (
            "Polls closed at 11 p.m. Two hours later, the count ended.",
            [
                ("11 p.m.", "TIME", "2024-03-14T23:00"),
                ("Two hours later", "TIME", "2024-03-15T01:00"),
            ],
        ),
        (
            "The strike began on 5 March. Ten minutes earlier, talks failed.",
            [("5 March", "DATE", "2024-03-05"), ("Ten minutes earlier", "DATE", "2024-03-05")],
        ),
        # decades and centuries
        ("Crime rose in the 1990s.", [("the 1990s", "DATE", "199")]),
        ("Crime rose in the '90s.", [("the '90s", "DATE", "199")]),
        ("Crime rose in the 90s.", [("the 90s", "DATE", "199")]),
        ("In the mid-70s he moved.", [("the mid-70s", "DATE", "197")]),
        ("Challenges of the 21st century loom.", [("the 21st century", "DATE", "20")]),
        ("Prices soared in the early 2000s.", [("the early 2000s", "DATE", "200")]),
        ("Prices soared in the late 1980s.", [("the late 1980s", "DATE", "198")]),
        ("A man in his 30s was arrested.", []),
        # a year with "'s" before a quoted title owns it; "the 1970's" stays a decade
        ('She starred in 2010\'s "Night Ferry" too.', [("2010", "DATE", "2010")]),
        ("Prices soared in the 1970's.", [("the 1970's", "DATE", "197")]),
        # clock times
        ("The blast happened at 3pm.", [("3pm", "TIME", "2024-03-14T15:00")]),
        (
            "The blast happened at 3 p.m. local time.",
            [("3 p.m. local time", "TIME", "2024-03-14T15:00")],
        ),
        ("Polls closed at 15:30 GMT.", [("15:30 GMT", "TIME", "2024-03-14T15:30")]),
        ("Polls closed at 06:00 BST.", [("06:00 BST", "TIME", "2024-03-14T06:00")]),
        ("The talks open at 1100 GMT.", [("1100 GMT", "TIME", "2024-03-14T11:00")]),
        (
            "The vote closes at 20:00 Moscow time.",
            [("20:00 Moscow time", "TIME", "2024-03-14T20:00")],
        ),
        ("In 2015 UTC was adopted.", [("2015", "DATE", "2015")]),
        ("The sale opened at 10.38am.", [("10.38am", "TIME", "2024-03-14T10:38")]),
        ("Talks resume at noon.", [("noon", "TIME", "2024-03-14T12:00")]),
        ("The curfew starts at midnight.", [("midnight", "TIME", "2024-03-14T24:00")]),
        (
            "The sale will open at 8am on Friday.",
            [("8am", "TIME", "2024-03-15T08:00"), ("Friday", "DATE", "2024-03-15")],
        ),
        # durations and sets
        ("The siege lasted for three hours.", [("three hours", "DURATION", "PT3H")]),
        ("Unions called a 24-hour strike.", [("24-hour", "DURATION", "PT24H")]),
        ("Bins are collected every two weeks.", [("every two weeks", "SET", "P2W")]),
        # an ordinal after "every" skips units: every second year is every two years
        ("She visits her aunt every second year.", [("every second year", "SET", "P2Y")]),
        ("The board meets twice a year.", [("twice a year", "SET", "P1Y")]),
        ("The shop opens six days a week.", [("six days a week", "SET", "P1W")]),
        ("Staff work three days per week.", [("three days per week", "SET", "P1W")]),
        (
            "He left three days a week ago.",
            [("three days", "DURATION", "P3D"), ("a week ago", "DATE", "2024-W10")],
        ),
        ("A vote could come in autumn next year.", [("autumn next year", "DATE", "2025-FA")]),
        (
            "The plant opened in the spring of last year.",
            [("the spring of last year", "DATE", "2023-SP")],
        ),
        ("She trains three times a day.", [("three times a day", "SET", "P1D")]),
        ("The report is published annually.", [("annually", "SET", "P1Y")]),
        ("Trains run daily.", [("daily", "SET", "P1D")]),
        ("The paper appears weekly.", [("weekly", "SET", "P1W")]),
        ("Figures are released quarterly.", [("quarterly", "SET", "P3M")]),
        ("The team meets fortnightly.", [("fortnightly", "SET", "P2W")]),
        ("The helpline is staffed 24/7.", [("24/7", "SET", "P1D")]),
        ("The court sits every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
        # dates inside names
        # TempEval-3 tags a year inside an event's name ("the 1996 Olympic Games")
        ("Paris hosted the 2024 Olympics.", [("2024", "DATE", "2024")]),
        # a season before "Olympics" or "Games" is the event's, not a time
        ("Skiers trained for the 2026 Winter Games.", [("2026", "DATE", "2026")]),
        # a date that names an event is still that date, as holidays are
        ("Security tightened after the 9/11 attacks.", [("9/11", "DATE", "2001-09-11")]),
        ("Theresa May resigned in May.", [("May", "DATE", "2023-05")]),
        # a year after "until at least" the tagger may take for a count
        (
            "She plans to remain chief of the Guild, a potentially stronger post, until at"
            " least 2029.",
            [("2029", "DATE", "2029")],
        ),
        # "May" before a day and a stop is the month, though it opens a sentence
        ("Key dates. May 19: The lab opens its doors.", [("May 19", "DATE", "2024-05-19")]),
        (
            "Mrs May will attend a May summit. Her May 2026 plan waits.",
            [("May", "DATE", "2024-05"), ("May 2026", "DATE", "2026-05")],
        ),
        # a range's two ends are times of their own; a lifespan is a range
        (
            "Kennedy (1917-1963) was president.",
            [("1917", "DATE", "1917"), ("1963", "DATE", "1963")],
        ),
        ("A drought struck from 2007-10.", [("2007", "DATE", "2007"), ("10", "DATE", "2010")]),
    ],
)
def test_times_present_day_forms(times_of, text, expected):
    """Present-day news forms, one group per comment, against a fixed publication date."""
    assert _typed(times_of(text, published=NOW)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said the deal was dead.",
        "The airline will lease six second hand jets.",
        "Thousands joined the march on Washington.",
        "A 12-year-old boy was hurt.",
        "Liverpool won 3-1 at Anfield.",
        "She won 6-4 6-3.",
        "Covid-19 cases rose sharply.",
        "G7 leaders agreed a statement.",
        "Brexit day passed quietly.",
        "Call the helpline on 0300 123 2020.",
        "The iPhone 15 costs £799.",
        "The Boeing 737 Max 9 was grounded.",
        "The number 10 bus was diverted.",
        "Cash became worthless overnight.",
        "Prices will not change overnight.",
        "It pays a quarterly dividend.",
        # a rate, as TempEval-3 leaves "20% annually" untagged
        "Sales are expected to rise 8.5% annually.",
    ],
)
def test_times_present_day_false_friends(times_of, text):
    assert times_of(text, published=NOW) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # TIMEX3 as TempEval-3 applied it: a calendar unit before or after publication
        ("Rents climbed sharply over the past year.", "2025-06-11", ("the past year", "2024")),
        (
            "Sales of the model slowed in the last month.",
            "2025-06-11",
            ("the last month", "2025-05"),
        ),
        (
            "The firm hired forty staff in the past week.",
            "2025-06-11",
            ("the past week", "2025-W23"),
        ),
        ("Fares may rise again over the next year.", "2025-06-11", ("the next year", "2026")),
        # told of in the past after a year, "the next year" is the one that followed
        (
            "They moved to Lyon in 2019 and sold the farm the next year.",
            "2025-06-11",
            ("the next year", "2020"),
        ),
    ],
)
def test_times_the_past_or_next_unit_is_a_calendar_unit(times_of, text, published, expected):
    times = times_of(text, published=published)
    assert _values(times)[-1] == expected
    assert times[-1].type == "DATE"


def test_times_the_past_unit_with_a_number_or_a_century_stays_a_duration(times_of):
    times = times_of("Output doubled over the past two years and fell over the past century.")
    assert [(t.text, t.type, t.value) for t in times] == [
        ("the past two years", "DURATION", "P2Y"),
        ("the past century", "DURATION", "P100Y"),
    ]
    times = times_of("She has coached the team for the last month.")
    assert [(t.text, t.type, t.value) for t in times] == [("the last month", "DURATION", "P1M")]
    assert times_of("He scored twice in the last month of the season.") == []


def test_times_a_hundred_years_keeps_its_article_and_modifier(times_of):
    times = times_of("The lighthouse has guided ships for almost a hundred years.")
    assert [(t.text, t.value, t.mod) for t in times] == [
        ("almost a hundred years", "P100Y", "LESS_THAN")
    ]


def test_times_the_last_half_of_a_year_is_its_second_half(times_of):
    times = times_of("Exports recovered in the last half of 2023.")
    assert _values(times) == [("the last half of 2023", "2023-H2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins will stay thin in the near term.", [("the near term", "FUTURE_REF")]),
        ("Rates could fall in the short term.", [("the short term", "FUTURE_REF")]),
        ("The short term of the lease suits the tenants.", []),
        ("The company repaid its short-term loans.", []),
    ],
)
def test_times_the_near_and_short_term_lie_ahead(times_of, text, expected):
    assert _values(times_of(text)) == expected


def test_times_an_ordinal_before_a_hyphenated_length_is_no_part_of_it(times_of):
    times = times_of(
        "It is the first 30-minute comedy on the channel, after the first nine months."
    )
    assert _values(times) == [("30-minute", "PT30M"), ("the first nine months", "P9M")]


def test_times_a_date_the_tagger_ran_into_a_name_is_still_a_date(times_of):
    times = times_of("Sailors reached the Black Sea March 17, to join the drills.")
    assert _values(times) == [("March 17", "2024-03-17")]


# --- present-day news forms --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "fall" is a season only where a time word introduces it
        ("Cheaper fuel drove the fall in inflation.", PUBLISHED, []),
        ("The council will vote in the fall.", PUBLISHED, [("the fall", "DATE", "2025-FA")]),
        # "the future of" a thing is its prospects, no time
        ("Investors worry about the future of the mill.", PUBLISHED, []),
        (
            "Rules may change in the future.",
            PUBLISHED,
            [("the future", "DATE", "FUTURE_REF")],
        ),
        # "the past", "the present" and "the future" as adjectives are no times
        ("She led the party for the past three terms.", PUBLISHED, []),
        ("The present case concerns water rights.", PUBLISHED, []),
        ("Shops stayed shut during this period of unrest.", PUBLISHED, []),
        # a year told of before
        (
            "The mill opened in 1998 and shut its old plant that same year.",
            PUBLISHED,
            [("1998", "DATE", "1998"), ("that same year", "DATE", "1998")],
        ),
        (
            "Prices have doubled since 2015, the year the treaty was signed.",
            PUBLISHED,
            [("2015", "DATE", "2015"), ("the year", "DATE", "2015")],
        ),
        (
            "The bridge was rebuilt in 1841, the year of the great flood.",
            PUBLISHED,
            [("1841", "DATE", "1841"), ("the year", "DATE", "1841")],
        ),
        (
            "Exports in 1994 beat the same period the year before, while over the same period"
            " imports fell.",
            PUBLISHED,
            [
                ("1994", "DATE", "1994"),
                ("the same period", "DATE", "1994"),
                ("the year before", "DATE", "1993"),
                ("the same period", "DATE", "1994"),
            ],
        ),
        (
            "A poor harvest in 1987 made the year a hard one for farmers.",
            PUBLISHED,
            [("1987", "DATE", "1987"), ("the year", "DATE", "1987")],
        ),
        (
            "He lost his job in the year after the merger.",
            PUBLISHED,
            [("the year", "DURATION", "P1Y")],
        ),
        (
            "In the decade since, the old pier has slowly rusted.",
            PUBLISHED,
            [("the decade", "DURATION", "P10Y")],
        ),
        (
            "The arena opened on May 7, 1959. He had been hurt the year before in a crash.",
            PUBLISHED,
            [("May 7, 1959", "DATE", "1959-05-07"), ("the year before", "DATE", "1958")],
        ),
        ("Fares depend on the day of the week you fly.", PUBLISHED, []),
        # weekends, seasons and weeks around publication
        (
            "Police made arrests after clashes over the weekend.",
            "2025-01-26",
            [("the weekend", "DATE", "2025-W04-WE")],
        ),
        (
            "The minister hopes the bill passes this summer.",
            PUBLISHED,
            [("this summer", "DATE", "2025-SU")],
        ),
        (
            "This winter, volunteers cleared the trails.",
            "2025-04-10",
            [("This winter", "DATE", "2024-WI")],
        ),
        ("Sales fell this past April.", PUBLISHED, [("this past April", "DATE", "2024-04")]),
        (
            "His contract ends this coming November.",
            PUBLISHED,
            [("this coming November", "DATE", "2025-11")],
        ),
        (
            "The drills run until Wednesday next week.",
            PUBLISHED,
            [("Wednesday next week", "DATE", "2025-01-29")],
        ),
        (
            "The ferry was damaged on Friday last week.",
            PUBLISHED,
            [("Friday last week", "DATE", "2025-01-17")],
        ),
        # any such day, and a day told of
        (
            "Try to book a flight on a Tuesday or Wednesday.",
            PUBLISHED,
            [("Tuesday", "DATE", "XXXX-WXX-2"), ("Wednesday", "DATE", "XXXX-WXX-3")],
        ),
        (
            "About 300 people attended a Sunday night vigil.",
            PUBLISHED,
            [("Sunday night", "TIME", "2025-01-19TNI")],
        ),
        (
            "I will never forget that Saturday evening.",
            PUBLISHED,
            [("Saturday evening", "TIME", "XXXX-WXX-6TEV")],
        ),
        # clock times and parts of a day take the day written after them
        (
            "At 2:40 a.m. on March 3, 2024, a fire broke out.",
            PUBLISHED,
            [("2:40 a.m.", "TIME", "2024-03-03T02:40"), ("March 3, 2024", "DATE", "2024-03-03")],
        ),
        (
            "The flight left late on Monday and landed just after midnight.",
            PUBLISHED,
            [("Monday", "DATE", "2025-01-20"), ("midnight", "TIME", "2025-01-20T24:00")],
        ),
        (
            "They were called in after five o’clock.",
            PUBLISHED,
            [("five o’clock", "TIME", "2025-01-22T05:00")],
        ),
        ("The market opens at 16hrs.", PUBLISHED, [("16hrs", "TIME", "2025-01-22T16:00")]),
        ("The shop offers 24hrs service.", PUBLISHED, []),
        (
            "Sirens sounded through the night.",
            PUBLISHED,
            [("the night", "TIME", "2025-01-22TNI")],
        ),
        ("Tapes from the night the plane went down were released.", PUBLISHED, []),
        # "the early hours of" a day is that day, at its start (mod START), as TimeBank
        # marks it
        (
            "The jet crashed in the early hours of Sunday.",
            PUBLISHED,
            [("Sunday", "DATE", "2025-01-19")],
        ),
        (
            "The fire began in the early hours of Sunday morning.",
            PUBLISHED,
            [("Sunday morning", "TIME", "2025-01-19TMO")],
        ),
        (
            "They talked into the early hours.",
            PUBLISHED,
            [("the early hours", "TIME", "2025-01-22TMO")],
        ),
        # ranges with the year written once
        (
            "The games ran July 28-Aug. 12, 1984.",
            PUBLISHED,
            [("July 28", "DATE", "1984-07-28"), ("Aug. 12, 1984", "DATE", "1984-08-12")],
        ),
        (
            "The fair ran April 7-8, 1979.",
            PUBLISHED,
            [("April 7", "DATE", "1979-04-07"), ("8, 1979", "DATE", "1979-04-08")],
        ),
        (
            "The crusade lasted from August 15th to September 8th, 1963.",
            PUBLISHED,
            [("August 15th", "DATE", "1963-08-15"), ("September 8th, 1963", "DATE", "1963-09-08")],
        ),
        # day first: the first day is a date of the same month
        (
            "The show ran on 4-9 October 1971.",
            PUBLISHED,
            [("4", "DATE", "1971-10-04"), ("9 October 1971", "DATE", "1971-10-09")],
        ),
        (
            "Trials run from 12-19 April in Oslo.",
            None,
            [("12", "DATE", "XXXX-04-12"), ("19 April", "DATE", "XXXX-04-19")],
        ),
        # relative to a time told of
        (
            "She had worn the dress years earlier in Paris.",
            PUBLISHED,
            [("years earlier", "DATE", "PAST_REF")],
        ),
        (
            "The firm moved in 2010. A couple of years previously, it had been sold.",
            PUBLISHED,
            [("2010", "DATE", "2010"), ("A couple of years previously", "DATE", "2008")],
        ),
        (
            "He was arrested in November 1986. A week later, she escaped.",
            PUBLISHED,
            [("November 1986", "DATE", "1986-11"), ("A week later", "DATE", "1986-WXX")],
        ),
        (
            "The union filed a complaint, and a few days later it was dismissed.",
            PUBLISHED,
            [("a few days later", "DATE", "PAST_REF")],
        ),
        # no day told of before, but a month or a year: a day in it, unknown which
        (
            "One afternoon last April the site was empty. The launch came the next morning.",
            PUBLISHED,
            [("last April", "DATE", "2024-04"), ("the next morning", "TIME", "2024-04-XXTMO")],
        ),
        (
            "The plant opened in 2019. The next day, workers went on strike.",
            PUBLISHED,
            [("2019", "DATE", "2019"), ("The next day", "DATE", "2019-XX-XX")],
        ),
        (
            "On a winter day in the late 1980s, the mill burned. The next day, the owners left.",
            PUBLISHED,
            [("the late 1980s", "DATE", "198"), ("The next day", "DATE", "198X-XX-XX")],
        ),
        (
            "The shop opened in 2011. The next day it was robbed during the night.",
            PUBLISHED,
            [
                ("2011", "DATE", "2011"),
                ("The next day", "DATE", "2011-XX-XX"),
                ("the night", "TIME", "2011-XX-XXTNI"),
            ],
        ),
        # a decade told of is what years later count from, not a year named before it
        (
            "The war ended in 1945. In the 1990s the army shrank. Two years later it grew.",
            PUBLISHED,
            [
                ("1945", "DATE", "1945"),
                ("the 1990s", "DATE", "199"),
                ("Two years later", "DATE", "XXXX"),
            ],
        ),
        (
            "In the 1960s the town grew. A decade later it shrank.",
            PUBLISHED,
            [("the 1960s", "DATE", "196"), ("A decade later", "DATE", "197")],
        ),
        # lengths, counts and rates
        (
            "After two-and-a-half years of talks, they agreed.",
            PUBLISHED,
            [("two-and-a-half years", "DURATION", "P2Y6M")],
        ),
        (
            "The target was met five years ahead of schedule.",
            PUBLISHED,
            [("five years", "DURATION", "P5Y")],
        ),
        ("The city will house a quarter million people.", PUBLISHED, []),
        (
            "He won her trust over several months.",
            PUBLISHED,
            [("several months", "DURATION", "PXM")],
        ),
        ("The heater costs 15p an hour to run.", PUBLISHED, []),
        ("She cooks three meals a day.", PUBLISHED, [("a day", "SET", "P1D")]),
        (
            "The ferry carries two million cheerful tourists a year.",
            PUBLISHED,
            [("a year", "SET", "P1Y")],
        ),
        ("About 900 people a month apply for the grant.", PUBLISHED, [("a month", "SET", "P1M")]),
        # a length in a shorter unit spent on a thing before "a week": how much in each
        (
            "Pupils should get three hours of swimming lessons a week.",
            PUBLISHED,
            [("three hours", "DURATION", "PT3H"), ("a week", "SET", "P1W")],
        ),
        (
            "She spent three hours in the lab in a week.",
            PUBLISHED,
            [("three hours", "DURATION", "PT3H"), ("a week", "DURATION", "P1W")],
        ),
        ("The court unsealed about 2000 pages of records.", PUBLISHED, []),
        ("The tasting is at 1775 Lakeshore Rd. in Penticton.", PUBLISHED, []),
        ("The temperature climbed into the sixties.", PUBLISHED, []),
        # a march or a holiday's thing named after a time word
        ("After the success of the Women's March, scientists will march.", PUBLISHED, []),
        ("The upcoming March for Science is a sign of the times.", PUBLISHED, []),
        ("The attack on a Berlin Christmas market killed 12 people.", PUBLISHED, []),
        # a season before a noun names a kind, not a time ("the summer months" is one)
        ("Farmers fought the Fall armyworm throughout the region.", PUBLISHED, []),
        ("Clubs must deal before the winter transfer window shuts.", PUBLISHED, []),
        ("Swollen by spring snow melts, the river rose.", PUBLISHED, []),
        # "later" with no earlier time told of is later than an unknown time
        (
            "Yet over 70 years later, some still deny it happened.",
            PUBLISHED,
            [("over 70 years later", "DATE", "XXXX")],
        ),
        # years and words the tagger takes for something else
        ("A 2014 study found small gains.", PUBLISHED, [("2014", "DATE", "2014")]),
        ("The app says that night maps will cost extra.", PUBLISHED, []),
        ("More from NBC’s TODAY: the hearing is set.", PUBLISHED, []),
        (
            "Leaders promised a better tomorrow.",
            PUBLISHED,
            [("tomorrow", "DATE", "FUTURE_REF")],
        ),
        (
            "Six more branches will join the walkout tomorrow.",
            "2025-01-22",
            [("tomorrow", "DATE", "2025-01-23")],
        ),
        # a clock time in another zone in brackets is no year; an adjective's length
        # leaves the article to its noun
        (
            "The convoy left at 2pm (1100 GMT) on Monday.",
            "2025-01-22",
            [("2pm", "TIME", "2025-01-20T14:00"), ("Monday", "DATE", "2025-01-20")],
        ),
        (
            "Flights were grounded after the 11 September storms.",
            "2005-02-16",
            [("11 September", "DATE", "2004-09-11")],
        ),
        ("Apart from a few second serves, she played well.", "2005-02-16", []),
        (
            "It cited the 1954 Supreme Court ruling on schools.",
            "2025-01-22",
            [("1954", "DATE", "1954")],
        ),
        (
            "Nurses called off the four months-long strike.",
            "2025-01-22",
            [("four months-long", "DURATION", "P4M")],
        ),
        ("I told a friend the other day.", PUBLISHED, [("the other day", "DATE", "PAST_REF")]),
        (
            "Emissions should fall 40 per cent by the end of the decade.",
            PUBLISHED,
            [("the end of the decade", "DATE", "202")],
        ),
        (
            "He attacked the late February tariffs ruling.",
            "2025-03-10",
            [("late February", "DATE", "2025-02")],
        ),
        # one date, one reading: the tense of another mention decides an untensed one
        (
            "He planned the Oct. 7 attacks. He has not been seen since Oct. 7.",
            "2024-08-08",
            [("Oct. 7", "DATE", "2023-10-07"), ("Oct. 7", "DATE", "2023-10-07")],
        ),
        (
            "Ministers will meet in Bonn on February 16-17.",
            "2017-02-07",
            [("February 16", "DATE", "2017-02-16"), ("17", "DATE", "2017-02-17")],
        ),
        (
            "She spoke of it as early as Sunday, Jan. 29.",
            "2017-02-07",
            [("Sunday, Jan. 29", "DATE", "2017-01-29")],
        ),
        (
            "Nobody bought lettuce in the middle of the winter.",
            "2017-02-07",
            [("the middle of the winter", "DATE", "2016-WI")],
        ),
        (
            "This year's fair takes place on January 30th in Lisbon.",
            "2025-01-31",
            [("This year", "DATE", "2025"), ("January 30th", "DATE", "2025-01-30")],
        ),
        # saints' days
        (
            "Pipers lead the parade on St. Patrick's Day.",
            "2025-03-10",
            [("St. Patrick's Day", "DATE", "2025-03-17")],
        ),
        # a range written day first with "to" is two dates
        (
            "The show runs from 6 to 9 March in Leeds.",
            PUBLISHED,
            [("6", "DATE", "2025-03-06"), ("9 March", "DATE", "2025-03-09")],
        ),
        (
            "Smaller works will go under the hammer on 22 and 23 June.",
            PUBLISHED,
            [("22", "DATE", "2025-06-22"), ("23 June", "DATE", "2025-06-23")],
        ),
        # two months take the year written once after the second
        (
            "She wrote to the council between June and August 2019.",
            PUBLISHED,
            [("June", "DATE", "2019-06"), ("August 2019", "DATE", "2019-08")],
        ),
        (
            "Rents climbed from March to May 2021.",
            PUBLISHED,
            [("March", "DATE", "2021-03"), ("May 2021", "DATE", "2021-05")],
        ),
        # or "next year", "this year" or "last year" after the second
        (
            "Pass holders can ride between August and December next year.",
            "2017-03-27",
            [("August", "DATE", "2018-08"), ("December next year", "DATE", "2018-12")],
        ),
        # a quarter named by its months
        (
            "Exports slowed in the July-to-September quarter.",
            "2017-02-10",
            [("the July-to-September quarter", "DATE", "2016-Q3")],
        ),
        # a numbered quarter takes a year written after it without "of"
        (
            "Margins narrowed in the second quarter 2023.",
            PUBLISHED,
            [("the second quarter 2023", "DATE", "2023-Q2")],
        ),
        (
            "Its third-quarter 2022 report shows the loss.",
            PUBLISHED,
            [("third-quarter 2022", "DATE", "2022-Q3")],
        ),
        # a plan told in the simple past may lie behind publication: the nearer reading
        (
            "The envoy was scheduled to visit on Tuesday, but the trip was put off.",
            "2025-01-23",
            [("Tuesday", "DATE", "2025-01-21")],
        ),
        (
            "The launch was originally scheduled for the middle of December.",
            PUBLISHED,
            [("the middle of December", "DATE", "2024-12")],
        ),
        ("The vote is scheduled for Tuesday.", "2025-01-23", [("Tuesday", "DATE", "2025-01-28")]),
        ("The vote was scheduled for Monday.", "2025-01-24", [("Monday", "DATE", "2025-01-27")]),
        # a number of units later counts from the time told of before, not publication
        (
            "Ministers meet in Oslo next week and again in Rome a week later.",
            PUBLISHED,
            [("next week", "DATE", "2025-W05"), ("a week later", "DATE", "2025-W06")],
        ),
        (
            "The plant closed in 2016. Nine months later, it reopened.",
            PUBLISHED,
            [("2016", "DATE", "2016"), ("Nine months later", "DATE", "XXXX-XX")],
        ),
        # "the same period" with no quarter named is the year told of, not a quarter
        (
            "Output fell in 2019. Exports held up over the same period.",
            PUBLISHED,
            [("2019", "DATE", "2019"), ("the same period", "DATE", "2019")],
        ),
        (
            "Sales rose in the three months to June. In the same period last year they fell.",
            "2025-08-01",
            [
                ("the three months", "DURATION", "P3M"),
                ("June", "DATE", "2025-06"),
                ("the same period", "DATE", "2025-Q2"),
                ("last year", "DATE", "2024"),
            ],
        ),
        (
            "Sales grew between 2010 and 2015 while costs rose in the same period.",
            PUBLISHED,
            [
                ("2010", "DATE", "2010"),
                ("2015", "DATE", "2015"),
                ("the same period", "DATE", "XXXX"),
            ],
        ),
        # "the month of" a month names the month, not a month's length
        (
            "Fares stay frozen through the month of February.",
            PUBLISHED,
            [("the month of February", "DATE", "2025-02")],
        ),
        # a caption's present: a day just behind publication is that day, not next year's
        (
            "Workers paint the pier railings in Brighton on March 9.",
            "2025-03-11",
            [("March 9", "DATE", "2025-03-09")],
        ),
        ("The fair opens on March 1.", "2025-03-11", [("March 1", "DATE", "2026-03-01")]),
        # a noun before a bare plural unit names a kind of hours, no length of time
        ("The library posted new opening and closing hours.", PUBLISHED, []),
        ("Buses crawl through the centre during rush hours.", PUBLISHED, []),
        ("The dam produced 900 gigawatt hours of power.", PUBLISHED, []),
        (
            "He was seen at the border crossing days after the raid.",
            PUBLISHED,
            [("days", "DURATION", "PXD")],
        ),
        (
            "The visitors pressed hard in the closing minutes.",
            PUBLISHED,
            [("minutes", "DURATION", "PTXM")],
        ),
    ],
)
def test_times_present_day_news_forms(times_of, text, published, expected):
    found = [(t.text, t.type, t.value) for t in times_of(text, published=published)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visitors led 2-0 in the first half but lost the match.", []),
        ("The striker was booked early in the second half.", []),
        ("The Lions trailed 21-14 in the fourth quarter after a touchdown.", []),
        # the game told of in the sentence before or after, or named after "of"
        ("Rossi hit the post twice in the second half. The hosts won 2-0 with a late goal.", []),
        ("Nobody spoke in the first half of the meeting.", []),
        # a player sent on: a replacement or a substitute
        ("The prop was a second-half replacement in the 31-17 loss.", []),
        (
            "Okafor came on as a first-half substitute. Moreau was another substitute.",
            [],
        ),
        # the article tells of the game elsewhere: half-time, a free-kick, a striker
        (
            "The referee booked two players before half-time.\n\n"
            "The second half could not match the pace of the opening period.",
            [],
        ),
        (
            "Their coach spoke at half-time.\n\nThe hosts added three second-half tries.",
            [],
        ),
        # or names one player's place, and goals or a score elsewhere
        (
            "The goalkeeper was beaten twice before the break.\n\n"
            "His two goals and sharp scoring lifted the side, and a third goal came late."
            '\n\n"In the first half he ran the show," the coach said.',
            [],
        ),
        (
            "The scrum-half was rested after the 21-13 defeat in the cup match.\n\n"
            "He hurt a knee in the first half against the visitors on Saturday.",
            [("Saturday", "2025-11-08")],
        ),
        (
            "The engine was invented in the second half of the 19th century.",
            [("the 19th century", "18")],
        ),
        # a half before a short unit is half of that unit
        ("The first half hour of the walk is uphill.", []),
        # a half of a fiscal year is a time
        (
            "It lost money in the first half of the current fiscal year.",
            [("the first half", "2025-H1"), ("the current fiscal year", "2025")],
        ),
        # a business half or quarter stays, a goal and a percentage range notwithstanding
        ("Profits rose in the first half.", [("the first half", "2025-H1")]),
        ("Sales rose 3-4% in the second half.", [("the second half", "2025-H2")]),
        ("The board named a replacement in the first half.", [("the first half", "2025-H1")]),
        ("The firm met its sales goal in the fourth quarter.", [("the fourth quarter", "2025-Q4")]),
        # one word of a game and a vote's count tell of a labour dispute
        (
            "The strikers voted 12-3 to go back.\n\nOutput fell in the first half.",
            [("the first half", "2025-H1")],
        ),
    ],
)
def test_times_a_half_or_quarter_of_a_game_is_no_time(times_of, text, expected):
    assert _values(times_of(text, published="2025-11-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one day" is some day, not a day's length, before its verb or after one of no
        # length; a day told of ("on a day when") is no length either
        ("Doctors hope the drug could one day be sold.", [("one day", "DATE", "FUTURE_REF")]),
        ("The young chef hopes to one day run a bistro.", [("one day", "DATE", "FUTURE_REF")]),
        (
            "One day in spring, the farmer sold his goats.",
            [("One day", "DATE", "PAST_REF"), ("spring", "DATE", "2024-SP")],
        ),
        ("The walkout lasted one day.", [("one day", "DURATION", "P1D")]),
        ("He came home one day after the vote.", [("one day", "DURATION", "P1D")]),
        ("He spoke on a day when markets fell.", []),
        ("In a day full of ceremony, she took office.", []),
    ],
)
def test_times_one_day_is_some_day_unless_a_length(times_of, text, expected):
    assert [(t.text, t.type, t.value) for t in times_of(text)] == expected


def test_times_early_hours_of_a_day_mark_its_start(times_of):
    (sunday,) = times_of("The jet crashed in the early hours of Sunday.")
    assert (sunday.text, sunday.mod) == ("Sunday", "START")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She waged a decades-long fight with the mill.", [("decades-long", "PXY")]),
        ("The town endured a months-long siege.", [("months-long", "PXM")]),
        ("Union leaders called a day-long stoppage.", [("day-long", "P1D")]),
    ],
)
def test_times_long_adjective_leaves_its_article_to_the_noun(times_of, text, expected):
    assert _values(times_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill shut on 4 March last year.", [("4 March last year", "2024-03-04")]),
        ("The ferry sank on June 9 last year.", [("June 9 last year", "2024-06-09")]),
        ("The count ends on 2 May next year.", [("2 May next year", "2026-05-02")]),
    ],
)
def test_times_day_and_month_with_a_relative_year(times_of, text, expected):
    assert _values(times_of(text)) == expected


def test_times_weekday_set_after_a_date_is_that_date(times_of):
    text = "She was admitted on 11 April 2016, a Monday, with a fever."
    assert _values(times_of(text)) == [("11 April 2016", "2016-04-11"), ("Monday", "2016-04-11")]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 4% last year, the director said at a briefing on Jan 15.",
        # the day figures or a report were put out
        "Sales rose 4% last year, according to figures released on Jan 15.",
    ],
)
def test_times_day_of_saying_takes_no_year_from_last_year(times_of, text):
    assert _values(times_of(text)) == [("last year", "2024"), ("Jan 15", "2025-01-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output grew again after two quarters of contraction.", [("two quarters", "P6M")]),
        ("Three quarters of the shops stayed shut.", []),
        ("A quarter of web shoppers pay by phone.", []),
    ],
)
def test_times_quarters_of_a_bare_noun_are_a_duration(times_of, text, expected):
    assert _values(times_of(text)) == expected
