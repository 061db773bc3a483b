"""The attributions stage: who says so, and what they say.

Each attribution has a ``cue`` ("said", "according to", "concludes", "believe"), a
``source`` (always a span; the entity id where it names a known entity, and for "he" or
"she" the person the pronoun refers to) and a ``content`` span. A linear classifier
trained on PolNeAR decides which verbs are cues; dependency rules find the source and
content (see ``_attributions.spans``), and a ranker trained on PolNeAR moves the edges of
a content to where annotators put them (``_attributions.bounds``). A speaker's name
before a colon and a quotation signed with a dash are attributions without a verb
(``_attributions.signed``). ``kind`` is one of:

- ``direct``: the content is a quotation ("“…,” he said");
- ``according-to``: "according to X";
- ``document``: the source is a report, statement, study, …;
- ``belief``: the cue reports a belief or expectation ("believe", "fear");
- ``indirect``: reported speech ("said that …").

``hedged`` is set for beliefs and where a hedge word ("reportedly", "may", "alleged")
sits in the cue, the source or the content. ``confidence`` is the share of the cues found
the same way, with a classifier score in the same band, that PolNeAR dev's annotators
marked too (``scripts/calibrate_attribution.py``): a user who wants fewer false claims
keeps the attributions above a bar.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from newsgraph.lexicons import load_lexicon, load_table
from newsgraph.records import Attribution, Source, Span
from newsgraph.stages._attributions.bounds import Words, load_bounds, refine
from newsgraph.stages._attributions.cues import chained, joined_to_report, surname_may
from newsgraph.stages._attributions.found import Extent, Found
from newsgraph.stages._attributions.model import (
    CueModel,
    load_confidence,
    load_model,
    quote_marks,
    score,
)
from newsgraph.stages._attributions.quotations import tags_quotation
from newsgraph.stages._attributions.quotes import (
    CLOSING,
    OPENING,
    STRAIGHT,
    Quotes,
    mangled_dash,
)
from newsgraph.stages._attributions.signed import find_signed
from newsgraph.stages._attributions.sources import after_dateline
from newsgraph.stages._attributions.spans import find_spans
from newsgraph.stages._times.tables import tables as time_tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.records import Article, Entity

KINDS = ("direct", "indirect", "according-to", "document", "belief")
_BARE_COPULAS = frozenset(
    {"is", "are", "was", "were", "am", "be", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m"}
)
#: The classifier score above which a word is a cue (chosen on PolNeAR dev).
CUE_THRESHOLD = 0.0
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON"}


def rule_spans(doc: Doc, quotes: Quotes, scores: dict[int, float] | None = None) -> list[Found]:
    """What the cue classifier and the parse rules find, before the edges are learned;
    ``scores`` gets the classifier's score of each word it was asked about."""
    model = load_model()
    askable = _askable()
    marks = quote_marks(doc)
    scores = {} if scores is None else scores

    def accept(token: Token) -> bool:
        # Words seen as a cue fewer than twice in training, or never taken there by the
        # classifier, and no verb of saying or thinking, are not worth asking about.
        lemma = token.lemma_.lower()
        if token.dep_ in {"aux", "auxpass"} or lemma not in askable:
            return False
        if token.i not in scores:
            scores[token.i] = score(token, model.weights, quotes.inside(token.idx), marks)
        if (
            scores[token.i] <= CUE_THRESHOLD
            and not tags_quotation(token, quotes)
            and not _held_in_the_passive(token, lemma)
        ):
            return False
        return not _says_nothing(token, lemma) and not _hands_over_to_deed(token, model)

    # a line label is no cue, and leaves the quotation before it to a signed speaker
    found = [f for f in find_spans(doc, accept, quotes, askable) if not _line_label(doc, f)]
    return found + _signed(doc, quotes, found)


@cache
def _askable() -> frozenset[str]:
    """The lemmas the classifier is asked about: those seen as cues, and verbs of saying."""
    return load_model().lemmas | load_lexicon("speech_verbs", "attributions")


def _held_in_the_passive(token: Token, lemma: str) -> bool:
    """Whether a cue is a belief told in the passive with "it" and the clause it holds ("it
    was widely believed he would stay"): a view held, whoever holds it."""
    if lemma not in _HELD:
        return False
    children = list(token.children)
    return (
        any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children)
        and any(c.dep_ == "ccomp" and c.i > token.i for c in children)
    )


#: Verbs of believing whose passive with "it" and a clause always reports a view.
_HELD = frozenset({"believe", "think", "understand", "fear", "rumour", "rumor"})


def _deed_without_words(doc: Doc, text: str, found: Found) -> bool:
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


#: Prepositions that point a reaction at what it is about ("balked at", "lashed out against").
_STANCE_PREPS = frozenset({"at", "against", "about", "over", "toward", "towards"})


def _hands_over_to_deed(token: Token, model: CueModel) -> bool:
    """Whether a verb hands over to one never seen as a cue and no verb of saying ("went on
    to skip the tests", "is attempting to curb emissions"): the deed is what it tells."""
    inner = chained(token)
    if inner is None:
        return False
    lemma = inner.lemma_.lower()
    return lemma not in model.lemmas and lemma not in load_lexicon("speech_verbs", "attributions")


def _through_quotation(quotes: Quotes, found: Found) -> Found:
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


#: Marks that end a sentence or open another quotation.
_SENTENCE_BREAKS = frozenset('.?!\n"“”«»')


#: Words that join a second report, with its own speaker, to the one before it: a
#: contrast by the same verb ("Labour say …, while the Tories say …"), or "and" or "but"
#: before a pronoun that speaks ("… and she accused them of …"); both before a speaker
#: named ("…, while Ruiz declined to comment").
_CONTRAST = re.compile(r"(?:,\s*)?\b(?:while|whereas)\s+$", re.IGNORECASE)
_AND = re.compile(r"(?:,\s*)?\b(?:and|but)\s+$", re.IGNORECASE)
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _before_joined_report(doc: Doc, text: str, found: Found, others: list[Found]) -> Found:
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
        if joining is None and (named or text[source[0] : source[1]].lower() in _SPEAKING_PRONOUNS):
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


