"""Side-by-side measurements against the mock Clientary over loopback: scripts/bench.

Every figure is a ratio of variants measured in the same run, in interleaved rounds, so the
machine's speed and load cancel out:

1. the cost of `clientary.call` over a bare httpx GET + json.loads, and over the generated
   `sync()` it wraps (same request, same server);
2. pagination with `concurrency=N` against sequential pagination, with the mock adding a fixed
   latency per request (as a real network would);
3. the mock's own throughput, as a reference for the numbers above;
4. how long the mock takes from launch to accepting connections (it should be under 2 s).
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import time
from collections.abc import Callable

import clientary
import httpx
from clientary_client import Client
from clientary_client.api.clients import create_client, get_client, list_clients
from clientary_client.models import ClientCreateRequest, NewClientFields
from mock_process import MockProcess, running_mock


def per_call_us(action: Callable[[], object], calls: int) -> float:
    """Mean microseconds per call over one batch."""
    started = time.perf_counter()
    for _ in range(calls):
        action()
    return (time.perf_counter() - started) / calls * 1e6


def call_overhead(
    client: Client, raw: httpx.Client, client_id: int, calls: int, rounds: int
) -> None:
    path = f"/api/v2/clients/{client_id}"
    variants: dict[str, Callable[[], object]] = {
        "httpx GET + json.loads": lambda: json.loads(raw.get(path).content),
        "generated sync()": lambda: get_client.sync(client=client, id=client_id),
        "clientary.call()": lambda: clientary.call(get_client, client=client, id=client_id),
    }
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, action in variants.items():
            samples[name].append(per_call_us(action, calls))
    base = statistics.median(samples["httpx GET + json.loads"])
    print(f"\n1. one GET of a client record ({rounds} rounds x {calls} calls, median per call)")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"   {name:<24} {median:8.0f} us   x{median / base:.2f}")


def pagination_speedup(
    client: Client, control: httpx.Client, latency_ms: float, rounds: int
) -> None:
    control.put("/_mock/faults", json={"latency_ms": latency_ms}).raise_for_status()
    try:
        timings: dict[int, list[float]] = {1: [], 4: [], 8: []}
        counts: set[int] = set()
        for _ in range(rounds):
            for concurrency in timings:
                started = time.perf_counter()
                records = list(
                    clientary.paginate(list_clients, client=client, concurrency=concurrency)
                )
                timings[concurrency].append(time.perf_counter() - started)
                counts.add(len(records))
    finally:
        control.delete("/_mock/faults").raise_for_status()
    (total,) = counts  # every variant saw the same records
    sequential = statistics.median(timings[1])
    print(f"\n2. every client ({total} records, 10 a page), {latency_ms:g} ms added per request,")
    print(f"   median of {rounds} rounds")
    for concurrency, values in timings.items():
        median = statistics.median(values)
        print(
            f"   concurrency={concurrency:<2} {median * 1000:8.0f} ms   x{sequential / median:.2f} faster"
        )


def mock_throughput(raw: httpx.Client, seconds: float) -> None:
    served = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        raw.get("/api/v2/clients").raise_for_status()
        served += 1
    elapsed = time.perf_counter() - started
    print(f"\n3. the mock answers {served / elapsed:.0f} list requests/s to one sequential client")


def mock_startup(token: str, starts: int) -> None:
    seconds: list[float] = []
    for _ in range(starts):
        mock = MockProcess(token, "--log-level", "warning")
        started = time.perf_counter()
        try:
            mock.start()
            seconds.append(time.perf_counter() - started)
        finally:
            mock.stop()
    print(f"\n4. the mock listens {statistics.median(seconds):.2f} s after launch", end="")
    print(f" (median of {starts} starts, slowest {max(seconds):.2f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run, to check it works")
    args = parser.parse_args()
    calls, rounds = (20, 3) if args.quick else (200, 7)
    token = secrets.token_urlsafe(24)
    with running_mock(token) as base_url:
        print(f"mock Clientary at {base_url}")
        with (
            clientary.connect(token=token, base_url=base_url, max_retries=0) as client,
            httpx.Client(base_url=base_url, auth=(token, token)) as raw,
        ):
            for number in range(100 if not args.quick else 20):
                clientary.call(
                    create_client,
                    client=client,
                    body=ClientCreateRequest(client=NewClientFields(name=f"Bench {number:03}")),
                )
            first = next(iter(clientary.paginate(list_clients, client=client)))
            call_overhead(client, raw, first.id, calls, rounds)
            pagination_speedup(client, raw, latency_ms=20, rounds=rounds)
            mock_throughput(raw, seconds=0.5 if args.quick else 2)
    mock_startup(token, starts=rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
