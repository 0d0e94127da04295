from enum import IntEnum
from typing import Any


class BudgetType(IntEnum):
    """How a project's budget is counted: 0 in hours, 1 as an amount.

    Codes the API documentation does not list are read as unlisted members equal to the code
    (their name is UNLISTED_ and the code); a request may send listed codes only.
    """

    TOTAL_HOURS = 0
    TOTAL_AMOUNT = 1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            unlisted = int.__new__(cls, value)
            unlisted._name_ = f"UNLISTED_{value}"
            unlisted._value_ = value
            return unlisted
        return None


_LISTED: dict[Any, BudgetType] = {member.value: member for member in BudgetType}


def read_budget_type(value: int) -> BudgetType:
    """The member for `value`, listed or not."""
    member = _LISTED.get(value)
    return BudgetType(value) if member is None else member
