"""The quantities stage: what is no quantity (times, ages, ranks, codes, names) and what is."""

from __future__ import annotations

import pytest

from tests.quantities_checks import only


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
        # dashes written onto it mark an entry where a line break was lost
        "Counting went on past midnight. 22.40--Turnout was higher than forecast.",
        "Ms Ruiz hopes to win a second term 10.35-An evening debate was watched by many.",
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
        "Police said Ms Tran, 25 from Hue, was working in a hotel.",
        "The Lancashire batsman, 26, takes over as captain.",
        "A week after his cousin Tomas Reed, also 23, left, the shop was closed.",
        "The men were aged 20 and 25.",
        "I cooked for my kids, they are six and 11, before I left.",
        "Her sons are 8 and 10.",
        "The injured children were ages 3, 6, 9 and 11.",
        "She left school at roughly age 15 or 16.",
        "He became a councillor at the age of just 23.",
        "Some pupils in the class were as young as 14.",
        "They met her brother, who was about 10 or 11 then.",
        # an age bound after "aged" or the people it sets apart, an age group, an age that
        # opens a sentence, the age of one person a noun names
        "Jobs for those aged over 50 are scarce.",
        "Women over 50 earn less than men.",
        "Towns where most voters are over 60 backed the plan.",
        "Homes where the bill payers are over 70 get a rebate.",
        "Most of the new members were younger than 30.",
        "Her country's under 16 girls reached the final.",
        "At 12, he was handing out leaflets for the party.",
        "The painter Lina Oduya grew up in Kisumu. At 19, Oduya began painting murals.",
        "The suspect was 19, police said.",
        # an age a rule sets
        "Applicants must be 21 to rent a car.",
        "Drivers must be 25 or over.",
        "The eldest is 12 and the youngest is nine.",
        "They adopted a three-and-a-half-year-old girl.",
        "Twenty-four-year-old Lena Park opened the bakery.",
        "Free lunches now go to all six and seven-year-olds.",
        "The bus pass is free for 16 to 19-year olds in the county.",
        # "one" as a pronoun
        "She wanted a plan like the one in force in Spain.",
        "They closed the old plant and will rebuild another one in Ohio.",
        "Their last match was a close one in Rome.",
        "Well, name one, she said.",
        "We may be entering a new era, one in which rivals set the rules.",
        "Some shows closed early. One in which the city museum had a part was shut too.",
        "The judge struck down one motion after another.",
        "The chairman said no-one in the club felt hurt.",
        "They built one huge bridge after the other along the coast.",
        "The club rebuilt its squad one signing at a time.",
        # "once more", "for the last time", "aside"
        "Will the party try it one more time?",
        "She waved one last time from the bus.",
        "The rivals meet for one final debate on Sunday.",
        "He was itching to have one last go at the title.",
        "They must put their quarrels to one side now.",
        # a duration or an idiom of a vague few
        "Soak the beans for a day or two before cooking.",
        "She was late a time or two in May.",
        # a place in a ranking
        "He is ranked 40 in the world.",
        "She has spent years in the top 10.",
        "The port town was ranked in the bottom five.",
        "Their second single was a top 20 hit in Spain.",
        "They drew away at a top-seven side last week.",
        "Her single climbed into the top 20 download chart.",
        "No new albums entered the top 30 album charts this week.",
        "Varna lost the first leg of their last 32 tie.",
        "The last 16 draw takes place on Monday.",
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
        # what a verb sets the age it governs to
        "The minimum age for jurors would be cut to 19 under the plan.",
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
        "The jet was an Airbus A380-800 bound for Perth.",
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
        "We want to help families who have lost a loved one in the crash.",
        "The hosts slumped to a 1-2 home defeat in the rain.",
        "He pulled back to 4-4 in the second set.",
        "United were 2-3 down at the break.",
        "The bill cleared the committee on a 31-to-2 vote.",
        "Voters backed it by a two-to-three margin.",
        # an adjective of kind, an item of a list, a person's age
        "That was a one-off, she said.",
        "The summit descended into one-upmanship.",
        "He was fined under article 206.6 of the code.",
        "Phase six includes a new pipeline.",
        "The board added a stage three to the plan.",
        "What do articles 5 and 4 of the treaty say?",
        "Farmers wanted the levy kept, in line with paragraph 305 of the state's tax code.",
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
        "The former world number two was 23 when she retired from the tour.",
        "Tolla, who built the first ferry line, would have been 90 on Friday.",
        # "one" as the subject of a clause, before a verb the tagger took for a noun
        "The drizzle eases as one heads north.",
        "Faith, she says, is not about whether one prays.",
        "A boy of 12 was hurt when the wall fell.",
        "Coaches love to watch kids of 14 with real hunger.",
        "He starred in the 2023-24 season.",
        "The actor died at 80 in his home.",
        # an age at a step in a person's life
        "She left her village at 16 to study in the capital.",
        "He joined the navy at 17 and retired at 52.",
        "She left school at only 16 to work in a bakery.",
        "He wrote his first song at just 14, for a school show.",
        "He wants to retire before he turns 35.",
        "The bank will report its 2004 results on Monday.",
        "The 2017 elections were close.",
        # a number word capitalized in a name
        "Fans dream of a first Five/Six Nations crown for the club.",
        "Until spring the thrill of Six will carry the fans.",
        "Viewers watched the final on BBC One last night.",
        "Best comedy: Pip Hale (Dog Days, BBC Three)",
        "He made his first Six Nations start on Sunday.",
        "The Nine-Dragons crew won the cup again.",
        "Fans cheered loudly. Nine-Dragons hopes to win the cup again.",
        "Tickets for the Forty Two Tigers gig sold out.",
        # a broadcaster named by its channel
        "She told local station 9 News that she was scared.",
        "Owner Kim Lee, who 9 News said had offered the land, agreed.",
        "The singer told 5 live she was retiring.",
        "Findings from 5 live's inquiry were passed on.",
        # a length of time whose unit the number leaves unsaid
        "Judges there sit for five years or ten, as the king decides.",
        # an hour of the day, by its part of the day or a zone's time
        "It was almost four in the afternoon and the market was empty.",
        "The ferry to Oskar Island sails between 7 and 8 p.m. on weekdays.",
        "As of 14.30 local time the polls were open.",
        # a title in quotes that a number opens
        'Critics loved the new drama "7 Broken Promises" on Sunday.',
        'Last year the surprise hit was "40 Songs of the Steppe" by a trio.',
        # a figure alone in quotes after a noun names a work
        'Fans bought her album "31" on the first day.',
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
        # the other end of a length joined to it, in the same unit
        "The bill would cut the limit from 26 weeks to 22 and add a review.",
        "The wait for a sale rose to 74 days from 58 in the summer.",
        # the time in which a race was won or finished
        "Dunne took the women's crown in 51.18, well ahead of Kerr.",
        "She won the sprint, winning easily in 30.26.",
        "She broke the national record by clocking 7.41 in the heat.",
        "Mira Holt set a season's best of 7.52 in the semi-finals.",
        "She was third behind the record holder Sara Quist (7.96).",
        # after the place it was finished in
        "Okafor finished second in 7.91 after a slow start.",
        "Ruth Abara edged Lind into second in 22.84 on Sunday.",
        # a half a name describes, a part of a game or a place
        'The coach said: "There was a Welsh half, then an Irish one".',
        "The Leeds half of the pitch was muddy.",
        "The charges date from 1977 counts of fraud.",
        "He will stay for another 6 1/2 years.",
        # a number inside a time expression is the time's
        "The return match is a week later on the 11 December in Accra.",
        # a tournament's year after a capitalized currency word
        "Italy lost the Euro 2016 semi-finals in Lyon.",
        # a standard or a tournament after a capitalized currency word
        "Only Euro 6 diesel vans may enter the old town.",
        "Fans have waited since Euro 96 for a win like this.",
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
        "If you call 117 in the valley, a rescue team will come.",
        # the last group of a number to call whose first groups another reading took
        "Call the Confidential Line 1800-555-111 with any news.",
        # the short code a text message goes to
        "To vote, send an SMS or MMS to 40422.",
        "Swimmers in trouble should call the coastguard at 112 or 999.",
        "Readers abroad can call +44 7700 900 123 for help.",
        "Witnesses should call the station on 041 98 74 200 or the hotline.",
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


