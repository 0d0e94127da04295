"""The one reader of the account settings in the environment.

`clientary.Clientary()`, the `clientary` command and the `clientary-mcp` server all find the
account the same way: the API token in CLIENTARY_TOKEN, the account in CLIENTARY_SUBDOMAIN (acme
for https://acme.clientary.com) or CLIENTARY_URL. Errors name the variable, never the token.
CLIENTARY_LOG=debug turns on the `clientary` logger's debug lines (see `apply_log_level`).
"""

# Only os at import time: the command line reads this before its --help, and keeps that quick.
import os
from collections.abc import Mapping

__all__ = [
    "LOG_VARIABLE",
    "SUBDOMAIN_VARIABLE",
    "TOKEN_VARIABLE",
    "URL_VARIABLE",
    "Account",
    "SettingError",
    "account_from_environment",
    "apply_log_level",
]

TOKEN_VARIABLE = "CLIENTARY_TOKEN"
SUBDOMAIN_VARIABLE = "CLIENTARY_SUBDOMAIN"
URL_VARIABLE = "CLIENTARY_URL"
LOG_VARIABLE = "CLIENTARY_LOG"


class SettingError(ValueError):
    """A setting of the environment is missing, unusable, or excludes another that is set.

    `variables` names the ones concerned, for callers that say where else a value may come from.
    """

    def __init__(self, message: str, variables: tuple[str, ...]) -> None:
        super().__init__(message)
        self.variables = variables


class Account:
    """Where to connect and with what token; the token stays out of the repr."""

    __slots__ = ("base_url", "subdomain", "token")

    def __init__(self, token: str, subdomain: str | None, base_url: str | None) -> None:
        self.token = token
        self.subdomain = subdomain
        self.base_url = base_url

    def __repr__(self) -> str:
        return f"Account(subdomain={self.subdomain!r}, base_url={self.base_url!r})"


def account_from_environment(
    environ: Mapping[str, str] | None = None,
    *,
    token: str | None = None,
    subdomain: str | None = None,
    base_url: str | None = None,
) -> Account:
    """The account to connect to: what is given, the rest from the environment.

    A token given (read from a file, say) wins over CLIENTARY_TOKEN; a subdomain or base URL
    given wins over both CLIENTARY_SUBDOMAIN and CLIENTARY_URL.
    """
    environ = os.environ if environ is None else environ
    token = token or environ.get(TOKEN_VARIABLE, "")
    if not token:
        raise SettingError(
            f"no API token: set {TOKEN_VARIABLE} (your Clientary user profile, Generate API Token)",
            (TOKEN_VARIABLE,),
        )
    if subdomain is not None or base_url is not None:
        return Account(token=token, subdomain=subdomain, base_url=base_url)
    subdomain = environ.get(SUBDOMAIN_VARIABLE) or None
    base_url = environ.get(URL_VARIABLE) or None
    if (subdomain is None) == (base_url is None):
        raise SettingError(
            f"set exactly one of {SUBDOMAIN_VARIABLE} (acme for https://acme.clientary.com) "
            f"and {URL_VARIABLE}",
            (SUBDOMAIN_VARIABLE, URL_VARIABLE),
        )
    return Account(token=token, subdomain=subdomain, base_url=base_url)


def apply_log_level(environ: Mapping[str, str] | None = None) -> None:
    """CLIENTARY_LOG=debug: the `clientary` logger writes its debug lines to stderr.

    Any other value leaves logging to the application, as a library should. The lines carry
    the method and path only (see _logging), so turning them on shows no token.
    """
    environ = os.environ if environ is None else environ
    level = environ.get(LOG_VARIABLE, "").strip().lower()
    if not level:
        return
    if level != "debug":
        raise SettingError(
            f"{LOG_VARIABLE} must be 'debug' or unset, got {level!r}", (LOG_VARIABLE,)
        )
    import logging

    from ._logging import logger

    logger.setLevel(logging.DEBUG)
    if not any(getattr(handler, "name", None) == _HANDLER_NAME for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.set_name(_HANDLER_NAME)  # told apart, so that it is added once only
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


_HANDLER_NAME = "clientary-log-variable"
