"""The event stage: triggers, arguments, status, and links to times, places and figures."""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.stages._events.lexicon import NOT_AN_EVENT, load_lexicon


def _events(text, **kwargs):
    article = extract(text, **kwargs)
    names = {e.id: e.name for e in article.entities}
    return article, [
        (
            e.type,
            e.trigger.text,
            [names[i] for i in e.sources],
            [names[i] for i in e.targets],
            e.status,
        )
        for e in article.events
    ]


def _seed_event(seed_article, trigger):
    return next(e for e in seed_article.events if e.trigger.text == trigger)


def _names(article, ids):
    return [article.entity(i).name for i in ids]


def test_seed_meeting_is_consult_by_erdogan_with_hamas_in_ankara(seed_article):
    met = _seed_event(seed_article, "met")
    assert (met.type, met.cameo[:2], met.status) == ("CONSULT", "04", "asserted")
    assert _names(seed_article, met.sources) == ["Recep Tayyip Erdoğan"]
    assert "Hamas" in _names(seed_article, met.targets)
    assert seed_article.entity(met.place).name == "Ankara"
    assert met.evidence.text.startswith("Turkish President")


def test_seed_meeting_is_dated_by_wednesday(seed_article):
    met = _seed_event(seed_article, "met")
    time = next(t for t in seed_article.times if t.id == met.time)
    assert (time.text, time.value, met.time_basis) == ("Wednesday", "2025-01-22", "expression")


def test_seed_exchange_has_both_sides_as_sources(seed_article):
    exchanged = _seed_event(seed_article, "exchanged")
    assert exchanged.type == "COOPERATE"
    assert _names(seed_article, exchanged.sources) == ["Israel", "Hamas"]


def test_seed_warrants_accuse_netanyahu_and_gallant(seed_article):
    warrants = _seed_event(seed_article, "warrants")
    assert warrants.type == "ACCUSE"
    assert _names(seed_article, warrants.sources) == ["International Criminal Court"]
    assert _names(seed_article, warrants.targets) == ["Benjamin Netanyahu", "Yoav Gallant"]


def test_seed_amnesty_report_accuses_israel(seed_article):
    concludes = _seed_event(seed_article, "concludes")
    assert concludes.type == "ACCUSE"
    assert "Amnesty International" in _names(seed_article, concludes.sources)
    assert _names(seed_article, concludes.targets) == ["Israel"]


def test_seed_brokered_ceasefire_is_an_agreement_mediated_by_qatar_and_us(seed_article):
    brokered = _seed_event(seed_article, "brokered")
    assert brokered.type == "AGREE"
    assert _names(seed_article, brokered.sources) == ["Qatar", "United States"]


def test_seed_killing_figures_attach_to_the_assault(seed_article):
    killed = next(
        e for e in seed_article.events if e.trigger.text == "killed" and e.type == "ASSAULT"
        and "46,707" in e.evidence.text
    )  # fmt: skip
    figure = next(q for q in seed_article.quantities if q.id == killed.dead)
    assert figure.value == 46707
    assert killed.status == "reported"
    assert killed.attribution is not None


def test_seed_lasting_ceasefire_to_secure_is_hypothetical(seed_article):
    ceasefire = next(e for e in seed_article.events if e.trigger.text == "ceasefire")
    assert ceasefire.status == "hypothetical"
    assert _names(seed_article, ceasefire.sources) == ["Israel", "Hamas"]


def test_seed_attendee_list_is_not_an_event(seed_article):
    assert not [e for e in seed_article.events if e.trigger.text in ("included", "meeting")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli troops attacked the village of Beit Hanoun on Monday.",
            ("ASSAULT", "attacked", "asserted"),
        ),
        ("Israel did not attack Lebanon.", ("ASSAULT", "attack", "negated")),
        ("Turkey will meet Hamas leaders on Friday.", ("CONSULT", "meet", "hypothetical")),
        ("Egypt may host talks next week.", ("CONSULT", "host", "hypothetical")),
        ("Talks on a potential truce continued.", ("RETREAT", "truce", "hypothetical")),
        ("Hamas has yet to sign the agreement.", ("AGREE", "agreement", "negated")),
    ],
)
def test_status(text, expected):
    _, events = _events(text)
    found = {(t, trigger, status) for t, trigger, _, _, status in events}
    assert expected in found


def test_passive_swaps_source_and_target():
    _, events = _events("The village was attacked by Israeli forces, Palestinian officials said.")
    assert events[0][:2] == ("ASSAULT", "attacked")
    assert events[0][2] == ["Israeli"]


def test_compound_actors_split_into_entities():
    _, events = _events("Israel and Hamas exchanged hostages and prisoners on Sunday.")
    assert events[0][:3] == ("COOPERATE", "exchanged", ["Israel", "Hamas"])


def test_light_verb_gives_its_subject_to_the_event_noun():
    _, events = _events("Hamas launched an attack on Israel in October.")
    assert events == [("ASSAULT", "attack", ["Hamas"], ["Israel"], "asserted")]


def test_pronoun_in_reported_speech_stands_for_the_speaker():
    _, events = _events("Hamas said it would release the hostages held in Gaza.")
    release = next(e for e in events if e[1] == "release")
    assert release[2] == ["Hamas"]
    assert release[4] == "hypothetical"


def test_refusal_to_cooperate_is_coded_as_rejection():
    _, events = _events("Japan will not lift the export ban on Iran.")
    assert events[0][0] == "REJECT" and events[0][4] == "asserted"


def test_transfer_targets_the_recipient_not_the_thing_given():
    article, _ = _events("Canada returned four statues to the national museum of Peru.")
    event = article.events[0]
    assert event.type == "RETREAT"
    assert [s.text for s in event.target_spans] == ["the national museum of Peru"]


def test_arrest_warrants_are_one_event_not_two():
    _, events = _events("The court issued arrest warrants for the two former ministers.")
    assert [e[1] for e in events] == ["warrants"]


def test_every_span_of_an_event_is_grounded(seed_article):
    for event in seed_article.events:
        for span in (event.trigger, event.evidence, *event.source_spans, *event.target_spans):
            assert seed_article.text[span.start : span.end] == span.text


def test_lexicon_rows_all_have_a_plover_type():
    lexicon = load_lexicon()
    plover = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
              "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
              "COERCE", "ASSAULT"}  # fmt: skip
    rows = [t for rows in lexicon.triggers.values() for t in rows if t.cameo != NOT_AN_EVENT]
    assert len(rows) > 250
    assert {t.plover for t in rows} <= plover
    assert {t.cameo[:2] for t in rows} <= set(lexicon.roots)


def test_a_blocking_row_stops_a_reading():
    _, events = _events("The ministry declined to comment on the report.")
    assert events == []


def test_reducing_aid_is_a_sanction():
    _, events = _events("Denmark reduced its aid to Egypt last year.")
    assert events[0][:4] == ("SANCTION", "reduced", ["Denmark"], ["Egypt"])


def test_going_back_is_not_a_return_of_something():
    _, events = _events("The prisoners were barred from returning to Gaza.")
    assert not [e for e in events if e[1] == "returning"]


