"""The quantities stage: ranges, changes from one value to another, and qualifiers."""

from __future__ import annotations

import pytest

from tests.quantities_checks import only


@pytest.mark.parametrize(
    ("text", "quantity", "value", "qualifier"),
    [
        ("At least 46 people were killed in the attack.", "At least 46", 46, "at least"),
        ("The law allows at most 20 people in the room.", "at most 20", 20, "at most"),
        ("About 1,200 people attended the rally.", "About 1,200", 1200, "about"),
        ("Police said around 300 cars were burned.", "around 300", 300, "about"),
        ("More than 300 protesters gathered outside.", "More than 300", 300, "more than"),
        ("Fewer than 50 soldiers remain in the town.", "Fewer than 50", 50, "fewer than"),
        ("The jail holds up to 400 prisoners.", "up to 400", 400, "up to"),
        ("Waves as tall as 12 metres hit the coast.", "as tall as 12 metres", 12, "up to"),
        # "over" after a verb of racing or a superlative is the length of the race
        ("Lina Marsh will compete over 3000m in Oslo.", "3000m", 3000, "exact"),
        ("It makes her the fastest over 400m this winter.", "400m", 400, "exact"),
        ("The new path runs over 600m along the canal.", "over 600m", 600, "more than"),
        ("Nearly 2,000 refugees crossed the border.", "Nearly 2,000", 2000, "nearly"),
        ("The company hired 251 workers.", "251", 251, "exact"),
        # "not more than" is at most; "over" after a noun is a place; "plus" a word after
        # money adds it
        ("The deal covers not more than 12 ships a year.", "not more than 12", 12, "at most"),
        ("The trust runs a single clinic over three sites.", "three", 3, "exact"),
        ("The loan is $40m plus interest.", "$40m", 40e6, "exact"),
        # "tens of" is at least twenty
        ("Tens of thousands of people fled.", "Tens of thousands", 20_000, "at least"),
        ("Tens of people gathered.", "Tens", 20, "at least"),
        # words after the number
        ("The militia had 700 or more fighters by then.", "700 or more", 700, "at least"),
        ("Some 90 or more boats waited offshore.", "Some 90 or more", 90, "at least"),
        ("A crowd of 200 or so gathered at the gate.", "200 or so", 200, "about"),
        # "at least" after the number, not before a verb it qualifies
        ("The flood killed 37 at least, the mayor said.", "37 at least", 37, "at least"),
        ("The two at least agree on taxes.", "two", 2, "exact"),
        ("Classes of 30 or fewer pupils are rare here.", "30 or fewer", 30, "at most"),
        ("The firm has 700-plus engineers on staff.", "700-plus", 700, "at least"),
        ("The market lost its 80-odd stalls.", "80-odd", 80, "about"),
        # multiplier words multiply; after "several" or "a few" at least two of them
        ("Two dozen villagers were hurt in the storm.", "Two dozen", 24, "exact"),
        ("Police held more than three dozen fans.", "more than three dozen", 36, "more than"),
        ("A million voters backed the petition.", "A million", 1_000_000, "exact"),
        ("A hundred miners joined the walkout.", "A hundred", 100, "exact"),
        ("A half-dozen towns signed the pact.", "A half-dozen", 6, "exact"),
        ("Several hundred nurses marched on Friday.", "Several hundred", 200, "at least"),
        ("A few thousand tourists were stranded.", "A few thousand", 2000, "at least"),
        ("A couple hundred fans waited outside.", "A couple hundred", 200, "about"),
        ("A couple of dozen boats sailed.", "A couple of dozen", 24, "about"),
        # a verb that says more: it qualifies, and is no part of the number
        ("Ticket sales have exceeded 40 million.", "40 million", 40e6, "more than"),
        ("Exports topped 7% for a third year.", "7%", 7, "more than"),
        ("The fee must not exceed 300 dollars.", "300 dollars", 300, "at most"),
        ("Turnout was well above 61 percent.", "well above 61 percent", 61, "more than"),
        ("The town plans at least another 12 schools.", "at least another 12", 12, "at least"),
        ("The studio keeps up to a 300 masks.", "up to a 300", 300, "up to"),
        # the particle of a phrasal verb, or a preposition after the verb's object
        ("Inflation picked up to 4.2 percent.", "4.2 percent", 4.2, "exact"),
        ("Rescuers scaled up to 40 boats by noon.", "40", 40, "exact"),
        ("The storm pushed river levels up to 4 metres.", "4 metres", 4, "exact"),
        ("The winger slotted over three conversions.", "three", 3, "exact"),
        ("Scientists group the storms under six headings.", "six", 6, "exact"),
        ("The storms are grouped under six headings.", "six", 6, "exact"),
        ("The clip has been viewed over 10 million times.", "over 10 million", 1e7, "more than"),
        ("The plant could cut up to 900 jobs.", "up to 900", 900, "up to"),
        ("The navy will send up to 300 sailors to the port.", "up to 300", 300, "up to"),
        ("The bus can bring up to 60 pupils a day.", "up to 60", 60, "up to"),
        ("Fees were driven up to 9 percent.", "9 percent", 9, "exact"),
        ("Scouts turned up to one trial in Leeds.", "one", 1, "exact"),
        ("Fans showed up to two concerts in May.", "two", 2, "exact"),
        ("Read the above three rules first.", "three", 3, "exact"),
    ],
)
def test_quantities_qualifier(pipeline, text, quantity, value, qualifier):
    q = only(pipeline, text)
    assert (q.text, q.value, q.qualifier) == (quantity, value, qualifier)


