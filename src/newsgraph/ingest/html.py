"""From one HTML page to a raw article: main text, title, outlet, URL and date.

trafilatura finds the main text and the metadata, htmldate (called by trafilatura) the
publication date. Both work on a tree parsed here, so neither ever fetches anything:
htmldate downloads only when handed a string that looks like a URL.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from newsgraph.errors import EmptyInputError, MalformedInputError
from newsgraph.prepare import RawArticle, parse_published

if TYPE_CHECKING:
    from trafilatura.settings import Document

# htmldate's output format: a date-time when the page gives one; a bare midnight
# without a zone means only the day was found and is cut back to a date.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"

# What a page's title puts between the headline and the site's name or section.
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|\*|·|::|»)\s+")
# A trailing title segment of more words than this is part of the headline.
_SITE_SEGMENT_MAX_WORDS = 6
# A section name ("National", "Politics News") sits between headline and site name.
_SECTION_MAX_WORDS = 2

_FULL_DOCUMENT = re.compile(r"<html\b|<body\b", re.IGNORECASE)


def html_to_raw(html: str, *, source: str, url: str | None = None) -> RawArticle:
    """The main text and metadata of one HTML page; raise an InputError when it has no article.

    >>> paragraph = "<p>" + "Negotiators met again in Doha on Monday. " * 5 + "</p>"
    >>> page = f"<html><head><title>Talks resume</title></head><body>{paragraph}</body></html>"
    >>> html_to_raw(page, source="page.html").title
    'Talks resume'
    """
    try:
        document = _extract(html, url)
        if document is None and not _FULL_DOCUMENT.search(html):
            # trafilatura refuses a bare fragment; a wrapper makes it a document.
            document = _extract(f"<html><body>{html}</body></html>", url)
    except Exception as exc:  # a parser bug on odd markup must not stop the batch
        raise MalformedInputError(source, f"the HTML could not be parsed ({exc})") from None
    text = document.text if document is not None else None
    if document is None or not text or not text.strip():
        raise EmptyInputError(source, "no article text found in the HTML")
    # One blank line between paragraphs, as in plain-text articles.
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    page_url = url or document.url or None
    host = _host(document.hostname, page_url)
    title = _clean_title(document.title, document.sitename, host) if document.title else None
    published = _published(document.date)
    metadata: dict[str, Any] = {}
    if document.author:
        metadata["author"] = document.author
    return RawArticle(
        text=text,
        source=source,
        title=title,
        url=page_url,
        outlet=document.sitename or host,
        published=published,
        published_basis="html-metadata" if published else "unknown",
        metadata=metadata,
    )


def _extract(html: str, url: str | None) -> Document | None:
    """trafilatura's document for the page (main text and metadata), or None when it finds none."""
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={
            "original_date": True,
            "extensive_search": True,
            "outputformat": _DATE_FORMAT,
        },
    )
    if result is None or isinstance(result, dict):
        return None
    return result


def _published(value: str | None) -> str | None:
    """The page's publication date in ISO 8601, or None when absent or unreadable."""
    if not value:
        return None
    try:
        return parse_published(value)
    except MalformedInputError:
        return None


def _host(hostname: str | None, url: str | None) -> str | None:
    """The page's domain without ``www.``: from its canonical URL, else the given one."""
    host = hostname or (urlsplit(url).hostname if url else None)
    if not host:
        return None
    return host.removeprefix("www.")


def _clean_title(title: str, sitename: str | None, host: str | None) -> str:
    """The headline alone: drop the site's name, a section and a byline trailing the title."""
    title = " ".join(title.split())
    names = {_key(name) for name in (sitename, host) if name} - {""}
    label = _key(host.split(".")[0]) if host else ""
    parts = _TITLE_SEPARATOR.split(title)
    separators = _TITLE_SEPARATOR.findall(title)
    dropped_site = False
    while len(parts) > 1:
        last = parts[-1]
        if _is_site_segment(last, names, label):
            dropped_site = True
        elif not (dropped_site and len(last.split()) <= _SECTION_MAX_WORDS):
            break
        parts.pop()
        separators.pop()
    return parts[0] + "".join(sep + part for sep, part in zip(separators, parts[1:], strict=True))


def _is_site_segment(segment: str, names: set[str], label: str) -> bool:
    """Whether a title segment names the site (or its author) rather than the story."""
    if len(segment.split()) > _SITE_SEGMENT_MAX_WORDS:
        return False
    if segment.lower().startswith("by "):
        return True
    key = _key(segment)
    if not key:
        return False
    for name in names:
        if key == name or (len(key) >= 4 and key in name) or (len(name) >= 4 and name in key):
            return True
    return len(label) >= 3 and label in key


def _key(text: str) -> str:
    """Lowercase letters and digits only, to compare site names written differently."""
    return re.sub(r"\W+", "", text.lower())
