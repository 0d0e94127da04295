"""What reads work out from the records, kept until the next write.

Rendering a record is most of what a read costs the mock: an invoice recomputes its totals and
taxes in Decimal and looks up its payments, so a 30-invoice page took several times as long as
sending its bytes, and re-sorting every invoice for each page made reading a long list
quadratic. The mock, rather than the client, then set the pace of every benchmark and
concurrent test. Reads far outnumber writes, so each record's JSON, and orders such as "every
invoice, newest first", are kept here.

After each request, what it wrote is forgotten, and only that (see `_api.api_endpoint`): the
JSON of every record written, of every record whose rendering shows one of them
(`_render.shown_in`: a payment shows in its invoice), and every value computed from a table
written to. Emptying everything on any write made the next page of a 200,000-invoice list cost
ten times as much after a write to an unrelated task.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar, cast

from ._render import shown_in
from ._store import Record, Store

T = TypeVar("T")
Json = dict[str, Any]


@dataclass(frozen=True)
class RawJson:
    """A JSON value already encoded, copied into a response as it is."""

    data: bytes


class ReadCache:
    """Records rendered as JSON (by table and id) and other values reads work out (by key)."""

    def __init__(self) -> None:
        self._json: dict[tuple[str, int], RawJson] = {}
        self._values: dict[Hashable, object] = {}
        self._value_tables: dict[Hashable, tuple[str, ...]] = {}

    def record_json(self, table: str, record: Record, render: Callable[[Record], Any]) -> RawJson:
        key = (table, record["id"])
        found = self._json.get(key)
        if found is None:
            found = self._json[key] = RawJson(encode(render(record)))
        return found

    def value(self, key: Hashable, tables: tuple[str, ...], compute: Callable[[], T]) -> T:
        """The value under `key`, computed from the records of `tables` when not kept."""
        if key not in self._values:
            self._values[key] = compute()
            self._value_tables[key] = tables
        return cast(T, self._values[key])

    def forget(self, store: Store, written: Iterable[tuple[str, Record]]) -> None:
        """Drop what the records `written` (table, record) change, from `store`'s journal."""
        tables: set[str] = set()
        for table, record in written:
            tables.add(table)
            self._json.pop((table, record["id"]), None)
            for shown in shown_in(store, table, record):
                self._json.pop(shown, None)
        stale = [key for key, read in self._value_tables.items() if tables.intersection(read)]
        for key in stale:
            del self._values[key], self._value_tables[key]

    def clear(self) -> None:
        self._json.clear()
        self._values.clear()
        self._value_tables.clear()

    def __len__(self) -> int:
        return len(self._json) + len(self._values)


def encode(value: Any) -> bytes:
    """The JSON of `value`, compact; `RawJson` as it is."""
    return value.data if isinstance(value, RawJson) else _dumps(value)


def envelope(fields: Json, key: str, records: list[RawJson]) -> RawJson:
    """The object `fields` with one member more, last: `key`, the list of `records`."""
    head = _dumps(fields)[:-1] + (b"," if fields else b"")
    listed = b"[" + b",".join(record.data for record in records) + b"]"
    return RawJson(head + _dumps(key) + b":" + listed + b"}")


def _dumps(value: Any) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_decimal
    ).encode("utf-8")


def _decimal(value: Any) -> Any:
    # The renderers turn the fields they know into numbers; free-form objects a caller stored
    # (a client's `invoice_extra_fields`, say) hold the Decimals their JSON was parsed into, and
    # are written back as the numbers they were, whatever the dialect.
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")
