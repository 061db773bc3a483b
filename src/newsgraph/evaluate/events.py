"""Scoring the event stage on the development sets in ``../shared/data/events/``.

- ``cameo_class_train.tsv``: sentences with a CAMEO penta-class (0 statement or appeal,
  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
  The sentence's main event (the trigger nearest the root of the parse) gives the
  class through its CAMEO root; a sentence with no event counts as class 0.
- ``cameo_ner_train.txt``: the same kind of sentences with their main event's source
  (S), target (T) or both (R) actors tagged BIO; scored by exact match of the phrases.
  The set tags each member of a coordinated target on its own ("aid to El Salvador,
  Guatemala and Honduras": three targets; "diplomats from Poland, Germany and Sweden":
  "diplomats from Poland" and two more), so a predicted target is scored member by
  member, unless it is the event's source too ("Canada and Britain agreed", tagged whole
  as both). It tags both sides of a meeting R, source and target at once, so for a
  CONSULT event every party (source, target or participant) is scored in both roles;
  not for a mediation or a visit, where it tags the mediator or the visitor S and the
  sides mediated or the host T. Named sources listed together that do not act on each
  other ("China and Russia vetoed …") it tags member by member too.
- ``PETR.UnitTest.records.xml``: PETRARCH2's validation records. Their actors are
  fictional, coded by the first letters of their names ("ARN" Arnor, "GONGOV" the
  government of Gondor), so a phrase stands for a code when one of its words begins with
  the code's three-letter stem. Their event codes come from a test dictionary that
  began as a WEIS one (WEIS 041 "praise" is CAMEO 051, WEIS 064 "grant recognition" is
  CAMEO 054), so a WEIS code is compared through the CAMEO root it corresponds to, and a
  code that only tests the coder's patterns ("903", "1717", "174K") gives no root to
  compare: such codings count for source and target agreement only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsgraph.evaluate import Scores, prf
from newsgraph.evaluate._cli import emit, eval_options
from newsgraph.stages.events import Actor, Coded, code_sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLASS_FILE = "cameo_class_train.tsv"
ACTOR_FILE = "cameo_ner_train.txt"
PETR_FILE = "PETR.UnitTest.records.xml"


def penta_class(cameo: str) -> int:
    """The penta-class of a CAMEO code: 01-02 → 0, 03-05 → 1, 06-08 → 2, 09-13 and 16 → 3,
    14-15 and 17-20 → 4.

    The development set puts reductions of relations (16: sanctions, suspensions,
    expulsions of diplomats) with verbal conflict, so this mapping does too.
    """
    root = int(cameo[:2])
    if root <= 2:
        return 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13 or root == 16:
        return 3
    return 4


def main_event(doc: Doc) -> Coded | None:
    """The event of a sentence nearest the root of its parse (the first on a tie)."""
    coded = [c for sent in doc.sents for c in code_sentence(sent)]
    return min(coded, key=lambda c: (c.depth, c.trigger.i)) if coded else None


def _parse(texts: list[str], model: str | None) -> list[Doc]:
    from newsgraph.nlp import load_model

    return list(load_model(model).pipe(texts, batch_size=64))


def score_classes(path: Path, model: str | None = None) -> Scores:
    """Penta-class accuracy of the main event over a TSV of ``sentence<TAB>class``."""
    rows = [line.rsplit("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if line]
    docs = _parse([text for text, _ in rows], model)
    correct = coded = 0
    for (_, gold), doc in zip(rows, docs, strict=True):
        event = main_event(doc)
        predicted = penta_class(event.entry.cameo) if event else 0
        correct += predicted == int(gold)
        coded += event is not None
    return {
        "class_accuracy": correct / len(rows),
        "class_sentences": float(len(rows)),
        "class_coded_share": coded / len(rows),
    }


@dataclass(frozen=True, slots=True)
class _ActorSentence:
    text: str
    sources: frozenset[tuple[int, int]]  # character spans
    targets: frozenset[tuple[int, int]]


def read_actor_sentences(path: Path) -> list[_ActorSentence]:
    """CoNLL-style blocks of ``token TAG`` lines, tags B-/I- S, T or R, joined with spaces."""
    sentences = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        pairs = [line.rsplit(" ", 1) for line in block.splitlines() if line.strip()]
        if not pairs:
            continue
        text, spans = _join(pairs)
        sentences.append(
            _ActorSentence(
                text,
                frozenset(s for role, s in spans if role in ("S", "R")),
                frozenset(s for role, s in spans if role in ("T", "R")),
            )
        )
    return sentences


#: Word endings the set's tokenizer split off at a typographic apostrophe ("Libya’s" is
#: tokens "Libya", "’", "s"); joined with spaces they would read "Libya ’ s", which no
#: text has and the parser misreads, so they are joined back onto their word.
_CLITICS = frozenset({"s", "t"})


def _join(pairs: list[list[str]]) -> tuple[str, list[tuple[str, tuple[int, int]]]]:
    text = ""
    spans: list[tuple[str, tuple[int, int]]] = []
    open_role, open_start, end = "", 0, 0
    words = [token for token, _ in pairs]
    for n, (token, tag) in enumerate(pairs):
        glued = (token == "’" and n + 1 < len(pairs) and pairs[n + 1][0] in _CLITICS) or (
            token in _CLITICS and n > 0 and pairs[n - 1][0] == "’"
        )
        glued = glued or _inside_initials(words, n) or _inside_figure(words, n)
        space = " " if text and not glued else ""
        start = len(text) + len(space)
        text = f"{text}{space}{token}"
        if tag.startswith("I-") and open_role == tag[2:]:
            end = len(text)
            continue
        if open_role:
            spans.append((open_role, (open_start, end)))
            open_role = ""
        if tag[:2] in ("B-", "I-"):
            open_role, open_start, end = tag[2:], start, len(text)
    if open_role:
        spans.append((open_role, (open_start, end)))
    return text, spans


def _inside_initials(words: list[str], n: int) -> bool:
    """Whether word ``n`` continues an abbreviation that the set's tokenizer split ("U . K"
    is "U.K", "T . P . L . F" is "T.P.L.F", "Mr . Sisi" is "Mr. Sisi"): a period between
    two capital letters or after a title, or a capital letter after such a period."""

    def initial(i: int) -> bool:
        return 0 <= i < len(words) and len(words[i]) == 1 and words[i].isupper()

    if words[n] == ".":
        return (initial(n - 1) and initial(n + 1)) or (n > 0 and words[n - 1] in _TITLES)
    return initial(n) and n >= 2 and words[n - 1] == "." and initial(n - 2)


def _inside_figure(words: list[str], n: int) -> bool:
    """Whether word ``n`` continues a figure whose thousands the set's tokenizer split off
    ("1 , 100 workers" is "1,100 workers"): a comma between a number of up to three digits
    and a group of three, or that group."""

    def group(i: int) -> bool:
        return 0 <= i < len(words) and len(words[i]) == 3 and words[i].isdigit()

    def lead(i: int) -> bool:
        return 0 <= i < len(words) and 1 <= len(words[i]) <= 3 and words[i].isdigit()

    if words[n] == ",":
        return lead(n - 1) and group(n + 1)
    return group(n) and n >= 2 and words[n - 1] == "," and lead(n - 2)


#: Abbreviated titles whose period the set's tokenizer split off ("Mr . Sisi").
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Prof"})


def score_actors(path: Path, model: str | None = None) -> Scores:
    """Exact-match P/R/F1 of the main event's source and target phrases."""
    sentences = read_actor_sentences(path)
    docs = _parse([s.text for s in sentences], model)
    counts = {"source": [0, 0, 0], "target": [0, 0, 0]}
    for sentence, doc in zip(sentences, docs, strict=True):
        event = main_event(doc)
        predicted = predicted_actors(doc, event)
        for role, gold in (("source", sentence.sources), ("target", sentence.targets)):
            tp = len(predicted[role] & gold)
            counts[role][0] += tp
            counts[role][1] += len(predicted[role]) - tp
            counts[role][2] += len(gold) - tp
    scores: Scores = {}
    for role, (tp, fp, fn) in counts.items():
        p, r, f = prf(tp, fp, fn)
        scores.update({f"{role}_precision": p, f"{role}_recall": r, f"{role}_f1": f})
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    scores["actor_f1"] = prf(tp, fp, fn)[2]
    return scores


