"""Every operation of the spec, called through the generated client against the mock."""

from __future__ import annotations

from typing import Any

import pytest
from clientary_client import Client
from clientary_client.api.clients import (
    create_client,
    delete_client,
    get_client,
    list_clients,
    update_client,
)
from clientary_client.api.contacts import (
    create_contact,
    delete_contact,
    get_contact,
    list_client_contacts,
    list_contacts,
    update_contact,
)
from clientary_client.api.estimates import (
    create_estimate,
    delete_estimate,
    get_estimate,
    list_client_estimates,
    list_estimates,
    list_project_estimates,
    send_estimate_message,
    update_estimate,
)
from clientary_client.api.expenses import (
    create_expense,
    delete_expense,
    get_expense,
    list_client_expenses,
    list_expenses,
    list_project_expenses,
    update_expense,
)
from clientary_client.api.hours import (
    create_project_hours,
    delete_hour_entry,
    get_hour_entry,
    list_project_hours,
    update_hour_entry,
)
from clientary_client.api.invoices import (
    create_invoice,
    delete_invoice,
    get_invoice,
    list_client_invoices,
    list_invoices,
    list_project_invoices,
    list_recurring_schedule_invoices,
    send_invoice_message,
    update_invoice,
)
from clientary_client.api.leads import create_lead, delete_lead, get_lead, list_leads, update_lead
from clientary_client.api.payment_profiles import (
    create_payment_profile,
    delete_payment_profile,
    list_client_payment_profiles,
)
from clientary_client.api.payments import create_payment, delete_payment, list_payments
from clientary_client.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_client_projects,
    list_projects,
    update_project,
)
from clientary_client.api.recurring_schedules import (
    create_recurring_schedule,
    delete_recurring_schedule,
    get_recurring_schedule,
    list_recurring_schedules,
    update_recurring_schedule,
)
from clientary_client.api.staff import get_staff, list_staff
from clientary_client.api.tasks import (
    create_task,
    delete_task,
    get_task,
    list_project_tasks,
    list_tasks,
    update_task,
)
from clientary_client.models import (
    ClientCreateRequest,
    ClientFields,
    ClientUpdateRequest,
    ContactCreateRequest,
    ContactFields,
    ContactUpdateRequest,
    EstimateCreateRequest,
    EstimateFields,
    EstimateUpdateRequest,
    ExpenseCreateRequest,
    ExpenseFields,
    ExpenseUpdateRequest,
    HourEntryCreateRequest,
    HourEntryFields,
    HourEntryUpdateRequest,
    InvoiceCreateRequest,
    InvoiceFields,
    InvoiceMessageRequest,
    InvoiceUpdateRequest,
    LeadCreateRequest,
    LeadUpdateRequest,
    LineItemAttributes,
    NewClientFields,
    NewContactFields,
    NewEstimateFields,
    NewExpenseFields,
    NewHourEntryFields,
    NewInvoiceFields,
    NewProjectFields,
    NewRecurringScheduleFields,
    NewTaskFields,
    PaymentCreateRequest,
    PaymentFields,
    PaymentProfileCreateRequest,
    ProjectCreateRequest,
    ProjectFields,
    ProjectUpdateRequest,
    RecurringScheduleCreateRequest,
    RecurringScheduleFields,
    RecurringScheduleUpdateRequest,
    StripePaymentProfileFields,
    TaskCreateRequest,
    TaskFields,
    TaskUpdateRequest,
    TimeInterval,
)
from clientary_client.types import Response
from clientary_mock._openapi import default_index

pytestmark = pytest.mark.anyio


class Tally:
    """Remembers which operations answered with a success status."""

    def __init__(self) -> None:
        self.succeeded: set[str] = set()

    def ok(self, module: Any, response: Response[Any], status: int = 200) -> Any:
        name = module.__name__.rsplit(".", 1)[-1]
        assert response.status_code == status, (name, response.status_code, response.content)
        self.succeeded.add(name)
        return response.parsed


