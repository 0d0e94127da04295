"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# ----- values: reading what the wire carried, and the one rule for writing values out -----------
#
# Reading (the generated models' from_dict(), for each field whose schema has `x-python-type`):
#
#     date       "2011/07/26" or "2011-07-26"               datetime.date
#     datetime   "2012-11-08T21:20:47Z", "2011/06/29 23:01:08 -0700", "... UTC"
#                                                           an aware datetime.datetime
#     Decimal    129.15 or "129.15" (or a float)            decimal.Decimal, exact: a float is
#                                                           read as its shortest text, so 0.1 is
#                                                           Decimal("0.1")
#     IntEnum    an integer                                 the code's member, or an unlisted
#                                                           member equal to it (see the enums)
#
# The endpoints decode response bodies with read_json(), which makes every JSON number with a
# fraction a Decimal at no extra cost, so from_dict() is mostly handed Decimals already.
#
# Writing (to_dict(), request bodies, and the clientary package's tools, MCP server and command
# line), the one rule:
#
#     day (datetime.date)            "2011-07-26"                 what every documented request uses
#     timestamp (aware datetime)     "2012-11-08T21:20:47+00:00"  ISO 8601 with its offset
#     decimal.Decimal                220 / 129.15 / 1.50          an exact JSON number: an integer
#                                                                 when whole, otherwise the decimal's
#                                                                 own digits, never through a float
#     float                          0.1 / 220                    read as the decimal its shortest
#                                                                 text stands for, then as above
#     enum member                    its value
#     str, int, bool, None           as JSON has them; lists and dicts member by member
#
# A value that JSON cannot hold (a naive timestamp, NaN, an infinity, an unknown type) is a
# ValueError or TypeError naming the field it was found in, so a bad value is never written half
# right. Plain json.dumps cannot write a Decimal exactly, which is why dumps() writes the text
# itself.

import datetime as _datetime
import decimal as _decimal
import enum as _enum
import json as _json
import math as _math
import re as _re
from collections.abc import Callable as _Callable
from collections.abc import Mapping as _Mapping
from typing import Any as _Any
from typing import TypeVar as _TypeVar

_Decimal = _decimal.Decimal
_K = _TypeVar("_K")
_V = _TypeVar("_V")
_date_fromisoformat = _datetime.date.fromisoformat
_datetime_fromisoformat = _datetime.datetime.fromisoformat
_json_loads = _json.loads
_encode_string = _json.JSONEncoder(ensure_ascii=False).encode

# What Python's fromisoformat does not take of the forms the spec admits: a space before the
# offset ("23:01:08 -0700", as Ruby's Time#to_s writes it) and the zone written "UTC".
_RUBY_ZONE = _re.compile(r" ?(UTC|[+-][0-9]{2}(?::?[0-9]{2})?)$")


class _Memo(dict[_K, _V]):
    """Values converted so far, by what the wire carried: a dict whose missing keys are
    converted, kept and handed out. A page repeats the same few days (dates of issue, due dates)
    and whole amounts (a tax of 5, a quantity of 1, a balance of 0), and looking one up costs a
    fraction of converting it again. Emptied when it holds `size` values, so it stays small."""

    def __init__(self, convert: _Callable[[_K], _V], size: int) -> None:
        super().__init__()
        self._convert = convert
        self._size = size

    def __missing__(self, key: _K) -> _V:
        value = self._convert(key)
        if len(self) >= self._size:
            self.clear()
        self[key] = value
        return value


def read_json(content: bytes) -> _Any:
    """A response body as JSON, every number with a fraction or exponent read as a Decimal."""
    return _json_loads(content, parse_float=_Decimal)


