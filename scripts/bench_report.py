"""The rows of scripts/bench's table, how they are printed, and the machine they were measured on."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

NO_TARGET = "no target"
REFERENCE = "(reference)"


@dataclass(frozen=True)
class Row:
    """One figure: what was measured, the value, the target it is held to, and whether it is met."""

    figure: str
    measured: str
    target: str = REFERENCE
    met: bool | None = None

    @property
    def verdict(self) -> str:
        if self.met is None:
            return "-"
        return "yes" if self.met else "no"


def progress(message: str) -> None:
    """What is being measured now, on stderr: stdout carries only the table."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def markdown_table(rows: Sequence[Row]) -> str:
    lines = ["| figure | measured | target | met |", "|---|---|---|---|"]
    lines += [f"| {r.figure} | {r.measured} | {r.target} | {r.verdict} |" for r in rows]
    return "\n".join(lines)


def machine() -> str:
    """CPU model, cores, Python version and date: what a reader needs to weigh the figures."""
    cores = os.cpu_count() or 0
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{cpu_model()}, {cores} cores, {platform.system()}, {python}, {dt.date.today()}"


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or platform.machine() or "unknown CPU"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} us"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.0f} ms"
