from enum import IntEnum
from typing import Any


class RecurringAction(IntEnum):
    """What happens to each generated invoice: 0 it is sent, 1 it stays a draft, 2 it is charged to
    the client's payment profile (which `payment_profile_id` must then name).

    Codes the API documentation does not list are read as unlisted members equal to the code
    (their name is UNLISTED_ and the code); a request may send listed codes only.
    """

    SEND = 0
    DRAFT = 1
    AUTOBILL = 2

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


_LISTED: dict[Any, RecurringAction] = {member.value: member for member in RecurringAction}


def read_recurring_action(value: int) -> RecurringAction:
    """The member for `value`, listed or not."""
    member = _LISTED.get(value)
    return RecurringAction(value) if member is None else member
