"""Which found attributions are dropped, merged or cut back: line labels, deeds without
words and words that only describe another report's speakers are dropped, signed lines
are added where no verb cue took them, a report ends before a joined report or a speaker
going on, a source ends before a relative clause with a report of its own, a quotation
opened by one speaker and closed by a pronoun's "said" is one attribution, and a cue
inside an "according to" content is part of that claim.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import FINITE_TAGS
from newsgraph.stages._attributions.extents import LINK_LABEL, LINK_REACH, ends_headline
from newsgraph.stages._attributions.found import Extent, Found
from newsgraph.stages._attributions.parse import QUOTE_MARKS_TEXT, SUBJECT_PRONOUNS, SUBJECTS
from newsgraph.stages._attributions.quotes import Quotes
from newsgraph.stages._attributions.signed import find_signed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def deed_without_words(doc: Doc, text: str, found: Found) -> bool:
    """Whether a cue that is no verb of saying reports nothing: "floated in a corner",
    "have become scarce" tell what someone did, and no words are found to be theirs (a
    bare number is none: "Plaque displayed 1932"). A stance taken at something ("balked
    at it", "scoffed at the bill") is still one."""
    if found.according or found.quoted:
        return False
    if found.content is not None and any(
        c.isalpha() for c in text[found.content[0] : found.content[1]]
    ):
        return False
    if found.lemma in load_lexicon("speech_verbs", "attributions"):
        return False
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return True
    verb = cue.root
    if verb.pos_ not in {"VERB", "AUX"}:
        return False  # a noun of saying ("her suggestion") whose clause was not found
    # a thing "unveiled at the expo" takes no stance
    return verb.dep_ in {"acl", "amod"} or not any(
        c.dep_ == "prep" and c.lower_ in _STANCE_PREPS for c in verb.children
    )


def bids_the_reader(doc: Doc, found: Found) -> bool:
    """Whether the cue is a bare command to the reader that opens a sentence outside any
    quotation ("Enjoy the best debate and analysis"): nobody is said to say anything."""
    if found.according or found.quoted:
        return False
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return False
    verb = cue.root
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and bool(verb.is_sent_start)
        and not any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def describes_a_source(text: str, found: Found, others: list[Found]) -> bool:
    """Whether a cue with neither a source nor words of its own only tells who another
    report's speakers are ("most of those questioned said …", "those polled")."""
    content = found.content
    if found.source is not None or found.according:
        return False
    if content is not None and any(c.isalpha() for c in text[content[0] : content[1]]):
        return False
    return any(
        other.source is not None
        and other.source[0] <= found.cue[0] < found.cue[1] <= other.source[1]
        for other in others
    )


#: Prepositions that point a reaction at what it is about ("balked at", "lashed out against").
_STANCE_PREPS = frozenset({"at", "against", "about", "over", "toward", "towards"})


def through_quotation(quotes: Quotes, found: Found) -> Found:
    """A report that ends inside a quotation it opened runs on to the closing mark
    ('referred to the peers as "thieves, liars and fools"' had ended at "liars")."""
    content = found.content
    if found.quoted or content is None or content[1] <= content[0]:
        return found
    quotation = quotes.around(content[1] - 1, content[1])
    if quotation is None or quotation[0] < content[0] or quotation[1] <= content[1]:
        return found
    text = quotes.text
    before = text[content[0] : quotation[0]].rstrip()
    if quotation[0] == content[0] or text[quotation[0] - 1] not in " (" or before[-1:] in ".?!":
        return found  # a mark inside a word or after a stop opens no quoted phrase
    rest = text[content[1] : quotation[1] - 1]
    if not any(c.isalnum() for c in rest) or any(c in _SENTENCE_BREAKS for c in rest):
        return found  # only the stop left, or the quotation runs on past its sentence
    return replace(found, content=(content[0], quotation[1]))


def after_hyphen_for_space(text: str, found: Found) -> Found:
    """A content that opens with a hyphen standing for the space before its opening mark
    begins at the mark ('… at sea. -"We can hold the line," he says': a quotation)."""
    content = found.content
    if (
        content is None
        or content[1] - content[0] < 2
        or text[content[0]] != "-"
        or text[content[0] + 1] not in QUOTE_MARKS_TEXT
    ):
        return found
    return replace(found, content=(content[0] + 1, content[1]))


def speaker_run_into_cue(doc: Doc, text: str, found: Found) -> Found:
    """A report whose verb in a tense the text ran into a name before it with a hyphen
    for the lost space ("…, including new ferries, Ruiz-told the paper"): the name is the
    speaker, which the parse had not taken for the cue's subject, and what comes before
    the name is what they say; not a participle ("three NGOs-accused-of …")."""
    start = found.cue[0]
    if start < 2 or text[start - 1] != "-":
        return found  # most cues follow a space
    verb = doc.char_span(start, found.cue[1], alignment_mode="expand")
    if verb is None or verb[0].tag_ not in FINITE_TAGS:
        return found
    name = _NAME_RUN_INTO_CUE.search(text, max(0, start - _NAME_REACH), start)
    if name is None:
        return found
    speaker = (name.start("name"), name.end("name"))
    if found.source is not None and found.source[0] < speaker[1] and speaker[0] < found.source[1]:
        return found  # the parse took the name for the speaker
    content = found.content
    if content is not None and content[0] < speaker[0] < content[1]:
        end = speaker[0]
        while end > content[0] and text[end - 1] in " ,\u00a0":
            end -= 1
        content = (content[0], end) if end > content[0] else None
    return replace(found, source=speaker, content=content, antecedent=None)


#: A name in capitals and a hyphen run into the cue after it ("Ana Ruiz-" of "Ana
#: Ruiz-told"); a name is a few words.
_NAME_RUN_INTO_CUE = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w'’]*[ \u00a0]){0,3}[A-Z][\w'’]*)-$")
_NAME_REACH = 60


