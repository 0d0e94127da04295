"""Dates the way Clientary writes them, which differs from field to field.

Most days come with slashes (`2011/07/26`), a few with dashes (`2017-07-22`); timestamps are
ISO 8601 with `Z` on tasks and with a numeric offset on recurring schedules and payment profiles.
Requests may use either day form.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["dashed", "fiscal_year", "parse_day", "slashed", "with_offset", "zulu"]


def parse_day(text: str) -> dt.date:
    return dt.date.fromisoformat(text.replace("/", "-"))


def slashed(day: dt.date | None) -> str | None:
    # Not strftime("%Y"): it writes the year 400 as "400", which no Clientary date looks like.
    return None if day is None else day.isoformat().replace("-", "/")


def dashed(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def zulu(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def with_offset(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def fiscal_year(today: dt.date, start_month: int) -> tuple[dt.date, dt.date]:
    """First and last day of the fiscal year holding `today`."""
    year = today.year if today.month >= start_month else today.year - 1
    first = dt.date(year, start_month, 1)
    next_first = dt.date(year + 1, start_month, 1)
    return first, next_first - dt.timedelta(days=1)
