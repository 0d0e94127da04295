"""Checking a request against its operation, with errors named per field.

Field names join object keys with dots and list positions with brackets
(`invoice.invoice_items_attributes[0].title`); query parameters are named as sent. A key, a
parameter name or a value quoted in a message is cut to a short prefix (see `_errors.shown`).

Unknown query parameters are refused with 422 rather than ignored: the spec declares every
parameter an operation takes, and a contract fuzzer sending undeclared ones expects a refusal.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from jsonschema import ValidationError as SchemaError

from ._errors import ApiError, FieldErrors, shown
from ._json_body import BodyError, decode
from ._openapi import Operation, Parameter

# An integer as the API writes one: ASCII digits, no sign but minus, no leading zero, no space.
# (Python's `\d` also takes Arabic-Indic digits and "²", and `$` lets a final newline through:
# "1\n" would reach record 1.)
_INTEGER = re.compile(r"0|-?[1-9][0-9]{0,18}")


def field_name(path: Iterable[Any]) -> str:
    name = ""
    for part in path:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{shown(part)}" if name else shown(str(part))
    return name


# jsonschema's messages quote the value and sometimes parts of the schema; the value is cut
# above, and this bounds whatever else a message could grow by.
_LONGEST_MESSAGE = 200


def _messages(error: SchemaError) -> list[tuple[list[Any], str]]:
    """Turn one schema error into (field path, message) pairs a person can act on."""
    path = list(error.absolute_path)
    instance = error.instance
    expected: Any = error.validator_value
    if error.validator == "required" and isinstance(instance, dict):
        missing = [name for name in expected if name not in instance]
        return [([*path, name], "is required") for name in missing]
    if error.validator == "type":
        wanted = " or ".join(expected) if isinstance(expected, list) else expected
        return [(path, f"must be of type {wanted}")]
    if error.validator in ("enum", "const"):
        allowed = expected if error.validator == "enum" else [expected]
        return [(path, "must be one of " + ", ".join(json.dumps(v) for v in allowed))]
    if error.validator == "pattern":
        return [(path, "has an invalid format")]
    message = error.message.replace(repr(instance), shown(repr(instance)))
    return [(path, shown(message, _LONGEST_MESSAGE))]


def _collect(errors: Iterable[SchemaError], prefix: list[Any]) -> FieldErrors:
    collected: FieldErrors = {}
    for error in errors:
        for path, message in _messages(error):
            name = field_name([*prefix, *path]) or "body"
            bucket = collected.setdefault(name, [])
            if message not in bucket:
                bucket.append(message)
    return collected


def _refuse_constant(token: str) -> Any:
    raise ValueError(f"{token} is not a number JSON allows")


def parse_json_body(raw: bytes) -> Any:
    """Decode a request body; decimals stay exact and non-finite numbers are refused."""
    try:
        value = decode(raw, parse_float=Decimal, parse_constant=_refuse_constant)
    except BodyError as exc:
        raise ApiError(422, "Malformed JSON body", {"body": [exc.problem]}) from None
    _reject_unstorable(value)
    return _whole_numbers_as_int(value)


# Beyond this many digits a whole number stays a Decimal: int() of 1e999999999 would not end.
_MAX_WHOLE_DIGITS = 30


def _whole_numbers_as_int(value: Any) -> Any:
    """JSON does not tell 5 from 5.0, and JSON Schema calls both integers: an id sent as
    `2772394.0` is the id 2772394. Whole decimals become ints, so type checks and id lookups
    treat them alike; other decimals stay exact."""
    if isinstance(value, Decimal):
        whole = value == value.to_integral_value() and value.adjusted() < _MAX_WHOLE_DIGITS
        return int(value) if whole else value
    if isinstance(value, dict):
        return {key: _whole_numbers_as_int(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_whole_numbers_as_int(item) for item in value]
    return value


def _reject_unstorable(value: Any) -> None:
    """Refuse what JSON can carry but no record can hold: NaN and infinities, and text with an
    unpaired surrogate (`"\\udb51"` decodes, but can never be written back out as UTF-8)."""
    if isinstance(value, Decimal | float) and not math.isfinite(value):
        raise ApiError(422, "Validation failed", {"body": ["contains a non-finite number"]})
    if isinstance(value, str) and not _is_unicode(value):
        raise ApiError(
            422, "Validation failed", {"body": ["contains text with an unpaired surrogate"]}
        )
    if isinstance(value, dict):
        for key, item in value.items():
            _reject_unstorable(key)
            _reject_unstorable(item)
    elif isinstance(value, list):
        for item in value:
            _reject_unstorable(item)


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def validate_body(operation: Operation, body: Any) -> None:
    if operation.body_validator is None:
        return
    errors = _collect(operation.body_validator.iter_errors(body), [])
    if errors:
        raise ApiError(422, "Validation failed", errors)


def _coerce(parameter: Parameter, raw: str) -> Any:
    """Query and path values arrive as text; digits become an integer where one is expected.

    An integer comes back only when it is valid for the parameter, so callers need not check it
    again (a str still needs checking)."""
    if _INTEGER.fullmatch(raw) and parameter.validator.is_valid(int(raw)):
        return int(raw)
    return raw


def _problems(parameter: Parameter, value: Any) -> FieldErrors:
    if isinstance(value, int):
        return {}  # `_coerce` has checked it
    return _collect(parameter.validator.iter_errors(value), [])


def validate_query(operation: Operation, query: Mapping[str, str]) -> dict[str, Any]:
    """The typed query values, or 422 naming every bad or unknown parameter."""
    declared = operation.query_parameters()
    errors: FieldErrors = {}
    values: dict[str, Any] = {}
    for name, raw in query.items():
        parameter = declared.get(name)
        if parameter is None:
            errors[shown(name)] = ["is not a parameter of this operation"]
            continue
        value = _coerce(parameter, raw)
        problems = _problems(parameter, value)
        if problems:
            errors[name] = [message for messages in problems.values() for message in messages]
        else:
            values[name] = value
    for name, parameter in declared.items():
        if parameter.required and name not in query:
            errors[name] = ["is required"]
    if errors:
        raise ApiError(422, "Validation failed", errors)
    return values


def validate_path(operation: Operation, values: Mapping[str, str]) -> dict[str, int]:
    """Path ids as integers. An id that cannot be a record id names no record, hence 404."""
    typed: dict[str, int] = {}
    for name, parameter in operation.path_parameters().items():
        raw = values.get(name, "")
        value = _coerce(parameter, raw)
        if not isinstance(value, int):
            raise ApiError(404, "Not found")
        typed[name] = value
    return typed
