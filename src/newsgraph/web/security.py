"""Defaults that protect the user: request size limits, a write token, strict page headers."""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

__all__ = ["DEFAULT_MAX_BODY", "BodyLimit", "SecurityHeaders", "require_token"]

#: The largest request body the server reads (bytes).
DEFAULT_MAX_BODY = 5 * 1024 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Scripts and styles only from the server itself: an article's text can never run code.
# Inline styles stay allowed for the charting libraries, which position elements with them.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


async def _send_json(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# How much of a refused body is read and thrown away before answering, so that a client
# still sending gets the answer rather than a reset connection; past this, it is cut off.
_DRAIN_LIMIT = 64 * 1024 * 1024


async def _drain(receive: Receive) -> None:
    """Read and discard the rest of a request body, up to :data:`_DRAIN_LIMIT` bytes."""
    drained = 0
    while drained < _DRAIN_LIMIT:
        message = await receive()
        if message["type"] != "http.request":
            return
        drained += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


class BodyLimit:
    """Refuse request bodies over ``max_body`` bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"the request body is over the server's limit of {self.max_body:,} bytes"
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _send_json(send, 400, "the Content-Length header is not a number")
                return
            if int(declared) > self.max_body:
                await _drain(receive)
                await _send_json(send, 413, too_large)
                return
        received = 0
        started = False
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body and not refused:
                    # Answer now, and tell the application the client is gone: it must not
                    # read on, and whatever it answers is dropped.
                    refused = True
                    if message.get("more_body", False):
                        await _drain(receive)
                    if not started:
                        await _send_json(send, 413, too_large)
                    return {"type": "http.disconnect"}
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except Exception:
            if not refused:
                raise


class SecurityHeaders:
    """Add the content security policy and related headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


_bearer = HTTPBearer(
    auto_error=False, description="The token the server was started with (--token)."
)


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)] = None,
) -> None:
    """Let a write through only with ``Authorization: Bearer TOKEN`` matching the server's."""
    token: str | None = request.app.state.config.token
    if not token:
        raise HTTPException(
            403,
            "this server is read-only: start it with --token (or $NEWSGRAPH_TOKEN) "
            "to accept new articles",
        )
    given = credentials.credentials.strip() if credentials else ""
    if not given:
        raise HTTPException(
            401,
            "send the server's token as 'Authorization: Bearer TOKEN' to add articles",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not secrets.compare_digest(given.encode(), token.encode()):
        raise HTTPException(403, "the token is not this server's token")
