"""`clientary`: export a Clientary account's records, or call one of its operations, from a shell.

    clientary export invoices --since 2026-07-01 --until 2026-09-30 -o invoices-q3.csv
    clientary call get_invoice --id 110

Its dependencies (click for the arguments, rich for the progress bar, jsonschema for checking
`call`'s arguments) come with the `cli` extra: `pip install 'clientary[cli]'`. Without them the
command says so in one line and exits with status 2.
"""

import sys
from collections.abc import Sequence
from importlib.util import find_spec

__all__ = ["main"]

# The cli extra, by the names they are imported by.
EXTRA = ("click", "rich", "jsonschema")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit status."""
    missing = [name for name in EXTRA if find_spec(name) is None]
    if missing:
        print(
            f"clientary: the command line needs {', '.join(missing)}: pip install 'clientary[cli]'",
            file=sys.stderr,
        )
        return 2
    from ._commands import run

    return run(argv)
