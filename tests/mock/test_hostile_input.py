"""The mock under hostile input: whatever a caller sends, it answers, and the next request works.

Users point their own fuzzers and load tests at the mock, sometimes on a shared host; each test
here sends something a careless or hostile caller could, and checks that the answer is a clear
4xx, that nothing was half-stored, and that the mock (and the connection) still serve.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
from clientary_mock import create_app
from clientary_mock._registry import HANDLERS, Call, Reply
from clientary_mock.testing import SpecRecorder, serve_in_thread
from starlette.applications import Starlette

pytestmark = pytest.mark.anyio

TOKEN = "test-token"


def in_process(
    app: Starlette, recorder: SpecRecorder, *, peer: str = "127.0.0.1"
) -> httpx.AsyncClient:
    """A client of the in-process app that reaches it from the address `peer`."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(peer, 50_000)),
        base_url="http://testserver",
        auth=(TOKEN, TOKEN),
        event_hooks={"response": [recorder.async_hook]},
    )


async def send(http: httpx.AsyncClient, method: str, url: str, body: Any, status: int) -> Any:
    response = await http.request(method, url, json=body)
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def mock_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith(("clientary_mock", "uvicorn"))]


# -- 3. deep nesting -----------------------------------------------------------------------------


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


DEEP_BODIES = [
    ("POST", "/api/v2/clients", b'{"client": {"name": "x", "invoice_extra_fields": {"a": %s}}}'),
    ("PUT", "/_mock/faults", b"%s"),
    ("POST", "/_mock/reset", b'{"seed": %s}'),
    ("POST", "/_mock/fill", b'{"invoices": %s}'),
]


@pytest.mark.parametrize(("method", "url", "template"), DEEP_BODIES)
@pytest.mark.parametrize("depth", [100, 485, 5_000, 200_000])
async def test_deeply_nested_bodies_get_a_4xx_and_one_log_line(
    http: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
    method: str,
    url: str,
    template: bytes,
    depth: int,
) -> None:
    body = template % nested(depth)
    with caplog.at_level(logging.INFO):
        response = await http.request(
            method, url, content=body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 422, response.text
    assert "nested" in json.dumps(response.json()["errors"])
    lines = mock_lines(caplog)
    assert [line.getMessage().split()[:3] for line in lines] == [[method, url, "422"]]
    assert not any(line.exc_info for line in lines)
    assert (await http.get("/api/v2/clients/1")).status_code == 200


async def test_nesting_within_the_limit_is_stored(http: httpx.AsyncClient) -> None:
    extra = json.loads(b'{"a": %s}' % nested(30))
    created = await send(
        http,
        "POST",
        "/api/v2/clients",
        {"client": {"name": "x", "invoice_extra_fields": extra}},
        201,
    )
    assert created["invoice_extra_fields"] == extra


# -- 4. errors are answers, and the connection survives them -------------------------------------


def failing_handler(call: Call) -> Reply:
    raise RuntimeError("a defect in a handler")


@pytest.mark.parametrize("check_responses", [False, True])
def test_a_500_closes_its_connection_and_the_next_request_works(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, check_responses: bool
) -> None:
    monkeypatch.setitem(HANDLERS, "list_staff", failing_handler)
    app = create_app(token=TOKEN, check_responses=check_responses)
    with (
        caplog.at_level(logging.INFO),
        serve_in_thread(app) as url,
        httpx.Client(base_url=url, auth=(TOKEN, TOKEN), timeout=5) as client,
    ):
        for _ in range(5):
            assert client.get("/api/v2/clients/1").status_code == 200
            failed = client.get("/api/v2/staff")
            assert failed.status_code == 500
            assert failed.headers["connection"] == "close"
            assert failed.json()["error"] == "Internal server error"
            assert client.get("/api/v2/clients/1").status_code == 200
    errors = [line for line in mock_lines(caplog) if line.levelno >= logging.ERROR]
    assert not [line for line in errors if line.name.startswith("uvicorn")]
    assert len([line for line in errors if line.exc_info]) == 5  # one traceback per defect


# -- 8. strict parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw_id",
    ["+1", "0001", "01", "1%0a", "1%0A", "%D9%A1", "%EF%BC%91", "1%20", "%201", "-1", "1e0"],
)
async def test_ids_are_ascii_digits_without_leading_zeros(
    http: httpx.AsyncClient, raw_id: str
) -> None:
    assert (await http.get("/api/v2/clients/1")).status_code == 200
    response = await http.get(f"/api/v2/clients/{raw_id}")
    assert response.status_code == 404, raw_id
    assert (await http.get(f"/api/v2/clients/{raw_id}/invoices")).status_code == 404


@pytest.mark.parametrize("raw", ["+2", "02", "2%0a", "%D9%A2", "2%20"])
async def test_query_integers_are_ascii_digits_too(http: httpx.AsyncClient, raw: str) -> None:
    assert (await http.get("/api/v2/clients?page=2")).status_code == 200
    response = await http.get(f"/api/v2/clients?page={raw}")
    assert response.status_code == 422, raw
    assert list(response.json()["errors"]) == ["page"]


def basic(user: str, password: str, scheme: str = "Basic") -> str:
    import base64

    return f"{scheme} " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize("scheme", ["basic", "BASIC", "bAsIc"])
async def test_the_auth_scheme_is_case_insensitive(
    mock_app: Starlette, conformance: SpecRecorder, scheme: str
) -> None:
    async with in_process(mock_app, conformance) as http:
        header = {"Authorization": basic(TOKEN, TOKEN, scheme)}
        response = await http.get("/api/v2/clients/1", headers=header, auth=None)
    assert response.status_code == 200


@pytest.mark.parametrize("good_first", [True, False])
async def test_two_authorization_headers_are_refused(
    mock_app: Starlette, conformance: SpecRecorder, good_first: bool
) -> None:
    good, bad = basic(TOKEN, TOKEN), basic("intruder", "guess")
    pair = [good, bad] if good_first else [bad, good]
    headers = [("Authorization", value) for value in pair]
    async with in_process(mock_app, conformance) as http:
        response = await http.get("/api/v2/clients/1", headers=headers, auth=None)
    assert response.status_code == 401