def test_quantities_place_opening_a_line_before_a_name_counts_nothing(pipeline):
    text = (
        "Seeds for the cup in Quito:\n\n1 Ana Silva (Brazil)\n\n2 Mira Tovak (Serbia)"
        "\n\n3 Lena Dorfmann (Austria)\n\nSilva has won 14 titles on clay."
    )
    assert [q.text for q in pipeline.extract(text).quantities] == ["14"]


def test_quantities_year_like_number_with_a_plural_noun_is_a_count(pipeline):
    q = only(pipeline, "The march drew 2000 people to the square.")
    assert (q.value, q.counted.category) == (2000, "people")


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("About 3,000 live in tents near the border.", "About 3,000"),
        ("Police found 5 live rounds in the car.", "5"),
    ],
)
def test_quantities_count_before_live_as_a_verb_or_an_adjective_is_kept(pipeline, text, quantity):
    assert only(pipeline, text).text == quantity


def test_quantities_number_after_a_date_and_from_still_counts(pipeline):
    # "last month" names a month, no length whose other end the number could be
    found = pipeline.extract("The index fell to 51.2 last month from 53.4 in May.").quantities
    assert [q.text for q in found] == ["51.2", "53.4"]


def test_quantities_decimal_figure_put_in_the_plural_is_a_grade(pipeline):
    text = "Only a quarter of drivers can be 13.2s. The 13.2 post was created in May."
    assert [q.text for q in pipeline.extract(text).quantities] == ["a quarter"]


