"""The quantities stage: values, qualifiers, what is counted, and what is not a count."""

from __future__ import annotations

import pytest

from newsgraph.records import Article, Attribution, Span, TimeExpression
from newsgraph.stages.quantities import CATEGORIES, find_quantities


def _only(pipeline, text: str):
    quantities = pipeline.extract(text).quantities
    assert len(quantities) == 1, [q.text for q in quantities]
    return quantities[0]


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
        # the particle of a phrasal verb, or a preposition after the verb's object
        ("Inflation picked up to 4.2 percent.", "4.2 percent", 4.2, "exact"),
        ("Rescuers scaled up to 40 boats by noon.", "40", 40, "exact"),
        ("The storm pushed river levels up to 4 metres.", "4 metres", 4, "exact"),
        ("The winger slotted over three conversions.", "three", 3, "exact"),
        ("Scientists group the storms under six headings.", "six", 6, "exact"),
        ("The plant could cut up to 900 jobs.", "up to 900", 900, "up to"),
        ("Read the above three rules first.", "three", 3, "exact"),
    ],
)
def test_quantities_qualifier(pipeline, text, quantity, value, qualifier):
    q = _only(pipeline, text)
    assert (q.text, q.value, q.qualifier) == (quantity, value, qualifier)


@pytest.mark.parametrize(
    ("text", "quantity", "value"),
    [
        ("The army sent 1.2 million rounds of ammunition.", "1.2 million", 1_200_000),
        ("Officials counted a dozen boats.", "a dozen", 12),
        ("The storm destroyed five houses.", "five", 5),
        ("The council has twenty-five seats.", "twenty-five", 25),
        ("Twenty-five seats changed hands.", "Twenty-five", 25),
        ("Twenty-one thousand fans came.", "Twenty-one thousand", 21_000),
        ("Fifty five people were hurt.", "Fifty five", 55),
        # a sign before the number, and millions of people an adjective stands for
        ("The lake froze at minus 30 degrees.", "minus 30", -30),
        ("The tax hits the country's 2.1m self-employed.", "2.1m", 2_100_000),
        # a number word of a name is no part of the count before it
        ("The club lost its first three Six Nations matches at home.", "three", 3),
        # a model's number after a count is no part of it
        ("The carrier has ordered 12 747-400 jets from the firm.", "12", 12),
        ("A single fare costs £10 one-way.", "£10", 10),
        ("The bank ranks among the top 500 firms.", "500", 500),
        ("Hamas is led by a five-member interim committee.", "five-member", 5),
        # "tn" written onto a figure is trillions, as "bn" is billions
        ("The plan would trim a $4.5tn budget.", "$4.5tn", 4_500_000_000_000),
        # so is a multiplier written out onto it
        ("The buyout valued the firm at $13.2billion.", "$13.2billion", 13_200_000_000),
        # half of a multiplier, after a determiner or with its article left out
        ("Each delay costs the port another half a million.", "half a million", 500_000),
        ("Some two and half million voters stayed home.", "Some two and half million", 2_500_000),
        # Indian scale words
        ("The state spent Rs 1,200 crore on roads.", "Rs 1,200 crore", 12_000_000_000),
        ("Over 2 lakh farmers joined the march.", "Over 2 lakh", 200_000),
        # a currency's name before the amount, with whose it is
        (
            "The airline made Australian dollars 640m last year.",
            "Australian dollars 640m",
            640_000_000,
        ),
    ],
)
def test_quantities_value_of_digits_and_words(pipeline, text, quantity, value):
    q = _only(pipeline, text)
    assert (q.text, q.value) == (quantity, value)


def test_quantities_vague_plural_is_a_lower_bound(pipeline):
    q = _only(pipeline, "Hundreds of protesters marched through the capital.")
    assert (q.text, q.value, q.qualifier) == ("Hundreds", 200, "at least")
    assert q.counted.category == "protesters"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The budget came to 136.2 billion euros.", 136_200_000_000.0),
        ("The loss was £16.9bn in the year.", 16_900_000_000.0),
        ("Fires burned 8.2 million hectares.", 8_200_000.0),
    ],
)
def test_quantities_value_has_no_error_of_binary_arithmetic(pipeline, text, value):
    assert pipeline.extract(text).quantities[0].value == value


def test_quantities_range_between_and(pipeline):
    q = _only(pipeline, "Between 10 and 20 people were wounded in the blast.")
    assert (q.qualifier, q.low, q.high, q.value) == ("range", 10, 20, None)
    assert q.counted.category == "wounded"


def test_quantities_range_between_and_of_a_measure(pipeline):
    # the NER takes "between 80" for a date; the range keeps both ends and the unit
    q = _only(pipeline, "Gusts reached between 80 and 95 km/h on the hills.")
    assert (q.text, q.qualifier, q.low, q.high, q.unit) == (
        "between 80 and 95 km/h",
        "range",
        80,
        95,
        "km/h",
    )


def test_quantities_range_to(pipeline):
    q = _only(pipeline, "The fire destroyed 30 to 40 homes.")
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
    q = _only(pipeline, "Some 10-15 Apple staff quit.")
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
    q = _only(pipeline, text)
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
    ],
)  # fmt: skip
def test_quantities_range_with_a_currency_on_both_ends(pipeline, text, quantity, low, high, unit):
    q = _only(pipeline, text)
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
    q = _only(pipeline, text)
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
    ("text", "quantity", "value"),
    [
        ("One out of every 50 people has been killed in Gaza.", "One out of every 50", 0.02),
        ("One in five voters is undecided.", "One in five", 0.2),
        ("Three of every four flats stood empty.", "Three of every four", 0.75),
        ("One of every ten bridges needs repair.", "One of every ten", 0.1),
        # a fraction spelled like an ordinal after a number word, as a subject
        ("Roughly one third complained about the noise.", "Roughly one third", 0.333333333333),
        # a share of what a year owns, not of the year
        ("A third of 2016's budget went unspent.", "A third", 0.333333333333),
        # a plural fraction after a number word, whatever follows it
        ("Nearly two thirds - mostly young men - agreed.", "Nearly two thirds", 0.666666666667),
    ],
)
def test_quantities_ratio(pipeline, text, quantity, value):
    q = _only(pipeline, text)
    assert (q.text, q.value, q.qualifier) == (quantity, value, "ratio")


def test_quantities_part_of_a_whole(pipeline):
    q = _only(pipeline, "Turkey will take in around 15 of the 70 Palestinian prisoners.")
    assert (q.text, q.value, q.qualifier) == ("around 15 of the 70", 15, "about")
    assert q.counted.span.text == "Palestinian prisoners"
    assert q.counted.category == "prisoners"


@pytest.mark.parametrize(
    ("text", "quantity", "value", "unit"),
    [
        ("Turnout fell to 40% this year.", "40%", 40, "%"),
        ("Turnout fell by 12 percent.", "12 percent", 12, "%"),
        ("The bill costs $1.2 million.", "$1.2 million", 1_200_000, "USD"),
        ("The club paid £30m for him.", "£30m", 30_000_000, "GBP"),
        ("The fund holds 500 million euros.", "500 million euros", 500_000_000, "EUR"),
        # thousands set off by a full stop
        ("The club paid its coach 72.000 euros a year.", "72.000 euros", 72_000, "EUR"),
        # a vague amount of a currency is money
        ("The firm lost millions of dollars.", "millions of dollars", 2_000_000, "USD"),
        ("Tens of millions of euros were spent.", "Tens of millions of euros", 20_000_000,
         "EUR"),
        # abbreviated scale words
        ("Bribes totaled 522 mln rubles in all.", "522 mln rubles", 522e6, "RUB"),
        ("Turnover fell to $470.6 bln last year.", "$470.6 bln", 470.6e9, "USD"),
        # money in a currency's subunit
        ("The firm earned 41 cents a share in the quarter.", "41 cents", 0.41, "USD"),
        ("A loaf now costs 95 pence at the corner shop.", "95 pence", 0.95, "GBP"),
        # cents the NER took for a date
        ("Vendors sell the ribbons for as little as 15 cents.", "15 cents", 0.15, "USD"),
        # cents of the currency the sentence names
        ("The euro fell 2 cents against the pound on Friday.", "2 cents", 0.02, "EUR"),
        ("The vending machine takes only 50 euro cents.", "50 euro cents", 0.5, "EUR"),
        ("The shares fell 40 Australian cents on Friday.", "40 Australian cents", 0.4, "AUD"),
        # a scale word or a currency's name hyphenated to the figure
        ("The state will spend $15-billion on rail.", "$15-billion", 15e9, "USD"),
        ("Voters backed a 40-million-euro stadium.", "40-million-euro", 40e6, "EUR"),
    ],
)  # fmt: skip
def test_quantities_percent_and_money(pipeline, text, quantity, value, unit):
    q = _only(pipeline, text)
    assert (q.text, q.value, q.unit) == (quantity, value, unit)
    assert q.counted.span is None  # the unit word is not the thing counted
    if unit != "%":
        assert q.counted.category == "money"


