"""scripts/demo, the README's main command, walks through its day against the mock and exits 0."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_runs_its_day() -> None:
    """Every step of the demo behaves (it exits non-zero otherwise) and the cascade is shown."""
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "demo")],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
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
