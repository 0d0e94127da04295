"""Clientary for Python: the hand-written layer over the generated `clientary_client`.

api = clientary.Clientary(token="...", subdomain="acme")
invoice = api.invoices.get(110)
for record in api.clients.list(): ...

Below it, the lower level: `clientary.connect()`, `call()` and `paginate()` over the generated
operation modules.

Every public name is loaded when it is first used (PEP 562), so `import clientary` costs next to
nothing and a program pays only for what it touches: `connect()` loads httpx and the client,
`paginate()` the list models, and so on. To add a public name, add it to `_PUBLIC` (and to the
imports under TYPE_CHECKING, which is what type checkers read).
"""

# Imported under private names: every public name of the package is in __all__.
import importlib as _importlib
import sys as _sys

# typing is not imported at run time: it takes longer to import than everything `clientary
# --help` needs besides. Type checkers take any name TYPE_CHECKING as true; it is deleted below.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from clientary_client.models import EstimateStatus, InvoiceStatus, ProjectStatus

    from ._call import acall, call
    from ._clientary import AsyncClientary, Clientary
    from ._connect import connect
    from ._dates import format_date, parse_date, parse_timestamp
    from ._errors import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        ClientaryError,
        NotFoundError,
        PermissionDeniedError,
        PlanLimitError,
        RateLimitError,
        ServerError,
        ValidationError,
    )
    from ._invoice_items import (
        aset_invoice_items,
        aupdate_invoice_items,
        set_invoice_items,
        update_invoice_items,
    )
    from ._line_items import LineItemChanges
    from ._page_window import Window
    from ._paginate import apaginate, paginate
    from ._paginator import AsyncPaginator, Paginator
    from ._resource_base import RawResponse
    from ._version import VERSION as __version__

# Public name -> (the private module that defines it, its name there).
_PUBLIC: dict[str, tuple[str, str]] = {
    "APIConnectionError": ("._errors", "APIConnectionError"),
    "APIResponseValidationError": ("._errors", "APIResponseValidationError"),
    "APIStatusError": ("._errors", "APIStatusError"),
    "APITimeoutError": ("._errors", "APITimeoutError"),
    "AsyncClientary": ("._clientary", "AsyncClientary"),
    "AsyncPaginator": ("._paginator", "AsyncPaginator"),
    "AuthenticationError": ("._errors", "AuthenticationError"),
    "Clientary": ("._clientary", "Clientary"),
    "ClientaryError": ("._errors", "ClientaryError"),
    # The codes most programs compare with, from the generated models (where every code is).
    "EstimateStatus": ("clientary_client.models", "EstimateStatus"),
    "InvoiceStatus": ("clientary_client.models", "InvoiceStatus"),
    "LineItemChanges": ("._line_items", "LineItemChanges"),
    "NotFoundError": ("._errors", "NotFoundError"),
    "Paginator": ("._paginator", "Paginator"),
    "PermissionDeniedError": ("._errors", "PermissionDeniedError"),
    "PlanLimitError": ("._errors", "PlanLimitError"),
    "ProjectStatus": ("clientary_client.models", "ProjectStatus"),
    "RateLimitError": ("._errors", "RateLimitError"),
    "RawResponse": ("._resource_base", "RawResponse"),
    "ServerError": ("._errors", "ServerError"),
    "ValidationError": ("._errors", "ValidationError"),
    "Window": ("._page_window", "Window"),
    "__version__": ("._version", "VERSION"),
    "acall": ("._call", "acall"),
    "apaginate": ("._paginate", "apaginate"),
    "aset_invoice_items": ("._invoice_items", "aset_invoice_items"),
    "aupdate_invoice_items": ("._invoice_items", "aupdate_invoice_items"),
    "call": ("._call", "call"),
    "connect": ("._connect", "connect"),
    "format_date": ("._dates", "format_date"),
    "paginate": ("._paginate", "paginate"),
    "parse_date": ("._dates", "parse_date"),
    "parse_timestamp": ("._dates", "parse_timestamp"),
    "set_invoice_items": ("._invoice_items", "set_invoice_items"),
    "update_invoice_items": ("._invoice_items", "update_invoice_items"),
}

# The same names as _PUBLIC (a test holds them equal), written out for linters and type checkers.
__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClientary",
    "AsyncPaginator",
    "AuthenticationError",
    "Clientary",
    "ClientaryError",
    "EstimateStatus",
    "InvoiceStatus",
    "LineItemChanges",
    "NotFoundError",
    "Paginator",
    "PermissionDeniedError",
    "PlanLimitError",
    "ProjectStatus",
    "RateLimitError",
    "RawResponse",
    "ServerError",
    "ValidationError",
    "Window",
    "__version__",
    "acall",
    "apaginate",
    "aset_invoice_items",
    "aupdate_invoice_items",
    "call",
    "connect",
    "format_date",
    "paginate",
    "parse_date",
    "parse_timestamp",
    "set_invoice_items",
    "update_invoice_items",
]


def _claim_loaded_names() -> None:
    """Tracebacks and reprs say `clientary.NotFoundError`, not the private module it lives in.

    Done for every public name whose module is loaded by now, however it was loaded (another
    name's module may have imported it), so that errors raised later read right too.
    """
    for name, (module_name, attribute) in _PUBLIC.items():
        module = _sys.modules.get(f"{__name__}{module_name}")
        if module is None or name == "__version__":
            continue
        value = getattr(module, attribute)
        if getattr(value, "__module__", None) not in (None, __name__):
            value.__module__ = __name__


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        where = _PUBLIC.get(name)
        if where is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        module_name, attribute = where
        value = getattr(_importlib.import_module(module_name, __name__), attribute)
        _claim_loaded_names()
        globals()[name] = value  # later lookups find it without coming here
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


del TYPE_CHECKING
