"""Which fields of which generated models carry a Python value type, from the spec's `x-python-type`.

A model template sees one field at a time and neither the schema a `$ref` names nor whether its
model is sent or read, so this works it out for the whole spec and hands the templates a table
(spec_python_types.jinja, written into the template folder for each run):

    fields: {model class: {JSON key: {"kind", "nullable", "write", "enum", "enum_module"}}}
    query_days: {operationId: [the query parameters that are days]}

- kind: the `x-python-type` of the field's schema (`date`, `datetime`, `Decimal`, `float`, or
  `IntEnum` for a code), found through its `$ref` or on the field itself (a response code field
  names its enum schema with `x-enum`, so that it can stay an open integer on the wire);
- nullable: whether that schema admits null;
- write: whether the model is part of a request body (reachable from one), which decides whether
  the field is checked and written out (a request) or read in (a response);
- enum / enum_module / meaning: the enum class of a code field, the module that defines it, and
  the code schema's description (what each code means), which the model's docstring repeats so
  that help() on the model shows it.

A query parameter that is a day (x-python-type `date`) takes a date or its text, and is sent as
YYYY-MM-DD; the endpoint template reads query_days for that.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from openapi_python_client.strings import snake_case

__all__ = ["KINDS", "PythonTypeError", "field_table", "query_days", "render"]

# Every value x-python-type may take; a template must know each one (python_types.jinja).
KINDS = frozenset({"date", "datetime", "Decimal", "float", "IntEnum"})
_REF_PREFIX = "#/components/schemas/"
# The names the typed fields' annotations use in a generated model.
_ANNOTATION_NAMES = frozenset({"datetime", "Decimal"})


class PythonTypeError(Exception):
    """The spec uses x-python-type in a way the templates cannot carry out."""


def render(spec: Mapping[str, Any], class_overrides: Mapping[str, Any]) -> str:
    """The table as the Jinja template model.py.jinja imports."""
    table = field_table(spec, class_overrides)
    days = query_days(spec)
    # JSON's literals (strings, true, false, null-free objects) are Jinja's too.
    return (
        "{% set fields = " + json.dumps(table, sort_keys=True) + " %}\n"
        "{% set query_days = " + json.dumps(days, sort_keys=True) + " %}\n"
    )


def query_days(spec: Mapping[str, Any]) -> dict[str, list[str]]:
    """operationId -> the names of its query parameters whose schema is a day."""
    components = spec.get("components", {})
    schemas: Mapping[str, Any] = components.get("schemas", {})
    parameters: Mapping[str, Any] = components.get("parameters", {})
    found: dict[str, list[str]] = {}
    for path in (spec.get("paths") or {}).values():
        shared = path.get("parameters") or []
        for method, operation in path.items():
            if method == "parameters" or not isinstance(operation, dict):
                continue
            names = []
            for parameter in [*shared, *(operation.get("parameters") or [])]:
                ref = parameter.get("$ref", "")
                resolved = parameters.get(ref.rpartition("/")[2], {}) if ref else parameter
                schema = _resolve(resolved.get("schema") or {}, schemas)
                if resolved.get("in") == "query" and schema.get("x-python-type") == "date":
                    names.append(str(resolved["name"]))
            if names:
                found[str(operation["operationId"])] = sorted(names)
    return found


def field_table(
    spec: Mapping[str, Any], class_overrides: Mapping[str, Any]
) -> dict[str, dict[str, dict[str, object]]]:
    schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        _check_kind(name, schema)
    written = _written_schemas(spec, schemas)
    table: dict[str, dict[str, dict[str, object]]] = {}
    for name, schema in schemas.items():
        fields: dict[str, dict[str, object]] = {}
        for key, prop in _properties(schema, schemas):
            typed = _typed(f"{name}.{key}", prop, schemas)
            if typed is not None:
                fields[key] = {**typed, "write": name in written}
        names = {key for key, _ in _properties(schema, schemas)}
        clash = sorted(names & _ANNOTATION_NAMES) if fields else []
        if clash:
            # The typed fields are annotated `datetime.date` and `Decimal`: a field of the same
            # name would shadow the module or the class inside the model.
            raise PythonTypeError(f"{name}: a field named {clash[0]} clashes with an annotation")
        if fields:
            override = class_overrides.get(name) or {}
            table[str(override.get("class_name", name))] = fields
    return table


def _check_kind(where: str, schema: Mapping[str, Any]) -> None:
    kind = schema.get("x-python-type")
    if kind is not None and kind not in KINDS:
        raise PythonTypeError(
            f"{where}: x-python-type {kind!r} is not one of {', '.join(sorted(KINDS))}"
        )


def _typed(
    where: str, prop: Mapping[str, Any], schemas: Mapping[str, Any]
) -> dict[str, object] | None:
    ref = prop.get("$ref")
    target: Mapping[str, Any] = prop
    enum = prop.get("x-enum")
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        enum = ref[len(_REF_PREFIX) :]
        target = schemas.get(enum, {})
    _check_kind(where, target)
    kind = target.get("x-python-type")
    if kind is None:
        return None
    entry: dict[str, object] = {"kind": kind, "nullable": _nullable(target)}
    if kind == "IntEnum":
        enum_schema = schemas.get(enum) if isinstance(enum, str) else None
        if enum_schema is None or "enum" not in enum_schema:
            raise PythonTypeError(f"{where}: an IntEnum field must name a code schema (x-enum)")
        entry["enum"] = enum
        entry["enum_module"] = snake_case(str(enum))
        entry["meaning"] = " ".join(str(enum_schema.get("description", "")).split())
    return entry


def _nullable(schema: Mapping[str, Any]) -> bool:
    types = schema.get("type")
    return isinstance(types, list) and "null" in types


def _properties(
    schema: Mapping[str, Any], schemas: Mapping[str, Any]
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """A schema's own properties and those it takes in through allOf."""
    yield from (schema.get("properties") or {}).items()
    for part in schema.get("allOf") or []:
        yield from _properties(_resolve(part, schemas), schemas)


def _resolve(schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        resolved: Mapping[str, Any] = schemas.get(ref[len(_REF_PREFIX) :], {})
        return resolved
    return schema


def _written_schemas(spec: Mapping[str, Any], schemas: Mapping[str, Any]) -> set[str]:
    """The names of the schemas that are part of some request body."""
    found: set[str] = set()
    pending: list[Any] = []
    for path in (spec.get("paths") or {}).values():
        for operation in path.values():
            if isinstance(operation, dict):
                body = operation.get("requestBody") or {}
                pending.extend(media.get("schema") for media in body.get("content", {}).values())
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
                name = ref[len(_REF_PREFIX) :]
                if name not in found:
                    found.add(name)
                    pending.append(schemas.get(name))
            else:
                pending.extend(node.values())
    return found
