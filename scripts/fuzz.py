"""Contract fuzzing of spec/clientary.yaml with schemathesis, against the mock or a real account.

Usage (normally through the scripts/fuzz wrapper):

    fuzz.py [--dialect docs|rails] [--report-dir DIR] [--plan] [-- ST_RUN_ARGS...]
        Start the bundled mock (seed "demo", a random token, the forms of the given dialect) on a
        free loopback port, run every operation with every check and every phase against it,
        stop the mock.

    fuzz.py --url https://ACCOUNT.clientary.com [--token TOKEN] [--allow-writes] [...]
        Run the same suite against a real account (URL and token also from CLIENTARY_URL and
        CLIENTARY_TOKEN). Read-only unless --allow-writes.

The settings live in schemathesis.toml; this driver adds the target, the reports and, for a
real account, the restrictions explained in `real_account_arguments`. The token reaches
schemathesis through the CLIENTARY_TOKEN environment variable only (schemathesis.toml reads
it), so it never appears on a command line.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import secrets
import shlex
import signal
import subprocess
import sys
import sysconfig
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit

import httpx
from mock_process import MockDidNotStart, MockProcess

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "clientary.yaml"
CONFIG = ROOT / "schemathesis.toml"
# Read by schemathesis (SCHEMATHESIS_HOOKS): how to read the HTML error pages the spec allows.
HOOKS = ROOT / "scripts" / "fuzz_hooks.py"
HOOKS_VARIABLE = "SCHEMATHESIS_HOOKS"
DIALECTS = ("docs", "rails")
DEFAULT_REPORT_DIR = ROOT / "reports" / "fuzz"
TOKEN_VARIABLE = "CLIENTARY_TOKEN"
URL_VARIABLE = "CLIENTARY_URL"
# The cheapest authenticated read: every account has at least one staff user.
PREFLIGHT_PATH = "/api/v2/staff"
PREFLIGHT_TIMEOUT = 30.0
# Methods that change nothing on the server. In read-only mode every other method is excluded
# by a filter: schemathesis also skips undeclared methods that an exclusion filter names, so its
# "unsupported method" probes (coverage phase) never send a DELETE or a POST either.
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")
READ_ONLY_FILTER = "^(?!(" + "|".join(SAFE_METHODS) + ")$)"
# Exit status when the run cannot start (bad arguments, refused token, mock not starting);
# otherwise the exit status is schemathesis's own (0 passed, 1 failures found).
EXIT_CANNOT_START = 2

HELP_EPILOG = f"""\
targets:
  no --url      the bundled mock (python -m clientary_mock, seed "demo", a random token) on a
                free loopback port, started before the run and always stopped after it;
                --dialect rails makes it answer as a Rails server may (decimals as strings,
                nulls, 204 on updates, text and HTML errors), and the same checks hold
  --url URL     a real account: https only (plain http only for a loopback address); a token
                is required, and GET {PREFLIGHT_PATH} must answer 200 with it before any
                fuzzing starts, so a wrong token stops the run with exit status 2

against a real account:
  read-only     (default) only GET, HEAD, OPTIONS and TRACE requests are ever sent
  --allow-writes  every operation, DELETE included: the fuzzer creates, changes and deletes
                records, also existing ones whose ids it learns from list responses. Use a
                disposable trial account, never one holding real data.
  the negative_data_rejection check is left out: the docs promise no 4xx for invalid input
  (unknown query parameters, for one, are likely ignored), so it is no contract violation

token:
  prefer the {TOKEN_VARIABLE} environment variable to --token (a command line is visible to
  every user of the machine); either way it is passed to schemathesis through the environment

reports:
  JUnit XML and NDJSON events in --report-dir (default reports/fuzz): junit.xml, events.ndjson;
  the mock's own log goes to mock.log there

exit status:
  schemathesis's own (0 no failures, 1 failures found); {EXIT_CANNOT_START} when the run cannot start

examples:
  scripts/fuzz
  CLIENTARY_TOKEN=... scripts/fuzz --url https://acme.clientary.com
  scripts/fuzz -- --max-examples 5 --include-tag invoices
