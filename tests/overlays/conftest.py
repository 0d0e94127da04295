"""Shared fixtures for the overlay tests: instant retries and clients on in-memory transports."""

from collections.abc import Callable, Iterator

import clientary
import clientary_mock
import httpx
import pytest
from clientary import _retry_transport
from clientary_client import Client

TOKEN = "tok-SECRET-4f9a1c"
"""The token every overlay test uses; tests assert it never leaks."""

Handler = Callable[[httpx.Request], httpx.Response]
ClientFactory = Callable[..., Client]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry wait, recorded instead of slept, so no test really waits."""
    recorded: list[float] = []

    def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_retry_transport, "_blocking_sleep", fake_sleep)
    monkeypatch.setattr(_retry_transport, "_async_sleep", fake_async_sleep)
    return recorded


@pytest.fixture
def token() -> str:
    return TOKEN


@pytest.fixture
def make_client() -> Iterator[ClientFactory]:
    """Build `clientary.connect()` clients whose network is a `MockTransport` handler."""
    made: list[Client] = []

    def factory(handler: Handler, *, max_retries: int = 2) -> Client:
        transport = httpx.MockTransport(handler)
        client = clientary.connect(
            token=TOKEN,
            base_url="https://acme.clientary.com",
            max_retries=max_retries,
            transport=transport,
            async_transport=transport,
        )
        made.append(client)
        return client

    yield factory
    for client in made:
        client.get_httpx_client().close()


@pytest.fixture(scope="module", params=clientary_mock.DIALECTS)
def mock_dialect(request: pytest.FixtureRequest) -> str:
    """The tests against the mock run once per dialect: the forms the docs print, and the forms
    a Rails server may send instead (decimal strings, nulls, 204 on updates, text and HTML
    errors), which the client must read alike."""
    dialect: str = request.param
    return dialect
