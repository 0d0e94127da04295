"""Clientary's calendar days and timestamps, to and from Python values.

The API writes days as "2011/07/26" in older resources and "2011-07-26" in newer ones, and every
documented request uses dashes. Timestamps are ISO 8601 with an offset or "Z", or, in one copy of
the docs, as Ruby writes them ("2011/06/29 23:01:08 -0700").
"""

import datetime
import re

__all__ = ["NO_SUCH_DAY", "day_shaped", "format_date", "parse_date", "parse_timestamp"]

_DAY = re.compile(r"(\d{4})([/-])(\d{2})\2(\d{2})")

NO_SUCH_DAY = "is a day that does not exist"
"""What a text written as a day is called when the calendar has no such day (February 30).

It is told apart from a text in the wrong form: the fix is another day, not another spelling.
"""
# Ruby's Time#to_s: "2011/06/29 23:01:08 -0700" (or with dashes, or "UTC" for the zone).
_RUBY_TIME = re.compile(
    r"(\d{4})[/-](\d{2})[/-](\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?) ?([+-]\d{4}|UTC)"
)


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
        raise ValueError(f"{value!r} {NO_SUCH_DAY} ({exc})") from None


def day_shaped(text: str) -> str | None:
    """The separator of `text` when it is written as a day ("2026-02-30": "-"), else None.

    Says nothing of the calendar: `parse_date` does that.
    """
    match = _DAY.fullmatch(text)
    return None if match is None else match.group(2)


def format_date(value: datetime.date) -> str:
    """The day as "YYYY-MM-DD", the form every request uses."""
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"format_date needs a datetime.date, got {type(value).__name__}")
    return value.isoformat()


def parse_timestamp(value: str | None) -> datetime.datetime | None:
    """A timestamp with its zone (None stays None), offset kept.

    ISO 8601 ("2012-11-08T21:20:47Z", "2013-02-06T21:23:21-08:00") or the form Ruby writes
    ("2011/06/29 23:01:08 -0700", "2011-06-29 23:01:08 UTC").
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"timestamp must be a str or None, got {type(value).__name__}")
    ruby = _RUBY_TIME.fullmatch(value.strip())
    text = value.strip() if ruby is None else "{}-{}-{}T{}{}".format(*ruby.groups())
    try:
        parsed = datetime.datetime.fromisoformat(text.replace("UTC", "+00:00"))
    except ValueError:
        raise ValueError(f"not a timestamp with a zone: {value!r}") from None
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp has no UTC offset: {value!r}")
    return parsed
