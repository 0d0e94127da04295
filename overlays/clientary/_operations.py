"""What the overlay learns from a generated operation module, and nothing written per endpoint.

A generated operation (`clientary_client.api.<tag>.<operation_id>`) has `_get_kwargs(...)`, which
builds the request from path, query and body arguments, `_parse_response(...)`, which builds the
model for a documented status, and `sync(...)`, whose annotations name the success model.

This is the one place that reads those signatures and annotations: `call()`, `paginate()`, the
tools and the command line all ask here, and each reading is done once per operation.
"""

import enum
import functools
import importlib
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, ParamSpec, Protocol, TypeVar

import httpx
from clientary_client.models import ErrorResponse
from clientary_client.types import Unset

from ._checks import AnyClient, checked_client

__all__ = [
    "Operation",
    "api_arguments",
    "bind_request",
    "build_request",
    "keyword_arguments",
    "operation_name",
    "parse_success",
    "path_arguments",
    "read_operation",
    "success_types",
]

P = ParamSpec("P")
R_co = TypeVar("R_co", covariant=True)


class Operation(Protocol[P, R_co]):
    """A generated operation module, seen through its `sync` function.

    Modules satisfy protocols under mypy, so `call(get_invoice, client=c, id=1)` checks the
    arguments against `get_invoice.sync` and returns its success model type.
    """

    @property
    def sync(self) -> Callable[P, R_co | ErrorResponse | None]: ...


def operation_name(operation: object) -> str:
    """The operationId, e.g. "list_clients"."""
    name = getattr(operation, "__name__", None)
    return name.rpartition(".")[2] if isinstance(name, str) else repr(operation)


def build_request(
    operation: object, args: tuple[object, ...], kwargs: Mapping[str, object]
) -> tuple[AnyClient, dict[str, Any]]:
    """Check the arguments for `operation`, then return the client and httpx request arguments.

    Raises TypeError naming the operation and the argument before anything is sent.
    """
    client, _, request = bind_request(operation, args, kwargs)
    return client, request


def bind_request(
    operation: object, args: tuple[object, ...], kwargs: Mapping[str, object]
) -> tuple[AnyClient, dict[str, object], dict[str, Any]]:
    """As `build_request`, with the operation's arguments by name between client and request."""
    name = operation_name(operation)
    get_kwargs = _generated_function(operation, "_get_kwargs")
    arguments = dict(kwargs)
    client = checked_client(arguments.pop("client", None), name, args)
    signature, hints, required = _parameters(get_kwargs)
    if args or not required <= arguments.keys() or not arguments.keys() <= hints.keys():
        # The uncommon shapes (positional arguments, a missing or unknown name) go through
        # Signature.bind for its checks and words; keyword calls that name only known
        # parameters, all the required ones among them, need no binding.
        arguments = _bound(name, signature, args, arguments)
    for argument, value in arguments.items():
        hint = hints[argument]
        if not _matches(value, hint):
            raise TypeError(
                f"{name}: {argument} must be {_describe(hint)}, got {type(value).__name__}"
            )
    request: dict[str, Any] = get_kwargs(**arguments)
    return client, arguments, request


def _bound(
    name: str, signature: inspect.Signature, args: tuple[object, ...], arguments: dict[str, object]
) -> dict[str, object]:
    """The arguments by name, or a TypeError naming the operation and what it takes."""
    accepted = ", ".join(signature.parameters) or "no arguments"
    unknown = sorted(set(arguments) - set(signature.parameters))
    if unknown:
        raise TypeError(
            f"{name}: unexpected argument(s) {', '.join(map(repr, unknown))} (it takes: {accepted})"
        )
    try:
        bound = signature.bind(*args, **arguments)
    except TypeError as exc:
        raise TypeError(f"{name}: {exc} (it takes: {accepted})") from None
    return dict(bound.arguments)


def parse_success(operation: object, client: AnyClient, response: httpx.Response) -> Any:
    """The generated model for a 2xx response (None for bodiless successes)."""
    parse = _generated_function(operation, "_parse_response")
    return parse(client=client, response=response)


def read_operation(operation: object) -> types.ModuleType | None:
    """The operation that reads the record `operation` changes, for updates (else None).

    The generator names it in each update's module (READ_OPERATION, the GET of the same path in
    the spec; see spec/templates/endpoint_module.py.jinja).
    """
    name = getattr(operation, "READ_OPERATION", None)
    return importlib.import_module(name) if isinstance(name, str) else None


