"""Quotations around a cue: a content snapped to a quotation's marks, a quotation
resumed after the cue or across paragraphs, a speaker's name run into a closing mark,
and whether a quotation opens its sentence or a colon announces it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._attributions.cues import cue_start
from newsgraph.stages._attributions.found import Extent
from newsgraph.stages._attributions.parse import (
    LINKING_WORDS,
    NOMINAL,
    QUOTE_MARKS,
    QUOTE_MARKS_TEXT,
    TRIM,
    clause_extent,
    finished_quotation,
    has_verb,
)
from newsgraph.stages._attributions.quotes import Quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_QUOTE_TAIL = ",.?!;:'\"”» \u00a0"


def fix_quotes(doc: Doc, extent: Extent | None, quotes: Quotes) -> tuple[Extent | None, bool]:
    """Trim a content extent; widen it to whole quotations where it is quoted speech.

    A quotation is the content when the content begins with it or runs to its end, even
    across sentences; a phrase quoted inside a paraphrase only brings its closing mark.
    """
    if extent is None:
        return None, False
    trimmed = clause_extent(doc, extent)
    if trimmed is None:
        return None, False
    text = quotes.text
    start, end = trimmed
    quoted = False
    first = quotes.around(start, start + 1) or quotes.starting_near(max(start - 2, 0), limit=2)
    if first is not None and first[0] <= start + 1:
        after = _after_finished(text, first, end)
        if after is not None:
            # '"… Block C." The mayor had failed, he said': two sentences run together
            return fix_quotes(doc, (after, end), quotes)
        runs_to_end = not text[end : first[1]].strip(_QUOTE_TAIL)
        if start <= first[0] + 3 or runs_to_end:
            start, end, quoted = first[0], max(end, first[1]), True
    last = quotes.around(max(end - 1, 0), end)
    if (
        last is not None
        and last[1] > end
        and (quoted or last[0] >= start or not text[end : last[1]].strip(_QUOTE_TAIL))
    ):
        end = last[1]
    return (start, end), quoted


def _after_finished(text: str, quotation: Extent, end: int) -> int | None:
    """Where the words after a quotation that ends a sentence start, if a new sentence
    follows it within ``end`` (a capital letter, no quotation mark)."""
    if quotation[1] >= end or not finished_quotation(text, quotation):
        return None
    n = quotation[1]
    while n < end and text[n] in " \u00a0":
        n += 1
    return n if n < end and n > quotation[1] and text[n].isupper() else None


def tags_quotation(token: Token, quotes: Quotes) -> bool:
    """Whether a verb of saying ends its sentence right after its speaker and a quotation
    ("…,” he admitted.), or comes right after a name run into a quotation's closing mark
    ('…,"?Woods told a paper'), which reports the quotation however the parser hung the
    verb."""
    if token.tag_ not in {"VBD", "VBZ"} or token.i + 1 >= len(token.doc):
        return False
    if token.lemma_.lower() not in load_lexicon("speech_verbs", "attributions"):
        return False
    if speaker_run_into_quotation(token, quotes, None) is not None:
        return True  # '…,"?Woods told a paper', however the parser read the run-in name
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.right_edge.i != token.i - 1:
        return False
    after = token.doc[token.i + 1]
    return (
        after.text in {".", ","}
        and quotation_before(quotes.text, subject.left_edge.idx, quotes) is not None
    )


def quotation_before(text: str, position: int, quotes: Quotes) -> Extent | None:
    """A quotation that ends just before ``position`` (“…,” he said)."""
    n = position
    while n > 0 and text[n - 1] in " ,\u00a0\n":
        n -= 1
    region = quotes.around(max(n - 1, 0), n)
    if region is not None and region[1] == n:
        return region
    return None


def continuation(
    text: str, cue_end: int, quotes: Quotes, *, skip: str = " ,\u00a0"
) -> Extent | None:
    """A quotation resumed right after the cue: “…,” he said, “and …”."""
    n = cue_end
    while n < len(text) and text[n] in skip:
        n += 1
    if n < len(text):
        return quotes.starting_near(n, limit=0)
    return None


def quoted_words(token: Token, quotes: Quotes) -> bool:
    """Whether a word stands inside a quotation, the last mark before it an opening one:
    not one run into the word or stop before it ('that document," the minister said. …
    According to …': a closing mark that damaged text led the pairing to take for an
    opening one)."""
    region = quotes.around(token.idx, token.idx + 1)
    if region is None:
        return False
    text = quotes.text
    mark = max(text.rfind(q, region[0], token.idx) for q in '"“”')
    if mark < 0 or text[mark] != '"':
        return mark < 0 or text[mark] == "“"  # another kind of mark, or a curly one
    return mark == 0 or not (text[mark - 1].isalnum() or text[mark - 1] in ",.;!?")


def announced_before(text: str, quotation: Extent) -> bool:
    """Whether a quotation is whole sentences that a colon before it announces: the words
    of the speaker before the colon, not of one named after it."""
    if not text[: quotation[0]].rstrip().endswith(":"):
        return False
    return finished_quotation(text, quotation)


def after_colon(doc: Doc, cue: Extent, quotes: Quotes) -> tuple[Extent, bool] | None:
    """What follows a cue's colon: a quotation (across paragraphs), else the rest of the
    sentence."""
    text = quotes.text
    following = continuation(text, cue[1], quotes, skip=" \n\u00a0")
    if following is not None:
        return following, True
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    sentence = doc[span.end].sent
    if sentence.end <= span.end:
        return None
    rest = clause_extent(doc, (doc[span.end].idx, sentence.end_char))
    return (rest, False) if rest is not None else None


def speaker_run_into_quotation(
    token: Token, quotes: Quotes, subject: Token | None
) -> tuple[Extent, Extent] | None:
    """The quotation and the name between it and the cue where the quotation closes inside
    the name's first word: a mark with no space after it, or a "?" or "-" for a lost one,
    makes one word of both ('… our town,"?Shams told a paper', '…,"?Rami Ali, head of the
    group, told'). None where a word of the sentence stands quoted in between, or where
    the cue has a subject the name is no part of."""
    doc = token.doc
    start = cue_start(token)
    last = doc[start - 1]
    reach = doc[max(start - _GLUED_NAME_WORDS, 0)]
    if not quotes.ends_between(reach.idx, last.idx + len(last)):
        return None  # no quotation ends in the words before the cue: the common case
    sentence = _sentence_before_run_in(doc, start)
    first = max(sentence, start - _GLUED_NAME_WORDS)
    if start <= first or not quotes.ends_between(doc[first].idx, last.idx + len(last)):
        return None  # none ends within the cue's sentence
    n = start - 1
    while n >= sentence and not quotes.inside(doc[n].idx):
        if doc[n].text in {";", ":"} or start - n > _GLUED_NAME_WORDS:
            return None
        n -= 1
    if n < sentence:
        return None
    word = doc[n]
    if subject is not None and not subject.left_edge.i <= n <= subject.right_edge.i:
        return None
    quotation = quotes.around(word.idx, word.idx + 1)
    if quotation is None or not word.idx < quotation[1] < word.idx + len(word):
        return None
    begin = quotation[1] + (quotes.text[quotation[1]] in _LOST_SPACE)
    end = doc[start - 1].idx + len(doc[start - 1])
    if begin >= word.idx + len(word) or not quotes.text[begin].isalpha():
        return None
    rest = doc[n + 1 : start]
    opening = quotes.text[begin : word.idx + len(word)]
    if opening.lower() in LINKING_WORDS and len(rest) > 1:
        # '…"?Meanwhile, Rep. Ann Ruiz said': the linking word is no part of the name
        first = 1 if rest[0].text == "," else 0
        begin, opening, rest = rest[first].idx, rest[first].text, rest[first + 1 :]
    if not _glued_name(rest, opening):
        return None
    return quotation, (begin, end)


def _sentence_before_run_in(doc: Doc, start: int) -> int:
    """Where the sentence of a cue starting at ``start`` begins, taking in the sentence
    before where the parser ended it on the word a closing mark and the speaker were run
    into ('…taken away,"?she said.', where it read 'away,"?she' as a stop)."""
    sentence = doc[start].sent.start
    if start == sentence and start > 0:
        before = doc[start - 1].text
        if len(before) > 2 and before[-1].isalpha() and ('"' in before or "”" in before):
            return doc[start - 1].sent.start
    return sentence


def post_left_in_quotation(
    doc: Doc, source: Extent, quotes: Quotes
) -> tuple[Extent, Extent] | None:
    """The quotation before a speaker and the speaker with their post, where the parser
    hung the post before the name in the quotation's clause ('"…," chairman and chief
    executive Ann Ruiz said': the source had been "Ann Ruiz")."""
    words_before = quotes.text[max(0, source[0] - _POST_CHARS) : source[0]]
    if not any(mark in words_before for mark in _CLOSING_QUOTE_MARKS):
        return None  # no quotation closes just before the name: the common case
    name = doc.char_span(source[0], source[1], alignment_mode="expand")
    if name is None or name[0].pos_ != "PROPN":
        return None
    n = name.start - 1
    while n > name.start - _MAX_POST_WORDS and n >= 0 and doc[n].pos_ in _POST_WORDS:
        n -= 1
    if n == name.start - 1 or n < 1 or doc[n].text not in QUOTE_MARKS or doc[n - 1].text != ",":
        return None
    quotation = quotation_before(quotes.text, doc[n + 1].idx, quotes)
    if quotation is None or doc[n + 1].pos_ == "CCONJ" or doc[n + 1].text[:1].isupper():
        return None  # '"…," but Ruiz said', or a name of its own after the mark
    return quotation, (doc[n + 1].idx, source[1])


#: Words of a speaker's post in lower case before their name ("chairman and chief executive").
_POST_WORDS = frozenset({"NOUN", "ADJ", "CCONJ"})
_MAX_POST_WORDS = 7
_POST_CHARS = 80  # room for the post's words and the closing mark before the name
_CLOSING_QUOTE_MARKS = ('"', "”")


#: What stands for a lost space after a closing mark in mangled text ('…,"?Shams said',
#: '…,"-Wanyeki wrote').
_LOST_SPACE = frozenset("?-")
#: The most words a name run into a quotation may take, with an aside after it.
_GLUED_NAME_WORDS = 25
#: First words that open no name: prepositions and linking words of a sentence.
_GLUED_NOT_NAMES = frozenset({"at", "in", "on", "for", "after", "before", "when", "while", "as"})
#: The most words after the first of a name run into a quotation, before any aside.
_GLUED_NAME_REST = 5


def _glued_name(rest: Span, first: str) -> bool:
    """Whether a first word and the words after it name a speaker: a capital or "he",
    "she", "they", "the" first, no verb and no word of a phrase of place or time first,
    and at most an aside set off by commas after the name ("Shams", "the congressman",
    "Rami Ali, head of the group,"; not "At another it")."""
    if not (first[:1].isupper() or first.lower() in {"he", "she", "they", "the"}):
        return False
    if first.lower() in _GLUED_NOT_NAMES:
        return False
    comma = next((t.i - rest.start for t in rest if t.text == ","), len(rest))
    name = rest[:comma]
    if len(name) > _GLUED_NAME_REST or any(t.pos_ in {"VERB", "AUX"} for t in name):
        return False
    return comma == len(rest) or rest[-1].text == ","


def same_paragraph(
    text: str, content: Extent | None, cue_start: int, quoted: bool
) -> Extent | None:
    """A content that starts in an earlier paragraph than its cue starts in the cue's; one
    that is no quotation ends with the paragraph it starts in (where the sentence
    splitter ran on over a break: "… to the U.S.\n\n“Bad things …”")."""
    if content is not None and not quoted:
        end = text.find("\n", max(content[0], cue_start), content[1])
        if end >= 0:
            while end > content[0] and text[end - 1] in TRIM:
                end -= 1
            if end > max(content[0], cue_start):
                content = (content[0], end)
    if content is None or content[0] >= cue_start:
        return content
    paragraph = text.rfind("\n", content[0], cue_start)
    if paragraph < 0:
        return content
    start = paragraph + 1
    while start < content[1] and text[start] in TRIM:
        start += 1
    return (start, content[1]) if start < content[1] else content


#: Verbs whose object after a quotation is whom the quotation is told or put to.
_TELL_ASK = frozenset({"tell", "ask"})


def told_to(doc: Doc, text: str, extent: Extent, quotation: Extent, verb: Token) -> bool:
    """Whether an extent after a verb of telling or asking only names whom the quotation
    before the verb is told or put to: no clause ("told the crowd"), or, after a quotation
    its speaker breaks off with a comma or a question mark, a noun phrase that a clause
    only describes ("a dinner honoring his work", "a meeting in the city"; not after
    '… all leads." The office asks anyone who …'); not what is asked for or about
    ('"…," they wrote, asking for answers')."""
    if verb.lemma_ not in _TELL_ASK:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"for", "about"} for c in verb.children):
        return False
    if not has_verb(doc, extent) or _ADDRESSEE_RUN_IN.match(text, extent[0]):
        # '"…,"?she told People.-"I knew …"': whom it was told to, and the next quotation
        # run into the name where the text lost the space
        return True
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    ending = text[quotation[0] : quotation[1]].rstrip(QUOTE_MARKS_TEXT)[-1:]
    return span is not None and ending in {",", "?"} and span.root.pos_ in NOMINAL