def test_quantities_range_between_and(pipeline):
    q = only(pipeline, "Between 10 and 20 people were wounded in the blast.")
    assert (q.qualifier, q.low, q.high, q.value) == ("range", 10, 20, None)
    assert q.counted.category == "wounded"


def test_quantities_range_between_and_of_a_whole(pipeline):
    # the NER takes "Between 3 and 5" for a date; "of the month" is one
    q = only(pipeline, "Between 3 and 5 of the ferries were stuck in port.")
    assert (q.text, q.qualifier, q.low, q.high) == ("Between 3 and 5", "range", 3, 5)
    assert q.counted.span.text == "ferries"
    assert not pipeline.extract("The fair runs between 10 and 12 of the month.").quantities


def test_quantities_range_between_and_of_a_measure(pipeline):
    # the NER takes "between 80" for a date; the range keeps both ends and the unit
    q = only(pipeline, "Gusts reached between 80 and 95 km/h on the hills.")
    assert (q.text, q.qualifier, q.low, q.high, q.unit) == (
        "between 80 and 95 km/h",
        "range",
        80,
        95,
        "km/h",
    )


def test_quantities_range_to(pipeline):
    q = only(pipeline, "The fire destroyed 30 to 40 homes.")
    assert (q.text, q.qualifier, q.low, q.high) == ("30 to 40", "range", 30, 40)


def test_quantities_falling_pair_after_a_dash_is_two_numbers(pipeline):
    found = pipeline.extract("The Greens are fielding 41 - nine fewer than in 2019.").quantities
    assert [(q.text, q.value, q.qualifier) for q in found] == [
        ("41", 41, "exact"),
        ("nine", 9, "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the last two of a list, a change and a level
        ("It may cost £10m, £20m or £30m in all.", [10e6, 20e6, 30e6]),
        ("The rate rose 0.5% to 3.5% in May.", [0.5, 3.5]),
        ("The levy went up from 7% to 8% in April.", [7, 8]),
    ],
)
def test_quantities_numbers_joined_that_are_no_range(pipeline, text, values):
    quantities = pipeline.extract(text).quantities
    assert [(q.value, q.qualifier) for q in quantities] == [(v, "exact") for v in values]


def test_quantities_range_before_a_name_that_describes_what_it_counts(pipeline):
    q = only(pipeline, "Some 10-15 Apple staff quit.")
    assert (q.text, q.low, q.high, q.counted.span.text) == ("Some 10-15", 10, 15, "Apple staff")


