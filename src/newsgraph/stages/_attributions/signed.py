"""Attributions that punctuation marks instead of a verb, or hides a verb of saying in.

Conventions of news writing that name a speaker without a verb of saying:

- a line that opens with the speaker and a colon, as in headlines and transcripts
  ("Reyes: Lottery Money Won't Fund Stadium", "HOST: Let's start with …"): the
  colon is the cue, the name the source, the rest of the line the content;
- a quotation signed with a dash ("“… for all of us.” ― Maria Hernandez"): the
  dash is the cue, the name after it the source, the quotation the content;
- a short clause about someone that ends in a colon before a quotation ("The minister
  put it simply: “…”"): the clause's verb phrase and the colon are the cue, its subject
  the source, the quotation the content.
- a line of a news digest that credits the quotation after it to a name after a dash
  ("Turnout fell everywhere - Ana Ruiz: “…”", "… - More from the report: “…”"): the colon
  is the cue, the name the source, the quotation the content.
- a bulleted line of a match report's quotes ("- Rovers boss Ann Ruiz: “…”"): the colon
  is the cue, the speaker with their post the source, the quotations the content.

Damaged text hides a verb of saying from the parser where it ran punctuation into the
verb for a lost space: a quotation closed by its speaker and such a verb ('…," she
said.- "…', '…,"?said Ana Ruiz', '…,"-said-Ana Ruiz', '…,"?Ruiz said.') or opened by
them with a colon ('Ruiz said:- "…"') takes the verb for its cue, the speaker for its
source and the quotation for its content (``data/attributions/run_in_verbs.txt``).

A name must hold a named entity, be written in capitals, or be one capitalized noun the
entity recognizer missed in a title-case headline ("Sanders: …", "Poll: …"). A line
label such as "Update:" or "Photo:" (``data/attributions/line_labels.txt``) is never a
speaker, nor is a city of 100,000 people or more, which heads a dateline ("BHOPAL: …").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsgraph.lexicons import load_lexicon
from newsgraph.nlp import FINITE_TAGS
from newsgraph.stages._attributions.cues import cue_start
from newsgraph.stages._attributions.quotations import resumed_after_run_in
from newsgraph.stages._entities.gazetteer import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.stages._attributions.quotes import Quotes

Extent = tuple[int, int]
# (cue, source, content, the cue's text, whether the content is a quotation)
Signed = tuple[Extent, Extent, Extent, str, bool]

_SPACE = " \t\u00a0"
# A line's opening: an optional quote mark, up to 60 characters of name, a colon and
# the rest of the line.
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t\u00a0]*[\"“]?(?P<name>[^\n:\"“”]{1,60}?)[ \t\u00a0]*:[ \t\u00a0]+"
)
_SIGNATURE = re.compile(r"\s*(?:―|—|–|--|-)[ \t\u00a0]*")
_CONNECTORS = frozenset({"of", "the", "and", "for", "de", "del", "da", "van", "von", "al", "bin"})
_MAX_NAME_WORDS = 7


def find_signed(doc: Doc, quotes: Quotes, is_label: Callable[[str], bool]) -> list[Signed]:
    """Speaker lines, signed quotations and quotations a clause introduces with a colon,
    of the parsed text, in text order.

    ``is_label`` tells a line label ("update", "photo") from a speaker's first word.
    """
    text = quotes.text
    found = [
        *_speaker_lines(doc, text, is_label),
        *_signed_quotations(doc, text, quotes),
        *_introduced_quotations(doc, text, quotes),
        *_closed_by_run_in_verb(doc, text, quotes),
        *_opened_by_run_in_verb(doc, text, quotes),
        *_credited_quotations(text),
        *_bulleted_quotations(doc, text),
    ]
    return sorted(found)


def _speaker_lines(doc: Doc, text: str, is_label: Callable[[str], bool]) -> list[Signed]:
    found: list[Signed] = []
    for match in _SPEAKER_LINE.finditer(text):
        name = match.group("name")
        if match.start() == 0:
            name = _before_addressee(name)
        words = name.split()
        if not _is_name(words) or is_label(words[0].lower().replace("’", "'").strip(".'")):
            continue
        start = match.start("name")
        source = (start, start + len(name.rstrip(_SPACE)))
        if not (_names_someone(doc, source, _SPEAKER_TYPES) or _bare_name(doc, source)):
            continue
        colon = text.index(":", source[1])
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        content_text = text[match.end() : line_end].rstrip(_SPACE)
        if len(content_text.split()) < 2:
            continue
        quoted = text[match.start() : start].strip(_SPACE) != "" or content_text[0] in '"“'
        if not quoted and ". " not in content_text:
            # A headline's closing full stop is not part of what it reports; a transcript
            # line keeps its own.
            content_text = content_text.rstrip(".;,")
        content = (match.end(), match.end() + len(content_text))
        found.append(((colon, colon + 1), source, content, ":", quoted))
    return found


# A digest line: a heading, a dash, a name, a colon and an opening quotation mark.
_CREDIT_LINE = re.compile(
    r"(?m)^[^\n:]{1,200}\s[-–—]\s?(?P<name>[^\n:\-–—]{1,80}?)[ \t\u00a0]*:[ \t\u00a0]*(?=[\"“])"
)
# Where a digest got the quotation, after it: "… [Gallup.]".
_CITED = re.compile(r"\s*\[[^\]\n]*\]\.?\s*$")
_CLOSING_MARKS = frozenset('"”“’')
# What introduces a further quotation from a name credited before ("More from Ruiz:").
_FROM = re.compile(r"(?i)(?:more )?from ")


#: Words after a headline's speaker that say to whom or where they speak ("Mayor To
#: Farmers: …", "Ruiz at Rally: …").
_ADDRESSING = frozenset({"to", "at"})


def _before_addressee(name: str) -> str:
    """A headline's speaker without what follows it to say to whom or where they speak
    ("Mayor Ruiz To Dairy Farmers" is "Mayor Ruiz")."""
    words = name.split(" ")
    for n, word in enumerate(words[1:], start=1):
        if word.lower() in _ADDRESSING:
            return " ".join(words[:n])
    return name


def _credited_quotations(text: str) -> list[Signed]:
    """Quotations a digest line credits to a name after a dash: "Turnout fell everywhere -
    Ana Ruiz: “…”", "… - More from the report: “…”" (the source: "the report")."""
    found: list[Signed] = []
    for match in _CREDIT_LINE.finditer(text):
        start, end = match.span("name")
        # the name ends the heading's last sentence: "… Not all are equal. From the report"
        # (not after an initial: "Jeffrey M. Jones")
        stop = text.rfind(". ", start, end)
        if stop > start + 1 and text[stop - 2].isalpha():
            start = stop + 2
        credited = _FROM.match(text, start, end)
        if credited is not None:
            start = credited.end()
        elif not _is_name(text[start:end].split()):
            continue
        colon = text.index(":", end)
        line_end = text.find("\n", colon)
        line_end = len(text) if line_end < 0 else line_end
        said = _CITED.sub("", text[match.end() : line_end]).rstrip()
        if said[-1:] not in _CLOSING_MARKS:
            said = said.rstrip(".")  # a quotation left open ends at its words
        content = (match.end(), match.end() + len(said))
        found.append(((colon, colon + 1), (start, end), content, ":", True))
    return found


