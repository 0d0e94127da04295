"""Documented payloads satisfy the spec's schemas, and the schemas refuse what the API refuses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from jsonschema import ValidationError

from .examples_index import (
    LEGACY_PAYMENT_PROFILE,
    LEGACY_REJECTED_BY,
    DocumentedExample,
    example_uses,
    load_example,
    use_id,
)
from .json_edit import JsonPath, render, replaced, without
from .spec_source import operation, validator_for

REQUEST_USES = example_uses("request")
RESPONSE_USES = example_uses("response")


def _all_errors(errors: list[ValidationError]) -> Iterator[ValidationError]:
    """The errors and, for anyOf/oneOf/if failures, the errors of each branch."""
    for error in errors:
        yield error
        yield from _all_errors(list(error.context or []))


def _messages(operation_id: str, payload: Any, *, request: bool) -> list[str]:
    op = operation(operation_id)
    pointer = op.request_schema_pointer() if request else op.response_schema_pointer()
    errors = list(validator_for(pointer).iter_errors(payload))
    return [error.message for error in _all_errors(errors)]


@pytest.mark.parametrize(
    ("example", "operation_id"),
    RESPONSE_USES,
    ids=[use_id(example, operation_id) for example, operation_id in RESPONSE_USES],
)
def test_response_example_satisfies_response_schema(
    example: DocumentedExample, operation_id: str
) -> None:
    assert _messages(operation_id, example.load(), request=False) == []


@pytest.mark.parametrize(
    ("example", "operation_id"),
    REQUEST_USES,
    ids=[use_id(example, operation_id) for example, operation_id in REQUEST_USES],
)
def test_request_example_satisfies_request_schema(
    example: DocumentedExample, operation_id: str
) -> None:
    assert _messages(operation_id, example.load(), request=True) == []


@dataclass(frozen=True)
class Damage:
    """A documented payload with one thing broken, and the operation that must refuse it."""

    file_name: str
    operation_id: str
    path: JsonPath
    # Replacement value; None removes the member instead.
    value: Any = None

    @property
    def case_id(self) -> str:
        action = "without" if self.value is None else f"bad-{type(self.value).__name__}"
        return f"{self.file_name.removesuffix('.json')}{render(self.path)}-{action}"

    def apply(self) -> Any:
        document = load_example(self.file_name)
        if self.value is None:
            return without(document, self.path)
        return replaced(document, self.path, self.value)


# Responses: the schemas require what the docs always show and type what they show.
RESPONSE_DAMAGE = (
    Damage("client_get_response.json", "get_client", ("id",), "2123"),
    Damage("client_get_response.json", "get_client", ("name",)),
    Damage("clients_list_response.json", "list_clients", ("clients",)),
    Damage("hour_get_response.json", "get_hour_entry", ("billed?",), "no"),
    Damage("invoice_get_response.json", "get_invoice", ("date",), "26 July 2011"),
    # An amount may come as a decimal string ("20.0"), but not as any string.
    Damage("payments_list_response.json", "list_payments", ("payments", 0, "amount"), "twenty"),
    Damage("tasks_list_response.json", "list_tasks", ("tasks", 0, "complete"), "false"),
    Damage("recurring_list_response.json", "list_recurring_schedules", ("recurring",)),
)


@pytest.mark.parametrize("damage", RESPONSE_DAMAGE, ids=[d.case_id for d in RESPONSE_DAMAGE])
def test_response_schema_refuses_damaged_example(damage: Damage) -> None:
    assert _messages(damage.operation_id, damage.apply(), request=False) != []


# Requests: the fields the docs list as required (SEEN), plus project name and rate, which
# integrations agree on. Removing any one must make the body invalid, for that field's sake.
REQUIRED_FIELD_DAMAGE = (
    Damage("client_create_request.json", "create_client", ("client", "name")),
    Damage("api_index_client_create_request.json", "create_client", ("client", "name")),
    Damage("lead_create_request.json", "create_lead", ("lead", "name")),
    Damage("contact_create_request.json", "create_contact", ("client_user", "name")),
    Damage("contact_create_request.json", "create_contact", ("client_user", "email")),
    Damage("expense_create_request.json", "create_expense", ("expense", "amount")),
    Damage("hour_create_request.json", "create_project_hours", ("project_item", "hours")),
    Damage("hour_create_request.json", "create_project_hours", ("project_item", "title")),
    Damage("task_create_request.json", "create_task", ("task", "title")),
    Damage("estimate_create_request.json", "create_estimate", ("estimate", "date")),
    Damage("estimate_create_request.json", "create_estimate", ("estimate", "currency_code")),
    # A new line item needs a title, a quantity and a price.
    Damage(
        "estimate_create_request.json",
        "create_estimate",
        ("estimate", "estimate_items_attributes", 0, "price"),
    ),
    Damage("payment_create_request.json", "create_payment", ("payment", "amount")),
    *(
        Damage(
            "payment_profile_create_request.json",
            "create_payment_profile",
            ("stripe_payment_profile", field),
        )
        for field in (
            "stripe_customer_id",
            "stripe_source_id",
            "last_four_digits",
            "name",
            "expiration_date",
        )
    ),
    Damage("project_create_request.json", "create_project", ("project", "name")),
    Damage("project_create_request.json", "create_project", ("project", "rate")),
)


@pytest.mark.parametrize(
    "damage", REQUIRED_FIELD_DAMAGE, ids=[d.case_id for d in REQUIRED_FIELD_DAMAGE]
)
def test_request_schema_requires_documented_field(damage: Damage) -> None:
    messages = _messages(damage.operation_id, damage.apply(), request=True)
    missing = repr(damage.path[-1])
    assert any(missing in message for message in messages), messages


@pytest.mark.parametrize(
    ("example", "operation_id"),
    REQUEST_USES,
    ids=[use_id(example, operation_id) for example, operation_id in REQUEST_USES],
)
def test_request_schema_refuses_fields_without_wrapper_key(
    example: DocumentedExample, operation_id: str
) -> None:
    body = example.load()
    assert len(body) == 1, "every documented write body has one wrapper key"
    [(wrapper, fields)] = body.items()
    messages = _messages(operation_id, fields, request=True)
    assert f"{wrapper!r} is a required property" in messages


# Wrapper keys that look right and are not: the resource's own name where the API wants another.
WRONG_WRAPPERS = (
    ("contact_create_request.json", "create_contact", "contact"),
    ("hour_create_request.json", "create_project_hours", "hour"),
    ("payment_profile_create_request.json", "create_payment_profile", "payment_profile"),
)


@pytest.mark.parametrize(
    ("file_name", "operation_id", "wrong_wrapper"),
    WRONG_WRAPPERS,
    ids=[f"{operation_id}-under-{wrapper}" for _, operation_id, wrapper in WRONG_WRAPPERS],
)
def test_request_schema_refuses_wrong_wrapper_key(
    file_name: str, operation_id: str, wrong_wrapper: str
) -> None:
    [fields] = load_example(file_name).values()
    assert _messages(operation_id, {wrong_wrapper: fields}, request=True) != []


def test_legacy_payment_profile_body_is_refused() -> None:
    messages = _messages(LEGACY_REJECTED_BY, LEGACY_PAYMENT_PROFILE.load(), request=True)
    assert "'stripe_payment_profile' is a required property" in messages