def test_an_event_noun_keeps_its_own_actor_over_the_governing_subject():
    _, events = _events("Israel condemned the Hezbollah attack on Haifa.")
    attack = next(e for e in events if e[1] == "attack")
    assert attack[2] == ["Hezbollah"] and attack[3] == ["Haifa"]


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # people released are the target, not the thing given
        ("Hamas said it will release the Israeli hostages on Sunday.", "release",
         ["the Israeli hostages"]),
        # a count of people stands for them
        ("Georgian guards detained hundreds of strikers outside Batumi.", "detained",
         ["hundreds of strikers"]),
        # the threatened act's object
        ("North Korea threatened to shell British forces near the border.", "threatened",
         ["British forces"]),
        # the sanctions' own target
        ("The United States lifted sanctions imposed on China.", "lifted", ["China"]),
        # with no actor to act on, the place the event is aimed at
        ("Dozens of Yemeni families sought refuge in Djibouti.", "sought", ["Djibouti"]),
        # a group named by its members is an actor, not a reason to aim at the place
        ("Hakan Fidan met Hamas leaders in Ankara on Monday.", "met", ["Hamas leaders"]),
        # the place named by the light verb of an event noun
        ("The Thai government will extend the curfew in Bangkok.", "curfew", ["Bangkok"]),
        # the target of the act agreed to
        ("The Swiss cabinet agreed to lift sanctions against Belarus.", "agreed", ["Belarus"]),
        # the sides of a signed agreement
        ("Mexico and Britain signed an agreement on trade.", "agreement",
         ["Mexico and Britain"]),
    ],
)  # fmt: skip
def test_target_constructions(pipeline, text, trigger, targets):
    from newsgraph.stages.events import code_sentence

    doc = pipeline.nlp(text)
    coded = next(c for s in doc.sents for c in code_sentence(s) if c.trigger.text == trigger)
    assert [doc[a.full[0] : a.full[1]].text for a in coded.targets] == targets


def test_coordinated_sides_of_an_agreement_are_its_participants():
    article = extract("Canada and Britain agreed on a new trade deal on Saturday.")
    agreed = next(e for e in article.events if e.trigger.text == "agreed")
    assert agreed.type == "AGREE"
    assert set(_names(article, agreed.participants)) == {"Canada", "Britain"}
    assert [s.text for s in agreed.target_spans] == ["Canada and Britain"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The mayor praised the council's decision to hire more bus drivers.",
         "the council's decision"),
        ("Sudan expelled aid workers, including those from Oxfam.", "aid workers"),
        ("The army attacked machinery used to make missiles.", "machinery"),
    ],
)  # fmt: skip
def test_target_phrase_stops_before_a_describing_clause_or_list(pipeline, text, target):
    from newsgraph.evaluate.events import main_event

    doc = pipeline.nlp(text)
    event = main_event(doc)
    assert [doc[a.full[0] : a.full[1]].text for a in event.targets] == [target]


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Venezuela releases dozens of political activists.", "releases", "RETREAT"),
        ("The ministry released a statement on Monday.", "released", None),
        ("Turkey has strengthened its forces along the Syrian border.", "strengthened", "MOBILIZE"),
        ("Indian soldiers remained on alert along the frontier.", "remained", "MOBILIZE"),
        ("Japan is sending troops to the peacekeeping force in South Sudan.", "sending", "AID"),
        ("The two navies began a joint military exercise.", "exercise", "COOPERATE"),
    ],
)  # fmt: skip
def test_lexicon_rows_for_releases_alerts_and_exercises(text, trigger, kind):
    _, events = _events(text)
    assert {e[1]: e[0] for e in events}.get(trigger) == kind


