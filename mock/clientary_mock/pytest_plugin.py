"""The `clientary_mock` pytest fixture: a fresh mock Clientary account for each test.

Installed with the `mock` extra, pytest loads this plugin by itself (the distribution
registers it as a `pytest11` entry point), so a test only has to ask for the fixture:

    def test_lists_clients(clientary_mock):
        client = clientary.connect(token=clientary_mock.token, base_url=clientary_mock.url)
        ...

    @pytest.mark.clientary_mock(seed="empty")    # staff only, instead of the demo agency
    def test_first_client(clientary_mock): ...

One server per test session listens on a free loopback port; each test gets a new account on
it (created in a few milliseconds, where starting and stopping a server takes a fifth of a
second) with a token of its own, so a client left over from an earlier test is refused (401)
rather than reaching the new account.

This module loads in every environment the distribution is installed in, the `mock` extra or
not, so it imports the mock only when a test asks for the fixture.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["MockAccount", "clientary_mock"]

MARKER = "clientary_mock"
DEFAULT_SEED = "demo"


@dataclass(frozen=True)
class MockAccount:
    """The mock account of one test: its base URL, API token and starting data."""

    url: str
    token: str
    seed: str


class _AccountSwitch:
    """An ASGI app that hands each request to the account of the test running now."""

    def __init__(self) -> None:
        self.account: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        account = self.account
        if account is None:
            # Between tests; only a client that outlived its test gets here.
            if scope["type"] != "http":
                return
            await send(
                {
                    "type": "http.response.start",
                    "status": 503,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": b'{"error":"no test is running"}'})
            return
        await account(scope, receive, send)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(seed='{DEFAULT_SEED}'): the starting data of the test's clientary_mock "
        "account ('demo': a small agency; 'empty': staff only)",
    )


@pytest.fixture(scope="session")
def _clientary_mock_server() -> Iterator[tuple[str, _AccountSwitch]]:
    try:
        from .testing import serve_in_thread
    except ImportError as error:
        pytest.fail(
            f"the clientary_mock fixture needs the 'mock' extra ({error}): install clientary "
            "with it, e.g. pip install '/path/to/clientary-python[mock]'",
            pytrace=False,
        )
    switch = _AccountSwitch()
    with serve_in_thread(switch) as url:
        yield url, switch


@pytest.fixture
def clientary_mock(
    request: pytest.FixtureRequest, _clientary_mock_server: tuple[str, _AccountSwitch]
) -> Iterator[MockAccount]:
    """A new mock Clientary account for this test, seeded 'demo' unless marked otherwise."""
    from .app import create_app

    seed = _seed_asked_for(request.node.get_closest_marker(MARKER))
    token = secrets.token_hex(16)
    url, switch = _clientary_mock_server
    try:
        switch.account = create_app(token=token, seed=seed)
    except ValueError as error:  # an unknown seed
        pytest.fail(f"@pytest.mark.{MARKER}: {error}", pytrace=False)
    try:
        yield MockAccount(url=url, token=token, seed=seed)
    finally:
        switch.account = None


def _seed_asked_for(marker: pytest.Mark | None) -> str:
    if marker is None:
        return DEFAULT_SEED
    seed = marker.kwargs.get("seed", marker.args[0] if marker.args else DEFAULT_SEED)
    return str(seed)
