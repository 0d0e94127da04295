"""How the mock speaks: the tidy forms the docs print, or what a Rails server plausibly sends.

`docs` (the default): amounts as JSON numbers, an amount nobody entered as 0, the record in
every update's answer, every error as JSON.

`rails`, for testing clients that must read the real API: decimals as strings, the way Rails
writes a decimal column (`"129.15"`, `"123.0"`); an amount nobody entered as null; updates
answered 204 with no body; a refused token answered in plain text (`HTTP Basic: Access denied.`),
a missing record or route with an HTML page, and a rejected record's field errors at the top
level of the body (`{"name": ["can't be blank"]}`), as Rails renders `record.errors`.

The values are chosen while records are rendered (`decimal_json`, `absent`), by the
dialect of the request being served; the answers as a whole are rewritten by
`_middleware.rails_dialect`, which wraps the app and serves its requests `speaking_rails()`.
Nothing else in the mock knows there are two dialects.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal

__all__ = ["DEFAULT_DIALECT", "DIALECTS", "absent", "decimal_json", "speaking_rails"]

DIALECTS = ("docs", "rails")
DEFAULT_DIALECT = "docs"

# Set for the requests the rails middleware serves; the renderers read it (the read cache keeps
# what they rendered, and one app always speaks one dialect).
_RAILS: ContextVar[bool] = ContextVar("clientary_mock_rails_dialect", default=False)


def decimal_json(exact: Decimal) -> int | float | str:
    """A decimal as the dialect writes it: a JSON number (whole ones as integers), or a string
    as Rails' BigDecimal#as_json writes it (`"129.15"`, whole ones `"123.0"`)."""
    whole = exact == exact.to_integral_value()
    if _RAILS.get():
        return f"{int(exact)}.0" if whole else format(exact.normalize(), "f")
    return int(exact) if whole else float(exact)


def absent() -> int | None:
    """An amount (or its budget type) nobody entered: 0 in the tidy form, null as a Rails
    column leaves it."""
    return None if _RAILS.get() else 0


@contextmanager
def speaking_rails() -> Iterator[None]:
    """Within the block (the serving of one request), records render in the rails dialect."""
    token = _RAILS.set(True)
    try:
        yield
    finally:
        _RAILS.reset(token)
