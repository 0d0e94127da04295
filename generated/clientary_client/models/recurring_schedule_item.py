from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringScheduleItem")


@_attrs_define
class RecurringScheduleItem:
    """One line of a recurring schedule. Unlike invoice lines, the price comes as a string and the tax flags are keys
    ending in `?`.

    """

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    recurring_schedule_id: int | Unset = UNSET
    item_type: int | Unset = UNSET
    """ 0 section header, 3 regular line item; the docs' own example shows 1, so other codes occur. """
    title: None | str | Unset = UNSET
    price: float | str | Unset = UNSET
    """ The unit price, written as a decimal string such as `"49.99"`. """
    quantity: float | Unset = UNSET
    """ A count of units; may be fractional. """
    taxable: bool | Unset = UNSET
    secondary_tax: bool | Unset = UNSET
    tertiary_tax: bool | Unset = UNSET
    total_tax: float | Unset = UNSET
    """ A sum the server works out (a cost, a subtotal, a total, a balance). It has no bound of its own: hours times
    a rate, or many line items added up, can exceed the bounds of the amounts they are made from. """
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

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity = self.quantity

        taxable = self.taxable

        secondary_tax = self.secondary_tax

        tertiary_tax = self.tertiary_tax

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        recurring_schedule_id = d.pop("recurring_schedule_id", UNSET)

        item_type = d.pop("item_type", UNSET)

        title = d.pop("title", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        taxable = d.pop("taxable?", UNSET)

        secondary_tax = d.pop("secondary_tax?", UNSET)

        tertiary_tax = d.pop("tertiary_tax?", UNSET)

        total_tax = d.pop("total_tax", UNSET)

        recurring_schedule_item = cls(
            id=id,
            recurring_schedule_id=recurring_schedule_id,
            item_type=item_type,
            title=title,
            price=price,
            quantity=quantity,
            taxable=taxable,
            secondary_tax=secondary_tax,
            tertiary_tax=tertiary_tax,
            total_tax=total_tax,
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
