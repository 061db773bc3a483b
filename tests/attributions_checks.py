"""Helpers the attributions tests share: one attribution by its cue, a hand-given parse's cue."""

from __future__ import annotations


def one(pipeline, text: str, cue: str):
    attributions = pipeline.extract(text).attributions
    found = [a for a in attributions if a.cue.text == cue]
    assert len(found) == 1, [(a.cue.text, a.content and a.content.text) for a in attributions]
    return found[0]


def parsed_cue(pipeline, cue: int, **parse) -> tuple[str, str]:
    """The source and the content the rules find for the cue at token ``cue`` of a parse
    given by hand (``words``, ``heads``, ``deps``, ``pos`` and the like)."""
    from spacy.tokens import Doc

    from newsgraph.stages._attributions.quotes import Quotes
    from newsgraph.stages._attributions.verbs import verb_cue

    doc = Doc(pipeline.nlp.vocab, **parse)
    found = verb_cue(doc[cue], Quotes(doc.text))
    assert found.source is not None and found.content is not None
    return doc.text[slice(*found.source)], doc.text[slice(*found.content)]