@pytest.mark.parametrize(
    ("text", "category", "counted"),
    [
        ("The army killed at least 46,707 Palestinians.", "killed", "Palestinians"),
        ("The strike wounded 110 people.", "wounded", "people"),
        ("Relatives said three villagers were martyred in the raid.", "killed", "villagers"),
        ("Divers found two deceased anglers near the weir.", "killed", "deceased anglers"),
        ("Gunmen slaughtered 40 herders in the valley.", "killed", "herders"),
        # a group's name after a number, as the verb's object, is no street address
        ("The strike killed 13 Taliban near the pass.", "killed", "Taliban"),
        # an amount's "worth of" names what it is the value of
        ("The ministry revoked $2bn worth of licences.", "money", "licences"),
        ("Twelve climbers are missing.", "missing", "climbers"),
        ("The group still holds 251 hostages.", "hostages", "hostages"),
        ("Israel released 70 prisoners.", "prisoners", "prisoners"),
        ("Police arrested 30 students.", "arrested", "students"),
        ("About 2,000 villagers fled the fighting.", "displaced", "villagers"),
        ("Thousands of demonstrators filled the square.", "protesters", "demonstrators"),
        ("The Pentagon will send 3,000 troops.", "troops", "troops"),
        # a plural the tagger left as its lemma ("US servicemen" read as a name)
        (
            "Some 900 Latvian and US servicemen will join the exercise.",
            "troops",
            "Latvian and US servicemen",
        ),
        ("The city will deploy 1,600 snow plows.", "other", "snow plows"),
        ("The ceremony drew 200 people.", "people", "people"),
        ("The factory makes 15 cars a day.", "other", "cars"),
        ("Inspectors checked the age of 40 rental flats.", "other", "rental flats"),
        # the plural noun a counted compound modifier describes
        ("United now have nine league wins in a row.", "other", "league wins"),
        ("Nearly 4 million kitchen knives went on sale.", "other", "kitchen knives"),
        # a verb joined to the governing one says what befell them, if it has no subject
        # or object of its own
        ("Three young girls were stabbed and killed at a dance class.", "killed", "young girls"),
        ("Police raided 12 homes and detained the owners.", "other", "homes"),
        # the value of a toll, with the noun it counts
        ("The death toll increased to 31 people on Wednesday.", "killed", "people"),
        # lives counted are lives lost only after a verb of loss
        ("The storm claimed 20 lives.", "killed", "lives"),
        ("The vaccine saved 100 lives.", "other", "lives"),
        # people who lost or gave their lives
        ("Twenty-one thousand people lost their lives when the dam broke.", "killed", "people"),
        # what befell those counted, told by a noun before "of"
        ("Protests followed the deaths of 12 people in the city.", "killed", "people"),
        ("The arrest of 30 students drew criticism.", "arrested", "students"),
        ("The abduction of 20 girls shocked the country.", "hostages", "girls"),
        ("A survey of 1,000 people found support.", "people", "people"),
        ("The bodies of five climbers were found on the ridge.", "killed", "climbers"),
        ("The governing bodies of 20 clubs met in Zurich.", "other", "clubs"),
        # victims are dead where their sentence tells of a death or a deadly event
        ("Mourners named the 62 victims of the plane crash.", "killed", "victims"),
        ("The abuse involved 157 alleged victims abroad.", "people", "alleged victims"),
        ("Investigators rescued his 14 victims.", "people", "victims"),
        # a verb of taking or losing people says more than the noun of who they are
        ("Gunmen abducted 25 pupils from the village school.", "hostages", "pupils"),
        ("Rebels captured 14 soldiers near the pass.", "prisoners", "soldiers"),
        ("At least 40 migrants drowned off the island.", "killed", "migrants"),
        ("The council evicted 300 families from the estate.", "displaced", "families"),
        # members of a group of states are states; a title word or a cause counts no one
        ("The treaty needs all 27 EU members to sign.", "other", "EU members"),
        ("The bloc's ten members met in Oslo.", "other", "members"),
        ("Costs are shared by the 30 allied members.", "other", "allied members"),
        ("The 15-member trade bloc set new tariffs.", "other", "member"),
        ("A 12-member jury heard the case.", "people", "member"),
        ("Two members of the European Parliament resigned.", "people", "members"),
        ("Growth has two key drivers: exports and tourism.", "other", "key drivers"),
        ("The air force will get ten multirole fighters this year.", "other", "multirole fighters"),
        ("The firm runs 15 oil fields in the north.", "other", "oil fields"),
        ("Ruiz has won three Majors.", "other", "Majors"),
        # what befell them, told by the manner, the harm suffered, a state they are held in
        # or a relative clause, wins over the noun
        ("A gunman shot to death four officers outside the bank.", "killed", "officers"),
        ("Three cyclists were fatally struck near the depot.", "killed", "cyclists"),
        ("Eight migrants were found stabbed dead near the border.", "killed", "migrants"),
        # the harm they came away with or were treated for; not what they are charged with
        ("Two others were left with minor injuries after the crash.", "wounded", "others"),
        ("Four fans were treated for minor injuries.", "wounded", "fans"),
        ("Two men charged with the murder appeared in court.", "people", "men"),
        # the group of the dead or the wounded that they are among
        ("Four nurses were among the dead, the ministry said.", "killed", "nurses"),
        ("Three police officers are among the wounded.", "wounded", "police officers"),
        # a stabbing wounds, unless its manner or a joined verb tells of a death
        ("Two guards were stabbed outside the gate.", "wounded", "guards"),
        ("He stabbed two cousins to death in the kitchen.", "killed", "cousins"),
        ("Nine pupils sustained light injuries in the fire.", "wounded", "pupils"),
        ("About 300 fishermen remain in captivity after the raid.", "hostages", "fishermen"),
        ("Four protesters were taken into custody overnight.", "arrested", "protesters"),
        ("Some 600 herders were forced from their homes.", "displaced", "herders"),
        ("About 70 sailors are still held as hostages.", "hostages", "sailors"),
        ("Two nurses worked as volunteers at the camp.", "people", "nurses"),
        ("Five guests came from home by bus.", "people", "guests"),
        ("The five climbers who died were all from Leeds.", "killed", "climbers"),
        ("The 12 officers who had abducted the boys sat in court.", "people", "officers"),
        ("Ministers courted the region's 1.5m self-employed.", "people", "self-employed"),
        ("By then there were 9 million uninsured, it said.", "people", "uninsured"),
        # a modifier joined by "and" to a second one counts the noun they both modify
        (
            "About 80 business and labour leaders met the minister.",
            "people",
            "business and labour leaders",
        ),
        # people by their role or their company, and the dead by their remains
        ("Two former classmates testified at the trial.", "people", "former classmates"),
        ("Some 900 revellers crowded the square.", "people", "revellers"),
        ("About 60 tribal elders met the governor.", "people", "tribal elders"),
        ("Two film critics walked out early.", "people", "film critics"),
        ("The survey followed 900 adolescents for a decade.", "people", "adolescents"),
        ("Some 40 expatriates left the port town.", "people", "expatriates"),
        ("Two astronauts waved from the hatch.", "people", "astronauts"),
        ("Three backbenchers rebelled over the bill.", "people", "backbenchers"),
        ("The two heirs fought over the estate.", "people", "heirs"),
        ("Three school principals signed the letter.", "people", "school principals"),
        # a word that only ends like a person's
        # sources who speak or know something are people; sources of money are not
        ("Two sources familiar with the talks said the deal was close.", "people", "sources"),
        ("The plan draws on three sources of funding.", "other", "sources"),
        # those a verb of holding took as hostages or prisoners
        ("Gunmen took 30 villagers hostage at dawn.", "hostages", "villagers"),
        ("Rebels held two guards prisoner for a week.", "prisoners", "guards"),
        # a name that names a kind of the noun after it, not a street's number
        ("Rossi made 20 Serie A appearances for the club.", "other", "Serie A appearances"),
        ("The gang planned three heists in a year.", "other", "heists"),
        ("The crew pulled off two daring heists.", "other", "daring heists"),
        # a prize the tagger takes for a person's name
        (
            "Late in life, Ortiz won eight Grammy Awards, including song of the year.",
            "other",
            "Grammy Awards",
        ),
        ("By then one in three Greeks had lost a job.", "people", "Greeks"),
        ("Rangers found two lost backpackers on the ridge.", "people", "lost backpackers"),
        ("The club booked three DJs for the night.", "people", "DJs"),
        ("Divers recovered four corpses from the lake.", "killed", "corpses"),
        # a spaced dash ends the counted phrase; a quote it opens is kept with it
        (
            "Nearly 3 million Kurds - mostly farmers and herders - live in the hills.",
            "people",
            "Kurds",
        ),
        ('The firm sold 40 "smart" kettles last year.', "other", '"smart" kettles'),
        # a hyphen or a stop and hyphen where the text lost a space is no part of the noun
        ("Up to 9,000 villagers-also fear the river.", "people", "villagers"),
        ("The storm cut off 40 farms-supplying the city.", "other", "farms"),
        ("She has three sons-in-law in the army.", "people", "sons-in-law"),
        ("The bus carried 40 pupils:- None was hurt.", "people", "pupils"),
        ("Only one interviewee backed the plan.", "people", "interviewee"),
        ("The two puppeteers bowed to the crowd.", "people", "puppeteers"),
        ("Some 300 rail enthusiasts lined the bridge.", "people", "rail enthusiasts"),
        ("The city now has 41 billionaires.", "people", "billionaires"),
        ("His four cellmates were asleep.", "prisoners", "cellmates"),
        ("The troupe now has five regular performers.", "people", "regular performers"),
        # rebels of a party are lawmakers who voted against it, not armed men
        ("The bill passed despite 41 Tory rebels.", "people", "Tory rebels"),
        ("Thousands of devotees lined the route.", "people", "devotees"),
        # a relative clause that "which", or "that" on a noun of no people, opens tells
        # of things
        ("Talks are one method that is executed by mediators.", "other", "method"),
        ("Two guards that were killed were buried today.", "killed", "guards"),
        # those who join, attend or take part in a gathering of protest are protesters
        ("About 5,000 people joined the march on Sunday.", "protesters", "people"),
        ("Hundreds of nurses took part in the demonstration.", "protesters", "nurses"),
        ("Some 300 delegates attended the summit.", "people", "delegates"),
        # an attempt at what would have befallen them did not befall them
        ("He is charged with the attempted murders of two guards.", "people", "guards"),
        # the ending of a person's noun is the counted noun's own, not its modifier's
        ("She keeps three shopping lists.", "other", "shopping lists"),
        # a noun of the table hyphened, which the tokenizer split at the hyphen
        ("Some 30 home-buyers complained to the bank.", "people", "home-buyers"),
        # a weapon the parser takes for the subject of a verb of harm suffers none of it
        ("A man armed with a sword, two pistols and a club was arrested.", "other", "pistols"),
        # those a verb says left their homes, or were made to, are displaced
        ("The floods forced 40,000 villagers to flee their homes.", "displaced", "villagers"),
        ("The siege forced 900 families to abandon their homes.", "displaced", "families"),
        ("Some 5,000 families have left their homes since May.", "displaced", "families"),
        ("The coach told 20 players to leave the pitch.", "people", "players"),
    ],
)
def test_quantities_category(pipeline, text, category, counted):
    q = _only(pipeline, text)
    assert q.counted.category == category
    assert q.counted.span is not None and q.counted.span.text == counted
    assert category in CATEGORIES


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


