"""Stored records as the JSON Clientary answers with, dates in each field's documented form.

Decimals and the amounts nobody entered take the form of the mock's dialect (see `_dialect`).

A few renderings show other records too: a project its client and its time entries, an invoice
its payments and the schedules that still exist, a schedule its client. `shown_in` lists, for a
record just written, the renderings that show it, so that the read cache renders exactly those
afresh; a rendering that starts reading another table must be added there.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ._dates import dashed, slashed, with_offset, zulu
from ._dialect import absent, decimal_json
from ._store import Record, Store
from ._totals import TaxRates, cents, compute, decimal, line_tax

Json = dict[str, Any]
_PARTY_FIELDS = (
    "number", "name", "address", "address_2", "city", "state", "zip", "country", "website",
    "description", "invoice_extra_fields",
)  # fmt: skip
_STAFF_FIELDS = ("name", "title", "email", "phone", "mobile", "ext", "avatar")
_TAX_FIELDS = ("tax_label", "tax2_label", "tax3_label", "compound_tax")


def number(value: Any) -> int | float | str:
    """A decimal in the dialect's form: a JSON number, whole amounts as integers (`123`) and
    others as decimals (`129.15`), or a Rails decimal string (`"123.0"`, `"129.15"`)."""
    return decimal_json(decimal(value))


def money(value: Any) -> int | float | str | None:
    """An amount rounded to cents; one nobody entered (None) in the dialect's form for it."""
    if value is None:
        return absent()
    return number(cents(decimal(value)))


def _price_text(value: Any) -> str:
    """A recurring line's price, which even the docs print as a string (`"49.99"`)."""
    exact = cents(decimal(value))
    written = decimal_json(exact)
    return written if isinstance(written, str) else str(exact)


def party(record: Record) -> Json:
    """A client or lead (same shape)."""
    return {"id": record["id"], **{key: record.get(key) for key in _PARTY_FIELDS}}


def contact(record: Record) -> Json:
    return {
        "id": record["id"],
        "client_id": record["client_id"],
        **{key: record.get(key) for key in _STAFF_FIELDS},
    }


def staff(record: Record) -> Json:
    return {"id": record["id"], **{key: record.get(key) for key in _STAFF_FIELDS}}


def project(store: Store, record: Record) -> Json:
    hours = [h for h in store.rows("hours") if h["project_id"] == record["id"]]
    client = store.get("clients", record.get("client_id"))
    return {
        "id": record["id"],
        "number": record.get("number"),
        "name": record["name"],
        "description": record.get("description"),
        "status": record["status"],
        "budget_type": absent() if record["budget_type"] is None else record["budget_type"],
        "project_type": record["project_type"],
        "budget": money(record["budget"]),
        "rate": money(record["rate"]),
        "cost": money(sum((decimal(h["hours"]) * decimal(h["rate"]) for h in hours), Decimal(0))),
        "worked_hours": number(sum((decimal(h["hours"]) for h in hours), Decimal(0))),
        "unbilled_hours": number(
            sum((decimal(h["hours"]) for h in hours if not h["billed"]), Decimal(0))
        ),
        "end_date": slashed(record.get("end_date")),
        "currency_code": record["currency_code"],
        "client": party(client) if client is not None else None,
    }


def hour_entry(record: Record) -> Json:
    return {
        "id": record["id"],
        "project_id": record["project_id"],
        "user_id": record["user_id"],
        "title": record["title"],
        "description": record.get("description"),
        "date": slashed(record["date"]),
        "hours": number(record["hours"]),
        "rate": money(record["rate"]),
        "cost": money(decimal(record["hours"]) * decimal(record["rate"])),
        "billed?": record["billed"],
    }


def expense(record: Record) -> Json:
    return {
        "id": record["id"],
        "amount": money(record["amount"]),
        "description": record.get("description"),
        "incurred_on": slashed(record.get("incurred_on")),
        "client_id": record.get("client_id"),
        "project_id": record.get("project_id"),
        "invoice_id": record.get("invoice_id"),
        "invoice_item_id": record.get("invoice_item_id"),
        "user_id": record["user_id"],
    }


def _line(item: Record) -> Json:
    return {
        "id": item["id"],
        "title": item["title"],
        "price": money(item["price"]),
        "quantity": number(item["quantity"]),
        "taxable": item["taxable"],
        "item_type": item["item_type"],
    }


def _billing(record: Record) -> Json:
    """The fields invoices, estimates and schedules share: number, texts, taxes, totals."""
    rates = TaxRates.of(record)
    totals = compute(record["items"], rates)
    return {
        "id": record["id"],
        "number": record.get("number"),
        "title": record.get("title"),
        "client_id": record.get("client_id"),
        "note": record.get("note"),
        "summary": record.get("summary"),
        "status": record["status"],
        "currency_code": record["currency_code"],
        "subtotal": number(totals.subtotal),
        "tax": number(rates.tax),
        "tax2": number(rates.tax2),
        "tax3": number(rates.tax3),
        **{key: record.get(key) for key in _TAX_FIELDS},
        "total_cost": number(totals.total_cost),
    }


