"""Clients and leads: the same fields, separate lists, numbers unique within each kind."""

from __future__ import annotations

from typing import Any

from .. import _render as render
from .._cascade import delete_client, delete_lead
from .._common import (
    by_name,
    check_limit,
    copy_fields,
    newest_first,
    next_number,
    one,
    page,
    unique_number,
    updated_since,
)
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record, Store

CLIENTS_PER_PAGE = 10
# The leads page says twenty to a page; its example shows ten, which is what is served.
LEADS_PER_PAGE = 10
_FIELDS = (
    "name", "number", "address", "address_2", "city", "state", "zip", "country", "website",
    "description", "invoice_extra_fields",
)  # fmt: skip


def _create(store: Store, table: str, wrapper: str, fields: dict[str, Any]) -> Record:
    record: Record = {key: None for key in _FIELDS}
    copy_fields(record, fields, _FIELDS, wrapper)
    if record["number"] is None:
        record["number"] = next_number(store.rows(table))
    unique_number(store.rows(table), record["number"], f"{wrapper}.number")
    return store.insert(table, record)


def _update(store: Store, table: str, wrapper: str, record: Record, fields: dict[str, Any]) -> None:
    if "number" in fields:
        unique_number(store.rows(table), str(fields["number"]), f"{wrapper}.number", record["id"])
    copy_fields(record, fields, _FIELDS, wrapper)
    store.touch(table, record)


@operation("list_clients")
def list_clients(call: Call) -> Reply:
    rows = updated_since(call.store.rows("clients"), call.query)
    ordered = newest_first(rows) if call.query.get("sort") == "date" else by_name(rows)
    return ok(page(call, ordered, CLIENTS_PER_PAGE, "clients", render.party))


@operation("create_client")
def create_client(call: Call) -> Reply:
    check_limit(call.store, "clients", call.store.settings.max_clients, "clients")
    record = _create(call.store, "clients", "client", call.wrapped("client"))
    return created(render.party(record))


@operation("get_client")
def get_client(call: Call) -> Reply:
    return one(call, "clients", render.party)


@operation("update_client")
def update_client(call: Call) -> Reply:
    record = call.store.require("clients", call.path["id"])
    _update(call.store, "clients", "client", record, call.wrapped("client"))
    return ok(render.party(record))


@operation("delete_client")
def remove_client(call: Call) -> Reply:
    call.store.require("clients", call.path["id"])
    delete_client(call.store, call.path["id"])
    return deleted()


@operation("list_leads")
def list_leads(call: Call) -> Reply:
    rows = call.store.rows("leads")
    sort = call.query.get("sort")
    if sort == "name":
        ordered = by_name(rows)
    elif sort == "oldest":
        ordered = newest_first(rows)[::-1]
    else:
        ordered = newest_first(rows)
    return ok(page(call, ordered, LEADS_PER_PAGE, "leads", render.party))


@operation("create_lead")
def create_lead(call: Call) -> Reply:
    check_limit(call.store, "leads", call.store.settings.max_leads, "leads")
    record = _create(call.store, "leads", "lead", call.wrapped("lead"))
    return created(render.party(record))


@operation("get_lead")
def get_lead(call: Call) -> Reply:
    return one(call, "leads", render.party)


@operation("update_lead")
def update_lead(call: Call) -> Reply:
    record = call.store.require("leads", call.path["id"])
    _update(call.store, "leads", "lead", record, call.wrapped("lead"))
    return ok(render.party(record))


@operation("delete_lead")
def remove_lead(call: Call) -> Reply:
    call.store.require("leads", call.path["id"])
    delete_lead(call.store, call.path["id"])
    return deleted()
