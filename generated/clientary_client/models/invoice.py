from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus, read_invoice_status
from ..types import (
    UNSET,
    Unset,
    days_read,
    json_value,
    read_day,
    read_decimal,
    whole_amounts_read,
)

if TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem
    from ..models.recurring_schedule_ref import RecurringScheduleRef


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """A bill sent to a client, with its lines, taxes, totals and payments. Totals are computed by Clientary from the lines
    and taxes.

    Codes (help() on an enum class lists its members):
        status (InvoiceStatus): Invoice status: 0 draft, 1 sent, 2 viewed, 3 cancelled, 4 paid, 5
            pending (5 appears on one copy of the docs only).
    """

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    number: None | str
    """ The human-facing number of a record. Responses always carry it as a string (`"184"`, `"PROJ101"`). """
    title: None | str
    date: datetime.date
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    due_date: datetime.date | None
    """ A calendar day with slashes or dashes, or null when not set. """
    client_id: int | None
    note: None | str
    summary: None | str
    po: None | str
    status: InvoiceStatus
    """ 0 draft, 1 sent, 2 viewed, 3 cancelled, 4 paid, 5 pending. Kept open to codes the docs do not list. """
    currency_code: str
    subtotal: Decimal
    """ A sum the server works out (a subtotal, a total, a balance, a tax), as a number or a decimal string. It has
    no bound of its own: many line items added up can exceed the bounds of the amounts they are made from. """
    tax: Decimal
    """ A tax rate in percent (5 means 5 %), as a number or a decimal string. """
    tax_label: None | str
    tax2: Decimal
    """ A tax rate in percent (5 means 5 %), as a number or a decimal string. """
    tax2_label: None | str
    compound_tax: bool
    """ When true the second tax is charged on the subtotal plus the first tax. """
    total_cost: Decimal
    """ A sum the server works out (a subtotal, a total, a balance, a tax), as a number or a decimal string. It has
    no bound of its own: many line items added up can exceed the bounds of the amounts they are made from. """
    total_payments: Decimal
    """ A sum the server works out (a subtotal, a total, a balance, a tax), as a number or a decimal string. It has
    no bound of its own: many line items added up can exceed the bounds of the amounts they are made from. """
    balance: Decimal
    """ A sum the server works out (a subtotal, a total, a balance, a tax), as a number or a decimal string. It has
    no bound of its own: many line items added up can exceed the bounds of the amounts they are made from. """
    invoice_items: list[LineItem]
    recurring_schedules: list[RecurringScheduleRef]
    project_id: int | None | Unset = UNSET
    """ The project the invoice bills for, if any. """
    tax3: Decimal | Unset = UNSET
    """ A tax rate in percent (5 means 5 %), as a number or a decimal string. """
    tax3_label: None | str | Unset = UNSET
    payments: list[InvoicePayment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        number: None | str
        number = self.number

        title: None | str
        title = self.title

        date = self.date

        due_date: datetime.date | None
        due_date = self.due_date

        client_id: int | None
        client_id = self.client_id

        note: None | str
        note = self.note

        summary: None | str
        summary = self.summary

        po: None | str
        po = self.po

        status = self.status

        currency_code = self.currency_code

        subtotal: Decimal
        subtotal = self.subtotal

        tax: Decimal
        tax = self.tax

        tax_label: None | str
        tax_label = self.tax_label

        tax2: Decimal
        tax2 = self.tax2

        tax2_label: None | str
        tax2_label = self.tax2_label

        compound_tax = self.compound_tax

        total_cost: Decimal
        total_cost = self.total_cost

        total_payments: Decimal
        total_payments = self.total_payments

        balance: Decimal
        balance = self.balance

        invoice_items = []
        for invoice_items_item_data in self.invoice_items:
            invoice_items_item = invoice_items_item_data.to_dict()
            invoice_items.append(invoice_items_item)

        recurring_schedules = []
        for recurring_schedules_item_data in self.recurring_schedules:
            recurring_schedules_item = recurring_schedules_item_data.to_dict()
            recurring_schedules.append(recurring_schedules_item)

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        tax3: Decimal | Unset
        if isinstance(self.tax3, Unset):
            tax3 = UNSET
        else:
            tax3 = self.tax3

        tax3_label: None | str | Unset
        if isinstance(self.tax3_label, Unset):
            tax3_label = UNSET
        else:
            tax3_label = self.tax3_label

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "title": title,
                "date": date,
                "due_date": due_date,
                "client_id": client_id,
                "note": note,
                "summary": summary,
                "po": po,
                "status": status,
                "currency_code": currency_code,
                "subtotal": subtotal,
                "tax": tax,
                "tax_label": tax_label,
                "tax2": tax2,
                "tax2_label": tax2_label,
                "compound_tax": compound_tax,
                "total_cost": total_cost,
                "total_payments": total_payments,
                "balance": balance,
                "invoice_items": invoice_items,
                "recurring_schedules": recurring_schedules,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if tax3 is not UNSET:
            field_dict["tax3"] = tax3
        if tax3_label is not UNSET:
            field_dict["tax3_label"] = tax3_label
        if payments is not UNSET:
            field_dict["payments"] = payments

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["date"] = json_value(field_dict["date"], "date")
        field_dict["due_date"] = json_value(field_dict["due_date"], "due_date")
        field_dict["status"] = json_value(field_dict["status"], "status")
        field_dict["subtotal"] = json_value(field_dict["subtotal"], "subtotal")
        field_dict["tax"] = json_value(field_dict["tax"], "tax")
        field_dict["tax2"] = json_value(field_dict["tax2"], "tax2")
        field_dict["total_cost"] = json_value(field_dict["total_cost"], "total_cost")
        field_dict["total_payments"] = json_value(field_dict["total_payments"], "total_payments")
        field_dict["balance"] = json_value(field_dict["balance"], "balance")
        if "tax3" in field_dict:
            field_dict["tax3"] = json_value(field_dict["tax3"], "tax3")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        title = d.pop("title")

        date = d.pop("date")
        date = days_read[date] if date.__class__ is str else read_day(date)

        due_date = d.pop("due_date")
        if due_date is not None:
            due_date = days_read[due_date] if due_date.__class__ is str else read_day(due_date)

        client_id = d.pop("client_id")

        note = d.pop("note")

        summary = d.pop("summary")

        po = d.pop("po")

        status = read_invoice_status(d.pop("status"))

        currency_code = d.pop("currency_code")

        subtotal = d.pop("subtotal")
        if subtotal.__class__ is not Decimal:
            subtotal = (
                whole_amounts_read[subtotal]
                if subtotal.__class__ is int
                else read_decimal(subtotal)
            )

        tax = d.pop("tax")
        if tax.__class__ is not Decimal:
            tax = whole_amounts_read[tax] if tax.__class__ is int else read_decimal(tax)

        tax_label = d.pop("tax_label")

        tax2 = d.pop("tax2")
        if tax2.__class__ is not Decimal:
            tax2 = whole_amounts_read[tax2] if tax2.__class__ is int else read_decimal(tax2)

        tax2_label = d.pop("tax2_label")

        compound_tax = d.pop("compound_tax")

        total_cost = d.pop("total_cost")
        if total_cost.__class__ is not Decimal:
            total_cost = (
                whole_amounts_read[total_cost]
                if total_cost.__class__ is int
                else read_decimal(total_cost)
            )

        total_payments = d.pop("total_payments")
        if total_payments.__class__ is not Decimal:
            total_payments = (
                whole_amounts_read[total_payments]
                if total_payments.__class__ is int
                else read_decimal(total_payments)
            )

        balance = d.pop("balance")
        if balance.__class__ is not Decimal:
            balance = (
                whole_amounts_read[balance] if balance.__class__ is int else read_decimal(balance)
            )

        invoice_items = []
        _invoice_items = d.pop("invoice_items")
        for invoice_items_item_data in _invoice_items:
            invoice_items_item = LineItem.from_dict(invoice_items_item_data)

            invoice_items.append(invoice_items_item)

        recurring_schedules = []
        _recurring_schedules = d.pop("recurring_schedules")
        for recurring_schedules_item_data in _recurring_schedules:
            recurring_schedules_item = RecurringScheduleRef.from_dict(recurring_schedules_item_data)

            recurring_schedules.append(recurring_schedules_item)

        project_id = d.pop("project_id", UNSET)

        tax3 = d.pop("tax3", UNSET)
        if tax3.__class__ is not Decimal and tax3 is not UNSET:
            tax3 = whole_amounts_read[tax3] if tax3.__class__ is int else read_decimal(tax3)

        tax3_label = d.pop("tax3_label", UNSET)

        _payments = d.pop("payments", UNSET)
        payments: list[InvoicePayment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = InvoicePayment.from_dict(payments_item_data)

                payments.append(payments_item)

        invoice = cls(
            id,
            number,
            title,
            date,
            due_date,
            client_id,
            note,
            summary,
            po,
            status,
            currency_code,
            subtotal,
            tax,
            tax_label,
            tax2,
            tax2_label,
            compound_tax,
            total_cost,
            total_payments,
            balance,
            invoice_items,
            recurring_schedules,
            project_id,
            tax3,
            tax3_label,
            payments,
        )

        invoice.additional_properties = d
        return invoice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once here, after the class: see the header of spec/templates/model.py.jinja.
from ..models.invoice_payment import InvoicePayment  # noqa: E402
from ..models.line_item import LineItem  # noqa: E402
from ..models.recurring_schedule_ref import RecurringScheduleRef  # noqa: E402
