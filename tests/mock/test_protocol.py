"""Auth, negotiation, errors as JSON, request validation, date formats, seeds and logging."""

from __future__ import annotations

import datetime as dt
import logging

import httpx
import pytest
from clientary_mock import create_app
from clientary_mock.testing import SpecRecorder
from starlette.applications import Starlette

pytestmark = pytest.mark.anyio


def raw_client(app: Starlette, recorder: SpecRecorder, **kwargs: object) -> httpx.AsyncClient:
    hooks = {"response": [recorder.async_hook]}
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://m",
        event_hooks=hooks,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("auth", [None, ("test-token", "wrong"), ("wrong", "test-token"), ("", "")])
async def test_bad_or_missing_token_gets_401(
    mock_app: Starlette, conformance: SpecRecorder, auth: tuple[str, str] | None
) -> None:
    async with raw_client(mock_app, conformance, auth=auth) as client:
        response = await client.get("/api/v2/clients/1")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Basic realm="Clientary"'
    assert response.json()["error"]


async def test_garbled_authorization_header_gets_401(
    mock_app: Starlette, conformance: SpecRecorder
) -> None:
    async with raw_client(mock_app, conformance) as client:
        response = await client.get("/api/v2/staff", headers={"Authorization": "Basic %%%"})
    assert response.status_code == 401


async def test_not_found_answers(http: httpx.AsyncClient) -> None:
    for url in (
        "/api/v2/clients/999",
        "/api/v2/clients/999/invoices",
        "/api/v2/nothing",
        "/api/v2/clients/abc",
        "/elsewhere",
    ):
        response = await http.get(url)
        assert response.status_code == 404, url
        assert response.headers["content-type"] == "application/json"
        assert response.json()["error"]
    assert (
        await http.post(
            "/api/v2/projects/999/hours", json={"project_item": {"hours": 1, "title": "t"}}
        )
    ).status_code == 404


async def test_wrong_method_gets_405_with_allow(http: httpx.AsyncClient) -> None:
    response = await http.patch("/api/v2/clients/1", json={})
    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, PUT"
    admin = await http.post("/_mock/stats")
    assert admin.status_code == 405
    assert "GET" in admin.headers["allow"]
    assert admin.json()["error"]


async def test_accept_header_and_json_suffix(http: httpx.AsyncClient) -> None:
    assert (await http.get("/api/v2/staff", headers={"Accept": "text/html"})).status_code == 406
    assert (
        await http.get("/api/v2/staff", headers={"Accept": "application/json;q=0, text/html"})
    ).status_code == 406
    for accept in ("application/json", "*/*", "text/html, application/json;q=0.5"):
        assert (await http.get("/api/v2/staff", headers={"Accept": accept})).status_code == 200
    suffixed = await http.get("/api/v2/clients/1.json", headers={"Accept": "text/html"})
    assert suffixed.status_code == 200
    assert suffixed.json()["id"] == 1
    assert (await http.get("/api/v2/invoices.json")).json()["page_size"] == 30


async def test_validation_errors_name_each_field(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/api/v2/invoices",
        json={
            "invoice": {"currency_code": "usd", "invoice_items_attributes": [{"_destroy": True}]}
        },
    )
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors["invoice.date"] == ["is required"]
    assert errors["invoice.currency_code"] == ["has an invalid format"]
    assert errors["invoice.invoice_items_attributes[0]._destroy"] == ["must be one of false"]
    assert "invoice.invoice_items_attributes[0].title" in errors
    missing = await http.post("/api/v2/clients", json={})
    assert missing.json()["errors"] == {"client": ["is required"]}


