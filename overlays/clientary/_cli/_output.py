"""Where exported rows go, written whole: CSV or JSON lines, to a file or to stdout.

The file is opened when the first record is ready to be written (or at the end, for an export
with no records), so a command refused for its arguments or its token leaves an existing file
alone. Ctrl-C is held back while a record is being written (`WholeRecords`): an interrupted export
leaves a file that ends with the last whole record, never half a row.
"""

import csv
import signal
import sys
from types import FrameType
from typing import IO, TYPE_CHECKING, Any

from .._json_values import dumps
from ._typed import typed_record

if TYPE_CHECKING:
    from ._table import Table

__all__ = ["CsvRecords", "JsonLinesRecords", "Output", "WholeRecords"]


class Output:
    """A file path, or None (or "-") for stdout, opened on first use, always as UTF-8."""

    def __init__(self, path: str | None) -> None:
        self.path = None if path in (None, "-") else path
        self._stream: IO[str] | None = None

    @property
    def name(self) -> str:
        return self.path or "stdout"

    def stream(self) -> IO[str]:
        if self._stream is None:
            # newline="": the CSV writer ends its rows with \r\n itself (RFC 4180), and JSON
            # lines end with \n on every system.
            if self.path is None:
                self._stream = _stdout()
            else:
                self._stream = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        return self._stream

    def close(self) -> None:
        if self._stream is not None:
            stream, self._stream = self._stream, None
            if stream is sys.stdout:
                stream.flush()  # not ours to close
            else:
                stream.close()


def _stdout() -> IO[str]:
    """stdout as UTF-8 text without newline translation, whatever the locale says."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return sys.stdout  # replaced by something without a descriptor (a test's capture)
    return open(descriptor, "w", encoding="utf-8", newline="", closefd=False)


class CsvRecords:
    """Each record as one row (or one row per line item) under a header of the columns."""

    def __init__(self, table: "Table") -> None:
        self._table = table
        self._writer: Any = None

    def write(self, output: Output, record: Any) -> int:
        """Write one record (a generated model); return how many rows that made."""
        rows = self._table.rows(record)
        self._start(output).writerows(rows)
        return len(rows)

    def finish(self, output: Output) -> None:
        self._start(output)  # an export with no records is still a file with its header

    def _start(self, output: Output) -> Any:
        if self._writer is None:
            self._writer = csv.writer(output.stream())
            self._writer.writerow(self._table.header)
        return self._writer


class JsonLinesRecords:
    """Each record whole, nested lists included, as one line of JSON."""

    def __init__(self, schema: str) -> None:
        self._schema = schema

    def write(self, output: Output, record: Any) -> int:
        """Write one record (a generated model), every field of it."""
        output.stream().write(dumps(typed_record(record.to_dict(), self._schema)) + "\n")
        return 1

    def finish(self, output: Output) -> None:
        output.stream()


class WholeRecords:
    """Within this block, Ctrl-C waits until the record being written is whole.

    Ctrl-C anywhere else (waiting for a page, say) interrupts at once, as usual. Signal handlers
    belong to the main thread; elsewhere this does nothing.
    """

    def __init__(self) -> None:
        self._writing = False
        self._pending = False
        self._previous: Any = None

    def __enter__(self) -> "WholeRecords":
        try:
            self._previous = signal.signal(signal.SIGINT, self._interrupted)
        except ValueError:  # not the main thread
            self._previous = None
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def begin(self) -> None:
        self._writing = True

    def end(self) -> None:
        self._writing = False
        if self._pending:
            self._pending = False
            raise KeyboardInterrupt

    def _interrupted(self, signum: int, frame: FrameType | None) -> None:
        if self._writing:
            self._pending = True
            return
        raise KeyboardInterrupt
