"""The event stage: who did what to whom, coded with PLOVER and CAMEO, and whether it happened.

Triggers are verbs and nouns from the lexicon (``data/events/triggers.tsv``). Their
arguments come from the dependency parse: the subject is the source and the object
or a "with/against/on/to" phrase the target, passives and "by" agents swapped,
"X and Y" split into two actors, a light verb ("launched an attack", "issued
warrants") lending its subject to the event noun it governs. Each event then gets
its status (negated, hypothetical, reported inside an attribution, else asserted),
the time expression and place that the trigger's clause names, and for violence the
casualty figures of its sentence.

The rules live in ``_events/`` by concern: ``coding`` (verbs and nouns), ``actors`` and
``phrases`` (who acts, and how far their phrases reach), ``targets``, ``places`` and
``sides`` (whom an event is aimed at), ``status``, ``sentence`` (which coded events a
sentence keeps, and which leads) and ``record`` (entities, time, place, attribution and
casualties).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.records import Event
from newsgraph.stages._attributions.quotes import quote_regions
from newsgraph.stages._events.coding import (
    carrier,
    code_noun,
    code_verb,
    governing_verb,
    light_verb_object,
    subsumed,
    untold_demands,
)
from newsgraph.stages._events.lexicon import NOT_AN_EVENT, Lexicon, load_lexicon
from newsgraph.stages._events.model import Actor, Coded
from newsgraph.stages._events.parse import anaphoric, trigger_of
from newsgraph.stages._events.record import to_event
from newsgraph.stages._events.sentence import (
    aimless_hacking,
    as_one_group,
    lead_with_causes,
    market_demand,
    no_act,
    no_harm_done,
    without_actor,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from newsgraph.records import Article

__all__ = ["Actor", "Coded", "code_sentence", "find_events"]


def find_events(doc: Doc, article: Article) -> list[Event]:
    """The events of the article, in text order, ids "V1", "V2", …."""
    lexicon = load_lexicon()
    quotations = quote_regions(article.text)
    events: list[Event] = []
    for sent in doc.sents:
        for coded in code_sentence(sent, lexicon):
            events.append(to_event(coded, sent, article, quotations, f"V{len(events) + 1}"))
    return events


def code_sentence(sent: SpacySpan, lexicon: Lexicon | None = None) -> list[Coded]:
    """Every event a sentence states, with its arguments and status, in text order."""
    lexicon = lexicon or load_lexicon()
    found: list[Coded] = []
    absorbed: set[int] = set()  # event nouns already coded through their light verb
    for token in sent:
        if token.i in absorbed:
            continue
        noun = light_verb_object(token, lexicon)
        if noun is not None:
            entry = trigger_of(noun, "N", lexicon)
            if entry is not None and entry.cameo != NOT_AN_EVENT:
                absorbed.add(noun.i)
                found.append(code_noun(noun, entry, lexicon, via=token))
                continue
        pos = "V" if token.pos_ == "VERB" else "N" if token.pos_ in ("NOUN", "PROPN") else ""
        if not pos or token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        if token.pos_ == "PROPN" and token.ent_type_ in ("DATE", "TIME"):
            continue  # a month's name is no event: "on March 10"
        entry = trigger_of(token, pos, lexicon)
        if entry is None or entry.cameo == NOT_AN_EVENT or subsumed(token, pos, lexicon):
            continue
        if no_act(token, entry):
            continue
        if pos == "V":
            found.append(code_verb(token, entry, lexicon))
            continue
        via = governing_verb(carrier(token, lexicon), lexicon)
        coded = code_noun(token, entry, lexicon, via=via)
        if coded.sources or coded.targets or coded.participants or not anaphoric(token):
            found.append(coded)
    found += untold_demands(sent, found, lexicon)
    found = [coded for coded in found if not without_actor(coded, lexicon)]
    found = [coded for coded in found if not no_harm_done(coded, found)]
    found = [coded for coded in found if not market_demand(coded)]
    found = [coded for coded in found if not aimless_hacking(coded)]
    for coded in found:
        coded.targets = [
            a if a in coded.sources else as_one_group(sent.doc, a, lexicon) for a in coded.targets
        ]
    found.sort(key=lambda c: c.trigger.i)
    lead_with_causes(found)
    return found
