"""The README's examples run, in order, against the mock, so they cannot rot.

The Usage section runs in-process; the "Tools for AI assistants" section runs through the MCP
client talking to a real `clientary-mcp` process over stdio.
"""

import contextlib
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import clientary
import clientary.tools
import pytest
from clientary_client import Client
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread

README = Path(__file__).resolve().parents[1] / "README.md"
DOCUMENTED_URL = "http://127.0.0.1:4010"


def section_blocks(title: str) -> list[str]:
    """The ```python blocks of one README section, in reading order."""
    text = README.read_text(encoding="utf-8")
    section = text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def usage_blocks() -> list[str]:
    return section_blocks("Usage")


def promised_output(blocks: list[str]) -> list[str]:
    """What the examples say they print: the comment after each print(...) call."""
    return [
        match.group(1).strip()
        for block in blocks
        for match in re.finditer(r"^\s*print\(.*\)\s+#\s*(.+)$", block, flags=re.MULTILINE)
    ]


def test_usage_section_has_examples() -> None:
    """The Usage section keeps its examples (an empty section would make the next test vacuous)."""
    blocks = usage_blocks()
    assert len(blocks) >= 5
    assert any(DOCUMENTED_URL in block for block in blocks)


def test_usage_examples_run_against_the_mock() -> None:
    """Each example runs after the one before it, and prints what its comments promise."""
    blocks = usage_blocks()
    namespace: dict[str, object] = {"__name__": "readme"}
    printed = io.StringIO()
    with (
        serve_in_thread(create_app(token="demo", seed="demo")) as base_url,
        contextlib.redirect_stdout(printed),
    ):
        for number, block in enumerate(blocks, start=1):
            code = compile(block.replace(DOCUMENTED_URL, base_url), f"README[{number}]", "exec")
            exec(code, namespace)
        connected = namespace["client"]
        assert isinstance(connected, Client)
        connected.get_httpx_client().close()
        api = namespace["api"]
        assert isinstance(api, clientary.Clientary)
        api.close()
    output = printed.getvalue()
    for promise in promised_output(blocks):
        assert promise in output, f"README promises {promise!r}; the examples printed:\n{output}"


TOOLS_SECTION = "Tools for AI assistants"
SERVER_COMMAND = 'command="clientary-mcp"'


def installed_server() -> str:
    """The clientary-mcp console script of this environment (scripts/bootstrap installs it)."""
    found = shutil.which("clientary-mcp", path=str(Path(sys.executable).parent))
    assert found, "clientary-mcp is not installed next to this Python: run scripts/bootstrap"
    return found


def prepare_activity(base_url: str) -> None:
    """Time logged today and a task closed just now, so that the digest has lines to print."""
    with clientary.connect(token="demo", base_url=base_url) as client:
        projects = clientary.tools.invoke("list_projects", {"limit": 100}, client=client)
        (retainer,) = [p for p in projects["projects"] if p["name"] == "ACME Corp Retainer"]
        clientary.tools.invoke(
            "create_project_hours",
            {
                "project_id": retainer["id"],
                "title": "Q4 report",
                "hours": 2.5,
                "date": dt.date.today().isoformat(),
            },
            client=client,
        )
        tasks = clientary.tools.invoke("list_tasks", {"limit": 100}, client=client)["tasks"]
        proposal = next(
            task
            for task in tasks
            if task["title"] == "Send proposal"
            and task["assignee_id"] == 2
            and not task["complete"]
        )
        clientary.tools.invoke(
            "update_task", {"id": proposal["id"], "complete": True}, client=client
        )


def test_tools_section_keeps_its_workflows() -> None:
    blocks = section_blocks(TOOLS_SECTION)
    assert len(blocks) >= 5
    assert sum(SERVER_COMMAND in block for block in blocks) == 1
    assert len(promised_output(blocks)) >= 5


