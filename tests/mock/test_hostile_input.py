"""The mock under hostile input: whatever a caller sends, it answers, and the next request works.

Users point their own fuzzers and load tests at the mock, sometimes on a shared host; each test
here sends something a careless or hostile caller could, and checks that the answer is a clear
4xx, that nothing was half-stored, and that the mock (and the connection) still serve.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from clientary_mock import _validation, create_app
from clientary_mock._registry import HANDLERS, Call, Reply
from clientary_mock.cli import build_parser
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


# -- 1. record numbers ---------------------------------------------------------------------------

NUMBERED = [
    ("/api/v2/clients", "client", {"name": "Numbered"}),
    ("/api/v2/leads", "lead", {"name": "Numbered"}),
    (
        "/api/v2/invoices",
        "invoice",
        {"date": "2026-01-01", "due_date": "2026-02-01", "currency_code": "USD"},
    ),
]


@pytest.mark.parametrize(("url", "wrapper", "fields"), NUMBERED)
@pytest.mark.parametrize("odd", ["²", "①", "١٢", "9" * 255, "0042"])
async def test_any_stored_number_leaves_numbering_working(
    http: httpx.AsyncClient, url: str, wrapper: str, fields: dict[str, Any], odd: str
) -> None:
    await send(http, "POST", url, {wrapper: {**fields, "number": odd}}, 201)
    numbered = await send(http, "POST", url, {wrapper: fields}, 201)
    assert numbered["number"].isascii()
    assert numbered["number"].isdigit()
    # 255 nines have no successor within the spec's 255 characters: numbering passes them over.
    assert len(numbered["number"]) < 10
    assert (await http.get(url)).status_code == 200


# -- 2. a failed write changes nothing -----------------------------------------------------------

LINE_AT_MAXIMA = {"title": "Max", "quantity": 1e9, "price": 1e12, "taxable": True}
TAXES_AT_MAXIMA = {"tax": 1000, "tax2": 1000, "tax3": 1000, "compound_tax": True}


async def test_totals_too_large_to_hold_are_a_422_and_nothing_is_stored(
    http: httpx.AsyncClient,
) -> None:
    url = "/api/v2/invoices/1"
    lines = [LINE_AT_MAXIMA] * 500
    await send(http, "PUT", url, {"invoice": {**TAXES_AT_MAXIMA}}, 200)
    before = await send(http, "PUT", url, {"invoice": {"invoice_items_attributes": lines}}, 200)
    # 500 more lines at the maxima take the total past what the arithmetic holds.
    refused = await http.put(url, json={"invoice": {"invoice_items_attributes": lines}})
    assert refused.status_code == 422, refused.text
    assert list(refused.json()["errors"]) == ["invoice.invoice_items_attributes"]
    assert (await http.get(url)).json() == before
    assert (await http.get("/api/v2/invoices")).status_code == 200
    assert (await http.get("/api/v2/clients/1/invoices")).status_code == 200


CREATES_AT_MAXIMA = [
    (
        "/api/v2/invoices",
        {
            "invoice": {
                "date": "2026-01-01",
                "due_date": "2026-02-01",
                "currency_code": "USD",
                **TAXES_AT_MAXIMA,
                "invoice_items_attributes": [LINE_AT_MAXIMA] * 500,
            }
        },
    ),
    (
        "/api/v2/estimates",
        {
            "estimate": {
                "date": "2026-01-01",
                "currency_code": "USD",
                **TAXES_AT_MAXIMA,
                "estimate_items_attributes": [LINE_AT_MAXIMA] * 500,
            }
        },
    ),
    (
        "/api/v2/recurring",
        {
            "recurring_schedule": {
                "client_id": 1,
                "next_date": "2026-01-01",
                "time_interval": 5,
                "currency_code": "USD",
                "due_period": 10,
                **TAXES_AT_MAXIMA,
                "recurring_schedule_items_attributes": [LINE_AT_MAXIMA] * 500,
            }
        },
    ),
]


@pytest.mark.parametrize(("url", "body"), CREATES_AT_MAXIMA)
async def test_creates_at_the_spec_maxima_are_stored_whole_and_read_back(
    http: httpx.AsyncClient, url: str, body: dict[str, Any]
) -> None:
    created = await send(http, "POST", url, body, 201)
    assert created["total_cost"] > 0
    one = url.replace("/api/v2/", "") + f"/{created['id']}"
    assert (await http.get(f"/api/v2/{one}")).json() == created
    assert (await http.get(url)).status_code == 200


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


# -- 5. size limits ------------------------------------------------------------------------------


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the bodies the API parses as JSON."""
    seen: list[int] = []
    original = _validation.parse_json_body

    def counting(raw: bytes) -> Any:
        seen.append(len(raw))
        return original(raw)

    monkeypatch.setattr(_validation, "parse_json_body", counting)
    monkeypatch.setattr("clientary_mock._api.parse_json_body", counting)
    return seen


