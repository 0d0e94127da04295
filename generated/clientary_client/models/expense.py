from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    days_read,
    json_value,
    read_day,
    read_decimal,
    whole_amounts_read,
)

T = TypeVar("T", bound="Expense")


@_attrs_define
class Expense:
    """Money spent, optionally tied to a client or project and later billed."""

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    amount: Decimal
    """ An amount in the record's currency: a JSON number (`129.15`) or a decimal string (`"129.15"`). """
    description: None | str
    incurred_on: datetime.date | None
    """ A calendar day with slashes or dashes, or null when not set. """
    client_id: int | None
    project_id: int | None
    invoice_id: int | None
    """ The invoice the expense was billed on, if any. """
    invoice_item_id: int | None
    user_id: int | None
    """ The staff user who recorded the expense. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount: Decimal
        amount = self.amount

        description: None | str
        description = self.description

        incurred_on: datetime.date | None
        incurred_on = self.incurred_on

        client_id: int | None
        client_id = self.client_id

        project_id: int | None
        project_id = self.project_id

        invoice_id: int | None
        invoice_id = self.invoice_id

        invoice_item_id: int | None
        invoice_item_id = self.invoice_item_id

        user_id: int | None
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "description": description,
                "incurred_on": incurred_on,
                "client_id": client_id,
                "project_id": project_id,
                "invoice_id": invoice_id,
                "invoice_item_id": invoice_item_id,
                "user_id": user_id,
            }
        )

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["amount"] = json_value(field_dict["amount"], "amount")
        field_dict["incurred_on"] = json_value(field_dict["incurred_on"], "incurred_on")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")
        if amount.__class__ is not Decimal:
            amount = whole_amounts_read[amount] if amount.__class__ is int else read_decimal(amount)

        description = d.pop("description")

        incurred_on = d.pop("incurred_on")
        if incurred_on is not None:
            incurred_on = (
                days_read[incurred_on] if incurred_on.__class__ is str else read_day(incurred_on)
            )

        client_id = d.pop("client_id")

        project_id = d.pop("project_id")

        invoice_id = d.pop("invoice_id")

        invoice_item_id = d.pop("invoice_item_id")

        user_id = d.pop("user_id")

        expense = cls(
            id,
            amount,
            description,
            incurred_on,
            client_id,
            project_id,
            invoice_id,
            invoice_item_id,
            user_id,
        )

        expense.additional_properties = d
        return expense

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