def test_quantities_count_before_a_measure_counts_the_noun_after_it(pipeline):
    two = pipeline.extract("The tank fired two 120 mm rounds.").quantities[0]
    assert (two.value, two.counted.span.text, two.counted.category) == (
        2,
        "120 mm rounds",
        "other",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In June 2019, 21 hikers were killed on the ridge.", 21),
        # a number word the NER ran the month on to
        ("Last June two hikers were killed on the ridge.", 2),
    ],
)
def test_quantities_count_after_a_month_and_year_is_counted(pipeline, text, value):
    q = _only(pipeline, text)
    assert (q.value, q.counted.category) == (value, "killed")


def test_quantities_plural_subject_with_a_number_is_counted(pipeline):
    q = _only(pipeline, "They were 12 in the room.")
    assert q.value == 12


def test_quantities_number_without_noun_takes_the_verb_category(pipeline):
    article = pipeline.extract("The army killed 40 Palestinians and wounded 110,265.")
    wounded = next(q for q in article.quantities if q.value == 110265)
    assert wounded.counted.category == "wounded"
    assert wounded.counted.span is None


@pytest.mark.parametrize(
    ("text", "number", "category", "counted"),
    [
        ("At least 12 people were killed and 40 wounded in the blast.", 40, "wounded", "people"),
        ("The bomb exploded, killing 12 people and injuring 49.", 49, "wounded", "people"),
        (
            "Some 30 refugees were killed and dozens injured as the camp burned.",
            24,
            "wounded",
            "refugees",
        ),
        # not the part named after them
        (
            "The shelling killed 9 villagers, including two boys, and injured dozens more.",
            24,
            "wounded",
            "villagers",
        ),
    ],
)
def test_quantities_casualty_count_without_noun_counts_the_people_before_it(
    pipeline, text, number, category, counted
):
    article = pipeline.extract(text)
    last = article.quantities[-1]
    assert (last.value, last.counted.category) == (number, category)
    assert last.counted.span is not None and last.counted.span.text == counted
    assert article.text[last.counted.span.start : last.counted.span.end] == counted


@pytest.mark.parametrize(
    ("text", "counted", "category"),
    [
        ("The raid killed 12 people, four of them children.", "people", "killed"),
        ("Police detained 30 activists; four of them were later freed.", "activists", "arrested"),
        ("The rally drew 80 farmers, 20 of whom came by tractor.", "farmers", "people"),
        ("The plan caps output at 21 million tonnes, of which 16 million is coal.", None, "other"),
        (
            "The firm printed 21 million leaflets, of which 16 million were sent.",
            "leaflets",
            "other",
        ),
        # a whole no larger than the part, or in another sentence, is not its whole
        ("Police held 3 men. Four of them were freed.", None, "other"),
    ],
)
def test_quantities_part_by_a_pronoun_counts_the_whole_before_it(pipeline, text, counted, category):
    part = pipeline.extract(text).quantities[-1]
    assert part.counted.category == category
    assert (part.counted.span.text if part.counted.span else None) == counted


def test_quantities_casualty_count_keeps_no_noun_from_another_sentence(pipeline):
    article = pipeline.extract("Twelve people were killed. Officials said 40 were wounded.")
    wounded = next(q for q in article.quantities if q.value == 40)
    assert (wounded.counted.category, wounded.counted.span) == ("wounded", None)


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2023 and ended in 2024.",
        # years after "in" or "since", in brackets after a period of history, or with an era
        "The chapel was consecrated in 988, the chronicle says.",
        "Prices are the highest since 850.",
        "The vase dates from the Tang dynasty (618-907).",
        "The mint ran from the reign of Offa (757-796) onwards.",
        "The road was built under the Qin Dynasty (221 BC-206 BC).",
        # a time of day: an hour after "at" before a verb-led clause, an entry's "HH.MM"
        "Last night at nine shells hit the town.",
        "Residents fear the clubs will stay open till three or four in the morning.",
        "Counting went on past midnight. 22.40 Polls now show Ms Ruiz ahead.",
        "Updates below: 09.15 Voters queued in the rain.",
        # a set's tie-break score in brackets
        "Ana Silva beat the fifth seed 6-7 (5-7) 7-6 (9-7) 6-4 on Friday.",
        # two hyphenated numbers that open a name
        "Ms Reyes quoted the 9-11 Commission at length.",
        "The ceasefire took effect on January 19.",
        "The talks lasted more than 15 months.",
        "A 59-year-old man was arrested.",
        "Profile: Mara Quist Age: 47 Post: head of research.",
        "Wales won the Six Nations title after a late try.",
        "A magnitude 6.4 tremor shook the valley.",
        "A 5.9-magnitude tremor shook the valley.",
        "Donna Rawlings, 59, watched the ceremony.",
        "Her death at 88 closed a long career on stage.",
        "Police named the riders as Ola Brandt, 31; Finn Moe, 27.",
        "The Lancashire batsman, 26, takes over as captain.",
        "A week after his cousin Tomas Reed, also 23, left, the shop was closed.",
        "The men were aged 20 and 25.",
        "The injured children were ages 3, 6, 9 and 11.",
        "She left school at roughly age 15 or 16.",
        "Some pupils in the class were as young as 14.",
        "They met her brother, who was about 10 or 11 then.",
        # an age bound after "aged" or the people it sets apart, an age group, an age that
        # opens a sentence, the age of one person a noun names
        "Jobs for those aged over 50 are scarce.",
        "Women over 50 earn less than men.",
        "Most of the new members were younger than 30.",
        "Her country's under 16 girls reached the final.",
        "At 12, he was handing out leaflets for the party.",
        "The suspect was 19, police said.",
        "The eldest is 12 and the youngest is nine.",
        "They adopted a three-and-a-half-year-old girl.",
        "Twenty-four-year-old Lena Park opened the bakery.",
        "Free lunches now go to all six and seven-year-olds.",
        # "one" as a pronoun
        "She wanted a plan like the one in force in Spain.",
        "Well, name one, she said.",
        "We may be entering a new era, one in which rivals set the rules.",
        "The judge struck down one motion after another.",
        "The chairman said no-one in the club felt hurt.",
        "They built one huge bridge after the other along the coast.",
        # a duration or an idiom of a vague few
        "Soak the beans for a day or two before cooking.",
        "She was late a time or two in May.",
        # a place in a ranking
        "He is ranked 40 in the world.",
        "She has spent years in the top 10.",
        "Their second single was a top 20 hit in Spain.",
        "Kerr, seeded four, lost in the second round.",
        "Price is the number-one worry for voters.",
        # a minute in a match report, an age in brackets after a name
        "Replacements: Holt for Farrow (62), Dunn for Maple (70).",
        "Sent off: Bakker (77).",
        "Kemp 48 pen, Adeyemi 60, Kemp 68.",
        # the value of the noun "age"
        "Its pilots have an average age of 38 and long careers.",
        "Lawmakers raised the pension age to 68 on Friday.",
        "Boys between the ages of 12 and 15 joined the camp.",
        "No one under the age of 18 may buy the drink.",
        # a goal and an idiom, not counts
        "The state plans to reach net zero by 2050.",
        "The plan promises, on the one hand, lower taxes.",
        "The app remains by one measure the most used in the region.",
        # a currency's name before a number is no money
        "A small shock could push the euro one way or the other.",
        "It was the third time this year.",
        "She finished 1st in the race.",
        "For details call 555-123-4567 today.",
        "The regulator named 056 as the code for internet calls.",
        "The meeting starts at 3:30 p.m. on Monday.",
        "The train leaves at 10 a.m. sharp.",
        "He flew an F-16 over the base.",
        # a rank or a catalogue number after a number sign
        "The ballad went to #1 across the region.",
        "The cider (#48213) is sold in pairs.",
        "They drove along Route 66 for hours.",
        # a number after the noun it names is a label, not a count
        "The retailer filed for Chapter 11 protection last month.",
        "Flight 370 vanished over the sea.",
        "The depot at 14 Willows Road will close in May.",
        "Flooding closed roads, the local station 9 News reported.",
        "Lawmakers debated Section 230 again.",
        # the same figure again, on its own
        "Lawmakers debated Section 230 again. Critics say the fight over 230 is far from over.",
        "Fans queued for the Zeta Note 8, which launched in May. By June, Note 8 sales had slowed.",
        "The hurricane reached Category 5 on the coast.",
        "The answer is on page 12 of the filing.",
        "The agency put out a Level 2 out of 4 warning for floods.",
        "She beat her opponent 6-2 in the final set.",
        "The court upheld the law in a 5-4 ruling.",
        "The bill passed by a 326 to 293 vote.",
        "She lost 6-4 5-7 6-3 on a windy court.",
        # a duration, which the times stage reads
        "The canyon was carved over millions of years.",
        # an idiom
        "At one point the queue stretched around the block.",
        "One thing is certain: the vote will be close.",
        "The hosts slumped to a 1-2 home defeat in the rain.",
        "He pulled back to 4-4 in the second set.",
        "United were 2-3 down at the break.",
        "The bill cleared the committee on a 31-to-2 vote.",
        "Voters backed it by a two-to-three margin.",
        # an adjective of kind, an item of a list, a person's age
        "That was a one-off, she said.",
        "He was fined under article 206.6 of the code.",
        "Phase six includes a new pipeline.",
        "What do articles 5 and 4 of the treaty say?",
        "A hearing is set for February 16 and 17.",
        "Airbus became the number one planemaker.",
        "Streets were lit with oil lamps as early as 500 BC.",
        "The plan is part of its 2023 goals.",
        "She is the one who scores for the club.",
        "Thoughts on the plan: 1. Read it first. 2. Then vote.",
        'She called the plan "fine." 2. Then the storm came.',
        "The shop sells: (1) Bread; (2) Milk and (3) Eggs.",
        "She trusts her judgment more than she did when she was 30 or even 41.",
        "Now 21, Priya was only 15 when she left home.",
        "A boy of 12 was hurt when the wall fell.",
        "Coaches love to watch kids of 14 with real hunger.",
        "He starred in the 2023-24 season.",
        "The actor died at 80 in his home.",
        "He wants to retire before he turns 35.",
        "The bank will report its 2004 results on Monday.",
        "The 2017 elections were close.",
        # a number word capitalized in a name
        "Fans dream of a first Five/Six Nations crown for the club.",
        "Until spring the thrill of Six will carry the fans.",
        "Viewers watched the final on BBC One last night.",
        "He made his first Six Nations start on Sunday.",
        "The Nine-Dragons crew won the cup again.",
        "Fans cheered loudly. Nine-Dragons hopes to win the cup again.",
        "Tickets for the Forty Two Tigers gig sold out.",
        # a length of time whose unit the number leaves unsaid
        "Judges there sit for five years or ten, as the king decides.",
        # an hour of the day, by its part of the day or a zone's time
        "It was almost four in the afternoon and the market was empty.",
        "As of 14.30 local time the polls were open.",
        # a title in quotes that a number opens
        'Critics loved the new drama "7 Broken Promises" on Sunday.',
        # how many digits an amount has
        "The new chief will draw a six-figure salary.",
        "Nurses rarely earn a 6 figure income there.",
        # a share's code after its exchange, alone in brackets
        "Shares in Qelvar Systems (TWSE: 3817) rose on Friday.",
        # a figure that ends a name with the word before it, a rank, a formula
        "Shares in the lender joined the FTSE 250 index.",
        "The Top 100 chart comes out on a Sunday.",
        "The AK 47 rifles were found in a barn.",
        "Many Radio 3 listeners wrote in to complain.",
        "Abu Omar, the No. 2 man in the group, was seized.",
        "Ministers met in a 2+2 format in Tokyo.",
        "The two-plus-two talks were held in Tokyo.",
        "He had a one-on-one talk with the coach.",
        "The Three Gorges Dam holds back the river.",
        "He flew home on Air Force One after the summit.",
        "One of them refused to comment.",
        # a duration is a time, and a year after a preposition is a date
        "Nearly six months after the vote, nothing had changed.",
        "Sales held up in the first three quarters of 2016.",
        # the time in which a race was won or finished
        "Dunne took the women's crown in 51.18, well ahead of Kerr.",
        "She won the sprint, winning easily in 30.26.",
        # a half a name describes, a part of a game or a place
        'The coach said: "There was a Welsh half, then an Irish one".',
        "The Leeds half of the pitch was muddy.",
        "The charges date from 1977 counts of fraud.",
        "He will stay for another 6 1/2 years.",
        # a number inside a time expression is the time's
        "The return match is a week later on the 11 December in Accra.",
        # a tournament's year after a capitalized currency word
        "Italy lost the Euro 2016 semi-finals in Lyon.",
        "The crossing lasted about three-and-a-half hours.",
        "They can only guess roughly four to five years.",
        "Get the latest scores sent to your phone.",
        "Her test scores rose this term.",
        # numbers to call
        "Residents were unable to call 911 overnight.",
        "Phone lines are down, so please dial 311 instead.",
        "Officials said 911 service was restored.",
        "Some calls to 999 went unanswered.",
        "Parents can reach the school office on ext. 5 all day.",
        "Swimmers in trouble should call the coastguard at 112 or 999.",
        "Readers abroad can call +44 7700 900 123 for help.",
        # a street number
        "The agency moved to 300 Elgin Street in the spring.",
        "Staff at 180 Kent will move next year.",
        # number words in a name are not added up, nor do a group's or a model's name count
        "She later appeared on the Nine Two Show with her sister.",
        "Leaders flew in for the Group of 8 summit in May.",
        "The carrier plans to fly the 787-9X on the route.",
        "He spent a season with Australian Super 14 side the Reds.",
        # a capitalized label word opening a sentence, with its number word
        "Phase Three of the dig begins after the floods.",
    ],
)
def test_quantities_non_quantities_are_skipped(pipeline, text):
    assert pipeline.extract(text).quantities == []


