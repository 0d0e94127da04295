from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimate_status import EstimateStatus, read_estimate_status
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
    from ..models.line_item import LineItem


T = TypeVar("T", bound="Estimate")


@_attrs_define
class Estimate:
    """A quote for work, with lines, taxes and totals, that can be accepted or declined.

    Codes (help() on an enum class lists its members):
        status (EstimateStatus): Estimate status: 0 draft, 1 sent, 2 viewed, 3 cancelled, 4
            declined, 5 revised, 6 accepted, 7 archived.
    """

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    number: None | str
    """ The human-facing number of a record. Responses always carry it as a string (`"184"`, `"PROJ101"`). """
    title: None | str
    date: datetime.date
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    client_id: int | None
    note: None | str
    summary: None | str
    status: EstimateStatus
    """ 0 draft, 1 sent, 2 viewed, 3 cancelled, 4 declined, 5 revised, 6 accepted, 7 archived. """
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
    tax3: Decimal
    """ A tax rate in percent (5 means 5 %), as a number or a decimal string. """
    tax3_label: None | str
    compound_tax: bool
    total_cost: Decimal
    """ A sum the server works out (a subtotal, a total, a balance, a tax), as a number or a decimal string. It has
    no bound of its own: many line items added up can exceed the bounds of the amounts they are made from. """
    estimate_items: list[LineItem]
    project_id: int | None | Unset = UNSET
    """ The project the estimate is for, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        number: None | str
        number = self.number

        title: None | str
        title = self.title

        date = self.date

        client_id: int | None
        client_id = self.client_id

        note: None | str
        note = self.note

        summary: None | str
        summary = self.summary

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

        tax3: Decimal
        tax3 = self.tax3

        tax3_label: None | str
        tax3_label = self.tax3_label

        compound_tax = self.compound_tax

        total_cost: Decimal
        total_cost = self.total_cost

        estimate_items = []
        for estimate_items_item_data in self.estimate_items:
            estimate_items_item = estimate_items_item_data.to_dict()
            estimate_items.append(estimate_items_item)

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "title": title,
                "date": date,
                "client_id": client_id,
                "note": note,
                "summary": summary,
                "status": status,
                "currency_code": currency_code,
                "subtotal": subtotal,
                "tax": tax,
                "tax_label": tax_label,
                "tax2": tax2,
                "tax2_label": tax2_label,
                "tax3": tax3,
                "tax3_label": tax3_label,
                "compound_tax": compound_tax,
                "total_cost": total_cost,
                "estimate_items": estimate_items,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["date"] = json_value(field_dict["date"], "date")
        field_dict["status"] = json_value(field_dict["status"], "status")
        field_dict["subtotal"] = json_value(field_dict["subtotal"], "subtotal")
        field_dict["tax"] = json_value(field_dict["tax"], "tax")
        field_dict["tax2"] = json_value(field_dict["tax2"], "tax2")
        field_dict["tax3"] = json_value(field_dict["tax3"], "tax3")
        field_dict["total_cost"] = json_value(field_dict["total_cost"], "total_cost")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        title = d.pop("title")

        date = d.pop("date")
        date = days_read[date] if date.__class__ is str else read_day(date)

        client_id = d.pop("client_id")

        note = d.pop("note")

        summary = d.pop("summary")

        status = read_estimate_status(d.pop("status"))

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

        tax3 = d.pop("tax3")
        if tax3.__class__ is not Decimal:
            tax3 = whole_amounts_read[tax3] if tax3.__class__ is int else read_decimal(tax3)

        tax3_label = d.pop("tax3_label")

        compound_tax = d.pop("compound_tax")

        total_cost = d.pop("total_cost")
        if total_cost.__class__ is not Decimal:
            total_cost = (
                whole_amounts_read[total_cost]
                if total_cost.__class__ is int
                else read_decimal(total_cost)
            )

        estimate_items = []
        _estimate_items = d.pop("estimate_items")
        for estimate_items_item_data in _estimate_items:
            estimate_items_item = LineItem.from_dict(estimate_items_item_data)

            estimate_items.append(estimate_items_item)

        project_id = d.pop("project_id", UNSET)

        estimate = cls(
            id,
            number,
            title,
            date,
            client_id,
            note,
            summary,
            status,
            currency_code,
            subtotal,
            tax,
            tax_label,
            tax2,
            tax2_label,
            tax3,
            tax3_label,
            compound_tax,
            total_cost,
            estimate_items,
            project_id,
        )

        estimate.additional_properties = d
        return estimate

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
from ..models.line_item import LineItem  # noqa: E402
