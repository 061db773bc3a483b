"""The attributions stage: which words are cues and how far a cue runs."""

from __future__ import annotations

import pytest

from tests.attributions_checks import one


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The spokesman told reporters that the border was closed.", "told"),
        ("The rebels claimed that they had taken the airport.", "claimed"),
        ("The ministry denied that civilians had been hit.", "denied"),
    ],
)
def test_attributions_reporting_verbs_are_cues(pipeline, text, cue):
    attribution = one(pipeline, text, cue)
    assert attribution.content is not None and attribution.content.text.startswith("that")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator also said that the bill would pass.", "also said"),
        ("The mayor has not said whether she will run.", "has not said"),
        ("Activists called for an end to the strikes.", "called for"),
        ("The minister warned against a rushed deal.", "warned against"),
        ("The spokesman said on Tuesday that the border was closed.", "said"),
        # the day is when, not what: "argued on", "ruled on" only before what is argued
        ("The union leader argued on Sunday that wages had fallen.", "argued"),
        ("The appeals court ruled on Friday that the ban was lawful.", "ruled"),
        ("Voters rejected what the mayor described as two decades of neglect.", "described as"),
        ("The president added: “We will not give up.”", "added:"),
        ("The spokesman said Friday that the border was closed.", "said Friday"),
        ("The border, as one official put it, is a sieve.", "put it"),
        # a preposition set off by a comma is no part of the cue
        ("The new levy is a tax on the young, she argues, of the worst kind.", "argues"),
        # ", with" and a clause of its own goes on with the sentence, not with the cue
        (
            "The gala was cancelled. Eight new plays were shown at four theatres, with all the "
            "takings going to the hospice.",
            "were shown",
        ),
        # a noun cue starts at its article and adjectives, not at a name or a quantity
        (
            "The council's firm rejection of the harbor plan surprised the builders.",
            "firm rejection of",
        ),
        ("Ms Okafor is a fierce critic of the port authority.", "a fierce critic of"),
        ("Republican criticism of the tax plan grew louder.", "criticism of"),
        ("Many fear the new levy will hurt small shops.", "fear"),
        # "at" of whom or what the words are aimed at, "upon" as "on"; not "said at"
        ("Senator Moira Quill lashed out at the new port tariffs.", "lashed out at"),
        ("The coach hinted at a change in the lineup.", "hinted at"),
        ("The mayor remarked upon the patience of the commuters.", "remarked upon"),
        ("The governor said at a rally that the bridge would reopen.", "said"),
        # a passive's preposition after who does it, with the agent, is no part of the cue
        ("Mayor Lund was berated by the council for the late budget.", "was berated"),
        # words of the verb's own between its auxiliary and it, not its subject
        ("The two governors have both argued that the bridge must be rebuilt.", "have both argued"),
        ("Ms Halvorsen has since said that the plant will stay open.", "has since said"),
        ("Did the minister say that the port would close?", "say"),
        # a look or a sound the words were given with is part of the cue
        ("“The ferry will be late again,” Ms Varga said with a grin.", "said with a grin"),
        (
            "“Not this year,” the coach said, with a weary smile, as the bus left.",
            "said, with a weary smile,",
        ),
        ("“We will see,” Mr Dobrev said with the chairman beside him.", "said"),
        # "by" after a passive names no speaker that goes on to speak
        ("The ferry fares were justified by arguing that fuel costs had doubled.", "arguing"),
    ],
)
def test_attributions_cue_extent(pipeline, text, cue):
    assert one(pipeline, text, cue).cue.text == cue


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ('Mr Barnes didn"t mention the mayor by name on Friday.', 'didn"t mention', "Mr Barnes"),
        ('Frankly, I don"t believe the figures add up.', 'don"t believe', "I"),
    ],
)
def test_attributions_negation_that_lost_its_apostrophe_is_part_of_the_cue(
    pipeline, text, cue, source
):
    assert one(pipeline, text, cue).source.span.text == source


