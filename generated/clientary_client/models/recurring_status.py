from enum import IntEnum


class RecurringStatus(IntEnum):
    ACTIVE = 0
    PAUSED = 1
    STOPPED = 2

    def __str__(self) -> str:
        return str(self.value)
