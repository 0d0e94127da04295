"""HTTP basic auth for the API: the token is both the user name and the password.

The scheme name is case-insensitive (RFC 9110), so `basic` works as well as `Basic`. A request
with two Authorization headers is refused whatever they hold: taking either one would let a
proxy's or a client's extra header decide who the caller is.
"""

from __future__ import annotations

import base64
import binascii
import hmac

from starlette.types import ASGIApp, Receive, Scope, Send

from ._errors import error_response

API_PREFIX = "/api/v2"
CHALLENGE = {"WWW-Authenticate": 'Basic realm="Clientary"'}


def is_api_path(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/") or path == API_PREFIX + ".json"


def credentials_match(header: str | None, token: str) -> bool:
    if header is None:
        return False
    scheme, _, credentials = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        decoded = base64.b64decode(credentials.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    user, _, password = decoded.partition(":")
    expected = token.encode()
    # Both halves are compared, always, in constant time.
    same_user = hmac.compare_digest(user.encode(), expected)
    same_password = hmac.compare_digest(password.encode(), expected)
    return same_user and same_password


class BasicAuthMiddleware:
    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self._token = token

    def __repr__(self) -> str:
        return "BasicAuthMiddleware(token=<hidden>)"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        sent = [value for name, value in scope["headers"] if name == b"authorization"]
        header = sent[0].decode("latin-1") if len(sent) == 1 else None
        if credentials_match(header, self._token):
            await self.app(scope, receive, send)
            return
        response = error_response(401, "Invalid or missing API token", headers=CHALLENGE)
        await response(scope, receive, send)
