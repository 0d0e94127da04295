"""The corpus of wire forms in tests/fixtures/wire/, and what the spec says each must cover.

`records/<schema>.<kind>.json` is one record as a real server plausibly sends it, in one variant
kind. Which kinds a record schema must have is worked out from the spec, not listed here: a kind
applies to a schema when the schema (with everything it embeds) holds a field of that kind, so a
field added to the spec asks for its fixtures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .spec_source import PROJECT_ROOT, load_spec, operations, resolve

WIRE_DIR = PROJECT_ROOT / "tests" / "fixtures" / "wire"
RECORDS_DIR = WIRE_DIR / "records"
ERRORS_DIR = WIRE_DIR / "errors"

# The variant kinds of a response body (what a Rails server may send besides the tidy form).
DECIMAL_STRINGS = "decimal-strings"  # every decimal field as a string ("129.15")
NULLS = "nulls"  # null wherever nothing may have been entered
TAX_FLAG = "taxable-question-mark"  # a line's tax flag spelt `taxable?`
UNKNOWN_CODES = "unknown-codes"  # integer codes the docs do not list
LONG_TEXT = "long-text"  # texts longer than a request may send
TIMESTAMP_FORMS = "timestamp-forms"  # timestamps in Ruby's form ("2011/06/29 23:01:08 -0700")
KINDS = (DECIMAL_STRINGS, NULLS, TAX_FLAG, UNKNOWN_CODES, LONG_TEXT, TIMESTAMP_FORMS)

_REF = "#/components/schemas/"
# An integer field is a code when its description lists what the numbers mean ("0 draft, 1 sent")
# or says it is one ("Interval code from 1 ...").
_CODE_DESCRIPTION = re.compile(r"^[0-9]+ [a-z]|\bcode\b")
_LISTED_CODE = re.compile(r"\b([0-9]+) [a-z(]")
_TIMESTAMP_SCHEMAS = ("Timestamp", "NullableTimestamp")


@dataclass(frozen=True)
class Field:
    """One field met while walking a schema: where, its schema as written, and resolved."""

    pointer: str
    name: str
    written: dict[str, Any]
    schema: dict[str, Any]
    depth: int  # 0 for the record's own fields


def schemas() -> dict[str, Any]:
    found: dict[str, Any] = load_spec()["components"]["schemas"]
    return found


def resolved(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = resolve(node["$ref"])
    return node


def ref_name(node: dict[str, Any]) -> str | None:
    reference = node.get("$ref")
    return reference.removeprefix(_REF) if isinstance(reference, str) else None


def is_list_envelope(schema: dict[str, Any]) -> bool:
    """An answer wrapping one list of records: no `id`, exactly one required array."""
    properties = schema.get("properties", {})
    arrays = [
        name for name in schema.get("required", []) if properties[name].get("type") == "array"
    ]
    return "id" not in properties and len(arrays) == 1


@cache
def response_record_schemas() -> dict[str, str]:
    """Every record schema a success answer carries (list envelopes opened): name -> file stem."""
    found: dict[str, str] = {}
    for op in operations():
        for status, response in op.responses.items():
            content = resolved(response).get("content", {}).get("application/json")
            if not status.startswith("2") or content is None:
                continue
            name = ref_name(content["schema"])
            assert name is not None, f"{op.operation_id} {status} is not a component schema"
            schema = schemas()[name]
            if is_list_envelope(schema):
                items = next(
                    prop for prop in schema["properties"].values() if prop.get("type") == "array"
                )
                name = ref_name(items["items"])
                assert name is not None
            found[name] = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return found


def fields(schema: dict[str, Any], pointer: str = "", depth: int = 0) -> Iterator[Field]:
    """Every property of `schema` and of what it embeds (objects, list items, union members)."""
    for branch in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(branch, []):
            yield from fields(resolved(member), pointer, depth)
    for name, written in schema.get("properties", {}).items():
        target = resolved(written)
        yield Field(f"{pointer}/{name}", name, written, target, depth)
        yield from _inside(target, f"{pointer}/{name}", depth + 1)


def _inside(schema: dict[str, Any], pointer: str, depth: int) -> Iterator[Field]:
    if "properties" in schema or any(key in schema for key in ("allOf", "anyOf", "oneOf")):
        yield from fields(schema, pointer, depth)
    if "items" in schema:
        yield from _inside(resolved(schema["items"]), f"{pointer}/*", depth)


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    found = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    for branch in ("anyOf", "oneOf"):
        for member in schema.get(branch, []):
            found |= _types(resolved(member))
    return found


def is_decimal(field: Field) -> bool:
    name = ref_name(field.written)
    return name is not None and schemas()[name].get("x-python-type") == "Decimal"


def is_nullable(field: Field) -> bool:
    return "null" in _types(field.schema)


def is_code(field: Field) -> bool:
    description = field.schema.get("description", "")
    return "integer" in _types(field.schema) and bool(_CODE_DESCRIPTION.search(description))


def listed_codes(field: Field) -> set[int]:
    return {int(number) for number in _LISTED_CODE.findall(field.schema.get("description", ""))}


def is_text(field: Field) -> bool:
    """Free text: a string with no pattern, format or list of values."""
    schema = field.schema
    plain = not any(key in schema for key in ("pattern", "format", "enum", "const"))
    return plain and _types(schema) <= {"string", "null"} and "string" in _types(schema)


def is_timestamp(field: Field) -> bool:
    return ref_name(field.written) in _TIMESTAMP_SCHEMAS


def spells_tax_flag_two_ways(schema: dict[str, Any]) -> bool:
    """Whether a (sub)schema accepts its line's tax flag as `taxable` or as `taxable?`."""
    for node in (schema, schema.get("else", {}), schema.get("then", {})):
        alternatives = [set(member.get("required", [])) for member in node.get("anyOf", [])]
        if {"taxable"} in alternatives and {"taxable?"} in alternatives:
            return True
    return False


