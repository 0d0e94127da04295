"""Recurring schedules, served under `/api/v2/recurring` with the list key `recurring`.

The mock does not run schedules; the invoices a schedule issued come from the seed.
"""

from __future__ import annotations

from .. import _render as render
from .._common import by_id, copy_fields, holdable_totals, next_number, one, page
from .._errors import invalid
from .._line_items import apply_changes
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record

SCHEDULES_PER_PAGE = 10  # the docs say thirty; their example shows ten
AUTOBILL = 2
_FIELDS = (
    "client_id", "next_date", "time_interval", "currency_code", "due_period", "number", "title",
    "note", "summary", "po", "status", "action", "unlimited", "occurrences_remaining",
    "payment_profile_id", "tax", "tax_label", "tax2", "tax2_label", "tax3", "tax3_label",
    "compound_tax",
)  # fmt: skip


@operation("list_recurring_schedules")
def list_recurring_schedules(call: Call) -> Reply:
    rows = by_id(call.store.rows("recurring"))
    return ok(
        page(
            call,
            rows,
            SCHEDULES_PER_PAGE,
            "recurring",
            lambda r: render.recurring(call.store, r),
        )
    )


def _changes(call: Call, record: Record) -> Record:
    """Every change a write asks for, checked in full before anything is stored."""
    store = call.store
    fields = call.wrapped("recurring_schedule")
    if "client_id" in fields:
        store.reference("clients", fields["client_id"], "recurring_schedule.client_id")
    client_id = fields.get("client_id", record.get("client_id"))
    profile_id = fields.get("payment_profile_id", record.get("payment_profile_id"))
    profile = store.reference(
        "payment_profiles", profile_id, "recurring_schedule.payment_profile_id"
    )
    if profile is not None and profile["client_id"] != client_id:
        raise invalid("recurring_schedule.payment_profile_id", "belongs to another client")
    if fields.get("action", record.get("action")) == AUTOBILL and profile is None:
        raise invalid("recurring_schedule.payment_profile_id", "is required to autobill")
    changes: Record = {}
    copy_fields(changes, fields, _FIELDS, "recurring_schedule")
    attributes = "recurring_schedule_items_attributes"
    if attributes in fields:
        changes["items"] = apply_changes(
            record.get("items", []),
            fields[attributes],
            f"recurring_schedule.{attributes}",
            lambda: store.next_id("recurring_items"),
        )
    holdable_totals({**record, **changes}, fields, "recurring_schedule")
    return changes


@operation("create_recurring_schedule")
def create_recurring_schedule(call: Call) -> Reply:
    store = call.store
    record: Record = {key: None for key in _FIELDS}
    record.update(
        status=0, action=0, unlimited=False, compound_tax=False, tax=0, tax2=0, tax3=0, items=[]
    )
    record.update(_changes(call, record))
    if record["number"] is None:
        record["number"] = next_number(store.rows("recurring"))
    return created(render.recurring(store, store.insert("recurring", record)))


@operation("update_recurring_schedule")
def update_recurring_schedule(call: Call) -> Reply:
    record = call.store.require("recurring", call.path["id"])
    record.update(_changes(call, record))
    call.store.touch("recurring", record)
    return ok(render.recurring(call.store, record))


@operation("get_recurring_schedule")
def get_recurring_schedule(call: Call) -> Reply:
    return one(call, "recurring", lambda r: render.recurring(call.store, r))


@operation("delete_recurring_schedule")
def delete_recurring_schedule(call: Call) -> Reply:
    call.store.require("recurring", call.path["id"])
    call.store.delete("recurring", call.path["id"])
    return deleted()