def test_quantities_list_number_after_an_item_without_a_stop_counts_nothing(pipeline):
    text = (
        "The top gems: 1. Aster, found in Peru in 1901, weighed 70 carats 2. Bellis, found"
        " in Chad in 1950, weighed 50 carats 3. Crocus, found in Mali in 1977, weighed 40 carats"
    )
    assert [q.text for q in pipeline.extract(text).quantities] == ["70", "50", "40"]


def test_quantities_link_time_in_the_same_sentence(pipeline):
    text = "Since October 7, the army has killed 46 people. Talks resume on Friday."
    doc = pipeline.nlp(text)
    article = Article(id="t", text=text)
    article.times = [
        TimeExpression(id="T1", start=6, end=15, text="October 7", type="DATE", value="2023-10-07"),
        TimeExpression(id="T2", start=67, end=73, text="Friday", type="DATE", value="XXXX-WXX-5"),
    ]
    [quantity] = find_quantities(doc, article)
    assert quantity.time == "T1"


def test_quantities_link_attribution_whose_content_holds_it(pipeline):
    text = "According to the ministry, the army has killed 46 people."
    doc = pipeline.nlp(text)
    article = Article(id="t", text=text)
    article.attributions = [
        Attribution(
            id="A1",
            cue=Span(0, 12, "According to"),
            source=None,
            content=Span(27, 56, text[27:56]),
            kind="according-to",
        )
    ]
    [quantity] = find_quantities(doc, article)
    assert quantity.attribution == "A1"


def test_quantities_in_a_quotation_that_runs_on_link_to_its_speaker(pipeline):
    text = (
        "“The strikes must stop,” the health minister said on Sunday.\n\n"
        "“At least 46 people were killed overnight and 110 were wounded.”\n\n"
        "The army did not comment."
    )
    article = pipeline.extract(text)
    [said] = article.attributions
    assert said.source.span.text == "the health minister"
    assert [(q.text, q.attribution) for q in article.quantities] == [
        ("At least 46", said.id),
        ("110", said.id),
    ]


def test_quantities_link_place_and_entities(pipeline):
    q = _only(pipeline, "In Gaza, the Israeli military has killed at least 46,707 Palestinians.")
    article = pipeline.extract(
        "In Gaza, the Israeli military has killed at least 46,707 Palestinians."
    )
    names = {e.id: e.name for e in article.entities}
    assert names[q.place] == "Gaza"
    assert "Palestinians" in {names[e] for e in q.entities}


def test_quantities_seed_article(seed_article):
    by_text = {q.text: q for q in seed_article.quantities}
    toll = by_text["at least 46,707"]
    assert (toll.value, toll.qualifier, toll.counted.category) == (46707, "at least", "killed")
    assert toll.counted.span.text == "Palestinians"
    source = next(a for a in seed_article.attributions if a.id == toll.attribution)
    assert source.source.span.text == "the health ministry in Gaza"
    wounded = by_text["110,265"]
    assert (wounded.value, wounded.qualifier, wounded.counted.category) == (
        110265,
        "exact",
        "wounded",
    )
    assert wounded.attribution == toll.attribution
    assert (by_text["about 1,200"].value, by_text["about 1,200"].qualifier) == (1200, "about")
    assert by_text["about 1,200"].counted.category == "killed"
    assert by_text["251"].counted.category == "hostages"
    part = by_text["around 15 of the 70"]
    assert (part.value, part.qualifier, part.counted.category) == (15, "about", "prisoners")
    regional = next(a for a in seed_article.attributions if a.id == part.attribution)
    assert regional.source.span.text == "regional officials"
    ratio = by_text["one out of every 50"]
    assert (ratio.value, ratio.qualifier, ratio.counted.category) == (0.02, "ratio", "killed")
    assert by_text["five-member"].value == 5
    assert not any("15 months" in q.text for q in seed_article.quantities)


def test_quantities_year_like_number_with_a_plural_noun_is_a_count(pipeline):
    q = _only(pipeline, "The march drew 2000 people to the square.")
    assert (q.value, q.counted.category) == (2000, "people")


@pytest.mark.parametrize(
    ("text", "quantity", "value", "counted", "category"),
    [
        # a multiplier the tokenizer split off belongs to the number
        ("Analysts think about 1m websites use the software.", "about 1m", 1e6, "websites",
         "other"),
        ("About 5m people live in the region.", "About 5m", 5e6, "people", "people"),
        ("The service has 2m active users.", "2m", 2e6, "active users", "people"),
        # a written amount the NER took for an ordinal is still an amount
        ("Officials said 3bn euros were spent.", "3bn euros", 3e9, None, "money"),
        # a hyphenated counted word is whole
        ("One e-mail reached the newsroom on Monday.", "One", 1.0, "e-mail", "other"),
    ],
)  # fmt: skip
def test_quantities_split_multipliers_and_hyphenated_nouns(
    pipeline, text, quantity, value, counted, category
):
    found = _only(pipeline, text)
    span = found.counted.span.text if found.counted and found.counted.span else None
    assert (found.text, found.value, span, found.counted.category) == (
        quantity,
        value,
        counted,
        category,
    )


