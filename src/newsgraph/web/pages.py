"""The pages: server-rendered templates (autoescaped) with small scripts for the charts.

Each page gets its data from the same store queries as the API; what a chart draws is
embedded in the page as JSON (``<script type="application/json">``, escaped for HTML),
so a page needs no further request to show its content.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from newsgraph import __version__
from newsgraph.store import EventFilter
from newsgraph.web import queries
from newsgraph.web.api import (
    DATE,
    Text,
    cached_event_types,
    cached_places,
    linked_network,
    reader,
    with_article_links,
    with_entity_links,
)
from newsgraph.web.app import HERE, STATIC
from newsgraph.web.highlight import article_view

__all__ = ["error_page", "router"]

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE_SIZE = 25

# HTML-escape every value by default: article titles and text are untrusted input.
_env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals["version"] = __version__
_env.filters["number"] = lambda n: "" if n is None else f"{n:,.0f}" if n == int(n) else f"{n:,}"
_env.filters["marked"] = lambda snippet: _marked(snippet or "")
_env.tests["web_url"] = lambda url: isinstance(url, str) and url.startswith(("http://", "https://"))
templates = Jinja2Templates(env=_env)

NAV = [
    ("/", "Articles"),
    ("/entities", "Entities"),
    ("/timeline", "Timeline"),
    ("/network", "Network"),
    ("/map", "Map"),
    ("/figures", "Figures"),
]


def _marked(snippet: str) -> Markup:
    """A search snippet, escaped, with its ``[matches]`` as ``<mark>``."""
    return Markup(_MATCH.sub(r"<mark>\1</mark>", str(escape(snippet))))


_MATCH = re.compile(r"\[([^\[\]]*)\]")


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    context.setdefault("title", "newsgraph")
    context.setdefault("scripts", [])
    context.setdefault("data", None)
    context.setdefault("q", None)
    context["nav"] = NAV
    context["path"] = request.url.path
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status_code: int, message: str) -> Response:
    """An error as a page, with the status code."""
    return render(
        request,
        "error.html",
        status_code,
        title=str(status_code),
        status=status_code,
        message=message,
    )


def _clean(value: str | None) -> str | None:
    """A form field left empty is no filter."""
    return value.strip() or None if value is not None else None


@router.get("/")
def index(
    request: Request,
    q: Annotated[str | None, Query(max_length=500)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    store = reader(request)
    q = _clean(q)
    listing = queries.list_articles(store, q=q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    with_article_links(listing["items"])
    pages = max(1, math.ceil(listing["total"] / PAGE_SIZE))
    return render(
        request,
        "index.html",
        title="Search: " + q if q else "Articles",
        q=q,
        listing=listing,
        page=page,
        pages=pages,
        stats=store.stats() if not q else None,
    )


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str) -> Response:
    found = reader(request).get(article_id)
    if found is None:
        raise HTTPException(404, f"no stored article has the id {article_id!r}")
    view = article_view(found)
    return render(
        request,
        "article.html",
        title=found.title or found.id,
        article=found,
        href=queries.article_href(found.id),
        view=view,
        data={"records": view["records"]},
        scripts=["js/article.js"],
    )


@router.get("/entities")
def entities(
    request: Request,
    search: Text = None,
    type: Text = None,
    country: Annotated[str | None, Query(max_length=2)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    search, type, country = _clean(search), _clean(type), _clean(country)
    store = reader(request)
    country = country and country.upper()
    rows = store.entities(search=search, type=type, country=country, limit=limit)
    types = queries.entity_types(store.conn)
    return render(
        request,
        "entities.html",
        title="Entities",
        rows=with_entity_links(rows),
        types=types,
        search=search,
        type=type,
        country=country,
        limit=limit,
    )


@router.get("/entities/{ref:path}")
def entity(request: Request, ref: str) -> Response:
    store = reader(request)
    found = store.entity(ref, limit=50)
    if found is None:
        raise HTTPException(404, f"no stored entity matches {ref!r}")
    page = queries.entity_page(store.conn, found)
    return render(
        request,
        "entity.html",
        title=page["name"],
        entity=page,
        timeline=queries.timeline_href(actor=page["ref"]),
        network="/network?" + _query(actor=page["ref"]),
        data={"places": page["places"], "small": True},
        scripts=[
            "vendor/d3/d3.min.js",
            "vendor/topojson-client/topojson-client.min.js",
            "js/map.js",
        ],
    )


def _query(**params: Any) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


@router.get("/timeline")
def timeline(
    request: Request,
    actor: Text = None,
    type: Text = None,
    place: Text = None,
    status: Annotated[str | None, Query(max_length=20)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    story: Text = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> Response:
    where = _form(
        actor=actor, type=type, place=place, status=status, since=since, until=until, story=story
    )
    rows = with_article_links(reader(request).timeline(where, limit=limit))
    return render(
        request,
        "timeline.html",
        title="Timeline",
        rows=rows,
        undated=sum(1 for row in rows if not row["date"]),
        filters=where,
        limit=limit,
        types=cached_event_types(request),
        statuses=_STATUSES,
        data={"events": [{k: row.get(k) for k in _CHART_FIELDS} for row in rows]},
        scripts=["vendor/d3/d3.min.js", "js/common.js", "js/timeline.js"],
    )


# What the timeline chart draws of each event (the table below it shows the rest).
_CHART_FIELDS = (
    "date",
    "type",
    "status",
    "trigger",
    "sources",
    "targets",
    "place",
    "title",
    "href",
)
_STATUSES = ("asserted", "negated", "hypothetical", "reported")


def _check(*, status: str | None, since: str | None, until: str | None) -> None:
    """Form fields the pages take as text, checked as the API checks them."""
    if status is not None and status not in _STATUSES:
        raise HTTPException(422, f"status must be one of {', '.join(_STATUSES)}")
    for name, value in (("since", since), ("until", until)):
        if value is not None and not re.match(DATE, value):
            raise HTTPException(422, f"{name} must be a day written YYYY-MM-DD")


def _form(**fields: str | None) -> EventFilter:
    """The event filter of a page's form: empty fields are no filter, the rest checked."""
    where = EventFilter(**{name: _clean(value) for name, value in fields.items()})
    _check(status=where.status, since=where.since, until=where.until)
    return where


