"""The tool definitions in the shapes that function-calling APIs and MCP expect.

openai             Chat Completions: {"type": "function", "function": {name, description, parameters}}
openai-responses   Responses API:    {"type": "function", name, description, parameters}
anthropic          Messages API:     {name, description, input_schema}
mcp                MCP tools/list:   {name, title, description, inputSchema, annotations}
"""

import copy
from collections.abc import Callable
from typing import Any, Literal

from ._catalogue import Tool

__all__ = ["FORMATS", "Format", "render"]

Format = Literal["openai", "openai-responses", "anthropic", "mcp"]


def _schema(tool: Tool) -> dict[str, Any]:
    return copy.deepcopy(dict(tool.input_schema))


def _openai(tool: Tool) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": tool.name,
            "description": tool.description,
            "parameters": _schema(tool),
        },
    }


def _openai_responses(tool: Tool) -> dict[str, Any]:
    return {
        "type": "function",
        "name": tool.name,
        "description": tool.description,
        "parameters": _schema(tool),
    }


def _anthropic(tool: Tool) -> dict[str, Any]:
    return {"name": tool.name, "description": tool.description, "input_schema": _schema(tool)}


def _mcp(tool: Tool) -> dict[str, Any]:
    return {
        "name": tool.name,
        "title": tool.title,
        "description": tool.description,
        "inputSchema": _schema(tool),
        "annotations": annotations(tool),
    }


def annotations(tool: Tool) -> dict[str, Any]:
    """MCP's behaviour hints: reads change nothing, deletes destroy, a PUT can be repeated."""
    return {
        "title": tool.title,
        "readOnlyHint": tool.kind == "read",
        "destructiveHint": tool.kind == "delete",
        "idempotentHint": tool.method in ("GET", "PUT", "DELETE"),
        "openWorldHint": True,
    }


FORMATS: dict[str, Callable[[Tool], dict[str, Any]]] = {
    "openai": _openai,
    "openai-responses": _openai_responses,
    "anthropic": _anthropic,
    "mcp": _mcp,
}


def render(tool: Tool, format: str) -> dict[str, Any]:
    """`tool` in `format` (one of FORMATS); ValueError naming the formats otherwise."""
    try:
        shape = FORMATS[format]
    except (KeyError, TypeError):
        raise ValueError(
            f"format must be one of {', '.join(map(repr, FORMATS))}, got {format!r}"
        ) from None
    return shape(tool)
