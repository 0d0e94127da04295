# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Recurring schedules: `api.recurring_schedules` of clientary.Clientary."""

import datetime
import decimal
from collections.abc import Mapping, Sequence

from clientary_client.api.recurring_schedules import (
    create_recurring_schedule,
    delete_recurring_schedule,
    get_recurring_schedule,
    list_recurring_schedules,
    update_recurring_schedule,
)
from clientary_client.models import (
    NewRecurringScheduleFields,
    RecurringAction,
    RecurringSchedule,
    RecurringScheduleCreateRequest,
    RecurringScheduleFields,
    RecurringScheduleList,
    RecurringScheduleUpdateRequest,
    RecurringStatus,
    TimeInterval,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._line_items import LineItemChanges
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._record_items import aset_items, aupdate_items, set_items, update_items
from .._resource_base import RawResponse, Resource, all_unset, araw_call, line_item_models, raw_call

__all__ = [
    "AsyncRawRecurringSchedulesResource",
    "AsyncRecurringSchedulesResource",
    "RawRecurringSchedulesResource",
    "RecurringSchedulesResource",
]


class RecurringSchedulesResource(Resource):
    """The recurring schedules of a Clientary account."""

    def get(self, id: int) -> RecurringSchedule:
        """Get a recurring schedule."""
        return call(get_recurring_schedule, client=self._client, id=id)

    def create(
        self,
        *,
        client_id: int,
        next_date: datetime.date | str,
        time_interval: TimeInterval | int,
        currency_code: str,
        due_period: int,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: RecurringStatus | int | Unset = UNSET,
        action: RecurringAction | int | Unset = UNSET,
        unlimited: bool | Unset = UNSET,
        occurrences_remaining: int | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RecurringSchedule:
        """Create a recurring schedule."""
        return call(
            create_recurring_schedule,
            client=self._client,
            body=RecurringScheduleCreateRequest(
                recurring_schedule=NewRecurringScheduleFields(
                    client_id=client_id,
                    next_date=next_date,
                    time_interval=time_interval,
                    currency_code=currency_code,
                    due_period=due_period,
                    number=number,
                    title=title,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    action=action,
                    unlimited=unlimited,
                    occurrences_remaining=occurrences_remaining,
                    payment_profile_id=payment_profile_id,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    recurring_schedule_items_attributes=line_item_models(items),
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        client_id: int | Unset = UNSET,
        next_date: datetime.date | str | Unset = UNSET,
        time_interval: TimeInterval | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        due_period: int | Unset = UNSET,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: RecurringStatus | int | Unset = UNSET,
        action: RecurringAction | int | Unset = UNSET,
        unlimited: bool | Unset = UNSET,
        occurrences_remaining: int | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RecurringSchedule:
        """Update a recurring schedule."""
        if isinstance(items, LineItemChanges) and all_unset(
            client_id,
            next_date,
            time_interval,
            currency_code,
            due_period,
            number,
            title,
            note,
            summary,
            po,
            status,
            action,
            unlimited,
            occurrences_remaining,
            payment_profile_id,
            tax,
            tax_label,
            tax2,
            tax2_label,
            tax3,
            tax3_label,
            compound_tax,
        ):
            return update_items(self._client, "recurring_schedule", id, items)
        return call(
            update_recurring_schedule,
            client=self._client,
            id=id,
            body=RecurringScheduleUpdateRequest(
                recurring_schedule=RecurringScheduleFields(
                    client_id=client_id,
                    next_date=next_date,
                    time_interval=time_interval,
                    currency_code=currency_code,
                    due_period=due_period,
                    number=number,
                    title=title,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    action=action,
                    unlimited=unlimited,
                    occurrences_remaining=occurrences_remaining,
                    payment_profile_id=payment_profile_id,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    recurring_schedule_items_attributes=line_item_models(items),
                )
            ),
        )

    def set_items(self, id: int, lines: Sequence[Mapping[str, object]]) -> RecurringSchedule:
        """Make the lines equal `lines` with the fewest changes, in at most one PUT."""
        return set_items(self._client, "recurring_schedule", id, lines)

    def delete(self, id: int) -> None:
        """Delete a recurring schedule."""
        call(delete_recurring_schedule, client=self._client, id=id)

    def list(
        self, *, page_size: int | Unset = UNSET, concurrency: int = 1
    ) -> Paginator[RecurringSchedule, RecurringScheduleList]:
        """List recurring schedules."""
        return paginate(
            list_recurring_schedules,
            client=self._client,
            page_size=page_size,
            concurrency=concurrency,
        )


class AsyncRecurringSchedulesResource(Resource):
    """The recurring schedules of a Clientary account (async)."""

    async def get(self, id: int) -> RecurringSchedule:
        """Get a recurring schedule."""
        return await acall(get_recurring_schedule, client=self._client, id=id)

    async def create(
        self,
        *,
        client_id: int,
        next_date: datetime.date | str,
        time_interval: TimeInterval | int,
        currency_code: str,
        due_period: int,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: RecurringStatus | int | Unset = UNSET,
        action: RecurringAction | int | Unset = UNSET,
        unlimited: bool | Unset = UNSET,
        occurrences_remaining: int | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RecurringSchedule:
        """Create a recurring schedule."""
        return await acall(
            create_recurring_schedule,
            client=self._client,
            body=RecurringScheduleCreateRequest(
                recurring_schedule=NewRecurringScheduleFields(
                    client_id=client_id,
                    next_date=next_date,
                    time_interval=time_interval,
                    currency_code=currency_code,
                    due_period=due_period,
                    number=number,
                    title=title,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    action=action,
                    unlimited=unlimited,
                    occurrences_remaining=occurrences_remaining,
                    payment_profile_id=payment_profile_id,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    recurring_schedule_items_attributes=line_item_models(items),
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        client_id: int | Unset = UNSET,
        next_date: datetime.date | str | Unset = UNSET,
        time_interval: TimeInterval | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        due_period: int | Unset = UNSET,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: RecurringStatus | int | Unset = UNSET,
        action: RecurringAction | int | Unset = UNSET,
        unlimited: bool | Unset = UNSET,
        occurrences_remaining: int | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RecurringSchedule:
        """Update a recurring schedule."""
        if isinstance(items, LineItemChanges) and all_unset(
            client_id,
            next_date,
            time_interval,
            currency_code,
            due_period,
            number,
            title,
            note,
            summary,
            po,
            status,
            action,
            unlimited,
            occurrences_remaining,
            payment_profile_id,
            tax,
            tax_label,
            tax2,
            tax2_label,
            tax3,
            tax3_label,
            compound_tax,
        ):
            return await aupdate_items(self._client, "recurring_schedule", id, items)
        return await acall(
            update_recurring_schedule,
            client=self._client,
            id=id,
            body=RecurringScheduleUpdateRequest(
                recurring_schedule=RecurringScheduleFields(
                    client_id=client_id,
                    next_date=next_date,
                    time_interval=time_interval,
                    currency_code=currency_code,
                    due_period=due_period,
                    number=number,
                    title=title,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    action=action,
                    unlimited=unlimited,
                    occurrences_remaining=occurrences_remaining,
                    payment_profile_id=payment_profile_id,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    recurring_schedule_items_attributes=line_item_models(items),
                )
            ),
        )

    async def set_items(self, id: int, lines: Sequence[Mapping[str, object]]) -> RecurringSchedule:
        """Make the lines equal `lines` with the fewest changes, in at most one PUT."""
        return await aset_items(self._client, "recurring_schedule", id, lines)

    async def delete(self, id: int) -> None:
        """Delete a recurring schedule."""
        await acall(delete_recurring_schedule, client=self._client, id=id)

    def list(
        self, *, page_size: int | Unset = UNSET, concurrency: int = 1
    ) -> AsyncPaginator[RecurringSchedule, RecurringScheduleList]:
        """List recurring schedules."""
        return apaginate(
            list_recurring_schedules,
            client=self._client,
            page_size=page_size,
            concurrency=concurrency,
        )


class RawRecurringSchedulesResource(Resource):
    """`api.with_raw_response.recurring_schedules`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[RecurringSchedule]:
        """Get a recurring schedule."""
        return raw_call(get_recurring_schedule, client=self._client, id=id)

    def create(
        self,
        *,
        client_id: int,
        next_date: datetime.date | str,
        time_interval: TimeInterval | int,
        currency_code: str,
        due_period: int,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: RecurringStatus | int | Unset = UNSET,
        action: RecurringAction | int | Unset = UNSET,
        unlimited: bool | Unset = UNSET,
        occurrences_remaining: int | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[RecurringSchedule]:
        """Create a recurring schedule."""
        return raw_call(
            create_recurring_schedule,
            client=self._client,
            body=RecurringScheduleCreateRequest(
                recurring_schedule=NewRecurringScheduleFields(
                    client_id=client_id,
                    next_date=next_date,
                    time_interval=time_interval,
                    currency_code=currency_code,
                    due_period=due_period,
                    number=number,
                    title=title,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    action=action,
                    unlimited=unlimited,
                    occurrences_remaining=occurrences_remaining,
                    payment_profile_id=payment_profile_id,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    recurring_schedule_items_attributes=line_item_models(items),
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        client_id: int | Unset = UNSET,
        next_date: datetime.date | str | Unset = UNSET,
        time_interval: TimeInterval | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        due_period: int | Unset = UNSET,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: RecurringStatus | int | Unset = UNSET,
        action: RecurringAction | int | Unset = UNSET,
        unlimited: bool | Unset = UNSET,
        occurrences_remaining: int | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[RecurringSchedule]:
        """Update a recurring schedule."""
        return raw_call(
            update_recurring_schedule,
            client=self._client,
            id=id,
            body=RecurringScheduleUpdateRequest(
                recurring_schedule=RecurringScheduleFields(
                    client_id=client_id,
                    next_date=next_date,
                    time_interval=time_interval,
                    currency_code=currency_code,
                    due_period=due_period,
                    number=number,
                    title=title,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    action=action,
                    unlimited=unlimited,
                    occurrences_remaining=occurrences_remaining,
                    payment_profile_id=payment_profile_id,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    recurring_schedule_items_attributes=line_item_models(items),
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete a recurring schedule."""
        return raw_call(delete_recurring_schedule, client=self._client, id=id)

    def list(self, *, page_size: int | Unset = UNSET) -> RawResponse[RecurringScheduleList]:
        """List recurring schedules."""
        return raw_call(list_recurring_schedules, client=self._client, page_size=page_size)


class AsyncRawRecurringSchedulesResource(Resource):
    """`api.with_raw_response.recurring_schedules`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[RecurringSchedule]:
        """Get a recurring schedule."""
        return await araw_call(get_recurring_schedule, client=self._client, id=id)

    async def create(
        self,
        *,
        client_id: int,
        next_date: datetime.date | str,
        time_interval: TimeInterval | int,
        currency_code: str,
        due_period: int,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: RecurringStatus | int | Unset = UNSET,
        action: RecurringAction | int | Unset = UNSET,
        unlimited: bool | Unset = UNSET,
        occurrences_remaining: int | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[RecurringSchedule]:
        """Create a recurring schedule."""
        return await araw_call(
            create_recurring_schedule,
            client=self._client,
            body=RecurringScheduleCreateRequest(
                recurring_schedule=NewRecurringScheduleFields(
                    client_id=client_id,
                    next_date=next_date,
                    time_interval=time_interval,
                    currency_code=currency_code,
                    due_period=due_period,
                    number=number,
                    title=title,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    action=action,
                    unlimited=unlimited,
                    occurrences_remaining=occurrences_remaining,
                    payment_profile_id=payment_profile_id,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    recurring_schedule_items_attributes=line_item_models(items),
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        client_id: int | Unset = UNSET,
        next_date: datetime.date | str | Unset = UNSET,
        time_interval: TimeInterval | int | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        due_period: int | Unset = UNSET,
        number: str | int | Unset = UNSET,
        title: str | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        po: str | Unset | None = UNSET,
        status: RecurringStatus | int | Unset = UNSET,
        action: RecurringAction | int | Unset = UNSET,
        unlimited: bool | Unset = UNSET,
        occurrences_remaining: int | Unset = UNSET,
        payment_profile_id: int | Unset = UNSET,
        tax: decimal.Decimal | float | Unset = UNSET,
        tax_label: str | Unset | None = UNSET,
        tax2: decimal.Decimal | float | Unset = UNSET,
        tax2_label: str | Unset | None = UNSET,
        tax3: decimal.Decimal | float | Unset = UNSET,
        tax3_label: str | Unset | None = UNSET,
        compound_tax: bool | Unset = UNSET,
        items: Sequence[Mapping[str, object]] | LineItemChanges | Unset = UNSET,
    ) -> RawResponse[RecurringSchedule]:
        """Update a recurring schedule."""
        return await araw_call(
            update_recurring_schedule,
            client=self._client,
            id=id,
            body=RecurringScheduleUpdateRequest(
                recurring_schedule=RecurringScheduleFields(
                    client_id=client_id,
                    next_date=next_date,
                    time_interval=time_interval,
                    currency_code=currency_code,
                    due_period=due_period,
                    number=number,
                    title=title,
                    note=note,
                    summary=summary,
                    po=po,
                    status=status,
                    action=action,
                    unlimited=unlimited,
                    occurrences_remaining=occurrences_remaining,
                    payment_profile_id=payment_profile_id,
                    tax=tax,
                    tax_label=tax_label,
                    tax2=tax2,
                    tax2_label=tax2_label,
                    tax3=tax3,
                    tax3_label=tax3_label,
                    compound_tax=compound_tax,
                    recurring_schedule_items_attributes=line_item_models(items),
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete a recurring schedule."""
        return await araw_call(delete_recurring_schedule, client=self._client, id=id)

    async def list(self, *, page_size: int | Unset = UNSET) -> RawResponse[RecurringScheduleList]:
        """List recurring schedules."""
        return await araw_call(list_recurring_schedules, client=self._client, page_size=page_size)
