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

T = TypeVar("T", bound="HourEntry")


@_attrs_define
class HourEntry:
    """Time logged against a project by a staff user, billed later on an invoice."""

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    project_id: int
    user_id: int | None
    """ The staff user who logged the time (the token's user when created via the API). """
    title: None | str
    description: None | str
    date: datetime.date
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    hours: Decimal
    """ A count of units or of hours, maybe fractional, as a number or a decimal string. """
    rate: Decimal | None
    """ An amount as Money reads it, or null when none was entered. """
    cost: Decimal | None
    """ A sum as Amount reads it, or null when there is nothing to work it out from. """
    billed: bool
    """ Whether the time has been put on an invoice. The key really ends in `?`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        user_id: int | None
        user_id = self.user_id

        title: None | str
        title = self.title

        description: None | str
        description = self.description

        date = self.date

        hours: Decimal
        hours = self.hours

        rate: Decimal | None
        rate = self.rate

        cost: Decimal | None
        cost = self.cost

        billed = self.billed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "user_id": user_id,
                "title": title,
                "description": description,
                "date": date,
                "hours": hours,
                "rate": rate,
                "cost": cost,
                "billed?": billed,
            }
        )

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["date"] = json_value(field_dict["date"], "date")
        field_dict["hours"] = json_value(field_dict["hours"], "hours")
        field_dict["rate"] = json_value(field_dict["rate"], "rate")
        field_dict["cost"] = json_value(field_dict["cost"], "cost")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        user_id = d.pop("user_id")

        title = d.pop("title")

        description = d.pop("description")

        date = d.pop("date")
        date = days_read[date] if date.__class__ is str else read_day(date)

        hours = d.pop("hours")
        if hours.__class__ is not Decimal:
            hours = whole_amounts_read[hours] if hours.__class__ is int else read_decimal(hours)

        rate = d.pop("rate")
        if rate.__class__ is not Decimal and rate is not None:
            rate = whole_amounts_read[rate] if rate.__class__ is int else read_decimal(rate)

        cost = d.pop("cost")
        if cost.__class__ is not Decimal and cost is not None:
            cost = whole_amounts_read[cost] if cost.__class__ is int else read_decimal(cost)

        billed = d.pop("billed?")

        hour_entry = cls(
            id,
            project_id,
            user_id,
            title,
            description,
            date,
            hours,
            rate,
            cost,
            billed,
        )

        hour_entry.additional_properties = d
        return hour_entry

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
