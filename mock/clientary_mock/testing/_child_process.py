"""The mock Clientary as a child process on a free loopback port.

`python -m clientary_mock --port 0` prints `listening on URL` once its socket accepts
connections; the URL is read from there. Its output goes on being copied to a log file (or
dropped) so that a chatty mock never blocks on a full pipe. The scripts (demo, fuzz, bench) and
the tests start the mock this way when they need it in a process of its own.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["LISTENING", "MockDidNotStart", "MockProcess", "running_mock"]

# The line the mock prints once it accepts connections (see `clientary_mock.cli`).
LISTENING = re.compile(r"listening on (http://\S+)")
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0


class MockDidNotStart(RuntimeError):
    """The mock exited, or said nothing, before listening."""


class MockProcess:
    """One mock process: seed "demo" unless `options` choose another, log to `log_path`."""

    def __init__(self, token: str, *options: str, log_path: Path | None = None) -> None:
        self._command = [sys.executable, "-m", "clientary_mock", "--host", "127.0.0.1"]
        # `--token=VALUE` in one word: a random token may begin with "-", which argparse would
        # otherwise read as the next option.
        self._command += ["--port", "0", f"--token={token}", *options]
        self._log_path = log_path
        self._process: subprocess.Popen[str] | None = None
        self._pump: threading.Thread | None = None

    def start(self) -> str:
        """Start the mock and return its base URL once it listens."""
        if self._log_path is not None:
            self._log_path.parent.mkdir(parents=True, exist_ok=True)
        self._process = subprocess.Popen(
            self._command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )
        lines: queue.Queue[str | None] = queue.Queue()
        assert self._process.stdout is not None
        self._pump = threading.Thread(
            target=_copy_lines, args=(self._process.stdout, self._log_path, lines), daemon=True
        )
        self._pump.start()
        seen: list[str] = []
        while True:
            try:
                line = lines.get(timeout=START_TIMEOUT_S)
            except queue.Empty:
                self.stop()
                raise MockDidNotStart(
                    f"the mock did not report 'listening on' within {START_TIMEOUT_S:.0f} s"
                ) from None
            if line is None:
                tail = "".join(seen[-20:]).rstrip()
                self.stop()
                raise MockDidNotStart(f"the mock exited before listening:\n{tail}")
            seen.append(line)
            match = LISTENING.search(line)
            if match:
                return match.group(1).rstrip("/")

    def stop(self) -> None:
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._pump is not None:
            self._pump.join(timeout=STOP_TIMEOUT_S)
        if process.stdout is not None:
            process.stdout.close()
        self._process = None


def _copy_lines(source: IO[str], log_path: Path | None, lines: queue.Queue[str | None]) -> None:
    """Copy the mock's output to its log, handing each line over for the readiness check."""
    with open(log_path or os.devnull, "w", encoding="utf-8") as log:
        for line in source:
            log.write(line)
            log.flush()
            lines.put(line)
    lines.put(None)


@contextmanager
def running_mock(token: str, *options: str, log_path: Path | None = None) -> Iterator[str]:
    """Yield the base URL of a running mock; stop it when the block ends, however it ends."""
    mock = MockProcess(token, "--log-level", "warning", *options, log_path=log_path)
    try:
        yield mock.start()
    finally:
        mock.stop()
