"""The reference for the mock's throughput: a bare Starlette app sending fixed bytes.

    python scripts/bench_bare_app.py PATH=FILE [PATH=FILE ...]

serves GET PATH with the contents of FILE (as application/json) on a free loopback port, with
one uvicorn worker configured as the mock's own (h11, no access log, the same listening socket),
and prints `listening on URL` once it accepts connections. Whatever the mock does beyond this is
what the ratio measures, the deadline its protocol puts on receiving each request included.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import uvicorn
from clientary_mock._listener import tcp_listener
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def endpoint(body: bytes) -> Callable[[Request], Awaitable[Response]]:
    async def send_body(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return send_body


def bare_app(bodies: dict[str, bytes]) -> Starlette:
    return Starlette(routes=[Route(path, endpoint(body)) for path, body in bodies.items()])


def main(arguments: list[str]) -> int:
    bodies = {}
    for argument in arguments:
        path, _, file = argument.partition("=")
        bodies[path] = Path(file).read_bytes()
    listener = tcp_listener("127.0.0.1", 0)
    config = uvicorn.Config(
        bare_app(bodies), http="h11", lifespan="off", access_log=False, log_config=None,
        log_level="warning",
    )  # fmt: skip
    print(f"listening on http://127.0.0.1:{listener.getsockname()[1]}", flush=True)
    uvicorn.Server(config).run(sockets=[listener])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