#: A name of up to four words with a stop, a hyphen for the lost space and the next
#: quotation's opening mark run into it ('People.-"I', 'Radio Kent.-"The').
_ADDRESSEE_RUN_IN = re.compile(r"[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3}[.]-?[\"“]")


def sentence_around(doc: Doc, text: str, quotation: Extent) -> int:
    """Where the report holding a quotation starts: the start of its sentence where the
    words before it begin the clause it finishes ('Progress should be checked "at set
    times", the report adds'), else the quotation's own start."""
    first = doc.char_span(quotation[0], quotation[1], alignment_mode="expand")
    if first is None or len(first) == 0:
        return quotation[0]
    start = first[0].sent.start_char
    if start < quotation[0] and opens_quotation(doc, text, start, quotation):
        return start
    return quotation[0]


def opens_quotation(doc: Doc, text: str, start: int, quotation: Extent) -> bool:
    """Whether the words from ``start`` up to a quotation in the same sentence begin the
    clause it finishes (Reyes “signed the deal in secret,” …; the plan is “a disaster,” …):
    then they are part of what is said."""
    span = doc.char_span(start, quotation[1], alignment_mode="expand")
    if span is None or any(t.is_sent_start for t in span[1:]):
        return False
    if text[start : quotation[0]].rstrip(" -\u00a0")[-1:] in {".", "!", "?"}:
        return False  # a sentence the parser ran into the quotation ("an analyst.-“…”")
    inside = {t.i for t in span if t.idx >= quotation[0]}
    before = [t for t in span if t.i not in inside and not t.is_punct]
    speech = load_lexicon("speech_verbs", "attributions")
    if any(_announces(t, text) for t in span if t.i not in inside) or (
        _set_off_quotation(text, quotation)
        and any(t.pos_ == "VERB" and t.lemma_.lower() in speech for t in before)
    ):
        return False  # "… declared: “…”", "added, “…”": the words announce the quotation
    opening = {t.i for t in before}
    return any(t.head.i in inside for t in before) or any(
        t.head.i in opening for t in span if t.i in inside
    )


