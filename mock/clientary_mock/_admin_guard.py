"""The control routes (`/_mock/*`) answer loopback callers only, unless told otherwise.

They take no token, and they reset the data, fill it and switch faults on: served with
`--host 0.0.0.0`, anyone who could reach the port could otherwise wipe the account or make it
fail. A caller whose address is not loopback gets 403, naming the switch that lifts the rule
(`--allow-remote-admin`, `create_app(remote_admin=True)`). The address is the one the server
reports for the connection; a request with no address at all (a Unix socket) is local. A host
that is not an IP address (Starlette's TestClient says "testclient") is refused: nothing shows it
to be local. `httpx.ASGITransport` reports 127.0.0.1, so in-process tests reach the routes.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from ._errors import error_response

ADMIN_PREFIX = "/_mock"
REMOTE_ADMIN_SWITCH = "--allow-remote-admin"


def is_admin_path(path: str) -> bool:
    return path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/")


def is_loopback(client: Any) -> bool:
    """Whether an ASGI `client` (host, port) is this machine."""
    if client is None:
        return True
    try:
        address = ipaddress.ip_address(str(client[0]))
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


class AdminGuardMiddleware:
    def __init__(self, app: ASGIApp, remote_admin: bool = False) -> None:
        self.app = app
        self.remote_admin = remote_admin

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or self.remote_admin
            or not is_admin_path(scope["path"])
            or is_loopback(scope.get("client"))
        ):
            await self.app(scope, receive, send)
            return
        message = (
            f"The control routes answer loopback callers only; start the mock with "
            f"{REMOTE_ADMIN_SWITCH} to open them to every caller"
        )
        await error_response(403, message)(scope, receive, send)
