from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import (
    UNSET,
    Unset,
    write_code,
    write_day,
    write_decimal,
)

if TYPE_CHECKING:
    from ..models.line_item_attributes import LineItemAttributes


T = TypeVar("T", bound="InvoiceFields")


@_attrs_define
class InvoiceFields:
    """Writable invoice fields; `date`, `due_date` and `currency_code` are required on create.

    Codes (help() on an enum class lists its members):
        status (InvoiceStatus): Invoice status: 0 draft, 1 sent, 2 viewed, 3 cancelled, 4 paid, 5
            pending (5 appears on one copy of the docs only).
    """

    number: int | str | Unset = UNSET
    """ The human-facing number to store. The docs send it both as a string (`"102"`) and as an integer (`185`), so
    both are accepted. """
    title: None | str | Unset = UNSET
    date: datetime.date | str | Unset = UNSET
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    due_date: datetime.date | str | Unset = UNSET
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    client_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    project_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    note: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    po: None | str | Unset = UNSET
    status: InvoiceStatus | int | Unset = UNSET
    """ Invoice status: 0 draft, 1 sent, 2 viewed, 3 cancelled, 4 paid, 5 pending (5 appears on one copy of the docs
    only). """
    currency_code: str | Unset = UNSET
    """ ISO 4217 currency code such as `USD` or `EUR`. """
    tax: Decimal | float | Unset = UNSET
    """ A tax rate in percent (5 means 5 %). """
    tax_label: None | str | Unset = UNSET
    tax2: Decimal | float | Unset = UNSET
    """ A tax rate in percent (5 means 5 %). """
    tax2_label: None | str | Unset = UNSET
    tax3: Decimal | float | Unset = UNSET
    """ A tax rate in percent (5 means 5 %). """
    tax3_label: None | str | Unset = UNSET
    compound_tax: bool | Unset = UNSET
    invoice_items_attributes: list[LineItemAttributes] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        date = self.date

        due_date = self.due_date

        client_id = self.client_id

        project_id = self.project_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        po: None | str | Unset
        if isinstance(self.po, Unset):
            po = UNSET
        else:
            po = self.po

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        currency_code = self.currency_code

        tax = self.tax

        tax_label: None | str | Unset
        if isinstance(self.tax_label, Unset):
            tax_label = UNSET
        else:
            tax_label = self.tax_label

        tax2 = self.tax2

        tax2_label: None | str | Unset
        if isinstance(self.tax2_label, Unset):
            tax2_label = UNSET
        else:
            tax2_label = self.tax2_label

        tax3 = self.tax3

        tax3_label: None | str | Unset
        if isinstance(self.tax3_label, Unset):
            tax3_label = UNSET
        else:
            tax3_label = self.tax3_label

        compound_tax = self.compound_tax

        invoice_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_items_attributes, Unset):
            invoice_items_attributes = []
            for invoice_items_attributes_item_data in self.invoice_items_attributes:
                invoice_items_attributes_item = invoice_items_attributes_item_data.to_dict()
                invoice_items_attributes.append(invoice_items_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if note is not UNSET:
            field_dict["note"] = note
        if summary is not UNSET:
            field_dict["summary"] = summary
        if po is not UNSET:
            field_dict["po"] = po
        if status is not UNSET:
            field_dict["status"] = status
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_label is not UNSET:
            field_dict["tax_label"] = tax_label
        if tax2 is not UNSET:
            field_dict["tax2"] = tax2
        if tax2_label is not UNSET:
            field_dict["tax2_label"] = tax2_label
        if tax3 is not UNSET:
            field_dict["tax3"] = tax3
        if tax3_label is not UNSET:
            field_dict["tax3_label"] = tax3_label
        if compound_tax is not UNSET:
            field_dict["compound_tax"] = compound_tax
        if invoice_items_attributes is not UNSET:
            field_dict["invoice_items_attributes"] = invoice_items_attributes

        # Each typed value in its JSON form, by the one rule of types.py.
        if "date" in field_dict:
            field_dict["date"] = write_day(field_dict["date"], "date")
        if "due_date" in field_dict:
            field_dict["due_date"] = write_day(field_dict["due_date"], "due_date")
        if "status" in field_dict:
            field_dict["status"] = write_code(field_dict["status"], "status", InvoiceStatus)
        if "tax" in field_dict:
            field_dict["tax"] = write_decimal(field_dict["tax"], "tax")
        if "tax2" in field_dict:
            field_dict["tax2"] = write_decimal(field_dict["tax2"], "tax2")
        if "tax3" in field_dict:
            field_dict["tax3"] = write_decimal(field_dict["tax3"], "tax3")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        date = d.pop("date", UNSET)

        due_date = d.pop("due_date", UNSET)

        client_id = d.pop("client_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        note = d.pop("note", UNSET)

        summary = d.pop("summary", UNSET)

        po = d.pop("po", UNSET)

        _status = d.pop("status", UNSET)
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        currency_code = d.pop("currency_code", UNSET)

        tax = d.pop("tax", UNSET)

        tax_label = d.pop("tax_label", UNSET)

        tax2 = d.pop("tax2", UNSET)

        tax2_label = d.pop("tax2_label", UNSET)

        tax3 = d.pop("tax3", UNSET)

        tax3_label = d.pop("tax3_label", UNSET)

        compound_tax = d.pop("compound_tax", UNSET)

        _invoice_items_attributes = d.pop("invoice_items_attributes", UNSET)
        invoice_items_attributes: list[LineItemAttributes] | Unset = UNSET
        if _invoice_items_attributes is not UNSET:
            invoice_items_attributes = []
            for invoice_items_attributes_item_data in _invoice_items_attributes:
                invoice_items_attributes_item = LineItemAttributes.from_dict(
                    invoice_items_attributes_item_data
                )

                invoice_items_attributes.append(invoice_items_attributes_item)

        invoice_fields = cls(
            number,
            title,
            date,
            due_date,
            client_id,
            project_id,
            note,
            summary,
            po,
            status,
            currency_code,
            tax,
            tax_label,
            tax2,
            tax2_label,
            tax3,
            tax3_label,
            compound_tax,
            invoice_items_attributes,
        )

        invoice_fields.additional_properties = d
        return invoice_fields

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
from ..models.line_item_attributes import LineItemAttributes  # noqa: E402
