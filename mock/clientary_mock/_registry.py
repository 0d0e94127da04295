"""The table from operationId to the function that serves it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._json import Json, RawJson
from ._read_cache import ReadCache
from ._store import Store

__all__ = ["HANDLERS", "Call", "Handler", "Reply", "created", "deleted", "ok", "operation"]


@dataclass
class Call:
    """One validated API request: typed path ids, typed query values and the decoded body."""

    store: Store
    cache: ReadCache = field(default_factory=ReadCache)
    path: dict[str, int] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None

    def wrapped(self, key: str) -> Json:
        """The fields under the request body's wrapper key (already checked against the spec)."""
        inner = self.body[key]
        assert isinstance(inner, dict)
        return inner


@dataclass(frozen=True)
class Reply:
    status: int
    body: Json | RawJson | None = None


Handler = Callable[[Call], Reply]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"{operation_id} is served twice")
        HANDLERS[operation_id] = handler
        return handler

    return register


def created(body: Json) -> Reply:
    return Reply(201, body)


def ok(body: Json | RawJson) -> Reply:
    return Reply(200, body)


def deleted() -> Reply:
    """Deletes answer 200 with no body: the spec declares no content for them."""
    return Reply(200, None)
