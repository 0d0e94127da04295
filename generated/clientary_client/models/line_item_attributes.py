from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    write_decimal,
)

T = TypeVar("T", bound="LineItemAttributes")


@_attrs_define
class LineItemAttributes:
    """One entry of `invoice_items_attributes`, `estimate_items_attributes` or `recurring_schedule_items_attributes`,
    following Rails nested attributes: without `id` a new line is added (title, quantity and price then required); with
    `id` that line is changed; with `id` and `_destroy` set it is removed. An id belonging to another record is
    rejected.

    """

    id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    title: str | Unset = UNSET
    quantity: Decimal | float | Unset = UNSET
    """ A count of units; may be fractional. """
    price: Decimal | float | Unset = UNSET
    """ An amount in the record's currency. """
    taxable: bool | Unset = UNSET
    item_type: int | Unset = UNSET
    """ 0 section header, 3 regular line item. """
    attr_destroy: bool | Unset = UNSET
    """ With `id`, removes that line. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        quantity = self.quantity

        price = self.price

        taxable = self.taxable

        item_type = self.item_type

        attr_destroy = self.attr_destroy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if attr_destroy is not UNSET:
            field_dict["_destroy"] = attr_destroy

        # Each typed value in its JSON form, by the one rule of types.py.
        if "quantity" in field_dict:
            field_dict["quantity"] = write_decimal(field_dict["quantity"], "quantity")
        if "price" in field_dict:
            field_dict["price"] = write_decimal(field_dict["price"], "price")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        taxable = d.pop("taxable", UNSET)

        item_type = d.pop("item_type", UNSET)

        attr_destroy = d.pop("_destroy", UNSET)

        line_item_attributes = cls(
            id,
            title,
            quantity,
            price,
            taxable,
            item_type,
            attr_destroy,
        )

        line_item_attributes.additional_properties = d
        return line_item_attributes

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