# A bulleted line of a match report's quotes: a dash, who speaks with their post, a colon
# and an opening quotation mark ("- Rovers boss Ann Ruiz: “…”").
_BULLET_LINE = re.compile(
    r"(?m)^[ \t\u00a0]*[-–—•][ \t\u00a0]+(?P<name>[^\n:\"“”]{1,80}?)[ \t\u00a0]*:"
    r"[ \t\u00a0]*(?=[\"“])"
)


def _bulleted_quotations(doc: Doc, text: str) -> list[Signed]:
    """Quotations a bulleted line credits to a speaker named with their post before a
    colon ("- Rovers boss Ann Ruiz: “…”"): the colon is the cue, the speaker the source,
    the quotations the content, to the last closing mark of the line (a team sheet may
    follow on the same line)."""
    found: list[Signed] = []
    for match in _BULLET_LINE.finditer(text):
        start, end = match.span("name")
        words = text[start:end].split()
        if not (words[0][0].isupper() and words[-1][0].isupper()):
            continue
        if not _names_someone(doc, (start, end), _SIGNER_TYPES):
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        last = max(text.rfind(mark, match.end() + 1, line_end) for mark in '"”')
        end_of_said = last + 1 if last > match.end() else len(text[:line_end].rstrip())
        colon = text.index(":", end)
        found.append(((colon, colon + 1), (start, end), (match.end(), end_of_said), ":", True))
    return found


