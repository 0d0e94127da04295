"""ASGI middlewares that break a correct app on purpose, to show the contract checks catch it.

Each wraps the mock and changes one answer of one route; everything else passes through.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from clientary_mock._middleware.held_response import hold_response

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
JsonRewrite = Callable[[Any], Any]


def _targets(scope: Scope, method: str, path: re.Pattern[str]) -> bool:
    return (
        scope["type"] == "http"
        and scope["method"] == method
        and path.fullmatch(scope["path"]) is not None
    )


class RewriteJsonBody:
    """Passes `rewrite` the decoded JSON body of every 200 answer to `method` + `path`."""

    def __init__(
        self, app: ASGIApp, *, method: str, path: re.Pattern[str], rewrite: JsonRewrite
    ) -> None:
        self.app = app
        self.method = method
        self.path = path
        self.rewrite = rewrite
        self.rewritten = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _targets(scope, self.method, self.path):
            await self.app(scope, receive, send)
            return

        async def release(start: Message, body: bytes) -> None:
            await self._send_rewritten(start, body, send)

        await hold_response(self.app, scope, receive, release)

    async def _send_rewritten(self, start: Message, body: bytes, send: Send) -> None:
        if start["status"] == 200 and body:
            body = json.dumps(self.rewrite(json.loads(body))).encode()
            self.rewritten += 1
        headers = [
            (name, value) for name, value in start["headers"] if name.lower() != b"content-length"
        ]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class ServerErrorOn:
    """Answers every request to `method` + `path` with a 500, as a crashing handler would."""

    def __init__(self, app: ASGIApp, *, method: str, path: re.Pattern[str]) -> None:
        self.app = app
        self.method = method
        self.path = path
        self.failed = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _targets(scope, self.method, self.path):
            await self.app(scope, receive, send)
            return
        self.failed += 1
        body = json.dumps({"error": "Internal Server Error"}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 500,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