def _announces(token: Token, text: str) -> bool:
    """Whether a colon or a dash announces what follows; a hyphen inside a word
    ("one-off") does not."""
    if token.text not in _ANNOUNCING:
        return False
    start, end = token.idx, token.idx + len(token)
    inside_word = start > 0 and end < len(text) and text[start - 1].isalnum()
    return not (inside_word and text[end].isalnum())


def _set_off_quotation(text: str, quotation: Extent) -> bool:
    """Whether a quotation stands apart from the words before it: set off by a comma or
    colon, or opening with a capital ('added, “…”', 'told him “We …”'); a quoted phrase
    run on in lower case ('wants to see them leave “as soon as it can”') finishes the
    clause before it, whatever verb that clause has."""
    before = text[: quotation[0]].rstrip()
    first = next((c for c in text[quotation[0] : quotation[1]] if c.isalnum()), "")
    return before[-1:] in {",", ":", ""} or not first.islower()


def cue_phrase_end(token: Token, position: int, quotes: Quotes) -> int:
    """Where the words that go with a cue end, from ``position`` on, before a quotation
    resumes: “…,” he told the host, “…”; “…,” she said during a visit to Ohio, “…”."""
    doc = token.doc
    end = position
    speech = load_lexicon("speech_verbs", "attributions")
    for word in doc[token.i + 1 : token.sent.end]:
        if word.idx < position:
            continue
        if word.text in _STOPS or word.text in QUOTE_MARKS or quotes.inside(word.idx):
            break
        if word.head != token and token not in word.ancestors:
            break
        if word.pos_ == "VERB" and word.lemma_.lower() in speech:
            return position  # “…,” he said, adding “…”: another cue's quotation
        end = word.idx + len(word)
    # Only a comma hands over to the resumed quotation ("on CNN's “State of the Union”"
    # is a title inside the cue's phrase).
    return end if _comma_before(quotes.text, end) else position