def _coded(pipeline, text, trigger):
    from newsgraph.stages.events import code_sentence

    doc = pipeline.nlp(text)
    coded = next(c for s in doc.sents for c in code_sentence(s) if c.trigger.text == trigger)
    phrases = {
        role: [doc[a.full[0] : a.full[1]].text for a in getattr(coded, role)]
        for role in ("sources", "targets")
    }
    return coded, phrases


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # the noun an event noun modifies carries its arguments
        ("Ghana began a mediation effort between the Union and Tembo.", "mediation",
         ["Ghana"], ["the Union and Tembo"]),
        ("Paraguayan President Luis Ortega proclaimed a state of siege in Caaguazu.", "siege",
         ["Paraguayan President Luis Ortega"], ["Caaguazu"]),
        # a light verb without a subject of its own takes the one it complements; sides
        # named together ("Serbian and Kosovar envoys") act on each other
        ("Serbian and Kosovar envoys failed to strike a deal over the bridge.", "deal",
         ["Serbian and Kosovar envoys"], ["Serbian and Kosovar envoys"]),
    ],
)  # fmt: skip
def test_event_noun_arguments_from_the_phrase_around_it(pipeline, text, trigger, sources, targets):
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases == {"sources": sources, "targets": targets}


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # the recipient of the act offered
        ("Prime Minister Rutte has offered to deploy medics to Chad.", "offered", ["Chad"]),
        # the target of the event asked for
        ("The EU called for sanctions against Turkey.", "called", ["Turkey"]),
        # the forces withdrawn are the actor's own; the event is aimed at where they leave
        ("Ethiopia is willing to withdraw its soldiers from Tigray.", "withdraw", ["Tigray"]),
        # a part of a named place is a place
        ("Many Venezuelan migrants sought refuge in Brazil's northern state of Roraima.",
         "sought", ["Brazil's northern state of Roraima"]),
        # a purpose clause reaches whom the act it serves reached
        ("Germany summoned the Chinese ambassador to complain about the move.", "complain",
         ["the Chinese ambassador"]),
        # whom the thing lifted was done to
        ("Turkey lifted its blockade of Armenia.", "lifted", ["Armenia"]),
        # a place named by what the event moves or keeps, or a noun for a place
        ("Israeli troops remained on alert in the border region.", "remained",
         ["the border region"]),
        ("France strengthened its forces in the Sahel.", "strengthened", ["the Sahel"]),
        ("The governor proclaimed a state of siege in two districts.", "siege", ["two districts"]),
        # the recipient of what is given, however deep the parser hangs it
        ("Ireland has provided 3 million euros in humanitarian funding to Lebanon.",
         "provided", ["Lebanon"]),
        # what a passive says was lifted is no target; whom it was against is
        ("EU sanctions against Belarus were lifted on Monday.", "lifted", ["Belarus"]),
        # what a threatened attack would hit is its target
        ("Hezbollah threatened to shell the bases of the army.", "threatened",
         ["the bases of the army"]),
        # an event noun reaches the sides of the act it is launched for
        ("Oman launched a mediation effort to end the dispute between Kenya and Somalia.",
         "mediation", ["Kenya and Somalia"]),
        # an object that is itself an event is aimed where that event is
        ("Lula pledged his government's support to the people of Haiti.", "pledged",
         ["the people of Haiti"]),
        # a closing bracket stays with the name it closes
        ("The junta outlawed the Popular Liberation Movement (PLM) in 1984.", "outlawed",
         ["the Popular Liberation Movement (PLM)"]),
        # a comma apposition that describes a place is no part of it; a person's title is
        ("The militia threatened to shell Basra, Iraq's main port city.", "threatened",
         ["Basra"]),
        ("Rebels will release Odin Sanchez, a former congressman, on Monday.", "release",
         ["Odin Sanchez, a former congressman"]),
        # the other side named by "with", not an instrument
        ("Ghani announced a ceasefire with the Taliban on Tuesday.", "ceasefire",
         ["the Taliban"]),
        ("Opposition supporters clashed with police on Friday.", "clashed", ["police"]),
        ("The army struck the base with artillery.", "struck", ["the base"]),
        # coordinated sides agreeing on a thing, or breaking a truce, act on each other
        ("Spain and Portugal have agreed to exchange data on tax fraud.",
         "agreed", ["Spain and Portugal"]),
        ("Kenyan and French naval units have agreed to stage a joint drill.", "agreed",
         ["Kenyan and French naval units"]),
        ("Syria and Israel violated the ceasefire agreement.", "violated",
         ["Syria and Israel"]),
        # what an actor said or did, rejected or defended as theirs
        ("Venezuela rejected U.N. appeals for an independent inquiry.",
         "rejected", ["U.N. appeals"]),
        ("Duterte defended China's protocols for handling the pandemic.", "defended",
         ["China's protocols"]),
        # what is let go names people or their property, not a recipient
        ("The Libyan army released a Turkish ship on Monday.", "released", ["a Turkish ship"]),
        ("Venezuela freed a former presidential candidate.", "freed",
         ["a former presidential candidate"]),
        ("The rebels will release a kidnapped volunteer to the Red Cross.", "release",
         ["a kidnapped volunteer"]),
        # a purpose clause names the place its act reached, not "the country"
        ("The UN will send resources to Colombia to help the country care for refugees.",
         "help", ["Colombia"]),
        # whom the act is done for, as the subject of a bare clause
        ("Tokyo is weighing sending food to help Bangladesh recover from the cyclone.",
         "sending", ["Bangladesh"]),
        # an office resigned is held for someone
        ("Suharto resigned as president of Indonesia in 1998.", "resigned", ["Indonesia"]),
        # an event the thing eased or given bears on is aimed where it is
        ("The Foreign Office eased limits on food aid to Syria.",
         "eased", ["Syria"]),
        ("The ministry provided 25 million euros for relief in southern Sudan.", "provided",
         ["southern Sudan"]),
        # demands or appeals are someone's: theirs is the target
        ("The state government conceded to demands from the Neighborhood Association.",
         "conceded", ["the Neighborhood Association"]),
        ("Peru's cabinet accepts the main demands by farmers.", "accepts", ["farmers"]),
        ("The tribunal rejected a petition filed by the mining company.", "rejected",
         ["the mining company"]),
        # with no one it is done to, the place what it concerns is in
        ("The council agreed to a six-month renewal of the monitoring mission in Kosovo.",
         "agreed", ["Kosovo"]),
        ("The Rights Forum called for changes in Kenyan laws that punish dissent.",
         "called", ["Kenyan laws"]),
        # not where a meeting is held: the sides meet each other
        ("Macron and King Felipe will gather for a meeting at the Elysee.", "meeting",
         ["Macron and King Felipe"]),
        # a claim whose owner is named before it
        ("The council rejected Brazilian President Marta Silva's claim that Canada would "
         "copy the plan.", "rejected",
         ["Brazilian President Marta Silva's claim"]),
        # what is offered is a theme, whom it is offered to the target
        ("Spain has offered to NATO a frigate and two transport planes.", "offered",
         ["NATO"]),
        # troops sent are no target; whom they are sent to help is
        ("Canada has offered to send soldiers to help the Ukrainian navy.", "offered",
         ["the Ukrainian navy"]),
        # a protest is aimed at who made what it is against
        ("Farmers began a hunger strike in protest against new laws imposed by the "
         "Indian government.", "strike", ["the Indian government"]),
        ("Nurses staged a hunger strike to protest the pension rules imposed by the "
         "Hungarian government.", "strike", ["the Hungarian government"]),
        # a strike that names no one takes the target of the protest its clause tells
        ("A Texas man has begun a hunger strike , protesting the city 's housing policy .",
         "strike", ["the city 's housing policy"]),
        # a labour strike called off is aimed at whom it was settled with
        ("Dock workers called off a three-week strike after reaching agreement with the "
         "Chilean authorities.", "strike", ["the Chilean authorities"]),
        # resignations, truces, aid and pledges naming no one hold for the country the
        # clause names
        ("Prime Minister Ana Lopes resigned on Friday , after demonstrations demanding "
         "her dismissal in Bolivia .", "resigned", ["Bolivia"]),
        ("Qatar announced a ceasefire plan to stop the fighting in Sudan .",
         "ceasefire", ["Sudan"]),
        ("The EU has provided 1.2 billion euros to end the Ebola outbreak in West Africa .",
         "provided", ["West Africa"]),
        # through an adjective's phrase and the act agreed to
        ("The movement declared a three-day ceasefire effective from midnight in Darfur.",
         "ceasefire", ["Darfur"]),
        ("The group agreed to postpone the demonstration in Haiti.", "agreed", ["Haiti"]),
        # where two sides agree a truce is no party to it
        ("Chile and Peru agreed to a ceasefire to halt weeks of clashes near their "
         "frontier in Tacna.", "agreed", ["Chile and Peru"]),
        # whom aid given is for; a place that aid sent with its helpers reaches
        ("The mayor suspended food aid deliveries for Mostar until supplies reached "
         "the northern villages.", "suspended", ["Mostar"]),
        ("Canada has sent trucks and a unit of engineers to Jordan to help the country "
         "guard its frontier.", "help", ["Jordan"]),
        # with the accused named, what the charge is about is no target, nor part of them
        ("The parliament criticized the Nicaraguan government on human rights.",
         "criticized", ["the Nicaraguan government"]),
        ("Human Rights Watch has accused the Ethiopian army of widespread abuses in Tigray.",
         "accused", ["the Ethiopian army"]),
        ("The tribunal accused the emergency law of silencing journalists.", "accused",
         ["the emergency law"]),
        ("The Council condemned Syria 's systematic abuses of civilians.",
         "condemned", ["Syria 's systematic abuses of civilians"]),
        # an owner named for the last of a list owns all of it
        ("The bishops condemned the raids and the ongoing abuses committed by "
         "the Syrian regime.", "condemned", ["the Syrian regime"]),
    ],
)  # fmt: skip
def test_event_targets(pipeline, text, trigger, targets):
    """Whom each construction aims the event at; one row per construction."""
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases["targets"] == targets


def test_a_lexicon_condition_sees_the_people_a_count_stands_for(pipeline):
    coded, phrases = _coded(
        pipeline,
        "Dozens of detained journalists have been released by government troops.",
        "released",
    )
    assert coded.entry.plover == "RETREAT"
    assert phrases == {
        "sources": ["government troops"],
        "targets": ["Dozens of detained journalists"],
    }


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("The two leaders held bilateral discussions in Addis Ababa.", "discussions", "040"),
        ("The junta proclaimed a three-day cease - fire with the rebels.", "fire", "087"),
        ("Bashir declared a cessation of hostilities in Sudan.", "cessation", "087"),
        ("The militants will lay down their weapons next week.", "lay", "087"),
        ("Hezbollah used Lebanese civilians as human shields.", "used", "184"),
        ("The ministry brought legal action against the Hungarian regulator.", "action", "115"),
        ("A judge approved the extradition of the former president.", "extradition", "063"),
        ("U.S. marines and Jordanian forces began a war game in the desert.", "game", "062"),
        ("Indian farmers began a hunger strike on Saturday.", "strike", "143"),
        ("The U.S. reduced tariffs on Chinese goods.", "reduced", "085"),
        ("Colombia will contribute troops to the force.", "contribute", "074"),
        ("Germany contributed $46 million to the fund.", "contributed", "070"),
        ("The charity flew medicine into Afghanistan.", "flew", "070"),
    ],
)  # fmt: skip
def test_lexicon_rows_for_talks_truces_strikes_and_contributions(pipeline, text, trigger, cameo):
    coded, _ = _coded(pipeline, text, trigger)
    assert coded.entry.cameo == cameo


def test_eval_scores_a_mediator_and_the_mediated_sides_apart(pipeline):
    from newsgraph.evaluate.events import main_event, predicted_actors

    text = "Kuwait launched a mediation effort between Sudan and Chad."
    doc = pipeline.nlp(text)
    predicted = predicted_actors(doc, main_event(doc))
    phrases = {role: sorted(text[a:b] for a, b in spans) for role, spans in predicted.items()}
    assert phrases == {"source": ["Kuwait"], "target": ["Chad", "Sudan"]}


def test_a_row_finds_its_preposition_on_the_object(pipeline):
    coded, phrases = _coded(
        pipeline, "Rebels held hundreds of civilians as human shields in the city.", "held"
    )
    assert coded.entry.cameo == "184"
    assert phrases == {"sources": ["Rebels"], "targets": ["hundreds of civilians"]}


