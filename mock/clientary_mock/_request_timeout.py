"""Requests must arrive in full within a time limit (`--request-timeout`, 30 s by default).

uvicorn's h11 protocol waits as long as a client likes for the rest of a request: headers sent a
byte at a time, or a body that never ends, hold a connection (and, for a body, the request's
task) open for good, and a handful of such clients exhaust any server. This protocol starts a
clock when a connection opens and at the first byte of each request, and stops it once the
request is in. If the clock runs out first, the client gets a 408 and the connection is closed;
a client that opened a connection and sent nothing at all is closed without one. The app's own
time to answer is not counted, nor the idle time between requests on a kept-alive connection,
which uvicorn's keep-alive timeout bounds.

The 408 is written to the socket directly: h11 cannot send a response to a request whose
headers it has not seen, and the connection is closed right after.
"""

from __future__ import annotations

import asyncio
import json
import logging

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

DEFAULT_REQUEST_TIMEOUT = 30.0
logger = logging.getLogger("clientary_mock")
_RECEIVING = (h11.IDLE, h11.SEND_BODY)


def request_timeout_response(timeout: float) -> bytes:
    body = json.dumps({"error": f"The request did not arrive in full within {timeout:g} s"})
    head = (
        "HTTP/1.1 408 Request Timeout\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    return (head + body).encode("ascii")


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline on receiving each request."""

    request_timeout = DEFAULT_REQUEST_TIMEOUT
    _clock: asyncio.TimerHandle | None = None
    _partial = False  # whether any byte of the request being timed has arrived

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_clock()

    def data_received(self, data: bytes) -> None:
        if self._clock is None and self.conn.their_state is h11.IDLE:
            self._start_clock()
        self._partial = True
        super().data_received(data)
        if self.conn.their_state not in _RECEIVING:
            self._stop_clock()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_clock()
        super().connection_lost(exc)

    def _start_clock(self) -> None:
        self._partial = False
        self._clock = self.loop.call_later(self.request_timeout, self._timed_out)

    def _stop_clock(self) -> None:
        if self._clock is not None:
            self._clock.cancel()
            self._clock = None

    def _timed_out(self) -> None:
        self._clock = None
        if self.transport.is_closing() or self.conn.their_state not in _RECEIVING:
            return
        answered = self.conn.their_state is h11.SEND_BODY and self.cycle.response_started
        if self._partial and not answered:
            logger.info("408: a request did not arrive in full within %g s", self.request_timeout)
            self.transport.write(request_timeout_response(self.request_timeout))
        self.transport.close()


def timed_protocol(timeout: float) -> type[TimedH11Protocol]:
    """The protocol class to give uvicorn (`Config(http=...)`) for a limit of `timeout` s."""
    if not timeout > 0:
        raise ValueError(f"the request timeout must be > 0 s, got {timeout!r}")
    return type("TimedH11Protocol", (TimedH11Protocol,), {"request_timeout": float(timeout)})
