"""The attributions stage: the entity a source names, and whom a pronoun refers to."""

from __future__ import annotations

import pytest

from newsgraph.records import Article, Entity, Span
from newsgraph.stages._attributions.entities import Sources


def test_attributions_pronoun_source_links_to_the_person(pipeline):
    article = pipeline.extract(
        "Hakan Fidan arrived in Ankara on Monday. He said the talks had been useful."
    )
    attribution = next(a for a in article.attributions if a.cue.text == "said")
    assert attribution.source.span.text == "He"
    assert article.entity(attribution.source.entity).name == "Hakan Fidan"


def test_attributions_named_source_links_to_its_entity(pipeline):
    article = pipeline.extract("Amnesty International said that the strikes were unlawful.")
    attribution = next(a for a in article.attributions if a.cue.text == "said")
    assert article.entity(attribution.source.entity).name == "Amnesty International"


def _span(text: str, words: str, *, last: bool = False) -> Span:
    """The span of the first (or the last) place of ``words`` in ``text``."""
    start = text.rindex(words) if last else text.index(words)
    return Span(start, start + len(words), words)


def _sources(pipeline, text: str, *named: tuple[str, str]) -> tuple[Article, Sources]:
    """The sources of ``text`` with entities E1, E2, … of the given (type, name), each
    mentioned once, where its name first stands in the text."""
    article = Article(id="t", text=text)
    article.entities = [
        Entity(id=f"E{n}", type=kind, name=name, mentions=[_span(text, name)])
        for n, (kind, name) in enumerate(named, start=1)
    ]
    return article, Sources(article, pipeline.nlp(text))


def _source_entity(pipeline, text: str, cue: str, source: str) -> str | None:
    article = pipeline.extract(text)
    found = [a for a in article.attributions if a.cue.text == cue and a.source]
    attribution = next(a for a in found if a.source.span.text == source)
    entity = article.entity(attribution.source.entity) if attribution.source.entity else None
    return entity.name if entity else None


