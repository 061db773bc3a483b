"""The times stage on forms of present-day news, and the false friends it writes."""

from __future__ import annotations

import pytest

from tests.times_checks import values as _values

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
        (
            "The side won three times over the past fortnight.",
            [("the past fortnight", "DURATION", "P2W")],
        ),
        ("It rained in the past 24 hours.", [("the past 24 hours", "DURATION", "PT24H")]),
        ("Troops must leave within 48 hours.", [("48 hours", "DURATION", "PT48H")]),
        ("The bill is debated this week.", [("this week", "DATE", "2024-W11")]),
        ("The match is next weekend.", [("next weekend", "DATE", "2024-W12-WE")]),
        ("Protesters gathered at the weekend.", [("the weekend", "DATE", "2024-W10-WE")]),
        ("Drones struck Kyiv overnight.", [("overnight", "TIME", "2024-03-13TNI")]),
        (
            "Rockets hit the port overnight Monday into Tuesday.",
            [
                ("overnight", "TIME", "2024-03-11TNI"),
                ("Monday", "DATE", "2024-03-11"),
                ("Tuesday", "DATE", "2024-03-12"),
            ],
        ),
        ("The fire started on Monday night.", [("Monday night", "TIME", "2024-03-11TNI")]),
        ("He was arrested on Monday morning.", [("Monday morning", "TIME", "2024-03-11TMO")]),
        ("The vote takes place tonight.", [("tonight", "TIME", "2024-03-14TNI")]),
        ("She will speak this evening.", [("this evening", "TIME", "2024-03-14TEV")]),
        ("He died yesterday afternoon.", [("yesterday afternoon", "TIME", "2024-03-13TAF")]),
        ("The bill passed last Tuesday.", [("last Tuesday", "DATE", "2024-03-12")]),
        # the month just gone is "last month": "last February" in March is a year back
        ("Prices were lower last February.", [("last February", "DATE", "2023-02")]),
        ("The shop opened last January.", [("last January", "DATE", "2024-01")]),
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
        # with no day told of before, hours later are on a day the text does not give
        (
            "The court fined Harlan Voss for a decade of fraud. Twelve hours later, he fled.",
            [("a decade", "DURATION", "P10Y"), ("Twelve hours later", "DATE", "XXXX-XX-XX")],
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
        # minutes or hours with no number from a day told of: that day
        (
            "The strike began on 5 March. Minutes earlier, the lights failed.",
            [("5 March", "DATE", "2024-03-05"), ("Minutes earlier", "DATE", "2024-03-05")],
        ),
        (
            "The ferry sank on 5 March. A few hours later, divers reached it.",
            [("5 March", "DATE", "2024-03-05"), ("A few hours later", "DATE", "2024-03-05")],
        ),
        # "that week" or "that day" in a month or a year named right after it is in them
        (
            "Divers still recall that week in February 2011 when four trawlers sank.",
            [("that week", "DATE", "2011-WXX"), ("February 2011", "DATE", "2011-02")],
        ),
        (
            "The mayor spoke on Monday. They married that day in June 2002.",
            [
                ("Monday", "DATE", "2024-03-11"),
                ("that day", "DATE", "2002-06-XX"),
                ("June 2002", "DATE", "2002-06"),
            ],
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
        # a year the tagger ran into a place's name after "in" is still the time
        ("Wages stalled in the Republic in 2018.", [("2018", "DATE", "2018")]),
        # so is a year the tagger ran into the count after it
        (
            "Surveys show that in 2019 64% of all parcels came late.",
            [("2019", "DATE", "2019")],
        ),
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
        # "overnight" on the noun right after it is a kind of stay, even tagged an adverb
        "Overnight stays by tourists climbed to a record.",
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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the new year" opens nearest the writing: ahead late in a year, begun early in one
        ("Bus fares will rise in the new year.", "2025-11-18", [("the new year", "2026")]),
        ("Frost lingered into the New Year.", "2025-01-09", [("the New Year", "2025")]),
        ("Sales have slowed since the new year.", "2025-11-18", [("the new year", "2025")]),
        ("Bus fares will rise in the new year.", None, [("the new year", "XXXX")]),
        # the lunar one, and the holiday's address, are no year
        ("Lanterns lit the streets for the Lunar New Year.", "2025-11-18", []),
        ("The mayor gave the New Year's address.", "2025-11-18", []),
    ],
)
def test_times_the_new_year_is_the_year_opening_nearest(times_of, text, published, expected):
    assert _values(times_of(text, published=published)) == expected


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
        # a rugby report: a flanker and a line-out
        (
            "Their flanker stole a line-out late on.\n\n"
            "We spent much of the first half in our own 22.",
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
        ("Kilns were fired until April 3 of this year.", [("April 3 of this year", "2025-04-03")]),
        ("Her lease ends on 9 August of next year.", [("9 August of next year", "2026-08-09")]),
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
