from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    days_read,
    json_value,
    read_day,
)

if TYPE_CHECKING:
    from ..models.expense import Expense


T = TypeVar("T", bound="ExpenseList")


@_attrs_define
class ExpenseList:
    """The expenses incurred in a date range, all at once: this list has no pages, and echoes the range it covers (with
    slashes).

    """

    total_count: int
    from_date: datetime.date
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    to_date: datetime.date
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    expenses: list[Expense]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        total_count = self.total_count

        from_date = self.from_date

        to_date = self.to_date

        expenses = []
        for expenses_item_data in self.expenses:
            expenses_item = expenses_item_data.to_dict()
            expenses.append(expenses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "from_date": from_date,
                "to_date": to_date,
                "expenses": expenses,
            }
        )

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["from_date"] = json_value(field_dict["from_date"], "from_date")
        field_dict["to_date"] = json_value(field_dict["to_date"], "to_date")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        total_count = d.pop("total_count")

        from_date = d.pop("from_date")
        from_date = days_read[from_date] if from_date.__class__ is str else read_day(from_date)

        to_date = d.pop("to_date")
        to_date = days_read[to_date] if to_date.__class__ is str else read_day(to_date)

        expenses = []
        _expenses = d.pop("expenses")
        for expenses_item_data in _expenses:
            expenses_item = Expense.from_dict(expenses_item_data)

            expenses.append(expenses_item)

        expense_list = cls(
            total_count,
            from_date,
            to_date,
            expenses,
        )

        expense_list.additional_properties = d
        return expense_list

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
from ..models.expense import Expense  # noqa: E402
