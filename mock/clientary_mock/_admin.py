"""Control routes for tests and benchmarks, outside `/api/v2`: no auth and no faults.

They answer loopback callers only unless the mock is told otherwise (see `_admin_guard`).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._errors import error_response
from ._faults import FaultConfig, FaultConfigError
from ._json_body import BodyError, decode
from ._seed import MAX_FILL, SEEDS, add_invoices
from ._state import MockState


def _state(request: Request) -> MockState:
    state: MockState = request.app.state.mock
    return state


async def _json_body(request: Request) -> Any:
    """The body as JSON, `{}` when there is none; BodyError when it cannot be decoded."""
    raw = await request.body()
    if not raw.strip():
        return {}
    return decode(raw)


def _body_refused(what: str, exc: BodyError) -> Response:
    return error_response(422, f"Invalid {what}", {"body": [exc.problem]})


async def faults(request: Request) -> Response:
    state = _state(request)
    if request.method == "PUT":
        try:
            state.faults.set(state.faults.config.updated(await _json_body(request)))
        except BodyError as exc:
            return _body_refused("fault settings", exc)
        except FaultConfigError as exc:
            return error_response(422, "Invalid fault settings", exc.errors)
    elif request.method == "DELETE":
        state.faults.set(FaultConfig())
    return JSONResponse(state.faults.config.to_json())


async def reset(request: Request) -> Response:
    state = _state(request)
    try:
        body = await _json_body(request)
    except BodyError as exc:
        return _body_refused("reset request", exc)
    seed = body.get("seed", state.seed) if isinstance(body, dict) else None
    if seed not in SEEDS:
        return error_response(422, "Invalid reset request", {"seed": [f"must be one of {SEEDS}"]})
    state.reset(seed)
    return JSONResponse({"seed": seed, "records": state.store.counts()})


async def fill(request: Request) -> Response:
    """Add a client holding `{"invoices": N}` generated invoices (see `_seed.add_invoices`)."""
    state = _state(request)
    try:
        body = await _json_body(request)
    except BodyError as exc:
        return _body_refused("fill request", exc)
    count = _fill_count(body)
    if count is None:
        problem = f"must be an integer from 1 to {MAX_FILL}"
        return error_response(422, "Invalid fill request", {"invoices": [problem]})
    room = state.store.room()
    if count + 1 > room:  # the invoices and their client
        limit = state.settings.max_records
        problem = f"would take the mock past its limit of {limit:,} records (room for {room:,})"
        return error_response(422, "Invalid fill request", {"invoices": [problem]})
    client = add_invoices(state.store, count)
    state.cache.forget(state.store, state.store.take_changes())
    return JSONResponse({"client_id": client["id"], "records": state.store.counts()})


def _fill_count(body: Any) -> int | None:
    """N from `{"invoices": N}`, or None when the body is anything else."""
    if not isinstance(body, dict) or set(body) != {"invoices"}:
        return None
    count = body["invoices"]
    valid = isinstance(count, int) and not isinstance(count, bool) and 1 <= count <= MAX_FILL
    return count if valid else None


async def stats(request: Request) -> Response:
    state = _state(request)
    return JSONResponse({"requests": state.requests, "records": state.store.counts()})


ROUTES = [
    Route("/_mock/faults", faults, methods=["GET", "PUT", "DELETE"]),
    Route("/_mock/reset", reset, methods=["POST"]),
    Route("/_mock/fill", fill, methods=["POST"]),
    Route("/_mock/stats", stats, methods=["GET"]),
]
