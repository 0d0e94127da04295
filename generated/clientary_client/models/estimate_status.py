from enum import IntEnum


class EstimateStatus(IntEnum):
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
