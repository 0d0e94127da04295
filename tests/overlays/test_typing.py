"""Static types of the public functions; mypy --strict checks each `assert_type` here.

At run time `assert_type` does nothing, so these also run as smoke tests on `MockTransport`.
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import assert_type

import clientary
import httpx
import pytest
from clientary_client import Client
from clientary_client.api.clients import delete_client, list_clients
from clientary_client.api.invoices import list_client_invoices, update_invoice
from clientary_client.api.staff import list_staff
from clientary_client.models import (
    ClientList,
    ClientRecord,
    ErrorResponse,
    Invoice,
    InvoiceFields,
    InvoiceUpdateRequest,
    Staff,
)

ClientFactory = Callable[..., Client]

EMPTY_CLIENTS = {"page_count": 1, "page_size": 10, "total_count": 0, "clients": []}
INVOICE = {
    **json.loads((Path(__file__).parents[1] / "fixtures/examples/invoice_get_response.json").read_text()),
    "total_payments": 0, "balance": 129.15, "invoice_items": [], "recurring_schedules": [],
}  # fmt: skip


def test_paginate_yields_the_record_type(make_client: ClientFactory) -> None:
    """paginate(list_clients) iterates ClientRecord; .pages() iterates ClientList."""
    client = make_client(lambda r: httpx.Response(200, json=EMPTY_CLIENTS))
    for record in clientary.paginate(list_clients, client=client):
        assert_type(record, ClientRecord)
    for page in clientary.paginate(list_clients, client=client).pages():
        assert_type(page, ClientList)


def test_scoped_and_unpaged_lists_are_typed(make_client: ClientFactory) -> None:
    """Scoped invoice lists give Invoice, staff gives Staff."""
    invoices = {"page_count": 1, "page_size": 30, "total_count": 0, "invoices": []}
    client = make_client(lambda r: httpx.Response(200, json=invoices))
    for invoice in clientary.paginate(list_client_invoices, client=client, client_id=1):
        assert_type(invoice, Invoice)
    staff_client = make_client(lambda r: httpx.Response(200, json={"staff": []}))
    for staff in clientary.paginate(list_staff, client=staff_client):
        assert_type(staff, Staff)


def test_call_returns_the_success_model(make_client: ClientFactory) -> None:
    """call() is typed from the operation's sync(): the model, or Any for bodiless ones."""
    client = make_client(lambda r: httpx.Response(200, json=EMPTY_CLIENTS))
    assert_type(clientary.call(list_clients, client=client), ClientList)
    deleted = clientary.call(delete_client, client=client, id=1)
    assert deleted is None


def test_an_update_is_typed_as_its_record(make_client: ClientFactory) -> None:
    """An update's 204 is typed None in the generated module, not Any, so call() of it is the
    record (which it returns whatever the server answered: see test_call.py)."""
    client = make_client(lambda r: httpx.Response(200, json=INVOICE))
    body = InvoiceUpdateRequest(invoice=InvoiceFields(po="PO-1"))
    updated = clientary.call(update_invoice, client=client, id=110, body=body)
    assert_type(updated, Invoice)
    assert_type(
        update_invoice.sync(client=client, id=110, body=body), ErrorResponse | Invoice | None
    )
    assert updated.id == 110


@pytest.mark.anyio
async def test_async_twins_are_typed(make_client: ClientFactory) -> None:
    """acall and apaginate carry the same types."""
    client = make_client(lambda r: httpx.Response(200, json=EMPTY_CLIENTS))
    assert_type(await clientary.acall(list_clients, client=client), ClientList)
    async for record in clientary.apaginate(list_clients, client=client):
        assert_type(record, ClientRecord)
    await client.get_async_httpx_client().aclose()
