"""scripts/bench keeps working: its quick mode measures every figure and prints every row.

Nothing here asserts a time or a ratio (those depend on the machine and its load); the figures
are for people reading the table, and this only keeps the measuring script from rotting.
"""

import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The start of each row's figure, and how many rows start that way.
EXPECTED_ROWS = {
    "call overhead: httpx GET + json.loads": 1,
    "call overhead: generated `list_invoices.sync()`": 1,
    "call overhead: `clientary.call(list_invoices)`": 1,
    "call overhead: of which generated `InvoiceList.from_dict()`": 1,
    "paginate: sequential": 1,
    "paginate: `concurrency=4`": 1,
    "paginate: `concurrency=8`, speed-up": 1,
    "paginate: `concurrency=8`, against the latency floor": 1,
    "paginate memory:": 2,
    "export: 300 invoices to CSV, `--concurrency 1`": 1,
    "export: 300 invoices to CSV, `--concurrency 8`, speed-up": 1,
    "export memory:": 1,
    "export: the hours of 4 projects, `--concurrency 1`": 1,
    "export: the hours of 4 projects, `--concurrency 8`, speed-up": 1,
    "start-up: `import clientary` + `connect()`": 1,
    "start-up: `clientary --help`": 1,
    "mock throughput: GET one invoice": 1,
    "mock throughput: GET a 30-invoice page": 1,
    "mock start-up": 1,
    "pipeline: `scripts/generate --check`": 1,
    "pipeline: `scripts/fuzz`": 1,
}


def table_rows(output: str) -> list[list[str]]:
    """The cells of each body row of the markdown table in `output`."""
    lines = [line for line in output.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[1:]]


def test_bench_quick_mode_prints_every_row() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = table_rows(result.stdout)
    assert all(len(cells) == 4 for cells in rows), result.stdout
    assert all(cells[3] in ("yes", "no", "-") for cells in rows), result.stdout
    starts = Counter(
        next((start for start in EXPECTED_ROWS if cells[0].startswith(start)), cells[0])
        for cells in rows
    )
    assert starts == Counter(EXPECTED_ROWS), result.stdout
    assert "Measured on " in result.stdout
