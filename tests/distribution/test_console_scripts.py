"""Every console script of pyproject.toml answers --version, shows its defaults in a plain-text
--help, and, installed without its extra, exits 2 with one line naming it.

The rules read `[project.scripts]`, so a command added later is held to them too.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import clientary
import pytest
from clientary._console import SCRIPTS, ConsoleScript

from .environments import PYPROJECT, Archives, Environment

PROJECT = tomllib.loads(PYPROJECT.read_text())["project"]
DECLARED: dict[str, str] = PROJECT["scripts"]
HELP_WIDTH = 80
# Markup that means the text was written for a renderer, not a terminal.
NOT_PLAIN = re.compile(r"`|\*\*|\x1b\[|%\(|\]\(http")


def launcher(name: str) -> ConsoleScript:
    module, _, attribute = DECLARED[name].partition(":")
    found = getattr(importlib.import_module(module), attribute)
    assert isinstance(found, ConsoleScript), f"{name} does not go through ConsoleScript"
    return found


def run_here(*arguments: str) -> subprocess.CompletedProcess[str]:
    """A console script of this checkout's environment, in a terminal HELP_WIDTH wide."""
    command = Path(sys.executable).parent / arguments[0]
    return subprocess.run(
        [str(command), *arguments[1:]],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "COLUMNS": str(HELP_WIDTH)},
        check=False,
    )


def test_every_script_is_a_console_script_with_a_known_extra() -> None:
    assert DECLARED, "pyproject.toml declares no console scripts"
    assert set(DECLARED) == set(SCRIPTS)
    for name in DECLARED:
        script = launcher(name)
        assert script.name == name
        assert script.extra is None or script.extra in PROJECT["optional-dependencies"]
        module = importlib.import_module(script.target.partition(":")[0])
        assert callable(getattr(module, "build_parser", None)), f"{name}: no build_parser()"


@pytest.mark.parametrize("name", sorted(DECLARED))
def test_version_names_the_command_and_the_release(name: str) -> None:
    result = run_here(name, "--version")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"{name} {clientary.__version__}\n"


def option_blocks(help_text: str) -> dict[str, str]:
    """Each option's entry in --help (first option string -> its lines joined)."""
    options = help_text.split("\noptions:\n", 1)[1]
    blocks: dict[str, str] = {}
    current = ""
    for line in options.splitlines():
        if line.startswith("  -"):
            current = line.split()[0].rstrip(",")
            blocks[current] = line
        elif line.startswith("   ") and current:
            blocks[current] += " " + line.strip()
        else:
            current = ""
    return blocks


@pytest.mark.parametrize("name", sorted(DECLARED))
def test_help_is_plain_text_that_shows_every_default(name: str) -> None:
    result = run_here(name, "--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith(f"usage: {name} ")
    assert "--version" in text
    assert NOT_PLAIN.findall(text) == []
    assert max(len(line) for line in text.splitlines()) <= HELP_WIDTH
    blocks = option_blocks(text)
    module = importlib.import_module(launcher(name).target.partition(":")[0])
    parser: argparse.ArgumentParser = module.build_parser()
    for action in parser._actions:
        default = action.default
        if not action.option_strings or default in (None, False, argparse.SUPPRESS):
            continue
        entry = blocks[action.option_strings[0]]
        assert str(default) in entry, f"{name} {action.option_strings[0]}: default not shown"


def test_the_mock_help_gives_the_defaults_a_first_run_needs() -> None:
    blocks = option_blocks(run_here("clientary-mock", "--help").stdout)
    assert blocks["--port"].endswith("(default: 4010)")
    assert blocks["--token"].endswith("(default: demo)")
    assert blocks["--seed"].endswith("(default: demo)")
    assert blocks["--host"].endswith("(default: 127.0.0.1)")


def assert_names_its_extra(
    result: subprocess.CompletedProcess[str], script: ConsoleScript, archives: Archives
) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        f"{script.name}: needs the '{script.extra}' extra, which is not installed"
    )
    # The command to run, with this installation's own source (the package is on no index).
    assert line.endswith(f"install it with: pip install '{archives.wheel}[{script.extra}]'")


@pytest.mark.parametrize("arguments", [["--version"], ["--help"]])
def test_without_extras_each_script_names_the_one_it_needs(
    bare_environment: Environment, archives: Archives, arguments: list[str]
) -> None:
    for name, script in SCRIPTS.items():
        result = bare_environment.run(name, *arguments, timeout=30)
        if script.extra is None:
            assert result.returncode == 0, result.stderr
        else:
            assert_names_its_extra(result, script, archives)


def test_with_another_extra_only_each_script_still_knows_its_own(
    mcp_environment: Environment, archives: Archives
) -> None:
    """The mcp extra brings Starlette and uvicorn but not PyYAML: the mock still says 'mock'."""
    missing = 0
    for name, script in SCRIPTS.items():
        result = mcp_environment.run(name, "--version", timeout=30)
        if script.extra in (None, "mcp"):
            assert (result.returncode, result.stdout) == (0, f"{name} {clientary.__version__}\n")
        else:
            assert_names_its_extra(result, script, archives)
            missing += 1
    assert missing  # clientary-mock, at least
