"""`paginate()` / `apaginate()` and their typing.

At run time both work for any list operation (see `_envelope`). For type checkers, the overloads
below map each list model of the generated package to its record type, so
`paginate(list_clients, client=c)` iterates `ClientRecord`. A list model added later still
paginates; its records are typed `Any` until an overload is added here (a test fails until then,
so the table cannot fall behind silently).

The filters are `**kwargs: Any` rather than the operation's own parameters: a ParamSpec cannot
be combined with the extra `concurrency=` keyword (PEP 612 allows nothing after `*args: P.args`).
They are checked against the operation when `paginate()` is called, before any request.
"""

from typing import Any, overload

from clientary_client.models import (
    ClientList,
    ClientRecord,
    Contact,
    ContactList,
    Estimate,
    EstimateList,
    Expense,
    ExpenseList,
    HourEntry,
    HourList,
    Invoice,
    InvoiceList,
    Lead,
    LeadList,
    Payment,
    PaymentList,
    PaymentProfile,
    PaymentProfileList,
    Project,
    ProjectList,
    RecurringSchedule,
    RecurringScheduleList,
    Staff,
    StaffList,
    Task,
    TaskList,
)

from ._operations import Operation
from ._paginator import AsyncPaginator, Paginator

__all__ = ["apaginate", "paginate"]


@overload
def paginate(
    operation: Operation[..., ClientList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[ClientRecord, ClientList]: ...
@overload
def paginate(
    operation: Operation[..., ContactList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Contact, ContactList]: ...
@overload
def paginate(
    operation: Operation[..., EstimateList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Estimate, EstimateList]: ...
@overload
def paginate(
    operation: Operation[..., ExpenseList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Expense, ExpenseList]: ...
@overload
def paginate(
    operation: Operation[..., HourList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[HourEntry, HourList]: ...
@overload
def paginate(
    operation: Operation[..., InvoiceList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Invoice, InvoiceList]: ...
@overload
def paginate(
    operation: Operation[..., LeadList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Lead, LeadList]: ...
@overload
def paginate(
    operation: Operation[..., PaymentList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Payment, PaymentList]: ...
@overload
def paginate(
    operation: Operation[..., PaymentProfileList],
    *args: Any,
    concurrency: int = 1,
    **kwargs: Any,
) -> Paginator[PaymentProfile, PaymentProfileList]: ...
@overload
def paginate(
    operation: Operation[..., ProjectList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Project, ProjectList]: ...
@overload
def paginate(
    operation: Operation[..., RecurringScheduleList],
    *args: Any,
    concurrency: int = 1,
    **kwargs: Any,
) -> Paginator[RecurringSchedule, RecurringScheduleList]: ...
@overload
def paginate(
    operation: Operation[..., StaffList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Staff, StaffList]: ...
@overload
def paginate(
    operation: Operation[..., TaskList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Task, TaskList]: ...
@overload
def paginate(
    operation: Operation[..., Any], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Any, Any]: ...
def paginate(
    operation: Operation[..., Any], *args: Any, concurrency: int = 1, **kwargs: Any
) -> Paginator[Any, Any]:
    """Every record of a list operation, across all its pages; `.pages()` gives the pages.

    `operation` is a generated list module (`list_clients`, `list_client_invoices`, ...); the
    other arguments are its own (`client=`, path ids, filters) and go to every page request;
    path ids may be given by position, as to `call()`: `paginate(list_client_invoices, 4,
    client=c)`.
    `concurrency=N` fetches up to N pages at a time, still yielding in page order.
    """
    return Paginator(operation, concurrency, args, kwargs)


@overload
def apaginate(
    operation: Operation[..., ClientList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[ClientRecord, ClientList]: ...
@overload
def apaginate(
    operation: Operation[..., ContactList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Contact, ContactList]: ...
@overload
def apaginate(
    operation: Operation[..., EstimateList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Estimate, EstimateList]: ...
@overload
def apaginate(
    operation: Operation[..., ExpenseList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Expense, ExpenseList]: ...
@overload
def apaginate(
    operation: Operation[..., HourList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[HourEntry, HourList]: ...
@overload
def apaginate(
    operation: Operation[..., InvoiceList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Invoice, InvoiceList]: ...
@overload
def apaginate(
    operation: Operation[..., LeadList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Lead, LeadList]: ...
@overload
def apaginate(
    operation: Operation[..., PaymentList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Payment, PaymentList]: ...
@overload
def apaginate(
    operation: Operation[..., PaymentProfileList],
    *args: Any,
    concurrency: int = 1,
    **kwargs: Any,
) -> AsyncPaginator[PaymentProfile, PaymentProfileList]: ...
@overload
def apaginate(
    operation: Operation[..., ProjectList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Project, ProjectList]: ...
@overload
def apaginate(
    operation: Operation[..., RecurringScheduleList],
    *args: Any,
    concurrency: int = 1,
    **kwargs: Any,
) -> AsyncPaginator[RecurringSchedule, RecurringScheduleList]: ...
@overload
def apaginate(
    operation: Operation[..., StaffList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Staff, StaffList]: ...
@overload
def apaginate(
    operation: Operation[..., TaskList], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Task, TaskList]: ...
@overload
def apaginate(
    operation: Operation[..., Any], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Any, Any]: ...
def apaginate(
    operation: Operation[..., Any], *args: Any, concurrency: int = 1, **kwargs: Any
) -> AsyncPaginator[Any, Any]:
    """The async twin of `paginate`: use with `async for`; `.pages()` is async too."""
    return AsyncPaginator(operation, concurrency, args, kwargs)
