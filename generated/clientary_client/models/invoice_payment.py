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
    days_read,
    json_value,
    read_day,
    read_decimal,
    read_timestamp,
    whole_amounts_read,
)

T = TypeVar("T", bound="InvoicePayment")


@_attrs_define
class InvoicePayment:
    """A payment as embedded in its invoice."""

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    amount: Decimal
    """ An amount in the record's currency: a JSON number (`129.15`) or a decimal string (`"129.15"`). """
    note: None | str
    received_on: datetime.date
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    invoice_id: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    """ A moment with its zone: ISO 8601 such as `2012-11-08T21:20:47Z` or `2013-02-06T21:23:21-08:00`, or as Ruby
    writes it, `2011/06/29 23:01:08 -0700`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount: Decimal
        amount = self.amount

        note: None | str
        note = self.note

        received_on = self.received_on

        invoice_id = self.invoice_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "note": note,
                "received_on": received_on,
            }
        )
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["amount"] = json_value(field_dict["amount"], "amount")
        field_dict["received_on"] = json_value(field_dict["received_on"], "received_on")
        if "updated_at" in field_dict:
            field_dict["updated_at"] = json_value(field_dict["updated_at"], "updated_at")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")
        if amount.__class__ is not Decimal:
            amount = whole_amounts_read[amount] if amount.__class__ is int else read_decimal(amount)

        note = d.pop("note")

        received_on = d.pop("received_on")
        received_on = (
            days_read[received_on] if received_on.__class__ is str else read_day(received_on)
        )

        invoice_id = d.pop("invoice_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not UNSET:
            updated_at = read_timestamp(updated_at)

        invoice_payment = cls(
            id,
            amount,
            note,
            received_on,
            invoice_id,
            updated_at,
        )

        invoice_payment.additional_properties = d
        return invoice_payment

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