@pytest.mark.parametrize(
    "raw",
    [
        b"{not json",
        b'{"expense": {"amount": 1e400}}',
        b'{"expense": {"amount": NaN}}',
        b"",
        b'{"expense": {"amount": Infinity}}',
        # valid JSON, but text no response could ever carry back out as UTF-8
        b'{"expense": {"description": "\\udb51"}}',
        b'{"expense": {"\\udb51": 1}}',
    ],
)
async def test_bad_bodies_get_422(http: httpx.AsyncClient, raw: bytes) -> None:
    response = await http.post(
        "/api/v2/expenses", content=raw, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["errors"]


async def test_query_parameters_are_checked(http: httpx.AsyncClient) -> None:
    cases = {
        "page=0": "page",
        "page=x": "page",
        "sort=size": "sort",
        "bogus=1": "bogus",
        "updated_since=2026-02-30": "updated_since",
        "page_size=101": "page_size",
    }
    for query, field in cases.items():
        url = "/api/v2/contacts" if "page_size" in query else "/api/v2/clients"
        response = await http.get(f"{url}?{query}")
        assert response.status_code == 422, query
        assert list(response.json()["errors"]) == [field]


async def test_invalid_calendar_day_in_body(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/api/v2/expenses", json={"expense": {"amount": 1, "incurred_on": "2026-02-30"}}
    )
    # The spec's date pattern admits only days that exist, so the spec's own check refuses it.
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["expense.incurred_on"]


async def test_dates_in_each_fields_documented_form(http: httpx.AsyncClient) -> None:
    invoice = (await http.get("/api/v2/invoices/1")).json()
    assert "/" in invoice["date"]
    assert "/" in invoice["due_date"]
    assert "/" in invoice["payments"][0]["received_on"]
    assert "-" in (await http.get("/api/v2/payments")).json()["payments"][0]["received_on"]
    assert "/" in (await http.get("/api/v2/estimates/1")).json()["date"]
    assert "/" in (await http.get("/api/v2/expenses/1")).json()["incurred_on"]
    assert "/" in (await http.get("/api/v2/hours/1")).json()["date"]
    assert "/" in (await http.get("/api/v2/projects/1")).json()["end_date"]
    schedule = (await http.get("/api/v2/recurring/1")).json()
    assert schedule["next_date"] == "2026-06-30"
    assert schedule["updated_at"].endswith("+00:00")
    profile = (await http.get("/api/v2/clients/1/payment_profiles")).json()["payment_profiles"][0]
    assert profile["expiration_date"] == "2028-12-31"
    assert profile["created_at"].endswith("+00:00")
    task = (await http.get("/api/v2/tasks/1")).json()
    assert task["created_at"].endswith("Z")
    assert task["completed_at"].endswith("Z")
    created = (
        await http.post(
            "/api/v2/expenses", json={"expense": {"amount": 2, "incurred_on": "2026/03/04"}}
        )
    ).json()
    assert created["incurred_on"] == "2026/03/04"


async def test_same_seed_gives_the_same_account(conformance: SpecRecorder) -> None:
    bodies = []
    for _ in range(2):
        app = create_app(token="t", today=dt.date(2026, 6, 15))
        async with raw_client(app, conformance, auth=("t", "t")) as client:
            bodies.append(
                [
                    (await client.get(url)).json()
                    for url in (
                        "/api/v2/clients",
                        "/api/v2/invoices",
                        "/api/v2/tasks",
                        "/api/v2/recurring",
                    )
                ]
            )
    assert bodies[0] == bodies[1]


async def test_empty_seed_and_reset(conformance: SpecRecorder) -> None:
    app = create_app(token="t", seed="empty")
    async with raw_client(app, conformance, auth=("t", "t")) as client:
        stats = (await client.get("/_mock/stats")).json()["records"]
        assert stats["staff"] == 3
        assert sum(stats.values()) == 3
        assert (await client.get("/api/v2/clients")).json() == {
            "page_count": 0,
            "page_size": 10,
            "total_count": 0,
            "clients": [],
        }
        reset = await client.post("/_mock/reset", json={"seed": "demo"})
        assert reset.json()["records"]["clients"] == 25
        await client.delete("/api/v2/clients/1")
        await client.post("/_mock/reset")
        assert (await client.get("/api/v2/clients/1")).status_code == 200
        assert (await client.post("/_mock/reset", json={"seed": "huge"})).status_code == 422


async def test_log_lines_hold_no_token_or_query(
    http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, token: str
) -> None:
    with caplog.at_level(logging.INFO, logger="clientary_mock"):
        await http.get("/api/v2/clients", params={"page": 2, "sort": "date"})
    lines = [record.getMessage() for record in caplog.records if record.name == "clientary_mock"]
    assert len(lines) == 1
    assert lines[0].startswith("GET /api/v2/clients 200 ")
    assert token not in caplog.text
    assert "page=2" not in caplog.text


async def test_no_request_ever_gets_a_500(http: httpx.AsyncClient) -> None:
    odd = [
        (
            "PUT",
            "/api/v2/invoices/1",
            {
                "invoice": {
                    "invoice_items_attributes": [
                        {"id": 1, "_destroy": True},
                        {"id": 1, "quantity": 2},
                    ]
                }
            },
        ),
        ("POST", "/api/v2/invoices/1/payments", {"payment": {"amount": 1e12}}),
        ("PUT", "/api/v2/tasks/1", {"task": {"due_date": "2026/13/01"}}),
        ("POST", "/api/v2/clients", {"client": {"name": "x", "invoice_extra_fields": {"a": [1]}}}),
        ("POST", "/api/v2/clients", ["client"]),
    ]
    for method, url, body in odd:
        response = await http.request(method, url, json=body)
        assert response.status_code < 500, (url, response.text)


async def test_whole_numbers_written_with_a_fraction_are_integers(http: httpx.AsyncClient) -> None:
    # JSON Schema calls 2.0 an integer, so a spec-valid id may arrive that way.
    response = await http.post("/api/v2/tasks", json={"task": {"title": "T", "client_id": 2.0}})
    assert response.status_code == 201, response.text
    assert response.json()["client_id"] == 2


@pytest.mark.parametrize(
    ("recipient", "status"),
    [
        ("ap@example.com\n", 422),  # `$` ends the text, as JSON Schema reads it
        ("a p@example.com", 422),
        ("a\x1cp@example.com", 200),  # not whitespace to JSON Schema, whatever Python's \s says
    ],
)
async def test_patterns_are_read_as_json_schema_reads_them(
    http: httpx.AsyncClient, recipient: str, status: int
) -> None:
    response = await http.post("/api/v2/invoices/1/messages", json={"recipients": [recipient]})
    assert response.status_code == status, response.text