def test_attributions_cue_in_a_condition_reports_nothing_of_the_main_clause(pipeline):
    text = (
        "Sounding upbeat, even if the first counts suggest otherwise, matters a great deal "
        "to the team."
    )
    assert one(pipeline, text, "suggest otherwise").content is None
    # "as if" tells what they decided
    text = "It was as if the rivals had decided, after many months, that there was no point."
    assert one(pipeline, text, "had decided").content is not None


def test_attributions_which_after_the_cue_is_no_report_of_its_own(pipeline):
    text = (
        'The inquiry went to the police last week. "We found hints of possible price '
        'fixing," the official said, which included signs of trades placed ahead of the main '
        "sale on 3 May."
    )
    assert one(pipeline, text, "said").content.text == (
        '"We found hints of possible price fixing,"'
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Officials expressed deep concern about the new tests.",
         "expressed deep concern about", "the new tests"),
        ("The mayor offered a spirited defense of the budget.",
         "offered a spirited defense of", "the budget"),
        ("Officials aired concern about the new landfill.", "aired concern about",
         "the new landfill"),
        ("He went on to say that the plan had failed.", "went on to say",
         "that the plan had failed"),
        ("She continued to insist that the vote was rigged.", "continued to insist",
         "that the vote was rigged"),
        # the parser hangs the second verb as an adverbial clause
        ("The senator went on to say that the plan would fail.", "went on to say",
         "that the plan would fail"),
        # a verb that hands its cue over to the next ("began to say")
        ("“We will win,” the senator began to say.", "began to say", "“We will win,”"),
        # going out of one's way or so far as to a verb of saying, whatever follows it
        ("The mayor has gone so far as to praise the ferry crews.",
         "has gone so far as to praise", "the ferry crews"),
        ("Wardens go out of their way to stress that the ridge path is safe.",
         "go out of their way to stress", "that the ridge path is safe"),
    ],
)  # fmt: skip
def test_attributions_cue_takes_in_a_leading_verb_or_a_voiced_noun(pipeline, text, cue, content):
    attributions = pipeline.extract(text).attributions
    assert [(a.cue.text, a.content.text) for a in attributions] == [(cue, content)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # "made it clear": the adjective is in the cue, the clause after it is said
        ("The governor made it clear that the ferry would stop in May.",
         "made it clear", "that the ferry would stop in May"),
        ("Ms Okonjo has made clear that she will not stand again.",
         "has made clear", "that she will not stand again"),
        ("Club officials made it very clear that the stadium would be sold.",
         "made it very clear", "that the stadium would be sold"),
        # the parser hangs the clause on "made", not on "clear"
        ("A letter from the chief also made clear that Mr Ruiz did not need to list his clients.",
         "also made clear", "that Mr Ruiz did not need to list his clients"),
        # a verb that voices its object takes it into the cue before a "that" clause
        ("Several mayors expressed deep concern that the ferry would stop in May.",
         "expressed deep concern", "that the ferry would stop in May"),
        ("The coach voiced confidence that his side would win.",
         "voiced confidence", "that his side would win"),
        ("Officials floated the idea that the port could close.",
         "floated the idea", "that the port could close"),
        # a verb that gives out a message of the speaker's own takes it into the cue
        ("The governor sounded a cautious note about the new budget.",
         "sounded a cautious note about", "the new budget"),
        ("Ms Ruiz published an open letter about the closure of the mill.",
         "published an open letter about", "the closure of the mill"),
        # not someone else's message
        ("Ms Ruiz applauded his message on trade.", "applauded", "his message on trade"),
        # a verb that takes up someone else's idea keeps it for content
        ("Ms Ruiz rejected the notion that the port could close.",
         "rejected", "the notion that the port could close"),
        # "distanced himself from": the preposition's object is what is said
        ("The senator quickly distanced himself from the remarks of his aide.",
         "quickly distanced himself from", "the remarks of his aide"),
        ("Ms Ruiz has aligned herself with the rebels on the tax.",
         "has aligned herself with", "the rebels on the tax"),
        # "so" right after the cue is what is said
        ("Ruiz never thought so.", "never thought", "so"),
        ("Is the levy too high? The mayor doesn't think so.", "doesn't think", "so"),
        # so is a "yes" or a "no", with what a "no" is said to
        ("Asked if the levy was too high, most farmers said yes.", "said", "yes"),
        ("Ms Ruiz said no to the new toll.", "said", "no to the new toll"),
        # "were quick to", "more likely to": the verb after it is the cue's
        ("Ms Ruiz was quick to point out that the ferry had never been late.",
         "was quick to point out", "that the ferry had never been late"),
        ("The mayors were all quick to condemn the vote.", "were all quick to condemn",
         "the vote"),
        ("Officials have been swift to add that the port would reopen.",
         "have been swift to add", "that the port would reopen"),
        # what a poll found people say
        ("Older voters were slightly more likely to say that the port should reopen.",
         "were slightly more likely to say", "that the port should reopen"),
        # the report before the speaker, which the parser hangs on "was"
        ("The two share an office, Mr Dolan was quick to point out.",
         "was quick to point out", "The two share an office"),
    ],
)  # fmt: skip
def test_attributions_multiword_cue_and_what_it_says(pipeline, text, cue, content):
    assert one(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # "seemed to" before a verb of saying or thinking with a clause of its own
        ("The mayor appeared to suggest that the ferry would stop.", "appeared to suggest",
         "The mayor", "that the ferry would stop"),
        ("Ms Ruiz seemed to think the port was lost.", "seemed to think", "Ms Ruiz",
         "the port was lost"),
        ("He did not seem to directly imply that taxes would rise.",
         "did not seem to directly imply", "He", "that taxes would rise"),
        # a noun of a view held, the subject of "is that …"
        ("Mayor Ana Ruiz's main argument was that the ferry costs too much.",
         "main argument was", "Mayor Ana Ruiz's", "that the ferry costs too much"),
        ("The Dolan Group's most striking claim is that the ferry tender was fixed.",
         "most striking claim is", "The Dolan Group's", "that the ferry tender was fixed"),
        ("His message has long been that he alone can fix the port.",
         "message has long been", "His", "that he alone can fix the port"),
        # a phrase between the noun and the verb leaves the noun a cue of its own
        ("Ruiz's argument on Sunday was that the port must reopen.",
         "argument", "Ruiz's", "that the port must reopen"),
        # "by saying" with what is said: the words of the subject of the verb above, one
        # cue with that verb where "by" follows it at once
        ("The harbour master landed in trouble last week by saying that the pier was unsafe.",
         "saying", "The harbour master", "that the pier was unsafe"),
        ("Mr Halloran responded by saying the ferry would run again in May.",
         "responded by saying", "Mr Halloran", "the ferry would run again in May"),
        ("The new warden began by saying, “We will reopen the lido.”",
         "began by saying", "The new warden", "“We will reopen the lido.”"),
        # how a speaker began, went on or ended: what the "-ing" verb takes is what is said
        ("The mayor concluded by implying that the pier would close.",
         "concluded by implying", "The mayor", "that the pier would close"),
        ("Mr Okoye opened by talking about the harbour dues.",
         "opened by talking about", "Mr Okoye", "the harbour dues"),
        # after "with", the words of its own subject
        ("Support for the ferry has grown, with 62 percent of islanders saying it should run "
         "all winter.", "saying", "62 percent of islanders", "it should run all winter"),
    ],
)  # fmt: skip
def test_attributions_cue_with_its_source_and_content(pipeline, text, cue, source, content):
    attribution = one(pipeline, text, cue)
    assert attribution.source is not None and attribution.source.span.text == source
    assert attribution.content is not None and attribution.content.text == content


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # inside a quotation: the speaker's own words
        ("“She angered everyone by saying the pier was unsafe,” Mr Dale said.", ["said"]),
        # "with" and no speaker of its own
        ("She is fed up with saying that the pier is unsafe.", []),
    ],
)
def test_attributions_by_saying_with_no_report_of_its_own(pipeline, text, cues):
    assert [a.cue.text for a in pipeline.extract(text).attributions] == cues


