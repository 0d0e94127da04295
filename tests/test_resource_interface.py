"""scripts/resource_spec.py and resource_interface.py on small specs: the names and types it derives, and the
inconsistencies of x-resource it refuses. The real spec's interface is drift-checked by
`scripts/generate --check` and run against the mock in tests/overlays/test_resources.py."""

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import resource_interface  # noqa: E402  (scripts/ is not a package)
import resource_spec  # noqa: E402

REF = "#/components/schemas/"


def spec(*operations: tuple[str, str, dict[str, Any]], **schemas: Any) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for path, method, operation in operations:
        paths.setdefault(path, {})[method] = {
            "tags": ["things"],
            "summary": operation["operationId"].replace("_", " "),
            "responses": {"204": {"description": "Done"}},
            **operation,
        }
    return {"paths": paths, "components": {"schemas": schemas}}


ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
OWNER = {"name": "owner_id", "in": "path", "required": True, "schema": {"type": "integer"}}


def render(document: dict[str, Any]) -> dict[str, str]:
    files = resource_interface.render(document, "attr_", {}, with_set_items=False)
    return {path.name: text for path, text in files.items()}


def test_an_argument_of_each_x_python_type_is_annotated_from_one_table() -> None:
    context = resource_spec.Context({"components": {"schemas": {}}}, "attr_", {})
    for python_type, (annotation, module) in resource_spec.PYTHON_TYPES.items():
        context.spec["components"]["schemas"] = {
            "Day": {"type": "string", "x-python-type": python_type},
            "MaybeDay": {"type": ["string", "null"], "x-python-type": python_type},
        }
        # A code's annotation names its schema's class, as the generated enum is named.
        assert resource_spec.annotation(context, {"$ref": REF + "Day"}, "x") == annotation.format(
            enum="Day"
        )
        assert resource_spec.annotation(
            context, {"$ref": REF + "MaybeDay"}, "x"
        ) == f"{annotation} | None".format(enum="MaybeDay")
        assert module is None or module in context.modules


def test_an_unknown_x_python_type_is_refused() -> None:
    context = resource_spec.Context(
        {"components": {"schemas": {"Odd": {"type": "string", "x-python-type": "complex"}}}},
        "attr_",
        {},
    )
    with pytest.raises(resource_spec.ResourceError, match="complex"):
        resource_spec.annotation(context, {"$ref": REF + "Odd"}, "x")


THINGS = spec(
    ("/things/{id}", "delete", {"operationId": "delete_thing", "parameters": [ID],
                                "x-resource": {"resource": "things", "method": "delete"}}),
    ("/owners/{owner_id}/things/{id}", "post", {
        "operationId": "poke_thing", "parameters": [OWNER, ID],
        "x-resource": {"resource": "things", "method": "poke"},
        "requestBody": {"content": {"application/json": {"schema": {"$ref": REF + "Poke"}}}},
    }),
    Poke={"type": "object", "required": ["poke"], "properties": {"poke": {"$ref": REF + "PokeFields"}}},
    PokeFields={"type": "object", "required": ["how"], "properties": {
        "how": {"type": "string"}, "filter": {"type": "integer"}, "billed?": {"type": "boolean"},
    }},
)  # fmt: skip


def test_methods_take_flat_keywords_named_as_a_user_would() -> None:
    things = render(THINGS)["things.py"]
    assert "def delete(self, id: int) -> None:" in things
    poke = things.split("def poke(")[1].split(")")[0]
    assert poke.split(", ") == [
        "self",
        "id: int",
        "*",
        "owner_id: int",
        "how: str",
        "filter: int | Unset = UNSET",
        "billed: bool | Unset = UNSET",
    ]
    assert "body=Poke(poke=PokeFields(how=how, filter_=filter, billed=billed))" in things


def with_place(document: dict[str, Any], operation_id: str, place: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    for item in changed["paths"].values():
        for operation in item.values():
            if operation["operationId"] == operation_id:
                operation["x-resource"] = place
    return changed


@pytest.mark.parametrize(
    ("place", "message"),
    [
        (None, "delete_thing: no x-resource"),
        ({"resource": "things", "method": "poke"}, "things.poke is claimed by"),
        ({"resource": "things", "method": "class"}, "method 'class' is not a name"),
        ({"resource": "things", "method": "delete", "colour": 1}, "unknown x-resource keys"),
        ({"resource": "things", "method": "list", "scope": "owner_id"}, "not a path parameter"),
    ],
)
def test_inconsistent_names_are_refused(place: Any, message: str) -> None:
    with pytest.raises(resource_spec.ResourceError, match=message):
        render(with_place(THINGS, "delete_thing", place))


def test_only_a_list_has_a_scope() -> None:
    place = {"resource": "things", "method": "poke", "scope": "owner_id"}
    with pytest.raises(resource_spec.ResourceError, match="only a list can have a scope"):
        render(with_place(THINGS, "poke_thing", place))
