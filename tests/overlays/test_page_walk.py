"""`PageWalk`: the order of page reads, from the counters alone (pure)."""

from clientary._page_walk import PageWalk, SeenRecords


def read(walk: PageWalk, *, total: int, page_count: int, page_size: int = 10) -> int:
    """Record the page the walk asked for and return its number."""
    number = walk.next_page
    walk.record(number, page_count=page_count, page_size=page_size, total=total)
    return number


class TestPageWalk:
    def test_steady_list_is_read_once_in_order(self) -> None:
        """Totals unchanged: pages 1..page_count, then done."""
        walk = PageWalk()
        order = []
        while not walk.done:
            order.append(read(walk, total=25, page_count=3))
        assert order == [1, 2, 3]

    def test_drop_steps_back_one_page_and_skips_the_revealing_page(self) -> None:
        """Page 2 shows 2 fewer records: read page 1 again, then page 3 (page 2 is current)."""
        walk = PageWalk()
        assert read(walk, total=25, page_count=3) == 1
        assert read(walk, total=23, page_count=3) == 2
        assert walk.next_page == 1
        assert read(walk, total=23, page_count=3) == 1
        assert walk.next_page == 3

    def test_drop_larger_than_a_page_steps_back_further(self) -> None:
        """12 deletions with 10 per page: two pages back."""
        walk = PageWalk()
        for _ in range(3):
            read(walk, total=45, page_count=5)
        assert read(walk, total=33, page_count=4) == 4
        assert walk.next_page == 2

    def test_a_walk_from_a_later_page_never_steps_back_before_it(self) -> None:
        """A window's walk starts at page 3; 25 deletions would step back three pages, but the
        records before page 3 are not the window's: it goes back to page 3 only."""
        walk = PageWalk(first_page=3)
        assert read(walk, total=60, page_count=6) == 3
        assert read(walk, total=35, page_count=4) == 4
        assert walk.next_page == 3

    def test_change_while_stepping_back_rereads_the_skipped_page(self) -> None:
        """A further change after the drop voids the skip: the page is read again."""
        walk = PageWalk()
        read(walk, total=25, page_count=3)
        read(walk, total=23, page_count=3)
        assert read(walk, total=24, page_count=3) == 1
        assert walk.next_page == 2

    def test_growth_never_steps_back(self) -> None:
        """Insertions only push records forward; the walk goes on and follows page_count."""
        walk = PageWalk()
        order = []
        totals = iter([(20, 2), (31, 4), (31, 4), (31, 4)])
        while not walk.done:
            total, pages = next(totals)
            order.append(read(walk, total=total, page_count=pages))
        assert order == [1, 2, 3, 4]

    def test_drop_on_first_page_cannot_step_back(self) -> None:
        """Nothing lies before page 1."""
        walk = PageWalk()
        read(walk, total=5, page_count=1)
        walk.next_page = 1
        read(walk, total=3, page_count=1)
        assert walk.done

    def test_empty_list_is_one_read(self) -> None:
        """page_count 0 still reads page 1 and stops."""
        walk = PageWalk()
        assert read(walk, total=0, page_count=0) == 1
        assert walk.done


class TestSeenRecords:
    def test_ids_pass_once_and_id_less_records_always(self) -> None:
        """Dedupe by `id`."""

        class Record:
            def __init__(self, record_id: int | None) -> None:
                self.id = record_id

        seen = SeenRecords()
        assert seen.first_time(Record(1))
        assert not seen.first_time(Record(1))
        assert seen.first_time(Record(None))
        assert seen.first_time(Record(None))
        assert seen.first_time(object())