def _signed_quotations(doc: Doc, text: str, quotes: Quotes) -> list[Signed]:
    found: list[Signed] = []
    for region in quotes.regions:
        dash = _SIGNATURE.match(text, region[1])
        if dash is None:
            continue
        cue_text = text[dash.start() : dash.end()].strip()
        cue_start = text.index(cue_text, dash.start())
        source = _name_after(text, dash.end())
        if source is None or not _ends_signature(doc, text, source[1]):
            continue
        if not _names_someone(doc, source, _SIGNER_TYPES):
            continue
        found.append(((cue_start, cue_start + len(cue_text)), source, region, cue_text, True))
    return found


def _ends_signature(doc: Doc, text: str, end: int) -> bool:
    """Whether a name after a quotation and a dash ends what signs it: the line or the
    sentence ends there, or a post set off by a comma with no verb of a clause follows
    ("― Ana Ruiz", "- Ana Ruiz, a nurse."; not "- The council has agreed …", nor a name
    run into the speaker's clause: '"…"-Ana Ruiz, a nurse, told the paper.', nor a list
    of titles and names: '"Arrival" -- Ana Ruiz "The Plan" -- …')."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[end:line_end].lstrip(_SPACE)
    if not rest or rest[0] == ".":
        return True
    if rest[0] != ",":
        return False
    stop = text.find(". ", end, line_end)
    after = doc.char_span(end, line_end if stop < 0 else stop, alignment_mode="expand")
    # a name after a dash that a verb in a tense follows is a sentence's subject
    return after is not None and not any(t.tag_ in FINITE_TAGS for t in after)


#: Who can introduce a quotation: pronouns of people and the entity types of speakers.
_INTRODUCERS = frozenset({"i", "we", "he", "she", "they"})
_INTRODUCER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_MAX_INTRO_WORDS = 4  # after the verb: "was blunt:", "put it simply:", "went even further:"


def _introduced_quotations(doc: Doc, text: str, quotes: Quotes) -> list[Signed]:
    """Quotations that a clause about someone introduces with a colon and no verb of
    saying: "Ruiz was blunt: “We will not stop.”", "The minister put it simply: “…”".
    The clause's verb phrase up to the colon is the cue, its subject the source, the
    quotation the content."""
    found: list[Signed] = []
    for region in quotes.regions:
        colon_at = region[0] - 1
        while colon_at >= 0 and text[colon_at] in _SPACE:
            colon_at -= 1
        if colon_at < 0 or text[colon_at] != ":" or "\n" in text[colon_at : region[0]]:
            continue
        colon = doc.char_span(colon_at, colon_at + 1)
        if colon is None or quotes.inside(colon_at):
            continue
        # the clause before the colon, however the parser hung the colon
        verb = doc[colon[0].i - 1]
        while verb.head.i < colon[0].i and verb.head != verb:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if verb.pos_ not in {"VERB", "AUX"} or len(subjects) != 1:
            continue
        between = doc[verb.i + 1 : colon[0].i]
        if len(between) > _MAX_INTRO_WORDS or any(t.pos_ in {"VERB", "AUX"} for t in between):
            continue  # a long clause ends in the colon, no short introduction
        subject = subjects[0]
        if not (
            subject.lower_ in _INTRODUCERS
            or subject.ent_type_ in _INTRODUCER_TYPES
            or subject.pos_ == "PROPN"
            or subject.lemma_.lower() in load_lexicon("titles")
        ):
            continue
        source = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        # "Adds Ms Ruiz: “…”": the speaker after the verb is no part of the cue
        cue_end = verb.idx + len(verb) if subject.i > verb.i else colon_at + 1
        found.append(((doc[cue_start(verb)].idx, cue_end), source, region, ":", True))
    return found


#: After a quotation's closing mark, and a comma set after it: up to 16 words of speaker,
#: none a quotation mark or stop, then a verb of saying with a stop and a hyphen run into
#: it ('," he added.-', '," Ana Ruiz, a lawyer,-explains.-', '", the union noted.-').
_RUN_IN_VERB = re.compile(
    r",?[ \t\u00a0]*-?(?P<speaker>(?:[^\s\"“”.!?]+[ \t\u00a0]+){0,15}[^\s\"“”.!?]+?)"
    r"[ \t\u00a0,-]+(?P<verb>[a-z]+)[.,]-"
)

#: The same with a comma and a hyphen run into the verb instead ('," Ana Ruiz, 61,-said
#: before the vote').
_RUN_IN_AFTER_COMMA = re.compile(
    r",?[ \t\u00a0]*(?P<speaker>(?:[^\s\"“”.!?]+[ \t\u00a0]+){0,15}?[^\s\"“”.!?]+?)"
    r",-(?P<verb>[a-z]+)(?=[ \t\u00a0])"
)


#: After a quotation's closing mark: a "?" or a hyphen that stands for the lost space, a
#: verb of saying and the speaker after it ('…,"?said Ana Ruiz', '…,"-said-Ana Ruiz').
_RUN_IN_INVERTED = re.compile(r"[?-](?P<verb>[a-z]+)(?:-|[ \t\u00a0]+)(?P<speaker>\S)")


#: After a quotation's closing mark: a "?" for the lost space, a speaker of up to four
#: words and a verb of saying ('…,"?Ruiz said.', '…,"?Ana Ruiz continued. "…',
#: '…,"?she added.-').
_RUN_IN_SPEAKER = re.compile(
    r"\?(?P<speaker>[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,3})"
    r"[ \t\u00a0]+(?P<verb>[a-z]+)(?![\w'’])"
)


def _closed_by_run_in_verb(doc: Doc, text: str, quotes: Quotes) -> list[Signed]:
    """Quotations their speaker closes with a verb of saying the parser could not read,
    as the text ran a stop and a hyphen into it for a lost space: '“…,” she said.- “…”',
    or ran the closing mark into it with a "?" or a hyphen for the space: '“…,”?said Ana
    Ruiz', '“…,”-said-Ana Ruiz', '“…,”?Ana Ruiz said.'."""
    found: list[Signed] = []
    verbs = load_lexicon("run_in_verbs", "attributions")
    for region in quotes.regions:
        glued = _glued_speaker(doc, text, region, verbs)
        if glued is not None:
            content = resumed_after_run_in(text, region, glued[0][1], quotes)
            found.append((glued[0], glued[1], content, glued[3], True))
            continue
        inverted = _RUN_IN_INVERTED.match(text, region[1])
        if inverted is not None and inverted.group("verb") in verbs:
            named = _name_after_article(text, inverted.start("speaker"))
            if named is not None and not _names_someone(doc, named, _SIGNER_TYPES):
                # '…,"?said Ruiz', the name misread beside the word the verb was run into
                words = text[named[0] : named[1]]
                named = named if _named_elsewhere(doc, words) else None
            if named is None:
                named = _someone_described(doc, text, inverted.start("speaker"))
            if named is not None:
                verb = inverted.span("verb")
                content = resumed_after_run_in(text, region, verb[1], quotes)
                found.append((verb, named, content, inverted.group("verb"), True))
            continue
        match = _RUN_IN_VERB.match(text, region[1])
        if match is None or match.group("verb") not in verbs:
            match = _RUN_IN_AFTER_COMMA.match(text, region[1])
        if match is None or match.group("verb") not in verbs:
            continue
        speaker = match.group("speaker")
        # '," Ana Ruiz, reporting from Lima, said.-': the name before an aside that the
        # parser reads as a clause
        source = next(
            (
                extent
                for extent in _speaker_extents(match.start("speaker"), speaker)
                if speaker.split()[0].lower() in _INTRODUCERS
                or _the_speaker(speaker)
                or _names_someone(doc, extent, _SIGNER_TYPES)
                or _named_elsewhere(doc, text[extent[0] : extent[1]])
            ),
            None,
        )
        if source is None:
            continue
        content = resumed_after_run_in(text, region, match.end("verb"), quotes)
        found.append((match.span("verb"), source, content, match.group("verb"), True))
    return found


