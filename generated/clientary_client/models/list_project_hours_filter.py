from enum import StrEnum


class ListProjectHoursFilter(StrEnum):
    BILLED = "billed"
    UNBILLED = "unbilled"

    def __str__(self) -> str:
        return str(self.value)
