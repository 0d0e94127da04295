"""Edit the line items of an invoice, an estimate or a recurring schedule in one PUT.

The three records keep their lines the same way (Rails nested attributes under
`<kind>_items_attributes`, read back under `<kind>_items`), so one set of functions serves all
three, told apart by `kind`. Each reads the record first, so a change to a line that is not on it
is refused (naming the ids) before anything is written: Rails would otherwise reject it, or
worse, create a line instead. The PUT goes through `call()`, so an update answered with 204 or an
empty body still returns the record (read again with its GET).
"""

import dataclasses
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, overload

from clientary_client.api.estimates import get_estimate, update_estimate
from clientary_client.api.invoices import get_invoice, update_invoice
from clientary_client.api.recurring_schedules import (
    get_recurring_schedule,
    update_recurring_schedule,
)
from clientary_client.models import (
    Estimate,
    EstimateFields,
    EstimateUpdateRequest,
    Invoice,
    InvoiceFields,
    InvoiceUpdateRequest,
    LineItem,
    LineItemAttributes,
    RecurringSchedule,
    RecurringScheduleFields,
    RecurringScheduleItem,
    RecurringScheduleUpdateRequest,
)
from clientary_client.types import Unset, read_decimal

from ._call import acall, call
from ._checks import AnyClient, checked_id, checked_mapping, checked_sequence
from ._line_items import ITEM_FIELDS, LineItemChanges, checked_item_fields
from ._operations import Operation

__all__ = [
    "RecordKind",
    "RecordWithItems",
    "aset_items",
    "aupdate_items",
    "plan_item_changes",
    "set_items",
    "update_items",
]

RecordKind = Literal["invoice", "estimate", "recurring_schedule"]
RecordWithItems = Invoice | Estimate | RecurringSchedule
_Line = LineItem | RecurringScheduleItem


@dataclasses.dataclass(frozen=True, slots=True)
class _KindOperations:
    """How one kind of record is read, written, and where its lines are."""

    label: str
    read: Operation[..., Any]
    update: Operation[..., Any]
    lines: Callable[[Any], Sequence[_Line]]
    body: Callable[[list[LineItemAttributes]], object]


_KINDS: dict[str, _KindOperations] = {
    "invoice": _KindOperations(
        label="invoice",
        read=get_invoice,
        update=update_invoice,
        lines=lambda record: record.invoice_items,
        body=lambda items: InvoiceUpdateRequest(
            invoice=InvoiceFields(invoice_items_attributes=items)
        ),
    ),
    "estimate": _KindOperations(
        label="estimate",
        read=get_estimate,
        update=update_estimate,
        lines=lambda record: record.estimate_items,
        body=lambda items: EstimateUpdateRequest(
            estimate=EstimateFields(estimate_items_attributes=items)
        ),
    ),
    "recurring_schedule": _KindOperations(
        label="recurring schedule",
        read=get_recurring_schedule,
        update=update_recurring_schedule,
        lines=lambda record: record.recurring_schedule_items,
        body=lambda items: RecurringScheduleUpdateRequest(
            recurring_schedule=RecurringScheduleFields(recurring_schedule_items_attributes=items)
        ),
    ),
}


@overload
def update_items(
    client: AnyClient, kind: Literal["invoice"], record_id: int, changes: LineItemChanges
) -> Invoice: ...
@overload
def update_items(
    client: AnyClient, kind: Literal["estimate"], record_id: int, changes: LineItemChanges
) -> Estimate: ...
@overload
def update_items(
    client: AnyClient,
    kind: Literal["recurring_schedule"],
    record_id: int,
    changes: LineItemChanges,
) -> RecurringSchedule: ...
def update_items(
    client: AnyClient, kind: RecordKind, record_id: int, changes: LineItemChanges
) -> RecordWithItems:
    """Apply `changes` to the lines of record `record_id` with one PUT; return the record."""
    operations = _checked_kind(kind)
    _check_changes(operations, record_id, changes)
    current = _read(operations, client, record_id)
    _check_ids_on_record(operations, current, changes.ids)
    return _put(operations, client, record_id, changes)


