"""The attributions stage: the content of a cue and how far it runs."""

from __future__ import annotations

import pytest

from tests.attributions_checks import one, parsed_cue


def test_attributions_object_of_an_urging_verb_is_part_of_the_content(pipeline):
    text = "China urged North Korea to refrain from further tests."
    attribution = one(pipeline, text, "urged")
    assert attribution.content.text == "North Korea to refrain from further tests"


def test_attributions_clause_joined_by_but_is_not_reported_by_the_next(pipeline):
    text = "The bridge was opened last spring, but county engineers have since balked at it."
    balked = one(pipeline, text, "have since balked")
    assert balked.content is None or "approved" not in balked.content.text


def test_attributions_content_stays_in_the_cue_paragraph(pipeline):
    text = 'He left.\n"\n\nThe vote was rigged, the senator said.'
    attribution = one(pipeline, text, "said")
    assert attribution.content.text == "The vote was rigged"


def test_attributions_noun_of_saying_reports_its_that_clause(pipeline):
    text = (
        "The fees were a shock. The minister's announcement that she was to offer a £100 "
        "rebate to older drivers was merely a token gesture."
    )
    found = one(pipeline, text, "announcement")
    assert (found.source.span.text, found.content.text) == (
        "The minister's",
        "that she was to offer a £100 rebate to older drivers",
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ferry line has faced complaints that its boats were often late.",
            "complaints",
            "that its boats were often late",
        ),
        (
            "The mayor stirred anger with an assertion that the bridge was safe.",
            "an assertion",
            "that the bridge was safe",
        ),
        # a noun with no determiner, though not one of a view
        (
            "Shares in Ostrava Mills rose amid speculation that a rival would buy the firm.",
            "speculation",
            "that a rival would buy the firm",
        ),
    ],
)
def test_attributions_noun_of_saying_with_no_owner_reports_its_that_clause(
    pipeline, text, cue, content
):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The toll rise, which the drivers' union strongly opposes, starts in May.",
         "strongly opposes", "which"),
        ("Dr Varga was the only candidate who the panel had praised.", "had praised", "who"),
    ],
)  # fmt: skip
def test_attributions_cue_in_a_relative_clause_reports_its_relative_word(
    pipeline, text, cue, content
):
    assert one(pipeline, text, cue).content.text == content


def test_attributions_relative_clause_on_a_noun_of_a_view_is_not_reported(pipeline):
    found = one(pipeline, "There are fears that the new law has fuelled.", "fears")
    assert found.content is None


def test_attributions_according_to_after_a_colon_reports_what_follows(pipeline):
    text = (
        "Most of the farmers will have had no cover: according to figures from the union, "
        "only a fifth of them could afford it."
    )
    found = one(pipeline, text, "according to")
    assert found.content.text == "only a fifth of them could afford it"


@pytest.mark.parametrize(
    "text",
    [
        "But according to harbour office data, ferry trips in May fell short of hopes.",
        # "also" before the phrase belongs to neither side either
        "Also according to harbour office data, ferry trips in May fell short of hopes.",
        "Also, according to harbour office data, ferry trips in May fell short of hopes.",
    ],
)
def test_attributions_according_to_after_and_or_but_reports_what_follows(pipeline, text):
    found = one(pipeline, text, "according to")
    assert found.content.text == "ferry trips in May fell short of hopes"