def test_tools_workflows_run_through_the_mcp_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the examples write their audit log to the working folder
    blocks = section_blocks(TOOLS_SECTION)
    server = installed_server()
    namespace: dict[str, object] = {"__name__": "readme_tools"}
    printed = io.StringIO()
    with serve_in_thread(create_app(token="demo", seed="demo")) as base_url:
        prepare_activity(base_url)
        with contextlib.redirect_stdout(printed):
            for number, block in enumerate(blocks, start=1):
                source = block.replace(DOCUMENTED_URL, base_url).replace(
                    SERVER_COMMAND, f"command={server!r}"
                )
                exec(compile(source, f"README tools[{number}]", "exec"), namespace)
        connected = namespace["client"]
        assert isinstance(connected, Client)
        connected.get_httpx_client().close()  # the section's own client, left open for its readers
        with clientary.connect(token="demo", base_url=base_url) as client:
            task = namespace["task"]
            assert isinstance(task, dict)
            stored = clientary.tools.invoke("get_task", {"id": task["id"]}, client=client)
    output = printed.getvalue()
    for promise in promised_output(blocks):
        assert promise in output, f"README promises {promise!r}; the examples printed:\n{output}"
    assert "Jane Smith | done: Send proposal" in output, output
    # The task is really there, assigned and due on a Friday.
    assert stored["assignee_id"] == 2
    due = clientary.parse_date(stored["due_date"])
    assert due is not None
    assert due.weekday() == 4
    # Every call of the three workflows is in the audit log, and none failed.
    entries = [json.loads(line) for line in Path("clientary-audit.jsonl").read_text().splitlines()]
    assert {entry["status"] for entry in entries} == {"ok"}
    assert {"list_staff", "create_task", "list_project_hours", "list_client_invoices"} <= {
        entry["tool"] for entry in entries
    }


def test_pagination_says_when_paging_by_offset_can_skip_a_record() -> None:
    """The one gap offset paging leaves is stated, and what a caller can do about it."""
    text = README.read_text(encoding="utf-8")
    paragraph = text.split("**Pagination.**", 1)[1].split("\n\n**", 1)[0]
    words = " ".join(paragraph.split())
    assert "skipped" in words
    assert "deleted and another created between the same two page reads" in words
    assert "`updated_since`" in words
    assert "walk it twice" in words


def test_the_mock_section_states_its_limits_and_the_loopback_rule() -> None:
    """Each limit's switch, and who may use the control routes, as `clientary-mock --help` says."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## The mock Clientary\n", 1)[1].split("\n## ", 1)[0]
    for switch in (
        "--max-body-bytes",
        "--max-records",
        "--request-timeout",
        "--allow-remote-admin",
    ):
        assert switch in section
        assert switch in mock_help()
    words = " ".join(section.split())
    assert "answer loopback callers only" in words
    assert "403" in words


def mock_help() -> str:
    from clientary_mock.cli import build_parser

    return build_parser().format_help()


COMMAND_LINE_SECTION = "Command line"
# The examples' account: the mock, its clock fixed so that "last quarter" and "November" hold
# the same records on every run.
COMMAND_LINE_TODAY = dt.date(2026, 12, 10)


def shell_blocks(title: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)


def promised_pattern(promise: str) -> str:
    """A promised line as a pattern: the seconds a summary line reports may be any."""
    seconds = r" in [0-9.]+ s,"
    return seconds.join(re.escape(part) for part in re.split(seconds, promise))


def test_command_line_section_shows_the_three_everyday_exports() -> None:
    blocks = shell_blocks(COMMAND_LINE_SECTION)
    assert sum("clientary export" in block for block in blocks) == 3
    assert len(re.findall(r"^#> ", "".join(blocks), flags=re.MULTILINE)) == 3


def test_command_line_examples_run_against_the_mock(tmp_path: Path) -> None:
    """The section's shell blocks run in order, as one script, and print what they promise
    (a summary line's seconds may differ)."""
    blocks = shell_blocks(COMMAND_LINE_SECTION)
    app = create_app(token="demo", seed="demo", today=COMMAND_LINE_TODAY)
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    with serve_in_thread(app) as base_url:
        script = "set -euo pipefail\n" + "\n".join(blocks).replace(DOCUMENTED_URL, base_url)
        result = subprocess.run(
            ["bash", "-c", script],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    output = result.stdout + result.stderr
    for promise in re.findall(r"^#> (.+)$", "\n".join(blocks), flags=re.MULTILINE):
        pattern = promised_pattern(promise)
        assert re.search(pattern, output), f"README promises {promise!r}; it printed:\n{output}"
    # The files hold as many rows as their summary lines say.
    for line in result.stderr.splitlines():
        counted = re.match(r"clientary export \w+: ([0-9,]+) records from .* to (\S+)$", line)
        if counted:
            rows = (tmp_path / counted.group(2)).read_text(encoding="utf-8").splitlines()
            assert len(rows) == 1 + int(counted.group(1).replace(",", ""))
