from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurring_action import RecurringAction, read_recurring_action
from ..models.recurring_status import RecurringStatus, read_recurring_status
from ..models.time_interval import TimeInterval, read_time_interval
from ..types import (
    days_read,
    json_value,
    read_day,
    read_decimal,
    read_timestamp,
    whole_amounts_read,
)

if TYPE_CHECKING:
    from ..models.recurring_schedule_client import RecurringScheduleClient
    from ..models.recurring_schedule_item import RecurringScheduleItem


T = TypeVar("T", bound="RecurringSchedule")


@_attrs_define
class RecurringSchedule:
    """A plan that issues a copy of an invoice to a client at a fixed interval.

    Codes (help() on an enum class lists its members):
        action (RecurringAction): What happens to each generated invoice: 0 it is sent, 1 it stays a
            draft, 2 it is charged to the client's payment profile (which `payment_profile_id` must then
            name).
        status (RecurringStatus): Recurring schedule status: 0 active, 1 paused, 2 stopped.
        time_interval (TimeInterval): How often a schedule issues an invoice: 1 weekly, 2 every 2
            weeks, 3 twice a month, 4 every 4 weeks, 5 monthly, 6 every 2 months, 7 quarterly, 8 every 6
            months, 9 yearly, 10 every 2 years, 11 every 4 months. Integer codes only; names such as
            "monthly" are not accepted.
    """

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    number: None | str
    """ The human-facing number of a record. Responses always carry it as a string (`"184"`, `"PROJ101"`). """
    title: None | str
    note: None | str
    summary: None | str
    po: None | str
    client_id: int
    client: RecurringScheduleClient
    """ The schedule's client. The docs elide its content, so no field is promised; expect the client record. """
    status: RecurringStatus
    """ 0 active, 1 paused, 2 stopped. """
    action: RecurringAction
    """ 0 send each invoice, 1 keep it as a draft, 2 charge the payment profile. """
    time_interval: TimeInterval
    """ Interval code from 1 (weekly) to 11 (every 4 months); see TimeInterval. """
    due_period: int
    """ Days from an issued invoice's date to its due date. """
    next_date: datetime.date | None
    """ A calendar day with slashes or dashes, or null when not set. """
    occurrences_remaining: int | None
    unlimited: bool
    """ When true the schedule runs until stopped, whatever `occurrences_remaining` says. """
    payment_profile_id: int | None
    currency_code: str
    tax: Decimal
    """ A tax rate in percent (5 means 5 %), as a number or a decimal string. """
    tax_label: None | str
    tax2: Decimal
    """ A tax rate in percent (5 means 5 %), as a number or a decimal string. """
    tax2_label: None | str
    tax3: Decimal
    """ A tax rate in percent (5 means 5 %), as a number or a decimal string. """
    tax3_label: None | str
    compound_tax: bool
    subtotal: Decimal
    """ A sum the server works out (a subtotal, a total, a balance, a tax), as a number or a decimal string. It has
    no bound of its own: many line items added up can exceed the bounds of the amounts they are made from. """
    total_cost: Decimal
    """ A sum the server works out (a subtotal, a total, a balance, a tax), as a number or a decimal string. It has
    no bound of its own: many line items added up can exceed the bounds of the amounts they are made from. """
    updated_at: datetime.datetime
    """ A moment with its zone: ISO 8601 such as `2012-11-08T21:20:47Z` or `2013-02-06T21:23:21-08:00`, or as Ruby
    writes it, `2011/06/29 23:01:08 -0700`. """
    recurring_schedule_items: list[RecurringScheduleItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        number: None | str
        number = self.number

        title: None | str
        title = self.title

        note: None | str
        note = self.note

        summary: None | str
        summary = self.summary

        po: None | str
        po = self.po

        client_id = self.client_id

        client = self.client.to_dict()

        status = self.status

        action = self.action

        time_interval = self.time_interval

        due_period = self.due_period

        next_date: datetime.date | None
        next_date = self.next_date

        occurrences_remaining: int | None
        occurrences_remaining = self.occurrences_remaining

        unlimited = self.unlimited

        payment_profile_id: int | None
        payment_profile_id = self.payment_profile_id

        currency_code = self.currency_code

        tax: Decimal
        tax = self.tax

        tax_label: None | str
        tax_label = self.tax_label

        tax2: Decimal
        tax2 = self.tax2

        tax2_label: None | str
        tax2_label = self.tax2_label

        tax3: Decimal
        tax3 = self.tax3

        tax3_label: None | str
        tax3_label = self.tax3_label

        compound_tax = self.compound_tax

        subtotal: Decimal
        subtotal = self.subtotal

        total_cost: Decimal
        total_cost = self.total_cost

        updated_at = self.updated_at

        recurring_schedule_items = []
        for recurring_schedule_items_item_data in self.recurring_schedule_items:
            recurring_schedule_items_item = recurring_schedule_items_item_data.to_dict()
            recurring_schedule_items.append(recurring_schedule_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "title": title,
                "note": note,
                "summary": summary,
                "po": po,
                "client_id": client_id,
                "client": client,
                "status": status,
                "action": action,
                "time_interval": time_interval,
                "due_period": due_period,
                "next_date": next_date,
                "occurrences_remaining": occurrences_remaining,
                "unlimited": unlimited,
                "payment_profile_id": payment_profile_id,
                "currency_code": currency_code,
                "tax": tax,
                "tax_label": tax_label,
                "tax2": tax2,
                "tax2_label": tax2_label,
                "tax3": tax3,
                "tax3_label": tax3_label,
                "compound_tax": compound_tax,
                "subtotal": subtotal,
                "total_cost": total_cost,
                "updated_at": updated_at,
                "recurring_schedule_items": recurring_schedule_items,
            }
        )

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["status"] = json_value(field_dict["status"], "status")
        field_dict["action"] = json_value(field_dict["action"], "action")
        field_dict["time_interval"] = json_value(field_dict["time_interval"], "time_interval")
        field_dict["next_date"] = json_value(field_dict["next_date"], "next_date")
        field_dict["tax"] = json_value(field_dict["tax"], "tax")
        field_dict["tax2"] = json_value(field_dict["tax2"], "tax2")
        field_dict["tax3"] = json_value(field_dict["tax3"], "tax3")
        field_dict["subtotal"] = json_value(field_dict["subtotal"], "subtotal")
        field_dict["total_cost"] = json_value(field_dict["total_cost"], "total_cost")
        field_dict["updated_at"] = json_value(field_dict["updated_at"], "updated_at")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        title = d.pop("title")

        note = d.pop("note")

        summary = d.pop("summary")

        po = d.pop("po")

        client_id = d.pop("client_id")

        client = RecurringScheduleClient.from_dict(d.pop("client"))

        status = read_recurring_status(d.pop("status"))

        action = read_recurring_action(d.pop("action"))

        time_interval = read_time_interval(d.pop("time_interval"))

        due_period = d.pop("due_period")

        next_date = d.pop("next_date")
        if next_date is not None:
            next_date = days_read[next_date] if next_date.__class__ is str else read_day(next_date)

        occurrences_remaining = d.pop("occurrences_remaining")

        unlimited = d.pop("unlimited")

        payment_profile_id = d.pop("payment_profile_id")

        currency_code = d.pop("currency_code")

        tax = d.pop("tax")
        if tax.__class__ is not Decimal:
            tax = whole_amounts_read[tax] if tax.__class__ is int else read_decimal(tax)

        tax_label = d.pop("tax_label")

        tax2 = d.pop("tax2")
        if tax2.__class__ is not Decimal:
            tax2 = whole_amounts_read[tax2] if tax2.__class__ is int else read_decimal(tax2)

        tax2_label = d.pop("tax2_label")

        tax3 = d.pop("tax3")
        if tax3.__class__ is not Decimal:
            tax3 = whole_amounts_read[tax3] if tax3.__class__ is int else read_decimal(tax3)

        tax3_label = d.pop("tax3_label")

        compound_tax = d.pop("compound_tax")

        subtotal = d.pop("subtotal")
        if subtotal.__class__ is not Decimal:
            subtotal = (
                whole_amounts_read[subtotal]
                if subtotal.__class__ is int
                else read_decimal(subtotal)
            )

        total_cost = d.pop("total_cost")
        if total_cost.__class__ is not Decimal:
            total_cost = (
                whole_amounts_read[total_cost]
                if total_cost.__class__ is int
                else read_decimal(total_cost)
            )

        updated_at = read_timestamp(d.pop("updated_at"))

        recurring_schedule_items = []
        _recurring_schedule_items = d.pop("recurring_schedule_items")
        for recurring_schedule_items_item_data in _recurring_schedule_items:
            recurring_schedule_items_item = RecurringScheduleItem.from_dict(
                recurring_schedule_items_item_data
            )

            recurring_schedule_items.append(recurring_schedule_items_item)

        recurring_schedule = cls(
            id,
            number,
            title,
            note,
            summary,
            po,
            client_id,
            client,
            status,
            action,
            time_interval,
            due_period,
            next_date,
            occurrences_remaining,
            unlimited,
            payment_profile_id,
            currency_code,
            tax,
            tax_label,
            tax2,
            tax2_label,
            tax3,
            tax3_label,
            compound_tax,
            subtotal,
            total_cost,
            updated_at,
            recurring_schedule_items,
        )

        recurring_schedule.additional_properties = d
        return recurring_schedule

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
from ..models.recurring_schedule_client import RecurringScheduleClient  # noqa: E402
from ..models.recurring_schedule_item import RecurringScheduleItem  # noqa: E402
