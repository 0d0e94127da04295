from enum import IntEnum
from typing import Any


class RecurringStatus(IntEnum):
    """Recurring schedule status: 0 active, 1 paused, 2 stopped.

    Codes the API documentation does not list are read as unlisted members equal to the code
    (their name is UNLISTED_ and the code); a request may send listed codes only.
    """

    ACTIVE = 0
    PAUSED = 1
    STOPPED = 2

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


_LISTED: dict[Any, RecurringStatus] = {member.value: member for member in RecurringStatus}


def read_recurring_status(value: int) -> RecurringStatus:
    """The member for `value`, listed or not."""
    member = _LISTED.get(value)
    return RecurringStatus(value) if member is None else member
