"""The OpenAPI document and its operations, as the tests in this folder read them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from jsonschema import Draft202012Validator

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = PROJECT_ROOT / "spec" / "clientary.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
WRITE_METHODS = frozenset({"post", "put", "patch"})

# The generator renames the `Client` schema's model so that it does not collide with the
# generated HTTP client class `clientary_client.Client`; every other model keeps its schema name.
MODEL_NAME_OVERRIDES: Mapping[str, str] = {"Client": "ClientRecord"}

_SCHEMA_REF = re.compile(r"^#/components/schemas/(?P<name>[A-Za-z0-9_]+)$")


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's pure-Python safe loader, refusing duplicate mapping keys.

    Plain PyYAML keeps the last of two equal keys without a word, which would hide a pasted-over
    response or path. The pure-Python loader (what `yaml.safe_load` uses) is also the strictest
    YAML 1.1 reader, so a spec it accepts loads in every common tool.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@cache
def load_spec() -> dict[str, Any]:
    """The parsed spec; cached, so callers must not modify it."""
    with SPEC_PATH.open(encoding="utf-8") as stream:
        document = yaml.load(stream, Loader=_UniqueKeyLoader)
    if not isinstance(document, dict):
        raise TypeError(f"{SPEC_PATH} does not hold a mapping")
    return document


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with where it sits in the document."""

    operation_id: str
    tag: str
    method: str
    path: str
    definition: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def pointer(self) -> str:
        """JSON pointer of the operation object inside the spec."""
        return f"#/paths/{escape_pointer_token(self.path)}/{self.method}"

    @property
    def path_parameter_names(self) -> tuple[str, ...]:
        return tuple(re.findall(r"\{(\w+)\}", self.path))

    @property
    def responses(self) -> Mapping[str, Any]:
        responses: Mapping[str, Any] = self.definition.get("responses", {})
        return responses

    def request_schema_pointer(self) -> str:
        return f"{self.pointer}/requestBody/content/application~1json/schema"

    def response_schema_pointer(self, status: str = "200") -> str:
        return f"{self.pointer}/responses/{status}/content/application~1json/schema"

    def request_examples(self) -> Mapping[str, Any]:
        body = self.definition.get("requestBody", {})
        examples: Mapping[str, Any] = (
            body.get("content", {}).get("application/json", {}).get("examples", {})
        )
        return examples

    def response_examples(self) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """(status, example object) for every inline example of every response."""
        for status, response in self.responses.items():
            content = response.get("content", {}).get("application/json", {})
            for example in content.get("examples", {}).values():
                yield status, example


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@cache
def operations() -> tuple[Operation, ...]:
    found: list[Operation] = []
    for path, path_item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method not in path_item:
                continue
            definition = path_item[method]
            tags = definition.get("tags", [])
            found.append(
                Operation(
                    operation_id=definition["operationId"],
                    tag=tags[0] if tags else "",
                    method=method,
                    path=path,
                    definition=definition,
                    path_item=path_item,
                )
            )
    return tuple(found)


def operation(operation_id: str) -> Operation:
    for candidate in operations():
        if candidate.operation_id == operation_id:
            return candidate
    raise KeyError(f"the spec has no operation {operation_id!r}")


def resolve(pointer: str) -> Any:
    """The node a local `#/...` pointer names."""
    node: Any = load_spec()
    for token in pointer.removeprefix("#/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


@cache
def validator_for(pointer: str) -> Draft202012Validator:
    """A validator for the schema at `pointer`, resolving `$ref`s against the whole spec.

    No format checker is attached: the real API does not enforce formats, so neither do the
    tests. Path templates contain braces, which are percent-encoded to keep the `$ref` a valid
    URI reference.
    """
    resolve(pointer)  # fail here, naming the pointer, rather than deep inside jsonschema
    root = {**load_spec(), "$ref": quote(pointer, safe="#/~")}
    return Draft202012Validator(root)


def schema_name_at(pointer: str) -> str:
    """Name of the component schema that the node at `pointer` refers to."""
    node = resolve(pointer)
    match = _SCHEMA_REF.match(node.get("$ref", "")) if isinstance(node, dict) else None
    if match is None:
        raise AssertionError(f"{pointer} is not a $ref to a component schema: {node!r}")
    return match.group("name")


def model_name_for_schema(schema_name: str) -> str:
    return MODEL_NAME_OVERRIDES.get(schema_name, schema_name)
