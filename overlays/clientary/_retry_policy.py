"""When to retry a request and how long to wait first, as pure functions without I/O.

Retried: connection failures, 429 and 502/503/504, for idempotent methods. 500 is not retried:
Clientary answers 500 for a request it cannot process, which an identical request will not fix.
A POST is retried only after a failure that proves it never reached the server (the connection
was never established), since Clientary has no idempotency keys and a repeated create makes
a second record.
"""

import datetime
import email.utils
import math

import httpx

__all__ = [
    "BACKOFF_CAP",
    "BACKOFF_INITIAL",
    "BACKOFF_JITTER",
    "IDEMPOTENT_METHODS",
    "RETRY_AFTER_CAP",
    "RETRY_STATUSES",
    "backoff_delay",
    "parse_retry_after",
    "retry_delay",
    "should_retry_exception",
    "should_retry_status",
]

BACKOFF_INITIAL = 0.5
"""Seconds before the first retry; each further retry doubles it."""
BACKOFF_CAP = 8.0
"""The longest computed backoff, in seconds."""
BACKOFF_JITTER = 0.25
"""Each backoff is spread by up to this fraction either way, so clients do not retry in step."""
RETRY_AFTER_CAP = 60.0
"""The longest wait a server's Retry-After can impose, in seconds."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})

# Raised before a single byte of the request left this machine.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors in how this side built the request: another try sends the same broken request.
_LOCAL_FAULTS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


def should_retry_status(method: str, status_code: int) -> bool:
    """Whether a response with this status is worth another try of the same request."""
    return method.upper() in IDEMPOTENT_METHODS and status_code in RETRY_STATUSES


def should_retry_exception(method: str, exc: Exception) -> bool:
    """Whether a failure without a response is worth another try of the same request."""
    if isinstance(exc, _NEVER_SENT):
        return True
    if method.upper() not in IDEMPOTENT_METHODS:
        return False
    return isinstance(exc, httpx.TransportError) and not isinstance(exc, _LOCAL_FAULTS)


def backoff_delay(retry_number: int, unit_random: float) -> float:
    """Exponential backoff for retry `retry_number` (1 = first retry), with jitter.

    `unit_random` is a number in [0, 1) (pass `random.random()`); 0.5 gives the midpoint.
    """
    if retry_number < 1:
        raise ValueError(f"retry_number must be >= 1, got {retry_number!r}")
    base = min(BACKOFF_CAP, BACKOFF_INITIAL * 2.0 ** (retry_number - 1))
    spread = (2 * unit_random - 1) * BACKOFF_JITTER
    return base * (1 + spread)


def parse_retry_after(value: str | None, *, now: datetime.datetime | None = None) -> float | None:
    """Seconds to wait per a Retry-After header (delay seconds or HTTP date); None if unusable."""
    if value is None:
        return None
    value = value.strip()
    seconds: float | None
    try:
        seconds = float(value)
    except ValueError:
        seconds = _seconds_until_http_date(value, now)
    if seconds is None or not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def retry_delay(
    retry_number: int,
    retry_after: str | None,
    unit_random: float,
    *,
    now: datetime.datetime | None = None,
) -> float:
    """The wait before retry `retry_number`: the server's Retry-After (capped) or the backoff."""
    asked = parse_retry_after(retry_after, now=now)
    if asked is not None:
        return min(asked, RETRY_AFTER_CAP)
    return backoff_delay(retry_number, unit_random)


def _seconds_until_http_date(value: str, now: datetime.datetime | None) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    current = now if now is not None else datetime.datetime.now(datetime.UTC)
    return (when - current).total_seconds()
