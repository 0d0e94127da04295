"""Invoices and estimates: lines as Rails nested attributes, totals recomputed on every read.

Sending an invoice or estimate message marks a draft as sent (status 0 to 1); the docs do not
show the call, so that effect is INFERRED from how the application behaves when a user sends one.
An invoice's status also follows its balance (see `_invoice_status`), on every write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from .. import _render as render
from .._cascade import delete_estimate, delete_invoice
from .._common import (
    copy_fields,
    holdable_totals,
    next_number,
    one,
    page,
    rows_under,
    updated_since,
)
from .._errors import ApiError
from .._invoice_status import DRAFT, SENT, settle
from .._line_items import apply_changes
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record, Store

INVOICES_PER_PAGE = 30
ESTIMATES_PER_PAGE = 30
_FIELDS = (
    "number", "title", "date", "due_date", "client_id", "project_id", "note", "summary", "po",
    "status", "currency_code", "tax", "tax_label", "tax2", "tax2_label", "tax3", "tax3_label",
    "compound_tax",
)  # fmt: skip


def newest_dated(rows: Iterable[Record]) -> list[Record]:
    # The docs state no order for these lists; the latest invoice first is assumed.
    return sorted(rows, key=lambda row: (row["date"], row["id"]), reverse=True)


def _party_table(store: Store, party_id: int, allow_leads: bool) -> str | None:
    if store.get("clients", party_id) is not None:
        return "clients"
    if allow_leads and store.get("leads", party_id) is not None:
        return "leads"
    return None


def _changes(call: Call, kind: str, record: Record, allow_leads: bool) -> Record:
    """Every change a write asks for, checked in full before anything is stored."""
    store = call.store
    fields: dict[str, Any] = call.wrapped(kind)
    client_id = fields.get("client_id")
    if client_id is not None and _party_table(store, client_id, allow_leads) is None:
        raise ApiError(422, "Validation failed", {f"{kind}.client_id": ["does not exist"]})
    project = store.reference("projects", fields.get("project_id"), f"{kind}.project_id")
    changes: Record = {}
    copy_fields(changes, fields, _FIELDS, kind)
    if project is not None and client_id is None and record.get("client_id") is None:
        changes["client_id"] = project["client_id"]
    attributes = f"{kind}_items_attributes"
    if attributes in fields:
        changes["items"] = apply_changes(
            record.get("items", []),
            fields[attributes],
            f"{kind}.{attributes}",
            lambda: store.next_id(f"{kind}_items"),
        )
    holdable_totals({**record, **changes}, fields, kind)
    return changes


def _new(call: Call, kind: str, table: str, allow_leads: bool) -> Record:
    blank: Record = {key: None for key in _FIELDS}
    blank.update(status=DRAFT, compound_tax=False, tax=0, tax2=0, tax3=0, items=[])
    blank.update(_changes(call, kind, blank, allow_leads))
    if blank["number"] is None:
        blank["number"] = next_number(call.store.rows(table))
    return call.store.insert(table, blank)


def _invoice_reply(call: Call, rows: Iterable[Record]) -> Reply:
    return _invoice_page(call, newest_dated(updated_since(rows, call.query)))


def _invoice_page(call: Call, chosen: Sequence[Record]) -> Reply:
    render_invoice = partial(render.invoice, call.store)
    return ok(page(call, chosen, INVOICES_PER_PAGE, "invoices", render_invoice))


@operation("list_invoices")
def list_invoices(call: Call) -> Reply:
    # Sorted once until the next write: reading every page would otherwise sort every invoice
    # again for each one. Filtering keeps the order.
    newest = call.cache.value(
        "every invoice, newest first",
        ("invoices",),
        lambda: newest_dated(call.store.rows("invoices")),
    )
    return _invoice_page(call, updated_since(newest, call.query))


@operation("list_client_invoices")
def list_client_invoices(call: Call) -> Reply:
    return _invoice_reply(
        call, rows_under(call.store, "invoices", "clients", call.path["client_id"])
    )


@operation("list_project_invoices")
def list_project_invoices(call: Call) -> Reply:
    rows = rows_under(call.store, "invoices", "projects", call.path["project_id"])
    return _invoice_reply(call, rows)


@operation("list_recurring_schedule_invoices")
def list_recurring_schedule_invoices(call: Call) -> Reply:
    schedule = call.store.require("recurring", call.path["id"])
    rows = (r for r in call.store.rows("invoices") if schedule["id"] in r.get("recurring_ids", []))
    return _invoice_reply(call, rows)


@operation("create_invoice")
def create_invoice(call: Call) -> Reply:
    record = _new(call, "invoice", "invoices", allow_leads=False)
    settle(call.store, record)
    return created(render.invoice(call.store, record))


@operation("get_invoice")
def get_invoice(call: Call) -> Reply:
    return one(call, "invoices", lambda r: render.invoice(call.store, r))


@operation("update_invoice")
def update_invoice(call: Call) -> Reply:
    record = call.store.require("invoices", call.path["id"])
    record.update(_changes(call, "invoice", record, allow_leads=False))
    settle(call.store, record)
    call.store.touch("invoices", record)
    return ok(render.invoice(call.store, record))


@operation("delete_invoice")
def remove_invoice(call: Call) -> Reply:
    call.store.require("invoices", call.path["id"])
    delete_invoice(call.store, call.path["id"])
    return deleted()


def _send_message(call: Call, table: str, messages: str, key: str) -> Reply:
    """Record the e-mail and mark a draft as sent (the docs do not show this call)."""
    record = call.store.require(table, call.path["id"])
    message = {field: call.body.get(field) for field in ("recipients", "subject", "message")}
    call.store.insert(messages, {**message, key: record["id"]})
    if record["status"] == DRAFT:
        record["status"] = SENT
        call.store.touch(table, record)
    return Reply(200, None)


@operation("send_invoice_message")
def send_invoice_message(call: Call) -> Reply:
    return _send_message(call, "invoices", "invoice_messages", "invoice_id")


def _estimate_page(call: Call, rows: Iterable[Record]) -> Reply:
    chosen = newest_dated(rows)
    return ok(page(call, chosen, ESTIMATES_PER_PAGE, "estimates", render.estimate))


@operation("list_estimates")
def list_estimates(call: Call) -> Reply:
    return _estimate_page(call, call.store.rows("estimates"))


@operation("list_client_estimates")
def list_client_estimates(call: Call) -> Reply:
    party_id = call.path["client_id"]
    if _party_table(call.store, party_id, allow_leads=True) is None:
        raise ApiError(404, "Client not found")
    return _estimate_page(
        call, (r for r in call.store.rows("estimates") if r["client_id"] == party_id)
    )


@operation("list_project_estimates")
def list_project_estimates(call: Call) -> Reply:
    rows = rows_under(call.store, "estimates", "projects", call.path["project_id"])
    return _estimate_page(call, rows)


@operation("create_estimate")
def create_estimate(call: Call) -> Reply:
    return created(render.estimate(_new(call, "estimate", "estimates", allow_leads=True)))


@operation("get_estimate")
def get_estimate(call: Call) -> Reply:
    return one(call, "estimates", render.estimate)


@operation("update_estimate")
def update_estimate(call: Call) -> Reply:
    record = call.store.require("estimates", call.path["id"])
    record.update(_changes(call, "estimate", record, allow_leads=True))
    call.store.touch("estimates", record)
    return ok(render.estimate(record))


@operation("delete_estimate")
def remove_estimate(call: Call) -> Reply:
    call.store.require("estimates", call.path["id"])
    delete_estimate(call.store, call.path["id"])
    return deleted()


@operation("send_estimate_message")
def send_estimate_message(call: Call) -> Reply:
    return _send_message(call, "estimates", "estimate_messages", "estimate_id")