@pytest.mark.parametrize(
    ("text", "trigger", "sources"),
    [
        ("The Houthis have claimed responsibility for three attacks near Aden.", "attacks",
         ["The Houthis"]),
        ("Garo and the PDF are responsible for widespread killings.", "killings",
         ["Garo and the PDF"]),
    ],
)  # fmt: skip
def test_who_answers_for_an_event_is_its_source(pipeline, text, trigger, sources):
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases["sources"] == sources


def test_eval_joins_a_split_typographic_possessive(tmp_path):
    from newsgraph.evaluate.events import read_actor_sentences

    path = tmp_path / "actors.txt"
    path.write_text("UN B-S\ncalled O\non O\nLibya B-T\n’ I-T\ns I-T\ngovernment I-T\n. O\n")
    (sentence,) = read_actor_sentences(path)
    assert sentence.text == "UN called on Libya’s government ."
    assert [sentence.text[a:b] for a, b in sentence.targets] == ["Libya’s government"]


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # a date keeps no better argument from being looked for
        ("The minister called on Monday for sanctions against Iran.", "called",
         ["The minister"], ["Iran"]),
        ("Officials from both sides will attend Saturday's meeting in Geneva.", "meeting",
         ["Officials from both sides"], ["Geneva"]),
        # the other side named by "with", whatever the event
        ("Ghana closed its borders with Togo and Benin.", "closed", ["Ghana"],
         ["Togo and Benin"]),
        # a purpose clause reaches whom its act summoned, or where it sent someone
        ("Pakistan summoned France's ambassador to complain about the cartoons.", "complain",
         ["Pakistan"], ["France's ambassador"]),
        ("The board is dispatching investigators to Phoenix to investigate the derailment.",
         "investigate", ["The board"], ["Phoenix"]),
        # troops sent are the sender's own; the place they go is the target
        ("The French military sent 300 troops in Mali.", "sent", ["The French military"], ["Mali"]),
        # an object pronoun stands for whom the clause above acts on
        ("The army hit rebel positions and destroyed them.", "destroyed", ["The army"],
         ["rebel positions"]),
        ("Peter Ajak was released after President Kiir pardoned him.", "pardoned",
         ["President Kiir"], ["Peter Ajak"]),
        # an occasion is no target; where a named person is, no part of the name
        ("The AU deployed poll monitors in Malawi for the first time.", "deployed",
         ["The AU"], ["Malawi"]),
        ("Trump will meet Saad Hariri in Washington next week.", "meet", ["Trump"],
         ["Saad Hariri"]),
        # who goes on strike or stops work in one takes part in it; what they strike for
        # is no one the strike is aimed at
        ("Workers at the mine went on strike for better pay.", "strike",
         ["Workers at the mine"], []),
        ("Four hundred nurses stopped work in a one-day strike for safer staffing.", "strike",
         ["Four hundred nurses"], []),
        # an arrest with no one named was made by the state where it happened
        ("The journalist was arrested in Rwanda on Monday.", "arrested", ["Rwanda"],
         ["The journalist"]),
        # a light verb in the passive lends its agent
        ("The attack was launched by rebels from the north.", "attack",
         ["rebels from the north"], []),
    ],
)  # fmt: skip
def test_arguments_through_dates_sides_purposes_pronouns_and_places(
    pipeline, text, trigger, sources, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases == {"sources": sources, "targets": targets}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("At least 26 people were killed after a car bomb struck a bus in Kabul.", "struck"),
        (
            "Four soldiers were killed when the rebels launched an attack on the checkpoint.",
            "attack",
        ),
    ],
)
def test_the_act_behind_a_passive_killing_is_the_main_event(pipeline, text, trigger):
    from newsgraph.evaluate.events import main_event

    event = main_event(pipeline.nlp(text))
    assert event is not None and event.trigger.text == trigger and event.sources


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # readiness to cooperate is an expressed intent (CAMEO 03)
        ("Rwanda is prepared to withdraw its forces from Congo.", "withdraw", "030"),
        ("Chile is ready to contribute engineers to the UN mission.", "contribute", "030"),
        ("Pakistan withdrew its troops from Kashmir.", "withdrew", "087"),
        # handing over supplies is aid, handing over prisoners a release; training forces
        # is military cooperation
        ("The EU handed over medical supplies to the Nigerian government.", "handed", "070"),
        ("The rebels handed over 30 prisoners to the Red Cross.", "handed", "084"),
        ("The US military trains Iraqi pilots.", "trains", "062"),
    ],
)
def test_intents_hand_overs_and_training(pipeline, text, trigger, cameo):
    coded, _ = _coded(pipeline, text, trigger)
    assert (coded.entry.cameo, coded.status) == (cameo, "asserted")


def test_eval_joins_split_initials_and_titles(tmp_path):
    from newsgraph.evaluate.events import read_actor_sentences

    path = tmp_path / "actors.txt"
    tokens = "Spain B-S lifted O its O ban O on O the B-T U I-T . I-T S I-T . O"
    pairs = tokens.split()
    lines = [f"{pairs[n]} {pairs[n + 1]}" for n in range(0, len(pairs), 2)]
    path.write_text("\n".join(lines) + "\n\nMr B-S\n. I-S\nSisi I-S\nspoke O\n")
    first, second = read_actor_sentences(path)
    assert first.text == "Spain lifted its ban on the U.S ."
    assert [first.text[a:b] for a, b in first.targets] == ["the U.S"]
    assert second.text == "Mr. Sisi spoke"
    assert [second.text[a:b] for a, b in second.sources] == ["Mr. Sisi"]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a list inside the last prepositional phrase, member by member
        ("The UN sent aid to people in Somalia, Ethiopia and Kenya.",
         {"people in Somalia", "Ethiopia", "Kenya"}),
        # a member keeps the bracketed name it opened (the set's spacing)
        ("The EU imposed sanctions on the Lao People's Democratic Republic ( LPDR ) and "
         "the Republic of Guinea ( ROG ) .",
         {"the Lao People's Democratic Republic ( LPDR )",
          "the Republic of Guinea ( ROG )"}),
    ],
)  # fmt: skip
def test_eval_scores_listed_targets_member_by_member(pipeline, text, targets):
    from newsgraph.evaluate.events import main_event, predicted_actors

    doc = pipeline.nlp(text)
    spans = predicted_actors(doc, main_event(doc))
    assert {doc.text[a:b] for a, b in spans["target"]} == targets


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # circumstances ("on", "due to", "over") and a bare day are no part of an actor
        ("Farmers clashed with police on the outskirts of the port.",
         "clashed", ["police"]),
        ("The agency reduced food aid for 8,000 refugees in Gaza due to fuel shortages.",
         "reduced", ["8,000 refugees in Gaza"]),
        ("Egypt summoned Norway's envoy Tuesday to complain about an article.",
         "complain", ["Norway's envoy"]),
        # where people named by their country are posted
        ("Dutch diplomats summoned the Iranian envoy in Amsterdam to complain about an arrest.",
         "complain", ["the Iranian envoy"]),
        # "both" announces the list and belongs to no member
        ("Australia lifts the embargo against both Fiji and Tonga.", "lifts",
         ["Fiji and Tonga"]),
    ],
)  # fmt: skip
def test_actor_phrases_leave_out_circumstances_postings_and_list_words(
    pipeline, text, trigger, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases["targets"] == targets


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # a strike that is staged, called off or gone on is a labour strike
        ("Nigeria's oil workers called off a three-week strike.", "strike", "143"),
        ("Teachers went on strike in Nairobi.", "strike", "143"),
        ("The air force launched a strike on the base.", "strike", "190"),
        # petitions and invitations are appeals; refuting comments is a denial
        ("The party submitted reform petitions to Congress.", "petitions", "020"),
        ("The South African government refuted Trump's comments on farm seizures.", "refuted",
         "016"),
    ],
)  # fmt: skip
def test_lexicon_rows_for_labour_strikes_petitions_and_refutals(pipeline, text, trigger, cameo):
    coded, _ = _coded(pipeline, text, trigger)
    assert coded.entry.cameo == cameo


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # what a speaker says another must do is the speaker's demand on them
        ("Germany says Iran must end its attacks on shipping in the Gulf.", "attacks",
         ["Germany"], ["Iran"]),
        ("Hungarian officials said Brussels must lift the sanctions.", "lift",
         ["Hungarian officials"], ["Brussels"]),
        # also when the act is no event the lexicon knows
        ("Officials said that Serbia must protect the minority in the north.", "protect",
         ["Officials"], ["Serbia"]),
    ],
)  # fmt: skip
def test_what_another_must_do_is_a_demand_on_them(pipeline, text, trigger, sources, targets):
    coded, phrases = _coded(pipeline, text, trigger)
    assert (coded.entry.cameo, coded.entry.plover) == ("100", "REQUEST")
    assert (phrases["sources"], phrases["targets"]) == (sources, targets)