def test_quantities_place_a_ranking_moves_to_is_no_count(pipeline):
    # the places moved count; the place it ends in is a rank
    found = only(pipeline, "The ballad slipped two places to seven this week.")
    assert (found.text, found.counted.span.text) == ("two", "places")


def test_quantities_place_beside_another_at_number_is_a_rank(pipeline):
    text = "The poll put the radio at number three and the pocket calculator at five."
    assert pipeline.extract(text).quantities == []
    found = only(pipeline, "The single is at number three and sold well at 12 stores.")
    assert found.text == "12"


def test_quantities_number_after_the_verb_top_is_no_rank(pipeline):
    found = only(pipeline, "Officials expect the crowd to top 80,000 on Sunday.")
    assert (found.text, found.value) == ("80,000", 80_000)


def test_quantities_number_word_in_capitals_after_a_noun_still_counts(pipeline):
    # a stop went missing before it: it opens a new sentence, no name
    found = pipeline.extract("The panel has nine seats Four were filled by women.").quantities
    assert [q.text for q in found] == ["nine", "Four"]


def test_quantities_number_word_after_a_stop_glued_to_a_hyphen_still_counts(pipeline):
    # the text lost a space after the stop: the name before ends a sentence
    text = "Smoke rose over Leeds.- Four engines came from the depot."
    assert [q.text for q in pipeline.extract(text).quantities] == ["Four"]


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


def test_quantities_tens_without_of_counts_nothing(pipeline):
    assert pipeline.extract("The tens digit is wrong.").quantities == []


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Police fired at 12 protesters gathered outside.", "12"),
        ("The fare is 12.50 Euros.", "12.50 Euros"),
    ],
)
def test_quantities_count_that_looks_like_a_time_is_kept(pipeline, text, quantity):
    assert only(pipeline, text).text == quantity


def test_quantities_label_word_elsewhere_leaves_other_counts_of_its_figure(pipeline):
    found = only(pipeline, "Flight 9 landed late. Then 9 people were questioned.")
    assert (found.text, found.counted.span.text) == ("9", "people")