@pytest.mark.parametrize(
    ("text", "quantity", "value", "unit"),
    [
        # an "m" after a figure with no currency before it and no plural noun after it is
        # metres, not million
        ("The heater has 13m of drying space.", "13m", 13, "m"),
        ("The wall is 3m high.", "3m", 3, "m"),
        ("About 2m of the voters stayed home.", "About 2m", 2e6, None),
        # a plural noun with its compound modifiers is counted in millions
        ("The archive keeps 200m forum posts online.", "200m", 2e8, None),
        ("The pool has a 25m diving board.", "25m", 25, "m"),
        # a race's distance, before a plural noun or not
        ("She took the 400m hurdles in Rome.", "400m", 400, "m"),
        ("He ran the fastest 200m heats of the season.", "200m", 200, "m"),
        # a sentence about money speaks of millions
        ("Sales fell to 20m euros.", "20m euros", 2e7, "EUR"),
        # a figure that is a verb's subject, or the "m" read as "am"
        ("Some 4m voted for the party.", "Some 4m", 4e6, None),
        ("Nearly 3m have signed the petition.", "Nearly 3m", 3e6, None),
    ],
)
def test_quantities_metres_are_not_millions(pipeline, text, quantity, value, unit):
    found = _only(pipeline, text)
    assert (found.text, found.value, found.unit) == (quantity, value, unit)


def test_quantities_bare_m_figure_is_millions_where_another_counts_in_millions(pipeline):
    text = "The show drew 6.1m viewers on Monday. The repeat peaked at 2.4m and 30% of them."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("6.1m", 6.1e6, None),
        ("2.4m", 2.4e6, None),
        ("30%", 30, "%"),
    ]


def test_quantities_amount_whose_currency_goes_unsaid_is_money(pipeline):
    text = (
        "The chain made 12m euros last year, up from 9m. It employs 800 people and its "
        "sales reached 4.1 billion ($4.4 billion) in May."
    )
    found = pipeline.extract(text).quantities
    assert [(q.text, q.counted.category) for q in found] == [
        ("12m euros", "money"),
        ("9m", "money"),
        ("800", "people"),
        ("4.1 billion", "money"),
        ("$4.4 billion", "money"),
    ]


def test_quantities_race_distances_are_metres_beside_race_titles(pipeline):
    text = "She holds the 1500m and 5000m titles. She was slower in the 800m."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("1500m", 1500, "m"),
        ("5000m", 5000, "m"),
        ("800m", 800, "m"),
    ]


@pytest.mark.parametrize(
    ("text", "quantity", "value", "unit", "counted"),
    [
        ("The road is 40 km long.", "40 km", 40, "km", None),
        # a capital "C" or "F" after a figure is degrees Celsius or Fahrenheit
        ("The lake warmed by 2.4 C over the decade.", "2.4 C", 2.4, "°C", None),
        # "and a half" hyphenated onto the number adds to it
        (
            "Pilgrims walked four-and-a-half miles to the shrine.",
            "four-and-a-half miles",
            4.5,
            "mi",
            None,
        ),
        ("The hedge stood three and a half feet high.", "three and a half feet", 3.5, "ft", None),
        # a rate written with a slash after a spaced figure is one unit
        ("The bus sped along at 95 km/h on the bypass.", "95 km/h", 95, "km/h", None),
        # what the measure is of
        ("Police seized 5 tonnes of cocaine at the port.", "5 tonnes", 5, "t", "cocaine"),
        ("The tower rises 300 feet above the bay.", "300 feet", 300, "ft", None),
        ("Sea levels rose 20cm.", "20cm", 20, "cm", None),
        ("The phone has a 6.1in screen.", "6.1in", 6.1, "in", None),
        ("The park covers 300 square miles.", "300 square miles", 300, "mi2", None),
        ("The trawler lay 12 nautical miles offshore.", "12 nautical miles", 12, "nmi", None),
        # "degrees" before a scale is a temperature; alone it may be an angle
        ("The lake froze at 2 degrees Celsius.", "2 degrees Celsius", 2, "°C", None),
        ("The gauge read 95 degrees F at noon.", "95 degrees F", 95, "°F", None),
        ("The roof slopes at 30 degrees.", "30", 30, None, "degrees"),
        ("The old engine now makes 300 horsepower.", "300 horsepower", 300, "hp", None),
        # an area abbreviated, or hyphenated to the number
        ("Each hen needs at least 4 sq m of room.", "at least 4 sq m", 4, "m2", "room"),
        ("They rebuilt the 28,000-square-meter hall.", "28,000-square-meter", 28000, "m2", None),
        # a vague amount "of" a unit is of that unit
        ("Crews stored thousands of tons of grit.", "thousands of tons", 2000, "t", "grit"),
        ("Hundreds of kilometres of road were shut.", "Hundreds of kilometres", 200, "km", "road"),
        # a rate spelled out
        ("The van hit 160 kilometers per hour.", "160 kilometers per hour", 160, "km/h", None),
        ("Gusts reached 70 miles per hour.", "70 miles per hour", 70, "mph", None),
        ("They set off on a 3-mile walk.", "3-mile", 3, "mi", None),
        ("The tablet holds 64GB of photos.", "64GB", 64, "GB", "photos"),
        ("The valley hosts a 45MW wind farm.", "45MW", 45, "MW", "wind farm"),
        # a volume, metric tons, a dose, a temperature, a camera's resolution
        ("The pump moves 5,000 cubic metres of water.", "5,000 cubic metres", 5000, "m3", "water"),
        ("Exports reached 9,000 metric tons of tea.", "9,000 metric tons", 9000, "t", "tea"),
        ("The limit is 80mg of alcohol.", "80mg", 80, "mg", "alcohol"),
        ("It was 2.1 Celsius warmer than usual.", "2.1 Celsius", 2.1, "°C", None),
        ("The phone takes 12 megapixel photos.", "12 megapixel", 12, "MP", "photos"),
        # pounds of weight, not money
        ("The parcel weighed roughly 12 pounds.", "roughly 12 pounds", 12, "lb", None),
        ("She is listed as 5-foot-6, 130 pounds.", "130 pounds", 130, "lb", None),
        ("Agents seized 700 pounds of cannabis at the dock.", "700 pounds", 700, "lb", "cannabis"),
        ("He shed 45 pounds before the race.", "45 pounds", 45, "lb", None),
        # feet and inches: one length, in feet
        ("The suspect was about 5ft 9in tall.", "about 5ft 9in", 5.75, "ft", None),
        ("The fence stood 7 feet 6 inches high.", "7 feet 6 inches", 7.5, "ft", None),
        # a count, not a measure; a one-letter unit only in lower case
        ("Some 40 tanks moved north.", "Some 40", 40, None, "tanks"),
    ],
)
def test_quantities_measure_takes_its_unit(pipeline, text, quantity, value, unit, counted):
    found = _only(pipeline, text)
    span = found.counted.span.text if found.counted.span else None
    assert (found.text, found.value, found.unit, span) == (quantity, value, unit, counted)
    assert found.counted.category != "money"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ounces in the sentence make its pounds a weight, and are one themselves
        (
            "The tent is compact, at 4 pounds and 2 ounces.",
            [("4 pounds", "lb"), ("2 ounces", "oz")],
        ),
        # pounds weighed before in the sentence weigh the pounds after them
        (
            "The small pan weighs 3 pounds and the deep one is almost 5 pounds.",
            [("3 pounds", "lb"), ("almost 5 pounds", "lb")],
        ),
        # losing a small number of pounds is weight; millions of pounds and a pound sign
        # in the sentence keep them money
        ("Her brother lost 40 pounds over the winter.", [("40 pounds", "lb")]),
        ("The club lost 3 million pounds on the transfer.", [("3 million pounds", "GBP")]),
        (
            "He lost 200 pounds at the races and £10 on the bus.",
            [("200 pounds", "GBP"), ("£10", "GBP")],
        ),
    ],
)
def test_quantities_pounds_weigh_by_their_sentence(pipeline, text, expected):
    found = [(q.text, q.unit) for q in pipeline.extract(text).quantities]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another figure with a unit of measure makes "m" metres where money is named too
        (
            "The rack takes 9kg of laundry on 14m of rail, and a cover adds £12.",
            [("9kg", "kg", 9), ("14m", "m", 14), ("£12", "GBP", 12)],
        ),
        # money stays millions
        (
            "The council spent £4m on a 6km tram line.",
            [("£4m", "GBP", 4_000_000), ("6km", "km", 6)],
        ),
    ],
)
def test_quantities_metres_beside_other_measures(pipeline, text, expected):
    found = [(q.text, q.unit, q.value) for q in pipeline.extract(text).quantities]
    assert found == expected


def test_quantities_pounds_after_a_preposition_stay_money(pipeline):
    found = _only(pipeline, "The stall brought in 300 pounds a week.")
    assert (found.unit, found.counted.category) == ("GBP", "money")


def test_quantities_number_after_the_verb_top_is_no_rank(pipeline):
    found = _only(pipeline, "Officials expect the crowd to top 80,000 on Sunday.")
    assert (found.text, found.value) == ("80,000", 80_000)


def test_quantities_number_word_in_capitals_after_a_noun_still_counts(pipeline):
    # a stop went missing before it: it opens a new sentence, no name
    found = pipeline.extract("The panel has nine seats Four were filled by women.").quantities
    assert [q.text for q in found] == ["nine", "Four"]


