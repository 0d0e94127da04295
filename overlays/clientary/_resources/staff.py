# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Staff: `api.staff` of clientary.Clientary."""

from clientary_client.api.staff import get_staff, list_staff
from clientary_client.models import Staff, StaffList

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, raw_call

__all__ = ["AsyncRawStaffResource", "AsyncStaffResource", "RawStaffResource", "StaffResource"]


class StaffResource(Resource):
    """The staff of a Clientary account."""

    def get(self, id: int) -> Staff:
        """Get a staff user."""
        return call(get_staff, client=self._client, id=id)

    def list(self, *, concurrency: int = 1) -> Paginator[Staff, StaffList]:
        """List staff."""
        return paginate(list_staff, client=self._client, concurrency=concurrency)


class AsyncStaffResource(Resource):
    """The staff of a Clientary account (async)."""

    async def get(self, id: int) -> Staff:
        """Get a staff user."""
        return await acall(get_staff, client=self._client, id=id)

    def list(self, *, concurrency: int = 1) -> AsyncPaginator[Staff, StaffList]:
        """List staff."""
        return apaginate(list_staff, client=self._client, concurrency=concurrency)


class RawStaffResource(Resource):
    """`api.with_raw_response.staff`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[Staff]:
        """Get a staff user."""
        return raw_call(get_staff, client=self._client, id=id)

    def list(self) -> RawResponse[StaffList]:
        """List staff."""
        return raw_call(list_staff, client=self._client)


class AsyncRawStaffResource(Resource):
    """`api.with_raw_response.staff`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[Staff]:
        """Get a staff user."""
        return await araw_call(get_staff, client=self._client, id=id)

    async def list(self) -> RawResponse[StaffList]:
        """List staff."""
        return await araw_call(list_staff, client=self._client)
