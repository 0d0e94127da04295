"""The ASGI middlewares of the mock, one to a module, and the two helpers they share.

`app.create_app` stacks them, outermost first: the access log and fault injection around the
whole application (a dropped connection must not become Starlette's 500), strict mode and the
rails dialect around Starlette's own stack, and inside it the error boundary, the loopback rule
of the control routes, the body limit and basic auth. `held_response` and `send_watch` are the
plumbing of the middlewares that rewrite or replace an answer.
"""

from .access_log import AccessLogMiddleware
from .admin_guard import AdminGuardMiddleware
from .basic_auth import BasicAuthMiddleware
from .body_limit import BodyLimitMiddleware
from .error_boundary import ErrorBoundaryMiddleware
from .faults import FaultMiddleware
from .rails_dialect import RailsDialectMiddleware
from .response_check import ResponseCheckMiddleware

__all__ = [
    "AccessLogMiddleware",
    "AdminGuardMiddleware",
    "BasicAuthMiddleware",
    "BodyLimitMiddleware",
    "ErrorBoundaryMiddleware",
    "FaultMiddleware",
    "RailsDialectMiddleware",
    "ResponseCheckMiddleware",
]