@pytest.mark.parametrize(
    "text",
    [
        # without a clause of its own
        "Ms Ruiz seemed to agree with the council.",
        # what was done, in the writer's view
        "The stewards seem to have lost sight of what they were paid for.",
    ],
)
def test_attributions_seeming_keeps_other_verbs_apart(pipeline, text):
    cues = [a.cue.text for a in pipeline.extract(text).attributions]
    assert not any(cue.startswith(("seemed to", "seem to")) for cue in cues), cues


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own words, which the quotation's attribution reports
        '"My hope is that the port reopens," Ruiz said.',
        # someone else's framing of a view, inside what they say
        "Critics say that Norvia's best argument is that the bridge is safe.",
    ],
)
def test_attributions_a_view_inside_words_is_no_cue_of_its_own(pipeline, text):
    cues = [a.cue.text for a in pipeline.extract(text).attributions]
    assert not any(word in cue for cue in cues for word in ("hope", "argument")), cues


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("The ministry issued a statement saying that the border would reopen.",
         "issued a statement saying", "The ministry", "that the border would reopen"),
        ("The senator chimed in on Twitter, saying that the vote was a mistake.",
         "chimed in on Twitter, saying", "The senator", "that the vote was a mistake"),
        ("The club released a letter on Friday that says the sale is complete.",
         "released a letter on Friday that says", "The club", "the sale is complete"),
        ("The mayor posted a video on Facebook calling the ruling a disgrace.",
         "posted a video on Facebook calling", "The mayor", "the ruling a disgrace"),
        ("The governor sent a series of tweets urging residents to stay home.",
         "sent a series of tweets urging", "The governor", "residents to stay home"),
    ],
)  # fmt: skip
def test_attributions_message_put_out_and_its_participle_are_one_cue(
    pipeline, text, cue, source, content
):
    attributions = pipeline.extract(text).attributions
    assert [(a.cue.text, a.source.span.text, a.content.text) for a in attributions] == [
        (cue, source, content)
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A participle after a verb that puts out no message reports on its own.
        ("The firm denied the report, saying that its accounts were in order.",
         "saying", "that its accounts were in order"),
        # A verb with its own claim keeps it; the participle is a second claim.
        ("“We will not stop,” the mayor said in a statement, calling on residents to help.",
         "calling on", "residents to help"),
        ("The minister said in a statement that taxes would rise, adding that spending would fall.",
         "adding", "that spending would fall"),
    ],
)  # fmt: skip
def test_attributions_participle_without_a_message_put_out_stays_apart(
    pipeline, text, cue, content
):
    assert one(pipeline, text, cue).content.text == content