def applicable_kinds(schema_name: str) -> set[str]:
    """The variant kinds a record schema must have fixtures for, read from the spec."""
    schema = schemas()[schema_name]
    walked = list(fields(schema))
    embedded = [schema, *(field.schema for field in walked)]
    embedded += [resolved(field.schema["items"]) for field in walked if "items" in field.schema]
    kinds = set()
    if any(is_decimal(field) for field in walked):
        kinds.add(DECIMAL_STRINGS)
    if any(is_nullable(field) for field in walked):
        kinds.add(NULLS)
    if any(spells_tax_flag_two_ways(node) for node in embedded):
        kinds.add(TAX_FLAG)
    if any(is_code(field) for field in walked):
        kinds.add(UNKNOWN_CODES)
    if any(is_text(field) for field in walked):
        kinds.add(LONG_TEXT)
    if any(is_timestamp(field) for field in walked):
        kinds.add(TIMESTAMP_FORMS)
    return kinds


@dataclass(frozen=True)
class RecordFixture:
    schema_name: str
    kind: str
    path: Path

    @property
    def fixture_id(self) -> str:
        return self.path.name.removesuffix(".json")

    def load(self) -> Any:
        return json.loads(self.path.read_text(encoding="utf-8"))


def record_fixtures() -> list[RecordFixture]:
    """Every record fixture on disk, named `<schema stem>.<kind>.json`."""
    by_stem = {stem: name for name, stem in response_record_schemas().items()}
    found = []
    for path in sorted(RECORDS_DIR.glob("*.json")):
        stem, _, kind = path.name.removesuffix(".json").partition(".")
        found.append(RecordFixture(by_stem.get(stem, stem), kind, path))
    return found


def values(schema: dict[str, Any], document: Any, pointer: str = "") -> Iterator[tuple[Field, Any]]:
    """Every field of `schema` present in `document`, with its value (lists walked through)."""
    if not isinstance(document, dict):
        return
    for field in fields(schema, pointer):
        if field.depth or field.name not in document:
            continue
        value = document[field.name]
        yield field, value
        target = field.schema
        if isinstance(value, dict):
            yield from values(_object_of(target), value, field.pointer)
        elif isinstance(value, list) and "items" in target:
            for element in value:
                yield from values(resolved(target["items"]), element, f"{field.pointer}/*")


def _object_of(schema: dict[str, Any]) -> dict[str, Any]:
    """The object member of a schema that may also be null (`oneOf: [Client, null]`)."""
    for member in schema.get("oneOf", []) + schema.get("anyOf", []):
        candidate = resolved(member)
        if "properties" in candidate:
            return candidate
    return schema