def test_what_speakers_say_they_must_do_is_no_demand(pipeline):
    from newsgraph.stages.events import code_sentence

    doc = pipeline.nlp("Protesters said they must resist the police.")
    assert not [c for s in doc.sents for c in code_sentence(s) if c.entry.cameo == "100"]


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # through an effort's purpose and the verbs that only lead to the act
        ("Senegal began a mediation effort intended to help the president and the "
         "opposition reach a deal.", "mediation", ["the president and the opposition"]),
        ("Qatar has launched a mediation drive to try to stop a war between Chad and Sudan.",
         "mediation", ["Chad and Sudan"]),
        # what is given back was taken from someone
        ("The militia said it will return vehicles it seized from the police.", "return",
         ["the police"]),
        # a refusal resists who pressed for the act
        ("The mayor has declined to resign despite pressure from Congress.", "declined",
         ["Congress"]),
        # one side breaks the truce, not the place
        ("The rebels violated a Qatari-brokered truce in the north.", "violated",
         ["a Qatari-brokered truce"]),
        # what a strike is for is no one it is aimed at
        ("Miners staged a strike for higher wages at the copper mine.", "strike", []),
    ],
)  # fmt: skip
def test_targets_through_chains_takings_pressure_truces_and_demands(
    pipeline, text, trigger, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases["targets"] == targets


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # a withdrawal is aimed where the forces leave, not at the forces
        ("Kenya withdrew its soldiers from Somalia last year.", "withdrew", ["Kenya"],
         ["Somalia"]),
        ("Chad withdrew the first group of 300 troops from Mali in May.", "withdrew", ["Chad"],
         ["Mali"]),
        # what an act is said to concern, for want of anyone it is done to
        ("The council imposed sanctions in relation to Haiti in 2022.", "sanctions",
         ["The council"], ["Haiti"]),
        # what a mediation is in
        ("Ghana ended mediation efforts in the border dispute on Friday.", "mediation",
         ["Ghana"], ["the border dispute"]),
        # a passive return with its agent and recipient
        ("A stolen statue was returned to Nepal by French customs officials.", "returned",
         ["French customs officials"], ["Nepal"]),
        # pressing someone to act is a demand on them
        ("Police are pressuring the miners to end the strike.", "pressuring", ["Police"],
         ["the miners"]),
        # forces mobilized for a battle against someone
        ("The king mobilized his army for a battle against the rebels.", "mobilized",
         ["The king"], ["the rebels"]),
    ],
)  # fmt: skip
def test_targets_of_withdrawals_relations_mediations_returns_and_pressure(
    pipeline, text, trigger, sources, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert (phrases["sources"], phrases["targets"]) == (sources, targets)


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # the place where a truce was broken is left out of the truce
        ("Rebels violated the holiday ceasefire in Kasai province.", "violated",
         ["the holiday ceasefire"]),
        # whom a summons reaches, not a demonstrative in the complaint's clause
        ("Peru summoned the Chilean envoy to complain about those remarks.", "complain",
         ["the Chilean envoy"]),
        # a person the parser hangs on a country as an apposition is no part of it
        ("Russia is withdrawing troops from Syria , Defence Minister Ivan Petrov said .",
         "withdrawing", ["Syria"]),
        # a ban lifted is aimed at whom it was imposed on
        ("The group refuses to lift the ban that it imposed on aid agencies.", "refuses",
         ["aid agencies"]),
    ],
)  # fmt: skip
def test_truces_without_places_summons_misparsed_appositions_and_imposed_bans(
    pipeline, text, trigger, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases["targets"] == targets


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        # a month's name is no march
        ("Rebels attacked the town on March 3.", {"attacked"}),
        # "war crimes" names no war; a war against someone does
        ("The war crimes court opened in The Hague.", set()),
        ("Iraq began a war against Iran.", {"war"}),
    ],
)  # fmt: skip
def test_months_and_war_crimes_are_no_events(pipeline, text, triggers):
    from newsgraph.stages.events import code_sentence

    doc = pipeline.nlp(text)
    assert {c.trigger.text for s in doc.sents for c in code_sentence(s)} == triggers


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "targets"),
    [
        # a title the parser splits from the name after it is one target
        ("Modi will meet his counterpart Kenyan President William Ruto in Delhi.",
         "meet", "040", ["his counterpart Kenyan President William Ruto"]),
        # renewed and resumed ties are restored ties
        ("Egypt renewed diplomatic ties with Qatar after a long break.", "renewed", "054",
         ["Qatar"]),
        ("Chad resumed diplomatic relations with Israel on Sunday.", "resumed", "054",
         ["Israel"]),
        # deploring is disapproving
        ("The government deplored the attack on the embassy.", "deplored", "111",
         ["the embassy"]),
    ],
)  # fmt: skip
def test_titles_before_names_renewed_ties_and_deploring(pipeline, text, trigger, cameo, targets):
    coded, phrases = _coded(pipeline, text, trigger)
    assert coded.entry.cameo == cameo
    assert phrases["targets"] == targets


