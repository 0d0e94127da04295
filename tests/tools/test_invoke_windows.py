"""A list tool's window when records shift between the pages it reads: none lost, none twice.

The list is served by hand on a `MockTransport` (clients by name, 10 a page), and records are
created or deleted just before page 2 is answered, as another user of the account would.
"""

from collections.abc import Callable, Iterator

import clientary
import clientary.tools
import httpx
import pytest
from clientary_client import Client

TOKEN = "tok-SECRET-windows-1d9a"
PAGE_SIZE = 10


def client_json(record_id: int, name: str) -> dict[str, object]:
    """A client record with every documented key, the optional ones null."""
    optional = "address address_2 city state zip country website description invoice_extra_fields"
    return {
        "id": record_id,
        "number": str(record_id),
        "name": name,
        **dict.fromkeys(optional.split()),
    }


class ShiftingClients:
    """25 clients "n001".."n025"; `before_page_2` runs once, just before page 2 is answered."""

    def __init__(self) -> None:
        self.names = {i: f"n{i:03d}" for i in range(1, 26)}
        self.before_page_2: Callable[[], None] = lambda: None
        self.pages_read: list[int] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        self.pages_read.append(page)
        if page == 2:
            self.before_page_2()
            self.before_page_2 = lambda: None
        ordered = sorted(self.names.items(), key=lambda item: item[1])
        chunk = ordered[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        return httpx.Response(
            200,
            json={
                "page_count": -(-len(ordered) // PAGE_SIZE),
                "page_size": PAGE_SIZE,
                "total_count": len(ordered),
                "clients": [client_json(i, name) for i, name in chunk],
            },
        )


@pytest.fixture
def server() -> ShiftingClients:
    return ShiftingClients()


@pytest.fixture
def client(server: ShiftingClients) -> Iterator[Client]:
    transport = httpx.MockTransport(server.handler)
    with clientary.connect(
        token=TOKEN, base_url="http://127.0.0.1", transport=transport, max_retries=0
    ) as connected:
        yield connected


def window_names(client: Client, offset: int, limit: int) -> list[str]:
    answer = clientary.tools.invoke(
        "list_clients", {"offset": offset, "limit": limit}, client=client
    )
    return [record["name"] for record in answer["clients"]]


EXPECTED = [f"n{i:03d}" for i in range(6, 16)]  # offset 5, limit 10, as the list stood


def test_deleted_records_do_not_make_others_slip_out(
    client: Client, server: ShiftingClients
) -> None:
    """Two records before the window go: n011 and n012 slide onto page 1, already read. The
    window steps back for them and keeps the list's order."""

    def delete_two() -> None:
        del server.names[1], server.names[2]

    server.before_page_2 = delete_two
    assert window_names(client, 5, 10) == EXPECTED
    assert server.pages_read == [1, 2, 1]


def test_created_records_do_not_come_twice(client: Client, server: ShiftingClients) -> None:
    """Two records sorted first are created: n009 and n010 are pushed onto page 2 and are not
    given again; the window still holds ten records."""

    def create_two() -> None:
        server.names[100], server.names[101] = "a-new-1", "a-new-2"

    server.before_page_2 = create_two
    assert window_names(client, 5, 10) == EXPECTED
