"""The quantities stage: the noun a quantity counts and where its phrase begins and ends."""

from __future__ import annotations

import pytest

from tests.quantities_checks import only


def test_quantities_count_before_a_measure_counts_the_noun_after_it(pipeline):
    two = pipeline.extract("The tank fired two 120 mm rounds.").quantities[0]
    assert (two.value, two.counted.span.text, two.counted.category) == (
        2,
        "120 mm rounds",
        "other",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Farmers lodged 3,118 (12.4 percent) of the claims.",
        "The north sent 402 (9 per cent) and the south the rest.",
    ],
)
def test_quantities_percent_after_another_number_is_not_counted(pipeline, text):
    first = pipeline.extract(text).quantities[0]
    assert (first.unit, first.counted.span) == (None, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In June 2019, 21 hikers were killed on the ridge.", 21),
        # a number word the NER ran the month on to
        ("Last June two hikers were killed on the ridge.", 2),
    ],
)
def test_quantities_count_after_a_month_and_year_is_counted(pipeline, text, value):
    q = only(pipeline, text)
    assert (q.value, q.counted.category) == (value, "killed")


def test_quantities_plural_subject_with_a_number_is_counted(pipeline):
    q = only(pipeline, "They were 12 in the room.")
    assert q.value == 12


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


@pytest.mark.parametrize(
    ("text", "counted", "category"),
    [
        ("Of the 2,150 killed, 614 were children.", "children", "killed"),
        ("Of the 80 dead, 12 were women and nine were children.", "children", "killed"),
        (
            "Of the 212 people hurt in the blast, 40 were police officers.",
            "police officers",
            "wounded",
        ),
        ("Of the 30 members, 12 were women.", "women", "people"),
        # a whole smaller than the part is none: the part takes the noun before it
        ("Of the 3 rooms, 40 were offices.", "rooms", "other"),
    ],
)
def test_quantities_part_after_a_whole_that_opens_the_sentence_counts_what_it_is(
    pipeline, text, counted, category
):
    part = pipeline.extract(text).quantities[-1]
    assert (part.counted.span.text if part.counted.span else None) == counted
    assert part.counted.category == category


def test_quantities_casualty_count_keeps_no_noun_from_another_sentence(pipeline):
    article = pipeline.extract("Twelve people were killed. Officials said 40 were wounded.")
    wounded = next(q for q in article.quantities if q.value == 40)
    assert (wounded.counted.category, wounded.counted.span) == ("wounded", None)


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
        ("The stamps now sell for hundreds of times more.", None),
        ("Prices there are dozens of times higher than in Varno.", None),
        # nor what the comparison is of: a multiple of a number of things counts none
        ("Three times more tablets were sold this spring.", None),
        ("The farm grew almost five times as many apples.", None),
        # nor is the amount it multiplies after "times the", "times its"
        ("The bridge cost 2.5 times the sum first agreed.", None),
        ("The new depot is four times its old size.", None),
        # or a company's revenue or earnings named bare, or a state it describes
        ("The start-up is valued at nearly 40 times revenue.", None),
        ("Shares in the brewer trade at 18 times earnings.", None),
        ("The bond offer was ten times oversubscribed by Friday.", None),
        ("The share sale was more than 12 times oversubscribed and priced high.", None),
        ("The house was searched five times by police.", "times"),
        ("The band has toured Japan six times.", "times"),
        ("The goalkeeper was booked dozens of times.", "times"),
    ],
)
def test_quantities_times_before_a_comparison_count_nothing(pipeline, text, counted):
    q = only(pipeline, text)
    assert (q.counted.span.text if q.counted.span else None) == counted


def test_quantities_verb_read_as_a_noun_is_no_part_of_what_is_counted(pipeline):
    # "hail" is the verb the tagger took for a noun after the plural it has as compound
    text = "Half of the region's top 50 software firms hail from Lyon."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.counted.span.text if q.counted.span else None) for q in found] == [
        ("Half", "software firms"),
        ("50", "software firms"),
    ]


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


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "It cut 65 flights on Monday, 180 on Tuesday, 140 on Wednesday and 9 on Friday.",
            "flights",
        ),
        ("It opened 30 stores, including eight in Wales, four in Kent and two in Devon.", "stores"),
    ],
)
def test_quantities_each_bare_count_of_a_list_counts_the_first_noun(pipeline, text, noun):
    quantities = pipeline.extract(text).quantities
    assert [q.counted.span.text if q.counted.span else None for q in quantities] == [noun] * 4


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
    found = only(pipeline, "The town saw 3.1 burglaries per 1,000 homes last year.")
    assert (found.text, found.counted.span.text) == ("3.1", "burglaries")


