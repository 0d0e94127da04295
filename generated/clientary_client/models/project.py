from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_type import BudgetType, read_budget_type
from ..models.project_status import ProjectStatus, read_project_status
from ..models.project_type import ProjectType, read_project_type
from ..types import (
    days_read,
    json_value,
    read_day,
    read_decimal,
    whole_amounts_read,
)

if TYPE_CHECKING:
    from ..models.client_record import ClientRecord


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A body of work for a client, which time, expenses, tasks, estimates and invoices are tied to. The client is embedded
    whole rather than referenced by id.

    Codes (help() on an enum class lists its members):
        budget_type (BudgetType): How a project's budget is counted: 0 in hours, 1 as an amount.
        project_type (ProjectType): How a project is billed: 0 at an hourly rate, 2 for a fixed
            amount (the rate is then the whole project's price).
        status (ProjectStatus): Project status: 1 active, 2 completed, 4 billable (there is no 3).
    """

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    number: None | str
    """ The human-facing number of a record. Responses always carry it as a string (`"184"`, `"PROJ101"`). """
    name: str
    description: None | str
    status: ProjectStatus
    """ 1 active, 2 completed, 4 billable. Kept open to codes the docs do not list. """
    budget_type: BudgetType | None
    """ 0 budget counted in hours, 1 budget counted as an amount; null without a budget. Kept open to codes the docs
    do not list. """
    project_type: ProjectType
    """ 0 billed at an hourly rate, 2 billed as a fixed amount. Kept open to codes the docs do not list: an
    integration writes and reads back 1. """
    budget: Decimal | None
    """ An amount as Money reads it, or null when none was entered. """
    rate: Decimal | None
    """ An amount as Money reads it, or null when none was entered. """
    cost: Decimal | None
    """ A sum as Amount reads it, or null when there is nothing to work it out from. """
    worked_hours: Decimal | None
    """ A quantity as Quantity reads it, or null when there is none. """
    unbilled_hours: Decimal | None
    """ A quantity as Quantity reads it, or null when there is none. """
    end_date: datetime.date | None
    """ A calendar day with slashes or dashes, or null when not set. """
    currency_code: None | str
    client: ClientRecord | None
    """ The project's client, embedded whole; null for a project without one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        number: None | str
        number = self.number

        name = self.name

        description: None | str
        description = self.description

        status = self.status

        budget_type: BudgetType | None
        budget_type = self.budget_type

        project_type = self.project_type

        budget: Decimal | None
        budget = self.budget

        rate: Decimal | None
        rate = self.rate

        cost: Decimal | None
        cost = self.cost

        worked_hours: Decimal | None
        worked_hours = self.worked_hours

        unbilled_hours: Decimal | None
        unbilled_hours = self.unbilled_hours

        end_date: datetime.date | None
        end_date = self.end_date

        currency_code: None | str
        currency_code = self.currency_code

        client: dict[str, Any] | None
        if isinstance(self.client, ClientRecord):
            client = self.client.to_dict()
        else:
            client = self.client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "name": name,
                "description": description,
                "status": status,
                "budget_type": budget_type,
                "project_type": project_type,
                "budget": budget,
                "rate": rate,
                "cost": cost,
                "worked_hours": worked_hours,
                "unbilled_hours": unbilled_hours,
                "end_date": end_date,
                "currency_code": currency_code,
                "client": client,
            }
        )

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["status"] = json_value(field_dict["status"], "status")
        field_dict["budget_type"] = json_value(field_dict["budget_type"], "budget_type")
        field_dict["project_type"] = json_value(field_dict["project_type"], "project_type")
        field_dict["budget"] = json_value(field_dict["budget"], "budget")
        field_dict["rate"] = json_value(field_dict["rate"], "rate")
        field_dict["cost"] = json_value(field_dict["cost"], "cost")
        field_dict["worked_hours"] = json_value(field_dict["worked_hours"], "worked_hours")
        field_dict["unbilled_hours"] = json_value(field_dict["unbilled_hours"], "unbilled_hours")
        field_dict["end_date"] = json_value(field_dict["end_date"], "end_date")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        name = d.pop("name")

        description = d.pop("description")

        status = read_project_status(d.pop("status"))

        budget_type = d.pop("budget_type")
        if budget_type is not None:
            budget_type = read_budget_type(budget_type)

        project_type = read_project_type(d.pop("project_type"))

        budget = d.pop("budget")
        if budget.__class__ is not Decimal and budget is not None:
            budget = whole_amounts_read[budget] if budget.__class__ is int else read_decimal(budget)

        rate = d.pop("rate")
        if rate.__class__ is not Decimal and rate is not None:
            rate = whole_amounts_read[rate] if rate.__class__ is int else read_decimal(rate)

        cost = d.pop("cost")
        if cost.__class__ is not Decimal and cost is not None:
            cost = whole_amounts_read[cost] if cost.__class__ is int else read_decimal(cost)

        worked_hours = d.pop("worked_hours")
        if worked_hours.__class__ is not Decimal and worked_hours is not None:
            worked_hours = (
                whole_amounts_read[worked_hours]
                if worked_hours.__class__ is int
                else read_decimal(worked_hours)
            )

        unbilled_hours = d.pop("unbilled_hours")
        if unbilled_hours.__class__ is not Decimal and unbilled_hours is not None:
            unbilled_hours = (
                whole_amounts_read[unbilled_hours]
                if unbilled_hours.__class__ is int
                else read_decimal(unbilled_hours)
            )

        end_date = d.pop("end_date")
        if end_date is not None:
            end_date = days_read[end_date] if end_date.__class__ is str else read_day(end_date)

        currency_code = d.pop("currency_code")

        def _parse_client(data: object) -> ClientRecord | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = ClientRecord.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientRecord | None, data)

        client = _parse_client(d.pop("client"))

        project = cls(
            id,
            number,
            name,
            description,
            status,
            budget_type,
            project_type,
            budget,
            rate,
            cost,
            worked_hours,
            unbilled_hours,
            end_date,
            currency_code,
            client,
        )

        project.additional_properties = d
        return project

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
from ..models.client_record import ClientRecord  # noqa: E402
