"""The tools, read from definitions.json (derived from the spec by scripts/generate).

A `Tool` says what an assistant sees (name, description, argument schema) and what invoking it
takes: the generated operation module, which arguments go in the path, the query and the body,
and the wrapper key the body travels under.
"""

import functools
import importlib
import json
import types
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from ._errors import UnknownToolError

__all__ = ["Body", "Kind", "Tool", "all_tools", "get_tool"]

Kind = Literal["read", "write", "delete"]


@dataclass(frozen=True)
class Body:
    """The request body: its field names and the key they are wrapped under (None: top level)."""

    wrapper: str | None
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Tool:
    """One operation of the spec, seen as a tool."""

    name: str
    title: str
    description: str
    kind: Kind
    method: str
    path: str
    module: str
    path_arguments: tuple[str, ...]
    query_arguments: tuple[str, ...]
    body: Body | None
    lists: bool
    input_schema: Mapping[str, Any]

    def operation(self) -> types.ModuleType:
        """The generated operation module (clientary_client.api.<tag>.<name>)."""
        return importlib.import_module(self.module)


def all_tools() -> tuple[Tool, ...]:
    """Every tool, in the spec's order."""
    return tuple(_by_name().values())


def get_tool(name: str) -> Tool:
    """The tool called `name`; UnknownToolError (naming close matches) when there is none."""
    tools = _by_name()
    try:
        return tools[name]
    except (KeyError, TypeError):
        raise UnknownToolError(name, tuple(tools)) from None


@functools.cache
def _by_name() -> dict[str, Tool]:
    text = resources.files(__package__).joinpath("definitions.json").read_text("utf-8")
    return {entry["name"]: _tool(entry) for entry in json.loads(text)["tools"]}


def _tool(entry: dict[str, Any]) -> Tool:
    body = entry["body"]
    return Tool(
        name=entry["name"],
        title=entry["title"],
        description=entry["description"],
        kind=entry["kind"],
        method=entry["method"],
        path=entry["path"],
        module=entry["module"],
        path_arguments=tuple(entry["path_arguments"]),
        query_arguments=tuple(entry["query_arguments"]),
        body=None if body is None else Body(body["wrapper"], tuple(body["fields"])),
        lists=entry["lists"],
        input_schema=_frozen(entry["input_schema"]),
    )


def _frozen(schema: dict[str, Any]) -> Mapping[str, Any]:
    """A read-only view, so that no caller can change the schema every other caller sees."""
    return types.MappingProxyType(schema)
