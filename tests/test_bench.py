"""scripts/bench keeps running: its quick mode measures every section and exits 0.

Nothing here asserts a time or a ratio (those depend on the machine); the figures are for
people reading the output, and this only keeps the measuring script from rotting.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_mode_measures_every_section() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for line in ("clientary.call()", "concurrency=4", "list requests/s", "s after launch"):
        assert line in result.stdout, result.stdout
