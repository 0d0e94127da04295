"""Fixtures for the mock's tests: the app in process and over a socket, both spec-checked.

Every response a fixture's client receives is checked against the spec; a test that saw a
non-conforming response fails at teardown, naming the exchange.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from clientary_client import Client
from clientary_mock import _render, create_app
from clientary_mock.testing import SpecRecorder, serve_in_thread
from starlette.applications import Starlette

TOKEN = "test-token"
BASE_URL = "http://testserver"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def token() -> str:
    return TOKEN


@pytest.fixture
def today() -> dt.date:
    """The mock's pinned "today": mid-year, so the fiscal year holds past and future days."""
    return dt.date(2026, 6, 15)


@pytest.fixture
def conformance() -> Iterator[SpecRecorder]:
    recorder = SpecRecorder()
    yield recorder
    assert not recorder.problems, "responses that break the spec:\n" + "\n".join(recorder.problems)


@pytest.fixture
def mock_app(today: dt.date) -> Starlette:
    return create_app(token=TOKEN, today=today)


def in_process_http(app: Starlette, recorder: SpecRecorder) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=BASE_URL,
        auth=(TOKEN, TOKEN),
        event_hooks={"response": [recorder.async_hook]},
    )


@pytest.fixture
async def http(mock_app: Starlette, conformance: SpecRecorder) -> AsyncIterator[httpx.AsyncClient]:
    """A raw client of the in-process app, for what the generated client cannot send."""
    async with in_process_http(mock_app, conformance) as client:
        yield client


@pytest.fixture
async def api(mock_app: Starlette, conformance: SpecRecorder) -> AsyncIterator[Client]:
    """The generated client, wired to the in-process app (use the async calls)."""
    async with in_process_http(mock_app, conformance) as http_client:
        yield Client(base_url=BASE_URL).set_async_httpx_client(http_client)


@pytest.fixture
def live_app(today: dt.date) -> Starlette:
    return create_app(token=TOKEN, today=today)


@pytest.fixture
def live_url(live_app: Starlette) -> Iterator[str]:
    """The base URL of `live_app` served by uvicorn on a free loopback port."""
    with serve_in_thread(live_app) as base_url:
        yield base_url


@pytest.fixture
def live_http(live_url: str, conformance: SpecRecorder) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=live_url,
        auth=(TOKEN, TOKEN),
        event_hooks={"response": [conformance.sync_hook]},
        timeout=10,
    ) as client:
        yield client


@pytest.fixture
def live_api(live_url: str, live_http: httpx.Client) -> Client:
    """The generated client over a real socket (use the sync calls)."""
    return Client(base_url=live_url).set_httpx_client(live_http)


@pytest.fixture
def counted_invoice_renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of the invoices the mock renders from now on, in order."""
    rendered: list[int] = []
    original: Callable[..., Any] = _render.invoice

    def counting(store: Any, record: dict[str, Any]) -> Any:
        rendered.append(record["id"])
        return original(store, record)

    monkeypatch.setattr(_render, "invoice", counting)
    return rendered
