from enum import StrEnum


class ListClientsSort(StrEnum):
    DATE = "date"

    def __str__(self) -> str:
        return str(self.value)
