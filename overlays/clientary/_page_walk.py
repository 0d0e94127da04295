"""Which page to read next so that records shifting between pages are neither lost nor repeated.

Clientary pages by offset, so a record created or deleted while a list is being read moves every
later record by one place:

* Created records push later ones forward: a record may show up again on the next page.
  `SeenRecords` drops every record whose id was already yielded.
* Deleted records pull later ones back: the first records of the next page slide onto the page
  already read and would be skipped. Each page reports `total_count`; when it is lower than the
  total on the page read just before, `d` records vanished in between, so the walk steps back
  ceil(d / page_size) pages, re-reads them (only the records not yet seen come out), and goes on.
  The page that revealed the drop was read after the deletions, so it is not read again unless
  the total changes once more while stepping back.

The totals are compared between pages in the order they are consumed, which is also what makes
this hold when later pages were fetched ahead of time (concurrently): whichever of two neighbours
was fetched later sees the lower total. A deletion and a creation between the same two reads
cancel out in `total_count` and cannot be told apart; only a stable cursor could fix that, which
the API does not offer.
"""

__all__ = ["PageWalk", "SeenRecords"]


class PageWalk:
    """Decides the next page number from the counters of each page read (pure, no I/O)."""

    def __init__(self, first_page: int = 1) -> None:
        # A walk that starts further on (a window of the list) never steps back before its
        # first page: the records there are not part of what it reads.
        self._first_page = first_page
        self.next_page = first_page
        self.page_count = first_page
        self._last_total: int | None = None
        self._already_current: int | None = None

    @property
    def done(self) -> bool:
        return self.next_page > self.page_count

    def record(self, page_number: int, *, page_count: int, page_size: int, total: int) -> None:
        """Take in the counters of page `page_number`, just read, and plan the next read."""
        self.page_count = page_count
        previous, self._last_total = self._last_total, total
        if previous is not None and total != previous:
            # Pages read before this change no longer vouch for the page being skipped.
            self._already_current = None
        dropped = previous - total if previous is not None else 0
        if dropped > 0 and page_number > self._first_page:
            pages_back = -(-dropped // max(page_size, 1))
            self.next_page = max(self._first_page, page_number - pages_back)
            self._already_current = page_number
            return
        following = page_number + 1
        if following == self._already_current:
            following += 1
            self._already_current = None
        self.next_page = following


class SeenRecords:
    """Remembers record ids already yielded; records without an id always pass."""

    def __init__(self) -> None:
        self._ids: set[object] = set()

    def first_time(self, record: object) -> bool:
        record_id = getattr(record, "id", None)
        if record_id is None:
            return True
        if record_id in self._ids:
            return False
        self._ids.add(record_id)
        return True
