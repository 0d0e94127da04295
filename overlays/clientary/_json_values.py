"""The one rule for writing values out, as the command line, the tools and the MCP server use it.

The rule itself lives in the generated package (clientary_client.types, from the spec's
templates), because the models' to_dict() and the request bodies follow it too and the generated
package cannot import this one:

    day (datetime.date)            "2011-07-26"                 what every documented request uses
    timestamp (aware datetime)     "2012-11-08T21:20:47+00:00"  ISO 8601 with its offset
    decimal.Decimal                220 / 129.15 / 1.50          an exact JSON number, never
                                                                through a float
    float                          0.1 / 220                    as the decimal its shortest text
                                                                stands for
    enum member                    its value

`json_value` and `dumps` are that rule; `plain_json` gives its result as plain JSON types, for
answers that callers hand to any JSON library (the tools); `cell_text` gives the same forms for
one cell of a table (a CSV column).
"""

import datetime
import decimal
from collections.abc import Callable
from typing import Any

from clientary_client.types import dumps, json_value

__all__ = ["cell_text", "dumps", "float_cell", "json_value", "plain_json"]


def plain_json(value: object, field: str = "") -> Any:
    """`json_value(value)` in plain JSON types: a number that is not whole becomes the float
    whose shortest text is the decimal's own digits (129.15 stays 129.15 in any JSON library's
    output). A decimal no float writes exactly (more than 15 significant digits) is a ValueError
    naming its field, rather than a number silently changed."""
    return _plain(json_value(value, field), field)


def _plain(value: Any, field: str) -> Any:
    if isinstance(value, decimal.Decimal):
        number = float(value)
        if decimal.Decimal(repr(number)) != value:
            raise ValueError(f"{field}: {value} has no exact float form" if field else str(value))
        return number
    if isinstance(value, dict):
        return {
            key: _plain(item, f"{field}.{key}" if field else key) for key, item in value.items()
        }
    if isinstance(value, list):
        return [_plain(item, f"{field}[{index}]") for index, item in enumerate(value)]
    return value


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
        # str(Decimal) keeps the decimal's own digits ("1.50"), as dumps() writes them.
        return str(plain)
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


def _decimal_cell(value: decimal.Decimal) -> str | None:
    """`cell_text` of a Decimal, the short way; None for a NaN or an infinity."""
    if not value.is_finite():
        return None
    return str(int(value)) if value == value.to_integral_value() else str(value)


_QUICK_CELLS: dict[type, Callable[[Any], str | None]] = {
    str: lambda value: value,
    type(None): lambda value: "",
    bool: lambda value: "true" if value else "false",
    int: int.__repr__,
    float: float_cell,
    decimal.Decimal: _decimal_cell,
    datetime.date: datetime.date.isoformat,
}
