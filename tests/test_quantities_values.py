"""The quantities stage: number phrases and their values, ratios, fractions and shares."""

from __future__ import annotations

import pytest

from tests.quantities_checks import only


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
        # and a short one written apart from the figure
        ("Aid to the region rose to $3.8 bn last year.", "$3.8 bn", 3_800_000_000),
        # a figure with thousands set off by commas takes its multiplier too
        ("The state spent 18,650bn rupees on roads.", "18,650bn rupees", 18_650_000_000_000),
        ("Exports reached 12,905.5bn yen.", "12,905.5bn yen", 12_905_500_000_000),
        # half of a multiplier, after a determiner or with its article left out
        ("Each delay costs the port another half a million.", "half a million", 500_000),
        # a multiplier alone after "another" is one more of it
        ("The floods left another thousand without homes.", "thousand", 1_000),
        ("The club will need another million euros.", "million euros", 1_000_000),
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
    q = only(pipeline, text)
    assert (q.text, q.value) == (quantity, value)


def test_quantities_vague_plural_is_a_lower_bound(pipeline):
    q = only(pipeline, "Hundreds of protesters marched through the capital.")
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
        ("Aid was about one-twentieth of the sum pledged.", "about one-twentieth", 0.05),
    ],
)
def test_quantities_ratio(pipeline, text, quantity, value):
    q = only(pipeline, text)
    assert (q.text, q.value, q.qualifier) == (quantity, value, "ratio")


@pytest.mark.parametrize(
    ("text", "amount", "count"),
    [
        ("The fund lent $3 billion in five countries last year.", ("$3 billion", "exact"), "five"),
        (
            "About 40 million euros in six regions went unspent.",
            ("About 40 million euros", "about"),
            "six",
        ),
    ],
)
def test_quantities_money_in_a_count_of_places_is_no_ratio(pipeline, text, amount, count):
    quantities = pipeline.extract(text).quantities
    assert [(q.text, q.qualifier) for q in quantities] == [amount, (count, "exact")]
    assert quantities[0].counted.category == "money"


@pytest.mark.parametrize(
    ("text", "quantity", "value", "qualifier", "counted", "category"),
    [
        (
            "Turkey will take in around 15 of the 70 Palestinian prisoners.",
            "around 15 of the 70",
            15,
            "about",
            "Palestinian prisoners",
            "prisoners",
        ),
        # "out of" with a determiner, and the last or first of a longer run
        (
            "The club has lost four out of its last six matches.",
            "four out of its last six",
            4,
            "exact",
            "matches",
            "other",
        ),
        (
            "Only two out of their 12 lawyers were women.",
            "two out of their 12",
            2,
            "exact",
            "lawyers",
            "people",
        ),
        (
            "Rovers have won three of their last five away games.",
            "three of their last five",
            3,
            "exact",
            "away games",
            "other",
        ),
    ],
)
def test_quantities_part_of_a_whole(pipeline, text, quantity, value, qualifier, counted, category):
    q = only(pipeline, text)
    assert (q.text, q.value, q.qualifier) == (quantity, value, qualifier)
    assert q.counted.span.text == counted
    assert q.counted.category == category


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
        # a hyphen before a function word joins no counted word to the number: a rate, or a
        # text that lost its spaces
        ("The state pays a $1 billion-a-year subsidy to farms.", "$1 billion", 1e9, "subsidy",
         "money"),
        ("The tally of names had-risen to 80,000-by-Friday, the group said.", "80,000", 8e4,
         "names", "other"),
    ],
)  # fmt: skip
def test_quantities_split_multipliers_and_hyphenated_nouns(
    pipeline, text, quantity, value, counted, category
):
    found = only(pipeline, text)
    span = found.counted.span.text if found.counted and found.counted.span else None
    assert (found.text, found.value, span, found.counted.category) == (
        quantity,
        value,
        counted,
        category,
    )


@pytest.mark.parametrize(
    ("text", "quantity", "value", "qualifier", "unit"),
    [
        ("Prices rose roughly 30 per cent last year.", "roughly 30 per cent", 30, "about", "%"),
        ("Rents rose by 12 per-cent last spring.", "12 per-cent", 12, "exact", "%"),
        ("Villagers expect a three-percent rise.", "three-percent", 3, "exact", "%"),
        ("The $100-million project opens in May.", "$100-million", 1e8, "exact", "USD"),
        # a number word hyphenated to its multiplier
        ("The old two-million lira coin is gone.", "two-million lira", 2e6, "exact", "TRY"),
        ("They built a six-billion-dollar dam.", "six-billion-dollar", 6e9, "exact", "USD"),
        # a vague plural counts at least two of its unit, once
        ("Hundreds of thousands of people marched.", "Hundreds of thousands", 2e5, "at least",
         None),
        # a multiplier in the plural after a number is that number's multiplier
        ("The party found £14 billions of savings.", "£14 billions", 14e9, "exact", "GBP"),
        ("The port handles 3 millions of tonnes.", "3 millions of tonnes", 3e6, "exact", "t"),
    ],
)  # fmt: skip
def test_quantities_per_cent_hyphenated_figures_and_vague_multiples(
    pipeline, text, quantity, value, qualifier, unit
):
    found = only(pipeline, text)
    assert (found.text, found.value, found.qualifier, found.unit) == (
        quantity,
        value,
        qualifier,
        unit,
    )


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
        # a fraction of a hundred or more parts
        (
            "Each clerk is paid one sixtieth of her final wage a year.",
            "one sixtieth",
            1 / 60,
            "final wage",
        ),
        ("A thousandth of the levy went on signs.", "A thousandth", 0.001, "levy"),
        # after a dash set off by spaces
        (
            "Some 800 nurses left last year - two-thirds of whom were agency staff.",
            "two-thirds",
            2 / 3,
            "nurses",
        ),
        ("It forced out 40,000 people - half of the town's population.", "half", 0.5, "population"),
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
    found = only(pipeline, text)
    assert (found.text, found.qualifier) == (quantity, "ratio")
    assert found.value == pytest.approx(value)
    assert (found.counted.span.text if found.counted.span else None) == counted


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
    found = only(pipeline, text)
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
        "A gauge of demand two quarters ahead fell in June.",
        "Smog fell during the one-week-and-a-half session.",
        "They split the bill in half.",
        "She scored a fourth before the break.",
        "The band played at half-time.",
        # a fraction of a unit of time is a duration, its number no count
        "Okafor finished one tenth of a second behind the champion.",
        "The new hull made the yacht two tenths of a second quicker.",
    ],
)
def test_quantities_halves_that_are_no_share(pipeline, text):
    assert pipeline.extract(text).quantities == []


def test_quantities_quarter_of_a_compound_noun_is_a_share(pipeline):
    found = only(pipeline, "A quarter of web shoppers pay by phone.")
    assert (found.text, found.value, found.qualifier) == ("A quarter", 0.25, "ratio")
