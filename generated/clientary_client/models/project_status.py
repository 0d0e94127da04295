from enum import IntEnum
from typing import Any


class ProjectStatus(IntEnum):
    """Project status: 1 active, 2 completed, 4 billable (there is no 3).

    Codes the API documentation does not list are read as unlisted members equal to the code
    (their name is UNLISTED_ and the code); a request may send listed codes only.
    """

    ACTIVE = 1
    COMPLETED = 2
    BILLABLE = 4

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


_LISTED: dict[Any, ProjectStatus] = {member.value: member for member in ProjectStatus}


def read_project_status(value: int) -> ProjectStatus:
    """The member for `value`, listed or not."""
    member = _LISTED.get(value)
    return ProjectStatus(value) if member is None else member