def test_sabotage_claimed_has_its_claimer_as_source(pipeline):
    coded, phrases = _coded(
        pipeline, "The rebel front claimed responsibility for the sabotage.", "sabotage"
    )
    assert (coded.entry.plover, phrases["sources"]) == ("COERCE", ["The rebel front"])


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # a target that is the source itself is dropped ("it" stands for the sayer)
        ("The pilots union has warned that it would keep up the stoppage.", "warned",
         ["The pilots union"], []),
        # a "for" with no object and a "that" taken for a subject are no targets
        ("A Greek tribunal has given final approval for an associate of the ousted mayor "
         "to be extradited to Turkey.", "given", ["A Greek tribunal"], []),
        ("The chief judge of the tribunal demanded that ousted Chadian ruler Hissene "
         "Habre answer for the torture carried out in N'Djamena .", "demanded",
         ["The chief judge of the tribunal"], []),
        # an appeal or an invitation made by no one named: whom the act it asks for touches
        ("Ms. Ortega has rejected public appeals to release Lucia Marin.", "rejected",
         ["Ms. Ortega"], ["Lucia Marin"]),
        ("Lula accepted an invitation to hold talks with Narendra Modi.", "accepted",
         ["Lula"], ["Narendra Modi"]),
        # sides "guilty of violating" a truce act on each other
        ("The Houthi movement and the Yemeni authorities are guilty of violating the "
         "truce agreement.", "violating",
         ["The Houthi movement and the Yemeni authorities"],
         ["The Houthi movement and the Yemeni authorities"]),
        # "let free X": the one freed is the target, who lets them go the source
        ("Kenya finally let free the 41 - year old journalist Daniel Ouma , who had "
         "been detained in Mombasa .", "free", ["Kenya"],
         ["the 41 - year old journalist Daniel Ouma"]),
    ],
)  # fmt: skip
def test_targets_not_the_source_asked_acts_guilty_sides_and_let_free(
    pipeline, text, trigger, sources, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert (phrases["sources"], phrases["targets"]) == (sources, targets)


@pytest.mark.parametrize(
    ("text", "trigger", "sources"),
    [
        # what a statement or a report says, whoever issued it says
        ("Amnesty International issued a statement urging Egypt to free the journalists.",
         "urging", ["Amnesty International"]),
        ("Human Rights Watch put out a report accusing the army of abuses.", "accusing",
         ["Human Rights Watch"]),
        # a named sayer speaks for "the government" or "his country" and what it will do;
        # an unnamed one does not
        ("Prime Minister Andrew Holness said the government will extend the curfew.",
         "curfew", ["Prime Minister Andrew Holness"]),
        ("Trade Minister Pavel Novak said his country would not lift the curbs on the company.",
         "lift", ["Trade Minister Pavel Novak"]),
        ("Officials said the army will attack the rebels.", "attack", ["the army"]),
        # a subject the parser hung on the auxiliary or took for an adverb
        ("Spain and Portugal however have opposed plans for a fishing ban.",
         "opposed", ["Spain and Portugal"]),
        ("USAID deployed seven rescue teams to Haiti.", "deployed", ["USAID"]),
        # who does what is done "by doing" it
        ("China continues its humanitarian efforts by donating medical supplies to African "
         "countries.", "donating", ["China"]),
    ],
)  # fmt: skip
def test_sources_of_statements_spokesmen_misparsed_subjects_and_means(
    pipeline, text, trigger, sources
):
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases["sources"] == sources


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # whom aid goes to, wherever the parser hangs the "to" phrase, and where it is
        # sent rather than who is sent
        ("Japan, Canada and several aid agencies have sent relief supplies and staff "
         "such as nurses to Haiti.", "sent", ["Haiti"]),
        ("Norway is willing to provide fuel alongside medical aid to Moldova.",
         "provide", ["Moldova"]),
        ("The government has sent teams of police investigators into Haiti.", "sent",
         ["Haiti"]),
        # a contribution to an aim goes to the place it is pursued in
        ("China stands ready to contribute to a settlement of the crisis in Libya.",
         "contribute", ["Libya"]),
        # a demand that someone act, and a suspension of links with someone
        ("Iran repeated its demand that Washington lift sanctions.", "demand",
         ["Washington"]),
        ("Morocco announced a suspension of flights with 12 countries.", "suspension",
         ["12 countries"]),
    ],
)  # fmt: skip
def test_targets_of_aid_aims_demanding_clauses_and_suspended_links(
    pipeline, text, trigger, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert phrases["targets"] == targets


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # being ready to contribute is an intent to cooperate; setting a deadline is an
        # ultimatum
        ("Brazil stands ready to contribute to the UN stabilization mission in Haiti.",
         "contribute",
         "030"),
        ("The minister set a 60-day deadline for the company to pay its debts.", "deadline",
         "139"),
    ],
)  # fmt: skip
def test_lexicon_rows_for_contributions_offered_and_deadlines(pipeline, text, trigger, cameo):
    coded, _ = _coded(pipeline, text, trigger)
    assert coded.entry.cameo == cameo


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # a second object the parser joined to the verb
        ("The regime banned the Movement for Democratic Change ( MDC ) and the recently "
         "formed Liberal Alliance ( LA ) , forcing them to go underground .",
         "banned", ["The regime"],
         ["the Movement for Democratic Change ( MDC )",
          "the recently formed Liberal Alliance ( LA )"]),
        # where the people deported or released are sent is no part of them
        ("Algerian police have deported almost 4 , 500 migrants to Niger this year , "
         "among them about 600 children in March .",
         "deported", ["Algerian police"], ["almost 4 , 500 migrants"]),
        # a released thing with who released it
        ("The seized British tankers were released by Iranian Revolutionary Guards .",
         "released", ["Iranian Revolutionary Guards"], ["The seized British tankers"]),
        # an apposition the parser took for a second object describes the first
        ("The military government outlawed the Ugandan Association for the Defence of "
         "Human Rights , the country’s leading human rights group .",
         "outlawed", ["The military government"], ["the Ugandan Association"]),
        # a site attacked, with the place the parser hung on the verb after it
        ("Armed militants stormed a district police station in southern Somalia today , "
         "killing three guards .",
         "stormed", ["Armed militants"], ["a district police station in southern Somalia"]),
    ],
)  # fmt: skip
def test_stray_objects_appositions_destinations_passive_releases_and_sites_struck(
    pipeline, text, trigger, sources, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert (phrases["sources"], phrases["targets"]) == (sources, targets)


def test_an_amount_of_goods_is_read_as_the_goods(pipeline):
    coded, phrases = _coded(
        pipeline,
        "Doctors Without Borders flew over 12 metric tons of medicine into Yemen .",
        "flew",
    )
    assert (coded.entry.cameo, phrases["targets"]) == ("070", ["Yemen"])


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # an offer or a request turned down, with who made it
        ("The electoral board rejected a request from the opposition alliance to delay the "
         "vote .",
         "rejected", ["The electoral board"], ["a request from the opposition alliance"]),
        ("The rebels refused an offer by the regional governor to open a humanitarian "
         "corridor .",
         "refused", ["The rebels"], ["an offer by the regional governor"]),
        # an agreement signed with another side binds both
        ("Norway signed a fisheries agreement with Iceland to share the mackerel catch .",
         "agreement", ["Norway", "Iceland"], ["Norway", "Iceland"]),
        # an act told before that someone claims, named by its place or its victims
        ("The rebel front claimed responsibility for the bombing in Mosul on Sunday .",
         "bombing", ["The rebel front"], ["the bombing in Mosul"]),
        ("The militia was responsible for the killing of three aid workers near the border .",
         "killing", ["The militia"], ["the killing of three aid workers"]),
        ("The underground cell claimed responsibility for an act of sabotage at the port .",
         "sabotage", ["The underground cell"], []),
        # a purpose the parser joined to the verb
        ("The state government is considering sending aid , including doctors and tents , "
         "to help victims of the landslide .",
         "sending", ["The state government"], ["victims of the landslide"]),
        # a ban on trade bears on the goods
        ("Japan agreed to lift its ban on imports of Canadian pork .",
         "agreed", ["Japan"], ["Canadian pork"]),
        # a mission or a force that troops are sent to serves the place it is in; the
        # people sent are what is given
        ("Kenya is sending police officers to the UN mission in Haiti .",
         "sending", ["Kenya"], ["Haiti"]),
        ("The charity sent 200 doctors to the flooded region last week .",
         "sent", ["The charity"], ["the flooded region"]),
        # a relative clause on the noun of an "of" phrase is no part of the actor
        ("The treasury lifted sanctions against a subsidiary of the state shipping firm "
         "that had carried banned oil .",
         "lifted", ["The treasury"], ["a subsidiary of the state shipping firm"]),
        # violating a ban defies whoever imposed it
        ("The coastal republic has violated a ban by the Security Council on arms sales .",
         "violated", ["The coastal republic"], ["the Security Council"]),
    ],
)  # fmt: skip
def test_offers_turned_down_signed_agreements_claimed_acts_trade_bans_and_defied_bans(
    pipeline, text, trigger, sources, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert (phrases["sources"], phrases["targets"]) == (sources, targets)


def test_violating_a_ban_is_defiance_and_a_signed_agreement_joins_both_sides():
    _, events = _events("The coastal republic has violated a ban by the Security Council .")
    assert events[0][:2] == ("REJECT", "violated")
    article, _ = _events("Norway signed a fisheries agreement with Iceland on Monday .")
    signed = next(e for e in article.events if e.trigger.text == "agreement")
    assert _names(article, signed.participants) == ["Norway", "Iceland"]


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"),
    [
        # a passive participle that tells which ones are meant belongs to the phrase, and
        # its agent is no second actor
        ("The navy shelled rebel boats anchored near the island .",
         "shelled", ["The navy"], ["rebel boats anchored near the island"]),
        ("Militias backed by the army attacked the village on Monday .",
         "attacked", ["Militias backed by the army"], ["the village"]),
        # the word that hedges a figure
        ("About 2,300 workers went on strike on Monday.",
         "strike", ["About 2,300 workers"], []),
        ("Police detained more than 150 protesters .",
         "detained", ["Police"], ["more than 150 protesters"]),
        # ties two sides build together bind both; the envoys exchanged are no target
        ("Chile and Peru will upgrade diplomatic ties .",
         "upgrade", ["Chile and Peru"], ["Chile and Peru"]),
        ("Ghana and Togo will exchange ambassadors next year .",
         "exchange", ["Ghana and Togo"], ["Ghana and Togo"]),
        # the state people were expelled from expelled them
        ("Two inspectors were expelled from Eritrea on Sunday .",
         "expelled", ["Eritrea"], ["Two inspectors"]),
        # taking in people from a country bears on that country
        ("Lithuania will not accept migrants from Belarus .",
         "accept", ["Lithuania"], ["Belarus"]),
        # a call to protest is aimed at what the protest is against
        ("The union called on its members to rally against the pension reform .",
         "called", ["The union"], ["the pension reform"]),
        # whom a summons reached is the target of the complaint it was made to lodge
        ("Ankara summoned the Dutch ambassador on Monday to lodge a formal complaint "
         "about the comments .",
         "complaint", ["Ankara"], ["the Dutch ambassador"]),
        # a raid with no target named: whom its participle clause says it targeted
        ("Government jets carried out a raid on Friday , targeting rebel commanders .",
         "raid", ["Government jets"], ["rebel commanders"]),
        # people sent on a purpose go where they are sent
        ("The ministry sent inspectors to Chad to investigate the attack .",
         "investigate", ["The ministry"], ["Chad"]),
        # a phrase put before the clause tells how or when, not whom the act is aimed at
        ("With Moscow 's blessing , the rebels agreed to a truce .",
         "agreed", ["the rebels"], []),
        ("Against the wishes of Congress , the president imposed sanctions .",
         "sanctions", ["the president"], []),
        # why an actor acted is no part of who they are
        ("Villagers in retaliation attacked the police post .",
         "attacked", ["Villagers"], ["the police post"]),
        # a resolution turned down, with who drafted it
        ("The assembly rejected a resolution drafted by the western bloc .",
         "rejected", ["The assembly"], ["a resolution drafted by the western bloc"]),
        # what the knowledge two sides share is about is no party to their deal
        ("Japan and Korea agreed to share intelligence on China .",
         "agreed", ["Japan and Korea"], ["Japan and Korea"]),
        # what another must do, the second of two acts joined
        ("The senator said the cabinet must cut taxes and provide subsidies to farmers .",
         "provide", ["The senator"], ["the cabinet"]),
    ],
)  # fmt: skip
def test_participles_figures_ties_expulsions_calls_to_protest_and_fronted_phrases(
    pipeline, text, trigger, sources, targets
):
    _, phrases = _coded(pipeline, text, trigger)
    assert (phrases["sources"], phrases["targets"]) == (sources, targets)


