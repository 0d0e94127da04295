"""The distribution's console scripts, each started only when its extra is installed.

`[project.scripts]` in pyproject.toml points every command here rather than at the module that
does the work: that module imports what its extra brings (uvicorn, mcp, ...) as it loads, so a
missing one would end in a traceback before any of its own code could explain it. A
`ConsoleScript` imports the module itself and turns a missing dependency into one line on
stderr naming the extra, with exit status 2, whichever of the imports failed.

This module imports nothing beyond the standard library, so that it always loads, and only what
starting a command needs: it is loaded by every run, `--help` included, before anything else.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

__all__ = ["EXIT_MISSING_EXTRA", "SCRIPTS", "ConsoleScript", "install_hint", "missing_extra"]

DISTRIBUTION = "clientary"
# The status argparse uses for a usage error: the command cannot run as installed.
EXIT_MISSING_EXTRA = 2
# The packages of this distribution: one of them failing to import is a broken installation,
# not a missing extra, and is left to raise.
OWN_PACKAGES = frozenset({"clientary", "clientary_client", "clientary_mock"})


class ConsoleScript:
    """A command of `[project.scripts]`: `target` ("module:function") needs the `extra`.

    A plain class rather than a dataclass: importing dataclasses (and the inspect module it
    loads) took longer than the rest of starting `clientary --help`.
    """

    __slots__ = ("extra", "name", "target")

    def __init__(self, name: str, extra: str | None, target: str) -> None:
        self.name = name
        self.extra = extra
        self.target = target

    def __repr__(self) -> str:
        return f"ConsoleScript({self.name!r}, {self.extra!r}, {self.target!r})"

    def __call__(self) -> int:
        main = self.load()
        if main is None:
            return EXIT_MISSING_EXTRA
        return main()

    def load(self) -> Callable[[], int] | None:
        """The target function; None (after saying why on stderr) when the extra is missing."""
        module_name, _, function_name = self.target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:
            if self.extra is None or not missing_extra(error):
                raise
            print(f"{self.name}: {install_hint(self.extra, error)}", file=sys.stderr)
            return None
        main: Callable[[], int] = getattr(module, function_name)
        return main


def missing_extra(error: ImportError) -> bool:
    """Whether `error` is about a third-party module (one an extra brings), not one of ours."""
    name = error.name or ""
    return name.partition(".")[0] not in OWN_PACKAGES


def install_hint(extra: str, error: ImportError | None = None) -> str:
    """One line: which extra is missing, and the command that installs it."""
    cause = f" ({error})" if error is not None else ""
    return (
        f"needs the '{extra}' extra, which is not installed{cause}; "
        f"install it with: pip install '{install_source()}[{extra}]'"
    )


def install_source() -> str:
    """Where this installation came from: a path for a clone or a wheel, else the name.

    The package is not on an index yet, so `pip install 'clientary[mock]'` would find nothing;
    pip and uv record a local source in direct_url.json (PEP 610), which gives the right path.
    """
    # Imported here, only when an extra is missing: importlib.metadata alone takes longer to
    # import than argparse and the whole of `clientary --help`.
    import json
    from importlib import metadata
    from urllib.parse import unquote, urlsplit

    try:
        recorded = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        recorded = None
    if recorded:
        url = urlsplit(str(json.loads(recorded).get("url", "")))
        if url.scheme == "file" and url.path:
            return unquote(url.path)
    return DISTRIBUTION


clientary = ConsoleScript("clientary", "cli", "clientary._cli:main")
clientary_mock = ConsoleScript("clientary-mock", "mock", "clientary_mock.cli:main")
clientary_mcp = ConsoleScript("clientary-mcp", "mcp", "clientary.tools.mcp_server:main")

# Every console script, by command name (the tests check that pyproject.toml lists these).
SCRIPTS = {script.name: script for script in (clientary, clientary_mock, clientary_mcp)}
