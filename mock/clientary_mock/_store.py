"""In-memory tables, id sequences and the clock of one mock account."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ._errors import ApiError, not_found

Record = dict[str, Any]

TABLES = (
    "staff",
    "clients",
    "leads",
    "contacts",
    "projects",
    "hours",
    "expenses",
    "invoices",
    "estimates",
    "payments",
    "payment_profiles",
    "recurring",
    "tasks",
    "invoice_messages",
    "estimate_messages",
)
# Clients and leads share one id space (a lead becomes a client), so a contact's or an
# estimate's `client_id` names exactly one of them.
_SEQUENCE_OF = {"leads": "clients"}
_NAMES = {
    "clients": "Client",
    "leads": "Lead",
    "contacts": "Contact",
    "projects": "Project",
    "hours": "Time entry",
    "expenses": "Expense",
    "invoices": "Invoice",
    "estimates": "Estimate",
    "payments": "Payment",
    "payment_profiles": "Payment profile",
    "recurring": "Recurring schedule",
    "tasks": "Task",
    "staff": "Staff user",
}


# About 2.3 KB a filled invoice, more once rendered: half a million records is a gigabyte or two,
# which a shared machine can spare; many more, and a runaway load test takes the machine down.
DEFAULT_MAX_RECORDS = 500_000


@dataclass(frozen=True)
class Settings:
    max_clients: int | None = None
    max_contacts: int | None = None
    max_leads: int | None = None
    stripe_enabled: bool = True
    fiscal_year_start_month: int = 1
    token_user_id: int = 1
    max_records: int = DEFAULT_MAX_RECORDS


class RecordLimitReached(ApiError):
    """The mock holds `max_records` records in all (staff and seed data included)."""

    def __init__(self, limit: int) -> None:
        problem = f"would take the mock past its limit of {limit:,} records"
        super().__init__(
            422,
            "The mock holds all the records it may; delete some or reset it",
            {"body": [problem]},
        )


class Clock:
    """Pinned to a day for reproducible runs, else the real time; never goes backwards."""

    def __init__(self, today: dt.date | None) -> None:
        self._pinned = today
        self._last = dt.datetime.min.replace(tzinfo=dt.UTC)
        self._ticks = 0

    def today(self) -> dt.date:
        return self._pinned if self._pinned is not None else dt.datetime.now(dt.UTC).date()

    def now(self) -> dt.datetime:
        if self._pinned is not None:
            self._ticks += 1
            start = dt.datetime.combine(self._pinned, dt.time(9, 0), tzinfo=dt.UTC)
            return start + dt.timedelta(seconds=self._ticks)
        moment = max(dt.datetime.now(dt.UTC), self._last + dt.timedelta(microseconds=1))
        self._last = moment
        return moment


class Store:
    def __init__(self, clock: Clock, settings: Settings) -> None:
        self.clock = clock
        self.settings = settings
        self.tables: dict[str, dict[int, Record]] = {name: {} for name in TABLES}
        self._sequences: dict[str, int] = {}
        self.held = 0  # records in all the tables
        # Every record written since the last `take_changes()` (inserted, changed or deleted),
        # with its table: what the read cache must render afresh.
        self._changes: list[tuple[str, Record]] = []

    def take_changes(self) -> list[tuple[str, Record]]:
        """The records written since the last call, as (table, record)."""
        changes, self._changes = self._changes, []
        return changes

    def room(self) -> int:
        """How many more records may be stored."""
        return max(self.settings.max_records - self.held, 0)

    def next_id(self, sequence: str) -> int:
        value = self._sequences.get(sequence, 0) + 1
        self._sequences[sequence] = value
        return value

    def insert(self, table: str, fields: Record, at: dt.datetime | None = None) -> Record:
        if not self.room():
            raise RecordLimitReached(self.settings.max_records)
        moment = at if at is not None else self.clock.now()
        record_id = self.next_id(_SEQUENCE_OF.get(table, table))
        record = {**fields, "id": record_id, "created_at": moment, "updated_at": moment}
        self.tables[table][record_id] = record
        self.held += 1
        self._changes.append((table, record))
        return record

    def touch(self, table: str, record: Record) -> None:
        """Note a change to `record` (of `table`), stamping its `updated_at`."""
        record["updated_at"] = self.clock.now()
        self.mark(table, record)

    def mark(self, table: str, record: Record) -> None:
        """Note a change to `record` that leaves its `updated_at` alone."""
        self._changes.append((table, record))

    def get(self, table: str, record_id: int | None) -> Record | None:
        if record_id is None:
            return None
        return self.tables[table].get(record_id)

    def require(self, table: str, record_id: int) -> Record:
        record = self.get(table, record_id)
        if record is None:
            raise not_found(_NAMES.get(table, table))
        return record

    def reference(self, table: str, record_id: int | None, field: str) -> Record | None:
        """The record an id in a request body names; 422 on that field when there is none."""
        if record_id is None:
            return None
        record = self.get(table, record_id)
        if record is None:
            raise ApiError(422, "Validation failed", {field: ["does not exist"]})
        return record

    def rows(self, table: str) -> list[Record]:
        return list(self.tables[table].values())

    def delete(self, table: str, record_id: int) -> None:
        record = self.tables[table].pop(record_id, None)
        if record is not None:
            self.held -= 1
            self._changes.append((table, record))

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}

    def today(self) -> dt.date:
        return self.clock.today()
