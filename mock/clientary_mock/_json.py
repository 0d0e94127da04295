"""JSON objects as the mock holds them (`Json`, the one alias for one), and how it writes JSON.

Records are rendered once and kept as bytes (`RawJson`; `_read_cache` keeps them), and a list
page copies those bytes into its envelope rather than parsing and writing them again. Reading a
request body is `_json_body`'s business.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

__all__ = ["Json", "RawJson", "encode", "envelope"]

# A JSON object as Python holds it: a request body's fields, a rendered record.
Json = dict[str, Any]


@dataclass(frozen=True)
class RawJson:
    """A JSON value already encoded, copied into a response as it is."""

    data: bytes


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
