from enum import IntEnum


class InvoiceStatus(IntEnum):
    DRAFT = 0
    SENT = 1
    VIEWED = 2
    CANCELLED = 3
    PAID = 4
    PENDING = 5

    def __str__(self) -> str:
        return str(self.value)