def _glued_speaker(doc: Doc, text: str, region: Extent, verbs: frozenset[str]) -> Signed | None:
    """A quotation closed by a speaker and a verb of saying that the text ran into its
    closing mark with a "?" for the lost space ('…,"?Ruiz said.'), which the tokenizer
    keeps in one word with the quotation's last word, so that the parser reads no verb
    there. The speaker is a pronoun or a name the article gives elsewhere as someone's."""
    if text[region[1] : region[1] + 1] != "?" or text[region[1] - 2 : region[1] - 1] not in ",.":
        return None
    match = _RUN_IN_SPEAKER.match(text, region[1])
    if match is None or match.group("verb") not in verbs:
        return None
    speaker = match.group("speaker")
    if speaker[0].islower() and speaker.lower() not in _INTRODUCERS:
        return None
    if speaker[0].isupper() and not _named_elsewhere(doc, speaker):
        return None
    return match.span("verb"), match.span("speaker"), region, match.group("verb"), True


def _the_speaker(speaker: str) -> bool:
    """Whether a speaker run into a verb after a quotation is a few words after "the" ('…,"
    the mayor said.-'), which names who closes the quotation as surely as a name does."""
    words = speaker.split()
    return words[0] == "the" and 1 < len(words) <= _NAMED_ELSEWHERE_WORDS


