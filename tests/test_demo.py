"""scripts/demo, the README's main command, walks through its day against the mock and exits 0.

It needs Python only: node, npm and npx are shadowed by stand-ins that fail and leave a note,
so a demo (or the bootstrap it runs) that reached for any of them would fail here.
"""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE_TOOLS = ("node", "npm", "npx")


def test_demo_runs_its_day_with_python_only(tmp_path: Path) -> None:
    """Every step of the demo behaves (it exits non-zero otherwise) and the cascade is shown."""
    shadows = tmp_path / "bin"
    shadows.mkdir()
    called = tmp_path / "called"
    for tool in NODE_TOOLS:
        stand_in = shadows / tool
        stand_in.write_text(f'#!/bin/sh\necho {tool} >> "{called}"\nexit 127\n')
        stand_in.chmod(0o755)
    environment = {**os.environ, "PATH": f"{shadows}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "demo")],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env=environment,
    )
    assert not called.exists(), f"the demo ran {called.read_text().split()}"
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for step in (
        "created client #",
        "added contact",
        "logged 2 time entries",
        "created invoice #",
        "corrected the lines in one PUT",
        "e-mailed it to",
        "recorded a payment",
        "paged through every invoice",
        "same order: True",
        "project: 404 not found",
        "invoices: 404 not found",
    ):
        assert step in out, f"missing step {step!r} in:\n{out}"
    assert out.rstrip().endswith("done")
