"""Money adds up exactly, codes stay open on reading and closed on writing, through the generated client.

The documented examples and the decimal-string fixtures are served as a real server would send
them (bytes on a fake wire), so the numbers go through the same decoding as a real response.
"""

from __future__ import annotations

import datetime as dt
import json
import pydoc
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from clientary_client.api.clients import list_clients
from clientary_client.api.expenses import list_expenses
from clientary_client.api.invoices import get_invoice, update_invoice
from clientary_client.api.projects import get_project
from clientary_client.models import (
    Invoice,
    InvoiceFields,
    InvoiceStatus,
    InvoiceUpdateRequest,
    LineItemAttributes,
    LineItemType,
    Project,
    ProjectType,
)
from clientary_client.types import Unset, days_read, whole_amounts_read

from .generated_ops import client_on_fake_wire

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CENT = Decimal("0.01")


def _text(path: Path) -> bytes:
    return path.read_bytes()


def _served_invoice(body: bytes) -> Invoice:
    """The invoice get_invoice reads from a server answering `body`."""
    with client_on_fake_wire(
        lambda _: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    ) as (client, _recorded):
        invoice = get_invoice.sync(110, client=client)
    assert isinstance(invoice, Invoice)
    return invoice


def _line_total(quantity: Decimal | Unset | None, price: Decimal | Unset | None) -> Decimal:
    if not isinstance(quantity, Decimal) or not isinstance(price, Decimal):
        return Decimal(0)  # a section header carries no amounts
    return (quantity * price).quantize(CENT, rounding=ROUND_HALF_UP)


INVOICES = [
    FIXTURES / "examples" / "invoice_get_response.json",
    FIXTURES / "wire" / "records" / "invoice.decimal-strings.json",
]


@pytest.mark.parametrize("path", INVOICES, ids=[path.stem for path in INVOICES])
def test_the_lines_of_an_invoice_add_up_to_its_subtotal_exactly(path: Path) -> None:
    invoice = _served_invoice(_text(path))
    lines = [_line_total(item.quantity, item.price) for item in invoice.invoice_items]
    assert lines
    assert sum(lines, Decimal(0)) == invoice.subtotal
    assert all(type(item.price) is Decimal for item in invoice.invoice_items)


