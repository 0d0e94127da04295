"""The client's figures, against one mock over loopback: call overhead, pagination, memory.

The mock starts empty and is filled through `POST /_mock/fill`, so the lists hold exactly the
invoices asked for (30 to a page).
"""

from __future__ import annotations

import json
import math
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import clientary
import httpx
from bench_report import Row, median, ms, progress, us
from clientary_client import Client
from clientary_client.api.invoices import get_invoice, list_invoices
from clientary_client.models import Invoice, InvoiceList
from clientary_client.types import read_json
from clientary_mock.testing import running_mock

INVOICES_PATH = "/api/v2/invoices"
MEMORY_CONCURRENCY = 8
MEMORY_LIMIT_MB = 20.0


@dataclass(frozen=True)
class ClientSizes:
    calls: int  # per variant and round, for the call overhead
    call_rounds: int  # many short rounds, so that a slow spell of the machine hits every variant
    rounds: int  # walks at each concurrency
    paged_invoices: int  # 3,000 in a full run: 100 pages
    long_list: int  # 30,000 in a full run, for memory
    latency_ms: float


@dataclass
class Session:
    """The mock and the three ways of talking to it."""

    client: Client  # clientary.connect(), as users get it
    api: clientary.Clientary  # the resource interface over the same settings
    raw: httpx.Client  # bare httpx: the floor
    control: httpx.Client  # the mock's /_mock routes


def client_rows(token: str, sizes: ClientSizes) -> list[Row]:
    with running_mock(token, "--seed", "empty") as base_url, session(token, base_url) as s:
        fill(s.control, sizes.paged_invoices)
        rows = call_overhead_rows(s, sizes)
        rows += resource_interface_rows(s, sizes)
        rows += pagination_rows(s, sizes)
        short = peak_memory_growth(s.client, sizes.paged_invoices)
        fill(s.control, sizes.long_list - sizes.paged_invoices)
        long = peak_memory_growth(s.client, sizes.long_list)
    return [*rows, *memory_rows(sizes, short, long)]


@contextmanager
def session(token: str, base_url: str) -> Iterator[Session]:
    with (
        clientary.connect(token=token, base_url=base_url) as client,
        clientary.Clientary(token=token, base_url=base_url) as api,
        httpx.Client(
            base_url=base_url, auth=(token, token), headers={"Accept": "application/json"}
        ) as raw,
        httpx.Client(base_url=base_url) as control,
    ):
        yield Session(client, api, raw, control)


def fill(control: httpx.Client, invoices: int) -> None:
    control.post("/_mock/fill", json={"invoices": invoices}).raise_for_status()


# 1. Call overhead --------------------------------------------------------------------------


def call_overhead_rows(s: Session, sizes: ClientSizes) -> list[Row]:
    progress(f"call overhead: {sizes.call_rounds} rounds x {sizes.calls} calls of each variant")
    # What the generated sync() hands from_dict(): the body decoded with its numbers as Decimals.
    document = read_json(s.raw.get(INVOICES_PATH).content)
    variants: dict[str, Callable[[], object]] = {
        "floor": lambda: json.loads(s.raw.get(INVOICES_PATH).content),
        "sync": lambda: list_invoices.sync(client=s.client),
        "call": lambda: clientary.call(list_invoices, client=s.client),
        "parse": lambda: InvoiceList.from_dict(document),
    }
    check_every_variant_reads_a_full_page(variants)
    seconds = interleaved_rounds(variants, sizes.calls, sizes.call_rounds)
    floor, sync, call, parse = (seconds[name] for name in ("floor", "sync", "call", "parse"))
    page = "a 30-invoice page"
    return [
        Row(f"call overhead: httpx GET + json.loads of {page} (the floor)", us(floor)),
        Row(
            f"call overhead: generated `list_invoices.sync()` of {page}",
            f"{us(sync)} = {sync / floor:.2f}x the floor",
            "<= 1.3x the floor",
            sync / floor <= 1.3,
        ),
        Row(
            f"call overhead: `clientary.call(list_invoices)` of {page}",
            f"{us(call)} = {call / sync:.3f}x `sync()`",
            "<= 1.05x `sync()`",
            call / sync <= 1.05,
        ),
        Row(
            "call overhead: of which generated `InvoiceList.from_dict()` alone, typed values "
            "(dates, Decimals, code enums)",
            f"{us(parse)} = {parse / floor:.2f}x the floor",
            "<= 0.2x the floor",
            parse / floor <= 0.2,
        ),
    ]


