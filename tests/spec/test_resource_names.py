"""Every operation's place in the resource interface (`x-resource`), as the spec records it.

`clientary.Clientary` is generated from these names (scripts/resource_interface.py), so they are
checked here as data: every operation has one, no two claim the same method, every name is a
Python identifier, and a scope is a path parameter of a list.
"""

import keyword
from collections import Counter

import pytest

from .contract_table import TAGS
from .spec_source import Operation, operations

# Each resource of the interface is a tag of the spec (a module folder of the generated client).
RESOURCES = set(TAGS)
SCOPES = {"client_id", "project_id", "recurring_schedule_id"}


def place(op: Operation) -> dict[str, str]:
    found = op.definition.get("x-resource")
    assert isinstance(found, dict), f"{op.operation_id} has no x-resource"
    return found


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.operation_id)
def test_every_operation_names_its_resource_and_method(op: Operation) -> None:
    found = place(op)
    assert set(found) <= {"resource", "method", "scope", "scope_parameter"}
    assert found["resource"] in RESOURCES
    for key in ("method", "scope", "scope_parameter"):
        value = found.get(key)
        if value is not None:
            assert value.isidentifier(), (key, value)
            assert not keyword.iskeyword(value), (key, value)


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.operation_id)
def test_a_scope_is_a_path_parameter_of_a_list(op: Operation) -> None:
    found = place(op)
    if "scope" not in found:
        assert "scope_parameter" not in found
        return
    assert found["method"] == "list"
    assert found["scope"] in SCOPES
    assert found.get("scope_parameter", found["scope"]) in op.path_parameter_names


def test_no_two_operations_claim_one_method() -> None:
    claims = Counter(
        (place(op)["resource"], place(op)["method"], place(op).get("scope")) for op in operations()
    )
    assert [claim for claim, count in claims.items() if count > 1] == []


def test_methods_are_named_by_what_they_do() -> None:
    """The five usual verbs by HTTP method; any other name is a POST that does something."""
    verbs = {"get": ("get", "list"), "post": ("create",), "put": ("update",), "delete": ("delete",)}
    for op in operations():
        method = place(op)["method"]
        if method in ("list", "get", "create", "update", "delete"):
            assert method in verbs[op.method], op.operation_id
        else:
            assert op.method == "post", op.operation_id


def test_every_resource_is_there() -> None:
    assert {place(op)["resource"] for op in operations()} == RESOURCES
