"""The `clientary` command and its subcommands, parsed with argparse like every command of the
distribution (plain-text help that shows each default, `--version`, exit status 2 on misuse).

Only argparse and the package's small modules are imported here, so that `clientary --help`
is quick; a subcommand imports what it works with (httpx, the models, rich, jsonschema) when it
runs. What each subcommand does is in its own module (`_export_command`, `_call_command`).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence

from .._version import VERSION

# Not `from typing import ...`: typing takes as long to import as the rest of `--help`.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Any

__all__ = ["Failed", "UsageError", "build_parser", "run"]


class UsageError(Exception):
    """The command line asks for something that cannot be done: exit status 2, nothing sent."""


class Failed(Exception):
    """The API refused the request, or could not be reached: exit status 1."""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, told the terminal's width: left to find it, argparse imports
    shutil, which (with the compression modules it loads) took a tenth of `--help`."""

    def __init__(self, prog: str, **kwargs: Any) -> None:
        kwargs.setdefault("width", _terminal_width() - 2)  # argparse keeps 2 columns free
        super().__init__(prog, **kwargs)


def _terminal_width() -> int:
    """The columns shutil.get_terminal_size() would give: COLUMNS, the terminal's, or 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose epilog (examples, tables) is written only when help is shown,
    so that building the parser reads nothing it does not need."""

    def __init__(self, *args: Any, epilog_text: Callable[[], str] | None = None, **kwargs: Any):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("allow_abbrev", False)  # `--allow` must not pass for --allow-writes
        super().__init__(*args, **kwargs)
        self._epilog_text = epilog_text

    def format_help(self) -> str:
        if self._epilog_text is not None:
            self.epilog = self._epilog_text()
        return super().format_help()


def _day(text: str) -> datetime.date:
    import datetime  # only when a day is given

    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a day written YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        from .._dates import NO_SUCH_DAY

        raise argparse.ArgumentTypeError(f"{text!r} {NO_SUCH_DAY}") from None


