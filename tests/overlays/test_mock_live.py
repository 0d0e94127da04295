"""The overlay, sync, against the mock Clientary served by uvicorn on a loopback socket.

Real sockets make dropped connections real: the reliability claims (retries, no double create)
are shown here with the mock's injected faults.
"""

import datetime as dt
import importlib
import logging
import pkgutil
import types
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import clientary
import clientary_client.api
import clientary_mock
import httpx
import pytest
from clientary._envelope import envelope_of
from clientary_client import Client
from clientary_client.api.clients import create_client, delete_client, get_client, list_clients
from clientary_client.api.estimates import create_estimate, list_estimates, update_estimate
from clientary_client.api.invoices import get_invoice, list_invoices
from clientary_client.api.projects import list_projects
from clientary_client.api.recurring_schedules import (
    create_recurring_schedule,
    list_recurring_schedules,
    update_recurring_schedule,
)
from clientary_client.models import (
    ClientCreateRequest,
    EstimateCreateRequest,
    EstimateFields,
    EstimateUpdateRequest,
    InvoiceStatus,
    NewClientFields,
    NewEstimateFields,
    NewRecurringScheduleFields,
    RecurringScheduleCreateRequest,
    RecurringScheduleFields,
    RecurringScheduleUpdateRequest,
    TimeInterval,
)
from clientary_mock.testing import serve_in_thread

TOKEN = "tok-SECRET-live-93b1"


class LiveMock:
    """The mock app in a uvicorn thread, plus its admin routes; strict mode checks every answer
    against the spec."""

    def __init__(self, dialect: str) -> None:
        app = clientary_mock.create_app(
            token=TOKEN, seed="demo", dialect=dialect, check_responses=True
        )
        self._serving = serve_in_thread(app)
        self.url = self._serving.__enter__()
        self.admin = httpx.Client(base_url=self.url, auth=(TOKEN, TOKEN))

    def set_faults(self, **faults: Any) -> None:
        self.admin.put("/_mock/faults", json=faults).raise_for_status()

    def clear(self) -> None:
        self.admin.delete("/_mock/faults").raise_for_status()
        self.admin.post("/_mock/reset").raise_for_status()

    def stats(self) -> dict[str, Any]:
        response = self.admin.get("/_mock/stats")
        response.raise_for_status()
        stats: dict[str, Any] = response.json()
        return stats

    def clear_faults_only(self) -> None:
        self.admin.delete("/_mock/faults").raise_for_status()

    def stop(self) -> None:
        self.admin.close()
        self._serving.__exit__(None, None, None)


@pytest.fixture(scope="module")
def mock_server(mock_dialect: str) -> Iterator[LiveMock]:
    live = LiveMock(mock_dialect)
    yield live
    live.stop()


@pytest.fixture
def mock(mock_server: LiveMock) -> Iterator[LiveMock]:
    mock_server.clear()
    yield mock_server
    mock_server.clear()


@pytest.fixture
def client(mock: LiveMock) -> Iterator[Client]:
    connected = clientary.connect(token=TOKEN, base_url=mock.url, max_retries=8)
    yield connected
    connected.get_httpx_client().close()


def list_operations() -> list[types.ModuleType]:
    found = []
    for tag in pkgutil.iter_modules(clientary_client.api.__path__):
        package = importlib.import_module(f"clientary_client.api.{tag.name}")
        for info in pkgutil.iter_modules(package.__path__):
            if info.name.startswith("list_"):
                found.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    return found


LIST_OPERATIONS = list_operations()


def path_arguments(operation: types.ModuleType, client: Client) -> dict[str, int]:
    """Ids of seeded records for the operation's path parameters."""
    import inspect

    needed = set(inspect.signature(operation._get_kwargs).parameters) & {
        "client_id",
        "project_id",
        "id",
    }
    arguments: dict[str, int] = {}
    if "client_id" in needed:
        arguments["client_id"] = clientary.call(list_clients, client=client).clients[0].id
    if "project_id" in needed:
        arguments["project_id"] = clientary.call(list_projects, client=client).projects[0].id
    if "id" in needed:
        arguments["id"] = clientary.call(list_recurring_schedules, client=client).recurring[0].id
    return arguments


def names(records: Any) -> list[str]:
    return [record.name for record in records]