@overload
async def aupdate_items(
    client: AnyClient, kind: Literal["invoice"], record_id: int, changes: LineItemChanges
) -> Invoice: ...
@overload
async def aupdate_items(
    client: AnyClient, kind: Literal["estimate"], record_id: int, changes: LineItemChanges
) -> Estimate: ...
@overload
async def aupdate_items(
    client: AnyClient,
    kind: Literal["recurring_schedule"],
    record_id: int,
    changes: LineItemChanges,
) -> RecurringSchedule: ...
async def aupdate_items(
    client: AnyClient, kind: RecordKind, record_id: int, changes: LineItemChanges
) -> RecordWithItems:
    """The async twin of `update_items`."""
    operations = _checked_kind(kind)
    _check_changes(operations, record_id, changes)
    current = await _aread(operations, client, record_id)
    _check_ids_on_record(operations, current, changes.ids)
    return await _aput(operations, client, record_id, changes)


@overload
def set_items(
    client: AnyClient,
    kind: Literal["invoice"],
    record_id: int,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = ...,
) -> Invoice: ...
@overload
def set_items(
    client: AnyClient,
    kind: Literal["estimate"],
    record_id: int,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = ...,
) -> Estimate: ...
@overload
def set_items(
    client: AnyClient,
    kind: Literal["recurring_schedule"],
    record_id: int,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = ...,
) -> RecurringSchedule: ...
def set_items(
    client: AnyClient,
    kind: RecordKind,
    record_id: int,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = "lines",
) -> RecordWithItems:
    """Make the record's lines equal `lines` with the fewest changes, in at most one PUT.

    `argument` is the name the caller knows `lines` by, for the error messages.
    """
    operations = _checked_kind(kind)
    _check_record_id(operations, record_id)
    wanted = _checked_lines(lines, argument)  # bad input fails before the first request
    current = _read(operations, client, record_id)
    changes = _planned_changes(operations, current, wanted)
    if not changes:
        return current
    return _put(operations, client, record_id, changes)


@overload
async def aset_items(
    client: AnyClient,
    kind: Literal["invoice"],
    record_id: int,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = ...,
) -> Invoice: ...
@overload
async def aset_items(
    client: AnyClient,
    kind: Literal["estimate"],
    record_id: int,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = ...,
) -> Estimate: ...
@overload
async def aset_items(
    client: AnyClient,
    kind: Literal["recurring_schedule"],
    record_id: int,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = ...,
) -> RecurringSchedule: ...
async def aset_items(
    client: AnyClient,
    kind: RecordKind,
    record_id: int,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = "lines",
) -> RecordWithItems:
    """The async twin of `set_items`."""
    operations = _checked_kind(kind)
    _check_record_id(operations, record_id)
    wanted = _checked_lines(lines, argument)  # bad input fails before the first request
    current = await _aread(operations, client, record_id)
    changes = _planned_changes(operations, current, wanted)
    if not changes:
        return current
    return await _aput(operations, client, record_id, changes)


# A wanted line: the id of the current line it stands for (None for "any identical line, or new")
# and its checked fields.
_WantedLine = tuple[int | None, dict[str, Any]]


def plan_item_changes(
    kind: RecordKind,
    record: RecordWithItems,
    lines: Sequence[Mapping[str, object]],
    *,
    argument: str = "lines",
) -> LineItemChanges:
    """The smallest change turning the record's lines into `lines` (pure, no I/O).

    Lines named by id get only their differing fields edited; lines without id keep an identical
    current line when one is left, else are added; current lines nobody claimed are removed.
    """
    return _planned_changes(_checked_kind(kind), record, _checked_lines(lines, argument))


def _planned_changes(
    operations: _KindOperations, record: RecordWithItems, wanted: list[_WantedLine]
) -> LineItemChanges:
    current = operations.lines(record)
    by_id = {line.id: line for line in current}
    _check_ids_on_record(operations, record, {line_id for line_id, _ in wanted if line_id})
    changes = LineItemChanges()
    claimed: set[int] = set()
    for line_id, fields in wanted:
        if line_id is not None:
            claimed.add(line_id)
            differing = _differing_fields(by_id[line_id], fields)
            if differing:
                changes.edit(line_id, **differing)
    for line_id, fields in wanted:
        if line_id is not None:
            continue
        twin = next(
            (
                line
                for line in current
                if line.id not in claimed and not _differing_fields(line, fields)
            ),
            None,
        )
        if twin is not None:
            claimed.add(twin.id)
        else:
            changes.add(**fields)
    for line in current:
        if line.id not in claimed:
            changes.remove(line.id)
    return changes


