"""Every request ends in an answer, and no answer leaves a broken connection behind.

Starlette's own error middleware answers an unexpected exception with a 500 and then raises it
again, into the server; uvicorn then drops the kept-alive connection under the caller, whose next
request on it may die with "connection reset", and logs a second traceback. This middleware sits
inside Starlette's and stops the exception there: it is logged once, and answered with a JSON 500
carrying `Connection: close`, so the client opens a fresh connection for its next request instead
of reusing one the server is about to close.

A client that leaves while its request body is still being read (`ClientDisconnect`) is nobody's
error: there is no one left to answer, so nothing is sent and nothing is logged but the access
line.
"""

from __future__ import annotations

import logging

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Receive, Scope, Send

from ._errors import internal_error_response
from ._send_watch import SendWatch

logger = logging.getLogger("clientary_mock")


class ErrorBoundaryMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        watched = SendWatch(send)
        try:
            await self.app(scope, receive, watched)
        except ClientDisconnect:
            return
        except Exception as exc:
            logger.error("unhandled error on %s %s", scope["method"], scope["path"], exc_info=exc)
            if not watched.started:
                await internal_error_response()(scope, receive, send)
            # Otherwise part of an answer is already out, and no other can follow it; the server
            # closes the connection when the app returns without finishing it.