def padded_client(size: int) -> bytes:
    head = b'{"client": {"name": "x", "description": "'
    tail = b'"}}'
    return head + b"y" * (size - len(head) - len(tail)) + tail


async def test_a_body_over_the_default_limit_gets_413_before_parsing(
    http: httpx.AsyncClient, parses: list[int]
) -> None:
    too_big = padded_client(10_000_001)
    response = await http.post(
        "/api/v2/clients", content=too_big, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413, response.text[:200]
    assert response.json()["error"]
    assert parses == []
    at_limit = padded_client(10_000_000)
    accepted = await http.post(
        "/api/v2/clients", content=at_limit, headers={"Content-Type": "application/json"}
    )
    assert accepted.status_code == 422  # read and checked: the description is too long
    assert parses == [10_000_000]


async def test_the_limit_holds_without_a_content_length(
    conformance: SpecRecorder, parses: list[int]
) -> None:
    app = create_app(token=TOKEN, max_body_bytes=1_000)

    async def chunks() -> AsyncIterator[bytes]:
        body = padded_client(1_500)
        for start in range(0, len(body), 100):
            yield body[start : start + 100]

    async with in_process(app, conformance) as http:
        response = await http.post(
            "/api/v2/clients", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
        assert parses == []
        small = await http.post("/api/v2/clients", json={"client": {"name": "Small"}})
        assert small.status_code == 201


def test_a_refused_body_does_not_break_the_connection() -> None:
    app = create_app(token=TOKEN, max_body_bytes=1_000)
    with (
        serve_in_thread(app) as url,
        httpx.Client(base_url=url, auth=(TOKEN, TOKEN), timeout=5) as client,
    ):
        for _ in range(3):
            refused = client.post(
                "/api/v2/clients",
                content=padded_client(50_000),
                headers={"Content-Type": "application/json"},
            )
            assert refused.status_code == 413
            assert client.get("/api/v2/clients/1").status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"client": {"name": "n" * 100_000}},
        {"client": {"name": "x", "description": "d" * 100_000}},
        {"client": {"name": "x", "country": ["c" * 100_000]}},
        {"invoice": {"currency_code": "c" * 100_000}},
    ],
)
async def test_error_messages_quote_only_a_short_prefix(
    http: httpx.AsyncClient, body: dict[str, Any]
) -> None:
    url = "/api/v2/invoices/1" if "invoice" in body else "/api/v2/clients/1"
    response = await http.put(url, json=body)
    assert response.status_code == 422
    assert len(response.content) < 1_000, response.text[:300]


async def test_an_unknown_query_parameter_is_named_by_a_prefix(http: httpx.AsyncClient) -> None:
    response = await http.get("/api/v2/clients", params={"q" * 5_000: "1"})
    assert response.status_code == 422
    assert len(response.content) < 1_000


