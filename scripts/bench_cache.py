"""The mock's read cache after a write: an invoice page read right after a write elsewhere.

A long invoice list (filled through `/_mock/fill`) is read page by page in load tests, and each
page is cheap only while the mock keeps its rendered invoices and their order. Each round times
one GET of the first page after three things, in turn: nothing (the page read again), a write
to an unrelated table (a task created), and a write to one invoice (which puts every invoice's
order, and that invoice's JSON, to be worked out again). A write used to empty the whole cache,
so that a task made the next page cost as much as the invoice write does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from bench_report import Row, median, progress
from clientary_mock._seed import MAX_FILL
from mock_process import running_mock

PAGE = "/api/v2/invoices"
TASK_LIMIT = 2.0  # the page after a task write, against the page read again


@dataclass(frozen=True)
class CacheSizes:
    invoices: int
    rounds: int


def cache_rows(token: str, sizes: CacheSizes) -> list[Row]:
    progress(f"read cache: filling {sizes.invoices:,} invoices, then {sizes.rounds} rounds")
    with (
        running_mock(token) as url,
        httpx.Client(base_url=url, auth=(token, token), timeout=120) as http,
    ):
        left = sizes.invoices
        while left:
            http.post("/_mock/fill", json={"invoices": min(left, MAX_FILL)}).raise_for_status()
            left -= min(left, MAX_FILL)
        invoice = http.get(PAGE).raise_for_status().json()["invoices"][0]["id"]
        writes: dict[str, Callable[[], object]] = {
            "again": lambda: http.get(PAGE).raise_for_status(),
            "task": lambda: http.post("/api/v2/tasks", json={"task": {"title": "Bench"}}),
            "invoice": lambda: http.put(
                f"/api/v2/invoices/{invoice}", json={"invoice": {"note": "Bench"}}
            ),
        }
        seconds: dict[str, list[float]] = {kind: [] for kind in writes}
        for _ in range(sizes.rounds):
            for kind, write in writes.items():
                write()
                started = time.perf_counter()
                http.get(PAGE).raise_for_status()
                seconds[kind].append(time.perf_counter() - started)
    again, task, invoice_write = (median(seconds[kind]) for kind in writes)
    listed = f"a 30-invoice page of {sizes.invoices:,}"
    return [
        Row(
            f"mock read cache: {listed} after creating a task",
            f"{_ms(task)} = {task / again:.2f}x the page read again ({_ms(again)})",
            f"<= {TASK_LIMIT:g}x the page read again",
            task / again <= TASK_LIMIT,
        ),
        Row(
            f"mock read cache: {listed} after changing an invoice",
            f"{_ms(invoice_write)} = {invoice_write / again:.1f}x the page read again",
        ),
    ]


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"
