"""Small edits of JSON documents by path, for building rejected variants of valid payloads."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

JsonPath = Sequence[str | int]


def _parent(document: Any, path: JsonPath) -> Any:
    node = document
    for step in path[:-1]:
        node = node[step]
    return node


def without(document: Any, path: JsonPath) -> Any:
    """A copy of `document` with the member or element at `path` removed."""
    edited = copy.deepcopy(document)
    parent = _parent(edited, path)
    del parent[path[-1]]
    return edited


def replaced(document: Any, path: JsonPath, value: Any) -> Any:
    """A copy of `document` with the value at `path` (which must exist) replaced."""
    edited = copy.deepcopy(document)
    parent = _parent(edited, path)
    if isinstance(parent, dict) and path[-1] not in parent:
        raise KeyError(f"nothing at {render(path)} to replace")
    parent[path[-1]] = value
    return edited


def render(path: JsonPath) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)
