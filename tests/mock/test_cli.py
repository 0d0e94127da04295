"""`python -m clientary_mock` starts, says where it listens, and serves."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import httpx


def test_cli_serves_on_a_picked_port() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [
        sys.executable,
        "-m",
        "clientary_mock",
        "--port",
        "0",
        "--token",
        "cli-token",
        "--seed",
        "empty",
        "--log-level",
        "info",
    ]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).parent,
    )
    timer = threading.Timer(10, process.kill)
    timer.start()
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.match(r"listening on (http://127\.0\.0\.1:(\d+))$", line.strip())
        assert found, line
        response = httpx.get(
            found.group(1) + "/api/v2/staff?page=1", auth=("cli-token", "cli-token"), timeout=5
        )
        assert response.status_code == 422  # the staff list takes no page parameter
        assert httpx.get(
            found.group(1) + "/api/v2/staff", auth=("cli-token", "cli-token"), timeout=5
        ).json()["staff"]
    finally:
        timer.cancel()
        process.terminate()
        _, errors = process.communicate(timeout=10)
    assert "GET /api/v2/staff 200" in errors
    assert "cli-token" not in errors
    assert "page=1" not in errors
