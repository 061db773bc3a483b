"""The quantities stage: the category of what a quantity counts, from its verb or its noun."""

from __future__ import annotations

import pytest

from newsgraph.stages.quantities import CATEGORIES
from tests.quantities_checks import only


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
        # the object of a verb of protest is what its subject showed, not protesters
        ("The results demonstrate two clear trends in voting.", "other", "clear trends"),
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
        ("Two TDs on the panel have not stated their views.", "people", "TDs"),
        ("Three MSPs backed the bill.", "people", "MSPs"),
        # a word that only ends like a person's
        # sources who speak or know something are people; sources of money are not
        ("Two sources familiar with the talks said the deal was close.", "people", "sources"),
        ("The plan draws on three sources of funding.", "other", "sources"),
        ("One source wondered aloud why the vote was delayed.", "people", "source"),
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
        # cricket's matches the tagger takes for a name
        ("Root has captained England in 14 Tests.", "other", "Tests"),
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
        # places and jobs cannot be held, arrested or missing: only people can
        ("The army said it had captured three eastern suburbs.", "other", "eastern suburbs"),
        ("Some 40,000 factory jobs disappeared in a decade.", "other", "factory jobs"),
        # a verb of killing that carries out or ends what it counts
        ("Agents executed three search warrants at dawn.", "other", "search warrants"),
        ("The senate killed two bills on Tuesday.", "other", "bills"),
        ("The junta executed four dissidents in May.", "killed", "dissidents"),
        # a noun of people only where a verb holds or arrests them
        ("Deputies said one subject was arrested at the farm.", "arrested", "subject"),
        ("Pupils may drop two subjects next year.", "other", "subjects"),
        ("Rebels captured 12 soldiers near the pass.", "prisoners", "soldiers"),
        # those a verb says left their homes, or were made to, are displaced
        ("The floods forced 40,000 villagers to flee their homes.", "displaced", "villagers"),
        ("The siege forced 900 families to abandon their homes.", "displaced", "families"),
        ("Some 5,000 families have left their homes since May.", "displaced", "families"),
        ("The coach told 20 players to leave the pitch.", "people", "players"),
    ],
)
def test_quantities_category(pipeline, text, category, counted):
    q = only(pipeline, text)
    assert q.counted.category == category
    assert q.counted.span is not None and q.counted.span.text == counted
    assert category in CATEGORIES


def test_quantities_participle_before_a_joined_count_says_what_befell_it(pipeline):
    text = "The feud had killed hundreds and displaced thousands, the envoy said."
    found = pipeline.extract(text).quantities
    assert [(q.text, q.counted.category) for q in found] == [
        ("hundreds", "killed"),
        ("thousands", "displaced"),
    ]


def test_quantities_number_without_noun_takes_the_verb_category(pipeline):
    article = pipeline.extract("The army killed 40 Palestinians and wounded 110,265.")
    wounded = next(q for q in article.quantities if q.value == 110265)
    assert wounded.counted.category == "wounded"
    assert wounded.counted.span is None


def test_quantities_title_case_headline_verb_counts_and_gives_its_category(pipeline):
    found = only(pipeline, "Quake Kills 20 in Eastern Province")
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
    found = only(pipeline, text)
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
        # those who seek work are no refugees
        ("About 3,000 job seekers queued at the fair.", "people"),
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
        # people by what they play, dance, own or did
        ("The club signed four young footballers in the summer.", "people"),
        ("Twelve dancers rehearsed in the hall until late.", "people"),
        ("Three hurdlers made the final in Lisbon.", "people"),
        ("The charity housed 2,000 Welsh emigrants in the city.", "people"),
        ("A fifth of callers hung up before an answer.", "people"),
        ("The vote angered thousands of small shareholders.", "people"),
        ("The jail holds about 400 young offenders.", "people"),
    ],
)
def test_quantities_people_by_what_they_do(pipeline, text, category):
    assert pipeline.extract(text).quantities[0].counted.category == category


