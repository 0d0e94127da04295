from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    write_day,
)

T = TypeVar("T", bound="TaskFields")


@_attrs_define
class TaskFields:
    """Writable task fields; `title` is required on create. The docs' update example sets `completed` while the record
    calls the flag `complete`; both are accepted.

    """

    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    due_date: datetime.date | str | Unset = UNSET
    """ A calendar day. Clientary writes most response dates with slashes (`2011/07/26`) and some with dashes
    (`2017-07-22`); both forms are accepted here, and requests should use dashes. """
    project_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    assignee_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    client_id: int | Unset = UNSET
    """ Numeric id of a record, as sent. At most 2^53 - 1, the largest integer JavaScript reads exactly, so that
    tools written in JavaScript read these ids as this document does. """
    complete: bool | Unset = UNSET
    completed: bool | Unset = UNSET
    """ The spelling used by the docs' update example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        due_date = self.due_date

        project_id = self.project_id

        assignee_id = self.assignee_id

        client_id = self.client_id

        complete = self.complete

        completed = self.completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if complete is not UNSET:
            field_dict["complete"] = complete
        if completed is not UNSET:
            field_dict["completed"] = completed

        # Each typed value in its JSON form, by the one rule of types.py.
        if "due_date" in field_dict:
            field_dict["due_date"] = write_day(field_dict["due_date"], "due_date")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        due_date = d.pop("due_date", UNSET)

        project_id = d.pop("project_id", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        complete = d.pop("complete", UNSET)

        completed = d.pop("completed", UNSET)

        task_fields = cls(
            title,
            description,
            due_date,
            project_id,
            assignee_id,
            client_id,
            complete,
            completed,
        )

        task_fields.additional_properties = d
        return task_fields

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
