"""The rails dialect's answers: an API answer as a Rails server plausibly sends it.

What each dialect says is described in `_dialect`. This middleware serves each API request
`speaking_rails()`, so records render in that dialect, and rewrites the answer as a whole: an
update's 2xx becomes 204 with no body, a 401 the plain-text refusal, a 404 an HTML page, and a
422 its field errors at the top level of the body.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._dialect import speaking_rails
from .._paths import is_api_path
from .held_response import hold_response

__all__ = ["RailsDialectMiddleware"]

ACCESS_DENIED = b"HTTP Basic: Access denied.\n"
NOT_FOUND_PAGE = b"""<!DOCTYPE html>
<html>
<head>
  <title>Not found (404)</title>
</head>
<body>
  <h1>Nothing lives at this address.</h1>
  <p>The record may have been deleted, or the link may be mistyped.</p>
</body>
</html>
"""


class RailsDialectMiddleware:
    """Serves the app's API answers the way a Rails server plausibly sends them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return

        async def release(start: Message, body: bytes) -> None:
            status, headers, body = _rewritten(scope["method"], start, body)
            if status != 204:  # a 204 carries no Content-Length at all
                headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        with speaking_rails():
            await hold_response(self.app, scope, receive, release)


Headers = list[tuple[bytes, bytes]]


def _rewritten(method: str, start: Message, body: bytes) -> tuple[int, Headers, bytes]:
    status: int = start["status"]
    headers: Headers = _without(start["headers"], b"content-length")
    if method == "PUT" and 200 <= status < 300:
        return 204, _without(headers, b"content-type"), b""
    if status == 401:
        return status, _typed(headers, b"text/plain; charset=utf-8"), ACCESS_DENIED
    if status == 404:
        return status, _typed(headers, b"text/html; charset=utf-8"), NOT_FOUND_PAGE
    if status == 422:
        return status, headers, _errors_at_top_level(body)
    return status, headers, body


def _errors_at_top_level(body: bytes) -> bytes:
    """`{"error": ..., "errors": {field: [...]}}` as Rails renders record errors: `{field: [...]}`."""
    try:
        document = json.loads(body)
    except ValueError:
        return body
    errors = document.get("errors") if isinstance(document, dict) else None
    if not isinstance(errors, dict) or not errors:
        return body
    return json.dumps(errors, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _typed(headers: Headers, content_type: bytes) -> Headers:
    return [*_without(headers, b"content-type"), (b"content-type", content_type)]


def _without(headers: Headers, name: bytes) -> Headers:
    return [(key, value) for key, value in headers if key.lower() != name]