def test_quantities_currency_before_zone_names_the_states_that_use_it(pipeline):
    found = _only(pipeline, "The 12 Euro zone countries will grow slowly.")
    assert (found.text, found.unit, found.counted.span.text, found.counted.category) == (
        "12",
        None,
        "Euro zone countries",
        "other",
    )


def test_quantities_money_sentence_speaks_of_millions_and_3g_is_a_name(pipeline):
    found = pipeline.extract("It made 5m euros, up from 3m in the same period.").quantities
    assert [(q.text, q.value) for q in found] == [("5m euros", 5e6), ("3m", 3e6)]
    assert pipeline.extract("The firm sold its 3G phones in May.").quantities == []
    assert pipeline.extract("The lab bought two 3D printers.").quantities[0].text == "two"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police are looking for a van with the plate 482-KLM in the north.", []),
        ("Anyone with news should call 1-800-HELP-NOW at once.", []),
        # a unit in capitals after the hyphen is still a measure
        ("They will build a 500-MW plant.", [("500-MW", "MW")]),
    ],
)
def test_quantities_figure_hyphened_to_capitals_is_a_code(pipeline, text, expected):
    found = pipeline.extract(text).quantities
    assert [(q.text, q.unit) for q in found] == expected


def test_quantities_time_after_a_count_is_not_what_it_counts(pipeline):
    found = pipeline.extract("Some 3,000 troops were sent, up from 1,500 last year.").quantities
    assert [(q.text, q.counted.span.text if q.counted.span else None) for q in found] == [
        ("Some 3,000", "troops"),
        ("1,500", None),
    ]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # "times" before a comparison multiplies it and is no thing counted
        ("The new pump runs four times longer on a charge.", None),
        ("Rents there are at least three times higher.", None),
        ("Cyclists were five times as likely to be hurt.", None),
        # nor is the amount it multiplies after "times the", "times its"
        ("The bridge cost 2.5 times the sum first agreed.", None),
        ("The new depot is four times its old size.", None),
        ("The band has toured Japan six times.", "times"),
    ],
)
def test_quantities_times_before_a_comparison_count_nothing(pipeline, text, counted):
    q = _only(pipeline, text)
    assert (q.counted.span.text if q.counted.span else None) == counted


def test_quantities_rank_after_top_before_what_is_counted(pipeline):
    found = pipeline.extract("The duo later released two more top 10 singles.").quantities
    assert [(q.text, q.counted.span.text if q.counted.span else None) for q in found] == [
        ("two", "top 10 singles")
    ]


def test_quantities_difference_counts_nothing_past_its_comparison(pipeline):
    text = "The club won 18 games, four more than last year but still a poor season."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.counted.span.text if q.counted.span else None) for q in found] == [
        ("18", "games"),
        ("four", None),
    ]


def test_quantities_tens_without_of_counts_nothing(pipeline):
    assert pipeline.extract("The tens digit is wrong.").quantities == []


def test_quantities_money_in_brackets_counts_no_currency(pipeline):
    found = pipeline.extract("The console costs £99 in the UK (149 euros).").quantities
    assert [(q.text, q.counted.span) for q in found] == [("£99", None), ("149 euros", None)]


def test_quantities_money_multiplier_keeps_out_the_full_stop_and_counts_nothing(pipeline):
    found = pipeline.extract("The film took $24.1m (£12.7m). It was a deal worth over £17m.")
    assert [(q.text, q.value, q.counted.span) for q in found.quantities] == [
        ("$24.1m", 24.1e6, None),
        ("£12.7m", 12.7e6, None),
        ("over £17m", 17e6, None),
    ]


@pytest.mark.parametrize(
    ("text", "quantity", "value", "qualifier", "unit"),
    [
        ("Prices rose roughly 30 per cent last year.", "roughly 30 per cent", 30, "about", "%"),
        ("Villagers expect a three-percent rise.", "three-percent", 3, "exact", "%"),
        ("The $100-million project opens in May.", "$100-million", 1e8, "exact", "USD"),
        # a number word hyphenated to its multiplier
        ("The old two-million lira coin is gone.", "two-million lira", 2e6, "exact", "TRY"),
        ("They built a six-billion-dollar dam.", "six-billion-dollar", 6e9, "exact", "USD"),
        # a vague plural counts at least two of its unit, once
        ("Hundreds of thousands of people marched.", "Hundreds of thousands", 2e5, "at least",
         None),
    ],
)  # fmt: skip
def test_quantities_per_cent_hyphenated_figures_and_vague_multiples(
    pipeline, text, quantity, value, qualifier, unit
):
    found = _only(pipeline, text)
    assert (found.text, found.value, found.qualifier, found.unit) == (
        quantity,
        value,
        qualifier,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("It cut A$68m from its targets.", "A$68m", "AUD"),
        ("The state will pump 154m naira into cocoa.", "154m naira", "NGN"),
        ("Prices rose to 900 pesos.", "900 pesos", "MXN"),
        ("Profit reached HK$327m last year.", "HK$327m", "HKD"),
        ("Bonds worth NZ$5bn were sold.", "NZ$5bn", "NZD"),
        ("The debt stood at R$10bn.", "R$10bn", "BRL"),
        ("Each ticket cost Rs500 on the day.", "Rs500", "INR"),
        ("The fine was USD 20 per day.", "USD 20", "USD"),
        ("The fee was 300 EUR per head.", "300 EUR", "EUR"),
        ("A meal costs RM50 in the capital.", "RM50", "MYR"),
        ("The fare rose to KSh200 last week.", "KSh200", "KES"),
        # a nationality before the currency's name says whose
        ("The grant was worth 500 Australian dollars.", "500 Australian dollars", "AUD"),
        ("A night there costs 90 Swiss francs.", "90 Swiss francs", "CHF"),
        ("He earns about 300 Bangladeshi taka a week.", "about 300 Bangladeshi taka", "BDT"),
        ("The firm lost Canadian dollars 40m in the year.", "Canadian dollars 40m", "CAD"),
        ("Tickets cost 5,000 rupiah at the gate.", "5,000 rupiah", "IDR"),
        ("A sack of rice sold for 9,500 riel.", "9,500 riel", "KHR"),
        ("The noodle stall charged 45,000 dong a bowl.", "45,000 dong", "VND"),
        # a country's short name or a currency union before the currency's name
        ("Sales hit 40 million US dollars in May.", "40 million US dollars", "USD"),
        ("The bridge cost 3 billion U.S. dollars.", "3 billion U.S. dollars", "USD"),
        ("Cotton brought in 12 billion CFA francs.", "12 billion CFA francs", "XOF"),
        ("Losses reached AUS$9 million by June.", "AUS$9 million", "AUD"),
        # "won" after a multiplier, where it is no verb with an object
        ("The court fined the firm 5 billion won.", "5 billion won", "KRW"),
    ],
)
def test_quantities_more_currencies(pipeline, text, quantity, unit):
    found = _only(pipeline, text)
    assert (found.text, found.unit, found.counted.category) == (quantity, unit, "money")


def test_quantities_title_case_headline_verb_counts_and_gives_its_category(pipeline):
    found = _only(pipeline, "Quake Kills 20 in Eastern Province")
    assert (found.text, found.value, found.counted.category) == ("20", 20.0, "killed")
    assert found.counted.span is None


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The death toll from the blast has risen to 13.", 13, "killed"),
        ("Officials said the death toll stands at 46.", 46, "killed"),
        ("A death toll of 46 was reported by the ministry.", 46, "killed"),
        ("The storm raised the death toll to 30.", 30, "killed"),
        ("The number of people killed rose to 20.", 20, "killed"),
        ("The tally of injured climbed to 30.", 30, "wounded"),
        ("The number of protesters grew to 500.", 500, "protesters"),
        ("The number of cases rose to 13.", 13, "other"),
        # what befell the counted: a participle or adjective after it, or after the number
        ("Officials said 12 people killed in the raid were civilians.", 12, "killed"),
        ("Two guards wounded in the attack were flown out.", 2, "wounded"),
        ("Rescuers found 20 people missing since the storm.", 20, "missing"),
        ("The fighting left at least 14 people dead.", 14, "killed"),
        ("At least 15 wounded in a blast at a market.", 15, "wounded"),
        ("The floods left 40 dead in the valley.", 40, "killed"),
        ("The mudslide left 600 homeless overnight.", 600, "displaced"),
        ("The junta hanged 40 during the purge.", 40, "killed"),
    ],
)
def test_quantities_toll_or_what_befell_the_counted_gives_the_category(
    pipeline, text, value, category
):
    found = _only(pipeline, text)
    assert (found.value, found.counted.category) == (value, category)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The paper laid off 90 journalists this year.", "people"),
        ("The plane carried 150 passengers and six crew.", "people"),
        ("Police arrested two militants near the border.", "arrested"),
        ("About 2,000 rebels hold the town.", "troops"),
        # a noun with the word before it
        ("Some 300 special forces were flown to the border.", "troops"),
        ("About 9,000 NATO service members stay in the country.", "troops"),
        ("The camp houses 1,250 asylum seekers.", "displaced"),
        ("She raised four daughters on her own.", "people"),
        ("About 40 activists gathered outside the court.", "people"),
        ("Some 27 party leaders met in the capital.", "people"),
        ("The paper hired six bloggers and two surgeons.", "people"),
        ("Nearly 80 market vendors closed their stalls.", "people"),
        ("Three hackers stole the files, the bank said.", "people"),
        ("Some 5,000 foreigners live in the old town.", "people"),
        ("Half of those questioned wanted a new road.", "people"),
        ("Two firms are the main producers of the drug.", "other"),
        # roles in a case, a survey or a household
        ("The judge heard nine defendants on Monday.", "people"),
        ("Over half of the respondents backed the plan.", "people"),
        ("The firm trained 40 young professionals last spring.", "people"),
        ("Her two mums drove her to the station.", "people"),
        ("The fair hosted 300 wine traders and 20 vintners.", "people"),
    ],
)
def test_quantities_people_by_what_they_do(pipeline, text, category):
    assert pipeline.extract(text).quantities[0].counted.category == category


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Police fired at 12 protesters gathered outside.", "12"),
        ("The fare is 12.50 Euros.", "12.50 Euros"),
    ],
)
def test_quantities_count_that_looks_like_a_time_is_kept(pipeline, text, quantity):
    assert _only(pipeline, text).text == quantity