@pytest.mark.parametrize(
    ("text", "cue"),
    [("That’s according to a new poll of voters in the county.", "’s according to"),
     ("That's according to figures from the port authority.", "'s according to")],
)  # fmt: skip
def test_attributions_according_to_after_is_reports_its_subject(pipeline, text, cue):
    assert one(pipeline, text, cue).content.text == "That"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator said the bill would hurt Dan Smith, who is 70.",
         "the bill would hurt Dan Smith"),
        ("The report says the plan failed, which surprised nobody.", "the plan failed"),
        # a participle after a short aside that interrupts its auxiliary finishes the verb
        ("The union said there were 4,000 more staff on short contracts who are, in fact, "
         "looking for full-time posts.",
         "there were 4,000 more staff on short contracts who are, in fact, looking for "
         "full-time posts"),
    ],
)  # fmt: skip
def test_attributions_writer_aside_after_a_comma_is_not_content(pipeline, text, content):
    attribution = one(pipeline, text, text.split()[2])
    assert attribution.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # The parser hangs the "that" clause on the phrase that sets the saying.
        ("The senator tweeted in the early morning hours that the deal was dead.",
         "tweeted", "The senator", "that the deal was dead"),
        ("The paper reported at the time that the editor told her that the story was wrong.",
         "reported", "The paper", "that the editor told her that the story was wrong"),
        # A speaker named after the cue, then the quotation.
        ("The plan has critics. Said Ellis: “I don’t think it will pass.”",
         "Said", "Ellis", "“I don’t think it will pass.”"),
        # "according to" read as the whole sentence: the claim follows its last comma.
        ("According to radio host Dale Pruitt, the plan reeks of panic.",
         "According to", "radio host Dale Pruitt", "the plan reeks of panic"),
        # "according to" inside the claim, the parser running the source into the quotation
        ('That plan is, according to city planning chief Dana Reid, "the biggest change to our '
         'streets in decades."', "according to", "city planning chief Dana Reid",
         'That plan is, according to city planning chief Dana Reid, "the biggest change to our '
         'streets in decades."'),
        # the report hung on the adverb after the cue
        ("Moreno said earlier that a big mining firm is ready to spend about 3 bln pesos on "
         "the new port.", "said earlier", "Moreno",
         "that a big mining firm is ready to spend about 3 bln pesos on the new port"),
        # the report hung on an adverb after where it was said
        ("The 45-year-old singer caused a stir after he said in an interview with UK "
         'magazine Film Weekly recently that he rarely watched the Brits and called such '
         'shows "dull".', "said", "he",
         'that he rarely watched the Brits and called such shows "dull"'),
        # an object the parser took for a predicate ("Munir" as "oprd")
        ("Khan has accused the army of orchestrating his removal, and named Munir as "
         "responsible for his arrest.", "named", "Khan", "Munir as responsible for his arrest"),
        # a name set off by commas after the cue, read as the report's subject or run on
        # into the report
        ("Instead, said Mr Hale, the ferries were meant to carry freight.",
         "said", "Mr Hale", "the ferries were meant to carry freight"),
        ("Then, says Ms Ortiz, the whole village turned up.",
         "says", "Ms Ortiz", "the whole village turned up"),
        ("By contrast, says Mr Hale, the new ferry is almost silent.",
         "says", "Mr Hale", "By contrast, says Mr Hale, the new ferry is almost silent"),
        # a speaker with no name set off the same way
        ("Above all, say analysts, the collapse of the grain deal with the north has not "
         "raised prices.", "say", "analysts",
         "Above all, say analysts, the collapse of the grain deal with the north has not "
         "raised prices"),
        # the next sentence run into the source where the text lost the space after a stop
        ("Records fell in many towns, according to the National Weather Service.- "
         "Temperatures in Ohio nearly reached 90 degrees this month.", "according to",
         "the National Weather Service", "Records fell in many towns"),
        ("About 250 people gathered to sing, according to The Daily Post.- Huge rally in "
         "downtown Atlanta today.", "according to", "The Daily Post",
         "About 250 people gathered to sing"),
        # "say" takes no object: what the parser took for one starts the report
        ('The RHA say the figures for the three weeks up to 30 September are a "steep '
         'rise" on 2003.', "say", "The RHA",
         'the figures for the three weeks up to 30 September are a "steep rise" on 2003'),
        # the programme a report is told to is no part of it
        ("Mr Hale told Radio Kent's Drive Time programme that the ferry would be sold.",
         "told", "Mr Hale", "that the ferry would be sold"),
        # the report the parser took for a relative clause of whom it is told to
        ("Mrs Dunne told the programme she had first blamed her brother.", "told",
         "Mrs Dunne", "she had first blamed her brother"),
        # the station a report is told to, parsed as a name of the report's pronoun subject
        ("Nora Pike, a nurse in Eastbury, told KXTV-TV she and her colleagues heard the blast.",
         "told", "Nora Pike, a nurse in Eastbury,", "she and her colleagues heard the blast"),
        # the day after whom it is told to is when it was told, not part of the report
        ("Premier Alan Grove told reporters Tuesday the raid showed that the threat was not "
         "limited to big cities.", "told", "Premier Alan Grove",
         "the raid showed that the threat was not limited to big cities"),
        # a report with no "that" after whom it is told to, parsed as a relative clause of
        # the addressee; a true relative clause leaves a gap and is what is told
        ("The mayor told the evening show she expected the bridge to reopen by spring.",
         "told", "The mayor", "she expected the bridge to reopen by spring"),
        ("He told reporters the story he had heard.", "told", "He", "the story he had heard"),
        # the "'s" of the programme's owner read as "is", with no subject
        ('The row went on. "We had some frank talks about the budget," he told BBC Radio 2\'s '
         "The Week in Review.", "told", "he", '"We had some frank talks about the budget,"'),
        # the report the parser took for a relative clause of the time phrase opening it
        ("Ana Ruiz, a popular Leeds-based garden writer and former lecturer of plant "
         "biology, says these days the harvest fairs have more social than farming "
         "significance.", "says",
         "Ana Ruiz, a popular Leeds-based garden writer and former lecturer of plant biology,",
         "these days the harvest fairs have more social than farming significance"),
        # whom a quotation is told or put to, however a clause describes them
        ('The plan was bold. "Friends, there is one thing left that unites us: the harbour. '
         'Not a joke," he told a dinner honoring his work on the docks.', "told", "he",
         '"Friends, there is one thing left that unites us: the harbour. Not a joke,"'),
        ('The plan was bold. "Do we want to move as a group of ten? Or should those who want '
         'to go fast do so?" he asked a meeting in the Dutch city of Delft.', "asked", "he",
         '"Do we want to move as a group of ten? Or should those who want to go fast do so?"'),
        # … and where the text ran the next quotation into a name of two words
        ('"The board is hiding behind an endless review," he told Radio Kent.-"The review '
         'must end and the board must act now."', "told", "he",
         '"The board is hiding behind an endless review,"'),
        # what is asked for is no one the quotation is put to
        ('"We need more data on this matter," the senators wrote, asking for answers to their '
         "earlier questions.", "asking for", "the senators", "answers to their earlier questions"),
    ],
)  # fmt: skip
def test_attributions_content_the_parse_hung_elsewhere(pipeline, text, cue, source, content):
    attribution = one(pipeline, text, cue)
    assert (attribution.source.span.text, attribution.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The firm grew, Ms Ruiz believes, by buying up its smaller rivals.",
            "believes",
            "The firm grew, Ms Ruiz believes, by buying up its smaller rivals",
        ),
        # where and when it was said is no part of the report
        (
            "The port will reopen, officials said, in a statement on Friday.",
            "said",
            "The port will reopen",
        ),
    ],
)
def test_attributions_report_goes_on_after_the_cue_that_interrupts_it(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor called for the old pier to be rebuilt by next summer.",
            "called for",
            "the old pier to be rebuilt by next summer",
        ),
        (
            "Local traders are pushing for the market to reopen before the spring.",
            "are pushing for",
            "the market to reopen before the spring",
        ),
    ],
)
def test_attributions_for_and_the_clause_it_opens_after_a_cue(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


def test_attributions_interrupting_cue_keeps_the_opening_clause_of_the_report(pipeline):
    text = (
        "Though that handover was relatively smooth, he said, replacing her would be much harder."
    )
    attribution = one(pipeline, text, "said")
    assert attribution.content.text == text[:-1]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # "A, but B, a source said": the parser joins the cue to A and gives it only B.
        ("The van was supposed to be escorted by a police detail, but the guards took her "
         "away before the officers arrived, another source said.",
         "said",
         "The van was supposed to be escorted by a police detail, but the guards took her "
         "away before the officers arrived"),
        # One report the parser split into two clauses of the cue.
        ("But Okafor said the manager has “total confidence” in the players and his remark "
         "was an expression of impatience with the tactics.",
         "said",
         "the manager has “total confidence” in the players and his remark was an "
         "expression of impatience with the tactics"),
        # The report's subject taken for the cue's object.
        ("The ministry has said single people and families - rich, poor, urban and "
         "rural - would qualify for the grants under the plan.",
         "has said",
         "single people and families - rich, poor, urban and rural - would qualify "
         "for the grants under the plan"),
        # ... with the preposition before it, which the parser left without its object
        ('Green spokeswoman Amy Lo meanwhile said instead of the "war on red tape" the Tories '
         'had promised, there had been a "flood" of new rules.',
         "meanwhile said",
         'instead of the "war on red tape" the Tories had promised, there had been a "flood" '
         "of new rules"),
    ],
)  # fmt: skip
def test_attributions_report_the_parser_split_is_one_content(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


def test_attributions_passive_cue_reports_its_subject_not_the_clause_it_joins(pipeline):
    from spacy.tokens import Doc

    from newsgraph.stages._attributions.contents import aside_extent, content_of

    # "announced" joined to the clause before it, as the parser may give it.
    words = ["Police", "did", "not", "act", ",", "but", "a", "curfew", "was", "announced", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 9, 9, 3, 3]
    deps = ["nsubj", "aux", "neg", "ROOT", "punct", "cc", "det", "nsubjpass", "auxpass",
            "conj", "punct"]  # fmt: skip
    pos = ["NOUN", "AUX", "PART", "VERB", "PUNCT", "CCONJ", "DET", "NOUN", "AUX", "VERB",
           "PUNCT"]  # fmt: skip
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    cue = doc[9]
    content, _ = content_of(cue, aside_extent(cue), doc.text)
    assert content is None  # what is announced is the curfew, not "Police did not act"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("“The bots copy what people do, only faster,” Ana Ruiz, an analyst at a research "
         "firm, explained to a newspaper in an interview.",
         "explained", "“The bots copy what people do, only faster,”"),
        ("Parents complained to the council that the road was unsafe.",
         "complained", "that the road was unsafe"),
        ("The coach suggested to reporters that the striker would start.",
         "suggested", "that the striker would start"),
        # a verb whose "to" phrase is what it is about keeps it
        ("The minister referred to the audit.", "referred to", "the audit"),
    ],
)  # fmt: skip
def test_attributions_whom_a_speaker_addresses_is_not_what_is_said(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The plan has critics. But the bridge will reopen soon, the mayor said.",
         "the bridge will reopen soon"),
        ("Costs rose. However, the budget is still balanced, officials said.",
         "the budget is still balanced"),
        ("But the new budget still favors the wealthy, the governor said.",
         "the new budget still favors the wealthy"),
        # nor before an "as" clause that holds the cue
        ("The hall seats 900. But as a local reporter said, the senator did not even fill "
         "half of it.", "the senator did not even fill half of it"),
        # "instead of" is a preposition, said with the rest
        ("The bridge is old. Instead of building more roads, it is better to fix the old "
         "ones, he said.", "Instead of building more roads, it is better to fix the old ones"),
    ],
)  # fmt: skip
def test_attributions_linking_word_opening_a_report_is_not_said(pipeline, text, content):
    cue = "said"
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It is no surprise, Mr. Hale said, that the mayor has stepped down.",
         "It is no surprise, Mr. Hale said, that the mayor has stepped down"),
        # without the word that links the sentence to the one before
        ("The dam is old. But there is a risk, some farmers said, that the river will "
         "flood again.",
         "there is a risk, some farmers said, that the river will flood again"),
    ],
)  # fmt: skip
def test_attributions_that_clause_finishing_a_clause_the_cue_interrupts(pipeline, text, content):
    assert one(pipeline, text, "said").content.text == content


