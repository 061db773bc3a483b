"""Cue, source and content spans read off the dependency parse.

A cue is a verb of saying or thinking ("said", "believe", "concludes") or the phrase
"according to". Its source is the subject of the verb (the object of "according to");
its content is the clause it governs ("said that …"), or the clause it interrupts or
follows ("…, he said"). A content inside quotation marks takes the whole quotation,
marks included, even across sentences.

``find_spans`` looks at each word that may be a cue; the rules live beside this module
by concern: ``verbs`` puts a verb cue's attribution together from ``cues`` (how far a
cue runs), ``sources`` and ``speakers`` (who says it), ``contents`` (what is said) and
``quotations`` (quotation marks around the cue); ``constructions`` finds "according
to", "reportedly", polls, "To X," headline verbs and reports that end with their
speaker, and ``media`` a message put out through a medium ("issued a statement saying
…"). ``parse`` holds what they all ask of the parse, ``found`` what they return.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._attributions.constructions import (
    according_to,
    according_to_word,
    goes_to_plan,
    headline_end,
    headline_verb,
    held_view,
    in_poll,
    opening_poll,
    opening_viewer,
    reported,
    reported_before,
    said_at_end,
    tail_report,
    to_viewer,
)
from newsgraph.stages._attributions.cues import (
    cue_start,
    hands_over,
    hasty,
    led_by_means,
    means_taken,
    more_likely,
    seeming,
    stance_taken,
    worth_a_look,
)
from newsgraph.stages._attributions.found import Found
from newsgraph.stages._attributions.media import PARTICIPLE_DEPS, publisher, through_medium
from newsgraph.stages._attributions.quotations import quoted_words
from newsgraph.stages._attributions.quotes import Quotes
from newsgraph.stages._attributions.sources import quoted_speaker
from newsgraph.stages._attributions.verbs import verb_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _in_title(token: Token) -> bool:
    """Whether a capital "According" right after a capitalised word on the same line is
    part of a title ("the sitcom The World According to Bex")."""
    if token.text != "According" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.is_alpha and before.is_title and before.whitespace_ == " "


def find_spans(
    doc: Doc, accept: Callable[[Token], bool], quotes: Quotes, lemmas: frozenset[str]
) -> list[Found]:
    """Every attribution in the parse whose cue ``accept`` takes (``quotes``: of its text;
    ``lemmas``: the lemmas ``accept`` may take, lower-cased)."""
    found: list[Found] = []
    headline = headline_end(doc, quotes.text)
    # every word of a headline: a verb there may be read as a name ("Chief Slams …")
    candidates = [*doc[:headline], *(t for t in worth_a_look(doc, lemmas) if t.i >= headline)]
    for token in candidates:
        lower, pos = token.lower_, token.pos_  # read once: each read asks the parse again
        if lower == "according" and (to := according_to_word(token)) is not None:
            # inside a quotation it is the speaker's own words, which the quotation's
            # attribution reports (PolNeAR train and dev mark none of 7)
            if (
                not goes_to_plan(to)
                and not quoted_words(token, quotes)
                and not (token.i >= headline and _in_title(token))
            ):
                found.append(according_to(token, quotes))
        elif lower == "reportedly" and (hearsay := reported(token, quotes)) is not None:
            found.append(hearsay)  # "The firm is reportedly weighing a sale"
        elif lower == "in" and (poll := opening_poll(token)) is not None:
            found.append(in_poll(token, poll, quotes))
        elif token.text == "To" and (viewer := opening_viewer(token, quotes)) is not None:
            found.append(to_viewer(token, viewer, quotes))
        elif pos == "NOUN" and (view := held_view(token, quotes)) is not None:
            found.append(view)  # "Her argument was that …"
        elif (
            pos == "VERB"
            and token.lemma_.lower() in lemmas
            and (lead := hasty(token) or seeming(token) or more_likely(token)) is not None
        ):
            # "was quick to point out that …", "seemed to suggest that …": one cue, the
            # verb's source and content
            verb = verb_cue(token, quotes)
            content = verb.content or reported_before(lead, quotes)
            cue = (doc[cue_start(lead)].idx, verb.cue[1])
            found.append(replace(verb, cue=cue, content=content))
        elif pos in {"VERB", "AUX", "NOUN"} and (
            accept(token) or stance_taken(token) is not None or hands_over(token, accept)
        ):
            verb = verb_cue(token, quotes)
            if verb.content is None and (tail := said_at_end(token, quotes)) is not None:
                verb = tail  # "…, lobby group the CBI says.", the cue read as a relative
            elif (means := led_by_means(token)) is not None:
                # "began by saying …": one cue; the verb's own cue is part of it
                verb = replace(verb, cue=(doc[cue_start(means)].idx, verb.cue[1]))
            elif (step := means_taken(token)) is not None and not accept(step):
                # "began by crediting Ruiz for …": what the "-ing" verb takes is what is said
                taken = verb_cue(step, quotes)
                verb = replace(verb, cue=(verb.cue[0], taken.cue[1]), content=taken.content)
            found.append(verb)
        elif pos == "NOUN" and (tail := tail_report(token, quotes)) is not None:
            found.append(tail)  # "…, the central bank forecast on Thursday."
        elif pos == "VERB" and (tail := said_at_end(token, quotes)) is not None:
            found.append(tail)  # "…, Downing Street has indicated.", read as a second verb
        elif (
            pos == "PROPN"
            and token.i < headline
            and (titled := headline_verb(token, quotes, headline)) is not None
        ):
            found.append(titled)  # "Senator Praises Rival Plan", the verb read as a name
    # "issued a statement saying …": the construction makes the participle a cue.
    speech = load_lexicon("speech_verbs", "attributions")
    for token in candidates:
        if (
            token.dep_ in PARTICIPLE_DEPS
            and token.lemma_.lower() in speech
            and publisher(token) is not None
            and not any(f.cue[0] <= token.idx < f.cue[1] for f in found)
        ):
            found.append(verb_cue(token, quotes))
    # "the paper quoted an aide as saying …": the aide's words, within the paper's.
    for token in candidates:
        if quoted_speaker(token) is not None and not any(
            f.cue[0] <= token.idx < f.cue[1] for f in found
        ):
            found.append(verb_cue(token, quotes))
    found = [through_medium(doc, quotes.text, f, found) for f in found]
    # A cue inside a longer one ("say" of "went on to say") is part of it.
    return [
        f
        for f in found
        if not any(o.cue != f.cue and o.cue[0] <= f.cue[0] and f.cue[1] <= o.cue[1] for o in found)
    ]
