"""Tasks. `complete` and the docs' spelling `completed` both tick a task off."""

from __future__ import annotations

from .. import _render as render
from .._common import by_id, copy_fields, one, page, rows_under
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record

TASKS_PER_PAGE = 50
_FIELDS = ("title", "description", "due_date", "project_id", "assignee_id", "client_id")


def _changes(call: Call, record: Record) -> Record:
    store = call.store
    fields = call.wrapped("task")
    project = store.reference("projects", fields.get("project_id"), "task.project_id")
    store.reference("staff", fields.get("assignee_id"), "task.assignee_id")
    store.reference("clients", fields.get("client_id"), "task.client_id")
    changes: Record = {}
    copy_fields(changes, fields, _FIELDS, "task")
    if project is not None and "client_id" not in fields and record.get("client_id") is None:
        changes["client_id"] = project["client_id"]
    done = fields.get("complete", fields.get("completed"))
    if done is not None and done != record.get("complete"):
        changes["complete"] = done
        changes["completed_at"] = store.clock.now() if done else None
    return changes


@operation("list_tasks")
def list_tasks(call: Call) -> Reply:
    rows = by_id(call.store.rows("tasks"))
    return ok(page(call, rows, TASKS_PER_PAGE, "tasks", render.task))


@operation("list_project_tasks")
def list_project_tasks(call: Call) -> Reply:
    rows = by_id(rows_under(call.store, "tasks", "projects", call.path["project_id"]))
    return ok(page(call, rows, TASKS_PER_PAGE, "tasks", render.task))


@operation("create_task")
def create_task(call: Call) -> Reply:
    record: Record = {key: None for key in _FIELDS}
    record.update(complete=False, completed_at=None, user_id=call.store.settings.token_user_id)
    record.update(_changes(call, record))
    return created(render.task(call.store.insert("tasks", record)))


@operation("get_task")
def get_task(call: Call) -> Reply:
    return one(call, "tasks", render.task)


@operation("update_task")
def update_task(call: Call) -> Reply:
    record = call.store.require("tasks", call.path["id"])
    record.update(_changes(call, record))
    call.store.touch("tasks", record)
    return ok(render.task(record))


@operation("delete_task")
def delete_task(call: Call) -> Reply:
    call.store.require("tasks", call.path["id"])
    call.store.delete("tasks", call.path["id"])
    return deleted()
