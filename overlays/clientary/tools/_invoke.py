"""`invoke()`: run one tool with an assistant's arguments and answer in JSON.

The arguments are checked against the tool's schema first (ToolArgumentError, nothing sent),
then turned into the generated operation's own arguments: path and query values as they are (an
enum value becomes its enum member), the body's fields wrapped under the tool's wrapper key and
parsed by the operation's body model. The call goes through `clientary.call`, so retries and the
typed errors are the client's. List tools read a window of records instead of a page.
"""

from collections.abc import Mapping
from typing import Any

from clientary_client import Client

from .._call import call
from .._envelope import envelope_of
from .._json_values import plain_json
from .._operations import api_arguments, keyword_arguments
from .._paginator import Paginator
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
    operation = tool.operation()
    names = (*tool.path_arguments, *tool.query_arguments)
    out: dict[str, Any] = keyword_arguments(
        operation, {key: arguments[key] for key in names if key in arguments}
    )
    if tool.body is not None:
        fields = {key: arguments[key] for key in tool.body.fields if key in arguments}
        document = fields if tool.body.wrapper is None else {tool.body.wrapper: fields}
        _, body_model = api_arguments(operation)["body"]
        out["body"] = body_model.from_dict(document)
    return out


def _read_window(
    tool: Tool, client: Client, arguments: dict[str, Any], limit: int, offset: int
) -> dict[str, Any]:
    """At most `limit` records from `offset`, read by the same engine as `clientary.paginate`
    (only the pages that hold them; records shifting between pages neither lost nor doubled)."""
    operation = tool.operation()
    paginator: Paginator[Any, Any] = Paginator(operation, 1, (), {"client": client, **arguments})
    window = paginator.window(offset, limit)
    records, total = window.records, window.total
    more = offset + len(records) < total
    return {
        envelope_of(operation).items_field: [_json(record) for record in records],
        "offset": offset,
        "total": total,
        "more": more,
        "next_offset": offset + len(records) if more else None,
    }


def _json(model: Any) -> dict[str, Any]:
    # to_dict() follows the one rule for values; the answer is that in plain JSON types.
    as_dict: dict[str, Any] = plain_json(model.to_dict())
    return as_dict
