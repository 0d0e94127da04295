"""The package logger and the two kinds of line it writes.

One DEBUG line per HTTP attempt and one per scheduled retry. Lines carry the method and the URL
path only: never headers, query strings or the full URL, so neither the token nor anything else
the request carries ends up in a log.
"""

import logging

__all__ = ["log_attempt", "log_retry", "logger"]

logger = logging.getLogger("clientary")
# A library must not print by default; the application decides where DEBUG lines go.
logger.addHandler(logging.NullHandler())


def log_attempt(method: str, path: str, outcome: str, duration_ms: float, attempt: int) -> None:
    """Record one finished attempt; `outcome` is a status code or an exception class name."""
    logger.debug(
        "HTTP %s %s -> %s in %.1f ms (attempt %d)", method, path, outcome, duration_ms, attempt
    )


def log_retry(method: str, path: str, reason: str, delay: float, attempt: int) -> None:
    """Record that attempt number `attempt` failed with `reason` and another follows after `delay`."""
    logger.debug(
        "retrying %s %s after %s in %.2f s (attempt %d failed)",
        method,
        path,
        reason,
        delay,
        attempt,
    )
