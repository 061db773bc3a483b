"""A speaker named away from the cue's subject: after the cue or the report ("…, said
Ms Ruiz"), outside a quotation, before an aside, or set off by commas after the cue."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._attributions.contents import without_linking_word
from newsgraph.stages._attributions.cues import cue_start, name_read_as_adverb, surname_may
from newsgraph.stages._attributions.found import Extent
from newsgraph.stages._attributions.parse import (
    CUE_PREFIX_DEPS,
    LINKING_WORDS,
    LOST_BREAK_END,
    OBJECT_PRONOUNS,
    QUOTE_MARKS,
    QUOTE_MARKS_TEXT,
    RELATIVE,
    SUBJECTS,
    could_speak,
    ends_sentence,
    has_subject,
    trim_tokens,
)
from newsgraph.stages._attributions.quotations import quotation_before
from newsgraph.stages._attributions.quotes import Quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Verbs of speech whose object is always whom it is told to, never a speaker named
# after the verb ("…, Ruiz, head of sales, told the BBC", not "…, predicts a study").
_TOLD_TO = frozenset({"tell", "inform", "notify", "assure"})


def speaker_after_report(token: Token, subject: Token | None) -> tuple[Extent, Token] | None:
    """The speaker named after a comma right before a cue that ends its sentence, where
    the parser took the report before the comma into the speaker's noun phrase ("Vandals
    daubed the statue with paint, an official with the institute said."): the report
    and the speaker's head word."""
    if subject is None or subject.dep_ != "nsubj" or subject.i > token.i:
        return None
    doc = token.doc
    if not ends_sentence(token):
        return None
    for word in subject.subtree:
        comma = word.left_edge.i - 1
        if (
            word.dep_ == "appos"
            and word.right_edge.i == token.i - 1
            and comma > subject.left_edge.i
            and doc[comma].text == ","
            and could_speak(word)
            and any(t.pos_ == "VERB" for t in doc[subject.left_edge.i : comma])
        ):
            first = subject.left_edge.i
            return (doc[first].idx, doc[comma - 1].idx + len(doc[comma - 1])), word
    return None


def speaker_after_cue(token: Token, quotes: Quotes) -> tuple[Extent | None, Token] | None:
    """The speaker after a cue that follows its report and a comma, or a quotation, where
    the parser took the speaker for the cue's object ("Prices will rise, predicts a study
    by the bank."; "“…,” added the British producer."): the report (None after a
    quotation, which is the report) and the speaker's head word."""
    doc = token.doc
    if (
        token.tag_ not in {"VBZ", "VBD"}
        or has_subject(token)
        or token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions")
        or token.lemma_.lower() in _TOLD_TO
    ):
        return None
    speaker = next((c for c in token.rights if c.dep_ == "dobj"), None)
    if speaker is None or not ends_sentence(speaker.right_edge):
        return None
    # the cue joined to the report, or heading it where the report comes first
    after_comma = (
        (
            token.dep_ in {"conj", "parataxis"}
            or (
                token.dep_ == "ROOT"
                and any(c.dep_ == "ccomp" and c.i < token.i for c in token.lefts)
            )
        )
        and token.i >= 2
        and doc[token.i - 1].text == ","
    )
    after_quote = quotation_before(quotes.text, token.idx, quotes) is not None
    if not (after_comma or after_quote):
        return None
    if after_quote and speaker.pos_ in {"NOUN", "PROPN"}:
        return None, speaker  # whom a quotation is added by: "added the British producer"
    if not (
        could_speak(speaker)
        or speaker.lemma_.lower() in load_lexicon("document_words", "attributions")
    ):
        return None
    first, last = trim_tokens(doc, token.sent.start, token.i - 1)
    if first >= last:
        return None
    return (doc[first].idx, doc[last - 1].idx + len(doc[last - 1])), speaker


