"""The generated package has one module per spec operation, and no other."""

from __future__ import annotations

import inspect
from pathlib import Path

import clientary_client
import pytest

from .generated_ops import operation_module, path_arguments
from .spec_source import Operation, operations

API_DIR = Path(clientary_client.__file__).parent / "api"
OPERATIONS = operations()
CALL_STYLES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_operation_has_a_module_with_every_call_style(op: Operation) -> None:
    assert (API_DIR / op.tag / f"{op.operation_id}.py").is_file()
    module = operation_module(op.tag, op.operation_id)
    assert [style for style in CALL_STYLES if not callable(getattr(module, style, None))] == []


def test_no_operation_module_without_a_spec_operation() -> None:
    on_disk = {
        f"{path.parent.name}/{path.stem}"
        for path in API_DIR.glob("*/*.py")
        if path.name != "__init__.py"
    }
    assert on_disk == {f"{op.tag}/{op.operation_id}" for op in OPERATIONS}


def test_no_tag_folder_without_a_spec_tag() -> None:
    folders = {
        path.name for path in API_DIR.iterdir() if path.is_dir() and path.name != "__pycache__"
    }
    assert folders == {op.tag for op in OPERATIONS}


QUERY_OPERATIONS = [
    op
    for op in OPERATIONS
    if set(inspect.signature(operation_module(op.tag, op.operation_id)._get_kwargs).parameters)
    - {*op.path_parameter_names, "body"}
]


def test_some_operations_take_query_parameters() -> None:
    # Guards the next test against passing over nothing.
    assert len(QUERY_OPERATIONS) >= 17


@pytest.mark.parametrize("op", QUERY_OPERATIONS, ids=[op.operation_id for op in QUERY_OPERATIONS])
def test_query_parameters_are_passed_only_when_given(op: Operation) -> None:
    # httpx merges even an empty `params` into the URL, parsing it once more on every call.
    get_kwargs = operation_module(op.tag, op.operation_id)._get_kwargs
    path = path_arguments(op)
    assert "params" not in get_kwargs(**path)
    if "page" in inspect.signature(get_kwargs).parameters:
        assert get_kwargs(**path, page=2)["params"] == {"page": 2}