def predicted_actors(doc: Doc, event: Coded | None) -> dict[str, set[tuple[int, int]]]:
    """The character spans of an event's sources and targets as the set tags them."""
    if event is None:
        return {"source": set(), "target": set()}
    sources = {
        _chars(doc, m)
        for a in event.sources
        for m in (_member_phrases(doc, a) if _named_sides(doc, a, event) else [a.full])
    }
    targets = {
        _chars(doc, m)
        for a in event.targets
        for m in ([a.full] if a in event.sources else _member_phrases(doc, a))
    }
    if event.entry.plover == "CONSULT" and event.entry.cameo not in _ONE_SIDED_CONSULTS:
        parties = sources | targets | {_chars(doc, a.full) for a in event.participants}
        return {"source": parties, "target": set(parties)}
    return {"source": sources, "target": targets}


def _named_sides(doc: Doc, actor: Actor, event: Coded) -> bool:
    """Whether a source lists several named actors that act each on their own ("China and
    Russia vetoed …", "Kony and the LRA are responsible"), which the set tags member by
    member; sides that act on each other ("Canada and Britain agreed") and lists of
    common nouns ("Yemeni army and allied forces") it tags whole."""
    if len(actor.cores) < 2 or actor in event.targets:
        return False
    heads = [doc[core[0] : core[1]].root for core in actor.cores]
    return all(h.pos_ == "PROPN" or h.ent_type_ in ("GPE", "ORG", "PERSON") for h in heads)


