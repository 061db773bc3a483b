"""What ``newsgraph ingest`` is pointed at, read into raw articles or the errors that stop them.

Inputs are files, folders (walked in name order, hidden entries skipped) and ``-`` for
standard input. A file's kind comes from its extension, else from its content: plain
text, JSONL, JSON or HTML, each optionally gzipped (``.gz``). A bad input becomes an
InputError in the stream, never an exception, so one broken file does not stop a batch.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from io import BufferedIOBase
from pathlib import Path
from typing import IO, Any, Literal

from newsgraph.errors import (
    EmptyInputError,
    EncodingError,
    InputError,
    MalformedInputError,
    TooLargeError,
    UnsupportedInputError,
)
from newsgraph.ingest._decode import (
    SNIFF_BYTES,
    bom_encoding,
    check_binary,
    check_encoding,
    decode,
    is_ascii_compatible,
)
from newsgraph.ingest._records import json_records, jsonl_records, looks_like_jsonl
from newsgraph.ingest.html import html_to_raw
from newsgraph.prepare import RawArticle

#: The most bytes read from one file or stream that holds a single article (text, HTML,
#: JSON). Far above any news page; it keeps a stray disk image or log from filling memory.
#: JSONL is read line by line and has no such limit.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

__all__ = ["read_inputs"]

#: The input name that means standard input, and how articles from it are named.
STDIN = "-"
STDIN_SOURCE = "<stdin>"

Kind = Literal["text", "jsonl", "json", "html"]

_KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

_URL = re.compile(r"^(?:https?|ftp)://", re.IGNORECASE)

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# How far into a page its declared charset is looked for.
_CHARSET_BYTES = 4096

_TEXT_ADVICE = "save it as plain text (.txt) or HTML and pass that file"
_TABLE_ADVICE = (
    "write it as JSONL: one JSON object per line with a 'text' field "
    "(and optionally id, title, published, url, source)"
)
_UNSUPPORTED: dict[str, str] = {
    **dict.fromkeys(
        (".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages", ".ps"),
        f"a document format newsgraph does not read; {_TEXT_ADVICE}",
    ),
    **dict.fromkeys(
        (
            *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico"),
            *(".svg", ".heic", ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".mov", ".avi", ".webm"),
        ),
        "an image or media file, not text",
    ),
    **dict.fromkeys(
        (".zip", ".tar", ".tgz", ".7z", ".rar", ".bz2", ".xz", ".zst"),
        "an archive; unpack it and pass the folder",
    ),
    **dict.fromkeys(
        (".csv", ".tsv", ".xls", ".xlsx", ".ods", ".parquet", ".db", ".sqlite", ".sqlite3"),
        f"a table, not an article; {_TABLE_ADVICE}",
    ),
    **dict.fromkeys(
        (".xml", ".rss", ".atom"), "an XML or feed file; newsgraph does not read feeds yet"
    ),
    ".warc": "a WARC archive; newsgraph does not read WARC files yet",
    **dict.fromkeys(
        (".exe", ".dll", ".so", ".dylib", ".bin", ".o", ".pyc", ".class", ".jar", ".whl"),
        "a program or binary package, not text",
    ),
}


def read_inputs(
    inputs: Iterable[str | Path],
    *,
    encoding: str | None = None,
    stdin: IO[str] | IO[bytes] | None = None,
) -> Iterator[RawArticle | InputError]:
    """Every article the inputs hold, in order, or the InputError that stopped each one.

    ``encoding`` decodes inputs that are not UTF-8; ``stdin`` is read for ``"-"``
    (default: ``sys.stdin``). A bad input is yielded as its error, never raised.

    >>> for item in read_inputs(["articles.jsonl", "pages/"]):  # doctest: +SKIP
    ...     print(item.source)
    articles.jsonl line 1
    pages/a.html
    """
    if encoding is not None:
        try:
            check_encoding(encoding)
        except InputError as exc:
            yield exc
            return
    for item in inputs:
        yield from _read_input(item, encoding, stdin)


def _read_input(
    item: str | Path, encoding: str | None, stdin: IO[str] | IO[bytes] | None
) -> Iterator[RawArticle | InputError]:
    """The articles of one input as named by the user: ``-``, a URL, a file or a folder."""
    source = str(item)
    if isinstance(item, str):
        if item == STDIN:
            yield from _guarded(_read_stdin(stdin, encoding), STDIN_SOURCE, compressed=False)
            return
        if _URL.match(item):
            yield UnsupportedInputError(
                source,
                "URLs are not read yet; save the page (for example with "
                "curl -o page.html URL) and pass the file",
            )
            return
    path = Path(item)
    try:
        is_folder, exists = path.is_dir(), path.exists()
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc})")
        return
    if is_folder:
        yield from _read_folder(path, encoding)
    elif exists:
        yield from _read_path(path, source, encoding)
    else:
        yield InputError(source, "no such file or folder")


def _read_folder(folder: Path, encoding: str | None) -> Iterator[RawArticle | InputError]:
    """The articles of every file under a folder, in name order, hidden entries skipped."""
    found = False
    for entry in _walk(folder, set()):
        found = True
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from _read_path(entry, str(entry), encoding)
    if not found:
        yield EmptyInputError(
            str(folder), "the folder holds no files (hidden files and folders are skipped)"
        )


def _walk(folder: Path, seen: set[Path]) -> Iterator[Path | InputError]:
    """Files under a folder, depth first in name order; a linked folder is walked once."""
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(str(folder), f"the folder cannot be listed ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder, is_file, is_link = entry.is_dir(), entry.is_file(), entry.is_symlink()
        except OSError as exc:
            yield InputError(str(entry), f"cannot be read ({exc.strerror or exc})")
            continue
        if is_folder:
            yield from _walk(entry, seen)
        elif is_file:
            yield entry
        elif is_link:
            yield InputError(str(entry), "a link to a file or folder that does not exist")
        else:
            yield UnsupportedInputError(str(entry), "not a regular file or folder")


def _read_path(path: Path, source: str, encoding: str | None) -> Iterator[RawArticle | InputError]:
    """The articles of one file, with any failure yielded as its InputError."""
    compressed = path.suffix.lower() == ".gz"
    yield from _guarded(_read_file(path, source, encoding, compressed), source, compressed)


def _guarded(
    items: Iterator[RawArticle | InputError], source: str, compressed: bool
) -> Iterator[RawArticle | InputError]:
    """The items, then the error that ended them early (if any) as one more item."""
    try:
        yield from items
    except InputError as exc:
        yield exc
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        if not compressed:
            raise
        yield MalformedInputError(
            source, f"corrupt gzip data ({exc}); check the file or decompress it yourself"
        )
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc})")


def _read_file(
    path: Path, source: str, encoding: str | None, compressed: bool
) -> Iterator[RawArticle | InputError]:
    """The articles of one file: sniffed for binary data, then read by kind."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if compressed:
        suffixes.pop()
    suffix = suffixes[-1] if suffixes else ""
    stream: BufferedIOBase
    with _open(path, compressed) as stream:
        head = stream.read(SNIFF_BYTES)
        if not head:
            reason = "decompresses to nothing" if compressed else "the file is empty (0 bytes)"
            raise EmptyInputError(source, reason)
        check_binary(head, source, suffix, encoding=encoding)
        if suffix in _UNSUPPORTED:
            raise UnsupportedInputError(source, f"{suffix} is {_UNSUPPORTED[suffix]}")
        kind = _KINDS.get(suffix)
        if kind == "jsonl":
            yield from _jsonl_stream(stream, head, source, encoding)
            return
        data = _read_limited(stream, head, source)
    yield from _parse(data, source, encoding, kind)


