"""Every lower bound in pyproject.toml is a tested one.

uv's `lowest-direct` resolution installs the source tree with the oldest version of each of
its dependencies that the bounds allow (the dependencies' own dependencies at their newest),
and the README's usage examples, the tools' argument checking and the mock run on them. When a
bound is raised or a new dependency added, this installs the new lowest version; a bound too
low for the code fails here rather than on a user's machine.

The mcp extra is left out: the MCP SDK asks for newer Starlette, uvicorn and jsonschema than
the mock's bounds, and would hide them. Its own bound is what the locked environment runs.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from . import readme_examples
from .environments import PYPROJECT, ROOT, Environment, new_environment
from .readme_examples import README, TESTING_SECTION

EXTRAS = ("mock", "tools", "cli")
BOUND = re.compile(r"^([A-Za-z0-9_.-]+)\s*>=\s*([0-9][^,;\s]*)")

LIST_DISTRIBUTIONS = (
    "import importlib.metadata as m, json, re; "
    "print(json.dumps({re.sub(r'[-_.]+', '-', d.metadata['Name']).lower(): d.version "
    "for d in m.distributions()}))"
)
TOOLS_PROBE = """
import clientary, clientary.tools
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread

with serve_in_thread(create_app(token="demo")) as url:
    with clientary.connect(token="demo", base_url=url) as client:
        assert clientary.tools.invoke("list_staff", {}, client=client)["staff"]
        try:
            clientary.tools.invoke("create_task", {"due_date": "2026-02-30"}, client=client)
        except clientary.tools.ToolArgumentError as error:
            print(sorted(problem.field for problem in error.problems))
"""


CLI_PROBE = """
import io, os
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread
from clientary._cli import main
from clientary._cli._progress import ExportProgress


class Terminal(io.StringIO):
    def isatty(self):
        return True


with serve_in_thread(create_app(token="demo")) as url:
    os.environ.update(CLIENTARY_TOKEN="demo", CLIENTARY_URL=url)
    assert main(["export", "staff", "--quiet", "-o", "staff.csv"]) == 0
    assert main(["call", "list_staff", "--limit", "1"]) == 0
screen = Terminal()
with ExportProgress("staff", "staff.csv", quiet=False, stream=screen) as progress:
    progress.pages_ahead(1)
    progress.record_written(1)
    progress.page_read(1)
print("page 1/1" in screen.getvalue(), len(open("staff.csv").read().splitlines()))
"""


def lower_bounds() -> dict[str, str]:
    """Distribution name (normalised) -> the lowest version the project allows."""
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in EXTRAS:
        requirements += project["optional-dependencies"][extra]
    bounds = {}
    for requirement in requirements:
        match = BOUND.match(requirement)
        assert match, f"{requirement!r} has no lower bound"
        bounds[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return bounds


def normalised(version: str) -> tuple[int, ...]:
    """1.0 and 1.0.0 alike (the bounds are plain release numbers)."""
    parts = [int(part) for part in version.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


@pytest.fixture(scope="module")
def lowest(tmp_path_factory: pytest.TempPathFactory) -> Environment:
    path = tmp_path_factory.mktemp("lowest") / "venv"
    return new_environment(path, f"{ROOT}[{','.join(EXTRAS)}]", lowest=True)


def test_each_dependency_is_installed_at_its_lower_bound(lowest: Environment) -> None:
    listing = lowest.run(lowest.python, "-c", LIST_DISTRIBUTIONS)
    assert listing.returncode == 0, listing.stderr
    installed = json.loads(listing.stdout)
    bounds = lower_bounds()
    assert len(bounds) >= 6
    for name, bound in bounds.items():
        assert normalised(installed[name]) == normalised(bound), (name, installed[name], bound)


def test_the_readme_examples_run_on_the_lowest_versions(lowest: Environment) -> None:
    runner = Path(readme_examples.__file__)
    result = lowest.run(
        lowest.python, "-W", "error", runner, README, "Usage", TESTING_SECTION, timeout=180
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tools_check_arguments_on_the_lowest_versions(lowest: Environment) -> None:
    result = lowest.run(lowest.python, "-W", "error", "-c", TOOLS_PROBE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "['due_date', 'title']"


def test_the_command_line_runs_on_the_lowest_versions(lowest: Environment) -> None:
    """An export and a call, and the progress bar drawn by the oldest rich allowed."""
    result = lowest.run(lowest.python, "-W", "error", "-c", CLI_PROBE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "True 4"
