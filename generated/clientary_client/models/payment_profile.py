from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    days_read,
    json_value,
    read_day,
    read_timestamp,
)

T = TypeVar("T", bound="PaymentProfile")


@_attrs_define
class PaymentProfile:
    """A stored card of a client, kept by the payment gateway (Stripe)."""

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    client_id: int
    name: None | str
    address: None | str
    city: None | str
    state: None | str
    zip_: None | str
    country: None | str
    expiration_date: datetime.date | None
    """ A calendar day with slashes or dashes, or null when not set. """
    gateway: str
    """ The gateway holding the card, such as `stripe`. """
    gateway_token: None | str
    """ The gateway's customer id. """
    created_at: datetime.datetime
    """ A moment with its zone: ISO 8601 such as `2012-11-08T21:20:47Z` or `2013-02-06T21:23:21-08:00`, or as Ruby
    writes it, `2011/06/29 23:01:08 -0700`. """
    updated_at: datetime.datetime
    """ A moment with its zone: ISO 8601 such as `2012-11-08T21:20:47Z` or `2013-02-06T21:23:21-08:00`, or as Ruby
    writes it, `2011/06/29 23:01:08 -0700`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        name: None | str
        name = self.name

        address: None | str
        address = self.address

        city: None | str
        city = self.city

        state: None | str
        state = self.state

        zip_: None | str
        zip_ = self.zip_

        country: None | str
        country = self.country

        expiration_date: datetime.date | None
        expiration_date = self.expiration_date

        gateway = self.gateway

        gateway_token: None | str
        gateway_token = self.gateway_token

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "name": name,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip_,
                "country": country,
                "expiration_date": expiration_date,
                "gateway": gateway,
                "gateway_token": gateway_token,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["expiration_date"] = json_value(field_dict["expiration_date"], "expiration_date")
        field_dict["created_at"] = json_value(field_dict["created_at"], "created_at")
        field_dict["updated_at"] = json_value(field_dict["updated_at"], "updated_at")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("client_id")

        name = d.pop("name")

        address = d.pop("address")

        city = d.pop("city")

        state = d.pop("state")

        zip_ = d.pop("zip")

        country = d.pop("country")

        expiration_date = d.pop("expiration_date")
        if expiration_date is not None:
            expiration_date = (
                days_read[expiration_date]
                if expiration_date.__class__ is str
                else read_day(expiration_date)
            )

        gateway = d.pop("gateway")

        gateway_token = d.pop("gateway_token")

        created_at = read_timestamp(d.pop("created_at"))

        updated_at = read_timestamp(d.pop("updated_at"))

        payment_profile = cls(
            id,
            client_id,
            name,
            address,
            city,
            state,
            zip_,
            country,
            expiration_date,
            gateway,
            gateway_token,
            created_at,
            updated_at,
        )

        payment_profile.additional_properties = d
        return payment_profile

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
