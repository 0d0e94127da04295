"""Clientary's operations as tools for AI assistants, derived from the spec.

    import clientary, clientary.tools

    clientary.tools.definitions("anthropic")     # or "openai", "openai-responses", "mcp"
    client = clientary.connect(token="...", subdomain="acme")
    clientary.tools.invoke("create_task", {"title": "Call Ann", "due_date": "2026-12-01"},
                           client=client)

One tool per operation of spec/clientary.yaml, named by its operationId; its arguments are the
path and query parameters and the body's fields, without the wrapper key. The definitions are
written by scripts/generate and checked against the spec with the generated client. Checking
arguments needs jsonschema (`pip install 'clientary[tools]'`); `clientary-mcp` serves the tools
over MCP (`pip install 'clientary[mcp]'`).
"""

import types
from collections.abc import Iterable
from typing import Any

from ._catalogue import Body, Kind, Tool, all_tools, get_tool
from ._errors import (
    ArgumentProblem,
    ToolArgumentError,
    ToolError,
    ToolRefusedError,
    UnknownToolError,
)
from ._formats import FORMATS, Format, render
from ._invoke import DEFAULT_LIMIT, invoke
from ._policy import ToolPolicy

__all__ = [
    "DEFAULT_LIMIT",
    "FORMATS",
    "ArgumentProblem",
    "Body",
    "Format",
    "Kind",
    "Tool",
    "ToolArgumentError",
    "ToolError",
    "ToolPolicy",
    "ToolRefusedError",
    "UnknownToolError",
    "definitions",
    "get_tool",
    "invoke",
    "tools",
]


def tools(*, policy: ToolPolicy | None = None) -> tuple[Tool, ...]:
    """Every tool (in the spec's order), or only those `policy` allows."""
    return tuple(tool for tool in all_tools() if policy is None or policy.refusal(tool) is None)


def definitions(
    format: Format = "openai",
    *,
    names: Iterable[str] | None = None,
    policy: ToolPolicy | None = None,
) -> list[dict[str, Any]]:
    """The tool definitions in `format`, ready to pass to a model API.

    `names` picks tools (UnknownToolError for a name that is none); `policy` leaves out the
    tools it refuses, so a read-only assistant is never offered a write. Each call returns
    fresh dicts that the caller may change.
    """
    chosen = tools(policy=policy) if names is None else [get_tool(name) for name in names]
    if names is not None and policy is not None:
        chosen = [tool for tool in chosen if policy.refusal(tool) is None]
    return [render(tool, format) for tool in chosen]


# Tracebacks and reprs say `clientary.tools.ToolArgumentError`, not the private module.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type | types.FunctionType):
        _value.__module__ = __name__
del _name, _value
