"""Clientary's calendar days and timestamps, to and from Python values.

The API writes days as "2011/07/26" in older resources and "2011-07-26" in newer ones, and every
documented request uses dashes. Timestamps are ISO 8601 with an offset or "Z".
"""

import datetime
import re

__all__ = ["format_date", "parse_date", "parse_timestamp"]

_DAY = re.compile(r"(\d{4})([/-])(\d{2})\2(\d{2})")


def parse_date(value: str | None) -> datetime.date | None:
    """The day in "YYYY/MM/DD" or "YYYY-MM-DD" (None stays None); ValueError naming the value."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"date must be a str or None, got {type(value).__name__}")
    match = _DAY.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"not a Clientary date (YYYY/MM/DD or YYYY-MM-DD): {value!r}")
    year, _, month, day = match.groups()
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError as exc:
        raise ValueError(f"not a valid calendar day: {value!r} ({exc})") from None


def format_date(value: datetime.date) -> str:
    """The day as "YYYY-MM-DD", the form every request uses."""
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"format_date needs a datetime.date, got {type(value).__name__}")
    return value.isoformat()


def parse_timestamp(value: str | None) -> datetime.datetime | None:
    """An ISO 8601 timestamp such as "2012-11-08T21:20:47Z" (None stays None), offset kept."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"timestamp must be a str or None, got {type(value).__name__}")
    try:
        parsed = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not an ISO 8601 timestamp: {value!r}") from None
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp has no UTC offset: {value!r}")
    return parsed
