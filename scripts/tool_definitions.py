"""Derive one tool definition per operation of the spec: clientary.tools' definitions.json.

Nothing here names an operation. Each tool takes its name from the operationId, its description
from the summary and description, and one flat object of arguments: the path and query
parameters, then the request body's fields with the wrapper key taken away (`{"name": ...}`, not
`{"client": {"name": ...}}`). `$ref`s are inlined and `allOf`s of objects merged, because
function-calling formats read a schema without the spec around it. List operations give up
`page` and `page_size` for `limit` and `offset`, so an assistant reads a small window and is told
when more remain.

scripts/generate writes the file and `scripts/generate --check` fails when it is stale, exactly as
for the generated client.
"""

from __future__ import annotations

import copy
import json
from pathlib import PurePosixPath
from typing import Any

DEFINITIONS = PurePosixPath("overlays/clientary/tools/definitions.json")

# The window a list tool reads when the assistant does not ask for another.
DEFAULT_LIMIT = 10
MAX_LIMIT = 100

_METHODS = ("get", "post", "put", "patch", "delete")
# Keywords that only speak to people or tools reading the spec, not to a validator.
_DROPPED_KEYS = frozenset({"x-evidence", "x-enum-varnames", "readOnly", "writeOnly"})


class DefinitionError(Exception):
    """The spec says something a flat argument object cannot express."""