def resource_interface_rows(s: Session, sizes: ClientSizes) -> list[Row]:
    """What `api.invoices...` costs over `call()`/`paginate()` of the same operation.

    The two sides of a pair take turns call by call, each call timed on its own, and the figure
    is the median of the rounds' ratios: a busy spell of the machine then weighs on both sides
    alike. call() and paginate() get the very client the resource interface sends through, so
    that the sides differ by the layer alone (two connections to one mock differ by more).
    """
    progress(f"resource interface: {sizes.call_rounds} rounds x {sizes.calls} calls of each")
    client = s.api._client
    invoice_id = clientary.call(list_invoices, client=client).invoices[0].id

    def call() -> object:
        return clientary.call(get_invoice, client=client, id=invoice_id)

    def get() -> object:
        return s.api.invoices.get(invoice_id)

    def paginate() -> object:
        return next(iter(clientary.paginate(list_invoices, client=client).pages()))

    def pages() -> object:
        return next(iter(s.api.invoices.list().pages()))

    for name, action in (("call", call), ("get", get)):
        if not isinstance(action(), Invoice):
            raise RuntimeError(f"{name} did not read an invoice")
    check_every_variant_reads_a_full_page({"paginate": paginate, "pages": pages})
    call_time, get_ratio = paired_rounds(call, get, sizes.calls, sizes.call_rounds)
    page_time, pages_ratio = paired_rounds(paginate, pages, sizes.calls, sizes.call_rounds)
    return [
        Row("resource interface: `clientary.call(get_invoice)` of one invoice", us(call_time)),
        Row(
            "resource interface: `api.invoices.get(id)`",
            f"{get_ratio:.3f}x `call(get_invoice)`",
            "<= 1.05x `call(get_invoice)`",
            get_ratio <= 1.05,
        ),
        Row(
            "resource interface: first page of `paginate(list_invoices).pages()`",
            us(page_time),
        ),
        Row(
            "resource interface: first page of `api.invoices.list().pages()`",
            f"{pages_ratio:.3f}x `paginate(...).pages()`",
            "<= 1.05x `paginate(...).pages()`",
            pages_ratio <= 1.05,
        ),
    ]


def paired_rounds(
    base: Callable[[], object], other: Callable[[], object], calls: int, rounds: int
) -> tuple[float, float]:
    """`base`'s median seconds per call, and the median over rounds of other/base, the two
    called in turn (which first alternating) and each call timed on its own."""
    base_times: list[float] = []
    ratios: list[float] = []
    for number in range(rounds):
        spent = {base: 0.0, other: 0.0}
        for call in range(calls):
            for action in (base, other) if (number + call) % 2 == 0 else (other, base):
                started = time.perf_counter()
                action()
                spent[action] += time.perf_counter() - started
        base_times.append(spent[base] / calls)
        ratios.append(spent[other] / spent[base])
    return median(base_times), median(ratios)


def check_every_variant_reads_a_full_page(variants: dict[str, Callable[[], object]]) -> None:
    for name, action in variants.items():
        read = invoices_in(action())
        if read != 30:
            raise RuntimeError(f"{name} read {read} invoices, not a page of 30")


def invoices_in(result: object) -> int:
    if isinstance(result, InvoiceList):
        return len(result.invoices)
    if isinstance(result, dict):
        return len(result["invoices"])
    raise TypeError(f"not a page of invoices: {type(result).__name__}")


