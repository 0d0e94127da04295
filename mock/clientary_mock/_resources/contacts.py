"""Contacts, written under `client_user`; each belongs to a client or a lead."""

from __future__ import annotations

from .. import _render as render
from .._common import by_id, check_limit, copy_fields, one, page
from .._errors import not_found
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record, Store

CONTACTS_PER_PAGE = 10
DEFAULT_AVATAR = "default_avatars/avatars/missing_original.jpg"
_FIELDS = ("name", "email", "title", "phone", "mobile", "ext")


def _owner(store: Store, owner_id: int) -> Record:
    """The client, or else the lead, with that id (they share one id space)."""
    owner = store.get("clients", owner_id) or store.get("leads", owner_id)
    if owner is None:
        raise not_found("Client")
    return owner


def _page_size(call: Call) -> int:
    return int(call.query.get("page_size", CONTACTS_PER_PAGE))


@operation("list_contacts")
def list_contacts(call: Call) -> Reply:
    rows = by_id(call.store.rows("contacts"))
    return ok(page(call, rows, _page_size(call), "contacts", render.contact))


@operation("list_client_contacts")
def list_client_contacts(call: Call) -> Reply:
    owner = _owner(call.store, call.path["client_id"])
    rows = by_id(r for r in call.store.rows("contacts") if r["client_id"] == owner["id"])
    return ok(page(call, rows, _page_size(call), "contacts", render.contact))


@operation("create_contact")
def create_contact(call: Call) -> Reply:
    owner = _owner(call.store, call.path["client_id"])
    check_limit(call.store, "contacts", call.store.settings.max_contacts, "contacts")
    record: Record = {key: None for key in _FIELDS}
    copy_fields(record, call.wrapped("client_user"), _FIELDS, "client_user")
    record.update(client_id=owner["id"], avatar=DEFAULT_AVATAR)
    return created(render.contact(call.store.insert("contacts", record)))


@operation("get_contact")
def get_contact(call: Call) -> Reply:
    return one(call, "contacts", render.contact)


@operation("update_contact")
def update_contact(call: Call) -> Reply:
    record = call.store.require("contacts", call.path["id"])
    copy_fields(record, call.wrapped("client_user"), _FIELDS, "client_user")
    call.store.touch("contacts", record)
    return ok(render.contact(record))


@operation("delete_contact")
def delete_contact(call: Call) -> Reply:
    call.store.require("contacts", call.path["id"])
    call.store.delete("contacts", call.path["id"])
    return deleted()
