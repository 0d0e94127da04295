"""Regenerate (or check) generated/clientary_client from spec/clientary.yaml.

Usage (normally through the scripts/generate wrapper):

    generate.py [--root DIR]           regenerate generated/clientary_client in place
    generate.py [--root DIR] --check   fail if the committed package differs from the spec

Both print a short report of the API surface change (operations, models, other files).
The generator runs with --fail-on-warning and with this interpreter's bin directory first
on PATH, so its ruff post hooks use the ruff pinned in pyproject.toml.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import export_catalogue
import python_types
import resource_interface
import tool_definitions
import yaml

PACKAGE = "clientary_client"
SPEC = PurePosixPath("spec/clientary.yaml")
CONFIG = PurePosixPath("spec/generator.yaml")
# Our overrides of some of the generator's templates; each says what it changes and why.
TEMPLATES = PurePosixPath("spec/templates")
# Written into the template folder for each run: which model fields carry x-python-type.
PYTHON_TYPES_TEMPLATE = "spec_python_types.jinja"
TARGET = PurePosixPath("generated") / PACKAGE
IGNORED_DIRS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})
IGNORED_SUFFIXES = (".pyc", ".pyo")
MAX_NAMES = 12  # per report line; --check still names every differing file separately


class GenerateError(Exception):
    """A failure that is reported as one message and exit status 2."""


def default_root() -> Path:
    return Path(__file__).resolve().parent.parent


def bin_dir() -> Path:
    """The bin directory of the environment running this script (the project's .venv)."""
    return Path(sysconfig.get_path("scripts"))


def list_files(folder: Path) -> dict[str, Path]:
    """Relative POSIX path -> file, skipping caches."""
    files: dict[str, Path] = {}
    if not folder.is_dir():
        return files
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_DIRS)
        for name in filenames:
            if name.endswith(IGNORED_SUFFIXES):
                continue
            path = Path(dirpath) / name
            files[path.relative_to(folder).as_posix()] = path
    return files


@dataclass
class Diff:
    added: list[str] = field(default_factory=list)  # in the new output only
    removed: list[str] = field(default_factory=list)  # in the old folder only
    changed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def compare(old: Path, new: Path) -> Diff:
    old_files, new_files = list_files(old), list_files(new)
    diff = Diff()
    for rel in sorted(old_files.keys() | new_files.keys()):
        if rel not in old_files:
            diff.added.append(rel)
        elif rel not in new_files:
            diff.removed.append(rel)
        elif not filecmp.cmp(old_files[rel], new_files[rel], shallow=False):
            diff.changed.append(rel)
    return diff


def classify(rel: str) -> tuple[str, str]:
    """Map a package-relative path to (kind, display name)."""
    parts = PurePosixPath(rel).parts
    is_module = rel.endswith(".py") and parts[-1] != "__init__.py"
    if is_module and len(parts) == 3 and parts[0] == "api":
        return "operations", f"{parts[1]}/{PurePosixPath(parts[2]).stem}"
    if is_module and len(parts) == 2 and parts[0] == "models":
        return "models", PurePosixPath(parts[1]).stem
    return "other files", rel


def format_names(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_NAMES])
    more = len(names) - MAX_NAMES
    return f"{shown} (+{more} more)" if more > 0 else shown


def surface_report(diff: Diff) -> list[str]:
    if diff.empty:
        return ["No change to the API surface."]
    lines = ["API surface change:"]
    for kind in ("operations", "models", "other files"):
        for verb, rels in (
            ("added", diff.added),
            ("removed", diff.removed),
            ("changed", diff.changed),
        ):
            names = [name for k, name in map(classify, rels) if k == kind]
            if names:
                lines.append(f"  {kind} {verb} ({len(names)}): {format_names(names)}")
    return lines