async def test_the_records_held_in_all_are_capped(conformance: SpecRecorder) -> None:
    held = sum(create_app(token=TOKEN).state.mock.store.counts().values())
    app = create_app(token=TOKEN, max_records=held + 10)
    async with in_process(app, conformance) as http:
        assert (await http.post("/_mock/fill", json={"invoices": 5})).status_code == 200
        refused = await http.post("/_mock/fill", json={"invoices": 5})
        assert refused.status_code == 422
        assert "invoices" in refused.json()["errors"]
        for n in range(4):  # 6 records came with the fill, 4 more fit
            await send(http, "POST", "/api/v2/tasks", {"task": {"title": f"T{n}"}}, 201)
        full = await http.post("/api/v2/tasks", json={"task": {"title": "One too many"}})
        assert full.status_code == 422
        assert "records" in full.text
        assert sum((await http.get("/_mock/stats")).json()["records"].values()) == held + 10
        await send(http, "DELETE", "/api/v2/expenses/1", None, 200)
        await send(http, "POST", "/api/v2/tasks", {"task": {"title": "Room again"}}, 201)


def test_the_default_record_cap_is_finite() -> None:
    assert create_app(token=TOKEN).state.mock.settings.max_records <= 1_000_000


# -- 6. admin routes -----------------------------------------------------------------------------


@pytest.mark.parametrize("peer", ["192.0.2.10", "10.1.2.3", "::ffff:192.0.2.10", "testclient"])
async def test_admin_routes_refuse_callers_from_elsewhere(
    conformance: SpecRecorder, peer: str
) -> None:
    app = create_app(token=TOKEN)
    async with in_process(app, conformance, peer=peer) as http:
        for method, url, body in [
            ("GET", "/_mock/stats", None),
            ("PUT", "/_mock/faults", {"error_rate": 1}),
            ("POST", "/_mock/reset", {"seed": "empty"}),
            ("DELETE", "/_mock/faults", None),
            ("POST", "/_mock/fill", {"invoices": 3}),
            ("GET", "/_mock/nothing", None),
        ]:
            response = await http.request(method, url, json=body)
            assert response.status_code == 403, (method, url)
            assert "--allow-remote-admin" in response.json()["error"]
        # the API itself still serves them, with nothing changed
        assert (await http.get("/api/v2/clients/1")).status_code == 200
    assert app.state.mock.faults.config.error_rate == 0


