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

``find_attributions`` runs the classifier and the parse rules (``rule_spans``); the rest
lives in ``_attributions/`` by concern: ``asked`` (which words the classifier is asked
about, and where the rules overrule it), ``filters`` (which found attributions are
dropped, merged or cut back), ``extents`` (text repairs of a source's and a content's
edges), ``entities`` (the entity a source names, and whom "he" or "she" refers to) and
``kinds`` (kind and hedging).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.records import Attribution, Source, Span
from newsgraph.stages._attributions.asked import (
    askable_lemmas,
    hands_over_to_deed,
    held_in_the_passive,
    said_as_the_means,
    says_nothing,
)
from newsgraph.stages._attributions.bounds import Words, load_bounds, refine
from newsgraph.stages._attributions.cues import joined_to_report
from newsgraph.stages._attributions.entities import Sources, head_word
from newsgraph.stages._attributions.extents import (
    after_link_headline,
    after_run_in_heading,
    before_own_source,
    content_extent,
    source_extent,
    through_split_word,
)
from newsgraph.stages._attributions.filters import (
    after_hyphen_for_space,
    before_going_on,
    before_joined_report,
    before_relative_report,
    bids_the_reader,
    deed_without_words,
    describes_a_source,
    labels_a_link,
    line_label,
    opens_link_headline,
    opens_with_link,
    outermost,
    signed,
    speaker_run_into_cue,
    through_quotation,
    without_second_cue,
)
from newsgraph.stages._attributions.found import Found
from newsgraph.stages._attributions.kinds import hedge_words_in, hedged, kind_of
from newsgraph.stages._attributions.model import load_confidence, load_model, quote_marks, score
from newsgraph.stages._attributions.quotations import tags_quotation
from newsgraph.stages._attributions.quotes import Quotes
from newsgraph.stages._attributions.sources import after_dateline
from newsgraph.stages._attributions.spans import find_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.records import Article

KINDS = ("direct", "indirect", "according-to", "document", "belief")
_BARE_COPULAS = frozenset(
    {"is", "are", "was", "were", "am", "be", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m"}
)
#: The classifier score above which a word is a cue (chosen on PolNeAR dev).
CUE_THRESHOLD = 0.0


def rule_spans(doc: Doc, quotes: Quotes, scores: dict[int, float] | None = None) -> list[Found]:
    """What the cue classifier and the parse rules find, before the edges are learned;
    ``scores`` gets the classifier's score of each word it was asked about."""
    model = load_model()
    askable = askable_lemmas()
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
            and not held_in_the_passive(token, lemma)
            and not said_as_the_means(token, lemma, quotes)
        ):
            return False
        return not says_nothing(token, lemma) and not hands_over_to_deed(token, model)

    # a line label is no cue, and leaves the quotation before it to a signed speaker
    found = [f for f in find_spans(doc, accept, quotes, askable) if not line_label(doc, f)]
    return found + [f for f in signed(doc, quotes, found) if not line_label(doc, f)]


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
    refined = [refine(words, f, bounds, joined) for f in found_all]
    text = quotes.text  # what the rules read: single quotation marks may read as double
    # a bare "is" or "were" says nothing of anyone's words (PolNeAR train: 6 of 19,833 cues)
    refined = [f for f in refined if text[f.cue[0] : f.cue[1]].lower() not in _BARE_COPULAS]
    refined = [f for f in refined if not deed_without_words(doc, text, f)]
    refined = [f for f in refined if not bids_the_reader(doc, f)]
    refined = [f for f in refined if not opens_link_headline(doc, text, f)]
    refined = [f for f in refined if not describes_a_source(text, f, refined)]
    refined = [through_quotation(quotes, after_hyphen_for_space(text, f)) for f in refined]
    refined = [speaker_run_into_cue(doc, text, f) for f in refined]
    refined = [before_joined_report(doc, text, f, refined) for f in refined]
    refined = [before_going_on(text, f, refined) for f in refined]
    refined = [before_relative_report(text, f, refined) for f in refined]
    refined = without_second_cue(text, refined)
    attributions: list[Attribution] = []
    sources = Sources(article, doc, quotes)
    hedge_words = hedge_words_in(doc) if refined else []
    for found in outermost(sorted(refined, key=lambda f: f.cue)):
        if found.content and labels_a_link(text[found.content[0] : found.content[1]]):
            continue
        cue = _span(article.text, found.cue)
        # What names the source: the noun a "who" stands for, else the source itself.
        named = _span(article.text, found.antecedent) if found.antecedent else None
        source = None
        if found.source is not None:
            extent = through_split_word(text, source_extent(text, found.source), found.cue)
            extent = after_link_headline(doc, text, extent)
            extent = after_run_in_heading(doc, quotes, extent, extent[1])
            if not _names_no_one(text, extent):
                source_span = _span(article.text, extent)
                named = named or source_span
                source = Source(span=source_span, entity=sources.entity_for(named))
        sources.said = found.content
        content = None
        if found.content:
            said = after_run_in_heading(
                doc,
                quotes,
                content_extent(doc, after_dateline(text, found.content), quotes, found.cue),
                found.cue[0],
            )
            if source is not None:
                said = before_own_source(text, said, extent, found.cue)
            # another article's headline is no part of what anyone said here
            content = None if opens_with_link(text, said) else _span(article.text, said)
        kind = kind_of(found, head_word(doc, named), cue.text, text)
        attributions.append(
            Attribution(
                id=f"A{len(attributions) + 1}",
                cue=cue,
                source=source,
                content=content,
                kind=kind,
                hedged=kind == "belief" or hedged(found, hedge_words),
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


def _names_no_one(text: str, extent: tuple[int, int]) -> bool:
    """Whether a source is only an auxiliary or a joining word, which the parse took for a
    subject where the text lost a space ("The group, which-includes …,-has urged": "has";
    '… crowds-"sad!"?and said': "and"; ``unspeaking_words.txt``)."""
    # as written: "IS" and "May" may name a group or a person
    return text[extent[0] : extent[1]] in load_lexicon("unspeaking_words", "attributions")


def _span(text: str, extent: tuple[int, int]) -> Span:
    return Span(extent[0], extent[1], text[extent[0] : extent[1]])
