"""Which account the command line talks to, and with what token.

The token comes from CLIENTARY_TOKEN or from a file (`--token-file PATH`), never from an option
of its own: a command line is kept in shell history and shown by `ps` to every user of the
machine. The account is CLIENTARY_SUBDOMAIN (acme for https://acme.clientary.com) or
CLIENTARY_URL. Messages name the variable or the file, never the token.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .._environment import (
    SUBDOMAIN_VARIABLE,
    TOKEN_VARIABLE,
    URL_VARIABLE,
    SettingError,
    account_from_environment,
    apply_log_level,
)
from ._commands import UsageError

if TYPE_CHECKING:
    from clientary_client import Client

__all__ = ["SUBDOMAIN_VARIABLE", "TOKEN_VARIABLE", "URL_VARIABLE", "AccountError", "client_for"]


class AccountError(UsageError):
    """The token or the account is missing or unusable; nothing was sent (exit status 2)."""


def client_for(token_file: str | None, environ: Mapping[str, str] | None = None) -> "Client":
    """A connected client for the account the environment names."""
    from .._connect import connect  # httpx and the client: only once a command will send

    token = _token_from_file(token_file) if token_file else None
    try:
        account = account_from_environment(environ, token=token)
        apply_log_level(environ)
    except SettingError as exc:
        if TOKEN_VARIABLE in exc.variables:
            raise AccountError(
                f"no API token: set {TOKEN_VARIABLE} or pass --token-file PATH "
                "(your Clientary user profile, Generate API Token)"
            ) from None
        raise AccountError(str(exc)) from None
    try:
        return connect(token=account.token, subdomain=account.subdomain, base_url=account.base_url)
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
