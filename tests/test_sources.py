"""Input readers: files, folders, standard input and HTML pages into raw articles or errors."""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MalformedInputError,
    UnsupportedInputError,
)
from newsgraph.ingest import html_to_raw, read_inputs
from newsgraph.prepare import RawArticle

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

STORY = (
    "Dock workers at the port of Selham returned to work on Friday after a nine-day strike.\n\n"
    "The union said the agreement raises wages by 6 percent this year.\n"
)


def read(*inputs: str | Path, **options: Any) -> list[RawArticle | InputError]:
    return list(read_inputs(inputs, **options))


def only(items: list[RawArticle | InputError]) -> RawArticle | InputError:
    assert len(items) == 1, items
    return items[0]


def article(items: list[RawArticle | InputError]) -> RawArticle:
    item = only(items)
    assert isinstance(item, RawArticle), item
    return item


def error(items: list[RawArticle | InputError], kind: type[InputError]) -> InputError:
    item = only(items)
    assert type(item) is kind, item
    assert isinstance(item, InputError)
    return item


def jsonl(*records: dict[str, Any]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


# ---- plain text -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["story.txt", "story.text", "story", "story.md", "STORY.TXT"])
def test_text_file_is_one_article_without_title(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(STORY, encoding="utf-8")
    raw = article(read(path))
    assert raw.text == STORY
    assert raw.title is None
    assert raw.source == str(path)
    assert raw.published is None and raw.published_basis == "unknown"


def test_text_file_with_utf8_bom_loses_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    assert article(read(path)).text == STORY


def test_text_file_in_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(STORY.encode("utf-16"))
    assert article(read(path)).text == STORY


def test_text_sniffed_as_jsonl_when_every_line_is_an_object(tmp_path: Path) -> None:
    path = tmp_path / "export"
    path.write_text(jsonl({"text": "One."}, {"text": "Two."}), encoding="utf-8")
    assert [item.text for item in read(path) if isinstance(item, RawArticle)] == ["One.", "Two."]


def test_pretty_printed_json_is_sniffed_without_an_extension(tmp_path: Path) -> None:
    path = tmp_path / "export"
    path.write_text(json.dumps([{"text": "One."}, {"text": "Two."}], indent=2), "utf-8")
    assert [item.source for item in read(path)] == [f"{path} item 1", f"{path} item 2"]


@pytest.mark.parametrize("text", ["[Reuters] Talks resumed on Monday.", '["just", "strings"]'])
def test_text_that_only_starts_like_json_stays_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "note"
    path.write_text(text, encoding="utf-8")
    assert article(read(path)).text == text


# ---- JSONL and JSON ---------------------------------------------------------------------


def test_jsonl_gives_one_article_per_line_with_fields_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    first = {
        "id": "a1",
        "title": " Strike ends ",
        "text": STORY,
        "published": "2025-03-14",
        "url": "https://example.org/a1",
        "source": "The Coastal Ledger",
        "section": "business",
        "tags": ["labour", "ports"],
        "extra": {"wire": True},
    }
    second = {"id": 7, "text": "Second story.", "title": None}
    path.write_text(jsonl(first) + "\n   \n" + jsonl(second), encoding="utf-8")
    one, two = read(path)
    assert isinstance(one, RawArticle) and isinstance(two, RawArticle)
    assert one.source == f"{path} line 1"
    assert two.source == f"{path} line 4"  # blank lines are skipped but still counted
    assert one.input_id == "a1" and two.input_id == "7"
    assert one.title == "Strike ends" and two.title is None
    assert one.url == "https://example.org/a1"
    assert one.outlet == "The Coastal Ledger"
    assert one.published == "2025-03-14" and one.published_basis == "given"
    assert two.published is None and two.published_basis == "unknown"
    assert one.metadata == {
        "section": "business",
        "tags": ["labour", "ports"],
        "extra": {"wire": True},
    }
    assert two.metadata == {}
    assert one.text == STORY


def test_long_jsonl_keeps_every_record_across_read_boundaries(tmp_path: Path) -> None:
    texts = [f"Story {n}: " + "word " * (n % 97) + "é" for n in range(800)]
    path = tmp_path / "long.jsonl"
    path.write_text(jsonl(*({"text": text} for text in texts)), encoding="utf-8")
    items = read(path)
    assert [item.text for item in items if isinstance(item, RawArticle)] == texts


def test_jsonl_with_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + jsonl({"text": "One."}).encode())
    assert article(read(path)).text == "One."


def test_ndjson_extension_is_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_text(jsonl({"text": "One."}, {"text": "Two."}), encoding="utf-8")
    assert [item.source for item in read(path)] == [f"{path} line 1", f"{path} line 2"]


def test_jsonl_date_formats_are_parsed(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text(
        jsonl(
            {"text": "A.", "published": "Wed, 22 Jan 2025 10:30:00 +0000"},
            {"text": "B.", "published": "2025-01-22T10:30:00Z"},
        ),
        encoding="utf-8",
    )
    assert [item.published for item in read(path) if isinstance(item, RawArticle)] == [
        "2025-01-22T10:30:00+00:00",
        "2025-01-22T10:30:00+00:00",
    ]


def test_jsonl_unreadable_date_keeps_the_article_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text(jsonl({"text": STORY, "published": "the day before yesterday"}), "utf-8")
    raw = article(read(path))
    assert raw.published is None
    assert raw.published_basis == "unknown"
    assert "the day before yesterday" in raw.metadata["published_error"]


def test_json_file_with_one_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": "T", "text": STORY, "lang": "en"}, indent=2), "utf-8")
    raw = article(read(path))
    assert (raw.source, raw.title, raw.metadata) == (str(path), "T", {"lang": "en"})


def test_json_file_with_a_list_of_objects(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(
        json.dumps([{"text": "One."}, {"title": "no text"}, {"text": "Three."}]), "utf-8"
    )
    one, two, three = read(path)
    assert isinstance(one, RawArticle) and one.source == f"{path} item 1"
    assert isinstance(two, MalformedInputError) and two.source == f"{path} item 2"
    assert isinstance(three, RawArticle) and three.text == "Three."


def test_invalid_json_file_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"text": "unfinished', encoding="utf-8")
    assert "invalid JSON" in error(read(path), MalformedInputError).reason


def test_jsonl_invalid_line_names_its_number_and_the_json_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        jsonl({"text": "Good."}) + '{"text": "no end\n' + jsonl({"text": "Also."}), "utf-8"
    )
    good, bad, also = read(path)
    assert isinstance(bad, MalformedInputError)
    assert bad.source == f"{path} line 2"
    assert "invalid JSON" in bad.reason and "column" in bad.reason
    assert str(bad).startswith(f"{path} line 2: ")
    assert isinstance(good, RawArticle) and isinstance(also, RawArticle)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"title": "no text here"}', "no 'text' field"),
        ('{"text": ""}', "'text' is empty"),
        ('{"text": "   "}', "'text' is empty"),
        ('{"text": 42}', "'text' is a number"),
        ('{"text": ["a", "b"]}', "'text' is a list"),
        ('["text", "in a list"]', "expected a JSON object, found a list"),
        ('{"text": "ok", "title": {"main": "x"}}', "'title' is an object"),
    ],
)
def test_jsonl_line_without_usable_text_is_malformed(
    tmp_path: Path, line: str, expected: str
) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    problem = error(read(path), MalformedInputError)
    assert problem.source == f"{path} line 1"
    assert expected in problem.reason


