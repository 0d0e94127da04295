"""How a list operation wraps its records, learnt from the generated response model.

A list answer is a model with exactly one required list-typed field (the records: `clients`,
`recurring`, `staff`, ...). When it also has `page_count` the list is paged (`page`, `page_size`
and `total_count` come with it); otherwise one answer holds everything (staff, hours, expenses).
Nothing here names an endpoint, so a list added to the spec paginates without new code.
"""

import dataclasses
import functools
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import clientary_client.models

from ._operations import operation_name, success_types

__all__ = ["Envelope", "Page", "envelope_of"]


@dataclasses.dataclass(frozen=True)
class Envelope:
    """Where a list operation's answer keeps its records and whether it is paged."""

    model: type[Any]
    items_field: str
    item_type: type[Any]
    paged: bool

    def page(self, parsed: Any) -> "Page":
        """Read one parsed answer of this list."""
        items = list(getattr(parsed, self.items_field))
        if not self.paged:
            return Page(parsed, items, page_count=1, page_size=len(items), total_count=len(items))
        return Page(
            parsed,
            items,
            page_count=_as_int(parsed.page_count),
            page_size=_as_int(getattr(parsed, "page_size", len(items))),
            total_count=_as_int(getattr(parsed, "total_count", len(items))),
        )


@dataclasses.dataclass(frozen=True)
class Page:
    """One answer of a list operation: the model as parsed, its records and its counters."""

    model: Any
    items: list[Any]
    page_count: int
    page_size: int
    total_count: int


@functools.cache
def envelope_of(operation: object) -> Envelope:
    """The envelope of `operation`'s success model; TypeError if it is not a list operation."""
    name = operation_name(operation)
    models = success_types(operation)
    model = models[0] if len(models) == 1 else None
    if not isinstance(model, type) or not attrs.has(model):
        raise TypeError(f"{name} is not a list operation (it returns {models!r})")
    # Should a model name a model its module does not import, resolve it from the package that
    # exports every model (imported one by one, as named).
    hints = typing.get_type_hints(model, localns=_ModelNames())
    lists = [
        (field, typing.get_args(hint)[0])
        for field, hint in hints.items()
        if typing.get_origin(hint) is list and typing.get_args(hint)
    ]
    if len(lists) != 1 or not isinstance(lists[0][1], type):
        raise TypeError(f"{name} is not a list operation ({model.__name__} holds no single list)")
    field, item_type = lists[0]
    paged = "page_count" in hints
    return Envelope(model=model, items_field=field, item_type=item_type, paged=paged)


class _ModelNames(Mapping[str, Any]):
    """The generated models by name, as annotations are read: each imported when first named."""

    def __getitem__(self, name: str) -> Any:
        try:
            return getattr(clientary_client.models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(clientary_client.models.__all__)

    def __len__(self) -> int:
        return len(clientary_client.models.__all__)


def _as_int(value: object) -> int:
    # Counters arrive as JSON numbers; a float such as 3.0 is tolerated.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"page counter must be a number, got {value!r}")
    return int(value)