def test_attributions_joined_cue_with_its_own_object_reports_the_object(pipeline):
    text = "Many Democrats warned the Fed not to act, noting limited gains in take-home pay."
    attribution = one(pipeline, text, "noting")
    assert attribution.content.text == "limited gains in take-home pay"
    assert attribution.source.span.text == "Many Democrats"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # Verbs of saying and judging that training never showed as cues: their class is
        # a feature of the cue classifier (data/attributions/speech_verbs.txt).
        ("The senator chastised the agency for its delays.", "chastised"),
        ("Critics implored the council to reconsider the vote.", "implored"),
    ],
)
def test_attributions_cue_verbs_training_has_not_seen(pipeline, text, cue):
    from newsgraph.stages._attributions.model import load_model

    found = one(pipeline, text, cue)
    assert found.cue.text == cue
    assert pipeline.nlp(text)[1].lemma_ not in load_model().lemmas


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("Farm groups were angered by the new levy.", "were angered by", "Farm groups",
         "the new levy"),
        ("The new tax has angered farmers across the county.", "has angered", "farmers",
         "The new tax"),
        # who urges speaks through the subject
        ("The mayor encouraged residents to save water.", "encouraged", "The mayor",
         "residents to save water"),
    ],
)  # fmt: skip
def test_attributions_who_feels_it_holds_the_view(pipeline, text, cue, source, content):
    found = one(pipeline, text, cue)
    assert (found.source.span.text, found.content.text) == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister called a snap election for June.",
        "Only two officials showed up at the hearing.",
        "The union called off the strike on Tuesday.",
        "Three young forwards have been called up after the injuries on Saturday.",
        "Witnesses could not tell the difference between the two cars.",
        # a body found, no finding reported
        "Police found the body of a woman in the river.",
        # how a source spoke, not what it said
        "The aide spoke on condition of anonymity since the talks were private.",
        # where something lies, not a lie
        "The fishing grounds lie to the east of the harbour.",
        # a claim to land, not to a fact
        "Both governments claim most of the disputed lagoon region.",
        "The reef is claimed by three neighbouring states.",
        "Fishermen avoid the atoll, which is claimed by two navies.",
        "The harbour city is claimed by two rival clans.",
        # a prize won or lives taken, not a claim of a fact
        "The visitors claimed a deserved draw at the Den.",
        "The blaze claimed four lives before dawn.",
        # an assault on a place or with a weapon, not words against someone
        "Two masked men attacked a border checkpoint before dawn.",
        "The intruder attacked the guard with a hammer.",
        # a connective that opens the sentence reports no one's words
        "That said, the ferry timetable has gaps.",
        "Having said that, the ferry timetable has gaps.",
        "That being said, the ferry still sails at noon.",
        # a deed, no verb of saying, and no words found to be the doer's
        "Ortiz floated in a corner which Dunne knocked back across the box.",
        # a bare number is no words
        "Bronze statue of the founder. Statue displayed 1948.",
        # a deed done to a thing, no words reported
        "The firm released a cheaper version of its mapping software.",
        "Moreno then added a second goal after rounding the keeper.",
        "Full-back Ian Dow added 12 points from the boot.",
        # going on to a deed
        "He went on to complete a degree in chemistry.",
        "She went so far as to sell the boat.",
        # what is asked of someone, not anyone's words
        "Many recruits lack the fitness expected of a soldier.",
        # a deed done to someone or something, told in the passive
        "A new version of the app was released last week.",
        "The case was studied by two panels.",
        # what ought to be, nobody's belief
        "Every landlord is supposed to hand over the deposit within a month.",
        "The ferry was not supposed to sail in such high winds.",
        # a referee's penalty, nothing shown to be so
        "Tom Ashby (Rovers) is shown the yellow card for a late tackle.",
        # a contest held again, no view stood up for
        "Top seed Tom Hale will face Ben Kray, while defending champion and world number two"
        " Ivo Ruiz meets Lars Berg.",
        # a time or a thing that lives through something, no one looking on
        "The second day of the fair sees a parade of boats through the old docks.",
        "Recent years have seen a rush of cheap flights to the island.",
        "The only change to the crew sees deckhand Tom Ruiz replacing Ian Berg.",
        # a rival beaten, nothing seen
        "The council saw off a late bid to close the library by 30 votes to 12.",
        # a web page's notice that a player will not run here
        "Media playback is not supported on this device.",
    ],
)
def test_attributions_cue_verb_that_says_nothing_is_no_cue(pipeline, text):
    assert pipeline.extract(text).attributions == []


