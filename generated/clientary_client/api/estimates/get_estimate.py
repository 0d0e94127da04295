from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.estimate import Estimate
from ...types import Response, read_json


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/estimates/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Estimate | None:
    if response.status_code == 200:
        response_200 = Estimate.from_dict(read_json(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Estimate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Estimate]:
    """Get an estimate

     One estimate by id, with its lines. Lines have no endpoint of their own.

    Args:
        id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Estimate]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Estimate | None:
    """Get an estimate

     One estimate by id, with its lines. Lines have no endpoint of their own.

    Args:
        id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Estimate
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Estimate]:
    """Get an estimate

     One estimate by id, with its lines. Lines have no endpoint of their own.

    Args:
        id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Estimate]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Estimate | None:
    """Get an estimate

     One estimate by id, with its lines. Lines have no endpoint of their own.

    Args:
        id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Estimate
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
