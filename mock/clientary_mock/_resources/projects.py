"""Projects: the completed ones stay out of the lists unless `filter=all` asks for them."""

from __future__ import annotations

from collections.abc import Callable

from .. import _render as render
from .._cascade import delete_project
from .._common import by_name, copy_fields, next_number, one, page
from .._errors import not_found
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record

PROJECTS_PER_PAGE = 20  # the size the docs' example shows for the account-wide list
CLIENT_PROJECTS_PER_PAGE = 10  # "Clientary will return 10 results by default"
COMPLETED = 2
_FIELDS = (
    "name", "rate", "number", "description", "status", "budget_type", "project_type", "budget",
    "currency_code", "end_date",
)  # fmt: skip


def _listed(rows: list[Record], call: Call) -> list[Record]:
    if call.query.get("filter") == "all":
        return by_name(rows)
    return by_name(row for row in rows if row["status"] != COMPLETED)


@operation("list_projects")
def list_projects(call: Call) -> Reply:
    rows = _listed(call.store.rows("projects"), call)
    return ok(page(call, rows, PROJECTS_PER_PAGE, "projects", _render(call)))


@operation("list_client_projects")
def list_client_projects(call: Call) -> Reply:
    client_id = call.path["client_id"]
    if call.store.get("clients", client_id) is None:
        raise not_found("Client")
    own = [row for row in call.store.rows("projects") if row["client_id"] == client_id]
    rows = _listed(own, call)
    return ok(page(call, rows, CLIENT_PROJECTS_PER_PAGE, "projects", _render(call)))


def _render(call: Call) -> Callable[[Record], render.Json]:
    return lambda record: render.project(call.store, record)


@operation("create_project")
def create_project(call: Call) -> Reply:
    fields = call.wrapped("project")
    call.store.reference("clients", fields.get("client_id"), "project.client_id")
    record: Record = {
        "number": None,
        "description": None,
        "status": 1,
        # No budget unless one is given: the record keeps nothing, which each dialect
        # writes in its own way (0, or null as a Rails column).
        "budget_type": None,
        "project_type": 0,
        "budget": None,
        "currency_code": "USD",
        "end_date": None,
        "client_id": fields.get("client_id"),
    }
    copy_fields(record, fields, _FIELDS, "project")
    if record["number"] is None:
        record["number"] = next_number(call.store.rows("projects"))
    return created(render.project(call.store, call.store.insert("projects", record)))


@operation("get_project")
def get_project(call: Call) -> Reply:
    return one(call, "projects", lambda r: render.project(call.store, r))


@operation("update_project")
def update_project(call: Call) -> Reply:
    record = call.store.require("projects", call.path["id"])
    fields = call.wrapped("project")
    call.store.reference("clients", fields.get("client_id"), "project.client_id")
    changes: Record = {}
    copy_fields(changes, fields, (*_FIELDS, "client_id"), "project")
    record.update(changes)
    call.store.touch("projects", record)
    return ok(render.project(call.store, record))


@operation("delete_project")
def remove_project(call: Call) -> Reply:
    call.store.require("projects", call.path["id"])
    delete_project(call.store, call.path["id"])
    return deleted()
