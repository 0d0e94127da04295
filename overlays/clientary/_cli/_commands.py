"""The `clientary` command and its subcommands, as click sees them.

Only click and this package's small modules are imported here, so that `clientary --help` is
quick; each subcommand imports what it works with (httpx, the models, rich, jsonschema) when it
runs. What a subcommand does is in its own module (`_export_command`, `_call_command`).
"""

import datetime
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from .._version import VERSION

__all__ = ["Failed", "run"]

_CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Failed(click.ClickException):
    """The API refused the request, or could not be reached: exit status 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"clientary: error: {self.message}", err=True)


class _Command(click.Command):
    """A command whose epilog (examples, tables) is written as laid out, not rewrapped."""

    def __init__(self, *args: Any, epilog_text: Callable[[], str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._epilog_text = epilog_text

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write("\n" + self._epilog_text().rstrip("\n") + "\n")


if TYPE_CHECKING:
    _DayType = click.ParamType[datetime.date, Any]
else:  # click made ParamType generic only lately; the extra accepts older releases too
    _DayType = click.ParamType


class _Day(_DayType):
    name = "day"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime.date:
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                self.fail(f"{value!r} is not a day of the calendar", param, ctx)
        self.fail(f"{value!r} is not a day written YYYY-MM-DD", param, ctx)


def _token_file_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--token-file",
        metavar="PATH",
        help="Read the API token from this file instead of CLIENTARY_TOKEN.",
    )(command)


def _group_epilog() -> str:
    return """\
The account: CLIENTARY_TOKEN (or --token-file PATH), and CLIENTARY_SUBDOMAIN (acme for
https://acme.clientary.com) or CLIENTARY_URL. There is no option for the token itself, so it
never lands in shell history.

Exit status: 0 done, 1 the API refused (or could not be reached), 2 a usage error,
130 interrupted (Ctrl-C).

Examples:
  clientary export invoices --since 2026-07-01 --until 2026-09-30 -o invoices-q3.csv
  clientary call get_invoice --id 110
"""


class _Group(click.Group):
    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write("\n" + _group_epilog())


@click.group(cls=_Group, context_settings=_CONTEXT)
@click.version_option(VERSION, "--version", prog_name="clientary", message="%(prog)s %(version)s")
def cli() -> None:
    """Export records of a Clientary account, or call any of its operations."""


def _export_epilog() -> str:
    from ._export_command import help_table

    return help_table()


@cli.command(
    "export",
    cls=_Command,
    epilog_text=_export_epilog,
    short_help="Write every record of a resource as CSV or JSON lines.",
)
@click.argument("resource")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["csv", "jsonl"]),
    default="csv",
    show_default=True,
    help="CSV (scalar fields) or JSON lines (whole records).",
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout.")
@click.option(
    "--client-id", type=click.IntRange(min=1), metavar="ID", help="Only this client's records."
)
@click.option(
    "--project-id", type=click.IntRange(min=1), metavar="ID", help="Only this project's records."
)
@click.option("--since", type=_Day(), metavar="DAY", help="Records of this day or later.")
@click.option("--until", type=_Day(), metavar="DAY", help="Records of this day or earlier.")
@click.option(
    "--lines", is_flag=True, help="One CSV row per line item (invoices, estimates, schedules)."
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 32),
    default=4,
    show_default=True,
    metavar="N",
    help="Requests at a time.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary line.")
@_token_file_option
def export(**options: Any) -> int:
    """Write every record of RESOURCE, completed projects and old expenses included.

    Rows are written as they arrive, so memory stays flat however long the list. On a
    terminal a progress bar shows on stderr; otherwise one summary line is written there at
    the end.
    """
    from ._export_command import run_export

    return run_export(**options)


def _call_epilog() -> str:
    return """\
OPERATION is an operationId of the API, such as list_invoices, get_client or create_task;
`clientary call OPERATION --help` lists its arguments. The arguments are those of the
operation's tool for AI assistants: path, query and body fields side by side, without the
body's wrapper key. List operations answer with a window (--limit, --offset).

Reads always run; operations that change data need --allow-writes, and deletes need
--allow-deletes as well. A refused call, or one with bad arguments, sends nothing.

Examples:
  clientary call get_invoice --id 110
  clientary call list_clients --limit 100 --sort date
  clientary call create_task --title "Call Ann" --due-date 2026-12-01 --allow-writes
  clientary call update_task --json '{"id": 12, "complete": true}' --allow-writes
"""


@cli.command(
    "call",
    cls=_Command,
    epilog_text=_call_epilog,
    short_help="Run one operation and print its JSON answer.",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("operation", required=False)
@click.argument("words", nargs=-1, type=click.UNPROCESSED, metavar="[--NAME VALUE]...")
@click.option("--json", "json_text", metavar="ARGUMENTS", help="The arguments as a JSON object.")
@click.option("--allow-writes", is_flag=True, help="Allow operations that create or change data.")
@click.option("--allow-deletes", is_flag=True, help="Allow deletes too (with --allow-writes).")
@_token_file_option
@click.option("-h", "--help", "show_help", is_flag=True, help="Show this message and exit.")
@click.pass_context
def call(ctx: click.Context, /, **options: Any) -> int:
    """Run OPERATION with --NAME VALUE arguments and print its answer as JSON."""
    if options.pop("show_help"):
        if options["operation"]:
            from ._call_command import operation_help

            click.echo(operation_help(options["operation"]))
        else:
            click.echo(ctx.get_help())
        return 0
    if not options["operation"]:
        raise click.UsageError("name the OPERATION to run", ctx)
    from ._call_command import run_call

    return run_call(**options)


def run(argv: Sequence[str] | None) -> int:
    """Run the command line with `argv` (the process's arguments when None); the exit status."""
    try:
        result = cli.main(
            args=None if argv is None else list(argv), prog_name="clientary", standalone_mode=False
        )
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        click.echo("clientary: interrupted", err=True)
        return 130
    return result if isinstance(result, int) else 0