def test_eval_scores_a_list_of_common_nouns_as_one_group(pipeline):
    from newsgraph.evaluate.events import main_event, predicted_actors

    doc = pipeline.nlp("The army freed rebel fighters and their families on Sunday .")
    spans = predicted_actors(doc, main_event(doc))
    assert {doc.text[a:b] for a, b in spans["target"]} == {"rebel fighters and their families"}
    # named people are still told member by member
    doc = pipeline.nlp("The army freed Mexico and Peru 's diplomats on Sunday .")
    spans = predicted_actors(doc, main_event(doc))
    assert {doc.text[a:b] for a, b in spans["target"]} == {"Mexico", "Peru 's diplomats"}


def test_a_list_kept_as_one_group_still_names_each_members_entity():
    article, _ = _events("Israeli jets attacked Hamas fighters and Hezbollah positions on Monday.")
    attack = next(e for e in article.events if e.trigger.text == "attacked")
    assert set(_names(article, attack.targets)) == {"Hamas", "Hezbollah"}


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "targets"),
    [
        # arrests, overrunning a place, opening fire on someone
        ("Border guards apprehended two smugglers on Monday .",
         "apprehended", "173", ["two smugglers"]),
        ("Rebels overran a police post in the hills on Friday .",
         "overran", "192", ["a police post in the hills"]),
        ("Soldiers opened fire on the crowd outside the palace .",
         "opened", "193", ["the crowd"]),
        # building ties is diplomatic cooperation
        ("Vietnam has improved relations with Cambodia .", "improved", "050", ["Cambodia"]),
        ("Oman will strengthen ties with Kenya .", "strengthen", "050", ["Kenya"]),
    ],
)  # fmt: skip
def test_lexicon_rows_for_arrests_overrun_places_gunfire_and_ties(
    pipeline, text, trigger, cameo, targets
):
    coded, phrases = _coded(pipeline, text, trigger)
    assert (coded.entry.cameo, phrases["targets"]) == (cameo, targets)


