"""Fault injection's settings and its draws: what happens to the next API request.

Each API request goes through, in this order: the configured latency; the first `fail_first`
requests answered 503; then one draw per non-zero rate: dropped before processing, 429 with
`Retry-After`, an error status from `error_statuses`, processed and then dropped. The draws come
from a generator seeded by `random_seed`, so a run can be repeated. Injected responses carry the
header `X-Mock-Fault` so they can be told from real answers; `_middleware.faults` carries the
decisions out.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ._errors import FieldErrors, shown

__all__ = [
    "FAULT_HEADER",
    "ConnectionDropped",
    "FaultConfig",
    "FaultConfigError",
    "FaultState",
]

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
