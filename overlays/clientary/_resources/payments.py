# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Payments: `api.payments` of clientary.Clientary."""

import datetime
import decimal
from typing import Literal

from clientary_client.api.payments import create_payment, delete_payment, list_payments
from clientary_client.models import (
    ListPaymentsSort,
    Payment,
    PaymentCreateRequest,
    PaymentFields,
    PaymentList,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, enum_value, raw_call

__all__ = [
    "AsyncPaymentsResource",
    "AsyncRawPaymentsResource",
    "PaymentsResource",
    "RawPaymentsResource",
]


class PaymentsResource(Resource):
    """The payments of a Clientary account."""

    def create(
        self,
        *,
        invoice_id: int,
        amount: decimal.Decimal | float | Unset = UNSET,
        note: str | Unset | None = UNSET,
        received_on: datetime.date | str | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
    ) -> Payment:
        """Record a payment on an invoice."""
        return call(
            create_payment,
            client=self._client,
            invoice_id=invoice_id,
            body=PaymentCreateRequest(
                payment=PaymentFields(
                    amount=amount,
                    note=note,
                    received_on=received_on,
                    payment_profile_id=payment_profile_id,
                )
            ),
        )

    def delete(self, id: int, *, invoice_id: int) -> None:
        """Delete a payment."""
        call(delete_payment, client=self._client, invoice_id=invoice_id, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        sort: ListPaymentsSort | Literal["created_at"] | Unset = UNSET,
        concurrency: int = 1,
    ) -> Paginator[Payment, PaymentList]:
        """List payments."""
        return paginate(
            list_payments,
            client=self._client,
            page_size=page_size,
            sort=enum_value(ListPaymentsSort, sort, "sort"),
            concurrency=concurrency,
        )


class AsyncPaymentsResource(Resource):
    """The payments of a Clientary account (async)."""

    async def create(
        self,
        *,
        invoice_id: int,
        amount: decimal.Decimal | float | Unset = UNSET,
        note: str | Unset | None = UNSET,
        received_on: datetime.date | str | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
    ) -> Payment:
        """Record a payment on an invoice."""
        return await acall(
            create_payment,
            client=self._client,
            invoice_id=invoice_id,
            body=PaymentCreateRequest(
                payment=PaymentFields(
                    amount=amount,
                    note=note,
                    received_on=received_on,
                    payment_profile_id=payment_profile_id,
                )
            ),
        )

    async def delete(self, id: int, *, invoice_id: int) -> None:
        """Delete a payment."""
        await acall(delete_payment, client=self._client, invoice_id=invoice_id, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        sort: ListPaymentsSort | Literal["created_at"] | Unset = UNSET,
        concurrency: int = 1,
    ) -> AsyncPaginator[Payment, PaymentList]:
        """List payments."""
        return apaginate(
            list_payments,
            client=self._client,
            page_size=page_size,
            sort=enum_value(ListPaymentsSort, sort, "sort"),
            concurrency=concurrency,
        )


class RawPaymentsResource(Resource):
    """`api.with_raw_response.payments`: each call answers with its raw response."""

    def create(
        self,
        *,
        invoice_id: int,
        amount: decimal.Decimal | float | Unset = UNSET,
        note: str | Unset | None = UNSET,
        received_on: datetime.date | str | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
    ) -> RawResponse[Payment]:
        """Record a payment on an invoice."""
        return raw_call(
            create_payment,
            client=self._client,
            invoice_id=invoice_id,
            body=PaymentCreateRequest(
                payment=PaymentFields(
                    amount=amount,
                    note=note,
                    received_on=received_on,
                    payment_profile_id=payment_profile_id,
                )
            ),
        )

    def delete(self, id: int, *, invoice_id: int) -> RawResponse[None]:
        """Delete a payment."""
        return raw_call(delete_payment, client=self._client, invoice_id=invoice_id, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        sort: ListPaymentsSort | Literal["created_at"] | Unset = UNSET,
    ) -> RawResponse[PaymentList]:
        """List payments."""
        return raw_call(
            list_payments,
            client=self._client,
            page_size=page_size,
            sort=enum_value(ListPaymentsSort, sort, "sort"),
        )


class AsyncRawPaymentsResource(Resource):
    """`api.with_raw_response.payments`: each call answers with its raw response (async)."""

    async def create(
        self,
        *,
        invoice_id: int,
        amount: decimal.Decimal | float | Unset = UNSET,
        note: str | Unset | None = UNSET,
        received_on: datetime.date | str | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
    ) -> RawResponse[Payment]:
        """Record a payment on an invoice."""
        return await araw_call(
            create_payment,
            client=self._client,
            invoice_id=invoice_id,
            body=PaymentCreateRequest(
                payment=PaymentFields(
                    amount=amount,
                    note=note,
                    received_on=received_on,
                    payment_profile_id=payment_profile_id,
                )
            ),
        )

    async def delete(self, id: int, *, invoice_id: int) -> RawResponse[None]:
        """Delete a payment."""
        return await araw_call(delete_payment, client=self._client, invoice_id=invoice_id, id=id)

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        sort: ListPaymentsSort | Literal["created_at"] | Unset = UNSET,
    ) -> RawResponse[PaymentList]:
        """List payments."""
        return await araw_call(
            list_payments,
            client=self._client,
            page_size=page_size,
            sort=enum_value(ListPaymentsSort, sort, "sort"),
        )
