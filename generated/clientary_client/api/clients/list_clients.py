import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_list import ClientList
from ...models.error_response import ErrorResponse
from ...models.list_clients_sort import ListClientsSort
from ...types import UNSET, Response, Unset, read_json, write_day


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
    sort: ListClientsSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["updated_since"] = write_day(updated_since, "updated_since")

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/clients",
    }

    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClientList.from_dict(read_json(response.content))

        return response_200

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
) -> Response[ClientList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
    sort: ListClientsSort | Unset = UNSET,
) -> Response[ClientList | ErrorResponse]:
    """List clients

     One page of the account's clients, ten to a page, ordered by name unless `sort=date` asks for the
    most recently created first.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        updated_since (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented
            query uses.
        sort (ListClientsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        updated_since=updated_since,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
    sort: ListClientsSort | Unset = UNSET,
) -> ClientList | ErrorResponse | None:
    """List clients

     One page of the account's clients, ten to a page, ordered by name unless `sort=date` asks for the
    most recently created first.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        updated_since (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented
            query uses.
        sort (ListClientsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        updated_since=updated_since,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
    sort: ListClientsSort | Unset = UNSET,
) -> Response[ClientList | ErrorResponse]:
    """List clients

     One page of the account's clients, ten to a page, ordered by name unless `sort=date` asks for the
    most recently created first.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        updated_since (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented
            query uses.
        sort (ListClientsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        updated_since=updated_since,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
    sort: ListClientsSort | Unset = UNSET,
) -> ClientList | ErrorResponse | None:
    """List clients

     One page of the account's clients, ten to a page, ordered by name unless `sort=date` asks for the
    most recently created first.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        updated_since (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented
            query uses.
        sort (ListClientsSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            updated_since=updated_since,
            sort=sort,
        )
    ).parsed
