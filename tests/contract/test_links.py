"""Every link the spec declares on a create leads somewhere: followed by hand, each answers 2xx.

The stateful fuzz (test_stateful.py, and scripts/fuzz) walks these links at random; this walks
each of them once, on purpose, so a link naming the wrong operation or parameter, or a mock that
cannot serve the chain, fails here by name.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import yaml
from clientary_mock import create_app
from clientary_mock.testing import SpecRecorder

from .schema_under_test import SPEC, TOKEN

SPEC_DOCUMENT: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "put", "post", "delete")

# The smallest body each write accepts on the demo seed. Creates under a parent use the
# parent ids below; ids in bodies name records of the seed.
INVOICE_FIELDS = {"date": "2025-06-01", "due_date": "2025-07-01", "currency_code": "USD"}
BODIES: dict[str, Any] = {
    "create_client": {"client": {"name": "Linked Client"}},
    "update_client": {"client": {"city": "Lisbon"}},
    "create_contact": {"client_user": {"name": "Linked Contact", "email": "linked@example.com"}},
    "update_contact": {"client_user": {"title": "Buyer"}},
    "create_lead": {"lead": {"name": "Linked Lead"}},
    "update_lead": {"lead": {"city": "Porto"}},
    "create_project": {"project": {"name": "Linked Project", "rate": 90, "client_id": 1}},
    "update_project": {"project": {"description": "Rescoped"}},
    "create_project_hours": {"project_item": {"title": "Linked work", "hours": 2}},
    "update_hour_entry": {"project_item": {"hours": 3}},
    "create_expense": {"expense": {"amount": 12.5, "incurred_on": "2025-06-01"}},
    "update_expense": {"expense": {"description": "Taxi"}},
    "create_task": {"task": {"title": "Linked task"}},
    "update_task": {"task": {"title": "Renamed task"}},
    "create_invoice": {
        "invoice": {
            **INVOICE_FIELDS,
            "client_id": 1,
            "invoice_items_attributes": [{"title": "Work", "quantity": 2, "price": 50}],
        }
    },
    "update_invoice": {"invoice": {"summary": "Revised"}},
    "send_invoice_message": {"recipients": ["ap@example.com"]},
    "create_payment": {"payment": {"amount": 10, "received_on": "2025-06-02"}},
    "create_estimate": {"estimate": {"date": "2025-06-01", "currency_code": "USD", "client_id": 1}},
    "update_estimate": {"estimate": {"title": "Revised"}},
    "send_estimate_message": {"recipients": ["buyer@example.com"]},
    "create_payment_profile": {
        "stripe_payment_profile": {
            "stripe_customer_id": "cus_linked",
            "stripe_source_id": "card_linked",
            "last_four_digits": "4242",
            "name": "Linked Card",
            "expiration_date": "2030-01-31",
        }
    },
    "create_recurring_schedule": {
        "recurring_schedule": {
            **INVOICE_FIELDS,
            "client_id": 1,
            "next_date": "2025-07-01",
            "due_period": 30,
            "time_interval": 5,
        }
    },
    "update_recurring_schedule": {"recurring_schedule": {"due_period": 15}},
}
PARENT_IDS = {"client_id": 1, "project_id": 1}
# The collections whose create -> get / update / delete chains the fuzzer must be able to walk.
CHAINED = {
    "clients", "contacts", "leads", "projects", "hours", "expenses", "tasks", "invoices",
    "estimates", "recurring",
}  # fmt: skip


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation)."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in SPEC_DOCUMENT["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


def link_targets(operation: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The links of a create's success responses: target operationId -> its parameters."""
    links = SPEC_DOCUMENT["components"]["links"]
    targets: dict[str, dict[str, str]] = {}
    for status in ("201", "200"):
        for link in operation["responses"].get(status, {}).get("links", {}).values():
            resolved = links[link["$ref"].rsplit("/", 1)[-1]] if "$ref" in link else link
            targets[resolved["operationId"]] = resolved["parameters"]
    return targets


OPERATIONS = operations()
CREATES_WITH_LINKS = sorted(op for op, (_, _, spec) in OPERATIONS.items() if link_targets(spec))


@pytest.fixture
async def http() -> AsyncIterator[tuple[httpx.AsyncClient, SpecRecorder]]:
    recorder = SpecRecorder()
    app = create_app(token=TOKEN, seed="demo", today=datetime.date(2025, 6, 15))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://clientary.test",
        auth=(TOKEN, TOKEN),
        event_hooks={"response": [recorder.async_hook]},
    ) as client:
        yield client, recorder


async def call(
    http: httpx.AsyncClient, operation_id: str, path_values: dict[str, Any]
) -> httpx.Response:
    method, template, _ = OPERATIONS[operation_id]
    return await http.request(method, template.format(**path_values), json=BODIES.get(operation_id))


def test_every_create_with_links_has_a_body_here() -> None:
    assert set(CREATES_WITH_LINKS) <= set(BODIES)


@pytest.mark.anyio
@pytest.mark.parametrize("create_id", CREATES_WITH_LINKS)
async def test_each_link_of_a_create_answers_2xx(
    http: tuple[httpx.AsyncClient, SpecRecorder], create_id: str
) -> None:
    client, recorder = http
    _, template, operation = OPERATIONS[create_id]
    parents = {name: value for name, value in PARENT_IDS.items() if "{" + name + "}" in template}
    if "{invoice_id}" in template:
        invoice = await call(client, "create_invoice", {})
        parents["invoice_id"] = invoice.json()["id"]
    created = await call(client, create_id, parents)
    assert created.status_code == 201, created.text
    record = created.json()

    targets = link_targets(operation)
    # Deletes go last, so that every other link still finds the record.
    for target_id in sorted(targets, key=lambda op: OPERATIONS[op][0] == "DELETE"):
        values = {
            name: _evaluate(expression, record) for name, expression in targets[target_id].items()
        }
        answer = await call(client, target_id, values)
        assert 200 <= answer.status_code < 300, f"{create_id} -> {target_id}: {answer.text}"

    assert recorder.problems == []


def _evaluate(expression: str, record: dict[str, Any]) -> Any:
    prefix = "$response.body#/"
    assert expression.startswith(prefix), expression
    return record[expression.removeprefix(prefix)]


def test_the_chained_collections_all_have_get_update_and_delete_links() -> None:
    covered: set[str] = set()
    for create_id in CREATES_WITH_LINKS:
        collection = OPERATIONS[create_id][1].rsplit("/", 1)[-1]
        kinds = {OPERATIONS[target][0] for target in link_targets(OPERATIONS[create_id][2])}
        if {"GET", "PUT", "DELETE"} <= kinds:
            covered.add(collection)
    assert covered >= CHAINED, CHAINED - covered
