"""The mock over a real socket: the generated client's sync calls, and dropped connections."""

from __future__ import annotations

import datetime as dt
import socket

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
from clientary_mock._listener import tcp_listener
from clientary_mock.testing import serve_in_thread
from starlette.types import Receive, Scope, Send


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
    assert isinstance(invoice.date, dt.date)


def clients_stored(http: httpx.Client) -> int:
    count: int = http.get("/_mock/stats").json()["records"]["clients"]
    return count


@pytest.mark.parametrize(("setting", "stored"), [("drop_rate", 25), ("drop_after_rate", 26)])
def test_dropped_connections(live_http: httpx.Client, setting: str, stored: int) -> None:
    live_http.put("/_mock/faults", json={setting: 1})
    # A closed connection, or a reset one when the kernel still held unread request bytes.
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        live_http.post("/api/v2/clients", json={"client": {"name": "Maybe"}})
    # the write happened only when the drop came after processing
    assert clients_stored(live_http) == stored
    live_http.delete("/_mock/faults")
    assert live_http.get("/api/v2/clients/1").status_code == 200


async def _nagle_report(scope: Scope, receive: Receive, send: Send) -> None:
    """An ASGI app answering whether Nagle's algorithm is off on the connection it serves."""
    transport = receive.__self__.transport  # type: ignore[attr-defined]  # uvicorn's request cycle
    accepted: socket.socket = transport.get_extra_info("socket")
    nodelay = accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": str(nodelay).encode()})


def test_served_connections_send_without_waiting_for_acks() -> None:
    # With Nagle's algorithm on, each keep-alive response stalls ~40 ms on the client's delayed
    # ACK, which made every loopback request of the suite, the demo and the fuzzer 60x slower.
    with tcp_listener("127.0.0.1", 0) as listener:
        assert listener.proto == socket.IPPROTO_TCP
    with serve_in_thread(_nagle_report) as base_url:
        assert httpx.get(base_url).text != "0"