def _comma_before(text: str, position: int) -> bool:
    """Whether a comma comes just before ``position``, spaces aside."""
    n = position
    while n > 0 and text[n - 1].isspace():
        n -= 1
    return n > 0 and text[n - 1] == ","


_STOPS = frozenset({".", ";", ":", "!", "?"})
_ANNOUNCING = frozenset({":", "-", "--", "—", "–"})


def quoted_paragraphs_after(text: str, content: Extent, right: int, quotes: Quotes) -> Extent:
    """A quotation whose cue's sentence ends its paragraph goes on through the paragraphs
    after it that are wholly in quotation marks: no cue of their own speaks them
    (“…,” she said.¶¶“…”). PolNeAR train counts such a paragraph in the content 47
    times in 58."""
    end = max(content[1], right)
    paragraph_end = text.find("\n", end)
    if paragraph_end < 0 or text.find("\n", content[0], content[1]) >= 0:
        return content
    if not _ENDS_SENTENCE.fullmatch(text[end:paragraph_end]):
        return content  # the paragraph goes on after the cue's sentence
    while paragraph_end >= 0:
        quotation = continuation(text, paragraph_end, quotes, skip="\n \t\u00a0")
        if quotation is None:
            break
        paragraph_end = text.find("\n", quotation[1])
        rest = text[quotation[1] : paragraph_end if paragraph_end >= 0 else len(text)]
        if rest.strip(" \t\u00a0"):
            break  # the paragraph says more than the quotation: "…,” he added.
        content = (content[0], quotation[1])
    return content


