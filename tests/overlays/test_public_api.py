"""The public surface of `clientary`, pinned."""

import logging

import clientary

EXPECTED = [
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


def test_all_is_pinned_and_sorted() -> None:
    """__all__ is exactly the documented names, sorted."""
    assert clientary.__all__ == EXPECTED
    assert sorted(clientary.__all__) == clientary.__all__


def test_public_names_exist_and_belong_to_clientary() -> None:
    """Everything exported resolves, and says it lives in `clientary`."""
    for name in clientary.__all__:
        value = getattr(clientary, name)
        if name != "__version__":
            assert value.__module__ == "clientary", name


def test_no_other_public_names() -> None:
    """Nothing public leaks in beyond __all__ (submodules are private)."""
    public = {name for name in vars(clientary) if not name.startswith("_")}
    assert public == set(EXPECTED) - {"__version__"}


def test_logger_is_silent_by_default() -> None:
    """The package logger has a NullHandler so nothing prints unless configured."""
    handlers = logging.getLogger("clientary").handlers
    assert any(isinstance(handler, logging.NullHandler) for handler in handlers)
