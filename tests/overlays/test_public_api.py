"""The public surface of `clientary`, pinned."""

import importlib
import importlib.metadata
import logging
import pkgutil
import subprocess
import sys

import clientary
import clientary_client.models

# Subpackages users import by name. Importing one binds it as an attribute of
# `clientary`, so they are public alongside __all__; every other module is private.
PUBLIC_SUBPACKAGES = {"tools"}
# Code enums re-exported from the generated models, where they live.
REEXPORTED_CODES = {"EstimateStatus", "InvoiceStatus", "ProjectStatus"}

EXPECTED = [
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


def test_all_is_pinned_and_sorted() -> None:
    """__all__ is exactly the documented names, sorted, and each one can be loaded."""
    assert clientary.__all__ == EXPECTED
    assert sorted(clientary.__all__) == clientary.__all__
    assert sorted(clientary._PUBLIC) == clientary.__all__


def test_public_names_exist_and_belong_to_clientary() -> None:
    """Everything exported resolves, and says it lives in `clientary`."""
    for name in clientary.__all__:
        value = getattr(clientary, name)
        if name in REEXPORTED_CODES:
            # The same class as the generated models hand out, so `is` comparisons hold.
            assert value is getattr(clientary_client.models, name)
        elif name != "__version__":
            assert value.__module__ == "clientary", name


def test_no_other_public_names() -> None:
    """Nothing public leaks in beyond __all__ and the documented subpackages."""
    for name in PUBLIC_SUBPACKAGES:
        importlib.import_module(f"clientary.{name}")
    public = {name for name in dir(clientary) if not name.startswith("_")}
    assert public == (set(EXPECTED) - {"__version__"}) | PUBLIC_SUBPACKAGES
    # Names are bound as they are first used; none but these may ever appear.
    assert {name for name in vars(clientary) if not name.startswith("_")} <= public


def test_names_load_when_first_used() -> None:
    """`import clientary` loads none of its modules, nor httpx; a name loads only its own."""
    probe = (
        "import sys, clientary\n"
        "before = {m for m in sys.modules if m.startswith(('clientary', 'httpx'))}\n"
        "clientary.parse_date\n"
        "after = {m for m in sys.modules if m.startswith(('clientary', 'httpx'))}\n"
        "print(sorted(before), sorted(after - before))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['clientary'] ['clientary._dates']"


def test_errors_read_as_clientary_errors_however_they_are_loaded() -> None:
    """An error raised before any name was looked up on `clientary` still says `clientary.`."""
    probe = (
        "from clientary._errors import NotFoundError, APITimeoutError\n"
        "print(NotFoundError.__module__, APITimeoutError.__module__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["clientary", "clientary"]


def test_every_other_submodule_is_private() -> None:
    """A new module must start with an underscore unless it is a documented subpackage."""
    modules = {info.name for info in pkgutil.iter_modules(clientary.__path__)}
    assert {name for name in modules if not name.startswith("_")} == PUBLIC_SUBPACKAGES


def test_logger_is_silent_by_default() -> None:
    """The package logger has a NullHandler so nothing prints unless configured."""
    handlers = logging.getLogger("clientary").handlers
    assert any(isinstance(handler, logging.NullHandler) for handler in handlers)


def test_version_is_the_installed_version() -> None:
    """`__version__` is written in one file, which the package metadata reads too."""
    assert clientary.__version__ == importlib.metadata.version("clientary")
