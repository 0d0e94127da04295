"""The command line's figures: exports against a slow mock, and start-up of fresh processes.

Exports run in this process (`clientary._cli.main`, as the console script does) against a mock
in its own process that adds 20 ms to every request, `--concurrency 1` and `8` taking turns:

- every invoice of an account holding 30,000 of them, to CSV, and the peak memory that adds;
- the time entries of 100 projects (one request per project, after the project list).

Start-up compares fresh processes, each variant and its reference run back to back in every
round; the figure is the median of the per-round ratios, of CPU time (user + system), which a
shared machine disturbs far less than wall time. Bytecode is compiled first for every variant
(as installing a wheel does; this machine sets PYTHONDONTWRITEBYTECODE), so no variant pays for
compiling its sources. `import httpx` is measured with the packages this environment has:
with click, rich and pygments installed (the development tools bring them), httpx imports them
for its own command line, which is most of its import time. `clientary --help` is measured
against importing argparse, the parser the command (like every command here) uses.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from bench_report import Row, median, ms, progress
from clientary._cli import main
from clientary_mock.testing import running_mock

TARGET_SPEED_UP = 5.0
MEMORY_LIMIT_MB = 30.0
CONNECT_LIMIT = 1.15
HELP_LIMIT = 1.5
HOURS_PER_PROJECT = 3


@dataclass(frozen=True)
class CliSizes:
    invoices: int  # 30,000 in a full run
    projects: int  # 100 in a full run
    rounds: int  # exports at each concurrency
    startup_rounds: int
    latency_ms: float


def cli_rows(token: str, sizes: CliSizes) -> list[Row]:
    with (
        running_mock(token, "--seed", "empty") as base_url,
        httpx.Client(base_url=base_url) as control,
        httpx.Client(base_url=base_url, auth=(token, token)) as api,
        account(token, base_url),
        tempfile.TemporaryDirectory() as scratch,
    ):
        control.post("/_mock/fill", json={"invoices": sizes.invoices}).raise_for_status()
        add_projects(api, sizes.projects)
        control.put("/_mock/faults", json={"latency_ms": sizes.latency_ms}).raise_for_status()
        output = Path(scratch) / "export.csv"
        invoices = timed_exports("invoices", sizes, output, sizes.invoices)
        hours = timed_exports("hours", sizes, output, sizes.projects * HOURS_PER_PROJECT)
        growth = peak_memory_growth(output, sizes.invoices)
    rows = export_rows(f"{sizes.invoices:,} invoices to CSV", invoices, sizes)
    rows.append(
        Row(
            f"export memory: {sizes.invoices:,} invoices to CSV at `--concurrency 8`, peak growth",
            f"{growth / 1e6:.1f} MB",
            f"< {MEMORY_LIMIT_MB:g} MB",
            growth / 1e6 < MEMORY_LIMIT_MB,
        )
    )
    rows += export_rows(f"the hours of {sizes.projects} projects", hours, sizes)
    return rows + startup_rows(sizes.startup_rounds)


@contextlib.contextmanager
def account(token: str, base_url: str) -> Iterator[None]:
    """The environment naming the mock account, as a user of the command sets it."""
    saved = {name: os.environ.get(name) for name in ("CLIENTARY_TOKEN", "CLIENTARY_URL")}
    os.environ.update(CLIENTARY_TOKEN=token, CLIENTARY_URL=base_url)
    os.environ.pop("CLIENTARY_SUBDOMAIN", None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def add_projects(api: httpx.Client, count: int) -> None:
    progress(f"export: adding {count} projects with {HOURS_PER_PROJECT} time entries each")
    for number in range(count):
        project = api.post(
            "/api/v2/projects", json={"project": {"name": f"Project {number}", "rate": 100}}
        ).raise_for_status()
        path = f"/api/v2/projects/{project.json()['id']}/hours"
        for entry in range(HOURS_PER_PROJECT):
            body = {"project_item": {"hours": 1 + entry, "title": f"Work {entry}"}}
            api.post(path, json=body).raise_for_status()


def export(resource: str, concurrency: int, output: Path, expected: int) -> float:
    """Seconds to export `resource` to CSV; checks that every record arrived."""
    started = time.perf_counter()
    status = main(
        ["export", resource, "-o", str(output), "--concurrency", str(concurrency), "--quiet"]
    )
    seconds = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"clientary export {resource} exited with {status}")
    with output.open(newline="", encoding="utf-8") as written:
        rows = sum(1 for _ in written) - 1
    if rows != expected:
        raise RuntimeError(f"clientary export {resource} wrote {rows} rows, not {expected}")
    return seconds


def timed_exports(resource: str, sizes: CliSizes, output: Path, expected: int) -> dict[int, float]:
    progress(f"export {resource}: {sizes.rounds} rounds at --concurrency 1 and 8")
    export(resource, 8, output, expected)  # warm up: imports, the mock's rendering
    samples: dict[int, list[float]] = {1: [], 8: []}
    for _ in range(sizes.rounds):
        for concurrency, seconds in samples.items():
            seconds.append(export(resource, concurrency, output, expected))
    return {concurrency: median(seconds) for concurrency, seconds in samples.items()}


def export_rows(what: str, seconds: dict[int, float], sizes: CliSizes) -> list[Row]:
    speed_up = seconds[1] / seconds[8]
    return [
        Row(
            f"export: {what}, `--concurrency 1`, {sizes.latency_ms:g} ms a request",
            ms(seconds[1]),
        ),
        Row(
            f"export: {what}, `--concurrency 8`, speed-up",
            f"{ms(seconds[8])} = {speed_up:.1f}x faster",
            f">= {TARGET_SPEED_UP:g}x faster",
            speed_up >= TARGET_SPEED_UP,
        ),
    ]


def peak_memory_growth(output: Path, invoices: int) -> float:
    """Bytes the export added at its peak to what Python held before it (tracemalloc)."""
    progress(f"export memory: {invoices:,} invoices at --concurrency 8")
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        export("invoices", 8, output, invoices)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return float(peak - before)


# Start-up -----------------------------------------------------------------------------------

PYTHON = sys.executable
CLIENTARY = str(Path(PYTHON).with_name("clientary"))
STARTUP_PAIRS = {
    "connect": (
        [PYTHON, "-c", "import httpx"],
        [PYTHON, "-c", "import clientary; clientary.connect(token='t', subdomain='acme')"],
    ),
    "help": ([PYTHON, "-c", "import argparse"], [CLIENTARY, "--help"]),
}


def startup_rows(rounds: int) -> list[Row]:
    progress(f"start-up: {rounds} rounds of fresh processes")
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for pair in STARTUP_PAIRS.values():
        for command in pair:  # writes the bytecode every later run reads
            cpu_seconds(command, environment)
    ratios: dict[str, list[float]] = {name: [] for name in STARTUP_PAIRS}
    seconds: dict[str, list[float]] = {}
    for _ in range(rounds):
        for name, (reference, variant) in STARTUP_PAIRS.items():
            base, measured = cpu_seconds(reference, environment), cpu_seconds(variant, environment)
            ratios[name].append(measured / base)
            seconds.setdefault(f"{name} reference", []).append(base)
            seconds.setdefault(name, []).append(measured)
    connect, help_ = median(ratios["connect"]), median(ratios["help"])
    return [
        Row(
            "start-up: `import clientary` + `connect()`, against `import httpx`",
            f"{ms(median(seconds['connect']))} = {connect:.2f}x "
            f"(httpx {ms(median(seconds['connect reference']))})",
            f"<= {CONNECT_LIMIT:g}x",
            connect <= CONNECT_LIMIT,
        ),
        Row(
            "start-up: `clientary --help`, against `import argparse`",
            f"{ms(median(seconds['help']))} = {help_:.2f}x "
            f"(argparse {ms(median(seconds['help reference']))})",
            f"<= {HELP_LIMIT:g}x",
            help_ <= HELP_LIMIT,
        ),
    ]


def cpu_seconds(command: list[str], environment: dict[str, str]) -> float:
    """User and system CPU time of one fresh process running `command`."""
    process = subprocess.Popen(
        command, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}")
    return usage.ru_utime + usage.ru_stime