@router.get("/network")
def network(
    request: Request,
    actor: Text = None,
    type: Text = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    # 80 actors (about 500 links on a 5,000-article store) lay out in well under a second.
    limit: Annotated[int, Query(ge=1, le=1000)] = 80,
) -> Response:
    where = _form(actor=actor, type=type, since=since, until=until)
    whole = linked_network(request, where, limit=limit)
    # An actor whose every link leads outside the kept ones would float alone: left out.
    linked = {end for edge in whole["edges"] for end in (edge["source"], edge["target"])}
    graph = {"nodes": [n for n in whole["nodes"] if n["id"] in linked], "edges": whole["edges"]}
    return render(
        request,
        "network.html",
        title="Actor network",
        graph=graph,
        filters=where,
        limit=limit,
        types=cached_event_types(request),
        data=graph,
        scripts=["vendor/cytoscape/cytoscape.min.js", "js/common.js", "js/network.js"],
    )


@router.get("/map")
def map_page(
    request: Request,
    type: Text = None,
    status: Annotated[str | None, Query(max_length=20)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> Response:
    where = _form(type=type, status=status, since=since, until=until)
    rows = cached_places(request, where, limit=limit)
    return render(
        request,
        "map.html",
        title="Map",
        rows=rows,
        filters=where,
        types=cached_event_types(request),
        statuses=_STATUSES,
        data={"places": rows, "small": False},
        scripts=[
            "vendor/d3/d3.min.js",
            "vendor/topojson-client/topojson-client.min.js",
            "js/map.js",
        ],
    )


@router.get("/figures")
def figures(
    request: Request,
    about: Text = None,
    place: Text = None,
    source: Text = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> Response:
    about, place, source = _clean(about), _clean(place), _clean(source)
    since, until = _clean(since), _clean(until)
    _check(status=None, since=since, until=until)
    store = reader(request)
    topics = queries.figure_topics(store.conn)
    if about is None and topics:  # one counted thing at a time: values of a kind compare
        about = next((t["about"] for t in topics if t["about"] != "other"), topics[0]["about"])
    rows = store.figures(
        about=about, place=place, source=source, since=since, until=until, limit=limit
    )
    with_article_links(rows)
    series = queries.figure_series(rows)
    filters = {"about": about, "place": place, "source": source, "since": since, "until": until}
    return render(
        request,
        "figures.html",
        title="Figures" + (f": {about}" if about else ""),
        rows=rows,
        series=series,
        sources=len({r["source"] for r in rows}),
        topics=topics,
        filters=filters,
        data={"series": series, "about": about},
        scripts=["vendor/d3/d3.min.js", "js/common.js", "js/figures.js"],
    )


@router.get("/favicon.ico")
def favicon() -> Response:
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


@router.get("/docs")
def docs(request: Request) -> Response:
    """The OpenAPI documentation, drawn by Swagger UI from the package's own files."""
    return render(request, "docs.html", title="API", scripts=[])