def test_jsonl_with_only_blank_lines_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n\n", encoding="utf-8")
    error(read(path), EmptyInputError)


# ---- HTML -------------------------------------------------------------------------------


def test_html_file_gives_text_title_outlet_url_and_date() -> None:
    path = FIXTURES / "article.html"
    raw = article(read(path))
    assert raw.source == str(path)
    assert raw.title == "Harbour workers end strike after pay deal"
    assert raw.outlet == "The Coastal Ledger"
    assert raw.url == "https://www.coastal-ledger.example/news/harbour-strike-ends"
    assert raw.published == "2025-03-14T09:30:00+00:00"
    assert raw.published_basis == "html-metadata"
    assert "nine days.\n\nThe agreement raises wages" in raw.text
    assert "All rights reserved" not in raw.text
    assert "Sport" not in raw.text


def test_html_is_sniffed_without_an_extension(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_bytes((FIXTURES / "article.html").read_bytes())
    assert article(read(path)).title == "Harbour workers end strike after pay deal"


def test_html_outlet_falls_back_to_the_canonical_domain() -> None:
    page = (FIXTURES / "article.html").read_text("utf-8")
    page = page.replace('<meta property="og:site_name" content="The Coastal Ledger">', "")
    page = page.replace(" | The Coastal Ledger", "")
    raw = html_to_raw(page, source="page.html")
    assert raw.outlet in {"coastal-ledger.example", "Coastal-Ledger"}
    assert raw.title == "Harbour workers end strike after pay deal"


def test_html_without_article_text_is_empty() -> None:
    with pytest.raises(EmptyInputError, match="no article text found in the HTML"):
        html_to_raw("<html><head><title>x</title></head><body></body></html>", source="p.html")


def test_html_page_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    page = (FIXTURES / "article.html").read_text("utf-8")
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("Tomas Reyne", "Tomás Reyne").replace("©", "(c)")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    assert "Tomás Reyne" in article(read(path)).text


def test_url_is_passed_through_and_never_fetched() -> None:
    page = (FIXTURES / "article.html").read_text("utf-8")
    raw = html_to_raw(page, source="saved.html", url="https://example.org/saved")
    assert raw.url == "https://example.org/saved"


def test_html_to_raw_never_fetches_a_string_that_looks_like_a_url() -> None:
    raw = html_to_raw("https://example.org/news/some-story", source="x")
    assert raw.text == "https://example.org/news/some-story"  # the string itself, not a download


# ---- gzip -------------------------------------------------------------------------------


def test_gzipped_inputs_are_read_by_their_inner_kind(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(jsonl({"text": "One."}).encode()))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress((FIXTURES / "article.html").read_bytes()))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    (tmp_path / "d.gz").write_bytes(gzip.compress(STORY.encode()))
    items = read(tmp_path)
    assert all(isinstance(item, RawArticle) for item in items), items
    assert [item.source for item in items] == [
        f"{tmp_path / 'a.jsonl.gz'} line 1",
        str(tmp_path / "b.html.gz"),
        str(tmp_path / "c.txt.gz"),
        str(tmp_path / "d.gz"),
    ]
    assert isinstance(items[1], RawArticle)
    assert items[1].title == "Harbour workers end strike after pay deal"


