"""Payments against invoices, and the Stripe payment profiles that can pay them.

Each payment recorded or removed settles the invoice's status (see `_invoice_status`: a balance
cleared by payments makes it paid, money owed again puts a paid one back to sent). A payment
made with a `payment_profile_id` charges the whole balance and ignores `amount` and `note`.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from .. import _render as render
from .._common import by_id, page, rows_under, today_or
from .._errors import ApiError, invalid, not_found
from .._invoice_status import balance, settle
from .._registry import Call, Reply, created, deleted, ok, operation
from .._store import Record, Store
from .._totals import decimal

PAYMENTS_PER_PAGE = 30
PROFILES_PER_PAGE = 10


def settle_status(store: Store, invoice: Record) -> None:
    settle(store, invoice)
    store.touch("invoices", invoice)


@operation("list_payments")
def list_payments(call: Call) -> Reply:
    rows = call.store.rows("payments")
    if call.query.get("sort") == "created_at":
        ordered = sorted(rows, key=lambda r: (r["created_at"], r["id"]), reverse=True)
    else:
        ordered = sorted(rows, key=lambda r: (r["received_on"], r["id"]), reverse=True)
    return ok(page(call, ordered, PAYMENTS_PER_PAGE, "payments", render.payment))


def _profile_of_client(store: Store, profile_id: int, client_id: int | None, field: str) -> Record:
    profile = store.reference("payment_profiles", profile_id, field)
    assert profile is not None
    if profile["client_id"] != client_id:
        raise invalid(field, "belongs to another client")
    return profile


@operation("create_payment")
def create_payment(call: Call) -> Reply:
    store = call.store
    invoice = store.require("invoices", call.path["invoice_id"])
    fields = call.wrapped("payment")
    received_on = today_or(fields, "received_on", store, "payment")
    profile_id = fields.get("payment_profile_id")
    if profile_id is not None:
        if not store.settings.stripe_enabled:
            raise invalid("payment.payment_profile_id", "needs the Stripe integration enabled")
        profile = _profile_of_client(
            store, profile_id, invoice["client_id"], "payment.payment_profile_id"
        )
        owed = balance(store, invoice)
        if owed <= 0:
            raise invalid("payment.payment_profile_id", "the invoice has no balance to charge")
        token = hashlib.sha256(
            f"{invoice['id']}:{profile['id']}:{len(store.tables['payments'])}".encode()
        )
        # A charge through the gateway reports its fee (none here); a payment recorded by hand
        # has no fee at all.
        record: Record = {
            "amount": owed,
            "note": None,
            "transaction_id": "ch_" + token.hexdigest()[:14],
            "transaction_fee_amount": Decimal(0),
        }
    else:
        record = {
            "amount": decimal(fields["amount"]),
            "note": fields.get("note"),
            "transaction_id": None,
            "transaction_fee_amount": None,
        }
    record.update(invoice_id=invoice["id"], received_on=received_on)
    stored = store.insert("payments", record)
    settle_status(store, invoice)
    return created(render.payment(stored))


@operation("delete_payment")
def delete_payment(call: Call) -> Reply:
    invoice = call.store.require("invoices", call.path["invoice_id"])
    payment = call.store.get("payments", call.path["id"])
    if payment is None or payment["invoice_id"] != invoice["id"]:
        raise not_found("Payment")
    call.store.delete("payments", payment["id"])
    settle_status(call.store, invoice)
    return deleted()


@operation("list_client_payment_profiles")
def list_client_payment_profiles(call: Call) -> Reply:
    rows = by_id(rows_under(call.store, "payment_profiles", "clients", call.path["client_id"]))
    return ok(page(call, rows, PROFILES_PER_PAGE, "payment_profiles", render.payment_profile))


@operation("create_payment_profile")
def create_payment_profile(call: Call) -> Reply:
    client = call.store.require("clients", call.path["client_id"])
    if not call.store.settings.stripe_enabled:
        raise ApiError(
            422,
            "Payment profiles need the Stripe integration enabled",
            {"stripe_payment_profile": ["needs the Stripe integration enabled"]},
        )
    fields = call.wrapped("stripe_payment_profile")
    record: Record = {
        key: fields.get(key) for key in ("name", "address", "city", "state", "zip", "country")
    }
    record.update(
        client_id=client["id"],
        expiration_date=today_or(fields, "expiration_date", call.store, "stripe_payment_profile"),
        gateway_token=fields["stripe_customer_id"],
        card_type=fields.get("card_type"),
        last_four_digits=fields["last_four_digits"],
    )
    return created(render.payment_profile(call.store.insert("payment_profiles", record)))


@operation("delete_payment_profile")
def delete_payment_profile(call: Call) -> Reply:
    client = call.store.require("clients", call.path["client_id"])
    profile = call.store.get("payment_profiles", call.path["id"])
    if profile is None or profile["client_id"] != client["id"]:
        raise not_found("Payment profile")
    call.store.delete("payment_profiles", profile["id"])
    return deleted()
