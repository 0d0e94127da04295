from enum import StrEnum


class ListClientProjectsFilter(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
