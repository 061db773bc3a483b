"""A verb or noun cue's attribution: its cue, source and content put together, with the
passives, raising verbs ("is expected to"), verbs of feeling and questions that change
who says what."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import FINITE_TAGS
from newsgraph.stages._attributions.contents import (
    aside_extent,
    content_of,
    delayed_that,
    names_words,
    relative_object,
    resumed_after_cue,
    without_linking_word,
    without_trailing_aside,
)
from newsgraph.stages._attributions.cues import (
    chained,
    cue_extent,
    cue_start,
    made_plain,
    misread_verb,
    reflexive_preposition,
    said_so,
    said_yes_or_no,
    surname_may,
    voiced_noun,
)
from newsgraph.stages._attributions.found import Extent, Found
from newsgraph.stages._attributions.parse import (
    INTERRUPTING,
    SUBJECTS,
    agent_of,
    could_speak,
    finished_quotation,
    has_subject,
    subtree_extent,
    trim_tokens,
)
from newsgraph.stages._attributions.quotations import (
    after_colon,
    announced_before,
    continuation,
    cue_phrase_end,
    fix_quotes,
    hands_over_to_cue,
    next_sentence_quote,
    opens_quotation,
    post_left_in_quotation,
    quotation_before,
    quote_after_sentence,
    quoted_name,
    quoted_paragraphs_after,
    resumed_after,
    same_paragraph,
    sentence_around,
    speaker_run_into_quotation,
    told_to,
)
from newsgraph.stages._attributions.quotes import Quotes
from newsgraph.stages._attributions.sources import (
    antecedent_extent,
    as_saying,
    named_by_title,
    quoted_speaker,
    report_subject_before,
    source_extent,
    source_of,
    stray_subject,
)
from newsgraph.stages._attributions.speakers import (
    addressee,
    after_apposition,
    after_lost_break,
    misread_set_off,
    name_read_as_auxiliary,
    name_set_off,
    named_before_aside,
    report_taken_for_subject,
    speaker_after_cue,
    speaker_after_report,
    speaker_before,
    speaker_outside,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Verbs whose passive subject is whom they are said to ("Ruiz was asked by a reporter").
_ASKING = frozenset({"ask", "quiz", "press"})


def _feeling(token: Token) -> tuple[Token, Token, Token | None] | None:
    """Who feels what a verb of feeling tells ("The move angered farmers", "Farmers were
    angered by the move", "is alarmed by …"), what stirs it, and the "by" before it."""
    if token.lemma_.lower() not in load_lexicon("feeling_verbs", "attributions"):
        return None
    subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
    if subject is None and token.dep_ == "acomp":
        subject = next((c for c in token.head.children if c.dep_ in SUBJECTS), None)
    by = next((c for c in token.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"), None)
    if by is not None:
        cause = next((c for c in by.children if c.dep_ == "pobj"), None)
        if subject is None or cause is None or (subject.dep_ == "nsubj" and token.tag_ != "JJ"):
            return None
        return subject, cause, by
    felt_by = next((c for c in token.children if c.dep_ == "dobj"), None)
    if subject is None or felt_by is None or subject.dep_ != "nsubj":
        return None
    return felt_by, subject, None


def _asked_with_answer(token: Token) -> bool:
    """Whether the cue is "asked" (or "pressed", "questioned") in a clause of its own with
    no subject, hung on the answer's clause: opening it ("Asked if …, Ruiz said", "When
    asked about …, she replied", "Pressed about …, Ruiz starts talking …") or after it
    with "when" or "if" ("Ruiz said when asked about …"); the tagger takes such an
    "asked" for a past tense too, which without a subject it cannot be."""
    return (
        token.lemma_.lower() in _ASKED_OF
        and token.tag_ in {"VBN", "VBD"}
        and token.dep_ == "advcl"
        and (token.i < token.head.i or any(c.lower_ in {"when", "if"} for c in token.lefts))
        and not any(c.dep_ in SUBJECTS for c in token.children)
    )


#: Verbs whose participle without a subject tells of a question put to the one who answers.
_ASKED_OF = frozenset({"ask", "press", "question"})


def _question_asked(token: Token, cue: Extent) -> Extent | None:
    """What an opening "asked" asks: the words hung on it after the cue, less who asked
    ("Asked by a reporter whether …": "whether …")."""
    parts: list[Token] = []
    for child in token.rights:
        if child.text == "," and child.dep_ == "punct" and parts:
            break  # the comma closes the question: the answerer after it is no part
        if child.dep_ in {"agent", "punct"}:
            continue
        if child.idx < cue[1]:  # "Asked about": what the preposition is about
            parts += [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
        else:
            parts.append(child)
    if not parts:
        return None
    extents = [subtree_extent(part) for part in parts]
    return min(e[0] for e in extents), max(e[1] for e in extents)


def _an_age(token: Token) -> bool:
    """Whether a noun phrase the NER took for a date is someone's age ("the 36-year-old")."""
    return token.lower_ in {"old", "olds"} and any(t.lower_ == "year" for t in token.lefts)


def _a_share(token: Token) -> bool:
    """Whether a noun the NER took for a date is a share of people ("Almost a quarter,
    22%, said", "three quarters of voters say"), not a quarter of the year."""
    return token.lemma_.lower() == "quarter" and any(
        t.lower_ in {"a", "one"} or t.like_num for t in token.lefts
    )


def _after_word(token: Token) -> bool:
    """Whether the word before the verb is a noun of a phrase after a comma, as in "…,
    a statement from the airport said"."""
    doc = token.doc
    n = token.i - 1
    if n < 1 or doc[n].pos_ not in {"NOUN", "PROPN"}:
        return False
    while n > 0 and not doc[n - 1].is_punct and token.i - n < 12:
        n -= 1
    return n > 0 and doc[n - 1].text == ","


def _until_speech(doc: Doc, extent: Extent, quotes: Quotes, first: int) -> Extent | None:
    """A name after its cue (from token ``first`` on), cut where what is said begins
    ("Said Ellis: “…”")."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    if span is None:
        return None
    end = max(span.start, first)
    while end < span.end and doc[end].text not in {":", ";"} and not quotes.inside(doc[end].idx):
        end += 1
    start, end = trim_tokens(doc, max(span.start, first), end)
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) if start < end else None


def _passive_parts(token: Token) -> tuple[Token, Token | None] | None:
    """The subject of a passive cue verb with no clause of its own, and its agent."""
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not subjects or any(c.dep_ in {"ccomp", "xcomp"} for c in token.children):
        return None
    return subjects[0], agent_of(token)


#: Verbs whose subject is part of what is judged: passives of expecting, seeing and
#: judging ("is expected to", "is seen as", "has been criticized for") and verbs of
#: seeming ("seemed tired", "appears to be").
_RAISING_PASSIVES = frozenset(
    {
        "expect", "see", "believe", "think", "consider", "know", "say", "report", "rumor",
        "rumour", "project", "predict", "criticize", "criticise", "accuse", "blame",
        "credit", "deem", "regard", "view", "describe", "label", "dub", "estimate",
        "allege", "suspect", "praise",
    }
)  # fmt: skip
_SEEMING = frozenset({"seem", "appear"})
_COMPLEMENTS = frozenset({"xcomp", "oprd", "acomp", "attr", "ccomp"})
_COMPLEMENT_PREPS = frozenset({"as", "for", "of", "with", "to"})


def _raised_clause(token: Token, text: str) -> tuple[Extent, Token | None] | None:
    """The clause of a cue whose subject is part of the content, with its agent."""
    lemma = token.lemma_.lower()
    deps = {c.dep_: c for c in token.children}
    passive = "auxpass" in deps and deps["auxpass"].lower_ not in {"'s", "’s"}  # "he's said"
    raising = lemma in _RAISING_PASSIVES and "nsubjpass" in deps and passive
    if raising or _told_to_do(token, deps, passive):
        subject = deps["nsubjpass"]
    elif lemma in _SEEMING and "nsubj" in deps:
        subject = deps["nsubj"]
    else:
        return None
    complements = [
        c
        for c in token.rights
        if c.dep_ in _COMPLEMENTS or (c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS)
    ]
    if subject.i > token.i or not complements:
        return None
    if subject.lower_ == "it" and any(
        c.dep_ == "ccomp" or any(g.dep_ == "ccomp" for g in c.children) for c in complements
    ):
        return None  # "it appears that …", "it seems likely …": the clause alone
    last = max(c.right_edge for c in complements)
    return (_split_subject_start(token, subject, text), last.idx + len(last)), agent_of(token)


#: Passives whose subject PolNeAR keeps in the cue ("the plan is intended to …").
_PURPOSE_PASSIVES = frozenset({"intend"})


def _told_to_do(token: Token, deps: dict[str, Token], passive: bool) -> bool:
    """Whether a passive cue's infinitive says what its subject is to do or is shown doing
    ("Banks were required to report", "He was invited to speak"): the subject is part of
    what is told, unless someone is named as telling it ("was urged by a nurse to")."""
    return (
        passive
        and "nsubjpass" in deps
        and "xcomp" in deps
        and agent_of(token) is None
        and token.lemma_.lower() not in _ASKING
        and token.lemma_.lower() not in _PURPOSE_PASSIVES
    )


def _split_subject_start(verb: Token, subject: Token, text: str) -> int:
    """Where a subject starts that the parser split in two at a list's comma or "and"
    ("Rent, wages, the price of bread … are expected") or between two words, not before
    a pronoun that starts a clause of its own ("…, she is seen") nor across a heading run
    into the text."""
    start = subject.left_edge
    if subject.pos_ == "PRON":
        return start.idx
    for part in sorted((c for c in verb.lefts if c.dep_ == subject.dep_), reverse=True):
        if part.i >= start.i:
            continue
        end = part.right_edge
        while end.i > part.i and end.is_punct:
            end = end.doc[end.i - 1]
        between = text[end.idx + len(end) : start.idx]
        gap = between.strip()
        # or run on with nothing between ("A violin owned by the late player| Ida Haendel
        # is expected …"), within a paragraph
        if gap not in {",", "and", "or", ", and", ", or"} and (gap or "\n" in between):
            break
        start = part.left_edge
    return start.idx


def _after_cue_phrase(last: Token, cue: Extent, content: Extent | None) -> Extent | None:
    """The content of a cue phrase that ends in ``last`` ("made it clear", "distanced
    himself from"): from the first word after the cue on where the parser hung what is
    said on a word of the phrase ("it clear that …", "himself from the remarks"), or the
    "that" clause right after "clear" where it hung the clause elsewhere."""
    doc = last.doc
    after = doc[last.i + 1 :]
    first = next((t for t in after if t.idx >= cue[1] and not t.is_space), None)
    if first is None:
        return content
    if content is None:
        clause = first.head
        if first.lower_ != "that" or first.dep_ != "mark" or clause.i < first.i:
            return None
        end = clause.right_edge
        return first.idx, end.idx + len(end)
    if not content[0] < cue[1] < content[1] or first.idx >= content[1]:
        return content
    return first.idx, content[1]


def _quotation_after_lead_in(
    text: str, content: Extent, right: int, quotes: Quotes
) -> tuple[Extent, bool] | None:
    """The quotation that opens a sentence of its own after ", she said," and ends the
    clause read as the content, which runs across the cue from words before it ("On the
    radio on Tuesday, she said, “I never …”"): those words are the writer's lead-in."""
    if content[1] <= right:
        return None
    following = continuation(text, right, quotes)
    if following is None or text[right : following[0]].strip() != ",":
        return None
    if any(c.isalnum() for c in text[following[1] : content[1]]):
        return None  # 'now, he says, "…" in the town': the clause goes on after the quotation
    first = next((c for c in text[following[0] : following[1]] if c.isalnum()), "")
    return (following, True) if first.isupper() else None


def verb_cue(token: Token, quotes: Quotes) -> Found:
    """A verb (or noun) cue with its subject as the source and the clause it reports."""
    doc = token.doc
    text = quotes.text
    subject = source_of(token)
    agent = agent_of(token)
    if agent is not None and not has_subject(token) and could_speak(agent):
        # "…, as reported by the Financial Times", "a plan rebuffed by Republicans": who
        # reports or rebuffs is the agent, not the subject of the clause the cue hangs on
        subject = agent
    if subject is None and name_read_as_auxiliary(token):
        subject = token.doc[cue_start(token) - 1]  # "IS said it was behind the attack"
    told_before = (
        speaker_after_report(token, subject)
        or speaker_after_cue(token, quotes)
        or report_taken_for_subject(token)
    )
    if told_before is not None:
        subject = told_before[1]  # "Vandals daubed the statue, an official said"
    source = source_extent(subject, token) if subject is not None else None
    if source is not None and (titled := named_by_title(token)) is not None:
        source = (titled.left_edge.idx, source[1])  # the name and the whole of its title
    if subject is None and misread_verb(token):
        source = speaker_before(token)  # "The agency forecast that …", read as a noun
    misread = subject is not None and (
        (quotes.inside(subject.idx) and not quotes.inside(token.idx))
        or (
            subject.ent_type_ in {"DATE", "TIME"}
            and not _an_age(subject)
            and not _a_share(subject)
            and not surname_may(subject)
        )
    )
    after_quote = subject is None and quotation_before(text, token.idx, quotes) is not None
    # "…, a statement from the airport said": a reporting clause whose subject the parser
    # hung elsewhere
    unhung = subject is None and token.tag_ in {"VBD", "VBZ", "VBP"} and _after_word(token)
    # "Ann Ruiz, head of sales at the firm, told a paper that …", the name hung elsewhere
    # and the cue without a subject, or with the passive one of a clause it is joined to
    # ("Campaigns have been launched, Ann Ruiz, head of …, told a conference"), or that of
    # a verb it was joined to where the parser missed a sentence break ("… her trip to
    # the U.S. Ann Ruiz, head of …, told a paper")
    # "… between the two ports.- Her aide said", a sentence break lost in the text
    unhung = unhung or (subject is None and token.tag_ in FINITE_TAGS and after_lost_break(token))
    unhung = unhung or (
        not has_subject(token)
        and (subject is None or subject.dep_ == "nsubjpass" or token.dep_ == "conj")
        and token.tag_ in {"VBD", "VBZ", "VBP"}
        and after_apposition(token, quotes)
    )
    aside = named_before_aside(token, quotes) if subject is None and not after_quote else None
    if aside is not None:
        # “…,” Jim Cantrell, who worked at the firm, told a paper: the name before the aside
        source = aside
    elif misread or (subject is None and token.is_sent_start) or after_quote or unhung:
        # The parser took words of the quotation or a time for the subject (“… the entire
        # Congress,” Rep. Cummings said; "12:15 p.m. Donald Trump says"), or found none
        # ("Said Ellis: …", “…,” said Edward Lee, an economist, “…”): the speaker is named
        # just before the cue, or right after it.
        outside = speaker_outside(token, quotes)
        if outside is not None or misread or not stray_subject(token, subject):
            subject = outside
            source = source_extent(subject, token) if subject is not None else None
            if source is not None and subject is not None and subject.i > token.i:
                source = _until_speech(doc, source, quotes, token.i + 1)
    # '"… has been changed,"?Ruiz said': a passive the parser read into the quotation's
    # words has no subject that the name must belong to
    passive_read = subject is not None and subject.dep_ == "nsubjpass"
    glued = speaker_run_into_quotation(token, quotes, None if passive_read else subject)
    if glued is None and source is not None and source[1] <= token.idx:
        glued = post_left_in_quotation(doc, source, quotes)
    if glued is not None:
        # '“…,"?Shams told HuffPost': the name the closing mark was run into speaks
        source = glued[1]
    scope = aside_extent(token) if token.dep_ in INTERRUPTING else (token.idx, token.idx)
    inner = chained(token)
    raw_content: Extent | None
    answer: Extent | None = None
    if told_before is not None:
        raw_content, prep = told_before[0], None
        cue = cue_extent(token)
    elif inner is None:
        raw_content, prep = content_of(token, scope, text)
        cue = cue_extent(token, prep)
        report_subject = report_subject_before(token, subject)
        if raw_content is not None and report_subject is not None:
            raw_content = min(raw_content[0], report_subject.left_edge.idx), raw_content[1]
        voiced = voiced_noun(token)
        if voiced is not None:
            # "expressed concern that …": the concern is the cue's, the clause is said
            noun, clause = voiced
            cue = cue[0], noun.idx + len(noun)
            raw_content = subtree_extent(clause)
        so = said_so(token)
        if so is not None and (raw_content is None or raw_content[0] == so.idx):
            raw_content = so.idx, so.idx + len(so)  # "He doesn't think so"
        answer = said_yes_or_no(token) if raw_content is None else None
        if answer is not None:
            raw_content = answer  # "75 percent said yes"
        if raw_content is None:
            # "the charges, which he denies": the relative word stands for what is said, an
            # answer of one word like "yes"
            raw_content = answer = relative_object(token)
        last = made_plain(token) or reflexive_preposition(token)
        if last is not None:
            # "made it clear that …", "distanced himself from the remarks": what the parser
            # hung on "clear" or "himself" starts after the cue
            raw_content = _after_cue_phrase(last, cue, raw_content)
    else:  # "went on to say", "refused to disclose": one cue, the inner verb's content
        raw_content, prep = content_of(inner, scope, text)
        cue = cue_extent(token)[0], cue_extent(inner, prep)[1]
    if raw_content is None and inner is None and told_before is None:
        wished = _for_clause(token)
        if wished is not None:
            # "called for the port to be reopened": "for" joins the cue, its clause is said
            mark, clause = wished
            cue = cue[0], max(cue[1], mark.idx + len(mark))
            raw_content = (doc[mark.i + 1].idx, clause.right_edge.idx + len(clause.right_edge))
    passive = _passive_parts(token) if inner is None and glued is None else None
    raised = _raised_clause(token, quotes.text) if inner is None and glued is None else None
    saying = as_saying(token) if subject is not None and subject.dep_ == "nsubjpass" else None
    felt = _feeling(token) if inner is None else None
    if felt is not None:
        # "The move angered farmers", "Farmers were angered by the move": who feels it
        # holds the view, and what stirs it is what the view is about.
        feeler, cause, by = felt
        source = source_extent(feeler, token)
        raw_content = subtree_extent(cause)
        cue = cue_extent(token) if by is None else (cue_extent(token)[0], by.idx + len(by))
    elif saying is not None:
        # "Kim was quoted as saying", "was quoted in the paper as saying the port would
        # reopen": who is quoted says it, what the saying reports is said.
        cue = cue[0], saying.idx + len(saying)
        reported, _ = content_of(saying, scope, text)
        if reported is not None:
            raw_content = reported
    elif raised is not None:
        # "The tax is expected to raise billions", "the mayor seemed tired": the whole
        # clause is what is expected or how things seem; who expects it, if anyone, is
        # the agent.
        raw_content, agent = raised
        source = source_extent(agent) if agent is not None else None
        if agent is not None and agent.i > token.i:
            cue = cue_extent(token)  # "criticized by farmers for": the agent is no cue
    elif token.lemma_.lower() in _SEEMING and subject is not None and subject.lower_ == "it":
        source = None  # "it seems that …": nobody is named
    elif passive is not None and raw_content is None:
        # "The meeting was first reported by Politico": what is reported is the subject,
        # who reports it the agent.
        theme, agent = passive
        # "Ruiz was asked by a reporter": who is asked is whom it is said to, not what;
        # "the question was asked" is what
        if token.lemma_.lower() not in _ASKING or not could_speak(theme):
            raw_content = source_extent(theme, token)
        source = source_extent(agent) if agent is not None else None
        cue = cue_extent(token)
    elif (
        subject is not None
        and subject.dep_ == "nsubjpass"
        and agent_of(token) is None
        and not _active_beside_passive(token, subject)
        and not _has_read_as_passive(token, subject)
        and glued is None
    ):
        # "The officer was charged with manslaughter", "a curfew was announced from
        # midnight": the subject is what is told of; nobody is named as telling it. An
        # active verb joined to the passive one has it for its speaker ("Ruiz was hurt in
        # the crash and fears for her job").
        source = None
    elif _shares_passive_subject(token):
        # "The summit opens on Monday and is widely expected to last a week": the subject
        # of the verb the passive is joined to is what is expected, not who expects it.
        source = None
    elif _participle_of_belief(token):
        # "hit by a missile, believed to be a coin", "Others thought to be in the running":
        # a participle the tagger took for a past tense; nobody is named as believing it
        source = None
    if _asked_with_answer(token):
        # "Asked if the deal was dead, Ruiz said …", "Ruiz said when asked if …": the
        # question is what is asked, and whoever asked it is named only by "by" ("Asked
        # by a reporter"); the one asked answers in the main clause.
        source = source_extent(agent) if agent is not None else None
        raw_content = _question_asked(token, cue) or raw_content
    content, quoted = fix_quotes(doc, raw_content, quotes)
    if content is not None and not quoted:
        content = without_trailing_aside(doc, content)
    left = min(cue[0], source[0]) if source else cue[0]
    right = max(cue[1], source[1]) if source else cue[1]
    before = quotation_before(text, left, quotes)
    if glued is not None and source == glued[1]:
        before = glued[0]
        if prep is not None and content is not None and content[0] >= cue[1]:
            # '"…,"?Ruiz said of the plan', where the parser found no clause for the cue:
            # what the preposition brings in is what the words are about or where they
            # were given; the quotation the name was run into is what was said
            cue, content = cue_extent(token), None
    if before is not None and "\n" in text[before[1] : left]:
        before = None  # “… remark.”¶The mayor wrote to him: a new paragraph's own report
    if before is not None and announced_before(text, before):
        before = None  # 'Ms Ruiz said: "… soon." Mr Hale wrote to her': Ruiz's words
    if (
        before is not None
        and quoted
        and content is not None
        and content[0] > cue[1]
        and finished_quotation(text, before)
    ):
        before = None  # “… change.” She adds, “…”: the earlier quotation was finished
    if (
        before is not None
        and quoted
        and content is not None
        and content[0] > cue[1]
        and _said_between(doc, before[1], token)
    ):
        before = None  # “…,” she said, adding “…”: the earlier quotation is "said"'s
    announced = after_colon(doc, cue, quotes) if text[cue[1] - 1] == ":" else None
    if announced is None and content is not None and not quoted and addressee(doc, content):
        # "asking her, “Where do we go from here?”": whom it is said to is no content.
        told = continuation(text, content[1], quotes, skip=" ,:\u00a0")
        if told is not None:
            announced = told, True
    if announced is None and before is None and content is not None and content[0] < left:
        announced = _quotation_after_lead_in(text, content, max(right, cue[1]), quotes)
    if announced is not None:
        # "he added: “…”": what a colon after the cue announces is the content.
        content, quoted = announced
    elif before is not None and (
        content is None
        or content[0] <= before[0]
        or (source is not None and content[0] <= source[0] < content[1])  # a misread parse
        or content[1] <= before[1]  # a clause of the quotation the parser hung the cue on
        or (content[0] > cue[1] and (quoted or told_to(doc, text, content, before, token)))
    ):
        # “…,” he said: the quotation before the cue is the content, and so is a
        # quotation resumed after it (“…,” he said, “…” or “…,” he said. “…”).
        opening = content[0] if content is not None else before[0]
        if not (opening < before[0] and opens_quotation(doc, text, opening, before)):
            opening = sentence_around(doc, text, before)
        content, quoted = (opening, before[1]), True
        resumed = resumed_after(text, cue_phrase_end(token, right, quotes), quotes)
        resumed = resumed or next_sentence_quote(token, quotes)
        resumed = resumed or quote_after_sentence(text, right, quotes)
        if (
            resumed is not None
            and not hands_over_to_cue(text, resumed)
            and not quoted_name(text, resumed)
        ):
            content = (content[0], resumed[1])
    elif (
        content is not None
        and content[1] <= left
        and quotes.starting_near(content[0], limit=0) is not None
    ):
        # “I admire the mechanics” of the plans, he said. “They're detailed …”: a content
        # that opens with a quotation before the cue takes in the quotation resumed after it.
        resumed = resumed_after(text, right, quotes)
        if resumed is not None:
            content, quoted = (content[0], resumed[1]), True
    elif content is not None and quoted:
        resumed = continuation(text, token.right_edge.idx + len(token.right_edge), quotes)
        if resumed is not None and resumed[0] > content[1]:
            content = (content[0], resumed[1])
    if content is None and quoted_speaker(token) is not None:
        # “…,” the paper quoted an aide as saying: the quotation before the report.
        quoting = token.head.head
        reporter = next((c for c in quoting.lefts if c.dep_ in SUBJECTS), quoting)
        content = quotation_before(text, reporter.left_edge.idx, quotes)
        quoted = content is not None
    if content is None:
        # A quotation right after the cue, or after a speaker named after it ("Said Ellis:
        # “…”"); else a "that" clause the parser hung on a phrase that sets the saying.
        following = continuation(text, right, quotes, skip=" :,\u00a0")
        if following is not None:
            content, quoted = following, True
        else:
            content = delayed_that(doc, token, cue)
    announcing = _announcing_phrase(doc, text, content, cue) if content is not None else None
    if announcing is not None:
        # "released the following statement: “…”" with the quotation parsed into the
        # object: the phrase joins the cue as below, the quotation is the content
        after = continuation(text, announcing[1] + 1, quotes, skip=" \n\u00a0")
        if after is not None:
            cue, content, quoted = (cue[0], announcing[1] + 1), after, True
    if content is not None:
        # "she has one quality: “Steadiness …”": a quotation after a colon continues it;
        # "made the following comment: “…”": a word for what is said joins the cue, and
        # the quotation it announces is the content.
        n = content[1]
        while n < len(text) and text[n] in " \u00a0":
            n += 1
        if n < len(text) and text[n] == ":":
            after = continuation(text, n + 1, quotes, skip=" \n\u00a0")
            if after is not None and not quoted and names_words(doc, content, cue):
                cue, content, quoted = (cue[0], n + 1), after, True
            elif after is not None:
                content = (content[0], after[1])
    if content is not None and not quoted and content[1] <= cue[0]:
        content = without_linking_word(doc, content)
    if content is not None and quoted:
        content = quoted_paragraphs_after(text, content, max(right, cue[1]), quotes)
    if content is not None and not quoted:
        content = resumed_after_cue(token, quotes.text, content, left, max(right, cue[1]))
    if source is not None and cue[0] < source[0] < cue[1]:
        # "Asked by a reporter about …": the cue does not run over its source
        cue = cue[0], min(cue[1], cue_extent(token)[1])
    set_off = name_set_off(token, quotes) if not quoted else None
    if set_off is not None and misread_set_off(doc, set_off[0], source, content):
        # "Instead, said Mr Hale, the ferries …": the name between the commas is the
        # speaker; the sentence around the cue is the report.
        source, content = set_off
    return Found(
        cue,
        source,
        same_paragraph(text, content, left, quoted),
        token.lemma_.lower(),
        False,
        quoted,
        antecedent_extent(subject) if subject is not None else None,
        # "said yes", "which he denies": the content is the one word, for the ranker to keep
        settled=answer is not None and content == answer,
    )


def _announcing_phrase(doc: Doc, text: str, content: Extent, cue: Extent) -> Extent | None:
    """The phrase with "the following" for words said that opens a content and ends at a
    colon inside it ("the following statement: “…”"), which announces what is said."""
    colon = text.find(":", content[0], content[1])
    if colon < 0 or "following" not in text[content[0] : colon].lower().split():
        return None
    named = (content[0], colon)
    return named if names_words(doc, named, cue) else None


def _said_between(doc: Doc, start: int, token: Token) -> bool:
    """Whether a verb of saying other than the cue stands between ``start`` and the cue
    (“…,” she said, adding “…”), and so speaks the quotation before it."""
    speech = load_lexicon("speech_verbs", "attributions")
    return any(
        word.pos_ == "VERB" and word.lemma_.lower() in speech
        for word in doc[token.sent.start : token.i]
        if word.idx >= start
    )


def _shares_passive_subject(token: Token) -> bool:
    """Whether a cue is a passive verb with no subject and no agent of its own, joined to
    a verb whose subject it shares ("… and was forecast to grow")."""
    return (
        token.dep_ == "conj"
        and any(c.dep_ == "auxpass" and c.lower_ not in {"'s", "’s"} for c in token.children)
        and not has_subject(token)
        and agent_of(token) is None
    )


def _participle_of_belief(token: Token) -> bool:
    """Whether a verb of believing is a passive participle with no "be" ("a coin, believed
    to be …"): "to be" right after it, and no object, which only the passive allows."""
    if (
        token.lemma_.lower() not in _BELIEVED
        or token.tag_ not in {"VBD", "VBN"}  # not "a defeat he believes to be his worst"
        or token.i + 2 >= len(token.doc)
    ):
        return False
    doc = token.doc
    return (
        doc[token.i + 1].lower_ == "to"
        and doc[token.i + 2].lemma_ == "be"
        and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in token.children)
    )


#: Verbs of believing that take no infinitive of their own in the active voice.
_BELIEVED = frozenset({"believe", "think", "rumour", "rumor"})


def _has_read_as_passive(token: Token, subject: Token) -> bool:
    """Whether the "'s" before a cue's past participle is "has", which the parser read as
    the "is" of a passive: the verb has an object, a clause or a particle of its own, or
    is "want" ("he's said he will run", "she's spoken out against it", "he's wanted to
    run since"; not "it's assumed that …", "she's seen as …")."""
    marks = [c for c in token.children if c.dep_ == "auxpass"]
    if len(marks) != 1 or marks[0].lower_ not in {"'s", "’s"} or subject.lower_ == "it":
        return False
    return token.lemma_.lower() == "want" or any(
        c.dep_ in {"ccomp", "dobj", "prt"} for c in token.children
    )


def _active_beside_passive(token: Token, subject: Token) -> bool:
    """Whether a cue is an active verb joined to the passive verb whose subject it shares
    ("Ruiz was hurt in the crash and fears for her job", "was arrested and said he …"),
    not a participle sharing its passive ("are stopped and told to wait")."""
    if token.dep_ != "conj" or subject.head != token.head:
        return False
    if token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions"):
        return False  # "… were seen, and others took pictures": a misread deed
    return (
        token.tag_ in {"VBZ", "VBP"}
        or (token.tag_ == "VBD" and any(c.dep_ in {"ccomp", "dobj"} for c in token.children))
        or _perfect_beside_passive(token)
    )


def _perfect_beside_passive(token: Token) -> bool:
    """Whether a cue is a perfect of its own joined to a passive ("was not fined, but has
    agreed to …"), with no relative clause between them that it may go on ("was asked by
    Ruiz, who backs him, but has dismissed …")."""
    return (
        token.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in token.children)
        and not any(t.dep_ == "relcl" for t in token.doc[token.head.i : token.i])
    )


def _for_clause(token: Token) -> tuple[Token, Token] | None:
    """The "for" right after a cue and the clause it opens, where the parser read the two
    as "for" marking a clause ("called for the port to be reopened")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "for":
        return None
    mark = doc[token.i + 1]
    clause = mark.head
    if mark.dep_ != "mark" or clause.head != token or clause.dep_ not in {"advcl", "ccomp"}:
        return None
    return mark, clause