def _read_limited(stream: Any, head: bytes, source: str) -> Any:
    """A single-article input (``head`` and the rest of it), refusing one that is too big."""
    rest = stream.read(MAX_ARTICLE_BYTES + 1 - len(head))
    data = head + rest if head else rest  # a text stream gives str
    if len(data) > MAX_ARTICLE_BYTES:
        raise TooLargeError(
            source,
            f"more than {MAX_ARTICLE_BYTES // 2**20} MiB for one article; "
            "split it into articles, one per line of a JSONL file",
        )
    return data


def _open(path: Path, compressed: bool) -> BufferedIOBase:
    """The file as a binary stream, gunzipped on the fly when ``compressed``."""
    if compressed:
        return gzip.open(path, "rb")
    return path.open("rb")


def _read_stdin(
    stdin: IO[str] | IO[bytes] | None, encoding: str | None
) -> Iterator[RawArticle | InputError]:
    """The articles on standard input: an HTML page, JSONL lines or one plain text."""
    stream: Any = stdin if stdin is not None else sys.stdin
    if stream is None:
        raise EmptyInputError(STDIN_SOURCE, "there is no standard input")
    binary = getattr(stream, "buffer", None)
    try:
        data = _read_limited(binary if binary is not None else stream, b"", STDIN_SOURCE)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            STDIN_SOURCE,
            f"not valid {exc.encoding}: byte 0x{exc.object[exc.start]:02x}; "
            "re-encode it to UTF-8 or pass --encoding NAME",
        ) from None
    if isinstance(data, str):
        yield from _parse_text(data.removeprefix("\ufeff"), STDIN_SOURCE, None)
        return
    if not data:
        raise EmptyInputError(STDIN_SOURCE, "nothing on standard input")
    check_binary(data[:SNIFF_BYTES], STDIN_SOURCE, encoding=encoding)
    yield from _parse(data, STDIN_SOURCE, encoding, None)


