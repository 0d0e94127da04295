"""The mock's own figures: throughput against a bare Starlette app, and start-up time.

The mock and the bare app run each in its own process with one uvicorn worker; this process
drives them in turn (`bench_load`), round after round, so both see the same machine.
"""

from __future__ import annotations

import base64
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from bench_load import requests_per_second
from bench_report import Row, median, progress
from clientary_mock.testing import LISTENING, MockProcess, running_mock

BARE_APP = Path(__file__).with_name("bench_bare_app.py")
CONNECTIONS = 8
STARTUP_LIMIT_S = 2.0


@dataclass(frozen=True)
class ServerSizes:
    requests: int  # per variant and round
    rounds: int
    starts: int


def throughput_rows(token: str, sizes: ServerSizes) -> list[Row]:
    headers = {
        "Accept": "application/json",
        "Authorization": "Basic " + base64.b64encode(f"{token}:{token}".encode()).decode(),
    }
    with running_mock(token) as mock_url, tempfile.TemporaryDirectory() as scratch:
        paths = {"get": "", "list": "/api/v2/invoices"}
        with httpx.Client(base_url=mock_url, headers=headers) as http:
            first = http.get(paths["list"]).raise_for_status().json()["invoices"][0]
            paths["get"] = f"/api/v2/invoices/{first['id']}"
            bodies = {path: http.get(path).raise_for_status().content for path in paths.values()}
        with bare_app(bodies, Path(scratch)) as bare_url:
            rates = interleaved_rates({"mock": mock_url, "bare": bare_url}, paths, headers, sizes)
    load = f"{sizes.requests:,} requests over {CONNECTIONS} connections"
    return [
        rate_row(f"mock throughput: GET one invoice ({load})", rates, "get"),
        rate_row(f"mock throughput: GET a 30-invoice page ({load})", rates, "list"),
    ]


@contextmanager
def bare_app(bodies: dict[str, bytes], scratch: Path) -> Iterator[str]:
    """The bare app serving `bodies` (path -> bytes) in a child process; yields its URL."""
    arguments = []
    for number, (path, body) in enumerate(bodies.items()):
        file = scratch / f"body{number}.json"
        file.write_bytes(body)
        arguments.append(f"{path}={file}")
    process = subprocess.Popen(
        [sys.executable, str(BARE_APP), *arguments],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    try:
        line = process.stdout.readline()
        ready = LISTENING.search(line)
        if ready is None:
            raise RuntimeError(f"the bare app did not start:\n{line}{process.stdout.read()}")
        yield ready.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def interleaved_rates(
    servers: dict[str, str], paths: dict[str, str], headers: dict[str, str], sizes: ServerSizes
) -> dict[tuple[str, str], float]:
    """Median answers per second of each (server, path); a round loads every pair in turn."""
    progress(f"throughput: {sizes.rounds} rounds, {len(servers) * len(paths)} loads each")
    samples: dict[tuple[str, str], list[float]] = {
        (server, kind): [] for kind in paths for server in servers
    }
    for server, kind in samples:  # warm up: connections, caches
        requests_per_second(servers[server], paths[kind], headers, CONNECTIONS, CONNECTIONS * 10)
    for _ in range(sizes.rounds):
        for (server, kind), values in samples.items():
            rate = requests_per_second(
                servers[server], paths[kind], headers, CONNECTIONS, sizes.requests
            )
            values.append(rate)
    return {pair: median(values) for pair, values in samples.items()}


def rate_row(figure: str, rates: dict[tuple[str, str], float], kind: str) -> Row:
    mock, bare = rates["mock", kind], rates["bare", kind]
    return Row(
        figure,
        f"{mock:,.0f}/s = {mock / bare:.2f}x the bare app ({bare:,.0f}/s)",
        ">= 0.5x the bare app",
        mock / bare >= 0.5,
    )


def startup_rows(token: str, sizes: ServerSizes) -> list[Row]:
    progress(f"start-up: {sizes.starts} launches")
    seconds: list[float] = []
    for _ in range(sizes.starts):
        mock = MockProcess(token, "--log-level", "warning")
        started = time.perf_counter()
        try:
            mock.start()
            seconds.append(time.perf_counter() - started)
        finally:
            mock.stop()
    launch = median(seconds)
    return [
        Row(
            "mock start-up: launch to accepting connections",
            f"{launch:.2f} s (slowest {max(seconds):.2f} s)",
            f"< {STARTUP_LIMIT_S:g} s",
            launch < STARTUP_LIMIT_S,
        )
    ]
