"""The operations the spec promises, written out by hand.

`CATALOGUE_OPERATIONS` is the table of the 57 catalogued operations from the design; the spec must
carry each with exactly this tag, method and path. `DOCUMENTED_EXTRAS` are further operations the
API documentation shows, which the spec adds under their own ids. `INTEGRATION_OPERATIONS` are
operations no copy of the docs shows but integrations written against the API call (evidence
SECONDARY, which the spec says on each). Nothing else may appear.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PromisedOperation:
    tag: str
    operation_id: str
    method: str
    path: str


def _ops(tag: str, path: str, **method_by_operation: str) -> list[PromisedOperation]:
    return [
        PromisedOperation(tag, operation_id, method, path)
        for operation_id, method in method_by_operation.items()
    ]


CATALOGUE_OPERATIONS: tuple[PromisedOperation, ...] = (
    *_ops("clients", "/api/v2/clients", list_clients="get", create_client="post"),
    *_ops(
        "clients",
        "/api/v2/clients/{id}",
        get_client="get",
        update_client="put",
        delete_client="delete",
    ),
    *_ops(
        "contacts",
        "/api/v2/clients/{client_id}/contacts",
        list_client_contacts="get",
        create_contact="post",
    ),
    *_ops(
        "contacts",
        "/api/v2/contacts/{id}",
        get_contact="get",
        update_contact="put",
        delete_contact="delete",
    ),
    *_ops("estimates", "/api/v2/estimates", list_estimates="get"),
    *_ops("estimates", "/api/v2/estimates/{id}", get_estimate="get"),
    *_ops("estimates", "/api/v2/clients/{client_id}/estimates", list_client_estimates="get"),
    *_ops("estimates", "/api/v2/projects/{project_id}/estimates", list_project_estimates="get"),
    *_ops("expenses", "/api/v2/expenses", list_expenses="get", create_expense="post"),
    *_ops(
        "expenses",
        "/api/v2/expenses/{id}",
        get_expense="get",
        update_expense="put",
        delete_expense="delete",
    ),
    *_ops("expenses", "/api/v2/clients/{client_id}/expenses", list_client_expenses="get"),
    *_ops("expenses", "/api/v2/projects/{project_id}/expenses", list_project_expenses="get"),
    *_ops(
        "hours",
        "/api/v2/projects/{project_id}/hours",
        list_project_hours="get",
        create_project_hours="post",
    ),
    *_ops(
        "hours",
        "/api/v2/hours/{id}",
        get_hour_entry="get",
        update_hour_entry="put",
        delete_hour_entry="delete",
    ),
    *_ops("invoices", "/api/v2/invoices", create_invoice="post"),
    *_ops("invoices", "/api/v2/invoices/{id}", get_invoice="get", update_invoice="put"),
    *_ops("invoices", "/api/v2/invoices/{id}/messages", send_invoice_message="post"),
    *_ops("invoices", "/api/v2/clients/{client_id}/invoices", list_client_invoices="get"),
    *_ops("invoices", "/api/v2/projects/{project_id}/invoices", list_project_invoices="get"),
    *_ops("invoices", "/api/v2/recurring/{id}/invoices", list_recurring_schedule_invoices="get"),
    *_ops("leads", "/api/v2/leads", list_leads="get", create_lead="post"),
    *_ops(
        "leads",
        "/api/v2/leads/{id}",
        get_lead="get",
        update_lead="put",
        delete_lead="delete",
    ),
    *_ops("payments", "/api/v2/payments", list_payments="get"),
    *_ops("payments", "/api/v2/invoices/{invoice_id}/payments/{id}", delete_payment="delete"),
    *_ops(
        "payment_profiles",
        "/api/v2/clients/{client_id}/payment_profiles",
        list_client_payment_profiles="get",
    ),
    *_ops(
        "payment_profiles",
        "/api/v2/clients/{client_id}/payment_profiles/{id}",
        delete_payment_profile="delete",
    ),
    *_ops("projects", "/api/v2/projects", list_projects="get", create_project="post"),
    *_ops(
        "projects",
        "/api/v2/projects/{id}",
        get_project="get",
        update_project="put",
        delete_project="delete",
    ),
    *_ops("projects", "/api/v2/clients/{client_id}/projects", list_client_projects="get"),
    *_ops("recurring_schedules", "/api/v2/recurring", create_recurring_schedule="post"),
    *_ops("recurring_schedules", "/api/v2/recurring/{id}", delete_recurring_schedule="delete"),
    *_ops("staff", "/api/v2/staff", list_staff="get"),
    *_ops("staff", "/api/v2/staff/{id}", get_staff="get"),
    *_ops("tasks", "/api/v2/tasks", list_tasks="get", create_task="post"),
    *_ops("tasks", "/api/v2/tasks/{id}", get_task="get", update_task="put"),
    *_ops("tasks", "/api/v2/projects/{project_id}/tasks", list_project_tasks="get"),
)

DOCUMENTED_EXTRAS: tuple[PromisedOperation, ...] = (
    PromisedOperation("contacts", "list_contacts", "get", "/api/v2/contacts"),
    PromisedOperation("estimates", "create_estimate", "post", "/api/v2/estimates"),
    PromisedOperation("invoices", "list_invoices", "get", "/api/v2/invoices"),
    PromisedOperation(
        "payments", "create_payment", "post", "/api/v2/invoices/{invoice_id}/payments"
    ),
    PromisedOperation(
        "payment_profiles",
        "create_payment_profile",
        "post",
        "/api/v2/clients/{client_id}/payment_profiles",
    ),
    PromisedOperation(
        "recurring_schedules", "list_recurring_schedules", "get", "/api/v2/recurring"
    ),
    PromisedOperation(
        "recurring_schedules", "get_recurring_schedule", "get", "/api/v2/recurring/{id}"
    ),
    # The tasks page ends "Delete A Task ... Deletions are permanent and not reversible".
    PromisedOperation("tasks", "delete_task", "delete", "/api/v2/tasks/{id}"),
)

INTEGRATION_OPERATIONS: tuple[PromisedOperation, ...] = (
    PromisedOperation("invoices", "delete_invoice", "delete", "/api/v2/invoices/{id}"),
    PromisedOperation("estimates", "update_estimate", "put", "/api/v2/estimates/{id}"),
    PromisedOperation("estimates", "delete_estimate", "delete", "/api/v2/estimates/{id}"),
    PromisedOperation(
        "estimates", "send_estimate_message", "post", "/api/v2/estimates/{id}/messages"
    ),
    PromisedOperation(
        "recurring_schedules", "update_recurring_schedule", "put", "/api/v2/recurring/{id}"
    ),
)

ALL_PROMISED = CATALOGUE_OPERATIONS + DOCUMENTED_EXTRAS + INTEGRATION_OPERATIONS
PROMISED_BY_ID = {promised.operation_id: promised for promised in ALL_PROMISED}

TAGS: tuple[str, ...] = (
    "clients",
    "contacts",
    "estimates",
    "expenses",
    "hours",
    "invoices",
    "leads",
    "payments",
    "payment_profiles",
    "projects",
    "recurring_schedules",
    "staff",
    "tasks",
)

# Operations whose creation counts against the account's plan and may answer 426.
PLAN_LIMITED_OPERATIONS = frozenset({"create_client", "create_contact", "create_lead"})
