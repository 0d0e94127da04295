"""What the command line knows about resources, read from catalogue.json.

The file is derived from the spec by scripts/generate (scripts/export_catalogue.py says how): the
list operations of each resource and what scopes them, the fields of each record schema in the
spec's order with what each holds, the line items, the day `--since`/`--until` filter on, and the
schema each operation answers with.
"""

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

__all__ = [
    "Answer",
    "Field",
    "Listing",
    "Resource",
    "answer_of",
    "get_resource",
    "resource_names",
    "schema_fields",
]

Kind = Literal["scalar", "boolean", "day", "timestamp", "decimal", "record", "list", "any"]


@dataclass(frozen=True)
class Field:
    """One property of a record schema: its JSON name, the generated model's attribute for it,
    what it holds, and the schema it nests."""

    name: str
    attribute: str
    kind: Kind
    schema: str | None


@dataclass(frozen=True)
class Listing:
    """One list operation of a resource."""

    operation: str
    module: str
    items: str
    scope: str | None  # the resource whose record it lists under (None: the whole account)
    scope_argument: str | None
    complete: dict[str, str]  # arguments without which the list leaves records out
    page_size: int | None  # the largest page the list allows, when it takes page_size
    day_range: tuple[str, str] | None  # the API's own filter on the resource's day


@dataclass(frozen=True)
class Resource:
    name: str
    record: str
    day: str | None
    lines: str | None
    lists: tuple[Listing, ...]


@dataclass(frozen=True)
class Answer:
    """The record schema an operation answers with, and the list field when it lists them."""

    schema: str
    items: str | None


@functools.cache
def _catalogue() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("catalogue.json").read_text("utf-8")
    catalogue: dict[str, Any] = json.loads(text)
    return catalogue


def resource_names() -> tuple[str, ...]:
    return tuple(_catalogue()["resources"])


@functools.cache
def get_resource(name: str) -> Resource:
    """The resource called `name` (KeyError when there is none)."""
    entry = _catalogue()["resources"][name]
    return Resource(
        name=name,
        record=entry["record"],
        day=entry["day"],
        lines=entry["lines"],
        lists=tuple(
            Listing(
                operation=listing["operation"],
                module=listing["module"],
                items=listing["items"],
                scope=listing["scope"],
                scope_argument=listing["scope_argument"],
                complete=dict(listing["complete"]),
                page_size=listing["page_size"],
                day_range=None if listing["day_range"] is None else tuple(listing["day_range"]),
            )
            for listing in entry["lists"]
        ),
    )


@functools.cache
def schema_fields(schema: str) -> tuple[Field, ...]:
    """The fields of a record schema, in the spec's order."""
    return tuple(
        Field(field["name"], field["attribute"], field["kind"], field.get("schema"))
        for field in _catalogue()["schemas"][schema]
    )


def answer_of(operation: str) -> Answer | None:
    """What `operation` answers with, when it is records of a known schema."""
    entry = _catalogue()["answers"].get(operation)
    return None if entry is None else Answer(entry["schema"], entry["items"])
