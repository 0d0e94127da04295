"""clientary-mcp under hostile input: every request gets an answer, and the audit log stays small
and private.

The server runs as a real process, spoken to in raw JSON-RPC lines over stdio (the official
client cannot even send some of these messages), with the mock Clientary behind it.
"""

from __future__ import annotations

import io
import json
import os
import queue
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import mcp.types as mcp_types
import pytest
from clientary.tools import mcp_server
from clientary.tools._audit import AuditLog
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread

TOKEN = "tok-MCP-hostile-31d9"
ANSWER_WAIT_S = 20.0


class StdioPeer:
    """One clientary-mcp process, and the JSON-RPC lines it writes."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.lines: queue.Queue[bytes] = queue.Queue()
        assert process.stdout is not None
        self.pump = threading.Thread(target=self._pump, args=(process.stdout,), daemon=True)
        self.pump.start()

    def _pump(self, stdout: IO[bytes]) -> None:
        for line in stdout:
            self.lines.put(line)

    def send(self, message: dict[str, Any] | bytes) -> None:
        assert self.process.stdin is not None
        raw = message if isinstance(message, bytes) else json.dumps(message).encode()
        self.process.stdin.write(raw + b"\n")
        self.process.stdin.flush()

    def answer(self, request_id: int) -> dict[str, Any]:
        """The answer to request `request_id`; fails when none comes in time."""
        while True:
            try:
                line = self.lines.get(timeout=ANSWER_WAIT_S)
            except queue.Empty:
                pytest.fail(f"no answer to request {request_id} within {ANSWER_WAIT_S:g} s")
            message: dict[str, Any] = json.loads(line)
            if message.get("id") == request_id:
                return message

    def call(self, request_id: int, tool: str, arguments: Any) -> dict[str, Any]:
        self.send(
            {
                "jsonrpc": "2.0",
                "id": request_id,
                "method": "tools/call",
                "params": {"name": tool, "arguments": arguments},
            }
        )
        return self.answer(request_id)


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve_in_thread(create_app(token=TOKEN, seed="demo")) as url:
        yield url


@pytest.fixture(scope="module")
def audit_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("audit") / "new" / "audit.jsonl"


@pytest.fixture(scope="module")
def peer(mock_url: str, audit_path: Path) -> Iterator[StdioPeer]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTARY_")}
    environment.update(CLIENTARY_TOKEN=TOKEN, CLIENTARY_URL=mock_url)
    process = subprocess.Popen(
        [sys.executable, "-m", "clientary.tools.mcp_server", "--audit-log", str(audit_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment,
    )
    peer = StdioPeer(process)
    peer.send(
        {
            "jsonrpc": "2.0",
            "id": 0,
            "method": "initialize",
            "params": {
                "protocolVersion": mcp_types.LATEST_PROTOCOL_VERSION,
                "capabilities": {},
                "clientInfo": {"name": "hostile-test", "version": "1"},
            },
        }
    )
    assert "result" in peer.answer(0)
    peer.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    yield peer
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=10)
    peer.pump.join(timeout=10)
    assert process.stdout is not None
    process.stdout.close()


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def audit_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- 10. deeply nested arguments -----------------------------------------------------------------


@pytest.mark.parametrize("depth", [100, 200, 250, 5_000, 100_000])
def test_deeply_nested_arguments_get_a_json_rpc_error(
    peer: StdioPeer, audit_path: Path, depth: int
) -> None:
    request_id = 1_000 + depth
    arguments = '{"id": ' + nested(depth) + "}"
    line = (
        f'{{"jsonrpc": "2.0", "id": {request_id}, "method": "tools/call", '
        f'"params": {{"name": "get_client", "arguments": {arguments}}}}}'
    )
    peer.send(line.encode())
    answer = peer.answer(request_id)
    assert answer["error"]["code"] == mcp_types.INVALID_PARAMS
    assert "nested" in answer["error"]["message"]
    last = audit_lines(audit_path)[-1]
    assert (last["tool"], last["status"]) == ("get_client", "invalid")
    assert len(json.dumps(last)) < 2_000
    # and the server goes on answering
    assert (
        peer.call(request_id + 1, "get_client", {"id": 1})["result"]["structuredContent"]["id"] == 1
    )


def test_a_deep_notification_is_dropped_and_the_server_goes_on(peer: StdioPeer) -> None:
    peer.send(
        b'{"jsonrpc": "2.0", "method": "notifications/progress", "params": {"x": %s}}'
        % nested(300).encode()
    )
    assert "result" in peer.call(2_000, "list_staff", {})


def test_ordinary_nesting_is_served(peer: StdioPeer) -> None:
    answer = peer.call(2_100, "list_staff", {"limit": 1})
    assert answer["result"]["structuredContent"]["total"] == 3


# -- 11. the audit log ---------------------------------------------------------------------------


def test_the_audit_log_is_created_private(peer: StdioPeer, audit_path: Path) -> None:
    peer.call(3_000, "list_staff", {})
    assert stat.S_IMODE(audit_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(audit_path.parent.stat().st_mode) == 0o700


def test_long_argument_values_are_cut_in_audit_lines(peer: StdioPeer, audit_path: Path) -> None:
    huge = "x" * 5_000_000
    answer = peer.call(3_100, "create_task", {"title": huge, "notes": [huge] * 3})
    assert answer["result"]["isError"] is True  # refused: the server is read-only
    line = audit_path.read_text(encoding="utf-8").splitlines()[-1]
    assert len(line) < 4_000
    assert json.loads(line)["arguments"]["title"].startswith("xxxx")


def test_cutting_keeps_short_values_and_says_what_was_left_out() -> None:
    stream = io.StringIO()
    log = AuditLog(stream)
    arguments = {
        "name": "ACME",
        "note": "n" * 10_000,
        "lines": list(range(1_000)),
        "deep": json.loads(nested(200)),
        **{f"key{n}": n for n in range(200)},
    }
    log.record(
        tool="create_client", arguments=arguments, status="ok", duration_ms=1, error="e" * 9_999
    )
    entry = json.loads(stream.getvalue())
    assert len(stream.getvalue()) < 8_000
    kept = entry["arguments"]
    assert kept["name"] == "ACME"
    assert kept["note"].startswith("nnn")
    assert "10000 characters" in kept["note"]
    assert len(kept["lines"]) < 60
    assert "more" in str(kept["lines"][-1])
    assert len(entry["error"]) < 1_100


def test_an_existing_audit_log_is_appended_to_and_made_private(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    path.write_text('{"earlier": true}\n', encoding="utf-8")
    path.chmod(0o644)
    with mcp_server._audit_stream(str(path)) as stream:
        stream.write("{}\n")
    assert path.read_text(encoding="utf-8") == '{"earlier": true}\n{}\n'
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
