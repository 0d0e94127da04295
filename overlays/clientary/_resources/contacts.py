# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Contacts: `api.contacts` of clientary.Clientary."""

from clientary_client.api.contacts import (
    create_contact,
    delete_contact,
    get_contact,
    list_client_contacts,
    list_contacts,
    update_contact,
)
from clientary_client.models import (
    Contact,
    ContactCreateRequest,
    ContactFields,
    ContactList,
    ContactUpdateRequest,
    NewContactFields,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, one_scope, raw_call

__all__ = [
    "AsyncContactsResource",
    "AsyncRawContactsResource",
    "ContactsResource",
    "RawContactsResource",
]


class ContactsResource(Resource):
    """The contacts of a Clientary account."""

    def get(self, id: int) -> Contact:
        """Get a contact."""
        return call(get_contact, client=self._client, id=id)

    def create(
        self,
        *,
        client_id: int,
        name: str,
        email: str,
        title: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        mobile: str | Unset | None = UNSET,
        ext: str | Unset | None = UNSET,
    ) -> Contact:
        """Create a contact."""
        return call(
            create_contact,
            client=self._client,
            client_id=client_id,
            body=ContactCreateRequest(
                client_user=NewContactFields(
                    name=name, email=email, title=title, phone=phone, mobile=mobile, ext=ext
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        title: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        mobile: str | Unset | None = UNSET,
        ext: str | Unset | None = UNSET,
    ) -> Contact:
        """Update a contact."""
        return call(
            update_contact,
            client=self._client,
            id=id,
            body=ContactUpdateRequest(
                client_user=ContactFields(
                    name=name, email=email, title=title, phone=phone, mobile=mobile, ext=ext
                )
            ),
        )

    def delete(self, id: int) -> None:
        """Delete a contact."""
        call(delete_contact, client=self._client, id=id)

    def list(
        self, *, client_id: int | None = None, page_size: int | Unset = UNSET, concurrency: int = 1
    ) -> Paginator[Contact, ContactList]:
        """List all contacts."""
        one_scope("contacts.list", client_id=client_id)
        if client_id is not None:
            return paginate(
                list_client_contacts,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                concurrency=concurrency,
            )
        return paginate(
            list_contacts, client=self._client, page_size=page_size, concurrency=concurrency
        )


class AsyncContactsResource(Resource):
    """The contacts of a Clientary account (async)."""

    async def get(self, id: int) -> Contact:
        """Get a contact."""
        return await acall(get_contact, client=self._client, id=id)

    async def create(
        self,
        *,
        client_id: int,
        name: str,
        email: str,
        title: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        mobile: str | Unset | None = UNSET,
        ext: str | Unset | None = UNSET,
    ) -> Contact:
        """Create a contact."""
        return await acall(
            create_contact,
            client=self._client,
            client_id=client_id,
            body=ContactCreateRequest(
                client_user=NewContactFields(
                    name=name, email=email, title=title, phone=phone, mobile=mobile, ext=ext
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        title: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        mobile: str | Unset | None = UNSET,
        ext: str | Unset | None = UNSET,
    ) -> Contact:
        """Update a contact."""
        return await acall(
            update_contact,
            client=self._client,
            id=id,
            body=ContactUpdateRequest(
                client_user=ContactFields(
                    name=name, email=email, title=title, phone=phone, mobile=mobile, ext=ext
                )
            ),
        )

    async def delete(self, id: int) -> None:
        """Delete a contact."""
        await acall(delete_contact, client=self._client, id=id)

    def list(
        self, *, client_id: int | None = None, page_size: int | Unset = UNSET, concurrency: int = 1
    ) -> AsyncPaginator[Contact, ContactList]:
        """List all contacts."""
        one_scope("contacts.list", client_id=client_id)
        if client_id is not None:
            return apaginate(
                list_client_contacts,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                concurrency=concurrency,
            )
        return apaginate(
            list_contacts, client=self._client, page_size=page_size, concurrency=concurrency
        )


class RawContactsResource(Resource):
    """`api.with_raw_response.contacts`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[Contact]:
        """Get a contact."""
        return raw_call(get_contact, client=self._client, id=id)

    def create(
        self,
        *,
        client_id: int,
        name: str,
        email: str,
        title: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        mobile: str | Unset | None = UNSET,
        ext: str | Unset | None = UNSET,
    ) -> RawResponse[Contact]:
        """Create a contact."""
        return raw_call(
            create_contact,
            client=self._client,
            client_id=client_id,
            body=ContactCreateRequest(
                client_user=NewContactFields(
                    name=name, email=email, title=title, phone=phone, mobile=mobile, ext=ext
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        title: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        mobile: str | Unset | None = UNSET,
        ext: str | Unset | None = UNSET,
    ) -> RawResponse[Contact]:
        """Update a contact."""
        return raw_call(
            update_contact,
            client=self._client,
            id=id,
            body=ContactUpdateRequest(
                client_user=ContactFields(
                    name=name, email=email, title=title, phone=phone, mobile=mobile, ext=ext
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete a contact."""
        return raw_call(delete_contact, client=self._client, id=id)

    def list(
        self, *, client_id: int | None = None, page_size: int | Unset = UNSET
    ) -> RawResponse[ContactList]:
        """List all contacts."""
        one_scope("contacts.list", client_id=client_id)
        if client_id is not None:
            return raw_call(
                list_client_contacts, client=self._client, client_id=client_id, page_size=page_size
            )
        return raw_call(list_contacts, client=self._client, page_size=page_size)


class AsyncRawContactsResource(Resource):
    """`api.with_raw_response.contacts`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[Contact]:
        """Get a contact."""
        return await araw_call(get_contact, client=self._client, id=id)

    async def create(
        self,
        *,
        client_id: int,
        name: str,
        email: str,
        title: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        mobile: str | Unset | None = UNSET,
        ext: str | Unset | None = UNSET,
    ) -> RawResponse[Contact]:
        """Create a contact."""
        return await araw_call(
            create_contact,
            client=self._client,
            client_id=client_id,
            body=ContactCreateRequest(
                client_user=NewContactFields(
                    name=name, email=email, title=title, phone=phone, mobile=mobile, ext=ext
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        title: str | Unset | None = UNSET,
        phone: str | Unset | None = UNSET,
        mobile: str | Unset | None = UNSET,
        ext: str | Unset | None = UNSET,
    ) -> RawResponse[Contact]:
        """Update a contact."""
        return await araw_call(
            update_contact,
            client=self._client,
            id=id,
            body=ContactUpdateRequest(
                client_user=ContactFields(
                    name=name, email=email, title=title, phone=phone, mobile=mobile, ext=ext
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete a contact."""
        return await araw_call(delete_contact, client=self._client, id=id)

    async def list(
        self, *, client_id: int | None = None, page_size: int | Unset = UNSET
    ) -> RawResponse[ContactList]:
        """List all contacts."""
        one_scope("contacts.list", client_id=client_id)
        if client_id is not None:
            return await araw_call(
                list_client_contacts, client=self._client, client_id=client_id, page_size=page_size
            )
        return await araw_call(list_contacts, client=self._client, page_size=page_size)
