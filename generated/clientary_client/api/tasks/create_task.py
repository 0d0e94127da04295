from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task import Task
from ...models.task_create_request import TaskCreateRequest
from ...types import Response, json_body, read_json


def _get_kwargs(
    *,
    body: TaskCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/tasks",
    }

    _kwargs["content"] = json_body(body.to_dict())

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(read_json(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = Task.from_dict(read_json(response.content))

        return response_201

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(errors.error_fields(response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(errors.error_fields(response))

        return response_403

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(errors.error_fields(response))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreateRequest,
) -> Response[ErrorResponse | Task]:
    """Create a task

     Adds a task. `title` is required; `project_id` and `assignee_id` tie it to a project and a staff
    user. The docs print the path in the singular (`/api/v2/task`); integrations use this plural,
    conventional route.

    Args:
        body (TaskCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Task]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreateRequest,
) -> ErrorResponse | Task | None:
    """Create a task

     Adds a task. `title` is required; `project_id` and `assignee_id` tie it to a project and a staff
    user. The docs print the path in the singular (`/api/v2/task`); integrations use this plural,
    conventional route.

    Args:
        body (TaskCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Task
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreateRequest,
) -> Response[ErrorResponse | Task]:
    """Create a task

     Adds a task. `title` is required; `project_id` and `assignee_id` tie it to a project and a staff
    user. The docs print the path in the singular (`/api/v2/task`); integrations use this plural,
    conventional route.

    Args:
        body (TaskCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Task]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreateRequest,
) -> ErrorResponse | Task | None:
    """Create a task

     Adds a task. `title` is required; `project_id` and `assignee_id` tie it to a project and a staff
    user. The docs print the path in the singular (`/api/v2/task`); integrations use this plural,
    conventional route.

    Args:
        body (TaskCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Task
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
