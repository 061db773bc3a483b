"""Which words the cue classifier is asked about, and where the rules overrule it: a
belief held in the passive with "it" and "by saying" with what is said are cues whatever
their score; a verb that says nothing of anyone's words ("asked of", "claimed the land",
a deed done to a thing) or hands over to a deed is none.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.stages._attributions.cues import chained
from newsgraph.stages._attributions.model import CueModel, load_model
from newsgraph.stages._attributions.parse import could_speak
from newsgraph.stages._attributions.quotations import continuation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.stages._attributions.quotes import Quotes


@cache
def askable_lemmas() -> frozenset[str]:
    """The lemmas the classifier is asked about: those seen as cues, and verbs of saying."""
    return load_model().lemmas | load_lexicon("speech_verbs", "attributions")


def held_in_the_passive(token: Token, lemma: str) -> bool:
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


def said_as_the_means(token: Token, lemma: str, quotes: Quotes) -> bool:
    """Whether "saying" or "telling" after "by" or "upon" reports a clause or a quotation
    ("responded by saying the plan was dead", "began by saying, “…”"): what the subject
    of the verb above said, however low the classifier scores a verb with no subject of
    its own; after "with", what its own subject said ("with 40 percent of voters saying
    they trust her"); not in a quotation (the speaker's own words) nor in title case."""
    if token.dep_ != "pcomp" or lemma not in _SAID or token.head.lower_ not in _MEANS:
        return False
    if token.tag_ != "VBG" or not token.is_lower or quotes.inside(token.idx):
        return False
    if token.head.lower_ == "with" and not any(c.dep_ == "nsubj" for c in token.children):
        return False  # "with Ruiz saying …" names its speaker; "fed up with saying …" none
    end = token.idx + len(token)
    return any(c.dep_ == "ccomp" for c in token.children) or (
        continuation(quotes.text, end, quotes, skip=" ,:\u00a0") is not None
    )


#: Plain verbs of saying, whose "by saying" always tells words said, and the words before
#: them that make the "-ing" verb a report of its own.
_SAID = frozenset({"say", "tell"})
_MEANS = frozenset({"by", "upon", "with"})


def hands_over_to_deed(token: Token, model: CueModel) -> bool:
    """Whether a verb hands over to one never seen as a cue and no verb of saying ("went on
    to skip the tests", "is attempting to curb emissions"): the deed is what it tells."""
    inner = chained(token)
    if inner is None:
        return False
    lemma = inner.lemma_.lower()
    return lemma not in model.lemmas and lemma not in load_lexicon("speech_verbs", "attributions")


def says_nothing(token: Token, lemma: str) -> bool:
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
    if _in_connective(token) or _in_a_title(token):
        return True
    if lemma == "see" and _seen_by_a_thing(token):
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


def _seen_by_a_thing(token: Token) -> bool:
    """Whether "see" has a thing or a time for its subject, which lives through what
    follows, not looks on it ("The deal saw the port reopen", "Recent weeks have seen a
    rush of orders"); not where it says what its object is ("sees the vote as a test")."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    # a time is no speaker, though the plural of a noun may be ("Recent years have seen")
    if subject.ent_type_ != "DATE" and could_speak(subject):
        return False
    word = subject.lemma_.lower()
    if word in _SHARES or any(c.dep_ == "nummod" for c in subject.children):
        return False  # "57 percent see Trump negatively": a share of those polled
    if word in load_lexicon("document_words", "attributions"):
        return False  # "the report sees growth slowing": a document's forecast
    if word in load_lexicon("country_nouns", "attributions"):
        return False  # "the kingdom has seen the value of …": a state's view
    # a clause of its own may be what is seen ("sees that …"), not a doing ("sees Ruiz
    # replacing Berg")
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.tag_ not in {"VBG", "VB"}]
    return not _seen_as(token) and not clauses


#: Nouns that stand for a share of people polled ("a majority see …").
_SHARES = frozenset({"percent", "%", "majority", "minority", "plurality", "half", "third"})


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
    if token.lower_ not in _connective_words():
        return False  # no word of any such phrase
    doc = token.doc
    starts = [k for k in range(max(token.i - 5, 0), token.i + 1) if doc[k].is_sent_start]
    if not starts:
        return False  # more than five words into its sentence: no opening phrase
    start = starts[-1]
    comma = _opening_comma(doc, start)
    if comma is None or token.i > comma:
        return False
    opening = " ".join(t.lower_ for t in doc[start:comma])
    return opening in load_lexicon("connectives", "attributions")


@cache
def _connective_words() -> frozenset[str]:
    """The words of the phrases of ``connectives.txt``."""
    return frozenset(
        w for phrase in load_lexicon("connectives", "attributions") for w in phrase.split(" ")
    )


def _in_a_title(token: Token) -> bool:
    """Whether a capitalized word inside running text is one of a title's words in title
    case ("the musical Tell Them Tomorrow", "the play In Winter Old Kings Look Red"): the
    name of a work, no one's words. A headline in title case has no running text before its verb
    ("Mayor Says Rates Will Fall") and keeps its cue."""
    doc = token.doc
    if token.is_sent_start or not token.text[:1].isupper() or token.text.isupper():
        return False
    if not any(_titled(word) for word in (doc[token.i - 1], doc[min(token.i + 1, len(doc) - 1)])):
        return False
    running = doc[token.sent.start : token.i]
    return any(w.is_alpha and w.is_lower and not w.is_stop for w in running)


def _titled(word: Token) -> bool:
    """Whether a word within a sentence is a word in title case."""
    return word.is_alpha and word.text[:1].isupper() and word.text != "I" and not word.is_sent_start


def _opening_comma(doc: Doc, start: int) -> int | None:
    """The first comma of the sentence that starts at word ``start``, where it is among
    the sentence's first six words."""
    for word in doc[start : start + 6]:
        if word.i > start and word.is_sent_start:
            return None
        if word.text == ",":
            return word.i
    return None


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