class TestEveryListOperation:
    @pytest.mark.parametrize(
        "operation", LIST_OPERATIONS, ids=[op.__name__.rpartition(".")[2] for op in LIST_OPERATIONS]
    )
    def test_paginate_yields_exactly_the_records_counted(
        self, client: Client, operation: types.ModuleType
    ) -> None:
        """Every record once: as many as the first page's total_count (or the single answer)."""
        arguments = path_arguments(operation, client)
        records = list(clientary.paginate(operation, client=client, **arguments))
        envelope = envelope_of(operation)
        first = clientary.call(operation, client=client, **arguments)
        expected = (
            first.total_count if envelope.paged else len(getattr(first, envelope.items_field))
        )
        assert len(records) == expected
        ids = [getattr(record, "id", None) for record in records]
        assert len(set(ids)) == len(ids)

    @pytest.mark.parametrize("resource", ["clients", "invoices", "staff"])
    def test_totals_match_the_mock_store(
        self, client: Client, mock: LiveMock, resource: str
    ) -> None:
        """The records paginated equal what the mock holds, counted by the mock itself."""
        operation = next(op for op in LIST_OPERATIONS if op.__name__.endswith(f".list_{resource}"))
        count = len(list(clientary.paginate(operation, client=client)))
        assert count == mock.stats()["records"][resource]

    def test_demo_seed_spans_several_pages(self, client: Client) -> None:
        """The seed really exercises paging (clients: more than two pages of 10)."""
        pages = list(clientary.paginate(list_clients, client=client).pages())
        assert len(pages) >= 3


class TestDates:
    def test_every_seeded_invoice_date_parses(self, client: Client) -> None:
        """Whatever separator the mock writes, every invoice and due date is read as a date."""
        invoices = list(clientary.paginate(list_invoices, client=client))
        for invoice in invoices:
            day, due = invoice.date, invoice.due_date
            assert isinstance(day, dt.date)
            assert due is None or due >= day


