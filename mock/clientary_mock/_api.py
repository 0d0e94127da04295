"""The one endpoint behind `/api/v2`: negotiate, match the spec, validate, serve.

Routing comes from the spec's own path templates, so an operation the spec declares and the
mock does not serve is caught at start-up (see `missing_handlers`), and a method the spec does
not declare on a path is answered 405 with the spec's methods in `Allow`.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._errors import ApiError, api_error_response
from ._openapi import SpecIndex
from ._read_cache import encode
from ._registry import HANDLERS, Call
from ._state import MockState
from ._validation import parse_json_body, validate_body, validate_path, validate_query

JSON_SUFFIX = ".json"
_JSON_RANGES = ("application/json", "application/*", "*/*")


class RecordResponse(JSONResponse):
    """JSON that may hold numbers kept exact as Decimal, and records already rendered.

    See `_read_cache.encode`: Decimals are written out as the numbers they were sent as, and
    `RawJson` is copied in as it is.
    """

    def render(self, content: Any) -> bytes:
        return encode(content)


def missing_handlers(index: SpecIndex) -> list[str]:
    return sorted(op for op in index.by_id if op not in HANDLERS)


def accepts_json(header: str | None) -> bool:
    if header is None or not header.strip():
        return True
    for part in header.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        if media.lower() not in _JSON_RANGES:
            continue
        refused = any(p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params)
        if not refused:
            return True
    return False


async def api_endpoint(request: Request) -> Response:
    state: MockState = request.app.state.mock
    state.requests += 1
    try:
        return await _serve(request, state)
    except ApiError as exc:
        return api_error_response(exc)
    finally:
        # Whatever the outcome, what the request wrote (nothing, for a refusal) is rendered
        # afresh, and nothing else.
        state.cache.forget(state.store, state.store.take_changes())


async def _serve(request: Request, state: MockState) -> Response:
    # Not request.url.path: urllib drops tabs and newlines while parsing a URL, so "1%0a" read
    # that way would name record 1.
    path: str = request.scope["path"]
    suffixed = path.endswith(JSON_SUFFIX)
    if suffixed:
        path = path[: -len(JSON_SUFFIX)]
    elif not accepts_json(request.headers.get("accept")):
        raise ApiError(406, "This API answers in JSON only (Accept: application/json)")
    matched = state.index.match_path(path)
    if matched is None:
        raise ApiError(404, "No such API route")
    operation = matched.template.operations.get(request.method)
    if operation is None:
        allow = ", ".join(sorted(matched.template.operations))
        raise ApiError(405, f"{request.method} is not allowed here", headers={"Allow": allow})
    call = Call(store=state.store, cache=state.cache)
    call.path = validate_path(operation, matched.path_values)
    call.query = validate_query(operation, dict(request.query_params))
    if operation.body_validator is not None:
        raw = await request.body()
        if not raw.strip():
            raise ApiError(422, "Validation failed", {"body": ["is required"]})
        call.body = parse_json_body(raw)
        validate_body(operation, call.body)
    reply = HANDLERS[operation.operation_id](call)
    if reply.body is None:
        return Response(status_code=reply.status)
    return RecordResponse(reply.body, status_code=reply.status)
