"""The rails dialect: the forms a Rails server may send, each checked against the spec.

Every answer these tests receive goes through the spec check of the `conformance` fixture, and
the app runs in strict mode as well, so each form below is one the spec declares.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator

import httpx
import pytest
from clientary_mock import create_app
from clientary_mock.cli import build_parser
from clientary_mock.conformance import ConformanceChecker
from clientary_mock.testing import SpecRecorder
from starlette.applications import Starlette

pytestmark = pytest.mark.anyio
RAILS_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")


@pytest.fixture
def mock_app(today: dt.date, token: str) -> Starlette:
    return create_app(token=token, today=today, dialect="rails", check_responses=True)


@pytest.fixture
async def docs(
    today: dt.date, token: str, conformance: SpecRecorder
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the same account in the documented dialect, to compare with."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(token=token, today=today)),
        base_url="http://testserver",
        auth=(token, token),
        event_hooks={"response": [conformance.async_hook]},
    ) as client:
        yield client


async def test_decimals_come_as_strings_of_the_same_value(
    http: httpx.AsyncClient, docs: httpx.AsyncClient
) -> None:
    rails_page = (await http.get("/api/v2/invoices")).json()
    docs_page = (await docs.get("/api/v2/invoices")).json()
    for rails, tidy in zip(rails_page["invoices"], docs_page["invoices"], strict=True):
        for key in ("subtotal", "tax", "total_cost", "balance", "total_payments"):
            assert RAILS_DECIMAL.fullmatch(rails[key]), (key, rails[key])
            assert isinstance(tidy[key], int | float)
            assert float(rails[key]) == tidy[key]
        for line, tidy_line in zip(rails["invoice_items"], tidy["invoice_items"], strict=True):
            assert float(line["price"]) == tidy_line["price"]
            assert float(line["quantity"]) == tidy_line["quantity"]
    # Counters and ids stay integers: only decimal columns are strings.
    assert isinstance(rails_page["page_count"], int)
    assert isinstance(rails_page["invoices"][0]["id"], int)


async def test_whole_decimals_are_written_as_rails_writes_them(http: httpx.AsyncClient) -> None:
    body = {"project": {"name": "Whole", "rate": 150, "budget": 1000.5}}
    project = (await http.post("/api/v2/projects", json=body)).json()
    assert (project["rate"], project["budget"]) == ("150.0", "1000.5")


async def test_an_amount_nobody_entered_is_null(
    http: httpx.AsyncClient, docs: httpx.AsyncClient
) -> None:
    body = {"project": {"name": "No budget", "rate": 90}}
    rails = (await http.post("/api/v2/projects", json=body)).json()
    tidy = (await docs.post("/api/v2/projects", json=body)).json()
    assert (rails["budget"], rails["budget_type"]) == (None, None)
    assert (tidy["budget"], tidy["budget_type"]) == (0, 0)
    payment = {"payment": {"amount": 5}}
    paid = (await http.post("/api/v2/invoices/1/payments", json=payment)).json()
    assert paid["transaction_fee_amount"] is None


async def test_an_update_answers_204_and_the_change_is_kept(http: httpx.AsyncClient) -> None:
    response = await http.put("/api/v2/clients/1", json={"client": {"city": "Lisbon"}})
    assert (response.status_code, response.content) == (204, b"")
    assert "content-type" not in response.headers
    assert (await http.get("/api/v2/clients/1")).json()["city"] == "Lisbon"


async def test_a_refused_token_is_answered_in_plain_text(mock_app: Starlette) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=mock_app), base_url="http://testserver"
    ) as anonymous:
        response = await anonymous.get("/api/v2/clients", auth=("wrong", "wrong"))
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == "HTTP Basic: Access denied.\n"
    assert response.headers["www-authenticate"].startswith("Basic")
    assert int(response.headers["content-length"]) == len(response.content)


@pytest.mark.parametrize("path", ["/api/v2/clients/999999", "/api/v2/widgets"])
async def test_a_missing_record_or_route_is_an_html_page(
    http: httpx.AsyncClient, path: str
) -> None:
    response = await http.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<title>Not found (404)</title>" in response.text


async def test_field_errors_come_at_the_top_level(
    http: httpx.AsyncClient, docs: httpx.AsyncClient
) -> None:
    body = {"client": {"name": "Dup", "number": "101"}}
    rails = await http.post("/api/v2/clients", json=body)
    tidy = await docs.post("/api/v2/clients", json=body)
    assert rails.status_code == tidy.status_code == 422
    assert rails.json() == {"client.number": ["has already been taken"]}
    assert tidy.json()["errors"] == rails.json()


async def test_the_docs_dialect_answers_every_error_in_json(docs: httpx.AsyncClient) -> None:
    for path in ("/api/v2/clients/999999", "/api/v2/widgets"):
        response = await docs.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/json"
    updated = await docs.put("/api/v2/clients/1", json={"client": {"city": "Porto"}})
    assert (updated.status_code, updated.json()["city"]) == (200, "Porto")


def test_strict_mode_refuses_a_media_type_the_spec_does_not_declare(mock_app: Starlette) -> None:
    checker = ConformanceChecker(mock_app.state.mock.index)
    text = {"content-type": "text/plain"}
    page = {"content-type": "text/html; charset=utf-8"}
    assert checker.problems("GET", "/api/v2/clients/1", 404, page, b"<html></html>") == []
    assert checker.problems("GET", "/api/v2/clients/1", 401, text, b"denied") == []
    wrong = checker.problems("GET", "/api/v2/clients/1", 200, text, b"ACME")
    assert len(wrong) == 1
    assert "not one declared" in wrong[0]
    assert checker.problems("PUT", "/api/v2/clients/1", 204, {}, b"") == []
    assert checker.problems("PUT", "/api/v2/clients/1", 204, {}, b"{}") != []


def test_the_command_line_takes_the_dialect() -> None:
    assert build_parser().parse_args([]).dialect == "docs"
    assert build_parser().parse_args(["--dialect", "rails"]).dialect == "rails"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--dialect", "php"])


def test_create_app_refuses_an_unknown_dialect(token: str) -> None:
    with pytest.raises(ValueError, match="dialect must be one of docs, rails"):
        create_app(token=token, dialect="php")
