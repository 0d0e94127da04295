"""scripts/fuzz.py: argument checks, the plan it builds, and its guards against a real account.

The driver runs as a subprocess, as scripts/fuzz runs it. "Real account" tests point it at
the mock served over loopback, where plain http is allowed.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread

from .recording import RecordingApp
from .schema_under_test import REPO, TOKEN

DRIVER = REPO / "scripts" / "fuzz.py"
SECRET = "s3cret-token-value"


def run_driver(*arguments: str, token: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("CLIENTARY_TOKEN", "CLIENTARY_URL")
    }
    if token is not None:
        environment["CLIENTARY_TOKEN"] = token
    return subprocess.run(
        [sys.executable, str(DRIVER), *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_the_mock_plan_runs_every_operation_with_every_check() -> None:
    result = run_driver("--plan")

    assert result.returncode == 0, result.stderr
    assert "the bundled mock" in result.stdout
    for restriction in ("--exclude", "--include", "--rate-limit"):
        assert restriction not in result.stdout


def test_the_mock_speaks_the_dialect_asked_for() -> None:
    assert "docs dialect" in run_driver("--plan").stdout
    rails = run_driver("--dialect", "rails", "--plan")
    assert rails.returncode == 0, rails.stderr
    assert "rails dialect" in rails.stdout


def test_a_real_account_is_read_only_without_allow_writes() -> None:
    result = run_driver("--url", "https://acme.clientary.com", "--plan", token=SECRET)

    assert result.returncode == 0, result.stderr
    assert "read-only" in result.stdout
    assert "--exclude-method-regex '^(?!(GET|HEAD|OPTIONS|TRACE)$)'" in result.stdout
    assert "--exclude-checks negative_data_rejection" in result.stdout
    assert SECRET not in result.stdout + result.stderr


def test_allow_writes_lifts_only_the_method_filter() -> None:
    result = run_driver(
        "--url", "https://acme.clientary.com", "--allow-writes", "--plan", token=SECRET
    )

    assert result.returncode == 0, result.stderr
    assert "--exclude-method-regex" not in result.stdout
    assert "--exclude-checks negative_data_rejection" in result.stdout


def test_a_token_given_on_the_command_line_stays_off_the_schemathesis_command() -> None:
    result = run_driver("--url", "https://acme.clientary.com", "--token", SECRET, "--plan")

    assert result.returncode == 0, result.stderr
    assert SECRET not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--url", "http://acme.clientary.com"], "must use https"),
        (["--url", "https://acme.clientary.com/api/v2"], "origin only"),
        (["--url", f"https://{SECRET}:x@acme.clientary.com"], "must not carry credentials"),
        (["--url", "acme.clientary.com"], "must look like https://"),
        (["--allow-writes"], "add --url"),
        (["--token", SECRET], "add --url"),
        (["--url", "https://acme.clientary.com", "--dialect", "rails"], "bundled mock"),
    ],
)
def test_bad_arguments_stop_before_anything_is_sent(arguments: list[str], message: str) -> None:
    result = run_driver(*arguments, "--plan", token=SECRET)

    assert result.returncode == 2
    assert message in result.stderr
    assert SECRET not in result.stdout + result.stderr


def test_a_real_account_needs_a_token() -> None:
    result = run_driver("--url", "https://acme.clientary.com", "--plan")

    assert result.returncode == 2
    assert "no API token" in result.stderr


def test_a_refused_token_fails_before_fuzzing() -> None:
    app = RecordingApp(create_app(token=TOKEN, seed="demo"))
    with serve_in_thread(app) as base_url:
        result = run_driver("--url", base_url, token=SECRET)

    assert result.returncode == 2
    assert "refused the API token" in result.stderr
    assert "401" in result.stderr
    assert SECRET not in result.stdout + result.stderr
    # Only the preflight request reached the server: schemathesis never started.
    assert [(e.method, e.path, e.status) for e in app.exchanges] == [("GET", "/api/v2/staff", 401)]


def test_read_only_mode_sends_no_write_method(tmp_path: Path) -> None:
    app = RecordingApp(create_app(token=TOKEN, seed="demo", today=datetime.date(2025, 6, 15)))
    with serve_in_thread(app) as base_url:
        # The coverage phase is the one that probes undeclared methods (DELETE, PATCH, ...).
        result = run_driver(
            "--url",
            base_url,
            "--report-dir",
            str(tmp_path),
            "--",
            "--phases",
            "coverage",
            token=TOKEN,
        )

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert app.methods() <= {"GET", "HEAD", "OPTIONS", "TRACE"}
    # Safe probes still went out, so the filter is what kept the other methods away.
    assert {"GET", "OPTIONS", "TRACE"} <= app.methods()
    assert len({e.path for e in app.exchanges}) > 30
