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

T = TypeVar("T", bound="LineItem")


@_attrs_define
class LineItem:
    """One line of an invoice or estimate. A section header (`item_type` 0) may come without a price, a quantity or a tax
    flag; on other lines the tax flag is `taxable`, or `taxable?` as on recurring lines (read it with `item["taxable?"]`
    when `taxable` is unset).

    Codes (help() on an enum class lists its members):
        item_type (LineItemType): What a line is: 0 a section header, 3 a regular line item.
    """

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    title: None | str
    price: Decimal | None | Unset = UNSET
    """ An amount as Money reads it, or null when none was entered. """
    quantity: Decimal | None | Unset = UNSET
    """ A quantity as Quantity reads it, or null when there is none. """
    taxable: bool | Unset = UNSET
    item_type: LineItemType | Unset = UNSET
    """ 0 section header, 3 regular line item. Kept open to codes the docs do not list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str
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

        item_type = self.item_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if item_type is not UNSET:
            field_dict["item_type"] = item_type

        # Each typed value in its JSON form, by the one rule of types.py.
        if "price" in field_dict:
            field_dict["price"] = json_value(field_dict["price"], "price")
        if "quantity" in field_dict:
            field_dict["quantity"] = json_value(field_dict["quantity"], "quantity")
        if "item_type" in field_dict:
            field_dict["item_type"] = json_value(field_dict["item_type"], "item_type")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

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

        taxable = d.pop("taxable", UNSET)

        item_type = d.pop("item_type", UNSET)
        if item_type is not UNSET:
            item_type = read_line_item_type(item_type)

        line_item = cls(
            id,
            title,
            price,
            quantity,
            taxable,
            item_type,
        )

        line_item.additional_properties = d
        return line_item

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