def run_generator(root: Path, workdir: Path) -> Path:
    """Generate a full project into workdir; return the package folder inside it."""
    spec, config = root / SPEC, root / CONFIG
    for needed in (spec, config):
        if not needed.is_file():
            raise GenerateError(f"missing {needed}")
    bindir = bin_dir()
    generator = bindir / "openapi-python-client"
    if not generator.is_file():
        raise GenerateError(f"{generator} not found: run scripts/bootstrap")
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(bindir), env.get("PATH", "")])
    ruff = shutil.which("ruff", path=env["PATH"])
    if ruff is None or Path(ruff).parent != bindir:
        # Without the pinned ruff the generator silently skips formatting.
        raise GenerateError(f"ruff not found in {bindir}: run scripts/bootstrap")
    project = workdir / "project"
    # --meta uv: a whole project is written around the package; only that way does the
    # package get its py.typed. We keep just the package folder.
    cmd = [
        str(generator),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "uv",
        "--output-path",
        str(project),
        "--custom-template-path",
        str(template_folder(root, workdir)),
        "--fail-on-warning",
    ]
    result = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise GenerateError(f"openapi-python-client failed (exit {result.returncode})")
    package = project / PACKAGE
    if not (package / "py.typed").is_file():
        sys.stderr.write(result.stdout + result.stderr)
        raise GenerateError(f"generator output has no {PACKAGE}/py.typed")
    for cache in package.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    return package


def template_folder(root: Path, workdir: Path) -> Path:
    """spec/templates, with the installed generator's own templates reachable as "upstream/".

    An override renders the generator's template and changes only what it says, so it needs the
    original under another name than its own.
    """
    spec = importlib.util.find_spec("openapi_python_client")
    if spec is None or not spec.submodule_search_locations:
        raise GenerateError("openapi_python_client is not installed: run scripts/bootstrap")
    upstream = Path(next(iter(spec.submodule_search_locations))) / "templates"
    if not (upstream / "model.py.jinja").is_file():
        raise GenerateError(f"no generator templates in {upstream}")
    if not (root / TEMPLATES).is_dir():
        raise GenerateError(f"missing {root / TEMPLATES}")
    folder = workdir / "templates"
    shutil.copytree(root / TEMPLATES, folder)
    (folder / "upstream").symlink_to(upstream, target_is_directory=True)
    with (root / CONFIG).open(encoding="utf-8") as handle:
        overrides = yaml.safe_load(handle).get("class_overrides") or {}
    try:
        table = python_types.render(load_spec(root), overrides)
    except python_types.PythonTypeError as exc:
        raise GenerateError(str(exc)) from exc
    (folder / PYTHON_TYPES_TEMPLATE).write_text(table, "utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 naming every file that differs from a fresh generation",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(os.environ.get("CLIENTARY_ROOT") or default_root()),
        help="checkout root to work on (default: this script's repository; env CLIENTARY_ROOT)",
    )
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    target = root / TARGET

    try:
        with tempfile.TemporaryDirectory(prefix="clientary-generate-") as tmp:
            fresh = run_generator(root, Path(tmp))
            # After the generator, whose messages about a broken spec say more.
            derived = derived_files(root)
            diff = compare(target, fresh)
            report = surface_report(diff)
            stale = [
                (path, what)
                for path, (what, text) in derived.items()
                if not (root / path).is_file() or (root / path).read_text("utf-8") != text
            ]
            leftover = leftover_resources(root, derived)
            if args.check:
                if diff.empty and not stale and not leftover:
                    print(f"OK: {TARGET} and {derived_summary(derived)} match {SPEC}")
                    return 0
                print("\n".join(report))
                print(f"FAIL: not what scripts/generate makes from {SPEC}:")
                for verb, rels in (
                    ("differs", diff.changed),
                    ("missing", diff.added),
                    ("extra", diff.removed),
                ):
                    for rel in rels:
                        print(f"  {verb}: {TARGET / rel}")
                for path, what in stale:
                    print(f"  differs: {path} ({what})")
                for path in leftover:
                    print(f"  extra: {path} (the resource interface)")
                print("Run scripts/generate (never edit generated files by hand).")
                return 1
            if target.exists():
                shutil.rmtree(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh, target)
            for path, (_, text) in derived.items():
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                (root / path).write_text(text, encoding="utf-8")
            for path in leftover:
                (root / path).unlink()
    except GenerateError as exc:
        print(f"scripts/generate: error: {exc}", file=sys.stderr)
        return 2
    print(f"Regenerated {TARGET} and {derived_summary(derived)} from {SPEC}.")
    print("\n".join(report))
    return 0


