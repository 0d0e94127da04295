"""`clientary call`'s arguments: `--NAME VALUE` words and `--json` read into a tool's arguments.

A shell hands over text; the tool's JSON Schema says what each argument is, so text is read as
the schema wants it (`--id 110` an integer, `--complete` or `--complete true` a boolean,
`--recipients '["a@example.com"]'` JSON) and a string stays a string. Whatever cannot be read so
is passed on as it came, for the tool's own check to name the field and what it must be:
this module never decides that an argument is wrong, so the messages are the same as for
assistants calling the tool.
"""

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..tools import Tool

__all__ = ["ArgumentsError", "argument_help", "arguments_from"]

_INTEGER = re.compile(r"-?[0-9]+")
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})


class ArgumentsError(ValueError):
    """The words cannot be read as arguments at all (no value, not JSON, given twice)."""


def arguments_from(tool: Tool, words: Sequence[str], json_text: str | None) -> dict[str, Any]:
    """The arguments for `tool` from `--NAME VALUE` words and a JSON object (`--json`)."""
    properties: Mapping[str, Any] = tool.input_schema.get("properties", {})
    arguments: dict[str, Any] = {}
    if json_text is not None:
        try:
            given = json.loads(json_text)
        except ValueError as exc:
            raise ArgumentsError(f"--json is not JSON ({exc})") from None
        if not isinstance(given, dict):
            raise ArgumentsError("--json must be a JSON object of arguments")
        arguments.update(given)
    position = 0
    while position < len(words):
        word = words[position]
        position += 1
        if not word.startswith("--") or word == "--":
            raise ArgumentsError(f"expected --NAME VALUE, got {word!r}")
        name, equals, text = word[2:].partition("=")
        name = _known_name(name, properties)
        schema = properties.get(name, {})
        if not equals:
            following = words[position] if position < len(words) else None
            if following is None or following.startswith("--"):
                if "boolean" not in _types(schema):
                    raise ArgumentsError(f"--{name} needs a value")
                text = "true"
            else:
                text = following
                position += 1
        if name in arguments:
            raise ArgumentsError(f"{name} is given twice")
        arguments[name] = _read(text, schema)
    return arguments


def argument_help(tool: Tool) -> list[tuple[str, str]]:
    """(`--name TYPE`, what it is) for each argument, required ones marked."""
    schema = tool.input_schema
    required = set(schema.get("required", []))
    lines = []
    for name, prop in schema.get("properties", {}).items():
        types = [t.upper() for t in _types(prop) if t != "null"]
        kind = "|".join(map(str, prop["enum"])) if "enum" in prop else "|".join(types) or "JSON"
        about = " ".join(str(prop.get("description", "")).split())
        if name in required:
            about = f"(required) {about}".strip()
        lines.append((f"--{name} {kind}", about))
    return lines


def _known_name(name: str, properties: Mapping[str, Any]) -> str:
    """`client-id` is the argument `client_id` (shells favour dashes, the API underscores)."""
    if name in properties:
        return name
    underscored = name.replace("-", "_")
    return underscored if underscored in properties else name


def _types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type", [])
    types = [declared] if isinstance(declared, str) else list(declared)
    for branch in [*schema.get("anyOf", []), *schema.get("oneOf", [])]:
        types += [t for t in _types(branch) if t not in types]
    if not types and "enum" in schema:
        types = sorted({_json_type(value) for value in schema["enum"]})
    return types


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return "number" if isinstance(value, float) else "string"


def _read(text: str, schema: Mapping[str, Any]) -> Any:
    types = _types(schema)
    if not types or "string" in types:
        return text
    if "boolean" in types and text.lower() in _TRUE | _FALSE:
        return text.lower() in _TRUE
    if "integer" in types and _INTEGER.fullmatch(text):
        return int(text)
    if types != ["null"] and ("number" in types or "array" in types or "object" in types):
        try:
            return json.loads(text)
        except ValueError:
            return text
    if "null" in types and text == "null":
        return None
    return text
