# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Tasks: `api.tasks` of clientary.Clientary."""

import datetime

from clientary_client.api.tasks import (
    create_task,
    delete_task,
    get_task,
    list_project_tasks,
    list_tasks,
    update_task,
)
from clientary_client.models import (
    NewTaskFields,
    Task,
    TaskCreateRequest,
    TaskFields,
    TaskList,
    TaskUpdateRequest,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, one_scope, raw_call

__all__ = ["AsyncRawTasksResource", "AsyncTasksResource", "RawTasksResource", "TasksResource"]


class TasksResource(Resource):
    """The tasks of a Clientary account."""

    def get(self, id: int) -> Task:
        """Get a task."""
        return call(get_task, client=self._client, id=id)

    def create(
        self,
        *,
        title: str,
        description: str | Unset | None = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        complete: bool | Unset = UNSET,
        completed: bool | Unset = UNSET,
    ) -> Task:
        """Create a task."""
        return call(
            create_task,
            client=self._client,
            body=TaskCreateRequest(
                task=NewTaskFields(
                    title=title,
                    description=description,
                    due_date=due_date,
                    project_id=project_id,
                    assignee_id=assignee_id,
                    client_id=client_id,
                    complete=complete,
                    completed=completed,
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        title: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        complete: bool | Unset = UNSET,
        completed: bool | Unset = UNSET,
    ) -> Task:
        """Update a task."""
        return call(
            update_task,
            client=self._client,
            id=id,
            body=TaskUpdateRequest(
                task=TaskFields(
                    title=title,
                    description=description,
                    due_date=due_date,
                    project_id=project_id,
                    assignee_id=assignee_id,
                    client_id=client_id,
                    complete=complete,
                    completed=completed,
                )
            ),
        )

    def delete(self, id: int) -> None:
        """Delete a task."""
        call(delete_task, client=self._client, id=id)

    def list(
        self, *, project_id: int | None = None, page_size: int | Unset = UNSET, concurrency: int = 1
    ) -> Paginator[Task, TaskList]:
        """List tasks."""
        one_scope("tasks.list", project_id=project_id)
        if project_id is not None:
            return paginate(
                list_project_tasks,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
                concurrency=concurrency,
            )
        return paginate(
            list_tasks, client=self._client, page_size=page_size, concurrency=concurrency
        )


class AsyncTasksResource(Resource):
    """The tasks of a Clientary account (async)."""

    async def get(self, id: int) -> Task:
        """Get a task."""
        return await acall(get_task, client=self._client, id=id)

    async def create(
        self,
        *,
        title: str,
        description: str | Unset | None = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        complete: bool | Unset = UNSET,
        completed: bool | Unset = UNSET,
    ) -> Task:
        """Create a task."""
        return await acall(
            create_task,
            client=self._client,
            body=TaskCreateRequest(
                task=NewTaskFields(
                    title=title,
                    description=description,
                    due_date=due_date,
                    project_id=project_id,
                    assignee_id=assignee_id,
                    client_id=client_id,
                    complete=complete,
                    completed=completed,
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        title: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        complete: bool | Unset = UNSET,
        completed: bool | Unset = UNSET,
    ) -> Task:
        """Update a task."""
        return await acall(
            update_task,
            client=self._client,
            id=id,
            body=TaskUpdateRequest(
                task=TaskFields(
                    title=title,
                    description=description,
                    due_date=due_date,
                    project_id=project_id,
                    assignee_id=assignee_id,
                    client_id=client_id,
                    complete=complete,
                    completed=completed,
                )
            ),
        )

    async def delete(self, id: int) -> None:
        """Delete a task."""
        await acall(delete_task, client=self._client, id=id)

    def list(
        self, *, project_id: int | None = None, page_size: int | Unset = UNSET, concurrency: int = 1
    ) -> AsyncPaginator[Task, TaskList]:
        """List tasks."""
        one_scope("tasks.list", project_id=project_id)
        if project_id is not None:
            return apaginate(
                list_project_tasks,
                client=self._client,
                project_id=project_id,
                page_size=page_size,
                concurrency=concurrency,
            )
        return apaginate(
            list_tasks, client=self._client, page_size=page_size, concurrency=concurrency
        )


class RawTasksResource(Resource):
    """`api.with_raw_response.tasks`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[Task]:
        """Get a task."""
        return raw_call(get_task, client=self._client, id=id)

    def create(
        self,
        *,
        title: str,
        description: str | Unset | None = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        complete: bool | Unset = UNSET,
        completed: bool | Unset = UNSET,
    ) -> RawResponse[Task]:
        """Create a task."""
        return raw_call(
            create_task,
            client=self._client,
            body=TaskCreateRequest(
                task=NewTaskFields(
                    title=title,
                    description=description,
                    due_date=due_date,
                    project_id=project_id,
                    assignee_id=assignee_id,
                    client_id=client_id,
                    complete=complete,
                    completed=completed,
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        title: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        complete: bool | Unset = UNSET,
        completed: bool | Unset = UNSET,
    ) -> RawResponse[Task]:
        """Update a task."""
        return raw_call(
            update_task,
            client=self._client,
            id=id,
            body=TaskUpdateRequest(
                task=TaskFields(
                    title=title,
                    description=description,
                    due_date=due_date,
                    project_id=project_id,
                    assignee_id=assignee_id,
                    client_id=client_id,
                    complete=complete,
                    completed=completed,
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete a task."""
        return raw_call(delete_task, client=self._client, id=id)

    def list(
        self, *, project_id: int | None = None, page_size: int | Unset = UNSET
    ) -> RawResponse[TaskList]:
        """List tasks."""
        one_scope("tasks.list", project_id=project_id)
        if project_id is not None:
            return raw_call(
                list_project_tasks, client=self._client, project_id=project_id, page_size=page_size
            )
        return raw_call(list_tasks, client=self._client, page_size=page_size)


class AsyncRawTasksResource(Resource):
    """`api.with_raw_response.tasks`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[Task]:
        """Get a task."""
        return await araw_call(get_task, client=self._client, id=id)

    async def create(
        self,
        *,
        title: str,
        description: str | Unset | None = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        complete: bool | Unset = UNSET,
        completed: bool | Unset = UNSET,
    ) -> RawResponse[Task]:
        """Create a task."""
        return await araw_call(
            create_task,
            client=self._client,
            body=TaskCreateRequest(
                task=NewTaskFields(
                    title=title,
                    description=description,
                    due_date=due_date,
                    project_id=project_id,
                    assignee_id=assignee_id,
                    client_id=client_id,
                    complete=complete,
                    completed=completed,
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        title: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        due_date: datetime.date | str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        complete: bool | Unset = UNSET,
        completed: bool | Unset = UNSET,
    ) -> RawResponse[Task]:
        """Update a task."""
        return await araw_call(
            update_task,
            client=self._client,
            id=id,
            body=TaskUpdateRequest(
                task=TaskFields(
                    title=title,
                    description=description,
                    due_date=due_date,
                    project_id=project_id,
                    assignee_id=assignee_id,
                    client_id=client_id,
                    complete=complete,
                    completed=completed,
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete a task."""
        return await araw_call(delete_task, client=self._client, id=id)

    async def list(
        self, *, project_id: int | None = None, page_size: int | Unset = UNSET
    ) -> RawResponse[TaskList]:
        """List tasks."""
        one_scope("tasks.list", project_id=project_id)
        if project_id is not None:
            return await araw_call(
                list_project_tasks, client=self._client, project_id=project_id, page_size=page_size
            )
        return await araw_call(list_tasks, client=self._client, page_size=page_size)
