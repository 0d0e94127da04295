"""Which part of the mock a request path belongs to: the API, or the control routes.

The middlewares that act on one part only (auth, faults, strict mode, the rails dialect, the
loopback rule) ask here, so that the two prefixes are written down once.
"""

from __future__ import annotations

__all__ = ["ADMIN_PREFIX", "API_PREFIX", "is_admin_path", "is_api_path"]

API_PREFIX = "/api/v2"
ADMIN_PREFIX = "/_mock"


def is_api_path(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/") or path == API_PREFIX + ".json"


def is_admin_path(path: str) -> bool:
    return path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/")