def test_attributions_report_the_parser_took_for_an_adverbial_clause(pipeline):
    # "after" hung on the report's verb, which hangs on "said" as an adverbial clause
    # fmt: off
    parse = dict(
        words=["She", "said", "after", "two", "years", "the", "club", "had", "grown", "."],
        spaces=[True, True, True, True, True, True, True, True, False, False],
        heads=[1, 1, 8, 4, 2, 6, 8, 8, 1, 1],
        deps=["nsubj", "ROOT", "prep", "nummod", "pobj", "det", "nsubj", "aux", "advcl",
              "punct"],
        pos=["PRON", "VERB", "ADP", "NUM", "NOUN", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["PRP", "VBD", "IN", "CD", "NNS", "DT", "NN", "VBD", "VBN", "."],
        lemmas=["she", "say", "after", "two", "year", "the", "club", "have", "grow", "."],
    )
    # fmt: on
    found = parsed_cue(pipeline, 1, **parse)
    assert found == ("She", "the club had grown")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # who is asked is whom it is said to, not what is asked
        ("The mayor was asked by a reporter about the closure of the pool.", None),
        ("The question was asked by a reporter from the local paper.", "The question"),
    ],
)
def test_attributions_who_is_asked_is_no_content(pipeline, text, content):
    found = one(pipeline, text, "was asked")
    assert (found.content.text if found.content else None) == content


