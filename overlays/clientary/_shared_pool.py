"""One connection pool under several clients: `Clientary.with_options()` copies share it.

A copy gets its own retry transport, timeouts and headers (they are per-request settings),
and sends through the pool of the client it was made from. Only that client closes the pool:
closing a copy leaves the original open.
"""

import httpx

from ._retry_transport import _Inner

__all__ = ["AsyncSharedPool", "SharedPool"]


class SharedPool(httpx.BaseTransport):
    """The network underneath the retries: `transport`, or an httpx.HTTPTransport made when the
    first request is sent."""

    def __init__(self, transport: httpx.BaseTransport | None = None) -> None:
        self._owner = True
        self._pool = _Inner(transport, httpx.HTTPTransport)

    def borrowed(self) -> "SharedPool":
        """The same pool, for a copy: its close() leaves the pool open."""
        copy = SharedPool()
        copy._owner, copy._pool = False, self._pool
        return copy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._pool.get().handle_request(request)

    def close(self) -> None:
        if self._owner and self._pool.transport is not None:
            self._pool.transport.close()


class AsyncSharedPool(httpx.AsyncBaseTransport):
    """The async twin of `SharedPool`."""

    def __init__(self, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._owner = True
        self._pool = _Inner(transport, httpx.AsyncHTTPTransport)

    def borrowed(self) -> "AsyncSharedPool":
        """The same pool, for a copy: its aclose() leaves the pool open."""
        copy = AsyncSharedPool()
        copy._owner, copy._pool = False, self._pool
        return copy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool.get().handle_async_request(request)

    async def aclose(self) -> None:
        if self._owner and self._pool.transport is not None:
            await self._pool.transport.aclose()