#: Consultations that one side does to the other: a visit (the visitor and whom or where
#: it visits) and a mediation (the mediator and the sides it mediates between).
_ONE_SIDED_CONSULTS = frozenset({"042", "045"})


def _member_phrases(doc: Doc, actor: Actor) -> list[tuple[int, int]]:
    """Each coordinated member of an actor phrase with its own modifiers ("flood victims in
    Chad and herders in the north" → both phrases); the whole phrase when it has one."""
    if len(actor.cores) < 2:
        return _nested_members(doc, actor.full)
    phrases = []
    for n, core in enumerate(actor.cores):
        head = doc[core[0] : core[1]].root
        lefts = [c.left_edge.i for c in head.lefts if c.dep_ not in ("cc", "preconj", "punct")]
        start = actor.full[0] if n == 0 else min([head.i, *lefts])
        end = head.i + 1
        for child in head.rights:
            closed = _bracket_end(doc, child)
            if closed is not None:  # "the Democratic Republic of the Congo ( DRC )"
                end = closed
                continue
            if child.dep_ in ("conj", "cc", "punct", "relcl", "appos"):
                break
            end = child.right_edge.i + 1
        opened = sum(1 if t.is_left_punct else -1 for t in doc[start:end] if t.is_bracket)
        if end < len(doc) and doc[end].text == ")" and opened > 0:
            end += 1  # "the Central African Republic ( CAR )": the bracket it opened
        phrases.append((start, min(end, actor.full[1])))
    return phrases


def _nested_members(doc: Doc, full: tuple[int, int]) -> list[tuple[int, int]]:
    """A list that ends the phrase inside its last prepositional phrase is tagged member
    by member too, the first with the head: "diplomats from Poland , Germany and Sweden"
    → "diplomats from Poland", "Germany", "Sweden"."""
    head = doc[full[0] : full[1]].root
    preps = [c for c in head.rights if c.dep_ == "prep" and c.right_edge.i == full[1] - 1]
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    if not objects:
        return [full]
    first = objects[0]
    members = [m for m in first.conjuncts if m.i > first.i]
    if not members:
        return [full]
    phrases = [(full[0], first.i + 1)]
    for member in members:
        lefts = [c.left_edge.i for c in member.lefts if c.dep_ not in ("cc", "preconj", "punct")]
        phrases.append((min([member.i, *lefts]), member.i + 1))
    return phrases


def _bracket_end(doc: Doc, child: Token) -> int | None:
    """Where a name in brackets after a member ("( DRC )"), which belongs to it, ends."""
    if child.dep_ != "appos":
        return None
    first, last = child.left_edge.i, child.right_edge.i
    first -= doc[first].text != "("  # the parser may hang the brackets on the name or not
    last += doc[last].text != ")"
    if first >= 0 and last < len(doc) and doc[first].text == "(" and doc[last].text == ")":
        return last + 1
    return None


