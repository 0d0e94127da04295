"""httpx transports that retry per `_retry_policy` around an inner transport, sync and async.

Why not httpx-retries (0.6.0), which does the same loop: its `Retry` decides on the status and
the exception without seeing the request method, so "retry a POST only when the connection was
never made" needs a second `Retry` picked per request; its jitter only ever shortens a wait; one
cap bounds both the backoff and Retry-After; and it calls `time.sleep`/`asyncio.sleep` itself.
Bending it to this policy meant overriding nearly every method (one of them private), leaving
only its ~30-line loop in use, so the loop is written here instead, with the attempt logging the
package needs built in.
"""

import random
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import httpx

from ._checks import checked_count
from ._logging import log_attempt, log_retry
from ._retry_policy import retry_delay, should_retry_exception, should_retry_status

__all__ = ["AsyncRetryTransport", "RetryTransport"]

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]
UnitRandom = Callable[[], float]
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported by the first async retry, not by `connect()`: a sync program never
    # needs it, and it takes longer to import than the rest of this package.
    import asyncio

    await asyncio.sleep(seconds)


# Looked up at call time (not bound at construction), so tests can swap in instant sleeps.
_blocking_sleep: Sleep = time.sleep
_async_sleep: AsyncSleep = _asyncio_sleep


class _Attempts:
    """The bookkeeping both transports share: count, log, and decide on each attempt."""

    def __init__(self, request: httpx.Request, max_retries: int, unit_random: UnitRandom) -> None:
        self._method = request.method
        self._path = request.url.path
        self._max_retries = max_retries
        self._unit_random = unit_random
        self._number = 0
        self._started = 0.0

    def start(self) -> None:
        self._number += 1
        self._started = time.perf_counter()

    def delay_after_response(self, response: httpx.Response) -> float | None:
        """The wait before the next attempt, or None when this response is the answer."""
        self._log(str(response.status_code))
        if not should_retry_status(self._method, response.status_code):
            return None
        return self._next_delay(str(response.status_code), response.headers.get("Retry-After"))

    def delay_after_exception(self, exc: Exception) -> float | None:
        """The wait before the next attempt, or None when the exception must propagate."""
        self._log(type(exc).__name__)
        if not should_retry_exception(self._method, exc):
            return None
        return self._next_delay(type(exc).__name__, None)

    def _next_delay(self, reason: str, retry_after: str | None) -> float | None:
        if self._number > self._max_retries:
            return None
        delay = retry_delay(self._number, retry_after, self._unit_random())
        log_retry(self._method, self._path, reason, delay, self._number)
        return delay

    def _log(self, outcome: str) -> None:
        elapsed_ms = (time.perf_counter() - self._started) * 1000
        log_attempt(self._method, self._path, outcome, elapsed_ms, self._number)


class _Inner(Generic[TransportT]):
    """The transport underneath, given, or made by `make` when the first request needs it.

    httpx's own transports load httpcore and read the CA certificates when they are built, which
    costs more than importing the rest of the client; a client that never sends needs neither.
    """

    def __init__(self, given: TransportT | None, make: Callable[[], TransportT]) -> None:
        self.transport: TransportT | None = given
        self._make: Callable[[], TransportT] = make
        self._lock = threading.Lock()

    def get(self) -> TransportT:
        if self.transport is None:
            with self._lock:  # concurrent pages may send the first requests together
                if self.transport is None:
                    self.transport = self._make()
        return self.transport


class RetryTransport(httpx.BaseTransport):
    """Sends each request through `inner`, retrying transient failures up to `max_retries` times.

    Without `inner`, an `httpx.HTTPTransport()` is made when the first request is sent.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        max_retries: int,
        sleep: Sleep | None = None,
        unit_random: UnitRandom = random.random,
    ) -> None:
        self._inner: _Inner[httpx.BaseTransport] = _Inner(inner, httpx.HTTPTransport)
        self._max_retries = _checked_max_retries(max_retries)
        self._sleep = sleep
        self._unit_random = unit_random

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._inner.get()
        attempts = _Attempts(request, self._max_retries, self._unit_random)
        while True:
            attempts.start()
            try:
                response = inner.handle_request(request)
            except httpx.TransportError as exc:
                delay = attempts.delay_after_exception(exc)
                if delay is None:
                    raise
            else:
                delay = attempts.delay_after_response(response)
                if delay is None:
                    return response
                response.close()
            (self._sleep or _blocking_sleep)(delay)

    def close(self) -> None:
        inner = self._inner.transport
        if inner is not None:
            inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`, with the same policy (and the same lazy default)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        max_retries: int,
        sleep: AsyncSleep | None = None,
        unit_random: UnitRandom = random.random,
    ) -> None:
        self._inner: _Inner[httpx.AsyncBaseTransport] = _Inner(inner, httpx.AsyncHTTPTransport)
        self._max_retries = _checked_max_retries(max_retries)
        self._sleep = sleep
        self._unit_random = unit_random

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._inner.get()
        attempts = _Attempts(request, self._max_retries, self._unit_random)
        while True:
            attempts.start()
            try:
                response = await inner.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = attempts.delay_after_exception(exc)
                if delay is None:
                    raise
            else:
                delay = attempts.delay_after_response(response)
                if delay is None:
                    return response
                await response.aclose()
            await (self._sleep or _async_sleep)(delay)

    async def aclose(self) -> None:
        inner = self._inner.transport
        if inner is not None:
            await inner.aclose()


def _checked_max_retries(max_retries: int) -> int:
    return checked_count(max_retries, "max_retries", minimum=0)