def derive(spec: dict[str, Any]) -> dict[str, Any]:
    """The whole definitions document for `spec` (a parsed OpenAPI 3.1 document)."""
    tools = [
        _tool(spec, path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in _METHODS
    ]
    names = [tool["name"] for tool in tools]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise DefinitionError(f"operationIds used twice: {', '.join(duplicated)}")
    return {
        "comment": "Written by scripts/generate from spec/clientary.yaml; never edit by hand.",
        "api_version": spec["info"]["version"],
        "tools": tools,
    }


def render(spec: dict[str, Any]) -> str:
    """definitions.json's exact text (stable key order, so the drift check is byte-exact)."""
    return json.dumps(derive(spec), indent=1, ensure_ascii=False) + "\n"


def _tool(
    spec: dict[str, Any], path: str, method: str, operation: dict[str, Any]
) -> dict[str, Any]:
    name = operation["operationId"]
    parameters = [
        _resolve(spec, parameter)
        for parameter in [
            *spec["paths"][path].get("parameters", []),
            *operation.get("parameters", []),
        ]
    ]
    lists = method == "get" and _answers_with_a_list(spec, operation)
    properties: dict[str, Any] = {}
    required: list[str] = []
    path_names: list[str] = []
    query_names: list[str] = []
    for parameter in parameters:
        if lists and parameter["name"] in ("page", "page_size"):
            continue  # the tool walks the pages itself, reading windows of `limit` records
        schema = _inline(spec, parameter["schema"])
        if parameter.get("description"):
            schema = {**schema, "description": parameter["description"]}
        _add(name, properties, parameter["name"], schema)
        if parameter.get("required"):
            required.append(parameter["name"])
        (path_names if parameter["in"] == "path" else query_names).append(parameter["name"])
    body = _body(spec, name, operation)
    if body is not None:
        for field, schema in body["schema"].get("properties", {}).items():
            _add(name, properties, field, schema)
        required.extend(body["schema"].get("required", []))
    if lists:
        _add(name, properties, "limit", _LIMIT)
        _add(name, properties, "offset", _OFFSET)
    input_schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        input_schema["required"] = required
    input_schema["additionalProperties"] = False
    for keyword in ("if", "then", "else", "anyOf", "oneOf", "not"):
        if body is not None and keyword in body["schema"]:
            input_schema[keyword] = body["schema"][keyword]
    return {
        "name": name,
        "title": operation["summary"],
        "description": _description(operation, lists),
        "kind": _kind(method),
        "method": method.upper(),
        "path": path,
        "module": f"clientary_client.api.{operation['tags'][0]}.{name}",
        "path_arguments": path_names,
        "query_arguments": query_names,
        "body": None if body is None else {"wrapper": body["wrapper"], "fields": body["fields"]},
        "lists": lists,
        "input_schema": input_schema,
    }


_LIMIT = {
    "description": (
        f"How many records to return (default {DEFAULT_LIMIT}, at most {MAX_LIMIT}). "
        "The answer says whether more remain."
    ),
    "type": "integer",
    "minimum": 1,
    "maximum": MAX_LIMIT,
    "default": DEFAULT_LIMIT,
}
_OFFSET = {
    "description": "How many records to skip first (default 0); pass the answer's next_offset to read on.",
    "type": "integer",
    "minimum": 0,
    "default": 0,
}


def _kind(method: str) -> str:
    """read, write or delete: what a server's safety switches look at."""
    return {"get": "read", "delete": "delete"}.get(method, "write")


def _description(operation: dict[str, Any], lists: bool) -> str:
    parts = [operation["summary"].rstrip(".") + "."]
    if operation.get("description"):
        parts.append(" ".join(operation["description"].split()))
    if lists:
        parts.append(
            "Returns a window of at most `limit` records from `offset`, with the total and "
            "whether more remain."
        )
    return "\n\n".join(parts)


def _answers_with_a_list(spec: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether the 200 answer is an envelope around one list of records (as clientary reads it).

    A record can hold one required list too (an estimate's or a recurring schedule's lines), but
    a record has an `id` and an envelope never does.
    """
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        return False
    answer = _inline(spec, schema)
    if "id" in answer.get("properties", {}):
        return False
    arrays = [
        field
        for field in answer.get("required", [])
        if answer.get("properties", {}).get(field, {}).get("type") == "array"
    ]
    return len(arrays) == 1


def _body(spec: dict[str, Any], tool: str, operation: dict[str, Any]) -> dict[str, Any] | None:
    """The body's fields as one object schema, and the wrapper key they travel under (if any)."""
    request = operation.get("requestBody")
    if request is None:
        return None
    schema = _inline(spec, request["content"]["application/json"]["schema"])
    properties = schema.get("properties", {})
    wrapper: str | None = None
    if len(properties) == 1 and schema.get("required") == list(properties):
        (wrapper,) = properties
        schema = properties[wrapper]
    if schema.get("type") != "object" or "properties" not in schema:
        raise DefinitionError(f"{tool}: the request body is not an object of fields")
    return {"wrapper": wrapper, "fields": list(schema["properties"]), "schema": schema}


def _add(tool: str, properties: dict[str, Any], name: str, schema: dict[str, Any]) -> None:
    if name in properties:
        raise DefinitionError(f"{tool}: argument {name!r} would come from two places")
    properties[name] = schema


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s; keywords beside a `$ref` (OpenAPI 3.1 allows them) win over the target's."""
    seen: set[str] = set()
    while "$ref" in node:
        reference = node["$ref"]
        if reference in seen:
            raise DefinitionError(f"{reference} refers to itself")
        seen.add(reference)
        target: Any = spec
        for part in reference.removeprefix("#/").split("/"):
            target = target[part]
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        node = {**target, **siblings}
    return node


def _inline(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """A self-contained copy of `schema`: no `$ref`, no spec-only keywords, allOfs merged."""
    if depth > 32:
        raise DefinitionError("schema nesting too deep (a recursive schema?)")
    node = {key: value for key, value in _resolve(spec, schema).items() if key not in _DROPPED_KEYS}
    node = {key: value for key, value in node.items() if not key.startswith("x-")}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties":
            out[key] = {
                name: _inline(spec, sub, depth + 1)
                for name, sub in value.items()
                if not _resolve(spec, sub).get("readOnly")
            }
        elif key in ("items", "additionalProperties", "not", "if", "then", "else") and isinstance(
            value, dict
        ):
            out[key] = _inline(spec, value, depth + 1)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [_inline(spec, sub, depth + 1) for sub in value]
        else:
            out[key] = copy.deepcopy(value)
    if "allOf" in out:
        out = _merge_all_of(out)
    return out


def _merge_all_of(node: dict[str, Any]) -> dict[str, Any]:
    """Fold an `allOf` of objects into one object: properties and required names add up, and any
    other keyword may appear in one part only (or the same in each). Anything else stays allOf."""
    merged: dict[str, Any] = {key: value for key, value in node.items() if key != "allOf"}
    for part in node["allOf"]:
        if part.get("type", "object") != "object" or "additionalProperties" in part:
            return node
        for key, value in part.items():
            if key == "properties":
                for name, schema in value.items():
                    if merged.setdefault("properties", {}).setdefault(name, schema) != schema:
                        return node
            elif key == "required":
                merged.setdefault("required", [])
                merged["required"] += [name for name in value if name not in merged["required"]]
            elif key == "description":
                merged.setdefault("description", value)
            elif merged.setdefault(key, value) != value:
                return node
    merged["type"] = "object"
    return merged
