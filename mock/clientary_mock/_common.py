"""Helpers the resource modules share: paging, filters, numbering, field copying, and the check
that a write leaves totals the mock can hold."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from ._dates import parse_day
from ._errors import ApiError, invalid
from ._read_cache import RawJson, envelope
from ._registry import Call, Reply, ok
from ._store import Record, Store
from ._totals import AmountTooLarge, TaxRates, check_holdable

Json = dict[str, Any]
_DAY_FIELDS = frozenset(
    {"date", "due_date", "end_date", "incurred_on", "received_on", "next_date", "expiration_date"}
)


def page(
    call: Call,
    rows: Sequence[Record],
    size: int,
    key: str,
    render: Callable[[Record], Json],
) -> RawJson:
    """One page of `rows` (records of the table `key`, which also names the list) in the usual
    envelope; past the last page the list is empty. `size` is the list's own page size, which a
    `page_size` in the query replaces."""
    number = int(call.query.get("page", 1))
    size = int(call.query.get("page_size", size))
    total = len(rows)
    start = (number - 1) * size
    counters = {"page_count": -(-total // size), "page_size": size, "total_count": total}
    records = [call.cache.record_json(key, row, render) for row in rows[start : start + size]]
    return envelope(counters, key, records)


def one(call: Call, table: str, render: Callable[[Record], Json]) -> Reply:
    """200 with the record of `table` that the path's `id` names (404 if there is none)."""
    record = call.store.require(table, call.path["id"])
    return ok(call.cache.record_json(table, record, render))


def day_field(value: str, field: str) -> dt.date:
    """A day from a request; the pattern admits `2011-02-30`, the calendar does not."""
    try:
        return parse_day(value)
    except ValueError:
        raise ApiError(422, "Validation failed", {field: ["is not a valid date"]}) from None


def updated_since(rows: Iterable[Record], query: dict[str, Any]) -> list[Record]:
    since = query.get("updated_since")
    if since is None:
        return list(rows)
    day = day_field(since, "updated_since")
    return [row for row in rows if row["updated_at"].date() >= day]


def newest_first(rows: Iterable[Record]) -> list[Record]:
    return sorted(rows, key=lambda row: (row["created_at"], row["id"]), reverse=True)


def by_name(rows: Iterable[Record]) -> list[Record]:
    return sorted(rows, key=lambda row: (str(row["name"]).casefold(), row["id"]))


def rows_under(store: Store, table: str, owner_table: str, owner_id: Any) -> list[Record]:
    """The rows of `table` that belong to one client or project (`clients`/`projects`, linked by
    `client_id`/`project_id`); 404 when the owner does not exist."""
    owner = store.require(owner_table, owner_id)
    key = owner_table.removesuffix("s") + "_id"
    return [row for row in store.rows(table) if row.get(key) == owner["id"]]


def by_id(rows: Iterable[Record]) -> list[Record]:
    return sorted(rows, key=lambda row: row["id"])


# The spec's longest record number; a number is assigned only if it fits.
LONGEST_NUMBER = 255
_ASCII_DIGITS = re.compile(r"[0-9]+")


def next_number(rows: Iterable[Record]) -> str:
    """One more than the highest number in use written in ASCII digits.

    A stored number may be any text ("PROJ101", "²", "0042", 255 nines): only ASCII digits count
    (`str.isdigit` also takes "²", which `int` refuses), leading zeros aside, and a number whose
    successor would not fit in LONGEST_NUMBER characters is passed over.
    """
    highest = ""
    for row in rows:
        text = row.get("number")
        if not isinstance(text, str) or not _ASCII_DIGITS.fullmatch(text):
            continue
        digits = text.lstrip("0")
        if len(digits) > LONGEST_NUMBER or digits == "9" * LONGEST_NUMBER:
            continue
        if (len(digits), digits) > (len(highest), highest):
            highest = digits
    return str(int(highest or "0") + 1)


def unique_number(
    rows: Iterable[Record], number: str, field: str, own_id: int | None = None
) -> None:
    for row in rows:
        if row.get("number") == number and row["id"] != own_id:
            raise ApiError(422, "Validation failed", {field: ["has already been taken"]})


def stored_value(key: str, value: Any, field: str) -> Any:
    """A request value as kept in a record: days as dates, numbers exact, numbers-as-text."""
    if key in _DAY_FIELDS and isinstance(value, str):
        return day_field(value, field)
    if key == "number" and value is not None:
        return str(value)
    if isinstance(value, float):
        return Decimal(str(value))
    return value


def copy_fields(target: Record, fields: Json, keys: Iterable[str], wrapper: str) -> None:
    for key in keys:
        if key in fields:
            target[key] = stored_value(key, fields[key], f"{wrapper}.{key}")


def check_limit(store: Store, table: str, limit: int | None, what: str) -> None:
    if limit is not None and len(store.tables[table]) >= limit:
        raise ApiError(426, f"Your plan does not allow more {what}; upgrade to add another")


def today_or(fields: Json, key: str, store: Store, wrapper: str) -> dt.date:
    value = fields.get(key)
    return day_field(value, f"{wrapper}.{key}") if isinstance(value, str) else store.today()


_TOTAL_FIELDS = ("tax", "tax2", "tax3", "compound_tax")


def holdable_totals(candidate: Record, fields: dict[str, Any], kind: str) -> None:
    """422 when `candidate` (a record as a write would leave it) has totals the mock cannot
    hold, naming the field the write changed that bears on them: the lines, else a tax."""
    try:
        check_holdable(candidate["items"], TaxRates.of(candidate))
    except AmountTooLarge as exc:
        sent = [f"{kind}_items_attributes", *_TOTAL_FIELDS]
        field = next((f"{kind}.{name}" for name in sent if name in fields), kind)
        raise invalid(field, f"would make {exc}, more than the mock can hold") from None
