"""Edit an invoice's line items in one PUT: explicit changes, or a diff against a wanted list.

Both read the invoice first, so a change to a line that is not on it is refused (naming the ids)
before anything is written: Rails would otherwise reject it, or worse, create a line instead.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from clientary_client.api.invoices import get_invoice, update_invoice
from clientary_client.models import Invoice, InvoiceFields, InvoiceUpdateRequest, LineItem
from clientary_client.types import Unset, read_decimal

from ._call import acall, call
from ._line_items import ITEM_FIELDS, MAX_ID, LineItemChanges, checked_item_fields
from ._operations import AnyClient

__all__ = [
    "aset_invoice_items",
    "aupdate_invoice_items",
    "plan_item_changes",
    "set_invoice_items",
    "update_invoice_items",
]


def update_invoice_items(client: AnyClient, invoice_id: int, changes: LineItemChanges) -> Invoice:
    """Apply `changes` to invoice `invoice_id` with one PUT; return the updated invoice."""
    _check_arguments(invoice_id, changes)
    current = call(get_invoice, client=client, id=invoice_id)
    _check_ids_on_invoice(current, changes.ids, invoice_id)
    return _put_items(client, invoice_id, changes)


async def aupdate_invoice_items(
    client: AnyClient, invoice_id: int, changes: LineItemChanges
) -> Invoice:
    """The async twin of `update_invoice_items`."""
    _check_arguments(invoice_id, changes)
    current = await acall(get_invoice, client=client, id=invoice_id)
    _check_ids_on_invoice(current, changes.ids, invoice_id)
    return await _aput_items(client, invoice_id, changes)


# A wanted line: the id of the current line it stands for (None for "any identical line, or new")
# and its checked fields.
_WantedLine = tuple[int | None, dict[str, Any]]


def set_invoice_items(
    client: AnyClient, invoice_id: int, desired: Sequence[Mapping[str, object]]
) -> Invoice:
    """Make the invoice's lines equal `desired` with the fewest changes, in at most one PUT."""
    _check_invoice_id(invoice_id)
    _checked_desired(desired)  # fail on bad input before the first request
    current = call(get_invoice, client=client, id=invoice_id)
    changes = plan_item_changes(current, desired)
    if not changes:
        return current
    return _put_items(client, invoice_id, changes)


async def aset_invoice_items(
    client: AnyClient, invoice_id: int, desired: Sequence[Mapping[str, object]]
) -> Invoice:
    """The async twin of `set_invoice_items`."""
    _check_invoice_id(invoice_id)
    _checked_desired(desired)  # fail on bad input before the first request
    current = await acall(get_invoice, client=client, id=invoice_id)
    changes = plan_item_changes(current, desired)
    if not changes:
        return current
    return await _aput_items(client, invoice_id, changes)


def plan_item_changes(invoice: Invoice, desired: Sequence[Mapping[str, object]]) -> LineItemChanges:
    """The smallest change turning the invoice's lines into `desired` (pure, no I/O).

    Lines named by id get only their differing fields edited; lines without id keep an identical
    current line when one is left, else are added; current lines nobody claimed are removed.
    """
    wanted = _checked_desired(desired)
    by_id = {item.id: item for item in invoice.invoice_items}
    _check_ids_on_invoice(invoice, {line_id for line_id, _ in wanted if line_id}, invoice.id)
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
                item
                for item in invoice.invoice_items
                if item.id not in claimed and not _differing_fields(item, fields)
            ),
            None,
        )
        if twin is not None:
            claimed.add(twin.id)
        else:
            changes.add(**fields)
    for item in invoice.invoice_items:
        if item.id not in claimed:
            changes.remove(item.id)
    return changes


def _put_items(client: AnyClient, invoice_id: int, changes: LineItemChanges) -> Invoice:
    # call() reads the invoice again should the update come back without it (204, empty 200).
    return call(update_invoice, client=client, id=invoice_id, body=_update_body(changes))


async def _aput_items(client: AnyClient, invoice_id: int, changes: LineItemChanges) -> Invoice:
    return await acall(update_invoice, client=client, id=invoice_id, body=_update_body(changes))


def _update_body(changes: LineItemChanges) -> InvoiceUpdateRequest:
    return InvoiceUpdateRequest(invoice=InvoiceFields(invoice_items_attributes=changes.to_models()))


def _check_arguments(invoice_id: int, changes: LineItemChanges) -> None:
    _check_invoice_id(invoice_id)
    if not isinstance(changes, LineItemChanges):
        raise TypeError(f"changes must be an LineItemChanges, got {type(changes).__name__}")
    if not changes:
        raise ValueError("changes is empty: add, edit or remove at least one line")


def _check_invoice_id(invoice_id: object) -> None:
    if isinstance(invoice_id, bool) or not isinstance(invoice_id, int):
        raise TypeError(f"invoice_id must be an int, got {type(invoice_id).__name__}")
    if not 1 <= invoice_id <= MAX_ID:
        raise ValueError(f"invoice_id must be from 1 to 2**53 - 1, got {invoice_id}")


def _check_ids_on_invoice(
    invoice: Invoice, ids: set[int] | frozenset[int], invoice_id: int
) -> None:
    missing = sorted(set(ids) - {item.id for item in invoice.invoice_items})
    if missing:
        raise ValueError(
            f"line item id(s) {', '.join(map(str, missing))} are not on invoice {invoice_id}"
        )


def _checked_desired(desired: object) -> list[_WantedLine]:
    if isinstance(desired, str | bytes) or not isinstance(desired, Sequence):
        raise TypeError(f"desired must be a list of dicts, got {type(desired).__name__}")
    checked: list[_WantedLine] = []
    seen_ids: set[int] = set()
    for position, line in enumerate(desired):
        context = f"desired[{position}]"
        if not isinstance(line, Mapping):
            raise TypeError(f"{context} must be a dict, got {type(line).__name__}")
        fields = dict(line)
        missing = [name for name in ("title", "quantity", "price") if name not in fields]
        if missing:
            raise ValueError(f"{context} is missing {', '.join(missing)}")
        line_id = fields.pop("id", None)
        if line_id is not None:
            if isinstance(line_id, bool) or not isinstance(line_id, int):
                raise TypeError(f"{context}: id must be an int, got {type(line_id).__name__}")
            if not 1 <= line_id <= MAX_ID:
                raise ValueError(f"{context}: id must be from 1 to 2**53 - 1, got {line_id}")
            if line_id in seen_ids:
                raise ValueError(f"{context}: id {line_id} appears twice in desired")
            seen_ids.add(line_id)
        checked.append((line_id, checked_item_fields(fields, context=context)))
    return checked


def _differing_fields(item: LineItem, line: Mapping[str, Any]) -> dict[str, Any]:
    differing: dict[str, Any] = {}
    for name in ITEM_FIELDS:
        if name not in line:
            continue
        current = getattr(item, name)
        if name == "taxable" and isinstance(current, Unset):
            # Some servers spell the flag `taxable?`, as on recurring lines.
            current = item.additional_properties.get("taxable?", current)
        wanted = line[name]
        if name in ("quantity", "price") and current is not None:
            # Exactly, as decimals: a line read as Decimal("0.1") is what 0.1 asks for.
            wanted = read_decimal(wanted)
        if isinstance(current, Unset) or current != wanted:
            differing[name] = line[name]
    return differing
