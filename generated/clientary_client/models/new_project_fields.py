from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_type import BudgetType
from ..models.project_status import ProjectStatus
from ..models.project_type import ProjectType
from ..types import (
    UNSET,
    Unset,
    write_code,
    write_day,
    write_decimal,
)

T = TypeVar("T", bound="NewProjectFields")


@_attrs_define
class NewProjectFields:
    name: str
    rate: Decimal | float
    """ An amount in the record's currency. """
    number: int | str | Unset = UNSET
    """ The human-facing number to store. The docs send it both as a string (`"102"`) and as an integer (`185`), so
    both are accepted. """
    client_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    description: None | str | Unset = UNSET
    status: ProjectStatus | int | Unset = UNSET
    """ Project status: 1 active, 2 completed, 4 billable (there is no 3). """
    budget_type: BudgetType | int | Unset = UNSET
    """ How a project's budget is counted: 0 in hours, 1 as an amount. """
    project_type: ProjectType | int | Unset = UNSET
    """ How a project is billed: 0 at an hourly rate, 2 for a fixed amount (the rate is then the whole project's
    price). """
    budget: Decimal | float | Unset = UNSET
    """ An amount in the record's currency. """
    currency_code: str | Unset = UNSET
    """ ISO 4217 currency code such as `USD` or `EUR`. """
    end_date: datetime.date | str | Unset = UNSET
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rate = self.rate

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        client_id = self.client_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        budget_type: int | Unset = UNSET
        if not isinstance(self.budget_type, Unset):
            budget_type = self.budget_type

        project_type: int | Unset = UNSET
        if not isinstance(self.project_type, Unset):
            project_type = self.project_type

        budget = self.budget

        currency_code = self.currency_code

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "rate": rate,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if budget_type is not UNSET:
            field_dict["budget_type"] = budget_type
        if project_type is not UNSET:
            field_dict["project_type"] = project_type
        if budget is not UNSET:
            field_dict["budget"] = budget
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["rate"] = write_decimal(field_dict["rate"], "rate")
        if "status" in field_dict:
            field_dict["status"] = write_code(field_dict["status"], "status", ProjectStatus)
        if "budget_type" in field_dict:
            field_dict["budget_type"] = write_code(
                field_dict["budget_type"], "budget_type", BudgetType
            )
        if "project_type" in field_dict:
            field_dict["project_type"] = write_code(
                field_dict["project_type"], "project_type", ProjectType
            )
        if "budget" in field_dict:
            field_dict["budget"] = write_decimal(field_dict["budget"], "budget")
        if "end_date" in field_dict:
            field_dict["end_date"] = write_day(field_dict["end_date"], "end_date")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        rate = d.pop("rate")

        number = d.pop("number", UNSET)

        client_id = d.pop("client_id", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: ProjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectStatus(_status)

        _budget_type = d.pop("budget_type", UNSET)
        budget_type: BudgetType | Unset
        if isinstance(_budget_type, Unset):
            budget_type = UNSET
        else:
            budget_type = BudgetType(_budget_type)

        _project_type = d.pop("project_type", UNSET)
        project_type: ProjectType | Unset
        if isinstance(_project_type, Unset):
            project_type = UNSET
        else:
            project_type = ProjectType(_project_type)

        budget = d.pop("budget", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        end_date = d.pop("end_date", UNSET)

        new_project_fields = cls(
            name,
            rate,
            number,
            client_id,
            description,
            status,
            budget_type,
            project_type,
            budget,
            currency_code,
            end_date,
        )

        new_project_fields.additional_properties = d
        return new_project_fields

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
