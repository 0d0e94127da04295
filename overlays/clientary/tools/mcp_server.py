"""clientary-mcp: Clientary's operations as MCP tools, served over stdio.

    CLIENTARY_TOKEN=... CLIENTARY_SUBDOMAIN=acme clientary-mcp [--allow-writes [--allow-deletes]]
        [--allow TOOL ...] [--audit-log PATH]

The token and the account come from the environment only (CLIENTARY_TOKEN, and
CLIENTARY_SUBDOMAIN or CLIENTARY_URL), never from tool arguments. Every tool is listed, with MCP's
read-only / destructive hints; the server is read-only unless started with --allow-writes, and
deletes also need --allow-deletes. `--allow` limits the server to the tools it names. A refused
call is answered with an error that says which switch would allow it, and sends nothing.
Every call is appended to the audit log, one JSON line each; the log is private to its owner
(created 0600, in a folder created 0700). A request nested deeper than the server accepts is
answered with a JSON-RPC error, and audited, like any other (see `_depth_guard`).
"""

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import anyio
import anyio.to_thread
import mcp.types as mcp_types
from clientary_client import Client
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server
from mcp.shared.message import SessionMessage

from .._connect import connect
from .._environment import (
    SUBDOMAIN_VARIABLE,
    TOKEN_VARIABLE,
    URL_VARIABLE,
    account_from_environment,
    apply_log_level,
)
from .._errors import ClientaryError
from .._json_values import dumps
from .._version import VERSION
from ._audit import AuditLog
from ._catalogue import Tool, all_tools, get_tool
from ._depth_guard import screen
from ._errors import ToolArgumentError, ToolError, ToolRefusedError
from ._formats import annotations
from ._invoke import invoke
from ._policy import ToolPolicy

__all__ = ["build_server", "main"]

AUDIT_VARIABLE = "CLIENTARY_MCP_AUDIT_LOG"


def build_server(client: Client, policy: ToolPolicy, audit: AuditLog) -> Server[Any]:
    """An MCP server whose tools call Clientary through `client`, as `policy` allows."""
    offered = [
        tool for tool in all_tools() if policy.allowed is None or tool.name in policy.allowed
    ]

    async def list_tools(
        ctx: Any, params: mcp_types.PaginatedRequestParams | None
    ) -> mcp_types.ListToolsResult:
        return mcp_types.ListToolsResult(tools=[_listed(tool, policy) for tool in offered])

    async def call_tool(
        ctx: Any, params: mcp_types.CallToolRequestParams
    ) -> mcp_types.CallToolResult:
        arguments = params.arguments or {}
        started = time.perf_counter()
        status, error, answer = "ok", None, None
        try:
            tool = get_tool(params.name)
            answer = await anyio.to_thread.run_sync(
                lambda: invoke(tool.name, arguments, client=client, policy=policy)
            )
        except ToolRefusedError as exc:
            status, error = "refused", str(exc)
        except ToolArgumentError as exc:
            status, error = "invalid", str(exc)
        except ToolError as exc:
            status, error = "unknown_tool", str(exc)
        except ClientaryError as exc:
            status, error = "error", f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # one broken call must not take the server down
            status, error = "failed", f"{type(exc).__name__}: {exc}"
        duration_ms = (time.perf_counter() - started) * 1000
        audit.record(
            tool=params.name,
            arguments=arguments,
            status=status,
            duration_ms=duration_ms,
            error=error,
        )
        if error is not None:
            return mcp_types.CallToolResult(
                content=[mcp_types.TextContent(text=error)], is_error=True
            )
        return mcp_types.CallToolResult(
            content=[mcp_types.TextContent(text=dumps(answer))],
            structured_content=answer,
        )

    return Server(
        "clientary",
        version=VERSION,
        instructions=(
            "Tools for one Clientary account: clients, contacts, invoices, estimates, projects, "
            "time entries, expenses, payments, tasks and staff. List tools return a window of "
            "records (limit, offset) and say whether more remain."
        ),
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


def _listed(tool: Tool, policy: ToolPolicy) -> mcp_types.Tool:
    description = tool.description
    refusal = policy.refusal(tool)
    if refusal is not None:
        description = f"(Refused by this server: {refusal}.)\n\n{description}"
    return mcp_types.Tool(
        name=tool.name,
        title=tool.title,
        description=description,
        input_schema=dict(tool.input_schema),
        annotations=mcp_types.ToolAnnotations.model_validate(annotations(tool)),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientary-mcp",
        description="Serve Clientary's operations as MCP tools over stdio.",
        epilog=(
            f"Environment: {TOKEN_VARIABLE} (required), and {SUBDOMAIN_VARIABLE} (acme for "
            f"https://acme.clientary.com) or {URL_VARIABLE}; {AUDIT_VARIABLE} for the audit log."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    parser.add_argument(
        "--allow-writes", action="store_true", help="allow the tools that create or change data"
    )
    parser.add_argument(
        "--allow-deletes",
        action="store_true",
        help="allow the tools that delete data (needs --allow-writes too)",
    )
    parser.add_argument(
        "--allow",
        action="append",
        metavar="TOOL",
        help="serve only these tools (repeat, or separate with commas)",
    )
    parser.add_argument(
        "--audit-log",
        metavar="PATH",
        default=os.environ.get(AUDIT_VARIABLE) or str(default_audit_path()),
        help="where to append the JSON-lines audit log ('-' for stderr; default %(default)s)",
    )
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def default_audit_path() -> Path:
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "clientary" / "mcp-audit.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    try:
        policy = _policy(args)
        token, client = _client_from_environment()
    except (ToolError, ValueError) as exc:
        print(f"clientary-mcp: {exc}", file=sys.stderr)
        return 2
    with _audit_stream(args.audit_log) as stream:
        audit = AuditLog(stream, secrets=(token,))
        anyio.run(_serve_stdio, build_server(client, policy, audit), audit)
    return 0


def _policy(args: argparse.Namespace) -> ToolPolicy:
    if args.allow_deletes and not args.allow_writes:
        raise ValueError("--allow-deletes needs --allow-writes as well")
    allowed = None
    if args.allow:
        allowed = [
            name.strip() for entry in args.allow for name in entry.split(",") if name.strip()
        ]
    return ToolPolicy.of(
        allow_writes=args.allow_writes, allow_deletes=args.allow_deletes, allowed=allowed
    )


def _client_from_environment() -> tuple[str, Client]:
    # A SettingError is a ValueError naming the variable; main() prints it.
    account = account_from_environment()
    apply_log_level()
    client = connect(token=account.token, subdomain=account.subdomain, base_url=account.base_url)
    return account.token, client


@contextlib.contextmanager
def _audit_stream(path: str) -> Iterator[IO[str]]:
    """The audit log opened for appending, readable and writable by its owner only."""
    if path == "-":
        yield sys.stderr
        return
    target = Path(path).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    # An older log may have been created readable by others; it holds what assistants sent.
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as stream:
        yield stream


async def _serve_stdio(server: Server[Any], audit: AuditLog) -> None:
    async with stdio_server() as (read_stream, write_stream):
        # What the transport reads goes through the depth guard before the server sees it.
        sender, screened = anyio.create_memory_object_stream[SessionMessage | Exception](0)
        async with anyio.create_task_group() as group:
            group.start_soon(screen, read_stream, sender, write_stream, audit)
            await server.run(screened, write_stream, server.create_initialization_options())
            group.cancel_scope.cancel()


if __name__ == "__main__":
    raise SystemExit(main())
