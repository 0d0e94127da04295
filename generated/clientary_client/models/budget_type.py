from enum import IntEnum


class BudgetType(IntEnum):
    TOTAL_HOURS = 0
    TOTAL_AMOUNT = 1

    def __str__(self) -> str:
        return str(self.value)
