"""What an export says while it runs: a progress bar on a terminal, one line otherwise.

On a terminal (stderr) the bar shows the records written, the pages read out of those known,
the rate and the time left (rich draws it). Anywhere else, such as a log file or a CI job, one
summary line is written at the end, since a bar redrawn in place makes no sense there. `--quiet`
silences both. Nothing here ever sees the token: only counts, the resource and the file name.
"""

import sys
import time
from typing import IO, Any

__all__ = ["ExportProgress"]


class ExportProgress:
    """Counts the pages read and the records written, and shows them as told."""

    def __init__(
        self, resource: str, target: str, *, quiet: bool, stream: IO[str] | None = None
    ) -> None:
        self.records = 0
        self.rows = 0
        self.pages = 0
        self.pages_known = 0
        self._resource = resource
        self._target = target
        self._stream = stream if stream is not None else sys.stderr
        self._quiet = quiet
        self._started = time.perf_counter()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> "ExportProgress":
        if not self._quiet and _is_terminal(self._stream):
            self._bar, self._task = _start_bar(self._stream, f"{self._resource}")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=self.pages, records=self.records)
            self._bar.stop()

    # The reading side (see _reading.Progress).

    def pages_ahead(self, pages: int) -> None:
        self.pages_known += pages
        if self._bar is not None:
            self._bar.update(self._task, total=self.pages_known)

    def page_read(self, records: int) -> None:
        self.pages += 1
        if self._bar is not None:
            self._bar.update(self._task, completed=self.pages, records=self.records)

    # The writing side.

    def record_written(self, rows: int) -> None:
        self.records += 1
        self.rows += rows

    def finished(self, outcome: str = "") -> None:
        """Write the one-line summary, unless quiet or a bar has shown it all already;
        `outcome` says how the export ended when it did not simply finish."""
        if self._quiet or (self._bar is not None and not outcome):
            return
        seconds = time.perf_counter() - self._started
        rows = f" ({self.rows:,} rows)" if self.rows != self.records else ""
        pages = "page" if self.pages == 1 else "pages"
        line = (
            f"clientary export {self._resource}: {self.records:,} records{rows} "
            f"from {self.pages:,} {pages} in {seconds:.1f} s, to {self._target}"
        )
        print(f"{line}{outcome}", file=self._stream, flush=True)


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _start_bar(stream: IO[str], description: str) -> tuple[Any, Any]:
    # rich is imported here: only a terminal needs it, and it takes a while to import.
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Pages(ProgressColumn):
        """Pages read of those known (the bar moves by pages: each is one request)."""

        def render(self, task: Task) -> Text:
            known = "?" if task.total is None else f"{task.total:,.0f}"
            return Text(f"page {task.completed:,.0f}/{known}")

    class RecordRate(ProgressColumn):
        """Records per second since the start."""

        def render(self, task: Task) -> Text:
            elapsed = task.elapsed or 0.0
            records = int(task.fields.get("records", 0))
            return Text(f"{records / elapsed:,.0f} records/s" if elapsed > 0 else "")

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[records]:,} records"),
        Pages(),
        RecordRate(),
        TimeRemainingColumn(),
        console=Console(file=stream),
    )
    task = bar.add_task(description, total=None, records=0)
    bar.start()
    return bar, task
