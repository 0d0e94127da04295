"""Helpers for test suites that run against the mock.

- `SpecRecorder` checks every response an httpx client receives against the spec (install its
  hooks as httpx response event hooks, then assert `recorder.problems` is empty);
- `serve_in_thread` serves an app with uvicorn on a free loopback port for the duration of a
  `with` block, for tests that need a real socket.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import uvicorn
from starlette.types import ASGIApp

from ._auth import is_api_path
from ._listener import tcp_listener
from ._openapi import default_index
from ._request_timeout import DEFAULT_REQUEST_TIMEOUT, timed_protocol
from .conformance import ConformanceChecker


class SpecRecorder:
    """Collects every response it is shown, and what in each breaks the spec."""

    def __init__(self) -> None:
        self.checker = ConformanceChecker(default_index())
        self.problems: list[str] = []
        self.responses = 0

    def record(self, response: httpx.Response) -> None:
        request = response.request
        if not is_api_path(request.url.path):
            return  # the control routes are not part of the API
        self.responses += 1
        self.problems += self.checker.problems(
            request.method,
            request.url.path,
            response.status_code,
            dict(response.headers),
            response.content,
        )

    async def async_hook(self, response: httpx.Response) -> None:
        await response.aread()
        self.record(response)

    def sync_hook(self, response: httpx.Response) -> None:
        response.read()
        self.record(response)


@contextmanager
def serve_in_thread(
    app: ASGIApp, start_timeout: float = 10, request_timeout: float = DEFAULT_REQUEST_TIMEOUT
) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 and a free port, as `clientary-mock` does; yields the base URL.

    `request_timeout` is the `--request-timeout` of the command line.
    """
    listener = tcp_listener("127.0.0.1", 0)
    port = listener.getsockname()[1]
    config = uvicorn.Config(
        app,
        http=timed_protocol(request_timeout),
        lifespan="off",
        access_log=False,
        log_config=None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError("the mock server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()
