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

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """Money received against an invoice."""

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    invoice_id: int
    amount: Decimal
    """ An amount in the record's currency: a JSON number (`129.15`) or a decimal string (`"129.15"`). """
    note: None | str
    received_on: datetime.date
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    transaction_fee_amount: Decimal | None
    """ An amount as Money reads it, or null when none was entered. """
    transaction_id: None | str
    """ The payment gateway's id for the charge; empty unless a gateway took the payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invoice_id = self.invoice_id

        amount: Decimal
        amount = self.amount

        note: None | str
        note = self.note

        received_on = self.received_on

        transaction_fee_amount: Decimal | None
        transaction_fee_amount = self.transaction_fee_amount

        transaction_id: None | str
        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invoice_id": invoice_id,
                "amount": amount,
                "note": note,
                "received_on": received_on,
                "transaction_fee_amount": transaction_fee_amount,
                "transaction_id": transaction_id,
            }
        )

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["amount"] = json_value(field_dict["amount"], "amount")
        field_dict["received_on"] = json_value(field_dict["received_on"], "received_on")
        field_dict["transaction_fee_amount"] = json_value(
            field_dict["transaction_fee_amount"], "transaction_fee_amount"
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        invoice_id = d.pop("invoice_id")

        amount = d.pop("amount")
        if amount.__class__ is not Decimal:
            amount = whole_amounts_read[amount] if amount.__class__ is int else read_decimal(amount)

        note = d.pop("note")

        received_on = d.pop("received_on")
        received_on = (
            days_read[received_on] if received_on.__class__ is str else read_day(received_on)
        )

        transaction_fee_amount = d.pop("transaction_fee_amount")
        if transaction_fee_amount.__class__ is not Decimal and transaction_fee_amount is not None:
            transaction_fee_amount = (
                whole_amounts_read[transaction_fee_amount]
                if transaction_fee_amount.__class__ is int
                else read_decimal(transaction_fee_amount)
            )

        transaction_id = d.pop("transaction_id")

        payment = cls(
            id,
            invoice_id,
            amount,
            note,
            received_on,
            transaction_fee_amount,
            transaction_id,
        )

        payment.additional_properties = d
        return payment

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