#: The most words of a name run into punctuation that the article names elsewhere.
_NAMED_ELSEWHERE_WORDS = 4


def _named_elsewhere(doc: Doc, speaker: str) -> bool:
    """Whether a speaker is a few capitalized words whose last the article gives elsewhere
    as a person's or a body's name: the parser, misled by the punctuation run into the
    words around it, often leaves the name itself unrecognized ('…," Ruiz said.-')."""
    words = speaker.split()
    if not words or len(words) > _NAMED_ELSEWHERE_WORDS:
        return False
    if not all(word[:1].isupper() for word in words):
        return False
    last = words[-1]
    return any(t.text == last and t.ent_type_ in _SIGNER_TYPES for t in doc)


#: Before a quotation's opening mark: up to 8 words of speaker, none a punctuation mark,
#: then a verb of saying with a colon and a hyphen run into it ('Ana Ruiz said:- '), or a
#: colon with no space before the mark ('Ana Ruiz said:"').
_RUN_IN_COLON = re.compile(
    r"(?P<speaker>[A-Za-z][^\s,.;:!?\"“”]*(?:[ \t\u00a0]+[^\s,.;:!?\"“”-][^\s,.;:!?\"“”]*){0,7})"
    r"[ \t\u00a0]+(?P<verb>[a-z]+):(?:-[ \t\u00a0]*)?$"
)
_RUN_IN_REACH = 120  # characters before a quotation looked at for its speaker


def _opened_by_run_in_verb(doc: Doc, text: str, quotes: Quotes) -> list[Signed]:
    """Quotations their speaker opens with a verb of saying and a colon that the text ran
    a hyphen into for a lost space ('Ruiz said:- “…”'), or ran the quotation into
    ('Ruiz said:“…”'), which the parser cannot read."""
    found: list[Signed] = []
    verbs = load_lexicon("run_in_verbs", "attributions")
    for region in quotes.regions:
        window = max(0, region[0] - _RUN_IN_REACH)
        if ":-" not in text[window : region[0]] and text[region[0] - 1 : region[0]] != ":":
            continue  # the cheap test first: most quotations have no such colon before them
        match = _RUN_IN_COLON.search(text, window, region[0])
        if match is None or match.group("verb") not in verbs:
            continue
        words = list(re.finditer(r"\S+", match.group("speaker")))
        start = match.start("speaker")
        if words[-1].group().lower() in _INTRODUCERS:
            source: Extent | None = (start + words[-1].start(), start + words[-1].end())
        else:
            # the longest run of words before the verb that names someone ("When he
            # died, the Prime Minister Ana Ruiz said:-": not "When he died")
            tails = [(start + word.start(), match.end("speaker")) for word in words]
            source = next((t for t in tails if _names_someone(doc, t, _SIGNER_TYPES)), None)
        if source is not None:
            found.append((match.span("verb"), source, region, match.group("verb"), True))
    return found


def _speaker_extents(start: int, speaker: str) -> list[Extent]:
    """The whole speaker, then the words before its first comma."""
    extents = [(start, start + len(speaker))]
    comma = speaker.find(",")
    if comma > 0:
        extents.append((start, start + comma))
    return extents


