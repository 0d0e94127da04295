# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Hours: `api.hours` of clientary.Clientary."""

import datetime
import decimal
from typing import Literal

from clientary_client.api.hours import (
    create_project_hours,
    delete_hour_entry,
    get_hour_entry,
    list_project_hours,
    update_hour_entry,
)
from clientary_client.models import (
    HourEntry,
    HourEntryCreateRequest,
    HourEntryFields,
    HourEntryUpdateRequest,
    HourList,
    ListProjectHoursFilter,
    NewHourEntryFields,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, enum_value, raw_call

__all__ = ["AsyncHoursResource", "AsyncRawHoursResource", "HoursResource", "RawHoursResource"]


class HoursResource(Resource):
    """The hours of a Clientary account."""

    def get(self, id: int) -> HourEntry:
        """Get a time entry."""
        return call(get_hour_entry, client=self._client, id=id)

    def create(
        self,
        *,
        project_id: int,
        hours: decimal.Decimal | float,
        title: str,
        description: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
    ) -> HourEntry:
        """Log time on a project."""
        return call(
            create_project_hours,
            client=self._client,
            project_id=project_id,
            body=HourEntryCreateRequest(
                project_item=NewHourEntryFields(
                    hours=hours, title=title, description=description, date=date, rate=rate
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        hours: decimal.Decimal | float | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
    ) -> HourEntry:
        """Update a time entry."""
        return call(
            update_hour_entry,
            client=self._client,
            id=id,
            body=HourEntryUpdateRequest(
                project_item=HourEntryFields(
                    hours=hours, title=title, description=description, date=date, rate=rate
                )
            ),
        )

    def delete(self, id: int) -> None:
        """Delete a time entry."""
        call(delete_hour_entry, client=self._client, id=id)

    def list(
        self,
        *,
        project_id: int,
        filter: ListProjectHoursFilter | Literal["billed", "unbilled"] | Unset = UNSET,
        concurrency: int = 1,
    ) -> Paginator[HourEntry, HourList]:
        """List a project's time entries."""
        return paginate(
            list_project_hours,
            client=self._client,
            project_id=project_id,
            filter_=enum_value(ListProjectHoursFilter, filter, "filter"),
            concurrency=concurrency,
        )


class AsyncHoursResource(Resource):
    """The hours of a Clientary account (async)."""

    async def get(self, id: int) -> HourEntry:
        """Get a time entry."""
        return await acall(get_hour_entry, client=self._client, id=id)

    async def create(
        self,
        *,
        project_id: int,
        hours: decimal.Decimal | float,
        title: str,
        description: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
    ) -> HourEntry:
        """Log time on a project."""
        return await acall(
            create_project_hours,
            client=self._client,
            project_id=project_id,
            body=HourEntryCreateRequest(
                project_item=NewHourEntryFields(
                    hours=hours, title=title, description=description, date=date, rate=rate
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        hours: decimal.Decimal | float | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
    ) -> HourEntry:
        """Update a time entry."""
        return await acall(
            update_hour_entry,
            client=self._client,
            id=id,
            body=HourEntryUpdateRequest(
                project_item=HourEntryFields(
                    hours=hours, title=title, description=description, date=date, rate=rate
                )
            ),
        )

    async def delete(self, id: int) -> None:
        """Delete a time entry."""
        await acall(delete_hour_entry, client=self._client, id=id)

    def list(
        self,
        *,
        project_id: int,
        filter: ListProjectHoursFilter | Literal["billed", "unbilled"] | Unset = UNSET,
        concurrency: int = 1,
    ) -> AsyncPaginator[HourEntry, HourList]:
        """List a project's time entries."""
        return apaginate(
            list_project_hours,
            client=self._client,
            project_id=project_id,
            filter_=enum_value(ListProjectHoursFilter, filter, "filter"),
            concurrency=concurrency,
        )


class RawHoursResource(Resource):
    """`api.with_raw_response.hours`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[HourEntry]:
        """Get a time entry."""
        return raw_call(get_hour_entry, client=self._client, id=id)

    def create(
        self,
        *,
        project_id: int,
        hours: decimal.Decimal | float,
        title: str,
        description: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
    ) -> RawResponse[HourEntry]:
        """Log time on a project."""
        return raw_call(
            create_project_hours,
            client=self._client,
            project_id=project_id,
            body=HourEntryCreateRequest(
                project_item=NewHourEntryFields(
                    hours=hours, title=title, description=description, date=date, rate=rate
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        hours: decimal.Decimal | float | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
    ) -> RawResponse[HourEntry]:
        """Update a time entry."""
        return raw_call(
            update_hour_entry,
            client=self._client,
            id=id,
            body=HourEntryUpdateRequest(
                project_item=HourEntryFields(
                    hours=hours, title=title, description=description, date=date, rate=rate
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete a time entry."""
        return raw_call(delete_hour_entry, client=self._client, id=id)

    def list(
        self,
        *,
        project_id: int,
        filter: ListProjectHoursFilter | Literal["billed", "unbilled"] | Unset = UNSET,
    ) -> RawResponse[HourList]:
        """List a project's time entries."""
        return raw_call(
            list_project_hours,
            client=self._client,
            project_id=project_id,
            filter_=enum_value(ListProjectHoursFilter, filter, "filter"),
        )


class AsyncRawHoursResource(Resource):
    """`api.with_raw_response.hours`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[HourEntry]:
        """Get a time entry."""
        return await araw_call(get_hour_entry, client=self._client, id=id)

    async def create(
        self,
        *,
        project_id: int,
        hours: decimal.Decimal | float,
        title: str,
        description: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
    ) -> RawResponse[HourEntry]:
        """Log time on a project."""
        return await araw_call(
            create_project_hours,
            client=self._client,
            project_id=project_id,
            body=HourEntryCreateRequest(
                project_item=NewHourEntryFields(
                    hours=hours, title=title, description=description, date=date, rate=rate
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        hours: decimal.Decimal | float | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        date: datetime.date | str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
    ) -> RawResponse[HourEntry]:
        """Update a time entry."""
        return await araw_call(
            update_hour_entry,
            client=self._client,
            id=id,
            body=HourEntryUpdateRequest(
                project_item=HourEntryFields(
                    hours=hours, title=title, description=description, date=date, rate=rate
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete a time entry."""
        return await araw_call(delete_hour_entry, client=self._client, id=id)

    async def list(
        self,
        *,
        project_id: int,
        filter: ListProjectHoursFilter | Literal["billed", "unbilled"] | Unset = UNSET,
    ) -> RawResponse[HourList]:
        """List a project's time entries."""
        return await araw_call(
            list_project_hours,
            client=self._client,
            project_id=project_id,
            filter_=enum_value(ListProjectHoursFilter, filter, "filter"),
        )