def invoice_payments(store: Store, invoice_id: int) -> list[Record]:
    return [p for p in store.rows("payments") if p["invoice_id"] == invoice_id]


def invoice(store: Store, record: Record) -> Json:
    body = _billing(record)
    payments = invoice_payments(store, record["id"])
    paid = cents(sum((decimal(p["amount"]) for p in payments), Decimal(0)))
    schedules = [i for i in record.get("recurring_ids", []) if store.get("recurring", i)]
    return {
        **body,
        "date": slashed(record["date"]),
        "due_date": slashed(record.get("due_date")),
        "po": record.get("po"),
        "project_id": record.get("project_id"),
        "total_payments": number(paid),
        "balance": number(decimal(body["total_cost"]) - paid),
        "invoice_items": [_line(item) for item in record["items"]],
        "recurring_schedules": [{"id": schedule_id} for schedule_id in schedules],
        "payments": [
            {
                "id": p["id"],
                "amount": money(p["amount"]),
                "note": p.get("note"),
                "received_on": slashed(p["received_on"]),
            }
            for p in payments
        ],
    }


def estimate(record: Record) -> Json:
    return {
        **_billing(record),
        "date": slashed(record["date"]),
        "project_id": record.get("project_id"),
        "estimate_items": [_line(item) for item in record["items"]],
    }


def payment(record: Record) -> Json:
    return {
        "id": record["id"],
        "invoice_id": record["invoice_id"],
        "amount": money(record["amount"]),
        "note": record.get("note"),
        "received_on": dashed(record["received_on"]),
        "transaction_fee_amount": money(record.get("transaction_fee_amount")),
        "transaction_id": record.get("transaction_id"),
    }


def payment_profile(record: Record) -> Json:
    return {
        "id": record["id"],
        "client_id": record["client_id"],
        **{key: record.get(key) for key in ("name", "address", "city", "state", "zip", "country")},
        "expiration_date": dashed(record.get("expiration_date")),
        "gateway": "stripe",
        "gateway_token": record.get("gateway_token"),
        "created_at": with_offset(record["created_at"]),
        "updated_at": with_offset(record["updated_at"]),
    }


def _recurring_line(record: Record, item: Record, rates: TaxRates) -> Json:
    return {
        "id": item["id"],
        "recurring_schedule_id": record["id"],
        "item_type": item["item_type"],
        "title": item["title"],
        # Recurring lines are the one place the docs show a price as a string.
        "price": _price_text(item["price"]),
        "quantity": number(item["quantity"]),
        "taxable?": item["taxable"],
        "secondary_tax?": item.get("secondary_tax", item["taxable"]),
        "tertiary_tax?": item.get("tertiary_tax", item["taxable"]),
        "total_tax": money(line_tax(item, rates)),
    }


def recurring(store: Store, record: Record) -> Json:
    client = store.get("clients", record.get("client_id"))
    rates = TaxRates.of(record)
    return {
        **_billing(record),
        "po": record.get("po"),
        "client": party(client) if client is not None else {},
        "action": record["action"],
        "time_interval": record["time_interval"],
        "due_period": record["due_period"],
        "next_date": dashed(record.get("next_date")),
        "occurrences_remaining": record.get("occurrences_remaining"),
        "unlimited": record["unlimited"],
        "payment_profile_id": record.get("payment_profile_id"),
        "updated_at": with_offset(record["updated_at"]),
        "recurring_schedule_items": [_recurring_line(record, i, rates) for i in record["items"]],
    }


def task(record: Record) -> Json:
    return {
        "id": record["id"],
        "title": record["title"],
        "description": record.get("description"),
        "complete": record["complete"],
        "completed_at": zulu(record.get("completed_at")),
        "due_date": slashed(record.get("due_date")),
        "assignee_id": record.get("assignee_id"),
        "project_id": record.get("project_id"),
        "client_id": record.get("client_id"),
        "user_id": record["user_id"],
        "created_at": zulu(record["created_at"]),
        "updated_at": zulu(record["updated_at"]),
    }


def shown_in(store: Store, table: str, record: Record) -> Iterator[tuple[str, int]]:
    """The other records (table, id) whose rendering shows `record` of `table`, just written
    (or deleted: `record` is then the record as it was)."""
    if table == "hours":
        yield ("projects", record["project_id"])
    elif table == "payments":
        yield ("invoices", record["invoice_id"])
    elif table == "clients":
        for owner in ("projects", "recurring"):
            for row in store.rows(owner):
                if row.get("client_id") == record["id"]:
                    yield (owner, row["id"])
    elif table == "recurring":
        for row in store.rows("invoices"):
            if record["id"] in row.get("recurring_ids", ()):
                yield ("invoices", row["id"])
