"""The read cache: records rendered once, spliced into answers as they were, forgotten when
written (tests/mock/test_hostile_input.py counts what an unrelated write renders again)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from clientary_mock import create_app
from clientary_mock._read_cache import RawJson, ReadCache, encode, envelope
from starlette.applications import Starlette

pytestmark = pytest.mark.anyio


def compact(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def test_an_envelope_of_raw_records_is_what_json_dumps_would_write() -> None:
    records = [{"id": 1, "name": "Ünïcode"}, {"id": 2, "tags": [1, 2.5, None]}]
    counters = {"page_count": 1, "page_size": 30, "total_count": 2}
    raw = [RawJson(compact(record)) for record in records]
    assert envelope(counters, "clients", raw).data == compact({**counters, "clients": records})
    assert envelope(counters, "clients", []).data == compact({**counters, "clients": []})
    assert envelope({}, "staff", raw).data == compact({"staff": records})
    assert encode(raw[0]) == compact(records[0])


def test_a_record_is_rendered_once_and_values_computed_once() -> None:
    cache = ReadCache()
    renders: list[int] = []

    def render(record: dict[str, Any]) -> dict[str, Any]:
        renders.append(record["id"])
        return {"id": record["id"]}

    first = cache.record_json("clients", {"id": 7}, render)
    assert cache.record_json("clients", {"id": 7}, render) is first
    assert cache.value("key", ("clients",), lambda: [1]) is cache.value("key", (), lambda: [2])
    cache.clear()
    cache.record_json("clients", {"id": 7}, render)
    assert (renders, len(cache)) == ([7, 7], 1)


def test_a_write_forgets_its_record_and_the_values_read_from_its_table() -> None:
    store = create_app(token="t").state.mock.store
    cache = ReadCache()
    cache.record_json("clients", {"id": 7}, lambda record: record)
    cache.record_json("clients", {"id": 8}, lambda record: record)
    cache.value("names", ("clients",), list)
    cache.value("tasks", ("tasks",), list)
    cache.forget(store, [("clients", {"id": 7})])
    assert len(cache) == 2  # client 8 and the value read from tasks
    assert cache.record_json("clients", {"id": 8}, lambda record: {"other": 1}).data == b'{"id":8}'
    assert cache.value("tasks", ("tasks",), lambda: ["recomputed"]) == []


async def test_reading_a_page_again_renders_nothing(
    http: httpx.AsyncClient, counted_invoice_renders: list[int]
) -> None:
    first = await http.get("/api/v2/invoices")
    again = await http.get("/api/v2/invoices")
    assert again.content == first.content
    assert len(counted_invoice_renders) == len(first.json()["invoices"]) == 30


async def test_a_write_shows_in_the_next_read_even_through_another_table(
    http: httpx.AsyncClient,
) -> None:
    invoice = (await http.get("/api/v2/invoices")).json()["invoices"][0]
    url = f"/api/v2/invoices/{invoice['id']}"
    before = (await http.get(url)).json()
    payment = {"payment": {"amount": 1}}
    assert (await http.post(f"{url}/payments", json=payment)).status_code == 201
    after = (await http.get(url)).json()
    assert after["total_payments"] == before["total_payments"] + 1
    listed = (await http.get("/api/v2/invoices")).json()["invoices"][0]
    assert listed == after


async def test_a_renamed_client_shows_in_its_projects(http: httpx.AsyncClient) -> None:
    project = (await http.get("/api/v2/projects/1")).json()
    client_url = f"/api/v2/clients/{project['client']['id']}"
    renamed = {"client": {"name": "Renamed Ltd"}}
    assert (await http.put(client_url, json=renamed)).status_code == 200
    assert (await http.get("/api/v2/projects/1")).json()["client"]["name"] == "Renamed Ltd"


async def test_a_refused_write_changes_nothing_so_forgets_nothing(
    http: httpx.AsyncClient, mock_app: Starlette
) -> None:
    first = await http.get("/api/v2/invoices")
    held = len(mock_app.state.mock.cache)
    assert held > 0
    refused = await http.put("/api/v2/invoices/1", json={"invoice": {"client_id": 999_999}})
    assert refused.status_code == 422
    assert len(mock_app.state.mock.cache) == held
    assert (await http.get("/api/v2/invoices")).content == first.content


async def test_a_reset_clears_it(http: httpx.AsyncClient, mock_app: Starlette) -> None:
    await http.get("/api/v2/clients")
    assert (await http.post("/_mock/reset", json={"seed": "empty"})).status_code == 200
    assert len(mock_app.state.mock.cache) == 0
    assert (await http.get("/api/v2/clients")).json()["clients"] == []