def test_attributions_content_that_is_no_quotation_ends_with_its_paragraph(pipeline):
    text = (
        "The governor has said that the state cannot accept more refugees from the U.S.\n\n"
        "Harsh words followed from the opposition."
    )
    attribution = one(pipeline, text, "has said")
    assert attribution.content.text == "that the state cannot accept more refugees from the U.S."


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Clinton compared the plan to a tax hike on the middle class.", "compared",
         "the plan to a tax hike on the middle class"),
        ("Critics accused the mayor of hiding the report from voters.", "accused",
         "the mayor of hiding the report from voters"),
        # a cue adjective reports its complement
        ("Democrats were hopeful that the court would rule for them.", "were hopeful",
         "that the court would rule for them"),
        ("Many Republicans remain reluctant to endorse Mr. Trump.", "remain reluctant",
         "to endorse Mr. Trump"),
        # a closing percent sign stays
        ("Support for the plan fell to 35%, according to a Gallup poll.", "according to",
         "Support for the plan fell to 35%"),
        # the quotation before 'told' is its content, not the listeners
        ("“Get your sledgehammers ready,” she told the cheering crowd.", "told",
         "“Get your sledgehammers ready,”"),
        # a quotation in the next paragraph with a cue of its own is not resumed
        ("“This is not fair,” Ortiz said.\n\n“You pushed the staff too hard,” he added.",
         "said",
         "“This is not fair,”"),
        # a stance taken is one cue about what it is taken on
        ("The senator took aim at the president.", "took aim at", "the president"),
        ("The minister took issue with the report's findings.", "took issue with",
         "the report's findings"),
        ("The mayor took a shot at the council over the budget.", "took a shot at",
         "the council over the budget"),
        ("Ms Berg took some shots at her rival during the debate.", "took some shots at",
         "her rival during the debate"),
        # a quotation opening the sentence after a long cue sentence resumes the content
        ("''The outlook has changed,'' Ms. Brainard said at a bankers' conference in "
         "Chicago in February. ''What happens abroad matters here.''", "said",
         "''The outlook has changed,'' Ms. Brainard said at a bankers' conference in "
         "Chicago in February. ''What happens abroad matters here.''"),
        # a quotation goes on into the next paragraph only where the cue's sentence ends
        # its own
        ("“We will win,” Ortiz said. The union agreed.\n\n“Nobody can stop us.”", "said",
         "“We will win,”"),
        # with a clause hung on the cue on both sides, the one after it is the content
        ("Although she admitted money was a big reason for her departure, she also noted "
         "several frustrations left her exhausted.", "also noted",
         "several frustrations left her exhausted"),
        # whom a clause with "there" is told to is not what is told
        ("A ferry engineer told the BBC that there were too few lifeboats on board.", "told",
         "that there were too few lifeboats on board"),
        ("The mayor told reporters there was no money left for the bridge.", "told",
         "there was no money left for the bridge"),
        # a report the parser hung on the message the cue names
        ("The mayor wrote in a letter the budget had run out.", "wrote",
         "the budget had run out"),
        ("A spokesman said in a text message the talks had stalled.", "said",
         "the talks had stalled"),
        # a phrase of the cue word is how it was said, not what
        ("The spokeswoman said in an email the repairs would cost about $40,000.", "said",
         "the repairs would cost about $40,000"),
        # "according to" the parser joined to a participle reports the whole clause
        ("The council approved the budget late Monday, sending it to the mayor for a "
         "signature, according to two aides.", "according to",
         "The council approved the budget late Monday, sending it to the mayor for a signature"),
        # "according to" after a pair of clauses reports both, not the last alone
        ("Ticket sales rose by a tenth in June, and the ferry line hired 40 more crew, "
         "according to the harbour office.", "according to",
         "Ticket sales rose by a tenth in June, and the ferry line hired 40 more crew"),
        ("Ms Kay has raised $2 million from donors, while Mr Orr has raised $6 million, "
         "according to the filings.\n\nBoth campaigns declined to comment.", "according to",
         "Ms Kay has raised $2 million from donors, while Mr Orr has raised $6 million"),
        # unless the first clause is a report of its own
        ("Ms Kay has vowed to stay in the race, and she leads Mr Orr by 30 delegates, "
         "according to a count by the paper.", "according to",
         "she leads Mr Orr by 30 delegates"),
        # the word linking the sentence to the one before, or a clause of contrast opening
        # it, is no part of the claim
        ("Still, almost two in three voters now back the plan, according to a new poll.",
         "according to", "almost two in three voters now back the plan"),
        ("Though she trails in the north, Ms Kay has the best odds against Mr Orr, "
         "according to the survey.", "according to",
         "Ms Kay has the best odds against Mr Orr"),
        # a quotation and its speaker's verb before "according to" go on with the quotation
        # that opens the next sentence of the paragraph
        ('"I will not run again," Ms Kay said, according to the paper. "The party needs new '
         'blood."', "according to",
         '"I will not run again," Ms Kay said, according to the paper. "The party needs new '
         'blood."'),
        ('"I will not run again," Ms Kay said, according to the paper.\n\n"The party needs '
         'new blood," she added.', "according to", '"I will not run again," Ms Kay said'),
        # a dash after the phrase opens the writer's aside on the claim
        ("Sales fell by 4 percent in May, according to the union - the worst May in a "
         "decade.", "according to", "Sales fell by 4 percent in May"),
        # "according" taken for the root: the claim follows the phrase
        ("According to City Weekly, making a loaf at home with top quality flour costs £1.87.",
         "According to", "making a loaf at home with top quality flour costs £1.87"),
        # a report ends at the close of a quotation it opened, not at a comma inside it
        ('Asked on the radio, Mr Dale did not deny he had once referred to council members '
         'as "crooks, liars, cheats and bullies". But the mayor said his remarks were old.',
         "had once referred to", 'council members as "crooks, liars, cheats and bullies"'),
        # a quotation that finishes the report's clause: the whole clause is reported
        ('After personally visiting the site, Ms Lee "stressed that the town will soon see the '
         'real value of the new bridge we opened today", the council reported, adding that it '
         'was the first of its kind.', "reported",
         'After personally visiting the site, Ms Lee "stressed that the town will soon see the '
         'real value of the new bridge we opened today"'),
        # a full stop with a hyphen for the lost space after it
        ("The harbour master said the ferry would sail at noon.-", "said",
         "the ferry would sail at noon"),
        # a sum of money whose currency sign the text mangled into a "?" stays in the content
        ("A council survey estimates that fixing the roads costs the county about ?3bn, "
         "although it admits the figure is rough.", "estimates",
         "that fixing the roads costs the county about ?3bn"),
        ("The board predicts its schools will get ?41.5m in 2018 - that is more than they got "
         "this year.", "predicts", "its schools will get ?41.5m"),
        # the first half of a dash mangled into '"?' is no part of the content
        ('The club said the ground would host more games "?though it gave no dates for them.',
         "said", "the ground would host more games"),
        # a sentence break whose space the text lost ends the content
        ("The mayor said the ferry would run again by spring.- Locals were less sure of "
         "that.", "said", "the ferry would run again by spring"),
        # … and so does one after an abbreviation in capitals or a closing mark
        ("He said the mills would soon come back to the UK.- Ms Ruiz was less sure of that.",
         "said", "the mills would soon come back to the UK"),
        ('He said the town would bid "fairly and on a level field".- Leeds, he added, had '
         'done a "fine job" in drawing firms.', "said",
         'the town would bid "fairly and on a level field"'),
        # a byline run into the report where the text lost its line breaks; not a space
        # typed twice
        ("By Ann Ruiz for the Ledger  Ferry fares will rise by a third next year, an "
         "official said.", "said", "Ferry fares will rise by a third next year"),
        ("The talks ended with  Ruiz saying the deal was done, an aide said.", "said",
         "The talks ended with  Ruiz saying the deal was done"),
        # a heading run into the report where its line break was lost
        ("Fewer buses on Sundays A third of rural routes will stop running, an official "
         "said.", "said", "A third of rural routes will stop running"),
        # the next sentence's first word run into the closing mark is not said
        ('Ruiz told a paper that the toll was "a waste of money."?She later took it back.',
         "told", 'that the toll was "a waste of money."'),
        # … but takes in the stop and the closing mark the next word was run into
        ('The mayor described the new toll as "a fair price for a safer road."?Okafor was '
         "having none of that.", "described", 'the new toll as "a fair price for a safer road."'),
        # … nor the next quotation's opening mark and first word
        ('Ruiz said that the new rules were "a fair deal."?"We waited years for this," she '
         "added.", "said", 'that the new rules were "a fair deal."'),
    ],
)  # fmt: skip
def test_attributions_content_extent(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


def test_attributions_wire_lead_reports_the_clause_before_its_cue(pipeline):
    # the parser takes the dateline and the report for a first subject of "said"
    text = (
        "RAFAH, Gaza Strip (AP) — A strike on a school in the south killed at least 11 "
        "people overnight, including four children, local medics said Tuesday."
    )
    article = pipeline.extract(text)
    found = one(pipeline, text, "said Tuesday")
    assert found.source.span.text == "local medics"
    assert found.content.text == (
        "A strike on a school in the south killed at least 11 people overnight, "
        "including four children"
    )
    assert [q.attribution for q in article.quantities] == [found.id, found.id]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # the parser made the report a sentence of its own and "it said" another
        ("Sales rose in May. Over 40% of bikes sold during the two months up to June featured "
         "electric motors, it said.", "it",
         "Over 40% of bikes sold during the two months up to June featured electric motors"),
        ("Over 70% of laptops shipped during the quarter through to March featured touch "
         "screens, the firm said.", "the firm",
         "Over 70% of laptops shipped during the quarter through to March featured touch "
         "screens"),
    ],
)  # fmt: skip
def test_attributions_report_the_parser_cut_off_before_the_cue(pipeline, text, source, content):
    found = one(pipeline, text, "said")
    assert (found.source.span.text, found.content.text) == (source, content)


