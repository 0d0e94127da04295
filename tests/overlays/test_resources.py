"""Every method of `clientary.Clientary` and `clientary.AsyncClientary`, against the mock.

One scenario (a day's work on a new client: contacts, a project, time, tasks, expenses, an
estimate, an invoice and its payment, a recurring schedule, a card, a lead, then everything
deleted again) is run through the sync client over a socket and through the async client
in-process. A transport underneath records which operation of the spec each request was; the
tests require every operation of the spec's x-resource table to have been reached, so a method
the generator adds is untested until the scenario calls it.
"""

import datetime
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import clientary
import clientary_mock
import httpx
import pytest
import yaml
from clientary_client.models import ListProjectsFilter, TimeInterval

SPEC = Path(__file__).resolve().parents[2] / "spec" / "clientary.yaml"
TODAY = datetime.date.today().isoformat()


def spec_operations() -> dict[str, tuple[str, re.Pattern[str]]]:
    """operationId -> (HTTP method, the pattern its paths match)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = {}
    for path, item in spec["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{\w+\}", "[^/]+", path) + "$")
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method.upper(), pattern)
    return found


OPERATIONS = spec_operations()


def operation_of(request: httpx.Request) -> str:
    matches = [
        name
        for name, (method, pattern) in OPERATIONS.items()
        if method == request.method and pattern.match(request.url.path)
    ]
    assert len(matches) == 1, (request.method, request.url.path, matches)
    return matches[0]


class Recorder(httpx.BaseTransport):
    """Sends through `inner`, noting the operation and the status of each request."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.seen: list[tuple[str, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.seen.append((operation_of(request), response.status_code))
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncRecorder(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.seen: list[tuple[str, int]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.seen.append((operation_of(request), response.status_code))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


# A step: (what it does, a function of the client and the records so far, what to keep of it).
# The same steps serve both clients; `run` awaits what the async client returns.
Step = tuple[str, Callable[[Any, dict[str, Any]], Any]]


def line(title: str, quantity: float, price: float) -> dict[str, object]:
    return {"title": title, "quantity": quantity, "price": price}


STEPS: list[Step] = [
    ("staff", lambda api, _: api.staff.list()),
    ("one_staff", lambda api, r: api.staff.get(r["staff"][0].id)),
    ("acme", lambda api, _: api.clients.create(name="ACME Corp", city="New York")),
    ("acme", lambda api, r: api.clients.update(r["acme"].id, city="Boston")),
    ("acme_again", lambda api, r: api.clients.get(r["acme"].id)),
    ("clients", lambda api, _: api.clients.list()),
    ("ann", lambda api, r: api.contacts.create(client_id=r["acme"].id, name="Ann", email="a@b.co")),
    ("ann", lambda api, r: api.contacts.update(r["ann"].id, title="CEO")),
    ("ann_again", lambda api, r: api.contacts.get(r["ann"].id)),
    ("contacts", lambda api, _: api.contacts.list()),
    ("acme_contacts", lambda api, r: api.contacts.list(client_id=r["acme"].id)),
    ("site", lambda api, r: api.projects.create(name="Site", rate=90, client_id=r["acme"].id)),
    ("site", lambda api, r: api.projects.update(r["site"].id, description="The new site")),
    ("site_again", lambda api, r: api.projects.get(r["site"].id)),
    ("projects", lambda api, _: api.projects.list(filter="all")),
    (
        "acme_projects",
        lambda api, r: api.projects.list(client_id=r["acme"].id, filter=ListProjectsFilter.ALL),
    ),
    (
        "review",
        lambda api, r: api.hours.create(
            project_id=r["site"].id, hours=2.5, title="Review", date=TODAY
        ),
    ),
    ("review", lambda api, r: api.hours.update(r["review"].id, hours=3)),
    ("review_again", lambda api, r: api.hours.get(r["review"].id)),
    ("site_hours", lambda api, r: api.hours.list(project_id=r["site"].id)),
    ("call", lambda api, r: api.tasks.create(title="Call Ann", project_id=r["site"].id)),
    ("call", lambda api, r: api.tasks.update(r["call"].id, description="About the site")),
    ("call_again", lambda api, r: api.tasks.get(r["call"].id)),
    ("tasks", lambda api, _: api.tasks.list()),
    ("site_tasks", lambda api, r: api.tasks.list(project_id=r["site"].id)),
    (
        "taxi",
        lambda api, r: api.expenses.create(
            amount=12.5, client_id=r["acme"].id, project_id=r["site"].id, incurred_on=TODAY
        ),
    ),
    ("taxi", lambda api, r: api.expenses.update(r["taxi"].id, description="Taxi")),
    ("taxi_again", lambda api, r: api.expenses.get(r["taxi"].id)),
    ("expenses", lambda api, _: api.expenses.list(from_date=TODAY, to_date=TODAY)),
    ("acme_expenses", lambda api, r: api.expenses.list(client_id=r["acme"].id)),
    ("site_expenses", lambda api, r: api.expenses.list(project_id=r["site"].id)),
    (
        "quote",
        lambda api, r: api.estimates.create(
            date=TODAY,
            currency_code="USD",
            client_id=r["acme"].id,
            project_id=r["site"].id,
            items=[line("Design", 3, 100), line("Build", 1, 500)],
        ),
    ),
    (
        "quote",
        lambda api, r: api.estimates.update(
            r["quote"].id,
            items=clientary.LineItemChanges().edit(r["quote"].estimate_items[0].id, quantity=2),
        ),
    ),
    ("quote_again", lambda api, r: api.estimates.get(r["quote"].id)),
    (
        "quote_set",
        lambda api, r: api.estimates.set_items(
            r["quote"].id, [line("Design", 2, 100), line("Hosting", 12, 20)]
        ),
    ),
    ("estimates", lambda api, _: api.estimates.list()),
    ("acme_estimates", lambda api, r: api.estimates.list(client_id=r["acme"].id)),
    ("site_estimates", lambda api, r: api.estimates.list(project_id=r["site"].id)),
    ("sent", lambda api, r: api.estimates.send_message(r["quote"].id, recipients=["a@b.co"])),
    (
        "bill",
        lambda api, r: api.invoices.create(
            date=TODAY,
            due_date=TODAY,
            currency_code="USD",
            client_id=r["acme"].id,
            project_id=r["site"].id,
            items=[line("Design", 3, 100), line("Build", 1, 500)],
        ),
    ),
    (
        "bill",
        lambda api, r: api.invoices.update(
            r["bill"].id,
            summary="Two lines become one",
            items=clientary.LineItemChanges()
            .edit(r["bill"].invoice_items[0].id, quantity=2)
            .remove(r["bill"].invoice_items[1].id),
        ),
    ),
    ("bill_again", lambda api, r: api.invoices.get(r["bill"].id)),
    (
        "bill_edited",
        lambda api, r: api.invoices.update(
            r["bill"].id,
            items=clientary.LineItemChanges().edit(r["bill"].invoice_items[0].id, price=120),
        ),
    ),
    ("bill_set", lambda api, r: api.invoices.set_items(r["bill"].id, [line("Design", 2, 120)])),
    ("invoices", lambda api, _: api.invoices.list()),
    ("acme_invoices", lambda api, r: api.invoices.list(client_id=r["acme"].id)),
    ("site_invoices", lambda api, r: api.invoices.list(project_id=r["site"].id)),
    ("sent", lambda api, r: api.invoices.send_message(r["bill"].id, recipients=["a@b.co"])),
    ("paid", lambda api, r: api.payments.create(invoice_id=r["bill"].id, amount=50)),
    ("payments", lambda api, _: api.payments.list()),
    ("unpaid", lambda api, r: api.payments.delete(r["paid"].id, invoice_id=r["bill"].id)),
    (
        "monthly",
        lambda api, r: api.recurring_schedules.create(
            client_id=r["acme"].id,
            next_date=TODAY,
            time_interval=TimeInterval.MONTHLY,
            currency_code="USD",
            due_period=30,
            items=[line("Hosting", 1, 20)],
        ),
    ),
    ("monthly", lambda api, r: api.recurring_schedules.update(r["monthly"].id, due_period=14)),
    ("monthly_again", lambda api, r: api.recurring_schedules.get(r["monthly"].id)),
    (
        "monthly_set",
        lambda api, r: api.recurring_schedules.set_items(r["monthly"].id, [line("Hosting", 2, 20)]),
    ),
    ("schedules", lambda api, _: api.recurring_schedules.list()),
    (
        "monthly_invoices",
        lambda api, r: api.invoices.list(recurring_schedule_id=r["monthly"].id),
    ),
    (
        "card",
        lambda api, r: api.payment_profiles.create(
            client_id=r["acme"].id,
            stripe_customer_id="cus_1",
            stripe_source_id="src_1",
            last_four_digits="4242",
            name="Ann",
            expiration_date="2030-12-31",
        ),
    ),
    ("cards", lambda api, r: api.payment_profiles.list(client_id=r["acme"].id)),
    ("gone", lambda api, r: api.payment_profiles.delete(r["card"].id, client_id=r["acme"].id)),
    ("lead", lambda api, _: api.leads.create(name="Initech")),
    ("lead", lambda api, r: api.leads.update(r["lead"].id, city="Austin")),
    ("lead_again", lambda api, r: api.leads.get(r["lead"].id)),
    ("leads", lambda api, _: api.leads.list()),
    ("gone", lambda api, r: api.leads.delete(r["lead"].id)),
    ("gone", lambda api, r: api.recurring_schedules.delete(r["monthly"].id)),
    ("gone", lambda api, r: api.invoices.delete(r["bill"].id)),
    ("gone", lambda api, r: api.estimates.delete(r["quote"].id)),
    ("gone", lambda api, r: api.expenses.delete(r["taxi"].id)),
    ("gone", lambda api, r: api.tasks.delete(r["call"].id)),
    ("gone", lambda api, r: api.hours.delete(r["review"].id)),
    ("gone", lambda api, r: api.projects.delete(r["site"].id)),
    ("gone", lambda api, r: api.contacts.delete(r["ann"].id)),
    ("gone", lambda api, r: api.clients.delete(r["acme"].id)),
]


def check(records: dict[str, Any]) -> None:
    """What the scenario's records must say, whichever client ran it."""
    assert records["acme_again"].city == "Boston"
    assert records["acme"].id in {client.id for client in records["clients"]}
    assert [contact.id for contact in records["acme_contacts"]] == [records["ann"].id]
    assert records["ann_again"].title == "CEO"
    assert [project.id for project in records["acme_projects"]] == [records["site"].id]
    assert records["site_again"].description == "The new site"
    assert [entry.id for entry in records["site_hours"]] == [records["review"].id]
    assert records["review_again"].hours == 3
    assert [task.id for task in records["site_tasks"]] == [records["call"].id]
    assert [expense.id for expense in records["site_expenses"]] == [records["taxi"].id]
    assert [expense.id for expense in records["acme_expenses"]] == [records["taxi"].id]
    assert [line.quantity for line in records["quote_again"].estimate_items] == [2, 1]
    assert [estimate.id for estimate in records["site_estimates"]] == [records["quote"].id]
    assert [(line.title, line.quantity) for line in records["bill_again"].invoice_items] == [
        ("Design", 2)
    ]
    assert records["bill_again"].summary == "Two lines become one"
    assert [line.price for line in records["bill_edited"].invoice_items] == [120]
    # Already as wanted: set_items reads the invoice and writes nothing.
    assert records["bill_set"].invoice_items == records["bill_edited"].invoice_items
    assert [(x.title, x.quantity) for x in records["quote_set"].estimate_items] == [
        ("Design", 2),
        ("Hosting", 12),
    ]
    assert [(x.title, x.quantity) for x in records["monthly_set"].recurring_schedule_items] == [
        ("Hosting", 2)
    ]
    assert [invoice.id for invoice in records["acme_invoices"]] == [records["bill"].id]
    assert records["paid"].amount == 50
    assert records["monthly_again"].due_period == 14
    assert records["monthly_invoices"] == []
    assert [card.id for card in records["cards"]] == [records["card"].id]
    assert records["lead_again"].city == "Austin"
    assert records["gone"] is None


def run(api: clientary.Clientary) -> dict[str, Any]:
    records: dict[str, Any] = {}
    for name, step in STEPS:
        result = step(api, records)
        records[name] = list(result) if isinstance(result, clientary.Paginator) else result
    return records


async def arun(api: clientary.AsyncClientary) -> dict[str, Any]:
    records: dict[str, Any] = {}
    for name, step in STEPS:
        result = step(api, records)
        if isinstance(result, clientary.AsyncPaginator):
            result = [record async for record in result]
        elif inspect.isawaitable(result):
            result = await result
        records[name] = result
    return records


def every_operation_reached(seen: list[tuple[str, int]]) -> None:
    reached = {operation for operation, status in seen if 200 <= status < 300}
    assert sorted(set(OPERATIONS) - reached) == []


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    recorder = Recorder(httpx.HTTPTransport())
    yield recorder
    recorder.close()


def test_every_method_sync(clientary_mock: Any, recorder: Recorder) -> None:
    with clientary.Clientary(
        token=clientary_mock.token, base_url=clientary_mock.url, transport=recorder
    ) as api:
        records = run(api)
        with pytest.raises(clientary.NotFoundError):
            api.clients.get(records["acme"].id)
    check(records)
    every_operation_reached(recorder.seen)


@pytest.mark.anyio
async def test_every_method_async(mock_dialect: str) -> None:
    app = clientary_mock.create_app(token="tok-resources", seed="demo", dialect=mock_dialect)
    recorder = AsyncRecorder(httpx.ASGITransport(app=app))
    async with clientary.AsyncClientary(
        token="tok-resources", base_url="http://127.0.0.1", transport=recorder
    ) as api:
        records = await arun(api)
        with pytest.raises(clientary.NotFoundError):
            await api.clients.get(records["acme"].id)
    check(records)
    every_operation_reached(recorder.seen)
