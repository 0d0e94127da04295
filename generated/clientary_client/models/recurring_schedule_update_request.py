from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recurring_schedule_fields import RecurringScheduleFields


T = TypeVar("T", bound="RecurringScheduleUpdateRequest")


@_attrs_define
class RecurringScheduleUpdateRequest:
    recurring_schedule: RecurringScheduleFields
    """ Writable fields of a recurring schedule. `client_id`, `next_date`, `time_interval`, `currency_code` and
    `due_period` are required on create, and `payment_profile_id` when `action` is 2 (autobill). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        recurring_schedule = self.recurring_schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recurring_schedule": recurring_schedule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        recurring_schedule = RecurringScheduleFields.from_dict(d.pop("recurring_schedule"))

        recurring_schedule_update_request = cls(
            recurring_schedule,
        )

        recurring_schedule_update_request.additional_properties = d
        return recurring_schedule_update_request

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
from ..models.recurring_schedule_fields import RecurringScheduleFields  # noqa: E402
