"""The pipeline's figures: how long generating the client takes, and how fast the fuzzer goes.

`scripts/generate --check` is timed rather than `scripts/generate`: it does the same work (the
generator and ruff, into a temporary folder) and compares instead of writing, so measuring it
never touches the checkout. The fuzz run is `scripts/fuzz` against its own mock, reported into
a temporary folder; its cases are counted from the NDJSON events schemathesis writes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_report import NO_TARGET, Row, median, progress

SCRIPTS = Path(__file__).resolve().parent
# What schemathesis.toml sizes a full run for ("one to three minutes on two cores").
FUZZ_LIMIT_S = 180.0


@dataclass(frozen=True)
class PipelineSizes:
    generate_runs: int
    fuzz_arguments: tuple[str, ...]  # after `--`, for `st run`; none for the full run


@dataclass(frozen=True)
class FuzzRun:
    wall: float
    fuzzing: float  # the engine's own running time, without start-up
    cases: int
    status: int


def pipeline_rows(sizes: PipelineSizes) -> list[Row]:
    return [generate_row(sizes.generate_runs), fuzz_row(sizes.fuzz_arguments)]


def generate_row(runs: int) -> Row:
    progress(f"scripts/generate --check: {runs} runs")
    timings = [timed_generate_check() for _ in range(runs)]
    seconds = median(wall for wall, _ in timings)
    outcome = "" if all(status == 0 for _, status in timings) else ", generated/ out of date"
    return Row(
        "pipeline: `scripts/generate --check` wall time", f"{seconds:.1f} s{outcome}", NO_TARGET
    )


def timed_generate_check() -> tuple[float, int]:
    started = time.perf_counter()
    status = subprocess.call(
        [sys.executable, str(SCRIPTS / "generate.py"), "--check"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started, status


def fuzz_row(arguments: tuple[str, ...]) -> Row:
    what = "every operation and phase" if not arguments else " ".join(arguments)
    progress(f"scripts/fuzz: {what}")
    run = timed_fuzz(arguments)
    failures = "" if run.status == 0 else f", exit status {run.status}"
    return Row(
        f"pipeline: `scripts/fuzz` ({what})",
        f"{run.cases:,} cases, {run.cases / run.fuzzing:,.0f} cases/s; {run.wall:.0f} s in all"
        f"{failures}",
        f"full run <= {FUZZ_LIMIT_S / 60:g} min",
        run.wall <= FUZZ_LIMIT_S,
    )


def timed_fuzz(arguments: tuple[str, ...]) -> FuzzRun:
    with tempfile.TemporaryDirectory(prefix="bench-fuzz-") as reports:
        command = [sys.executable, str(SCRIPTS / "fuzz.py"), "--report-dir", reports]
        if arguments:
            command += ["--", *arguments]
        started = time.perf_counter()
        status = subprocess.call(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wall = time.perf_counter() - started
        cases, fuzzing = count_cases(Path(reports) / "events.ndjson")
    return FuzzRun(wall=wall, fuzzing=fuzzing or wall, cases=cases, status=status)


def count_cases(events: Path) -> tuple[int, float]:
    """Test cases run, and the engine's running time, from schemathesis's NDJSON events."""
    cases, running = 0, 0.0
    with events.open(encoding="utf-8") as lines:
        for line in lines:
            event = json.loads(line)
            if "ScenarioFinished" in event:
                cases += len(event["ScenarioFinished"]["recorder"].get("cases", {}))
            elif "EngineFinished" in event:
                running = float(event["EngineFinished"]["running_time"])
    return cases, running