#: What may follow the cue's words to the end of its paragraph: the rest of one sentence.
_ENDS_SENTENCE = re.compile(r"[^.!?“”\"]*[.!?]?[ \t\u00a0]*")


#: A quotation that closes on a comma hands over to a cue of its own (“…,” said Kunin),
#: so it does not resume the one before (PolNeAR train: 31 such contents ran too long,
#: 13 were right).
_COMMA_CLOSED = re.compile(r",\s*(?:”|\"|'')$")


def hands_over_to_cue(text: str, quotation: Extent) -> bool:
    """Whether a quotation closes on a comma, inside its marks or right after them
    (“…,” said Kunin; "…", explains O'Connell), and so has a cue of its own."""
    return (
        bool(_COMMA_CLOSED.search(text, quotation[0], quotation[1]))
        or text[quotation[1] : quotation[1] + 1] == ","
    )


def resumed_after(text: str, position: int, quotes: Quotes) -> Extent | None:
    """A quotation resumed after ``position`` in the same paragraph: after a comma
    (“…,” he said, “…”; “…,” she said, and “…”) or after the full stop that ends the cue's
    sentence."""
    n = position
    while n < len(text) and text[n] in " ,\u00a0":
        n += 1
    joined = re.match(r"(?:and|but)\s+", text[n : n + 5])
    if joined and _comma_before(text, n):
        n += joined.end()
    elif n < len(text) and text[n] in ".;:":
        n += 1
    return continuation(text, n, quotes, skip=" \u00a0")