def test_quantities_stop_glued_to_a_hyphen_ends_the_counted_phrase(pipeline):
    # the parser reads the two sentences as one; the counted noun stops at the glued stop
    text = "Rebels at the pass killed seven porters.- Tens of thousands of herders have fled."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.counted.span.text) for q in found] == [
        ("seven", "porters"),
        ("Tens of thousands", "herders"),
    ]


@pytest.mark.parametrize(
    ("text", "counted", "category"),
    [
        # one word to the tokenizer: the stop and the hyphen glue the next sentence on
        (
            "They took 11 points from six games.-The fact that the coach smiled says it all.",
            "games",
            "other",
        ),
        ("The jury heard from one witness;-former clerk Jan Holm.", "witness", "people"),
        # the next sentence opens on a quotation
        (
            'The fund pays for 9,000 Afghan pupils.-"We are proud," he said.',
            "Afghan pupils",
            "people",
        ),
        # a plural's apostrophe mangled into '"?': the owner is counted
        ('They planned the two mayors"?meeting for May.', "mayors", "people"),
    ],
)
def test_quantities_stop_glued_inside_a_word_ends_the_counted_phrase(
    pipeline, text, counted, category
):
    found = pipeline.extract(text).quantities[-1]
    assert (found.counted.span.text, found.counted.category) == (counted, category)


def test_quantities_place_before_a_count_is_not_what_it_counts(pipeline):
    text = "Seats in England average 70,000 voters, in Wales 56,000 and in Scotland 62,000."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.counted.span.text if q.counted.span else None) for q in found] == [
        ("70,000", "voters"),
        ("56,000", None),
        ("62,000", None),
    ]


def test_quantities_full_stop_ends_what_an_amount_counts(pipeline):
    found = only(pipeline, "Shares were bought for about $230m. Rumours lifted them.")
    assert (found.text, found.unit, found.counted.span) == ("about $230m", "USD", None)


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
    found = only(pipeline, text)
    assert (found.counted.span.text, found.counted.category) == (counted, category)


def test_quantities_counted_noun_has_letters(pipeline):
    found = only(pipeline, "The fund paid 10,000 \ufffd to each family.")
    assert found.counted.span is None


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
    found = only(pipeline, text)
    span = found.counted.span.text if found.counted.span is not None else None
    assert (found.text, span) == (quantity, counted)


@pytest.mark.parametrize(
    ("text", "quantity", "counted"),
    [
        # a hyphen where a text lost a space before an adjective and a plural noun
        ("The audit found 3,200-illegal dumps in the region.", "3,200", "illegal dumps"),
        ("A 12,000-strong force moved in.", "12,000-strong", "force"),
        ("Two two-faced rivals met.", "Two", "two-faced rivals"),
    ],
)
def test_quantities_adjective_hyphened_to_a_count_where_a_space_was_lost(
    pipeline, text, quantity, counted
):
    found = only(pipeline, text)
    assert (found.text, found.counted.span.text) == (quantity, counted)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a count of more than one before a singular owner counts what it owns
        ("Two sheriff's deputies were put on leave.", "deputies"),
        ("Three mayor's aides quit on Monday.", "aides"),
        # one owner, or owners in the plural, are counted themselves
        ("The law took one state's land.", "state"),
        ("Flights of two Texas senators' aides were cancelled.", "Texas senators"),
    ],
)
def test_quantities_count_before_a_singular_owner_counts_what_it_owns(pipeline, text, counted):
    q = pipeline.extract(text).quantities[0]
    assert q.counted.span is not None and q.counted.span.text == counted


def test_quantities_verb_after_a_vague_count_is_not_what_it_counts(pipeline):
    # a vague plural count takes its noun after "of"; the singular after it is a verb
    q = only(pipeline, "Thousands rally in towns across the north against the cuts.")
    assert q.counted.span is None
