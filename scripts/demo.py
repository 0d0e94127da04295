"""A day at an agency, run against the bundled mock Clientary: scripts/demo.

Starts the mock on a free loopback port, then uses `clientary.Clientary` the way an automation
script would: a new client with a contact and a project, time
logged, an invoice built from line items and corrected, payments listed, the invoice e-mailed,
every invoice paged through, and finally the client deleted with everything that hangs off it.
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from decimal import Decimal

import clientary
from clientary_mock.testing import running_mock


def say(message: str) -> None:
    print(message, flush=True)


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def day(api: clientary.Clientary) -> None:
    today = date.today()

    acme = api.clients.create(name="Northwind Studio", city="Lisbon")
    say(f"created client #{acme.id} {acme.name!r} (number {acme.number})")

    contact = api.contacts.create(
        client_id=acme.id, name="Ana Sousa", email="ana@northwind.example"
    )
    say(f"  added contact {contact.name} <{contact.email}>")

    project = api.projects.create(name="Website relaunch", rate=95, client_id=acme.id)
    say(f"  opened project #{project.id} {project.name!r} at {money(project.rate or Decimal(0))}/h")

    for hours, title in ((3.5, "Discovery workshop"), (6, "Wireframes")):
        api.hours.create(project_id=project.id, hours=hours, title=title, date=today)
    logged = list(api.hours.list(project_id=project.id))
    total_hours = sum(entry.hours for entry in logged)
    say(f"  logged {len(logged)} time entries, {total_hours:g} h in all")

    invoice = api.invoices.create(
        client_id=acme.id,
        project_id=project.id,
        date=today,
        due_date=today + timedelta(days=30),
        currency_code="EUR",
        tax=23,
        tax_label="VAT",
        items=[
            {"title": "Discovery workshop", "quantity": 3.5, "price": 95, "taxable": True},
            {"title": "Wireframes", "quantity": 6, "price": 95, "taxable": True},
            {"title": "Hosting setup", "quantity": 1, "price": 120},
        ],
    )
    say(
        f"created invoice #{invoice.id} (number {invoice.number}) with "
        f"{len(invoice.invoice_items)} lines: total {money(invoice.total_cost)} EUR"
    )

    _workshop, wireframes, hosting = invoice.invoice_items
    corrected = api.invoices.update(
        invoice.id,
        items=clientary.LineItemChanges()
        .edit(wireframes.id, quantity=5)
        .remove(hosting.id)
        .add(title="Content migration", quantity=2, price=95, taxable=True),
    )
    say(
        f"  corrected the lines in one PUT: {len(corrected.invoice_items)} lines, "
        f"total {money(corrected.total_cost)} EUR"
    )
    same = api.invoices.set_items(
        invoice.id,
        [
            {"id": item.id, "title": item.title, "quantity": item.quantity, "price": item.price}
            for item in corrected.invoice_items
        ],
    )
    say(f"  syncing to the same lines changes nothing (total {money(same.total_cost)} EUR)")

    api.invoices.send_message(
        invoice.id, recipients=[str(contact.email)], subject="Your invoice", attach_pdf=True
    )
    sent = api.invoices.get(invoice.id)
    say(f"  e-mailed it to {contact.email}; status is now {sent.status.name.lower()}")

    payment = api.payments.create(invoice_id=invoice.id, amount=500, note="Bank transfer")
    after = api.invoices.get(invoice.id)
    say(f"  recorded a payment of {money(payment.amount)}; balance {money(after.balance)} EUR")

    recent = next(iter(api.payments.list().pages()))
    say(
        f"payments on the account: {recent.total_count}, newest received on "
        f"{recent.payments[0].received_on}"
    )

    pages = list(api.invoices.list().pages())
    count = sum(len(page.invoices) for page in pages)
    say(f"paged through every invoice: {count} invoices on {len(pages)} pages")
    fast = list(api.invoices.list(concurrency=4))
    say(
        f"  the same with 4 pages in flight: {len(fast)} invoices, same order: "
        f"{[i.id for i in fast] == [i.id for page in pages for i in page.invoices]}"
    )

    api.clients.delete(acme.id)
    say(f"deleted client #{acme.id}; what hung off it is gone too:")
    for label, lookup in (
        ("project", lambda: api.projects.get(project.id)),
        ("invoice", lambda: api.invoices.get(invoice.id)),
        ("contacts", lambda: list(api.contacts.list(client_id=acme.id))),
        ("invoices", lambda: list(api.invoices.list(client_id=acme.id))),
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
        with clientary.Clientary(token=token, base_url=base_url) as api:
            day(api)
    say("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
