"""One exception hierarchy: every error newsgraph raises on purpose is a NewsgraphError.

Messages name the input and say what to do about it.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input cannot become an article. ``source`` names the input (path, line, stdin)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is a binary file (image, PDF, archive, …), not text."""


class EncodingError(InputError):
    """The input is not in the expected text encoding."""


class MalformedInputError(InputError):
    """The input is structurally broken (invalid JSON, missing fields, unreadable HTML)."""


class TooLargeError(InputError):
    """The article is longer than the configured limit."""


class UnsupportedLanguageError(InputError):
    """The article is not in a language the pipeline supports."""


class UnsupportedInputError(InputError):
    """The input is of a kind newsgraph does not read (yet)."""


class ModelError(NewsgraphError):
    """The spaCy pipeline cannot be loaded."""


class SpanError(NewsgraphError):
    """A record's span does not match the article text at its offsets (a bug)."""


class StoreError(NewsgraphError):
    """The SQLite store cannot be opened or written."""


def describe(error: Exception) -> str:
    """What went wrong, for a report: an input error's reason, else the error and its type."""
    if isinstance(error, InputError):
        return error.reason
    return f"{type(error).__name__}: {error}"