def _parse(
    data: bytes, source: str, encoding: str | None, kind: Kind | None
) -> Iterator[RawArticle | InputError]:
    """The articles in a whole input's bytes, of a known kind or one told by its content."""
    try:
        text = decode(data, source, encoding)
    except EncodingError:
        # An HTML page may name its own encoding; a byte order mark or --encoding wins.
        declared = _decode_declared(data, kind)
        if encoding is not None or bom_encoding(data) is not None or declared is None:
            raise
        text = declared
    yield from _parse_text(text, source, kind)


def _parse_text(text: str, source: str, kind: Kind | None) -> Iterator[RawArticle | InputError]:
    """The articles in an input's text, of a known kind or one told by its content."""
    if not text.strip():
        raise EmptyInputError(source, "the input holds only white space")
    if kind is None:
        kind = _sniff(text)
    if kind == "html":
        yield html_to_raw(text, source=source)
    elif kind == "json":
        yield from json_records(text, source)
    elif kind == "jsonl":
        yield from jsonl_records(_numbered(text), source)
    else:
        yield RawArticle(text=text, source=source)


def _sniff(text: str) -> Kind:
    """The kind of an input without a telling extension: HTML, JSONL, JSON or plain text."""
    if _HTML_START.match(text[:SNIFF_BYTES]):
        return "html"
    if looks_like_jsonl(text):
        return "jsonl"
    if text.lstrip()[:1] in ("{", "["):
        try:
            document = json.loads(text)
        except ValueError:
            return "text"
        records = document if isinstance(document, list) else [document]
        if records and all(isinstance(record, dict) for record in records):
            return "json"
    return "text"


def _decode_declared(data: bytes, kind: Kind | None) -> str | None:
    """The page decoded with the charset it declares, if it is HTML and that works."""
    head = data[:_CHARSET_BYTES]
    if kind != "html" and not (kind is None and _HTML_START.match(head.decode("latin-1"))):
        return None
    match = _DECLARED_CHARSET.search(head)
    if match is None:
        return None
    try:
        return data.decode((match.group(1) or match.group(2)).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _jsonl_stream(
    stream: BufferedIOBase, head: bytes, source: str, encoding: str | None
) -> Iterator[RawArticle | InputError]:
    """The articles of a JSONL file whose first bytes were read as ``head``, a line at a time."""
    bom = bom_encoding(head)
    if bom is not None and bom != "utf-8-sig":
        encoding = bom
    elif bom is not None:
        encoding = None
    if not is_ascii_compatible(encoding or "utf-8"):
        # UTF-16 and UTF-32 do not split on newline bytes: decode the whole file.
        text = decode(head + stream.read(), source, encoding)
        yield from _parse_text(text, source, "jsonl")
        return
    yield from jsonl_records(_decoded_lines(_lines(head, stream), source, encoding), source)


def _lines(head: bytes, stream: BufferedIOBase) -> Iterator[bytes]:
    """The lines of a stream whose first bytes were already read as ``head``."""
    *complete, rest = head.split(b"\n")
    for line in complete:
        yield line + b"\n"
    for line in stream:
        if rest:
            line, rest = rest + line, b""
        yield line
    if rest:
        yield rest


def _decoded_lines(
    lines: Iterable[bytes], source: str, encoding: str | None
) -> Iterator[tuple[int, str]]:
    """Numbered, decoded lines; the first undecodable line ends the file."""
    offset = 0
    for number, line in enumerate(lines, 1):
        start = offset
        offset += len(line)
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line, start = line[len(codecs.BOM_UTF8) :], start + len(codecs.BOM_UTF8)
        try:
            yield number, decode(line, f"{source} line {number}", encoding, offset=start)
        except EncodingError as exc:
            raise EncodingError(
                exc.source, f"{exc.reason}; the rest of the file was not read"
            ) from None


def _numbered(text: str) -> Iterator[tuple[int, str]]:
    """Lines with their numbers, split on newlines only (JSON strings may hold U+2028)."""
    return enumerate(text.split("\n"), 1)
