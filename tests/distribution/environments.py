"""Virtual environments made with uv, for checking the distribution as a user installs it.

Each holds only what it is given (the wheel with some extras, or the source tree at the
lowest versions its bounds allow), so nothing of this checkout's own `.venv` leaks in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UV = ROOT / ".tools" / "bin" / "uv"
PYPROJECT = ROOT / "pyproject.toml"


@dataclass(frozen=True)
class Archives:
    """What `uv build` made: the wheel, and the source archive it was built from."""

    wheel: Path
    sdist: Path


@dataclass(frozen=True)
class Environment:
    """One virtual environment."""

    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def command(self, name: str) -> Path:
        return self.path / "bin" / name

    def run(
        self, *arguments: str | Path, cwd: Path | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Run a command of this environment, as a user would (its bin/ first on PATH)."""
        return subprocess.run(
            [str(argument) for argument in arguments],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            cwd=cwd or self.path,
            env=user_environment(self.path),
            check=False,
        )

    def install(self, *requirements: str, lowest: bool = False) -> None:
        options = ["--resolution", "lowest-direct"] if lowest else []
        # Compiled once here rather than on every command the tests run (this machine sets
        # PYTHONDONTWRITEBYTECODE, so nothing would be cached otherwise).
        options.append("--compile-bytecode")
        uv("pip", "install", "--python", str(self.python), *options, *requirements)


def user_environment(venv: Path) -> dict[str, str]:
    """This process's environment as a shell in `venv` would have it, minus our own venv."""
    ours = str(Path(sys.executable).parent)
    path = [entry for entry in os.environ.get("PATH", "").split(os.pathsep) if entry != ours]
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    }
    environment["PATH"] = os.pathsep.join([str(venv / "bin"), *path])
    environment["VIRTUAL_ENV"] = str(venv)
    return environment


def uv(*arguments: str) -> None:
    """Run uv quietly, away from this checkout (whose [tool.uv] settings are not a user's)."""
    subprocess.run(
        [str(UV), "--quiet", *arguments],
        check=True,
        stdin=subprocess.DEVNULL,
        cwd=Path(os.sep),
        env={**os.environ, "UV_PYTHON_DOWNLOADS": "never"},
    )


def new_environment(path: Path, *requirements: str, lowest: bool = False) -> Environment:
    """A fresh virtual environment at `path` holding `requirements` and what they need."""
    uv("venv", "--python", sys.executable, str(path))
    environment = Environment(path)
    if requirements:
        environment.install(*requirements, lowest=lowest)
    return environment
