"""Derive what the `clientary` command line knows about each resource: its catalogue.json.

From the spec, with nothing written per operation:

- resources are the tags that have a list operation; each list is unscoped (`/api/v2/invoices`)
  or scoped by the records of another resource, named by the path it sits under
  (`/api/v2/projects/{project_id}/hours` lists hours by project);
- a record's fields, in the spec's order, with what each holds (a scalar, a boolean, a day
  of the spec's date schemas, a timestamp, a decimal number, a nested record or a nested list)
  and the attribute the generated model keeps it in (`billed?` is `billed`), named by the
  generator's own rule;
- the line items of a resource: the record's list whose `*_attributes` twin its requests write
  (`invoice_items` for `invoice_items_attributes`);
- what each operation answers with, so that printed answers are written by the same rule;
- the arguments that make a list complete: a `filter` whose values include `all` (projects hide
  the completed ones without it), a `from_date`/`to_date` range (expenses default to the current
  fiscal year), and the largest `page_size` a list allows (fewer requests).

What the spec cannot say is in `DAYS` below: which day is a resource's own, the one `--since` and
`--until` filter on. Each entry is checked against the record's schema here, so a renamed or
retyped field fails the generation instead of the export.

scripts/generate writes the file and `scripts/generate --check` fails when it is stale.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any

import tool_definitions
from openapi_python_client.strings import PythonIdentifier

CATALOGUE = PurePosixPath("overlays/clientary/_cli/catalogue.json")

# The day each resource's records belong to, for --since/--until (only these resources have
# one). A task's own day is the day it was created: its due date is usually empty.
DAYS = {
    "estimates": "date",
    "expenses": "incurred_on",
    "hours": "date",
    "invoices": "date",
    "payment_profiles": "created_at",
    "payments": "received_on",
    "tasks": "created_at",
}
# The spec's shared schemas for calendar days and for moments (each nullable or not).
DAY_SCHEMAS = frozenset({"Date", "NullableDate"})
TIMESTAMP_SCHEMAS = frozenset({"Timestamp", "NullableTimestamp"})
# The expense lists' range: "every expense incurred between from_date and to_date", which is
# the day --since/--until filter on, so the API's own filter can do it.
DAY_RANGE = ("from_date", "to_date")

_REF = "#/components/schemas/"


class CatalogueError(Exception):
    """The spec says something the command line cannot use."""


def derive(spec: dict[str, Any], field_prefix: str = "field_") -> dict[str, Any]:
    """The whole catalogue for `spec` (a parsed OpenAPI 3.1 document); `field_prefix` is the
    generator's setting for names that are not identifiers as they stand."""
    operations = [
        (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]
    lists = [
        (path, operation)
        for path, method, operation in operations
        if method == "get" and _envelope(spec, operation) is not None
    ]
    unscoped_paths = {path: operation["tags"][0] for path, operation in lists if "{" not in path}
    resources: dict[str, dict[str, Any]] = {}
    for path, operation in lists:
        tag = operation["tags"][0]
        items, record = _envelope(spec, operation) or ("", "")
        resource = resources.setdefault(
            tag, {"record": record, "day": None, "lines": None, "lists": []}
        )
        if resource["record"] != record:
            raise CatalogueError(f"{tag}: lists of both {resource['record']} and {record}")
        resource["lists"].append(_list(spec, path, operation, items, unscoped_paths))
    schemas: dict[str, list[dict[str, Any]]] = {}
    for tag, resource in resources.items():
        _add_shapes(spec, resource["record"], schemas, field_prefix)
        resource["lines"] = _lines(tag, schemas[resource["record"]], spec, operations)
        resource["day"] = _day(tag, schemas[resource["record"]])
        for listing in resource["lists"]:
            if listing["day_range"] is not None and resource["day"] is None:
                raise CatalogueError(f"{listing['operation']}: a day range, but no day in DAYS")
    answers = {}
    for _, _, operation in operations:
        answer = _answer(spec, operation)
        if answer is not None:
            answers[operation["operationId"]] = answer
            _add_shapes(spec, answer["schema"], schemas, field_prefix)
    return {
        "comment": "Written by scripts/generate from spec/clientary.yaml; never edit by hand.",
        "resources": dict(sorted(resources.items())),
        "answers": answers,
        "schemas": dict(sorted(schemas.items())),
    }


def render(spec: dict[str, Any], field_prefix: str = "field_") -> str:
    """catalogue.json's exact text (stable key order, so the drift check is byte-exact)."""
    return json.dumps(derive(spec, field_prefix), indent=1, ensure_ascii=False) + "\n"


def _list(
    spec: dict[str, Any],
    path: str,
    operation: dict[str, Any],
    items: str,
    unscoped_paths: dict[str, str],
) -> dict[str, Any]:
    name = operation["operationId"]
    parameters = [
        _resolved(spec, parameter)
        for parameter in [
            *spec["paths"][path].get("parameters", []),
            *operation.get("parameters", []),
        ]
    ]
    path_names = [p["name"] for p in parameters if p["in"] == "path"]
    query = {p["name"]: _resolved(spec, p["schema"]) for p in parameters if p["in"] == "query"}
    scope = None
    if path_names:
        if len(path_names) != 1 or not path.endswith("}/" + path.rpartition("/")[2]):
            raise CatalogueError(f"{name}: a list under more than one record")
        parent_path = path.split("/{", 1)[0]
        scope = unscoped_paths.get(parent_path)
        if scope is None:
            raise CatalogueError(f"{name}: no list of the records at {parent_path}")
    complete = {
        argument: "all"
        for argument, schema in query.items()
        if argument == "filter" and "all" in schema.get("enum", [])
    }
    page_size = query.get("page_size", {}).get("maximum")
    day_range = list(DAY_RANGE) if set(DAY_RANGE) <= query.keys() else None
    return {
        "operation": name,
        "module": f"clientary_client.api.{operation['tags'][0]}.{name}",
        "items": items,
        "scope": scope,
        "scope_argument": path_names[0] if path_names else None,
        "complete": complete,
        "page_size": page_size,
        "day_range": day_range,
    }


def _envelope(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[str, str] | None:
    """(items field, record schema) when the 200 answer is an envelope around one list of
    records (a record has an `id`; an envelope never does)."""
    schema = _answer_schema(operation)
    if schema is None or "$ref" not in schema:
        return None
    answer = _resolved(spec, schema)
    properties = answer.get("properties", {})
    if "id" in properties:
        return None
    arrays = [field for field in answer.get("required", []) if "items" in properties.get(field, {})]
    if len(arrays) != 1 or "$ref" not in properties[arrays[0]]["items"]:
        return None
    return arrays[0], _ref_name(properties[arrays[0]]["items"]["$ref"])


def _answer(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    envelope = _envelope(spec, operation)
    if envelope is not None:
        return {"schema": envelope[1], "items": envelope[0]}
    schema = _answer_schema(operation)
    if schema is None or "$ref" not in schema:
        return None
    return {"schema": _ref_name(schema["$ref"]), "items": None}


def _answer_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    for status in ("200", "201"):
        content = operation.get("responses", {}).get(status, {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        if schema is not None:
            return dict(schema)
    return None


def _add_shapes(
    spec: dict[str, Any], name: str, schemas: dict[str, list[dict[str, Any]]], field_prefix: str
) -> None:
    """The fields of schema `name`, and of every schema they nest, into `schemas`."""
    if name in schemas:
        return
    schema = _resolved(spec, {"$ref": _REF + name})
    fields = [
        _field(spec, field, sub, field_prefix)
        for field, sub in schema.get("properties", {}).items()
    ]
    schemas[name] = fields
    for field in fields:
        if field.get("schema"):
            _add_shapes(spec, field["schema"], schemas, field_prefix)


def _field(
    spec: dict[str, Any], name: str, schema: dict[str, Any], field_prefix: str
) -> dict[str, Any]:
    kind, nested = _kind(spec, schema)
    attribute = str(PythonIdentifier(value=name, prefix=field_prefix))
    field: dict[str, Any] = {"name": name, "attribute": attribute, "kind": kind}
    if nested is not None:
        field["schema"] = nested
    return field


def _kind(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str, str | None]:
    """What a field holds, and the schema of the record(s) it nests, if named."""
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        if name in DAY_SCHEMAS:
            return "day", None
        if name in TIMESTAMP_SCHEMAS:
            return "timestamp", None
        kind, nested = _kind(spec, _resolved(spec, {"$ref": schema["$ref"]}))
        return kind, (name if kind == "record" else nested)
    branches = [
        branch
        for branch in schema.get("oneOf", []) + schema.get("anyOf", [])
        if branch.get("type") != "null"
    ]
    if len(branches) == 1:
        return _kind(spec, branches[0])
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else [t for t in types if t != "null"]
    if branches or not types:
        return "any", None
    if "array" in types:
        items = schema.get("items", {})
        return "list", (_ref_name(items["$ref"]) if "$ref" in items else None)
    if "object" in types:
        return "record", None
    if "number" in types:
        return "decimal", None
    return ("boolean" if types == ["boolean"] else "scalar"), None


def _lines(
    tag: str,
    record_fields: list[dict[str, Any]],
    spec: dict[str, Any],
    operations: list[tuple[str, str, Any]],
) -> str | None:
    """The record's list of line items: the one its requests write as `<name>_attributes`."""
    fields = {field["name"]: field for field in record_fields}
    written: set[str] = set()
    for _, _, operation in operations:
        if operation["tags"][0] == tag and "requestBody" in operation:
            body = operation["requestBody"]["content"]["application/json"]["schema"]
            written |= _written_fields(spec, body)
    lines = sorted(
        name.removesuffix("_attributes")
        for name in written
        if name.endswith("_attributes")
        and fields.get(name.removesuffix("_attributes"), {}).get("kind") == "list"
    )
    if len(lines) > 1:
        raise CatalogueError(f"{tag}: more than one list of lines ({', '.join(lines)})")
    return lines[0] if lines else None


def _written_fields(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    """Every property name a request body may carry, through its wrapper and allOfs."""
    node = _resolved(spec, schema)
    names = set(node.get("properties", {}))
    for sub in [*node.get("properties", {}).values(), *node.get("allOf", [])]:
        if "$ref" in sub or "allOf" in sub:
            names |= _written_fields(spec, sub)
    return names


def _day(tag: str, fields: list[dict[str, Any]]) -> str | None:
    day = DAYS.get(tag)
    if day is None:
        return None
    kinds = {field["name"]: field["kind"] for field in fields}
    if kinds.get(day) not in ("day", "timestamp"):
        raise CatalogueError(f"DAYS: {tag}'s {day!r} is not a day or a timestamp of its records")
    return day


def _resolved(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    # The tool definitions follow `$ref`s the same way (keywords beside one win).
    try:
        return tool_definitions._resolve(spec, node)
    except tool_definitions.DefinitionError as exc:
        raise CatalogueError(str(exc)) from None


def _ref_name(reference: str) -> str:
    if not reference.startswith(_REF):
        raise CatalogueError(f"{reference} is not a schema of components/schemas")
    return reference.removeprefix(_REF)
