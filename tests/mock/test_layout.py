"""The mock's layout: the import rule that keeps the mock and the client apart, as ruff
enforces it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import clientary_mock
import pytest

ROOT = Path(clientary_mock.__file__).parents[2]
RUFF = Path(sys.executable).with_name("ruff")  # the pinned ruff of the dev environment


def banned_imports(path: str, source: str) -> list[str]:
    """The banned-import findings ruff reports for `source` as if it were the file `path`."""
    result = subprocess.run(
        [str(RUFF), "check", "--select", "TID251", "--output-format", "concise",
         "--stdin-filename", path, "-"],
        input=source, capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    return [line for line in result.stdout.splitlines() if "TID251" in line]


@pytest.mark.parametrize(
    ("path", "source", "banned"),
    [
        ("mock/clientary_mock/_probe.py", "import clientary\n", 1),
        ("mock/clientary_mock/_probe.py", "from clientary_client import Client\n", 1),
        ("mock/clientary_mock/_probe.py", "from ._errors import invalid\n", 0),
        ("overlays/clientary/_probe.py", "from clientary_mock import create_app\n", 1),
        ("overlays/clientary/_probe.py", "from ._call import call\n", 0),
        ("tests/probe.py", "import clientary\nimport clientary_mock\n", 0),
        ("scripts/probe.py", "import clientary\nimport clientary_mock\n", 0),
    ],
)
def test_ruff_keeps_the_client_and_the_mock_apart(path: str, source: str, banned: int) -> None:
    assert len(banned_imports(path, source)) == banned
