"""Repairs of a source's and a content's extent in the text: what the parser ran into a
source from before (a bracket, a quotation, a sentence, a link headline, a heading), a
word split by a hyphen, and a content's end where the text lost a space, a mark or a
break.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._attributions.parse import LINKING_WORDS, LOST_BREAK_END
from newsgraph.stages._attributions.quotes import CLOSING, STRAIGHT, Quotes, mangled_dash
from newsgraph.stages._times.tables import YEAR_DIGITS
from newsgraph.stages._times.tables import tables as time_tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def source_extent(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without what the parser ran into it from before: the end of a bracket,
    of a quotation or of a sentence, or a line of another kind."""
    extent = _after_closed_quotation(text, _after_bracket(text, extent))
    extent = _after_lost_comma_space(text, extent)
    extent = _after_last(_LEAD_IN, text, _after_last(_LOST_BREAK, text, extent))
    extent = _with_dashed_first_word(text, _without_lost_space_marks(text, extent))
    return _with_opening_mark(
        text, _after_opening_adverb(text, _after_speaking_phrase(text, extent))
    )


def _after_speaking_phrase(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without the phrase that opens its sentence with where or to whom the
    speaker spoke, which the parse ran into it ("Speaking in Lyon, the party's leader,
    Ana Ruiz,": "the party's leader, Ana Ruiz,")."""
    start, end = extent
    phrase = _SPEAKING_PHRASE.match(text, start, end)
    return (phrase.end(), end) if phrase is not None and phrase.end() < end else extent


#: A participle of speaking that opens a source, and what it runs on with up to its comma.
_SPEAKING_PHRASE = re.compile(r"(?:Speaking|Talking|Writing|Addressing) [^,]+,[ \u00a0]+(?=\S)")


def _after_opening_adverb(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without an adverb that links its sentence to the one before and that the
    parse ran into it ("Meanwhile European Commission President Jean Reyes": "European
    Commission President Jean Reyes"; ``opening_adverbs.txt``)."""
    start, end = extent
    opening = _OPENING_WORD.match(text, start, end)
    if opening is None or opening["word"].lower() not in load_lexicon(
        "opening_adverbs", "attributions"
    ):
        return extent
    return (opening.end(), end) if opening.end() < end else extent


#: A source's first word in capitals, and the comma and spaces after it.
_OPENING_WORD = re.compile(r"(?P<word>[A-Z][a-z]+),?[ \u00a0]+(?=\S)")


#: A link line's label in capitals and its colon ("READ MORE:", "WATCH:"), the headline
#: after it, and no stop that would end the headline before a source.
LINK_LABEL = re.compile(r"\b(?P<label>[A-Z]+(?: [A-Z]+)?):[ \u00a0]+[^.!?\n]*$")
#: How far before a source a link line's label is looked for.
LINK_REACH = 150


def after_link_headline(doc: Doc, text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without the headline of a link line that the text ran into it where the
    line break was lost ("READ MORE: Rents rise again in port towns Ana Ruiz, a tenant,
    said …" begins at "Ana Ruiz"): the source begins at the first word in capitals, before
    its first comma, that follows a noun in lower case, where a headline in sentence case
    ends. A headline in title case is left alone."""
    start, end = extent
    if ":" not in text[max(0, start - LINK_REACH) : start + 1]:
        return extent  # the cheap test first: most sources follow no colon
    label = LINK_LABEL.search(text[max(0, start - LINK_REACH) : start])
    labels = load_lexicon("line_labels", "attributions")
    if label is None or label.group("label").split()[0].lower() not in labels:
        return extent
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or (words.start > 0 and doc[words.start - 1].text.islower()):
        return extent  # "… over immigration ban Former candidate Tim Kaine": the end found
    for before, word in pairwise(words):
        if word.text == "," and before.i > words.start:
            break  # not the comma of a headline's opening list ("UN, Gulf states back …")
        if ends_headline(before, word):
            return word.idx, end
    return extent


def ends_headline(before: Token, word: Token) -> bool:
    """Whether a headline in sentence case that the text ran into the next sentence may end
    between two words: a word in capitals after a noun in lower case ("… jail Activists on
    the ground say"; not "for Syria", "the native Garifuna")."""
    return word.text[:1].isupper() and before.text[:1].islower() and before.pos_ == "NOUN"


#: A word in lower case, a space and a short word in capitals: where a heading may end
#: that the text ran into the next sentence with a determiner or a pronoun ("A", "The",
#: "These"; longer words, mostly names, are not looked at).
_HEADING_END = re.compile(r"(?<=[a-z]) (?=[A-Z][a-z]{0,4} )")
#: Words after which a capitalized word goes on with the phrase ("the A side", "for It").
_PHRASE_GOES_ON = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PRON"})


def after_run_in_heading(
    doc: Doc, quotes: Quotes, extent: tuple[int, int], limit: int
) -> tuple[int, int]:
    """An extent that begins after a heading the text ran into its sentence where the line
    break was lost ("Cheaper fares for students A new scheme in Leeds", "Transport plans
    The minister"): at a determiner or pronoun in capitals after a word that ends a phrase
    (in lower case, or before a word in lower case), which can only open a sentence;
    not where it begins a name ("the paper The Herald") or stands in a title or a
    quotation ("Ten Men That Built a Town", '"… as she knows Him"'). Only breaks before
    ``limit`` count."""
    text = quotes.text
    extent = _after_quoted_heading(quotes, extent, limit)
    for match in reversed(list(_HEADING_END.finditer(text, extent[0], min(extent[1], limit)))):
        words = doc.char_span(match.start() - 1, match.end() + 1, alignment_mode="expand")
        if words is None or len(words) < 2:
            continue
        before, word = words[-2], words[-1]
        # "Both" of "Both the council and the port", which may come before a name
        opener = word.dep_ == "preconj" or (
            word.pos_ in {"DET", "PRON"}
            and word.head.pos_ != "PROPN"  # "the film The Long Road": part of a title
        )
        if (
            word.idx == match.end()
            and opener
            and word.lower_ != "i"
            and before.is_alpha
            and (before.is_lower or _goes_on_in_lower_case(word))
            and before.pos_ not in _PHRASE_GOES_ON
            and not quotes.inside(word.idx)
        ):
            return word.idx, extent[1]
    return extent


#: A single closing mark after a letter other than the "s" of a plural's apostrophe
#: ("the Footballers' Association"), before a space or a hyphen and a capital: where a
#: heading in single marks may end that the text ran into the next sentence.
_QUOTED_HEADING_END = re.compile(
    r"(?<=[A-Za-rt-z])['’](?=(?:-[ \u00a0]*|[ \u00a0]+-?[ \u00a0]*)[A-Z])"
)
#: The mark that opens a heading's quoted words: after a space, a colon or a line's start,
#: before a letter; a heading's quoted words are a few.
_QUOTED_HEADING_START = re.compile(r"(?:^|(?<=[\s:]))['‘](?P<words>[A-Za-z][^'‘’.!?\n]{0,39})$")


def _after_quoted_heading(quotes: Quotes, extent: tuple[int, int], limit: int) -> tuple[int, int]:
    """An extent that begins after a heading ending in words in single marks that the text
    ran into its sentence where the line break was lost ("Ana Ruiz: 'A long wait'- Ruiz
    also said …", "A hard 'reset' Shares fell …"); not inside a quotation, where single
    marks quote a word ('"Call it 'luck' - I call it work"'). Only headings before
    ``limit`` count."""
    text = quotes.text
    start, end = extent
    if "'" not in text[start:end] and "’" not in text[start:end]:
        return extent  # the cheap test first: most extents hold no single mark
    found = None
    for match in _QUOTED_HEADING_END.finditer(text, start, min(end, limit)):
        opening = _QUOTED_HEADING_START.search(text, max(0, match.start() - 45), match.start())
        # a heading is in sentence case; words in title case name someone or something
        # ("Trump ‘The Dealmaker’ Could Win")
        if (
            opening is not None
            and any(w[:1].islower() for w in opening["words"].split())
            and not quotes.inside(match.start())
        ):
            found = match
    if found is None:
        return extent
    begin = found.end()
    while begin < end and text[begin] in " -\u00a0":
        begin += 1
    return (begin, end) if begin < end else extent


def _goes_on_in_lower_case(word: Token) -> bool:
    """Whether the word after ``word`` is in lower case: a sentence goes on so after its
    first word, a title in capitals does not ("… in Leeds A new scheme", not "Ten Men
    That Built a Town")."""
    doc = word.doc
    return word.i + 1 < len(doc) and doc[word.i + 1].is_lower


def _with_opening_mark(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source that begins with a quoted title takes the title's opening mark, which the
    parser left outside it ('"Harbour Lights" director Ana Ruiz', not 'Harbour Lights"
    director Ana Ruiz')."""
    start, end = extent
    if start == 0 or text[start - 1] not in '"“':
        return extent
    words = text[start:end]
    if "”" in words or words.count('"') % 2 == 1:
        return start - 1, end
    return extent


#: A list's dash run into a source's first word, which the tokenizer keeps on the dash
#: ("-Matthew Yglesias thinks", "-Mrs. Clinton said").
_DASHED_FIRST_WORD = re.compile(r"(?:^|(?<=\s))-(?P<word>[A-Z][\w.’']*)[ \t]+$")


def _with_dashed_first_word(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A name with the first word the parser left on a dash before it (not "-But we")."""
    start, end = extent
    if not text[start].isupper():
        return extent
    dashed = _DASHED_FIRST_WORD.search(text, max(0, start - 30), start)
    return (dashed.start("word"), end) if dashed else extent


#: A hyphen for a lost space before a source's first word ("-the Pentagon"), or a row of
#: hyphens that stood for a rule between paragraphs ("- - - - Mr Ruiz"). A stop with a
#: hyphen after a source's last word ("said Qadi.-") is ``LOST_BREAK_END``.
_LOST_SPACE_START = re.compile(r"(?:-[ \u00a0]*)*-(?=[A-Za-z])|(?:-[ \u00a0]+)+(?=[A-Z])")
#: A name in capitals that ends a source with a hyphen run into the word after it.
_RUN_INTO_VERB = re.compile(r"\b[A-Z][\w'’]*-$")
#: A hyphen glued to a source's last word or to the comma after it, for a lost space.
_GLUED_HYPHEN_END = re.compile(r"(?<=[a-z,])-$")


def _without_lost_space_marks(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without the hyphens a text put for a lost space or a rule at its start,
    or for a lost space at its end."""
    start, end = extent
    lost = _LOST_SPACE_START.match(text, start, end)
    if lost is not None:
        start = lost.end()
    tail = LOST_BREAK_END.search(text, start, end)
    if tail is not None:
        end = tail.start()
    elif _RUN_INTO_VERB.search(text, start, end) and text[end : end + 1].isalpha():
        end -= 1  # '… access to justice," Ruiz-said': a hyphen for the space before the verb
    elif _GLUED_HYPHEN_END.search(text, start, end):
        end = end - 2 if text[end - 2] == "," else end - 1  # '," he-said', "the envoy,- said"
    return (start, end) if start < end else extent


#: A word in lower case that a hyphen joins to the next ("co-host", "ex-wife", "who
#: co-founded"), which the parse may split from it.
_HYPHENED_END = re.compile(r"(?<![\w-])[a-z]+$")
#: What a source taken up to its cue may not run over: a sentence break or a quotation.
_NO_SOURCE = re.compile(r"[.!?;:\"“”]")
#: Where a clause after the cue ends.
_CLAUSE_END = re.compile(r"[,.;:!?]")


def through_split_word(text: str, extent: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """A source that the parse ended inside a hyphened word ("Radio co" of "Radio co-host
    Stu Burke mused", "Rabbi Stein, who co" of "who co-founded the fund, said") goes on
    to the cue after it, or to the end of its clause after the cue."""
    start, end = extent
    if not (
        end + 1 < len(text)
        and text[end] == "-"
        and text[end + 1].isalpha()
        and _HYPHENED_END.search(text, start, end)
    ):
        return extent
    if cue[0] == end + 1:
        return extent  # "the party-has said": a hyphen for a lost space before the cue
    if cue[0] >= end:
        last = cue[0]
    else:
        stop = _CLAUSE_END.search(text, end)
        last = stop.start() if stop else len(text)
    while last > end and text[last - 1].isspace():
        last -= 1
    if _NO_SOURCE.search(text, end, last):
        return extent
    return start, last


#: A comma with a hyphen for the space after it, before a word.
_LOST_COMMA_SPACE = re.compile(r",-(?=\w)")


def _after_lost_comma_space(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source that begins after a comma whose space was lost, where what comes before
    the comma is a phrase and not a name ("In an email to the paper,-Ruiz said": "Ruiz";
    but "Ambassador Ann Ruiz,-head of the mission" stays whole), or a day, a month or a
    year ("until Monday,-the ministry said": "the ministry")."""
    start, end = extent
    commas = list(_LOST_COMMA_SPACE.finditer(text, start, end))
    if not commas:
        return extent
    before = text[start : commas[-1].start()]
    # "However,-the council said", '"… after Brexit",-the statement added': a linking
    # word or the end of a quotation before the comma names nobody
    closed = before[-1:] in CLOSING or before.endswith(STRAIGHT)
    set_off = before.strip().lower() in LINKING_WORDS or closed
    if not set_off and not re.search(r"\b[a-z]", before) and not _names_a_date(before):
        return extent
    return _after_last(_LOST_COMMA_SPACE, text, extent)


def _names_a_date(words: str) -> bool:
    """Whether words are a day of the week, a month or a year alone ("Monday", "2014")."""
    word = words.strip().lower()
    tables = time_tables()
    year = YEAR_DIGITS.fullmatch(word) is not None
    return word in tables.weekdays or word in tables.months or year


#: A full stop with a hyphen for the space after it, after a word in lower case, an
#: abbreviation in capitals or a closing mark: a sentence break lost in the text ("… the
#: bill.-Majority Leader Ann Ruiz has said", "… back to the US.- Mr Ruiz said", '… a
#: "level field".- Ireland, he said, …'; not "the U.K.-based group").
_LOST_BREAK = re.compile(r"(?:(?<=[a-z)\]\"”])|(?<=[A-Za-z][A-Z]))[.!?]-(?=[ A-Z])")
#: A line break the text lost: a run of spaces before a capital or a quotation mark.
_LOST_LINE = re.compile(r"[ \u00a0]{2,}(?=[A-Z\"“])")
#: The day an embedded post was posted, after its author's handle ("(@anaruiz) March 2,
#: 2017", "(@anaruiz) Feb. 2, 2017").
_POSTED_ON = r"[ \u00a0]+[A-Z][a-z]+\.?[ \u00a0]+\d{1,2},[ \u00a0]+\d{4}"
#: What ends a line before a source where the line breaks were lost: a run of spaces
#: before a capital, a link, or the handle and date that sign a post ("… (@AnnRuiz)
#: March 3, 2017 Police said").
_LEAD_IN = re.compile(
    r"[ \u00a0]{2,}(?=[A-Z])|(?:https?://|pic\.twitter\.com/|www\.)\S+\s"
    rf"|\(@\w+\)(?:{_POSTED_ON})?\s"
)


def _after_last(pattern: re.Pattern[str], text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source that begins after the last match of ``pattern`` inside it."""
    start, end = extent
    matches = list(pattern.finditer(text, start, end))
    return _rest_from(text, matches[-1].end(), extent) if matches else extent


def _rest_from(text: str, begin: int, extent: tuple[int, int]) -> tuple[int, int]:
    """What is left of a source from ``begin`` on, less the spaces there; all of it where
    nothing is left."""
    end = extent[1]
    while begin < end and text[begin].isspace():
        begin += 1
    return (begin, end) if begin < end else extent


def _after_bracket(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without the end of a bracket opened before it: "Washington (CNN)FBI
    Director James Comey" begins at "FBI"."""
    start, end = extent
    close = text.find(")", start, end)
    if close == -1 or "(" in text[start:close]:
        return extent
    return _rest_from(text, close + 1, extent)


#: A quotation mark closed against the word before it, or run into the next word by a
#: "?" that stands for a lost space: '…our town,"?the mayor said' reaches the source's
#: first word where no space parts them.
_CLOSED_QUOTATION = re.compile(r"[,.!?;]?[\"”»]\?|[,.!?;][\"”»]")


def _after_closed_quotation(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without the end of a quotation the parser ran into it: 'our town,"?the
    mayor' begins at "the", '… car"?and detectives' at "detectives"."""
    start, end = extent
    marks = [
        mark
        for mark in _CLOSED_QUOTATION.finditer(text, start, end)
        if not _opened_within(text, start, mark.start())
    ]
    if not marks:
        return extent
    rest = _rest_from(text, marks[-1].end(), extent)
    # '… in the car"?and detectives said': the conjunction joins the clauses
    first = text[rest[0] : end].split(" ", 1)
    if rest != extent and len(first) == 2 and first[0].lower() in {"and", "but"}:
        begin = rest[0] + len(first[0]) + 1
        return (begin, end) if begin < end else extent
    return rest


def _opened_within(text: str, start: int, end: int) -> bool:
    """Whether a quotation opens between ``start`` and ``end`` that is still open at
    ``end`` (the title of 'The ad, titled "Unity?", argues'); a straight mark opens after
    a space, and one glued to the word before closes or stands for an apostrophe."""
    if text.count("“", start, end) > text.count("”", start, end):
        return True
    marks = [n for n in range(start, end) if text[n] == STRAIGHT]
    opening = sum(1 for n in marks if n == start or text[n - 1].isspace())
    return opening > len(marks) - opening


#: A closing quotation mark after a stop, with the next sentence's first word, or the
#: opening mark of the next quotation and its first word, run into it where the space
#: after the mark was lost or turned into a "?" ('… for good."?Some', '… for good."?"We';
#: not 'to "undermine"?NATO', where the word goes on with the clause).
_RUN_IN_WORD = re.compile(r"(?<=[.,!?])(?<![\"”]\?)[\"”]\??[\"“]?[A-Za-z][\w'’-]*$")


#: A bracket's opening before a content's start and its closing among the content's first
#: words, then the words that follow it ("(12.04.2019) Farmers in the valley …").
_BRACKET_OPENED_BEFORE = re.compile(r"\([^()\n]{0,30}$")
_BRACKET_CLOSED = re.compile(r"[^()\n]{0,30}\)\s+(?=\S)")


def _after_bracket_closed(text: str, start: int, end: int) -> int:
    """A content that begins inside a bracket begins after the bracket closes, where the
    parse ran the bracket's words into the sentence after it ("(12.04.2019) Farmers in
    the valley will be paid …": "Farmers in the valley …")."""
    if _BRACKET_OPENED_BEFORE.search(text, max(0, start - 30), start) is None:
        return start  # most contents open after no bracket
    closed = _BRACKET_CLOSED.match(text, start, end)
    return closed.end() if closed is not None else start


#: The end of an embedded post's signature: the author's handle and the day it was posted
#: ("— Ana Ruiz (@anaruiz) March 2, 2017").
_POST_SIGNATURE = re.compile(rf"\(@\w+\){_POSTED_ON}[ \u00a0]*")


def _after_post_signature(text: str, start: int, end: int) -> int:
    """A content begins after the signature of an embedded post that the text ran into it
    where the line break was lost ("… (@anaruiz) March 2, 2017 The ferry's captain, Ian
    Berg, was fired …": "The ferry's captain, …"); only signatures before ``end`` count."""
    if "(@" not in text[start:end]:
        return start  # most contents hold no post's signature
    signatures = list(_POST_SIGNATURE.finditer(text, start, end))
    return signatures[-1].end() if signatures and signatures[-1].end() < end else start


def content_extent(
    doc: Doc, extent: tuple[int, int], quotes: Quotes, cue: tuple[int, int]
) -> tuple[int, int]:
    """A content without the next sentence run into it where the text lost the space
    after a stop: it ends at the first such break outside a quotation ("… stop, he
    said.-There was a noise": "… stop, he said"), or at a closing mark (see
    ``_RUN_IN_WORD``), and without the full stop and the hyphen that ends it where the
    space after the stop was lost, or the mark of a dash mangled into '"?'; and without
    a line before it or after it where the text lost its line breaks (a byline or a
    headline: "For the Daily  Sales rose, an official said": "Sales rose")."""
    text = quotes.text
    start, end = _through_closing_mark(text, _before_run_in_word(text, extent))
    start = _after_day_of_saying(doc, text, (start, end), cue)
    start = _after_bracket_closed(text, start, end)
    start = _after_post_signature(text, start, min(end, cue[0]))
    if end - start > 2 and text[end - 1] == "-" and text[end - 2] in '.!?"”':
        # "… in their homes.-": a stop with a hyphen for the space after it
        end -= 2 if text[end - 2] == "." else 1
    elif (
        end - start > 2
        and text[end - 1] == "-"
        and (text[end - 2].isalnum() or text[end - 2] == ")")
    ):
        end -= 1  # "… paying the police to kill-": a hyphen for the line break after it
    end = _through_mangled_amount(text, end)
    if end - start > 2 and text[end - 1] == STRAIGHT and mangled_dash(text, end - 1):
        # '… on his plane "?although …': the mark begins a dash mangled into '"?'
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    resumed = _resumed_quotation(quotes, (start, end), cue)
    for lost in _LOST_BREAK.finditer(text, start, end):
        if resumed is not None and cue[1] <= lost.start() < resumed:
            continue  # '“…,” Ruiz said.- “…”': the quotation resumed after the cue's sentence
        if not quotes.inside(lost.start()):
            end = lost.start()
            break
    for line in _LOST_LINE.finditer(text, start, end):
        if quotes.inside(line.start()) or _opens_phrase(doc, line.start()):
            continue  # "an interview with  Cosmopolitan": a space typed twice
        if resumed is not None and cue[1] <= line.start() < resumed:
            continue
        if line.end() <= cue[0] and line.end() < end:
            start = line.end()
        elif line.start() >= cue[1] and line.start() > start:
            end = line.start()
            break
    return start, end


#: A sum of money whose currency sign the text mangled into a "?" after a space ("?2bn",
#: "?89.1bn", "?500m"), which the parser takes for a question mark ending a sentence.
_MANGLED_AMOUNT = re.compile(r"(?:[ \u00a0]|(?<=[ \u00a0]))\?\d[\d.,]*(?:bn|m|k)?\b")


def _through_mangled_amount(text: str, end: int) -> int:
    """Where a content ends that the parser cut short at a sum of money whose currency sign
    the text mangled into a "?" ("… costs about ?2bn": not "… costs about")."""
    begin = end - 1 if text[end - 1 : end] == "?" else end
    amount = _MANGLED_AMOUNT.match(text, begin)
    return amount.end() if amount is not None else end


def _resumed_quotation(quotes: Quotes, extent: tuple[int, int], cue: tuple[int, int]) -> int | None:
    """Where the quotation opens that a quoted content resumes after its cue and ends with
    ('“…,” Ruiz said.- “…”'), or None where the content is no such pair of quotations: the
    first hands over to the cue with a comma."""
    start, end = extent
    head = quotes.starting_near(start, limit=0)
    if head is None or head[1] > cue[0] or quotes.text[head[1] - 2 : head[1] - 1] != ",":
        return None
    tail = quotes.around(end - 1, end)
    return tail[0] if tail is not None and tail[1] == end and tail[0] >= cue[1] else None


def _after_day_of_saying(doc: Doc, text: str, extent: tuple[int, int], cue: tuple[int, int]) -> int:
    """Where a content starts that the parser began with the day right after its cue,
    the day when it was said ("promised Monday to lower fares", "said on Monday Ruiz
    had lied", with "on" or without); a day with "'s" or a comma after it, or one that
    names a kind of thing ("Sunday talk shows"), stays."""
    start, end = extent
    if start < cue[1] or text[cue[1] : start].strip() not in {"", "on"}:
        return start
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is not None and len(words) > 2 and words[0].lower_ == "on":
        words = words[1:]  # "said on Friday he would stay": the content began at "on"
    if words is None or len(words) < 2 or words[0].lower_ not in time_tables().weekdays:
        return start
    after = words[1]
    if after.is_punct or after.lower_ in {"'s", "’s"} or after.pos_ in {"NOUN", "ADJ", "NUM"}:
        return start
    return after.idx


def _opens_phrase(doc: Doc, position: int) -> bool:
    """Whether the word that ends at ``position`` is one no line ends with: a preposition,
    a determiner, a conjunction ("with", "the", "and")."""
    words = doc.char_span(max(position - 1, 0), position, alignment_mode="expand")
    return words is not None and len(words) > 0 and words[-1].pos_ in _LINE_GOES_ON


#: Parts of speech of words a line does not end with.
_LINE_GOES_ON = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"})


def _before_run_in_word(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A content that ends at a closing quotation mark, not with the word run into it."""
    start, end = extent
    found = _RUN_IN_WORD.search(text, start, end)
    return (start, found.start() + 1) if found is not None else extent


#: A stop and a closing mark with a "?" for the lost space after them, which the
#: tokenizer keeps in one word with the next word ('… modern life."?Smith').
_CLOSED_BEFORE_RUN_IN = re.compile(r"[.,!?]?[\"”](?=\?)")


def _through_closing_mark(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A content that stops before the stop and the closing mark of a quotation it opened,
    where the text ran the next word into them, takes them in ('she called it "a fact of
    modern life."?Smith …', not '… "a fact of modern life')."""
    start, end = extent
    closed = _CLOSED_BEFORE_RUN_IN.match(text, end)
    if closed is None or text.count('"', start, end) + text.count("“", start, end) != 1:
        return extent
    return start, closed.end()


def before_own_source(
    text: str, content: tuple[int, int], source: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """A content that the parse ran on through the source after it ends before the
    source and the comma before that ("Rates will rise on March 3, Ana Ruiz, head of the
    bank's research department, said": "Rates will rise on March 3"), and one that ran on
    through a cue and a source that end its sentence ends before the cue ("Sales fell by
    a fifth, according to the Retail Council (RC)": "Sales fell by a fifth"): no source
    is part of its own words. A source inside the content's own clause is left
    ("especially after he called it obsolete and tweeted": an error of another kind)."""
    start, end = content
    if start < cue[0] < source[0] < end <= source[1] + 1:
        cut = cue[0]
    elif start < source[0] < end and source[1] - 1 <= end <= min(source[1], cue[0]):
        cut = source[0]
    else:
        return content
    while cut > start and (text[cut - 1].isspace() or text[cut - 1] == ","):
        cut -= 1
    return (start, cut) if cut > start else content