@pytest.mark.parametrize(
    "data",
    [
        b"this is not gzip at all",
        gzip.compress(STORY.encode())[:-12],  # truncated
    ],
)
def test_corrupt_gzip_is_malformed(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.txt.gz"
    path.write_bytes(data)
    problem = error(read(path), MalformedInputError)
    assert problem.source == str(path)
    assert "gzip" in problem.reason


def test_corrupt_gzip_jsonl_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    records = jsonl(*({"text": f"Story number {n}."} for n in range(2000)))
    path = tmp_path / "many.jsonl.gz"
    path.write_bytes(gzip.compress(records.encode())[:-200])
    items = read(path)
    assert isinstance(items[-1], MalformedInputError)
    assert len(items) > 1000
    assert all(isinstance(item, RawArticle) for item in items[:-1])


# ---- folders ----------------------------------------------------------------------------


def test_folder_is_walked_recursively_in_name_order_skipping_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "z.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Story {name}.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref", encoding="utf-8")
    (tmp_path / "sub" / ".cache").mkdir()
    (tmp_path / "sub" / ".cache" / "e.txt").write_text("cached", encoding="utf-8")
    sources = [item.source for item in read(tmp_path)]
    assert sources == [
        str(tmp_path / name)
        for name in ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "z.txt"]
    ]
    assert sources == [item.source for item in read(tmp_path)]  # stable


def test_folder_with_unsupported_files_names_each_and_reads_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(40))
    (tmp_path / "d.csv").write_text("id,text\n1,hello\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text(STORY, encoding="utf-8")
    items = read(tmp_path)
    kinds = [(Path(item.source).name, type(item).__name__) for item in items]
    assert kinds == [
        ("a.pdf", "BinaryInputError"),
        ("b.png", "BinaryInputError"),
        ("c.docx", "BinaryInputError"),
        ("d.csv", "UnsupportedInputError"),
        ("e.txt", "RawArticle"),
    ]
    assert isinstance(items[2], InputError) and "Word document" in items[2].reason
    assert isinstance(items[3], InputError) and "JSONL" in items[3].reason


def test_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / ".only-hidden").write_text("x", encoding="utf-8")
    assert "no files" in error(read(tmp_path), EmptyInputError).reason


