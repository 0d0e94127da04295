"""`clientary call OPERATION`: run one operation as its tool for AI assistants does, print JSON.

The arguments are the tool's (`clientary.tools`): read from the words (`_arguments`), then
checked against the tool's schema and the write/delete policy before anything is sent, with the
same messages an assistant gets. The answer is the tool's answer, written by the one rule for
values (days YYYY-MM-DD, exact decimals). Exit status: 0 done, 1 the API refused, 2 a usage
error (bad arguments, a refused write, a missing token).
"""

import textwrap
from collections.abc import Sequence
from typing import Any

from .._errors import ClientaryError
from .._json_values import dumps
from ..tools import (
    Tool,
    ToolArgumentError,
    ToolPolicy,
    ToolRefusedError,
    UnknownToolError,
    get_tool,
    invoke,
)
from ..tools._arguments import check_arguments
from ._account import client_for
from ._arguments import ArgumentsError, argument_help, arguments_from
from ._catalogue import answer_of
from ._commands import Failed, UsageError
from ._typed import typed_record

__all__ = ["operation_help", "run_call"]

_KIND_SENTENCES = {
    "read": "It only reads.",
    "write": "It changes data: it runs only with --allow-writes.",
    "delete": "It deletes data, for good: it runs only with --allow-writes --allow-deletes.",
}


def run_call(
    *,
    operation: str,
    words: Sequence[str],
    json_text: str | None,
    allow_writes: bool,
    allow_deletes: bool,
    token_file: str | None,
) -> int:
    if allow_deletes and not allow_writes:
        raise UsageError("--allow-deletes needs --allow-writes as well")
    tool = _tool(operation)
    policy = ToolPolicy(allow_writes=allow_writes, allow_deletes=allow_deletes)
    try:
        arguments = arguments_from(tool, words, json_text)
        policy.check(tool)
        check_arguments(tool, arguments)
    except ArgumentsError as exc:
        raise UsageError(f"{tool.name}: {exc}; nothing was sent") from None
    except ToolArgumentError as exc:
        raise UsageError(str(exc)) from None  # it says that nothing was sent
    except ToolRefusedError as exc:
        raise UsageError(f"{exc}; nothing was sent") from None
    client = client_for(token_file)  # an AccountError is a usage error
    try:
        with client:
            answer = invoke(tool.name, arguments, client=client, policy=policy)
    except ClientaryError as exc:
        raise Failed(f"{type(exc).__name__}: {exc}") from None
    print(dumps(_typed_answer(tool.name, answer), indent=2))
    return 0


def operation_help(name: str) -> str:
    """`clientary call OPERATION --help`: what the operation does and its arguments."""
    tool = _tool(name)
    width = 78
    parts = [f"usage: clientary call {tool.name} [--NAME VALUE ...] [--json ARGUMENTS]"]
    for paragraph in [*tool.description.split("\n\n"), _KIND_SENTENCES[tool.kind]]:
        parts += ["", textwrap.fill(_plain(paragraph), width)]
    parts += ["", "Arguments (--client-id and --client_id alike; JSON for lists and objects):"]
    for option, about in argument_help(tool):
        parts.append(f"  {option}")
        if about:
            indent = " " * 6
            parts.append(
                textwrap.fill(_plain(about), width, initial_indent=indent, subsequent_indent=indent)
            )
    return "\n".join(parts)


def _plain(text: str) -> str:
    """The spec's descriptions mark code with backticks, which a terminal shows as they are."""
    return text.replace("`", "")


def _tool(name: str) -> Tool:
    try:
        return get_tool(name)
    except UnknownToolError as exc:
        raise UsageError(str(exc)) from None


def _typed_answer(operation: str, answer: dict[str, Any]) -> dict[str, Any]:
    """The tool's answer with its records' values typed by their schemas (see `_typed`)."""
    shape = answer_of(operation)
    if shape is None:
        return answer
    if shape.items is None:
        return typed_record(answer, shape.schema)
    records = answer.get(shape.items)
    if not isinstance(records, list):
        return answer
    return {**answer, shape.items: [typed_record(record, shape.schema) for record in records]}
