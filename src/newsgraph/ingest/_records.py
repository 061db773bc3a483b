"""JSON and JSONL records (``id, title, text, published, url, source``) to raw articles."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.errors import EmptyInputError, InputError, MalformedInputError
from newsgraph.prepare import RawArticle, parse_published

# The record fields that become RawArticle fields; every other key goes to metadata.
_FIELDS = frozenset({"id", "title", "text", "published", "url", "source"})
_FIELDS_HINT = "each record is a JSON object with a non-empty string 'text' field"


def record_to_raw(record: Any, source: str) -> RawArticle:
    """One JSON record as a raw article; raise MalformedInputError when it cannot be one."""
    if not isinstance(record, dict):
        raise MalformedInputError(
            source, f"expected a JSON object, found {_json_kind(record)}; {_FIELDS_HINT}"
        )
    text = record.get("text")
    if text is None:
        raise MalformedInputError(source, f"no 'text' field; {_FIELDS_HINT}")
    if not isinstance(text, str):
        raise MalformedInputError(source, f"'text' is {_json_kind(text)}; {_FIELDS_HINT}")
    if not text.strip():
        raise MalformedInputError(source, f"'text' is empty; {_FIELDS_HINT}")
    metadata = {key: value for key, value in record.items() if key not in _FIELDS}
    published = None
    given = _string_field(record, "published", source)
    if given is not None:
        try:
            published = parse_published(given, source=source)
        except MalformedInputError as exc:  # keep the article, say why its date is missing
            metadata["published_error"] = exc.reason
    return RawArticle(
        text=text,
        source=source,
        title=_string_field(record, "title", source),
        url=_string_field(record, "url", source),
        outlet=_string_field(record, "source", source),
        published=published,
        published_basis="given" if published else "unknown",
        input_id=_string_field(record, "id", source),
        metadata=metadata,
    )


def jsonl_records(
    lines: Iterable[tuple[int, str]], source: str
) -> Iterator[RawArticle | InputError]:
    """Articles from numbered JSONL lines: one per non-blank line, or the error that line has."""
    found = False
    for number, line in lines:
        if not line.strip():
            continue
        found = True
        where = f"{source} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        try:
            yield record_to_raw(record, where)
        except InputError as exc:
            yield exc
    if not found:
        yield EmptyInputError(source, "no records, only blank lines")


def json_records(text: str, source: str) -> Iterator[RawArticle | InputError]:
    """Articles from a JSON document: one record, or a list of records."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        yield MalformedInputError(
            source, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        )
        return
    if not isinstance(document, list):
        yield record_to_raw(document, source)
        return
    if not document:
        yield EmptyInputError(source, "an empty list, no records")
    for number, record in enumerate(document, 1):
        where = f"{source} item {number}"
        try:
            yield record_to_raw(record, where)
        except InputError as exc:
            yield exc


def looks_like_jsonl(text: str) -> bool:
    """Whether every non-blank line starts with ``{``."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(line.lstrip().startswith("{") for line in lines)


def _string_field(record: dict[str, Any], key: str, source: str) -> str | None:
    """A field as a stripped string (numbers are written out), None when absent or empty."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise MalformedInputError(
            source, f"'{key}' is {_json_kind(value)}; it should be a string or null"
        )
    return value.strip() or None


def _json_kind(value: Any) -> str:
    """How JSON calls the type of a value, with an article: 'a list', 'a number'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"