#: Marks that end a sentence or open another quotation.
_SENTENCE_BREAKS = frozenset('.?!\n"“”«»')


#: Words that join a second report, with its own speaker, to the one before it: a
#: contrast by the same verb ("Labour say …, while the Tories say …"), or "and" or "but"
#: before a pronoun that speaks ("… and she accused them of …"); both before a speaker
#: named ("…, while Ruiz declined to comment").
_CONTRAST = re.compile(r"(?:,\s*)?\b(?:while|whereas)\s+$", re.IGNORECASE)
_AND = re.compile(r"(?:,\s*)?\b(?:and|but)\s+$", re.IGNORECASE)


def before_joined_report(doc: Doc, text: str, found: Found, others: list[Found]) -> Found:
    """A report ends before a second report joined to it that names its own speaker
    ("Labour say the vote is lost, while the Tories say it is won": Labour say only that
    the vote is lost)."""
    content = found.content
    # only a report said in so many words: a poll's "prefer" or "according to" may list
    # what others said or did as part of what it reports
    if content is None or found.quoted or found.according or found.lemma != "say":
        return found
    for other in others:
        source = other.source
        if (
            source is None
            or not content[0] < source[0] < other.cue[0] < content[1]
            or other.lemma not in load_lexicon("speech_verbs", "attributions")
        ):
            continue
        before = text[content[0] : source[0]]
        # the same verb on both sides sets two speakers against each other; a different
        # one may be part of the report ("found that 58 percent stressed A, while 62
        # percent stressed B"), but not one a speaker named answers with ("said the
        # line would close, while the rail firm declined to comment")
        named = _named_speaker(doc, source)
        joining = _CONTRAST.search(before) if other.lemma == found.lemma or named else None
        if joining is None and (named or text[source[0] : source[1]].lower() in SUBJECT_PRONOUNS):
            joining = _AND.search(before)
        if joining is not None and joining.start() > 0:
            end = content[0] + len(before[: joining.start()].rstrip(" ,;"))
            return replace(found, content=(content[0], end))
    return found


