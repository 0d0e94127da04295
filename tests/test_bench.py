"""scripts/bench keeps working: its quick mode measures every figure and prints every row.

Nothing here asserts a time or a ratio (those depend on the machine and its load); the figures
are for people reading the table, and this only keeps the measuring script from rotting. The
quick mode leaves out the pipeline rows (scripts/test runs generate --check and the fuzz as
steps of its own), so this takes a few seconds.
"""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from clientary_mock._middleware.response_check import (
    ENVIRONMENT_VARIABLE as RESPONSE_CHECK_VARIABLE,
)

ROOT = Path(__file__).resolve().parents[1]

# The start of each row's figure, and how many rows start that way.
EXPECTED_ROWS = {
    "call overhead: httpx GET + json.loads": 1,
    "call overhead: generated `list_invoices.sync()`": 1,
    "call overhead: `clientary.call(list_invoices)`": 1,
    "call overhead: of which generated `InvoiceList.from_dict()`": 1,
    "resource interface: `clientary.call(get_invoice)`": 1,
    "resource interface: `api.invoices.get(id)`": 1,
    "resource interface: first page of `paginate(list_invoices).pages()`": 1,
    "resource interface: first page of `api.invoices.list().pages()`": 1,
    "paginate: sequential": 1,
    "paginate: `concurrency=4`": 1,
    "paginate: `concurrency=8`, speed-up": 1,
    "paginate: `concurrency=8`, against the latency floor": 1,
    "paginate memory:": 2,
    "export: 90 invoices to CSV, `--concurrency 1`": 1,
    "export: 90 invoices to CSV, `--concurrency 8`, speed-up": 1,
    "export memory:": 1,
    "export: the hours of 3 projects, `--concurrency 1`": 1,
    "export: the hours of 3 projects, `--concurrency 8`, speed-up": 1,
    "start-up: `import clientary` + `connect()`": 1,
    "start-up: `clientary --help`": 1,
    "mock throughput: GET one invoice": 1,
    "mock throughput: GET a 30-invoice page": 1,
    "mock start-up": 1,
    "mock read cache:": 2,
}
# Only in a full run.
PIPELINE_ROWS = ("pipeline: `scripts/generate --check`", "pipeline: `scripts/fuzz`")


def table_rows(output: str) -> list[list[str]]:
    """The cells of each body row of the markdown table in `output`."""
    lines = [line for line in output.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[1:]]


def test_bench_quick_mode_prints_every_row() -> None:
    # The one mock of this suite not in strict mode: checking each 30-invoice page against the
    # spec takes about 70 ms, which made this the slowest test of the suite while checking
    # nothing the contract tests do not check on the same mock. The benchmark measures speed.
    environment = {k: v for k, v in os.environ.items() if k != RESPONSE_CHECK_VARIABLE}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env=environment,
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
    assert "pipeline rows (scripts/generate --check, scripts/fuzz) are left out" in result.stdout


def test_a_full_run_keeps_the_pipeline_rows() -> None:
    """Left out of the quick run only: the full run still measures them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench
        import bench_pipeline
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert bench.FULL.pipeline is not None
    assert bench.QUICK.pipeline is None
    source = Path(bench_pipeline.__file__).read_text()
    for row in PIPELINE_ROWS:
        assert row.split(": ", 1)[1] in source
