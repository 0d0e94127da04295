"""The generated package has one module per spec operation, and no other."""

from __future__ import annotations

from pathlib import Path

import clientary_client
import pytest

from .generated_ops import operation_module
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
