"""A resource's records as table rows: which columns, and each record's cells.

The columns are the record schema's scalar fields in the spec's order (days, timestamps and
decimals included); a nested record is written as its id (`client` becomes `client_id`, left out
when the record has a `client_id` of its own); nested lists and fields of no fixed shape are left
out. With the resource's line items, each line is a row of its own: the record's columns, then
the line's, prefixed `line_`.

Every cell is written by the one rule for values (`cell_text`). An export writes a cell per field
of every record, so rows are built the quick way wherever that gives the same text: the values
are read off the generated model in one go (no `to_dict()`, which also copies every nested
line), a str, an int or None is handed to the CSV writer as it is (which writes them just as
`cell_text` does), and only the other cells (days, decimals, booleans, ...) are converted.
"""

import functools
import operator
from collections.abc import Callable, Mapping
from typing import Any

from clientary_client.types import UNSET

from .._json_values import cell_text
from ._catalogue import Field, Resource, schema_fields
from ._typed import converter

__all__ = ["Table"]

# What csv.writer writes exactly as cell_text does: text as it is, an int in digits, None empty.
WRITTEN_AS_IS = frozenset({str, int, type(None)})
_TABLE_KINDS = frozenset({"scalar", "boolean", "day", "timestamp", "decimal"})


class _Columns:
    """The columns of one record schema and how to fill them from a generated model."""

    def __init__(self, schema: str) -> None:
        fields = schema_fields(schema)
        names = {field.name for field in fields}
        self.headers: list[str] = []
        attributes: list[str] = []
        # (position, cell function) for the columns whose values need more than the CSV writer
        # does, unless they are ints or None (a whole amount, an empty day), written as they are.
        self.converted: list[tuple[int, Callable[[Any], str]]] = []
        for field in fields:
            if field.kind in _TABLE_KINDS:
                header = field.name
            elif field.kind == "record" and f"{field.name}_id" not in names:
                header = f"{field.name}_id"
            else:
                continue
            if field.kind != "scalar":
                self.converted.append((len(attributes), _cell_function(field, header)))
            self.headers.append(header)
            attributes.append(field.attribute)
        self._values = operator.attrgetter(*attributes)
        self._one = len(attributes) == 1  # attrgetter of one name gives the value, not a tuple

    def cells(self, record: Any) -> list[Any]:
        cells = [self._values(record)] if self._one else list(self._values(record))
        if UNSET in cells:  # optional fields the answer did not carry
            cells = [None if value is UNSET else value for value in cells]
        for position, cell in self.converted:
            value = cells[position]
            if value is not None and type(value) is not int:
                cells[position] = cell(value)
        if not WRITTEN_AS_IS.issuperset(map(type, cells)):
            cells = [
                value if type(value) in WRITTEN_AS_IS else cell_text(value, header)
                for value, header in zip(cells, self.headers, strict=True)
            ]
        return cells


class Table:
    """The header and rows of one resource, with or without one row per line item."""

    def __init__(self, resource: Resource, *, lines: bool) -> None:
        self._columns = _Columns(resource.record)
        self._lines: Callable[[Any], Any] | None = None
        self._line_columns: _Columns | None = None
        if lines and resource.lines is not None:
            (field,) = [f for f in schema_fields(resource.record) if f.name == resource.lines]
            assert field.schema is not None, "a list of lines has a schema (catalogue.json)"
            self._lines = operator.attrgetter(field.attribute)
            self._line_columns = _Columns(field.schema)

    @property
    def header(self) -> list[str]:
        lines = [] if self._line_columns is None else self._line_columns.headers
        return self._columns.headers + [f"line_{header}" for header in lines]

    def rows(self, record: Any) -> list[list[Any]]:
        """The rows of one record (a generated model): one, or one per line item. A cell is a
        str, or an int or None that a CSV writer writes as `cell_text` would."""
        cells = self._columns.cells(record)
        if self._lines is None or self._line_columns is None:
            return [cells]
        lines = self._lines(record) or []
        if not lines:
            # A record without lines still has its row, so that no record goes missing.
            return [cells + [None] * len(self._line_columns.headers)]
        return [cells + self._line_columns.cells(line) for line in lines]


def _cell_function(field: Field, header: str) -> Callable[[Any], str]:
    """The cell of a column that is not written as it comes: converted, then by the rule."""
    if field.kind == "record":
        return lambda value: cell_text(_id_of(value), header)
    convert = converter(field)

    def cell(value: Any) -> str:
        return cell_text(convert(value), header)

    if field.kind in ("day", "timestamp"):
        # An export holds a few hundred days and moments at most: read each text once.
        cached = functools.lru_cache(maxsize=4096)(cell)
        return lambda value: cached(value) if isinstance(value, str) else cell(value)
    return cell


def _id_of(value: Any) -> Any:
    if isinstance(value, Mapping):
        return value.get("id")
    if hasattr(value, "id"):
        return value.id
    # A model of a nested record whose fields the spec leaves open keeps them all aside.
    return getattr(value, "additional_properties", {}).get("id")
