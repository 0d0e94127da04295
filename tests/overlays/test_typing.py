"""Static types of the public functions; mypy --strict checks each `assert_type` here.

At run time `assert_type` does nothing, so these also run as smoke tests on `MockTransport`.
"""

from collections.abc import Callable
from typing import assert_type

import clientary
import httpx
import pytest
from clientary_client import Client
from clientary_client.api.clients import delete_client, list_clients
from clientary_client.api.invoices import list_client_invoices
from clientary_client.api.staff import list_staff
from clientary_client.models import ClientList, ClientRecord, Invoice, Staff

ClientFactory = Callable[..., Client]

EMPTY_CLIENTS = {"page_count": 1, "page_size": 10, "total_count": 0, "clients": []}


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


@pytest.mark.anyio
async def test_async_twins_are_typed(make_client: ClientFactory) -> None:
    """acall and apaginate carry the same types."""
    client = make_client(lambda r: httpx.Response(200, json=EMPTY_CLIENTS))
    assert_type(await clientary.acall(list_clients, client=client), ClientList)
    async for record in clientary.apaginate(list_clients, client=client):
        assert_type(record, ClientRecord)
    await client.get_async_httpx_client().aclose()
