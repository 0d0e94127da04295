"""Fault injection for the API paths (never for `/_mock/*`), drawn from a seeded generator.

Each API request goes through, in this order: the configured latency; the first `fail_first`
requests answered 503; then one draw per non-zero rate: dropped before processing, 429 with
`Retry-After`, an error status from `error_statuses`, processed and then dropped.
Injected responses carry the header `X-Mock-Fault` so they can be told from real answers.

Dropping a connection:
- over a socket (uvicorn, h11), the ASGI `receive` callable is bound to uvicorn's request
  cycle, which holds the transport. The transport is aborted and the call ends without a
  response, so the client sees the connection close with no reply
  (`httpx.RemoteProtocolError`: "Server disconnected without sending a response", or
  `httpx.ReadError` "Connection reset by peer" when unread request bytes make the kernel
  answer the close with a reset);
- in process (`httpx.ASGITransport`) there is no connection to close, so `ConnectionDropped`
  is raised out of the app; `ASGITransport` re-raises it into the client call, which is what a
  client sees when a connection dies under it. For a drop after processing, the response is
  discarded before the exception is raised.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._auth import is_api_path
from ._errors import FieldErrors, error_response, shown

FAULT_HEADER = "X-Mock-Fault"
_RATES = ("error_rate", "rate_limit_rate", "drop_rate", "drop_after_rate")


class ConnectionDropped(Exception):
    """Raised into in-process clients where a real server would close the connection."""


@dataclass(frozen=True)
class FaultConfig:
    latency_ms: float = 0
    error_rate: float = 0
    error_statuses: tuple[int, ...] = (500, 502, 503)
    rate_limit_rate: float = 0
    retry_after: float = 1
    drop_rate: float = 0
    drop_after_rate: float = 0
    fail_first: int = 0
    random_seed: int = 0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["error_statuses"] = list(self.error_statuses)
        return data

    def updated(self, changes: Any) -> FaultConfig:
        """A copy with `changes` (a JSON object of fields) applied; ValueError lists bad fields."""
        if not isinstance(changes, dict):
            raise FaultConfigError({"body": ["must be a JSON object"]})
        known = {f.name for f in fields(self)}
        errors: FieldErrors = {}
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in known:
                errors[shown(name)] = ["is not a fault setting"]
                continue
            problem = _problem(name, value)
            if problem:
                errors[name] = [problem]
            else:
                clean[name] = tuple(value) if name == "error_statuses" else value
        if errors:
            raise FaultConfigError(errors)
        return replace(self, **clean)


class FaultConfigError(ValueError):
    def __init__(self, errors: FieldErrors) -> None:
        super().__init__("invalid fault settings")
        self.errors = errors


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def _problem(name: str, value: Any) -> str | None:
    if name in _RATES:
        return None if _is_number(value) and 0 <= value <= 1 else "must be a number from 0 to 1"
    if name in ("latency_ms", "retry_after"):
        return None if _is_number(value) and 0 <= value <= 600_000 else "must be a number >= 0"
    if name in ("fail_first", "random_seed"):
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else "must be an integer >= 0"
    statuses_ok = (
        isinstance(value, list)
        and value
        and all(isinstance(s, int) and not isinstance(s, bool) and 500 <= s <= 599 for s in value)
    )
    return None if statuses_ok else "must be a non-empty list of 5xx statuses"


class FaultState:
    """The live fault settings; setting them restarts the generator and the fail-first count."""

    def __init__(self, config: FaultConfig | None = None) -> None:
        self.sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        self.set(config or FaultConfig())

    def set(self, config: FaultConfig) -> None:
        self.config = config
        self._rng = random.Random(config.random_seed)
        self._fail_first_left = config.fail_first

    def decide(self) -> tuple[str, int] | None:
        """The fault for the next request as (kind, status), or None to serve it normally."""
        config = self.config
        if self._fail_first_left > 0:
            self._fail_first_left -= 1
            return ("fail_first", 503)
        if config.drop_rate and self._rng.random() < config.drop_rate:
            return ("drop", 0)
        if config.rate_limit_rate and self._rng.random() < config.rate_limit_rate:
            return ("rate_limit", 429)
        if config.error_rate and self._rng.random() < config.error_rate:
            return ("error", self._rng.choice(config.error_statuses))
        if config.drop_after_rate and self._rng.random() < config.drop_after_rate:
            return ("drop_after", 0)
        return None


async def _drop(receive: Receive) -> None:
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionDropped("the mock dropped the connection")
    transport.abort()
    # Let uvicorn notice the disconnect, so it does not answer 500 on our behalf.
    for _ in range(100):
        if getattr(cycle, "disconnected", False):
            return
        await asyncio.sleep(0)


class FaultMiddleware:
    def __init__(self, app: ASGIApp, state: FaultState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        if self.state.config.latency_ms > 0:
            await self.state.sleep(self.state.config.latency_ms / 1000)
        decision = self.state.decide()
        if decision is None:
            await self.app(scope, receive, send)
            return
        kind, status = decision
        if kind == "drop":
            await _drop(receive)
            return
        if kind == "drop_after":

            async def discard(message: Message) -> None:
                return None

            await self.app(scope, receive, discard)
            await _drop(receive)
            return
        headers = {FAULT_HEADER: kind}
        if status == 429:
            headers["Retry-After"] = f"{self.state.config.retry_after:g}"
        message = "Rate limit exceeded" if status == 429 else "Injected server error"
        await error_response(status, message, headers=headers)(scope, receive, send)
