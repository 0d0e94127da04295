"""The wheel and the source archive: what they hold, and the metadata an index would show.

Built once per session by `uv build`, which makes the source archive and then the wheel from
it, so the archive is proven to build.
"""

from __future__ import annotations

import email.message
import email.parser
import re
import tarfile
import tomllib
import zipfile
from pathlib import PurePosixPath

import pytest

from .environments import PYPROJECT, ROOT, Archives

PACKAGES = ("clientary_client", "clientary", "clientary_mock")
# Path parts that only a run of the tools leaves behind: none may be packed.
LEFT_BY_RUNS = {
    "__pycache__",
    ".hypothesis",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".schemathesis",
    ".venv",
    ".tools",
    "node_modules",
    "reports",
}
# Where each package lives in the source tree (and so in the source archive).
SOURCE_FOLDERS = {
    "clientary_client": "generated",
    "clientary": "overlays",
    "clientary_mock": "mock",
}


def wheel_names(archives: Archives) -> list[str]:
    return zipfile.ZipFile(archives.wheel).namelist()


def sdist_names(archives: Archives) -> list[str]:
    """Member paths, without the archive's top folder (clientary-0.1.0/)."""
    with tarfile.open(archives.sdist) as archive:
        return [str(PurePosixPath(*PurePosixPath(m.name).parts[1:])) for m in archive.getmembers()]


def wheel_metadata(archives: Archives) -> email.message.Message:
    with zipfile.ZipFile(archives.wheel) as wheel:
        (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(wheel.read(name).decode())


def left_by_runs(names: list[str]) -> list[str]:
    return [
        name
        for name in names
        if LEFT_BY_RUNS & set(PurePosixPath(name).parts) or name.endswith((".pyc", ".pyo"))
    ]


def test_the_wheel_holds_the_three_packages_typed_with_the_spec(archives: Archives) -> None:
    names = wheel_names(archives)
    for package in PACKAGES:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    # The mock validates requests against the spec it carries; the tools load their definitions,
    # the command line its catalogue.
    spec = zipfile.ZipFile(archives.wheel).read("clientary_mock/clientary.yaml")
    assert spec == (ROOT / "spec" / "clientary.yaml").read_bytes()
    assert "clientary/tools/definitions.json" in names
    assert "clientary/_cli/catalogue.json" in names
    tops = {PurePosixPath(name).parts[0] for name in names}
    assert tops - set(PACKAGES) == {"clientary-0.1.0.dist-info"}
    assert left_by_runs(names) == []


def test_the_source_archive_builds_the_wheel_and_holds_nothing_else(archives: Archives) -> None:
    names = set(sdist_names(archives))
    for package, folder in SOURCE_FOLDERS.items():
        assert f"{folder}/{package}/py.typed" in names
    assert {"pyproject.toml", "README.md", "LICENSE", "PKG-INFO", "spec/clientary.yaml"} <= names
    assert not [name for name in names if name.startswith(("tests/", "scripts/", ".ci/"))]
    assert left_by_runs(sorted(names)) == []


def test_the_metadata_carries_the_readme_licence_and_classifiers(archives: Archives) -> None:
    metadata = wheel_metadata(archives)
    assert metadata["Description-Content-Type"] == "text/markdown"
    description = metadata.get_payload()
    assert isinstance(description, str)
    assert description.strip() == (ROOT / "README.md").read_text().strip()
    assert metadata["License-Expression"] == "MIT"
    assert metadata["License-File"] == "LICENSE"
    licence = zipfile.ZipFile(archives.wheel).read("clientary-0.1.0.dist-info/licenses/LICENSE")
    assert licence.decode().startswith("MIT License")
    classifiers = set(metadata.get_all("Classifier") or [])
    assert "Typing :: Typed" in classifiers
    # Each version declared is one scripts/test-python has run the suite on.
    assert {"3.11", "3.12", "3.13"} == {
        c.rpartition(" :: ")[2]
        for c in classifiers
        if c.startswith("Programming Language :: Python :: 3.")
    }
    assert any(c.startswith("Intended Audience :: ") for c in classifiers)
    assert any(c.startswith("Topic :: ") for c in classifiers)
    assert metadata["Requires-Python"] == ">=3.11"


def test_every_dependency_has_a_lower_bound(archives: Archives) -> None:
    """Each requirement, of the package and of every extra, says the oldest version it takes."""
    requirements = wheel_metadata(archives).get_all("Requires-Dist") or []
    assert len(requirements) >= 5
    unbounded = [r for r in requirements if not re.search(r"(>=|==|~=)\s*\d", r.split(";")[0])]
    assert unbounded == []


@pytest.mark.parametrize("group", ["console_scripts", "pytest11"])
def test_the_entry_points_are_those_of_pyproject(archives: Archives, group: str) -> None:
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    declared = project["scripts"] if group == "console_scripts" else project["entry-points"][group]
    with zipfile.ZipFile(archives.wheel) as wheel:
        text = wheel.read("clientary-0.1.0.dist-info/entry_points.txt").decode()
    section = text.split(f"[{group}]\n", 1)[1].split("\n[", 1)[0]
    packed = dict(line.split(" = ", 1) for line in section.strip().splitlines())
    assert packed == declared
    assert packed  # the comparison above is not between two empty tables