@pytest.mark.parametrize(
    ("text", "source", "entity"),
    [
        # "it" stands for the organization the clause before was about
        (
            "Siemens reported higher profits on Tuesday. It said that demand from China had "
            "recovered.",
            "It",
            "Siemens",
        ),
        # "the company" and the like: a person named in full in between is passed over
        (
            "Unilever raised its prices in March. Chief executive Alan Jope said demand was "
            "strong. The company said sales would rise.",
            "The company",
            "Unilever",
        ),
        # the organization a subject belongs to
        (
            "Toyota's profit rose sharply in the quarter. The carmaker said it expected sales "
            "to grow.",
            "The carmaker",
            "Toyota",
        ),
        (
            "Kenya has ordered more vaccines. The country said deliveries would begin.",
            "The country",
            "Kenya",
        ),
        # a document in between is what "it" stands for
        (
            "The World Bank published a report on Monday. The report found that growth had "
            "slowed. It said that exports would fall.",
            "It",
            None,
        ),
        # more than one firm
        (
            "Both Barclays and Lloyds cut rates. The banks said savers would lose out.",
            "The banks",
            None,
        ),
        # a one-word "person" may be an organization the tagger mistook: no antecedent
        ("Yukos called the sale illegal. It said it would appeal.", "It", None),
        # a surname the tagger did not see as a name, of a person named in full before
        (
            'Leslie Field founded the project in 2006. "We can restore the ice," Field told me.',
            "Field",
            "Leslie Field",
        ),
        # a surname the tagger took for a common noun
        (
            "Paul Banks opened the bakery in March. Banks said the bread sold out quickly.",
            "Banks",
            "Paul Banks",
        ),
        # a first name and a surname that end a source, where the tagger ran the name into
        # an organization or left it out: the person of that surname
        (
            "Portugal's Ambassador to Chile Sergey Valentov said the talks went well. "
            "Valentov added that trade would grow.",
            "Portugal's Ambassador to Chile Sergey Valentov",
            "Valentov",
        ),
        (
            "Deputy Chairman of Norway's ruling Labour Party Mehmet Aslan said the vote was "
            "close. Aslan later left.",
            "Deputy Chairman of Norway's ruling Labour Party Mehmet Aslan",
            "Aslan",
        ),
        # a surname glued to the quotation before it, one word of the parse with it
        (
            'Tomas Rydell founded the clinic in 2009. "We see everyone,"Rydell told me.',
            "Rydell",
            "Tomas Rydell",
        ),
        # "the" and a title: the one person named before with that title
        (
            "Prime Minister Elena Vasko visited farmers in Tarnow on Monday. The prime "
            "minister said prices would rise.",
            "The prime minister",
            "Elena Vasko",
        ),
        (
            "Judge Ann Colbert heard the case on Monday. The judge said the evidence was weak.",
            "The judge",
            "Ann Colbert",
        ),
        # "the" and the noun of a source just before, saying nothing more, is that source
        (
            "A senior adviser to Brightwater Energy said the plant would close in May. The "
            "adviser said 300 jobs would be lost.",
            "The adviser",
            "Brightwater Energy",
        ),
        # also after a title written as a name
        (
            "Lithuania's Foreign Ministry Spokesman, Ivo Brandt, said the talks had ended. The "
            "spokesman said no date was set.",
            "The spokesman",
            "Ivo Brandt",
        ),
        (
            "A Brightwater Energy official said the plant would close in May. The senior "
            "official said 300 jobs would be lost.",
            "The senior official",
            None,
        ),
        # "the" and an age: the person named last before it
        (
            'Lena Ortiz won the final in three sets. "I felt strong today," said the 29-year-old.',
            "the 29-year-old",
            "Lena Ortiz",
        ),
        # a title in the source that named the person before
        (
            "Trade will double, Russia's Ambassador to Iran Levan Marov told TASS on Monday. "
            'According to Marov, more flights will follow. "The talks went well," the '
            "ambassador told reporters.",
            "the ambassador",
            "Levan Marov",
        ),
        # but not one the source worked for ("an aide to …")
        (
            "An aide to Omar Khalid told reporters the visit went well. The talks lasted two "
            "days. Both sides signed a trade deal. Markets rose on the news. Oil prices fell. "
            'Shipping firms were pleased. "It was useful," the aide told reporters.',
            "the aide",
            None,
        ),
        # a party before a title: the person who holds it, not the party
        (
            "Democratic leader Ruth Kellan visited a school in Hexley. The Democratic leader said "
            "class sizes would fall.",
            "The Democratic leader",
            "Ruth Kellan",
        ),
        # nor the party where no one is known to hold the title
        (
            "Mayor Tom Brask spoke in Dunmore. The Republican governor said taxes would rise.",
            "The Republican governor",
            None,
        ),
        # a deputy's title is not the title itself
        (
            "Deputy Prime Minister Ivo Marek visited farmers in Tarnow on Monday. The prime "
            "minister said prices would rise.",
            "The prime minister",
            None,
        ),
    ],
)
def test_attributions_source_that_refers_back_links_to_its_entity(pipeline, text, source, entity):
    cue = "told" if "told" in text else "said"
    assert _source_entity(pipeline, text, cue, source) == entity