@pytest.mark.parametrize(
    ("text", "quantity", "low", "high"),
    [
        ("The repairs cost $2-3 million last year.", "$2-3 million", 2e6, 3e6),
        ("Between 10 and 20 thousand people marched.", "Between 10 and 20 thousand", 1e4, 2e4),
        ("Repairs will cost $2 million to 3.", "$2 million to 3", 2e6, 3e6),
        ("The show drew 500 to 3 million viewers.", "500 to 3 million", 500, 3e6),
        # a multiplier written onto the figure
        ("Lenders may freeze 20-30bn pesos of debt.", "20-30bn pesos", 20e9, 30e9),
        ("The port upgrade needs $40-60bn more.", "$40-60bn", 40e9, 60e9),
        # a number or a larger one
        ("We met two or three times a week.", "two or three", 2, 3),
        ("Each class lost 20 or 30 pupils.", "20 or 30", 20, 30),
    ],
)
def test_quantities_range_shares_its_scale_word(pipeline, text, quantity, low, high):
    q = only(pipeline, text)
    assert (q.text, q.qualifier, q.low, q.high) == (quantity, "range", low, high)


@pytest.mark.parametrize(
    ("text", "quantity", "low", "high", "unit"),
    [
        ("The dam costs between $4 billion and $6 billion.", "between $4 billion and $6 billion",
         4e9, 6e9, "USD"),
        ("Tickets cost between £5 and £8 each.", "between £5 and £8", 5, 8, "GBP"),
        ("The upgrade will cost $350 - $450 million.", "$350 - $450 million", 350e6, 450e6, "USD"),
        ("Cooks here earn 40,000 rupees to 90,000 rupees a month.",
         "40,000 rupees to 90,000 rupees", 40_000, 90_000, "INR"),
        ("A ticket costs $5 or $6 at the door.", "$5 or $6", 5, 6, "USD"),
        # "to" after "between" or a word of range joins the ends; "rose $1 to $3" does not
        ("Stall holders can make between $2,000 to $3,000 on a good weekend.",
         "between $2,000 to $3,000", 2000, 3000, "USD"),
        ("Families were paid sums ranging from $300 to $900 each.", "$300 to $900", 300, 900,
         "USD"),
        ("The shares sold above the stated range of $11 to $13 a share.", "$11 to $13", 11, 13,
         "USD"),
        # "at" after a verb of putting a value on a thing
        ("Brokers value the stock at A$3.42 to A$3.96 each.", "A$3.42 to A$3.96", 3.42, 3.96,
         "AUD"),
        # "of" after a noun of the amount, with no word of change before it
        ("The brewer now expects profit of $2.1bn to $2.4bn.", "$2.1bn to $2.4bn", 2.1e9, 2.4e9,
         "USD"),
    ],
)  # fmt: skip
def test_quantities_range_with_a_currency_on_both_ends(pipeline, text, quantity, low, high, unit):
    q = only(pipeline, text)
    assert (q.text, q.qualifier, q.low, q.high, q.unit) == (quantity, "range", low, high, unit)


@pytest.mark.parametrize(
    ("text", "quantity", "low", "high"),
    [
        ("Farms lose between 2 percent and 4 percent of the crop.",
         "between 2 percent and 4 percent", 2, 4),
        ("Fees will be between 1% and 1.5% next year.", "between 1% and 1.5%", 1, 1.5),
        ("Fees will be between 6 per cent and 8 per cent.", "between 6 per cent and 8 per cent",
         6, 8),
        ("Around 30% to 40% of the seats went unsold.", "Around 30% to 40%", 30, 40),
        ("Rents may climb between 4% to 6% next year.", "between 4% to 6%", 4, 6),
        ("Bonds paid some 5 or 6 percent back then.", "some 5 or 6 percent", 5, 6),
    ],
)  # fmt: skip
def test_quantities_range_with_a_percent_sign_on_both_ends(pipeline, text, quantity, low, high):
    q = only(pipeline, text)
    assert (q.text, q.qualifier, q.low, q.high, q.unit) == (quantity, "range", low, high, "%")


def test_quantities_range_before_its_conversion_in_brackets_is_no_number_to_call(pipeline):
    quantities = pipeline.extract("Fares rose to £12-15 (14-17 euros) a trip.").quantities
    assert [(q.text, q.low, q.high, q.unit) for q in quantities] == [
        ("£12-15", 12, 15, "GBP"),
        ("14-17 euros", 14, 17, "EUR"),
    ]


