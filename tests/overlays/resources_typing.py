"""What `mypy --strict` makes of the resource interface: read by mypy, never run.

Each `# type: ignore[...]` below marks a call mypy must refuse. pyproject.toml turns on
`warn_unused_ignores` for this module, so if the generated signatures ever accepted such a call
(a misspelt argument, a missing one, the wire's names instead of the flat ones), the ignore
would go unused and the mypy step of scripts/test would fail.
"""

from typing import assert_type

import clientary
from clientary_client.models import (
    ClientList,
    ClientRecord,
    Estimate,
    HourEntry,
    HourList,
    Invoice,
    InvoiceList,
    ListClientsSort,
    RecurringSchedule,
    TimeInterval,
)

__all__ = ["asynchronous", "synchronous"]


def synchronous(api: clientary.Clientary) -> None:
    assert_type(api.clients.create(name="ACME Corp", city="New York"), ClientRecord)
    assert_type(api.clients.update(1, city="Boston"), ClientRecord)
    assert_type(api.clients.get(1), ClientRecord)
    assert_type(api.clients.list(), clientary.Paginator[ClientRecord, ClientList])
    api.clients.list(sort="date")
    api.clients.list(sort=ListClientsSort.DATE)
    assert_type(api.invoices.list(client_id=4), clientary.Paginator[Invoice, InvoiceList])
    assert_type(api.hours.list(project_id=2), clientary.Paginator[HourEntry, HourList])
    assert_type(api.invoices.list().window(30, 10), clientary.Window[Invoice])
    assert_type(api.with_raw_response.invoices.get(1), clientary.RawResponse[Invoice])
    assert_type(api.with_options(timeout=5, max_retries=0), clientary.Clientary)
    assert_type(api.invoices.update(1, items=clientary.LineItemChanges().remove(3)), Invoice)
    assert_type(api.invoices.set_items(1, [{"title": "A", "quantity": 1, "price": 2}]), Invoice)
    assert_type(api.estimates.set_items(1, []), Estimate)
    assert_type(api.recurring_schedules.set_items(1, []), RecurringSchedule)
    api.invoices.update(1, items=[{"title": "Design", "quantity": 1, "price": 100}])
    api.recurring_schedules.create(
        client_id=1,
        next_date="2024-01-01",
        time_interval=TimeInterval.MONTHLY,
        currency_code="USD",
        due_period=30,
    )

    api.clients.create(nme="ACME Corp")  # type: ignore[call-arg]
    api.clients.create()  # type: ignore[call-arg]
    api.clients.create(name=7)  # type: ignore[arg-type]
    api.clients.create(client={"name": "ACME Corp"})  # type: ignore[call-arg]
    api.invoices.update(1, invoice_items_attributes=[])  # type: ignore[call-arg]
    api.invoices.list(client=4)  # type: ignore[call-arg]
    api.hours.list()  # type: ignore[call-arg]
    api.clients.list(sort="name")  # type: ignore[arg-type]
    api.payments.delete(1)  # type: ignore[call-arg]
    api.staff.create(name="x")  # type: ignore[attr-defined]
    api.clients.set_items(1, [])  # type: ignore[attr-defined]
    api.recurring_schedules.create(
        client_id=1,
        next_date="2024-01-01",
        time_interval="monthly",  # type: ignore[arg-type]
        currency_code="USD",
        due_period=30,
    )


async def asynchronous(api: clientary.AsyncClientary) -> None:
    assert_type(await api.clients.get(1), ClientRecord)
    assert_type(api.invoices.list(), clientary.AsyncPaginator[Invoice, InvoiceList])
    assert_type(await api.invoices.list().window(30, 10), clientary.Window[Invoice])
    assert_type(await api.with_raw_response.clients.get(1), clientary.RawResponse[ClientRecord])
    assert_type(api.with_options(headers={"X-Trace": "1"}), clientary.AsyncClientary)
    assert_type(await api.invoices.set_items(1, []), Invoice)

    await api.clients.create(nme="ACME Corp")  # type: ignore[call-arg]
    api.invoices.list(project=1)  # type: ignore[call-arg]
