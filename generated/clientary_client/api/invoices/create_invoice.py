from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice import Invoice
from ...models.invoice_create_request import InvoiceCreateRequest
from ...types import Response, json_body, read_json


def _get_kwargs(
    *,
    body: InvoiceCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/invoices",
    }

    _kwargs["content"] = json_body(body.to_dict())

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Invoice | None:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(read_json(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = Invoice.from_dict(read_json(response.content))

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
) -> Response[ErrorResponse | Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreateRequest,
) -> Response[ErrorResponse | Invoice]:
    """Create an invoice

     Adds an invoice with its lines in `invoice_items_attributes`. `date`, `due_date` and `currency_code`
    are required; every new line needs a title, quantity and price. Without a `number` the next free one
    is used. Totals are computed by the server.

    Args:
        body (InvoiceCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Invoice]
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
    body: InvoiceCreateRequest,
) -> ErrorResponse | Invoice | None:
    """Create an invoice

     Adds an invoice with its lines in `invoice_items_attributes`. `date`, `due_date` and `currency_code`
    are required; every new line needs a title, quantity and price. Without a `number` the next free one
    is used. Totals are computed by the server.

    Args:
        body (InvoiceCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Invoice
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreateRequest,
) -> Response[ErrorResponse | Invoice]:
    """Create an invoice

     Adds an invoice with its lines in `invoice_items_attributes`. `date`, `due_date` and `currency_code`
    are required; every new line needs a title, quantity and price. Without a `number` the next free one
    is used. Totals are computed by the server.

    Args:
        body (InvoiceCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Invoice]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreateRequest,
) -> ErrorResponse | Invoice | None:
    """Create an invoice

     Adds an invoice with its lines in `invoice_items_attributes`. `date`, `due_date` and `currency_code`
    are required; every new line needs a title, quantity and price. Without a `number` the next free one
    is used. Totals are computed by the server.

    Args:
        body (InvoiceCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Invoice
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
