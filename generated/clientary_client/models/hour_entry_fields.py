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

T = TypeVar("T", bound="HourEntryFields")


@_attrs_define
class HourEntryFields:
    """Writable fields of a time entry; `hours` and `title` are required on create."""

    hours: Decimal | float | Unset = UNSET
    """ Hours worked; may be fractional. """
    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    date: datetime.date | str | Unset = UNSET
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    rate: Decimal | float | Unset = UNSET
    """ An amount in the record's currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hours = self.hours

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        date = self.date

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hours is not UNSET:
            field_dict["hours"] = hours
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if date is not UNSET:
            field_dict["date"] = date
        if rate is not UNSET:
            field_dict["rate"] = rate

        # Each typed value in its JSON form, by the one rule of types.py.
        if "hours" in field_dict:
            field_dict["hours"] = write_decimal(field_dict["hours"], "hours")
        if "date" in field_dict:
            field_dict["date"] = write_day(field_dict["date"], "date")
        if "rate" in field_dict:
            field_dict["rate"] = write_decimal(field_dict["rate"], "rate")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hours = d.pop("hours", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        date = d.pop("date", UNSET)

        rate = d.pop("rate", UNSET)

        hour_entry_fields = cls(
            hours,
            title,
            description,
            date,
            rate,
        )

        hour_entry_fields.additional_properties = d
        return hour_entry_fields

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
