from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.recurring_schedule import RecurringSchedule
from ...models.recurring_schedule_create_request import RecurringScheduleCreateRequest
from ...types import Response, json_body, read_json


def _get_kwargs(
    *,
    body: RecurringScheduleCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/recurring",
    }

    _kwargs["content"] = json_body(body.to_dict())

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecurringSchedule | None:
    if response.status_code == 200:
        response_200 = RecurringSchedule.from_dict(read_json(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = RecurringSchedule.from_dict(read_json(response.content))

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
) -> Response[ErrorResponse | RecurringSchedule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecurringScheduleCreateRequest,
) -> Response[ErrorResponse | RecurringSchedule]:
    """Create a recurring schedule

     Sets up invoices issued to a client at a fixed interval, with lines in
    `recurring_schedule_items_attributes`.

    Args:
        body (RecurringScheduleCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecurringSchedule]
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
    body: RecurringScheduleCreateRequest,
) -> ErrorResponse | RecurringSchedule | None:
    """Create a recurring schedule

     Sets up invoices issued to a client at a fixed interval, with lines in
    `recurring_schedule_items_attributes`.

    Args:
        body (RecurringScheduleCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecurringSchedule
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecurringScheduleCreateRequest,
) -> Response[ErrorResponse | RecurringSchedule]:
    """Create a recurring schedule

     Sets up invoices issued to a client at a fixed interval, with lines in
    `recurring_schedule_items_attributes`.

    Args:
        body (RecurringScheduleCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecurringSchedule]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RecurringScheduleCreateRequest,
) -> ErrorResponse | RecurringSchedule | None:
    """Create a recurring schedule

     Sets up invoices issued to a client at a fixed interval, with lines in
    `recurring_schedule_items_attributes`.

    Args:
        body (RecurringScheduleCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecurringSchedule
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
