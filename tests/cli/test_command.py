"""The command itself: usage errors, exit statuses, the token, help, progress, Ctrl-C, start-up."""

import csv
import io
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from clientary._cli._output import WholeRecords
from clientary._cli._progress import ExportProgress
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread

from .conftest import TOKEN, Cli, Mock

PYTHON = sys.executable


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["export", "invoice"], "no resource called 'invoice' (did you mean invoices?)"),
        (["export", "invoices", "--format", "jsonl", "--lines"], "--lines is for CSV"),
        (["export", "staff", "--lines"], "staff have no line items; --lines is for estimates"),
        (["export", "clients", "--since", "2026-01-01"], "clients have no day of their own"),
        (["export", "invoices", "--since", "2026-02-01", "--until", "2026-01-01"], "is after"),
        (["export", "invoices", "--since", "2026-02-30"], "is a day that does not exist"),
        (["export", "invoices", "--since", "01/02/2026"], "not a day written YYYY-MM-DD"),
        (["export", "hours", "--client-id", "1", "--project-id", "2"], "not both"),
        (["export", "payments", "--client-id", "1"], "payments cannot be narrowed"),
        (["export", "invoices", "--concurrency", "0"], "--concurrency"),
        (["export"], "the following arguments are required: RESOURCE"),
        (["call"], "name the OPERATION"),
        (["call", "get_clinet", "--id", "1"], "did you mean get_client"),
        (["call", "get_client", "--id", "seven"], "id: must be integer, got string"),
        (["call", "get_client"], "id: is required"),
        (["call", "list_clients", "--colour", "red"], "colour: is not an argument of list_clients"),
        (["call", "get_client", "--id"], "--id needs a value"),
        (["call", "get_client", "--json", "[1]"], "--json must be a JSON object"),
        (["call", "get_client", "--id", "1", "--json", '{"id": 2}'], "id is given twice"),
        (["call", "delete_client", "--id", "1", "--allow-deletes"], "needs --allow-writes"),
        (["call", "create_task", "--title", "x"], "writes are not allowed (--allow-writes)"),
        (["bogus"], "argument COMMAND: invalid choice: 'bogus'"),
        ([], "name a COMMAND: export or call"),
        (["export", "clients", "--colour", "red"], "unrecognized arguments: --colour red"),
        (["export", "clients", "--allow"], "unrecognized arguments: --allow"),
    ],
)
def test_a_usage_error_exits_2_names_the_problem_and_sends_nothing(
    account: Mock, cli: Cli, tmp_path: Path, arguments: list[str], message: str
) -> None:
    out = tmp_path / "out.csv"
    out.write_text("kept\n")
    sent = account.requests
    with_output = [*arguments, "-o", str(out)] if arguments[:1] == ["export"] else arguments
    result = cli(*with_output)
    assert result.status == 2, result
    assert message in result.err
    assert account.requests == sent
    assert out.read_text() == "kept\n"  # an existing file is left alone


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"CLIENTARY_TOKEN": ""}, "no API token: set CLIENTARY_TOKEN or pass --token-file"),
        ({"CLIENTARY_URL": ""}, "set exactly one of CLIENTARY_SUBDOMAIN"),
        ({"CLIENTARY_SUBDOMAIN": "acme"}, "set exactly one of CLIENTARY_SUBDOMAIN"),
        ({"CLIENTARY_URL": "http://example.com"}, "https unless its host is loopback"),
        ({"CLIENTARY_TOKEN": "two words"}, "token must not contain"),
    ],
)
def test_a_missing_or_bad_account_exits_2(
    account: Mock,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    message: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    sent = account.requests
    for command in (["export", "clients"], ["call", "list_staff"]):
        result = cli(*command)
        assert (result.status, result.out) == (2, "")
        assert message in result.err
    assert account.requests == sent


def test_clientary_log_debug_writes_each_request_to_stderr(
    account: Mock, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command reads CLIENTARY_LOG with the account, as Clientary() does."""
    logger = logging.getLogger("clientary")
    monkeypatch.setattr(logger, "handlers", list(logger.handlers))
    monkeypatch.setattr(logger, "level", logger.level)
    monkeypatch.setenv("CLIENTARY_LOG", "debug")
    result = cli("call", "list_staff")
    assert result.status == 0, result
    assert "HTTP GET /api/v2/staff -> 200" in result.err
    assert TOKEN not in result.err


def test_the_token_file_replaces_the_variable(
    account: Mock, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLIENTARY_TOKEN")
    token_file = tmp_path / "token"
    token_file.write_text(f"{TOKEN}\n")
    assert cli("export", "staff", "--token-file", str(token_file), "-q").status == 0
    assert cli("call", "list_staff", "--token-file", str(token_file)).status == 0
    missing = cli("export", "staff", "--token-file", str(tmp_path / "nowhere"))
    assert missing.status == 2
    assert f"cannot read the token file {tmp_path / 'nowhere'}" in missing.err
    token_file.write_text("\n")
    assert "is empty" in cli("call", "list_staff", "--token-file", str(token_file)).err


def test_an_api_refusal_exits_1_with_the_typed_error(
    account: Mock, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = cli("call", "get_client", "--id", "999999")
    assert (missing.status, missing.out) == (1, "")
    assert missing.err.startswith("clientary: error: NotFoundError: 404 GET /api/v2/clients/999999")
    monkeypatch.setenv("CLIENTARY_TOKEN", "tok-wrong-1234")
    out = tmp_path / "clients.csv"
    refused = cli("export", "clients", "-o", str(out))
    assert refused.status == 1
    assert "clientary: error: AuthenticationError: 401 GET /api/v2/clients" in refused.err
    assert not out.exists()  # refused before the first row: no file


def test_the_token_appears_in_no_output(
    account: Mock, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = [
        cli("export", "invoices", "-o", str(tmp_path / "a.csv")),
        cli("export", "invoices", "--format", "jsonl"),
        cli("call", "list_invoices", "--limit", "3"),
        cli("call", "create_task", "--title", "x"),
        cli("call", "get_client", "--id", "999999"),
        cli("export", "clients", "--since", "2026-01-01"),
    ]
    monkeypatch.setenv("CLIENTARY_URL", "http://127.0.0.1:9/")  # nothing listens: no connection
    runs.append(cli("export", "clients"))
    monkeypatch.setenv("CLIENTARY_URL", f"http://user:{TOKEN}@127.0.0.1:9/")
    runs.append(cli("call", "list_staff"))
    assert {run.status for run in runs} == {0, 1, 2}
    for run in runs:
        assert TOKEN not in run.out + run.err
    assert TOKEN not in (tmp_path / "a.csv").read_text()


def test_progress_is_one_summary_line_unless_quiet(account: Mock, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "hours.csv"
    loud = cli("export", "hours", "--concurrency", "2", "-o", str(out))
    (line,) = loud.err.splitlines()
    # One page of projects (the largest page the list allows), then one list per project.
    assert line.startswith("clientary export hours: 72 records from 25 pages in ")
    assert line.endswith(f" s, to {out}")
    assert cli("export", "hours", "-q", "-o", str(out)).err == ""
    rows = sum(max(len(invoice["items"]), 1) for invoice in account.rows("invoices"))
    lines = cli("export", "invoices", "--lines", "-o", str(out)).err
    assert f"39 records ({rows} rows) from 1 page" in lines


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_bar_shows_records_pages_rate_and_time_left() -> None:
    screen = Terminal()
    with ExportProgress("invoices", "out.csv", quiet=False, stream=screen) as progress:
        progress.pages_ahead(4)
        for _ in range(3):
            progress.record_written(1)
            progress.page_read(1)
        time.sleep(0.15)
    drawn = screen.getvalue()
    assert "invoices" in drawn
    assert "3 records" in drawn
    assert "page 3/4" in drawn
    assert "records/s" in drawn
    progress.finished()  # the bar said it all: no summary line after it
    assert screen.getvalue() == drawn
    quiet = Terminal()
    with ExportProgress("invoices", "out.csv", quiet=True, stream=quiet) as progress:
        progress.page_read(1)
    progress.finished()
    assert quiet.getvalue() == ""


def interrupt_and_wait() -> None:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)


def test_ctrl_c_waits_for_the_record_being_written() -> None:
    written = []
    with WholeRecords() as whole:
        whole.begin()
        os.kill(os.getpid(), signal.SIGINT)
        written.append("row")  # still written: the interruption waits
        with pytest.raises(KeyboardInterrupt):
            whole.end()
        with pytest.raises(KeyboardInterrupt):  # outside a record it interrupts at once
            interrupt_and_wait()
    assert written == ["row"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_stops_cleanly_and_leaves_whole_rows(tmp_path: Path) -> None:
    """Interrupted mid-export, the command exits 130 and the file ends with a whole row."""
    app = create_app(token=TOKEN, seed="empty")
    with serve_in_thread(app) as url:
        httpx.post(f"{url}/_mock/fill", json={"invoices": 3000}).raise_for_status()
        httpx.put(f"{url}/_mock/faults", json={"latency_ms": 30}).raise_for_status()
        out = tmp_path / "invoices.csv"
        environment = {**os.environ, "CLIENTARY_TOKEN": TOKEN, "CLIENTARY_URL": url}
        process = subprocess.Popen(
            [PYTHON, "-m", "clientary", "export", "invoices", "-o", str(out), "--concurrency", "2"],
            env=environment,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while (not out.exists() or out.stat().st_size < 20_000) and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "interrupted, the output ends with the last whole record" in err
    text = out.read_bytes().decode("utf-8")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert 1 < len(rows) < 3001
    assert {len(row) for row in rows} == {len(rows[0])}


@pytest.mark.parametrize(
    "arguments",
    [[], ["export"], ["call"], ["call", "create_invoice"]],
    ids=["clientary", "export", "call", "call OPERATION"],
)
def test_every_help_is_plain_text_with_an_example(cli: Cli, arguments: list[str]) -> None:
    result = cli(*arguments, "--help")
    assert result.status == 0
    assert "\x1b" not in result.out
    assert result.out.startswith("usage: clientary")
    if arguments != ["call", "create_invoice"]:
        assert "Examples:\n  clientary " in result.out
    else:
        assert "--invoice_items_attributes ARRAY" in result.out
        assert "It changes data: it runs only with --allow-writes." in result.out


def test_export_help_has_the_table_of_days(cli: Cli) -> None:
    text = cli("export", "--help").out
    assert "  invoices             date         client, project  invoice_items\n" in text
    assert "  payments             received_on  -                -\n" in text


def test_version(cli: Cli) -> None:
    from clientary._version import VERSION

    result = cli("--version")
    assert (result.status, result.out) == (0, f"clientary {VERSION}\n")


@pytest.mark.parametrize("package", ["rich", "jsonschema"])
def test_without_the_cli_extra_it_says_how_to_install_it(package: str) -> None:
    """The launcher names the extra in one line, for --help and --version too."""
    probe = (
        f"import sys; sys.modules[{package!r}] = None\n"  # as if it were not installed
        "from clientary._console import clientary\n"
        "sys.argv = ['clientary', '--help']\n"
        "sys.exit(clientary())\n"
    )
    result = subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (2, "")
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        f"clientary: needs the 'cli' extra, which is not installed (No module named {package!r})"
    )
    assert line.endswith("[cli]'")


def test_help_loads_neither_httpx_nor_the_models() -> None:
    """`clientary --help` (and each subcommand's) needs argparse and the package's own modules."""
    probe = (
        "import contextlib, io, json, sys\n"
        "from clientary._cli import main\n"
        "for arguments in (['--help'], ['export', '--help'], ['call', '--help'], ['--version']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main(arguments) == 0\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)
    assert "argparse" in loaded
    assert not [
        name
        for name in loaded
        if name.split(".")[0] in ("httpx", "httpcore", "rich", "jsonschema", "click")
        # The generated package's value rule (types) may load, not its client or models.
        or (
            name.startswith("clientary_client")
            and name not in ("clientary_client", "clientary_client.types")
        )
    ]


def test_the_console_script_runs(account: Mock) -> None:
    script = Path(PYTHON).with_name("clientary")
    result = subprocess.run(
        [str(script), "call", "get_staff", "--id", "1"],
        capture_output=True,
        text=True,
        env={**os.environ, "CLIENTARY_TOKEN": TOKEN, "CLIENTARY_URL": account.url},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["name"] == "John Doe"