def test_attributions_cue_verb_with_a_set_object_still_reports_a_judgment(pipeline):
    text = "The senator called her vote for the war a mistake."
    assert one(pipeline, text, "called").content.text == "her vote for the war a mistake"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The ministry condemned what it calls a cowardly act by its neighbour.", "calls",
         "what it calls a cowardly act by its neighbour"),
        ("Voters rejected what they described as a tax on work.", "described as",
         "what they described as a tax on work"),
    ],
)  # fmt: skip
def test_attributions_what_someone_calls_is_the_name_it_gives(pipeline, text, cue, content):
    # not the clause around it ("The ministry condemned what")
    found = one(pipeline, text, cue)
    assert found.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "If all goes according to plan, the ship sails in May.",
        "The clubs seat their guests according to their age and their rank.",
        # a measure told by a question
        "Drivers are paid according to how many parcels they deliver in a day.",
        # a share, a value, a preference or a principle things are sorted by
        "Seats on the board are handed out according to the share of the votes each party wins.",
        "The old cottages are taxed according to their value in 1990.",
        # a title in the body of the article
        "Spring on TV\n\nKim Holt will star in the new sitcom The World According to Bex.",
    ],
)
def test_attributions_going_according_to_plan_is_no_attribution(pipeline, text):
    assert [a.cue.text for a in pipeline.extract(text).attributions] == []


