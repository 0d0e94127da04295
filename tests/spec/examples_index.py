"""Which documented example payload belongs to which operation.

Written from the documentation (the section each example is printed in), not read from the spec:
the tests compare this index with the spec's inline examples, so an example the spec forgets,
misfiles or edits is caught.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .spec_source import PROJECT_ROOT

EXAMPLES_DIR = PROJECT_ROOT / "tests" / "fixtures" / "examples"

Direction = Literal["request", "response"]


@dataclass(frozen=True)
class DocumentedExample:
    file_name: str
    direction: Direction
    # Every operation the payload documents. List envelopes are shared by the scoped lists
    # (a client's invoices, a project's tasks, ...), which the docs describe without examples.
    operation_ids: tuple[str, ...]

    @property
    def path(self) -> Path:
        return EXAMPLES_DIR / self.file_name

    def load(self) -> Any:
        return load_example(self.file_name)


def load_example(file_name: str) -> Any:
    """A fresh copy of the payload, safe to mutate."""
    return json.loads((EXAMPLES_DIR / file_name).read_text(encoding="utf-8"))


def _request(file_name: str, *operation_ids: str) -> DocumentedExample:
    return DocumentedExample(file_name, "request", operation_ids)


def _response(file_name: str, *operation_ids: str) -> DocumentedExample:
    return DocumentedExample(file_name, "response", operation_ids)


# The older (pre-v2) documentation's payment profile body. The current API refuses it, so it
# documents no operation, and the spec must reject it for create_payment_profile.
LEGACY_PAYMENT_PROFILE = _request("legacy_payment_profile_create_request.json")
LEGACY_REJECTED_BY = "create_payment_profile"

DOCUMENTED_EXAMPLES: tuple[DocumentedExample, ...] = (
    _request("api_index_client_create_request.json", "create_client"),
    _request("client_create_request.json", "create_client"),
    _response("client_get_response.json", "get_client"),
    _request("client_update_request.json", "update_client"),
    _response("clients_list_response.json", "list_clients"),
    _request("contact_create_request.json", "create_contact"),
    _response("contact_get_response.json", "get_contact"),
    _request("contact_update_request.json", "update_contact"),
    _response("contacts_list_response.json", "list_contacts", "list_client_contacts"),
    _request("estimate_create_request.json", "create_estimate"),
    _response("estimate_get_response.json", "get_estimate"),
    _response(
        "estimates_list_response.json",
        "list_estimates",
        "list_client_estimates",
        "list_project_estimates",
    ),
    _request("expense_create_request.json", "create_expense"),
    _response("expense_get_response.json", "get_expense"),
    _request("expense_update_request.json", "update_expense"),
    _response(
        "expenses_list_response.json",
        "list_expenses",
        "list_client_expenses",
        "list_project_expenses",
    ),
    _request("hour_create_request.json", "create_project_hours"),
    _response("hour_get_response.json", "get_hour_entry"),
    _request("hour_update_request.json", "update_hour_entry"),
    _response("hours_list_response.json", "list_project_hours"),
    _response("invoice_get_response.json", "get_invoice"),
    _response(
        "invoices_list_response.json",
        "list_invoices",
        "list_client_invoices",
        "list_project_invoices",
        "list_recurring_schedule_invoices",
    ),
    _request("lead_create_request.json", "create_lead"),
    _response("lead_get_response.json", "get_lead"),
    _request("lead_update_request.json", "update_lead"),
    _response("leads_list_response.json", "list_leads"),
    LEGACY_PAYMENT_PROFILE,
    _request("payment_create_autocharge_request.json", "create_payment"),
    _request("payment_create_request.json", "create_payment"),
    _request("payment_profile_create_request.json", "create_payment_profile"),
    _response("payment_profiles_list_response.json", "list_client_payment_profiles"),
    _response("payments_list_response.json", "list_payments"),
    _request("project_create_request.json", "create_project"),
    _response("project_get_response.json", "get_project"),
    _response("projects_list_response.json", "list_projects", "list_client_projects"),
    _response("recurring_get_response.json", "get_recurring_schedule"),
    _response("recurring_list_response.json", "list_recurring_schedules"),
    _response("staff_get_response.json", "get_staff"),
    _response("staff_list_response.json", "list_staff"),
    _request("task_create_request.json", "create_task"),
    _response("task_get_response.json", "get_task"),
    _request("task_update_request.json", "update_task"),
    _response("tasks_list_response.json", "list_tasks", "list_project_tasks"),
)


def example_uses(direction: Direction) -> list[tuple[DocumentedExample, str]]:
    """(example, operation id) for every operation each example of `direction` documents."""
    return [
        (example, operation_id)
        for example in DOCUMENTED_EXAMPLES
        if example.direction == direction
        for operation_id in example.operation_ids
    ]


def use_id(example: DocumentedExample, operation_id: str) -> str:
    """Readable pytest id for one (example, operation) pair."""
    return f"{example.file_name.removesuffix('.json')}->{operation_id}"
