"""Errors of the tool layer, raised before any request is sent.

    ToolError
    ├── UnknownToolError     no tool has that name (LookupError too)
    ├── ToolArgumentError    the arguments break the tool's schema (ValueError too)
    └── ToolRefusedError     a ToolPolicy does not allow the tool (PermissionError too)

A failed API call raises the client's own errors (clientary.ClientaryError and subclasses).
"""

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "ArgumentProblem",
    "ToolArgumentError",
    "ToolError",
    "ToolRefusedError",
    "UnknownToolError",
]


class ToolError(Exception):
    """Base class of the errors of clientary.tools."""


class UnknownToolError(ToolError, LookupError):
    """No tool is called `name`."""

    def __init__(self, name: object, known: Sequence[str]) -> None:
        close = difflib.get_close_matches(str(name), known, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        super().__init__(f"no tool is called {name!r}{hint}")
        self.name = name


@dataclass(frozen=True)
class ArgumentProblem:
    """One thing wrong with the arguments: the field it concerns (dotted path) and what."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ToolArgumentError(ToolError, ValueError):
    """The arguments do not fit the tool's schema; nothing was sent."""

    def __init__(self, tool: str, problems: Sequence[ArgumentProblem]) -> None:
        listed = "; ".join(map(str, problems))
        super().__init__(f"{tool}: bad arguments, nothing was sent: {listed}")
        self.tool = tool
        self.problems = tuple(problems)


class ToolRefusedError(ToolError, PermissionError):
    """The policy in force does not allow this tool; nothing was sent."""

    def __init__(self, tool: str, reason: str) -> None:
        super().__init__(f"{tool}: refused: {reason}")
        self.tool = tool
        self.reason = reason
