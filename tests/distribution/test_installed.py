"""The wheel installed as a user would: with the mock extra and pytest, nothing else.

In that environment the README's examples run, `clientary-mock` serves, and a test file that
asks for the `clientary_mock` fixture passes under pytest with no other set-up.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import clientary.tools
import httpx

from . import readme_examples
from .environments import Archives, Environment
from .readme_examples import README, TESTING_SECTION


def test_the_packages_import_from_the_environment_not_the_checkout(
    mock_environment: Environment,
) -> None:
    probe = (
        "import clientary, clientary_client, clientary_mock; "
        "from clientary_client.api.clients import list_clients; "
        "print(clientary.__file__, list_clients.__file__, clientary_mock.__file__)"
    )
    result = mock_environment.run(mock_environment.python, "-I", "-c", probe)
    assert result.returncode == 0, result.stderr
    paths = result.stdout.split()
    assert len(paths) == 3
    assert all(path.startswith(str(mock_environment.path)) for path in paths)


def test_the_readme_examples_run_there(mock_environment: Environment) -> None:
    """The Usage examples, and the sync and async ways of testing against the mock."""
    runner = Path(readme_examples.__file__)
    result = mock_environment.run(
        mock_environment.python, runner, README, "Usage", TESTING_SECTION, timeout=180
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ran the 'Usage' examples" in result.stdout
    assert f"ran the {TESTING_SECTION!r} examples" in result.stdout


def test_the_readme_pytest_example_passes_with_the_fixture_alone(
    mock_environment: Environment, tmp_path: Path
) -> None:
    (name, source), *_ = readme_examples.pytest_files(README, TESTING_SECTION).items()
    (tmp_path / name).write_text(source, encoding="utf-8")
    result = mock_environment.run(
        mock_environment.python, "-m", "pytest", "-p", "no:cacheprovider", name, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert re.search(r"\b3 passed\b", summary), result.stdout


def test_clientary_mock_serves_from_there(mock_environment: Environment) -> None:
    command = [str(mock_environment.command("clientary-mock")), "--port", "0", "--seed", "empty"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        try:
            assert process.stdout is not None
            found = re.match(r"listening on (http://\S+)", process.stdout.readline())
            assert found, "clientary-mock did not say where it listens"
            staff = httpx.get(f"{found.group(1)}/api/v2/staff", auth=("demo", "demo"), timeout=10)
            assert staff.status_code == 200
            assert staff.json()["staff"]
        finally:
            process.terminate()


def test_the_tools_and_their_mcp_server_load_with_the_mcp_extra(
    mcp_environment: Environment,
) -> None:
    probe = (
        "import clientary.tools, clientary.tools.mcp_server; "
        "print(len(clientary.tools.definitions('mcp')))"
    )
    result = mcp_environment.run(mcp_environment.python, "-I", "-c", probe)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(clientary.tools.definitions("mcp"))


def test_without_the_tools_extra_invoke_names_it_and_sends_nothing(
    bare_environment: Environment, archives: Archives
) -> None:
    probe = (
        "import clientary, clientary.tools\n"
        "client = clientary.connect(token='t', base_url='http://127.0.0.1:9')\n"
        "try:\n"
        "    clientary.tools.invoke('list_staff', {}, client=client)\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = bare_environment.run(bare_environment.python, "-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("clientary.tools needs the 'tools' extra")
    assert result.stdout.rstrip().endswith(f"pip install '{archives.wheel}[tools]'")
