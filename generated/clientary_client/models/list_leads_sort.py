from enum import StrEnum


class ListLeadsSort(StrEnum):
    NAME = "name"
    OLDEST = "oldest"

    def __str__(self) -> str:
        return str(self.value)
