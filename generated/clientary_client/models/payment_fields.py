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

T = TypeVar("T", bound="PaymentFields")


@_attrs_define
class PaymentFields:
    """A payment to record. Either an `amount` (with an optional note), or a `payment_profile_id`, in which case the
    invoice's whole balance is charged to that profile and `amount` and `note` are ignored.

    """

    amount: Decimal | float | Unset = UNSET
    """ An amount received, more than zero. """
    note: None | str | Unset = UNSET
    received_on: datetime.date | str | Unset = UNSET
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    payment_profile_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        received_on = self.received_on

        payment_profile_id = self.payment_profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if note is not UNSET:
            field_dict["note"] = note
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
        if payment_profile_id is not UNSET:
            field_dict["payment_profile_id"] = payment_profile_id

        # Each typed value in its JSON form, by the one rule of types.py.
        if "amount" in field_dict:
            field_dict["amount"] = write_decimal(field_dict["amount"], "amount")
        if "received_on" in field_dict:
            field_dict["received_on"] = write_day(field_dict["received_on"], "received_on")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        note = d.pop("note", UNSET)

        received_on = d.pop("received_on", UNSET)

        payment_profile_id = d.pop("payment_profile_id", UNSET)

        payment_fields = cls(
            amount,
            note,
            received_on,
            payment_profile_id,
        )

        payment_fields.additional_properties = d
        return payment_fields

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