def test_quantities_count_after_a_spaced_dash_and_a_name_is_kept(pipeline):
    found = only(pipeline, "This included a record number of Poles and Czechs - 41,000.")
    assert (found.text, found.value) == ("41,000", 41_000)


def test_quantities_count_after_an_age_and_its_and_is_kept(pipeline):
    text = "The town has many residents over the age of 90 and 12,000 people in care."
    found = only(pipeline, text)
    assert (found.text, found.counted.span.text) == ("12,000", "people")


def test_quantities_question_mark_that_ends_a_question_is_no_sign(pipeline):
    found = only(pipeline, "Who would come? 40 people said they would.")
    assert (found.text, found.counted.category) == ("40", "people")


def test_quantities_top_before_the_noun_it_counts_still_counts(pipeline):
    found = only(pipeline, "The top three firms hold most of the market.")
    assert (found.text, found.value, found.counted.span.text) == ("three", 3, "firms")


def test_quantities_emergency_number_that_counts_something_is_kept(pipeline):
    q = only(pipeline, "In all, 999 homes were lost in the fire.")
    assert (q.text, q.value, q.counted.span.text) == ("999", 999, "homes")


@pytest.mark.parametrize(
    ("text", "counted"), [("Scores of people were hurt.", "people"), ("Scores were hurt.", None)]
)
def test_quantities_scores_as_a_number_is_kept(pipeline, text, counted):
    q = only(pipeline, text)
    assert (q.value, q.qualifier) == (40, "at least")
    assert (q.counted.span.text if q.counted and q.counted.span else None) == counted


def test_quantities_multiplier_in_a_compound_counts_nothing(pipeline):
    assert pipeline.extract("They bought a million-dollar flat by the sea.").quantities == []
    assert pipeline.extract("They bought another million-dollar flat.").quantities == []


@pytest.mark.parametrize(
    "text",
    [
        "Both leaders said they still back a two-state solution.",
        "The country ended its one-child policy years ago.",
        "Exports saw a four-fold rise over the decade.",
        "Burglaries saw a seven-fold jump in the port town.",
        "Sales of the pills rose 35-fold in a year.",
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
        # a kind, a manner or a tool: "one-man", "one-click", "*-way", "*-handed", "*-iron"
        "The actor toured his one-man show through the valley towns.",
        "The council promised a one-person, one-vote ballot next spring.",
        "The bank offers one-click payments to its customers.",
        "Ms Quist won a five-way race for the seat.",
        "The new tablet can be held one-handed on a train.",
        "Mr Dahl lost a five-setter to the eighth seed.",
        "He chipped onto the green with his seven-iron.",
        "Roast the duck with five-spice powder and honey.",
        # a make or a kind: "*-wheeled", "*-pronged", "*-speed", "*-tier", "one-trick"
        "The rover is a six-wheeled cart with a camera.",
        "The police began a three-pronged inquiry into the fire.",
        "Critics fear a two-speed union of rich and poor states.",
        "The board backs a four-tier exam for school leavers.",
        "The band was no one-trick act after all.",
    ],
)
def test_quantities_fixed_compounds_count_nothing(pipeline, text):
    assert pipeline.extract(text).quantities == []


def test_quantities_number_after_at_with_no_person_taking_a_step_still_counts(pipeline):
    quantities = pipeline.extract("The index began at 27 and closed at 30.").quantities
    assert [q.text for q in quantities] == ["27", "30"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Near the age, pronoun and phone-number rules, but none of their words.
        ("Teams must be 11 to start a match.", "11"),
        ("The tally was 14 when she arrived at the hall.", "14"),
        ("Farmers worry as one species vanishes from the valley.", "one"),
        ("The judge called 240 to give evidence.", "240"),
        ("The crew, who sailed at dawn, was 12.", "12"),
    ],
)
def test_quantities_number_beside_a_rule_without_its_words_still_counts(pipeline, text, count):
    assert only(pipeline, text).text == count
