"""Request bodies over a size limit are refused with 413, before the mock parses any of them.

A Content-Length over the limit is answered at once, nothing read. A body sent without one
(chunked) is counted as it arrives: past the limit the app is told that the client left, which
stops its reading, and the 413 goes out in its place. The connection stays usable: uvicorn reads
the rest of the refused body and throws it away, so the client's next request on it is served.
"""

from __future__ import annotations

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._errors import error_response
from ._send_watch import SendWatch

DEFAULT_MAX_BODY_BYTES = 10_000_000


def declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isascii() and text.isdigit() else None
    return None


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = declared_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        received = 0
        over = False

        async def counting() -> Message:
            nonlocal received, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    over = True
                    return {"type": "http.disconnect"}
            return message

        watched = SendWatch(send)
        try:
            await self.app(scope, counting, watched)
        except ClientDisconnect:
            if not over:
                raise
        if over and not watched.started:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = f"{self.max_bytes:,} bytes"
        response = error_response(
            413, f"Request body larger than {limit}", {"body": [f"is larger than {limit}"]}
        )
        await response(scope, receive, send)
