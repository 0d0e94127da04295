"""Contains all the data models used in inputs/outputs"""

from .budget_type import BudgetType
from .client_create_request import ClientCreateRequest
from .client_fields import ClientFields
from .client_list import ClientList
from .client_record import ClientRecord
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
