"""The spec as the mock reads it: loading, matching a request to an operation, and schemas.

The mock never restates a rule the spec already states: request bodies and parameters are
checked against the spec's own schemas, and the response checker used by the tests reads the
same document.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, ValidationError, validators

SPEC_ENV_VAR = "CLIENTARY_SPEC"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _spec_path() -> Path:
    """Where the spec lives: the env override, the copy shipped in the wheel, then the repo."""
    override = os.environ.get(SPEC_ENV_VAR)
    if override:
        return Path(override)
    shipped = resources.files("clientary_mock").joinpath("clientary.yaml")
    if shipped.is_file():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[2] / "spec" / "clientary.yaml"


def load_spec() -> dict[str, Any]:
    """Read the OpenAPI document (see `_spec_path` for the lookup order)."""
    path = _spec_path()
    with path.open(encoding="utf-8") as handle:
        loaded = yaml.safe_load(handle)
    if not isinstance(loaded, dict) or "paths" not in loaded:
        raise ValueError(f"{path} is not an OpenAPI document")
    return loaded


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """`pattern` as JSON Schema means it: `$` ends the text. (Python's `$` also matches before a
    final newline, so "a@b.example\\n" would pass a pattern ending in `$`.)"""
    if isinstance(instance, str) and not _ecma_search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def _ecma_compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"(?<!\\)\$$", r"\\Z", pattern))


def _ecma_search(pattern: str, text: str) -> bool:
    return _ecma_compiled(pattern).search(text) is not None


# jsonschema types `extend` loosely; the result is a Draft202012Validator class.
SpecValidator = validators.extend(Draft202012Validator, {"pattern": _pattern})  # type: ignore[no-untyped-call]


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for one schema whose `#/components/...` references resolve in the spec."""
    root = {"components": spec.get("components", {}), **schema}
    validator: Draft202012Validator = SpecValidator(root)
    return validator


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    validator: Draft202012Validator


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    parameters: tuple[Parameter, ...]
    body_validator: Draft202012Validator | None
    # status -> {media type: validator of the body}; empty when the status declares no content
    responses: dict[int, dict[str, Draft202012Validator]]

    def query_parameters(self) -> dict[str, Parameter]:
        return {p.name: p for p in self.parameters if p.location == "query"}

    def path_parameters(self) -> dict[str, Parameter]:
        return {p.name: p for p in self.parameters if p.location == "path"}


@dataclass
class PathTemplate:
    template: str
    pattern: re.Pattern[str]
    operations: dict[str, Operation] = field(default_factory=dict)


@dataclass(frozen=True)
class RouteMatch:
    template: PathTemplate
    path_values: dict[str, str]


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(rf"\A{regex}\Z")


def _build_operation(
    spec: dict[str, Any], template: str, method: str, item: dict[str, Any], raw: dict[str, Any]
) -> Operation:
    declared = [_resolve(spec, p) for p in item.get("parameters", [])]
    declared += [_resolve(spec, p) for p in raw.get("parameters", [])]
    parameters = tuple(
        Parameter(
            name=p["name"],
            location=p["in"],
            required=bool(p.get("required", False)),
            schema=p["schema"],
            # Resolved once here: a `$ref` left in place is looked up again on every request.
            validator=schema_validator(spec, _resolve(spec, p["schema"])),
        )
        for p in declared
    )
    body_validator = None
    if "requestBody" in raw:
        body = _resolve(spec, raw["requestBody"])
        body_validator = schema_validator(spec, body["content"]["application/json"]["schema"])
    responses: dict[int, dict[str, Draft202012Validator]] = {}
    for status, response in raw.get("responses", {}).items():
        content = _resolve(spec, response).get("content", {})
        responses[int(status)] = {
            media_type: schema_validator(spec, media["schema"])
            for media_type, media in content.items()
        }
    return Operation(
        operation_id=raw["operationId"],
        method=method.upper(),
        template=template,
        parameters=parameters,
        body_validator=body_validator,
        responses=responses,
    )


class SpecIndex:
    """Every operation of the spec, findable by operationId or by method and concrete path."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.templates: list[PathTemplate] = []
        self.by_id: dict[str, Operation] = {}
        for template, item in spec["paths"].items():
            entry = PathTemplate(template, _template_pattern(template))
            for method in _HTTP_METHODS:
                if method in item:
                    operation = _build_operation(spec, template, method, item, item[method])
                    entry.operations[operation.method] = operation
                    self.by_id[operation.operation_id] = operation
            self.templates.append(entry)
        # Literal segments win over parameters, so the most literal templates are tried first.
        self.templates.sort(key=lambda t: (t.template.count("{"), -len(t.template)))

    def match_path(self, path: str) -> RouteMatch | None:
        for template in self.templates:
            found = template.pattern.match(path)
            if found is not None:
                return RouteMatch(template, found.groupdict())
        return None

    def find(self, method: str, path: str) -> Operation | None:
        matched = self.match_path(path)
        if matched is None:
            return None
        return matched.template.operations.get(method.upper())


@cache
def default_index() -> SpecIndex:
    """The index of the spec found by `load_spec`, built once per process."""
    return SpecIndex(load_spec())