def test_attributions_passive_cue_with_a_clause_keeps_the_clause():
    from newsgraph import extract

    found = [a for a in extract("He was told that the plan had failed.").attributions]
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("was told", "that the plan had failed")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A colon after the cue announces the content, even after a sentence before it.
        (
            "Trump will use the debate to make news. The senator added: “He has a surprise.”",
            "added:",
            "“He has a surprise.”",
        ),
        ("The plan failed, and he added: the vote is lost.", "added:", "the vote is lost"),
        # "put it" takes no object: the content is the clause it interrupts.
        (
            "As one aide recently put it, the campaign is in trouble.",
            "recently put it",
            "the campaign is in trouble",
        ),
    ],
)
def test_attributions_content_after_a_colon_or_around_put_it(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a paper or a court told is whom it is said to
        (
            "Reed told the committee that the fund had run dry.",
            "that the fund had run dry",
        ),
        # a cue in a clause of contrast reports its own clause, not the main one
        (
            'Though Reed told a local paper during the race that he has an "open mind" about '
            "the tax, he also once called it a scam.",
            'that he has an "open mind" about the tax',
        ),
    ],
)
def test_attributions_told_a_paper_or_a_court_that(pipeline, text, content):
    assert one(pipeline, text, "told").content.text == content


def test_attributions_whom_it_is_said_to_gives_way_to_the_quotation(pipeline):
    text = "A mother stopped the candidate, asking her, “Where do we go from here?”"
    assert one(pipeline, text, "asking").content.text == "“Where do we go from here?”"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The factory was the town's biggest employer, its former manager said, until it "
         "closed in 2003.",
         "The factory was the town's biggest employer, its former manager said, until it "
         "closed in 2003"),
        ("Prices will fall, the minister said in a speech, and wages will rise.",
         "Prices will fall, the minister said in a speech, and wages will rise"),
    ],
)  # fmt: skip
def test_attributions_report_going_on_after_an_interrupting_cue(pipeline, text, content):
    assert one(pipeline, text, "said").content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("The new tax is expected to raise billions next year.", "is expected", None,
         "The new tax is expected to raise billions next year"),
        ("The mayor seemed tired of the questions.", "seemed", None,
         "The mayor seemed tired of the questions"),
        ("The senator has been criticized by farmers for missing votes.",
         "has been criticized", "farmers",
         "The senator has been criticized by farmers for missing votes"),
        # the British spelling
        ("He has been criticised by the unions for encouraging longer shifts.",
         "has been criticised", "the unions",
         "He has been criticised by the unions for encouraging longer shifts"),
        # an empty "it" is no part of what seems so
        ("It appears that the vote will be delayed.", "appears", None,
         "that the vote will be delayed"),
        # a subject the parser split between two words
        ("A cello belonging to jazz bassist Oscar Pettiford is expected to raise about "
         "$400,000 at a sale in Boston.", "is expected", None,
         "A cello belonging to jazz bassist Oscar Pettiford is expected to raise about "
         "$400,000 at a sale in Boston"),
        # a passive whose infinitive says what its subject is to do or was shown doing
        ("Ferry crews were required to carry spare radios on every crossing.",
         "were required", None,
         "Ferry crews were required to carry spare radios on every crossing"),
        ("The new lock was shown to resist a drill for ten minutes.", "was shown", None,
         "The new lock was shown to resist a drill for ten minutes"),
    ],
)  # fmt: skip
def test_attributions_raised_subject_is_part_of_the_content(pipeline, text, cue, source, content):
    found = one(pipeline, text, cue)
    assert found.source is None if source is None else found.source.span.text == source
    assert found.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The court said on Thursday Ruiz had been found guilty of fraud.", "said",
         "Ruiz had been found guilty of fraud"),
        # the parser may begin the content at "on"
        ("She said on Friday she hoped to be chosen club captain before the autumn.", "said",
         "she hoped to be chosen club captain before the autumn"),
        ("Prime Minister Ana Ruiz said on Monday she hopes the visit will mark a turning "
         "point.", "said", "she hopes the visit will mark a turning point"),
        # a day with "'s", or one that names a kind of thing, is part of the report
        ("She said Monday's vote was a turning point.", "said",
         "Monday's vote was a turning point"),
        ("The senator made the rounds of Sunday talk shows.", "made the rounds of",
         "Sunday talk shows"),
    ],
)  # fmt: skip
def test_attributions_content_leaves_out_the_day_of_saying(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


def test_attributions_a_time_after_the_cue_dates_the_saying(pipeline):
    found = one(pipeline, "The bridge, the mayor said on Monday, will reopen in spring.", "said")
    assert found.content.text == "The bridge, the mayor said on Monday, will reopen in spring"
    assert found.source.span.text == "the mayor"


@pytest.mark.parametrize(
    "text",
    [
        "Springfield (CNN)The plant will close in March, two managers told CNN.",
        "(CNN)The plant will close in March, two managers told CNN.",
        "SPRINGFIELD, Ohio (AP) — The plant will close in March, two managers said.",
        "SPRINGFIELD, Ohio — The plant will close in March, two managers said.",
        "SPRINGFIELD ― The plant will close in March, two managers said.",
        # an agency between slashes, which the parser ran into the report
        "MOSCOW, March 3./TASS/. The plant will close in March, two managers said.",
        "Job cuts at the steel mill\n\nMOSCOW, March 3./TASS/. The plant will close in March, "
        "two managers told reporters.",
    ],
)
def test_attributions_content_opening_a_story_leaves_the_dateline_out(pipeline, text):
    found = next(a for a in pipeline.extract(text).attributions if a.content)
    assert found.content.text == "The plant will close in March"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“The deal is dead!” the governor wrote on Truth Social.", "wrote"),
        ("“The deal is dead,” the governor posted on her Facebook page.", "posted"),
        ("“The deal is dead,” the governor said on television.", "said"),
    ],
)
def test_attributions_where_words_were_published_is_not_what_they_say(pipeline, text, cue):
    found = one(pipeline, text, cue)
    assert found.content.text.startswith("“The deal is dead")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A fleet engineer told Interfax about the ageing icebreakers.",
            "about the ageing icebreakers",
        ),
        ("The harbour master told reporters.", None),
        ("The mayor told them that the bridge would reopen.", "that the bridge would reopen"),
        ("The coach told the story of the final again.", "the story of the final again"),
    ],
)
def test_attributions_whom_something_is_told_to_is_no_content(pipeline, text, content):
    found = one(pipeline, text, "told")
    assert (found.content.text if found.content else None) == content


