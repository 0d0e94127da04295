from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hour_list import HourList
from ...models.list_project_hours_filter import ListProjectHoursFilter
from ...types import UNSET, Response, Unset, read_json


def _get_kwargs(
    project_id: int,
    *,
    filter_: ListProjectHoursFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/projects/{project_id}/hours".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HourList | None:
    if response.status_code == 200:
        response_200 = HourList.from_dict(read_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(errors.error_fields(response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(errors.error_fields(response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(errors.error_fields(response))

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(errors.error_fields(response))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HourList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: ListProjectHoursFilter | Unset = UNSET,
) -> Response[ErrorResponse | HourList]:
    """List a project's time entries

     Every time entry of one project, all at once (this list has no pages and no counts). `filter`
    narrows it to billed or unbilled time, if the token's user may see those.

    Args:
        project_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        filter_ (ListProjectHoursFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HourList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: ListProjectHoursFilter | Unset = UNSET,
) -> ErrorResponse | HourList | None:
    """List a project's time entries

     Every time entry of one project, all at once (this list has no pages and no counts). `filter`
    narrows it to billed or unbilled time, if the token's user may see those.

    Args:
        project_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        filter_ (ListProjectHoursFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HourList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: ListProjectHoursFilter | Unset = UNSET,
) -> Response[ErrorResponse | HourList]:
    """List a project's time entries

     Every time entry of one project, all at once (this list has no pages and no counts). `filter`
    narrows it to billed or unbilled time, if the token's user may see those.

    Args:
        project_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        filter_ (ListProjectHoursFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HourList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: ListProjectHoursFilter | Unset = UNSET,
) -> ErrorResponse | HourList | None:
    """List a project's time entries

     Every time entry of one project, all at once (this list has no pages and no counts). `filter`
    narrows it to billed or unbilled time, if the token's user may see those.

    Args:
        project_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        filter_ (ListProjectHoursFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HourList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            filter_=filter_,
        )
    ).parsed
