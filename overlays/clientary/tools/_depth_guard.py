"""Messages nested too deeply are answered with a JSON-RPC error, never dropped.

The MCP SDK parses each line of its input with pydantic, which gives up at 200 levels of
nesting; the SDK then logs the failure and drops the line, so a request whose tool arguments
were nested that deep got no answer and its caller waited for its own timeout. The server reads
its input through `screen()`, between the SDK's transport and its request handling: a request
nested deeper than MAX_DEPTH levels, whether the SDK parsed it or gave up on it, is answered with
INVALID_PARAMS and written to the audit log, and never reaches a handler. A notification that
deep is dropped, as it must be (it has no id to answer). To read the id, method and tool name of
a line the SDK gave up on, the line is first cut to MAX_DEPTH levels (deeper arrays and objects
become null) without recursion.
"""

import json
import re
from collections.abc import AsyncIterable
from typing import Any

import mcp.types as mcp_types
from anyio.abc import ObjectSendStream
from mcp.shared.message import SessionMessage
from pydantic import ValidationError

from ._audit import AuditLog

__all__ = ["MAX_DEPTH", "screen"]

# Far below the SDK's 200, and far above what any tool's arguments need (lines of an invoice
# sit five levels down in a tools/call request).
MAX_DEPTH = 64
TOO_DEEP = f"nested deeper than {MAX_DEPTH} levels"
# A JSON string (possessive, so a long one is matched in one step) or a bracket.
_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]')

Incoming = SessionMessage | Exception


async def screen(
    source: AsyncIterable[Incoming],
    passed: ObjectSendStream[Incoming],
    answers: ObjectSendStream[SessionMessage],
    audit: AuditLog,
) -> None:
    """Hand on what `source` yields to `passed`, answering too-deep requests on `answers`."""
    async with passed:
        async for item in source:
            refused = _too_deep(item)
            if refused is None:
                await passed.send(item)
                continue
            request_id, method, params = refused
            _record(audit, method, params)
            if request_id is not None:
                error = mcp_types.ErrorData(code=mcp_types.INVALID_PARAMS, message=TOO_DEEP)
                answer = mcp_types.JSONRPCError(jsonrpc="2.0", id=request_id, error=error)
                await answers.send(SessionMessage(answer))


def _too_deep(item: Incoming) -> tuple[Any, str, Any] | None:
    """(id or None, method, params) of a request or notification nested too deeply."""
    if isinstance(item, SessionMessage):
        message = item.message
        if not isinstance(message, mcp_types.JSONRPCRequest | mcp_types.JSONRPCNotification):
            return None
        if _depth(message.params) + 1 <= MAX_DEPTH:
            return None
        request_id = message.id if isinstance(message, mcp_types.JSONRPCRequest) else None
        return request_id, message.method, _shallow(message.params)
    line = _unparsed_line(item)
    if line is None or _text_depth(line) <= MAX_DEPTH:
        return None
    try:
        cut = json.loads(_cut_text(line))
    except ValueError:
        return None
    if not isinstance(cut, dict) or not isinstance(cut.get("method"), str):
        return None
    request_id = cut.get("id")
    valid_id = isinstance(request_id, int | str) and not isinstance(request_id, bool)
    return (request_id if valid_id else None), cut["method"], cut.get("params")


def _record(audit: AuditLog, method: str, params: Any) -> None:
    tool, arguments = method, params
    if method == "tools/call" and isinstance(params, dict):
        tool, arguments = str(params.get("name")), params.get("arguments")
    audit.record(tool=tool, arguments=arguments, status="invalid", duration_ms=0, error=TOO_DEEP)


def _unparsed_line(error: Exception) -> str | None:
    """The input line of a parse failure of the SDK's, when the error carries it."""
    if not isinstance(error, ValidationError):
        return None
    for detail in error.errors():
        if detail.get("type") == "json_invalid" and isinstance(detail.get("input"), str):
            line: str = detail["input"]
            return line
    return None


def _depth(value: Any) -> int:
    """Levels of arrays and objects in `value` (0 for a scalar), counted without recursion."""
    deepest = 0
    pending = [(value, 1)] if isinstance(value, dict | list) else []
    while pending:
        container, depth = pending.pop()
        deepest = max(deepest, depth)
        children = container.values() if isinstance(container, dict) else container
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest


def _shallow(value: Any, levels: int = MAX_DEPTH - 1) -> Any:
    """`value` with what lies deeper than `levels` levels replaced by None (for the audit)."""
    if not isinstance(value, dict | list) or levels <= 0:
        return None if isinstance(value, dict | list) else value
    if isinstance(value, dict):
        return {key: _shallow(item, levels - 1) for key, item in value.items()}
    return [_shallow(item, levels - 1) for item in value]


def _text_depth(text: str) -> int:
    depth = deepest = 0
    for token in _TOKEN.finditer(text):
        bracket = token.group()
        if bracket in ("[", "{"):
            depth += 1
            deepest = max(deepest, depth)
        elif bracket in ("]", "}"):
            depth -= 1
    return deepest


def _cut_text(text: str) -> str:
    """JSON `text` with every array or object deeper than MAX_DEPTH levels written as null."""
    parts: list[str] = []
    depth = 0
    copied_to = 0
    for token in _TOKEN.finditer(text):
        bracket = token.group()
        if bracket in ("[", "{"):
            depth += 1
            if depth == MAX_DEPTH + 1:
                parts += [text[copied_to : token.start()], "null"]
        elif bracket in ("]", "}"):
            if depth == MAX_DEPTH + 1:
                copied_to = token.end()
            depth -= 1
    parts.append(text[copied_to:])
    return "".join(parts)
