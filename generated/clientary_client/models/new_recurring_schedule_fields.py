from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurring_action import RecurringAction
from ..models.recurring_status import RecurringStatus
from ..models.time_interval import TimeInterval
from ..types import (
    UNSET,
    Unset,
    write_code,
    write_day,
    write_decimal,
)

if TYPE_CHECKING:
    from ..models.line_item_attributes import LineItemAttributes


T = TypeVar("T", bound="NewRecurringScheduleFields")


@_attrs_define
class NewRecurringScheduleFields:
    client_id: int
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    next_date: datetime.date | str
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    time_interval: TimeInterval | int
    """ How often a schedule issues an invoice: 1 weekly, 2 every 2 weeks, 3 twice a month, 4 every 4 weeks, 5
    monthly, 6 every 2 months, 7 quarterly, 8 every 6 months, 9 yearly, 10 every 2 years, 11 every 4 months. Integer
    codes only; names such as "monthly" are not accepted. """
    currency_code: str
    """ ISO 4217 currency code such as `USD` or `EUR`. """
    due_period: int
    number: int | str | Unset = UNSET
    """ The human-facing number to store. The docs send it both as a string (`"102"`) and as an integer (`185`), so
    both are accepted. """
    title: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    po: None | str | Unset = UNSET
    status: RecurringStatus | int | Unset = UNSET
    """ Recurring schedule status: 0 active, 1 paused, 2 stopped. """
    action: RecurringAction | int | Unset = UNSET
    """ What happens to each generated invoice: 0 it is sent, 1 it stays a draft, 2 it is charged to the client's
    payment profile (which `payment_profile_id` must then name). """
    unlimited: bool | Unset = UNSET
    occurrences_remaining: int | Unset = UNSET
    payment_profile_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    tax: Decimal | float | Unset = UNSET
    """ A tax rate in percent (5 means 5 %). """
    tax_label: None | str | Unset = UNSET
    tax2: Decimal | float | Unset = UNSET
    """ A tax rate in percent (5 means 5 %). """
    tax2_label: None | str | Unset = UNSET
    tax3: Decimal | float | Unset = UNSET
    """ A tax rate in percent (5 means 5 %). """
    tax3_label: None | str | Unset = UNSET
    compound_tax: bool | Unset = UNSET
    recurring_schedule_items_attributes: list[LineItemAttributes] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        client_id = self.client_id

        next_date = self.next_date

        time_interval = self.time_interval

        currency_code = self.currency_code

        due_period = self.due_period

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        po: None | str | Unset
        if isinstance(self.po, Unset):
            po = UNSET
        else:
            po = self.po

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        action: int | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        unlimited = self.unlimited

        occurrences_remaining = self.occurrences_remaining

        payment_profile_id = self.payment_profile_id

        tax = self.tax

        tax_label: None | str | Unset
        if isinstance(self.tax_label, Unset):
            tax_label = UNSET
        else:
            tax_label = self.tax_label

        tax2 = self.tax2

        tax2_label: None | str | Unset
        if isinstance(self.tax2_label, Unset):
            tax2_label = UNSET
        else:
            tax2_label = self.tax2_label

        tax3 = self.tax3

        tax3_label: None | str | Unset
        if isinstance(self.tax3_label, Unset):
            tax3_label = UNSET
        else:
            tax3_label = self.tax3_label

        compound_tax = self.compound_tax

        recurring_schedule_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recurring_schedule_items_attributes, Unset):
            recurring_schedule_items_attributes = []
            for (
                recurring_schedule_items_attributes_item_data
            ) in self.recurring_schedule_items_attributes:
                recurring_schedule_items_attributes_item = (
                    recurring_schedule_items_attributes_item_data.to_dict()
                )
                recurring_schedule_items_attributes.append(recurring_schedule_items_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "next_date": next_date,
                "time_interval": time_interval,
                "currency_code": currency_code,
                "due_period": due_period,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if note is not UNSET:
            field_dict["note"] = note
        if summary is not UNSET:
            field_dict["summary"] = summary
        if po is not UNSET:
            field_dict["po"] = po
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action
        if unlimited is not UNSET:
            field_dict["unlimited"] = unlimited
        if occurrences_remaining is not UNSET:
            field_dict["occurrences_remaining"] = occurrences_remaining
        if payment_profile_id is not UNSET:
            field_dict["payment_profile_id"] = payment_profile_id
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_label is not UNSET:
            field_dict["tax_label"] = tax_label
        if tax2 is not UNSET:
            field_dict["tax2"] = tax2
        if tax2_label is not UNSET:
            field_dict["tax2_label"] = tax2_label
        if tax3 is not UNSET:
            field_dict["tax3"] = tax3
        if tax3_label is not UNSET:
            field_dict["tax3_label"] = tax3_label
        if compound_tax is not UNSET:
            field_dict["compound_tax"] = compound_tax
        if recurring_schedule_items_attributes is not UNSET:
            field_dict["recurring_schedule_items_attributes"] = recurring_schedule_items_attributes

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["next_date"] = write_day(field_dict["next_date"], "next_date")
        field_dict["time_interval"] = write_code(
            field_dict["time_interval"], "time_interval", TimeInterval
        )
        if "status" in field_dict:
            field_dict["status"] = write_code(field_dict["status"], "status", RecurringStatus)
        if "action" in field_dict:
            field_dict["action"] = write_code(field_dict["action"], "action", RecurringAction)
        if "tax" in field_dict:
            field_dict["tax"] = write_decimal(field_dict["tax"], "tax")
        if "tax2" in field_dict:
            field_dict["tax2"] = write_decimal(field_dict["tax2"], "tax2")
        if "tax3" in field_dict:
            field_dict["tax3"] = write_decimal(field_dict["tax3"], "tax3")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        client_id = d.pop("client_id")

        next_date = d.pop("next_date")

        time_interval = TimeInterval(d.pop("time_interval"))

        currency_code = d.pop("currency_code")

        due_period = d.pop("due_period")

        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        note = d.pop("note", UNSET)

        summary = d.pop("summary", UNSET)

        po = d.pop("po", UNSET)

        _status = d.pop("status", UNSET)
        status: RecurringStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RecurringStatus(_status)

        _action = d.pop("action", UNSET)
        action: RecurringAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = RecurringAction(_action)

        unlimited = d.pop("unlimited", UNSET)

        occurrences_remaining = d.pop("occurrences_remaining", UNSET)

        payment_profile_id = d.pop("payment_profile_id", UNSET)

        tax = d.pop("tax", UNSET)

        tax_label = d.pop("tax_label", UNSET)

        tax2 = d.pop("tax2", UNSET)

        tax2_label = d.pop("tax2_label", UNSET)

        tax3 = d.pop("tax3", UNSET)

        tax3_label = d.pop("tax3_label", UNSET)

        compound_tax = d.pop("compound_tax", UNSET)

        _recurring_schedule_items_attributes = d.pop("recurring_schedule_items_attributes", UNSET)
        recurring_schedule_items_attributes: list[LineItemAttributes] | Unset = UNSET
        if _recurring_schedule_items_attributes is not UNSET:
            recurring_schedule_items_attributes = []
            for (
                recurring_schedule_items_attributes_item_data
            ) in _recurring_schedule_items_attributes:
                recurring_schedule_items_attributes_item = LineItemAttributes.from_dict(
                    recurring_schedule_items_attributes_item_data
                )

                recurring_schedule_items_attributes.append(recurring_schedule_items_attributes_item)

        new_recurring_schedule_fields = cls(
            client_id,
            next_date,
            time_interval,
            currency_code,
            due_period,
            number,
            title,
            note,
            summary,
            po,
            status,
            action,
            unlimited,
            occurrences_remaining,
            payment_profile_id,
            tax,
            tax_label,
            tax2,
            tax2_label,
            tax3,
            tax3_label,
            compound_tax,
            recurring_schedule_items_attributes,
        )

        new_recurring_schedule_fields.additional_properties = d
        return new_recurring_schedule_fields

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
from ..models.line_item_attributes import LineItemAttributes  # noqa: E402
