"""`call()` / `acall()`: run one generated operation, return its model or raise a typed error.

The HTTP exchange is done here with the operation's own `_get_kwargs` and `_parse_response`
rather than through its `sync_detailed`: that one builds `HTTPStatus(code)` for every answer and
so crashes with a bare ValueError on codes outside the IANA list (Cloudflare's 520, say;
openapi-python-client issue #1442), and it returns documented errors as values. Handing only 2xx
answers to `_parse_response` keeps the generated parsing and makes every failure an exception.

An update may be answered with the record, with 204, or with 200 and an empty body: the API does
not document which, and Rails servers do all three. For the last two, `call()` reads the record
with the operation the spec has at the same path (a GET), so an update always returns the record.
When the body is there, no second request is made.
"""

import types
import typing
from collections.abc import Mapping
from typing import Any, ParamSpec, TypeVar

import httpx
from clientary_client.errors import UnexpectedStatus

from ._checks import AnyClient
from ._errors import response_validation_error, status_error, transport_error
from ._operations import (
    Operation,
    bind_request,
    parse_success,
    path_arguments,
    read_operation,
    success_types,
)

__all__ = ["acall", "asend", "call", "parse_result", "send"]

P = ParamSpec("P")
R = TypeVar("R")


def call(operation: Operation[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Run `operation` (a generated module) with its arguments; return its success model.

    `call(get_invoice, client=client, id=110)` returns an `Invoice`; an update returns the record
    even when the server answers 204 or an empty 200 (it is then read again with the GET of the
    same path); bodiless successes (deletes, message sends) return None. Failures raise
    `ClientaryError` subclasses; bad arguments raise TypeError before anything is sent.
    """
    client, arguments, response = _exchange(operation, args, kwargs)
    read = _read_again(operation, response)
    if read is not None:
        return typing.cast(R, call(read, client=client, **path_arguments(read, arguments)))
    return typing.cast(R, parse_result(operation, client, response))


async def acall(operation: Operation[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """The async twin of `call`."""
    client, arguments, response = await _aexchange(operation, args, kwargs)
    read = _read_again(operation, response)
    if read is not None:
        record = await acall(read, client=client, **path_arguments(read, arguments))
        return typing.cast(R, record)
    return typing.cast(R, parse_result(operation, client, response))


def send(
    operation: object, args: tuple[object, ...], kwargs: Mapping[str, object]
) -> tuple[AnyClient, httpx.Response]:
    """Check the arguments, send the request, and return the raw response of any status."""
    client, _, response = _exchange(operation, args, kwargs)
    return client, response


async def asend(
    operation: object, args: tuple[object, ...], kwargs: Mapping[str, object]
) -> tuple[AnyClient, httpx.Response]:
    """The async twin of `send`."""
    client, _, response = await _aexchange(operation, args, kwargs)
    return client, response


def _exchange(
    operation: object, args: tuple[object, ...], kwargs: Mapping[str, object]
) -> tuple[AnyClient, dict[str, object], httpx.Response]:
    client, arguments, request_args = bind_request(operation, args, kwargs)
    http = client.get_httpx_client()
    request = http.build_request(**request_args)
    try:
        return client, arguments, http.send(request)
    except httpx.HTTPError as exc:
        raise transport_error(exc, request) from exc


async def _aexchange(
    operation: object, args: tuple[object, ...], kwargs: Mapping[str, object]
) -> tuple[AnyClient, dict[str, object], httpx.Response]:
    client, arguments, request_args = bind_request(operation, args, kwargs)
    http = client.get_async_httpx_client()
    request = http.build_request(**request_args)
    try:
        return client, arguments, await http.send(request)
    except httpx.HTTPError as exc:
        raise transport_error(exc, request) from exc


def _read_again(operation: object, response: httpx.Response) -> types.ModuleType | None:
    """The operation that reads the record, when an update's success came without it."""
    if not 200 <= response.status_code < 300:
        return None
    if response.status_code != 204 and response.content.strip():
        return None
    return read_operation(operation)


def parse_result(operation: object, client: AnyClient, response: httpx.Response) -> Any:
    """The success model of a 2xx response; raise the typed error for anything else."""
    if not 200 <= response.status_code < 300:
        raise status_error(response)
    try:
        parsed = parse_success(operation, client, response)
    except (KeyError, TypeError, ValueError, AttributeError, UnexpectedStatus) as exc:
        raise response_validation_error(
            response,
            f"the body does not fit the response model ({type(exc).__name__}: {exc})",
        ) from exc
    if parsed is None and success_types(operation):
        raise response_validation_error(response, "a success status the API does not document")
    return parsed