# ---- standard input ---------------------------------------------------------------------


def test_stdin_plain_text() -> None:
    raw = article(read("-", stdin=io.StringIO(STORY)))
    assert (raw.source, raw.text, raw.title) == ("<stdin>", STORY, None)


def test_stdin_jsonl_bytes() -> None:
    data = jsonl({"text": "One.", "title": "First"}, {"text": "Two."}).encode()
    one, two = read("-", stdin=io.BytesIO(data))
    assert isinstance(one, RawArticle) and isinstance(two, RawArticle)
    assert (one.source, one.title) == ("<stdin> line 1", "First")
    assert two.source == "<stdin> line 2"


def test_stdin_jsonl_text_with_a_bad_line() -> None:
    data = jsonl({"text": "One."}) + "{oops}\n"
    one, two = read("-", stdin=io.StringIO(data))
    assert isinstance(one, RawArticle)
    assert isinstance(two, MalformedInputError) and two.source == "<stdin> line 2"


def test_stdin_text_wrapper_is_read_as_bytes() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Café owners in Selham protested.".encode("cp1252")))
    problem = error(read("-", stdin=stream), EncodingError)
    assert problem.source == "<stdin>" and "0xe9" in problem.reason


def test_stdin_html() -> None:
    page = (FIXTURES / "article.html").read_bytes()
    assert article(read("-", stdin=io.BytesIO(page))).outlet == "The Coastal Ledger"


def test_empty_stdin() -> None:
    error(read("-", stdin=io.BytesIO(b"")), EmptyInputError)
    error(read("-", stdin=io.StringIO("  \n")), EmptyInputError)


# ---- errors, each with its own class and the input's name -------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    problem = error(read(path), EmptyInputError)
    assert problem.source == str(path)


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("nul.txt", b"some text\x00\x01\x02 more", "NUL bytes"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        ("paper.txt", b"%PDF-1.4\n1 0 obj << >> endobj\n", "a PDF document"),
        ("photo", b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"),
        ("report.docx", b"PK\x03\x04\x14\x00\x06\x00", "a Word document"),
        ("data.jsonl", gzip.compress(b'{"text": "x"}\n'), "gzip"),
        ("store.txt", b"SQLite format 3\x00" + bytes(100), "an SQLite database"),
    ],
)
def test_binary_file(tmp_path: Path, name: str, content: bytes, what: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    problem = error(read(path), BinaryInputError)
    assert problem.source == str(path)
    assert what in problem.reason
    assert "newsgraph reads text, HTML and JSONL" in problem.reason


def test_pdf_message_says_what_it_looks_like(tmp_path: Path) -> None:
    path = tmp_path / "paper.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    assert str(error(read(path), BinaryInputError)) == (
        f"{path}: looks like a PDF document; newsgraph reads text, HTML and JSONL"
    )


def test_latin1_bytes_give_an_encoding_error_with_the_byte_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    text = "The caf\xe9 owners in Selham said the r\xe9gime of fees had to end. " * 4
    path.write_bytes(text.encode("latin-1"))
    problem = error(read(path), EncodingError)
    assert problem.source == str(path)
    assert "0xe9" in problem.reason
    assert "offset 7" in problem.reason
    assert "--encoding" in problem.reason
    assert "UTF-8" in problem.reason
    assert "cp1252" in problem.reason  # the guess, for Western European text


