# Written by scripts/generate from spec/clientary.yaml: do not edit.
"""Projects: `api.projects` of clientary.Clientary."""

import datetime
import decimal
from typing import Literal

from clientary_client.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_client_projects,
    list_projects,
    update_project,
)
from clientary_client.models import (
    BudgetType,
    ListClientProjectsFilter,
    ListProjectsFilter,
    NewProjectFields,
    Project,
    ProjectCreateRequest,
    ProjectFields,
    ProjectList,
    ProjectStatus,
    ProjectType,
    ProjectUpdateRequest,
)
from clientary_client.types import UNSET, Unset

from .._call import acall, call
from .._paginate import apaginate, paginate
from .._paginator import AsyncPaginator, Paginator
from .._resource_base import RawResponse, Resource, araw_call, enum_value, one_scope, raw_call

__all__ = [
    "AsyncProjectsResource",
    "AsyncRawProjectsResource",
    "ProjectsResource",
    "RawProjectsResource",
]


class ProjectsResource(Resource):
    """The projects of a Clientary account."""

    def get(self, id: int) -> Project:
        """Get a project."""
        return call(get_project, client=self._client, id=id)

    def create(
        self,
        *,
        name: str,
        rate: decimal.Decimal | float,
        number: str | int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        description: str | Unset | None = UNSET,
        status: ProjectStatus | int | Unset = UNSET,
        budget_type: BudgetType | int | Unset = UNSET,
        project_type: ProjectType | int | Unset = UNSET,
        budget: decimal.Decimal | float | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
    ) -> Project:
        """Create a project."""
        return call(
            create_project,
            client=self._client,
            body=ProjectCreateRequest(
                project=NewProjectFields(
                    name=name,
                    rate=rate,
                    number=number,
                    client_id=client_id,
                    description=description,
                    status=status,
                    budget_type=budget_type,
                    project_type=project_type,
                    budget=budget,
                    currency_code=currency_code,
                    end_date=end_date,
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
        number: str | int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        description: str | Unset | None = UNSET,
        status: ProjectStatus | int | Unset = UNSET,
        budget_type: BudgetType | int | Unset = UNSET,
        project_type: ProjectType | int | Unset = UNSET,
        budget: decimal.Decimal | float | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
    ) -> Project:
        """Update a project."""
        return call(
            update_project,
            client=self._client,
            id=id,
            body=ProjectUpdateRequest(
                project=ProjectFields(
                    name=name,
                    rate=rate,
                    number=number,
                    client_id=client_id,
                    description=description,
                    status=status,
                    budget_type=budget_type,
                    project_type=project_type,
                    budget=budget,
                    currency_code=currency_code,
                    end_date=end_date,
                )
            ),
        )

    def delete(self, id: int) -> None:
        """Delete a project."""
        call(delete_project, client=self._client, id=id)

    def list(
        self,
        *,
        client_id: int | None = None,
        page_size: int | Unset = UNSET,
        filter: ListProjectsFilter | Literal["all"] | ListClientProjectsFilter | Unset = UNSET,
        concurrency: int = 1,
    ) -> Paginator[Project, ProjectList]:
        """List projects."""
        one_scope("projects.list", client_id=client_id)
        if client_id is not None:
            return paginate(
                list_client_projects,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                filter_=enum_value(ListClientProjectsFilter, filter, "filter"),
                concurrency=concurrency,
            )
        return paginate(
            list_projects,
            client=self._client,
            page_size=page_size,
            filter_=enum_value(ListProjectsFilter, filter, "filter"),
            concurrency=concurrency,
        )


class AsyncProjectsResource(Resource):
    """The projects of a Clientary account (async)."""

    async def get(self, id: int) -> Project:
        """Get a project."""
        return await acall(get_project, client=self._client, id=id)

    async def create(
        self,
        *,
        name: str,
        rate: decimal.Decimal | float,
        number: str | int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        description: str | Unset | None = UNSET,
        status: ProjectStatus | int | Unset = UNSET,
        budget_type: BudgetType | int | Unset = UNSET,
        project_type: ProjectType | int | Unset = UNSET,
        budget: decimal.Decimal | float | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
    ) -> Project:
        """Create a project."""
        return await acall(
            create_project,
            client=self._client,
            body=ProjectCreateRequest(
                project=NewProjectFields(
                    name=name,
                    rate=rate,
                    number=number,
                    client_id=client_id,
                    description=description,
                    status=status,
                    budget_type=budget_type,
                    project_type=project_type,
                    budget=budget,
                    currency_code=currency_code,
                    end_date=end_date,
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
        number: str | int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        description: str | Unset | None = UNSET,
        status: ProjectStatus | int | Unset = UNSET,
        budget_type: BudgetType | int | Unset = UNSET,
        project_type: ProjectType | int | Unset = UNSET,
        budget: decimal.Decimal | float | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
    ) -> Project:
        """Update a project."""
        return await acall(
            update_project,
            client=self._client,
            id=id,
            body=ProjectUpdateRequest(
                project=ProjectFields(
                    name=name,
                    rate=rate,
                    number=number,
                    client_id=client_id,
                    description=description,
                    status=status,
                    budget_type=budget_type,
                    project_type=project_type,
                    budget=budget,
                    currency_code=currency_code,
                    end_date=end_date,
                )
            ),
        )

    async def delete(self, id: int) -> None:
        """Delete a project."""
        await acall(delete_project, client=self._client, id=id)

    def list(
        self,
        *,
        client_id: int | None = None,
        page_size: int | Unset = UNSET,
        filter: ListProjectsFilter | Literal["all"] | ListClientProjectsFilter | Unset = UNSET,
        concurrency: int = 1,
    ) -> AsyncPaginator[Project, ProjectList]:
        """List projects."""
        one_scope("projects.list", client_id=client_id)
        if client_id is not None:
            return apaginate(
                list_client_projects,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                filter_=enum_value(ListClientProjectsFilter, filter, "filter"),
                concurrency=concurrency,
            )
        return apaginate(
            list_projects,
            client=self._client,
            page_size=page_size,
            filter_=enum_value(ListProjectsFilter, filter, "filter"),
            concurrency=concurrency,
        )


class RawProjectsResource(Resource):
    """`api.with_raw_response.projects`: each call answers with its raw response."""

    def get(self, id: int) -> RawResponse[Project]:
        """Get a project."""
        return raw_call(get_project, client=self._client, id=id)

    def create(
        self,
        *,
        name: str,
        rate: decimal.Decimal | float,
        number: str | int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        description: str | Unset | None = UNSET,
        status: ProjectStatus | int | Unset = UNSET,
        budget_type: BudgetType | int | Unset = UNSET,
        project_type: ProjectType | int | Unset = UNSET,
        budget: decimal.Decimal | float | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
    ) -> RawResponse[Project]:
        """Create a project."""
        return raw_call(
            create_project,
            client=self._client,
            body=ProjectCreateRequest(
                project=NewProjectFields(
                    name=name,
                    rate=rate,
                    number=number,
                    client_id=client_id,
                    description=description,
                    status=status,
                    budget_type=budget_type,
                    project_type=project_type,
                    budget=budget,
                    currency_code=currency_code,
                    end_date=end_date,
                )
            ),
        )

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
        number: str | int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        description: str | Unset | None = UNSET,
        status: ProjectStatus | int | Unset = UNSET,
        budget_type: BudgetType | int | Unset = UNSET,
        project_type: ProjectType | int | Unset = UNSET,
        budget: decimal.Decimal | float | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
    ) -> RawResponse[Project]:
        """Update a project."""
        return raw_call(
            update_project,
            client=self._client,
            id=id,
            body=ProjectUpdateRequest(
                project=ProjectFields(
                    name=name,
                    rate=rate,
                    number=number,
                    client_id=client_id,
                    description=description,
                    status=status,
                    budget_type=budget_type,
                    project_type=project_type,
                    budget=budget,
                    currency_code=currency_code,
                    end_date=end_date,
                )
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete a project."""
        return raw_call(delete_project, client=self._client, id=id)

    def list(
        self,
        *,
        client_id: int | None = None,
        page_size: int | Unset = UNSET,
        filter: ListProjectsFilter | Literal["all"] | ListClientProjectsFilter | Unset = UNSET,
    ) -> RawResponse[ProjectList]:
        """List projects."""
        one_scope("projects.list", client_id=client_id)
        if client_id is not None:
            return raw_call(
                list_client_projects,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                filter_=enum_value(ListClientProjectsFilter, filter, "filter"),
            )
        return raw_call(
            list_projects,
            client=self._client,
            page_size=page_size,
            filter_=enum_value(ListProjectsFilter, filter, "filter"),
        )


class AsyncRawProjectsResource(Resource):
    """`api.with_raw_response.projects`: each call answers with its raw response (async)."""

    async def get(self, id: int) -> RawResponse[Project]:
        """Get a project."""
        return await araw_call(get_project, client=self._client, id=id)

    async def create(
        self,
        *,
        name: str,
        rate: decimal.Decimal | float,
        number: str | int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        description: str | Unset | None = UNSET,
        status: ProjectStatus | int | Unset = UNSET,
        budget_type: BudgetType | int | Unset = UNSET,
        project_type: ProjectType | int | Unset = UNSET,
        budget: decimal.Decimal | float | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
    ) -> RawResponse[Project]:
        """Create a project."""
        return await araw_call(
            create_project,
            client=self._client,
            body=ProjectCreateRequest(
                project=NewProjectFields(
                    name=name,
                    rate=rate,
                    number=number,
                    client_id=client_id,
                    description=description,
                    status=status,
                    budget_type=budget_type,
                    project_type=project_type,
                    budget=budget,
                    currency_code=currency_code,
                    end_date=end_date,
                )
            ),
        )

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        rate: decimal.Decimal | float | Unset = UNSET,
        number: str | int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        description: str | Unset | None = UNSET,
        status: ProjectStatus | int | Unset = UNSET,
        budget_type: BudgetType | int | Unset = UNSET,
        project_type: ProjectType | int | Unset = UNSET,
        budget: decimal.Decimal | float | Unset = UNSET,
        currency_code: str | Unset = UNSET,
        end_date: datetime.date | str | Unset = UNSET,
    ) -> RawResponse[Project]:
        """Update a project."""
        return await araw_call(
            update_project,
            client=self._client,
            id=id,
            body=ProjectUpdateRequest(
                project=ProjectFields(
                    name=name,
                    rate=rate,
                    number=number,
                    client_id=client_id,
                    description=description,
                    status=status,
                    budget_type=budget_type,
                    project_type=project_type,
                    budget=budget,
                    currency_code=currency_code,
                    end_date=end_date,
                )
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete a project."""
        return await araw_call(delete_project, client=self._client, id=id)

    async def list(
        self,
        *,
        client_id: int | None = None,
        page_size: int | Unset = UNSET,
        filter: ListProjectsFilter | Literal["all"] | ListClientProjectsFilter | Unset = UNSET,
    ) -> RawResponse[ProjectList]:
        """List projects."""
        one_scope("projects.list", client_id=client_id)
        if client_id is not None:
            return await araw_call(
                list_client_projects,
                client=self._client,
                client_id=client_id,
                page_size=page_size,
                filter_=enum_value(ListClientProjectsFilter, filter, "filter"),
            )
        return await araw_call(
            list_projects,
            client=self._client,
            page_size=page_size,
            filter_=enum_value(ListProjectsFilter, filter, "filter"),
        )
