from enum import IntEnum
from typing import Any


class ProjectType(IntEnum):
    """How a project is billed: 0 at an hourly rate, 2 for a fixed amount (the rate is then the
    whole project's price).

    Codes the API documentation does not list are read as unlisted members equal to the code
    (their name is UNLISTED_ and the code); a request may send listed codes only.
    """

    HOURLY_RATE = 0
    FIXED_AMOUNT = 2

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


_LISTED: dict[Any, ProjectType] = {member.value: member for member in ProjectType}


def read_project_type(value: int) -> ProjectType:
    """The member for `value`, listed or not."""
    member = _LISTED.get(value)
    return ProjectType(value) if member is None else member
