"""The JSON API: the store's queries under ``/api/``, with the CLI's names and filters.

Lists come as ``{"items": [...], "limit": n, "offset": n}`` (articles add ``total``);
every entity row carries ``href``, the path of its entity page.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from newsgraph.errors import InputError, NewsgraphError, TooLargeError, describe
from newsgraph.network import actor_network
from newsgraph.store import EventFilter, Store
from newsgraph.web import queries
from newsgraph.web.queries import (
    article_href,
    entity_href,
    entity_ref,
    event_href,
    figure_href,
)
from newsgraph.web.security import require_token

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many.")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="Skip this many first.")]
Since = Annotated[str | None, Query(pattern=DATE, description="On or after this day (YYYY-MM-DD).")]
Until = Annotated[str | None, Query(pattern=DATE, description="On or before this day.")]
Status = Literal["asserted", "negated", "hypothetical", "reported"]
Text = Annotated[str | None, Query(max_length=200)]


def reader(request: Request) -> Store:
    """This thread's read-only store (route handlers run on a thread pool)."""
    store: Store = request.app.state.stores.reader()
    return store


def with_entity_links(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["href"] = entity_href(entity_ref(row))
    return rows


def with_article_links(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Link each row to its article, with the event or figure selected where it is one."""
    for row in rows:
        if "event_id" in row:
            row["href"] = event_href(row["article_id"], row["event_id"])
        elif "quantity_id" in row:
            row["href"] = figure_href(row)
        else:
            row["href"] = article_href(row["article_id"] if "article_id" in row else row["id"])
    return rows


def linked_network(request: Request, where: EventFilter, *, limit: int) -> dict[str, Any]:
    """The actor network of the events ``where`` keeps (by type, actor and dates), with each
    node's ``href`` (cached, read-only)."""
    store = reader(request)

    def compute() -> dict[str, Any]:
        graph: dict[str, Any] = actor_network(
            store.conn,
            type=where.type,
            actor=where.actor,
            since=where.since,
            until=where.until,
            limit=limit,
        )
        with_entity_links(graph["nodes"])
        return graph

    graph: dict[str, Any] = request.app.state.stores.cached(
        store, "network", compute, where=where, limit=limit
    )
    return graph


def cached_places(request: Request, where: EventFilter, *, limit: int) -> list[dict[str, Any]]:
    """Places with their event and article counts for the events ``where`` keeps (cached,
    read-only)."""
    store = reader(request)
    rows: list[dict[str, Any]] = request.app.state.stores.cached(
        store,
        "places",
        lambda: queries.places(store.conn, where, limit=limit),
        where=where,
        limit=limit,
    )
    return rows


def cached_event_types(request: Request) -> list[str]:
    store = reader(request)
    types: list[str] = request.app.state.stores.cached(
        store, "event_types", lambda: queries.event_types(store.conn)
    )
    return types


def listing(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"items": rows[offset : offset + limit], "limit": limit, "offset": offset}


@router.get("/articles")
def articles(
    request: Request,
    q: Annotated[str | None, Query(max_length=500, description="Full-text query (FTS5).")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Articles in ingest order, or those matching ``q`` best first; ``total`` counts them all."""
    page = queries.list_articles(reader(request), q=q, limit=limit, offset=offset)
    with_article_links(page["items"])
    return page


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str) -> dict[str, Any]:
    """One article with all its records; each entity carries ``href``, its entity page."""
    found = reader(request).get(article_id)
    if found is None:
        raise HTTPException(404, f"no stored article has the id {article_id!r}")
    record = found.to_dict()
    record["published_basis"] = found.published_basis
    for entity in record["entities"]:
        entity["href"] = entity_href(entity["key"])
    record["href"] = article_href(found.id)
    return record


class NewArticle(BaseModel):
    """A text to extract and store, with what is known about it."""

    text: str = Field(min_length=1, description="The article's text.")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD or ISO 8601.")
    outlet: str | None = Field(None, max_length=400)


@router.post(
    "/articles",
    status_code=201,
    dependencies=[Depends(require_token)],
    responses={
        200: {"description": "The article was stored already."},
        401: {"description": "No token was sent."},
        403: {"description": "The server is read-only, or the token is wrong."},
        413: {"description": "The body or the text is too large."},
        422: {"description": "The text cannot be an article (empty, not English, …)."},
    },
)
async def add_article(request: Request, body: NewArticle) -> JSONResponse:
    """Extract a text with the pipeline and store it (needs ``Authorization: Bearer TOKEN``)."""
    stores = request.app.state.stores
    try:
        added = await run_in_threadpool(
            stores.add_text,
            body.text,
            title=body.title,
            url=body.url,
            published=body.published,
            outlet=body.outlet,
        )
    except TooLargeError as error:
        raise HTTPException(413, describe(error)) from error
    except InputError as error:
        raise HTTPException(422, describe(error)) from error
    except NewsgraphError as error:
        raise HTTPException(500, str(error)) from error
    return JSONResponse(
        {
            "id": added.id,
            "added": added.added,
            "duplicate_of": added.duplicate_of,
            "href": article_href(added.id),
            "api": f"/api{article_href(added.id)}",
        },
        status_code=201 if added.added else 200,
    )


@router.get("/entities")
def entities(
    request: Request,
    search: Text = None,
    type: Text = None,
    country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """People, organizations and places across articles, most reported first."""
    rows = reader(request).entities(
        search=search, type=type, country=country and country.upper(), limit=offset + limit
    )
    return listing(with_entity_links(rows), limit, offset)


@router.get("/entities/{ref:path}")
def entity(
    request: Request,
    ref: str,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> dict[str, Any]:
    """One entity (corpus id, key or name): aliases, roles, events, co-occurring actors."""
    store = reader(request)
    found = store.entity(ref, limit=limit)
    if found is None:
        raise HTTPException(404, f"no stored entity matches {ref!r}")
    return queries.entity_page(store.conn, found)


@router.get("/events")
def events(
    request: Request,
    type: Text = None,
    actor: Text = None,
    place: Text = None,
    since: Since = None,
    until: Until = None,
    status: Status | None = None,
    story: Text = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Event reports across articles, newest first."""
    where = EventFilter(
        type=type, actor=actor, place=place, since=since, until=until, status=status, story=story
    )
    rows = reader(request).events(where, limit=offset + limit)
    return listing(with_article_links(rows), limit, offset)


@router.get("/timeline")
def timeline(
    request: Request,
    entity: Text = None,
    story: Text = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 500,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Events in date order (undated last), for one entity, one story, or everything."""
    where = EventFilter(actor=entity, story=story, since=since, until=until)
    rows = reader(request).timeline(where, limit=offset + limit)
    return listing(with_article_links(rows), limit, offset)


@router.get("/stories")
def stories(
    request: Request,
    entity: Text = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stories (articles grouped over time), most articles first."""
    rows = reader(request).stories(entity=entity, since=since, until=until, limit=offset + limit)
    for row in rows:
        row["href"] = queries.timeline_href(story=row["id"])
    return listing(rows, limit, offset)


@router.get("/stories/{story_id}")
def story(
    request: Request, story_id: str, limit: Annotated[int, Query(ge=1, le=500)] = 50
) -> dict[str, Any]:
    """One story: its articles in time order, its entities and events."""
    found = reader(request).story(story_id, limit=limit)
    if found is None:
        raise HTTPException(404, f"no stored story has the id {story_id!r}")
    found["href"] = queries.timeline_href(story=story_id)
    for item in found.get("article_list", []):
        item["href"] = article_href(item["id"])
    return found


@router.get("/figures")
def figures(
    request: Request,
    about: Text = None,
    place: Text = None,
    source: Text = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 500,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The figure ledger: every reported value with source and day; disputed ones ``contested``."""
    rows = reader(request).figures(
        about=about, place=place, source=source, since=since, until=until, limit=offset + limit
    )
    page = listing(with_article_links(rows), limit, offset)
    page["series"] = queries.figure_series(page["items"])
    return page


@router.get("/stats")
def stats(request: Request) -> dict[str, Any]:
    """Counts of articles and records, entities by type, schema version, file size."""
    numbers = reader(request).stats()
    numbers.pop("path", None)  # where the file lives is the server's business
    return numbers


@router.get("/network")
def network(
    request: Request,
    type: Text = None,
    actor: Text = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 300,
) -> dict[str, Any]:
    """The actor network: entities as nodes, events as typed edges from source to target."""
    where = EventFilter(type=type, actor=actor, since=since, until=until)
    return linked_network(request, where, limit=limit)


@router.get("/places")
def places(
    request: Request,
    type: Text = None,
    status: Status | None = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 500,
) -> dict[str, Any]:
    """Places with coordinates, the events there and the articles naming them."""
    where = EventFilter(type=type, status=status, since=since, until=until)
    rows = cached_places(request, where, limit=limit)
    return {"items": rows, "limit": limit, "offset": 0}
