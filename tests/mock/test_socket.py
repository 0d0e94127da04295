"""The mock over a real socket: the generated client's sync calls, and dropped connections."""

from __future__ import annotations

import httpx
import pytest
from clientary_client import Client
from clientary_client.api.clients import create_client, get_client, list_clients
from clientary_client.api.invoices import get_invoice
from clientary_client.models import (
    ClientCreateRequest,
    ClientList,
    ClientRecord,
    Invoice,
    NewClientFields,
)


def test_generated_client_over_a_socket(live_api: Client) -> None:
    page = list_clients.sync(client=live_api)
    assert isinstance(page, ClientList)
    assert page.page_size == 10
    created = create_client.sync_detailed(
        client=live_api, body=ClientCreateRequest(client=NewClientFields(name="Socket Co"))
    )
    assert created.status_code == 201
    assert isinstance(created.parsed, ClientRecord)
    fetched = get_client.sync(created.parsed.id, client=live_api)
    assert isinstance(fetched, ClientRecord)
    assert fetched.name == "Socket Co"
    invoice = get_invoice.sync(1, client=live_api)
    assert isinstance(invoice, Invoice)
    assert invoice.date.count("/") == 2


def clients_stored(http: httpx.Client) -> int:
    count: int = http.get("/_mock/stats").json()["records"]["clients"]
    return count


@pytest.mark.parametrize(("setting", "stored"), [("drop_rate", 25), ("drop_after_rate", 26)])
def test_dropped_connections(live_http: httpx.Client, setting: str, stored: int) -> None:
    live_http.put("/_mock/faults", json={setting: 1})
    with pytest.raises(httpx.RemoteProtocolError):
        live_http.post("/api/v2/clients", json={"client": {"name": "Maybe"}})
    # the write happened only when the drop came after processing
    assert clients_stored(live_http) == stored
    live_http.delete("/_mock/faults")
    assert live_http.get("/api/v2/clients/1").status_code == 200
