# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Leads: `api.leads` of clientary.Clientary."""

from collections.abc import Mapping
from typing import Literal

from clientary_client.api.leads import create_lead, delete_lead, get_lead, list_leads, update_lead
from clientary_client.models import (
    ClientFields,
    ExtraFieldsInput,
    Lead,
    LeadCreateRequest,
    LeadList,
    LeadUpdateRequest,
    ListLeadsSort,
    NewClientFields,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, enum_value, mapping_model, raw_call

__all__ = ["AsyncLeadsResource", "AsyncRawLeadsResource", "LeadsResource", "RawLeadsResource"]


class LeadsResource(Resource):
    """The leads of a Clientary account."""

    def get(self, id: int) -> Lead:
        """Get a lead."""
        return call(get_lead, client=self._client, id=id)

    def create(
        self,
        *,
        name: str,
        number: str | Unset = UNSET,
        address: str | Unset | None = UNSET,
        address_2: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        zip: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        website: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        invoice_extra_fields: Mapping[str, object] | Unset = UNSET,
    ) -> Lead:
        """Create a lead."""
        return call(
            create_lead,
            client=self._client,
            body=LeadCreateRequest(
                lead=NewClientFields(
                    name=name,
                    number=number,
                    address=address,
                    address_2=address_2,
                    city=city,
                    state=state,
                    zip_=zip,
                    country=country,
                    website=website,
                    description=description,
                    invoice_extra_fields=mapping_model(
                        ExtraFieldsInput, invoice_extra_fields, "invoice_extra_fields"
                    ),
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        address: str | Unset | None = UNSET,
        address_2: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        zip: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        website: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        invoice_extra_fields: Mapping[str, object] | Unset = UNSET,
    ) -> Lead:
        """Update a lead."""
        return call(
            update_lead,
            client=self._client,
            id=id,
            body=LeadUpdateRequest(
                lead=ClientFields(
                    name=name,
                    number=number,
                    address=address,
                    address_2=address_2,
                    city=city,
                    state=state,
                    zip_=zip,
                    country=country,
                    website=website,
                    description=description,
                    invoice_extra_fields=mapping_model(
                        ExtraFieldsInput, invoice_extra_fields, "invoice_extra_fields"
                    ),
                )
            ),
        )

    def delete(self, id: int) -> None:
        """Delete a lead."""
        call(delete_lead, client=self._client, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        sort: ListLeadsSort | Literal["name", "oldest"] | Unset = UNSET,
        concurrency: int = 1,
    ) -> Paginator[Lead, LeadList]:
        """List leads."""
        return paginate(
            list_leads,
            client=self._client,
            page_size=page_size,
            sort=enum_value(ListLeadsSort, sort, "sort"),
            concurrency=concurrency,
        )


class AsyncLeadsResource(Resource):
    """The leads of a Clientary account (async)."""

    async def get(self, id: int) -> Lead:
        """Get a lead."""
        return await acall(get_lead, client=self._client, id=id)

    async def create(
        self,
        *,
        name: str,
        number: str | Unset = UNSET,
        address: str | Unset | None = UNSET,
        address_2: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        zip: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        website: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        invoice_extra_fields: Mapping[str, object] | Unset = UNSET,
    ) -> Lead:
        """Create a lead."""
        return await acall(
            create_lead,
            client=self._client,
            body=LeadCreateRequest(
                lead=NewClientFields(
                    name=name,
                    number=number,
                    address=address,
                    address_2=address_2,
                    city=city,
                    state=state,
                    zip_=zip,
                    country=country,
                    website=website,
                    description=description,
                    invoice_extra_fields=mapping_model(
                        ExtraFieldsInput, invoice_extra_fields, "invoice_extra_fields"
                    ),
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        address: str | Unset | None = UNSET,
        address_2: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        zip: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        website: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        invoice_extra_fields: Mapping[str, object] | Unset = UNSET,
    ) -> Lead:
        """Update a lead."""
        return await acall(
            update_lead,
            client=self._client,
            id=id,
            body=LeadUpdateRequest(
                lead=ClientFields(
                    name=name,
                    number=number,
                    address=address,
                    address_2=address_2,
                    city=city,
                    state=state,
                    zip_=zip,
                    country=country,
                    website=website,
                    description=description,
                    invoice_extra_fields=mapping_model(
                        ExtraFieldsInput, invoice_extra_fields, "invoice_extra_fields"
                    ),
                )
            ),
        )

    async def delete(self, id: int) -> None:
        """Delete a lead."""
        await acall(delete_lead, client=self._client, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        sort: ListLeadsSort | Literal["name", "oldest"] | Unset = UNSET,
        concurrency: int = 1,
    ) -> AsyncPaginator[Lead, LeadList]:
        """List leads."""
        return apaginate(
            list_leads,
            client=self._client,
            page_size=page_size,
            sort=enum_value(ListLeadsSort, sort, "sort"),
            concurrency=concurrency,
        )


class RawLeadsResource(Resource):
    """`api.with_raw_response.leads`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[Lead]:
        """Get a lead."""
        return raw_call(get_lead, client=self._client, id=id)

    def create(
        self,
        *,
        name: str,
        number: str | Unset = UNSET,
        address: str | Unset | None = UNSET,
        address_2: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        zip: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        website: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        invoice_extra_fields: Mapping[str, object] | Unset = UNSET,
    ) -> RawResponse[Lead]:
        """Create a lead."""
        return raw_call(
            create_lead,
            client=self._client,
            body=LeadCreateRequest(
                lead=NewClientFields(
                    name=name,
                    number=number,
                    address=address,
                    address_2=address_2,
                    city=city,
                    state=state,
                    zip_=zip,
                    country=country,
                    website=website,
                    description=description,
                    invoice_extra_fields=mapping_model(
                        ExtraFieldsInput, invoice_extra_fields, "invoice_extra_fields"
                    ),
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        address: str | Unset | None = UNSET,
        address_2: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        zip: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        website: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        invoice_extra_fields: Mapping[str, object] | Unset = UNSET,
    ) -> RawResponse[Lead]:
        """Update a lead."""
        return raw_call(
            update_lead,
            client=self._client,
            id=id,
            body=LeadUpdateRequest(
                lead=ClientFields(
                    name=name,
                    number=number,
                    address=address,
                    address_2=address_2,
                    city=city,
                    state=state,
                    zip_=zip,
                    country=country,
                    website=website,
                    description=description,
                    invoice_extra_fields=mapping_model(
                        ExtraFieldsInput, invoice_extra_fields, "invoice_extra_fields"
                    ),
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete a lead."""
        return raw_call(delete_lead, client=self._client, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        sort: ListLeadsSort | Literal["name", "oldest"] | Unset = UNSET,
    ) -> RawResponse[LeadList]:
        """List leads."""
        return raw_call(
            list_leads,
            client=self._client,
            page_size=page_size,
            sort=enum_value(ListLeadsSort, sort, "sort"),
        )


class AsyncRawLeadsResource(Resource):
    """`api.with_raw_response.leads`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[Lead]:
        """Get a lead."""
        return await araw_call(get_lead, client=self._client, id=id)

    async def create(
        self,
        *,
        name: str,
        number: str | Unset = UNSET,
        address: str | Unset | None = UNSET,
        address_2: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        zip: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        website: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        invoice_extra_fields: Mapping[str, object] | Unset = UNSET,
    ) -> RawResponse[Lead]:
        """Create a lead."""
        return await araw_call(
            create_lead,
            client=self._client,
            body=LeadCreateRequest(
                lead=NewClientFields(
                    name=name,
                    number=number,
                    address=address,
                    address_2=address_2,
                    city=city,
                    state=state,
                    zip_=zip,
                    country=country,
                    website=website,
                    description=description,
                    invoice_extra_fields=mapping_model(
                        ExtraFieldsInput, invoice_extra_fields, "invoice_extra_fields"
                    ),
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        address: str | Unset | None = UNSET,
        address_2: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        state: str | Unset | None = UNSET,
        zip: str | Unset | None = UNSET,
        country: str | Unset | None = UNSET,
        website: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        invoice_extra_fields: Mapping[str, object] | Unset = UNSET,
    ) -> RawResponse[Lead]:
        """Update a lead."""
        return await araw_call(
            update_lead,
            client=self._client,
            id=id,
            body=LeadUpdateRequest(
                lead=ClientFields(
                    name=name,
                    number=number,
                    address=address,
                    address_2=address_2,
                    city=city,
                    state=state,
                    zip_=zip,
                    country=country,
                    website=website,
                    description=description,
                    invoice_extra_fields=mapping_model(
                        ExtraFieldsInput, invoice_extra_fields, "invoice_extra_fields"
                    ),
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete a lead."""
        return await araw_call(delete_lead, client=self._client, id=id)

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        sort: ListLeadsSort | Literal["name", "oldest"] | Unset = UNSET,
    ) -> RawResponse[LeadList]:
        """List leads."""
        return await araw_call(
            list_leads,
            client=self._client,
            page_size=page_size,
            sort=enum_value(ListLeadsSort, sort, "sort"),
        )
