"""The public names for editing an invoice's lines; the work is in `_record_items`.

They stay as names of their own because an invoice's lines are what most scripts edit, and
`clientary.set_invoice_items(client, id, desired=[...])` reads well where there is no facade.
"""

from collections.abc import Mapping, Sequence

from clientary_client.models import Invoice

from ._checks import AnyClient
from ._line_items import LineItemChanges
from ._record_items import aset_items, aupdate_items, set_items, update_items

__all__ = [
    "aset_invoice_items",
    "aupdate_invoice_items",
    "set_invoice_items",
    "update_invoice_items",
]


def update_invoice_items(client: AnyClient, invoice_id: int, changes: LineItemChanges) -> Invoice:
    """Apply `changes` to invoice `invoice_id` with one PUT; return the updated invoice."""
    return update_items(client, "invoice", invoice_id, changes)


async def aupdate_invoice_items(
    client: AnyClient, invoice_id: int, changes: LineItemChanges
) -> Invoice:
    """The async twin of `update_invoice_items`."""
    return await aupdate_items(client, "invoice", invoice_id, changes)


def set_invoice_items(
    client: AnyClient, invoice_id: int, desired: Sequence[Mapping[str, object]]
) -> Invoice:
    """Make the invoice's lines equal `desired` with the fewest changes, in at most one PUT."""
    return set_items(client, "invoice", invoice_id, desired, argument="desired")


async def aset_invoice_items(
    client: AnyClient, invoice_id: int, desired: Sequence[Mapping[str, object]]
) -> Invoice:
    """The async twin of `set_invoice_items`."""
    return await aset_items(client, "invoice", invoice_id, desired, argument="desired")
