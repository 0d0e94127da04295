# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Payment profiles: `api.payment_profiles` of clientary.Clientary."""

import datetime

from clientary_client.api.payment_profiles import (
    create_payment_profile,
    delete_payment_profile,
    list_client_payment_profiles,
)
from clientary_client.models import (
    PaymentProfile,
    PaymentProfileCreateRequest,
    PaymentProfileList,
    StripePaymentProfileFields,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, raw_call

__all__ = [
    "AsyncPaymentProfilesResource",
    "AsyncRawPaymentProfilesResource",
    "PaymentProfilesResource",
    "RawPaymentProfilesResource",
]


class PaymentProfilesResource(Resource):
    """The payment profiles of a Clientary account."""

    def create(
        self,
        *,
        client_id: int,
        stripe_customer_id: str,
        stripe_source_id: str,
        last_four_digits: str,
        name: str,
        expiration_date: datetime.date | str,
        card_type: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
    ) -> PaymentProfile:
        """Register a client's Stripe card."""
        return call(
            create_payment_profile,
            client=self._client,
            client_id=client_id,
            body=PaymentProfileCreateRequest(
                stripe_payment_profile=StripePaymentProfileFields(
                    stripe_customer_id=stripe_customer_id,
                    stripe_source_id=stripe_source_id,
                    last_four_digits=last_four_digits,
                    name=name,
                    expiration_date=expiration_date,
                    card_type=card_type,
                    address=address,
                    city=city,
                    zip_=zip,
                    state=state,
                    country=country,
                )
            ),
        )

    def delete(self, id: int, *, client_id: int) -> None:
        """Delete a client's payment profile."""
        call(delete_payment_profile, client=self._client, client_id=client_id, id=id)

    def list(
        self, *, client_id: int, page_size: int | Unset = UNSET, concurrency: int = 1
    ) -> Paginator[PaymentProfile, PaymentProfileList]:
        """List a client's payment profiles."""
        return paginate(
            list_client_payment_profiles,
            client=self._client,
            client_id=client_id,
            page_size=page_size,
            concurrency=concurrency,
        )


class AsyncPaymentProfilesResource(Resource):
    """The payment profiles of a Clientary account (async)."""

    async def create(
        self,
        *,
        client_id: int,
        stripe_customer_id: str,
        stripe_source_id: str,
        last_four_digits: str,
        name: str,
        expiration_date: datetime.date | str,
        card_type: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
    ) -> PaymentProfile:
        """Register a client's Stripe card."""
        return await acall(
            create_payment_profile,
            client=self._client,
            client_id=client_id,
            body=PaymentProfileCreateRequest(
                stripe_payment_profile=StripePaymentProfileFields(
                    stripe_customer_id=stripe_customer_id,
                    stripe_source_id=stripe_source_id,
                    last_four_digits=last_four_digits,
                    name=name,
                    expiration_date=expiration_date,
                    card_type=card_type,
                    address=address,
                    city=city,
                    zip_=zip,
                    state=state,
                    country=country,
                )
            ),
        )

    async def delete(self, id: int, *, client_id: int) -> None:
        """Delete a client's payment profile."""
        await acall(delete_payment_profile, client=self._client, client_id=client_id, id=id)

    def list(
        self, *, client_id: int, page_size: int | Unset = UNSET, concurrency: int = 1
    ) -> AsyncPaginator[PaymentProfile, PaymentProfileList]:
        """List a client's payment profiles."""
        return apaginate(
            list_client_payment_profiles,
            client=self._client,
            client_id=client_id,
            page_size=page_size,
            concurrency=concurrency,
        )


class RawPaymentProfilesResource(Resource):
    """`api.with_raw_response.payment_profiles`: each call answers with its raw response."""

    def create(
        self,
        *,
        client_id: int,
        stripe_customer_id: str,
        stripe_source_id: str,
        last_four_digits: str,
        name: str,
        expiration_date: datetime.date | str,
        card_type: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
    ) -> RawResponse[PaymentProfile]:
        """Register a client's Stripe card."""
        return raw_call(
            create_payment_profile,
            client=self._client,
            client_id=client_id,
            body=PaymentProfileCreateRequest(
                stripe_payment_profile=StripePaymentProfileFields(
                    stripe_customer_id=stripe_customer_id,
                    stripe_source_id=stripe_source_id,
                    last_four_digits=last_four_digits,
                    name=name,
                    expiration_date=expiration_date,
                    card_type=card_type,
                    address=address,
                    city=city,
                    zip_=zip,
                    state=state,
                    country=country,
                )
            ),
        )

    def delete(self, id: int, *, client_id: int) -> RawResponse[None]:
        """Delete a client's payment profile."""
        return raw_call(delete_payment_profile, client=self._client, client_id=client_id, id=id)

    def list(
        self, *, client_id: int, page_size: int | Unset = UNSET
    ) -> RawResponse[PaymentProfileList]:
        """List a client's payment profiles."""
        return raw_call(
            list_client_payment_profiles,
            client=self._client,
            client_id=client_id,
            page_size=page_size,
        )


class AsyncRawPaymentProfilesResource(Resource):
    """`api.with_raw_response.payment_profiles`: each call answers with its raw response (async)."""

    async def create(
        self,
        *,
        client_id: int,
        stripe_customer_id: str,
        stripe_source_id: str,
        last_four_digits: str,
        name: str,
        expiration_date: datetime.date | str,
        card_type: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip: str | Unset = UNSET,
        state: str | Unset = UNSET,
        country: str | Unset = UNSET,
    ) -> RawResponse[PaymentProfile]:
        """Register a client's Stripe card."""
        return await araw_call(
            create_payment_profile,
            client=self._client,
            client_id=client_id,
            body=PaymentProfileCreateRequest(
                stripe_payment_profile=StripePaymentProfileFields(
                    stripe_customer_id=stripe_customer_id,
                    stripe_source_id=stripe_source_id,
                    last_four_digits=last_four_digits,
                    name=name,
                    expiration_date=expiration_date,
                    card_type=card_type,
                    address=address,
                    city=city,
                    zip_=zip,
                    state=state,
                    country=country,
                )
            ),
        )

    async def delete(self, id: int, *, client_id: int) -> RawResponse[None]:
        """Delete a client's payment profile."""
        return await araw_call(
            delete_payment_profile, client=self._client, client_id=client_id, id=id
        )

    async def list(
        self, *, client_id: int, page_size: int | Unset = UNSET
    ) -> RawResponse[PaymentProfileList]:
        """List a client's payment profiles."""
        return await araw_call(
            list_client_payment_profiles,
            client=self._client,
            client_id=client_id,
            page_size=page_size,
        )
