"""The application: the JSON API under ``/api/``, the pages, and the files they load.

>>> app = create_app("news.db")  # doctest: +SKIP
>>> serve("news.db", port=8000)  # doctest: +SKIP
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph import __version__
from newsgraph.web._stores import Stores
from newsgraph.web.queries import QueryError
from newsgraph.web.security import DEFAULT_MAX_BODY, BodyLimit, SecurityHeaders

__all__ = ["BackgroundServer", "WebConfig", "create_app", "serve"]

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"


@dataclass(frozen=True, slots=True, kw_only=True)
class WebConfig:
    """How the server runs: its store, write token, allowed origin, model and limits."""

    db_path: Path
    token: str | None = None
    cors: tuple[str, ...] = ()
    model: str | None = None
    max_body: int = DEFAULT_MAX_BODY


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    cors: str | tuple[str, ...] | list[str] | None = None,
    model: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The API and web UI over the store at ``db_path`` (created if it does not exist).

    Without ``token`` the server is read-only; with it, ``POST /api/articles`` accepts
    texts from clients that send ``Authorization: Bearer TOKEN``. ``cors`` names the
    origins that may call the API from other sites (none by default). ``model`` is the
    spaCy pipeline for new articles, loaded on the first write. Request bodies over
    ``max_body`` bytes are refused.
    """
    from newsgraph.web import api, pages

    origins = (cors,) if isinstance(cors, str) else tuple(cors or ())
    config = WebConfig(
        db_path=Path(db_path), token=token or None, cors=origins, model=model, max_body=max_body
    )
    app = FastAPI(
        title="newsgraph",
        version=__version__,
        summary="Articles, entities, events and figures of a newsgraph store, with their sources.",
        docs_url=None,  # served by pages.docs from the package's own files
        redoc_url=None,
    )
    app.state.config = config
    app.state.stores = Stores(config.db_path, model=model)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(QueryError, _query_error)
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_body=max_body)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if _wants_json(request):
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )
    from newsgraph.web.pages import error_page

    return error_page(request, exc.status_code, str(exc.detail))


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = [_problem(e) for e in exc.errors()]
    if _wants_json(request):
        return JSONResponse({"detail": problems}, status_code=422)
    from newsgraph.web.pages import error_page

    return error_page(request, 422, "; ".join(p["message"] for p in problems))


def _problem(error: dict[str, Any]) -> dict[str, Any]:
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path"))
    return {
        "loc": list(error.get("loc", ())),
        "message": f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", ""),
        "type": error.get("type"),
    }


async def _query_error(request: Request, exc: Exception) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": str(exc)}, status_code=422)
    from newsgraph.web.pages import error_page

    return error_page(request, 422, str(exc))


def serve(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    cors: tuple[str, ...] | list[str] | None = None,
    model: str | None = None,
    log_level: str = "info",
) -> None:
    """Run the server in this process until interrupted."""
    import uvicorn

    app = create_app(db_path, token=token, cors=cors, model=model)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)


class BackgroundServer:
    """Serve an app on a free localhost port from a thread, for notebooks and measurements.

    >>> with BackgroundServer(create_app("news.db")) as server:  # doctest: +SKIP
    ...     httpx.get(server.url + "/api/stats").json()
    """

    def __init__(
        self, app: FastAPI, *, host: str = "127.0.0.1", log_level: str = "warning"
    ) -> None:
        import socket

        import uvicorn

        # The socket is bound here and handed to the server, so the port cannot be taken
        # between choosing it and listening on it.
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, 0))
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(app, log_level=log_level, lifespan="off", server_header=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    def __enter__(self) -> Self:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the server on {self.url} did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)
        self._socket.close()