def _named_speaker(doc: Doc, source: tuple[int, int]) -> bool:
    """Whether a source is headed by a name ("BP, a big investor", "Ms Ruiz")."""
    words = doc.char_span(source[0], source[1], alignment_mode="expand")
    return words is not None and (
        words.root.pos_ == "PROPN" or words.root.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
    )


def before_relative_report(text: str, found: Found, others: list[Found]) -> Found:
    """A source ends before a relative clause set off that reports words of its own ("Ms
    Ruiz, who said the fund was empty, told the board to close it": the source is "Ms
    Ruiz"; what she said is a report of its own)."""
    source = found.source
    if source is None or not any(w in text[source[0] : source[1]] for w in _RELATIVE_SPEAKERS):
        return found  # the cheap test first: most sources hold no relative pronoun
    for other in others:
        inner = other.source
        if (
            inner is None
            or not source[0] < inner[0] < other.cue[0] < source[1]
            or text[inner[0] : inner[1]].lower() not in _RELATIVE_SPEAKERS
        ):
            continue
        head = text[source[0] : inner[0]]
        end = source[0] + len(head.rstrip(_BEFORE_RELATIVE))
        # a clause not set off tells which one is meant ("people who voted for it")
        if source[0] < end < inner[0] and not head[end - source[0] :].isspace():
            return replace(found, source=(source[0], end))
    return found


#: Relative pronouns that stand for a speaker, and what sets their clause off.
_RELATIVE_SPEAKERS = frozenset({"who", "which"})
_BEFORE_RELATIVE = " ,;(\u2013\u2014-"


#: What may join a participle that goes on with the speaker's words to the report
#: before it: "…, while noting", "… and adding".
_BEFORE_PARTICIPLE = re.compile(r"[\s,;:\u2013\u2014-]*(?:\b(?:while|and|also)\s+)*$")
_PARTICIPLE = re.compile(r"\w+ing\b", re.IGNORECASE)


def before_going_on(text: str, found: Found, others: list[Found]) -> Found:
    """A report ends before a participle by which its speaker goes on with words of their
    own ("The mayor said the bridge would stay shut, citing a survey": she said only that
    it would stay shut; what she cited is a report of its own)."""
    content = found.content
    if content is None or found.quoted or found.source is None:
        return found
    for other in others:
        if (
            other.source != found.source
            or other.content is None
            or not content[0] < other.cue[0] < content[1]
            or other.content[0] < other.cue[1]
            or not text[other.cue[0] - 1].isspace()  # "half-joking"
            or not _PARTICIPLE.match(text, other.cue[0], other.cue[1])
        ):
            continue
        before = text[content[0] : other.cue[0]]
        joining = _BEFORE_PARTICIPLE.search(before)
        if joining is None:
            continue
        # set off by a comma or a joining word, or opening a quotation ("… adding: “…”");
        # else it may describe a thing in the report ("an inquiry asking whether …")
        set_off = joining.group().strip() or text[other.cue[1] - 1] == ":"
        if set_off and joining.start() > 0:
            return replace(found, content=(content[0], content[0] + joining.start()))
    return found


def without_second_cue(text: str, found: list[Found]) -> list[Found]:
    """One attribution for a quotation that a named speaker opens with a colon and that
    closes with a pronoun's "said" ('Ms Ruiz added: "…," she said.'): the named speaker's,
    through the end of the quotation the closing cue had."""
    kept = list(found)
    for closing in found:
        content, source = closing.content, closing.source
        if (
            content is None
            or source is None
            or closing.cue[0] < content[0]
            or text[source[0] : source[1]].lower() not in SUBJECT_PRONOUNS
        ):
            continue
        for i, opening in enumerate(kept):
            ahead = opening.content
            if (
                opening is closing
                or opening.lemma not in {"say", "add"}  # "scolded him: “…,” she said" is two
                or ahead is None
                or ahead[0] != content[0]
                or ahead[1] > closing.cue[0]
                or not text[opening.cue[0] : ahead[0]].rstrip().endswith(":")
            ):
                continue
            kept[i] = replace(opening, content=(ahead[0], max(ahead[1], content[1])))
            kept.remove(closing)
            break
    return kept


