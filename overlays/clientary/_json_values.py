"""The one rule for writing values out: how every Python value the package hands out becomes JSON.

    day (datetime.date)            "2011-07-26"                 what every documented request uses
    timestamp (aware datetime)     "2012-11-08T21:20:47+00:00"  ISO 8601 with its offset
    decimal.Decimal                220 / 129.15 / 1.50          an exact JSON number: an integer
                                                                when whole, otherwise the decimal's
                                                                own digits, never through a float
    float                          0.1 / 220                    read as the decimal its shortest
                                                                text stands for, then as above
    enum member                    its value
    str, int, bool, None           as JSON has them; lists and dicts member by member

A value that JSON cannot hold (a naive timestamp, NaN, an infinity, an unknown type) is a
ValueError or TypeError naming the field it was found in, so a bad value is never written half
right. Plain `json.dumps` cannot write a Decimal exactly, which is why `dumps` here writes the
text itself; `cell_text` gives the same forms for one cell of a table (a CSV column).
"""

import datetime
import decimal
import enum
import json
import math
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["cell_text", "dumps", "float_cell", "json_value"]

# A JSON value as this module hands it out: plain JSON types, except that a number which is
# not whole stays a Decimal (only `dumps` and `cell_text` can write it without losing digits).
JSONValue = Any

_encode_string = json.JSONEncoder(ensure_ascii=False).encode


def json_value(value: object, field: str = "") -> JSONValue:
    """`value` in its JSON form (see the module docstring); `field` names it in errors."""
    # The common types first: this runs for every value of every exported record.
    if value is None or isinstance(value, str | bool):
        return value
    if isinstance(value, int):
        if isinstance(value, enum.Enum):
            return json_value(value.value, field)
        return int(value)
    if isinstance(value, float):
        return _exact_number(_decimal_of_float(value, field), field)
    if isinstance(value, decimal.Decimal):
        return _exact_number(value, field)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{_where(field)}a timestamp without a UTC offset cannot be written")
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return json_value(value.value, field)
    if isinstance(value, Mapping):
        return {
            _key(key, field): json_value(item, _join(field, key)) for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [json_value(item, f"{field}[{index}]") for index, item in enumerate(value)]
    raise TypeError(f"{_where(field)}a {type(value).__name__} has no JSON form")


def dumps(value: object, *, indent: int | None = None) -> str:
    """The JSON text of `value` by the rule above: compact on one line, or indented."""
    parts: list[str] = []
    _write(json_value(value), parts, indent, 0)
    return "".join(parts)


def cell_text(value: object, field: str = "") -> str:
    """One table cell: the JSON form's text, with strings as they are and null as empty."""
    # Exports write a cell per field of every record, so the plain types take a short way
    # (a float without an exponent already reads as its shortest decimal); the rest, and any
    # float that needs checking, go the long way below.
    quick = _QUICK_CELLS.get(type(value))
    if quick is not None:
        text = quick(value)
        if text is not None:
            return text
    plain = json_value(value, field)
    if plain is None:
        return ""
    if isinstance(plain, str):
        return plain
    if plain is True:
        return "true"
    if plain is False:
        return "false"
    if isinstance(plain, int | decimal.Decimal):
        return _number_text(plain)
    return dumps(plain)


def float_cell(value: float) -> str | None:
    """`cell_text` of a float, the short way; None when it needs the long way (an exponent,
    a NaN or an infinity)."""
    text = repr(value)
    if "e" in text or "n" in text:  # an exponent, nan or inf: the long way
        return None
    if text.endswith(".0"):  # whole: an integer, and 0 has no sign
        return text[:-2] if value else "0"
    return text


_QUICK_CELLS: dict[type, Callable[[Any], str | None]] = {
    str: lambda value: value,
    type(None): lambda value: "",
    bool: lambda value: "true" if value else "false",
    int: int.__repr__,
    float: float_cell,
}


def _exact_number(value: decimal.Decimal, field: str) -> int | decimal.Decimal:
    if not value.is_finite():
        raise ValueError(f"{_where(field)}{value} is not a number JSON can hold")
    if value == value.to_integral_value():
        return int(value)
    return value


def _decimal_of_float(value: float, field: str) -> decimal.Decimal:
    if not math.isfinite(value):
        raise ValueError(f"{_where(field)}{value!r} is not a number JSON can hold")
    # repr() is the shortest text that reads back as this float: 0.1 stays 0.1, not the
    # 55 digits of the binary value, so what the API sent as 0.1 is written as 0.1.
    return decimal.Decimal(repr(value))


def _number_text(value: int | decimal.Decimal) -> str:
    # str(Decimal) keeps the decimal's own digits ("1.50", "0.00001"), and its exponent form
    # ("1.5E-7") is valid JSON too.
    return str(value)


def _write(value: JSONValue, parts: list[str], indent: int | None, depth: int) -> None:
    if value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, str):
        parts.append(_encode_string(value))
    elif isinstance(value, int | decimal.Decimal):
        parts.append(_number_text(value))
    elif isinstance(value, dict):
        _write_members(
            [(_encode_string(key), item) for key, item in value.items()],
            "{}",
            parts,
            indent,
            depth,
        )
    else:
        _write_members([(None, item) for item in value], "[]", parts, indent, depth)


def _write_members(
    members: list[tuple[str | None, JSONValue]],
    brackets: str,
    parts: list[str],
    indent: int | None,
    depth: int,
) -> None:
    opening, closing = brackets[0], brackets[1]
    if not members:
        parts.append(brackets)
        return
    inner = "" if indent is None else "\n" + " " * (indent * (depth + 1))
    parts.append(opening)
    for number, (key, item) in enumerate(members):
        if number:
            parts.append(", " if indent is None else ",")
        parts.append(inner)
        if key is not None:
            parts.append(f"{key}: ")
        _write(item, parts, indent, depth + 1)
    if indent is not None:
        parts.append("\n" + " " * (indent * depth))
    parts.append(closing)


def _key(key: object, field: str) -> str:
    if isinstance(key, str):
        return key
    raise TypeError(f"{_where(field)}a key of type {type(key).__name__} cannot be written")


def _join(field: str, key: object) -> str:
    return f"{field}.{key}" if field else str(key)


def _where(field: str) -> str:
    return f"{field}: " if field else ""
