# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Expenses: `api.expenses` of clientary.Clientary."""

import datetime
import decimal

from clientary_client.api.expenses import (
    create_expense,
    delete_expense,
    get_expense,
    list_client_expenses,
    list_expenses,
    list_project_expenses,
    update_expense,
)
from clientary_client.models import (
    Expense,
    ExpenseCreateRequest,
    ExpenseFields,
    ExpenseList,
    ExpenseUpdateRequest,
    NewExpenseFields,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, one_scope, raw_call

__all__ = [
    "AsyncExpensesResource",
    "AsyncRawExpensesResource",
    "ExpensesResource",
    "RawExpensesResource",
]


class ExpensesResource(Resource):
    """The expenses of a Clientary account."""

    def get(self, id: int) -> Expense:
        """Get an expense."""
        return call(get_expense, client=self._client, id=id)

    def create(
        self,
        *,
        amount: decimal.Decimal | float,
        description: str | Unset | None = UNSET,
        incurred_on: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
    ) -> Expense:
        """Create an expense."""
        return call(
            create_expense,
            client=self._client,
            body=ExpenseCreateRequest(
                expense=NewExpenseFields(
                    amount=amount,
                    description=description,
                    incurred_on=incurred_on,
                    client_id=client_id,
                    project_id=project_id,
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        amount: decimal.Decimal | float | Unset = UNSET,
        description: str | Unset | None = UNSET,
        incurred_on: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
    ) -> Expense:
        """Update an expense."""
        return call(
            update_expense,
            client=self._client,
            id=id,
            body=ExpenseUpdateRequest(
                expense=ExpenseFields(
                    amount=amount,
                    description=description,
                    incurred_on=incurred_on,
                    client_id=client_id,
                    project_id=project_id,
                )
            ),
        )

    def delete(self, id: int) -> None:
        """Delete an expense."""
        call(delete_expense, client=self._client, id=id)

    def list(
        self,
        *,
        client_id: int | None = None,
        project_id: int | None = None,
        from_date: datetime.date | str | Unset = UNSET,
        to_date: datetime.date | str | Unset = UNSET,
        concurrency: int = 1,
    ) -> Paginator[Expense, ExpenseList]:
        """List expenses in a date range."""
        one_scope("expenses.list", client_id=client_id, project_id=project_id)
        if client_id is not None:
            return paginate(
                list_client_expenses,
                client=self._client,
                client_id=client_id,
                from_date=from_date,
                to_date=to_date,
                concurrency=concurrency,
            )
        if project_id is not None:
            return paginate(
                list_project_expenses,
                client=self._client,
                project_id=project_id,
                from_date=from_date,
                to_date=to_date,
                concurrency=concurrency,
            )
        return paginate(
            list_expenses,
            client=self._client,
            from_date=from_date,
            to_date=to_date,
            concurrency=concurrency,
        )


class AsyncExpensesResource(Resource):
    """The expenses of a Clientary account (async)."""

    async def get(self, id: int) -> Expense:
        """Get an expense."""
        return await acall(get_expense, client=self._client, id=id)

    async def create(
        self,
        *,
        amount: decimal.Decimal | float,
        description: str | Unset | None = UNSET,
        incurred_on: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
    ) -> Expense:
        """Create an expense."""
        return await acall(
            create_expense,
            client=self._client,
            body=ExpenseCreateRequest(
                expense=NewExpenseFields(
                    amount=amount,
                    description=description,
                    incurred_on=incurred_on,
                    client_id=client_id,
                    project_id=project_id,
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        amount: decimal.Decimal | float | Unset = UNSET,
        description: str | Unset | None = UNSET,
        incurred_on: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
    ) -> Expense:
        """Update an expense."""
        return await acall(
            update_expense,
            client=self._client,
            id=id,
            body=ExpenseUpdateRequest(
                expense=ExpenseFields(
                    amount=amount,
                    description=description,
                    incurred_on=incurred_on,
                    client_id=client_id,
                    project_id=project_id,
                )
            ),
        )

    async def delete(self, id: int) -> None:
        """Delete an expense."""
        await acall(delete_expense, client=self._client, id=id)

    def list(
        self,
        *,
        client_id: int | None = None,
        project_id: int | None = None,
        from_date: datetime.date | str | Unset = UNSET,
        to_date: datetime.date | str | Unset = UNSET,
        concurrency: int = 1,
    ) -> AsyncPaginator[Expense, ExpenseList]:
        """List expenses in a date range."""
        one_scope("expenses.list", client_id=client_id, project_id=project_id)
        if client_id is not None:
            return apaginate(
                list_client_expenses,
                client=self._client,
                client_id=client_id,
                from_date=from_date,
                to_date=to_date,
                concurrency=concurrency,
            )
        if project_id is not None:
            return apaginate(
                list_project_expenses,
                client=self._client,
                project_id=project_id,
                from_date=from_date,
                to_date=to_date,
                concurrency=concurrency,
            )
        return apaginate(
            list_expenses,
            client=self._client,
            from_date=from_date,
            to_date=to_date,
            concurrency=concurrency,
        )


class RawExpensesResource(Resource):
    """`api.with_raw_response.expenses`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[Expense]:
        """Get an expense."""
        return raw_call(get_expense, client=self._client, id=id)

    def create(
        self,
        *,
        amount: decimal.Decimal | float,
        description: str | Unset | None = UNSET,
        incurred_on: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
    ) -> RawResponse[Expense]:
        """Create an expense."""
        return raw_call(
            create_expense,
            client=self._client,
            body=ExpenseCreateRequest(
                expense=NewExpenseFields(
                    amount=amount,
                    description=description,
                    incurred_on=incurred_on,
                    client_id=client_id,
                    project_id=project_id,
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        amount: decimal.Decimal | float | Unset = UNSET,
        description: str | Unset | None = UNSET,
        incurred_on: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
    ) -> RawResponse[Expense]:
        """Update an expense."""
        return raw_call(
            update_expense,
            client=self._client,
            id=id,
            body=ExpenseUpdateRequest(
                expense=ExpenseFields(
                    amount=amount,
                    description=description,
                    incurred_on=incurred_on,
                    client_id=client_id,
                    project_id=project_id,
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete an expense."""
        return raw_call(delete_expense, client=self._client, id=id)

    def list(
        self,
        *,
        client_id: int | None = None,
        project_id: int | None = None,
        from_date: datetime.date | str | Unset = UNSET,
        to_date: datetime.date | str | Unset = UNSET,
    ) -> RawResponse[ExpenseList]:
        """List expenses in a date range."""
        one_scope("expenses.list", client_id=client_id, project_id=project_id)
        if client_id is not None:
            return raw_call(
                list_client_expenses,
                client=self._client,
                client_id=client_id,
                from_date=from_date,
                to_date=to_date,
            )
        if project_id is not None:
            return raw_call(
                list_project_expenses,
                client=self._client,
                project_id=project_id,
                from_date=from_date,
                to_date=to_date,
            )
        return raw_call(list_expenses, client=self._client, from_date=from_date, to_date=to_date)


class AsyncRawExpensesResource(Resource):
    """`api.with_raw_response.expenses`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[Expense]:
        """Get an expense."""
        return await araw_call(get_expense, client=self._client, id=id)

    async def create(
        self,
        *,
        amount: decimal.Decimal | float,
        description: str | Unset | None = UNSET,
        incurred_on: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
    ) -> RawResponse[Expense]:
        """Create an expense."""
        return await araw_call(
            create_expense,
            client=self._client,
            body=ExpenseCreateRequest(
                expense=NewExpenseFields(
                    amount=amount,
                    description=description,
                    incurred_on=incurred_on,
                    client_id=client_id,
                    project_id=project_id,
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        amount: decimal.Decimal | float | Unset = UNSET,
        description: str | Unset | None = UNSET,
        incurred_on: datetime.date | str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
    ) -> RawResponse[Expense]:
        """Update an expense."""
        return await araw_call(
            update_expense,
            client=self._client,
            id=id,
            body=ExpenseUpdateRequest(
                expense=ExpenseFields(
                    amount=amount,
                    description=description,
                    incurred_on=incurred_on,
                    client_id=client_id,
                    project_id=project_id,
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete an expense."""
        return await araw_call(delete_expense, client=self._client, id=id)

    async def list(
        self,
        *,
        client_id: int | None = None,
        project_id: int | None = None,
        from_date: datetime.date | str | Unset = UNSET,
        to_date: datetime.date | str | Unset = UNSET,
    ) -> RawResponse[ExpenseList]:
        """List expenses in a date range."""
        one_scope("expenses.list", client_id=client_id, project_id=project_id)
        if client_id is not None:
            return await araw_call(
                list_client_expenses,
                client=self._client,
                client_id=client_id,
                from_date=from_date,
                to_date=to_date,
            )
        if project_id is not None:
            return await araw_call(
                list_project_expenses,
                client=self._client,
                project_id=project_id,
                from_date=from_date,
                to_date=to_date,
            )
        return await araw_call(
            list_expenses, client=self._client, from_date=from_date, to_date=to_date
        )
