"""Every error the package raises for a failed API call.

    ClientaryError
    ├── APIConnectionError            the request got no HTTP answer
    │   └── APITimeoutError           ... because a timeout expired
    ├── APIResponseValidationError    a 2xx answer did not match the operation's model
    └── APIStatusError                the server answered with a non-2xx status
        ├── AuthenticationError       401
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        ├── ValidationError           422, with `.errors` per field
        ├── PlanLimitError            426
        ├── RateLimitError            429, with `.retry_after`
        └── ServerError               5xx, including non-standard codes such as 520

Messages name the status, the method and the URL path (never the host with credentials, the
query string or any header) plus the server's own error text, so the token cannot appear in them.
Bad input found before a request is sent raises plain `ValueError` / `TypeError` instead.
"""

import json
from collections.abc import Mapping
from typing import Any

import httpx
from clientary_client.errors import is_html_page, page_words

from ._retry_policy import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ClientaryError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlanLimitError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "error_class_for",
    "field_errors",
    "response_validation_error",
    "status_error",
    "transport_error",
]

# Long error texts (a proxy's 502 page, say) would drown the useful part of the message.
_MAX_SERVER_TEXT = 300
# Keys of a JSON error body that carry its message rather than a field's errors.
_MESSAGE_KEYS = frozenset({"error", "errors", "message"})


class ClientaryError(Exception):
    """Base class of every error raised for a failed API call."""


class APIConnectionError(ClientaryError):
    """The request got no HTTP answer (refused, reset, DNS failure, dropped connection)."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """The request got no HTTP answer before a timeout expired."""


class APIResponseValidationError(ClientaryError):
    """A success answer whose body does not fit the operation's response model."""

    def __init__(self, message: str, *, status_code: int, method: str, path: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.method = method
        self.path = path


class APIStatusError(ClientaryError):
    """The server answered with a status outside 2xx."""

    def __init__(
        self, message: str, *, status_code: int, method: str, path: str, body: object
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.method = method
        self.path = path
        self.body = body


class AuthenticationError(APIStatusError):
    """401: the token is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the token's user may not do this."""


class NotFoundError(APIStatusError):
    """404: no such record (or no such account subdomain)."""


class ValidationError(APIStatusError):
    """422: the server rejected the request's data; `.errors` maps field to messages."""

    def __init__(
        self, message: str, *, status_code: int, method: str, path: str, body: object
    ) -> None:
        super().__init__(message, status_code=status_code, method=method, path=path, body=body)
        self.errors: dict[str, list[str]] = field_errors(body)


class PlanLimitError(APIStatusError):
    """426: the account's plan does not allow more records of this kind."""


class RateLimitError(APIStatusError):
    """429: too many requests; `.retry_after` is the wait the server asked for, in seconds."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx: the server failed (500) or is unavailable (502, 503, 504, 520, ...)."""


_ERROR_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    426: PlanLimitError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The one mapping from an HTTP status to the class raised for it."""
    if status_code >= 500:
        return ServerError
    return _ERROR_BY_STATUS.get(status_code, APIStatusError)


def response_validation_error(response: httpx.Response, reason: str) -> APIResponseValidationError:
    """The error for a success answer that cannot be read, its request named before `reason`."""
    method = response.request.method
    path = response.request.url.path
    return APIResponseValidationError(
        f"{response.status_code} {method} {path}: {reason}",
        status_code=response.status_code,
        method=method,
        path=path,
    )


def status_error(response: httpx.Response) -> APIStatusError:
    """Build the typed error for a non-2xx response.

    The body may be JSON (an object, with field errors under `errors` or at the top level), plain
    text (`HTTP Basic: Access denied.`) or an HTML page; `.body` holds the JSON as parsed or the
    text as sent, and the message the server's words (an HTML page's title).
    """
    body = _decoded_body(response)
    method = response.request.method
    path = response.request.url.path
    server_text = _server_text(body, is_html_page(response))
    message = f"{response.status_code} {method} {path}"
    if server_text:
        message += f": {server_text}"
    error_class = error_class_for(response.status_code)
    error = error_class(
        message, status_code=response.status_code, method=method, path=path, body=body
    )
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return error


def transport_error(exc: httpx.HTTPError, request: httpx.Request) -> ClientaryError:
    """Translate an httpx failure; the one place where lower-level errors become ours."""
    method = request.method
    path = request.url.path
    # httpx messages hold the low-level reason ("Connection refused"); the request headers, where
    # the token lives, are never part of them.
    detail = str(exc) or type(exc).__name__
    message = f"{method} {path} failed: {type(exc).__name__}: {detail}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(message, method=method, path=path)
    return APIConnectionError(message, method=method, path=path)


def field_errors(body: object) -> dict[str, list[str]]:
    """The field errors of an error body as field -> messages.

    Either under `errors` (`{"error": ..., "errors": {"name": [...]}}`; a bare list goes under
    "base"), or at the top level, as Rails renders a record's errors (`{"name": [...]}`).
    """
    if not isinstance(body, Mapping):
        return {}
    errors = body.get("errors")
    if isinstance(errors, Mapping):
        return {str(field): _as_messages(messages) for field, messages in errors.items()}
    if isinstance(errors, list):
        return {"base": [str(message) for message in errors]}
    return {
        str(field): [str(message) for message in messages]
        for field, messages in body.items()
        if field not in _MESSAGE_KEYS and isinstance(messages, list)
    }


def _as_messages(messages: object) -> list[str]:
    if isinstance(messages, list):
        return [str(message) for message in messages]
    return [str(messages)]


def _decoded_body(response: httpx.Response) -> object:
    text = response.text
    try:
        parsed: Any = json.loads(text)
    except ValueError:
        return text
    return parsed


def _server_text(body: object, is_html: bool) -> str:
    if isinstance(body, str) and is_html:
        text = page_words(body)
    elif isinstance(body, Mapping):
        parts: list[str] = []
        for key in ("error", "message"):
            said = body.get(key)
            if isinstance(said, str) and said:
                parts.append(said)
        for field, messages in field_errors(body).items():
            joined = "; ".join(messages)
            parts.append(joined if field == "base" else f"{field}: {joined}")
        text = "; ".join(parts) if parts else json.dumps(body)
    else:
        text = str(body).strip()
    if len(text) > _MAX_SERVER_TEXT:
        text = text[:_MAX_SERVER_TEXT] + "..."
    return text


# Tracebacks say `clientary.NotFoundError`, where users import it from, even when the error is
# raised before anything was looked up on `clientary` itself (say, through `clientary.tools`).
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type) and issubclass(_value, ClientaryError):
        _value.__module__ = "clientary"
del _name, _value
