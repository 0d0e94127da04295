"""Type-strict comparison of JSON values that says where two values part ways."""

from __future__ import annotations

import re
from typing import Any


def json_differences(
    expected: Any, actual: Any, where: str = "$", *, decimals_read: bool = False
) -> list[str]:
    """Every place where `actual` differs from `expected`, as readable lines.

    Stricter than `==`: `5` and `5.0`, or `1` and `true`, count as different, because the wire
    keeps them apart and a client that turns one into the other has changed the payload. With
    `decimals_read`, `actual` is what a model read and wrote back: a decimal field reads any wire
    form (`5`, `5.0`, `"5.00"`) into one Python type, so a float in `actual` matches a number or a
    decimal string of the same value in `expected`, and nothing else.
    """
    if decimals_read and _same_decimal(expected, actual):
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


def _same_decimal(expected: Any, actual: Any) -> bool:
    if type(actual) is not float:
        return False
    if isinstance(expected, str):
        return _DECIMAL.fullmatch(expected) is not None and float(expected) == actual
    return type(expected) in (int, float) and float(expected) == actual
