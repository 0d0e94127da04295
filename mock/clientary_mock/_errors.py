"""Errors as JSON bodies in the spec's ErrorResponse shape, whatever goes wrong.

Starlette's own 404/405 pages are plain text; a client of this API must only ever see JSON, so
every HTTP error and every unexpected exception is answered here. A 500 always says
`Connection: close`: it means the mock is broken, and the client should not reuse a connection
to it (see `_error_boundary`).
"""

from __future__ import annotations

import logging
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

logger = logging.getLogger("clientary_mock")

FieldErrors = dict[str, list[str]]


class ApiError(Exception):
    """A refusal to be answered with `status` and an ErrorResponse body."""

    def __init__(
        self,
        status: int,
        message: str,
        errors: FieldErrors | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors
        self.headers = headers or {}


SHOWN_CHARACTERS = 40


def shown(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """`text` as an error message may quote it: at most `limit` characters of it.

    A refusal names what was wrong; repeating a 100 MB value whole made a 100 MB answer.
    """
    return text if len(text) <= limit else text[:limit] + "…"


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")


def invalid(field: str, message: str) -> ApiError:
    return ApiError(422, "Validation failed", {field: [message]})


def error_response(
    status: int,
    message: str,
    errors: FieldErrors | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {"error": message}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers)


def api_error_response(exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.message, exc.errors, exc.headers)


async def http_exception_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    return error_response(exc.status_code, exc.detail, headers=headers)


CLOSE = {"Connection": "close"}


def internal_error_response(
    message: str = "Internal server error", errors: FieldErrors | None = None
) -> JSONResponse:
    return error_response(500, message, errors, headers=CLOSE)


async def unexpected_exception_handler(request: Request, exc: Exception) -> Response:
    # Only what escapes ErrorBoundaryMiddleware itself lands here.
    logger.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return internal_error_response()
