"""What the generated resource classes (`_resources/`) stand on.

The generated methods call `call()`/`acall()`/`paginate()`/`apaginate()` themselves, so a method
of `api.invoices` goes through the same argument checks, retries, typed errors and 204 rule as a
`clientary.call()`: one path to the network. Here are the few things a flat keyword interface
needs besides: the raw-response twin of `call()`, the checks of scope keywords, and turning
`items=` and free-form mappings into the generated request models.
"""

import dataclasses
import enum
import typing
from collections.abc import Mapping, Sequence
from typing import Any, Generic, ParamSpec, Protocol, Self, TypeVar

import httpx
from clientary_client.models import LineItemAttributes
from clientary_client.types import UNSET, Unset

# One rule for an update answered without its record, shared with call().
from ._call import _read_again, acall, asend, call, parse_result, send
from ._checks import AnyClient, checked_mapping, checked_sequence
from ._line_items import LineItemChanges
from ._operations import Operation, path_arguments

__all__ = [
    "RawResponse",
    "Resource",
    "all_unset",
    "araw_call",
    "enum_value",
    "line_item_models",
    "mapping_model",
    "missing_scope",
    "one_scope",
    "raw_call",
    "reject_arguments",
]

P = ParamSpec("P")
R = TypeVar("R")
E = TypeVar("E", bound=enum.Enum)


class Resource:
    """One resource of an account (`api.invoices`): the client its methods send through."""

    __slots__ = ("_client",)

    def __init__(self, client: AnyClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        # The client's repr names the account's address, never the token.
        return f"{type(self).__name__}({self._client.get_httpx_client().base_url})"


@dataclasses.dataclass(frozen=True, slots=True)
class RawResponse(Generic[R]):
    """What the server answered to one call: its status and headers, and the parsed record.

    For an update answered without the record (204 or an empty 200), `status_code` and
    `headers` are the update's and `parsed` the record as read again afterwards.
    """

    status_code: int
    headers: httpx.Headers
    parsed: R


def raw_call(operation: Operation[P, R], *args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
    """`call()` that also hands back the response's status and headers."""
    client, response = send(operation, args, kwargs)
    read = _read_again(operation, response)
    if read is not None:
        parsed = call(read, client=client, **path_arguments(read, kwargs))
    else:
        parsed = parse_result(operation, client, response)
    return RawResponse(response.status_code, response.headers, typing.cast(R, parsed))


async def araw_call(
    operation: Operation[P, R], *args: P.args, **kwargs: P.kwargs
) -> RawResponse[R]:
    """The async twin of `raw_call`."""
    client, response = await asend(operation, args, kwargs)
    read = _read_again(operation, response)
    if read is not None:
        parsed = await acall(read, client=client, **path_arguments(read, kwargs))
    else:
        parsed = parse_result(operation, client, response)
    return RawResponse(response.status_code, response.headers, typing.cast(R, parsed))


def all_unset(*values: object) -> bool:
    """Whether none of these arguments was given."""
    return all(value is UNSET for value in values)


def one_scope(method: str, **scopes: object) -> None:
    """Refuse a list call that names more than one scope (`client_id=` and `project_id=`)."""
    given = [name for name, value in scopes.items() if value is not None]
    if len(given) > 1:
        raise TypeError(f"{method}(): give one of {' or '.join(given)}, not both")


def missing_scope(method: str, *names: str) -> TypeError:
    """The error for a list that exists only within a scope, called without one."""
    return TypeError(f"{method}(): needs one of {', '.join(f'{name}=' for name in names)}")


def reject_arguments(method: str, scope: str, **arguments: object) -> None:
    """Refuse filters that the list chosen by `scope` does not take."""
    given = [name for name, value in arguments.items() if value is not UNSET]
    if given:
        raise TypeError(
            f"{method}(): {', '.join(given)} cannot be used with {scope} "
            "(the API has no such filter on that list)"
        )


def enum_value(kind: type[E], value: object, argument: str) -> E | Unset:
    """`value` (a member, of this enum or of a twin with the same values, or a plain value) as
    the enum the generated model takes; a ValueError naming `argument` otherwise."""
    if isinstance(value, Unset):
        return UNSET
    try:
        return kind(value)
    except ValueError:
        accepted = ", ".join(repr(member.value) for member in kind)
        raise ValueError(f"{argument} must be one of {accepted}, got {value!r}") from None


def line_item_models(
    items: Sequence[Mapping[str, object]] | LineItemChanges | Unset,
) -> list[LineItemAttributes] | Unset:
    """`items=`: a LineItemChanges as it is, or a list of new lines (each checked, by index)."""
    if isinstance(items, Unset):
        return items
    if isinstance(items, LineItemChanges):
        return items.to_models()
    lines = checked_sequence(
        items,
        "items",
        of="lines ({'title': ..., 'quantity': ..., 'price': ...}) or a LineItemChanges",
    )
    changes = LineItemChanges()
    for index, line in enumerate(lines):
        fields = checked_mapping(line, f"items[{index}]")
        try:
            changes.add(**typing.cast(dict[str, Any], {str(k): v for k, v in fields.items()}))
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"items[{index}]: {exc}") from None
    return changes.to_models()


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)


def mapping_model(model: type[M], value: Mapping[str, object] | Unset, argument: str) -> M | Unset:
    """A free-form object (custom fields) given as a mapping, as its generated model."""
    if isinstance(value, Unset):
        return UNSET
    return model.from_dict(dict(checked_mapping(value, argument)))
