"""Strict mode: every API response is checked against the spec before it leaves the mock.

A response that breaks the spec is replaced by a 500 naming what is wrong (and logged), so a
test suite running against the mock fails on the first non-conforming answer, whichever client
made the request. A 500 of the mock's own goes out as it is: it fails the request already, and
its message says more than "breaks the spec" would. Switched on by `create_app(check_responses=True)`, `--check-responses`, or
the environment variable CLIENTARY_MOCK_CHECK_RESPONSES=1 (which child processes inherit).
"""

from __future__ import annotations

import logging
import os

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._auth import is_api_path
from ._errors import internal_error_response
from ._held_response import hold_response
from .conformance import ConformanceChecker

ENVIRONMENT_VARIABLE = "CLIENTARY_MOCK_CHECK_RESPONSES"
VIOLATION_HEADER = "X-Mock-Spec-Violation"
logger = logging.getLogger("clientary_mock")


def enabled_by_environment() -> bool:
    return os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower() in ("1", "true", "yes")


class ResponseCheckMiddleware:
    def __init__(self, app: ASGIApp, checker: ConformanceChecker) -> None:
        self.app = app
        self.checker = checker

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return

        async def release(start: Message, body: bytes) -> None:
            await self._release(scope, start, body, receive, send)

        await hold_response(self.app, scope, receive, release)

    async def _release(
        self, scope: Scope, start: Message, body: bytes, receive: Receive, send: Send
    ) -> None:
        headers = {
            name.decode("latin-1"): value.decode("latin-1") for name, value in start["headers"]
        }
        problems = []
        if start["status"] != 500:
            problems = self.checker.problems(
                scope["method"], scope["path"], start["status"], headers, body
            )
        if not problems:
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        logger.error("response breaks the spec: %s", "; ".join(problems))
        replacement = internal_error_response(
            "The mock's response breaks the spec", {"response": problems}
        )
        replacement.headers[VIOLATION_HEADER] = "true"
        await replacement(scope, receive, send)
