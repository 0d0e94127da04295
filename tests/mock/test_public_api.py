"""The public surface of `clientary_mock`, pinned, and `__all__` kept true in every module.

Public are the package root's names and the modules users import by name (the application
factory, the command line, the conformance checker, the pytest plugin and the testing helpers);
every other module starts with an underscore. Inside the package, `__all__` is each module's
interface: a module takes from another only what that one lists.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import clientary_mock
import pytest
from clientary_mock._registry import HANDLERS

PACKAGE = Path(clientary_mock.__file__).parent

EXPECTED = ["DIALECTS", "ConnectionDropped", "FaultConfig", "create_app", "load_spec"]

PUBLIC_MODULES = {
    "app": ["create_app"],
    "cli": ["build_parser", "main"],
    "conformance": ["ConformanceChecker"],
    "pytest_plugin": ["MockAccount", "clientary_mock"],
    "testing": [
        "LISTENING",
        "MockDidNotStart",
        "MockProcess",
        "SpecRecorder",
        "running_mock",
        "serve_in_thread",
    ],
}


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["clientary_mock", *parts])


def declared_all(tree: ast.Module) -> list[str] | None:
    """The module's `__all__` as written at its top level, or None when it has none."""
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        if any(isinstance(target, ast.Name) and target.id == "__all__" for target in targets):
            names = ast.literal_eval(value)
            assert isinstance(names, list)
            return names
    return None


def submodules(module: ModuleType) -> set[str]:
    path = getattr(module, "__path__", None)
    return {info.name for info in pkgutil.iter_modules(path)} if path is not None else set()


def importable_modules() -> Iterator[ModuleType]:
    """Every module of the package but `__main__`, which serves the mock when imported."""
    for path in source_files():
        if path.name != "__main__.py":
            yield importlib.import_module(module_name(path))


def test_all_is_pinned() -> None:
    assert clientary_mock.__all__ == EXPECTED
    for name in EXPECTED:
        assert getattr(clientary_mock, name) is not None, name


def test_the_public_modules_are_pinned() -> None:
    for name, expected in PUBLIC_MODULES.items():
        module = importlib.import_module(f"clientary_mock.{name}")
        assert module.__all__ == expected, name


def test_every_other_submodule_is_private() -> None:
    modules = {info.name for info in pkgutil.iter_modules(clientary_mock.__path__)}
    assert {name for name in modules if not name.startswith("_")} == set(PUBLIC_MODULES)


def test_every_module_declares_all_naming_what_it_defines() -> None:
    for path in source_files():
        assert declared_all(ast.parse(path.read_text(encoding="utf-8"))) is not None, path
    for module in importable_modules():
        missing = [name for name in module.__all__ if not hasattr(module, name)]
        assert missing == [], module.__name__


def test_modules_take_from_each_other_only_what_all_lists() -> None:
    """`__all__` is the interface inside the package too: nothing reaches past it."""
    reached_past = []
    for path in source_files():
        here = module_name(path)
        package = here if path.name == "__init__.py" else here.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.level:
                continue
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            target = importlib.import_module(".".join([*base, *filter(None, [node.module])]))
            for alias in node.names:
                if alias.name not in target.__all__ and alias.name not in submodules(target):
                    reached_past.append(f"{here}: {alias.name} from {target.__name__}")
    assert reached_past == []


@pytest.mark.parametrize(
    "module",
    [m for m in importable_modules() if m.__name__.startswith("clientary_mock._resources.")],
    ids=lambda module: module.__name__.rpartition(".")[2],
)
def test_a_resource_module_lists_the_operations_it_serves(module: ModuleType) -> None:
    served = {
        handler.__name__ for handler in HANDLERS.values() if handler.__module__ == module.__name__
    }
    assert served
    assert set(module.__all__) == served
