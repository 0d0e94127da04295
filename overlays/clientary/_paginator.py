"""`paginate()` / `apaginate()`: every record of any generated list operation, page after page.

The envelope comes from the generated model (`_envelope`), the order of reads from `PageWalk`
(`_page_walk`), so this module only fetches. With `concurrency=N` the next pages along the walk
are requested ahead, at most N at a time, and parsed and consumed in page order; pages the walk
no longer wants (after a step back) are dropped, so memory holds at most N answers as they
arrived (bytes) and the page being read. `window()` reads a few records from a given position
(what a list tool answers, or a table's page in an application), along the same walk
(`_page_window`).
"""

import asyncio
import concurrent.futures
import contextlib
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Mapping
from typing import Generic, Protocol, TypeVar

import httpx

from ._call import asend, parse_result, send
from ._checks import AnyClient, checked_count
from ._envelope import Envelope, Page, envelope_of
from ._errors import response_validation_error
from ._operations import build_request, operation_name
from ._page_walk import PageWalk, SeenRecords
from ._page_window import Window, WindowReader, window_records

__all__ = ["AsyncPaginator", "Paginator"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")
# An answer as it arrived, before parsing: what the pages fetched ahead are kept as.
Sent = tuple[AnyClient, httpx.Response]


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
        checked_count(concurrency, "concurrency", minimum=1)
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

    def _window_place(self, first: Page, offset: int) -> tuple[int, int]:
        """The page record `offset` is on, and how many records of that page come before it;
        page 0 when the list ends before it. `first` is page 1, which tells the page size."""
        if offset >= first.total_count:
            return 0, 0
        page, skip = divmod(offset, max(first.page_size, 1))
        return (page + 1, skip) if page + 1 <= first.page_count else (0, 0)

    def _parse(self, sent: Sent) -> Page:
        client, response = sent
        return self._read(response, parse_result(self._operation, client, response))

    def _read(self, response: httpx.Response, parsed: object) -> Page:
        try:
            return self._envelope.page(parsed)
        except (TypeError, ValueError) as exc:
            raise response_validation_error(response, f"unusable page counters ({exc})") from exc


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

    def window(self, offset: int, limit: int) -> Window[ItemT]:
        """At most `limit` records from position `offset` (0 is the first record), and how many
        records the list held, reading only the pages that hold them: page 1, for the page
        size, then from the page `offset` falls on.

        Records that shift between the pages read are handled as in iteration: none is lost or
        given twice, and none from before `offset` slips in.
        """
        _check_window(offset, limit)
        with contextlib.closing(self._sequential_walk(1)) as pages:
            _, first = next(pages)
            start, skip = self._window_place(first, offset)
            if start == 0:
                return Window([], first.total_count)
            if start == 1:
                return window_records(first, pages, skip, limit)
        with contextlib.closing(self._sequential_walk(start)) as pages:
            _, first = next(pages)
            return window_records(first, pages, skip, limit)

    def _send(self, page_number: int) -> Sent:
        return send(self._operation, self._args, self._page_arguments(page_number))

    def _sequential_walk(self, first_page: int) -> Generator[tuple[int, Page], None, None]:
        """Each page along the walk from `first_page`, with its number."""
        walk = PageWalk(first_page)
        while not walk.done:
            number = walk.next_page
            page = self._parse(self._send(number))
            _record(walk, number, page)
            yield number, page

    def _walk(self) -> Iterator[Page]:
        if self._concurrency == 1:
            for _, page in self._sequential_walk(1):
                yield page
            return
        walk = PageWalk()
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=self._concurrency)
        ahead: dict[int, concurrent.futures.Future[Sent]] = {}

        def start(page_number: int) -> "concurrent.futures.Future[Sent]":
            return pool.submit(self._send, page_number)

        try:
            while not walk.done:
                number = walk.next_page
                _plan_ahead(ahead, number, walk.page_count, self._concurrency, start)
                sent = ahead.pop(number).result()
                # Refill the freed place before parsing: the next request then travels while
                # this page is parsed and read, rather than after. Parsing holds the
                # interpreter lock, so let it go a moment first, for the thread just handed the
                # request to send it (sleep(0) does that; the lock would otherwise pass only
                # when this thread next blocks, maybe pages later).
                _plan_ahead(ahead, number + 1, walk.page_count, self._concurrency, start)
                time.sleep(0)
                page = self._parse(sent)
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

    async def window(self, offset: int, limit: int) -> Window[ItemT]:
        """The async twin of `Paginator.window()`."""
        _check_window(offset, limit)
        pages = self._sequential_walk(1)
        try:
            _, first = await anext(pages)
            start, skip = self._window_place(first, offset)
            if start == 0:
                return Window([], first.total_count)
            if start != 1:
                await pages.aclose()
                pages = self._sequential_walk(start)
                _, first = await anext(pages)
            reader = WindowReader(first, skip, limit)
            while not reader.full:
                following = await anext(pages, None)
                if following is None:
                    break
                reader.add(*following)
            return reader.window()
        finally:
            await pages.aclose()

    async def _send(self, page_number: int) -> Sent:
        return await asend(self._operation, self._args, self._page_arguments(page_number))

    async def _sequential_walk(self, first_page: int) -> AsyncGenerator[tuple[int, Page], None]:
        """Each page along the walk from `first_page`, with its number."""
        walk = PageWalk(first_page)
        while not walk.done:
            number = walk.next_page
            page = self._parse(await self._send(number))
            _record(walk, number, page)
            yield number, page

    async def _walk(self) -> AsyncIterator[Page]:
        if self._concurrency == 1:
            async for _, page in self._sequential_walk(1):
                yield page
            return
        walk = PageWalk()
        ahead: dict[int, asyncio.Task[Sent]] = {}
        try:
            while not walk.done:
                number = walk.next_page
                _plan_ahead(ahead, number, walk.page_count, self._concurrency, self._start)
                sent = await ahead.pop(number)
                _plan_ahead(ahead, number + 1, walk.page_count, self._concurrency, self._start)
                # As in `Paginator._walk`: let the request just planned leave before this page
                # is parsed and read.
                await asyncio.sleep(0)
                page = self._parse(sent)
                _record(walk, number, page)
                yield page
        finally:
            for task in ahead.values():
                task.cancel()
            await asyncio.gather(*ahead.values(), return_exceptions=True)

    def _start(self, page_number: int) -> "asyncio.Task[Sent]":
        return asyncio.ensure_future(self._send(page_number))


def _check_window(offset: object, limit: object) -> None:
    checked_count(offset, "offset", minimum=0)
    checked_count(limit, "limit", minimum=0)


class _Pending(Protocol):
    def cancel(self) -> bool: ...


FutureT = TypeVar("FutureT", bound=_Pending)


def _plan_ahead(
    ahead: dict[int, FutureT], first: int, last: int, limit: int, start: Callable[[int], FutureT]
) -> None:
    """Keep fetches running for pages `first`..`last`, at most `limit` of them."""
    for stale in [number for number in ahead if number < first]:
        ahead.pop(stale).cancel()
    if first not in ahead and len(ahead) >= limit:
        # A step back made room necessary for the page wanted now: drop the farthest one.
        ahead.pop(max(ahead)).cancel()
    number = first
    while len(ahead) < limit and number <= last:
        if number not in ahead:
            ahead[number] = start(number)
        number += 1
