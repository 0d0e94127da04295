"""`invoke()`: run one tool with an assistant's arguments and answer in JSON.

The arguments are checked against the tool's schema first (ToolArgumentError, nothing sent),
then turned into the generated operation's own arguments: path and query values as they are (an
enum value becomes its enum member), the body's fields wrapped under the tool's wrapper key and
parsed by the operation's body model. The call goes through `clientary.call`, so retries and the
typed errors are the client's. List tools read a window of records instead of a page.
"""

import enum
import functools
import inspect
import types
import typing
from collections.abc import Mapping
from typing import Any

from clientary_client import Client
from clientary_client.types import Unset

from .._call import call
from .._envelope import Page, envelope_of
from .._json_values import plain_json
from ._arguments import check_arguments
from ._catalogue import Tool, get_tool
from ._policy import ToolPolicy

__all__ = ["DEFAULT_LIMIT", "invoke"]

# The window a list tool reads when the assistant does not ask for another (the schema says so).
DEFAULT_LIMIT = 10


def invoke(
    name: str,
    arguments: Mapping[str, Any] | None = None,
    *,
    client: Client,
    policy: ToolPolicy | None = None,
) -> dict[str, Any]:
    """Run the tool `name` and return its answer as a JSON-ready dict.

    `client` comes from `clientary.connect()`. With a `policy`, a tool it does not allow raises
    ToolRefusedError. Bad arguments raise ToolArgumentError; both before any request. A failed
    call raises the client's typed errors (clientary.NotFoundError, ValidationError, ...).
    """
    tool = get_tool(name)
    if policy is not None:
        policy.check(tool)
    checked = check_arguments(tool, arguments)
    operation = tool.operation()
    if tool.lists:
        limit = checked.pop("limit", DEFAULT_LIMIT)
        offset = checked.pop("offset", 0)
        return _read_window(tool, client, _call_arguments(tool, checked), limit, offset)
    result = call(operation, client=client, **_call_arguments(tool, checked))
    if result is None:
        done = "deleted" if tool.kind == "delete" else "done"
        return {done: True, **{key: checked[key] for key in tool.path_arguments}}
    return _json(result)


def _call_arguments(tool: Tool, arguments: dict[str, Any]) -> dict[str, Any]:
    """The generated operation's keyword arguments for checked tool arguments."""
    parameters = _parameters(tool.module)
    out: dict[str, Any] = {}
    for key in (*tool.path_arguments, *tool.query_arguments):
        if key in arguments:
            python_name, hint = parameters[key]
            out[python_name] = _converted(arguments[key], hint)
    if tool.body is not None:
        fields = {key: arguments[key] for key in tool.body.fields if key in arguments}
        document = fields if tool.body.wrapper is None else {tool.body.wrapper: fields}
        _, body_model = parameters["body"]
        out["body"] = body_model.from_dict(document)
    return out


@functools.cache
def _parameters(module: str) -> dict[str, tuple[str, Any]]:
    """API name -> (Python keyword, the type it takes but Unset) for one generated operation.

    The generator renames what would shadow a builtin or a keyword (`filter` -> `filter_`).
    """
    import importlib

    get_kwargs = importlib.import_module(module)._get_kwargs
    hints = typing.get_type_hints(get_kwargs)
    out: dict[str, tuple[str, Any]] = {}
    for python_name in inspect.signature(get_kwargs).parameters:
        members = [
            member for member in _members(hints[python_name]) if member not in (Unset, type(None))
        ]
        # A day takes a date or its text: tool arguments are JSON, so they pass as they are.
        hint = members[0] if len(members) == 1 else Any
        out[python_name.removesuffix("_") if python_name != "_" else python_name] = (
            python_name,
            hint,
        )
    return out


def _members(hint: Any) -> tuple[Any, ...]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return typing.get_args(hint)
    return (hint,)


def _converted(value: Any, hint: Any) -> Any:
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    return value


def _read_window(
    tool: Tool, client: Client, arguments: dict[str, Any], limit: int, offset: int
) -> dict[str, Any]:
    """At most `limit` records from `offset`, reading only the pages that hold them."""
    operation = tool.operation()
    envelope = envelope_of(operation)

    def fetch(page_number: int | None) -> Page:
        page_arguments = arguments if page_number is None else {**arguments, "page": page_number}
        return envelope.page(call(operation, client=client, **page_arguments))

    if not envelope.paged:
        page = fetch(None)
        records = page.items[offset : offset + limit]
        total = page.total_count
    else:
        page = fetch(1)
        size = max(page.page_size, 1)
        number, skip = offset // size + 1, offset % size
        if number > 1 and number <= page.page_count:
            page = fetch(number)
        records = page.items[skip : skip + limit] if number <= page.page_count else []
        while len(records) < limit and number < page.page_count and page.items:
            number += 1
            page = fetch(number)
            records += page.items[: limit - len(records)]
        total = page.total_count
    more = offset + len(records) < total
    return {
        envelope.items_field: [_json(record) for record in records],
        "offset": offset,
        "total": total,
        "more": more,
        "next_offset": offset + len(records) if more else None,
    }


def _json(model: Any) -> dict[str, Any]:
    # to_dict() follows the one rule for values; the answer is that in plain JSON types.
    as_dict: dict[str, Any] = plain_json(model.to_dict())
    return as_dict