def test_attributions_cue_inside_a_subject_reports_the_whole_clause(pipeline):
    text = "The main worry, she told me, is the price of fuel."
    found = one(pipeline, text, "told")
    assert found.content.text == text.rstrip(".")


def test_attributions_sentence_ending_in_a_one_letter_unit_ends_there(pipeline):
    text = (
        "Losses fell from £12m to a total worth £6.4m. Ruth Akers, head of the audit "
        "office, said the rules had worked."
    )
    found = one(pipeline, text, "said")
    assert found.source.span.text == "Ruth Akers, head of the audit office,"
    assert found.content.text == "the rules had worked"


@pytest.mark.parametrize(
    "text",
    [
        "Farm incomes fell again this year. (12.04.2016) Dairy farmers' incomes in April were "
        "lower than those of the year before, the farm agency has reported.",
        "(18.02.2015) Women seeking late abortions will have to wait three days before the "
        "procedure, the parliament has decided.",
    ],
)
def test_attributions_content_begins_after_a_bracket_that_closes_in_it(pipeline, text):
    found = pipeline.extract(text).attributions[-1]
    assert found.content.text == text[text.index(") ") + 2 : text.rindex(",")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "A report found that police killed suspects. Mayor Tom Hale accused of paying "
            'police to kill-  "The mayor is to blame for these deaths."',
            "accused of",
            "paying police to kill",
        ),
        (
            "Critics felt she was only using the cause as a sales gimmick.)- "
            '"I began to care about it when I started," she said.',
            "felt",
            "she was only using the cause as a sales gimmick.)",
        ),
    ],
)
def test_attributions_content_ends_before_a_hyphen_for_a_lost_break(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize("day", ["March 28, 2017", "Mar. 28, 2017"])
def test_attributions_content_begins_after_an_embedded_post_signature(pipeline, day):
    text = (
        "Winds of 200km/h are expected tonight. Stay indoors until the all clear. "
        f'"?Coast Rescue (@CoastRescue) {day} Farmers in the valley have been '
        "told to move their herds uphill."
    )
    found = one(pipeline, text, "have been told")
    assert found.content.text == "Farmers in the valley have been told to move their herds uphill"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Border troops have been moved to the northern villages on May 12, Pavel Ostrov, "
            "Head of the Defence Ministry's Main Logistics Department, said on Monday.",
            "Border troops have been moved to the northern villages on May 12",
        ),
        (
            "New penalties will bar any payments to parent firms - loans, deposits and other "
            "transfers, Deputy Head of the Central Bank Lena Varga said.",
            "New penalties will bar any payments to parent firms - loans, deposits and other "
            "transfers",
        ),
        (
            "A drill of the coastal forces has begun on Tuesday by order of President Ivo "
            "Brandt, Navy Minister, Oskar Lind, said.",
            "A drill of the coastal forces has begun on Tuesday by order of President Ivo Brandt",
        ),
    ],
)
def test_attributions_content_before_its_cue_ends_before_its_source(pipeline, text, content):
    assert one(pipeline, text, "said").content.text == content


def test_attributions_content_ends_before_according_to_that_ends_its_sentence(pipeline):
    text = (
        "Cholera is the second-leading cause of death from dirty water in the valley, "
        "according to the Lakeland Institute for Water Safety (LIWS)."
    )
    assert one(pipeline, text, "according to").content.text == (
        "Cholera is the second-leading cause of death from dirty water in the valley"
    )


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a link's headline run into the sentence before the cue, its line break lost
        (
            "The ferry ran late again, the port said. READ MORE: Storm shuts Norland harbour "
            "for a week Throughout the winter, Ana Ruiz stressed the need for a second pier.",
            "stressed",
        ),
        (
            "The bridge reopened on Friday. READ MORE: Rents rise in port towns Ferry crews "
            "went on strike twice this spring, according to the union.",
            "according to",
        ),
    ],
)
def test_attributions_link_headline_is_no_part_of_the_content(pipeline, text, cue):
    # where the headline ends is not known: no content rather than one that takes it in
    assert one(pipeline, text, cue).content is None
