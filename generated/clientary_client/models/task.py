from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    days_read,
    json_value,
    read_day,
    read_timestamp,
)

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A to-do item, optionally tied to a project or client and assigned to a staff user."""

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    title: str
    description: None | str
    complete: bool
    completed_at: datetime.datetime | None
    """ A moment with its zone, in any form Timestamp accepts, or null when not set. """
    due_date: datetime.date | None
    """ A calendar day with slashes or dashes, or null when not set. """
    assignee_id: int | None
    """ The staff user the task is assigned to. """
    project_id: int | None
    client_id: int | None
    user_id: int | None
    """ The staff user who created the task. """
    created_at: datetime.datetime
    """ A moment with its zone: ISO 8601 such as `2012-11-08T21:20:47Z` or `2013-02-06T21:23:21-08:00`, or as Ruby
    writes it, `2011/06/29 23:01:08 -0700`. """
    updated_at: datetime.datetime
    """ A moment with its zone: ISO 8601 such as `2012-11-08T21:20:47Z` or `2013-02-06T21:23:21-08:00`, or as Ruby
    writes it, `2011/06/29 23:01:08 -0700`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description: None | str
        description = self.description

        complete = self.complete

        completed_at: datetime.datetime | None
        completed_at = self.completed_at

        due_date: datetime.date | None
        due_date = self.due_date

        assignee_id: int | None
        assignee_id = self.assignee_id

        project_id: int | None
        project_id = self.project_id

        client_id: int | None
        client_id = self.client_id

        user_id: int | None
        user_id = self.user_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "complete": complete,
                "completed_at": completed_at,
                "due_date": due_date,
                "assignee_id": assignee_id,
                "project_id": project_id,
                "client_id": client_id,
                "user_id": user_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        # Each typed value in its JSON form, by the one rule of types.py.
        field_dict["completed_at"] = json_value(field_dict["completed_at"], "completed_at")
        field_dict["due_date"] = json_value(field_dict["due_date"], "due_date")
        field_dict["created_at"] = json_value(field_dict["created_at"], "created_at")
        field_dict["updated_at"] = json_value(field_dict["updated_at"], "updated_at")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        description = d.pop("description")

        complete = d.pop("complete")

        completed_at = d.pop("completed_at")
        if completed_at is not None:
            completed_at = read_timestamp(completed_at)

        due_date = d.pop("due_date")
        if due_date is not None:
            due_date = days_read[due_date] if due_date.__class__ is str else read_day(due_date)

        assignee_id = d.pop("assignee_id")

        project_id = d.pop("project_id")

        client_id = d.pop("client_id")

        user_id = d.pop("user_id")

        created_at = read_timestamp(d.pop("created_at"))

        updated_at = read_timestamp(d.pop("updated_at"))

        task = cls(
            id,
            title,
            description,
            complete,
            completed_at,
            due_date,
            assignee_id,
            project_id,
            client_id,
            user_id,
            created_at,
            updated_at,
        )

        task.additional_properties = d
        return task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