def report_taken_for_subject(token: Token) -> tuple[Extent, Token] | None:
    """The report before "…, said the committee." that the parser took for a first subject
    of the cue, the speaker after it its second ("Staff turnover at the agency, which had
    hampered its work, said the committee."): the report and the speaker's head word."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    before = [c for c in token.lefts if c.dep_ in SUBJECTS]
    speaker = next((c for c in token.rights if c.dep_ in SUBJECTS), None)
    if (
        len(before) != 1
        or speaker is None
        or speaker.left_edge.i != token.i + 1
        or not ends_sentence(speaker.right_edge)
        or not could_speak(speaker)
        # a named speaker before the cue stays it ("Ma, who runs the sites, says the two
        # shared plans": what the two shared is the report)
        or before[0].pos_ == "PROPN"
        or before[0].ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        # a clause, not a name with its post ("Ann Ruiz, the chairman, said Mr Hale")
        or not any(t.pos_ == "VERB" for t in before[0].subtree)
    ):
        return None
    first, last = trim_tokens(doc, token.sent.start, token.i - 1)
    if first >= last:
        return None
    return (doc[first].idx, doc[last - 1].idx + len(doc[last - 1])), speaker


def speaker_before(token: Token) -> Extent:
    """The words before a misread verb of saying, which name who says it, less the closing
    mark of a quotation the parser hung on them ('"…," the central bank forecast')."""
    doc = token.doc
    first = first_word(token)
    last = doc[token.i - 1]
    return first.idx, last.idx + len(last)


def first_word(token: Token) -> Token:
    """The first word of the speaker's phrase before a misread verb, less the marks and
    the report the parser hung on the verb ('"…," the 23-year-old wrote')."""
    words = [c.left_edge for c in token.lefts if c.dep_ not in {"punct", "ccomp", "parataxis"}]
    first = min(words, key=lambda w: w.i, default=token)
    while first.i < token.i - 1 and (first.text in QUOTE_MARKS or first.text == ","):
        first = token.doc[first.i + 1]
    return first


def addressee(doc: Doc, extent: Extent) -> bool:
    """Whether an extent only names whom something is said to: a pronoun or a person."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    if span is None:
        return False
    if len(span) == 1 and span[0].lower_ in OBJECT_PRONOUNS:
        return True
    return all(t.ent_type_ == "PERSON" for t in span)


def speaker_outside(token: Token, quotes: Quotes) -> Token | None:
    """The head of the name just before the cue verb and after a quotation, or of the name
    right after the cue ("…,” said Leslie Wilson)."""
    doc = token.doc
    start = token.i
    while (
        start > 0
        and doc[start - 1].head == token
        and doc[start - 1].dep_ in CUE_PREFIX_DEPS
        and not surname_may(doc[start - 1])
    ):
        start -= 1
    n = start - 1
    aside = n >= 0 and doc[n].text == "," and _before_aside(doc, n, quotes) != n
    if aside:
        n = _before_aside(doc, n, quotes)  # "…,” Ruiz, head of sales, told the BBC"
    names: list[Token] = []
    while n >= 0 and not quotes.inside(doc[n].idx) and "\n" not in doc[n].text:
        if doc[n].is_punct and doc[n].text not in {".", "(", ")", "-"}:
            break
        if doc[n].text == "." and doc[n + 1].is_sent_start:
            break  # "… find us online. Enjoy the best debate": the sentence before
        if LOST_BREAK_END.search(doc[n].text) and not any(t.pos_ in {"VERB", "AUX"} for t in names):
            break  # "… the boy's arm.- Ann Ruiz said": the sentence before
        if doc[n].ent_type_ in {"DATE", "TIME"} and doc[n].head == token:
            n -= 1  # "Chuck Jordan said Monday" read as "Monday said"
            continue
        names.append(doc[n])
        n -= 1
    if names:
        inside = {t.i for t in names}
        heads = [t for t in names if t.head.i not in inside]
        nouns = [t for t in heads if t.pos_ in {"PROPN", "NOUN", "PRON"}]
        if nouns:
            return nouns[0]
    if aside:
        return None  # the speaker is the one the aside is about, if anyone
    if token.lemma_.lower() in _TOLD_TO:
        return None  # "…,” Ruiz, head of sales, told the BBC": whom it is told to
    after = token.i + 1
    while after < len(doc) and doc[after].pos_ in {"ADV", "PART"}:
        after += 1
    if token.tag_ in {"VBD", "VBZ", "VBP"} and _utterance_before(token, doc[start].idx, quotes):
        # “…,” said an agency statement; “…,” explained the nurse; “…,” cried one man
        while after < len(doc) and (doc[after].pos_ in {"DET", "NUM"} or doc[after].tag_ == "PRP$"):
            after += 1
    if after < len(doc) and doc[after].pos_ in {"PROPN", "NOUN"}:
        head = doc[after]
        while (
            head.head.i != head.i and head.head.pos_ in {"PROPN", "NOUN"} and head.head.i > token.i
        ):
            head = head.head
        return None if head.ent_type_ in {"DATE", "TIME"} else head
    return None


