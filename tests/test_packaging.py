"""The distribution builds into one wheel whose packages import from a clean environment."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UV = ROOT / ".tools" / "bin" / "uv"

# Each shipped package, with a file that proves it arrived whole.
SHIPPED = {
    "clientary_client": "clientary_client/py.typed",
    "clientary": "clientary/py.typed",
    "clientary_mock": "clientary_mock/py.typed",
}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [str(UV), "build", "--wheel", "--quiet", "--out-dir", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("*.whl")
    return built


def test_wheel_ships_every_package(wheel: Path) -> None:
    """The wheel holds each package with its py.typed marker, and nothing from tests/ or scripts/."""
    names = zipfile.ZipFile(wheel).namelist()
    for marker in SHIPPED.values():
        assert marker in names
    # The mock validates against the spec it carries.
    assert "clientary_mock/clientary.yaml" in names
    # The tools read their definitions from the package, the command line its catalogue.
    assert "clientary/tools/definitions.json" in names
    assert "clientary/_cli/catalogue.json" in names
    assert not [n for n in names if n.startswith(("tests/", "scripts/", "spec/"))]


def test_wheel_imports_in_a_clean_environment(wheel: Path, tmp_path: Path) -> None:
    """Installed from the wheel alone (no source tree on the path), every package imports."""
    venv = tmp_path / "venv"
    subprocess.run([str(UV), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(UV), "pip", "install", "--quiet", "--python", str(python), f"{wheel}[mock,mcp,cli]"],
        check=True,
    )
    probe = "; ".join(f"import {name}" for name in SHIPPED) + (
        "; from clientary_client.api.clients import list_clients; print(list_clients.__file__)"
        # The mock finds the spec inside the installed package and serves every operation.
        "; clientary_mock.create_app()"
        # The tool definitions load from the installed package, with their MCP server.
        "; import clientary.tools, clientary.tools.mcp_server"
        "; print(len(clientary.tools.definitions('mcp')))"
    )
    result = subprocess.run(
        [str(python), "-I", "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    # Imported from the virtual environment's site-packages, not from this checkout.
    assert str(venv) in result.stdout
    assert (venv / "bin" / "clientary-mock").exists()
    assert result.stdout.split()[-1] == "64"
    assert (venv / "bin" / "clientary-mcp").exists()
    # The command line finds its catalogue in the installed package.
    exports = subprocess.run(
        [str(venv / "bin" / "clientary"), "export", "--help"],
        check=True, capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert "  invoices " in exports.stdout
