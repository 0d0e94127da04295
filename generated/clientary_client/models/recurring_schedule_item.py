from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_type import LineItemType, read_line_item_type
from ..types import (
    UNSET,
    Unset,
    json_value,
    read_decimal,
    whole_amounts_read,
)

T = TypeVar("T", bound="RecurringScheduleItem")


@_attrs_define
class RecurringScheduleItem:
    """One line of a recurring schedule. The docs show its price as a string and its tax flags as keys ending in `?`; a
    section header may come without price or quantity.

    Codes (help() on an enum class lists its members):
        item_type (LineItemType): What a line is: 0 a section header, 3 a regular line item.
    """

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    recurring_schedule_id: int | Unset = UNSET
    item_type: LineItemType | Unset = UNSET
    """ 0 section header, 3 regular line item; the docs' own example shows 1, so other codes occur. """
    title: None | str | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    """ An amount as Money reads it, or null when none was entered. """
    quantity: Decimal | None | Unset = UNSET
    """ A quantity as Quantity reads it, or null when there is none. """
    taxable: bool | Unset = UNSET
    secondary_tax: bool | Unset = UNSET
    tertiary_tax: bool | Unset = UNSET
    total_tax: Decimal | Unset = UNSET
    """ A sum the server works out (a subtotal, a total, a balance, a tax), as a number or a decimal string. It has
    no bound of its own: many line items added up can exceed the bounds of the amounts they are made from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        recurring_schedule_id = self.recurring_schedule_id

        item_type = self.item_type

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        price: Decimal | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: Decimal | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        taxable = self.taxable

        secondary_tax = self.secondary_tax

        tertiary_tax = self.tertiary_tax

        total_tax: Decimal | Unset
        if isinstance(self.total_tax, Unset):
            total_tax = UNSET
        else:
            total_tax = self.total_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if recurring_schedule_id is not UNSET:
            field_dict["recurring_schedule_id"] = recurring_schedule_id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if title is not UNSET:
            field_dict["title"] = title
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if taxable is not UNSET:
            field_dict["taxable?"] = taxable
        if secondary_tax is not UNSET:
            field_dict["secondary_tax?"] = secondary_tax
        if tertiary_tax is not UNSET:
            field_dict["tertiary_tax?"] = tertiary_tax
        if total_tax is not UNSET:
            field_dict["total_tax"] = total_tax

        # Each typed value in its JSON form, by the one rule of types.py.
        if "item_type" in field_dict:
            field_dict["item_type"] = json_value(field_dict["item_type"], "item_type")
        if "price" in field_dict:
            field_dict["price"] = json_value(field_dict["price"], "price")
        if "quantity" in field_dict:
            field_dict["quantity"] = json_value(field_dict["quantity"], "quantity")
        if "total_tax" in field_dict:
            field_dict["total_tax"] = json_value(field_dict["total_tax"], "total_tax")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        recurring_schedule_id = d.pop("recurring_schedule_id", UNSET)

        item_type = d.pop("item_type", UNSET)
        if item_type is not UNSET:
            item_type = read_line_item_type(item_type)

        title = d.pop("title", UNSET)

        price = d.pop("price", UNSET)
        if price.__class__ is not Decimal and price is not None and price is not UNSET:
            price = whole_amounts_read[price] if price.__class__ is int else read_decimal(price)

        quantity = d.pop("quantity", UNSET)
        if quantity.__class__ is not Decimal and quantity is not None and quantity is not UNSET:
            quantity = (
                whole_amounts_read[quantity]
                if quantity.__class__ is int
                else read_decimal(quantity)
            )

        taxable = d.pop("taxable?", UNSET)

        secondary_tax = d.pop("secondary_tax?", UNSET)

        tertiary_tax = d.pop("tertiary_tax?", UNSET)

        total_tax = d.pop("total_tax", UNSET)
        if total_tax.__class__ is not Decimal and total_tax is not UNSET:
            total_tax = (
                whole_amounts_read[total_tax]
                if total_tax.__class__ is int
                else read_decimal(total_tax)
            )

        recurring_schedule_item = cls(
            id,
            recurring_schedule_id,
            item_type,
            title,
            price,
            quantity,
            taxable,
            secondary_tax,
            tertiary_tax,
            total_tax,
        )

        recurring_schedule_item.additional_properties = d
        return recurring_schedule_item

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
