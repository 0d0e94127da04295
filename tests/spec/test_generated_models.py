"""What spec/templates changes in the generated models, held in place.

Reading a record is the bulk of a call's cost in the client, so the models do no needless work:
no import statement runs inside from_dict() or to_dict(), no nested function is defined just to
hand a field's value back unchanged, and from_dict() passes the fields by position, in the order
the class declares them. The models they refer to are bound at the bottom
of each module instead, once the class exists, so that mutual references still load.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import clientary_client
import clientary_client.models
import pytest

MODELS_DIR = Path(clientary_client.__file__).parent / "models"
MODEL_FILES = sorted(path for path in MODELS_DIR.glob("*.py") if path.name != "__init__.py")
# The enums of codes have modules of their own, with no from_dict().
RECORD_FILES = [path for path in MODEL_FILES if "def from_dict(" in path.read_text()]


def functions(tree: ast.Module) -> list[ast.FunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]


def hands_back_its_argument(function: ast.FunctionDef) -> bool:
    """`if data is None: return data` ... `return cast(T, data)`: a conversion that converts nothing."""
    (argument,) = [arg.arg for arg in function.args.args]
    *guards, last = function.body
    returns_argument = (
        isinstance(last, ast.Return)
        and isinstance(last.value, ast.Call)
        and ast.unparse(last.value.func) == "cast"
        and ast.unparse(last.value.args[-1]) == argument
    )
    return returns_argument and all(
        isinstance(guard, ast.If)
        and len(guard.body) == 1
        and isinstance(guard.body[0], ast.Return)
        and ast.unparse(guard.body[0]) == f"return {argument}"
        for guard in guards
    )


def test_there_are_models_to_check() -> None:
    assert len(MODEL_FILES) > 60


@pytest.mark.parametrize("path", MODEL_FILES, ids=[path.stem for path in MODEL_FILES])
def test_no_import_runs_inside_a_function(path: Path) -> None:
    tree = ast.parse(path.read_text())
    imports = [
        f"{function.name}: {ast.unparse(node)}"
        for function in functions(tree)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]
    assert imports == []


@pytest.mark.parametrize("path", MODEL_FILES, ids=[path.stem for path in MODEL_FILES])
def test_no_nested_function_only_hands_a_value_back(path: Path) -> None:
    tree = ast.parse(path.read_text())
    nested = [
        inner.name
        for outer in functions(tree)
        for inner in outer.body
        if isinstance(inner, ast.FunctionDef) and hands_back_its_argument(inner)
    ]
    assert nested == []


def from_dict_calls(tree: ast.Module) -> list[ast.Call]:
    """The `cls(...)` calls in from_dict(), which build the record."""
    (from_dict,) = [function for function in functions(tree) if function.name == "from_dict"]
    return [
        node
        for node in ast.walk(from_dict)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
    ]


def test_there_are_records_to_check() -> None:
    assert len(RECORD_FILES) > 50


@pytest.mark.parametrize("path", RECORD_FILES, ids=[path.stem for path in RECORD_FILES])
def test_from_dict_passes_fields_by_position_in_declared_order(path: Path) -> None:
    # Positions are a third of the cost of keywords, and a field passed out of order would land
    # silently in its neighbour when both have one type: each variable the generator binds is
    # named after its field, so the names must follow the class's own order.
    tree = ast.parse(path.read_text())
    (call,) = from_dict_calls(tree)
    (class_def,) = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    model = getattr(importlib.import_module(f"clientary_client.models.{path.stem}"), class_def.name)
    declared = [field.name for field in attrs.fields(model) if field.init]
    assert call.keywords == []
    assert [ast.unparse(argument) for argument in call.args] == declared


def test_the_check_recognises_the_generators_pass_through_function() -> None:
    """The shape the generator writes for a nullable string, which the template avoids."""
    source = textwrap.dedent(
        """
        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str, data)
        """
    )
    (function,) = functions(ast.parse(source))
    assert hands_back_its_argument(function)


def test_converting_unions_keep_their_conversion() -> None:
    """A union that does convert (a project's client: a record or null) still gets its parser."""
    project = ast.parse((MODELS_DIR / "project.py").read_text())
    parsers = {function.name: function for function in functions(project)}
    assert "_parse_client" in parsers
    assert not hands_back_its_argument(parsers["_parse_client"])


def test_a_fresh_import_binds_every_referred_model() -> None:
    """Loaded from nothing (the package's __init__ fixes the order), every bottom import resolves,
    models that refer to each other included."""
    script = textwrap.dedent(
        """
        import importlib, pkgutil
        import clientary_client.models as models
        checked = 0
        for info in pkgutil.iter_modules(models.__path__):
            module = importlib.import_module("clientary_client.models." + info.name)
            for line in open(module.__file__):
                if line.startswith("from ..models."):
                    for bound in line.split(" import ")[1].split("#")[0].split(","):
                        value = getattr(module, bound.strip())
                        assert value.__module__.startswith("clientary_client.models")
                        checked += 1
        print(checked)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 20  # bottom imports were found, so the check was not vacuous