@pytest.mark.parametrize("peer", ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
async def test_admin_routes_serve_loopback_callers(conformance: SpecRecorder, peer: str) -> None:
    async with in_process(create_app(token=TOKEN), conformance, peer=peer) as http:
        assert (await http.get("/_mock/stats")).status_code == 200


async def test_a_switch_opens_admin_routes_to_every_caller(conformance: SpecRecorder) -> None:
    app = create_app(token=TOKEN, remote_admin=True)
    async with in_process(app, conformance, peer="192.0.2.10") as http:
        assert (await http.get("/_mock/stats")).status_code == 200
    assert build_parser().parse_args(["--allow-remote-admin"]).allow_remote_admin is True


# -- 7. invoice status ---------------------------------------------------------------------------


async def new_invoice(http: httpx.AsyncClient, status: int, price: int) -> str:
    body = {
        "invoice": {
            "date": "2026-01-01",
            "due_date": "2026-02-01",
            "currency_code": "USD",
            "status": status,
            "invoice_items_attributes": [{"title": "Work", "quantity": 1, "price": price}],
        }
    }
    created = await send(http, "POST", "/api/v2/invoices", body, 201)
    return f"/api/v2/invoices/{created['id']}"


async def test_a_paid_invoice_given_another_line_owes_money_again(
    http: httpx.AsyncClient,
) -> None:
    url = await new_invoice(http, 1, 100)
    await send(http, "POST", f"{url}/payments", {"payment": {"amount": 100}}, 201)
    assert (await http.get(url)).json()["status"] == 4
    line = {"title": "Extra", "quantity": 1, "price": 50}
    updated = await send(http, "PUT", url, {"invoice": {"invoice_items_attributes": [line]}}, 200)
    assert (updated["status"], updated["balance"]) == (1, 50)


async def test_an_invoice_whose_payments_cover_it_is_paid(http: httpx.AsyncClient) -> None:
    url = await new_invoice(http, 0, 100)
    await send(http, "POST", f"{url}/payments", {"payment": {"amount": 60}}, 201)
    assert (await http.get(url)).json()["status"] == 0  # a partial payment leaves a draft a draft
    line_id = (await http.get(url)).json()["invoice_items"][0]["id"]
    cheaper = {"invoice_items_attributes": [{"id": line_id, "price": 40}]}
    overpaid = await send(http, "PUT", url, {"invoice": cheaper}, 200)
    assert (overpaid["status"], overpaid["balance"]) == (4, -20)
    asked = await send(http, "PUT", url, {"invoice": {"status": 0}}, 200)
    assert asked["status"] == 4


async def test_paid_cannot_be_claimed_while_money_is_owed(http: httpx.AsyncClient) -> None:
    url = await new_invoice(http, 4, 100)
    assert (await http.get(url)).json()["status"] == 1
    assert (await send(http, "PUT", url, {"invoice": {"status": 4}}, 200))["status"] == 1


async def test_a_cancelled_invoice_stays_cancelled(http: httpx.AsyncClient) -> None:
    url = await new_invoice(http, 3, 100)
    await send(http, "POST", f"{url}/payments", {"payment": {"amount": 100}}, 201)
    assert (await http.get(url)).json()["status"] == 3


def test_the_spec_marks_the_status_rule_as_inferred() -> None:
    from clientary_mock import load_spec

    invoice = load_spec()["components"]["schemas"]["Invoice"]
    status = invoice["properties"]["status"]
    assert status["x-evidence"].startswith("INFERRED")
    assert "balance" in status["x-evidence"]


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


# -- 8b. strict parsing: slow, half-sent and abandoned requests -----------------------------------


@contextmanager
def raw_connection(url: str) -> Iterator[socket.socket]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        yield connection


def read_until_closed(connection: socket.socket) -> bytes:
    received = b""
    try:
        while chunk := connection.recv(65_536):
            received += chunk
    except ConnectionResetError:
        pass  # bytes still arriving when the server closed: the kernel answered with a reset
    return received


HALF_SENT = [
    b"GET /api/v2/staff HTTP/1.1\r\nHost: x\r\n",  # headers never finished
    b"GET /api/v2/sta",  # not even the request line
    (
        b"POST /api/v2/clients HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100\r\nAuthorization: " + basic(TOKEN, TOKEN).encode() + b"\r\n\r\n"
        b'{"client": '
    ),  # the body never finished
]


@pytest.mark.parametrize("sent", HALF_SENT)
def test_half_sent_requests_time_out(sent: bytes) -> None:
    app = create_app(token=TOKEN)
    with serve_in_thread(app, request_timeout=1.0) as url, raw_connection(url) as connection:
        started = time.monotonic()
        connection.sendall(sent)
        answer = read_until_closed(connection)
        waited = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 408 "), answer[:100]
        assert 0.9 < waited < 5
        assert app.state.mock.store.counts()["clients"] == 25
        assert httpx.get(f"{url}/api/v2/clients/1", auth=(TOKEN, TOKEN)).status_code == 200


def test_a_slow_but_steady_request_times_out_too() -> None:
    app = create_app(token=TOKEN)
    with serve_in_thread(app, request_timeout=1.0) as url, raw_connection(url) as connection:
        started = time.monotonic()
        try:
            for byte in b"GET /api/v2/staff HTTP/1.1\r\nHost: x\r\n":
                connection.sendall(bytes([byte]))
                time.sleep(0.1)
        except OSError:
            pass  # closed under us: what is being tested
        assert read_until_closed(connection).startswith(b"HTTP/1.1 408 ")
        assert time.monotonic() - started < 5


def test_an_idle_keep_alive_connection_is_not_answered_408() -> None:
    app = create_app(token=TOKEN)
    with (
        serve_in_thread(app, request_timeout=1.0) as url,
        httpx.Client(base_url=url, auth=(TOKEN, TOKEN)) as client,
    ):
        assert client.get("/api/v2/staff").status_code == 200
        time.sleep(1.5)  # idle past the request timeout, within uvicorn's keep-alive timeout
        assert client.get("/api/v2/staff").status_code == 200


def test_the_request_timeout_is_a_switch_of_thirty_seconds() -> None:
    parser = build_parser()
    assert parser.parse_args([]).request_timeout == 30
    assert parser.parse_args(["--request-timeout", "1"]).request_timeout == 1


def test_a_client_leaving_mid_body_is_no_error(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(token=TOKEN)
    with caplog.at_level(logging.INFO), serve_in_thread(app) as url:
        with raw_connection(url) as connection:
            connection.sendall(HALF_SENT[2])
            time.sleep(0.3)
        deadline = time.monotonic() + 5
        while not mock_lines(caplog) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        assert httpx.get(f"{url}/api/v2/clients/1", auth=(TOKEN, TOKEN)).status_code == 200
    lines = mock_lines(caplog)
    assert lines, "the request was not logged at all"
    assert not [line for line in lines if line.levelno >= logging.ERROR or line.exc_info]
    assert " 500 " not in caplog.text


def test_help_describes_the_limits_and_the_loopback_rule() -> None:
    text = " ".join(build_parser().format_help().split())
    for switch in ("--max-body-bytes", "--max-records", "--request-timeout"):
        assert switch in text
    assert "--allow-remote-admin" in text
    assert "loopback" in text
    assert "403" in text


# -- 9. a write empties only what it touched -----------------------------------------------------


async def test_an_unrelated_write_renders_no_invoice_again(
    http: httpx.AsyncClient, counted_invoice_renders: list[int]
) -> None:
    first = await http.get("/api/v2/invoices")
    assert len(counted_invoice_renders) == 30
    await send(http, "POST", "/api/v2/tasks", {"task": {"title": "Unrelated"}}, 201)
    await send(http, "PUT", "/api/v2/clients/5", {"client": {"name": "Renamed"}}, 200)
    await send(http, "DELETE", "/api/v2/expenses/1", None, 200)
    assert (await http.get("/api/v2/invoices")).content == first.content
    assert len(counted_invoice_renders) == 30


async def test_a_payment_renders_only_its_invoice_again(
    http: httpx.AsyncClient, counted_invoice_renders: list[int]
) -> None:
    page = (await http.get("/api/v2/invoices")).json()["invoices"]
    target = page[3]["id"]
    counted_invoice_renders.clear()
    await send(http, "POST", f"/api/v2/invoices/{target}/payments", {"payment": {"amount": 1}}, 201)
    counted_invoice_renders.clear()
    again = (await http.get("/api/v2/invoices")).json()["invoices"]
    assert counted_invoice_renders == [target]
    assert again[3]["total_payments"] == page[3]["total_payments"] + 1


async def test_writes_reach_every_reading_that_shows_them(http: httpx.AsyncClient) -> None:
    """Renderings read other tables; each such write shows in the next read."""
    invoice = (await http.get("/api/v2/invoices/1")).json()
    assert invoice["recurring_schedules"] == [{"id": 1}]
    project = (await http.get("/api/v2/projects/1")).json()
    schedule = (await http.get("/api/v2/recurring/1")).json()
    await send(http, "DELETE", "/api/v2/recurring/1", None, 200)
    assert (await http.get("/api/v2/invoices/1")).json()["recurring_schedules"] == []
    hours = {"project_item": {"hours": 2, "title": "More"}}
    await send(http, "POST", "/api/v2/projects/1/hours", hours, 201)
    assert (await http.get("/api/v2/projects/1")).json()["worked_hours"] == (
        project["worked_hours"] + 2
    )
    other = (await http.get("/api/v2/recurring/2")).json()
    renamed = {"client": {"name": "Renamed Everywhere"}}
    await send(http, "PUT", f"/api/v2/clients/{other['client']['id']}", renamed, 200)
    assert (await http.get("/api/v2/recurring/2")).json()["client"]["name"] == "Renamed Everywhere"
    assert schedule["client"]["id"] == project["client"]["id"]
    await send(http, "PUT", f"/api/v2/clients/{project['client']['id']}", renamed, 200)
    assert (await http.get("/api/v2/projects/1")).json()["client"]["name"] == "Renamed Everywhere"
    deleted_hour = (await http.get("/api/v2/projects/1/hours")).json()["hours"][0]
    await send(http, "DELETE", f"/api/v2/hours/{deleted_hour['id']}", None, 200)
    assert (await http.get("/api/v2/projects/1")).json()["worked_hours"] == (
        project["worked_hours"] + 2 - deleted_hour["hours"]
    )
