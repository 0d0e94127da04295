"""`clientary.Clientary` / `clientary.AsyncClientary`: one account, one attribute per resource.

    api = clientary.Clientary(token="...", subdomain="acme")   # or from the environment
    acme = api.clients.create(name="ACME Corp")
    for invoice in api.invoices.list(client_id=acme.id): ...

The resources and their methods are generated from the spec (`_resources/`); here is what
holds them: the connection (made by `connect()`, so with the same auth, retries and timeouts),
its settings, copies with other settings (`with_options`), and closing.
"""

from typing import Self

import httpx

from ._checks import AnyClient
from ._connect import DEFAULT_TIMEOUT, connect
from ._environment import (
    TOKEN_VARIABLE,
    SettingError,
    account_from_environment,
    apply_log_level,
)
from ._resources import AsyncRawResources, AsyncResources, RawResources, Resources
from ._shared_pool import AsyncSharedPool, SharedPool

__all__ = ["AsyncClientary", "Clientary"]


class _Settings:
    """What a copy made by with_options() starts from. The token is kept for the copy's own
    auth, and no repr shows it."""

    __slots__ = ("headers", "max_retries", "timeout", "token")

    def __init__(
        self,
        token: str,
        max_retries: int,
        timeout: float | httpx.Timeout,
        headers: dict[str, str],
    ) -> None:
        self.token = token
        self.max_retries = max_retries
        self.timeout = timeout
        self.headers = headers

    def __repr__(self) -> str:
        return f"_Settings(max_retries={self.max_retries!r}, timeout={self.timeout!r})"


def _account_settings(
    token: str | None, subdomain: str | None, base_url: str | None
) -> tuple[str, str | None, str | None]:
    try:
        account = account_from_environment(token=token, subdomain=subdomain, base_url=base_url)
    except SettingError as exc:
        given = "token=" if TOKEN_VARIABLE in exc.variables else "subdomain= or base_url="
        raise SettingError(f"{exc}, or pass {given}", exc.variables) from None
    return account.token, account.subdomain, account.base_url


def _checked_headers(headers: object) -> dict[str, str]:
    if not isinstance(headers, dict) or not all(
        isinstance(name, str) and isinstance(value, str) for name, value in headers.items()
    ):
        raise TypeError("headers must be a dict of str names to str values")
    if any(name.lower() == "authorization" for name in headers):
        raise ValueError("headers cannot set Authorization: the copy keeps the account's auth")
    return dict(headers)


class _Account:
    """What Clientary and AsyncClientary share: settings, copies, the repr."""

    _client: AnyClient
    _settings: _Settings
    _pool: SharedPool | AsyncSharedPool

    def _connect(
        self, token: str, subdomain: str | None, base_url: str | None, settings: _Settings
    ) -> AnyClient:
        """A client over this account's pool: the sync one for Clientary, the async one for
        AsyncClientary (the other kind stays unused, and never opens a connection)."""
        pool = self._pool
        client = connect(
            token=token,
            subdomain=subdomain,
            base_url=base_url,
            max_retries=settings.max_retries,
            timeout=settings.timeout,
            transport=pool if isinstance(pool, SharedPool) else None,
            async_transport=pool if isinstance(pool, AsyncSharedPool) else None,
        )
        client.get_httpx_client().headers.update(settings.headers)
        client.get_async_httpx_client().headers.update(settings.headers)
        return client

    def _setup(
        self,
        token: str | None,
        subdomain: str | None,
        base_url: str | None,
        max_retries: int,
        timeout: float | httpx.Timeout,
    ) -> AnyClient:
        apply_log_level()
        token, subdomain, base_url = _account_settings(token, subdomain, base_url)
        self._settings = _Settings(token, max_retries, timeout, {})
        return self._connect(token, subdomain, base_url, self._settings)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> Self:
        """A copy with other timeouts, retries or extra headers, on the same connections and
        auth. Closing the copy leaves this one open and unchanged; closing this one closes the
        connections the copies send through, so close it last."""
        settings = _Settings(
            self._settings.token,
            self._settings.max_retries if max_retries is None else max_retries,
            self._settings.timeout if timeout is None else timeout,
            {**self._settings.headers, **_checked_headers(headers or {})},
        )
        copy = object.__new__(type(self))
        copy._settings = settings
        copy._pool = self._pool.borrowed()
        # The resources hold nothing but the client, and are made anew on first use.
        copy._client = copy._connect(settings.token, None, self.base_url, settings)
        return copy

    @property
    def base_url(self) -> str:
        """The account's address, e.g. https://acme.clientary.com."""
        return str(self._client.get_httpx_client().base_url).rstrip("/")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class Clientary(_Account, Resources):
    """A Clientary account: `api.clients`, `api.invoices`, ... with typed methods.

    Give `token=` and one of `subdomain=` ("acme" for https://acme.clientary.com) or `base_url=`;
    what is not given comes from CLIENTARY_TOKEN and CLIENTARY_SUBDOMAIN or CLIENTARY_URL.
    `max_retries=` and `timeout=` are those of `clientary.connect()`; `transport=` replaces the
    network (for tests). Close it with `close()`, or use it as a context manager.
    """

    _pool: SharedPool

    def __init__(
        self,
        *,
        token: str | None = None,
        subdomain: str | None = None,
        base_url: str | None = None,
        max_retries: int = 2,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._pool = SharedPool(transport)
        Resources.__init__(self, self._setup(token, subdomain, base_url, max_retries, timeout))

    @property
    def with_raw_response(self) -> RawResources:
        """The same calls, answering with a `RawResponse` (status, headers, parsed record)."""
        return RawResources(self._client)

    def close(self) -> None:
        """Close the connections (a copy's close() leaves those of its original open)."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClientary(_Account, AsyncResources):
    """The async twin of `Clientary`: its methods are coroutines, its lists async iterators.

    `transport=` takes an async transport (httpx.ASGITransport, for one). Close it with
    `await api.aclose()`, or use it as an async context manager.
    """

    _pool: AsyncSharedPool

    def __init__(
        self,
        *,
        token: str | None = None,
        subdomain: str | None = None,
        base_url: str | None = None,
        max_retries: int = 2,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._pool = AsyncSharedPool(transport)
        AsyncResources.__init__(self, self._setup(token, subdomain, base_url, max_retries, timeout))

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same calls, answering with a `RawResponse` (status, headers, parsed record)."""
        return AsyncRawResources(self._client)

    async def aclose(self) -> None:
        """Close the connections (a copy's aclose() leaves those of its original open)."""
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