def path_arguments(operation: object, arguments: Mapping[str, object]) -> dict[str, object]:
    """The entries of `arguments` that `operation` takes (for a read after an update: the ids)."""
    _, hints, _ = _parameters(_generated_function(operation, "_get_kwargs"))
    return {name: value for name, value in arguments.items() if name in hints}


@functools.cache
def api_arguments(operation: object) -> Mapping[str, tuple[str, Any]]:
    """API name -> (the operation's keyword, the one type it takes beside Unset and None).

    The generator renames what would shadow a builtin or a keyword (`filter` -> `filter_`);
    callers holding values by their API names (tools, the command line) need the other side.
    """
    _, hints, _ = _parameters(_generated_function(operation, "_get_kwargs"))
    out: dict[str, tuple[str, Any]] = {}
    for keyword, hint in hints.items():
        members = [m for m in _members(hint) if m is not Unset and m is not type(None)]
        # A day takes a date or its text (two types): values by API name come from JSON, so
        # they pass as they are.
        value_type = members[0] if len(members) == 1 else Any
        out[keyword.removesuffix("_") if keyword != "_" else keyword] = (keyword, value_type)
    return types.MappingProxyType(out)


def keyword_arguments(operation: object, values: Mapping[str, object]) -> dict[str, object]:
    """The operation's keyword arguments for path and query `values` named as the API names
    them; a plain value of an enum-typed argument becomes its member."""
    arguments = api_arguments(operation)
    out: dict[str, object] = {}
    for name, value in values.items():
        keyword, value_type = arguments[name]
        if isinstance(value_type, type) and issubclass(value_type, enum.Enum):
            value = value_type(value)
        out[keyword] = value
    return out


@functools.cache
def success_types(operation: object) -> tuple[object, ...]:
    """The success models `operation.sync` may return (empty for bodiless ones such as deletes)."""
    hints = _type_hints(_generated_function(operation, "sync"))
    return tuple(
        member
        for member in _members(hints.get("return", Any))
        if member is not ErrorResponse and member is not type(None) and member is not Any
    )


@functools.cache
def _parameters(
    get_kwargs: Callable[..., Any],
) -> tuple[inspect.Signature, dict[str, Any], frozenset[str]]:
    """The signature of an operation's `_get_kwargs`, each parameter's type hint (Any when it has
    none), and the names of the required parameters.

    Worked out once per operation: reading them took longer than the rest of a `call()`'s own
    work together, and they never change.
    """
    signature = inspect.signature(get_kwargs)
    hints = _type_hints(get_kwargs)
    return (
        signature,
        {parameter: hints.get(parameter, Any) for parameter in signature.parameters},
        frozenset(
            parameter.name
            for parameter in signature.parameters.values()
            if parameter.default is inspect.Parameter.empty
        ),
    )


def _generated_function(operation: object, attribute: str) -> Callable[..., Any]:
    function = getattr(operation, attribute, None)
    if not callable(function):
        raise TypeError(
            f"{operation_name(operation)} is not a generated operation module "
            f"(such as clientary_client.api.clients.list_clients): it has no {attribute}()"
        )
    return typing.cast(Callable[..., Any], function)


def _type_hints(function: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(function)
    except (NameError, TypeError):
        return {}


def _members(hint: object) -> tuple[object, ...]:
    return typing.get_args(hint) if _is_union(hint) else (hint,)


def _is_union(hint: object) -> bool:
    return isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union


def _matches(value: object, hint: object) -> bool:
    if hint is Any:
        return True
    if _is_union(hint):
        return any(_matches(value, member) for member in typing.get_args(hint))
    if hint is type(None):
        return value is None
    origin = typing.get_origin(hint)
    if origin is Literal:
        return value in typing.get_args(hint)
    if origin is not None:
        return isinstance(origin, type) and isinstance(value, origin)
    if not isinstance(hint, type):
        return True
    if hint in (int, float) and isinstance(value, bool):
        return False
    if hint is float:
        return isinstance(value, int | float)
    return isinstance(value, hint)


def _describe(hint: object) -> str:
    if _is_union(hint):
        members = [m for m in typing.get_args(hint) if m is not Unset]
        return " or ".join(_describe(member) for member in members)
    if hint is type(None):
        return "None"
    if isinstance(hint, type):
        return hint.__name__
    return str(hint)
