"""The times stage's spans, false friends, types, values, modifiers and context rules."""

from __future__ import annotations

import pytest

from tests.times_checks import PUBLISHED
from tests.times_checks import values as _values

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
        # and so does one between a day and its month's name
        ("The new ferry runs from 9-June to the islands.", "9-June"),
        ("The pier closed on 17-October, the council said.", "17-October"),
        # and after a month's name before a lower-case word, with its day or alone
        ("Ferries stopped after the November-storm damage at the pier.", "November"),
        ("The council had 8 June-marked down as the day for the vote.", "8 June"),
        # and after a month's year before a lower-case word
        ("A March 2021-survey by Kelso College found most agreed.", "March 2021"),
        # and for the space after the comma before a day's year
        ("The lighthouse was lit on March 12,-1931, by the mayor.", "March 12,-1931"),
        # but not the end of a range after a month's name: the day is that month's
        ("The show ran from August 28-October in the old mill.", "August"),
        # a hyphen before "that", "under" or "after" after a time stands for a space
        ("The fee was paid in 2012-under the old rules.", "2012"),
        # and before a verb of saying or a preposition of place
        ("A review written in 2009-said the bridge was sound.", "2009"),
        ("Fishers rallied on Tuesday-outside the harbour office.", "Tuesday"),
        # but a range written as one word is not split
        ("Sales fell over the April-to-June stretch and rose on Monday.", "Monday"),
        ("The March-and-April figures fell and the mayor quit on Monday.", "Monday"),
        ("By-1968, she had opened a studio.", "1968"),
        # a hyphen before a space is a dash
        ("The ferry sank on 9 May 1962- Nobody was rescued.", "9 May 1962"),
        # and so are two before anything but a number
        ("The poet died on May 3, 1990--just after her last book.", "May 3, 1990"),
        # "following" without "the" is a preposition
        ("A deal came following nine days of talks.", "nine days"),
        ("Prices froze for the following nine days.", "the following nine days"),
        # "final" or "first" before a length counted back by "ago" is a noun
        ("The striker who scored in the cup final three years ago coaches.", "three years ago"),
        # a day after a month's name with a part of the day after it is no length
        ("Shops stayed open on Nov 9 night for the sale.", "Nov 9"),
        # a count after a month, its comma lost: no day
        ("In October 14 workers lost their jobs at the mill.", "October"),
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
        # "current" as a noun is a flow, no time
        "The swimmers struggled against the current.",
        "An electric current ran through the fence.",
        # "May" the person: after a name or a title, or before a verb a month cannot do
        "The pact holds until Mrs May signs the letter.",
        "Ministers agreed and May wrote to the council about the plan.",
        "Talks stalled and May told the cabinet to wait.",
        "Nothing changes until May issues the notice.",
        # where the article names Mrs May, a "May" that nothing makes a month is hers
        "Mrs May flew home. May's aides say the talks went well.",
        "Mrs May met the envoy. The offer is fair, May has argued.",
        # and after a preposition, joined to a person or spoken for
        "Mrs May met the envoy. Before the talks between May and Rutte, aides met.",
        "Mrs May met the envoy. A spokesman for May said the offer was fair.",
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
        # a share of a number: "a quarter of one percent"
        "The bank lifted its rate by a quarter of one percent.",
        # "called it a day" stopped, no day
        "After ten seasons the coach called it a day.",
        # a four-digit number before more digit groups opens a phone number
        "Witnesses can ring the tip line on 1800 414 212 at any hour.",
        # "the minutes" of a meeting are its record
        "Minutes of the board meeting showed worry about prices.",
        "The release of the minutes so soon after the vote surprised traders.",
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
        # hundreds scored in cricket, no length of centuries
        "The opener retired with 8,412 runs and 24 centuries to his name.",
        "Over her career she scored 17 centuries for the county.",
        # quarters given or put in are coins
        "Tomas handed the busker two quarters and walked on.",
        # a number a noun names
        "The envoy cited UN resolution 1559 and flight 1420 in his speech.",
        # a race time in minutes, seconds and hundredths
        "She won the heat in 1:48.32 and the final in 1:47.90.",
        # a capitalized "Today" or "Now" that ends a name
        "She argued the point in a USA Today column.",
        "The carrier sells WatchBox Now to its customers.",
        # a capitalized "Century" that opens a name
        "Funds from the 21st Century Renewal Act paid for the clinic.",
        "She sold the script to 20th Century Fox after a bidding war.",
        # a day of the month with no year that names a movement or an uprising
        "Leaders of the March 9 movement spoke to the crowd.",
        "Veterans of the June 3 revolution still meet in the square.",
        # a model of a series whose other names no quarter can have
        "The carmaker builds the Q8 and the Q5 at home and the Q3 abroad.",
        # a holiday's name before a thing named for it
        "She packed a Christmas hamper for her neighbour.",
        "Viewers loved the Christmas specials.",
        "Shoppers in Dunmere bought Easter gifts and Christmas presents online.",
        # a quarter-century with no article tells of no length
        "Joblessness stayed near its quarter-century low.",
        # "March of" a name is a march's name
        "Thousands joined the March of the Lanterns through the old town.",
        "She walked in the March of the Penguins rally.",
        # a number before 1900 that opens a longer date of the tagger's: a phone number
        "Ring the helpline on 1800 424242 for advice.",
        # "the year round" is every year
        "The hostel in Varnholm stays open all the year round.",
        # a long-gone time, no length of days
        "Older fans still talk of the good old days at the club.",
        # a point in a recording, no hour of a day
        "The goalkeeper's save comes at 3:47 in the video above.",
        "The mayor's answer comes at the 12:05 mark of the interview.",
        # a weekday after a given name is a surname
        '"We trained hard," said netball coach Carl Friday.',
        # a race time in hours, minutes and seconds, no hour of a day
        "Tova Lind won the marathon in 2:21:37, a course record.",
        # a yearly event named after its month is no time of this year
        "Karla Venn filled in her March Madness bracket with the office.",
        # a weekend before a noun tells when the thing happened, no length
        "The toll from a weekend warehouse fire in Dunmore has risen to six.",
    ],
)
def test_times_no_false_friends(times_of, text):
    assert times_of(text) == []


# --- types, values and modifiers ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war lasted three years.", ("three years", "DURATION", "P3Y", None)),
        # "a weekend" heading its own phrase is a length
        ("They spent a weekend in Corlen.", ("a weekend", "DURATION", "P1WE", None)),
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
        # "and half" with no "a": "two-and-half years"
        (
            "Two-and-half years on, the bridge is still shut.",
            ("Two-and-half years", "DURATION", "P2Y6M", None),
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
        # a hyphen for the space after the comma before a day's year: that year
        ("The mill burned on May 2,-1987.", ("May 2,-1987", "DATE", "1987-05-02", None)),
        # and one for the space between a day and its month
        ("The ferry will sail from 9-June.", ("9-June", "DATE", "2025-06-09", None)),
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
        "He would have left if the Sheffield Wednesday manager had agreed.",
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
        # a weekday right after a past verb the parse took for the day's modifier
        (
            "Aides will staff the new Office of Rural Broadband, which Trump unveiled Monday.",
            "2025-01-22",
            [("Monday", "2025-01-20")],
        ),
    ],
)
def test_times_context_rules(times_of, text, published, expected):
    assert _values(times_of(text, published=published)) == expected
