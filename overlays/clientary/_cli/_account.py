"""Which account the command line talks to, and with what token.

The token comes from CLIENTARY_TOKEN or from a file (`--token-file PATH`), never from an option
of its own: a command line is kept in shell history and shown by `ps` to every user of the
machine. The account is CLIENTARY_SUBDOMAIN (acme for https://acme.clientary.com) or
CLIENTARY_URL. Messages name the variable or the file, never the token.
"""

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ._commands import UsageError

if TYPE_CHECKING:
    from clientary_client import Client

__all__ = ["SUBDOMAIN_VARIABLE", "TOKEN_VARIABLE", "URL_VARIABLE", "AccountError", "client_for"]

TOKEN_VARIABLE = "CLIENTARY_TOKEN"
SUBDOMAIN_VARIABLE = "CLIENTARY_SUBDOMAIN"
URL_VARIABLE = "CLIENTARY_URL"


class AccountError(UsageError):
    """The token or the account is missing or unusable; nothing was sent (exit status 2)."""


def client_for(token_file: str | None, environ: Mapping[str, str] | None = None) -> "Client":
    """A connected client for the account the environment names."""
    from .._connect import connect  # httpx and the client: only once a command will send

    environ = os.environ if environ is None else environ
    token = _token_from_file(token_file) if token_file else environ.get(TOKEN_VARIABLE, "")
    if not token:
        raise AccountError(
            f"no API token: set {TOKEN_VARIABLE} or pass --token-file PATH "
            "(your Clientary user profile, Generate API Token)"
        )
    subdomain = environ.get(SUBDOMAIN_VARIABLE) or None
    url = environ.get(URL_VARIABLE) or None
    if (subdomain is None) == (url is None):
        raise AccountError(
            f"set exactly one of {SUBDOMAIN_VARIABLE} (acme for https://acme.clientary.com) "
            f"and {URL_VARIABLE}"
        )
    try:
        return connect(token=token, subdomain=subdomain, base_url=url)
    except (TypeError, ValueError) as exc:
        # connect()'s messages never repeat the token; say where the bad value came from.
        source = f"--token-file {token_file}" if token_file else TOKEN_VARIABLE
        where = f"{SUBDOMAIN_VARIABLE}/{URL_VARIABLE} or {source}"
        raise AccountError(f"{exc} (from {where})") from None


def _token_from_file(path: str) -> str:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise AccountError(f"cannot read the token file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise AccountError(f"the token file {path} is not UTF-8 text") from None
    token = text.strip()
    if not token:
        raise AccountError(f"the token file {path} is empty")
    return token
