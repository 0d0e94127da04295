"""`clientary export RESOURCE`: every record of a resource, streamed to CSV or JSON lines.

Everything is checked before the first request (the resource, the options that apply to it, the
token and the account), so a refused command sends nothing and leaves an existing file alone.
Then records are read (`_reading`), written as they come (`_output`) and counted on stderr
(`_progress`). Exit status: 0 done, 1 the API refused, 2 a usage error, 130 interrupted.
"""

import contextlib
import datetime
import difflib
from collections.abc import Generator
from typing import Any

from ._account import client_for
from ._catalogue import Resource, get_resource, resource_names
from ._commands import Failed, UsageError
from ._output import CsvRecords, JsonLinesRecords, Output, WholeRecords
from ._plan import DayRange, Scope, ScopeError, plan
from ._progress import ExportProgress

__all__ = ["help_table", "run_export"]

# The options that narrow an export, and the resource and field each names.
SCOPES = {"--client-id": ("clients", "client_id"), "--project-id": ("projects", "project_id")}


def run_export(
    *,
    resource: str,
    output_format: str,
    output: str | None,
    client_id: int | None,
    project_id: int | None,
    since: datetime.date | None,
    until: datetime.date | None,
    lines: bool,
    concurrency: int,
    quiet: bool,
    token_file: str | None,
) -> int:
    chosen = _resource(resource)
    _check_options(chosen, output_format, lines, since, until)
    scope = _scope(client_id, project_id)
    try:
        found = plan(chosen, scope, DayRange(since, until))
    except ScopeError as exc:
        raise UsageError(f"{exc}; {_scopes_sentence()}") from None
    client = client_for(token_file)  # an AccountError is a usage error
    # Imported here, not at the top: `clientary export --help` needs neither httpx nor models.
    from .._errors import ClientaryError
    from ._reading import read
    from ._table import Table

    sink: CsvRecords | JsonLinesRecords = (
        CsvRecords(Table(chosen, lines=lines))
        if output_format == "csv"
        else JsonLinesRecords(chosen.record)
    )
    target = Output(output)
    progress = ExportProgress(chosen.name, target.name, quiet=quiet)

    records: Generator[Any, None, None] = read(found, client, concurrency, progress)
    failure: Exception | None = None
    status, outcome = 0, ""
    try:
        # Closing `records` first stops the requests in flight before the client closes.
        with client, WholeRecords() as whole, progress, contextlib.closing(records):
            for record in records:
                whole.begin()
                progress.record_written(sink.write(target, record))
                whole.end()
            sink.finish(target)
    except KeyboardInterrupt:
        status, outcome = 130, "; interrupted, the output ends with the last whole record"
    except ClientaryError as exc:
        failure, outcome = exc, "; stopped by the error below"
    except BrokenPipeError:
        # The reader of stdout has gone (`| head`, say): nothing more to write, nor to say.
        _close_quietly(target)
        return 0
    finally:
        _close_quietly(target)
    progress.finished(outcome)
    if failure is not None:
        raise Failed(f"{type(failure).__name__}: {failure}")
    return status


def help_table() -> str:
    """What `clientary export --help` adds after the options: the resources and examples."""
    rows = [("resource", "day", "narrowed to", "--lines")]
    for name in resource_names():
        resource = get_resource(name)
        scopes = [SCOPES[option][0].removesuffix("s") for option in SCOPES]
        narrowed = [
            s for s, option in zip(scopes, SCOPES, strict=True) if _narrowable(resource, option)
        ]
        rows.append((name, resource.day or "-", ", ".join(narrowed) or "-", resource.lines or "-"))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    table = "\n".join(
        "  "
        + "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
        + "  "
        + row[3]
        for row in rows
    )
    return f"""\
RESOURCE is one of these. An export is complete: completed projects, expenses
of any date and the time entries of every project are in it. --since and
--until keep the records whose day (below) is within them, both ends included;
the expense list's own date range does that for expenses. CSV has the record's
scalar fields in the API's order (a nested record as its id); JSON lines keep
whole records. Days are written YYYY-MM-DD, amounts as exact decimals. The
narrowed column says whether --client-id and --project-id apply.

{table}

Examples:
  clientary export invoices --since 2026-07-01 --until 2026-09-30 -o q3.csv
  clientary export hours --since 2026-11-01 --until 2026-11-30 -o nov.csv
  clientary export invoices --client-id 4 --lines -o acme-lines.csv
  clientary export projects --format jsonl --concurrency 8 > projects.jsonl
"""


def _resource(name: str) -> Resource:
    names = resource_names()
    wanted = name.replace("-", "_")
    if wanted in names:
        return get_resource(wanted)
    close = difflib.get_close_matches(wanted, names, n=2)
    hint = f" (did you mean {' or '.join(close)}?)" if close else ""
    raise UsageError(f"no resource called {name!r}{hint}; choose one of {', '.join(names)}")


def _check_options(
    resource: Resource,
    output_format: str,
    lines: bool,
    since: datetime.date | None,
    until: datetime.date | None,
) -> None:
    if lines and output_format != "csv":
        raise UsageError("--lines is for CSV: JSON lines keep each record's lines inside it")
    if lines and resource.lines is None:
        with_lines = [n for n in resource_names() if get_resource(n).lines is not None]
        raise UsageError(
            f"{resource.name} have no line items; --lines is for {', '.join(with_lines)}"
        )
    if (since is not None or until is not None) and resource.day is None:
        with_days = [n for n in resource_names() if get_resource(n).day is not None]
        raise UsageError(
            f"{resource.name} have no day of their own to filter on; --since and --until are "
            f"for {', '.join(with_days)}"
        )
    if since is not None and until is not None and since > until:
        raise UsageError(f"--since {since} is after --until {until}")


def _scope(client_id: int | None, project_id: int | None) -> Scope | None:
    if client_id is not None and project_id is not None:
        raise UsageError("give --client-id or --project-id, not both")
    if client_id is not None:
        return Scope(*SCOPES["--client-id"], record_id=client_id)
    if project_id is not None:
        return Scope(*SCOPES["--project-id"], record_id=project_id)
    return None


def _narrowable(resource: Resource, option: str) -> bool:
    try:
        plan(resource, Scope(*SCOPES[option], record_id=1))
    except ScopeError:
        return False
    return True


def _scopes_sentence() -> str:
    parts = []
    for option in SCOPES:
        names = [n for n in resource_names() if _narrowable(get_resource(n), option)]
        parts.append(f"{option} works for {', '.join(names)}")
    return "; ".join(parts)


def _close_quietly(target: Output) -> None:
    with contextlib.suppress(BrokenPipeError):
        target.close()