@pytest.mark.parametrize(
    ("text", "counted", "category"),
    [
        ("The club fielded four foreigners last year, down from seven.", "foreigners", "people"),
        ("Officials logged 61 deaths in 2019 and at least 22 in 2020.", "deaths", "killed"),
        ("The firm employs 900 people, with about 300 in Wales.", "people", "people"),
        ("We met five voters in Leeds and one in York.", "voters", "people"),
        # where they come from sets the second apart from the first
        ("The court charged 20 officials and five from the firm.", None, "other"),
        # a figure with a fraction is a reading, not a count of things
        ("Output in the two sectors hit a high of 53.5 in May.", None, "other"),
        ("The UK has 7.5 links per 100 homes, against 6.7 in Spain.", "links", "other"),
    ],
)
def test_quantities_bare_count_after_a_count_counts_its_noun(pipeline, text, counted, category):
    second = pipeline.extract(text).quantities[1]
    span = second.counted.span.text if second.counted.span else None
    assert (span, second.counted.category) == (counted, category)


def test_quantities_label_word_elsewhere_leaves_other_counts_of_its_figure(pipeline):
    found = _only(pipeline, "Flight 9 landed late. Then 9 people were questioned.")
    assert (found.text, found.counted.span.text) == ("9", "people")


def test_quantities_amount_in_a_list_of_conversions_is_money_without_its_sign(pipeline):
    text = "The prize is worth 5 million yuan ($720,000; 680,000 euros; 590,000) this year."
    last = pipeline.extract(text).quantities[-1]
    assert (last.text, last.unit, last.counted.category) == ("590,000", None, "money")


@pytest.mark.parametrize(
    ("text", "counted", "category"),
    [
        ("The trust wants to raise the number of nurses from 800 to 950.", "nurses", "people"),
        ("The number of people killed rose to 20.", "people", "killed"),
        ("The death toll rose to 13 on Monday.", None, "killed"),
    ],
)
def test_quantities_value_of_a_number_of_counts_its_noun(pipeline, text, counted, category):
    last = pipeline.extract(text).quantities[-1]
    span = last.counted.span.text if last.counted.span else None
    assert (span, last.counted.category) == (counted, category)


def test_quantities_base_of_a_rate_after_per_counts_nothing(pipeline):
    found = _only(pipeline, "The town saw 3.1 burglaries per 1,000 homes last year.")
    assert (found.text, found.counted.span.text) == ("3.1", "burglaries")


def test_quantities_count_after_a_spaced_dash_and_a_name_is_kept(pipeline):
    found = _only(pipeline, "This included a record number of Poles and Czechs - 41,000.")
    assert (found.text, found.value) == ("41,000", 41_000)


def test_quantities_count_after_an_age_and_its_and_is_kept(pipeline):
    text = "The town has many residents over the age of 90 and 12,000 people in care."
    found = _only(pipeline, text)
    assert (found.text, found.counted.span.text) == ("12,000", "people")


@pytest.mark.parametrize(
    ("text", "quantity", "value"),
    [
        ("He was charged \ufffd152 for the repair.", "152", 152),
        ("The council paid it \ufffd48m to run the homes.", "48m", 48e6),
        # a question mark that opens a word stands for the sign too, with its qualifier
        ("Owners who ignore the ban face a fine of ?250.", "250", 250),
        ("The new roof may cost up to ?4,500 in all.", "up to ?4,500", 4500),
        # before a time the NER took it for a date with
        ("Her rent rose to \ufffd1,800 a month in June.", "1,800", 1800),
        # "m" after the lost sign is million, where the parser ends a sentence at the mark
        ("Its aim is to recover ?700m a year by 2019-20, officials say.", "700m", 700e6),
        ("The fund has a target to reclaim ?250m of the money lost to fraud.", "250m", 250e6),
        # and where the NER takes the figure and its "m" for a date
        ("The board hopes to save ?40m a year by closing the depot.", "40m", 40e6),
    ],
)
def test_quantities_figure_after_a_lost_currency_sign_is_money(pipeline, text, quantity, value):
    found = _only(pipeline, text)
    assert (found.text, found.value, found.unit, found.counted.category) == (
        quantity,
        value,
        None,
        "money",
    )


def test_quantities_stop_glued_to_a_hyphen_ends_the_counted_phrase(pipeline):
    # the parser reads the two sentences as one; the counted noun stops at the glued stop
    text = "Rebels at the pass killed seven porters.- Tens of thousands of herders have fled."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.counted.span.text) for q in found] == [
        ("seven", "porters"),
        ("Tens of thousands", "herders"),
    ]


def test_quantities_pounds_of_money_stay_money(pipeline):
    found = _only(pipeline, "The trust wasted 8,000 pounds of public money on signs.")
    assert (found.text, found.unit, found.counted.category) == ("8,000 pounds", "GBP", "money")


def test_quantities_question_mark_that_ends_a_question_is_no_sign(pipeline):
    found = _only(pipeline, "Who would come? 40 people said they would.")
    assert (found.text, found.counted.category) == ("40", "people")


def test_quantities_top_before_the_noun_it_counts_still_counts(pipeline):
    found = _only(pipeline, "The top three firms hold most of the market.")
    assert (found.text, found.value, found.counted.span.text) == ("three", 3, "firms")


def test_quantities_place_before_a_count_is_not_what_it_counts(pipeline):
    text = "Seats in England average 70,000 voters, in Wales 56,000 and in Scotland 62,000."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.counted.span.text if q.counted.span else None) for q in found] == [
        ("70,000", "voters"),
        ("56,000", None),
        ("62,000", None),
    ]


def test_quantities_full_stop_ends_what_an_amount_counts(pipeline):
    found = _only(pipeline, "Shares were bought for about $230m. Rumours lifted them.")
    assert (found.text, found.unit, found.counted.span) == ("about $230m", "USD", None)


def test_quantities_verb_with_an_object_is_no_state_of_the_counted(pipeline):
    found = _only(pipeline, "Despite missing forecasts of 53.7, the index rose.")
    assert found.counted.category == "other"


def test_quantities_emergency_number_that_counts_something_is_kept(pipeline):
    q = _only(pipeline, "In all, 999 homes were lost in the fire.")
    assert (q.text, q.value, q.counted.span.text) == ("999", 999, "homes")


@pytest.mark.parametrize(
    ("text", "counted"), [("Scores of people were hurt.", "people"), ("Scores were hurt.", None)]
)
def test_quantities_scores_as_a_number_is_kept(pipeline, text, counted):
    q = _only(pipeline, text)
    assert (q.value, q.qualifier) == (40, "at least")
    assert (q.counted.span.text if q.counted and q.counted.span else None) == counted


@pytest.mark.parametrize(
    ("text", "quantity", "value", "counted"),
    [
        (
            "Almost one-third of the county's grain is grown on these farms.",
            "Almost one-third",
            1 / 3,
            "grain",
        ),
        ("Two-thirds of the delegates voted against the motion.", "Two-thirds", 2 / 3, "delegates"),
        ("A quarter of the nurses resigned last spring.", "A quarter", 0.25, "nurses"),
        ("Three-quarters of the shops on the street stayed shut.", "Three-quarters", 0.75, "shops"),
        ("More than half the island lost its water supply.", "More than half", 0.5, "island"),
        ("About a fifth of the ferry crews went on strike.", "About a fifth", 0.2, "ferry crews"),
        ("The fund bought a one-fifth stake in the brewer.", "one-fifth", 0.2, "stake"),
    ],
)
def test_quantities_fraction_of_a_whole_is_a_ratio(pipeline, text, quantity, value, counted):
    found = [q for q in pipeline.extract(text).quantities if q.text == quantity]
    assert len(found) == 1, [q.text for q in pipeline.extract(text).quantities]
    assert found[0].qualifier == "ratio"
    assert found[0].value == pytest.approx(value)
    assert found[0].counted.span.text == counted


@pytest.mark.parametrize(
    ("text", "quantity", "value", "counted"),
    [
        ("The council cut the library budget by a third, officials said.", "a third", 1 / 3, None),
        ("Rents fell by a fifth.", "a fifth", 0.2, None),
        ("The jobless rate could climb to half.", "half", 0.5, None),
        ("At least half of you will need a visa.", "At least half", 0.5, None),
        ("Rebels now hold the north and half of eastern Aleppo.", "half", 0.5, None),
        (
            "Nearly half those questioned said the mayor should resign.",
            "Nearly half",
            0.5,
            "those questioned",
        ),
    ],
)
def test_quantities_fraction_standing_alone_is_a_ratio(pipeline, text, quantity, value, counted):
    found = _only(pipeline, text)
    assert (found.text, found.qualifier) == (quantity, "ratio")
    assert found.value == pytest.approx(value)
    assert (found.counted.span.text if found.counted.span else None) == counted


def test_quantities_multiplier_in_a_compound_counts_nothing(pipeline):
    assert pipeline.extract("They bought a million-dollar flat by the sea.").quantities == []


