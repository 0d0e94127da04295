"""The generated client reads every documented response whole, unknown fields included."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .examples_index import DocumentedExample, example_uses, load_example, use_id
from .generated_ops import client_on_fake_wire, model_class, operation_module, path_arguments
from .json_diff import json_differences
from .json_edit import JsonPath, render
from .spec_source import operation, schema_name_at

RESPONSE_USES = example_uses("response")


def _serve(operation_id: str, payload: Any) -> Any:
    """Call the operation's sync_detailed against a server answering 200 with `payload`."""
    op = operation(operation_id)
    module = operation_module(op.tag, op.operation_id)
    with client_on_fake_wire(lambda _: httpx.Response(200, json=payload)) as (client, _recorded):
        return module.sync_detailed(client=client, **path_arguments(op))


@pytest.mark.parametrize(
    ("example", "operation_id"),
    RESPONSE_USES,
    ids=[use_id(example, operation_id) for example, operation_id in RESPONSE_USES],
)
def test_documented_response_parses_without_loss(
    example: DocumentedExample, operation_id: str
) -> None:
    payload = example.load()
    expected_model = model_class(schema_name_at(operation(operation_id).response_schema_pointer()))

    response = _serve(operation_id, payload)

    assert response.status_code == 200
    assert type(response.parsed) is expected_model
    assert json_differences(payload, response.parsed.to_dict(), decimals_read=True) == []


# Keys the docs never list; the live API sends more fields than the docs show.
UNDOCUMENTED_KEY = "client_view_url"
UNDOCUMENTED_VALUE = "https://acme.clientary.com/clients/2123"

# (operation, example, where in the payload the unknown key is added)
UNKNOWN_KEY_PLACES: tuple[tuple[str, str, JsonPath], ...] = (
    ("get_client", "client_get_response.json", ()),
    ("list_clients", "clients_list_response.json", ()),
    ("list_clients", "clients_list_response.json", ("clients", 0)),
    ("get_project", "project_get_response.json", ("client",)),
    ("get_invoice", "invoice_get_response.json", ("invoice_items", 0)),
    ("get_hour_entry", "hour_get_response.json", ()),
)


def _walk_json(document: Any, path: JsonPath) -> Any:
    for step in path:
        document = document[step]
    return document


def _walk_model(model: Any, path: JsonPath) -> Any:
    for step in path:
        model = model[step] if isinstance(step, int) else getattr(model, step)
    return model


@pytest.mark.parametrize(
    ("operation_id", "file_name", "place"),
    UNKNOWN_KEY_PLACES,
    ids=[f"{operation_id}{render(place) or '.'}" for operation_id, _, place in UNKNOWN_KEY_PLACES],
)
def test_undocumented_response_field_is_kept(
    operation_id: str, file_name: str, place: JsonPath
) -> None:
    payload = load_example(file_name)
    _walk_json(payload, place)[UNDOCUMENTED_KEY] = UNDOCUMENTED_VALUE

    parsed = _serve(operation_id, payload).parsed

    holder = _walk_model(parsed, place)
    assert holder.additional_properties[UNDOCUMENTED_KEY] == UNDOCUMENTED_VALUE
    assert json_differences(payload, parsed.to_dict(), decimals_read=True) == []