def line_label(doc: Doc, found: Found) -> bool:
    """Whether a found cue is a word that labels a line ("READ: …", "Watch: …";
    ``line_labels.txt``): in capitals always, otherwise where it has no subject. A label
    word in capitals before another and a colon is one too ("READ MORE: …")."""
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return False
    if cue[-1].text != ":":
        return _capital_label(cue[-1]) or _mangled_capital_label(cue[-1])
    word = cue[0]
    if len(cue) != 2 or word.lower_ not in load_lexicon("line_labels", "attributions"):
        return False
    return word.is_upper or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.children)


def _capital_label(word: Token) -> bool:
    """Whether a word is a line label that goes on with another word and a colon: in
    capitals ("READ MORE:", "WATCH MORE:"), or opening its line with another label word
    ("Read more: …")."""
    doc = word.doc
    labels = load_lexicon("line_labels", "attributions")
    if word.lower_ not in labels or word.i + 2 >= len(doc) or doc[word.i + 2].text != ":":
        return False
    if word.is_upper:
        return doc[word.i + 1].is_upper
    opens_line = word.i == 0 or "\n" in doc[word.i - 1].text_with_ws
    return opens_line and doc[word.i + 1].lower_ in labels


#: A label word in capitals with its colon mangled into a hyphen or run into the next
#: word ("MORE:-The", "MORE -").
_MANGLED_LABEL_END = re.compile(r"(?P<label>[A-Z]+):?-")


def _mangled_capital_label(word: Token) -> bool:
    """Whether a word in capitals is a line label that goes on with another where the text
    mangled the colon after them ("READ MORE -", "READ MORE:-The …")."""
    doc = word.doc
    if not word.is_upper or word.i + 1 >= len(doc):
        return False
    labels = load_lexicon("line_labels", "attributions")
    second = doc[word.i + 1]
    run_in = _MANGLED_LABEL_END.match(second.text)
    if run_in is not None:
        return word.lower_ in labels and run_in.group("label").lower() in labels
    return (
        word.lower_ in labels
        and second.is_upper
        and second.lower_ in labels
        and word.i + 2 < len(doc)
        and doc[word.i + 2].text == "-"
    )


def signed(doc: Doc, quotes: Quotes, found: list[Found]) -> list[Found]:
    """Speaker lines and signed quotations (see ``_attributions.signed``) that no verb
    cue has already taken, as their source or, for a verb run into punctuation, as its
    own cue."""
    labels = load_lexicon("line_labels", "attributions")
    extra = []
    for cue, source, content, mark, quoted in find_signed(doc, quotes, labels.__contains__):
        if not any(c.isalnum() for c in quotes.text[content[0] : content[1]]):
            continue  # an empty quotation ('said: ""Flybe can …'): marks doubled in error
        taken = any(
            f.content == content
            or (f.cue[0] < source[1] and source[0] < f.cue[1])
            # a verb run into punctuation that the parser read after all
            or (mark.isalpha() and f.cue[0] < cue[1] and cue[0] < f.cue[1])
            or (f.cue[0] < cue[1] and cue[0] < f.cue[1] and _holds(f.content, content))
            for f in found
        )
        if not taken:
            extra.append(Found(cue, source, content, mark, False, quoted))
    return extra


def _holds(outer: Extent | None, inner: Extent) -> bool:
    """Whether a content takes in the whole of another and ends with it ("the director:
    “…”", the quotation a colon introduces; not where it runs on into the next quotation,
    which has a cue of its own: 'told reporters: "…" "…," Ruiz said')."""
    return outer is not None and outer[0] <= inner[0] and inner[1] == outer[1]


