"""`clientary`: export a Clientary account's records, or call one of its operations, from a shell.

    clientary export invoices --since 2026-07-01 --until 2026-09-30 -o invoices-q3.csv
    clientary call get_invoice --id 110

It needs the `cli` extra: rich draws the export's progress bar, jsonschema checks `call`'s
arguments. Both are looked for as this module loads, so that a missing one fails here, where
the console-script launcher (`clientary._console`) turns it into one line naming the extra,
whatever the command; neither is imported until a command uses it, which keeps `--help` quick.
"""

import sys
from collections.abc import Sequence
from importlib.machinery import PathFinder

from ._commands import build_parser

__all__ = ["EXTRA", "build_parser", "main"]

# The cli extra, by the names its packages are imported by.
EXTRA = ("rich", "jsonschema")


def _installed(package: str) -> bool:
    # What importlib.util.find_spec() says of a top-level package, without importing
    # importlib.util (and contextlib with it), which took a tenth of `clientary --help`.
    if package in sys.modules:
        return sys.modules[package] is not None  # None: blocked, as if not installed
    return PathFinder.find_spec(package) is not None


for _package in EXTRA:
    if not _installed(_package):
        raise ModuleNotFoundError(f"No module named {_package!r}", name=_package)
del _package


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (the process's arguments when `argv` is None); the exit status."""
    from ._commands import run

    return run(argv)