def test_quantities_verb_with_an_object_is_no_state_of_the_counted(pipeline):
    found = only(pipeline, "Despite missing forecasts of 53.7, the index rose.")
    assert found.counted.category == "other"


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
        ("Floods swept the valley, leaving at least 60 people dead.", "killed"),
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
        ("Two troopers stopped the van on the highway.", "people"),
        ("Four MLAs lost their seats.", "people"),
        ("Some 40 rioters smashed shop windows.", "protesters"),
        ("The deal covers 6,000 mutineers in the north.", "troops"),
        ("One insider hinted that a deal was close.", "people"),
        ("Two brokers tipped the shares to rise.", "people"),
        ("Four spies met in the park at dawn.", "people"),
        ("The town has 9,000 seniors and few clinics.", "people"),
        ("Her two roommates moved out in May.", "people"),
        ("Some 300 worshipers packed the hall.", "people"),
        ("Nearly a million podcasters compete for ads.", "people"),
        # forces are troops when counted as soldiers; a few, or police forces, are bodies
        ("The base can hold up to 400 Belgian forces.", "troops"),
        ("Dozens of army forces crossed the river at dawn.", "troops"),
        ("Fighting broke out between the two rival forces.", "other"),
        ("Around 30 police forces now use the cameras.", "other"),
        ("Tanks make up half of the northern force.", "other"),
        ("Two special forces guarded the gate.", "troops"),
    ],
)
def test_quantities_counted_noun_and_its_words_give_the_category(pipeline, text, category):
    assert only(pipeline, text).counted.category == category


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # the word after a bare count says what befell it
        ("The crash left three dead and nine injured.", ["killed", "wounded"]),
        # "one" before such a word counts, as any number does; not "no one hurt"
        ("The crash left one dead and nine injured.", ["killed", "wounded"]),
        ("Two were killed and one injured in the raid.", ["killed", "wounded"]),
        ("Fire at depot, no one hurt, three engines sent.", ["other"]),
        ("The fire killed two and injured at least 15 more.", ["killed", "wounded"]),
        ("The death toll climbed to 40, with dozens more missing.", ["killed", "missing"]),
        # what befell a subject is not what befell the places it names
        ("Its raids on 40 villages last year killed 300 people.", ["other", "killed"]),
        ("Shelling in nine districts wounded 70 civilians.", ["other", "wounded"]),
        ("Six of the miners were killed in the blast.", ["killed"]),
        # a bare figure after money is money only where it counts no people
        (
            "The agency has a budget of 4 billion dollars and a staff of 2 million.",
            ["money", "people"],
        ),
        # a bare figure with its multiplier that a verb of paying takes is money
        ("Each week of delay will cost the port another half a million.", ["money"]),
        ("The league spent 3 million on new floodlights.", ["money"]),
        ("The flu has cost two million workers a day's pay.", ["people"]),
        # a part of the dead, the injured or the missing is what befell them
        ("Police said 31 of the dead were pilgrims.", ["killed"]),
        ("At least 12 of the injured are children.", ["wounded"]),
        ("Six of the missing were fishermen.", ["missing"]),
        # things missing are lost, people missing are missing
        ("Officials are hunting for 140 laptops missing from the ministry.", ["other"]),
        ("Three climbers missing on the glacier were found.", ["missing"]),
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
        ("Four boats evacuated the villagers after the dam broke.", ["other"]),
        ("About 3,000 residents evacuated the valley overnight.", ["displaced"]),
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
        # and so does a gathering or a body of people
        ("The band played to a crowd of 5,000 in Leeds.", ["people"]),
        ("Out of a household of seven, only one has a job.", ["people"]),
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
        # those who flee a scene or custody got away, and were displaced from nowhere
        ("Two men fled the scene in a grey van.", ["people"]),
        ("Three inmates fled from custody on Sunday.", ["prisoners"]),
        # the verb a raising verb governs says what befell its subject
        ("More than 2,000 people are believed to have died in the quake.", ["killed"]),
        ("Some 600 villagers are feared to be dead after the mudslide.", ["killed"]),
        ("Four fishermen are said to be in custody.", ["arrested"]),
        # the value of a toll the parser hung on the noun of the next clause
        (
            "Medics say the death toll from the landslide has risen to seven and about"
            " 8,000 people have left their homes.",
            ["killed", "displaced"],
        ),
        # the deaths of a vague count, and counted killings and disappearances
        ("Riots followed the deaths of thousands of migrants.", ["killed"]),
        ("Monitors logged 900 killings and 120 enforced disappearances.", ["killed", "missing"]),
        # the deaths of those joined by "and" to the first counted
        ("The raid ended in the deaths of four gunmen and two soldiers.", ["killed", "killed"]),
        # a count that borrows the noun of a casualty count but has a verb of its own
        ("Three miners died and two survived the blast.", ["killed", "people"]),
        ("Four hikers were killed and two were airlifted out.", ["killed", "people"]),
        # a prize taken for a name counts no one
        (
            "She holds 14 Grammys, three Golden Globes and nine other awards.",
            ["other", "other", "other"],
        ),
    ],
)
def test_quantities_categories_of_a_sentence(pipeline, text, categories):
    assert [q.counted.category for q in pipeline.extract(text).quantities] == categories
