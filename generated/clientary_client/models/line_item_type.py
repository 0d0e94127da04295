from enum import IntEnum
from typing import Any


class LineItemType(IntEnum):
    """What a line is: 0 a section header, 3 a regular line item.

    Codes the API documentation does not list are read as unlisted members equal to the code
    (their name is UNLISTED_ and the code); a request may send listed codes only.
    """

    SECTION_HEADER = 0
    REGULAR = 3

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


_LISTED: dict[Any, LineItemType] = {member.value: member for member in LineItemType}


def read_line_item_type(value: int) -> LineItemType:
    """The member for `value`, listed or not."""
    member = _LISTED.get(value)
    return LineItemType(value) if member is None else member
