# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Clients: `api.clients` of clientary.Clientary."""

import datetime
from collections.abc import Mapping
from typing import Literal

from clientary_client.api.clients import (
    create_client,
    delete_client,
    get_client,
    list_clients,
    update_client,
)
from clientary_client.models import (
    ClientCreateRequest,
    ClientFields,
    ClientList,
    ClientRecord,
    ClientUpdateRequest,
    ExtraFieldsInput,
    ListClientsSort,
    NewClientFields,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, enum_value, mapping_model, raw_call

__all__ = [
    "AsyncClientsResource",
    "AsyncRawClientsResource",
    "ClientsResource",
    "RawClientsResource",
]


class ClientsResource(Resource):
    """The clients of a Clientary account."""

    def get(self, id: int) -> ClientRecord:
        """Get a client."""
        return call(get_client, client=self._client, id=id)

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
    ) -> ClientRecord:
        """Create a client."""
        return call(
            create_client,
            client=self._client,
            body=ClientCreateRequest(
                client=NewClientFields(
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
    ) -> ClientRecord:
        """Update a client."""
        return call(
            update_client,
            client=self._client,
            id=id,
            body=ClientUpdateRequest(
                client=ClientFields(
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
        """Delete a client."""
        call(delete_client, client=self._client, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        updated_since: datetime.date | str | Unset = UNSET,
        sort: ListClientsSort | Literal["date"] | Unset = UNSET,
        concurrency: int = 1,
    ) -> Paginator[ClientRecord, ClientList]:
        """List clients."""
        return paginate(
            list_clients,
            client=self._client,
            page_size=page_size,
            updated_since=updated_since,
            sort=enum_value(ListClientsSort, sort, "sort"),
            concurrency=concurrency,
        )


class AsyncClientsResource(Resource):
    """The clients of a Clientary account (async)."""

    async def get(self, id: int) -> ClientRecord:
        """Get a client."""
        return await acall(get_client, client=self._client, id=id)

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
    ) -> ClientRecord:
        """Create a client."""
        return await acall(
            create_client,
            client=self._client,
            body=ClientCreateRequest(
                client=NewClientFields(
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
    ) -> ClientRecord:
        """Update a client."""
        return await acall(
            update_client,
            client=self._client,
            id=id,
            body=ClientUpdateRequest(
                client=ClientFields(
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
        """Delete a client."""
        await acall(delete_client, client=self._client, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        updated_since: datetime.date | str | Unset = UNSET,
        sort: ListClientsSort | Literal["date"] | Unset = UNSET,
        concurrency: int = 1,
    ) -> AsyncPaginator[ClientRecord, ClientList]:
        """List clients."""
        return apaginate(
            list_clients,
            client=self._client,
            page_size=page_size,
            updated_since=updated_since,
            sort=enum_value(ListClientsSort, sort, "sort"),
            concurrency=concurrency,
        )


class RawClientsResource(Resource):
    """`api.with_raw_response.clients`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[ClientRecord]:
        """Get a client."""
        return raw_call(get_client, client=self._client, id=id)

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
    ) -> RawResponse[ClientRecord]:
        """Create a client."""
        return raw_call(
            create_client,
            client=self._client,
            body=ClientCreateRequest(
                client=NewClientFields(
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
    ) -> RawResponse[ClientRecord]:
        """Update a client."""
        return raw_call(
            update_client,
            client=self._client,
            id=id,
            body=ClientUpdateRequest(
                client=ClientFields(
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
        """Delete a client."""
        return raw_call(delete_client, client=self._client, id=id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        updated_since: datetime.date | str | Unset = UNSET,
        sort: ListClientsSort | Literal["date"] | Unset = UNSET,
    ) -> RawResponse[ClientList]:
        """List clients."""
        return raw_call(
            list_clients,
            client=self._client,
            page_size=page_size,
            updated_since=updated_since,
            sort=enum_value(ListClientsSort, sort, "sort"),
        )


class AsyncRawClientsResource(Resource):
    """`api.with_raw_response.clients`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[ClientRecord]:
        """Get a client."""
        return await araw_call(get_client, client=self._client, id=id)

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
    ) -> RawResponse[ClientRecord]:
        """Create a client."""
        return await araw_call(
            create_client,
            client=self._client,
            body=ClientCreateRequest(
                client=NewClientFields(
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
    ) -> RawResponse[ClientRecord]:
        """Update a client."""
        return await araw_call(
            update_client,
            client=self._client,
            id=id,
            body=ClientUpdateRequest(
                client=ClientFields(
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
        """Delete a client."""
        return await araw_call(delete_client, client=self._client, id=id)

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        updated_since: datetime.date | str | Unset = UNSET,
        sort: ListClientsSort | Literal["date"] | Unset = UNSET,
    ) -> RawResponse[ClientList]:
        """List clients."""
        return await araw_call(
            list_clients,
            client=self._client,
            page_size=page_size,
            updated_since=updated_since,
            sort=enum_value(ListClientsSort, sort, "sort"),
        )
