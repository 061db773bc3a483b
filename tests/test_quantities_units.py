"""The quantities stage: money, percentages and units of measure."""

from __future__ import annotations

import pytest

from tests.quantities_checks import only


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
        # or a country's short name that names one currency
        ("The loonie slid to 71.5 U.S. cents.", "71.5 U.S. cents", 0.715, "USD"),
        # a subunit after an amount that has its sign says the subunit again
        ("The stall asked $0.40 cents for a melon.", "$0.40", 0.4, "USD"),
        # a subunit hyphenated to the number is money, not cents counted
        ("The bakery raised its 12-pence rolls again.", "12-pence", 0.12, "GBP"),
        # a scale word or a currency's name hyphenated to the figure
        ("The state will spend $15-billion on rail.", "$15-billion", 15e9, "USD"),
        ("Voters backed a 40-million-euro stadium.", "40-million-euro", 40e6, "EUR"),
    ],
)  # fmt: skip
def test_quantities_percent_and_money(pipeline, text, quantity, value, unit):
    q = only(pipeline, text)
    assert (q.text, q.value, q.unit) == (quantity, value, unit)
    assert q.counted.span is None  # the unit word is not the thing counted
    if unit != "%":
        assert q.counted.category == "money"


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
        # those who run it, after a number, "the", an adjective or a possessive
        ("She is among the top four 800m runners.", "800m", 800, "m"),
        ("Norway's 400m hurdlers trained in Oslo.", "400m", 400, "m"),
        ("Some 2m runners took part in the parks.", "Some 2m", 2e6, None),
        # a sentence about money speaks of millions
        ("Sales fell to 20m euros.", "20m euros", 2e7, "EUR"),
        # a figure that is a verb's subject, or the "m" read as "am"
        ("Some 4m voted for the party.", "Some 4m", 4e6, None),
        ("Nearly 3m have signed the petition.", "Nearly 3m", 3e6, None),
    ],
)
def test_quantities_metres_are_not_millions(pipeline, text, quantity, value, unit):
    found = only(pipeline, text)
    assert (found.text, found.value, found.unit) == (quantity, value, unit)


def test_quantities_bare_m_figure_is_millions_where_another_counts_in_millions(pipeline):
    text = "The show drew 6.1m viewers on Monday. The repeat peaked at 2.4m and 30% of them."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("6.1m", 6.1e6, None),
        ("2.4m", 2.4e6, None),
        ("30%", 30, "%"),
    ]