#: What may join a participle that goes on with the speaker's words to the report
#: before it: "…, while noting", "… and adding".
_BEFORE_PARTICIPLE = re.compile(r"[\s,;:\u2013\u2014-]*(?:\b(?:while|and|also)\s+)*$")
_PARTICIPLE = re.compile(r"\w+ing\b", re.IGNORECASE)


def _before_going_on(text: str, found: Found, others: list[Found]) -> Found:
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


def _without_second_cue(text: str, found: list[Found]) -> list[Found]:
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
            or text[source[0] : source[1]].lower() not in _SPEAKING_PRONOUNS
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


def _line_label(doc: Doc, found: Found) -> bool:
    """Whether a found cue is a word that labels a line ("READ: …", "Watch: …";
    ``line_labels.txt``): in capitals always, otherwise where it has no subject. A label
    word in capitals before another and a colon is one too ("READ MORE: …")."""
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return False
    if cue[-1].text != ":":
        return _capital_label(cue[-1])
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


def _says_nothing(token: Token, lemma: str) -> bool:
    """Whether a cue verb's particle, object or preposition makes it say nothing ("showed
    up", "called an election", "spoke on condition of anonymity"; ``not_cues.txt``), it
    tells a deed done to a thing ("made his debut"), or it claims land or a prize, not a
    fact ("China claims the islands", "claimed a draw")."""
    if lemma == "claim" and _claimed_land(token):
        return True
    if (
        lemma == "suppose"
        and token.tag_ == "VBN"
        and any(c.dep_ == "xcomp" for c in token.children)
    ):
        return True  # "is supposed to hand it over": what ought to be, nobody's belief
    if _in_connective(token):
        return True
    if _deed_on_a_thing(token, lemma) or _asked_of(token):
        return True
    phrases = load_lexicon("not_cues", "attributions")
    # "called her vote a mistake" says what the vote was.
    predicated = any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} for c in token.children)
    for child in token.children:
        if child.dep_ == "prt" and f"{lemma} {child.lower_}" in phrases:
            return True
        if child.dep_ == "dobj" and not predicated and f"{lemma} {child.lemma_.lower()}" in phrases:
            return True
        if child.dep_ == "prep" and any(
            f"{lemma} {child.lower_} {g.lemma_.lower()}" in phrases
            for g in child.children
            if g.dep_ == "pobj"
        ):
            # unless it says what about: "spoke on background about the talks"
            return not any(c.dep_ == "prep" and c.lower_ == "about" for c in token.children)
    return False


def _deed_on_a_thing(token: Token, lemma: str) -> bool:
    """Whether a verb that mostly tells a deed has a thing for its object (or passive
    subject) and no clause ("made his debut", "the software was released";
    ``deed_verbs.txt``), not a message that carries words ("released a statement")."""
    if lemma not in load_lexicon("deed_verbs", "attributions"):
        return False
    children = list(token.children)
    # what a passive deed makes its subject is no claim ("was named player of the year")
    passive = any(c.dep_ == "nsubjpass" for c in children)
    complements = {"ccomp", "xcomp"} if passive else {"ccomp", "xcomp", "oprd", "attr", "acomp"}
    if any(c.dep_ in complements for c in children) or _seen_as(token):
        return False
    if _by_a_document(token):
        return False  # "the census, which listed 1,600 pandas": what a document records
    # a passive's subject is what the deed was done to ("the pair were charged")
    objects = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and not any(_carries_words(o) for o in objects)


def _seen_as(token: Token) -> bool:
    """Whether the verb says what its object is: "sees the vote as a test", "the index
    lists him as its richest member", "has cast her rival as weak"."""
    return any(t.lower_ == "as" and t.i > token.i for t in token.subtree)


def _by_a_document(token: Token) -> bool:
    """Whether a verb's subject (or the noun its "which" stands for) is a document."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in {"which", "that"} and token.dep_ == "relcl":
        subject = token.head
    word = subject.lemma_.lower()
    documents = load_lexicon("document_words", "attributions")
    return word in documents or word.removesuffix("s") in documents


def _asked_of(token: Token) -> bool:
    """Whether a past participle on a noun tells whom the noun is asked of, not anyone's
    words ("the skills expected of school-leavers", "the standards required of staff")."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        and not any(c.dep_ in {"ccomp", "xcomp", "agent"} for c in token.children)
    )


def _carries_words(thing: Token) -> bool:
    """Whether an object is words or holds them: a message ("a statement"), a word of
    saying ("the comments", "the kind of remark") or none of it ("made no secret of")."""
    words = load_lexicon("media_nouns", "attributions") | load_lexicon(
        "speech_verbs", "attributions"
    )
    of = [g for c in thing.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in words for t in (thing, *of)):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in thing.children)


def _in_connective(token: Token) -> bool:
    """Whether the word is in a phrase that opens its sentence before a comma and says
    no one's words ("That said, …", "Having said that, …"; ``connectives.txt``)."""
    doc = token.doc
    if not any(doc[k].is_sent_start for k in range(max(token.i - 5, 0), token.i + 1)):
        return False  # more than five words into its sentence: no opening phrase
    sentence = token.sent
    comma = next((t.i for t in sentence if t.text == ","), None)
    if comma is None or token.i > comma or comma - sentence.start > 5:
        return False
    opening = " ".join(t.lower_ for t in token.doc[sentence.start : comma])
    return opening in load_lexicon("connectives", "attributions")


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_PARTS = frozenset({"most", "part", "parts", "all", "much", "some", "half", "area", "areas"})


