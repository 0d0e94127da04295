from enum import StrEnum


class ListProjectsFilter(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
