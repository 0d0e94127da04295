"""The types a type checker sees on a record: checked by `mypy --strict` (scripts/test runs it on
tests/), and run by pytest so that the same lines also hold at run time."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import assert_type

from clientary_client.models import Invoice, InvoiceFields, InvoiceStatus, LineItem
from clientary_client.types import Unset

EXAMPLE = (
    Path(__file__).resolve().parent.parent / "fixtures" / "examples" / "invoice_get_response.json"
)


def test_an_invoice_types_its_day_its_money_and_its_status() -> None:
    invoice = Invoice.from_dict(json.loads(EXAMPLE.read_text()))
    assert isinstance(assert_type(invoice.date, dt.date), dt.date)
    assert isinstance(assert_type(invoice.total_cost, Decimal), Decimal)
    assert isinstance(assert_type(invoice.status, InvoiceStatus), InvoiceStatus)
    assert_type(invoice.due_date, dt.date | None)
    line: LineItem = invoice.invoice_items[0]
    assert isinstance(assert_type(line.price, Decimal | None | Unset), Decimal)


def test_a_request_takes_the_typed_values_and_the_plain_ones() -> None:
    typed = InvoiceFields(
        date=dt.date(2026, 11, 24), tax=Decimal("8.25"), status=InvoiceStatus.SENT
    )
    plain = InvoiceFields(date="2026-11-24", tax=8.25, status=1)
    assert_type(typed.date, dt.date | str | Unset)
    assert_type(typed.tax, Decimal | float | Unset)
    assert_type(typed.status, InvoiceStatus | int | Unset)
    assert (
        typed.to_dict()
        == plain.to_dict()
        == {"date": "2026-11-24", "tax": Decimal("8.25"), "status": 1}
    )
