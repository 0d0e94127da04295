"""The application factory."""

from __future__ import annotations

import datetime as dt

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route
from starlette.types import ASGIApp

from . import _resources  # noqa: F401  (importing it registers every operation)
from ._access_log import AccessLogMiddleware
from ._admin import ROUTES as ADMIN_ROUTES
from ._admin_guard import AdminGuardMiddleware
from ._api import api_endpoint, missing_handlers
from ._auth import BasicAuthMiddleware
from ._body_limit import DEFAULT_MAX_BODY_BYTES, BodyLimitMiddleware
from ._dialect import DEFAULT_DIALECT, DIALECTS, RailsDialect
from ._error_boundary import ErrorBoundaryMiddleware
from ._errors import http_exception_handler, unexpected_exception_handler
from ._faults import FaultConfig, FaultMiddleware
from ._openapi import default_index
from ._response_check import ResponseCheckMiddleware, enabled_by_environment
from ._state import MockState, build_store
from ._store import DEFAULT_MAX_RECORDS, Settings
from .conformance import ConformanceChecker

_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


class _MockApplication(Starlette):
    """Starlette with the access log and fault injection outside its error handling.

    A dropped connection must not be turned into a 500 by Starlette's error middleware, so
    fault injection wraps the whole stack rather than sitting in the middleware list. The rails
    dialect wraps the stack too (it rewrites the auth middleware's 401), inside strict mode, so
    that strict mode checks what the dialect sends.
    """

    def build_middleware_stack(self) -> ASGIApp:
        state: MockState = self.state.mock
        stack = super().build_middleware_stack()
        if self.state.dialect == "rails":
            stack = RailsDialect(stack)
        if self.state.check_responses:
            stack = ResponseCheckMiddleware(stack, ConformanceChecker(state.index))
        return AccessLogMiddleware(FaultMiddleware(stack, state.faults))


def create_app(
    *,
    token: str = "demo",
    seed: str = "demo",
    max_clients: int | None = None,
    max_contacts: int | None = None,
    max_leads: int | None = None,
    faults: FaultConfig | None = None,
    today: dt.date | None = None,
    stripe_enabled: bool = True,
    check_responses: bool | None = None,
    dialect: str = DEFAULT_DIALECT,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_records: int = DEFAULT_MAX_RECORDS,
    remote_admin: bool = False,
) -> Starlette:
    """A fresh mock account. `today` pins the clock (fiscal year, default dates, timestamps).

    `check_responses` turns on strict mode (every API response checked against the spec, a
    violation answered 500); None leaves it to CLIENTARY_MOCK_CHECK_RESPONSES. `dialect` is
    "docs" (the forms the docs print) or "rails" (decimals as strings, nulls, 204 on updates,
    text and HTML errors; see `_dialect`).
    `max_body_bytes` bounds a request body (413 beyond it); `max_records` the records held in
    all, the seed's included (422 on a create beyond it). The control routes (`/_mock/*`) answer
    loopback callers only, with 403 to others, unless `remote_admin` is set.
    """
    if not token:
        raise ValueError("token must not be empty")
    if dialect not in DIALECTS:
        raise ValueError(f"dialect must be one of {', '.join(DIALECTS)}, got {dialect!r}")
    for name, limit in (("max_body_bytes", max_body_bytes), ("max_records", max_records)):
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"{name} must be a positive int, got {limit!r}")
    index = default_index()
    missing = missing_handlers(index)
    if missing:
        raise RuntimeError(f"operations without a handler: {', '.join(missing)}")
    settings = Settings(
        max_clients=max_clients,
        max_contacts=max_contacts,
        max_leads=max_leads,
        stripe_enabled=stripe_enabled,
        max_records=max_records,
    )
    state = MockState(
        index=index, settings=settings, today=today, seed=seed,
        store=build_store(seed, settings, today),
    )  # fmt: skip
    if faults is not None:
        state.faults.set(faults)
    routes = [*ADMIN_ROUTES, Route("/api/v2/{rest:path}", api_endpoint, methods=_ALL_METHODS)]
    app = _MockApplication(
        routes=routes,
        # Outermost first: the boundary answers every exception raised below it; the control
        # routes are guarded before anything of a request is read; a body over the limit is
        # refused (413) whoever sends it, before auth is looked at.
        middleware=[
            Middleware(ErrorBoundaryMiddleware),
            Middleware(AdminGuardMiddleware, remote_admin=remote_admin),
            Middleware(BodyLimitMiddleware, max_bytes=max_body_bytes),
            Middleware(BasicAuthMiddleware, token=token),
        ],
        exception_handlers={
            HTTPException: http_exception_handler,
            Exception: unexpected_exception_handler,
        },
    )
    app.state.mock = state
    app.state.check_responses = (
        enabled_by_environment() if check_responses is None else check_responses
    )
    app.state.dialect = dialect
    return app