def _utterance_before(token: Token, position: int, quotes: Quotes) -> bool:
    """Whether a cue in lower case comes right after a quoted sentence of its own: one that
    opens its sentence and closes on a stop or a comma (“We are done,” said …), not a
    title or a word quoted within the reporter's words ('summed him up as “weak,”')."""
    text = quotes.text
    quotation = quotation_before(text, position, quotes)
    if quotation is None or not token.text[:1].islower():
        return False
    words = text[quotation[0] : quotation[1]].rstrip(QUOTE_MARKS_TEXT + " ")
    before = text[: quotation[0]].rstrip(" \u00a0")
    return words[-1:] in {",", ".", "?", "!"} and before[-1:] in {"", ".", "?", "!", ":", "\n"}


def _before_aside(doc: Doc, comma: int, quotes: Quotes) -> int:
    """The index of the last word before an aside in apposition that ends at ``comma``
    ("Ruiz, head of sales at the firm,"), or ``comma`` where none ends there: the aside
    holds no verb but a past participle and no quotation, and a noun comes before its
    opening comma."""
    n = comma - 1
    while n >= 0 and comma - n <= _APPOSITION_WORDS and doc[n].text != ",":
        verb = doc[n].pos_ in {"VERB", "AUX"} and doc[n].tag_ != "VBN"  # "based in Rome"
        if quotes.inside(doc[n].idx) or verb or doc[n].is_sent_start:
            return comma
        n -= 1
    if n < 1 or doc[n].text != "," or n == comma - 1:
        return comma
    return n - 1 if doc[n - 1].pos_ in {"PROPN", "NOUN"} else comma


def after_lost_break(token: Token) -> bool:
    """Whether a cue verb comes right after a name that opens a sentence the text ran into
    the one before with a hyphen for the space ("… between the two ports.- Her aide
    said"), which the parser hung on the sentence before."""
    doc = token.doc
    start = cue_start(token)
    for n in range(start - 1, max(start - 13, -1), -1):
        word = doc[n]
        if LOST_BREAK_END.search(word.text):
            return n < start - 1
        if word.pos_ in {"VERB", "AUX"} or (word.is_punct and word.text != ","):
            return False
    return False


def after_apposition(token: Token, quotes: Quotes) -> bool:
    """Whether the cue comes right after an aside in apposition to a name ("Ruiz, head of
    sales at the firm, told")."""
    comma = cue_start(token) - 1
    return (
        comma > 0
        and token.doc[comma].text == ","
        and _before_aside(token.doc, comma, quotes) != comma
    )


def name_read_as_auxiliary(token: Token) -> bool:
    """Whether the word before a cue is a name in capitals the parser took for its
    auxiliary ("IS said …", the group, read as "is said")."""
    start = cue_start(token)
    if start == 0:
        return False
    word = token.doc[start - 1]
    if word.head == token and word.dep_ == "advmod" and name_read_as_adverb(word):
        return True  # "Morelly says", the name read as an adverb
    return (
        word.head == token
        and word.dep_ in {"aux", "auxpass"}
        and word.is_upper
        and len(word.text) > 1
        and not token.is_upper
    )


#: The most words of an aside in apposition between a speaker's name and the cue.
_APPOSITION_WORDS = 15


_ASIDE_NAME = re.compile(
    # an opening phrase may come first: "In a column for the paper, Ms Reid, who …, says"
    r"[ \u00a0]*(?:[A-Z][^,“”\"]{1,80},[ \u00a0]+)?"
    r"(?P<name>[A-Z][^,“”\"]{1,60}?),[ \u00a0]+(?:who|which|whose|[a-z]+ing|asked)\b"
    r"[^“”\"]{1,200},[ \u00a0]*$"
)


