"""A window of a list: `limit` consecutive records from a position, read along a `PageWalk`.

A list tool answers with a few records from an offset rather than with whole pages. Read while
other users write, the pages shift: records created before the window push records already
taken onto the next page, and records deleted pull records not yet taken onto a page already
read. The walk (`_page_walk`) decides which pages to read again; this module puts the records
those pages give into the window, each once and in the list's order (pure, no I/O).
"""

import dataclasses
from collections.abc import Iterator
from typing import Any, Generic, TypeVar

from ._envelope import Page
from ._page_walk import SeenRecords

__all__ = ["Window", "WindowReader", "window_records"]


ItemT = TypeVar("ItemT")


@dataclasses.dataclass(frozen=True)
class Window(Generic[ItemT]):
    """Some consecutive records of a list, and how many the list held when last read."""

    records: list[ItemT]
    total: int


class WindowReader:
    """Puts the pages read after the first into a window of `limit` records, and says when it
    has them all. It does no I/O, so the sync and the async paginator drive the same one.

    A page whose total dropped makes the walk step back for the records that slid onto pages
    already read; those come before the page's own records in the list, so its records wait
    until the pages before it are read again.
    """

    def __init__(self, first: Page, skip: int, limit: int) -> None:
        self._seen = SeenRecords()
        for record in first.items[:skip]:
            # Left out, and remembered: pushed onto a later page, such a record is not in it.
            self._seen.first_time(record)
        self._records = [record for record in first.items[skip:] if self._seen.first_time(record)]
        self._limit = limit
        self._total = first.total_count
        self._waiting: list[Any] = []
        self._waiting_on = 0  # the number of the page whose records wait; 0 when none do

    @property
    def full(self) -> bool:
        return len(self._records) >= self._limit

    def add(self, number: int, page: Page) -> None:
        """The next page the walk read, with its number."""
        new = [record for record in page.items if self._seen.first_time(record)]
        if page.total_count < self._total:
            self._waiting += new
            self._waiting_on = max(self._waiting_on, number)
        else:
            self._records += new
            if self._waiting_on and number == self._waiting_on - 1:
                # The pages before the waiting one are read again (the walk goes on after it),
                # so its records come next.
                self._records += self._waiting
                self._waiting, self._waiting_on = [], 0
        self._total = page.total_count

    def window(self) -> Window[Any]:
        return Window((self._records + self._waiting)[: self._limit], self._total)


def window_records(
    first: Page, following: Iterator[tuple[int, Page]], skip: int, limit: int
) -> Window[Any]:
    """`limit` records from `first` (its first `skip` left out) and the pages `following`
    gives, numbered, as the walk reads them."""
    reader = WindowReader(first, skip, limit)
    while not reader.full:
        number, page = next(following, (0, None))
        if page is None:
            break
        reader.add(number, page)
    return reader.window()
