from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extra_fields_input import ExtraFieldsInput


T = TypeVar("T", bound="NewClientFields")


@_attrs_define
class NewClientFields:
    name: str
    number: str | Unset = UNSET
    """ Must not be used by another record of the same kind. """
    address: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    invoice_extra_fields: ExtraFieldsInput | Unset = UNSET
    """ Custom invoice fields for the client, as a JSON object (`{}` clears them). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        name = self.name

        number = self.number

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        invoice_extra_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_extra_fields, Unset):
            invoice_extra_fields = self.invoice_extra_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if address is not UNSET:
            field_dict["address"] = address
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if website is not UNSET:
            field_dict["website"] = website
        if description is not UNSET:
            field_dict["description"] = description
        if invoice_extra_fields is not UNSET:
            field_dict["invoice_extra_fields"] = invoice_extra_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        name = d.pop("name")

        number = d.pop("number", UNSET)

        address = d.pop("address", UNSET)

        address_2 = d.pop("address_2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        website = d.pop("website", UNSET)

        description = d.pop("description", UNSET)

        _invoice_extra_fields = d.pop("invoice_extra_fields", UNSET)
        invoice_extra_fields: ExtraFieldsInput | Unset
        if isinstance(_invoice_extra_fields, Unset):
            invoice_extra_fields = UNSET
        else:
            invoice_extra_fields = ExtraFieldsInput.from_dict(_invoice_extra_fields)

        new_client_fields = cls(
            name,
            number,
            address,
            address_2,
            city,
            state,
            zip_,
            country,
            website,
            description,
            invoice_extra_fields,
        )

        new_client_fields.additional_properties = d
        return new_client_fields

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


# Bound once here, after the class: see the header of spec/templates/model.py.jinja.
from ..models.extra_fields_input import ExtraFieldsInput  # noqa: E402
