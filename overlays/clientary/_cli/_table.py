"""A resource's records as table rows: which columns, and each record's cells.

The columns are the record schema's scalar fields in the spec's order (days, timestamps and
decimals included); a nested record is written as its id (`client` becomes `client_id`, left out
when the record has a `client_id` of its own); nested lists and fields of no fixed shape are left
out. With the resource's line items, each line is a row of its own: the record's columns, then
the line's, prefixed `line_`.

Every cell is written by the one rule for values (`cell_text`). An export writes a cell per field
of every record, so the rows are built the quick way where it gives the same text: a str, an int
or None is handed to the CSV writer as it is (which writes them just as `cell_text` does), and
only the other cells (days, decimals, booleans, ...) are converted one by one.
"""

import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .._json_values import cell_text
from ._catalogue import Field, Resource, schema_fields
from ._typed import converter

__all__ = ["Table"]

# What csv.writer writes exactly as cell_text does: text as it is, an int in digits, None empty.
WRITTEN_AS_IS = frozenset({str, int, type(None)})
_TABLE_KINDS = frozenset({"scalar", "day", "timestamp", "decimal"})


class _Columns:
    """The columns of one record schema and how to fill them from a record's JSON form."""

    def __init__(self, schema: str) -> None:
        fields = schema_fields(schema)
        names = {field.name for field in fields}
        self.headers: list[str] = []
        self.keys: list[str] = []
        # (position, cell function) for the columns whose values need reading first, unless
        # they are ints or None (a whole amount, an empty day), which are written as they come.
        self.converted: list[tuple[int, Callable[[Any], str]]] = []
        for field in fields:
            if field.kind in _TABLE_KINDS:
                header = field.name
            elif field.kind == "record" and f"{field.name}_id" not in names:
                header = f"{field.name}_id"
            else:
                continue
            if field.kind != "scalar":
                self.converted.append((len(self.keys), _cell_function(field, header)))
            self.headers.append(header)
            self.keys.append(field.name)

    def cells(self, document: Mapping[str, Any]) -> list[Any]:
        get = document.get
        cells = [get(key) for key in self.keys]
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
        self._lines_field = resource.lines if lines else None
        self._line_columns: _Columns | None = None
        if self._lines_field is not None:
            (field,) = [f for f in schema_fields(resource.record) if f.name == self._lines_field]
            assert field.schema is not None, "a list of lines has a schema (catalogue.json)"
            self._line_columns = _Columns(field.schema)

    @property
    def header(self) -> list[str]:
        lines = [] if self._line_columns is None else self._line_columns.headers
        return self._columns.headers + [f"line_{header}" for header in lines]

    def rows(self, document: Mapping[str, Any]) -> Iterator[list[Any]]:
        """The rows of one record (its JSON form): one, or one per line item. A cell is a str,
        or an int or None that a CSV writer writes as `cell_text` would."""
        cells = self._columns.cells(document)
        if self._line_columns is None or self._lines_field is None:
            yield cells
            return
        lines = document.get(self._lines_field) or []
        if not lines:
            # A record without lines still has its row, so that no record goes missing.
            yield cells + [None] * len(self._line_columns.keys)
        for line in lines:
            yield cells + self._line_columns.cells(line if isinstance(line, Mapping) else {})


def _cell_function(field: Field, header: str) -> Callable[[Any], str]:
    """The cell of a column that is not written as it comes: converted, then by the rule."""
    if field.kind == "record":
        return lambda value: cell_text(value.get("id") if isinstance(value, Mapping) else None)
    convert = converter(field)

    def cell(value: Any) -> str:
        return cell_text(convert(value), header)

    if field.kind in ("day", "timestamp"):
        # An export holds a few hundred days and moments at most: read each text once.
        cached = functools.lru_cache(maxsize=4096)(cell)
        return lambda value: cached(value) if isinstance(value, str) else cell(value)
    return cell
