# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Estimates: `api.estimates` of clientary.Clientary."""

import datetime
import decimal
from collections.abc import Mapping, Sequence

from clientary_client.api.estimates import (
    create_estimate,
    delete_estimate,
    get_estimate,
    list_client_estimates,
    list_estimates,
    list_project_estimates,
    send_estimate_message,
    update_estimate,
)
from clientary_client.models import (
    Estimate,
    EstimateCreateRequest,
    EstimateFields,
    EstimateList,
    EstimateStatus,
    EstimateUpdateRequest,
    InvoiceMessageRequest,
    NewEstimateFields,
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
    "AsyncEstimatesResource",
    "AsyncRawEstimatesResource",
    "EstimatesResource",
    "RawEstimatesResource",
]


class EstimatesResource(Resource):
    """The estimates of a Clientary account."""

    def get(self, id: int) -> Estimate:
        """Get an estimate."""
        return call(get_estimate, client=self._client, id=id)

    def create(
        self,
        *,
        date: datetime.date | str,
        currency_code: str,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        status: EstimateStatus | int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> Estimate:
        """Create an estimate."""
        return call(
            create_estimate,
            client=self._client,
            body=EstimateCreateRequest(
                estimate=NewEstimateFields(
                    number=number,
                    title=title,
                    date=date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    estimate_items_attributes=line_item_models(items),
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
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        status: EstimateStatus | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> Estimate:
        """Update an estimate."""
        if isinstance(items, LineItemChanges) and all_unset(
            number,
            title,
            date,
            client_id,
            project_id,
            note,
            summary,
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
            return update_items(self._client, "estimate", id, items)
        return call(
            update_estimate,
            client=self._client,
            id=id,
            body=EstimateUpdateRequest(
                estimate=EstimateFields(
                    number=number,
                    title=title,
                    date=date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    estimate_items_attributes=line_item_models(items),
                )
            ),
        )

    def set_items(self, id: int, lines: Sequence[Mapping[str, object]]) -> Estimate:
        """Make the lines equal `lines` with the fewest changes, in at most one PUT."""
        return set_items(self._client, "estimate", id, lines)

    def delete(self, id: int) -> None:
        """Delete an estimate."""
        call(delete_estimate, client=self._client, id=id)

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
        """E-mail an estimate."""
        call(
            send_estimate_message,
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
        page_size: int | Unset = UNSET,
        concurrency: int = 1,
    ) -> Paginator[Estimate, EstimateList]:
        """List estimates."""
        one_scope("estimates.list", client_id=client_id, project_id=project_id)
        if client_id is not None:
            return paginate(
                list_client_estimates,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                concurrency=concurrency,
            )
        if project_id is not None:
            return paginate(
                list_project_estimates,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
                concurrency=concurrency,
            )
        return paginate(
            list_estimates, client=self._client, page_size=page_size, concurrency=concurrency
        )


class AsyncEstimatesResource(Resource):
    """The estimates of a Clientary account (async)."""

    async def get(self, id: int) -> Estimate:
        """Get an estimate."""
        return await acall(get_estimate, client=self._client, id=id)

    async def create(
        self,
        *,
        date: datetime.date | str,
        currency_code: str,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        status: EstimateStatus | int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> Estimate:
        """Create an estimate."""
        return await acall(
            create_estimate,
            client=self._client,
            body=EstimateCreateRequest(
                estimate=NewEstimateFields(
                    number=number,
                    title=title,
                    date=date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    estimate_items_attributes=line_item_models(items),
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
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        status: EstimateStatus | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> Estimate:
        """Update an estimate."""
        if isinstance(items, LineItemChanges) and all_unset(
            number,
            title,
            date,
            client_id,
            project_id,
            note,
            summary,
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
            return await aupdate_items(self._client, "estimate", id, items)
        return await acall(
            update_estimate,
            client=self._client,
            id=id,
            body=EstimateUpdateRequest(
                estimate=EstimateFields(
                    number=number,
                    title=title,
                    date=date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    estimate_items_attributes=line_item_models(items),
                )
            ),
        )

    async def set_items(self, id: int, lines: Sequence[Mapping[str, object]]) -> Estimate:
        """Make the lines equal `lines` with the fewest changes, in at most one PUT."""
        return await aset_items(self._client, "estimate", id, lines)

    async def delete(self, id: int) -> None:
        """Delete an estimate."""
        await acall(delete_estimate, client=self._client, id=id)

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
        """E-mail an estimate."""
        await acall(
            send_estimate_message,
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
        page_size: int | Unset = UNSET,
        concurrency: int = 1,
    ) -> AsyncPaginator[Estimate, EstimateList]:
        """List estimates."""
        one_scope("estimates.list", client_id=client_id, project_id=project_id)
        if client_id is not None:
            return apaginate(
                list_client_estimates,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                concurrency=concurrency,
            )
        if project_id is not None:
            return apaginate(
                list_project_estimates,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
                concurrency=concurrency,
            )
        return apaginate(
            list_estimates, client=self._client, page_size=page_size, concurrency=concurrency
        )


class RawEstimatesResource(Resource):
    """`api.with_raw_response.estimates`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[Estimate]:
        """Get an estimate."""
        return raw_call(get_estimate, client=self._client, id=id)

    def create(
        self,
        *,
        date: datetime.date | str,
        currency_code: str,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        status: EstimateStatus | int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[Estimate]:
        """Create an estimate."""
        return raw_call(
            create_estimate,
            client=self._client,
            body=EstimateCreateRequest(
                estimate=NewEstimateFields(
                    number=number,
                    title=title,
                    date=date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    estimate_items_attributes=line_item_models(items),
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
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        status: EstimateStatus | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[Estimate]:
        """Update an estimate."""
        return raw_call(
            update_estimate,
            client=self._client,
            id=id,
            body=EstimateUpdateRequest(
                estimate=EstimateFields(
                    number=number,
                    title=title,
                    date=date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    estimate_items_attributes=line_item_models(items),
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete an estimate."""
        return raw_call(delete_estimate, client=self._client, id=id)

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
        """E-mail an estimate."""
        return raw_call(
            send_estimate_message,
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
        page_size: int | Unset = UNSET,
    ) -> RawResponse[EstimateList]:
        """List estimates."""
        one_scope("estimates.list", client_id=client_id, project_id=project_id)
        if client_id is not None:
            return raw_call(
                list_client_estimates, client=self._client, client_id=client_id, page_size=page_size
            )
        if project_id is not None:
            return raw_call(
                list_project_estimates,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
            )
        return raw_call(list_estimates, client=self._client, page_size=page_size)


class AsyncRawEstimatesResource(Resource):
    """`api.with_raw_response.estimates`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[Estimate]:
        """Get an estimate."""
        return await araw_call(get_estimate, client=self._client, id=id)

    async def create(
        self,
        *,
        date: datetime.date | str,
        currency_code: str,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        status: EstimateStatus | int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[Estimate]:
        """Create an estimate."""
        return await araw_call(
            create_estimate,
            client=self._client,
            body=EstimateCreateRequest(
                estimate=NewEstimateFields(
                    number=number,
                    title=title,
                    date=date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    estimate_items_attributes=line_item_models(items),
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
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        status: EstimateStatus | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[Estimate]:
        """Update an estimate."""
        return await araw_call(
            update_estimate,
            client=self._client,
            id=id,
            body=EstimateUpdateRequest(
                estimate=EstimateFields(
                    number=number,
                    title=title,
                    date=date,
                    client_id=client_id,
                    project_id=project_id,
                    note=note,
                    summary=summary,
                    status=status,
                    currency_code=currency_code,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    estimate_items_attributes=line_item_models(items),
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete an estimate."""
        return await araw_call(delete_estimate, client=self._client, id=id)

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
        """E-mail an estimate."""
        return await araw_call(
            send_estimate_message,
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
        page_size: int | Unset = UNSET,
    ) -> RawResponse[EstimateList]:
        """List estimates."""
        one_scope("estimates.list", client_id=client_id, project_id=project_id)
        if client_id is not None:
            return await araw_call(
                list_client_estimates, client=self._client, client_id=client_id, page_size=page_size
            )
        if project_id is not None:
            return await araw_call(
                list_project_estimates,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
            )
        return await araw_call(list_estimates, client=self._client, page_size=page_size)