def test_attributions_adjective_before_a_clause_ends_the_cue(pipeline):
    text = "But the site manager was adamant that the pier should not be called a bridge."
    found = one(pipeline, text, "was adamant")
    assert found.content.text == "that the pier should not be called a bridge"


@pytest.mark.parametrize(
    ("text", "report", "cue", "content"),
    [
        (
            "The mayor said the levy was costly and warned that rents would rise.",
            "the levy was costly",
            "warned",
            "that rents would rise",
        ),
        # the parser hung the second cue on an infinitive of the report
        (
            "The mayor said the tenants did not want to leave and called for new talks.",
            "the tenants did not want to leave",
            "called for",
            "new talks",
        ),
    ],
)
def test_attributions_cue_joined_to_a_report_shares_the_reporter(
    pipeline, text, report, cue, content
):
    said = one(pipeline, text, "said")
    joined = one(pipeline, text, cue)
    assert said.content.text == report
    assert joined.source.span.text == "The mayor"
    assert joined.content.text == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Inflation will ease next year, the central bank forecast on Thursday.",
            "the central bank",
            "Inflation will ease next year",
        ),
        ("Exports will grow, the trade report forecast.", "the trade report", "Exports will grow"),
        ("The agency forecast that rents would fall.", "The agency", "that rents would fall"),
    ],
)
def test_attributions_forecast_the_tagger_read_as_a_noun(pipeline, text, source, content):
    found = one(pipeline, text, "forecast")
    assert (found.source.span.text, found.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ('The court met. "The ban is lawful and must stand," the brief states.', "states",
         "the brief", '"The ban is lawful and must stand,"'),
        # the closing mark the parser hung on the speaker is no part of it
        ('The court met. "Prices will ease by spring," the central bank forecast.',
         "forecast", "the central bank", '"Prices will ease by spring,"'),
        # "wrote" read as a noun after a speaker with a number in it, the report hung on it
        ('The row grew. "Until you own up to it, I think you will stay a cheap rag," the '
         '31-year-old wrote.', "wrote", "the 31-year-old",
         '"Until you own up to it, I think you will stay a cheap rag,"'),
    ],
)  # fmt: skip
def test_attributions_verb_read_as_a_noun_after_a_quotation(pipeline, text, cue, source, content):
    found = one(pipeline, text, cue)
    assert (found.source.span.text, found.content.text) == (source, content)


_AFTER_HEADLINE = "\n\nThe vote is set for May."


