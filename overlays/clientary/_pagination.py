"""`paginate()` / `apaginate()`: every record of any generated list operation, page after page.

The envelope comes from the generated model (`_envelope`), the order of reads from `PageWalk`
(`_page_walk`), so this module only fetches. With `concurrency=N` the next pages along the walk
are fetched ahead, at most N at a time, and consumed in page order; pages the walk no longer
wants (after a step back) are dropped, so memory holds at most N pages.
"""

import asyncio
import concurrent.futures
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Generic, Protocol, TypeVar

import httpx

from ._call import asend, parse_result, send
from ._envelope import Envelope, Page, envelope_of
from ._errors import APIResponseValidationError
from ._operations import build_request, operation_name
from ._page_walk import PageWalk, SeenRecords

__all__ = ["AsyncPaginator", "Paginator"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


class _Pagination:
    """What both paginators share: the checked arguments and the reading of one answer."""

    def __init__(
        self,
        operation: object,
        concurrency: int,
        args: tuple[object, ...],
        arguments: Mapping[str, object],
    ) -> None:
        name = operation_name(operation)
        self._envelope: Envelope = envelope_of(operation)
        if "page" in arguments:
            raise TypeError(f"{name}: paginate() sets page= itself; pass filters only")
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
        self._operation = operation
        self._concurrency = concurrency if self._envelope.paged else 1
        self._args = args
        self._arguments = dict(arguments)
        # Check every argument now, so a typo fails at the call, not at the first page.
        build_request(operation, args, self._page_arguments(1))

    def _page_arguments(self, page_number: int) -> dict[str, object]:
        if not self._envelope.paged:
            return self._arguments
        return {**self._arguments, "page": page_number}

    def _read(self, response: httpx.Response, parsed: object) -> Page:
        try:
            return self._envelope.page(parsed)
        except (TypeError, ValueError) as exc:
            raise APIResponseValidationError(
                f"{response.status_code} {response.request.method} {response.request.url.path}: "
                f"unusable page counters ({exc})",
                status_code=response.status_code,
                method=response.request.method,
                path=response.request.url.path,
            ) from exc


def _record(walk: PageWalk, number: int, page: Page) -> None:
    walk.record(
        number, page_count=page.page_count, page_size=page.page_size, total=page.total_count
    )


class Paginator(_Pagination, Generic[ItemT, PageT]):
    """Iterates the records of every page; `.pages()` gives the page models instead."""

    def __iter__(self) -> Iterator[ItemT]:
        seen = SeenRecords()
        for page in self._walk():
            for item in page.items:
                if seen.first_time(item):
                    yield item

    def pages(self) -> Iterator[PageT]:
        """Each page model as fetched, in reading order (a step back reads a page again)."""
        for page in self._walk():
            yield page.model

    def _fetch(self, page_number: int) -> Page:
        client, response = send(self._operation, self._args, self._page_arguments(page_number))
        return self._read(response, parse_result(self._operation, client, response))

    def _walk(self) -> Iterator[Page]:
        walk = PageWalk()
        if self._concurrency == 1:
            while not walk.done:
                number = walk.next_page
                page = self._fetch(number)
                _record(walk, number, page)
                yield page
            return
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=self._concurrency)
        ahead: dict[int, concurrent.futures.Future[Page]] = {}
        try:
            while not walk.done:
                number = walk.next_page
                _plan_ahead(ahead, walk, self._concurrency, lambda n: pool.submit(self._fetch, n))
                page = ahead.pop(number).result()
                _record(walk, number, page)
                yield page
        finally:
            for future in ahead.values():
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)


class AsyncPaginator(_Pagination, Generic[ItemT, PageT]):
    """The async twin of `Paginator`: `async for` over records, `.pages()` over page models."""

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        seen = SeenRecords()
        async for page in self._walk():
            for item in page.items:
                if seen.first_time(item):
                    yield item

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page model as fetched, in reading order (a step back reads a page again)."""
        async for page in self._walk():
            yield page.model

    async def _fetch(self, page_number: int) -> Page:
        client, response = await asend(
            self._operation, self._args, self._page_arguments(page_number)
        )
        return self._read(response, parse_result(self._operation, client, response))

    async def _walk(self) -> AsyncIterator[Page]:
        walk = PageWalk()
        if self._concurrency == 1:
            while not walk.done:
                number = walk.next_page
                page = await self._fetch(number)
                _record(walk, number, page)
                yield page
            return
        ahead: dict[int, asyncio.Task[Page]] = {}
        try:
            while not walk.done:
                number = walk.next_page
                _plan_ahead(ahead, walk, self._concurrency, self._start_fetch)
                page = await ahead.pop(number)
                _record(walk, number, page)
                yield page
        finally:
            for task in ahead.values():
                task.cancel()
            await asyncio.gather(*ahead.values(), return_exceptions=True)

    def _start_fetch(self, page_number: int) -> "asyncio.Task[Page]":
        return asyncio.ensure_future(self._fetch(page_number))


class _Pending(Protocol):
    def cancel(self) -> bool: ...


FutureT = TypeVar("FutureT", bound=_Pending)


def _plan_ahead(
    ahead: dict[int, FutureT], walk: PageWalk, limit: int, start: Callable[[int], FutureT]
) -> None:
    """Keep fetches running for the next pages along the walk, at most `limit` of them."""
    for stale in [number for number in ahead if number < walk.next_page]:
        ahead.pop(stale).cancel()
    if walk.next_page not in ahead and len(ahead) >= limit:
        # A step back made room necessary for the page wanted now: drop the farthest one.
        ahead.pop(max(ahead)).cancel()
    number = walk.next_page
    while len(ahead) < limit and number <= walk.page_count:
        if number not in ahead:
            ahead[number] = start(number)
        number += 1