def _record_id(text: str) -> int:
    if not re.fullmatch(r"[0-9]+", text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a record id (a whole number from 1)")
    return int(text)


def _concurrency(text: str) -> int:
    if not re.fullmatch(r"[0-9]+", text) or not 1 <= int(text) <= 32:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of requests from 1 to 32")
    return int(text)


_ACCOUNT = """\
The account: CLIENTARY_TOKEN (or --token-file PATH), and CLIENTARY_SUBDOMAIN
(acme for https://acme.clientary.com) or CLIENTARY_URL. There is no option for
the token itself, so that it never lands in the shell's history.

Exit status: 0 done, 1 the API refused (or could not be reached), 2 a usage
error (nothing was sent), 130 interrupted (Ctrl-C)."""

_GROUP_EPILOG = f"""\
{_ACCOUNT}

Examples:
  clientary export invoices --since 2026-07-01 --until 2026-09-30 -o q3.csv
  clientary call get_invoice --id 110
  clientary export --help
"""

_CALL_EPILOG = f"""\
OPERATION is an operationId of the API, such as list_invoices, get_client or
create_task; clientary call OPERATION --help lists its arguments. They are the
arguments of the operation's tool for AI assistants: path, query and body
fields side by side, without the body's wrapper key; a list answers with a
window (--limit, --offset). Reads always run; operations that change data need
--allow-writes, deletes --allow-deletes as well. A refused call, or one with bad
arguments, sends nothing.

{_ACCOUNT}

Examples:
  clientary call get_invoice --id 110
  clientary call list_clients --limit 100 --sort date
  clientary call create_task --title "Call Ann" --due-date 2026-12-01 \\
      --allow-writes
  clientary call update_task --json '{{"id": 12, "complete": true}}' \\
      --allow-writes
"""


def _export_epilog() -> str:
    from ._export_command import help_table

    return f"{help_table()}\n{_ACCOUNT}\n"


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: `clientary export ...` and `clientary call ...`."""
    parser = _Parser(
        prog="clientary",
        description="Export the records of a Clientary account, or call any of its operations.",
        epilog=_GROUP_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    _add_export(commands)
    _add_call(commands)
    return parser


def _add_export(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help="write every record of a resource as CSV or JSON lines",
        description=(
            "Write every record of RESOURCE, completed projects and expenses of any date\n"
            "included. Rows are written as they arrive, so memory stays flat however long\n"
            "the list. On a terminal a progress bar shows on stderr; otherwise one summary\n"
            "line is written there at the end."
        ),
        epilog_text=_export_epilog,
    )
    export.set_defaults(subcommand=export)
    export.add_argument("resource", metavar="RESOURCE", help="what to export (see below)")
    export.add_argument(
        "--format",
        dest="output_format",
        choices=["csv", "jsonl"],
        default="csv",
        help="CSV (scalar fields) or JSON lines (whole records) (default: %(default)s)",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    export.add_argument(
        "--client-id", type=_record_id, metavar="ID", help="only this client's records"
    )
    export.add_argument(
        "--project-id", type=_record_id, metavar="ID", help="only this project's records"
    )
    export.add_argument("--since", type=_day, metavar="DAY", help="records of this day or later")
    export.add_argument("--until", type=_day, metavar="DAY", help="records of this day or earlier")
    export.add_argument(
        "--lines",
        action="store_true",
        help="one CSV row per line item (invoices, estimates, schedules)",
    )
    export.add_argument(
        "--concurrency",
        type=_concurrency,
        default=4,
        metavar="N",
        help="requests at a time, 1 to 32 (default: %(default)s)",
    )
    export.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, no summary line"
    )
    _add_token_file(export)


def _add_call(commands: Any) -> None:
    call = commands.add_parser(
        "call",
        help="run one operation and print its answer as JSON",
        usage="clientary call OPERATION [--NAME VALUE ...] [--json ARGUMENTS]\n"
        "       [--allow-writes [--allow-deletes]] [--token-file PATH]",
        description="Run OPERATION with --NAME VALUE arguments and print its answer as JSON.",
        epilog=_CALL_EPILOG,
        add_help=False,  # `call OPERATION --help` describes that operation
    )
    call.set_defaults(subcommand=call)
    call.add_argument("operation", metavar="OPERATION", nargs="?", help="the operation's id")
    call.add_argument("--json", dest="json_text", metavar="ARGUMENTS", help="arguments as JSON")
    call.add_argument(
        "--allow-writes", action="store_true", help="allow operations that change data"
    )
    call.add_argument(
        "--allow-deletes", action="store_true", help="allow deletes too (with --allow-writes)"
    )
    _add_token_file(call)
    call.add_argument("-h", "--help", dest="show_help", action="store_true", help="show help")


def _add_token_file(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--token-file",
        metavar="PATH",
        help="read the API token from this file, not CLIENTARY_TOKEN",
    )


def run(argv: Sequence[str] | None) -> int:
    """Run the command line with `argv` (the process's arguments when None); the exit status."""
    parser = build_parser()
    try:
        arguments, words = parser.parse_known_args(None if argv is None else list(argv))
        if arguments.command is None:
            parser.error("name a COMMAND: export or call")
        command: argparse.ArgumentParser = arguments.subcommand
        if words and arguments.command != "call":
            command.error(f"unrecognized arguments: {' '.join(words)}")
        options = {k: v for k, v in vars(arguments).items() if k not in ("command", "subcommand")}
        try:
            if arguments.command == "export":
                from ._export_command import run_export

                return run_export(**options)
            return _run_call(call_parser=command, words=words, **options)
        except UsageError as exc:
            command.error(str(exc))
    except SystemExit as exit_:  # argparse's way out: --help, --version, a usage error
        return exit_.code if isinstance(exit_.code, int) else 2
    except Failed as exc:
        print(f"clientary: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("clientary: interrupted", file=sys.stderr)
        return 130


def _run_call(
    *, call_parser: argparse.ArgumentParser, words: list[str], show_help: bool, **options: Any
) -> int:
    if show_help:
        if options["operation"] is None:
            call_parser.print_help()
            return 0
        from ._call_command import operation_help

        print(operation_help(options["operation"]))
        return 0
    if options["operation"] is None:
        raise UsageError("name the OPERATION to run")
    from ._call_command import run_call

    return run_call(words=words, **options)
