# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""The resources of a Clientary account, as attributes of clientary.Clientary.

Each resource's module is imported when the attribute is first read, so a program loads
only the generated models of the resources it uses.
"""

import functools

from .._checks import AnyClient

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .clients import (
        AsyncClientsResource,
        AsyncRawClientsResource,
        ClientsResource,
        RawClientsResource,
    )
    from .contacts import (
        AsyncContactsResource,
        AsyncRawContactsResource,
        ContactsResource,
        RawContactsResource,
    )
    from .estimates import (
        AsyncEstimatesResource,
        AsyncRawEstimatesResource,
        EstimatesResource,
        RawEstimatesResource,
    )
    from .expenses import (
        AsyncExpensesResource,
        AsyncRawExpensesResource,
        ExpensesResource,
        RawExpensesResource,
    )
    from .hours import AsyncHoursResource, AsyncRawHoursResource, HoursResource, RawHoursResource
    from .invoices import (
        AsyncInvoicesResource,
        AsyncRawInvoicesResource,
        InvoicesResource,
        RawInvoicesResource,
    )
    from .leads import AsyncLeadsResource, AsyncRawLeadsResource, LeadsResource, RawLeadsResource
    from .payment_profiles import (
        AsyncPaymentProfilesResource,
        AsyncRawPaymentProfilesResource,
        PaymentProfilesResource,
        RawPaymentProfilesResource,
    )
    from .payments import (
        AsyncPaymentsResource,
        AsyncRawPaymentsResource,
        PaymentsResource,
        RawPaymentsResource,
    )
    from .projects import (
        AsyncProjectsResource,
        AsyncRawProjectsResource,
        ProjectsResource,
        RawProjectsResource,
    )
    from .recurring_schedules import (
        AsyncRawRecurringSchedulesResource,
        AsyncRecurringSchedulesResource,
        RawRecurringSchedulesResource,
        RecurringSchedulesResource,
    )
    from .staff import AsyncRawStaffResource, AsyncStaffResource, RawStaffResource, StaffResource
    from .tasks import AsyncRawTasksResource, AsyncTasksResource, RawTasksResource, TasksResource

__all__ = ["AsyncRawResources", "AsyncResources", "RawResources", "Resources"]


class Resources:
    """The resources of an account, one attribute each."""

    def __init__(self, client: AnyClient) -> None:
        self._client = client

    @functools.cached_property
    def clients(self) -> "ClientsResource":
        from .clients import ClientsResource

        return ClientsResource(self._client)

    @functools.cached_property
    def contacts(self) -> "ContactsResource":
        from .contacts import ContactsResource

        return ContactsResource(self._client)

    @functools.cached_property
    def estimates(self) -> "EstimatesResource":
        from .estimates import EstimatesResource

        return EstimatesResource(self._client)

    @functools.cached_property
    def expenses(self) -> "ExpensesResource":
        from .expenses import ExpensesResource

        return ExpensesResource(self._client)

    @functools.cached_property
    def hours(self) -> "HoursResource":
        from .hours import HoursResource

        return HoursResource(self._client)

    @functools.cached_property
    def invoices(self) -> "InvoicesResource":
        from .invoices import InvoicesResource

        return InvoicesResource(self._client)

    @functools.cached_property
    def leads(self) -> "LeadsResource":
        from .leads import LeadsResource

        return LeadsResource(self._client)

    @functools.cached_property
    def payment_profiles(self) -> "PaymentProfilesResource":
        from .payment_profiles import PaymentProfilesResource

        return PaymentProfilesResource(self._client)

    @functools.cached_property
    def payments(self) -> "PaymentsResource":
        from .payments import PaymentsResource

        return PaymentsResource(self._client)

    @functools.cached_property
    def projects(self) -> "ProjectsResource":
        from .projects import ProjectsResource

        return ProjectsResource(self._client)

    @functools.cached_property
    def recurring_schedules(self) -> "RecurringSchedulesResource":
        from .recurring_schedules import RecurringSchedulesResource

        return RecurringSchedulesResource(self._client)

    @functools.cached_property
    def staff(self) -> "StaffResource":
        from .staff import StaffResource

        return StaffResource(self._client)

    @functools.cached_property
    def tasks(self) -> "TasksResource":
        from .tasks import TasksResource

        return TasksResource(self._client)


class AsyncResources:
    """The resources of an account, one attribute each, with coroutine methods."""

    def __init__(self, client: AnyClient) -> None:
        self._client = client

    @functools.cached_property
    def clients(self) -> "AsyncClientsResource":
        from .clients import AsyncClientsResource

        return AsyncClientsResource(self._client)

    @functools.cached_property
    def contacts(self) -> "AsyncContactsResource":
        from .contacts import AsyncContactsResource

        return AsyncContactsResource(self._client)

    @functools.cached_property
    def estimates(self) -> "AsyncEstimatesResource":
        from .estimates import AsyncEstimatesResource

        return AsyncEstimatesResource(self._client)

    @functools.cached_property
    def expenses(self) -> "AsyncExpensesResource":
        from .expenses import AsyncExpensesResource

        return AsyncExpensesResource(self._client)

    @functools.cached_property
    def hours(self) -> "AsyncHoursResource":
        from .hours import AsyncHoursResource

        return AsyncHoursResource(self._client)

    @functools.cached_property
    def invoices(self) -> "AsyncInvoicesResource":
        from .invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self._client)

    @functools.cached_property
    def leads(self) -> "AsyncLeadsResource":
        from .leads import AsyncLeadsResource

        return AsyncLeadsResource(self._client)

    @functools.cached_property
    def payment_profiles(self) -> "AsyncPaymentProfilesResource":
        from .payment_profiles import AsyncPaymentProfilesResource

        return AsyncPaymentProfilesResource(self._client)

    @functools.cached_property
    def payments(self) -> "AsyncPaymentsResource":
        from .payments import AsyncPaymentsResource

        return AsyncPaymentsResource(self._client)

    @functools.cached_property
    def projects(self) -> "AsyncProjectsResource":
        from .projects import AsyncProjectsResource

        return AsyncProjectsResource(self._client)

    @functools.cached_property
    def recurring_schedules(self) -> "AsyncRecurringSchedulesResource":
        from .recurring_schedules import AsyncRecurringSchedulesResource

        return AsyncRecurringSchedulesResource(self._client)

    @functools.cached_property
    def staff(self) -> "AsyncStaffResource":
        from .staff import AsyncStaffResource

        return AsyncStaffResource(self._client)

    @functools.cached_property
    def tasks(self) -> "AsyncTasksResource":
        from .tasks import AsyncTasksResource

        return AsyncTasksResource(self._client)


class RawResources:
    """Each call of each resource, answering with its raw response."""

    def __init__(self, client: AnyClient) -> None:
        self._client = client

    @functools.cached_property
    def clients(self) -> "RawClientsResource":
        from .clients import RawClientsResource

        return RawClientsResource(self._client)

    @functools.cached_property
    def contacts(self) -> "RawContactsResource":
        from .contacts import RawContactsResource

        return RawContactsResource(self._client)

    @functools.cached_property
    def estimates(self) -> "RawEstimatesResource":
        from .estimates import RawEstimatesResource

        return RawEstimatesResource(self._client)

    @functools.cached_property
    def expenses(self) -> "RawExpensesResource":
        from .expenses import RawExpensesResource

        return RawExpensesResource(self._client)

    @functools.cached_property
    def hours(self) -> "RawHoursResource":
        from .hours import RawHoursResource

        return RawHoursResource(self._client)

    @functools.cached_property
    def invoices(self) -> "RawInvoicesResource":
        from .invoices import RawInvoicesResource

        return RawInvoicesResource(self._client)

    @functools.cached_property
    def leads(self) -> "RawLeadsResource":
        from .leads import RawLeadsResource

        return RawLeadsResource(self._client)

    @functools.cached_property
    def payment_profiles(self) -> "RawPaymentProfilesResource":
        from .payment_profiles import RawPaymentProfilesResource

        return RawPaymentProfilesResource(self._client)

    @functools.cached_property
    def payments(self) -> "RawPaymentsResource":
        from .payments import RawPaymentsResource

        return RawPaymentsResource(self._client)

    @functools.cached_property
    def projects(self) -> "RawProjectsResource":
        from .projects import RawProjectsResource

        return RawProjectsResource(self._client)

    @functools.cached_property
    def recurring_schedules(self) -> "RawRecurringSchedulesResource":
        from .recurring_schedules import RawRecurringSchedulesResource

        return RawRecurringSchedulesResource(self._client)

    @functools.cached_property
    def staff(self) -> "RawStaffResource":
        from .staff import RawStaffResource

        return RawStaffResource(self._client)

    @functools.cached_property
    def tasks(self) -> "RawTasksResource":
        from .tasks import RawTasksResource

        return RawTasksResource(self._client)


class AsyncRawResources:
    """Each call of each resource, answering with its raw response (async)."""

    def __init__(self, client: AnyClient) -> None:
        self._client = client

    @functools.cached_property
    def clients(self) -> "AsyncRawClientsResource":
        from .clients import AsyncRawClientsResource

        return AsyncRawClientsResource(self._client)

    @functools.cached_property
    def contacts(self) -> "AsyncRawContactsResource":
        from .contacts import AsyncRawContactsResource

        return AsyncRawContactsResource(self._client)

    @functools.cached_property
    def estimates(self) -> "AsyncRawEstimatesResource":
        from .estimates import AsyncRawEstimatesResource

        return AsyncRawEstimatesResource(self._client)

    @functools.cached_property
    def expenses(self) -> "AsyncRawExpensesResource":
        from .expenses import AsyncRawExpensesResource

        return AsyncRawExpensesResource(self._client)

    @functools.cached_property
    def hours(self) -> "AsyncRawHoursResource":
        from .hours import AsyncRawHoursResource

        return AsyncRawHoursResource(self._client)

    @functools.cached_property
    def invoices(self) -> "AsyncRawInvoicesResource":
        from .invoices import AsyncRawInvoicesResource

        return AsyncRawInvoicesResource(self._client)

    @functools.cached_property
    def leads(self) -> "AsyncRawLeadsResource":
        from .leads import AsyncRawLeadsResource

        return AsyncRawLeadsResource(self._client)

    @functools.cached_property
    def payment_profiles(self) -> "AsyncRawPaymentProfilesResource":
        from .payment_profiles import AsyncRawPaymentProfilesResource

        return AsyncRawPaymentProfilesResource(self._client)

    @functools.cached_property
    def payments(self) -> "AsyncRawPaymentsResource":
        from .payments import AsyncRawPaymentsResource

        return AsyncRawPaymentsResource(self._client)

    @functools.cached_property
    def projects(self) -> "AsyncRawProjectsResource":
        from .projects import AsyncRawProjectsResource

        return AsyncRawProjectsResource(self._client)

    @functools.cached_property
    def recurring_schedules(self) -> "AsyncRawRecurringSchedulesResource":
        from .recurring_schedules import AsyncRawRecurringSchedulesResource

        return AsyncRawRecurringSchedulesResource(self._client)

    @functools.cached_property
    def staff(self) -> "AsyncRawStaffResource":
        from .staff import AsyncRawStaffResource

        return AsyncRawStaffResource(self._client)

    @functools.cached_property
    def tasks(self) -> "AsyncRawTasksResource":
        from .tasks import AsyncRawTasksResource

        return AsyncRawTasksResource(self._client)
