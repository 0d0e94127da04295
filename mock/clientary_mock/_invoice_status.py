"""An invoice's status follows its balance and its payments.

The docs list the codes (0 draft, 1 sent, 2 viewed, 3 cancelled, 4 paid, 5 pending) but not when
one gives way to another; these rules are INFERRED, and the spec marks `Invoice.status` so:

- paid (4) exactly when payments were recorded and they cover the total (a balance of 0 or
  less), whatever status was asked for: an overpaid draft is paid;
- an invoice that owes money is never paid: a paid one given another line goes back to sent
  (1), and asking for 4 while money is owed gets sent;
- cancelled (3) stays cancelled whatever is paid: cancelling is the user's call;
- otherwise the status is the one asked for, or kept (draft, sent, viewed, pending).
"""

from __future__ import annotations

from decimal import Decimal

from ._render import invoice_payments
from ._store import Record, Store
from ._totals import TaxRates, cents, compute, decimal

DRAFT, SENT, VIEWED, CANCELLED, PAID, PENDING = range(6)


def balance(store: Store, invoice: Record) -> Decimal:
    total = compute(invoice["items"], TaxRates.of(invoice)).total_cost
    paid = sum((decimal(p["amount"]) for p in invoice_payments(store, invoice["id"])), Decimal(0))
    return cents(total - paid)


def settled(status: int, owed: Decimal, paid_any: bool) -> int:
    """The status an invoice holding `status` takes, given what it owes and whether it was paid
    anything (see the module's rules)."""
    if status == CANCELLED:
        return status
    if paid_any and owed <= 0:
        return PAID
    if status == PAID:
        return SENT
    return status


def settle(store: Store, invoice: Record) -> None:
    """Set the invoice's status from its balance and payments (call after every change to
    either)."""
    paid_any = bool(invoice_payments(store, invoice["id"]))
    invoice["status"] = settled(invoice["status"], balance(store, invoice), paid_any)
