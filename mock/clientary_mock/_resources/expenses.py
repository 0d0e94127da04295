"""Expenses, listed by date range (the account's current fiscal year unless told otherwise)."""

from __future__ import annotations

from collections.abc import Iterable

from .. import _render as render
from .._common import by_id, copy_fields, day_field, one, rows_under, today_or
from .._dates import fiscal_year, slashed
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record

_FIELDS = ("amount", "description", "incurred_on", "client_id", "project_id")


def _in_range(call: Call, rows: Iterable[Record]) -> Reply:
    store = call.store
    first, last = fiscal_year(store.today(), store.settings.fiscal_year_start_month)
    if "from_date" in call.query:
        first = day_field(call.query["from_date"], "from_date")
    if "to_date" in call.query:
        last = day_field(call.query["to_date"], "to_date")
    # A range ending before it starts selects nothing; it is not an error (see the spec).
    chosen = [
        row
        for row in by_id(rows)
        if row.get("incurred_on") is not None and first <= row["incurred_on"] <= last
    ]
    return ok(
        {
            "total_count": len(chosen),
            "from_date": slashed(first),
            "to_date": slashed(last),
            "expenses": [render.expense(row) for row in chosen],
        }
    )


@operation("list_expenses")
def list_expenses(call: Call) -> Reply:
    return _in_range(call, call.store.rows("expenses"))


@operation("list_client_expenses")
def list_client_expenses(call: Call) -> Reply:
    return _in_range(call, rows_under(call.store, "expenses", "clients", call.path["client_id"]))


@operation("list_project_expenses")
def list_project_expenses(call: Call) -> Reply:
    rows = rows_under(call.store, "expenses", "projects", call.path["project_id"])
    return _in_range(call, rows)


def _links(call: Call, fields: Record, record: Record) -> None:
    """Check the client and project named, and take the client from the project if unnamed."""
    call.store.reference("clients", fields.get("client_id"), "expense.client_id")
    project = call.store.reference("projects", fields.get("project_id"), "expense.project_id")
    if project is not None and "client_id" not in fields:
        record["client_id"] = project["client_id"]


@operation("create_expense")
def create_expense(call: Call) -> Reply:
    fields = call.wrapped("expense")
    record: Record = {
        "description": None,
        "incurred_on": today_or(fields, "incurred_on", call.store, "expense"),
        "client_id": None,
        "project_id": None,
        "invoice_id": None,
        "invoice_item_id": None,
        "user_id": call.store.settings.token_user_id,
    }
    _links(call, fields, record)
    copy_fields(record, fields, _FIELDS, "expense")
    return created(render.expense(call.store.insert("expenses", record)))


@operation("get_expense")
def get_expense(call: Call) -> Reply:
    return one(call, "expenses", render.expense)


@operation("update_expense")
def update_expense(call: Call) -> Reply:
    record = call.store.require("expenses", call.path["id"])
    fields = call.wrapped("expense")
    changes: Record = {}
    _links(call, fields, changes)
    copy_fields(changes, fields, _FIELDS, "expense")
    record.update(changes)
    call.store.touch("expenses", record)
    return ok(render.expense(record))


@operation("delete_expense")
def delete_expense(call: Call) -> Reply:
    call.store.require("expenses", call.path["id"])
    call.store.delete("expenses", call.path["id"])
    return deleted()