"""


class CannotStart(Exception):
    """Why the run cannot start, as one line for the user (never containing the token)."""


@dataclass(frozen=True)
class RealAccount:
    url: str
    token: str
    allow_writes: bool


@dataclass(frozen=True)
class Options:
    account: RealAccount | None  # None: the bundled mock
    dialect: str  # the bundled mock's
    report_dir: Path
    plan_only: bool
    st_arguments: tuple[str, ...]


def split_passthrough(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Own arguments, and those after `--` that go to `st run` unchanged."""
    arguments = list(argv)
    if "--" in arguments:
        cut = arguments.index("--")
        return arguments[:cut], arguments[cut + 1 :]
    return arguments, []


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scripts/fuzz",
        description="Fuzz the API contract (spec/clientary.yaml) with schemathesis: every "
        "operation, every check, against the bundled mock or a real Clientary account.",
        epilog=HELP_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        usage="%(prog)s [--url URL] [--token TOKEN] [--allow-writes] [--dialect D] [--report-dir DIR]"
        " [--plan] [-- ST_RUN_ARGS...]",
    )
    parser.add_argument(
        "--url",
        default=os.environ.get(URL_VARIABLE) or None,
        help=f"account URL, e.g. https://acme.clientary.com (default: ${URL_VARIABLE}; "
        "neither: the bundled mock)",
    )
    parser.add_argument(
        "--token",
        default=None,
        help=f"API token of the account (default: ${TOKEN_VARIABLE}, which is safer)",
    )
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="against a real account, also send POST, PUT and DELETE requests",
    )
    parser.add_argument(
        "--dialect",
        choices=DIALECTS,
        default=None,
        help="how the bundled mock answers: docs (the documented forms, the default) or rails",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=DEFAULT_REPORT_DIR,
        help="where junit.xml, events.ndjson and mock.log go (default: reports/fuzz)",
    )
    parser.add_argument(
        "--plan",
        action="store_true",
        help="print the target and the schemathesis command, then exit without sending anything",
    )
    return parser


