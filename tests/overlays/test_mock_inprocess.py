"""The overlay, async, against the mock Clientary app in-process (`httpx.ASGITransport`)."""

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import clientary
import clientary_mock
import httpx
import pytest
from clientary_client import Client
from clientary_client.api.clients import list_clients
from clientary_client.api.invoices import get_invoice, list_client_invoices, list_invoices
from clientary_client.api.staff import list_staff
from clientary_client.models import Invoice

TOKEN = "tok-SECRET-asgi-51e7"
BASE_URL = "http://127.0.0.1"


def mock_app(dialect: str, **options: Any) -> Any:
    """A mock account in `dialect`, checking its own answers against the spec (strict mode)."""
    return clientary_mock.create_app(
        token=TOKEN, seed="demo", dialect=dialect, check_responses=True, **options
    )


def connect_to(app: Any, *, max_retries: int = 8) -> Client:
    return clientary.connect(
        token=TOKEN,
        base_url=BASE_URL,
        max_retries=max_retries,
        async_transport=httpx.ASGITransport(app=app),
    )


@pytest.fixture
async def client(mock_dialect: str) -> AsyncIterator[Client]:
    connected = connect_to(mock_app(mock_dialect))
    yield connected
    await connected.get_async_httpx_client().aclose()


async def first_invoice_with_items(client: Client) -> Invoice:
    async for invoice in clientary.apaginate(list_invoices, client=client):
        if len(invoice.invoice_items) >= 2:
            return invoice
    raise AssertionError("the demo seed has no invoice with two lines")


@pytest.mark.anyio
class TestAsyncAgainstTheMock:
    async def test_acall(self, client: Client) -> None:
        """acall returns the parsed invoice."""
        invoice = await first_invoice_with_items(client)
        fetched = await clientary.acall(get_invoice, client=client, id=invoice.id)
        assert fetched.id == invoice.id

    async def test_acall_not_found(self, client: Client) -> None:
        """A missing id is NotFoundError."""
        with pytest.raises(clientary.NotFoundError):
            await clientary.acall(get_invoice, client=client, id=1_999_999_999)

    @pytest.mark.parametrize("operation", [list_clients, list_invoices, list_staff])
    async def test_apaginate_counts(self, client: Client, operation: Any) -> None:
        """apaginate yields as many distinct records as the list reports."""
        records = [record async for record in clientary.apaginate(operation, client=client)]
        first = await clientary.acall(operation, client=client)
        total = getattr(first, "total_count", len(records))
        assert len(records) == total
        assert len({record.id for record in records}) == total

    async def test_apaginate_scoped_list(self, client: Client) -> None:
        """A client's invoices, paged under its path."""
        clients = await clientary.acall(list_clients, client=client)
        client_id = clients.clients[0].id
        records = [
            invoice
            async for invoice in clientary.apaginate(
                list_client_invoices, client=client, client_id=client_id
            )
        ]
        assert all(invoice.client_id == client_id for invoice in records)

    async def test_concurrency_keeps_order(self, client: Client) -> None:
        """concurrency=3 gives the same ids in the same order."""
        sequential = [r.id async for r in clientary.apaginate(list_invoices, client=client)]
        parallel = [
            r.id async for r in clientary.apaginate(list_invoices, client=client, concurrency=3)
        ]
        assert parallel == sequential

    async def test_aupdate_and_async_invoice_items(self, client: Client) -> None:
        """The async line-item helpers edit the stored invoice."""
        invoice = await first_invoice_with_items(client)
        drop = invoice.invoice_items[1]
        updated = await clientary.aupdate_invoice_items(
            client, invoice.id, clientary.LineItemChanges().remove(drop.id)
        )
        assert drop.id not in {item.id for item in updated.invoice_items}
        synced = await clientary.aset_invoice_items(
            client, invoice.id, [{"title": "Only line", "quantity": 2, "price": 30}]
        )
        assert [(i.title, i.quantity, i.price) for i in synced.invoice_items] == [
            ("Only line", Decimal(2), Decimal(30))
        ]


@pytest.mark.anyio
class TestAsyncFaults:
    async def test_fail_first_is_retried(self, sleeps: list[float], mock_dialect: str) -> None:
        """The first two answers fail; acall still succeeds after two waits."""
        app = mock_app(
            mock_dialect,
            faults=clientary_mock.FaultConfig(fail_first=2, error_statuses=(503,)),
        )
        client = connect_to(app)
        page = await clientary.acall(list_clients, client=client)
        await client.get_async_httpx_client().aclose()
        assert page.clients
        assert len(sleeps) == 2

    @pytest.mark.parametrize("concurrency", [1, 3])
    async def test_pagination_under_errors(
        self, concurrency: int, sleeps: list[float], mock_dialect: str
    ) -> None:
        """A fifth of answers 5xx or 429: every invoice still comes out exactly once, in order."""
        baseline_client = connect_to(mock_app(mock_dialect))
        baseline = [r.id async for r in clientary.apaginate(list_invoices, client=baseline_client)]
        await baseline_client.get_async_httpx_client().aclose()
        faults = clientary_mock.FaultConfig(
            error_rate=0.15,
            error_statuses=(502, 503, 504),
            rate_limit_rate=0.05,
            retry_after=1,
            random_seed=4,
        )
        client = connect_to(mock_app(mock_dialect, faults=faults))
        got = [
            r.id
            async for r in clientary.apaginate(
                list_invoices, client=client, concurrency=concurrency
            )
        ]
        await client.get_async_httpx_client().aclose()
        assert got == baseline
        assert sleeps, "no fault fired: the test would prove nothing"

    async def test_wrong_token_is_authentication_error_without_secrets(
        self, mock_dialect: str
    ) -> None:
        """401 from the mock; neither token shows in the error or the client's repr."""
        app = mock_app(mock_dialect)
        wrong = clientary.connect(
            token="wrong-token-xyz",
            base_url=BASE_URL,
            async_transport=httpx.ASGITransport(app=app),
        )
        with pytest.raises(clientary.AuthenticationError) as caught:
            await clientary.acall(list_clients, client=wrong)
        await wrong.get_async_httpx_client().aclose()
        for text in (str(caught.value), repr(caught.value), repr(wrong)):
            assert "wrong-token-xyz" not in text
            assert TOKEN not in text
