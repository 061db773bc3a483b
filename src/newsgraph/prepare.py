"""From raw input to a checked article draft: normalized text, id, date, language.

Everything here runs before the spaCy parse, so an input that will be refused
(empty, too large, not English, already stored) costs no parsing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from newsgraph.errors import (
    EmptyInputError,
    MalformedInputError,
    TooLargeError,
    UnsupportedLanguageError,
)
from newsgraph.records import PublishedBasis

#: spaCy's own default limit on the length of one text.
DEFAULT_MAX_CHARS = 1_000_000

# Control characters other than tab, newline and carriage return have no place in
# article text; they come from broken extraction and confuse the tokenizer.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# How many characters language identification looks at: enough to be sure, cheap to run.
_LANGUAGE_SAMPLE = 3000
_LANGUAGE_MIN_CHARS = 40
_LANGUAGE_MIN_PROBABILITY = 0.9


@dataclass(slots=True, kw_only=True)
class RawArticle:
    """An article as read from its input, before the pipeline runs."""

    text: str
    source: str  # names the input for messages: a path, "path line 7", "<stdin>"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_basis: PublishedBasis = "unknown"
    input_id: str | None = None  # the id the input gave the article, if any
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        source: str,
        title: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
        published: str | date | None = None,
        published_field: str | None = None,
    ) -> RawArticle:
        """A text handed over with its fields by a program; a publication date that cannot
        be read raises :class:`MalformedInputError` naming ``published_field`` (by default
        the source)."""
        return cls(
            text=text,
            source=source,
            title=title,
            url=url,
            outlet=outlet,
            published=parse_published(published, source=published_field or source),
            published_basis="given" if published else "unknown",
        )


@dataclass(slots=True, kw_only=True)
class Prepared:
    """A raw article that passed every check: NFC text, its id and language."""

    raw: RawArticle
    id: str
    language: str


def normalize_text(text: str) -> str:
    """NFC-normalize, unify line ends, drop control characters and surrounding blank space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text).strip()


def article_id(normalized_text: str) -> str:
    """The id of an article: the first 16 hex digits of the SHA-256 of its normalized text."""
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()[:16]


def parse_published(value: str | date | None, *, source: str = "published") -> str | None:
    """An ISO 8601 date or date-time from a given publication date, or None when absent.

    >>> parse_published("2025-01-22")
    '2025-01-22'
    >>> parse_published("Wed, 22 Jan 2025 10:30:00 +0000")
    '2025-01-22T10:30:00+00:00'
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError as exc:
            raise MalformedInputError(source, f"publication date {text!r}: {exc}") from None
    if re.fullmatch(r"\d{4}(-\d{2})?", text):  # a year or a month is a valid TIMEX3 anchor
        return text
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            from dateutil import parser as dateutil_parser

            try:
                parsed = dateutil_parser.parse(text)
            except (ValueError, OverflowError):
                raise MalformedInputError(
                    source,
                    f"publication date {text!r} is not a date; give it as YYYY-MM-DD "
                    "or an ISO 8601 date-time",
                ) from None
    if parsed.time() == datetime.min.time() and parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()


@lru_cache(maxsize=1)
def _language_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The ISO 639-1 code of the text's language and the identifier's probability."""
    lang, prob = _language_identifier().classify(text[:_LANGUAGE_SAMPLE])
    return str(lang), float(prob)


def prepare(
    raw: RawArticle,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    languages: tuple[str, ...] = ("en",),
) -> Prepared:
    """Normalize and check one raw article; raise an InputError subclass naming the problem."""
    text = normalize_text(raw.text)
    if not text:
        raise EmptyInputError(raw.source, "no text (the input is empty or only white space)")
    if len(text) > max_chars:
        raise TooLargeError(
            raw.source,
            f"{len(text):,} characters, more than the limit of {max_chars:,}; "
            "split it or raise the limit (--max-chars)",
        )
    language = languages[0]
    if len(text) >= _LANGUAGE_MIN_CHARS:
        detected, probability = detect_language(text)
        if detected not in languages and probability >= _LANGUAGE_MIN_PROBABILITY:
            raise UnsupportedLanguageError(
                raw.source,
                f"the text is in language {detected!r} (probability {probability:.2f}); "
                f"only {', '.join(languages)} is supported",
            )
        if detected in languages:
            language = detected
    return Prepared(raw=replace(raw, text=text), id=article_id(text), language=language)
