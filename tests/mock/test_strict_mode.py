"""Strict mode: a response that breaks the spec never leaves the mock; a 500 naming it does."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from clientary_mock import create_app
from clientary_mock._json import encode
from clientary_mock._middleware.response_check import ENVIRONMENT_VARIABLE, VIOLATION_HEADER
from clientary_mock._registry import HANDLERS, Call, Reply, ok

pytestmark = pytest.mark.anyio
TOKEN = "strict-token"


@pytest.fixture
def broken_get_client() -> Iterator[None]:
    """get_client answers a name that is a number, as a buggy handler might."""
    original = HANDLERS["get_client"]

    def broken(call: Call) -> Reply:
        body = json.loads(encode(original(call).body))
        return ok({**body, "name": 12345})

    HANDLERS["get_client"] = broken
    yield
    HANDLERS["get_client"] = original


async def get(app: object, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(
        transport=transport, base_url="http://mock", auth=(TOKEN, TOKEN)
    ) as http:
        return await http.get(path)


async def test_a_violation_becomes_a_500_naming_it(broken_get_client: None) -> None:
    response = await get(create_app(token=TOKEN, check_responses=True), "/api/v2/clients/1")
    assert response.status_code == 500
    assert response.headers[VIOLATION_HEADER] == "true"
    [problem] = response.json()["errors"]["response"]
    assert problem.startswith("GET /api/v2/clients/1 -> 200: name:")


async def test_without_strict_mode_the_broken_answer_goes_out(broken_get_client: None) -> None:
    response = await get(create_app(token=TOKEN, check_responses=False), "/api/v2/clients/1")
    assert (response.status_code, response.json()["name"]) == (200, 12345)


async def test_conforming_answers_and_injected_faults_pass_unchanged() -> None:
    app = create_app(token=TOKEN, check_responses=True)
    listing = await get(app, "/api/v2/clients")
    assert listing.status_code == 200
    assert listing.json()["clients"]
    app.state.mock.faults.set(app.state.mock.faults.config.updated({"rate_limit_rate": 1}))
    limited = await get(app, "/api/v2/clients")
    assert limited.status_code == 429


async def test_the_environment_switches_it_on(
    broken_get_client: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "1")
    assert (await get(create_app(token=TOKEN), "/api/v2/clients/1")).status_code == 500
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "0")
    assert (await get(create_app(token=TOKEN), "/api/v2/clients/1")).status_code == 200
