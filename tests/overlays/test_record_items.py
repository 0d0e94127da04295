"""Line items of invoices, estimates and recurring schedules, edited through `_record_items`
against the mock, sync (over a socket) and async (in-process), in both dialects: the "rails" one
answers updates with 204, so there the record comes back from the GET that follows."""

from collections.abc import AsyncIterator, Iterator
from typing import Any

import clientary
import clientary_mock
import httpx
import pytest
from clientary._record_items import (
    RecordKind,
    RecordWithItems,
    aset_items,
    aupdate_items,
    set_items,
    update_items,
)
from clientary_client import Client
from clientary_client.api.estimates import list_estimates
from clientary_client.api.invoices import list_invoices
from clientary_client.api.recurring_schedules import list_recurring_schedules
from clientary_client.models import Estimate, Invoice
from clientary_mock.testing import serve_in_thread

TOKEN = "tok-SECRET-items-4c2d"
KINDS: tuple[RecordKind, ...] = ("invoice", "estimate", "recurring_schedule")
LISTS: dict[RecordKind, Any] = {
    "invoice": list_invoices,
    "estimate": list_estimates,
    "recurring_schedule": list_recurring_schedules,
}


def lines(record: RecordWithItems) -> list[Any]:
    """The record's lines, whatever kind it is."""
    if isinstance(record, Invoice):
        return list(record.invoice_items)
    if isinstance(record, Estimate):
        return list(record.estimate_items)
    return list(record.recurring_schedule_items)


def lines_of(record: RecordWithItems) -> list[tuple[str | None, float | None, float | None]]:
    """The record's lines as (title, quantity, price), in a stable order."""
    return sorted(((item.title, item.quantity, item.price) for item in lines(record)), key=str)


def line_ids(record: RecordWithItems) -> list[int]:
    return [item.id for item in lines(record)]


def mock_app(dialect: str) -> Any:
    return clientary_mock.create_app(
        token=TOKEN, seed="demo", dialect=dialect, check_responses=True
    )


@pytest.fixture(scope="module")
def live_url(mock_dialect: str) -> Iterator[str]:
    with serve_in_thread(mock_app(mock_dialect)) as url:
        yield url


@pytest.fixture
def client(live_url: str) -> Iterator[Client]:
    with httpx.Client(base_url=live_url, auth=(TOKEN, TOKEN)) as admin:
        admin.post("/_mock/reset").raise_for_status()
    connected = clientary.connect(token=TOKEN, base_url=live_url)
    yield connected
    connected.get_httpx_client().close()


@pytest.fixture
async def async_client(mock_dialect: str) -> AsyncIterator[Client]:
    connected = clientary.connect(
        token=TOKEN,
        base_url="http://127.0.0.1",
        async_transport=httpx.ASGITransport(app=mock_app(mock_dialect)),
    )
    yield connected
    await connected.get_async_httpx_client().aclose()


def first_with_lines(client: Client, kind: RecordKind) -> RecordWithItems:
    for record in clientary.paginate(LISTS[kind], client=client):
        if line_ids(record):
            return record  # type: ignore[no-any-return]
    raise AssertionError(f"the demo seed has no {kind} with lines")


async def afirst_with_lines(client: Client, kind: RecordKind) -> RecordWithItems:
    async for record in clientary.apaginate(LISTS[kind], client=client):
        if line_ids(record):
            return record  # type: ignore[no-any-return]
    raise AssertionError(f"the demo seed has no {kind} with lines")


@pytest.mark.parametrize("kind", KINDS)
class TestSync:
    def test_update_items_edits_adds_and_removes(self, client: Client, kind: RecordKind) -> None:
        """One edit, one addition, every other line removed: the record comes back so."""
        record = first_with_lines(client, kind)
        first, *others = line_ids(record)
        changes = clientary.LineItemChanges().edit(first, title="Edited", quantity=4, price=25)
        changes.add(title="Added", quantity=1, price=10)
        for other in others:
            changes.remove(other)
        updated = update_items(client, kind, record.id, changes)
        assert updated.id == record.id
        assert lines_of(updated) == [("Added", 1, 10), ("Edited", 4, 25)]

    def test_set_items_makes_the_lines_equal(self, client: Client, kind: RecordKind) -> None:
        """The lines asked for, nothing else; a second identical call changes nothing."""
        record = first_with_lines(client, kind)
        wanted: list[dict[str, object]] = [
            {"title": "Retainer", "quantity": 2, "price": 300},
            {"title": "Hosting", "quantity": 1, "price": 20},
        ]
        updated = set_items(client, kind, record.id, wanted)
        assert lines_of(updated) == [("Hosting", 1, 20), ("Retainer", 2, 300)]
        again = set_items(client, kind, record.id, wanted)
        assert line_ids(again) == line_ids(updated)

    def test_a_line_of_another_record_is_refused(self, client: Client, kind: RecordKind) -> None:
        """A line id the record does not have is named, with the kind and id of the record."""
        record = first_with_lines(client, kind)
        stranger = max(line_ids(record)) + 10_000
        label = kind.replace("_", " ")
        with pytest.raises(ValueError, match=f"{stranger} are not on {label} {record.id}"):
            update_items(client, kind, record.id, clientary.LineItemChanges().remove(stranger))

    def test_bad_id_is_named_before_any_request(self, kind: RecordKind) -> None:
        """The id's name says which kind of record it is meant for."""
        unusable = clientary.connect(token=TOKEN, base_url="http://127.0.0.1:9")
        with pytest.raises(TypeError, match=f"{kind}_id must be an int"):
            set_items(unusable, kind, "7", [])  # type: ignore[call-overload]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
class TestAsync:
    async def test_aupdate_items(self, async_client: Client, kind: RecordKind) -> None:
        record = await afirst_with_lines(async_client, kind)
        first = line_ids(record)[0]
        changes = clientary.LineItemChanges().edit(first, title="Edited", quantity=3, price=7)
        updated = await aupdate_items(async_client, kind, record.id, changes)
        assert ("Edited", 3, 7) in lines_of(updated)

    async def test_aset_items(self, async_client: Client, kind: RecordKind) -> None:
        record = await afirst_with_lines(async_client, kind)
        wanted: list[dict[str, object]] = [{"title": "Only", "quantity": 1, "price": 99}]
        updated = await aset_items(async_client, kind, record.id, wanted)
        assert lines_of(updated) == [("Only", 1, 99)]


def test_an_unknown_kind_is_refused() -> None:
    unusable = clientary.connect(token=TOKEN, base_url="http://127.0.0.1:9")
    with pytest.raises(ValueError, match="kind must be one of 'invoice', 'estimate'"):
        update_items(unusable, "quote", 1, clientary.LineItemChanges().remove(1))  # type: ignore[call-overload]