def named_before_aside(token: Token, quotes: Quotes) -> Extent | None:
    """The name that opens a sentence, or follows a quotation, before its cue when a
    relative clause or a participle follows the name (“…,” Jim Cantrell, who worked at
    the firm, told a paper; “…,” Tom Azimy, reporting from Kabul, said; "Philip Wride,
    who co-manages the team, said …", where the parser hung the cue elsewhere)."""
    doc = token.doc
    sentence_start = token.sent.start_char
    before = quotes.text[sentence_start : token.idx]
    closing = max(before.rfind("”"), before.rfind('"'))
    if closing >= 0 and not quotes.inside(sentence_start + closing):
        return None
    if closing < 0 and token.tag_ not in {"VBD", "VBZ", "VBP"} and not _hung_on_noun(token):
        return None  # "The group, which bills itself as …, sent a letter …, known as"
    start = sentence_start + closing + 1
    match = _ASIDE_NAME.match(quotes.text, start, token.idx)
    if match is None:
        return None
    span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
    if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in span):
        return None  # a clause, not a name: "This echoed the views of X, who …, calling"
    if len(span) > 1 and span[0].lower_ in LINKING_WORDS:
        span = span[1:]  # "But Tindall, who …, told"
    return span.start_char, span.end_char


def _hung_on_noun(token: Token) -> bool:
    """Whether the parser read a past verb as a participle of the noun before the aside
    that comes before it ("Dr Patel, who ran the clinic, posted …": "posted" hung on
    "Patel"), not of a noun inside the aside."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.i >= token.i:
        return False
    return any(c.dep_ == "relcl" and c.i < token.i for c in token.head.children)


def name_set_off(token: Token, quotes: Quotes) -> tuple[Extent, Extent] | None:
    """A name set off by commas right after a cue inside the sentence it reports ("Then,
    says Ms Ortiz, the village turned up"): the name's extent and the sentence's, less
    a word that links it to the one before and its closing stop."""
    doc = token.doc
    if (
        token.i < 2
        or doc[token.i - 1].text != ","
        or token.tag_ not in {"VBD", "VBZ", "VBP"}
        or token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions")
        or quotes.inside(token.idx)
    ):
        return None
    end = token.i + 1
    while end < token.sent.end and doc[end].pos_ == "PROPN":
        end += 1
    if end == token.i + 1:
        end = _unnamed_speaker_end(doc, end, token.sent.end)
    if end == token.i + 1 or end + 2 >= token.sent.end or doc[end].text != ",":
        return None
    if doc[end + 1].text in QUOTE_MARKS_TEXT:
        return None
    first, last = trim_tokens(doc, token.sent.start, token.sent.end, clause=True)
    if first >= last:
        return None
    name = (doc[token.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
    close = doc[last - 1].idx + len(doc[last - 1])
    report = without_linking_word(doc, (doc[first].idx, close))
    if report[0] >= token.idx:  # only a linking word before the cue: "Then, says …"
        report = doc[end + 1].idx, close
    return name, report


#: Words of a short phrase naming a speaker with no name ("say analysts", "says one aide").
_SPEAKER_PHRASE = frozenset({"DET", "ADJ", "NUM", "NOUN"})


def _unnamed_speaker_end(doc: Doc, start: int, stop: int) -> int:
    """The end of a short phrase from ``start`` whose last word names who speaks
    ("analysts", "most economists"); ``start`` where there is none."""
    end = start
    while end < min(stop, start + 4) and doc[end].pos_ in _SPEAKER_PHRASE:
        end += 1
    if end > start and doc[end - 1].pos_ == "NOUN" and could_speak(doc[end - 1]):
        return end
    return start


def misread_set_off(doc: Doc, name: Extent, source: Extent | None, content: Extent | None) -> bool:
    """Whether the parser read a name set off after its cue as part of the report (no
    source, the content holding the name) or ran the source on into the report's
    clause ("Ms Ortiz, the whole village turned up")."""
    if source is None:
        # the content starting at the name, or running over it from the sentence's start
        return content is not None and content[0] <= name[0] < content[1]
    if source[0] != name[0] or source[1] <= name[1]:
        return False
    rest = doc.char_span(name[1], source[1], alignment_mode="expand")
    if rest is None:
        return False
    if rest.end < len(doc) and doc[rest.end].pos_ in {"AUX", "VERB"}:
        return True  # the report's subject taken into the source, its verb right after
    # a clause with its own subject, not an aside on the name ("an analyst who …")
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in RELATIVE and c in rest
        for t in rest
        if t.pos_ in {"VERB", "AUX"}
        for c in t.children
    )