def _read(operations: _KindOperations, client: AnyClient, record_id: int) -> RecordWithItems:
    return typing.cast(RecordWithItems, call(operations.read, client=client, id=record_id))


async def _aread(operations: _KindOperations, client: AnyClient, record_id: int) -> RecordWithItems:
    record = await acall(operations.read, client=client, id=record_id)
    return typing.cast(RecordWithItems, record)


def _put(
    operations: _KindOperations, client: AnyClient, record_id: int, changes: LineItemChanges
) -> RecordWithItems:
    body = operations.body(changes.to_models())
    record = call(operations.update, client=client, id=record_id, body=body)
    return typing.cast(RecordWithItems, record)


async def _aput(
    operations: _KindOperations, client: AnyClient, record_id: int, changes: LineItemChanges
) -> RecordWithItems:
    body = operations.body(changes.to_models())
    record = await acall(operations.update, client=client, id=record_id, body=body)
    return typing.cast(RecordWithItems, record)


def _checked_kind(kind: object) -> _KindOperations:
    operations = _KINDS.get(kind) if isinstance(kind, str) else None
    if operations is None:
        raise ValueError(f"kind must be one of {', '.join(map(repr, _KINDS))}, got {kind!r}")
    return operations


def _check_changes(operations: _KindOperations, record_id: object, changes: object) -> None:
    _check_record_id(operations, record_id)
    if not isinstance(changes, LineItemChanges):
        raise TypeError(f"changes must be a LineItemChanges, got {type(changes).__name__}")
    if not changes:
        raise ValueError("changes is empty: add, edit or remove at least one line")


def _check_record_id(operations: _KindOperations, record_id: object) -> None:
    checked_id(record_id, f"{operations.label.replace(' ', '_')}_id")


def _check_ids_on_record(
    operations: _KindOperations, record: Any, ids: set[int] | frozenset[int]
) -> None:
    missing = sorted(set(ids) - {line.id for line in operations.lines(record)})
    if missing:
        raise ValueError(
            f"line item id(s) {', '.join(map(str, missing))} are not on "
            f"{operations.label} {record.id}"
        )


def _checked_lines(lines: object, argument: str) -> list[_WantedLine]:
    checked: list[_WantedLine] = []
    seen_ids: set[int] = set()
    for position, line in enumerate(checked_sequence(lines, argument, of="dicts")):
        context = f"{argument}[{position}]"
        fields = dict(checked_mapping(line, context))
        missing = [name for name in ("title", "quantity", "price") if name not in fields]
        if missing:
            raise ValueError(f"{context} is missing {', '.join(missing)}")
        line_id = fields.pop("id", None)
        if line_id is not None:
            line_id = checked_id(line_id, f"{context}: id")
            if line_id in seen_ids:
                raise ValueError(f"{context}: id {line_id} appears twice in {argument}")
            seen_ids.add(line_id)
        checked.append((line_id, checked_item_fields(fields, context=context)))
    return checked


def _differing_fields(line: _Line, wanted: Mapping[str, Any]) -> dict[str, Any]:
    differing: dict[str, Any] = {}
    for name in ITEM_FIELDS:
        if name not in wanted:
            continue
        current = getattr(line, name)
        if name == "taxable" and isinstance(current, Unset):
            # Some servers spell the flag `taxable?`, as on recurring lines.
            current = line.additional_properties.get("taxable?", current)
        value = wanted[name]
        if name in ("quantity", "price") and current is not None:
            # Exactly, as decimals: a line read as Decimal("0.1") is what 0.1 asks for.
            value = read_decimal(value)
        if isinstance(current, Unset) or current != value:
            differing[name] = wanted[name]
    return differing
