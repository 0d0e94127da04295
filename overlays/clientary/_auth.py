"""HTTP basic auth with the API token as both user name and password."""

import base64
from collections.abc import Generator

import httpx

__all__ = ["TokenAuth"]


class TokenAuth(httpx.Auth):
    """Clientary's basic auth: the token is the user name and the password.

    Only the ready-made header value is kept, in a slot, and `repr` never shows it, so printing
    a client, its httpx clients or this object cannot leak the token.
    """

    __slots__ = ("_header",)

    def __init__(self, token: str) -> None:
        credentials = f"{token}:{token}".encode()
        self._header = "Basic " + base64.b64encode(credentials).decode("ascii")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "TokenAuth(token='***')"