@pytest.mark.parametrize(
    ("headline", "cue", "source", "content"),
    [
        (
            "Veteran Senator Praises Harbor Plan With Rare Warmth",
            "Praises",
            "Veteran Senator",
            "Harbor Plan",
        ),
        (
            "Farm Union Chief Slams New Water Rules After Dry Summer",
            "Slams",
            "Farm Union Chief",
            "New Water Rules",
        ),
        (
            "Prices Will Keep Rising, Bank Chief Tells Grain Traders",
            "Tells",
            "Bank Chief",
            "Prices Will Keep Rising",
        ),
    ],
)
def test_attributions_headline_verb_the_tagger_read_as_a_name(
    pipeline, headline, cue, source, content
):
    found = one(pipeline, headline + _AFTER_HEADLINE, cue)
    assert (found.source.span.text, found.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "To Ms. Ortiz, the new ferry timetable looks like a quiet betrayal.",
            "Ms. Ortiz",
            "the new ferry timetable looks like a quiet betrayal",
        ),
        (
            "To them, the harbor levy was never about safety.",
            "them",
            "the harbor levy was never about safety",
        ),
    ],
)
def test_attributions_sentence_opening_to_someone_tells_their_view(pipeline, text, source, content):
    found = one(pipeline, text, "To")
    assert (found.source.span.text, found.content.text, found.kind) == (source, content, "belief")


@pytest.mark.parametrize(
    "text",
    [
        "To varying degrees, the tenants all welcomed the plan.",
        "To a person, the tenants welcomed the plan.",
    ],
)
def test_attributions_sentence_opening_to_something_tells_no_view(pipeline, text):
    assert [a.cue.text for a in pipeline.extract(text).attributions] == []


def test_attributions_plural_noun_in_a_headline_is_no_cue(pipeline):
    text = "Exit Polls In Ohio Favor Governor Lane" + _AFTER_HEADLINE
    assert [a.cue.text for a in pipeline.extract(text).attributions] == []


@pytest.mark.parametrize(
    "text",
    [
        "She's the woman behind the radio play In Winter Old Kings Look Red - which later "
        "became a hit film.",
        "Tickets for the musical Tell Them Tomorrow go on sale today.",
        "He starred in the comedy Remember The Ferry before moving to London.",
    ],
)
def test_attributions_title_case_word_in_running_text_is_no_cue(pipeline, text):
    assert [a.cue.text for a in pipeline.extract(text).attributions] == []


def test_attributions_bare_copula_is_no_cue(pipeline):
    text = (
        "The council and the tenants' union are worried families in older blocks can find "
        "it hard to heat their homes."
    )
    assert [a.cue.text for a in pipeline.extract(text).attributions if a.cue.text == "are"] == []


def test_attributions_cue_does_not_run_over_its_source(pipeline):
    text = "Asked by a local reporter about the fire, the mayor said the town was safe."
    for found in pipeline.extract(text).attributions:
        if found.source is not None:
            cue, source = found.cue, found.source.span
            assert cue.end <= source.start or source.end <= cue.start, (cue.text, source.text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The plan was voted down by the party. May said Thursday that the vote "
            '"changes nothing" for the union.',
            "said Thursday",
            "May",
        ),
        ('"We will keep our word to every region," May wrote in a letter.', "wrote", "May"),
        (
            "There is a long row over fees. Theresa May promised a fair deal.",
            "promised",
            "Theresa May",
        ),
    ],
)
def test_attributions_may_before_a_past_verb_is_a_name(pipeline, text, cue, source):
    found = one(pipeline, text, cue)
    assert (found.source.span.text, found.hedged) == (source, False)


def test_attributions_going_on_to_say_is_one_cue(pipeline):
    text = "Their attorneys went on to say that the rule is lawful."
    found = one(pipeline, text, "went on to say")
    assert (found.source.span.text, found.content.text) == (
        "Their attorneys",
        "that the rule is lawful",
    )
    assert pipeline.extract("He went to say goodbye to his mother.").attributions == []