def test_quantities_amount_before_to_and_a_count_is_no_range(pipeline):
    text = "Fines fell from 900 cases worth £80m to 700 cases worth £50m."
    quantities = pipeline.extract(text).quantities
    assert [(q.text, q.value, q.unit) for q in quantities] == [
        ("900", 900, None),
        ("£80m", 80e6, "GBP"),
        ("700", 700, None),
        ("£50m", 50e6, "GBP"),
    ]


def test_quantities_a_change_and_a_level_in_a_currency_are_two_values(pipeline):
    quantities = pipeline.extract("Crude oil rose $1.50 to $47.20 a barrel.").quantities
    assert [(q.text, q.value) for q in quantities] == [("$1.50", 1.5), ("$47.20", 47.2)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a value before a change and one after, not a range; one currency for both
        ("The price fell from 10 to 5 dollars.", [("10", 10, "USD"), ("5 dollars", 5, "USD")]),
        (
            "The bill rose from $2 million to 3 in a week.",
            [("$2 million", 2e6, "USD"), ("3", 3e6, "USD")],
        ),
        (
            "Sales fell from 20 to 15 million units.",
            [("20", 2e7, None), ("15 million", 1.5e7, None)],
        ),
        (
            "Viewers rose from 900,000 to 1.2 million.",
            [("900,000", 9e5, None), ("1.2 million", 1.2e6, None)],
        ),
        # a change and the level it reached, the level many times the change
        (
            "Exports rose 12,500 to 3.2 million in May.",
            [("12,500", 12_500, None), ("3.2 million", 3.2e6, None)],
        ),
        (
            "Claims fell a sharper than forecast 8,000 to 1.1 million.",
            [("8,000", 8_000, None), ("1.1 million", 1.1e6, None)],
        ),
        # the change told first goes on for each thing listed after it
        (
            "It raised its stake in the Alba mill from 10% to 20%; the Brio mill from 15% to 30%.",
            [("10%", 10, "%"), ("20%", 20, "%"), ("15%", 15, "%"), ("30%", 30, "%")],
        ),
        # "of" after a word of change, or after a noun after a verb of change
        (
            "The town raised the fee of $20 to $25 a night.",
            [("$20", 20, "USD"), ("$25", 25, "USD")],
        ),
        (
            "A rise of $2 to $9 a barrel was seen.",
            [("$2", 2, "USD"), ("$9", 9, "USD")],
        ),
        # "up", "down" or "adds" before them in a market report
        (
            "The lira is up 0.07 to 18.45 per dollar in early trade.",
            [("0.07", 0.07, None), ("18.45", 18.45, None)],
        ),
        (
            "Copper adds 0.6 to 71.9 points on the index.",
            [("0.6", 0.6, None), ("71.9", 71.9, None)],
        ),
    ],
)
def test_quantities_change_from_one_value_to_another_is_no_range(pipeline, text, values):
    quantities = pipeline.extract(text).quantities
    assert [(q.text, q.value, q.unit) for q in quantities] == values
    assert all(q.qualifier == "exact" for q in quantities)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Members backed the merger 58 to 42 percent.", ("58", 58), ("42 percent", 42)),
        ("She won by a 61 to 39 percent margin.", ("61", 61), ("39 percent", 39)),
        ("Islanders rejected the deal by 53-47 per cent.", ("53", 53), ("47 per cent", 47)),
    ],
)
def test_quantities_split_of_a_vote_in_percent_is_two_shares(pipeline, text, first, second):
    quantities = pipeline.extract(text).quantities
    assert [(q.text, q.value, q.unit, q.counted.span) for q in quantities] == [
        (*first, "%", None),
        (*second, "%", None),
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Its growth rates were 31 and 35 percent each.", ("31", 31), ("35 percent", 35)),
        ("Returns on the funds reached 44 and 46 per cent.", ("44", 44), ("46 per cent", 46)),
    ],
)
def test_quantities_number_and_a_share_in_percent_are_two_shares(pipeline, text, first, second):
    quantities = pipeline.extract(text).quantities
    assert [(q.text, q.value, q.unit, q.counted.span) for q in quantities] == [
        (*first, "%", None),
        (*second, "%", None),
    ]
