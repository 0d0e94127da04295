"""Staff users: read-only, as they come from the seed."""

from __future__ import annotations

from .. import _render as render
from .._common import by_id, one
from .._registry import Call, Reply, ok, operation

__all__ = ["get_staff", "list_staff"]


@operation("list_staff")
def list_staff(call: Call) -> Reply:
    return ok({"staff": [render.staff(row) for row in by_id(call.store.rows("staff"))]})


@operation("get_staff")
def get_staff(call: Call) -> Reply:
    return one(call, "staff", render.staff)
