from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_status import ClientStatus, read_client_status
from ..types import (
    UNSET,
    Unset,
    json_value,
)

T = TypeVar("T", bound="ClientRecord")


@_attrs_define
class ClientRecord:
    """A company or person the account works for and bills.

    Codes (help() on an enum class lists its members):
        status (ClientStatus): Client status: 1 active, 2 archived.
    """

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    number: None | str
    """ The human-facing number of a record. Responses always carry it as a string (`"184"`, `"PROJ101"`). """
    name: str
    """ Display name of the client. """
    address: None | str
    address_2: None | str
    city: None | str
    state: None | str
    zip_: None | str
    country: None | str
    website: None | str
    description: None | str
    invoice_extra_fields: Any
    """ Custom invoice fields configured for the client. Null when none are set; the docs never show a filled value,
    so its shape is left open. """
    status: ClientStatus | Unset = UNSET
    """ 1 active, 2 archived. Documented as a client code but absent from the documented client object, so it may
    never be sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: None | str
        number = self.number

        name = self.name

        address: None | str
        address = self.address

        address_2: None | str
        address_2 = self.address_2

        city: None | str
        city = self.city

        state: None | str
        state = self.state

        zip_: None | str
        zip_ = self.zip_

        country: None | str
        country = self.country

        website: None | str
        website = self.website

        description: None | str
        description = self.description

        invoice_extra_fields = self.invoice_extra_fields

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "name": name,
                "address": address,
                "address_2": address_2,
                "city": city,
                "state": state,
                "zip": zip_,
                "country": country,
                "website": website,
                "description": description,
                "invoice_extra_fields": invoice_extra_fields,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        # Each typed value in its JSON form, by the one rule of types.py.
        if "status" in field_dict:
            field_dict["status"] = json_value(field_dict["status"], "status")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        name = d.pop("name")

        address = d.pop("address")

        address_2 = d.pop("address_2")

        city = d.pop("city")

        state = d.pop("state")

        zip_ = d.pop("zip")

        country = d.pop("country")

        website = d.pop("website")

        description = d.pop("description")

        invoice_extra_fields = d.pop("invoice_extra_fields")

        status = d.pop("status", UNSET)
        if status is not UNSET:
            status = read_client_status(status)

        client_record = cls(
            id,
            number,
            name,
            address,
            address_2,
            city,
            state,
            zip_,
            country,
            website,
            description,
            invoice_extra_fields,
            status,
        )

        client_record.additional_properties = d
        return client_record

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
