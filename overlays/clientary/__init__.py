"""Clientary for Python: the hand-written layer over the generated `clientary_client`.

client = clientary.connect(token="...", subdomain="acme")
invoice = clientary.call(get_invoice, client=client, id=110)
for record in clientary.paginate(list_clients, client=client): ...
"""

from ._call import acall, call
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
    async_invoice_items,
    aupdate_invoice_items,
    sync_invoice_items,
    update_invoice_items,
)
from ._line_items import InvoiceItemChanges
from ._paginate import apaginate, paginate
from ._pagination import AsyncPaginator, Paginator
from ._version import VERSION as __version__

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "ClientaryError",
    "InvoiceItemChanges",
    "NotFoundError",
    "Paginator",
    "PermissionDeniedError",
    "PlanLimitError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "__version__",
    "acall",
    "apaginate",
    "async_invoice_items",
    "aupdate_invoice_items",
    "call",
    "connect",
    "format_date",
    "paginate",
    "parse_date",
    "parse_timestamp",
    "sync_invoice_items",
    "update_invoice_items",
]

# Tracebacks and reprs say `clientary.NotFoundError`, not the private module it lives in.
for _name in __all__:
    _value = globals()[_name]
    if hasattr(_value, "__module__") and not isinstance(_value, str):
        _value.__module__ = "clientary"
del _name, _value
