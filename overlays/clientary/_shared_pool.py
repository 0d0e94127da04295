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
        # httpx.ASGITransport, the usual way to reach an in-process app, is async only: refused
        # here, it says where it goes instead of failing deep in httpx on the first request.
        if transport is not None and not callable(getattr(transport, "handle_request", None)):
            raise TypeError(
                f"Clientary(transport=) takes a sync httpx transport, and "
                f"{type(transport).__name__} is async only: use clientary.AsyncClientary("
                "transport=...), or serve the app on a loopback port with "
                "clientary_mock.testing.serve_in_thread and pass base_url="
            )
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
        if transport is not None and not callable(getattr(transport, "handle_async_request", None)):
            raise TypeError(
                f"AsyncClientary(transport=) takes an async httpx transport, and "
                f"{type(transport).__name__} is sync only: use clientary.Clientary(transport=...)"
            )
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