def quote_after_sentence(text: str, position: int, quotes: Quotes) -> Extent | None:
    """A quotation opening the sentence after the one the cue ends in, found in the text
    where the parser ran the two together (“…,” Ms. Brainard said at a conference in
    February. “…”): the first full stop after the cue, with no quotation mark or
    paragraph break before it, and a quotation right after it."""
    match = _SENTENCE_THEN_QUOTE.match(text, position, position + 200)
    if match is None:
        return None
    return continuation(text, match.end(), quotes, skip=" \u00a0")


_SENTENCE_THEN_QUOTE = re.compile(r"(?:(?!'')[^“”\"`\n.!?])*[.!?][ \u00a0]+(?=“|\"|''|``)")
#: The same, where the text put a hyphen for the space after the stop ('… said.-"…').
_SENTENCE_THEN_QUOTE_HYPHENED = re.compile(
    r"(?:(?!'')[^“”\"`\n.!?])*[.!?](?:-[ \u00a0]*|[ \u00a0]+)(?=“|\"|''|``)"
)


def resumed_after_run_in(text: str, quotation: Extent, position: int, quotes: Quotes) -> Extent:
    """A quotation handed over with a comma to a cue the parser could not read, as the
    text ran punctuation into it, taking in the quotation that opens the next sentence
    where that one has no cue of its own ('“…,” Ruiz said.- “…”', '“…,”?said Ana Ruiz,
    a lawyer. “…”'); ``position`` is where the cue's sentence goes on after the verb."""
    if not hands_over_to_cue(text, quotation):
        return quotation
    match = _SENTENCE_THEN_QUOTE_HYPHENED.match(text, position, position + 200)
    resumed = continuation(text, match.end(), quotes, skip=" \u00a0") if match else None
    if resumed is None or hands_over_to_cue(text, resumed):
        return quotation
    if text[resumed[1] - 2 : resumed[1] - 1] not in {".", "!", "?"}:
        return quotation  # 'say "Let me in"? It …': a quotation inside it, paired in error
    return quotation[0], resumed[1]


def quoted_name(text: str, quotation: Extent) -> bool:
    """Whether a quotation names something in the writer's own sentence ('“Blue Skies”
    producer Tom Hart …', '“Blue Skies” won'): no stop or comma closes it and a word
    follows it, so it resumes no one's words."""
    words = text[quotation[0] : quotation[1]].rstrip(QUOTE_MARKS_TEXT + " ")
    if words[-1:] in {".", ",", "!", "?", ";", ":", "…", "-", "—"}:
        return False
    after = text[quotation[1] : quotation[1] + 4].lstrip(" \u00a0")
    return after[:1].isalnum()


def next_sentence_quote(token: Token, quotes: Quotes) -> Extent | None:
    """A quotation opening the next sentence of the same paragraph (“…,” he said. “…”)."""
    sentence = token.sent
    text = quotes.text
    n = len(sentence.text.rstrip()) + sentence.start_char
    while n < len(text) and text[n] in " \u00a0":
        n += 1
    return quotes.starting_near(n, limit=0) if n < len(text) else None
