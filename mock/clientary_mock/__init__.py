"""A stateful, in-memory Clientary API v2 for tests, demos and fuzzing.

`create_app()` builds one mock account as an ASGI app; `python -m clientary_mock` serves it.

The names below are imported on first use: the package itself must import without the `mock`
extra's dependencies, because pytest loads its plugin (`clientary_mock.pytest_plugin`, an
entry point of the distribution) in every environment the distribution is installed in.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._dialect import DIALECTS
    from ._faults import ConnectionDropped, FaultConfig
    from ._openapi import load_spec
    from .app import create_app

__all__ = ["DIALECTS", "ConnectionDropped", "FaultConfig", "create_app", "load_spec"]

# Public name -> the module that defines it.
_HOMES = {
    "DIALECTS": "._dialect",
    "ConnectionDropped": "._faults",
    "FaultConfig": "._faults",
    "create_app": ".app",
    "load_spec": "._openapi",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
