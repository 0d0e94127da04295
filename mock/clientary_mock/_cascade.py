"""What else goes when a record is deleted.

- a client: its projects (with everything under them), invoices (with their payments),
  estimates, contacts, payment profiles, expenses and recurring schedules; tasks that only
  named the client lose that link;
- a lead: its estimates and contacts;
- a project: its time entries, tasks, expenses, invoices and estimates;
- an invoice: its payments and sent messages; an estimate: its sent messages;
- a task: only itself;
- a recurring schedule: only itself (the invoices it issued stay).
Schedules and tasks of a deleted client are INFERRED: the docs only list projects, invoices,
estimates and contacts. The project cascade and the schedule's kept invoices are INFERRED as
well: no copy of the docs and no integration describes them.
"""

from __future__ import annotations

from ._store import Store


def _ids_where(store: Store, table: str, key: str, value: int) -> list[int]:
    return [row["id"] for row in store.rows(table) if row.get(key) == value]


def delete_invoice(store: Store, invoice_id: int) -> None:
    for table in ("payments", "invoice_messages"):
        for row_id in _ids_where(store, table, "invoice_id", invoice_id):
            store.delete(table, row_id)
    store.delete("invoices", invoice_id)


def delete_estimate(store: Store, estimate_id: int) -> None:
    for row_id in _ids_where(store, "estimate_messages", "estimate_id", estimate_id):
        store.delete("estimate_messages", row_id)
    store.delete("estimates", estimate_id)


def delete_project(store: Store, project_id: int) -> None:
    for invoice_id in _ids_where(store, "invoices", "project_id", project_id):
        delete_invoice(store, invoice_id)
    for estimate_id in _ids_where(store, "estimates", "project_id", project_id):
        delete_estimate(store, estimate_id)
    for table in ("hours", "tasks", "expenses"):
        for row_id in _ids_where(store, table, "project_id", project_id):
            store.delete(table, row_id)
    store.delete("projects", project_id)


def delete_client(store: Store, client_id: int) -> None:
    for project_id in _ids_where(store, "projects", "client_id", client_id):
        delete_project(store, project_id)
    for invoice_id in _ids_where(store, "invoices", "client_id", client_id):
        delete_invoice(store, invoice_id)
    for estimate_id in _ids_where(store, "estimates", "client_id", client_id):
        delete_estimate(store, estimate_id)
    for table in ("contacts", "payment_profiles", "expenses", "recurring"):
        for row_id in _ids_where(store, table, "client_id", client_id):
            store.delete(table, row_id)
    for task_id in _ids_where(store, "tasks", "client_id", client_id):
        task = store.tables["tasks"][task_id]
        task["client_id"] = None
        store.mark("tasks", task)
    store.delete("clients", client_id)


def delete_lead(store: Store, lead_id: int) -> None:
    for estimate_id in _ids_where(store, "estimates", "client_id", lead_id):
        delete_estimate(store, estimate_id)
    for row_id in _ids_where(store, "contacts", "client_id", lead_id):
        store.delete("contacts", row_id)
    store.delete("leads", lead_id)
