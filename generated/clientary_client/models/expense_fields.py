from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    write_day,
    write_decimal,
)

T = TypeVar("T", bound="ExpenseFields")


@_attrs_define
class ExpenseFields:
    """Writable expense fields; `amount` is required on create."""

    amount: Decimal | float | Unset = UNSET
    """ An amount in the record's currency. """
    description: None | str | Unset = UNSET
    incurred_on: datetime.date | str | Unset = UNSET
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    client_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    project_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        incurred_on = self.incurred_on

        client_id = self.client_id

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if incurred_on is not UNSET:
            field_dict["incurred_on"] = incurred_on
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        # Each typed value in its JSON form, by the one rule of types.py.
        if "amount" in field_dict:
            field_dict["amount"] = write_decimal(field_dict["amount"], "amount")
        if "incurred_on" in field_dict:
            field_dict["incurred_on"] = write_day(field_dict["incurred_on"], "incurred_on")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        description = d.pop("description", UNSET)

        incurred_on = d.pop("incurred_on", UNSET)

        client_id = d.pop("client_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        expense_fields = cls(
            amount,
            description,
            incurred_on,
            client_id,
            project_id,
        )

        expense_fields.additional_properties = d
        return expense_fields

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
