"""One module per resource family; importing them fills the operation registry."""

from . import (
    billing,
    clients,
    contacts,
    expenses,
    hours,
    payments,
    projects,
    recurring,
    staff,
    tasks,
)

__all__ = [
    "billing",
    "clients",
    "contacts",
    "expenses",
    "hours",
    "payments",
    "projects",
    "recurring",
    "staff",
    "tasks",
]
