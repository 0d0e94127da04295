"""Checking an assistant's arguments against a tool's JSON Schema, before anything is sent.

Problems are reported per field, in words an assistant can act on: the field's dotted path, and
for a text that does not fit its pattern an example of what does (a regular expression for
calendar days helps nobody). The offending value itself is never repeated back. jsonschema does
the checking; it is the `tools` extra.

JSON Schema counts 1.0 as an integer, so an assistant's `{"id": 1.0}` fits the schema; the
checked arguments hold it as the int 1, as the generated operations (and the API) expect.
"""

import copy
import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .._console import install_hint
from .._dates import NO_SUCH_DAY, day_shaped, parse_date
from ._catalogue import Tool
from ._errors import ArgumentProblem, ToolArgumentError

__all__ = ["check_arguments"]


def check_arguments(tool: Tool, arguments: object) -> dict[str, Any]:
    """`arguments` as a plain dict when they fit `tool`'s schema; ToolArgumentError otherwise."""
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, Mapping):
        kind = type(arguments).__name__
        raise ToolArgumentError(
            tool.name, [ArgumentProblem("(arguments)", f"must be an object, got {kind}")]
        )
    checked = dict(arguments)
    problems = sorted(set(_problems(tool, checked)), key=lambda p: (p.field, p.message))
    if problems:
        raise ToolArgumentError(tool.name, problems)
    whole: dict[str, Any] = _as_integers(checked, tool.input_schema)
    return whole


def _as_integers(value: Any, schema: Mapping[str, Any]) -> Any:
    """`value` (valid for `schema`) with each float the schema types as an integer made an int."""
    if isinstance(value, float) and value.is_integer() and _integer_typed(schema):
        return int(value)
    if isinstance(value, Mapping):
        fields = schema.get("properties", {})
        return {key: _as_integers(item, fields.get(key, {})) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_integers(item, schema.get("items", {})) for item in value]
    return value


def _integer_typed(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
        return True
    branches = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
    return any(_integer_typed(branch) for branch in branches)


def _problems(tool: Tool, arguments: dict[str, Any]) -> Iterator[ArgumentProblem]:
    for error in _validator(tool.name).iter_errors(arguments):
        yield from _describe(tool, error)


def _describe(tool: Tool, error: Any) -> Iterator[ArgumentProblem]:
    field = _dotted(error.absolute_path)
    keyword = error.validator
    if keyword == "required":
        present = error.instance if isinstance(error.instance, Mapping) else {}
        for name in error.validator_value:
            if name not in present:
                yield ArgumentProblem(_join(field, name), "is required")
    elif keyword == "additionalProperties":
        known = ", ".join(error.schema.get("properties", {})) or "none"
        for name in error.instance:
            if name not in error.schema.get("properties", {}):
                where = field or tool.name
                yield ArgumentProblem(
                    _join(field, name), f"is not an argument of {where} (it takes: {known})"
                )
    elif keyword == "pattern" and _names_no_day(error.instance, error.validator_value):
        yield ArgumentProblem(field or "(arguments)", NO_SUCH_DAY)
    elif keyword == "pattern":
        examples = error.schema.get("examples")
        hint = f", for example {' or '.join(map(repr, examples))}" if examples else ""
        about = error.schema.get("description")
        detail = f" ({about})" if about and not examples else ""
        yield ArgumentProblem(field or "(arguments)", f"is not in the expected form{hint}{detail}")
    elif keyword == "type":
        expected = error.validator_value
        wanted = " or ".join(expected) if isinstance(expected, list) else expected
        yield ArgumentProblem(
            field or "(arguments)", f"must be {wanted}, got {_json_type(error.instance)}"
        )
    elif keyword == "enum":
        choices = ", ".join(map(repr, error.validator_value))
        yield ArgumentProblem(field or "(arguments)", f"must be one of {choices}")
    else:
        yield ArgumentProblem(field or "(arguments)", _without_value(error))


def _names_no_day(instance: object, pattern: str) -> bool:
    """Whether `instance` fails a day's pattern for its calendar, not its form: written as a
    day the pattern takes (an existing day so written matches it), yet no such day exists."""
    if not isinstance(instance, str):
        return False
    separator = day_shaped(instance)
    if separator is None:
        return False
    if _ecma_compiled(pattern).search(f"2000{separator}01{separator}01") is None:
        return False
    try:
        parse_date(instance)
    except ValueError:
        return True
    return False


def _without_value(error: Any) -> str:
    """jsonschema's message with the offending value left out.

    Problems travel back to the assistant and into the audit log, and the value could be anything
    the assistant pasted, a credential included; the field's name says what was wrong.
    """
    message: str = error.message
    return message.replace(repr(error.instance), "the value")


def _dotted(path: Any) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _join(field: str, name: str) -> str:
    return f"{field}.{name}" if field else name


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


@functools.cache
def _validator(name: str) -> Any:
    try:
        from jsonschema import Draft202012Validator, ValidationError, validators
    except ImportError as exc:  # tests/distribution: an installation without the extra
        raise ImportError(f"clientary.tools {install_hint('tools', exc)}") from exc
    from ._catalogue import get_tool

    def pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
        if isinstance(instance, str) and _ecma_compiled(pattern).search(instance) is None:
            yield ValidationError(f"{instance!r} does not match {pattern!r}")

    checker = validators.extend(Draft202012Validator, {"pattern": pattern})  # type: ignore[no-untyped-call]
    return checker(copy.deepcopy(dict(get_tool(name).input_schema)))


@functools.cache
def _ecma_compiled(pattern: str) -> re.Pattern[str]:
    """JSON Schema patterns are ECMA-262: `$` ends the text. Python's `$` also matches before a
    final newline, so "2024-01-01\\n" would pass a date pattern ending in `$`."""
    return re.compile(re.sub(r"(?<!\\)\$$", r"\\Z", pattern))
