from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment import Payment
from ...models.payment_create_request import PaymentCreateRequest
from ...types import Response, json_body, read_json


def _get_kwargs(
    invoice_id: int,
    *,
    body: PaymentCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/invoices/{invoice_id}/payments".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["content"] = json_body(body.to_dict())

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Payment | None:
    if response.status_code == 200:
        response_200 = Payment.from_dict(read_json(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = Payment.from_dict(read_json(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Payment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateRequest,
) -> Response[ErrorResponse | Payment]:
    """Record a payment on an invoice

     Applies a payment to an invoice: either an `amount` received (with an optional note), or a
    `payment_profile_id`, which charges the invoice's whole balance to that stored card.

    Args:
        invoice_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        body (PaymentCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Payment]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateRequest,
) -> ErrorResponse | Payment | None:
    """Record a payment on an invoice

     Applies a payment to an invoice: either an `amount` received (with an optional note), or a
    `payment_profile_id`, which charges the invoice's whole balance to that stored card.

    Args:
        invoice_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        body (PaymentCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Payment
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateRequest,
) -> Response[ErrorResponse | Payment]:
    """Record a payment on an invoice

     Applies a payment to an invoice: either an `amount` received (with an optional note), or a
    `payment_profile_id`, which charges the invoice's whole balance to that stored card.

    Args:
        invoice_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        body (PaymentCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Payment]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateRequest,
) -> ErrorResponse | Payment | None:
    """Record a payment on an invoice

     Applies a payment to an invoice: either an `amount` received (with an optional note), or a
    `payment_profile_id`, which charges the invoice's whole balance to that stored card.

    Args:
        invoice_id (int): Numeric id of a record, as sent. At most 2^53 - 1, the largest integer
            JavaScript reads exactly, so that tools written in JavaScript read these ids as this
            document does.
        body (PaymentCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Payment
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