def test_decimal_strings_keep_their_digits_and_the_tax_adds_up() -> None:
    """1.5 x 49.99 is 74.985, which a float holds as 74.98499..., so float sums miss a cent."""
    invoice = _served_invoice(_text(FIXTURES / "wire" / "records" / "invoice.decimal-strings.json"))
    assert invoice.subtotal == Decimal("197.99")
    assert str(invoice.tax) == "5.0"  # the wire's own digits
    taxed = sum(
        (
            _line_total(item.quantity, item.price)
            for item in invoice.invoice_items
            if item.taxable is True
        ),
        Decimal(0),
    )
    tax = (taxed * invoice.tax / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    assert invoice.subtotal + tax == invoice.total_cost


def test_a_list_page_of_the_docs_reads_exactly() -> None:
    page = json.loads(_text(FIXTURES / "examples" / "invoices_list_response.json"))
    invoice = _served_invoice(json.dumps(page["invoices"][0]).encode())
    assert invoice.total_cost == Decimal("129.15")
    assert invoice.date == dt.date(2011, 7, 26)
    assert invoice.status is InvoiceStatus(page["invoices"][0]["status"])


def test_from_dict_is_exact_when_handed_plain_floats() -> None:
    """What json.loads gives without parse_float, as users and tools may hand it."""
    document = json.loads(_text(FIXTURES / "examples" / "invoice_get_response.json"))
    assert type(document["total_cost"]) is float
    invoice = Invoice.from_dict(document)
    assert invoice.total_cost == Decimal("129.15")
    assert str(invoice.total_cost) == "129.15"
    assert Invoice.from_dict({**document, "total_cost": 0.1 + 0.2}).total_cost == Decimal(
        "0.30000000000000004"
    )
    assert Invoice.from_dict({**document, "subtotal": 0.1}).subtotal == Decimal("0.1")


def _project(code: int) -> dict[str, Any]:
    document = json.loads(_text(FIXTURES / "wire" / "records" / "project.unknown-codes.json"))
    return {**document, "project_type": code}


def test_a_code_the_docs_do_not_list_reads_as_an_unlisted_member() -> None:
    document = _project(1)
    with client_on_fake_wire(lambda _: httpx.Response(200, json=document)) as (client, _):
        project = get_project.sync(24, client=client)
    assert isinstance(project, Project)
    assert type(project.project_type) is ProjectType
    assert project.project_type == 1
    assert project.project_type.name == "UNLISTED_1"
    assert project.project_type not in list(ProjectType)
    assert Project.from_dict(_project(2)).project_type is ProjectType.FIXED_AMOUNT
    assert InvoiceStatus(9) == 9
    assert LineItemType(1) == 1


def test_help_says_what_each_code_means() -> None:
    text = pydoc.plain(pydoc.render_doc(InvoiceStatus))
    assert "0 draft, 1 sent, 2 viewed, 3 cancelled, 4 paid, 5 pending" in text
    assert "PAID = <InvoiceStatus.PAID: 4>" in text
    # and on the models that carry a code, read or sent
    for model in (Invoice, InvoiceFields):
        text = pydoc.plain(pydoc.render_doc(model))
        assert "status (InvoiceStatus): Invoice status: 0 draft, 1 sent, 2 viewed" in text


def _put(fields: InvoiceFields) -> list[httpx.Request]:
    with client_on_fake_wire(lambda _: httpx.Response(204)) as (client, recorded):
        update_invoice.sync_detailed(110, client=client, body=InvoiceUpdateRequest(invoice=fields))
    return recorded.requests


@pytest.mark.parametrize("status", [9, InvoiceStatus(9), -1])
def test_a_code_the_spec_does_not_list_is_refused_before_sending(status: int) -> None:
    with (
        client_on_fake_wire(lambda _: httpx.Response(204)) as (client, recorded),
        pytest.raises(ValueError, match=r"^status: .* is not a InvoiceStatus code"),
    ):
        update_invoice.sync_detailed(
            110, client=client, body=InvoiceUpdateRequest(invoice=InvoiceFields(status=status))
        )
    assert recorded.requests == []


def test_a_request_takes_typed_and_plain_values_and_writes_them_exactly() -> None:
    (request,) = _put(
        InvoiceFields(
            status=InvoiceStatus.SENT,
            date=dt.date(2026, 11, 24),
            due_date="2026/12/24",
            tax=Decimal("8.250"),
            tax2=0.1,
            invoice_items_attributes=[
                LineItemAttributes(title="Design", quantity=Decimal("1.5"), price=Decimal("49.99"))
            ],
        )
    )
    assert request.content == (
        b'{"invoice":{"date":"2026-11-24","due_date":"2026-12-24","status":1,"tax":8.250,'
        b'"tax2":0.1,"invoice_items_attributes":[{"title":"Design","quantity":1.5,"price":49.99}]}}'
    )
    assert request.headers["Content-Type"] == "application/json"


def test_a_number_json_cannot_hold_is_refused_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"^tax: .*not a number JSON can hold"):
        _put(InvoiceFields(tax=float("inf")))
    with pytest.raises(ValueError, match=r"^due_date: '2026-02-30' is not a day"):
        _put(InvoiceFields(due_date="2026-02-30"))


@pytest.mark.parametrize("day", [dt.date(2011, 1, 1), "2011-01-01", "2011/01/01"])
def test_a_query_day_takes_a_date_or_its_text_and_is_sent_with_dashes(day: dt.date | str) -> None:
    empty = {"page_count": 0, "page_size": 10, "total_count": 0, "clients": []}
    with client_on_fake_wire(lambda _: httpx.Response(200, json=empty)) as (client, recorded):
        list_clients.sync(client=client, updated_since=day)
    assert recorded.only.url.params["updated_since"] == "2011-01-01"


def test_a_query_day_that_names_no_day_is_refused_before_sending() -> None:
    with (
        client_on_fake_wire(lambda _: httpx.Response(200)) as (client, recorded),
        pytest.raises(ValueError, match=r"^from_date: '2011-02-30' is not a day"),
    ):
        list_expenses.sync(client=client, from_date="2011-02-30")
    assert recorded.requests == []


def test_the_values_kept_while_reading_stay_few_and_exact() -> None:
    """Days and whole amounts are converted once and looked up after; the memo stays bounded."""
    first = dt.date(2000, 1, 1)
    for offset in range(5_000):
        day = first + dt.timedelta(days=offset)
        assert days_read[day.strftime("%Y/%m/%d")] == day
    assert 0 < len(days_read) <= 4_096
    assert whole_amounts_read[0] == 0
    assert type(whole_amounts_read[0]) is Decimal
    document = json.loads(_text(FIXTURES / "examples" / "invoice_get_response.json"))
    with pytest.raises(TypeError, match="bool is not a decimal number"):
        Invoice.from_dict({**document, "subtotal": True})
