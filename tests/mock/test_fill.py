"""`POST /_mock/fill`: many invoices at once, for measuring long lists."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def test_fill_adds_a_client_with_that_many_invoices(http: httpx.AsyncClient) -> None:
    before = (await http.get("/api/v2/invoices")).json()["total_count"]
    filled = await http.post("/_mock/fill", json={"invoices": 45})
    assert filled.status_code == 200
    client_id = filled.json()["client_id"]
    assert filled.json()["records"]["invoices"] == before + 45
    assert (await http.get("/api/v2/invoices")).json()["total_count"] == before + 45
    client = (await http.get(f"/api/v2/clients/{client_id}")).json()
    assert client["name"] == f"Bulk Client {client['number']}"
    url = f"/api/v2/clients/{client_id}/invoices"
    pages = [(await http.get(url, params={"page": n})).json() for n in (1, 2)]
    assert [page["total_count"] for page in pages] == [45, 45]
    invoices = pages[0]["invoices"] + pages[1]["invoices"]
    assert len({invoice["id"] for invoice in invoices}) == 45
    # Newest first, and ids follow dates, so the list is in falling id order.
    assert [invoice["id"] for invoice in invoices] == sorted(
        (invoice["id"] for invoice in invoices), reverse=True
    )
    assert invoices[0]["payments"] == []
    assert invoices[0]["total_cost"] > 0


@pytest.mark.parametrize(
    "body",
    [{"invoices": 0}, {"invoices": 100_001}, {"invoices": True}, {"invoices": "3"}, {}, [3]],
)
async def test_fill_refuses_anything_but_a_count(http: httpx.AsyncClient, body: Any) -> None:
    refused = await http.post("/_mock/fill", json=body)
    assert refused.status_code == 422
    assert "invoices" in refused.json()["errors"]


async def test_fill_refuses_a_body_that_is_not_json(http: httpx.AsyncClient) -> None:
    refused = await http.post("/_mock/fill", content=b"{")
    assert (refused.status_code, refused.json()["errors"]) == (422, {"body": ["is not valid JSON"]})
