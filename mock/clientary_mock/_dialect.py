"""How the mock speaks: the tidy forms the docs print, or what a Rails server plausibly sends.

`docs` (the default): amounts as JSON numbers, an amount nobody entered as 0, the record in
every update's answer, every error as JSON.

`rails`, for testing clients that must read the real API: decimals as strings, the way Rails
writes a decimal column (`"129.15"`, `"123.0"`); an amount nobody entered as null; updates
answered 204 with no body; a refused token answered in plain text (`HTTP Basic: Access denied.`),
a missing record or route with an HTML page, and a rejected record's field errors at the top
level of the body (`{"name": ["can't be blank"]}`), as Rails renders `record.errors`.

The values are chosen while records are rendered (`decimal_json`, `absent`), by the
dialect of the request being served; the answers as a whole are rewritten by `RailsDialect`,
which wraps the app. Nothing else in the mock knows there are two dialects.
"""

from __future__ import annotations

import json
from contextvars import ContextVar
from decimal import Decimal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._auth import is_api_path
from ._held_response import hold_response

DIALECTS = ("docs", "rails")
DEFAULT_DIALECT = "docs"

# Set for the requests a RailsDialect serves; the renderers read it (the read cache keeps what
# they rendered, and one app always speaks one dialect).
_RAILS: ContextVar[bool] = ContextVar("clientary_mock_rails_dialect", default=False)

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


def decimal_json(exact: Decimal) -> int | float | str:
    """A decimal as the dialect writes it: a JSON number (whole ones as integers), or a string
    as Rails' BigDecimal#as_json writes it (`"129.15"`, whole ones `"123.0"`)."""
    whole = exact == exact.to_integral_value()
    if _RAILS.get():
        return f"{int(exact)}.0" if whole else format(exact.normalize(), "f")
    return int(exact) if whole else float(exact)


def absent() -> int | None:
    """An amount (or its budget type) nobody entered: 0 in the tidy form, null as a Rails
    column leaves it."""
    return None if _RAILS.get() else 0


class RailsDialect:
    """Serves the app's API answers the way a Rails server plausibly sends them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        token = _RAILS.set(True)
        try:

            async def release(start: Message, body: bytes) -> None:
                status, headers, body = _rewritten(scope["method"], start, body)
                if status != 204:  # a 204 carries no Content-Length at all
                    headers.append((b"content-length", str(len(body)).encode()))
                await send({**start, "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": body})

            await hold_response(self.app, scope, receive, release)
        finally:
            _RAILS.reset(token)


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
