"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time its name is used.
"""

# Under private names: the package's public names are the models.
import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .budget_type import BudgetType
    from .client_create_request import ClientCreateRequest
    from .client_fields import ClientFields
    from .client_list import ClientList
    from .client_record import ClientRecord
    from .client_status import ClientStatus
    from .client_update_request import ClientUpdateRequest
    from .contact import Contact
    from .contact_create_request import ContactCreateRequest
    from .contact_fields import ContactFields
    from .contact_list import ContactList
    from .contact_update_request import ContactUpdateRequest
    from .error_response import ErrorResponse
    from .error_response_errors_type_0 import ErrorResponseErrorsType0
    from .estimate import Estimate
    from .estimate_create_request import EstimateCreateRequest
    from .estimate_fields import EstimateFields
    from .estimate_list import EstimateList
    from .estimate_status import EstimateStatus
    from .estimate_update_request import EstimateUpdateRequest
    from .expense import Expense
    from .expense_create_request import ExpenseCreateRequest
    from .expense_fields import ExpenseFields
    from .expense_list import ExpenseList
    from .expense_update_request import ExpenseUpdateRequest
    from .extra_fields_input import ExtraFieldsInput
    from .hour_entry import HourEntry
    from .hour_entry_create_request import HourEntryCreateRequest
    from .hour_entry_fields import HourEntryFields
    from .hour_entry_update_request import HourEntryUpdateRequest
    from .hour_list import HourList
    from .invoice import Invoice
    from .invoice_create_request import InvoiceCreateRequest
    from .invoice_fields import InvoiceFields
    from .invoice_list import InvoiceList
    from .invoice_message_request import InvoiceMessageRequest
    from .invoice_payment import InvoicePayment
    from .invoice_status import InvoiceStatus
    from .invoice_update_request import InvoiceUpdateRequest
    from .lead import Lead
    from .lead_create_request import LeadCreateRequest
    from .lead_list import LeadList
    from .lead_update_request import LeadUpdateRequest
    from .line_item import LineItem
    from .line_item_attributes import LineItemAttributes
    from .line_item_type import LineItemType
    from .list_client_projects_filter import ListClientProjectsFilter
    from .list_clients_sort import ListClientsSort
    from .list_leads_sort import ListLeadsSort
    from .list_payments_sort import ListPaymentsSort
    from .list_project_hours_filter import ListProjectHoursFilter
    from .list_projects_filter import ListProjectsFilter
    from .new_client_fields import NewClientFields
    from .new_contact_fields import NewContactFields
    from .new_estimate_fields import NewEstimateFields
    from .new_expense_fields import NewExpenseFields
    from .new_hour_entry_fields import NewHourEntryFields
    from .new_invoice_fields import NewInvoiceFields
    from .new_project_fields import NewProjectFields
    from .new_recurring_schedule_fields import NewRecurringScheduleFields
    from .new_task_fields import NewTaskFields
    from .payment import Payment
    from .payment_create_request import PaymentCreateRequest
    from .payment_fields import PaymentFields
    from .payment_list import PaymentList
    from .payment_profile import PaymentProfile
    from .payment_profile_create_request import PaymentProfileCreateRequest
    from .payment_profile_list import PaymentProfileList
    from .project import Project
    from .project_create_request import ProjectCreateRequest
    from .project_fields import ProjectFields
    from .project_list import ProjectList
    from .project_status import ProjectStatus
    from .project_type import ProjectType
    from .project_update_request import ProjectUpdateRequest
    from .recurring_action import RecurringAction
    from .recurring_schedule import RecurringSchedule
    from .recurring_schedule_client import RecurringScheduleClient
    from .recurring_schedule_create_request import RecurringScheduleCreateRequest
    from .recurring_schedule_fields import RecurringScheduleFields
    from .recurring_schedule_item import RecurringScheduleItem
    from .recurring_schedule_list import RecurringScheduleList
    from .recurring_schedule_ref import RecurringScheduleRef
    from .recurring_schedule_update_request import RecurringScheduleUpdateRequest
    from .recurring_status import RecurringStatus
    from .staff import Staff
    from .staff_list import StaffList
    from .stripe_payment_profile_fields import StripePaymentProfileFields
    from .task import Task
    from .task_create_request import TaskCreateRequest
    from .task_fields import TaskFields
    from .task_list import TaskList
    from .task_update_request import TaskUpdateRequest
    from .time_interval import TimeInterval

__all__ = (
    "BudgetType",
    "ClientCreateRequest",
    "ClientFields",
    "ClientList",
    "ClientRecord",
    "ClientStatus",
    "ClientUpdateRequest",
    "Contact",
    "ContactCreateRequest",
    "ContactFields",
    "ContactList",
    "ContactUpdateRequest",
    "ErrorResponse",
    "ErrorResponseErrorsType0",
    "Estimate",
    "EstimateCreateRequest",
    "EstimateFields",
    "EstimateList",
    "EstimateStatus",
    "EstimateUpdateRequest",
    "Expense",
    "ExpenseCreateRequest",
    "ExpenseFields",
    "ExpenseList",
    "ExpenseUpdateRequest",
    "ExtraFieldsInput",
    "HourEntry",
    "HourEntryCreateRequest",
    "HourEntryFields",
    "HourEntryUpdateRequest",
    "HourList",
    "Invoice",
    "InvoiceCreateRequest",
    "InvoiceFields",
    "InvoiceList",
    "InvoiceMessageRequest",
    "InvoicePayment",
    "InvoiceStatus",
    "InvoiceUpdateRequest",
    "Lead",
    "LeadCreateRequest",
    "LeadList",
    "LeadUpdateRequest",
    "LineItem",
    "LineItemAttributes",
    "LineItemType",
    "ListClientProjectsFilter",
    "ListClientsSort",
    "ListLeadsSort",
    "ListPaymentsSort",
    "ListProjectHoursFilter",
    "ListProjectsFilter",
    "NewClientFields",
    "NewContactFields",
    "NewEstimateFields",
    "NewExpenseFields",
    "NewHourEntryFields",
    "NewInvoiceFields",
    "NewProjectFields",
    "NewRecurringScheduleFields",
    "NewTaskFields",
    "Payment",
    "PaymentCreateRequest",
    "PaymentFields",
    "PaymentList",
    "PaymentProfile",
    "PaymentProfileCreateRequest",
    "PaymentProfileList",
    "Project",
    "ProjectCreateRequest",
    "ProjectFields",
    "ProjectList",
    "ProjectStatus",
    "ProjectType",
    "ProjectUpdateRequest",
    "RecurringAction",
    "RecurringSchedule",
    "RecurringScheduleClient",
    "RecurringScheduleCreateRequest",
    "RecurringScheduleFields",
    "RecurringScheduleItem",
    "RecurringScheduleList",
    "RecurringScheduleRef",
    "RecurringScheduleUpdateRequest",
    "RecurringStatus",
    "Staff",
    "StaffList",
    "StripePaymentProfileFields",
    "Task",
    "TaskCreateRequest",
    "TaskFields",
    "TaskList",
    "TaskUpdateRequest",
    "TimeInterval",
)

# Model name -> the module that defines it.
_MODULES = {
    "BudgetType": ".budget_type",
    "ClientCreateRequest": ".client_create_request",
    "ClientFields": ".client_fields",
    "ClientList": ".client_list",
    "ClientRecord": ".client_record",
    "ClientStatus": ".client_status",
    "ClientUpdateRequest": ".client_update_request",
    "Contact": ".contact",
    "ContactCreateRequest": ".contact_create_request",
    "ContactFields": ".contact_fields",
    "ContactList": ".contact_list",
    "ContactUpdateRequest": ".contact_update_request",
    "ErrorResponse": ".error_response",
    "ErrorResponseErrorsType0": ".error_response_errors_type_0",
    "Estimate": ".estimate",
    "EstimateCreateRequest": ".estimate_create_request",
    "EstimateFields": ".estimate_fields",
    "EstimateList": ".estimate_list",
    "EstimateStatus": ".estimate_status",
    "EstimateUpdateRequest": ".estimate_update_request",
    "Expense": ".expense",
    "ExpenseCreateRequest": ".expense_create_request",
    "ExpenseFields": ".expense_fields",
    "ExpenseList": ".expense_list",
    "ExpenseUpdateRequest": ".expense_update_request",
    "ExtraFieldsInput": ".extra_fields_input",
    "HourEntry": ".hour_entry",
    "HourEntryCreateRequest": ".hour_entry_create_request",
    "HourEntryFields": ".hour_entry_fields",
    "HourEntryUpdateRequest": ".hour_entry_update_request",
    "HourList": ".hour_list",
    "Invoice": ".invoice",
    "InvoiceCreateRequest": ".invoice_create_request",
    "InvoiceFields": ".invoice_fields",
    "InvoiceList": ".invoice_list",
    "InvoiceMessageRequest": ".invoice_message_request",
    "InvoicePayment": ".invoice_payment",
    "InvoiceStatus": ".invoice_status",
    "InvoiceUpdateRequest": ".invoice_update_request",
    "Lead": ".lead",
    "LeadCreateRequest": ".lead_create_request",
    "LeadList": ".lead_list",
    "LeadUpdateRequest": ".lead_update_request",
    "LineItem": ".line_item",
    "LineItemAttributes": ".line_item_attributes",
    "LineItemType": ".line_item_type",
    "ListClientProjectsFilter": ".list_client_projects_filter",
    "ListClientsSort": ".list_clients_sort",
    "ListLeadsSort": ".list_leads_sort",
    "ListPaymentsSort": ".list_payments_sort",
    "ListProjectHoursFilter": ".list_project_hours_filter",
    "ListProjectsFilter": ".list_projects_filter",
    "NewClientFields": ".new_client_fields",
    "NewContactFields": ".new_contact_fields",
    "NewEstimateFields": ".new_estimate_fields",
    "NewExpenseFields": ".new_expense_fields",
    "NewHourEntryFields": ".new_hour_entry_fields",
    "NewInvoiceFields": ".new_invoice_fields",
    "NewProjectFields": ".new_project_fields",
    "NewRecurringScheduleFields": ".new_recurring_schedule_fields",
    "NewTaskFields": ".new_task_fields",
    "Payment": ".payment",
    "PaymentCreateRequest": ".payment_create_request",
    "PaymentFields": ".payment_fields",
    "PaymentList": ".payment_list",
    "PaymentProfile": ".payment_profile",
    "PaymentProfileCreateRequest": ".payment_profile_create_request",
    "PaymentProfileList": ".payment_profile_list",
    "Project": ".project",
    "ProjectCreateRequest": ".project_create_request",
    "ProjectFields": ".project_fields",
    "ProjectList": ".project_list",
    "ProjectStatus": ".project_status",
    "ProjectType": ".project_type",
    "ProjectUpdateRequest": ".project_update_request",
    "RecurringAction": ".recurring_action",
    "RecurringSchedule": ".recurring_schedule",
    "RecurringScheduleClient": ".recurring_schedule_client",
    "RecurringScheduleCreateRequest": ".recurring_schedule_create_request",
    "RecurringScheduleFields": ".recurring_schedule_fields",
    "RecurringScheduleItem": ".recurring_schedule_item",
    "RecurringScheduleList": ".recurring_schedule_list",
    "RecurringScheduleRef": ".recurring_schedule_ref",
    "RecurringScheduleUpdateRequest": ".recurring_schedule_update_request",
    "RecurringStatus": ".recurring_status",
    "Staff": ".staff",
    "StaffList": ".staff_list",
    "StripePaymentProfileFields": ".stripe_payment_profile_fields",
    "Task": ".task",
    "TaskCreateRequest": ".task_create_request",
    "TaskFields": ".task_fields",
    "TaskList": ".task_list",
    "TaskUpdateRequest": ".task_update_request",
    "TimeInterval": ".time_interval",
}

if not _typing.TYPE_CHECKING:

    def __getattr__(name: str) -> _typing.Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups find it without coming here
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
