"""`clientary-mock` / `python -m clientary_mock`: serve a mock account over HTTP.

Prints `listening on http://HOST:PORT` once the socket accepts connections (with `--port 0`
the port is the one the system picked).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib import metadata

import uvicorn

from ._body_limit import DEFAULT_MAX_BODY_BYTES
from ._dialect import DEFAULT_DIALECT, DIALECTS
from ._faults import FaultConfig
from ._listener import tcp_listener
from ._request_timeout import DEFAULT_REQUEST_TIMEOUT, timed_protocol
from ._seed import SEEDS
from ._store import DEFAULT_MAX_RECORDS
from .app import create_app


def _rate(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _non_negative(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return value


def _positive_seconds(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError("must be a number of seconds > 0")
    return value


# What --help says above the options: plain text, as a terminal shows it.
DESCRIPTION = """\
Serve a mock Clientary account (API v2) over HTTP, from memory: every operation
of the spec, with HTTP basic auth (the token as user name and password).

Prints "listening on http://HOST:PORT" once it accepts connections; with
--port 0 the port is the one the system picked.

The control routes /_mock/* (reset, fill, faults, stats) take no token, so they
answer loopback callers only, whatever --host is: others get 403 unless the
mock is started with --allow-remote-admin. Request bodies, the records held and
the time to send a request are bounded (--max-body-bytes, --max-records,
--request-timeout)."""


def _version() -> str:
    try:
        return metadata.version("clientary")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientary-mock",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = parser.add_argument
    add("--version", action="version", version=f"%(prog)s {_version()}")
    add(
        "--host",
        default="127.0.0.1",
        help="address to bind; whatever it is, the control routes /_mock/* answer loopback "
        "callers only (403 to others) unless --allow-remote-admin (default: %(default)s)",
    )
    add(
        "--port",
        type=int,
        default=4010,
        help="port to bind, 0 for a free one (default: %(default)s)",
    )
    add(
        "--token",
        default="demo",
        help="API token expected as basic-auth user and password (default: %(default)s)",
    )
    add("--seed", choices=SEEDS, default="demo", help="starting data (default: %(default)s)")
    add("--max-clients", type=int, help="plan limit on clients (426 beyond it; default: none)")
    add("--max-contacts", type=int, help="plan limit on contacts (426 beyond it; default: none)")
    add("--max-leads", type=int, help="plan limit on leads (426 beyond it; default: none)")
    add(
        "--max-body-bytes",
        type=_positive,
        default=DEFAULT_MAX_BODY_BYTES,
        help="largest request body taken in, in bytes; a larger one is answered 413 unread "
        "(default: %(default)s, 10 MB)",
    )
    add(
        "--max-records",
        type=_positive,
        default=DEFAULT_MAX_RECORDS,
        help="records the mock holds in all, seed included; a create beyond it is answered 422 "
        "(default: %(default)s)",
    )
    add(
        "--request-timeout",
        type=_positive_seconds,
        default=DEFAULT_REQUEST_TIMEOUT,
        help="seconds a client has to send a whole request (headers and body); a slower or "
        "half-sent one is answered 408 and its connection closed (default: %(default)s)",
    )
    add(
        "--latency-ms",
        type=_non_negative,
        default=0.0,
        help="delay added to each API request (default: %(default)s)",
    )
    add(
        "--error-rate",
        type=_rate,
        default=0.0,
        help="fraction answered 500/502/503 (default: %(default)s)",
    )
    add(
        "--rate-limit-rate",
        type=_rate,
        default=0.0,
        help="fraction answered 429 (default: %(default)s)",
    )
    add(
        "--retry-after",
        type=_non_negative,
        default=1.0,
        help="Retry-After seconds on 429 (default: %(default)s)",
    )
    add(
        "--drop-rate",
        type=_rate,
        default=0.0,
        help="fraction dropped before processing (default: %(default)s)",
    )
    add(
        "--drop-after-rate",
        type=_rate,
        default=0.0,
        help="fraction dropped after processing (default: %(default)s)",
    )
    add(
        "--fault-seed",
        type=int,
        default=0,
        help="seed of the fault generator (default: %(default)s)",
    )
    add(
        "--check-responses",
        action="store_true",
        default=None,
        help="answer 500 in place of any response that breaks the spec (strict mode; also "
        "CLIENTARY_MOCK_CHECK_RESPONSES=1)",
    )
    add(
        "--dialect",
        choices=DIALECTS,
        default=DEFAULT_DIALECT,
        help="docs: the forms the API docs print; rails: what a Rails server may send instead "
        "(decimals as strings, nulls, 204 on updates, text and HTML errors) "
        "(default: %(default)s)",
    )
    add(
        "--allow-remote-admin",
        action="store_true",
        help="let callers from other machines use the control routes /_mock/* (reset, fill, "
        "faults, stats: no token needed); without it they get 403 unless they are loopback",
    )
    add(
        "--log-level",
        default="info",
        choices=["debug", "info", "warning", "error"],
        help="what the mock logs (default: %(default)s)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    faults = FaultConfig(
        latency_ms=args.latency_ms,
        error_rate=args.error_rate,
        rate_limit_rate=args.rate_limit_rate,
        retry_after=args.retry_after,
        drop_rate=args.drop_rate,
        drop_after_rate=args.drop_after_rate,
        random_seed=args.fault_seed,
    )
    app = create_app(
        token=args.token,
        seed=args.seed,
        max_clients=args.max_clients,
        max_contacts=args.max_contacts,
        max_leads=args.max_leads,
        faults=faults,
        check_responses=args.check_responses,
        dialect=args.dialect,
        max_body_bytes=args.max_body_bytes,
        max_records=args.max_records,
        remote_admin=args.allow_remote_admin,
    )
    listener = tcp_listener(args.host, args.port)
    host, port = listener.getsockname()[:2]
    # The uvicorn access log prints query strings; the mock's own log prints paths only.
    config = uvicorn.Config(
        app, http=timed_protocol(args.request_timeout), lifespan="off", access_log=False,
        log_config=None, log_level=args.log_level,
    )  # fmt: skip
    shown_host = f"[{host}]" if ":" in host else host  # an IPv6 address in a URL
    print(f"listening on http://{shown_host}:{port}", flush=True)
    uvicorn.Server(config).run(sockets=[listener])
    return 0


if __name__ == "__main__":
    sys.exit(main())