@pytest.mark.parametrize(
    ("text", "quantity", "value", "unit"),
    [
        ("Half a million people marched through the capital.", "Half a million", 500_000, None),
        (
            "A quarter of a million refugees reached the coast.",
            "A quarter of a million",
            250_000,
            None,
        ),
        (
            "One and a half million homes lost power overnight.",
            "One and a half million",
            1_500_000,
            None,
        ),
        ("Half a dozen soldiers were hurt in the blast.", "Half a dozen", 6, None),
        (
            "The group paid two and a half billion dollars for it.",
            "two and a half billion dollars",
            2.5e9,
            "USD",
        ),
        ("The bank cut its rate by half a percentage point.", "half a percentage point", 0.5, "pp"),
        ("Support for the party fell 3 percentage points.", "3 percentage points", 3, "pp"),
        ("The central bank cut by 50 basis points.", "50 basis points", 50, "bp"),
        ("It lifts the band by a quarter of a percent.", "a quarter of a percent", 0.25, "%"),
    ],
)
def test_quantities_fraction_before_a_multiplier_is_part_of_the_number(
    pipeline, text, quantity, value, unit
):
    found = _only(pipeline, text)
    assert (found.text, found.value, found.unit) == (quantity, value, unit)
    assert found.qualifier == "exact"


@pytest.mark.parametrize(
    "text",
    [
        "The visitors scored twice in the second half of the match.",
        "The northern half of the valley flooded.",
        "The talks lasted three quarters of an hour.",
        "I have argued for a year and a half that the plan would fail.",
        "Output grew again after two quarters of contraction.",
        "Smog fell during the one-week-and-a-half session.",
        "They split the bill in half.",
        "She scored a fourth before the break.",
        "The band played at half-time.",
    ],
)
def test_quantities_halves_that_are_no_share(pipeline, text):
    assert pipeline.extract(text).quantities == []


@pytest.mark.parametrize(
    ("text", "counted", "category"),
    [
        (
            "Rebels fought on despite a 9,000-strong peacekeeping force nearby.",
            "peacekeeping force",
            "troops",
        ),
        ("A 4,000-strong crowd waited outside the court.", "crowd", "people"),
        ("The festival named a 13-strong jury of critics.", "jury", "other"),
    ],
)
def test_quantities_strong_counts_the_body_it_describes(pipeline, text, counted, category):
    found = _only(pipeline, text)
    assert (found.counted.span.text, found.counted.category) == (counted, category)


@pytest.mark.parametrize(
    "text",
    [
        "Both leaders said they still back a two-state solution.",
        "The country ended its one-child policy years ago.",
        "Exports saw a four-fold rise over the decade.",
        "Critics called it a one-size-fits-all approach to schools.",
        "The inn lost its two-star rating after the inspection.",
        "The three-time winner pulled out of the race on Friday.",
        "The city wants zero-emission buses on every route.",
        "The town opened a zero-waste shop by the station.",
        "Dealers sell more zero-emissions vans each year.",
        "There is zero appetite for talks on the plan.",
        "The club has zero tolerance of abuse from fans.",
        "The town opened a one-stop shop for permits.",
        "The brand sells mostly to 30-somethings in big cities.",
        "The farm's one-eyed goat drew crowds at the fair.",
        "Her studio sold a five-headed clay dragon.",
        "The museum screens a 3-D film about coral reefs.",
    ],
)
def test_quantities_fixed_compounds_count_nothing(pipeline, text):
    assert pipeline.extract(text).quantities == []


def test_quantities_counted_noun_has_letters(pipeline):
    found = _only(pipeline, "The fund paid 10,000 \ufffd to each family.")
    assert found.counted.span is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # bodies are the dead unless organizations
        ("Divers recovered three bodies from the canal.", "killed"),
        ("Four regulatory bodies tightened the rules on lending.", "other"),
        ("The law covers four elected bodies in the region.", "other"),
        ("The report lists 111 appointed bodies set up since the war.", "other"),
        # those who get away are not displaced
        ("Witnesses said two gunmen fled on a motorbike.", "troops"),
        ("Three suspects fled before the police arrived.", "people"),
        ("About 400 villagers fled the flooding.", "displaced"),
        # a word between the number and its noun says what befell the counted
        ("Rescuers counted nine dead villagers in the rubble.", "killed"),
        ("Two injured firefighters were flown to hospital.", "wounded"),
        ("The coastguard searched for three missing fishermen.", "missing"),
        ("Some 500 displaced families sheltered in the stadium.", "displaced"),
        # nouns for people count people
        ("Police are hunting two suspects after the raid.", "people"),
        ("Three former violinists testified on Monday.", "people"),
        ("Seven foreign nationals were questioned.", "people"),
        ("The band released two playlists this week.", "other"),
        ("About 3,000 civil servants will move north.", "people"),
        ("Some 40 benefit claimants won payouts.", "people"),
        ("The shelter took in two adult females and a boy.", "people"),
        ("Six hopefuls applied for the post.", "people"),
    ],
)
def test_quantities_counted_noun_and_its_words_give_the_category(pipeline, text, category):
    assert _only(pipeline, text).counted.category == category


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # the word after a bare count says what befell it
        ("The crash left three dead and nine injured.", ["killed", "wounded"]),
        ("The fire killed two and injured at least 15 more.", ["killed", "wounded"]),
        ("The death toll climbed to 40, with dozens more missing.", ["killed", "missing"]),
        # what befell a subject is not what befell the places it names
        ("Its raids on 40 villages last year killed 300 people.", ["other", "killed"]),
        ("Shelling in nine districts wounded 70 civilians.", ["other", "wounded"]),
        ("Six of the miners were killed in the blast.", ["killed"]),
        ("All 90 aboard, including 84 passengers, were killed.", ["killed", "killed"]),
        # a count in the means, place or agent of the verb is not whom it befell
        ("Nine people were killed in three car bombs.", ["killed", "other"]),
        ("The guard was shot dead by two of his cellmates.", ["prisoners"]),
        ("The driver was killed along with three others.", ["killed"]),
        ("The courier was killed with a single blow and two shots.", ["other"]),
        ("The judge was killed along with two bodyguards.", ["killed"]),
        # those who did the harm to the verb's object did not suffer it; those whose own
        # lives or homes it names did
        ("Two roadside bombs near the depot killed five guards.", ["other", "killed"]),
        ("Three separate blasts claimed 40 lives that week.", ["other", "killed"]),
        ("Four climbers lost their lives on the ridge.", ["killed"]),
        # people who march or protest are protesters, and so are those who take to the
        # streets where unrest is told; soldiers who march and revellers stay what they are
        ("About 600 nurses marched on the ministry.", ["protesters"]),
        ("When the strike was banned, thousands took to the streets.", ["protesters"]),
        ("For the carnival about 9,000 people took to the streets in costume.", ["people"]),
        ("Some 400 soldiers marched into the square.", ["troops"]),
        ("Crowds protested the treatment of 300 workers.", ["people"]),
        # and so are those who did something so as to protest
        ("Thousands of nurses braved the sleet to protest the cuts.", ["protesters"]),
        # a parent "of" a bare count counts the children, whatever befell the parent
        ("A widowed mother-of-five runs the shop alone.", ["people"]),
        ("Gunmen killed a father of seven near the well.", ["people"]),
        # and a place or a population "of" a bare count counts its people
        ("The port, a town of about 8,000, lost its ferry.", ["people"]),
        ("Officials said the island has a population of over 40,000.", ["people"]),
        # a quoted sentence that a number opens still counts
        ('"Forty villagers were hurt," the mayor said.', ["wounded"]),
        # a count with no noun that speaks is people, unless it is a part "of" a whole
        ("After the hearing the three told reporters they were innocent.", ["people"]),
        ("Nine of them said they would appeal.", ["other"]),
        # number words capitalized inside a sentence still count before a noun in lower case
        ("Police said Twenty Two people were hurt in the crash.", ["wounded"]),
        # a bare count ending the sentence, which the parser reads as a measure of the verb
        ("On Friday a truck bomb near the port killed at least 27.", ["killed"]),
        ("Some 9,000 villagers fled their homes overnight.", ["displaced"]),
        # the verb a raising verb governs says what befell its subject
        ("More than 2,000 people are believed to have died in the quake.", ["killed"]),
        # the value of a toll the parser hung on the noun of the next clause
        (
            "Medics say the death toll from the landslide has risen to seven and about"
            " 8,000 people have left their homes.",
            ["killed", "displaced"],
        ),
        # the deaths of a vague count, and counted killings and disappearances
        ("Riots followed the deaths of thousands of migrants.", ["killed"]),
        ("Monitors logged 900 killings and 120 enforced disappearances.", ["killed", "missing"]),
    ],
)
def test_quantities_categories_of_a_sentence(pipeline, text, categories):
    assert [q.counted.category for q in pipeline.extract(text).quantities] == categories


def test_quantities_quarter_of_a_compound_noun_is_a_share(pipeline):
    found = _only(pipeline, "A quarter of web shoppers pay by phone.")
    assert (found.text, found.value, found.qualifier) == ("A quarter", 0.25, "ratio")


@pytest.mark.parametrize(
    ("text", "quantity", "counted"),
    [
        # a level the figure names counts nothing
        ("The index closed above the 9,000 mark on Tuesday.", "9,000", None),
        ("Ministers doubt the 60 million figure they were given.", "60 million", None),
        ("Rents climbed past the 2,500 threshold in spring.", "2,500", None),
        # a plural of the same noun is still counted
        ("The tower has 12 levels above the street.", "12", "levels"),
    ],
)
def test_quantities_level_named_by_a_figure_counts_nothing(pipeline, text, quantity, counted):
    found = _only(pipeline, text)
    span = found.counted.span.text if found.counted.span is not None else None
    assert (found.text, span) == (quantity, counted)