def load_spec(root: Path) -> dict[str, Any]:
    spec_path = root / SPEC
    if not spec_path.is_file():
        raise GenerateError(f"missing {spec_path}")
    with spec_path.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def derived_files(root: Path) -> dict[PurePosixPath, tuple[str, str]]:
    """The files derived from the spec besides the client: path -> (what it is, its text).

    The tool definitions (scripts/tool_definitions.py) and the command line's catalogue
    (scripts/export_catalogue.py).
    """
    spec = load_spec(root)
    spec_path = root / SPEC
    try:
        tools = tool_definitions.render(spec)
    except (tool_definitions.DefinitionError, KeyError, TypeError) as exc:
        raise GenerateError(f"cannot derive tool definitions from {spec_path}: {exc}") from exc
    with (root / CONFIG).open(encoding="utf-8") as handle:
        field_prefix = yaml.safe_load(handle).get("field_prefix", "field_")
    try:
        catalogue = export_catalogue.render(spec, field_prefix)
    except (export_catalogue.CatalogueError, KeyError, TypeError) as exc:
        raise GenerateError(
            f"cannot derive the command line's catalogue from {spec_path}: {exc}"
        ) from exc
    derived = {
        tool_definitions.DEFINITIONS: ("the tool definitions", tools),
        export_catalogue.CATALOGUE: ("the command line's catalogue", catalogue),
    }
    derived.update(resource_files(root, spec, field_prefix))
    return derived


def derived_summary(derived: dict[PurePosixPath, tuple[str, str]]) -> str:
    """What the derived files are, each kind once: "the tool definitions (overlays/...), ..."."""
    paths: dict[str, list[PurePosixPath]] = {}
    for path, (what, _) in derived.items():
        paths.setdefault(what, []).append(path)
    return ", ".join(
        f"{what} ({found[0] if len(found) == 1 else f'{len(found)} files'})"
        for what, found in paths.items()
    )


def leftover_resources(
    root: Path, derived: dict[PurePosixPath, tuple[str, str]]
) -> list[PurePosixPath]:
    """Modules in the resource interface's folder that the spec no longer makes."""
    folder = root / resource_interface.PACKAGE
    if not folder.is_dir():
        return []
    return sorted(
        resource_interface.PACKAGE / module.name
        for module in folder.glob("*.py")
        if resource_interface.PACKAGE / module.name not in derived
    )


def resource_files(
    root: Path, spec: dict[str, Any], field_prefix: str
) -> dict[PurePosixPath, tuple[str, str]]:
    """The resource interface (scripts/resource_interface.py), its modules formatted by ruff."""
    with (root / CONFIG).open(encoding="utf-8") as handle:
        overrides = yaml.safe_load(handle).get("class_overrides", {})
    try:
        files = resource_interface.render(
            spec,
            field_prefix,
            {name: override["class_name"] for name, override in overrides.items()},
            with_set_items=True,
        )
    except (resource_interface.ResourceError, KeyError, TypeError) as exc:
        raise GenerateError(
            f"cannot derive the resource interface from {root / SPEC}: {exc}"
        ) from exc
    derived: dict[PurePosixPath, tuple[str, str]] = {}
    for path, text in files.items():
        if path.suffix == ".py":
            text = formatted(root, path, text)
        derived[path] = ("the resource interface", text)
    return derived


def formatted(root: Path, path: PurePosixPath, text: str) -> str:
    """`text` as `ruff check --fix` and `ruff format` leave it under the project's settings."""
    ruff = str(bin_dir() / "ruff")
    for command in (
        [ruff, "check", "--fix-only", "--select", "I", "--stdin-filename", str(path), "-"],
        [ruff, "format", "--stdin-filename", str(path), "-"],
    ):
        result = subprocess.run(
            command, cwd=root, input=text, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise GenerateError(f"ruff could not format {path}: {result.stderr.strip()}")
        text = result.stdout
    return text


if __name__ == "__main__":
    sys.exit(main())
