"""scripts/python_types.py: what it refuses in the spec, before any template runs."""

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import python_types


def _spec(properties: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    return {
        "components": {
            "schemas": {
                "Day": {"type": "string", "x-python-type": "date"},
                "Widget": {"type": "object", "properties": properties},
                **schemas,
            }
        }
    }


def test_a_field_named_like_an_annotation_is_refused_naming_the_schema() -> None:
    spec = _spec({"on": {"$ref": "#/components/schemas/Day"}, "datetime": {"type": "string"}})
    with pytest.raises(python_types.PythonTypeError, match=r"^Widget: a field named datetime"):
        python_types.field_table(spec, {})


def test_an_unknown_kind_and_a_code_without_its_enum_are_refused() -> None:
    unknown = _spec(
        {"price": {"$ref": "#/components/schemas/Price"}}, Price={"x-python-type": "fraction"}
    )
    with pytest.raises(python_types.PythonTypeError, match=r"^Price: x-python-type 'fraction'"):
        python_types.field_table(unknown, {})
    code = _spec({"status": {"type": "integer", "x-python-type": "IntEnum"}})
    with pytest.raises(python_types.PythonTypeError, match=r"^Widget\.status: an IntEnum field"):
        python_types.field_table(code, {})


def test_the_table_names_the_class_the_generator_gives_the_schema() -> None:
    spec = _spec({"on": {"$ref": "#/components/schemas/Day"}})
    table = python_types.field_table(spec, {"Widget": {"class_name": "WidgetRecord"}})
    assert table == {"WidgetRecord": {"on": {"kind": "date", "nullable": False, "write": False}}}