def test_attributions_relative_pronoun_source_links_to_the_noun_it_stands_for(pipeline):
    text = "Reporters met Senator Dan Smith, who said the vote was close."
    article = pipeline.extract(text)
    attribution = next(a for a in article.attributions if a.cue.text == "said")
    assert attribution.source.span.text == "who"
    assert article.entity(attribution.source.entity).name == "Dan Smith"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title tells whom "she" can stand for
        ("Mrs Priya Patel met Mr David Hughes in Leeds. She said the plan would go ahead.",
         "Patel"),
        ("Mrs Priya Patel met Mr David Hughes in Leeds. He said the plan would go ahead.",
         "Hughes"),
        # the last speaker goes on speaking while the person named since has no title
        ("Baroness Harding said the rules were unclear. She blamed John Carter for the "
         "delay. \"We must act now,\" she told reporters.", "Harding"),
        # someone named only in what the last speaker said is no new speaker
        ("Mr Daniel Kennedy said Mr Tom Bailey had written to the court. He said the judge "
         "wrote back.", "Kennedy"),
        # without a title, the pronoun a person is the subject of tells whom "she" can
        # stand for
        ("Laura Benson sued the council after she lost her job. Mark Dwyer said he had "
         "warned her. She told reporters the depot was unsafe.", "Benson"),
        # but not a pronoun in a quotation the person's name is outside of: that is
        # someone else
        ('"He has other options," Deputy District Attorney Avery Whitlock wrote, "if he '
         'returns." She stated that the accused could still appeal.', "Whitlock"),
        # without either, the first name tells (a name given to both tells nothing)
        ("Maria Lopez met Daniel Kim in Leeds. She said the plan would go ahead.", "Lopez"),
        ("Daniel Kim met Maria Lopez in Leeds. He said the plan would go ahead.", "Kim"),
        ("Jordan Reyes met Maria Lopez in Leeds. He said the plan would go ahead.", "Reyes"),
        # a person made the subject since the last speaker is the one talked of next
        ("Club doctor Alan Frey said the squad was fit. \"Nobody is injured,\" Frey said. "
         "Novak, for his part, stayed on the bench. \"We will see on Sunday,\" he said.", "Novak"),
    ],
)  # fmt: skip
def test_attributions_pronoun_source_fits_titles_and_the_last_speaker(pipeline, text, name):
    article = pipeline.extract(text)
    last = [
        a for a in article.attributions if a.source and a.source.span.text.lower() in {"he", "she"}
    ][-1]
    assert name in article.entity(last.source.entity).name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the head's entity, or the one in apposition to the head
        ("The former editor of the Gazette, George Osborne, said the book was a triumph.",
         "George Osborne"),
        # a spokesman or a document speaks for the first body it names
        ("A spokesman for the Foreign Office said the talks would resume.", "Foreign Office"),
        ("A report by Amnesty International says the camps are overcrowded.",
         "Amnesty International"),
        # a name that only modifies the head names no source
        ("Lawyers for Sarah Collins said the ruling was unfair.", None),
        # a person's name that ends the phrase after a comma names whom the words before
        # it describe
        ("The senior Republican on the panel, Walter Brandt, said the vote would wait.",
         "Walter Brandt"),
        # a surname at the head of the phrase, where the tagger found no name there
        ("Syrian UN Envoy de Colby said new talks would start in May. Mr Colby met both "
         "sides on Friday.", "Colby"),
    ],
)  # fmt: skip
def test_attributions_source_entity_is_the_head_or_whom_it_speaks_for(pipeline, text, name):
    article = pipeline.extract(text)
    found = next(a for a in article.attributions if a.cue.text.lower() in {"said", "says"})
    linked = article.entity(found.source.entity).name if found.source.entity else None
    assert linked == name


def test_attributions_pronoun_after_an_unnamed_speaker_is_that_speaker(pipeline):
    article = pipeline.extract(
        "Lawyer Chris Reed filed the appeal on Monday. A spokeswoman for the Home Office "
        'said the rules were clear. "It is settled," she said.'
    )
    she = [a for a in article.attributions if a.source and a.source.span.text == "she"]
    assert len(she) == 1
    assert article.entity(she[0].source.entity).name == "Home Office"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject of the sentence that names both, over the one its clause names
        ('Marina Lopez went into detail about how Anna Maxwell recruited girls. She said: '
         '"It was awful."', "Marina Lopez"),
        ("Marina Lopez met Anna Maxwell on Monday. She said the talks went well.",
         "Marina Lopez"),
        # a speaker outside quotation marks over someone only a quotation names
        ('Marina Lopez is a dancer from Madrid. "Then Anna Maxwell walked in and everything '
         'changed." She added: "I blacked out."', "Marina Lopez"),
    ],
)  # fmt: skip
def test_attributions_pronoun_prefers_the_main_subject_and_what_no_quotation_names(
    pipeline, text, name
):
    article = pipeline.extract(text)
    she = next(a for a in article.attributions if a.source.span.text == "She")
    assert article.entity(she.source.entity).name == name


def test_attributions_pronoun_after_a_speaker_named_again_otherwise_is_that_speaker(pipeline):
    # the last source named the speaker by surname alone, after the nearest full name
    text = (
        "Tom Reid spoke first. The hall was full. Jim Bays praised the plan. Later Reid "
        'argued that members must pay. "My job is to lead," he told MPs.'
    )
    _, sources = _sources(pipeline, text, ("PERSON", "Tom Reid"), ("PERSON", "Jim Bays"))
    assert sources.entity_for(_span(text, "Reid", last=True)) == "E1"
    assert sources.entity_for(_span(text, "he", last=True)) == "E1"