def test_quantities_bare_m_figure_stays_metres_beside_runners_of_a_distance(pipeline):
    text = "Ana Lind is one of the top five 800m runners. She pulled away over the last 200m."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.value, q.unit) for q in found] == [("800m", 800, "m"), ("200m", 200, "m")]


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
        # a degree sign written onto the figure before the scale's letter
        ("Frost set in at 27°F before dawn.", "27°F", 27, "°F", None),
        ("The reef bleached once the water passed 1.5°C.", "1.5°C", 1.5, "°C", None),
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
        ("The field yields 40 billion cu m of gas a year.", "40 billion cu m", 4e10, "m3", "gas"),
        ("The lake holds 60 million cu m. Farmers rely on it.", "60 million cu m", 6e7, "m3", None),
        ("The depot lies about 25 kms from the coast.", "about 25 kms", 25, "km", None),
        ("Each sack holds 50 kgs of rice.", "50 kgs", 50, "kg", "rice"),
        ("The limit is 80mg of alcohol.", "80mg", 80, "mg", "alcohol"),
        ("It was 2.1 Celsius warmer than usual.", "2.1 Celsius", 2.1, "°C", None),
        ("The phone takes 12 megapixel photos.", "12 megapixel", 12, "MP", "photos"),
        # pounds of weight, not money
        ("The parcel weighed roughly 12 pounds.", "roughly 12 pounds", 12, "lb", None),
        ("She is listed as 5-foot-6, 130 pounds.", "130 pounds", 130, "lb", None),
        ("Agents seized 700 pounds of cannabis at the dock.", "700 pounds", 700, "lb", "cannabis"),
        ("He shed 45 pounds before the race.", "45 pounds", 45, "lb", None),
        ("A 300-pound bear wandered into the camp.", "300-pound", 300, "lb", None),
        # feet and inches: one length, in feet
        ("The suspect was about 5ft 9in tall.", "about 5ft 9in", 5.75, "ft", None),
        ("The fence stood 7 feet 6 inches high.", "7 feet 6 inches", 7.5, "ft", None),
        # a count, not a measure; a one-letter unit only in lower case
        ("Some 40 tanks moved north.", "Some 40", 40, None, "tanks"),
    ],
)
def test_quantities_measure_takes_its_unit(pipeline, text, quantity, value, unit, counted):
    found = only(pipeline, text)
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
        # so do pounds weighed in a sentence before, where the text has no pound sign
        (
            "The Kestrel stove weighs 3 pounds. Packed, it is barely four pounds.",
            [("3 pounds", "lb"), ("four pounds", "lb")],
        ),
        (
            "The Kestrel stove weighs 3 pounds. It cost £40, or forty pounds.",
            [("3 pounds", "lb"), ("£40", "GBP"), ("forty pounds", "GBP")],
        ),
        # losing a small number of pounds is weight; millions of pounds and a pound sign
        # in the sentence keep them money
        ("Her brother lost 40 pounds over the winter.", [("40 pounds", "lb")]),
        ("The club lost 3 million pounds on the transfer.", [("3 million pounds", "GBP")]),
        (
            "He lost 200 pounds at the races and £10 on the bus.",
            [("200 pounds", "GBP"), ("£10", "GBP")],
        ),
        # a mass in brackets after them gives the pounds again as a weight; money stays
        (
            "The van was overloaded by 600 pounds (272kg) that day.",
            [("600 pounds", "lb"), ("272kg", "kg")],
        ),
        (
            "She sold the bike for 600 pounds ($760) that day.",
            [("600 pounds", "GBP"), ("$760", "USD")],
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
    found = only(pipeline, "The stall brought in 300 pounds a week.")
    assert (found.unit, found.counted.category) == ("GBP", "money")


def test_quantities_currency_before_zone_names_the_states_that_use_it(pipeline):
    found = only(pipeline, "The 12 Euro zone countries will grow slowly.")
    assert (found.text, found.unit, found.counted.span.text, found.counted.category) == (
        "12",
        None,
        "Euro zone countries",
        "other",
    )


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
    ("text", "quantity", "unit"),
    [
        ("It cut A$68m from its targets.", "A$68m", "AUD"),
        ("The state will pump 154m naira into cocoa.", "154m naira", "NGN"),
        ("Prices rose to 900 pesos.", "900 pesos", "MXN"),
        # a name several currencies share is that of the one such country the article names
        ("In Chile, a loaf rose to 900 pesos.", "900 pesos", "CLP"),
        ("Mexico and Chile fixed the fee at 900 pesos.", "900 pesos", "MXN"),
        ("Kenyan and Ugandan farmers paid 900 shillings.", "900 shillings", "KES"),
        ("Officials in Nepal seized 900 rupees.", "900 rupees", "NPR"),
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
        # a plural not made with "s"
        ("Profits fell to 2.1bn Danish kroner.", "2.1bn Danish kroner", "DKK"),
        ("The ticket costs 450 Swedish kronor.", "450 Swedish kronor", "SEK"),
        ("The firm lost Canadian dollars 40m in the year.", "Canadian dollars 40m", "CAD"),
        ("Tickets cost 5,000 rupiah at the gate.", "5,000 rupiah", "IDR"),
        ("A sack of rice sold for 9,500 riel.", "9,500 riel", "KHR"),
        ("The noodle stall charged 45,000 dong a bowl.", "45,000 dong", "VND"),
        ("The airline owed about 4.2 billion reais.", "about 4.2 billion reais", "BRL"),
        ("She was offered 80,000 Turkish liras for the shop.", "80,000 Turkish liras", "TRY"),
        ("The visa fee is 300,000 rials per person.", "300,000 rials", "IRR"),
        ("The repair cost him a few hundred bucks.", "a few hundred bucks", "USD"),
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
    found = only(pipeline, text)
    assert (found.text, found.unit, found.counted.category) == (quantity, unit, "money")


def test_quantities_amount_in_a_list_of_conversions_is_money_without_its_sign(pipeline):
    text = "The prize is worth 5 million yuan ($720,000; 680,000 euros; 590,000) this year."
    last = pipeline.extract(text).quantities[-1]
    assert (last.text, last.unit, last.counted.category) == ("590,000", None, "money")


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
    found = only(pipeline, text)
    assert (found.text, found.value, found.unit, found.counted.category) == (
        quantity,
        value,
        None,
        "money",
    )


def test_quantities_pounds_of_money_stay_money(pipeline):
    found = only(pipeline, "The trust wasted 8,000 pounds of public money on signs.")
    assert (found.text, found.unit, found.counted.category) == ("8,000 pounds", "GBP", "money")


def test_quantities_pound_hyphened_before_a_thing_weighs_it(pipeline):
    found = pipeline.extract("The jets dropped two 2,000-pound bombs on the bridge.").quantities
    assert [(q.text, q.unit, q.counted.category) for q in found] == [
        ("two", None, "other"),
        ("2,000-pound", "lb", "other"),
    ]
    fine = only(pipeline, "The court handed him a 50-pound fine.")
    assert (fine.text, fine.counted.category) == ("50-pound", "money")
