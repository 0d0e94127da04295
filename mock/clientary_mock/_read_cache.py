"""What reads work out from the records, kept until the next write.

Rendering a record is most of what a read costs the mock: an invoice recomputes its totals and
taxes in Decimal and looks up its payments, so a 30-invoice page took several times as long as
sending its bytes, and re-sorting every invoice for each page made reading a long list
quadratic. The mock, rather than the client, then set the pace of every benchmark and
concurrent test. Reads far outnumber writes, so each record's JSON, and orders such as "every
invoice, newest first", are kept here. Any request that may write clears all of it, whatever
its outcome (see `_api.api_endpoint`); renderings read other tables too (an invoice shows its
payments), so nothing finer than "everything" is worth tracking.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar, cast

from ._render import number
from ._store import Record

T = TypeVar("T")


@dataclass(frozen=True)
class RawJson:
    """A JSON value already encoded, copied into a response as it is."""

    data: bytes


class ReadCache:
    """Records rendered as JSON (by table and id) and other values reads work out (by key)."""

    def __init__(self) -> None:
        self._json: dict[tuple[str, int], RawJson] = {}
        self._values: dict[Hashable, object] = {}

    def record_json(self, table: str, record: Record, render: Callable[[Record], Any]) -> RawJson:
        key = (table, record["id"])
        found = self._json.get(key)
        if found is None:
            found = self._json[key] = RawJson(encode(render(record)))
        return found

    def value(self, key: Hashable, compute: Callable[[], T]) -> T:
        if key not in self._values:
            self._values[key] = compute()
        return cast(T, self._values[key])

    def clear(self) -> None:
        self._json.clear()
        self._values.clear()

    def __len__(self) -> int:
        return len(self._json) + len(self._values)


def encode(value: Any) -> bytes:
    """The JSON of `value`, compact, with `RawJson` copied in where it stands: as the value
    itself, as the items of a list, or as the members of an object (a page envelope)."""
    if isinstance(value, RawJson):
        return value.data
    if _is_raw_list(value):
        return b"[" + b",".join(item.data for item in value) + b"]"
    if isinstance(value, dict) and any(_holds_raw(item) for item in value.values()):
        members = (_dumps(key) + b":" + encode(item) for key, item in value.items())
        return b"{" + b",".join(members) + b"}"
    return _dumps(value)


def _holds_raw(value: Any) -> bool:
    return isinstance(value, RawJson) or _is_raw_list(value)


def _is_raw_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, RawJson) for v in value)


def _dumps(value: Any) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_decimal
    ).encode("utf-8")


def _decimal(value: Any) -> Any:
    # The renderers turn the fields they know into numbers; free-form objects a caller stored
    # (a client's `invoice_extra_fields`, say) hold the Decimals their JSON was parsed into.
    if isinstance(value, Decimal):
        return number(value)
    raise TypeError(f"{type(value).__name__} is not JSON")