@pytest.mark.parametrize(
    ("text", "between", "pronoun", "name"),
    [
        # a nearer one-word name of no known gender, which the tagger may have taken for a
        # person ("Oscar"), gives way to a person of the pronoun's gender named just before
        ('Anna Petrova took the stage. The crowd cheered the {} winners. "Thank you," she '
         "said.", "Oscar", "she", "Anna Petrova"),
        # one that is the subject of a verb is a person
        ('Anna Petrova took the stage. Then {} sang the chorus. "Thank you," she said.',
         "Read", "she", "Read"),
        # a full name of no known gender keeps its place
        ('Anna Petrova took the stage. Then {} spoke. "Thank you," she said.',
         "Hua Chunying", "she", "Hua Chunying"),
    ],
)  # fmt: skip
def test_attributions_pronoun_passes_over_a_one_word_name_of_no_gender(
    pipeline, text, between, pronoun, name
):
    text = text.format(between)
    article, sources = _sources(pipeline, text, ("PERSON", "Anna Petrova"), ("PERSON", between))
    linked = sources.entity_for(_span(text, pronoun, last=True))
    assert article.entity(linked).name == name


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a surname the tagger took for a place is the person named in full before it
        ("General Omar Zaffir toured the base. Zaffir said the border was secure.", "E1"),
        # not where the person is named only after it
        ("Zaffir said the border was secure. General Omar Zaffir toured the base.", "E2"),
    ],
)
def test_attributions_surname_taken_for_a_place_links_to_the_person(pipeline, text, entity):
    article = Article(id="t", text=text)
    surname = _span(text, "Zaffir", last=" Zaffir said" in text)
    article.entities = [
        Entity(id="E1", type="PERSON", name="Omar Zaffir", mentions=[_span(text, "Omar Zaffir")]),
        Entity(id="E2", type="GPE", name="Zaffir", mentions=[surname]),
    ]
    assert Sources(article, pipeline.nlp(text)).entity_for(surname) == entity


def test_attributions_first_name_after_a_word_before_it_gives_the_gender(pipeline):
    text = 'Anna Kowalski opened. Then Beatle George Lund sang. "It was great," she said.'
    _, sources = _sources(
        pipeline, text, ("PERSON", "Anna Kowalski"), ("PERSON", "Beatle George Lund")
    )
    assert sources.entity_for(_span(text, "she", last=True)) == "E1"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # one the tagger took for an organization is a person where a title says so
        ("Mr ", "Tolley-Hart"),
        ("", "Jonathan Pryce"),
    ],
)
def test_attributions_pronoun_stands_for_a_titled_name_of_another_type(pipeline, title, name):
    text = (
        f"Jonathan Pryce chaired the debate. {title}Tolley-Hart left the studio early. He "
        "said the questions were unfair."
    )
    article, sources = _sources(
        pipeline, text, ("PERSON", "Jonathan Pryce"), ("ORG", "Tolley-Hart")
    )
    assert article.entity(sources.entity_for(_span(text, "He"))).name == name


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        # "the Maria Voss programme" is a programme, not someone talked of
        ("Anna Lindqvist flew home from the talks on Friday. Speaking on the Maria Voss "
         "programme, she said the deal was off.", "she", "Anna Lindqvist"),
        # the tagger takes the title and name for a place and only the surname, named
        # later, for a person: the pronoun is the last speaker
        ("Trade will grow this year, Ambassador to Chile Sergey Lenko said on Monday. "
         '"The new route is very busy," he said. Lenko added that more flights would follow.',
         "he", "Lenko"),
    ],
)  # fmt: skip
def test_attributions_pronoun_is_the_person_the_text_talks_of(pipeline, text, pronoun, name):
    article = pipeline.extract(text)
    found = next(a for a in article.attributions if a.source and a.source.span.text == pronoun)
    assert article.entity(found.source.entity).name == name


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (0, "E1"),  # only the full name holds the first name
        (5, "E1"),  # both hold the surname: the entity listed first, not the nearer start
        (9, "E1"),
        (10, None),  # the space after the name
        (30, "E3"),  # inside a long name, far from where it starts
        (60, None),  # past every mention
    ],
)
def test_attributions_mentions_find_the_first_entity_holding_a_character(at, expected):
    from newsgraph.stages._attributions.entities import Mentions

    text = "Lena Ortiz met the Northern Lakes Regional Water Authority on Tuesday."
    authority = "Northern Lakes Regional Water Authority"
    entities = [
        Entity(id="E1", type="PERSON", name="Lena Ortiz", mentions=[_span(text, "Lena Ortiz")]),
        Entity(id="E2", type="PERSON", name="Ortiz", mentions=[_span(text, "Ortiz")]),
        Entity(id="E3", type="ORG", name=authority, mentions=[_span(text, authority)]),
    ]
    found = Mentions(entities).first_at(at)
    assert (found.id if found is not None else None) == expected
