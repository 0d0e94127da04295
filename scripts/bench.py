"""scripts/bench: the performance figures and their targets, measured in one run.

Absolute times on a shared machine are noise, so every figure is a median of several rounds in
which the variants it compares take turns, and most are ratios between those variants:

1. call overhead, on a 30-invoice page: bare httpx + json.loads (the floor), the generated
   `sync()`, and `clientary.call()` (`bench_client`);
2. pagination of 100 pages with 20 ms added to each request: sequential, `concurrency=4` and
   `concurrency=8`, against the latency floor; and the peak memory of walking 3,000 and 30,000
   invoices (`bench_client`);
3. the command line: `clientary export` of 30,000 invoices and of the time entries of 100
   projects, `--concurrency 8` against `1` with 20 ms added to each request, the export's peak
   memory, and the start-up of fresh processes: `import clientary` + `connect()` against
   `import httpx`, `clientary --help` against `import argparse` (`bench_cli`);
4. the mock's requests per second for one invoice and a 30-invoice page, against a bare
   Starlette app sending the same bytes, and its start-up time (`bench_server`); an invoice
   page of a long list read right after a write to another table (`bench_cache`);
5. the pipeline: `scripts/generate --check` and `scripts/fuzz` (`bench_pipeline`).

The result is a markdown table on stdout (progress goes to stderr). `--quick` checks that the
measuring still works, in a few seconds: one round of each figure at tiny sizes, and not the
pipeline rows, whose commands scripts/test runs as steps of its own.
"""

from __future__ import annotations

import argparse
import os
import secrets
from dataclasses import dataclass

from bench_cache import CacheSizes, cache_rows
from bench_cli import CliSizes, cli_rows
from bench_client import ClientSizes, client_rows
from bench_pipeline import PipelineSizes, pipeline_rows
from bench_report import Row, machine, markdown_table
from bench_server import CONNECTIONS, ServerSizes, startup_rows, throughput_rows
from clientary_mock._middleware.response_check import ENVIRONMENT_VARIABLE


@dataclass(frozen=True)
class Sizes:
    name: str
    client: ClientSizes
    cli: CliSizes
    server: ServerSizes
    cache: CacheSizes
    pipeline: PipelineSizes | None  # None: the pipeline rows are left out


FULL = Sizes(
    "full run",
    ClientSizes(
        calls=40, call_rounds=50, rounds=7, paged_invoices=3_000, long_list=30_000, latency_ms=20
    ),
    CliSizes(invoices=30_000, projects=100, rounds=3, startup_rounds=30, latency_ms=20),
    ServerSizes(requests=4_000, rounds=5, starts=5),
    CacheSizes(invoices=100_000, rounds=15),
    PipelineSizes(generate_runs=3, fuzz_arguments=()),
)
# Kept to a few seconds (tests/test_bench.py runs it in every scripts/test): one round of
# everything, and no pipeline rows, since scripts/test runs generate --check and the full fuzz
# as steps of its own. A figure added later belongs in this budget too.
QUICK = Sizes(
    "quick run: one round at tiny sizes, to check that it works; the figures mean little",
    ClientSizes(calls=10, call_rounds=1, rounds=1, paged_invoices=90, long_list=180, latency_ms=20),
    CliSizes(invoices=90, projects=3, rounds=1, startup_rounds=1, latency_ms=20),
    ServerSizes(requests=48, rounds=1, starts=1),
    CacheSizes(invoices=300, rounds=1),
    None,
)


def measure(sizes: Sizes) -> list[Row]:
    token = secrets.token_urlsafe(24)
    rows = client_rows(token, sizes.client)
    rows += cli_rows(token, sizes.cli)
    rows += throughput_rows(token, sizes.server)
    rows += startup_rows(token, sizes.server)
    rows += cache_rows(token, sizes.cache)
    if sizes.pipeline is not None:
        rows += pipeline_rows(sizes.pipeline)
    return rows


def report(rows: list[Row], sizes: Sizes) -> str:
    c, e, s = sizes.client, sizes.cli, sizes.server
    notes = [
        f"Measured on {machine()} ({sizes.name}).",
        "",
        markdown_table(rows),
        "",
        f"Medians of interleaved rounds: {c.call_rounds} rounds of {c.calls:,} calls of each call "
        f"variant, {c.rounds} walks at each concurrency, {e.rounds} exports at each concurrency, "
        f"{e.startup_rounds} rounds of fresh processes for start-up (CPU time), {s.rounds} rounds "
        f"of {s.requests:,} requests per server and path over {CONNECTIONS} keep-alive "
        f"connections, {sizes.cache.rounds} rounds of the read-cache reads.",
    ]
    if sizes.pipeline is None:
        notes.append(
            "The pipeline rows (scripts/generate --check, scripts/fuzz) are left out of a quick "
            "run: scripts/test runs both as steps of its own."
        )
    if os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower() in ("1", "true", "yes"):
        notes.append(
            f"{ENVIRONMENT_VARIABLE} is set: the mocks check every response against the spec, "
            "so their figures are slower than they serve."
        )
    return "\n".join(notes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check it works")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    print(report(measure(sizes), sizes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
