from enum import IntEnum


class RecurringAction(IntEnum):
    SEND = 0
    DRAFT = 1
    AUTOBILL = 2

    def __str__(self) -> str:
        return str(self.value)
