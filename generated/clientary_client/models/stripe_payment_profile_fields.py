from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    write_day,
)

T = TypeVar("T", bound="StripePaymentProfileFields")


@_attrs_define
class StripePaymentProfileFields:
    """A card already stored at Stripe, registered by its Stripe ids."""

    stripe_customer_id: str
    stripe_source_id: str
    last_four_digits: str
    name: str
    expiration_date: datetime.date | str
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    card_type: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe_customer_id = self.stripe_customer_id

        stripe_source_id = self.stripe_source_id

        last_four_digits = self.last_four_digits

        name = self.name

        expiration_date = self.expiration_date

        card_type = self.card_type

        address = self.address

        city = self.city

        zip_ = self.zip_

        state = self.state

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stripe_customer_id": stripe_customer_id,
                "stripe_source_id": stripe_source_id,
                "last_four_digits": last_four_digits,
                "name": name,
                "expiration_date": expiration_date,
            }
        )
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["expiration_date"] = write_day(field_dict["expiration_date"], "expiration_date")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stripe_customer_id = d.pop("stripe_customer_id")

        stripe_source_id = d.pop("stripe_source_id")

        last_four_digits = d.pop("last_four_digits")

        name = d.pop("name")

        expiration_date = d.pop("expiration_date")

        card_type = d.pop("card_type", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        zip_ = d.pop("zip", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        stripe_payment_profile_fields = cls(
            stripe_customer_id,
            stripe_source_id,
            last_four_digits,
            name,
            expiration_date,
            card_type,
            address,
            city,
            zip_,
            state,
            country,
        )

        stripe_payment_profile_fields.additional_properties = d
        return stripe_payment_profile_fields

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
