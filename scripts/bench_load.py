"""A load generator for the throughput figures: keep-alive HTTP/1.1 GETs over a few connections.

It must cost far less per request than the servers it measures, or it would measure itself:
httpx spends about as long on a request as a bare Starlette endpoint does. So each connection
is an asyncio protocol that writes one prepared request, reads the answer's length from its
headers, and writes the next as soon as the body is in; at most one request per connection is
outstanding (no pipelining).
"""

from __future__ import annotations

import asyncio
import time
from functools import partial
from urllib.parse import urlsplit

HEADERS_END = b"\r\n\r\n"
LENGTH_HEADER = b"\r\ncontent-length:"


class _KeepAliveConnection(asyncio.Protocol):
    """Sends `request` `count` times in a row on one connection, each after the last answer."""

    def __init__(self, request: bytes, count: int, finished: asyncio.Future[None]) -> None:
        self._request = request
        self._left = count
        self._finished = finished
        self._buffer = b""
        self._answer_size: int | None = None
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        transport.write(self._request)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._answer_complete():
            self._left -= 1
            if self._left == 0:
                self._finish(None)
                return
            assert self._transport is not None
            self._transport.write(self._request)

    def connection_lost(self, exc: Exception | None) -> None:
        self._finish(exc or ConnectionError(f"closed with {self._left} answers to go"))

    def _answer_complete(self) -> bool:
        if self._answer_size is None:
            end = self._buffer.find(HEADERS_END)
            if end < 0:
                return False
            self._answer_size = end + len(HEADERS_END) + _content_length(self._buffer[:end])
        if len(self._buffer) < self._answer_size:
            return False
        self._buffer = self._buffer[self._answer_size :]
        self._answer_size = None
        return True

    def _finish(self, exc: Exception | None) -> None:
        if self._finished.done():
            return
        if exc is None:
            self._finished.set_result(None)
        else:
            self._finished.set_exception(exc)
        if self._transport is not None:
            self._transport.close()


def _content_length(head: bytes) -> int:
    lowered = head.lower()
    start = lowered.find(LENGTH_HEADER)
    if start < 0:
        raise ValueError(f"an answer without Content-Length: {head[:200]!r}")
    start += len(LENGTH_HEADER)
    end = lowered.find(b"\r\n", start)
    return int(lowered[start : end if end >= 0 else None])


def requests_per_second(
    base_url: str, path: str, headers: dict[str, str], connections: int, requests: int
) -> float:
    """Answers per second to `requests` GETs of `path`, spread over `connections` connections."""
    return asyncio.run(_drive(base_url, path, headers, connections, requests // connections))


async def _drive(
    base_url: str, path: str, headers: dict[str, str], connections: int, per_connection: int
) -> float:
    url = urlsplit(base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    loop = asyncio.get_running_loop()
    finished = [loop.create_future() for _ in range(connections)]
    started = time.perf_counter()
    for done in finished:
        await loop.create_connection(
            partial(_KeepAliveConnection, request, per_connection, done), host, port
        )
    await asyncio.gather(*finished)
    return connections * per_connection / (time.perf_counter() - started)
