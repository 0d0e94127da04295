"""The mock's layout: middlewares in `_middleware/`, one to a module; one `Json` alias; and the
import rule that keeps the mock and the client apart, as ruff enforces it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import clientary_mock
import pytest

PACKAGE = Path(clientary_mock.__file__).parent
ROOT = PACKAGE.parents[1]
RUFF = Path(sys.executable).with_name("ruff")  # the pinned ruff of the dev environment
# What the middlewares share without being middlewares themselves.
HELPERS = {"__init__.py", "held_response.py", "send_watch.py"}


def middleware_classes(path: Path) -> list[str]:
    """Classes built around an ASGI app (`__init__(self, app, ...)`) and called like one."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.ClassDef):
            continue
        methods = {item.name: item for item in node.body if isinstance(item, ast.FunctionDef)}
        calls = [item for item in node.body if isinstance(item, ast.AsyncFunctionDef)]
        init = methods.get("__init__")
        wraps_an_app = init is not None and [a.arg for a in init.args.args[1:2]] == ["app"]
        if wraps_an_app and any(call.name == "__call__" for call in calls):
            found.append(node.name)
    return found


def test_every_middleware_has_a_module_of_its_own_in_middleware() -> None:
    placed = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        classes = middleware_classes(path)
        inside = path.parent == PACKAGE / "_middleware"
        assert inside or classes == [], f"{path.name} holds {classes}, outside _middleware/"
        if inside and path.name not in HELPERS:
            assert len(classes) == 1, f"{path.name} holds {classes}"
            placed[path.name] = classes[0]
    assert len(placed) >= 8, placed  # the eight the app stacks


def test_json_is_defined_once() -> None:
    homes = [
        path.name
        for path in PACKAGE.rglob("*.py")
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Name) and target.id == "Json" for target in node.targets)
    ]
    assert homes == ["_json.py"]


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
