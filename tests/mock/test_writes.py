"""Writes: line items, totals, payments, numbering, uniqueness, plan limits and cascades."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from clientary_mock import create_app
from clientary_mock.testing import SpecRecorder

pytestmark = pytest.mark.anyio

INVOICE = {"date": "2026-06-01", "due_date": "2026/07/01", "currency_code": "USD", "client_id": 2}


async def send(http: httpx.AsyncClient, method: str, url: str, body: Any, status: int) -> Any:
    response = await http.request(method, url, json=body)
    assert response.status_code == status, response.text
    return response.json() if response.content else None


async def counts(http: httpx.AsyncClient) -> dict[str, int]:
    records: dict[str, int] = (await http.get("/_mock/stats")).json()["records"]
    return records


async def test_line_items_edit_add_remove(http: httpx.AsyncClient) -> None:
    items = [{"title": "A", "quantity": 1, "price": 10}, {"title": "B", "quantity": 2, "price": 5}]
    invoice = await send(
        http,
        "POST",
        "/api/v2/invoices",
        {"invoice": {**INVOICE, "invoice_items_attributes": items}},
        201,
    )
    first, second = (item["id"] for item in invoice["invoice_items"])
    changes = [
        {"id": first, "quantity": 3},
        {"id": second, "_destroy": True},
        {"title": "C", "quantity": 1, "price": 7.5},
    ]
    updated = await send(
        http,
        "PUT",
        f"/api/v2/invoices/{invoice['id']}",
        {"invoice": {"invoice_items_attributes": changes}},
        200,
    )
    lines = [
        (i["id"] == first, i["title"], i["quantity"], i["price"]) for i in updated["invoice_items"]
    ]
    assert lines == [(True, "A", 3, 10), (False, "C", 1, 7.5)]
    assert updated["subtotal"] == 37.5


@pytest.mark.parametrize("foreign", ["another invoice's line", "no line at all"])
async def test_foreign_line_id_is_refused_and_nothing_changes(
    http: httpx.AsyncClient, foreign: str
) -> None:
    before = (await http.get("/api/v2/invoices/2")).json()
    other_line = (await http.get("/api/v2/invoices/1")).json()["invoice_items"][0]["id"]
    bad_id = other_line if foreign == "another invoice's line" else 999_999
    changes = [
        {"id": before["invoice_items"][0]["id"], "quantity": 50},
        {"id": bad_id, "quantity": 9},
    ]
    body = await send(
        http,
        "PUT",
        "/api/v2/invoices/2",
        {"invoice": {"po": "changed", "invoice_items_attributes": changes}},
        422,
    )
    assert list(body["errors"]) == ["invoice.invoice_items_attributes[1].id"]
    assert (await http.get("/api/v2/invoices/2")).json() == before


async def test_totals_with_compound_tax(http: httpx.AsyncClient) -> None:
    items = [
        {"title": "Section", "quantity": 1, "price": 1000, "item_type": 0, "taxable": True},
        {"title": "Work", "quantity": 2, "price": 50, "taxable": True},
        {"title": "Fee", "quantity": 1, "price": 10, "taxable": False},
    ]
    taxes = {"tax": 10, "tax2": 5, "tax3": 2, "compound_tax": True}
    invoice = await send(
        http,
        "POST",
        "/api/v2/invoices",
        {"invoice": {**INVOICE, **taxes, "invoice_items_attributes": items}},
        201,
    )
    # taxable 100: tax 10, tax2 (100 + 10) * 5% = 5.5, tax3 2 -> 110 + 17.5
    assert (invoice["subtotal"], invoice["total_cost"], invoice["balance"]) == (110, 127.5, 127.5)
    plain = await send(
        http, "PUT", f"/api/v2/invoices/{invoice['id']}", {"invoice": {"compound_tax": False}}, 200
    )
    assert plain["total_cost"] == 127
    estimate = await send(
        http,
        "POST",
        "/api/v2/estimates",
        {
            "estimate": {
                "date": "2026-06-01",
                "currency_code": "USD",
                **taxes,
                "estimate_items_attributes": items,
            }
        },
        201,
    )
    assert estimate["total_cost"] == 127.5


async def test_payments_settle_and_unsettle_the_invoice(http: httpx.AsyncClient) -> None:
    items = [{"title": "Work", "quantity": 1, "price": 100}]
    invoice = await send(
        http,
        "POST",
        "/api/v2/invoices",
        {"invoice": {**INVOICE, "invoice_items_attributes": items}},
        201,
    )
    url = f"/api/v2/invoices/{invoice['id']}"
    part = await send(http, "POST", f"{url}/payments", {"payment": {"amount": 40}}, 201)
    assert (await http.get(url)).json()["balance"] == 60
    rest = await send(
        http, "POST", f"{url}/payments", {"payment": {"amount": 60, "note": "wire"}}, 201
    )
    paid = (await http.get(url)).json()
    assert (paid["status"], paid["balance"], paid["total_payments"]) == (4, 0, 100)
    assert [p["id"] for p in paid["payments"]] == [part["id"], rest["id"]]
    await send(http, "DELETE", f"{url}/payments/{rest['id']}", None, 200)
    reopened = (await http.get(url)).json()
    assert (reopened["status"], reopened["balance"]) == (1, 60)


async def test_payment_with_profile_charges_the_balance(http: httpx.AsyncClient) -> None:
    payment = await send(
        http,
        "POST",
        "/api/v2/invoices/33/payments",
        {"payment": {"payment_profile_id": 1, "amount": 1}},
        422,
    )
    assert payment["errors"] == {"payment.payment_profile_id": ["belongs to another client"]}
    invoice = (await http.get("/api/v2/invoices/3")).json()
    charged = await send(
        http,
        "POST",
        "/api/v2/invoices/3/payments",
        {"payment": {"payment_profile_id": 1, "amount": 1, "note": "x"}},
        201,
    )
    assert charged["amount"] == invoice["balance"]
    assert charged["note"] is None
    assert charged["transaction_id"].startswith("ch_")
    assert (await http.get("/api/v2/invoices/3")).json()["status"] == 4


async def test_sending_a_draft_marks_it_sent(http: httpx.AsyncClient) -> None:
    invoice = await send(http, "POST", "/api/v2/invoices", {"invoice": INVOICE}, 201)
    assert invoice["status"] == 0
    response = await http.post(
        f"/api/v2/invoices/{invoice['id']}/messages", json={"recipients": ["a@example.com"]}
    )
    assert (response.status_code, response.content) == (200, b"")
    assert (await http.get(f"/api/v2/invoices/{invoice['id']}")).json()["status"] == 1
    assert (await counts(http))["invoice_messages"] == 1


async def test_numbers_are_assigned_and_kept_as_strings(http: httpx.AsyncClient) -> None:
    invoice = await send(http, "POST", "/api/v2/invoices", {"invoice": INVOICE}, 201)
    assert invoice["number"] == "1040"
    explicit = await send(
        http, "POST", "/api/v2/invoices", {"invoice": {**INVOICE, "number": 7}}, 201
    )
    assert explicit["number"] == "7"
    client = await send(http, "POST", "/api/v2/clients", {"client": {"name": "New"}}, 201)
    assert client["number"] == "126"
    project = await send(
        http, "POST", "/api/v2/projects", {"project": {"name": "P", "rate": 1}}, 201
    )
    assert project["number"] == "1"


async def test_client_numbers_are_unique(http: httpx.AsyncClient) -> None:
    body = await send(
        http, "POST", "/api/v2/clients", {"client": {"name": "Dup", "number": "101"}}, 422
    )
    assert body["errors"] == {"client.number": ["has already been taken"]}
    await send(http, "PUT", "/api/v2/clients/2", {"client": {"number": "101"}}, 422)
    await send(http, "PUT", "/api/v2/clients/1", {"client": {"number": "101"}}, 200)
    await send(http, "POST", "/api/v2/leads", {"lead": {"name": "L", "number": "101"}}, 201)
    await send(http, "POST", "/api/v2/leads", {"lead": {"name": "L2", "number": "101"}}, 422)


@pytest.mark.parametrize(
    ("limit", "url", "body"),
    [
        ("max_clients", "/api/v2/clients", {"client": {"name": "One too many"}}),
        ("max_leads", "/api/v2/leads", {"lead": {"name": "One too many"}}),
        (
            "max_contacts",
            "/api/v2/clients/2/contacts",
            {"client_user": {"name": "X", "email": "x@y.z"}},
        ),
    ],
)
async def test_plan_limits(limit: str, url: str, body: Any, conformance: SpecRecorder) -> None:
    seeded = {"max_clients": 25, "max_leads": 12, "max_contacts": 51}[limit]
    app = create_app(token="t", **{limit: seeded + 1})  # type: ignore[arg-type]
    transport = httpx.ASGITransport(app=app)
    hooks = {"response": [conformance.async_hook]}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://m", auth=("t", "t"), event_hooks=hooks
    ) as http:
        assert (await http.post(url, json=body)).status_code == 201
        refused = await http.post(url, json=body)
        assert refused.status_code == 426
        assert refused.json()["error"]


async def test_stripe_disabled_refuses_payment_profiles(conformance: SpecRecorder) -> None:
    app = create_app(token="t", stripe_enabled=False)
    card = {
        "stripe_customer_id": "cus_1",
        "stripe_source_id": "src_1",
        "last_four_digits": "4242",
        "name": "A",
        "expiration_date": "2030-01-01",
    }
    hooks = {"response": [conformance.async_hook]}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://m",
        auth=("t", "t"),
        event_hooks=hooks,
    ) as http:
        response = await http.post(
            "/api/v2/clients/1/payment_profiles", json={"stripe_payment_profile": card}
        )
        assert response.status_code == 422
        assert "stripe_payment_profile" in response.json()["errors"]


async def test_ids_in_bodies_must_exist(http: httpx.AsyncClient) -> None:
    cases = [
        ("/api/v2/invoices", {"invoice": {**INVOICE, "client_id": 999}}, "invoice.client_id"),
        ("/api/v2/invoices", {"invoice": {**INVOICE, "project_id": 999}}, "invoice.project_id"),
        ("/api/v2/tasks", {"task": {"title": "T", "assignee_id": 99}}, "task.assignee_id"),
        ("/api/v2/expenses", {"expense": {"amount": 1, "project_id": 999}}, "expense.project_id"),
        (
            "/api/v2/projects",
            {"project": {"name": "P", "rate": 1, "client_id": 999}},
            "project.client_id",
        ),
    ]
    before = await counts(http)
    for url, body, field in cases:
        assert list((await send(http, "POST", url, body, 422))["errors"]) == [field]
    assert await counts(http) == before


async def test_recurring_autobill_needs_the_clients_profile(http: httpx.AsyncClient) -> None:
    base = {
        "client_id": 1,
        "next_date": "2026-07-01",
        "time_interval": 5,
        "currency_code": "USD",
        "due_period": 10,
        "action": 2,
    }
    missing = await send(http, "POST", "/api/v2/recurring", {"recurring_schedule": base}, 422)
    assert missing["errors"] == {"recurring_schedule.payment_profile_id": ["is required"]}
    foreign = await send(
        http,
        "POST",
        "/api/v2/recurring",
        {"recurring_schedule": {**base, "payment_profile_id": 2}},
        422,
    )
    assert list(foreign["errors"]) == ["recurring_schedule.payment_profile_id"]
    created = await send(
        http,
        "POST",
        "/api/v2/recurring",
        {"recurring_schedule": {**base, "payment_profile_id": 1}},
        201,
    )
    assert (created["next_date"], created["number"]) == ("2026-07-01", "1000003")


async def test_tasks_complete_and_hours_belong_to_the_token_user(http: httpx.AsyncClient) -> None:
    task = await send(http, "POST", "/api/v2/tasks", {"task": {"title": "T", "project_id": 3}}, 201)
    assert (task["user_id"], task["client_id"], task["completed_at"]) == (1, 2, None)
    done = await send(
        http, "PUT", f"/api/v2/tasks/{task['id']}", {"task": {"completed": True}}, 200
    )
    assert done["complete"] is True
    assert done["completed_at"].endswith("Z")
    undone = await send(
        http, "PUT", f"/api/v2/tasks/{task['id']}", {"task": {"complete": False}}, 200
    )
    assert (undone["complete"], undone["completed_at"]) == (False, None)
    entry = await send(
        http, "POST", "/api/v2/projects/3/hours", {"project_item": {"hours": 2, "title": "W"}}, 201
    )
    assert (entry["user_id"], entry["rate"], entry["cost"], entry["billed?"]) == (
        1,
        125,
        250,
        False,
    )


async def test_deleting_a_client_cascades(http: httpx.AsyncClient) -> None:
    before = await counts(http)
    await send(http, "DELETE", "/api/v2/clients/1", None, 200)
    after = await counts(http)
    assert (await http.get("/api/v2/clients/1")).status_code == 404
    assert before["invoices"] - after["invoices"] == 32
    assert before["contacts"] - after["contacts"] == 15
    assert before["projects"] - after["projects"] == 2
    assert before["hours"] - after["hours"] == 6
    assert before["payment_profiles"] - after["payment_profiles"] == 1
    assert (await http.get("/api/v2/projects/1")).status_code == 404
    assert (await http.get("/api/v2/clients/2")).status_code == 200
    assert after["clients"] == 24
    assert after["leads"] == 12


async def test_deleting_a_lead_cascades(http: httpx.AsyncClient) -> None:
    lead_id = (await http.get("/api/v2/leads", params={"sort": "oldest"})).json()["leads"][0]["id"]
    assert (await http.get(f"/api/v2/clients/{lead_id}/estimates")).json()["total_count"] == 1
    before = await counts(http)
    await send(http, "DELETE", f"/api/v2/leads/{lead_id}", None, 200)
    after = await counts(http)
    assert (before["estimates"] - after["estimates"], before["contacts"] - after["contacts"]) == (
        1,
        1,
    )


async def test_deleting_a_project_cascades(http: httpx.AsyncClient) -> None:
    before = await counts(http)
    await send(http, "DELETE", "/api/v2/projects/1", None, 200)
    after = await counts(http)
    removed = {
        table: before[table] - after[table] for table in before if before[table] != after[table]
    }
    assert removed == {
        "projects": 1,
        "hours": 3,
        "tasks": 1,
        "expenses": 1,
        "invoices": 8,
        "estimates": 1,
        "payments": 3,
    }


async def test_deleting_a_schedule_keeps_its_invoices(http: httpx.AsyncClient) -> None:
    before = await counts(http)
    await send(http, "DELETE", "/api/v2/recurring/1", None, 200)
    assert (await counts(http))["invoices"] == before["invoices"]
    assert (await http.get("/api/v2/invoices/1")).json()["recurring_schedules"] == []
    assert (await http.get("/api/v2/recurring/1/invoices")).status_code == 404


async def test_free_form_fields_keep_the_numbers_they_were_sent(http: httpx.AsyncClient) -> None:
    extra = {"rate": 1.25, "seats": 3, "nested": [{"share": 0.5}], "label": "x"}
    body = {"client": {"name": "Extra Co", "invoice_extra_fields": extra}}
    created = await send(http, "POST", "/api/v2/clients", body, 201)
    assert created["invoice_extra_fields"] == extra
    fetched = await send(http, "GET", f"/api/v2/clients/{created['id']}", None, 200)
    assert fetched["invoice_extra_fields"] == extra


async def test_an_estimate_is_updated_line_by_line_then_deleted(http: httpx.AsyncClient) -> None:
    items = [
        {"title": "Plan", "quantity": 1, "price": 90},
        {"title": "Build", "quantity": 2, "price": 50},
    ]
    body = {"estimate": {"date": "2026-06-01", "currency_code": "USD", "client_id": 2}}
    body["estimate"]["estimate_items_attributes"] = items
    estimate = await send(http, "POST", "/api/v2/estimates", body, 201)
    plan, build = (item["id"] for item in estimate["estimate_items"])
    changes = [{"id": plan, "price": 100}, {"id": build, "_destroy": True}]
    url = f"/api/v2/estimates/{estimate['id']}"
    updated = await send(
        http, "PUT", url, {"estimate": {"title": "v2", "estimate_items_attributes": changes}}, 200
    )
    assert [(i["id"], i["price"]) for i in updated["estimate_items"]] == [(plan, 100)]
    assert (updated["title"], updated["subtotal"]) == ("v2", 100)
    foreign = [{"id": build, "quantity": 1}]
    await send(http, "PUT", url, {"estimate": {"estimate_items_attributes": foreign}}, 422)
    await send(http, "DELETE", url, None, 200)
    assert (await http.get(url)).status_code == 404
    await send(http, "DELETE", url, None, 404)


async def test_sending_an_estimate_marks_a_draft_sent(http: httpx.AsyncClient) -> None:
    body = {"estimate": {"date": "2026-06-01", "currency_code": "USD", "client_id": 2}}
    estimate = await send(http, "POST", "/api/v2/estimates", body, 201)
    url = f"/api/v2/estimates/{estimate['id']}"
    response = await http.post(f"{url}/messages", json={"recipients": ["a@example.com"]})
    assert (response.status_code, response.content) == (200, b"")
    assert (await http.get(url)).json()["status"] == 1
    assert (await counts(http))["estimate_messages"] == 1
    await send(http, "DELETE", url, None, 200)
    assert (await counts(http))["estimate_messages"] == 0


async def test_deleting_an_invoice_takes_its_payments(http: httpx.AsyncClient) -> None:
    items = [{"title": "A", "quantity": 1, "price": 100}]
    invoice = await send(
        http,
        "POST",
        "/api/v2/invoices",
        {"invoice": {**INVOICE, "invoice_items_attributes": items}},
        201,
    )
    url = f"/api/v2/invoices/{invoice['id']}"
    await send(http, "POST", f"{url}/payments", {"payment": {"amount": 40}}, 201)
    before = await counts(http)
    await send(http, "DELETE", url, None, 200)
    after = await counts(http)
    assert (before["invoices"] - after["invoices"], before["payments"] - after["payments"]) == (
        1,
        1,
    )
    assert (await http.get(url)).status_code == 404


async def test_a_task_can_be_deleted(http: httpx.AsyncClient) -> None:
    task = await send(http, "POST", "/api/v2/tasks", {"task": {"title": "Gone soon"}}, 201)
    await send(http, "DELETE", f"/api/v2/tasks/{task['id']}", None, 200)
    assert (await http.get(f"/api/v2/tasks/{task['id']}")).status_code == 404
    await send(http, "DELETE", f"/api/v2/tasks/{task['id']}", None, 404)


async def test_a_recurring_schedule_is_updated_with_the_create_rules(
    http: httpx.AsyncClient,
) -> None:
    url = "/api/v2/recurring/1"
    schedule = await send(http, "GET", url, None, 200)
    [line, *_] = schedule["recurring_schedule_items"]
    changes = {
        "due_period": 21,
        "recurring_schedule_items_attributes": [
            {"id": line["id"], "quantity": 3},
            {"title": "Support", "quantity": 1, "price": 10},
        ],
    }
    updated = await send(http, "PUT", url, {"recurring_schedule": changes}, 200)
    assert updated["due_period"] == 21
    assert [(i["title"], i["quantity"]) for i in updated["recurring_schedule_items"]][-1] == (
        "Support",
        1,
    )
    assert updated["recurring_schedule_items"][0]["quantity"] == 3
    # Autobill needs a payment profile of the schedule's own client, on update as on create.
    autobill = await send(
        http, "PUT", url, {"recurring_schedule": {"action": 2, "payment_profile_id": 2}}, 422
    )
    assert list(autobill["errors"]) == ["recurring_schedule.payment_profile_id"]
    await send(http, "PUT", url, {"recurring_schedule": {"client_id": 999}}, 422)
    assert (await send(http, "GET", url, None, 200))["due_period"] == 21
