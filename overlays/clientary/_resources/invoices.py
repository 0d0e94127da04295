# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Invoices: `api.invoices` of clientary.Clientary."""

import datetime
import decimal
from collections.abc import Mapping, Sequence

from clientary_client.api.invoices import (
    create_invoice,
    delete_invoice,
    get_invoice,
    list_client_invoices,
    list_invoices,
    list_project_invoices,
    list_recurring_schedule_invoices,
    send_invoice_message,
    update_invoice,
)
from clientary_client.models import (
    Invoice,
    InvoiceCreateRequest,
    InvoiceFields,
    InvoiceList,
    InvoiceMessageRequest,
    InvoiceStatus,
    InvoiceUpdateRequest,
    NewInvoiceFields,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._line_items import LineItemChanges
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._record_items import aset_items, aupdate_items, set_items, update_items
from .._resource_base import (
    RawResponse,
    Resource,
    all_unset,
    araw_call,
    line_item_models,
    one_scope,
    raw_call,
)

__all__ = [
    "AsyncInvoicesResource",
    "AsyncRawInvoicesResource",
    "InvoicesResource",
    "RawInvoicesResource",
]


class InvoicesResource(Resource):
    """The invoices of a Clientary account."""

    def get(self, id: int) -> Invoice:
        """Get an invoice."""
        return call(get_invoice, client=self._client, id=id)

    def create(
        self,
        *,
        date: datetime.date | str,
        due_date: datetime.date | str,
        currency_code: str,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: InvoiceStatus | int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> Invoice:
        """Create an invoice."""
        return call(
            create_invoice,
            client=self._client,
            body=InvoiceCreateRequest(
                invoice=NewInvoiceFields(
                    number=number,
                    title=title,
                    date=date,
                    due_date=due_date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    invoice_items_attributes=line_item_models(items),
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: InvoiceStatus | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> Invoice:
        """Update an invoice."""
        if isinstance(items, LineItemChanges) and all_unset(
            number,
            title,
            date,
            due_date,
            client_id,
            project_id,
            note,
            summary,
            po,
            status,
            currency_code,
            tax,
            tax_label,
            tax2,
            tax2_label,
            tax3,
            tax3_label,
            compound_tax,
        ):
            return update_items(self._client, "invoice", id, items)
        return call(
            update_invoice,
            client=self._client,
            id=id,
            body=InvoiceUpdateRequest(
                invoice=InvoiceFields(
                    number=number,
                    title=title,
                    date=date,
                    due_date=due_date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    invoice_items_attributes=line_item_models(items),
                )
            ),
        )

    def set_items(self, id: int, lines: Sequence[Mapping[str, object]]) -> Invoice:
        """Make the lines equal `lines` with the fewest changes, in at most one PUT."""
        return set_items(self._client, "invoice", id, lines)

    def delete(self, id: int) -> None:
        """Delete an invoice."""
        call(delete_invoice, client=self._client, id=id)

    def send_message(
        self,
        id: int,
        *,
        recipients: list[str],
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        send_copy: bool | int | Unset = UNSET,
        attach_pdf: bool | int | Unset = UNSET,
    ) -> None:
        """E-mail an invoice."""
        call(
            send_invoice_message,
            client=self._client,
            id=id,
            body=InvoiceMessageRequest(
                recipients=recipients,
                subject=subject,
                message=message,
                send_copy=send_copy,
                attach_pdf=attach_pdf,
            ),
        )

    def list(
        self,
        *,
        client_id: int | None = None,
        project_id: int | None = None,
        recurring_schedule_id: int | None = None,
        page_size: int | Unset = UNSET,
        updated_since: datetime.date | str | Unset = UNSET,
        concurrency: int = 1,
    ) -> Paginator[Invoice, InvoiceList]:
        """List invoices."""
        one_scope(
            "invoices.list",
            client_id=client_id,
            project_id=project_id,
            recurring_schedule_id=recurring_schedule_id,
        )
        if client_id is not None:
            return paginate(
                list_client_invoices,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                updated_since=updated_since,
                concurrency=concurrency,
            )
        if project_id is not None:
            return paginate(
                list_project_invoices,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
                updated_since=updated_since,
                concurrency=concurrency,
            )
        if recurring_schedule_id is not None:
            return paginate(
                list_recurring_schedule_invoices,
                client=self._client,
                id=recurring_schedule_id,
                page_size=page_size,
                updated_since=updated_since,
                concurrency=concurrency,
            )
        return paginate(
            list_invoices,
            client=self._client,
            page_size=page_size,
            updated_since=updated_since,
            concurrency=concurrency,
        )


class AsyncInvoicesResource(Resource):
    """The invoices of a Clientary account (async)."""

    async def get(self, id: int) -> Invoice:
        """Get an invoice."""
        return await acall(get_invoice, client=self._client, id=id)

    async def create(
        self,
        *,
        date: datetime.date | str,
        due_date: datetime.date | str,
        currency_code: str,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: InvoiceStatus | int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> Invoice:
        """Create an invoice."""
        return await acall(
            create_invoice,
            client=self._client,
            body=InvoiceCreateRequest(
                invoice=NewInvoiceFields(
                    number=number,
                    title=title,
                    date=date,
                    due_date=due_date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    invoice_items_attributes=line_item_models(items),
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: InvoiceStatus | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> Invoice:
        """Update an invoice."""
        if isinstance(items, LineItemChanges) and all_unset(
            number,
            title,
            date,
            due_date,
            client_id,
            project_id,
            note,
            summary,
            po,
            status,
            currency_code,
            tax,
            tax_label,
            tax2,
            tax2_label,
            tax3,
            tax3_label,
            compound_tax,
        ):
            return await aupdate_items(self._client, "invoice", id, items)
        return await acall(
            update_invoice,
            client=self._client,
            id=id,
            body=InvoiceUpdateRequest(
                invoice=InvoiceFields(
                    number=number,
                    title=title,
                    date=date,
                    due_date=due_date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    invoice_items_attributes=line_item_models(items),
                )
            ),
        )

    async def set_items(self, id: int, lines: Sequence[Mapping[str, object]]) -> Invoice:
        """Make the lines equal `lines` with the fewest changes, in at most one PUT."""
        return await aset_items(self._client, "invoice", id, lines)

    async def delete(self, id: int) -> None:
        """Delete an invoice."""
        await acall(delete_invoice, client=self._client, id=id)

    async def send_message(
        self,
        id: int,
        *,
        recipients: list[str],
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        send_copy: bool | int | Unset = UNSET,
        attach_pdf: bool | int | Unset = UNSET,
    ) -> None:
        """E-mail an invoice."""
        await acall(
            send_invoice_message,
            client=self._client,
            id=id,
            body=InvoiceMessageRequest(
                recipients=recipients,
                subject=subject,
                message=message,
                send_copy=send_copy,
                attach_pdf=attach_pdf,
            ),
        )

    def list(
        self,
        *,
        client_id: int | None = None,
        project_id: int | None = None,
        recurring_schedule_id: int | None = None,
        page_size: int | Unset = UNSET,
        updated_since: datetime.date | str | Unset = UNSET,
        concurrency: int = 1,
    ) -> AsyncPaginator[Invoice, InvoiceList]:
        """List invoices."""
        one_scope(
            "invoices.list",
            client_id=client_id,
            project_id=project_id,
            recurring_schedule_id=recurring_schedule_id,
        )
        if client_id is not None:
            return apaginate(
                list_client_invoices,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                updated_since=updated_since,
                concurrency=concurrency,
            )
        if project_id is not None:
            return apaginate(
                list_project_invoices,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
                updated_since=updated_since,
                concurrency=concurrency,
            )
        if recurring_schedule_id is not None:
            return apaginate(
                list_recurring_schedule_invoices,
                client=self._client,
                id=recurring_schedule_id,
                page_size=page_size,
                updated_since=updated_since,
                concurrency=concurrency,
            )
        return apaginate(
            list_invoices,
            client=self._client,
            page_size=page_size,
            updated_since=updated_since,
            concurrency=concurrency,
        )


class RawInvoicesResource(Resource):
    """`api.with_raw_response.invoices`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[Invoice]:
        """Get an invoice."""
        return raw_call(get_invoice, client=self._client, id=id)

    def create(
        self,
        *,
        date: datetime.date | str,
        due_date: datetime.date | str,
        currency_code: str,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: InvoiceStatus | int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[Invoice]:
        """Create an invoice."""
        return raw_call(
            create_invoice,
            client=self._client,
            body=InvoiceCreateRequest(
                invoice=NewInvoiceFields(
                    number=number,
                    title=title,
                    date=date,
                    due_date=due_date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    invoice_items_attributes=line_item_models(items),
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: InvoiceStatus | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[Invoice]:
        """Update an invoice."""
        return raw_call(
            update_invoice,
            client=self._client,
            id=id,
            body=InvoiceUpdateRequest(
                invoice=InvoiceFields(
                    number=number,
                    title=title,
                    date=date,
                    due_date=due_date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    invoice_items_attributes=line_item_models(items),
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete an invoice."""
        return raw_call(delete_invoice, client=self._client, id=id)

    def send_message(
        self,
        id: int,
        *,
        recipients: list[str],
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        send_copy: bool | int | Unset = UNSET,
        attach_pdf: bool | int | Unset = UNSET,
    ) -> RawResponse[None]:
        """E-mail an invoice."""
        return raw_call(
            send_invoice_message,
            client=self._client,
            id=id,
            body=InvoiceMessageRequest(
                recipients=recipients,
                subject=subject,
                message=message,
                send_copy=send_copy,
                attach_pdf=attach_pdf,
            ),
        )

    def list(
        self,
        *,
        client_id: int | None = None,
        project_id: int | None = None,
        recurring_schedule_id: int | None = None,
        page_size: int | Unset = UNSET,
        updated_since: datetime.date | str | Unset = UNSET,
    ) -> RawResponse[InvoiceList]:
        """List invoices."""
        one_scope(
            "invoices.list",
            client_id=client_id,
            project_id=project_id,
            recurring_schedule_id=recurring_schedule_id,
        )
        if client_id is not None:
            return raw_call(
                list_client_invoices,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                updated_since=updated_since,
            )
        if project_id is not None:
            return raw_call(
                list_project_invoices,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
                updated_since=updated_since,
            )
        if recurring_schedule_id is not None:
            return raw_call(
                list_recurring_schedule_invoices,
                client=self._client,
                id=recurring_schedule_id,
                page_size=page_size,
                updated_since=updated_since,
            )
        return raw_call(
            list_invoices, client=self._client, page_size=page_size, updated_since=updated_since
        )


class AsyncRawInvoicesResource(Resource):
    """`api.with_raw_response.invoices`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[Invoice]:
        """Get an invoice."""
        return await araw_call(get_invoice, client=self._client, id=id)

    async def create(
        self,
        *,
        date: datetime.date | str,
        due_date: datetime.date | str,
        currency_code: str,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: InvoiceStatus | int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[Invoice]:
        """Create an invoice."""
        return await araw_call(
            create_invoice,
            client=self._client,
            body=InvoiceCreateRequest(
                invoice=NewInvoiceFields(
                    number=number,
                    title=title,
                    date=date,
                    due_date=due_date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    invoice_items_attributes=line_item_models(items),
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: InvoiceStatus | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[Invoice]:
        """Update an invoice."""
        return await araw_call(
            update_invoice,
            client=self._client,
            id=id,
            body=InvoiceUpdateRequest(
                invoice=InvoiceFields(
                    number=number,
                    title=title,
                    date=date,
                    due_date=due_date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    invoice_items_attributes=line_item_models(items),
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete an invoice."""
        return await araw_call(delete_invoice, client=self._client, id=id)

    async def send_message(
        self,
        id: int,
        *,
        recipients: list[str],
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        send_copy: bool | int | Unset = UNSET,
        attach_pdf: bool | int | Unset = UNSET,
    ) -> RawResponse[None]:
        """E-mail an invoice."""
        return await araw_call(
            send_invoice_message,
            client=self._client,
            id=id,
            body=InvoiceMessageRequest(
                recipients=recipients,
                subject=subject,
                message=message,
                send_copy=send_copy,
                attach_pdf=attach_pdf,
            ),
        )

    async def list(
        self,
        *,
        client_id: int | None = None,
        project_id: int | None = None,
        recurring_schedule_id: int | None = None,
        page_size: int | Unset = UNSET,
        updated_since: datetime.date | str | Unset = UNSET,
    ) -> RawResponse[InvoiceList]:
        """List invoices."""
        one_scope(
            "invoices.list",
            client_id=client_id,
            project_id=project_id,
            recurring_schedule_id=recurring_schedule_id,
        )
        if client_id is not None:
            return await araw_call(
                list_client_invoices,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                updated_since=updated_since,
            )
        if project_id is not None:
            return await araw_call(
                list_project_invoices,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
                updated_since=updated_since,
            )
        if recurring_schedule_id is not None:
            return await araw_call(
                list_recurring_schedule_invoices,
                client=self._client,
                id=recurring_schedule_id,
                page_size=page_size,
                updated_since=updated_since,
            )
        return await araw_call(
            list_invoices, client=self._client, page_size=page_size, updated_since=updated_since
        )