class TestTypedValues:
    def test_every_seeded_invoice_adds_up_exactly_in_either_dialect(self, client: Client) -> None:
        """Numbers or decimal strings on the wire, the lines sum to the subtotal to the cent."""
        invoices = list(clientary.paginate(list_invoices, client=client))
        assert invoices
        for invoice in invoices:
            assert type(invoice.subtotal) is Decimal
            assert isinstance(invoice.status, InvoiceStatus)
            amounts = [
                item.quantity * item.price
                for item in invoice.invoice_items
                if isinstance(item.quantity, Decimal) and isinstance(item.price, Decimal)
            ]
            exact = sum(amounts, Decimal(0)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            assert exact == invoice.subtotal, invoice.id


class TestConcurrency:
    @pytest.mark.parametrize("operation", [list_clients, list_invoices])
    def test_concurrent_equals_sequential(self, client: Client, operation: Any) -> None:
        """Same records, same order, with 4 pages in flight."""
        sequential = [r.id for r in clientary.paginate(operation, client=client)]
        parallel = [r.id for r in clientary.paginate(operation, client=client, concurrency=4)]
        assert parallel == sequential


class TestShiftingRecords:
    @pytest.mark.parametrize("concurrency", [1, 2])
    def test_creations_and_deletions_mid_iteration(self, client: Client, concurrency: int) -> None:
        """After page 1, three of its clients are deleted and two created: survivors once each."""
        before = {record.id for record in clientary.paginate(list_clients, client=client)}
        records = iter(clientary.paginate(list_clients, client=client, concurrency=concurrency))
        got = [next(records).id for _ in range(10)]
        for record_id in got[:3]:
            clientary.call(delete_client, client=client, id=record_id)
        for n in range(2):
            body = ClientCreateRequest(client=NewClientFields(name=f"AAA new {n}"))
            clientary.call(create_client, client=client, body=body)
        got += [record.id for record in records]
        assert len(got) == len(set(got))
        assert before - set(got[:3]) <= set(got)


class TestFaults:
    def test_fail_first_503s_are_retried(self, client: Client, sleeps: list[float]) -> None:
        """The first two requests fail with 503; the call still returns the record."""
        record_id = clientary.call(list_clients, client=client).clients[0].id
        mock_faults(client, fail_first=2, error_statuses=[503])
        assert clientary.call(get_client, client=client, id=record_id).id == record_id
        assert len(sleeps) == 2

    def test_rate_limit_honours_retry_after(self, client: Client, sleeps: list[float]) -> None:
        """Every answer 429 with Retry-After: 1 -> waits of 1 s, then RateLimitError."""
        mock_faults(client, rate_limit_rate=1.0, retry_after=1)
        with pytest.raises(clientary.RateLimitError) as caught:
            clientary.call(list_clients, client=client)
        assert caught.value.retry_after == 1.0
        assert sleeps == [1.0] * 8

    @pytest.mark.parametrize(
        "faults",
        [
            {"error_rate": 0.4, "error_statuses": [502, 503, 504], "random_seed": 7},
            {"rate_limit_rate": 0.4, "retry_after": 1, "random_seed": 8},
            {"drop_rate": 0.4, "random_seed": 7},
            {"drop_after_rate": 0.4, "random_seed": 8},
        ],
        ids=["5xx", "429", "drop-before", "drop-after"],
    )
    @pytest.mark.parametrize("concurrency", [1, 3])
    def test_pagination_under_faults_returns_everything_once(
        self, client: Client, faults: dict[str, Any], concurrency: int, sleeps: list[float]
    ) -> None:
        """With 40 % of requests failing (seeded), paginate still yields each record exactly once."""
        baseline = [r.id for r in clientary.paginate(list_invoices, client=client)]
        mock_faults(client, **faults)
        got = [
            r.id for r in clientary.paginate(list_invoices, client=client, concurrency=concurrency)
        ]
        assert got == baseline
        assert sleeps, "no fault fired: the test would prove nothing"

    def test_create_is_never_performed_twice(self, client: Client, mock: LiveMock) -> None:
        """The connection drops after the mock stored the client: one record, and an error."""
        before = mock.stats()["records"]["clients"]
        mock_faults(client, drop_after_rate=1.0)
        body = ClientCreateRequest(client=NewClientFields(name="Only Once Ltd"))
        with pytest.raises(clientary.APIConnectionError):
            clientary.call(create_client, client=client, body=body)
        mock.clear_faults_only()
        assert mock.stats()["records"]["clients"] == before + 1

    def test_create_dropped_before_processing_is_not_stored(
        self, client: Client, mock: LiveMock
    ) -> None:
        """Dropped before the mock acted: an error, no record, and no blind resend."""
        before = mock.stats()["records"]["clients"]
        mock_faults(client, drop_rate=1.0)
        body = ClientCreateRequest(client=NewClientFields(name="Never Stored Ltd"))
        with pytest.raises(clientary.APIConnectionError):
            clientary.call(create_client, client=client, body=body)
        mock.clear_faults_only()
        assert mock.stats()["records"]["clients"] == before

    def test_latency_beyond_the_timeout(self, mock: LiveMock) -> None:
        """Answers slower than the read timeout become APITimeoutError after the retries."""
        slow = clientary.connect(token=TOKEN, base_url=mock.url, max_retries=1, timeout=0.05)
        mock.set_faults(latency_ms=400)
        with pytest.raises(clientary.APITimeoutError):
            clientary.call(list_clients, client=slow)
        slow.get_httpx_client().close()

    def test_no_secret_anywhere(
        self, client: Client, mock: LiveMock, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Under faults and failures, the token is in no repr, message or DEBUG line."""
        caplog.set_level(logging.DEBUG)
        mock.set_faults(error_rate=0.5, error_statuses=[503], random_seed=3)
        list(clientary.paginate(list_clients, client=client))
        wrong = clientary.connect(token="not-the-token", base_url=mock.url)
        mock.clear_faults_only()
        messages = []
        for failing in (
            lambda: clientary.call(list_clients, client=wrong),
            lambda: clientary.call(get_client, client=client, id=999_999_999),
        ):
            with pytest.raises(clientary.APIStatusError) as caught:
                failing()
            messages += [str(caught.value), repr(caught.value), repr(caught.value.body)]
        wrong.get_httpx_client().close()
        texts = [*messages, repr(client), str(client), repr(client.get_httpx_client()), caplog.text]
        for text in texts:
            assert TOKEN not in text


class TestLineItemsAgainstTheMock:
    def first_invoice_with_items(self, client: Client) -> Any:
        return next(
            invoice
            for invoice in clientary.paginate(list_invoices, client=client)
            if len(invoice.invoice_items) >= 2
        )

    def test_update_invoice_items(self, client: Client) -> None:
        """One PUT adds, edits and removes; the stored invoice shows it."""
        invoice = self.first_invoice_with_items(client)
        keep, drop = invoice.invoice_items[0], invoice.invoice_items[1]
        changes = (
            clientary.LineItemChanges()
            .add(title="Extra work", quantity=2, price=75)
            .edit(keep.id, quantity=5)
            .remove(drop.id)
        )
        updated = clientary.update_invoice_items(client, invoice.id, changes)
        stored = clientary.call(get_invoice, client=client, id=invoice.id)
        for result in (updated, stored):
            by_id = {item.id: item for item in result.invoice_items}
            assert drop.id not in by_id
            assert by_id[keep.id].quantity == 5
            assert any(item.title == "Extra work" for item in result.invoice_items)

    def test_foreign_item_id_is_refused_before_writing(
        self, client: Client, mock: LiveMock
    ) -> None:
        """An id from another invoice: ValueError, and only the GET reached the mock."""
        invoice = self.first_invoice_with_items(client)
        requests_before = mock.stats()["requests"]
        with pytest.raises(ValueError, match="not on invoice"):
            clientary.update_invoice_items(
                client, invoice.id, clientary.LineItemChanges().remove(2_000_000_000)
            )
        # The GET, plus this stats request itself.
        assert mock.stats()["requests"] - requests_before <= 2

    def test_sync_invoice_items_converges(self, client: Client) -> None:
        """After a sync the invoice holds the wanted lines; a second sync changes nothing."""
        invoice = self.first_invoice_with_items(client)
        first = invoice.invoice_items[0]
        desired: list[dict[str, object]] = [
            {"id": first.id, "title": "Renamed", "quantity": first.quantity, "price": first.price},
            {"title": "New line", "quantity": 1, "price": 10},
        ]
        synced = clientary.set_invoice_items(client, invoice.id, desired)
        assert sorted((i.title, i.quantity) for i in synced.invoice_items) == sorted(
            [("Renamed", first.quantity), ("New line", 1)]
        )
        again = clientary.set_invoice_items(client, invoice.id, [
            {"title": i.title or "", "quantity": i.quantity, "price": i.price}
            for i in synced.invoice_items
        ])  # fmt: skip
        assert sorted(i.id for i in again.invoice_items) == sorted(
            i.id for i in synced.invoice_items
        )

    def test_same_builder_creates_estimates_and_recurring_schedules(self, client: Client) -> None:
        """to_models() feeds estimate_items_attributes and recurring_schedule_items_attributes."""
        client_id = clientary.call(list_clients, client=client).clients[0].id
        changes = clientary.LineItemChanges().add(title="Retainer", quantity=1, price=500)
        estimate = clientary.call(
            create_estimate,
            client=client,
            body=EstimateCreateRequest(
                estimate=NewEstimateFields(
                    date="2026-01-02",
                    currency_code="USD",
                    client_id=client_id,
                    estimate_items_attributes=changes.to_models(),
                )
            ),
        )
        schedule = clientary.call(
            create_recurring_schedule,
            client=client,
            body=RecurringScheduleCreateRequest(
                recurring_schedule=NewRecurringScheduleFields(
                    client_id=client_id,
                    next_date="2026-02-01",
                    time_interval=TimeInterval.MONTHLY,
                    currency_code="USD",
                    due_period=30,
                    recurring_schedule_items_attributes=changes.to_models(),
                )
            ),
        )
        assert [(i.title, i.quantity) for i in estimate.estimate_items] == [
            ("Retainer", Decimal(1))
        ]
        assert [i.title for i in schedule.recurring_schedule_items] == ["Retainer"]

    def test_same_builder_updates_estimates_and_recurring_schedules(self, client: Client) -> None:
        """Edits and removals fit estimate_items_attributes and recurring_schedule_items_attributes
        on update too (each update returns the record, whatever the dialect answers)."""
        estimate = clientary.call(list_estimates, client=client).estimates[0]
        [first_line, *_] = estimate.estimate_items
        changes = (
            clientary.LineItemChanges()
            .edit(first_line.id, quantity=4)
            .add(title="Extra", quantity=1, price=25)
        )
        updated = clientary.call(
            update_estimate,
            client=client,
            id=estimate.id,
            body=EstimateUpdateRequest(
                estimate=EstimateFields(estimate_items_attributes=changes.to_models())
            ),
        )
        lines = {item.id: (item.title, item.quantity) for item in updated.estimate_items}
        assert lines[first_line.id][1] == 4
        assert ("Extra", Decimal(1)) in lines.values()

        schedule = clientary.call(list_recurring_schedules, client=client).recurring[0]
        [first_item, *others] = schedule.recurring_schedule_items
        removal = clientary.LineItemChanges().remove(first_item.id)
        updated_schedule = clientary.call(
            update_recurring_schedule,
            client=client,
            id=schedule.id,
            body=RecurringScheduleUpdateRequest(
                recurring_schedule=RecurringScheduleFields(
                    recurring_schedule_items_attributes=removal.to_models()
                )
            ),
        )
        remaining = [item.id for item in updated_schedule.recurring_schedule_items]
        assert remaining == [item.id for item in others]


def mock_faults(client: Client, **faults: Any) -> None:
    """Switch faults on for the mock behind `client` (admin route, outside /api/v2)."""
    base = str(client.get_httpx_client().base_url)
    with httpx.Client(base_url=base, auth=(TOKEN, TOKEN)) as admin:
        admin.put("/_mock/faults", json=faults).raise_for_status()