def _claimed_land(token: Token) -> bool:
    """Whether "claim" has a place for its object and no clause: "claims most of the
    South China Sea", "the islands, which are claimed by both", "is claimed by China";
    or a thing won or taken ("claimed a draw", "claimed 12 lives"; ``prize_nouns.txt``)."""
    children = list(token.children)
    if any(c.dep_ in {"ccomp", "xcomp"} for c in children):
        return False
    for child in children:
        if child.dep_ == "dobj" or child.dep_ == "nsubjpass":
            thing = child
            if thing.lower_ in {"which", "that"} and token.dep_ == "relcl":
                thing = token.head
            # "most of the sea", "parts of Kashmir": the place is the "of" object
            if thing.lower_ in _PARTS:
                thing = next(
                    (g for c in thing.children if c.lower_ == "of" for g in c.children), thing
                )
            word = thing.lemma_.lower()
            if (
                thing.ent_type_ in _PLACE_TYPES
                or word in load_lexicon("land_nouns", "attributions")
                or (child.dep_ == "dobj" and word in load_lexicon("prize_nouns", "attributions"))
            ):
                return True
    return False


def find_attributions(doc: Doc, article: Article) -> list[Attribution]:
    """Attributions of the article in text order, with ids A1, A2, …."""
    quotes = Quotes(article.text)
    bounds = load_bounds()
    words = Words(doc)
    scores: dict[int, float] = {}
    found_all = rule_spans(doc, quotes, scores)
    # "READ: David Villa -- from broken legs …" is a link, not a reader
    joined = frozenset(
        t.i
        for f in found_all
        if (cue_words := doc.char_span(f.cue[0], f.cue[1], alignment_mode="expand")) is not None
        and joined_to_report(cue_words.root) is not None
        for t in cue_words
    )
    refined = [refine(words, f, bounds, joined) for f in found_all if not _line_label(doc, f)]
    text = quotes.text  # what the rules read: single quotation marks may read as double
    # a bare "is" or "were" says nothing of anyone's words (PolNeAR train: 6 of 19,833 cues)
    refined = [f for f in refined if text[f.cue[0] : f.cue[1]].lower() not in _BARE_COPULAS]
    refined = [f for f in refined if not _deed_without_words(doc, text, f)]
    refined = [_through_quotation(quotes, f) for f in refined]
    refined = [_before_joined_report(doc, text, f, refined) for f in refined]
    refined = [_before_going_on(text, f, refined) for f in refined]
    refined = _without_second_cue(text, refined)
    attributions: list[Attribution] = []
    sources = _Sources(article, doc, quotes)
    hedge_words = _hedge_words(doc)
    for found in _outermost(sorted(refined, key=lambda f: f.cue)):
        cue = _span(article.text, found.cue)
        # What names the source: the noun a "who" stands for, else the source itself.
        named = _span(article.text, found.antecedent) if found.antecedent else None
        source = None
        if found.source is not None:
            extent = _through_split_word(text, _source_extent(text, found.source), found.cue)
            extent = _after_link_headline(doc, text, extent)
            source_span = _span(article.text, extent)
            named = named or source_span
            source = Source(span=source_span, entity=sources.entity_for(named))
        sources.said = found.content
        content = (
            _span(
                article.text,
                _content_extent(doc, after_dateline(text, found.content), quotes, found.cue),
            )
            if found.content
            else None
        )
        kind = _kind(found, _head_word(doc, named), cue.text, text)
        attributions.append(
            Attribution(
                id=f"A{len(attributions) + 1}",
                cue=cue,
                source=source,
                content=content,
                kind=kind,
                hedged=kind == "belief" or _hedged(found, hedge_words),
                confidence=confidence(*evidence(doc, quotes, found.cue, scores)),
            )
        )
    return attributions


def evidence(
    doc: Doc, quotes: Quotes, cue: tuple[int, int], scores: dict[int, float] | None = None
) -> tuple[str, float | None]:
    """How the cue at ``cue`` was found, and the classifier's score of its word where one
    decided: ``("according", None)``, ``("marked", None)`` for a speaker's colon or a
    signing dash, else ``("word", score)`` (from ``scores`` by word index, where given)."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not any(t.is_alpha for t in span):
        return "marked", None
    if span[0].lower_ == "according":
        return "according", None
    head = span.root
    if scores is not None and head.i in scores:
        return "word", scores[head.i]
    return "word", score(head, load_model().weights, quotes.inside(head.idx))


def confidence(path: str, value: float | None) -> float:
    """The share of PolNeAR dev cues found the same way, with a score in the same band,
    that were right (``data/attributions/cue_confidence.json``)."""
    table = load_confidence()
    if value is None:
        return table.paths.get(path, table.bands[-1][1])
    return next((share for upper, share in table.bands if value < upper), table.bands[-1][1])


def _signed(doc: Doc, quotes: Quotes, found: list[Found]) -> list[Found]:
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


def _outermost(found: list[Found]) -> list[Found]:
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


def _source_extent(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without what the parser ran into it from before: the end of a bracket,
    of a quotation or of a sentence, or a line of another kind."""
    extent = _after_closed_quotation(text, _after_bracket(text, extent))
    extent = _after_lost_comma_space(text, extent)
    extent = _after_last(_LEAD_IN, text, _after_last(_LOST_BREAK, text, extent))
    extent = _with_dashed_first_word(text, _without_lost_space_marks(text, extent))
    return _with_opening_mark(text, extent)


#: A link line's label in capitals and its colon ("READ MORE:", "WATCH:"), the headline
#: after it, and no stop that would end the headline before a source.
_LINK_LABEL = re.compile(r"\b(?P<label>[A-Z]+(?: [A-Z]+)?):[ \u00a0]+[^.!?\n]*$")
#: How far before a source a link line's label is looked for.
_LINK_REACH = 150


