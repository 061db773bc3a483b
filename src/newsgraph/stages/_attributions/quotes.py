"""Quoted stretches of an article: where direct speech starts and ends."""

from __future__ import annotations

import re
from bisect import bisect_right

OPENING = frozenset("“«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
_MARKS = re.compile(r"''|``|[“”«»\"\n]")
_STOPS = frozenset(".,;:)")


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character extents of the quotations in ``text``, quote marks included, in order.

    Curly quotes pair by direction and straight ones alternate; a closing mark that
    starts a paragraph before a word opens a quotation. A quotation still open
    at a paragraph break is closed there only when the next paragraph reopens it (news
    style for a quote running over several paragraphs), or when the next mark closes it
    at the end of a later paragraph (a quotation whose opening marks were left out);
    otherwise it is dropped as a stray mark. Nested single quotes stay inside their
    quotation.
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    skip_to = -1  # a reopening mark already consumed as a continuation
    for match in _MARKS.finditer(text):
        n, mark = match.start(), match.group()
        if n < skip_to or (mark == STRAIGHT and (_apostrophe(text, n) or mangled_dash(text, n))):
            continue
        if mark in {"''", "``"}:
            # Typewriter quotes doubled from single marks: ``…'' or ''…''.
            if open_at is not None:
                regions.append((open_at, n + 2))
                open_at = None
            else:
                open_at = n
        elif open_at is None:
            if (
                mark in OPENING
                or (mark == STRAIGHT and not _after_letter(text, n))
                or (mark in CLOSING and _opens_paragraph(text, n))
            ):
                open_at = n
        elif mark == STRAIGHT and _opens(text, n):
            continue  # a quotation reopened where a paragraph break was lost ('… step. "We')
        elif mark in CLOSING or mark == STRAIGHT:
            regions.append((open_at, n + 1))
            open_at = None
        elif mark == "\n":
            # A paragraph that reopens the quotation continues it; anything else drops it.
            following = n + 1
            while following < len(text) and text[following] in "\n \t\u00a0":
                following += 1
            if following < len(text) and (
                text[following] in OPENING or text[following] == STRAIGHT
            ):
                skip_to = following + 1
            elif not (text[open_at] in OPENING and _closed_at_paragraph_end(text, following)):
                open_at = None
    return regions


_CURLY_OR_STRAIGHT = re.compile(r"[“”«»\"]")


def _closed_at_paragraph_end(text: str, start: int) -> bool:
    """Whether the next quotation mark from ``start`` on is a closing one that ends its
    paragraph: a quotation whose later paragraphs lost their opening marks ('said:¶“The
    plan failed.¶It cost millions.”')."""
    mark = _CURLY_OR_STRAIGHT.search(text, start)
    if mark is None or mark.group() not in CLOSING:
        return False
    after = mark.end()
    while after < len(text) and text[after] in " \t\u00a0":
        after += 1
    return after == len(text) or text[after] == "\n"


#: Any double quotation mark: a text without one may mark its quotations with single ones.
_DOUBLE = re.compile(r"''|``|[“”«»\"]")
#: A single mark that opens a quotation (after a space or bracket, before a word or
#: number) or closes one (not before a letter or digit: "it’s" is no closing mark).
_SINGLE_OPENING = re.compile(r"‘|(?<![^\s(\[])'(?=\w)")
_SINGLE_CLOSING = re.compile(r"[’'](?!\w)")


def singles_as_doubles(text: str) -> str:
    """``text`` with its single quotation marks written as double ones, where it has no
    double mark at all: some papers quote with single marks ("‘We will act,’ she
    said"). Apostrophes ("it’s", "Sarah's") stay; offsets do not change."""
    if _DOUBLE.search(text) is not None or ("‘" not in text and "'" not in text):
        return text
    text = _SINGLE_OPENING.sub("“", text)
    return _SINGLE_CLOSING.sub("”", text)


#: A contraction's ending after a letter: a straight mark before it stands for an
#: apostrophe ('doesn"t', 'I"ve').
_CONTRACTION = re.compile(r"(?:t|ve|re|ll|d|m)\b")


def _apostrophe(text: str, n: int) -> bool:
    """Whether the straight mark at ``n`` is an apostrophe written as a quotation mark:
    between a letter and a contraction's ending ('wasn"t', 'we"ve')."""
    return n > 0 and text[n - 1].isalpha() and _CONTRACTION.match(text, n + 1) is not None


def _after_letter(text: str, n: int) -> bool:
    """Whether the straight mark at ``n`` comes right after a letter and before a word or
    a "?", or right after a stop and before a "?": such a mark opens no quotation, being
    an apostrophe written as a quotation mark where none is open ('the firms"?profits')
    or a closing mark whose space was lost ('… leaders."?Ruiz said')."""
    after = text[n + 1 : n + 2]
    before = text[n - 1] if n > 0 else " "
    if before in _STOPS:
        return after == "?"  # '… said."It' opens a quotation whose space was lost
    return before.isalpha() and (after == "?" or after.isalpha())


def mangled_dash(text: str, n: int) -> bool:
    """Whether the straight mark at ``n`` is part of a dash mangled into a mark and a "?":
    after a space, a hyphen standing for one, or a mark mangled the same way, and before a
    "?" and a word, or a hyphen or a space before it ('the plan "?and its cost "?was',
    'calls before -"?the clock stopped', 'Ann, Paul "?-people felt', 'a feed "? even
    after …', 'to "repeal it"?"?without …')."""
    before = text[n - 1 : n] if n else " "
    spaced = before.isspace() or before == "-" or text[max(n - 2, 0) : n] == '"?'
    after = n + 3 if text[n + 2 : n + 3] in {"-", " "} else n + 2
    return spaced and text[n + 1 : n + 2] == "?" and text[after : after + 1].isalnum()


def _opens(text: str, n: int) -> bool:
    """Whether a straight mark opens a quotation: after a space and before a word (not
    before a stop, which a mark written with a space inside closes: 'the page " Raqqa
    is being slaughtered silently ".')."""
    before = text[n - 1 : n] if n else " "
    after = text[n + 1 : n + 2]
    return before.isspace() and bool(after) and not after.isspace() and after not in _STOPS


def _opens_paragraph(text: str, n: int) -> bool:
    """Whether a closing mark is a misprinted opening one: it starts a paragraph and
    comes before a word ('”Mr. Smith said …' as the first words of a paragraph)."""
    start = n
    while start > 0 and text[start - 1] in " \t\u00a0":
        start -= 1
    after = text[n + 1 : n + 2]
    return (start == 0 or text[start - 1] == "\n") and after.isalnum()


class Quotes:
    """Quotation lookup over one text."""

    def __init__(self, text: str) -> None:
        # kept: a spaCy Doc rebuilds its text on every access; the rules read single
        # quotation marks as double ones where the text has no double one
        self.text = singles_as_doubles(text)
        self.regions = quote_regions(self.text)
        self._starts = [start for start, _ in self.regions]
        self._ends = sorted(end for _, end in self.regions)

    def around(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation that contains ``[start, end)``, or None."""
        n = bisect_right(self._starts, start) - 1
        if n >= 0:
            q_start, q_end = self.regions[n]
            if q_start <= start and end <= q_end:
                return q_start, q_end
        return None

    def starting_near(self, position: int, limit: int = 3) -> tuple[int, int] | None:
        """The quotation opening at ``position`` or within ``limit`` characters after it."""
        n = bisect_right(self._starts, position + limit) - 1
        if n >= 0 and self.regions[n][0] >= position:
            return self.regions[n]
        return None

    def ends_between(self, start: int, end: int) -> bool:
        """Whether a quotation ends after ``start`` and at or before ``end``."""
        n = bisect_right(self._ends, start)
        return n < len(self._ends) and self._ends[n] <= end

    def inside(self, position: int) -> bool:
        """Whether the character at ``position`` is inside a quotation."""
        return self.around(position, position + 1) is not None
