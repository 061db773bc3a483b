"""The times stage on a table of present-day news forms and their TIMEX3 values."""

from __future__ import annotations

import pytest

from tests.times_checks import PUBLISHED

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
        # past a day told from the day of writing
        (
            "In 2006 the mill lost money, papers filed on Monday night show. It shed staff"
            " that year.",
            PUBLISHED,
            [
                ("2006", "DATE", "2006"),
                ("Monday night", "TIME", "2025-01-20TNI"),
                ("that year", "DATE", "2006"),
            ],
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
        # a day said to have been the day for something, in reported speech, is the
        # nearest one: the past may be the speaker's present
        (
            "Nils Orvik said although the anger was fair, St Patrick's Day was hardly the"
            " day to march.",
            PUBLISHED,
            [("St Patrick's Day", "DATE", "2025-03-17")],
        ),
        (
            "The mayor said Friday was the deadline for bids.",
            PUBLISHED,
            [("Friday", "DATE", "2025-01-24")],
        ),
        ("The mayor said Friday was chaotic.", PUBLISHED, [("Friday", "DATE", "2025-01-17")]),
        # the one before an event the text does not date is a time, which hides no year
        # told of before it
        (
            "Tarvik voted in 2019. In the week before the vote, Mara Lind was attacked."
            " In the same year, rents rose.",
            PUBLISHED,
            [
                ("2019", "DATE", "2019"),
                ("the week", "DATE", "XXXX-WXX"),
                ("the same year", "DATE", "2019"),
            ],
        ),
        (
            "He paid less the year before he ran for mayor.",
            PUBLISHED,
            [("the year", "DATE", "XXXX")],
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
        # "the winter" with no tense to go by, in spring, is the one just gone
        (
            "Much of the winter was mild in the valley.",
            "2025-03-12",
            [("the winter", "DATE", "2024-WI")],
        ),
        # a season ahead, told of in its own first month, is this year's
        (
            "The ferries are expected to resume in the spring.",
            "2025-03-04",
            [("the spring", "DATE", "2025-SP")],
        ),
        # "the summer months" is one time, the season; without "the", any year's
        (
            "The interns will write code over the summer months.",
            PUBLISHED,
            [("the summer months", "DATE", "2025-SU")],
        ),
        (
            "Raids on the valley go on even in winter months.",
            PUBLISHED,
            [("winter months", "DATE", "XXXX-WI")],
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
        # "that" month is the month of the year just told of
        (
            "In 2011 the strikes spread to the ports. That March, dockers in Velm walked out.",
            PUBLISHED,
            [("2011", "DATE", "2011"), ("March", "DATE", "2011-03")],
        ),
        # so is a month or a day just before "that year"
        (
            "The dam burst on June 2, 2019. On June 9 that year the valley was evacuated, and"
            " on June 12 the roads were shut.",
            "2025-06-11",
            [
                ("June 2, 2019", "DATE", "2019-06-02"),
                ("June 9", "DATE", "2019-06-09"),
                ("that year", "DATE", "2019"),
                ("June 12", "DATE", "2019-06-12"),
            ],
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
        # a part of the day after "in" with a plain present verb tells of any day
        (
            "Foxes roam the orchard in the night.",
            PUBLISHED,
            [("the night", "TIME", "XXXX-XX-XXTNI")],
        ),
        (
            "The baker opens her stall early in the morning.",
            PUBLISHED,
            [("the morning", "TIME", "XXXX-XX-XXTMO")],
        ),
        (
            "The ferry leaves on Sunday in the morning.",
            PUBLISHED,
            [("Sunday", "DATE", "2025-01-26"), ("the morning", "TIME", "2025-01-26TMO")],
        ),
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
        # "a day" before "after" counts from a time: no rate
        (
            "Rebels freed six hostages a day after the talks.",
            PUBLISHED,
            [("a day", "DURATION", "P1D")],
        ),
        (
            "The ferry carries two million cheerful tourists a year.",
            PUBLISHED,
            [("a year", "SET", "P1Y")],
        ),
        ("About 900 people a month apply for the grant.", PUBLISHED, [("a month", "SET", "P1M")]),
        # a count of a measure of some stuff
        ("The well yields 80 barrels of crude a day.", PUBLISHED, [("a day", "SET", "P1D")]),
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
        # "later in the year" is a time in the year, whatever "before" follows
        (
            "The lab will test the probe later in the year before sending it into orbit.",
            PUBLISHED,
            [("the year", "DATE", "2025")],
        ),
        # a year written before its month's name is that month's year
        (
            "Crowds recalled the 2019 March floods in the valley.",
            PUBLISHED,
            [("2019 March", "DATE", "2019-03")],
        ),
        # a number with "%" written onto it is a share, not the month's day
        ("Rents rose in June 14% faster than wages.", PUBLISHED, [("June", "DATE", "2024-06")]),
        # a length offered as another one after "or" is a length too
        (
            "Tenants must move out within ten days or even a week.",
            PUBLISHED,
            [("ten days", "DURATION", "P10D"), ("a week", "DURATION", "P1W")],
        ),
        ("The court unsealed about 2000 pages of records.", PUBLISHED, []),
        ("The tasting is at 1775 Lakeshore Rd. in Penticton.", PUBLISHED, []),
        ("The temperature climbed into the sixties.", PUBLISHED, []),
        # a march or a holiday's thing named after a time word
        ("After the success of the Women's March, scientists will march.", PUBLISHED, []),
        ("The upcoming March for Science is a sign of the times.", PUBLISHED, []),
        ("The attack on a Berlin Christmas market killed 12 people.", PUBLISHED, []),
        ("The choir recorded a Christmas single for the hospice.", PUBLISHED, []),
        ("Both sides still back the Good Friday Agreement.", PUBLISHED, []),
        ("Talks kept to the spirit of the Good Friday accord.", PUBLISHED, []),
        ("Voters recalled the Good Friday peace agreement of old.", PUBLISHED, []),
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
        # "those days" is a time gone by, not a length of days
        (
            "In those days, traders walked to the harbour.",
            PUBLISHED,
            [("those days", "DATE", "PAST_REF")],
        ),
        ("Those days are over for the old ferry.", PUBLISHED, [("Those days", "DATE", "PAST_REF")]),
        (
            "Emissions should fall 40 per cent by the end of the decade.",
            PUBLISHED,
            [("the end of the decade", "DATE", "202")],
        ),
        # "the century" is a time after "the end of" or "the middle of", not in a saying
        (
            "Half the glaciers may melt by the end of the century.",
            PUBLISHED,
            [("the end of the century", "DATE", "20")],
        ),
        ("Fans called it the match of the century.", PUBLISHED, []),
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
        # and so may one that "then" tells was followed by something else
        (
            "The fair was scheduled for November and then moved to a new site.",
            PUBLISHED,
            [("November", "DATE", "2024-11")],
        ),
        ("The vote is scheduled for Tuesday.", "2025-01-23", [("Tuesday", "DATE", "2025-01-28")]),
        ("The vote was scheduled for Monday.", "2025-01-24", [("Monday", "DATE", "2025-01-27")]),
        # a plan in the simple past for a month or holiday is the nearer one, often just gone
        (
            "The surgery was scheduled for early January.",
            "2025-02-06",
            [("early January", "DATE", "2025-01")],
        ),
        (
            "We planned the whole Christmas around the trip.",
            "2025-02-06",
            [("Christmas", "DATE", "2024-12-25")],
        ),
        # "slated", which the lemmatizer reads as "slat"
        (
            "Unrest has spread ahead of local polls slated for October.",
            PUBLISHED,
            [("October", "DATE", "2025-10")],
        ),
        ("Both teams are slated to meet on Monday.", PUBLISHED, [("Monday", "DATE", "2025-01-27")]),
        # "pencil in" is a verb of scheduling too
        (
            "The talks have been pencilled in for March.",
            PUBLISHED,
            [("March", "DATE", "2025-03")],
        ),
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
        # a range counted back by "ago" is a time told by its first number, no length
        (
            "About 6-8 years ago the quarry at Brellin closed.",
            PUBLISHED,
            [("About 6-8 years ago", "DATE", "2019")],
        ),
        (
            "The mill shut three to four years ago.",
            PUBLISHED,
            [("three to four years ago", "DATE", "2022")],
        ),
        # months counted from a year's end are counted from its December
        (
            "Reserves stood at 12% at the end of 2022, up from 9% three months earlier.",
            PUBLISHED,
            [("the end of 2022", "DATE", "2022"), ("three months earlier", "DATE", "2022-09")],
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
        # "the same period last year" after a time in a known year, with no quarter
        # named: in the year before it
        (
            "Some 900 boats have docked since the start of the year, up 200 on the same"
            " period last year.",
            PUBLISHED,
            [
                ("the start of the year", "DATE", "2025"),
                ("the same period", "DATE", "2024"),
                ("last year", "DATE", "2024"),
            ],
        ),
        # "the same period last year" counts from publication, as "last year" does
        (
            "The mill opened in 1998. Its output rose by a third on the same period last year.",
            PUBLISHED,
            [
                ("1998", "DATE", "1998"),
                ("the same period", "DATE", "2024"),
                ("last year", "DATE", "2024"),
            ],
        ),
        # "the same period in" a year is that year's, not the year told of before
        (
            "Losses in 2024 reached $40m, up from $12m in the same period in 2021.",
            PUBLISHED,
            [
                ("2024", "DATE", "2024"),
                ("the same period", "DATE", "2021"),
                ("2021", "DATE", "2021"),
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
        # a noun that opens a holiday's longer name ("election day") names a kind too
        ("Turnout in Dornfeld runs higher in election years.", PUBLISHED, []),
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
        # a range runs up: a larger number before "or" counts something else
        (
            "He faces a fine of 800 or two months in prison.",
            PUBLISHED,
            [("two months", "DURATION", "P2M")],
        ),
        ("Talks could take 2 or 3 days.", PUBLISHED, [("2 or 3 days", "DURATION", "P2D")]),
        # the two days of a range run forward: the one nearer publication keeps its year
        (
            "Lakeview hosts the ice fair between January 25 and February 9.",
            "2025-02-06",
            [("January 25", "DATE", "2025-01-25"), ("February 9", "DATE", "2025-02-09")],
        ),
        # days and weeks are counted from a time fine enough, past a decade told between
        (
            "Storms felled 40 trees in the park at the weekend. The park dates from the 1890s."
            " A week earlier, floods shut the ring road.",
            PUBLISHED,
            [
                ("the weekend", "DATE", "2025-W03-WE"),
                ("the 1890s", "DATE", "189"),
                ("A week earlier", "DATE", "2025-W02"),
            ],
        ),
        # "was set in" a month tells when the setting was done; "set for" a day, a plan
        (
            "The fishing quota was set in August by the harbour board.",
            PUBLISHED,
            [("August", "DATE", "2024-08")],
        ),
        ("The vote was set for Tuesday.", PUBLISHED, [("Tuesday", "DATE", "2025-01-28")]),
        # a year or a decade after "of" that ends a name the tagger found is still a time
        (
            "Scholars link it to the Dunmore Riots of the 1930s.",
            PUBLISHED,
            [("the 1930s", "DATE", "193")],
        ),
        # the second end of a range that took the first's year runs on past it
        (
            "The program ran from December 2023 to March.",
            PUBLISHED,
            [("December 2023", "DATE", "2023-12"), ("March", "DATE", "2024-03")],
        ),
        (
            "The fair ran from Dec. 28, 2023 to Jan. 3.",
            PUBLISHED,
            [("Dec. 28, 2023", "DATE", "2023-12-28"), ("Jan. 3", "DATE", "2024-01-03")],
        ),
        # the event after "ahead of" lies ahead, unless a past verb tells of it
        (
            "Taxes are among the key issues for farmers ahead of the regional vote in September.",
            PUBLISHED,
            [("September", "DATE", "2025-09")],
        ),
        (
            "Troops were deployed ahead of the vote in September.",
            PUBLISHED,
            [("September", "DATE", "2024-09")],
        ),
        (
            "Farm prices are a theme in the upcoming county elections in September.",
            PUBLISHED,
            [("September", "DATE", "2025-09")],
        ),
        # a gerund after "before" that hangs on a schedule in the plain present lies ahead
        (
            "Wales face two friendlies in March, before travelling to Peru in November.",
            "2025-02-10",
            [("March", "DATE", "2025-03"), ("November", "DATE", "2025-11")],
        ),
        # a "previous" event lies behind, whatever the tense of the clause around it
        (
            "The march will end at Dalby Green, the site of a previous protest in October.",
            PUBLISHED,
            [("October", "DATE", "2024-10")],
        ),
        # "the first Friday of" a month is that day of the month
        (
            "The mayor flew to the coast on the first Friday of this month.",
            PUBLISHED,
            [("the first Friday of this month", "DATE", "2025-01-03")],
        ),
        (
            "The vote is set for the second Tuesday of March.",
            PUBLISHED,
            [("the second Tuesday of March", "DATE", "2025-03-11")],
        ),
        (
            "The fair is held on the last Monday in May 2026.",
            PUBLISHED,
            [("the last Monday in May 2026", "DATE", "2026-05-25")],
        ),
        # a "when" clause in the past after a day tells of it as behind, in a caption's
        # present too
        (
            "Stallholders pack up in the rain in Lakeview on Jan 9, when the market shut early.",
            PUBLISHED,
            [("Jan 9", "DATE", "2025-01-09")],
        ),
        # years counted on from a time told of cannot run past publication in the past
        (
            "The tower was first planned in 2019. Ten years later, the council approved it.",
            PUBLISHED,
            [("2019", "DATE", "2019"), ("Ten years later", "DATE", "PAST_REF")],
        ),
        # a month before a noun names the month the thing had, whatever tense tells of it
        (
            "Findings on the January flood will be set out in a review.",
            "2025-03-19",
            [("January", "DATE", "2025-01")],
        ),
        (
            "Voters will go to the polls in the April referendum.",
            "2025-03-19",
            [("April", "DATE", "2025-04")],
        ),
        # the event owned by the subject of a past verb had been held when the verb told of
        (
            "The results of the June 23 plebiscite shook the markets.",
            "2025-03-19",
            [("June 23", "DATE", "2024-06-23")],
        ),
        # a day of the month before "attacks" that names a known event
        (
            "The September 11 attacks changed air travel.",
            PUBLISHED,
            [("September 11", "DATE", "2001-09-11")],
        ),
        ("The council meets on September 11.", PUBLISHED, [("September 11", "DATE", "2025-09-11")]),
        # a channel's name that the tagger ran into the date after it
        (
            "The drama premieres on Spike HD March 1 at 10 p.m.",
            PUBLISHED,
            [("March 1", "DATE", "2025-03-01"), ("10 p.m.", "TIME", "2025-03-01T22:00")],
        ),
        # the days of the church year and the shopping days after Thanksgiving
        (
            "Believers mark Ash Wednesday with a service.",
            PUBLISHED,
            [("Ash Wednesday", "DATE", "2025-03-05")],
        ),
        (
            "Retailers expect record sales on Cyber Monday.",
            PUBLISHED,
            [("Cyber Monday", "DATE", "2025-12-01")],
        ),
        ("Shoppers queued on Black Friday.", PUBLISHED, [("Black Friday", "DATE", "2024-11-29")]),
        # "the year" takes up the year named earlier in its sentence past a length
        (
            "The brewer reported lower profit for 2024 as costs rose sharply in the closing"
            " months of the year.",
            PUBLISHED,
            [("2024", "DATE", "2024"), ("months", "DURATION", "PXM"), ("the year", "DATE", "2024")],
        ),
    ],
)
def test_times_present_day_news_forms(times_of, text, published, expected):
    found = [(t.text, t.type, t.value) for t in times_of(text, published=published)]
    assert found == expected