def interleaved_rounds(
    variants: dict[str, Callable[[], object]], calls: int, rounds: int
) -> dict[str, float]:
    """Median seconds per call of each variant; each round times every variant in turn, in
    the opposite order every other round, so that none always runs first or last."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for number in range(rounds):
        names = list(variants) if number % 2 == 0 else list(reversed(variants))
        for name in names:
            samples[name].append(seconds_per_call(variants[name], calls))
    return {name: median(values) for name, values in samples.items()}


def seconds_per_call(action: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        action()
    return (time.perf_counter() - started) / calls


# 2. Pagination -----------------------------------------------------------------------------


def pagination_rows(s: Session, sizes: ClientSizes) -> list[Row]:
    latency = sizes.latency_ms / 1000
    pages = page_count(s.client)
    progress(f"pagination: {pages} pages, {sizes.latency_ms:g} ms a request, {sizes.rounds} rounds")
    s.control.put("/_mock/faults", json={"latency_ms": sizes.latency_ms}).raise_for_status()
    try:
        walk_all(s.client, 1, sizes.paged_invoices)  # the mock renders every page once
        seconds = {
            concurrency: median(times)
            for concurrency, times in timed_walks(s.client, sizes).items()
        }
    finally:
        s.control.delete("/_mock/faults").raise_for_status()
    sequential = seconds[1]
    floor4, floor8 = (latency_floor(pages, c, latency) for c in (4, 8))
    speedup4, speedup8 = sequential / seconds[4], sequential / seconds[8]
    return [
        Row(f"paginate: sequential, {pages} pages at {sizes.latency_ms:g} ms", ms(sequential)),
        Row(
            "paginate: `concurrency=4`",
            f"{ms(seconds[4])} = {speedup4:.1f}x faster, {seconds[4] / floor4:.2f}x its floor "
            f"({ms(floor4)})",
        ),
        Row(
            "paginate: `concurrency=8`, speed-up",
            f"{ms(seconds[8])} = {speedup8:.1f}x faster",
            ">= 6x faster",
            speedup8 >= 6,
        ),
        Row(
            "paginate: `concurrency=8`, against the latency floor",
            f"{seconds[8] / floor8:.2f}x the floor ({ms(floor8)}); one page alone takes "
            f"{sequential / pages * 1e3:.1f} ms, not {sizes.latency_ms:g}",
            "<= 1.3x the floor",
            seconds[8] / floor8 <= 1.3,
        ),
    ]


def page_count(client: Client) -> int:
    first = next(iter(clientary.paginate(list_invoices, client=client).pages()))
    return int(first.page_count)


def latency_floor(pages: int, concurrency: int, latency: float) -> float:
    """Page one alone (it tells how many there are), then the rest in waves of `concurrency`."""
    return (1 + math.ceil((pages - 1) / concurrency)) * latency


def timed_walks(client: Client, sizes: ClientSizes) -> dict[int, list[float]]:
    times: dict[int, list[float]] = {1: [], 4: [], 8: []}
    for _ in range(sizes.rounds):
        for concurrency, samples in times.items():
            started = time.perf_counter()
            walk_all(client, concurrency, sizes.paged_invoices)
            samples.append(time.perf_counter() - started)
    return times


def walk_all(client: Client, concurrency: int, expected: int) -> None:
    count = sum(
        1 for _ in clientary.paginate(list_invoices, client=client, concurrency=concurrency)
    )
    if count != expected:
        raise RuntimeError(f"concurrency={concurrency} read {count} invoices of {expected}")


# Memory ------------------------------------------------------------------------------------


def peak_memory_growth(client: Client, invoices: int) -> float:
    """Bytes the walk added at its peak to what Python held before it (tracemalloc)."""
    progress(f"memory: walking {invoices:,} invoices with concurrency={MEMORY_CONCURRENCY}")
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        walk_all(client, MEMORY_CONCURRENCY, invoices)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return float(peak - before)


def memory_rows(sizes: ClientSizes, short: float, long: float) -> list[Row]:
    how = f"`concurrency={MEMORY_CONCURRENCY}`, peak growth"
    return [
        Row(f"paginate memory: a list of {sizes.paged_invoices:,}, {how}", mb(short)),
        Row(
            f"paginate memory: a list of {sizes.long_list:,}, {how}",
            mb(long),
            f"< {MEMORY_LIMIT_MB:g} MB",
            long / 1e6 < MEMORY_LIMIT_MB,
        ),
    ]


def mb(size: float) -> str:
    return f"{size / 1e6:.1f} MB"
