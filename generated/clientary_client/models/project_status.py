from enum import IntEnum


class ProjectStatus(IntEnum):
    ACTIVE = 1
    COMPLETED = 2
    BILLABLE = 4

    def __str__(self) -> str:
        return str(self.value)
