"""A record's values as the Python types the spec means, read from its JSON form.

Days become `datetime.date` whichever separator the API used ("2011/07/26"), timestamps aware
`datetime.datetime`, decimal strings `Decimal`; nested records and lists follow their own
schemas. The command line writes these through the one rule for values (`clientary._json_values`),
so what it writes does not depend on whether the models hand out strings or typed values. A value
that does not read as its schema says (a server sending something new) is kept as it came.
"""

import decimal
import functools
from collections.abc import Callable, Mapping
from typing import Any

from .._dates import parse_date, parse_timestamp
from ._catalogue import Field, schema_fields

__all__ = ["converter", "typed_record"]


def typed_record(document: Mapping[str, Any], schema: str) -> dict[str, Any]:
    """`document` (a record's JSON form) with typed values: the spec's fields first, in its
    order, then any field the spec does not name, as it came."""
    typed: dict[str, Any] = {}
    for field in schema_fields(schema):
        if field.name in document:
            typed[field.name] = converter(field)(document[field.name])
    for name, value in document.items():
        if name not in typed:
            typed[name] = value
    return typed


def converter(field: Field) -> Callable[[Any], Any]:
    """The function giving `field`'s typed value from its JSON value."""
    if field.kind == "day":
        return _day
    if field.kind == "timestamp":
        return _timestamp
    if field.kind == "decimal":
        return _decimal
    if field.kind == "record" and field.schema is not None:
        return _nested(field.schema)
    if field.kind == "list" and field.schema is not None:
        return _each(_nested(field.schema))
    return _as_is


def _as_is(value: Any) -> Any:
    return value


def _day(value: Any) -> Any:
    return _day_of_text(value) if isinstance(value, str) else value


def _timestamp(value: Any) -> Any:
    return _moment_of_text(value) if isinstance(value, str) else value


# Records of one export share a few hundred days and moments at most, and reading one took
# longer than writing the rest of a row.
@functools.lru_cache(maxsize=4096)
def _day_of_text(text: str) -> Any:
    try:
        return parse_date(text)
    except ValueError:
        return text


@functools.lru_cache(maxsize=4096)
def _moment_of_text(text: str) -> Any:
    try:
        return parse_timestamp(text)
    except ValueError:
        return text


def _decimal(value: Any) -> Any:
    # Numbers are written exactly by the rule already; a decimal written as a string ("49.99",
    # as recurring schedule lines have their prices) is a number too.
    if isinstance(value, str):
        try:
            number = decimal.Decimal(value)
        except decimal.InvalidOperation:
            return value
        return number if number.is_finite() else value
    return value


def _nested(schema: str) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return typed_record(value, schema) if isinstance(value, Mapping) else value

    return convert


def _each(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert_each(value: Any) -> Any:
        return [convert(item) for item in value] if isinstance(value, list) else value

    return convert_each
