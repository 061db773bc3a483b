"""From bytes to text: binary sniffing, byte order marks, UTF-8 or a chosen encoding."""

from __future__ import annotations

import codecs
import re

from newsgraph.errors import BinaryInputError, EncodingError, InputError, UnsupportedInputError

#: How much of an input is looked at to tell text from binary data.
SNIFF_BYTES = 8192

_READS = "newsgraph reads text, HTML and JSONL"

# Signatures at the start of common binary files, and what to call them.
_MAGIC: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), what)
    for pattern, what in (
        (rb"%PDF-", "a PDF document"),
        (rb"\x89PNG\r\n\x1a\n", "a PNG image"),
        (rb"\xff\xd8\xff", "a JPEG image"),
        (rb"GIF8[79]a", "a GIF image"),
        (rb"II\*\x00|MM\x00\*", "a TIFF image"),
        (rb"RIFF....WEBP", "a WebP image"),
        (rb"RIFF....(WAVE|AVI )", "a WAV or AVI media file"),
        (rb"\x00\x00\x01\x00", "an icon image"),
        (rb"\x00\x00..ftyp", "an MP4 or QuickTime media file"),
        (rb"ID3[\x02-\x04]", "an MP3 audio file"),
        (rb"OggS", "an Ogg media file"),
        (rb"fLaC", "a FLAC audio file"),
        (rb"\x1a\x45\xdf\xa3", "a Matroska or WebM video"),
        (rb"PK(\x03\x04|\x05\x06|\x07\x08)", "a ZIP archive"),
        (rb"\x1f\x8b", "gzip-compressed data"),
        (rb"BZh[1-9]1AY&SY", "a bzip2-compressed file"),
        (rb"\xfd7zXZ\x00", "an xz-compressed file"),
        (rb"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
        (rb"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (rb"Rar!\x1a\x07", "a RAR archive"),
        (rb".{257}ustar", "a tar archive"),
        (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document"),
        (rb"SQLite format 3\x00", "an SQLite database"),
        (rb"PAR1", "a Parquet file"),
        (rb"ARROW1", "an Arrow file"),
        (rb"\x7fELF|MZ\x90\x00|\xca\xfe\xba\xbe|\xcf\xfa\xed\xfe", "a compiled program"),
        (rb"\x00asm", "a WebAssembly module"),
        (rb"wOF[F2]", "a web font"),
    )
)

# Text formats that are not articles and that newsgraph does not read (yet).
_UNSUPPORTED_TEXT: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", "an RTF document; save it as plain text (.txt) or HTML"),
    (b"WARC/", "a WARC archive; newsgraph does not read WARC files yet"),
    (b"%!PS", "a PostScript document; save it as plain text (.txt)"),
)

# Documents stored as ZIP archives, named by their extension.
_ZIP_DOCUMENTS = {
    ".docx": "a Word document",
    ".xlsx": "an Excel workbook",
    ".pptx": "a PowerPoint presentation",
    ".odt": "an OpenDocument text",
    ".ods": "an OpenDocument spreadsheet",
    ".epub": "an EPUB book",
}

# The longest BOM first: the UTF-32 little-endian BOM starts with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# Guessing another encoding only helps when it is clear; beyond this share of
# odd characters, charset-normalizer's best guess is noise.
_MAX_CHAOS = 0.1
# Most legacy-encoded English news is Windows-1252: prefer it among equal guesses.
_WESTERN = "cp1252"


def check_binary(
    head: bytes, source: str, suffix: str = "", *, encoding: str | None = None
) -> None:
    """Raise BinaryInputError (or UnsupportedInputError) when the first bytes are not text.

    NUL bytes are expected, and allowed, in UTF-16 or UTF-32 text: after a byte order
    mark, or when ``encoding`` names such an encoding.
    """
    for pattern, what in _MAGIC:
        if pattern.match(head):
            if what == "a ZIP archive":
                what = _ZIP_DOCUMENTS.get(suffix, what)
            if what == "gzip-compressed data":
                raise BinaryInputError(
                    source,
                    f"looks like {what}; {_READS}, and decompresses files whose name ends "
                    "in .gz (rename it, for example to .jsonl.gz)",
                )
            raise BinaryInputError(source, f"looks like {what}; {_READS}")
    for prefix, what in _UNSUPPORTED_TEXT:
        if head.startswith(prefix):
            raise UnsupportedInputError(source, f"looks like {what}")
    wide = bom_encoding(head) is not None or (
        encoding is not None and not is_ascii_compatible(encoding)
    )
    if b"\x00" in head[:SNIFF_BYTES] and not wide:
        raise BinaryInputError(
            source,
            f"contains NUL bytes, so it looks like a binary file, not text; {_READS} "
            "(UTF-16 text needs a byte order mark)",
        )


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of the data declares, if any."""
    for bom, encoding, _ in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; raise InputError for a name Python does not know."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise _unknown_encoding(encoding) from None


def _unknown_encoding(encoding: str) -> InputError:
    return InputError(
        f"--encoding {encoding}",
        f"unknown text encoding {encoding!r}; use a name Python knows, "
        "such as utf-8, cp1252, latin-1 or utf-16",
    )


def is_ascii_compatible(encoding: str) -> bool:
    """Whether the encoding writes newlines and JSON punctuation as single ASCII bytes."""
    try:
        return '\n{}"'.encode(encoding) == b'\n{}"'
    except (LookupError, UnicodeError):
        return False


def decode(data: bytes, source: str, encoding: str | None = None, *, offset: int = 0) -> str:
    """Text from bytes: a BOM's encoding, else ``encoding``, else UTF-8; EncodingError if invalid.

    ``offset`` is where ``data`` starts in its input, so errors give the input's byte offset.
    """
    chosen = bom_encoding(data) or encoding or "utf-8"
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        raise _encoding_error(data, exc, source, given=encoding, offset=offset) from None
    except LookupError:
        raise _unknown_encoding(chosen) from None
    return text.removeprefix("\ufeff")


def _encoding_error(
    data: bytes, exc: UnicodeDecodeError, source: str, *, given: str | None, offset: int
) -> EncodingError:
    """An EncodingError naming the bad byte, its offset and what to do about it."""
    bad = data[exc.start]
    position = offset + exc.start
    bom = bom_encoding(data)
    if bom is not None:
        label = next(label for mark, name, label in _BOMS if name == bom and data.startswith(mark))
        return EncodingError(
            source,
            f"starts with a {label} byte order mark but byte 0x{bad:02x} at offset {position} "
            f"is not valid {label}; re-encode it to UTF-8",
        )
    if given is not None:
        return EncodingError(
            source,
            f"byte 0x{bad:02x} at offset {position} is not valid {given}; "
            "check the name given with --encoding",
        )
    guess = guess_encoding(data)
    hint = (
        f"it looks like {guess}: re-encode it to UTF-8 or pass --encoding {guess}"
        if guess
        else "re-encode it to UTF-8 or pass --encoding NAME (for example --encoding cp1252)"
    )
    return EncodingError(source, f"not valid UTF-8: byte 0x{bad:02x} at offset {position}; {hint}")


def guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess at the data's encoding, or None when it is not confident."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[: 1 << 20])
    best = matches.best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    for match in matches:
        if match.chaos <= best.chaos and _WESTERN in match.could_be_from_charset:
            return _WESTERN
    return str(best.encoding) if best.coherence > 0 else None