def line(title: str, quantity: float, price: float) -> LineItemAttributes:
    return LineItemAttributes(title=title, quantity=quantity, price=price, taxable=True)


async def test_every_operation_of_the_spec_is_served(api: Client) -> None:
    t = Tally()
    c = api
    # clients and leads
    t.ok(list_clients, await list_clients.asyncio_detailed(client=c))
    new = ClientCreateRequest(client=NewClientFields(name="Zeta Labs"))
    client = t.ok(create_client, await create_client.asyncio_detailed(client=c, body=new), 201)
    t.ok(get_client, await get_client.asyncio_detailed(client.id, client=c))
    edit = ClientUpdateRequest(client=ClientFields(city="Oslo"))
    assert (
        t.ok(
            update_client, await update_client.asyncio_detailed(client.id, client=c, body=edit)
        ).city
        == "Oslo"
    )
    t.ok(list_leads, await list_leads.asyncio_detailed(client=c))
    lead_body = LeadCreateRequest(lead=NewClientFields(name="Prospect Ltd"))
    lead = t.ok(create_lead, await create_lead.asyncio_detailed(client=c, body=lead_body), 201)
    t.ok(get_lead, await get_lead.asyncio_detailed(lead.id, client=c))
    lead_edit = LeadUpdateRequest(lead=ClientFields(number="L-1"))
    t.ok(update_lead, await update_lead.asyncio_detailed(lead.id, client=c, body=lead_edit))
    # contacts
    t.ok(list_contacts, await list_contacts.asyncio_detailed(client=c, page_size=5))
    body = ContactCreateRequest(client_user=NewContactFields(name="Ann", email="ann@zeta.example"))
    contact = t.ok(
        create_contact, await create_contact.asyncio_detailed(client.id, client=c, body=body), 201
    )
    t.ok(list_client_contacts, await list_client_contacts.asyncio_detailed(client.id, client=c))
    t.ok(get_contact, await get_contact.asyncio_detailed(contact.id, client=c))
    contact_edit = ContactUpdateRequest(client_user=ContactFields(title="CTO"))
    t.ok(
        update_contact,
        await update_contact.asyncio_detailed(contact.id, client=c, body=contact_edit),
    )
    # projects, hours, tasks, expenses
    project_body = ProjectCreateRequest(
        project=NewProjectFields(name="Site", rate=100, client_id=client.id)
    )
    project = t.ok(
        create_project, await create_project.asyncio_detailed(client=c, body=project_body), 201
    )
    t.ok(list_projects, await list_projects.asyncio_detailed(client=c))
    t.ok(list_client_projects, await list_client_projects.asyncio_detailed(client.id, client=c))
    t.ok(get_project, await get_project.asyncio_detailed(project.id, client=c))
    project_edit = ProjectUpdateRequest(project=ProjectFields(budget=500))
    t.ok(
        update_project,
        await update_project.asyncio_detailed(project.id, client=c, body=project_edit),
    )
    hours_body = HourEntryCreateRequest(project_item=NewHourEntryFields(hours=2, title="Setup"))
    entry = t.ok(
        create_project_hours,
        await create_project_hours.asyncio_detailed(project.id, client=c, body=hours_body),
        201,
    )
    t.ok(list_project_hours, await list_project_hours.asyncio_detailed(project.id, client=c))
    t.ok(get_hour_entry, await get_hour_entry.asyncio_detailed(entry.id, client=c))
    hours_edit = HourEntryUpdateRequest(project_item=HourEntryFields(hours=3))
    t.ok(
        update_hour_entry,
        await update_hour_entry.asyncio_detailed(entry.id, client=c, body=hours_edit),
    )
    task_body = TaskCreateRequest(task=NewTaskFields(title="Kick-off", project_id=project.id))
    task = t.ok(create_task, await create_task.asyncio_detailed(client=c, body=task_body), 201)
    t.ok(list_tasks, await list_tasks.asyncio_detailed(client=c))
    t.ok(list_project_tasks, await list_project_tasks.asyncio_detailed(project.id, client=c))
    t.ok(get_task, await get_task.asyncio_detailed(task.id, client=c))
    task_edit = TaskUpdateRequest(task=TaskFields(complete=True))
    t.ok(update_task, await update_task.asyncio_detailed(task.id, client=c, body=task_edit))
    expense_body = ExpenseCreateRequest(expense=NewExpenseFields(amount=40, project_id=project.id))
    expense = t.ok(
        create_expense, await create_expense.asyncio_detailed(client=c, body=expense_body), 201
    )
    t.ok(list_expenses, await list_expenses.asyncio_detailed(client=c))
    t.ok(list_client_expenses, await list_client_expenses.asyncio_detailed(client.id, client=c))
    t.ok(list_project_expenses, await list_project_expenses.asyncio_detailed(project.id, client=c))
    t.ok(get_expense, await get_expense.asyncio_detailed(expense.id, client=c))
    expense_edit = ExpenseUpdateRequest(expense=ExpenseFields(amount=45))
    t.ok(
        update_expense,
        await update_expense.asyncio_detailed(expense.id, client=c, body=expense_edit),
    )
    # estimates and invoices
    estimate_fields = NewEstimateFields(
        date="2026-06-01",
        currency_code="USD",
        client_id=client.id,
        project_id=project.id,
        estimate_items_attributes=[line("Plan", 1, 90)],
    )
    estimate_body = EstimateCreateRequest(estimate=estimate_fields)
    estimate = t.ok(
        create_estimate, await create_estimate.asyncio_detailed(client=c, body=estimate_body), 201
    )
    t.ok(list_estimates, await list_estimates.asyncio_detailed(client=c))
    t.ok(list_client_estimates, await list_client_estimates.asyncio_detailed(client.id, client=c))
    t.ok(
        list_project_estimates, await list_project_estimates.asyncio_detailed(project.id, client=c)
    )
    t.ok(get_estimate, await get_estimate.asyncio_detailed(estimate.id, client=c))
    estimate_edit = EstimateUpdateRequest(estimate=EstimateFields(title="Phase 1"))
    edited = t.ok(
        update_estimate,
        await update_estimate.asyncio_detailed(estimate.id, client=c, body=estimate_edit),
    )
    assert edited.title == "Phase 1"
    estimate_message = InvoiceMessageRequest(recipients=["ann@zeta.example"])
    t.ok(
        send_estimate_message,
        await send_estimate_message.asyncio_detailed(estimate.id, client=c, body=estimate_message),
    )
    invoice_fields = NewInvoiceFields(
        date="2026-06-01",
        due_date="2026-07-01",
        currency_code="USD",
        client_id=client.id,
        project_id=project.id,
        invoice_items_attributes=[line("Build", 2, 50)],
    )
    invoice_body = InvoiceCreateRequest(invoice=invoice_fields)
    invoice = t.ok(
        create_invoice, await create_invoice.asyncio_detailed(client=c, body=invoice_body), 201
    )
    t.ok(list_invoices, await list_invoices.asyncio_detailed(client=c))
    t.ok(list_client_invoices, await list_client_invoices.asyncio_detailed(client.id, client=c))
    t.ok(list_project_invoices, await list_project_invoices.asyncio_detailed(project.id, client=c))
    t.ok(get_invoice, await get_invoice.asyncio_detailed(invoice.id, client=c))
    invoice_edit = InvoiceUpdateRequest(invoice=InvoiceFields(po="PO-9"))
    t.ok(
        update_invoice,
        await update_invoice.asyncio_detailed(invoice.id, client=c, body=invoice_edit),
    )
    message = InvoiceMessageRequest(recipients=["ann@zeta.example"], subject="Invoice")
    t.ok(
        send_invoice_message,
        await send_invoice_message.asyncio_detailed(invoice.id, client=c, body=message),
    )
    # payment profiles, payments, recurring schedules
    card = StripePaymentProfileFields(
        stripe_customer_id="cus_1",
        stripe_source_id="src_1",
        last_four_digits="4242",
        name="Ann",
        expiration_date="2030-01-31",
    )
    profile_body = PaymentProfileCreateRequest(stripe_payment_profile=card)
    profile = t.ok(
        create_payment_profile,
        await create_payment_profile.asyncio_detailed(client.id, client=c, body=profile_body),
        201,
    )
    t.ok(
        list_client_payment_profiles,
        await list_client_payment_profiles.asyncio_detailed(client.id, client=c),
    )
    pay_body = PaymentCreateRequest(payment=PaymentFields(amount=25, note="Cheque"))
    payment = t.ok(
        create_payment,
        await create_payment.asyncio_detailed(invoice.id, client=c, body=pay_body),
        201,
    )
    t.ok(list_payments, await list_payments.asyncio_detailed(client=c))
    t.ok(delete_payment, await delete_payment.asyncio_detailed(invoice.id, payment.id, client=c))
    schedule_fields = NewRecurringScheduleFields(
        client_id=client.id,
        next_date="2026-07-01",
        time_interval=TimeInterval.MONTHLY,
        currency_code="USD",
        due_period=14,
        payment_profile_id=profile.id,
        recurring_schedule_items_attributes=[line("Care", 1, 49.99)],
    )
    schedule_body = RecurringScheduleCreateRequest(recurring_schedule=schedule_fields)
    schedule = t.ok(
        create_recurring_schedule,
        await create_recurring_schedule.asyncio_detailed(client=c, body=schedule_body),
        201,
    )
    t.ok(list_recurring_schedules, await list_recurring_schedules.asyncio_detailed(client=c))
    t.ok(
        get_recurring_schedule, await get_recurring_schedule.asyncio_detailed(schedule.id, client=c)
    )
    schedule_edit = RecurringScheduleUpdateRequest(
        recurring_schedule=RecurringScheduleFields(due_period=30)
    )
    assert (
        t.ok(
            update_recurring_schedule,
            await update_recurring_schedule.asyncio_detailed(
                schedule.id, client=c, body=schedule_edit
            ),
        ).due_period
        == 30
    )
    t.ok(
        list_recurring_schedule_invoices,
        await list_recurring_schedule_invoices.asyncio_detailed(schedule.id, client=c),
    )
    # staff
    t.ok(list_staff, await list_staff.asyncio_detailed(client=c))
    t.ok(get_staff, await get_staff.asyncio_detailed(1, client=c))
    # deletes, leaves first
    t.ok(delete_task, await delete_task.asyncio_detailed(task.id, client=c))
    t.ok(delete_estimate, await delete_estimate.asyncio_detailed(estimate.id, client=c))
    t.ok(delete_invoice, await delete_invoice.asyncio_detailed(invoice.id, client=c))
    t.ok(
        delete_recurring_schedule,
        await delete_recurring_schedule.asyncio_detailed(schedule.id, client=c),
    )
    t.ok(
        delete_payment_profile,
        await delete_payment_profile.asyncio_detailed(client.id, profile.id, client=c),
    )
    t.ok(delete_expense, await delete_expense.asyncio_detailed(expense.id, client=c))
    t.ok(delete_hour_entry, await delete_hour_entry.asyncio_detailed(entry.id, client=c))
    t.ok(delete_contact, await delete_contact.asyncio_detailed(contact.id, client=c))
    t.ok(delete_project, await delete_project.asyncio_detailed(project.id, client=c))
    t.ok(delete_lead, await delete_lead.asyncio_detailed(lead.id, client=c))
    t.ok(delete_client, await delete_client.asyncio_detailed(client.id, client=c))
    assert await get_client.asyncio_detailed(client.id, client=c) is not None

    assert t.succeeded == set(default_index().by_id)
