"""Reading a plan (see `_plan`): every record it names, N requests at a time, in order.

A list of pages goes through `clientary.paginate(..., concurrency=N)`; one list per record of
a parent goes through a pool of N threads. Either way records come out in the order the API
lists them, and at most N answers are held at once, so memory stays flat however long the list.
"""

import concurrent.futures
import contextlib
import importlib
from collections import deque
from collections.abc import Generator
from typing import Any, Protocol

from clientary_client import Client

from .._envelope import envelope_of
from .._operations import keyword_arguments
from .._page_walk import SeenRecords
from .._paginate import paginate
from ._catalogue import Listing
from ._plan import Plan

__all__ = ["Progress", "read"]


class Progress(Protocol):
    def pages_ahead(self, pages: int) -> None:
        """`pages` more answers are known to come."""

    def page_read(self, records: int) -> None:
        """One answer was read, holding `records` new records."""


def read(
    found: Plan, client: Client, concurrency: int, progress: Progress
) -> Generator[Any, None, None]:
    """Every record `found` names, in the order the API lists them (models, as parsed)."""
    records = (
        _read_list(found, client, concurrency, progress)
        if found.parent is None
        else _read_per_parent(found, client, concurrency, progress)
    )
    with contextlib.closing(records):  # stops the requests in flight if reading stops early
        if not found.keep:
            yield from records
            return
        for record in records:
            if all(test(record) for test in found.keep):
                yield record


def _paginator(listing: Listing, client: Client, concurrency: int, **arguments: object) -> Any:
    operation = importlib.import_module(listing.module)
    keywords = keyword_arguments(operation, arguments)
    return paginate(operation, client=client, concurrency=concurrency, **keywords)


def _read_list(
    found: Plan, client: Client, concurrency: int, progress: Progress
) -> Generator[Any, None, None]:
    envelope = envelope_of(importlib.import_module(found.listing.module))
    seen = SeenRecords()
    first = True
    for model in _paginator(found.listing, client, concurrency, **found.arguments).pages():
        page = envelope.page(model)
        if first:
            progress.pages_ahead(max(page.page_count, 1))
            first = False
        new = [record for record in page.items if seen.first_time(record)]
        progress.page_read(len(new))
        yield from new


def _read_per_parent(
    found: Plan, client: Client, concurrency: int, progress: Progress
) -> Generator[Any, None, None]:
    assert found.parent is not None
    argument = found.listing.scope_argument or ""
    # The parents' ids only: a few bytes each, while their children are read.
    parent_ids = [record.id for record in read(found.parent, client, concurrency, progress)]
    progress.pages_ahead(len(parent_ids))
    envelope = envelope_of(importlib.import_module(found.listing.module))

    def children(parent_id: int) -> tuple[list[Any], int]:
        pages = list(
            _paginator(found.listing, client, 1, **{**found.arguments, argument: parent_id}).pages()
        )
        seen = SeenRecords()
        records = [r for page in pages for r in envelope.page(page).items if seen.first_time(r)]
        return records, len(pages)

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=concurrency)
    pending: deque[concurrent.futures.Future[tuple[list[Any], int]]] = deque()
    waiting = deque(parent_ids)
    try:
        while waiting and len(pending) < concurrency:
            pending.append(pool.submit(children, waiting.popleft()))
        while pending:
            records, pages = pending.popleft().result()
            if waiting:  # refill the freed place before these are written out
                pending.append(pool.submit(children, waiting.popleft()))
            if pages > 1:
                progress.pages_ahead(pages - 1)
            for _ in range(pages - 1):
                progress.page_read(0)
            progress.page_read(len(records))
            yield from records
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
