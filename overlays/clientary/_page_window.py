"""A window of a list: `limit` consecutive records from a position, read along a `PageWalk`.

A list tool answers with a few records from an offset rather than with whole pages. Read while
other users write, the pages shift: records created before the window push records already
taken onto the next page, and records deleted pull records not yet taken onto a page already
read. The walk (`_page_walk`) decides which pages to read again; this module puts the records
those pages give into the window, each once and in the list's order (pure, no I/O).
"""

import dataclasses
from collections.abc import Iterator
from typing import Any

from ._envelope import Page
from ._page_walk import SeenRecords

__all__ = ["Window", "window_records"]


@dataclasses.dataclass(frozen=True)
class Window:
    """Some consecutive records of a list, and how many the list held when last read."""

    records: list[Any]
    total: int


def window_records(
    first: Page, following: Iterator[tuple[int, Page]], skip: int, limit: int
) -> Window:
    """`limit` records from `first` (its first `skip` left out) and the pages that follow.

    `following` gives the pages the walk reads next, numbered. A page whose total dropped makes
    the walk step back for the records that slid onto pages already read; those come before
    the page's own records in the list, so its records wait until the pages before it are read
    again.
    """
    seen = SeenRecords()
    for record in first.items[:skip]:
        # Left out, and remembered: pushed onto a later page, such a record is not in the window.
        seen.first_time(record)
    records = [record for record in first.items[skip:] if seen.first_time(record)]
    total = first.total_count
    waiting: list[Any] = []
    waiting_on = 0  # the number of the page whose records wait; 0 when none do
    while len(records) < limit:
        number, page = next(following, (0, None))
        if page is None:
            break
        new = [record for record in page.items if seen.first_time(record)]
        if page.total_count < total:
            waiting += new
            waiting_on = max(waiting_on, number)
        else:
            records += new
            if waiting_on and number == waiting_on - 1:
                # The pages before the waiting one are read again (the walk goes on after
                # it), so its records come next.
                records += waiting
                waiting, waiting_on = [], 0
        total = page.total_count
    records += waiting
    return Window(records[:limit], total)
