import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_list import InvoiceList
from ...types import UNSET, Response, Unset, read_json, write_day


def _get_kwargs(
    project_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["updated_since"] = write_day(updated_since, "updated_since")

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/projects/{project_id}/invoices".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceList | None:
    if response.status_code == 200:
        response_200 = InvoiceList.from_dict(read_json(response.content))

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
) -> Response[ErrorResponse | InvoiceList]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceList]:
    """List a project's invoices

     One page of the invoices tied to one project, thirty to a page.

    Args:
        project_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        page (int | Unset):
        page_size (int | Unset):
        updated_since (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented
            query uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        page_size=page_size,
        updated_since=updated_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
) -> ErrorResponse | InvoiceList | None:
    """List a project's invoices

     One page of the invoices tied to one project, thirty to a page.

    Args:
        project_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        page (int | Unset):
        page_size (int | Unset):
        updated_since (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented
            query uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page=page,
        page_size=page_size,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceList]:
    """List a project's invoices

     One page of the invoices tied to one project, thirty to a page.

    Args:
        project_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        page (int | Unset):
        page_size (int | Unset):
        updated_since (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented
            query uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        page_size=page_size,
        updated_since=updated_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    updated_since: datetime.date | str | Unset = UNSET,
) -> ErrorResponse | InvoiceList | None:
    """List a project's invoices

     One page of the invoices tied to one project, thirty to a page.

    Args:
        project_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        page (int | Unset):
        page_size (int | Unset):
        updated_since (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented
            query uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page=page,
            page_size=page_size,
            updated_since=updated_since,
        )
    ).parsed
