"""Type-strict comparison of JSON values that says where two values part ways."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any


def json_differences(
    expected: Any, actual: Any, where: str = "$", *, decimals_read: bool = False
) -> list[str]:
    """Every place where `actual` differs from `expected`, as readable lines.

    Stricter than `==`: `5` and `5.0`, or `1` and `true`, count as different, because the wire
    keeps them apart and a client that turns one into the other has changed the payload. With
    `decimals_read`, `actual` is what a model read and wrote back by the one rule for values, so
    it may differ from the wire only by that rule's normal forms, exactly:

    - a number (an int when whole, else a Decimal) matches a JSON number or a decimal string of
      exactly the same value (`5` for `5.0` or `"5.00"`; `Decimal("129.15")` for `129.15`);
    - a day written `YYYY-MM-DD` matches the same day written with slashes;
    - an ISO 8601 timestamp matches any form of the same moment with the same UTC offset.
    """
    if decimals_read and _same_normal_form(expected, actual):
        return []
    if type(expected) is not type(actual):
        return [
            f"{where}: expected {expected!r} ({_kind(expected)}), got {actual!r} ({_kind(actual)})"
        ]
    if isinstance(expected, dict):
        lines = [f"{where}.{key}: missing" for key in expected if key not in actual]
        lines += [
            f"{where}.{key}: unexpected {actual[key]!r}" for key in actual if key not in expected
        ]
        for key in expected:
            if key in actual:
                lines += json_differences(
                    expected[key], actual[key], f"{where}.{key}", decimals_read=decimals_read
                )
        return lines
    if isinstance(expected, list):
        if len(expected) != len(actual):
            return [f"{where}: expected {len(expected)} elements, got {len(actual)}"]
        lines = []
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            lines += json_differences(left, right, f"{where}[{index}]", decimals_read=decimals_read)
        return lines
    return [] if expected == actual else [f"{where}: expected {expected!r}, got {actual!r}"]


def _kind(value: Any) -> str:
    return type(value).__name__


_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_SLASHED_DAY = re.compile(r"[0-9]{4}/[0-9]{2}/[0-9]{2}")
_RUBY_ZONE = re.compile(r" ?(UTC|[+-][0-9]{2}(?::?[0-9]{2})?)$")


def _same_normal_form(expected: Any, actual: Any) -> bool:
    if type(actual) in (int, Decimal) and type(expected) is not bool:
        if isinstance(expected, str) and _DECIMAL.fullmatch(expected):
            return bool(Decimal(expected) == actual)
        if type(expected) is float:
            # The float's shortest text is the number the wire carried.
            return bool(Decimal(repr(expected)) == actual)
        return type(expected) is int and type(actual) is int and expected == actual
    if type(actual) is str and type(expected) is str and expected != actual:
        if _SLASHED_DAY.fullmatch(expected):
            return expected.replace("/", "-") == actual
        moment = _moment(expected)
        return moment is not None and moment == _moment(actual) and "T" in actual
    return False


def _moment(text: str) -> tuple[dt.datetime, dt.timedelta | None] | None:
    """The moment and its offset, from any form the spec's Timestamp admits."""
    normal = _RUBY_ZONE.sub(lambda zone: "+00:00" if zone[1] == "UTC" else zone[1], text)
    try:
        moment = dt.datetime.fromisoformat(normal.replace("/", "-"))
    except ValueError:
        return None
    return (moment, moment.utcoffset()) if moment.utcoffset() is not None else None
