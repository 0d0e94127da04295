"""How every record of a resource is read, complete: which lists, with which arguments.

All of it comes from the catalogue:

- a list of the whole account when there is one, with the arguments that make it complete
  (`filter=all` for projects, an all-time range for expenses) and its largest page size;
- narrowed to one client or project by the list scoped to it; or, when there is none, by the
  whole-account list keeping the records whose `client_id` (`project_id`) is that id;
- otherwise one list per record of the resource it is scoped by: the time entries of every
  project (completed ones too), the payment profiles of every client.

`_reading` walks a plan. This module does no I/O and imports neither httpx nor the models, so
the help can describe every resource quickly.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .._dates import parse_date, parse_timestamp
from ._catalogue import Listing, Resource, get_resource, schema_fields

__all__ = ["DayRange", "Plan", "Scope", "ScopeError", "plan"]

# "Every expense whatever its date" through a list that defaults to the current fiscal year: the
# widest range the spec's query days take that common databases store (MySQL's DATE starts in
# year 1000), so the server has no reason to refuse it.
ALL_TIME = (datetime.date(1000, 1, 1), datetime.date(9999, 12, 31))


class ScopeError(ValueError):
    """The resource cannot be narrowed the way asked."""


@dataclass(frozen=True)
class Scope:
    """Only the records of one client or project: the scoping resource, the field naming it."""

    resource: str  # "clients"
    field: str  # "client_id"
    record_id: int


@dataclass(frozen=True)
class DayRange:
    """`since` to `until`, both included; None leaves that end open."""

    since: datetime.date | None = None
    until: datetime.date | None = None

    @property
    def open(self) -> bool:
        return self.since is None and self.until is None

    def holds(self, day: datetime.date | None) -> bool:
        if day is None:
            return self.open
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


@dataclass(frozen=True)
class Plan:
    """One list operation with its arguments (API names); with a parent, it is read once per
    record of the parent plan, that record's id as its scope argument."""

    listing: Listing
    arguments: dict[str, object]
    parent: "Plan | None" = None
    keep: tuple[Callable[[Any], bool], ...] = field(default=())


def plan(resource: Resource, scope: Scope | None = None, days: DayRange | None = None) -> Plan:
    """How to read every record of `resource` (within `scope`) whose day is within `days`."""
    days = days or DayRange()
    found = _plan(resource, scope, days, depth=0)
    if resource.day is not None and not days.open:
        found = _keeping(found, _day_test(resource.day, days))
    return found


def _plan(resource: Resource, scope: Scope | None, days: DayRange, depth: int) -> Plan:
    if depth > 3:
        raise ScopeError(f"{resource.name}: the lists are scoped in a circle")
    whole = [listing for listing in resource.lists if listing.scope is None]
    if scope is None:
        if whole:
            return Plan(whole[0], _arguments(whole[0], days))
        scoped = resource.lists[0]
        assert scoped.scope is not None  # the catalogue has lists, each whole or scoped
        parent = _plan(get_resource(scoped.scope), None, DayRange(), depth + 1)
        return Plan(scoped, _arguments(scoped, days), parent=parent)
    for listing in resource.lists:
        if listing.scope == scope.resource:
            arguments = {**_arguments(listing, days), listing.scope_argument or "": scope.record_id}
            return Plan(listing, arguments)
    if whole and _has_field(resource, scope.field):
        return _keeping(Plan(whole[0], _arguments(whole[0], days)), _field_test(scope))
    for listing in resource.lists:
        if listing.scope is not None and listing.scope != resource.name:
            try:
                parent = _plan(get_resource(listing.scope), scope, DayRange(), depth + 1)
            except ScopeError:
                continue
            return Plan(listing, _arguments(listing, days), parent=parent)
    raise ScopeError(f"{resource.name} cannot be narrowed to one of the {scope.resource}")


def _arguments(listing: Listing, days: DayRange) -> dict[str, object]:
    arguments: dict[str, object] = dict(listing.complete)
    if listing.page_size is not None:
        arguments["page_size"] = listing.page_size
    if listing.day_range is not None:
        first, last = listing.day_range
        arguments[first] = (days.since or ALL_TIME[0]).isoformat()
        arguments[last] = (days.until or ALL_TIME[1]).isoformat()
    return arguments


def _has_field(resource: Resource, name: str) -> bool:
    return any(field.name == name for field in schema_fields(resource.record))


def _keeping(found: Plan, test: Callable[[Any], bool]) -> Plan:
    return Plan(found.listing, found.arguments, found.parent, (*found.keep, test))


def _field_test(scope: Scope) -> Callable[[Any], bool]:
    def belongs(record: Any) -> bool:
        return bool(getattr(record, scope.field, None) == scope.record_id)

    return belongs


def _day_test(day_field: str, days: DayRange) -> Callable[[Any], bool]:
    def within(record: Any) -> bool:
        value = getattr(record, day_field, None)
        if isinstance(value, datetime.datetime):
            return days.holds(value.date())
        if isinstance(value, datetime.date):
            return days.holds(value)
        if not isinstance(value, str):
            return days.holds(None)
        try:
            moment = parse_timestamp(value) if "T" in value else None
            return days.holds(moment.date() if moment else parse_date(value))
        except ValueError:
            return False  # a day that cannot be read is not shown to be in the range

    return within
