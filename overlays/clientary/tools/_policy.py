"""Which tools may run: reads always, writes and deletes only when switched on, and optionally
only the tools of an allow-list."""

from collections.abc import Iterable
from dataclasses import dataclass

from ._catalogue import Tool, get_tool
from ._errors import ToolRefusedError

__all__ = ["ToolPolicy"]


@dataclass(frozen=True)
class ToolPolicy:
    """Read-only unless told otherwise. A delete needs both `allow_writes` and `allow_deletes`.

    `allowed`, when given, is the only set of tool names that may run at all (within the read /
    write / delete switches); unknown names in it raise UnknownToolError at once, so a typo
    cannot silently allow nothing.
    """

    allow_writes: bool = False
    allow_deletes: bool = False
    allowed: frozenset[str] | None = None

    @classmethod
    def of(
        cls,
        *,
        allow_writes: bool = False,
        allow_deletes: bool = False,
        allowed: Iterable[str] | None = None,
    ) -> "ToolPolicy":
        names = None if allowed is None else frozenset(get_tool(name).name for name in allowed)
        return cls(allow_writes=allow_writes, allow_deletes=allow_deletes, allowed=names)

    def refusal(self, tool: Tool) -> str | None:
        """Why `tool` may not run, or None when it may."""
        if self.allowed is not None and tool.name not in self.allowed:
            return "not in the allow-list of tools"
        if tool.kind == "write" and not self.allow_writes:
            return "it changes data, and writes are not allowed (--allow-writes)"
        if tool.kind == "delete" and not (self.allow_writes and self.allow_deletes):
            return (
                "it deletes data permanently, and deletes are not allowed "
                "(--allow-writes --allow-deletes)"
            )
        return None

    def check(self, tool: Tool) -> None:
        """Raise ToolRefusedError when `tool` may not run."""
        reason = self.refusal(tool)
        if reason is not None:
            raise ToolRefusedError(tool.name, reason)