def _after_link_headline(doc: Doc, text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without the headline of a link line that the text ran into it where the
    line break was lost ("READ MORE: Rents rise again in port towns Ana Ruiz, a tenant,
    said …" begins at "Ana Ruiz"): the source begins at the first word in capitals, before
    its first comma, that follows a noun in lower case, where a headline in sentence case
    ends. A headline in title case is left alone."""
    start, end = extent
    if ":" not in text[max(0, start - _LINK_REACH) : start + 1]:
        return extent  # the cheap test first: most sources follow no colon
    label = _LINK_LABEL.search(text[max(0, start - _LINK_REACH) : start])
    labels = load_lexicon("line_labels", "attributions")
    if label is None or label.group("label").split()[0].lower() not in labels:
        return extent
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or (words.start > 0 and doc[words.start - 1].text.islower()):
        return extent  # "… over immigration ban Former candidate Tim Kaine": the end found
    for before, word in pairwise(words):
        if word.text == ",":
            break
        # "… jail Activists on the ground say": not "for Syria", "the native Garifuna"
        if word.text[:1].isupper() and before.text[:1].islower() and before.pos_ == "NOUN":
            return word.idx, end
    return extent


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
#: hyphens that stood for a rule between paragraphs ("- - - - Mr Ruiz"); and a stop with
#: a hyphen after a source's last word ("said Qadi.-").
_LOST_SPACE_START = re.compile(r"(?:-[ \u00a0]*)*-(?=[A-Za-z])|(?:-[ \u00a0]+)+(?=[A-Z])")
_LOST_SPACE_END = re.compile(r"(?<=[a-z])[.!?]-$")


def _without_lost_space_marks(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """A source without the hyphens a text put for a lost space or a rule at its start,
    or for a lost space at its end."""
    start, end = extent
    lost = _LOST_SPACE_START.match(text, start, end)
    if lost is not None:
        start = lost.end()
    tail = _LOST_SPACE_END.search(text, start, end)
    if tail is not None:
        end = tail.start()
    return (start, end) if start < end else extent


#: A word in lower case that a hyphen joins to the next ("co-host", "ex-wife", "who
#: co-founded"), which the parse may split from it.
_HYPHENED_END = re.compile(r"(?<![\w-])[a-z]+$")
#: What a source taken up to its cue may not run over: a sentence break or a quotation.
_NO_SOURCE = re.compile(r"[.!?;:\"“”]")
#: Where a clause after the cue ends.
_CLAUSE_END = re.compile(r"[,.;:!?]")


def _through_split_word(
    text: str, extent: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
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
    if not re.search(r"\b[a-z]", before) and not _names_a_date(before):
        return extent
    return _after_last(_LOST_COMMA_SPACE, text, extent)


def _names_a_date(words: str) -> bool:
    """Whether words are a day of the week, a month or a year alone ("Monday", "2014")."""
    word = words.strip().lower()
    tables = time_tables()
    return word in tables.weekdays or word in tables.months or _YEAR.fullmatch(word) is not None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


#: A full stop with a hyphen for the space after it, after a word in lower case, an
#: abbreviation in capitals or a closing mark: a sentence break lost in the text ("… the
#: bill.-Majority Leader Ann Ruiz has said", "… back to the US.- Mr Ruiz said", '… a
#: "level field".- Ireland, he said, …'; not "the U.K.-based group").
_LOST_BREAK = re.compile(r"(?:(?<=[a-z)\]\"”])|(?<=[A-Za-z][A-Z]))[.!?]-(?=[ A-Z])")
#: What ends a line before a source where the line breaks were lost: a run of spaces
#: before a capital, a link, or the date that signs a post ("… (@AnnRuiz) March 3,
#: 2017 Police said").
#: A line break the text lost: a run of spaces before a capital or a quotation mark.
_LOST_LINE = re.compile(r"[ \u00a0]{2,}(?=[A-Z\"“])")
_LEAD_IN = re.compile(
    r"[ \u00a0]{2,}(?=[A-Z])|(?:https?://|pic\.twitter\.com/|www\.)\S+\s"
    r"|\(@\w+\)(?:\s+[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s"
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
    marks = list(_CLOSED_QUOTATION.finditer(text, start, end))
    if not marks:
        return extent
    rest = _rest_from(text, marks[-1].end(), extent)
    # '… in the car"?and detectives said': the conjunction joins the clauses
    first = text[rest[0] : end].split(" ", 1)
    if rest != extent and len(first) == 2 and first[0].lower() in {"and", "but"}:
        begin = rest[0] + len(first[0]) + 1
        return (begin, end) if begin < end else extent
    return rest


#: A closing quotation mark after a stop, with the next sentence's first word, or the
#: opening mark of the next quotation and its first word, run into it where the space
#: after the mark was lost or turned into a "?" ('… for good."?Some', '… for good."?"We';
#: not 'to "undermine"?NATO', where the word goes on with the clause).
_RUN_IN_WORD = re.compile(r"(?<=[.,!?])(?<![\"”]\?)[\"”]\??[\"“]?[A-Za-z][\w'’-]*$")


def _content_extent(
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
    if end - start > 2 and text[end - 1] == "-" and text[end - 2] in '.!?"”':
        # "… in their homes.-": a stop with a hyphen for the space after it
        end -= 2 if text[end - 2] == "." else 1
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
    had lied"); a day with "'s" or a comma after it, or one that names a kind of thing
    ("Sunday talk shows"), stays."""
    start, end = extent
    if start < cue[1] or text[cue[1] : start].strip() not in {"", "on"}:
        return start
    words = doc.char_span(start, end, alignment_mode="expand")
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


def _span(text: str, extent: tuple[int, int]) -> Span:
    return Span(extent[0], extent[1], text[extent[0] : extent[1]])


def _partly_quoted(text: str, content: tuple[int, int] | None) -> bool:
    """Whether a content quotes only some of its words: words of the report come before
    its first quotation mark ('Mr Sullivan "made accounting decisions,"'; 'While the
    talks go on, "we wait,"'), not a word or two set off by a comma or colon
    ('Nonetheless, "I think …"'), or after a quoted phrase that opens it; a speaker's
    line of a transcript holds no mark."""
    if content is None:
        return False
    words = text[content[0] : content[1]]
    marks = {*OPENING, *CLOSING, STRAIGHT}
    first = min((words.find(m) for m in marks if m in words), default=-1)
    if first > 0:
        before = words[:first].rstrip()
        return before[-1:] not in {",", ":"} or len(before.split()) > _OPENER_WORDS
    return first == 0 and _words_after_quoted_phrase(words)


#: The most words set off by a comma before a quotation that still open it ("And yet,
#: “…”"): more are the reporter's words.
_OPENER_WORDS = 3


def _words_after_quoted_phrase(words: str) -> bool:
    """Whether a content that opens with a quotation goes on in the reporter's words after
    a phrase quoted without its own stop ('"substantial progress" had been made', '"au
    revoir" to her fans'), not after a quoted sentence ('"We will win," she said')."""
    close = next(
        (i for i in range(1, len(words)) if words[i] in CLOSING or words[i] == STRAIGHT), -1
    )
    if close < 2 or not words[close - 1].isalnum():
        return False
    rest = words[close + 1 :]
    return rest[:1].isspace() and rest.lstrip()[:1].isalnum()


def _head_word(doc: Doc, named: Span | None) -> str | None:
    """The head word of what names a source, lower case ("survey" of "the Scottish Social
    Attitudes survey", "experts" of "data recovery experts")."""
    head = _head_of(doc, named) if named is not None else None
    return head.lower_ if head is not None else None


def _head_of(doc: Doc, span: Span) -> Token | None:
    """The head word of a span of the text in the parse."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return words.root if words is not None and len(words) > 0 else None


def _kind(found: Found, head: str | None, cue: str, text: str) -> str:
    """The kind of a claim; ``head`` is the head word of what names its source, ``cue``
    the cue's text. A report that only quotes some words ('Mr Sullivan "made accounting
    decisions," he told the court') is no direct quotation."""
    if found.quoted and not _partly_quoted(text, found.content):
        return "direct"
    if found.according:
        return "according-to"
    documents = load_lexicon("document_words", "attributions")
    if head is not None and (head in documents or head.removesuffix("s") in documents):
        return "document"
    cue_words = [w.strip(",:") for w in cue.lower().split()]
    # "was quoted in the paper as saying": where it is quoted, not who says it
    if found.lemma != "quote" and any(
        w in documents or w.removesuffix("s") in documents for w in cue_words[1:]
    ):
        return "document"  # "issued a statement saying …"
    beliefs = load_lexicon("belief_cues", "attributions")
    if found.lemma in beliefs or any(w in beliefs for w in cue_words):
        return "belief"  # by its lemma, or as written where the lemmatizer errs ("hopes")
    if found.lemma in load_lexicon("feeling_verbs", "attributions"):
        return "belief"  # "The move angered farmers": how they feel, not what they said
    if found.lemma == "to":
        return "belief"  # "To them, the levy is a betrayal": how they see it
    return "indirect"


def _hedged(found: Found, hedge_words: list[Token]) -> bool:
    """Whether a hedge word (of ``hedge_words``, the parse's) lies in an attribution."""
    extents = [found.cue] + [e for e in (found.source, found.content) if e is not None]
    start = min(e[0] for e in extents)
    end = max(e[1] for e in extents)
    return any(t.idx < end and start < t.idx + len(t) for t in hedge_words)


@cache
def _hedge_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in load_lexicon("hedges", "attributions"))


def _hedge_words(doc: Doc) -> list[Token]:
    """The words of the parse that hedge a claim, found from its array of word forms."""
    hedges = load_lexicon("hedges", "attributions")
    ids = _hedge_ids()
    return [
        doc[i]
        for i, lower in enumerate(doc.to_array([LOWER]).tolist())
        if lower in ids and _hedge(doc[i], hedges)
    ]


def _hedge(token: Token, hedges: frozenset[str]) -> bool:
    """Whether a word hedges a claim: a hedge word that is no name ("May said", "held in
    May"; a capital inside a sentence makes it one)."""
    if token.lower_ not in hedges or surname_may(token):
        return False
    return token.is_sent_start or not token.text[:1].isupper()


class _Sources:
    """Links sources to entities through an article, remembering who spoke last."""

    def __init__(self, article: Article, doc: Doc, quotes: Quotes | None = None) -> None:
        self.article = article
        self.doc = doc
        self.quotes = quotes or Quotes(article.text)
        self.speaker: str | None = None  # the entity the last source named
        self._spoke_at = -1  # where the source that named it starts
        self.said: tuple[int, int] | None = None  # what the last attribution reported
        self._titled: dict[str, str | None] = {}  # gender by title, by entity id
        self._genders: dict[str, str | None] = {}  # by title or by pronouns, by entity id
        self._bodies: _Bodies | None = None  # built the first time "it" is a source
        # the last source that is no pronoun: its gender by its head noun ("a spokeswoman"),
        # where it ends, and its entity
        self._described: tuple[str | None, int, str | None] | None = None

    def _title_gender(self, entity: Entity) -> str | None:
        if entity.id not in self._titled:
            self._titled[entity.id] = _gender(self.article.text, entity)
        return self._titled[entity.id]

    def _gender(self, entity: Entity) -> str | None:
        """The gender a title gives, else the one the pronouns around the person's name
        give (see ``_pronoun_gender``), else the one the first name gives."""
        if entity.id not in self._genders:
            gender = self._title_gender(entity)
            if gender is None and entity.type == "PERSON":
                gender = _pronoun_gender(self.doc, self.article, entity)
                gender = gender or _first_name_gender(entity)
            self._genders[entity.id] = gender
        return self._genders[entity.id]

    def entity_for(self, source: Span) -> str | None:
        """The entity a source names (see ``_named_entity``), or a pronoun's antecedent."""
        entity = _named_entity(self.article, self.doc, source)
        pronoun = source.text.lower()
        if entity is None and pronoun in _PRONOUNS:
            entity = self._antecedent(source, pronoun)
        elif entity is None:
            phrase = self.doc.char_span(source.start, source.end, alignment_mode="expand")
            if phrase is not None and len(phrase) > 0:
                entity = self._body(phrase.root) or self._by_surname(phrase.root)
        if pronoun not in _PRONOUNS:
            self._described = (self._noun_gender(source), source.end, entity)
        if entity is not None:
            self.speaker, self._spoke_at = entity, source.start
        return entity

    def _noun_gender(self, source: Span) -> str | None:
        """The gender of a person a source names by a noun of gender and no name ("a
        spokeswoman for the ministry", "one father"), not one of rank ("the congressman")
        nor someone's ("her mother"): "f", "m" or None."""
        phrase = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        if phrase is None or len(phrase) == 0:
            return None
        head = phrase.root
        if any(c.dep_ == "poss" for c in head.children):
            return None
        return _GENDER_NOUNS.get(head.lower_)

    def _unnamed_speaker(self, source: Span, gender: str) -> tuple[str | None] | None:
        """The entity of the source just before, where that source is a person named by a
        noun of the pronoun's gender and by no name ("A spokeswoman for the department
        said … 'It is settled,' she said" is the spokeswoman, for the department): in a
        1-tuple, its entity possibly None; None where there is no such source."""
        if self._described is None:
            return None
        noun_gender, end, entity = self._described
        person = entity is not None and getattr(self.article.entity(entity), "type", "") == "PERSON"
        between = self.article.text[end : source.start]
        if noun_gender != gender or person or between.count(". ") > 2:
            return None
        return (entity,)

    def _body(self, head: Token) -> str | None:
        """The organization or country that "it", "the company" or "the country" stands
        for (see ``_Bodies``)."""
        if self._bodies is None:
            self._bodies = _Bodies(self.article, self.doc)
        return self._bodies.antecedent(head)

    def _by_surname(self, head: Token) -> str | None:
        """The one person the article names in full whose surname the source's head is
        ("Mr Ebbers" where the parser found no name in that sentence)."""
        if head.pos_ != "PROPN":
            return None
        surname = head.text
        people = {
            e.id
            for e in self.article.entities
            if e.type == "PERSON" and len(e.name.split()) > 1 and e.name.split()[-1] == surname
        }
        return people.pop() if len(people) == 1 else None

    def _antecedent(self, source: Span, pronoun: str) -> str | None:
        """The person mentioned last before the pronoun that it can stand for; the last
        speaker goes on speaking while the person named since has no title ("Lady
        Boothroyd said … She told …")."""
        article = self.article
        unfit = "m" if pronoun in {"she", "her"} else "f"
        unnamed = self._unnamed_speaker(source, "f" if unfit == "m" else "m")
        if unnamed is not None:
            return unnamed[0]
        # a pronoun outside quotation marks is rarely someone a quotation names ("“Then
        # Anna walked in,” Lopez said. She added: …"): such names count only where no
        # other will do
        unquoted = not self.quotes.inside(source.start)
        latest: dict[str, int] = {}
        quoted: dict[str, int] = {}
        for entity in article.entities:
            if entity.type != _PRONOUNS[pronoun] or self._gender(entity) == unfit:
                continue
            before = [m.start for m in entity.mentions if m.end <= source.start]
            outside = [n for n in before if not (unquoted and self._quoted(n))]
            if outside:
                latest[entity.id] = max(outside)
            elif before:
                quoted[entity.id] = max(before)
        latest = latest or quoted
        if not latest:
            return None
        nearest = self._surer(max(latest, key=latest.__getitem__), latest, source.start, unfit)
        nearest = self._main_subject(nearest, latest, source.start)
        speaker = self.speaker
        if speaker in latest and nearest != speaker and self._spoke_at > latest[nearest]:
            # the last source was the speaker under another name, after the nearest name
            # ("Tom Reid … Jim Bays … Later Reid argued that … “…,” he told MPs")
            return speaker
        if speaker in latest and nearest != speaker:
            between = article.text[latest[speaker] : source.start]
            nearest_entity = article.entity(nearest)
            untitled = nearest_entity is not None and self._title_gender(nearest_entity) is None
            # someone named only in what the last speaker said is no new speaker ("Mr
            # Kennedy said Mr Bailey's lawyer had replied. He said …")
            told = self.said is not None and self.said[0] <= latest[nearest] < self.said[1]
            if (
                between.count(". ") <= 2
                and (untitled or told)
                and not self._new_subject(nearest, latest)
            ):
                return speaker
        return nearest

    def _new_subject(self, nearest: str, latest: dict[str, int]) -> bool:
        """Whether the nearest person is the subject of a main clause outside quotation
        marks, which makes them the one talked of next ("…,” Budgett said. Tygart,
        though, was not convinced. “…,” he said": Tygart)."""
        at = latest[nearest]
        entity = self.article.entity(nearest)
        mentions = entity.mentions if entity is not None else []
        mention = next((m for m in mentions if m.start == at), None)
        if mention is None or self._quoted(at):
            return False
        root = _head_of(self.doc, mention)
        return root is not None and root.dep_ in _SUBJECTS and root.head == root.sent.root

    def _surer(self, nearest: str, latest: dict[str, int], at: int, unfit: str) -> str:
        """A person of the pronoun's gender named shortly before (two sentences at most)
        over a nearer one-word name of no known gender that is never the subject of a
        verb, which is often no person at all ("Anna Petrova took the stage after the
        Oscar ceremony … she said": Petrova; but "after Read sang … she said": Read)."""
        entity = self.article.entity(nearest)
        if entity is None or " " in entity.name or self._gender(entity) is not None:
            return nearest
        if any(self._subject(m) for m in entity.mentions):
            return nearest
        wanted = "f" if unfit == "m" else "m"
        known = [e for e in latest if self._gender_of(e) == wanted]
        if not known:
            return nearest
        best = max(known, key=latest.__getitem__)
        return best if self.article.text[latest[best] : at].count(". ") <= 2 else nearest

    def _quoted(self, position: int) -> bool:
        """Whether a quotation of a few sentences at most holds the position (a longer one
        is more often quotation marks paired wrongly than one quotation)."""
        quotation = self.quotes.around(position, position + 1)
        return quotation is not None and quotation[1] - quotation[0] <= _QUOTATION_REACH

    def _main_subject(self, nearest: str, latest: dict[str, int], at: int) -> str:
        """The subject of the main clause of the sentence that names the nearest person,
        where that subject is another person the pronoun can stand for ("Marina Lopez went
        into detail about how Anna Maxwell recruited girls. She said": Lopez); not within the
        pronoun's own sentence."""
        named = self.doc.char_span(latest[nearest], latest[nearest] + 1, alignment_mode="expand")
        if named is None or len(named) == 0:
            return nearest
        sentence = named[0].sent
        if sentence.end_char > at:
            return nearest
        for subject in (c for c in sentence.root.children if c.dep_ in _SUBJECTS):
            for entity_id in latest:
                entity = self.article.entity(entity_id)
                mentions = entity.mentions if entity is not None else []
                if any(m.start <= subject.idx < m.end for m in mentions):
                    return entity_id
        return nearest

    def _subject(self, mention: Span) -> bool:
        root = _head_of(self.doc, mention)
        return root is not None and root.dep_ in _SUBJECTS

    def _gender_of(self, entity_id: str) -> str | None:
        entity = self.article.entity(entity_id)
        return None if entity is None else self._gender(entity)


#: The longest quotation, in characters, whose names a pronoun outside it passes over.
_QUOTATION_REACH = 400

#: Nouns for a person of one gender that name nobody in particular.
_GENDER_NOUNS = {
    **dict.fromkeys(["spokeswoman", "woman", "mother", "wife", "daughter", "girl"], "f"),
    **dict.fromkeys(["spokesman", "man", "father", "husband", "son", "boy"], "m"),
}

#: What "it" and a body noun after "the" can stand for.
_BODY_TYPES = {"it": {"ORG", "GPE"}, "body": {"ORG"}, "country": {"GPE"}}
#: How many sentences before its own a body's antecedent may be.
_BODY_REACH = 2
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class _Bodies:
    """Antecedents of "it", "the company" and "the country" through an article.

    The antecedent is the subject of the nearest main clause before the word, in its own
    sentence or the two before it, that names an organization (or, for "it", a country;
    for "the country", only a country): "Time Warner said on Friday … It hopes …". A
    subject that is itself "it" or "the company" passes its own antecedent on. People
    named in full and other nouns in between are passed over. What leaves the word with
    no antecedent: a document or an unnamed body as the subject in between ("The report
    found … It said …" is the report; so is "the government" in "The government has ruled
    it out, because it says …"), and any other entity in between, such as a one-word
    "person" that may be an organization the tagger mistook ("Yukos called the sale
    illegal … It has vowed …").
    """

    def __init__(self, article: Article, doc: Doc) -> None:
        self.doc = doc
        self.entity_at: dict[int, Entity] = {}  # by token index, for subject heads
        # subjects of main clauses: of each sentence's root and of a clause joined to it
        clauses = [s.root for s in doc.sents]
        clauses += [c for root in clauses for c in root.children if c.dep_ == "conj"]
        self.subjects: list[Token] = sorted(
            (c for clause in clauses for c in clause.children if c.dep_ in _SUBJECTS),
            key=lambda t: t.i,
        )
        self.types = {entity.id: entity.type for entity in article.entities}
        mentions = sorted((m.start, m.end, e) for e in article.entities for m in e.mentions)
        starts = [m[0] for m in mentions]

        def named(word: Token) -> Entity | None:
            """The entity a mention holding the word belongs to."""
            n = bisect_right(starts, word.idx) - 1
            return mentions[n][2] if n >= 0 and word.idx < mentions[n][1] else None

        # what a subject names: the entity of its head word, else, for a common noun, of
        # the word it belongs to ("Manchester United's response", not "Sweden's Civil
        # Contingencies Agency")
        for subject in self.subjects:
            entity = named(subject)
            if entity is None and subject.pos_ == "NOUN" and self.kind(subject) is None:
                owner = next((c for c in subject.children if c.dep_ == "poss"), None)
                entity = named(owner) if owner is not None else None
            if entity is not None:
                self.entity_at[subject.i] = entity
        self._resolved: dict[int, str | None] = {}

    def kind(self, head: Token) -> str | None:
        """Which of ``_BODY_TYPES`` the phrase headed by ``head`` is, if any."""
        if head.lower_ == "it":
            return "it"
        determiner = [c for c in head.children if c.dep_ == "det"]
        if not determiner or determiner[0].lower_ != "the" or head.ent_type_:
            return None
        if head.tag_ in {"NNS", "NNPS"}:  # "the firms" stands for more than one
            return None
        lemma = head.lemma_.lower()
        if lemma in load_lexicon("body_nouns", "attributions"):
            return "body"
        if lemma in load_lexicon("country_nouns", "attributions"):
            return "country"
        return None

    def antecedent(self, head: Token) -> str | None:
        """The entity id the phrase headed by ``head`` stands for, or None."""
        if head.i in self._resolved:
            return self._resolved[head.i]
        kind = self.kind(head)
        found = None
        if kind is not None:
            found = self._search(head, _BODY_TYPES[kind], kind == "it")
        self._resolved[head.i] = found
        return found

    def _search(self, head: Token, types: set[str], document_stops: bool) -> str | None:
        first = head.sent.start
        for _ in range(_BODY_REACH):
            if first > 0:
                first = self.doc[first - 1].sent.start
        # a document or an unnamed body is what "it" stands for
        stops = load_lexicon("document_words", "attributions") | load_lexicon(
            "unnamed_bodies", "attributions"
        )
        for subject in reversed(self.subjects):
            if subject.i >= head.i:
                continue
            if subject.i < first:
                break
            if document_stops and subject.lemma_.lower() in stops:
                return None
            entity = self.entity_at.get(subject.i)
            if entity is not None:
                if entity.type in types:
                    return entity.id
                if entity.type == "PERSON" and len(entity.name.split()) > 1:
                    continue
                # an organization the tagger took for a person ("Yukos said"), or a
                # place where an organization is wanted: no clear antecedent
                return None
            if self.kind(subject) is not None:
                # "It blamed … , the ministry said": what "it" stood for, where that is
                # the kind of entity wanted
                passed = self.antecedent(subject)
                return passed if passed and self.types[passed] in types else None
        return None


def _named_entity(article: Article, doc: Doc, source: Span) -> str | None:
    """The entity a source phrase names: the one its head word belongs to ("Sir Tony
    Blair"), else the one in apposition to it ("the former editor, George Osborne"), else,
    for a spokesman, an official or a document, the first one it names ("a spokesman for
    the ministry", "a report by Amnesty"). A name that only modifies another head names
    no source ("Kohberger's defense team", "crowds outside a McDonald's")."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    # the head, what stands in apposition to it, and a person's name in apposition that
    # the parser hung on a word nearer to it ("the editor of the Gazette, George Osborne")
    named = [head, *(c for c in head.children if c.dep_ == "appos")]
    named += [t for t in span if t.dep_ == "appos" and t.ent_type_ == "PERSON"]
    for word in named:
        for entity in article.entities:
            if any(m.start <= word.idx < m.end for m in entity.mentions):
                return entity.id
    speaks_for = {head.lemma_.lower(), head.lower_} & (
        _SPEAKING_FOR | load_lexicon("document_words", "attributions")
    )
    if not speaks_for:
        return None
    # "a spokesman for the ministry", "Turkish officials", "a report by Amnesty": the
    # first entity the phrase names is whom the person or the document speaks for.
    first: tuple[int, str] | None = None
    for entity in article.entities:
        for mention in entity.mentions:
            inside = source.start <= mention.start and mention.end <= source.end
            if inside and (first is None or mention.start < first[0]):
                first = (mention.start, entity.id)
    return first[1] if first else None


#: Words for people who speak for a body ("a spokesman for the ministry", "officials at
#: the embassy"): titles and a few more.
_SPEAKING_FOR = load_lexicon("titles") | {"official", "officials", "representative", "source"}


def _pronoun_gender(doc: Doc, article: Article, entity: Entity) -> str | None:
    """A person's gender by the pronouns that stand for the person beyond doubt: the
    subject of a clause hung on the verb the person is the subject of, in a sentence
    that names no other person ("Brawley said she fears …", "Smith resigned after he
    lost"): "f" or "m" where one kind outnumbers the other at least two to one; else
    None."""
    others: list[int] | None = None  # where other people are named, found when first needed
    counts = {"m": 0, "f": 0}
    for mention in entity.mentions:
        name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if name is None or len(name) == 0 or name.root.dep_ not in _SUBJECTS:
            continue
        pronouns = [
            token.lower_
            for clause in name.root.head.children
            if clause.dep_ in _CLAUSES
            for token in clause.children
            if token.dep_ in _SUBJECTS and token.lower_ in {"he", "she"}
        ]
        if not pronouns:
            continue
        if others is None:
            others = sorted(
                m.start
                for e in article.entities
                if e.type == "PERSON" and e.id != entity.id
                for m in e.mentions
            )
        sentence = name.sent
        at = bisect_right(others, sentence.start_char)
        if at < len(others) and others[at] < sentence.end_char:
            continue  # another person named there: whose pronoun is it?
        for word in pronouns:
            counts["m" if word == "he" else "f"] += 1
    if counts["m"] >= 2 * counts["f"] + 1:
        return "m"
    if counts["f"] >= 2 * counts["m"] + 1:
        return "f"
    return None


#: Clauses hung on a verb whose subject pronoun is that verb's subject again.
_CLAUSES = frozenset({"ccomp", "advcl", "conj"})


def _first_name_gender(entity: Entity) -> str | None:
    """The gender a person's first name tells ("Maria Lopez": "f"; ``first_names.tsv``),
    where the name has a surname too, after any word before it that is no first name
    ("Beatle George Harrison": "m"); None for a name given to women and men alike."""
    words = entity.name.split()
    if len(words) < 2:
        return None  # "Jordan" alone may be a surname, or a country
    names = load_table("first_names")
    return next((names[w] for w in words[:-1] if w in names), None)


def _gender(text: str, entity: Entity) -> str | None:
    """A person's gender where a title in or just before a mention tells ("Mrs Clinton",
    "Lord Falconer", "the congresswoman"): "f" or "m"; else None."""
    female = load_lexicon("female_titles", "attributions")
    male = load_lexicon("male_titles", "attributions")
    for mention in entity.mentions:
        before = text[max(mention.start - 20, 0) : mention.start].split()
        words = [w.lower().rstrip(".") for w in (before[-1:] + mention.text.split()[:1])]
        if any(w in female for w in words):
            return "f"
        if any(w in male for w in words):
            return "m"
    return None
