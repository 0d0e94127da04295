import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.expense_list import ExpenseList
from ...types import UNSET, Response, Unset, read_json, write_day


def _get_kwargs(
    *,
    from_date: datetime.date | str | Unset = UNSET,
    to_date: datetime.date | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_date"] = write_day(from_date, "from_date")

    params["to_date"] = write_day(to_date, "to_date")

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/expenses",
    }

    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExpenseList | None:
    if response.status_code == 200:
        response_200 = ExpenseList.from_dict(read_json(response.content))

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
) -> Response[ErrorResponse | ExpenseList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | str | Unset = UNSET,
    to_date: datetime.date | str | Unset = UNSET,
) -> Response[ErrorResponse | ExpenseList]:
    """List expenses in a date range

     Every expense incurred between `from_date` and `to_date`, all at once (this list has no pages).
    Without a range, the current fiscal year of the account settings is used.

    Args:
        from_date (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented query
            uses.
        to_date (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented query
            uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExpenseList]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | str | Unset = UNSET,
    to_date: datetime.date | str | Unset = UNSET,
) -> ErrorResponse | ExpenseList | None:
    """List expenses in a date range

     Every expense incurred between `from_date` and `to_date`, all at once (this list has no pages).
    Without a range, the current fiscal year of the account settings is used.

    Args:
        from_date (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented query
            uses.
        to_date (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented query
            uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExpenseList
    """

    return sync_detailed(
        client=client,
        from_date=from_date,
        to_date=to_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | str | Unset = UNSET,
    to_date: datetime.date | str | Unset = UNSET,
) -> Response[ErrorResponse | ExpenseList]:
    """List expenses in a date range

     Every expense incurred between `from_date` and `to_date`, all at once (this list has no pages).
    Without a range, the current fiscal year of the account settings is used.

    Args:
        from_date (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented query
            uses.
        to_date (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented query
            uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExpenseList]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | str | Unset = UNSET,
    to_date: datetime.date | str | Unset = UNSET,
) -> ErrorResponse | ExpenseList | None:
    """List expenses in a date range

     Every expense incurred between `from_date` and `to_date`, all at once (this list has no pages).
    Without a range, the current fiscal year of the account settings is used.

    Args:
        from_date (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented query
            uses.
        to_date (datetime.date | str | Unset): A calendar day written `YYYY-MM-DD`, as every documented query
            uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExpenseList
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
        )
    ).parsed