def read_decimal(value: object) -> _decimal.Decimal:
    """An exact Decimal of a JSON number, a decimal string, a float or a Decimal."""
    if isinstance(value, _Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return _Decimal(value)
    if isinstance(value, float):
        # repr() is the shortest text that reads back as this float: 0.1 stays 0.1, not the
        # 55 digits of the binary value.
        return _Decimal(repr(value))
    if isinstance(value, str):
        try:
            return _Decimal(value.strip())
        except _decimal.InvalidOperation:
            raise ValueError(f"{value!r} is not a decimal number") from None
    raise TypeError(f"a {type(value).__name__} is not a decimal number")


def read_day(value: object) -> _datetime.date:
    """A day written YYYY/MM/DD or YYYY-MM-DD (or a date itself)."""
    if isinstance(value, str):
        return _date_fromisoformat(value.replace("/", "-"))
    if isinstance(value, _datetime.date) and not isinstance(value, _datetime.datetime):
        return value
    raise TypeError(f"a {type(value).__name__} is not a day")


def read_timestamp(value: object) -> _datetime.datetime:
    """An aware moment in any form the spec's Timestamp admits (or an aware datetime itself)."""
    if isinstance(value, _datetime.datetime):
        moment = value
    elif isinstance(value, str):
        text = value.replace("/", "-")
        try:
            moment = _datetime_fromisoformat(text)
        except ValueError:
            moment = _datetime_fromisoformat(_RUBY_ZONE.sub(_iso_zone, text))
    else:
        raise TypeError(f"a {type(value).__name__} is not a timestamp")
    if moment.utcoffset() is None:
        raise ValueError(f"{value!r} has no UTC offset")
    return moment


# The models read a day written as text, and an amount written as a JSON integer, through these
# (days_read["2011/07/26"]); an amount with a fraction arrives as a Decimal already.
days_read: _Memo[str, _datetime.date] = _Memo(read_day, 4096)
whole_amounts_read: _Memo[int, _decimal.Decimal] = _Memo(_Decimal, 4096)


def _iso_zone(match: _re.Match[str]) -> str:
    zone = match.group(1)
    return "+00:00" if zone == "UTC" else zone


def write_day(value: object, field: str) -> str | Unset | None:
    """A day of a request as YYYY-MM-DD: a date, or a day written with slashes or dashes."""
    if value is None or isinstance(value, Unset):
        return value
    if isinstance(value, _datetime.datetime):
        raise TypeError(f"{field}: expected a day (datetime.date), got a datetime")
    if isinstance(value, _datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return read_day(value).isoformat()
        except ValueError:
            raise ValueError(
                f"{field}: {value!r} is not a day written YYYY-MM-DD or YYYY/MM/DD"
            ) from None
    raise TypeError(f"{field}: expected a day (datetime.date or str), got {type(value).__name__}")


def write_decimal(value: object, field: str) -> int | _decimal.Decimal | None:
    """A number of a request as an exact JSON number: a Decimal, a float or an int."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | _Decimal):
        raise TypeError(
            f"{field}: expected a number (Decimal, float or int), got {type(value).__name__}"
        )
    number: int | _decimal.Decimal = json_value(value, field)
    return number


def write_code(value: object, field: str, codes: type[_enum.IntEnum]) -> int | None:
    """A code of a request as its integer, refused when the spec does not list it."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field}: expected a {codes.__name__} code, got {type(value).__name__}")
    code = int(value)
    if code not in codes._value2member_map_:
        listed = ", ".join(f"{member.value} ({member.name})" for member in codes)
        raise ValueError(f"{field}: {code} is not a {codes.__name__} code; the codes are {listed}")
    return code


def json_value(value: object, field: str = "") -> _Any:
    """`value` in its JSON form by the rule above; `field` names it in errors.

    Plain JSON types come back, except that a number which is not whole stays a Decimal (only
    dumps() writes it without losing digits).
    """
    # The common types first: this runs for every value of every record written out.
    if value is None or isinstance(value, str | bool):
        return value
    if isinstance(value, int):
        if isinstance(value, _enum.Enum):
            return json_value(value.value, field)
        return int(value)
    if isinstance(value, float):
        if not _math.isfinite(value):
            raise ValueError(f"{_where(field)}{value!r} is not a number JSON can hold")
        return _exact_number(_Decimal(repr(value)), field)
    if isinstance(value, _Decimal):
        return _exact_number(value, field)
    if isinstance(value, _datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{_where(field)}a timestamp without a UTC offset cannot be written")
        return value.isoformat()
    if isinstance(value, _datetime.date):
        return value.isoformat()
    if isinstance(value, _enum.Enum):
        return json_value(value.value, field)
    if isinstance(value, _Mapping):
        return {
            _key(key, field): json_value(item, _join(field, key)) for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [json_value(item, f"{field}[{index}]") for index, item in enumerate(value)]
    raise TypeError(f"{_where(field)}a {type(value).__name__} has no JSON form")


def dumps(
    value: object, *, indent: int | None = None, separators: tuple[str, str] | None = None
) -> str:
    """The JSON text of `value` by the rule above: on one line, or indented. `separators` are
    json.dumps's (item, key): ", " and ": " on one line, "," and ": " indented, by default."""
    if separators is None:
        separators = (", " if indent is None else ",", ": ")
    parts: list[str] = []
    _write(json_value(value), parts, indent, 0, separators)
    return "".join(parts)


def json_body(value: object) -> bytes:
    """A request body: the compact JSON text of `value` by the rule above, in UTF-8."""
    return dumps(value, separators=(",", ":")).encode("utf-8")


def _exact_number(value: _decimal.Decimal, field: str) -> int | _decimal.Decimal:
    if not value.is_finite():
        raise ValueError(f"{_where(field)}{value} is not a number JSON can hold")
    if value == value.to_integral_value():
        return int(value)
    return value


def _write(
    value: _Any, parts: list[str], indent: int | None, depth: int, separators: tuple[str, str]
) -> None:
    if value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, str):
        parts.append(_encode_string(value))
    elif isinstance(value, int | _Decimal):
        # str(Decimal) keeps the decimal's own digits ("1.50", "0.00001"), and its exponent
        # form ("1.5E-7") is valid JSON too.
        parts.append(str(value))
    elif isinstance(value, dict):
        _write_members(
            [(_encode_string(key), item) for key, item in value.items()],
            "{}",
            parts,
            indent,
            depth,
            separators,
        )
    else:
        _write_members([(None, item) for item in value], "[]", parts, indent, depth, separators)


def _write_members(
    members: list[tuple[str | None, _Any]],
    brackets: str,
    parts: list[str],
    indent: int | None,
    depth: int,
    separators: tuple[str, str],
) -> None:
    opening, closing = brackets[0], brackets[1]
    if not members:
        parts.append(brackets)
        return
    inner = "" if indent is None else "\n" + " " * (indent * (depth + 1))
    parts.append(opening)
    for number, (key, item) in enumerate(members):
        if number:
            parts.append(separators[0])
        parts.append(inner)
        if key is not None:
            parts.append(key + separators[1])
        _write(item, parts, indent, depth + 1, separators)
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


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "days_read",
    "dumps",
    "json_body",
    "json_value",
    "read_day",
    "read_decimal",
    "read_json",
    "read_timestamp",
    "whole_amounts_read",
    "write_code",
    "write_day",
    "write_decimal",
]