def check_account_url(url: str) -> str:
    """The account's origin (scheme://host[:port]), or CannotStart saying what is wrong."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CannotStart(f"--url must look like https://ACCOUNT.clientary.com, got {url!r}")
    if parts.username is not None or parts.password is not None:
        # Credentials in a URL end up in logs and reports; the token goes through the environment.
        raise CannotStart("--url must not carry credentials; pass the token in CLIENTARY_TOKEN")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise CannotStart(
            f"--url must be the account's origin only (the spec's paths start with /api/v2), "
            f"got {url!r}"
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise CannotStart(
            f"--url must use https for a non-loopback host (the token would travel in clear "
            f"text), got {url!r}"
        )
    return f"{parts.scheme}://{parts.netloc}"


def is_loopback(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def check_token(token: str | None) -> str:
    if not token:
        raise CannotStart(
            f"no API token: set {TOKEN_VARIABLE} (or pass --token) to fuzz a real account"
        )
    # HTTP basic auth cannot carry a ':' in the user name, nor whitespace or control characters
    # anywhere; saying so here beats a 401 later. The message never repeats the token.
    if ":" in token or any(ch.isspace() or not ch.isprintable() for ch in token):
        raise CannotStart(
            "the API token contains a ':', whitespace or a control character; "
            "a Clientary token has none"
        )
    return token


def parse_options(argv: Sequence[str]) -> Options:
    own, st_arguments = split_passthrough(argv)
    parser = build_parser()
    args = parser.parse_args(own)
    token_argument: str | None = args.token
    url_argument: str | None = args.url
    account: RealAccount | None = None
    if url_argument is None:
        if token_argument is not None or args.allow_writes:
            raise CannotStart("--token and --allow-writes apply to a real account: add --url")
    elif args.dialect is not None:
        raise CannotStart("--dialect applies to the bundled mock; a real account speaks its own")
    else:
        account = RealAccount(
            url=check_account_url(url_argument),
            token=check_token(token_argument or os.environ.get(TOKEN_VARIABLE)),
            allow_writes=bool(args.allow_writes),
        )
    return Options(
        account=account,
        dialect=args.dialect or DIALECTS[0],
        report_dir=Path(args.report_dir).resolve(),
        plan_only=bool(args.plan),
        st_arguments=tuple(st_arguments),
    )


def real_account_arguments(allow_writes: bool) -> list[str]:
    """What a real account needs on top of schemathesis.toml."""
    arguments = [
        # The docs promise no refusal of invalid input: a Rails app typically ignores query
        # parameters it does not use and coerces odd values rather than answering 4xx. That is
        # no contract violation, so a real account is not held to it. (The mock refuses such
        # requests with 422, so against the mock the check stays on.)
        "--exclude-checks",
        "negative_data_rejection",
        # Back off when the account answers 429 with Retry-After, instead of counting failures.
        "--rate-limit",
        "auto",
    ]
    if not allow_writes:
        arguments += ["--exclude-method-regex", READ_ONLY_FILTER]
    return arguments


def report_arguments(report_dir: Path) -> list[str]:
    return [
        "--report",
        "junit,ndjson",
        "--report-junit-path",
        str(report_dir / "junit.xml"),
        "--report-ndjson-path",
        str(report_dir / "events.ndjson"),
    ]


def schemathesis_executable() -> str:
    """The `st` next to the interpreter running this script (the project's .venv)."""
    return str(Path(sysconfig.get_path("scripts")) / "st")


def build_st_command(
    *, base_url: str, account: RealAccount | None, report_dir: Path, extra: Sequence[str]
) -> list[str]:
    command = [
        schemathesis_executable(),
        "--config-file",
        str(CONFIG),
        "run",
        str(SPEC),
        "--url",
        base_url,
        *report_arguments(report_dir),
    ]
    if account is not None:
        command += real_account_arguments(account.allow_writes)
    return [*command, *extra]


def describe_target(account: RealAccount | None, dialect: str = DIALECTS[0]) -> str:
    if account is None:
        return f"the bundled mock (seed demo, {dialect} dialect), every operation"
    if account.allow_writes:
        return f"{account.url}, every operation (writes allowed: records will be changed)"
    return f"{account.url}, read-only (only {', '.join(SAFE_METHODS)} requests are sent)"


def preflight(account: RealAccount) -> None:
    """One authenticated GET that must answer 200, so a wrong token or URL fails fast."""
    url = account.url + PREFLIGHT_PATH
    try:
        response = httpx.get(
            url,
            auth=(account.token, account.token),
            headers={"Accept": "application/json"},
            timeout=PREFLIGHT_TIMEOUT,
        )
    except httpx.HTTPError as error:
        # httpx's messages name the URL, never the credentials (they travel in a header).
        raise CannotStart(f"cannot reach {url}: {type(error).__name__}: {error}") from None
    if response.status_code == 401:
        raise CannotStart(
            f"the account refused the API token: GET {PREFLIGHT_PATH} answered 401. "
            f"Check {TOKEN_VARIABLE} (or --token) and the account URL."
        )
    if response.status_code != 200:
        location = response.headers.get("location")
        where = f" (redirected to {location})" if location else ""
        raise CannotStart(
            f"GET {url} answered {response.status_code}{where}, expected 200; "
            "is this the account's URL?"
        )


@contextmanager
def stop_on_termination() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into SystemExit so that `finally` blocks stop the mock."""

    def leave(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = {sig: signal.signal(sig, leave) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_schemathesis(command: Sequence[str], token: str) -> int:
    environment = {**os.environ, TOKEN_VARIABLE: token, HOOKS_VARIABLE: str(HOOKS)}
    return subprocess.call(list(command), cwd=ROOT, env=environment)


def print_plan(options: Options) -> None:
    account = options.account
    command = build_st_command(
        base_url=account.url if account else "http://127.0.0.1:<free port>",
        account=options.account,
        report_dir=options.report_dir,
        extra=options.st_arguments,
    )
    print(f"target: {describe_target(options.account, options.dialect)}")
    print(f"command: {shlex.join(command)}")
    print(f"token: from the {TOKEN_VARIABLE} environment variable of the schemathesis process")


def run(options: Options) -> int:
    account = options.account
    options.report_dir.mkdir(parents=True, exist_ok=True)
    if account is not None:
        preflight(account)
        print(f"fuzz: {describe_target(account)}", flush=True)
        command = build_st_command(
            base_url=account.url,
            account=account,
            report_dir=options.report_dir,
            extra=options.st_arguments,
        )
        return run_schemathesis(command, account.token)
    token = secrets.token_urlsafe(24)
    mock = MockProcess(
        token, "--dialect", options.dialect, log_path=options.report_dir / "mock.log"
    )
    try:
        try:
            base_url = mock.start()
        except MockDidNotStart as error:
            raise CannotStart(str(error)) from None
        print(f"fuzz: {describe_target(None, options.dialect)} at {base_url}", flush=True)
        command = build_st_command(
            base_url=base_url,
            account=None,
            report_dir=options.report_dir,
            extra=options.st_arguments,
        )
        return run_schemathesis(command, token)
    finally:
        mock.stop()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        with stop_on_termination():
            options = parse_options(sys.argv[1:] if argv is None else argv)
            if options.plan_only:
                print_plan(options)
                return 0
            status = run(options)
    except CannotStart as problem:
        print(f"fuzz: {problem}", file=sys.stderr)
        return EXIT_CANNOT_START
    outcome = "no failures" if status == 0 else f"schemathesis exited with {status}"
    print(f"fuzz: {outcome}; reports in {options.report_dir}")
    return status


if __name__ == "__main__":
    sys.exit(main())