def _chars(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    phrase = doc[tokens[0] : tokens[1]]
    return phrase.start_char, phrase.end_char


@dataclass(frozen=True, slots=True)
class _Coding:
    source: str
    target: str
    event: str


def read_petr(path: Path) -> list[tuple[str, list[_Coding]]]:
    """(sentence text, gold codings) of each validation record that has codings."""
    records = []
    for body in re.findall(r"<Sentence [^>]*>(.*?)</Sentence>", path.read_text("utf-8"), re.S):
        text_match = re.search(r"<Text>(.*?)</Text>", body, re.S)
        codings = [
            _Coding(
                _attr(attrs, "sourcecode"), _attr(attrs, "targetcode"), _attr(attrs, "eventcode")
            )
            for attrs in re.findall(r"<EventCoding ([^>]*)>", body)
        ]
        codings = [c for c in codings if c.event and c.event[:2].isdigit()]
        if text_match and codings:
            records.append((" ".join(text_match.group(1).split()), codings))
    return records


#: The CAMEO root of each WEIS event code (McClelland's World Event/Interaction Survey
#: codebook) that has one: 02 comment is a statement (01), 03 consult 04, 04 approve 05,
#: 05 promise an intent to cooperate (03), 06 grant by what is granted, 07 reward aid
#: (07), 08 agree by what is agreed, 09 request an appeal (02), 10 propose, 11 reject
#: (12), 12 accuse and 13 protest disapproval (11), 14 deny (01), 15 demand (10), 16 warn
#: and 17 threaten (13), 18 demonstrate, 19 reduce relationship (16), 20 expel, 21
#: seize (17), 22 force.
WEIS_TO_CAMEO_ROOT = {
    **dict.fromkeys(("011", "012", "065", "066"), "08"),
    **dict.fromkeys(("021", "022", "023", "024", "025", "141", "142"), "01"),
    **dict.fromkeys(("031", "032", "033"), "04"),
    **dict.fromkeys(("041", "042", "061", "064", "081"), "05"),
    **dict.fromkeys(("051", "052", "053", "054", "082", "101"), "03"),
    **dict.fromkeys(("063", "071", "072", "073"), "07"),
    **dict.fromkeys(("091", "092", "093", "094", "095", "102"), "02"),
    **dict.fromkeys(("111", "112"), "12"),
    **dict.fromkeys(("121", "122", "131", "132"), "11"),
    "150": "10",
    **dict.fromkeys(("160", "171", "172", "173", "174"), "13"),
    "181": "14",
    "182": "15",
    **dict.fromkeys(("191", "192", "193", "194", "195", "201"), "16"),
    **dict.fromkeys(("202", "211", "212", "221"), "17"),
    "222": "18",
    "223": "19",
}


def _attr(attrs: str, key: str) -> str:
    match = re.search(rf'{key}="([^"]*)"', attrs)
    return match.group(1) if match else ""


def _stands_for(phrase: str, code: str) -> bool:
    stem = code[:3].casefold()
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", phrase.casefold()) if not unicodedata.combining(c)
    )
    return len(stem) == 3 and any(word.startswith(stem) for word in re.findall(r"\w+", folded))


def score_petr(path: Path, model: str | None = None) -> Scores:
    """Agreement with PETRARCH2's gold codings: source and target over all codings; the
    CAMEO root, and all three at once, over the codings whose WEIS code has a root."""
    records = read_petr(path)
    docs = _parse([text for text, _ in records], model)
    agree = {"source": 0, "target": 0, "root": 0, "coding": 0}
    total = rooted = 0
    for (_, codings), doc in zip(records, docs, strict=True):
        events = [c for sent in doc.sents for c in code_sentence(sent)]
        for gold in codings:
            total += 1
            gold_root = WEIS_TO_CAMEO_ROOT.get(gold.event)
            rooted += gold_root is not None
            best = {"source": False, "target": False, "root": False, "coding": False}
            for event in events:
                source = any(_stands_for(_text(doc, a.full), gold.source) for a in event.sources)
                target = any(_stands_for(_text(doc, a.full), gold.target) for a in event.targets)
                root = event.entry.cameo[:2] == gold_root
                best["source"] |= source
                best["target"] |= target
                best["root"] |= root
                best["coding"] |= source and target and root
            for key, hit in best.items():
                agree[key] += hit
    denominators = {"source": total, "target": total, "root": rooted, "coding": rooted}
    return {f"petr_{key}_agreement": n / max(denominators[key], 1) for key, n in agree.items()} | {
        "petr_codings": float(total),
        "petr_rooted_codings": float(rooted),
    }


def _text(doc: Doc, tokens: tuple[int, int]) -> str:
    return str(doc[tokens[0] : tokens[1]].text)


def evaluate_events(folder: Path, model: str | None = None) -> Scores:
    """All the event scores over a folder holding the three development files."""
    scores: Scores = {}
    scores |= score_classes(folder / CLASS_FILE, model)
    scores |= score_actors(folder / ACTOR_FILE, model)
    scores |= score_petr(folder / PETR_FILE, model)
    return scores


def _missing(folder: Path) -> Iterable[str]:
    return (n for n in (CLASS_FILE, ACTOR_FILE, PETR_FILE) if not (folder / n).exists())


@click.command("events")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="Another spaCy pipeline.")
@eval_options
def command(folder: Path, model: str | None, baseline: Path | None, fmt: str) -> None:
    """Score event coding on FOLDER (cameo_class_train.tsv, cameo_ner_train.txt and
    PETR.UnitTest.records.xml): penta-class accuracy, source/target phrase F1, and
    agreement with PETRARCH2's validation codings."""
    missing = list(_missing(folder))
    if missing:
        raise click.UsageError(f"{folder} lacks {', '.join(missing)}")
    emit(evaluate_events(folder, model), fmt=fmt, baseline=baseline, title="events")