def _triggers(pipeline, text):
    from newsgraph.stages.events import code_sentence

    doc = pipeline.nlp(text)
    return {c.trigger.text: c.entry.cameo for s in doc.sents for c in code_sentence(s)}


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # a thing, a clause or a pronoun for a thing is no one who helps, allows or backs
        ("The new rules will help lift exports next year .", "help", None),
        ("The cheaper chips , which allow users to store more files , went on sale .",
         "allow", None),
        ("This would support higher prices in the spring .", "support", None),
        ("The firm sells software that provides maps to drivers .", "provides", None),
        # a name, a noun for people or a body, a relative pronoun for one, does
        ("Japan will help Nepal rebuild its schools .", "help", "070"),
        ("The government will allow the refugees to stay .", "allow", "086"),
        ("Brazil will support the proposal at the summit .", "support", "051"),
        ("The agency that provides food to refugees warned of shortages .", "provides", "070"),
        # with no source told, the event stays
        ("Food was provided to the refugees on Monday .", "provided", "070"),
        # a participle used as a preposition is no giving
        ("Given the cold weather , the match was delayed .", "Given", None),
        ("Prices rose less than expected given the weak currency .", "given", None),
        ("The refugees were given blankets by the Red Cross .", "given", "070"),
        # a threat the subject only is is no threat made
        ("The new party would not be a threat to the government .", "threat", None),
        ("Rivals are a major threat to the firm .", "threat", None),
        ("The militia posed a threat to the town .", "threat", "130"),
    ],
)  # fmt: skip
def test_events_need_an_actor_and_an_act(pipeline, text, trigger, cameo):
    assert _triggers(pipeline, text).get(trigger) == cameo


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # giving that hands nothing over
        ("She gave birth to a son in May .", "gave", None),
        ("The striker never gives in .", "gives", None),
        ("The firm gave no reason for the delay .", "gave", None),
        ("Germany gave food to the flood victims .", "gave", "070"),
        # signing up, or to a label, is no signed agreement
        ("More customers signed up for the service last year .", "signed", None),
        ("The singer signed to a small label .", "signed", None),
        ("The two presidents signed the treaty in Lima .", "signed", "057"),
        ("The treaty was signed by both presidents .", "signed", "057"),
        # beating a rival in a contest is no beating
        ("The home side beat the champions 2-1 .", "beat", None),
        ("She beat her rival to the top award .", "beat", None),
        ("Police beat the protesters with batons .", "beat", "182"),
        ("The prisoner was beaten in his cell .", "beaten", "182"),
        # services sold, acting roles, records and films put out
        ("The firm offers cheap broadband services .", "offers", None),
        ("Norway offered to mediate between the two sides .", "offered", "030"),
        ("She won the best supporting actress award .", "supporting", None),
        ("The band released a new single .", "released", None),
        ("The band 's album release was delayed .", "release", None),
        ("The rebels released two hostages .", "released", "084"),
        ("The army completed a release of 40 detainees on Sunday .", "release", "084"),
    ],
)  # fmt: skip
def test_lexicon_rows_for_everyday_giving_signing_beating_offers_and_releases(
    pipeline, text, trigger, cameo
):
    assert _triggers(pipeline, text).get(trigger) == cameo


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # charging a fee, a run at the line or a sports body's disciplinary charge
        ("The council will charge drivers a fee to enter the city .", "charge", None),
        ("The winger charged down the kick and scored .", "charged", None),
        ("The full-back charged over the line for a try .", "charged", None),
        ("Both clubs were charged by the league over crowd trouble .", "charged", None),
        ("The club was charged with two breaches of the rules .", "charged", None),
        ("Police charged the driver with dangerous driving .", "charged", "173"),
        ("Two men were charged with murder on Friday .", "charged", "173"),
        # meeting a target, a need or a cross is meeting no one
        ("The firm failed to meet its sales targets .", "meet", None),
        ("The striker rose to meet the cross at the far post .", "meet", None),
        ("The plan was met with anger by residents .", "met", None),
        ("The hall has a small meeting room upstairs .", "meeting", None),
        ("The foreign minister met his Iranian counterpart in Oslo .", "met", "040"),
        # taking part or place, taking over a job, is taking no one in
        ("Ten teams will take part in the tournament in May .", "take", None),
        ("The race will take place in Dublin .", "take", None),
        ("Jordan agreed to take in more refugees .", "agreed", "030"),
        ("The villagers took in two orphans .", "took", "075"),
        ("Thousands of nurses took to the streets in the capital .", "took", "141"),
        # sharing files, views or a stage is no cooperation
        ("Users can share photos with friends .", "share", None),
        ("The two films shared the main prize .", "shared", None),
        ("The two agencies agreed to share intelligence .", "agreed", "030"),
        ("Norway will share intelligence with Sweden .", "share", "064"),
        # an injury with no one who caused it, amid no violence, is no assault
        ("The captain went off injured after ten minutes .", "injured", None),
        ("She missed the tour after injuring her knee .", "injuring", None),
        ("Two guards were injured when gunmen stormed the bank .", "injured", "190"),
        ("The mob injured three policemen .", "injured", "190"),
        # committing suicide or a crime is no pledge
        ("The singer committed suicide in 1980 .", "committed", None),
        ("The donors committed new funds to the relief effort .", "committed", "030"),
    ],
)  # fmt: skip
def test_lexicon_rows_for_charging_meeting_taking_sharing_injuring_and_committing(
    pipeline, text, trigger, cameo
):
    assert _triggers(pipeline, text).get(trigger) == cameo


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # a set phrase after a preposition: "on offer", "in demand", "in attack", "in aid of"
        ("Three points were on offer in the final game .", "offer", None),
        ("Skilled welders are in demand across the region .", "demand", None),
        ("The winger was strong in attack .", "attack", None),
        ("The concert was held in aid of a children 's charity .", "aid", None),
        ("The bank made an offer for the rival firm .", "offer", "030"),
        ("Britain gave five million pounds in aid to the flood victims .", "aid", "070"),
        # demand in the market sense, made by no one
        ("Strong demand for phones lifted sales .", "demand", None),
        ("The rebels rejected the government 's demand for a ceasefire .", "rejected", "120"),
        ("The union 's demand for higher pay was turned down .", "demand", "100"),
        # hearing aids, heart attacks, and attacks on computers with no one on either side
        ("The singer wears a hearing aid on stage .", "aid", None),
        ("The actor suffered a heart attack last week .", "attack", None),
        ("Net attacks are becoming harder to spot .", "attacks", None),
        ("Hackers launched cyber attacks on the bank 's servers .", "attacks", "190"),
        ("Rebels launched an attack on the garrison .", "attack", "190"),
    ],
)  # fmt: skip
def test_set_phrases_market_demand_and_attacks_on_nothing_are_no_events(
    pipeline, text, trigger, cameo
):
    assert _triggers(pipeline, text).get(trigger) == cameo


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a condition cut short to "not" or "so" neither negates nor turns into a refusal
        ('"If not they will be freed next week , " the attorney said .', "freed", "hypothetical"),
        ("If not they will be released on Monday .", "released", "hypothetical"),
        ("If not , the prisoners will be released on Monday .", "released", "hypothetical"),
        ("If so , the troops will withdraw .", "withdraw", "hypothetical"),
        ("It is unclear whether or not the minister visited Kabul .", "visited", "hypothetical"),
        # a refusal stays one
        ("The army will not release the prisoners .", "release", "asserted"),
    ],
)  # fmt: skip
def test_a_condition_cut_short_is_no_negation(pipeline, text, trigger, status):
    from newsgraph.stages.events import code_sentence

    doc = pipeline.nlp(text)
    coded = {c.trigger.text: c for s in doc.sents for c in code_sentence(s)}
    assert coded[trigger].status == status
    if trigger != "release":
        assert coded[trigger].entry.plover != "REJECT"
    else:
        assert coded[trigger].entry.plover == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        # a quotation over two paragraphs, the second opening with a quotation mark
        '"The talks went well," the envoy said.\n\n"We expect them to free the '
        'prisoners next week."\n\nThe rebels rejected the offer.',
        # the same with the paragraph break lost, as in text copied from the web
        '"The talks went well," the envoy said. "We expect them to free the '
        'prisoners next week." The rebels rejected the offer.',
    ],
)
def test_an_event_in_a_quotation_that_goes_on_is_the_speakers(text):
    article = extract(text)
    freed = next(e for e in article.events if e.trigger.text == "free")
    quoted = next(a for a in article.attributions if a.cue.text == "said")
    assert freed.attribution == quoted.id
    assert freed.status in ("reported", "hypothetical")
    # the sentence after the quotation is the writer's
    rejected = next(e for e in article.events if e.trigger.text == "rejected")
    assert rejected.attribution is None
    assert rejected.status == "asserted"


def test_actor_phrases_never_take_in_a_paragraph_break():
    article = extract("The general made repeated attacks on social media\n\nIn May he spoke again.")
    spans = [s for e in article.events for s in (*e.source_spans, *e.target_spans)]
    assert spans, [e.trigger.text for e in article.events]
    assert all(s.text == s.text.strip() for s in spans), [s.text for s in spans]


def test_evidence_is_the_sentence_within_the_triggers_paragraph():
    text = "Arrests in the capital\n\nPolice arrested two men. Officials praised\nthe swift work."
    article = extract(text)
    arrested = next(e for e in article.events if e.trigger.text == "arrested")
    assert arrested.evidence.text == "Police arrested two men."
    praised = next(e for e in article.events if e.trigger.text == "praised")
    assert praised.evidence.text == "Officials praised\nthe swift work."