def test_encoding_option_decodes_legacy_bytes(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("The café reopened.".encode("latin-1"))
    assert article(read(path, encoding="latin-1")).text == "The café reopened."


def test_encoding_option_that_does_not_fit_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("The café reopened.".encode("latin-1"))
    problem = error(read(path, encoding="ascii"), EncodingError)
    assert "0xe9" in problem.reason and "ascii" in problem.reason


def test_unknown_encoding_name_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    problem = only(read(path, encoding="klingon-8"))
    assert type(problem) is InputError
    assert "unknown text encoding 'klingon-8'" in problem.reason


def test_jsonl_encoding_error_names_the_line_and_keeps_earlier_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = jsonl({"text": "Fine."}).encode()
    before = '{"text": "The caf'
    path.write_bytes(good + (before + 'é closed."}\n').encode("latin-1") + good)
    first, problem = read(path)
    assert isinstance(first, RawArticle)
    assert isinstance(problem, EncodingError)
    assert problem.source == f"{path} line 2"
    assert f"byte 0xe9 at offset {len(good) + len(before)}" in problem.reason


def test_jsonl_with_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes('{"text": "The café closed."}\n'.encode("cp1252"))
    assert article(read(path, encoding="cp1252")).text == "The café closed."


def test_jsonl_in_utf16(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(jsonl({"text": "One."}, {"text": "Two."}).encode("utf-16"))
    assert [item.source for item in read(path)] == [f"{path} line 1", f"{path} line 2"]


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    problem = error(read(path), InputError)
    assert str(problem) == f"{path}: no such file or folder"


@pytest.mark.parametrize("url", ["https://example.org/news/1", "http://example.org", "HTTPS://X.Y"])
def test_url_is_not_read_yet(url: str) -> None:
    problem = error(read(url), UnsupportedInputError)
    assert problem.source == url
    assert "URLs are not read yet" in problem.reason and "save the page" in problem.reason


def test_batch_goes_on_after_bad_items(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nul.txt").write_bytes(b"\x00\x00")
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    bad_lines = tmp_path / "lines.jsonl"
    bad_lines.write_text('{"x": 1}\nnot json\n' + jsonl({"text": "Fine."}), encoding="utf-8")
    items = read(
        tmp_path / "missing",
        "https://example.org/a",
        tmp_path / "empty.txt",
        tmp_path / "nul.txt",
        bad_lines,
        tmp_path / "good.txt",
    )
    assert [type(item).__name__ for item in items] == [
        "InputError",
        "UnsupportedInputError",
        "EmptyInputError",
        "BinaryInputError",
        "MalformedInputError",
        "MalformedInputError",
        "RawArticle",
        "RawArticle",
    ]
    assert [item.source for item in items][-2:] == [
        f"{bad_lines} line 3",
        str(tmp_path / "good.txt"),
    ]


_SUFFIXES = ["", ".txt", ".jsonl", ".json", ".html", ".txt.gz", ".jsonl.gz", ".pdf"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.lists(st.text(max_size=30), max_size=5).map(lambda xs: "\n".join(xs).encode()),
    ),
    suffix=st.sampled_from(_SUFFIXES),
)
def test_no_input_makes_reading_raise(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(content)
        for item in read_inputs([path]):
            assert isinstance(item, RawArticle | InputError)
            if isinstance(item, RawArticle):
                assert item.text.strip()


# ---- real pages -------------------------------------------------------------------------

FUNDUS = SHARED_DATA / "corpora" / "fundus_html"
# Agreement with the corpus's reviewed extraction, measured a little above these floors.
TITLE_FLOOR = 0.76
DATE_FLOOR = 0.91


def test_real_news_pages_give_text_titles_and_dates() -> None:
    if not (FUNDUS / "expected.jsonl").exists():
        pytest.skip(f"development data not found at {FUNDUS}")
    expected = [
        json.loads(line) for line in (FUNDUS / "expected.jsonl").read_text("utf-8").splitlines()
    ]
    titles = dates = 0
    for page in expected:
        html = gzip.decompress((FUNDUS / page["html_file"]).read_bytes()).decode("utf-8")
        raw = html_to_raw(html, source=page["html_file"])
        assert raw.text.strip(), page["html_file"]
        titles += " ".join((raw.title or "").split()) == " ".join(page["title"].split())
        dates += (raw.published or "")[:10] == (page["published"] or "")[:10]
    title_share, date_share = titles / len(expected), dates / len(expected)
    print(f"\n{len(expected)} pages: title agreement {title_share:.1%}, ", end="")
    print(f"date agreement {date_share:.1%}")
    assert title_share >= TITLE_FLOOR
    assert date_share >= DATE_FLOOR


def test_a_file_too_big_for_one_article_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    from newsgraph.errors import TooLargeError
    from newsgraph.ingest import sources

    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.write(b"The minister said the talks would go on. " * 1000)
    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 10_000)
    items = list(sources.read_inputs([path]))
    assert len(items) == 1 and isinstance(items[0], TooLargeError)
    assert "huge.txt" in str(items[0]) and "JSONL" in str(items[0])
