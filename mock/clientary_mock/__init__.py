"""A stateful, in-memory Clientary API v2 for tests, demos and fuzzing.

`create_app()` builds one mock account as an ASGI app; `python -m clientary_mock` serves it.
"""

from ._dialect import DIALECTS
from ._faults import ConnectionDropped, FaultConfig
from ._openapi import load_spec
from .app import create_app

__all__ = ["DIALECTS", "ConnectionDropped", "FaultConfig", "create_app", "load_spec"]