def _name_after(text: str, start: int) -> Extent | None:
    """The extent of the capitalized name that begins at ``start``, if one does.

    Initials keep their full stop ("Julie A. Diaz"); any other word that ends in a full
    stop or comma ends the name ("― Karen Bobadilla.").
    """
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    words: list[tuple[int, str]] = []
    for word in re.finditer(r"\S+", line):
        token = word.group()
        initial = len(token) == 2 and token[0].isupper() and token[1] == "."
        bare = token if initial else token.rstrip(".,;:")
        if not bare or not (bare[0].isupper() or (words and bare in _CONNECTORS)):
            break
        if ":" in bare:
            break  # "Source:-Reuters": a line's label run into what it labels, no name
        words.append((start + word.start(), bare))
        if bare != token or len(words) == _MAX_NAME_WORDS:
            break
    while words and words[-1][1] in _CONNECTORS:
        words.pop()
    if not words:
        return None
    return start, words[-1][0] + len(words[-1][1])


#: Someone a quotation's speaker is described as, not named: a determiner or a possessive
#: and up to five more words before a comma or a stop ("a colleague", "another good
#: friend", "one", "her good friend Sarah Hegarty").
_DESCRIBED = re.compile(
    r"(?:a|an|another|one|her|his|their|our)\b(?:[ \t\u00a0]+[\w'’-]+){0,5}?(?=[ \t\u00a0]*[,.;!?])"
)


def _someone_described(doc: Doc, text: str, start: int) -> Extent | None:
    """The person a verb of saying run into a closing mark names by a description after it
    ('"…,"-says a colleague.'), where no verb comes in it."""
    described = _DESCRIBED.match(text, start)
    if described is None:
        return None
    words = doc.char_span(described.start(), described.end(), alignment_mode="expand")
    if words is None or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    return described.span()


def _name_after_article(text: str, start: int) -> Extent | None:
    """The name that begins at ``start``, with "the" before it where the name has one
    ("the ACLU's Jo Block")."""
    if text.startswith("the ", start):
        named = _name_after(text, start + len("the "))
        return (start, named[1]) if named is not None else None
    return _name_after(text, start)


def _is_name(words: list[str]) -> bool:
    """Whether the words can be a speaker's name or a headline's subject."""
    if not 1 <= len(words) <= _MAX_NAME_WORDS:
        return False
    if not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    return all(
        (w[0].isupper() or w in _CONNECTORS)
        and not any(c.isdigit() for c in w)
        and not w.endswith(("?", "!"))
        for w in words
    )


# Entity types that can head a speaker line ("Pence:", "Republicans:") or sign a
# quotation; a place before a colon heads a list instead ("Iowa: Tim Albrecht, …").
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "NORP"})
_SIGNER_TYPES = frozenset({"PERSON", "ORG"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _bare_name(doc: Doc, extent: Extent) -> bool:
    """Whether one capitalized noun before a colon names a speaker the entity recognizer
    missed, as a title-case headline hides them ("Sanders: …", "Poll: …"). Two words are
    as likely a headline's kicker ("Borewell Horror: …"), and a city a dateline."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    return (
        span is not None
        and len(span) == 1
        and span[0].pos_ in {"PROPN", "NOUN"}
        and span[0].text[:1].isupper()
        and not span[0].ent_type_
        and not _city(span.text)
    )


def _city(name: str) -> bool:
    """Whether the name is a city of 100,000 people or more (a dateline's place; a
    speaker's surname is at most a small town's name, as "CLINTON" or "HOLT" are)."""
    return any(
        e.feature_class in {"P", "A"} and e.population >= _CITY_SIZE
        for e in gazetteer().lookup(name)
    )


_CITY_SIZE = 100_000


def _names_someone(doc: Doc, extent: Extent, types: frozenset[str]) -> bool:
    """Whether the extent holds an entity of one of the ``types``, or is written in
    capitals, and no verb (a title-case headline is full of proper nouns that name no
    one: "Budget Deal Ends Long Standoff: …")."""
    span = doc.char_span(extent[0], extent[1], alignment_mode="expand")
    if span is None or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return False
    letters = [c for c in span.text if c.isalpha()]
    shouted = len(letters) >= 2 and all(c.isupper() for c in letters)
    if shouted and (any(t.ent_type_ in _PLACE_TYPES for t in span) or _city(span.text)):
        return False  # a dateline: "NEW DELHI: …", "BHOPAL: …"
    return shouted or any(t.ent_type_ in types for t in span)
