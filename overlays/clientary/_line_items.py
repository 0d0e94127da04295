"""`LineItemChanges`: a checked list of line-item additions, edits and removals.

Its `to_attributes()` is what Rails nested attributes expect under `invoice_items_attributes`,
`estimate_items_attributes` or `recurring_schedule_items_attributes`: an entry without `id`
adds a line, an entry with `id` changes that line, and `{"id": ..., "_destroy": True}` removes
it. Every mistake is caught here, naming the field, before anything is sent.
"""

from decimal import Decimal
from typing import Any, Self

from clientary_client.models import LineItemAttributes

from ._checks import checked_id

__all__ = ["ITEM_FIELDS", "LineItemChanges", "checked_item_fields"]

ITEM_FIELDS = ("title", "quantity", "price", "taxable", "item_type")
"""The line fields that can be set, in the order they are written out."""

# The spec's bounds (QuantityInput, MoneyInput, and item_type 0 = section header .. 3 = regular
# line).
_BOUNDS = {"quantity": 1e9, "price": 1e12}
_ITEM_TYPES = range(0, 4)


class LineItemChanges:
    """Line-item changes for one invoice, estimate or recurring schedule, built by chaining.

    `LineItemChanges().add(title="Design", quantity=3, price=100).edit(184, quantity=2)
    .remove(185)`
    """

    def __init__(self) -> None:
        self._entries: list[dict[str, Any]] = []
        self._ids: set[int] = set()

    def add(
        self,
        *,
        title: str,
        quantity: Decimal | float,
        price: Decimal | float,
        taxable: bool | None = None,
        item_type: int | None = None,
    ) -> Self:
        """Add a new line; title, quantity and price are required."""
        fields: dict[str, object] = {"title": title, "quantity": quantity, "price": price}
        if taxable is not None:
            fields["taxable"] = taxable
        if item_type is not None:
            fields["item_type"] = item_type
        self._entries.append(checked_item_fields(fields, context="add"))
        return self

    def edit(self, id: int, /, **fields: object) -> Self:
        """Change the given fields of the existing line `id`."""
        line_id = self._claim(id, "edit")
        if not fields:
            raise ValueError(f"edit({line_id}): give at least one of {', '.join(ITEM_FIELDS)}")
        self._entries.append({"id": line_id, **checked_item_fields(fields, context="edit")})
        return self

    def remove(self, id: int, /) -> Self:
        """Remove the existing line `id`."""
        self._entries.append({"id": self._claim(id, "remove"), "_destroy": True})
        return self

    def to_attributes(self) -> list[dict[str, Any]]:
        """The changes as plain dicts, for `*_items_attributes`."""
        return [dict(entry) for entry in self._entries]

    def to_models(self) -> list[LineItemAttributes]:
        """The changes as generated `LineItemAttributes`, for the generated request models."""
        models = []
        for entry in self._entries:
            fields = {key: value for key, value in entry.items() if key != "_destroy"}
            if entry.get("_destroy"):
                fields["attr_destroy"] = True
            models.append(LineItemAttributes(**fields))
        return models

    @property
    def ids(self) -> frozenset[int]:
        """The ids of existing lines that these changes edit or remove."""
        return frozenset(self._ids)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"LineItemChanges({self._entries!r})"

    def _claim(self, line_id: object, action: str) -> int:
        checked = checked_id(line_id, f"{action}: id")
        if checked in self._ids:
            raise ValueError(
                f"{action}: id {checked} is already edited or removed in these changes"
            )
        self._ids.add(checked)
        return checked


def checked_item_fields(fields: dict[str, object], *, context: str) -> dict[str, Any]:
    """`fields` checked one by one (names, types, finite bounded numbers), in `ITEM_FIELDS` order."""
    unknown = sorted(set(fields) - set(ITEM_FIELDS))
    if unknown:
        raise TypeError(
            f"{context}: unknown line item field(s) {', '.join(unknown)}; "
            f"known: {', '.join(ITEM_FIELDS)}"
        )
    checked: dict[str, Any] = {}
    for name in ITEM_FIELDS:
        if name in fields:
            checked[name] = _checked_value(name, fields[name], context)
    return checked


def _checked_value(name: str, value: object, context: str) -> object:
    if name == "title":
        if not isinstance(value, str):
            raise TypeError(f"{context}: title must be a str, got {type(value).__name__}")
        return value
    if name == "taxable":
        if not isinstance(value, bool):
            raise TypeError(f"{context}: taxable must be a bool, got {type(value).__name__}")
        return value
    if name == "item_type":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{context}: item_type must be an int, got {type(value).__name__}")
        if value not in _ITEM_TYPES:
            raise ValueError(f"{context}: item_type must be 0..3 (0 header, 3 line), got {value}")
        return value
    # quantity and price: a Decimal (as read from a line) or a float or int
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"{context}: {name} must be a number, got {type(value).__name__}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"{context}: {name} must be finite, got {value!r}")
    if abs(number) > _BOUNDS[name]:
        raise ValueError(f"{context}: {name} must be within ±{_BOUNDS[name]:g}, got {value!r}")
    return value
