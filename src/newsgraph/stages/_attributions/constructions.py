"""Attributions that a verb cue's rules do not find: "according to X", "reportedly",
"In a poll, …", "To X, …", "Her argument was that …", a headline verb read as a name, and
a report that ends with its speaker and a verb read as a noun ("…, the central bank
forecast")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import FINITE_TAGS
from newsgraph.stages._attributions.contents import CONCESSIVE, TELLING, addressee_object
from newsgraph.stages._attributions.cues import cue_start, misread_verb
from newsgraph.stages._attributions.found import Extent, Found
from newsgraph.stages._attributions.parse import (
    LINKING_WORDS,
    QUOTE_MARKS,
    QUOTE_MARKS_TEXT,
    SPEAKING_PRONOUNS,
    SUBJECT_PRONOUNS,
    SUBJECTS,
    clause_extent,
    could_speak,
    ends_sentence,
    has_subject,
    has_verb,
    minus,
    subtree_extent,
)
from newsgraph.stages._attributions.quotations import fix_quotes, quoted_words
from newsgraph.stages._attributions.quotes import Quotes
from newsgraph.stages._attributions.sources import DASHES, source_extent
from newsgraph.stages._attributions.speakers import first_word, speaker_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def tail_report(token: Token, quotes: Quotes) -> Found | None:
    """A sentence that ends "…, the central bank forecast on Thursday." with the verb
    read as a noun: the speaker before it is the source, the clause before the comma
    the content."""
    if not misread_verb(token):
        return None
    doc = token.doc
    comma = first_word(token).i - 1
    if comma > 0 and doc[comma].text in QUOTE_MARKS:
        comma -= 1  # '"…," the brief states.': the comma closes a quotation
    sentence = token.sent
    if comma <= sentence.start or doc[comma].text != ",":
        return None
    rest = [t for t in doc[token.i + 1 : sentence.end] if not t.is_punct]
    if any(t.ent_type_ not in {"DATE", "TIME"} and t.lower_ not in {"on", "in"} for t in rest):
        return None  # only when: "forecast on Thursday"
    content = clause_extent(doc, (sentence.start_char, doc[comma].idx))
    if content is None:
        return None
    content, quoted = fix_quotes(doc, content, quotes)
    cue = (token.idx, token.idx + len(token))
    return Found(cue, speaker_before(token), content, token.lemma_.lower(), False, quoted)


def said_at_end(token: Token, quotes: Quotes) -> Found | None:
    """A verb of saying that ends its sentence after a comma and the speaker's name, or
    with whom it was told to after it, where the parser hung the verb elsewhere ("Fares
    will rise, the rail board has warned.", "…, she told the paper."): the speaker between
    the comma and the verb is the source, the clause before the comma the content."""
    doc = token.doc
    after = _past_addressee(token)
    if (
        token.tag_ not in {"VBZ", "VBD", "VBN", "VBP"}
        or token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions")
        or after >= len(doc)
        or doc[after].text != "."  # not "wrote:", which announces what follows
        or not ends_sentence(doc[after - 1])
    ):
        return None
    last = token.i - 1
    while last > token.sent.start and doc[last].dep_ == "aux":
        last -= 1  # "has", "have"
    comma = last
    # "…, she told the paper.": a pronoun telling someone (not "…, I hope.", a speaker's
    # aside inside a quotation)
    pronoun = after > token.i + 1 and doc[last].lower_ in SUBJECT_PRONOUNS
    if pronoun:
        comma -= 1
    while comma > token.sent.start and doc[comma].pos_ in _NAME_WORDS:
        comma -= 1
    if (
        comma == last
        or doc[comma].text != ","
        or not (pronoun or could_speak(doc[last]))
        # two determiners: a thing and a relative clause ("a plan the union has rejected")
        or sum(t.pos_ == "DET" for t in doc[comma + 1 : last + 1]) > 1
    ):
        return None
    content = clause_extent(doc, (token.sent.start_char, doc[comma].idx))
    span = doc.char_span(*content, alignment_mode="expand") if content is not None else None
    if span is None or not any(t.tag_ in FINITE_TAGS for t in span):
        return None
    content, quoted = fix_quotes(doc, content, quotes)
    source = doc[comma + 1].idx, doc[last].idx + len(doc[last])
    cue = doc[last + 1].idx, token.idx + len(token)
    # the comma ends the report: the ranker would run it on over the speaker
    return Found(cue, source, content, token.lemma_.lower(), False, quoted, settled=True)


def _past_addressee(token: Token) -> int:
    """Where the words after a verb of telling and whom it is told to begin ("…, she told
    the paper.", "…, an aide told CNN."); right after any other verb."""
    following = token.i + 1
    if token.lemma_.lower() not in TELLING:
        return following
    told = next((c for c in token.rights if c.dep_ == "dobj"), None)
    if (
        told is None
        or told.left_edge.i != following
        or told.right_edge.i - following >= _ADDRESSEE_WORDS
        or not addressee_object(token, told)
    ):
        return following
    return told.right_edge.i + 1


#: The most words of whom a report at the end of its sentence is told to.
_ADDRESSEE_WORDS = 4


#: Words that may make up a speaker's name or title ("business lobby group the CBI").
_NAME_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART"})


def headline_end(doc: Doc, text: str) -> int:
    """The index of the first word after the article's opening line where that line is a
    headline in title case ("Senator Praises Rival Plan"), else 0."""
    end = text.find("\n")
    if end < 0:
        return 0
    longer = upper = 0
    stop = 0
    for token in doc:
        if token.idx >= end:
            break
        stop = token.i + 1
        if len(token) > 3 and token.is_alpha:
            longer += 1
            upper += token.text[0].isupper()
    return stop if longer >= _TITLE_WORDS and upper >= _TITLE_SHARE * longer else 0


#: A title-case headline: at least this many words of four letters or more, and this share
#: of them capitalized.
_TITLE_WORDS = 3
_TITLE_SHARE = 0.8
#: Words of a title-case headline that begin when or where, not what is said ("Pence Backs
#: Ryan After Vote", "… With Rival's Blessing").
_HEADLINE_BREAKS = frozenset(
    {"after", "amid", "with", "in", "despite", "before", "following", "during", "ahead",
     "instead"}
)  # fmt: skip


def _verb_stem(word: str) -> str | None:
    """The verb of saying a word ending in "-s" or "-ed" is a form of ("slams", "praised",
    "worries"), if any."""
    if word.endswith(("ies", "ied")):
        forms: tuple[str, ...] = (word[:-3] + "y",)
    elif word.endswith("s"):
        forms = (word[:-1], word[:-2])
    elif word.endswith("ed"):
        forms = (word[:-1], word[:-2], word[:-3])
    else:
        return None
    speech = load_lexicon("speech_verbs", "attributions")
    return next((form for form in forms if form in speech), None)


def _in_headline_name(token: Token) -> bool:
    """Whether a headline word can be part of the name before its verb ("France's Marine
    Le Pen", "This Big-Name Senator")."""
    if token.pos_ in {"PROPN", "NOUN", "ADJ", "DET", "NUM"} or token.tag_ == "POS":
        return True
    # a hyphen inside a word: "Big-Name"
    return (
        token.text in {"-", "–"}
        and not token.whitespace_
        and token.i > 0
        and not (token.doc[token.i - 1].whitespace_)
    )


def _ends_headline_report(token: Token) -> bool:
    """Whether a headline word ends what its verb reports: a comma, a stop, a dash, a word
    that begins when or where, or "And" before another verb of saying ("Backs Trump And
    Denounces …")."""
    if token.text in {",", ".", ";", "—", "–", "--"}:
        return True
    if not token.text[0].isupper():
        return False
    if token.lower_ in _HEADLINE_BREAKS:
        return True  # whatever the tagger took it for: it reads them as names too
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ == "and"
        and after is not None
        and after.text[0].isupper()
        and _verb_stem(after.lower_) is not None
    )


def headline_verb(token: Token, quotes: Quotes, end: int) -> Found | None:
    """A verb of saying in a title-case headline that the tagger read as a name ("Senator
    Praises Rival Plan"): the name just before it is the source, the words after it, to the
    end of the line or a word that begins when or where, the content; for a verb of telling
    after a comma, the words before the comma ("Rates Will Fall, Banker Tells Forum"). A
    plural noun ("Exit Polls In …", "New Reports Reveal …") has a preposition or a verb
    after it."""
    if token.i == 0 or token.i + 1 >= end or not token.text[0].isupper():
        return None
    lemma = _verb_stem(token.lower_)
    if lemma is None:
        return None
    doc = token.doc
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.pos_ not in {"PROPN", "NOUN", "ADV"} or after.is_punct:
        return None
    if after.pos_ in {"ADP", "PART"} or after.lower_ in load_lexicon(
        "speech_verbs", "attributions"
    ):
        return None
    start = token.i - 1 if before.pos_ == "ADV" else token.i  # "Finally Endorses"
    first = start
    while first > 0 and _in_headline_name(doc[first - 1]):
        first -= 1
    if first == start:
        return None
    source = (doc[first].idx, doc[start - 1].idx + len(doc[start - 1]))
    opening = quotes.text[: source[0]].rstrip(" " + QUOTE_MARKS_TEXT)
    if lemma in TELLING and opening.endswith(","):
        said = (doc[0].idx, len(quotes.text[: source[0]].rstrip()))  # told to whom: after
    else:
        last = token.i + 1
        # a stop or a comma inside a quotation ends nothing: "Aide: ‘Very Good Plan.’"
        while last < end and (quotes.inside(doc[last].idx) or not _ends_headline_report(doc[last])):
            last += 1
        said = (after.idx, doc[last - 1].idx + len(doc[last - 1]))
    content, quoted = fix_quotes(doc, said, quotes)
    cue = (doc[start].idx, token.idx + len(token))
    # the ranker learned its edges from sentences, not from a headline's run of names
    return Found(cue, source, content, lemma, False, quoted, settled=True)


#: What things go "according to" without anyone saying so ("if all goes according to plan").
_COURSES = frozenset({"plan", "schedule", "script", "expectation", "expectations", "design"})
#: What things are sorted by, never who says so ("ban people according to their race").
_TRAITS = frozenset(
    {"race", "religion", "nationality", "age", "gender", "sex", "size", "need", "ability",
     "merit", "way", "taste", "income", "rank", "class", "colour", "color", "instinct",
     "share", "value", "preference", "principle"}
)  # fmt: skip


#: Words that open a question a measure is told by ("according to how much …").
_QUESTION_WORDS = frozenset({"how", "what", "whether", "which", "where", "when", "who"})


def goes_to_plan(to: Token) -> bool:
    """Whether "according to" names a course or a trait, not a source: a bare "plan",
    "schedule"; "their race", "the way it looks"; or a measure in a question ("paid
    according to how much they sell")."""
    following = to.doc[to.i + 1] if to.i + 1 < len(to.doc) else None
    if following is not None and following.lower_ in _QUESTION_WORDS:
        return True
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        following = to.doc[to.i + 1] if to.i + 1 < len(to.doc) else None
        objects = [following] if following is not None else []
    return any(
        (o.lower_ in _COURSES and not any(c.dep_ in {"det", "poss"} for c in o.children))
        or o.lemma_.lower() in _TRAITS
        for o in objects
    )


#: A word with a sentence's closing stop and a hyphen for the lost space after it
#: ("Service.-"), which the tokenizer keeps in one token.
_LOST_BREAK_WORD = re.compile(r"[A-Za-z)\]][.!?]-$")


def _lost_break_in(phrase: Token) -> Token | None:
    """The first word of the phrase that ends a sentence whose following space was lost."""
    doc = phrase.doc
    return next(
        (
            t
            for t in doc[phrase.left_edge.i : phrase.right_edge.i + 1]
            if _LOST_BREAK_WORD.search(t.text)
        ),
        None,
    )


def according_to_word(token: Token) -> Token | None:
    """The "to" of "according to" after ``token``, also where the text put a hyphen for
    the space between them ("according-to the ministry")."""
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    if after and after[0].lower_ == "to":
        return after[0]
    if (
        len(after) == 2
        and after[0].text == "-"
        and not token.whitespace_
        and not after[0].whitespace_
        and after[1].lower_ == "to"
    ):
        return after[1]
    return None


def according_to(token: Token, quotes: Quotes) -> Found:
    """ "according to X": X is the source, the clause it is attached to the content."""
    doc = token.doc
    to = according_to_word(token) or doc[token.i + 1]
    cue = (token.idx, to.idx + len(to))
    objects = [c for c in to.children if c.dep_ in {"pobj", "pcomp"}]
    source = source_extent(objects[0]) if objects else None
    anchor = token.head
    while anchor.head != anchor and not (
        anchor.pos_ in {"VERB", "AUX"} and anchor.dep_ in {"ROOT", "ccomp", "conj", "advcl"}
    ):
        anchor = anchor.head
    if (
        token.dep_ == "conj"
        and anchor.dep_ == "advcl"
        and anchor.tag_ == "VBG"
        and anchor.head.pos_ in {"VERB", "AUX"}
    ):
        # "The Senate passed the bill, sending it to the president, according to aides":
        # the parser joined "according" to the participle; the claim is the whole clause
        anchor = anchor.head
    while (
        anchor.dep_ in {"conj", "advcl"}
        and anchor.head.i < anchor.i < token.i
        and anchor.head.pos_ in {"VERB", "AUX"}
        and anchor.head.dep_ in {"ROOT", "ccomp", "conj", "advcl"}
        and all(
            t.is_punct or t.is_space
            for t in doc[token.right_edge.i + 1 : anchor.head.right_edge.i + 1]
        )
        and not _reported_beside(anchor)
    ):
        # "Sales rose, and costs fell, according to the firm", "Sales rose, while costs
        # fell, according to …": the parser joined the phrase to the last clause of the
        # pair; where the phrase ends them, the claim is both
        anchor = anchor.head
    scope = subtree_extent(token)
    outer = subtree_extent(anchor)
    lead = [t for t in doc[anchor.left_edge.i : token.i] if not t.is_punct]
    if lead and all(t.dep_ == "cc" or t.lower_ == "also" for t in lead):
        # "But according to the club, sales fell", "Also, according to the club, …": the
        # joining word before the phrase belongs to neither side, and left in it would
        # keep the phrase inside the claim
        outer = (token.idx, outer[1])
    clause = minus(quotes.text, outer, scope)
    sentence = token.sent
    if objects:
        obj = objects[0]
        commas = [t.i for t in doc[obj.i + 1 : obj.right_edge.i + 1] if t.text == ","]
        cut = None  # the comma where the parser ran the source on into the claim
        if anchor == token:
            # "According to X, the plan reeks of panic" parsed as one phrase: the claim is
            # what follows the last comma of the phrase.
            if commas and commas[-1] + 1 < sentence.end:
                cut = commas[-1]
                rest = clause_extent(doc, (doc[cut + 1].idx, sentence.end_char))
                clause = rest if rest is not None else clause
            elif obj.right_edge.i + 2 < sentence.end:
                # "According to X, making a loaf costs £2" with "according" for the root:
                # the claim is what follows the phrase
                after = doc[obj.right_edge.i + 1 : sentence.end]
                rest = clause_extent(doc, (after[0].idx, sentence.end_char))
                if rest is not None and has_verb(doc, rest):
                    clause = rest
        elif (
            token.i == sentence.start
            and not has_subject(anchor)
            and commas
            and commas[0] + 1 < anchor.i
            and source is not None
        ):
            # "According to analysts at a bank, oil reserves from A, B and C could give …":
            # the parser took the claim's subject into the source; it starts after the
            # source's first comma.
            cut = commas[0]
            clause = (doc[cut + 1].idx, clause[1])
        elif (
            doc[token.i - 1].text in {":", ";"}
            and clause[0] < token.idx
            and obj.right_edge.i + 2 < sentence.end
            and doc[obj.right_edge.i + 1].text == ","
        ):
            # "… no insurance: according to estimates, only a quarter …": the claim is what
            # follows the phrase, not what the colon closes
            clause = (doc[obj.right_edge.i + 2].idx, clause[1])
        opening = [t for t in commas if quotes.starting_near(doc[t + 1].idx, limit=0)]
        if cut is None and opening and source is not None:
            # "The plan is, according to Dana Reid, “the biggest change …”": the parser
            # ran the source on into the quotation, which finishes the claim.
            cut = opening[0]
            clause = (min(clause[0], doc[cut + 1].idx), max(clause[1], scope[1]))
        if cut is not None and source is not None:
            source = (source[0], doc[cut - 1].idx + len(doc[cut - 1]))
    broken = _lost_break_in(objects[0]) if objects else None
    if broken is not None and source is not None and sentence.start < token.i:
        # "…, according to the weather service.- Temperatures in Ohio reached …": the
        # parser ran the next sentence into the source where the text lost the space
        # after its full stop; the source ends at the stop, the claim at the cue
        source = (source[0], broken.idx + len(broken.text.rstrip(".!?-")))
        clause = (clause[0] if clause[0] < cue[0] else sentence.start_char, cue[0])
    if anchor.pos_ not in {"VERB", "AUX"} and sentence.start > 0:
        # A verbless fragment is usually a sentence split too early ("… (MIT) Director …,
        # according to …"): the claim starts with the sentence before it.
        before = doc[sentence.start - 1]
        if before.text not in {".", "!", "?"} and not before.is_space:
            clause = (before.sent.start_char, clause[1])
    said_of = _subject_of_copula_before(token)
    if said_of is not None:
        # "That's according to a new poll": the verb joins the cue, its subject is the claim
        clause, cue = subtree_extent(said_of), (doc[token.i - 1].idx, cue[1])
    dash = next((t for t in doc[to.i + 1 : token.right_edge.i + 2] if t.text in DASHES), None)
    if (
        dash is not None
        and anchor.i < token.i
        and clause[1] > dash.idx
        and (source is None or source[1] <= dash.idx)
    ):
        # "Sales fell 4%, according to the union - the worst May in a decade": the dash
        # opens the writer's aside on the claim, which ends before the phrase
        clause = clause_extent(doc, (clause[0], cue[0])) or clause
    if clause[1] <= cue[0]:
        clause = _without_opening_link(doc, clause, anchor)
        clause = (clause[0], _quotation_resumed(quotes, clause, scope) or clause[1])
    content, quoted = fix_quotes(doc, clause, quotes)
    return Found(cue, source, content, "according to", True, quoted)


#: The full stop that ends a sentence and the space before the next in its paragraph.
_STOP_IN_PARAGRAPH = re.compile(r"\s*\.[ \t\u00a0]+")


def _quotation_resumed(quotes: Quotes, clause: Extent, phrase: Extent) -> int | None:
    """The end of the quotation that opens the next sentence of the paragraph, where the
    claim is a quotation and its speaker's verb and "according to" ends its sentence
    ('"I won't," Kay said, according to the paper. "Not now."'): the quotation goes on
    with the same words."""
    opening = quotes.starting_near(clause[0], limit=0)
    if opening is None or opening[1] > clause[1]:
        return None
    stop = _STOP_IN_PARAGRAPH.match(quotes.text, phrase[1])
    if stop is None:
        return None
    resumed = quotes.starting_near(stop.end(), limit=0)
    return resumed[1] if resumed is not None else None


def _without_opening_link(doc: Doc, clause: Extent, anchor: Token) -> Extent:
    """A claim told before "according to", without the word that links its sentence to the
    one before or the clause of contrast that opens it ("Still, most voters back the plan,
    according to …", "Though the club lost, its sales rose, according to …"): the writer's
    framing, not the claim."""
    span = doc.char_span(clause[0], clause[1], alignment_mode="expand")
    if span is None or len(span) < 3 or not span[0].is_sent_start:
        return clause
    first = span[0]
    opening = None
    if first.lower_ in LINKING_WORDS and first.dep_ == "advmod":
        opening = first
    elif first.dep_ == "mark" and first.lower_ in CONCESSIVE and first.head.head == anchor:
        opening = first.head
    elif first.lower_ == "despite" and first.head == anchor:
        opening = first
    if opening is None or opening.right_edge.i + 2 >= span.end:
        return clause
    comma = doc[opening.right_edge.i + 1]
    return (doc[comma.i + 1].idx, clause[1]) if comma.text == "," else clause


def _reported_beside(clause: Token) -> bool:
    """Whether the clauses joined before ``clause``, the last of a pair that "according
    to" follows, hold a report of their own: a verb of saying or another "according to"
    ("Kay has vowed to fight on, and leads by 30 delegates, according to …": the vow is
    Kay's own report, no part of the claim)."""
    head = clause.head
    speech = load_lexicon("speech_verbs", "attributions")
    return any(
        t.lower_ == "according" or (t.pos_ == "VERB" and t.lemma_.lower() in speech)
        for t in clause.doc[head.left_edge.i : head.right_edge.i + 1]
        if not clause.left_edge.i <= t.i <= clause.right_edge.i
    )


def _subject_of_copula_before(token: Token) -> Token | None:
    """The subject of a form of "be" right before "according to" that opens its sentence
    ("That's according to …", "This is according to …")."""
    if token.i < 2:
        return None
    doc = token.doc
    verb = doc[token.i - 1]
    # the tagger may leave a curly "’s" unlemmatized
    if not (verb.lemma_.lower() == "be" or verb.lower_ in {"’s", "'s"}):
        return None
    subject = doc[token.i - 2]
    while subject.head.i < token.i - 1 and subject.head != subject:
        subject = subject.head
    if subject.dep_ not in SUBJECTS or subject.left_edge.i != token.sent.start:
        return None
    return subject if subject.right_edge.i == token.i - 2 else None


def reported(token: Token, quotes: Quotes) -> Found | None:
    """ "The firm is reportedly weighing a sale": a report whose source the writer does not
    name. The claim is the clause the adverb qualifies from its subject on, the adverb in
    it unless it comes first, as PolNeAR marks it (19 of 29 in train); in a quotation it
    is the speaker's own hedge."""
    verb = token.head
    if token.dep_ != "advmod" or verb.pos_ not in {"VERB", "AUX"} or verb == token:
        return None
    if quoted_words(token, quotes):
        return None
    cue = (token.idx, token.idx + len(token))
    clause = subtree_extent(verb)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and verb.dep_ in {"conj", "advcl"}:
        # "She runs the firm but has reportedly been ill", "They met, reportedly
        # discussing the deal": the first verb's subject
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    elif subject is None and verb.dep_ == "acl":
        subject = verb.head  # "a man reportedly armed with a knife"
    if subject is not None:
        # from the subject on: not "In total," or "When the vote was over," before it
        clause = (subject.left_edge.idx, clause[1])
    elif verb.left_edge == token:
        clause = minus(quotes.text, clause, cue)  # "Reportedly, we are told, …"
    content, quoted = fix_quotes(token.doc, clause, quotes)
    return Found(cue, None, content, "reportedly", False, quoted, settled=True)


#: What "In …," at the opening of a sentence names as the source of what follows:
#: "In a CBS News poll released Monday, 52 percent backed the plan".
_POLLS = frozenset({"poll", "survey"})


def opening_poll(token: Token) -> Token | None:
    """The poll or survey a sentence opens with "In" ("In a Gallup poll last week, …"):
    PolNeAR train takes it for a source 19 times of 23; one later in the sentence ("a
    lead in the polls") 37 of 156."""
    if token.dep_ != "prep" or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    poll = next((c for c in token.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in _POLLS:
        return None
    first = next((t for t in token.sent if not (t.is_space or t.is_punct)), None)
    return poll if token == first else None


def in_poll(token: Token, poll: Token, quotes: Quotes) -> Found:
    """ "In a poll …, X": the poll is the source, the clause after it the content."""
    cue = (token.idx, token.idx + len(token))
    phrase = subtree_extent(token)
    clause = minus(quotes.text, subtree_extent(token.head), phrase)
    content, quoted = fix_quotes(token.doc, clause, quotes)
    return Found(cue, source_extent(poll), content, "in", False, quoted)


def opening_viewer(token: Token, quotes: Quotes) -> Token | None:
    """Who a sentence that opens "To …," tells the view of ("To Ms Ruiz, the levy is a
    betrayal", "To them, …"): someone named or a pronoun, before a comma, outside a
    quotation (not "To varying degrees, …" nor "To a person, …")."""
    first = next((t for t in token.sent if not (t.is_space or t.is_punct)), None)
    if token != first or quotes.inside(token.idx):
        return None
    viewer = next((c for c in token.children if c.dep_ == "pobj"), None)
    if viewer is None or not (
        viewer.ent_type_ in {"PERSON", "ORG", "NORP"}
        or viewer.pos_ == "PROPN"
        or (viewer.pos_ == "PRON" and viewer.lower_ in SPEAKING_PRONOUNS)
    ):
        return None
    after = token.right_edge.i + 1
    if after + 1 >= token.sent.end or token.doc[after].text != ",":
        return None
    return viewer


def to_viewer(token: Token, viewer: Token, quotes: Quotes) -> Found:
    """ "To X, …": X is the source, the clause after the comma the content."""
    doc = token.doc
    cue = (token.idx, token.idx + len(token))
    source = (viewer.left_edge.idx, viewer.right_edge.idx + len(viewer.right_edge))
    rest = doc[token.right_edge.i + 2]
    content, quoted = fix_quotes(doc, (rest.idx, token.sent.end_char), quotes)
    return Found(cue, source, content, "to", False, quoted)


def held_view(token: Token, quotes: Quotes) -> Found | None:
    """ "Her argument was that …", "The senator's chief fear is that …": a noun of a view
    (``view_nouns.txt``) with its holder's possessive, the subject of a "be" whose "that"
    clause is the view. The noun with its modifiers and the verb are the cue, the holder
    the source (PolNeAR train: 11 times in 12 outside quotations). Inside a quotation it
    is the speaker's own words ("My hope is that …"), and inside another clause someone
    else's framing ("suggests that Mexico's best argument is that …")."""
    if token.dep_ != "nsubj" or token.lemma_.lower() not in load_lexicon(
        "view_nouns", "attributions"
    ):
        return None
    verb = token.head
    if verb.lemma_ != "be" or verb.dep_ not in {"ROOT", "conj"} or quotes.inside(token.idx):
        return None
    holder = next((c for c in token.children if c.dep_ == "poss"), None)
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"ccomp", "attr", "acomp"}
            and c.i > verb.i
            and c.left_edge.lower_ == "that"
            and c.left_edge.dep_ == "mark"
        ),
        None,
    )
    if holder is None or clause is None:
        return None
    doc = token.doc
    # the holder with its "'s", as PolNeAR marks a possessive source ("Sanders's")
    source = subtree_extent(holder)
    # "Her argument on Sunday was": the cue is one run of words, the noun alone
    last = verb if cue_start(verb) == token.i + 1 else token
    cue = (doc[holder.right_edge.i + 1].idx, last.idx + len(last))
    content, quoted = fix_quotes(doc, subtree_extent(clause), quotes)
    if content is None:
        return None
    return Found(cue, source, content, token.lemma_.lower(), False, quoted, settled=True)


def reported_before(verb: Token, quotes: Quotes) -> Extent | None:
    """The clause the parser hung on ``verb`` before its subject, which a report that ends
    with its speaker reports ("The two share an office, Ms Ruiz was quick to point out.")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "advcl"} and clause.right_edge.i < subject.left_edge.i:
            return fix_quotes(verb.doc, subtree_extent(clause), quotes)[0]
    return None
