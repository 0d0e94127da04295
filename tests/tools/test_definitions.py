"""The tool definitions: derived from the spec, one per operation, in every offered format."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import clientary.tools
import pytest
import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import tool_definitions  # noqa: E402  (scripts/ is not a package)

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "clientary.yaml").read_text("utf-8"))
OPERATIONS = {
    operation["operationId"]: (method, path, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in ("get", "post", "put", "delete", "patch")
}
TOOLS = {tool.name: tool for tool in clientary.tools.tools()}
# Both OpenAI and Anthropic accept tool names of this form, and OpenAI descriptions up to 1024.
PORTABLE_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def test_the_committed_definitions_are_what_the_spec_derives() -> None:
    committed = (ROOT / tool_definitions.DEFINITIONS).read_text("utf-8")
    assert committed == tool_definitions.render(SPEC), "run scripts/generate"


def test_one_tool_per_operation_named_by_its_operation_id() -> None:
    assert list(TOOLS) == list(OPERATIONS)
    assert len(TOOLS) == 70  # the catalogue's 57, 8 more the docs show, 5 integrations call


def test_an_operation_added_to_the_spec_is_a_tool() -> None:
    spec = json.loads(json.dumps(SPEC))
    spec["paths"]["/api/v2/widgets"] = {
        "get": {
            "operationId": "list_widgets",
            "summary": "List widgets",
            "tags": ["widgets"],
            "responses": {"200": {"description": "ok"}},
        }
    }
    names = [tool["name"] for tool in tool_definitions.derive(spec)["tools"]]
    assert names[-1] == "list_widgets"


@pytest.mark.parametrize("name", list(TOOLS))
def test_names_and_descriptions_fit_every_function_calling_api(name: str) -> None:
    tool = TOOLS[name]
    assert PORTABLE_NAME.match(tool.name)
    assert 0 < len(tool.description) <= 1024


@pytest.mark.parametrize("name", list(TOOLS))
def test_the_description_is_the_specs_own(name: str) -> None:
    _, _, operation = OPERATIONS[name]
    description = TOOLS[name].description
    assert description.startswith(operation["summary"])
    assert " ".join(operation.get("description", "").split()) in description


def test_delete_tools_keep_the_specs_warnings() -> None:
    deletes = [tool for tool in TOOLS.values() if tool.kind == "delete"]
    assert len(deletes) == 12
    permanent = [tool.name for tool in deletes if "This cannot be undone." in tool.description]
    assert len(permanent) == 10
    assert "its projects, invoices, estimates and contacts" in TOOLS["delete_client"].description
    assert "time entries, tasks, expenses, invoices" in TOOLS["delete_project"].description


@pytest.mark.parametrize("name", list(TOOLS))
def test_every_argument_schema_is_valid_and_self_contained(name: str) -> None:
    schema = dict(TOOLS[name].input_schema)
    Draft202012Validator.check_schema(schema)
    text = json.dumps(schema)
    assert "$ref" not in text
    assert "x-evidence" not in text
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("name", list(TOOLS))
def test_arguments_are_the_parameters_and_the_unwrapped_body(name: str) -> None:
    _, path, operation = OPERATIONS[name]
    tool = TOOLS[name]
    properties = tool.input_schema["properties"]
    for placeholder in re.findall(r"{(\w+)}", path):
        assert placeholder in tool.path_arguments
        assert placeholder in tool.input_schema["required"]
    if tool.body is None:
        assert "requestBody" not in operation
        return
    assert set(tool.body.fields) <= set(properties)
    if tool.body.wrapper is not None:
        assert tool.body.wrapper not in properties, "the wrapper key is hidden"


def test_a_wrapped_body_shows_its_fields_and_their_required_ones() -> None:
    tool = TOOLS["create_task"]
    assert tool.body is not None
    assert tool.body.wrapper == "task"
    assert "title" in tool.input_schema["properties"]
    assert tool.input_schema["required"] == ["title"]
    recurring = TOOLS["create_recurring_schedule"].input_schema["required"]
    assert {"client_id", "next_date", "time_interval", "currency_code", "due_period"} <= set(
        recurring
    )


def test_a_body_without_a_wrapper_keeps_its_fields_at_the_top() -> None:
    tool = TOOLS["send_invoice_message"]
    assert tool.body is not None
    assert tool.body.wrapper is None
    assert set(tool.input_schema["required"]) == {"id", "recipients"}


@pytest.mark.parametrize("name", list(TOOLS))
def test_list_tools_take_a_window_instead_of_a_page(name: str) -> None:
    tool = TOOLS[name]
    properties = tool.input_schema["properties"]
    assert "page" not in properties
    if tool.lists:
        assert properties["limit"]["default"] == clientary.tools.DEFAULT_LIMIT
        assert properties["limit"]["maximum"] == 100
        assert properties["offset"]["minimum"] == 0
    else:
        assert "limit" not in properties


def test_only_list_answers_are_windowed() -> None:
    """A record holding one list of lines (an estimate, a schedule) is not a list of records."""
    windowed = {tool.name for tool in TOOLS.values() if tool.lists}
    assert {"get_estimate", "get_recurring_schedule", "get_invoice"}.isdisjoint(windowed)
    assert {"list_clients", "list_invoices", "list_estimates", "list_staff"} <= windowed
    assert all(name.startswith("list_") for name in windowed)


def test_kinds_follow_the_method() -> None:
    kinds = {tool.name: tool.kind for tool in TOOLS.values()}
    assert kinds["get_client"] == "read"
    assert kinds["create_client"] == kinds["update_invoice"] == "write"
    assert kinds["send_invoice_message"] == "write"
    assert kinds["delete_project"] == "delete"
    assert sum(kind == "read" for kind in kinds.values()) == 34


@pytest.mark.parametrize("format_", list(clientary.tools.FORMATS))
def test_every_format_carries_name_description_and_schema(format_: str) -> None:
    rendered = clientary.tools.definitions(format_)  # type: ignore[arg-type]
    assert len(rendered) == len(TOOLS)
    first = rendered[0]
    name, schema = {
        "openai": lambda: (first["function"]["name"], first["function"]["parameters"]),
        "openai-responses": lambda: (first["name"], first["parameters"]),
        "anthropic": lambda: (first["name"], first["input_schema"]),
        "mcp": lambda: (first["name"], first["inputSchema"]),
    }[format_]()
    assert name == "list_clients"
    assert schema == dict(TOOLS["list_clients"].input_schema)
    json.dumps(rendered)  # plain JSON, ready to send


def test_mcp_annotations_mark_reads_and_deletes() -> None:
    shapes = {tool["name"]: tool for tool in clientary.tools.definitions("mcp")}
    assert shapes["get_invoice"]["annotations"]["readOnlyHint"] is True
    assert shapes["delete_client"]["annotations"]["destructiveHint"] is True
    assert shapes["create_client"]["annotations"]["readOnlyHint"] is False
    assert shapes["create_client"]["annotations"]["idempotentHint"] is False


def test_definitions_can_be_picked_and_changed_by_the_caller() -> None:
    picked = clientary.tools.definitions("anthropic", names=["get_client", "create_task"])
    assert [tool["name"] for tool in picked] == ["get_client", "create_task"]
    picked[0]["input_schema"]["properties"].clear()
    again = clientary.tools.definitions("anthropic", names=["get_client"])
    assert again[0]["input_schema"]["properties"], "each call returns fresh dicts"


def test_an_unknown_format_or_name_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="'openai', 'openai-responses', 'anthropic', 'mcp'"):
        clientary.tools.definitions("gemini")  # type: ignore[arg-type]
    with pytest.raises(clientary.tools.UnknownToolError, match="did you mean get_client"):
        clientary.tools.definitions(names=["get_clinet"])


def test_derivation_refuses_an_argument_that_comes_from_two_places() -> None:
    spec = json.loads(json.dumps(SPEC))
    fields = spec["components"]["schemas"]["TaskFields"]["properties"]
    fields["id"] = {"type": "integer"}
    with pytest.raises(tool_definitions.DefinitionError, match="update_task: argument 'id'"):
        tool_definitions.derive(spec)


def test_list_tools_read_windows_not_pages() -> None:
    """`page_size` is the tool's own business too: an assistant asks for a window."""
    lists = [tool for tool in TOOLS.values() if tool.lists]
    assert len(lists) == 23
    for tool in lists:
        assert "page_size" not in tool.input_schema["properties"], tool.name


def test_every_record_id_an_assistant_sends_stops_at_two_to_the_53() -> None:
    ids = [
        (tool.name, name, schema)
        for tool in TOOLS.values()
        for name, schema in tool.input_schema["properties"].items()
        if (name == "id" or name.endswith("_id")) and schema.get("type") == "integer"
    ]
    assert len(ids) > 60
    for tool_name, name, schema in ids:
        assert (schema["minimum"], schema["maximum"]) == (1, 2**53 - 1), (tool_name, name)
