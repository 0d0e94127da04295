"""Rails nested attributes for the lines of invoices, estimates and recurring schedules.

An entry with an `id` edits that line (only the keys sent), one without an `id` adds a line,
and one with an `id` and `_destroy: true` removes the line. An id that is not a line of this
record (another record's line, or no line at all) is refused with 422 naming the entry, and
nothing is applied: the new list is built aside and only returned when every entry is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._errors import FieldErrors, invalid_fields
from ._totals import decimal

__all__ = ["apply_changes"]

Item = dict[str, Any]
REGULAR_ITEM = 3
_EDITABLE = ("title", "quantity", "price", "taxable", "item_type")


def _store_value(key: str, value: Any) -> Any:
    if key in ("quantity", "price"):
        return decimal(value)
    return value


def new_item(entry: dict[str, Any], item_id: int) -> Item:
    return {
        "id": item_id,
        "title": entry["title"],
        "quantity": decimal(entry["quantity"]),
        "price": decimal(entry["price"]),
        "taxable": bool(entry.get("taxable", False)),
        "item_type": int(entry.get("item_type", REGULAR_ITEM)),
    }


def apply_changes(
    current: list[Item],
    entries: list[dict[str, Any]],
    field: str,
    next_id: Callable[[], int],
) -> list[Item]:
    """The lines after applying `entries`; raises a 422 and changes nothing if one is bad."""
    by_id = {item["id"]: dict(item) for item in current}
    removed: set[int] = set()
    seen: set[int] = set()
    errors: FieldErrors = {}
    additions: list[dict[str, Any]] = []
    for position, entry in enumerate(entries):
        name = f"{field}[{position}].id"
        item_id = entry.get("id")
        if item_id is None:
            additions.append(entry)
            continue
        if item_id not in by_id:
            errors[name] = [f"{item_id} is not a line of this record"]
            continue
        if item_id in seen:
            errors[name] = [f"{item_id} appears more than once"]
            continue
        seen.add(item_id)
        if entry.get("_destroy"):
            removed.add(item_id)
            continue
        for key in _EDITABLE:
            if key in entry:
                by_id[item_id][key] = _store_value(key, entry[key])
    if errors:
        raise invalid_fields(errors)
    kept = [by_id[item["id"]] for item in current if item["id"] not in removed]
    return kept + [new_item(entry, next_id()) for entry in additions]
