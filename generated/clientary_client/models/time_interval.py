from enum import IntEnum


class TimeInterval(IntEnum):
    WEEKLY = 1
    EVERY_2_WEEKS = 2
    SEMIMONTHLY = 3
    EVERY_4_WEEKS = 4
    MONTHLY = 5
    EVERY_2_MONTHS = 6
    QUARTERLY = 7
    EVERY_6_MONTHS = 8
    ANNUALLY = 9
    EVERY_2_YEARS = 10
    EVERY_4_MONTHS = 11

    def __str__(self) -> str:
        return str(self.value)