def outermost(found: list[Found]) -> list[Found]:
    """Attributions, less those whose cue sits inside an "according to" content.

    "Turkey has agreed to take in 15 prisoners, according to officials" is one claim,
    the officials'; "agreed" is part of what they say (as in PolNeAR, where each word
    belongs to one attribution).
    """
    kept = []
    for item in found:
        nested = any(
            other is not item
            and other.according
            and other.content is not None
            and other.content[0] <= item.cue[0]
            and item.cue[1] <= other.content[1]
            and not (
                item.content is not None
                and item.content[0] <= other.cue[0]
                and other.cue[1] <= item.content[1]
            )
            for other in found
        )
        if not nested:
            kept.append(item)
    return kept


def labels_a_link(content: str) -> bool:
    """Whether a content is only the label in capitals of a link line ("READ MORE"): the
    parse took the label for what the headline after it says ("READ MORE: Rangers sign
    Ana Ruiz"), and that headline is another article's, not a report of this one."""
    words = content.split()
    labels = load_lexicon("line_labels", "attributions")
    return bool(words) and all(w.isupper() and w.lower() in labels for w in words)


#: A link line's label in capitals and its colon at the start of a content, or just
#: before it ("READ MORE: …", "RELATED: …").
_OPENING_LINK_LABEL = re.compile(r"(?P<label>[A-Z]+(?: [A-Z]+)?):[ \u00a0]*")
#: How far before a content a link line's label is looked for.
_LABEL_REACH = 14


def opens_with_link(text: str, content: Extent) -> bool:
    """Whether a content begins with a link line's label in capitals, or right after one
    ("READ MORE: Ferry fares soar Throughout the year, the mayor …"): it takes in another
    article's headline, run into this sentence where the line break was lost, and where
    that headline ends is not known."""
    start = content[0]
    if ":" not in text[max(0, start - _LABEL_REACH) : start + _LABEL_REACH]:
        return False  # the cheap test first: most contents have no colon near their start
    label = _OPENING_LINK_LABEL.match(text, start, content[1])
    if label is None:
        before = text[max(0, start - _LABEL_REACH) : start]
        label = next(
            (m for m in _OPENING_LINK_LABEL.finditer(before) if m.end() == len(before)), None
        )
    return label is not None and labels_a_link(label.group("label"))


def opens_link_headline(doc: Doc, text: str, found: Found) -> bool:
    """Whether a cue is the verb of the headline of a link to another article, run into the
    text where the line break was lost ("READ MORE: Dalby port sued over toll rise I
    remember …", "RELATED: Mayor vows to fight on"; ``link_labels.txt``): the first verb
    after the label, with no end of the headline in sentence case before it (not "READ
    MORE: Rents rise again Officials said …", nor "… in the capital Ruiz said", nor
    "… 'no surprise' Local law requires …")."""
    start = found.cue[0]
    if ":" not in text[max(0, start - LINK_REACH) : start]:
        return False  # the cheap test first: most cues follow no colon
    label = LINK_LABEL.search(text, max(0, start - LINK_REACH), start)
    links = load_lexicon("link_labels", "attributions")
    if label is None or not all(w.lower() in links for w in label.group("label").split()):
        return False
    # the headline up to the cue, from after the label's colon
    words = doc.char_span(label.end("label") + 1, start, alignment_mode="expand")
    if words is None or len(words) == 0:
        return True  # the cue right after the label
    if any(w.pos_ in {"VERB", "AUX"} for w in words):
        return False
    # the cue's first word too: "… after the vote According to Ruiz"
    through_cue = doc[words.start : words.end + 1]
    return not any(
        ends_headline(before, word)
        # or ends with a quotation: "… 'a step towards closure' Local law requires"
        or (before.tag_ == "''" and word.text[:1].isupper())
        for before, word in pairwise(through_cue)
    )
