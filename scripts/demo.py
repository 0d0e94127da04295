"""A day at an agency, run against the bundled mock Clientary: scripts/demo.

Starts the mock on a free loopback port, then uses the generated client and the `clientary`
overlays the way an automation script would: a new client with a contact and a project, time
logged, an invoice built from line items and corrected, payments listed, the invoice e-mailed,
every invoice paged through, and finally the client deleted with everything that hangs off it.
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from decimal import Decimal

import clientary
from clientary_client import Client
from clientary_client.api.clients import create_client, delete_client
from clientary_client.api.contacts import create_contact, list_client_contacts
from clientary_client.api.hours import create_project_hours, list_project_hours
from clientary_client.api.invoices import (
    create_invoice,
    get_invoice,
    list_client_invoices,
    list_invoices,
    send_invoice_message,
)
from clientary_client.api.payments import create_payment, list_payments
from clientary_client.api.projects import create_project, get_project
from clientary_client.models import (
    ClientCreateRequest,
    ContactCreateRequest,
    HourEntryCreateRequest,
    InvoiceCreateRequest,
    InvoiceMessageRequest,
    NewClientFields,
    NewContactFields,
    NewHourEntryFields,
    NewInvoiceFields,
    NewProjectFields,
    PaymentCreateRequest,
    PaymentFields,
    ProjectCreateRequest,
)
from clientary_mock.testing import running_mock


def say(message: str) -> None:
    print(message, flush=True)


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def day(client: Client) -> None:
    today = date.today()

    acme = clientary.call(
        create_client,
        client=client,
        body=ClientCreateRequest(client=NewClientFields(name="Northwind Studio", city="Lisbon")),
    )
    say(f"created client #{acme.id} {acme.name!r} (number {acme.number})")

    contact = clientary.call(
        create_contact,
        client=client,
        client_id=acme.id,
        body=ContactCreateRequest(
            client_user=NewContactFields(name="Ana Sousa", email="ana@northwind.example")
        ),
    )
    say(f"  added contact {contact.name} <{contact.email}>")

    project = clientary.call(
        create_project,
        client=client,
        body=ProjectCreateRequest(
            project=NewProjectFields(name="Website relaunch", rate=95, client_id=acme.id)
        ),
    )
    say(f"  opened project #{project.id} {project.name!r} at {money(project.rate or Decimal(0))}/h")

    for hours, title in ((3.5, "Discovery workshop"), (6, "Wireframes")):
        clientary.call(
            create_project_hours,
            client=client,
            project_id=project.id,
            body=HourEntryCreateRequest(
                project_item=NewHourEntryFields(hours=hours, title=title, date=today)
            ),
        )
    logged = clientary.call(list_project_hours, client=client, project_id=project.id)
    total_hours = sum(entry.hours for entry in logged.hours)
    say(f"  logged {len(logged.hours)} time entries, {total_hours:g} h in all")

    lines = (
        clientary.LineItemChanges()
        .add(title="Discovery workshop", quantity=3.5, price=95, taxable=True)
        .add(title="Wireframes", quantity=6, price=95, taxable=True)
        .add(title="Hosting setup", quantity=1, price=120)
    )
    invoice = clientary.call(
        create_invoice,
        client=client,
        body=InvoiceCreateRequest(
            invoice=NewInvoiceFields(
                client_id=acme.id,
                project_id=project.id,
                date=today,
                due_date=today + timedelta(days=30),
                currency_code="EUR",
                tax=23,
                tax_label="VAT",
                invoice_items_attributes=lines.to_models(),
            )
        ),
    )
    say(
        f"created invoice #{invoice.id} (number {invoice.number}) with "
        f"{len(invoice.invoice_items)} lines: total {money(invoice.total_cost)} EUR"
    )

    _workshop, wireframes, hosting = invoice.invoice_items
    corrected = clientary.update_invoice_items(
        client,
        invoice.id,
        clientary.LineItemChanges()
        .edit(wireframes.id, quantity=5)
        .remove(hosting.id)
        .add(title="Content migration", quantity=2, price=95, taxable=True),
    )
    say(
        f"  corrected the lines in one PUT: {len(corrected.invoice_items)} lines, "
        f"total {money(corrected.total_cost)} EUR"
    )
    same = clientary.set_invoice_items(
        client,
        invoice.id,
        desired=[
            {"id": item.id, "title": item.title, "quantity": item.quantity, "price": item.price}
            for item in corrected.invoice_items
        ],
    )
    say(f"  syncing to the same lines changes nothing (total {money(same.total_cost)} EUR)")

    clientary.call(
        send_invoice_message,
        client=client,
        id=invoice.id,
        body=InvoiceMessageRequest(
            recipients=[str(contact.email)], subject="Your invoice", attach_pdf=True
        ),
    )
    sent = clientary.call(get_invoice, client=client, id=invoice.id)
    say(f"  e-mailed it to {contact.email}; status is now {sent.status.name.lower()}")

    payment = clientary.call(
        create_payment,
        client=client,
        invoice_id=invoice.id,
        body=PaymentCreateRequest(payment=PaymentFields(amount=500, note="Bank transfer")),
    )
    after = clientary.call(get_invoice, client=client, id=invoice.id)
    say(f"  recorded a payment of {money(payment.amount)}; balance {money(after.balance)} EUR")

    recent = clientary.call(list_payments, client=client)
    say(
        f"payments on the account: {recent.total_count}, newest received on "
        f"{recent.payments[0].received_on}"
    )

    pages = list(clientary.paginate(list_invoices, client=client).pages())
    count = sum(len(page.invoices) for page in pages)
    say(f"paged through every invoice: {count} invoices on {len(pages)} pages")
    fast = list(clientary.paginate(list_invoices, client=client, concurrency=4))
    say(
        f"  the same with 4 pages in flight: {len(fast)} invoices, same order: "
        f"{[i.id for i in fast] == [i.id for page in pages for i in page.invoices]}"
    )

    clientary.call(delete_client, client=client, id=acme.id)
    say(f"deleted client #{acme.id}; what hung off it is gone too:")
    for label, lookup in (
        ("project", lambda: clientary.call(get_project, client=client, id=project.id)),
        ("invoice", lambda: clientary.call(get_invoice, client=client, id=invoice.id)),
        (
            "contacts",
            lambda: clientary.call(list_client_contacts, client=client, client_id=acme.id),
        ),
        (
            "invoices",
            lambda: clientary.call(list_client_invoices, client=client, client_id=acme.id),
        ),
    ):
        try:
            lookup()
        except clientary.NotFoundError as error:
            say(f"  {label}: {error.status_code} not found")
        else:
            raise SystemExit(f"the {label} survived the client's deletion")


def main() -> int:
    token = secrets.token_urlsafe(24)
    with running_mock(token) as base_url:
        say(f"mock Clientary running at {base_url}")
        with clientary.connect(token=token, base_url=base_url) as client:
            day(client)
    say("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
