"""Page sizes, envelopes, orders and filters of the lists, as the docs describe them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def get_json(http: httpx.AsyncClient, url: str, **params: Any) -> Any:
    response = await http.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("url", "key", "size", "total"),
    [
        ("/api/v2/clients", "clients", 10, 25),
        ("/api/v2/leads", "leads", 10, 12),
        ("/api/v2/contacts", "contacts", 10, 51),
        ("/api/v2/clients/1/contacts", "contacts", 10, 15),
        ("/api/v2/invoices", "invoices", 30, 39),
        ("/api/v2/clients/1/invoices", "invoices", 30, 32),
        ("/api/v2/estimates", "estimates", 30, 10),
        ("/api/v2/payments", "payments", 30, 13),
        ("/api/v2/projects", "projects", 20, 16),
        ("/api/v2/clients/1/projects", "projects", 10, 2),
        ("/api/v2/recurring", "recurring", 10, 2),
        ("/api/v2/recurring/1/invoices", "invoices", 30, 3),
        ("/api/v2/tasks", "tasks", 50, 8),
        ("/api/v2/clients/1/payment_profiles", "payment_profiles", 10, 1),
    ],
)
async def test_page_sizes_and_counts(
    http: httpx.AsyncClient, url: str, key: str, size: int, total: int
) -> None:
    first = await get_json(http, url)
    pages = -(-total // size)
    assert (first["page_size"], first["total_count"], first["page_count"]) == (size, total, pages)
    assert len(first[key]) == min(size, total)
    last = await get_json(http, url, page=pages)
    assert len(last[key]) == total - size * (pages - 1)
    beyond = await get_json(http, url, page=pages + 1)
    assert beyond[key] == []
    assert beyond["total_count"] == total


async def test_contacts_page_size_parameter(http: httpx.AsyncClient) -> None:
    body = await get_json(http, "/api/v2/contacts", page_size=100)
    assert (body["page_size"], body["page_count"], len(body["contacts"])) == (100, 1, 51)


async def test_empty_list_has_zero_pages(http: httpx.AsyncClient) -> None:
    body = await get_json(http, "/api/v2/clients/2/payment_profiles")
    assert body["page_count"] == 1
    body = await get_json(http, "/api/v2/clients/3/payment_profiles")
    assert (body["page_count"], body["total_count"], body["payment_profiles"]) == (0, 0, [])


async def test_clients_by_name_or_newest_first(http: httpx.AsyncClient) -> None:
    names = [c["name"] for c in (await get_json(http, "/api/v2/clients"))["clients"]]
    assert names == sorted(names, key=str.casefold)
    created = await http.post("/api/v2/clients", json={"client": {"name": "Zulu Newest"}})
    newest = (await get_json(http, "/api/v2/clients", sort="date"))["clients"][0]
    assert newest["id"] == created.json()["id"]


async def test_leads_orders(http: httpx.AsyncClient) -> None:
    newest = [lead["id"] for lead in (await get_json(http, "/api/v2/leads"))["leads"]]
    assert newest == sorted(newest, reverse=True)
    oldest = (await get_json(http, "/api/v2/leads", sort="oldest"))["leads"]
    assert oldest[0]["name"] == "Altavista Labs"
    by_name = [
        lead["name"] for lead in (await get_json(http, "/api/v2/leads", sort="name"))["leads"]
    ]
    assert by_name == sorted(by_name, key=str.casefold)


async def test_payments_by_receipt_or_creation(http: httpx.AsyncClient) -> None:
    old = await http.post(
        "/api/v2/invoices/5/payments", json={"payment": {"amount": 1, "received_on": "2020-01-01"}}
    )
    by_receipt = (await get_json(http, "/api/v2/payments"))["payments"]
    days = [p["received_on"] for p in by_receipt]
    assert days == sorted(days, reverse=True)
    assert by_receipt[-1]["id"] == old.json()["id"]
    by_creation = (await get_json(http, "/api/v2/payments", sort="created_at"))["payments"]
    assert by_creation[0]["id"] == old.json()["id"]


async def test_updated_since_keeps_recent_changes(http: httpx.AsyncClient, today: dt.date) -> None:
    await http.put("/api/v2/clients/7", json={"client": {"city": "Lisbon"}})
    await http.put("/api/v2/invoices/9", json={"invoice": {"po": "X"}})
    since = today.isoformat()
    clients = await get_json(http, "/api/v2/clients", updated_since=since)
    assert [c["id"] for c in clients["clients"]] == [7]
    invoices = await get_json(http, "/api/v2/invoices", updated_since=since)
    assert [i["id"] for i in invoices["invoices"]] == [9]
    assert (await get_json(http, "/api/v2/clients", updated_since="2000-01-01"))[
        "total_count"
    ] == 25


async def test_completed_projects_hidden_unless_filter_all(http: httpx.AsyncClient) -> None:
    active = await get_json(http, "/api/v2/projects")
    assert all(p["status"] != 2 for p in active["projects"])
    everything = await get_json(http, "/api/v2/projects", filter="all")
    assert everything["total_count"] == 24
    assert any(
        p["status"] == 2
        for p in everything["projects"]
        + (await get_json(http, "/api/v2/projects", filter="all", page=2))["projects"]
    )
    client_two = await get_json(http, "/api/v2/clients/2/projects")
    assert client_two["total_count"] == 1
    assert (await get_json(http, "/api/v2/clients/2/projects", filter="all"))["total_count"] == 2


async def test_expenses_default_to_the_fiscal_year(http: httpx.AsyncClient) -> None:
    body = await get_json(http, "/api/v2/expenses")
    assert (body["from_date"], body["to_date"]) == ("2026/01/01", "2026/12/31")
    assert body["total_count"] == len(body["expenses"]) == 6
    last_year = await get_json(
        http, "/api/v2/expenses", from_date="2025-01-01", to_date="2025-12-31"
    )
    assert (last_year["from_date"], last_year["total_count"]) == ("2025/01/01", 3)
    assert all(e["incurred_on"].startswith("2025/") for e in last_year["expenses"])
    project = await get_json(http, "/api/v2/projects/1/expenses")
    assert [e["project_id"] for e in project["expenses"]] == [1]
    client = await get_json(http, "/api/v2/clients/2/expenses")
    assert {e["client_id"] for e in client["expenses"]} == {2}


async def test_an_inverted_expense_range_selects_nothing(http: httpx.AsyncClient) -> None:
    # The range is a filter, not an input to refuse: a query the spec calls valid (each bound
    # a real day) is answered, and a range that ends before it starts holds no expense. A lone
    # to_date before the fiscal year that from_date defaults to is the same case.
    inverted = await get_json(
        http, "/api/v2/expenses", from_date="2026-02-01", to_date="2026-01-01"
    )
    assert (inverted["from_date"], inverted["to_date"]) == ("2026/02/01", "2026/01/01")
    assert (inverted["total_count"], inverted["expenses"]) == (0, [])
    only_end = await get_json(http, "/api/v2/expenses", to_date="2011-01-01")
    assert (only_end["from_date"], only_end["to_date"]) == ("2026/01/01", "2011/01/01")
    assert only_end["total_count"] == 0


async def test_hours_billed_and_unbilled(http: httpx.AsyncClient) -> None:
    every = (await get_json(http, "/api/v2/projects/1/hours"))["hours"]
    billed = (await get_json(http, "/api/v2/projects/1/hours", filter="billed"))["hours"]
    unbilled = (await get_json(http, "/api/v2/projects/1/hours", filter="unbilled"))["hours"]
    assert [h["billed?"] for h in billed] == [True]
    assert all(not h["billed?"] for h in unbilled)
    assert len(billed) + len(unbilled) == len(every) == 3
    assert set(await get_json(http, "/api/v2/projects/1/hours")) == {"hours"}


async def test_envelopes_without_counts(http: httpx.AsyncClient) -> None:
    assert set(await get_json(http, "/api/v2/staff")) == {"staff"}
    assert set(await get_json(http, "/api/v2/expenses")) == {
        "total_count",
        "from_date",
        "to_date",
        "expenses",
    }


async def test_early_years_keep_four_digits(http: httpx.AsyncClient) -> None:
    # A range the spec allows; the echo must still be a four-digit-year Clientary date.
    body = await get_json(http, "/api/v2/expenses", from_date="0400-02-29", to_date="0999-12-31")
    assert (body["from_date"], body["to_date"]) == ("0400/02/29", "0999/12/31")


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("/api/v2/clients", "clients"),
        ("/api/v2/invoices", "invoices"),
        ("/api/v2/clients/1/invoices", "invoices"),
        ("/api/v2/tasks", "tasks"),
        ("/api/v2/recurring", "recurring"),
    ],
)
async def test_every_paged_list_honours_page_size(
    http: httpx.AsyncClient, url: str, key: str
) -> None:
    whole = await get_json(http, url, page_size=100)
    small = await get_json(http, url, page_size=1, page=2)
    assert (small["page_size"], small["page_count"]) == (1, whole["total_count"])
    assert small[key] == whole[key][1:2]
