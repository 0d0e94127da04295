"""`connect()`: a generated `Client` with auth, headers, timeouts and retries in place."""

import ipaddress
import re

import httpx
from clientary_client import Client

from ._auth import TokenAuth
from ._checks import checked_count
from ._retry_transport import AsyncRetryTransport, RetryTransport
from ._version import USER_AGENT

__all__ = ["DEFAULT_TIMEOUT", "connect"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# One DNS label: what may stand before ".clientary.com".
_SUBDOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)


def connect(
    *,
    token: str,
    subdomain: str | None = None,
    base_url: str | None = None,
    max_retries: int = 2,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> Client:
    """A generated `Client` for one Clientary account, usable sync and async.

    Give exactly one of `subdomain` ("acme" for https://acme.clientary.com) or `base_url`
    (https, or plain http to a loopback address such as a local mock server). `transport` and
    `async_transport` replace the network underneath the retry layer (for in-process tests);
    each must be of its kind (httpx.ASGITransport, for one, is async only).
    """
    checked_token = _checked_token(token)
    url = _base_url(subdomain, base_url)
    checked_count(max_retries, "max_retries", minimum=0)
    timeouts = _checked_timeout(timeout)
    _check_transports(transport, async_transport)
    headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
    auth = TokenAuth(checked_token)

    client = Client(base_url=url, headers=headers, timeout=timeouts)
    # The generated Client builds its sync and async httpx clients from one set of arguments,
    # and one transport cannot serve both, so each gets its own, wrapped for retries (httpx's
    # own transports are made when the first request is sent: see _retry_transport).
    client.set_httpx_client(
        httpx.Client(
            base_url=url,
            headers=headers,
            timeout=timeouts,
            auth=auth,
            transport=RetryTransport(transport, max_retries=max_retries),
        )
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=url,
            headers=headers,
            timeout=timeouts,
            auth=auth,
            transport=AsyncRetryTransport(async_transport, max_retries=max_retries),
        )
    )
    return client


def _check_transports(transport: object, async_transport: object) -> None:
    # httpx.ASGITransport, the usual way to reach an in-process app, is async only; given as
    # transport= it would fail on the first sync request with an AttributeError deep in httpx.
    if transport is not None and not callable(getattr(transport, "handle_request", None)):
        raise TypeError(
            f"transport= takes a sync httpx transport, and {type(transport).__name__} is async "
            "only: pass it as async_transport= and call the async operations, or serve the app "
            "on a loopback port with clientary_mock.testing.serve_in_thread and pass base_url="
        )
    if async_transport is not None and not callable(
        getattr(async_transport, "handle_async_request", None)
    ):
        raise TypeError(
            f"async_transport= takes an async httpx transport, and "
            f"{type(async_transport).__name__} is sync only: pass it as transport="
        )


def _checked_token(token: object) -> str:
    # Messages here must never echo the value: it is (or is close to) a secret.
    if not isinstance(token, str):
        raise TypeError(f"token must be a str, got {type(token).__name__}")
    if not token:
        raise ValueError("token must not be empty")
    if ":" in token or any(ch.isspace() or not ch.isprintable() for ch in token):
        raise ValueError("token must not contain ':', whitespace or control characters")
    return token


def _base_url(subdomain: str | None, base_url: str | None) -> str:
    if (subdomain is None) == (base_url is None):
        raise TypeError("give exactly one of subdomain= or base_url=")
    if subdomain is not None:
        if not isinstance(subdomain, str) or not _SUBDOMAIN.fullmatch(subdomain):
            # Not echoed: a token pasted in the wrong place would land in logs and tracebacks.
            raise ValueError(
                "subdomain must be one DNS label: letters, digits and inner hyphens, "
                "at most 63 characters (as 'acme' in acme.clientary.com)"
            )
        return f"https://{subdomain.lower()}.clientary.com"
    assert base_url is not None
    return _checked_base_url(base_url)


def _checked_base_url(base_url: str) -> str:
    """The URL, or an error saying what is wrong with it in words.

    No message repeats the URL or a part of it: a token pasted into its query, path, fragment
    or host would land in logs and tracebacks. The parser's own error is left out as well
    (`from None`), since it quotes the part it could not read.
    """
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, got {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        raise ValueError("base_url is not a valid URL") from None
    if url.userinfo:
        # Credentials in a URL end up in logs and error messages; the token goes in auth only.
        raise ValueError("base_url must not contain credentials; pass the token as token=")
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an http:// or https:// URL with a host")
    if url.port is not None and not 0 < url.port < 65536:
        raise ValueError("base_url has a port outside 1-65535")
    if url.query or url.fragment:
        raise ValueError("base_url must not have a query or fragment")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ValueError(
            "base_url must use https unless its host is loopback (localhost, 127.0.0.1, ::1)"
        )
    return str(url).rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _checked_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ValueError(f"timeout must be a positive number or httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout))
