"""Type-strict comparison of JSON values that says where two values part ways."""

from __future__ import annotations

from typing import Any


def json_differences(expected: Any, actual: Any, where: str = "$") -> list[str]:
    """Every place where `actual` differs from `expected`, as readable lines.

    Stricter than `==`: `5` and `5.0`, or `1` and `true`, count as different, because the wire
    keeps them apart and a client that turns one into the other has changed the payload.
    """
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
                lines += json_differences(expected[key], actual[key], f"{where}.{key}")
        return lines
    if isinstance(expected, list):
        if len(expected) != len(actual):
            return [f"{where}: expected {len(expected)} elements, got {len(actual)}"]
        lines = []
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            lines += json_differences(left, right, f"{where}[{index}]")
        return lines
    return [] if expected == actual else [f"{where}: expected {expected!r}, got {actual!r}"]


def _kind(value: Any) -> str:
    return type(value).__name__
