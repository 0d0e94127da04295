from enum import IntEnum
from typing import Any


class EstimateStatus(IntEnum):
    """Estimate status: 0 draft, 1 sent, 2 viewed, 3 cancelled, 4 declined, 5 revised, 6 accepted,
    7 archived.

    Codes the API documentation does not list are read as unlisted members equal to the code
    (their name is UNLISTED_ and the code); a request may send listed codes only.
    """

    DRAFT = 0
    SENT = 1
    VIEWED = 2
    CANCELLED = 3
    DECLINED = 4
    REVISED = 5
    ACCEPTED = 6
    ARCHIVED = 7

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


_LISTED: dict[Any, EstimateStatus] = {member.value: member for member in EstimateStatus}


def read_estimate_status(value: int) -> EstimateStatus:
    """The member for `value`, listed or not."""
    member = _LISTED.get(value)
    return EstimateStatus(value) if member is None else member
