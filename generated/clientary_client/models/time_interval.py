from enum import IntEnum
from typing import Any


class TimeInterval(IntEnum):
    """How often a schedule issues an invoice: 1 weekly, 2 every 2 weeks, 3 twice a month, 4 every
    4 weeks, 5 monthly, 6 every 2 months, 7 quarterly, 8 every 6 months, 9 yearly, 10 every 2
    years, 11 every 4 months. Integer codes only; names such as "monthly" are not accepted.

    Codes the API documentation does not list are read as unlisted members equal to the code
    (their name is UNLISTED_ and the code); a request may send listed codes only.
    """

    WEEKLY = 1
    EVERY_2_WEEKS = 2
    SEMIMONTHLY = 3
    EVERY_4_WEEKS = 4
    MONTHLY = 5
    EVERY_2_MONTHS = 6
    QUARTERLY = 7
    EVERY_6_MONTHS = 8
    ANNUALLY = 9
    EVERY_2_YEARS = 10
    EVERY_4_MONTHS = 11

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


_LISTED: dict[Any, TimeInterval] = {member.value: member for member in TimeInterval}


def read_time_interval(value: int) -> TimeInterval:
    """The member for `value`, listed or not."""
    member = _LISTED.get(value)
    return TimeInterval(value) if member is None else member
