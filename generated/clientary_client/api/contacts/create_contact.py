from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create_request import ContactCreateRequest
from ...models.error_response import ErrorResponse
from ...types import Response, json_body, read_json


def _get_kwargs(
    client_id: int,
    *,
    body: ContactCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/clients/{client_id}/contacts".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["content"] = json_body(body.to_dict())

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(read_json(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = Contact.from_dict(read_json(response.content))

        return response_201

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

    if response.status_code == 426:
        response_426 = ErrorResponse.from_dict(errors.error_fields(response))

        return response_426

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Contact | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreateRequest,
) -> Response[Contact | ErrorResponse]:
    """Create a contact

     Adds a contact to a client, under the wrapper key `client_user`. `name` and `email` are required;
    accounts at their plan's contact limit get 426.

    Args:
        client_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        body (ContactCreateRequest): Contacts are written under the key `client_user`, not
            `contact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreateRequest,
) -> Contact | ErrorResponse | None:
    """Create a contact

     Adds a contact to a client, under the wrapper key `client_user`. `name` and `email` are required;
    accounts at their plan's contact limit get 426.

    Args:
        client_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        body (ContactCreateRequest): Contacts are written under the key `client_user`, not
            `contact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreateRequest,
) -> Response[Contact | ErrorResponse]:
    """Create a contact

     Adds a contact to a client, under the wrapper key `client_user`. `name` and `email` are required;
    accounts at their plan's contact limit get 426.

    Args:
        client_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        body (ContactCreateRequest): Contacts are written under the key `client_user`, not
            `contact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreateRequest,
) -> Contact | ErrorResponse | None:
    """Create a contact

     Adds a contact to a client, under the wrapper key `client_user`. `name` and `email` are required;
    accounts at their plan's contact limit get 426.

    Args:
        client_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        body (ContactCreateRequest): Contacts are written under the key `client_user`, not
            `contact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
