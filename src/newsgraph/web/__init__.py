"""The HTTP API and web UI over a store, served by ``newsgraph serve news.db``.

The API (``/api/...``, described at ``/docs``) answers the store's queries as JSON with
the CLI's names and filters; the pages show articles with their records highlighted,
entity pages, a timeline, the actor network, a map and figures by source. Everything the
pages load ships inside the package, so the server works offline.

>>> from newsgraph.web import create_app
>>> app = create_app("news.db", token="s3cret")  # doctest: +SKIP
"""

from __future__ import annotations

from newsgraph.web.app import BackgroundServer, WebConfig, create_app, serve

__all__ = ["BackgroundServer", "WebConfig", "create_app", "serve"]
