"""The built archives, and the environments installed from them, shared by these tests."""

from __future__ import annotations

import pytest

from .environments import ROOT, Archives, Environment, new_environment, uv


@pytest.fixture(scope="session")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Archives:
    """The source archive, and the wheel built from it (as `uv build` does by default)."""
    out = tmp_path_factory.mktemp("dist")
    uv("build", "--out-dir", str(out), str(ROOT))
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Archives(wheel=wheel, sdist=sdist)


@pytest.fixture(scope="session")
def bare_environment(archives: Archives, tmp_path_factory: pytest.TempPathFactory) -> Environment:
    """The wheel without any extra."""
    return new_environment(tmp_path_factory.mktemp("bare") / "venv", str(archives.wheel))


@pytest.fixture(scope="session")
def mcp_environment(archives: Archives, tmp_path_factory: pytest.TempPathFactory) -> Environment:
    """The wheel with the mcp extra only (which brings Starlette and uvicorn, not PyYAML)."""
    return new_environment(tmp_path_factory.mktemp("mcp") / "venv", f"{archives.wheel}[mcp]")


@pytest.fixture(scope="session")
def mock_environment(archives: Archives, tmp_path_factory: pytest.TempPathFactory) -> Environment:
    """A user's test environment: the wheel with the mock extra, and pytest."""
    return new_environment(
        tmp_path_factory.mktemp("mock") / "venv", f"{archives.wheel}[mock]", "pytest"
    )
