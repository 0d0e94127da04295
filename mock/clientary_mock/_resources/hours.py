"""Time entries, written under `project_item` and logged as the token's staff user."""

from __future__ import annotations

from .. import _render as render
from .._common import by_id, copy_fields, one, rows_under, today_or
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record

_FIELDS = ("hours", "title", "description", "date", "rate")


@operation("list_project_hours")
def list_project_hours(call: Call) -> Reply:
    rows = rows_under(call.store, "hours", "projects", call.path["project_id"])
    wanted = call.query.get("filter")
    if wanted is not None:
        rows = [row for row in rows if row["billed"] == (wanted == "billed")]
    return ok({"hours": [render.hour_entry(row) for row in by_id(rows)]})


@operation("create_project_hours")
def create_project_hours(call: Call) -> Reply:
    project = call.store.require("projects", call.path["project_id"])
    fields = call.wrapped("project_item")
    record: Record = {
        "project_id": project["id"],
        "user_id": call.store.settings.token_user_id,
        "description": None,
        "date": today_or(fields, "date", call.store, "project_item"),
        "rate": project["rate"],
        "billed": False,
    }
    copy_fields(record, fields, _FIELDS, "project_item")
    return created(render.hour_entry(call.store.insert("hours", record)))


@operation("get_hour_entry")
def get_hour_entry(call: Call) -> Reply:
    return one(call, "hours", render.hour_entry)


@operation("update_hour_entry")
def update_hour_entry(call: Call) -> Reply:
    record = call.store.require("hours", call.path["id"])
    changes: Record = {}
    copy_fields(changes, call.wrapped("project_item"), _FIELDS, "project_item")
    record.update(changes)
    call.store.touch("hours", record)
    return ok(render.hour_entry(record))


@operation("delete_hour_entry")
def delete_hour_entry(call: Call) -> Reply:
    call.store.require("hours", call.path["id"])
    call.store.delete("hours", call.path["id"])
    return deleted()
