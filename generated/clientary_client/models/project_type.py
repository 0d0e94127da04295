from enum import IntEnum


class ProjectType(IntEnum):
    HOURLY_RATE = 0
    FIXED_AMOUNT = 2

    def __str__(self) -> str:
        return str(self.value)
