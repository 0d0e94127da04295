"""The spec's shape: the promised operations, their error responses, and its house rules."""

from __future__ import annotations

import copy
import datetime
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from .contract_table import (
    ALL_PROMISED,
    CATALOGUE_OPERATIONS,
    DOCUMENTED_EXTRAS,
    INTEGRATION_OPERATIONS,
    PLAN_LIMITED_OPERATIONS,
    TAGS,
    PromisedOperation,
)
from .spec_source import WRITE_METHODS, Operation, load_spec, operations, resolve

OPERATIONS = operations()
OPERATION_IDS = [op.operation_id for op in OPERATIONS]
ERROR_SCHEMA_REF = "#/components/schemas/ErrorResponse"


def _walk(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    """(pointer, node) for every node of the document, depth first."""
    yield pointer, node
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _walk(child, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _walk(child, f"{pointer}/{index}")


def _dereferenced(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = resolve(node["$ref"])
    return node


def test_catalogue_table_holds_57_distinct_operations() -> None:
    ids = Counter(promised.operation_id for promised in CATALOGUE_OPERATIONS)
    assert len(ids) == 57
    assert max(ids.values()) == 1


@pytest.mark.parametrize(
    "promised", ALL_PROMISED, ids=[promised.operation_id for promised in ALL_PROMISED]
)
def test_promised_operation_has_its_tag_method_and_path(promised: PromisedOperation) -> None:
    found = [
        (op.tag, op.method, op.path)
        for op in OPERATIONS
        if op.operation_id == promised.operation_id
    ]
    assert found == [(promised.tag, promised.method, promised.path)]


def test_spec_holds_no_operation_beyond_the_promised_ones() -> None:
    assert sorted(OPERATION_IDS) == sorted(promised.operation_id for promised in ALL_PROMISED)
    assert len(OPERATION_IDS) == 70


@pytest.mark.parametrize(
    "promised", INTEGRATION_OPERATIONS, ids=[p.operation_id for p in INTEGRATION_OPERATIONS]
)
def test_an_operation_only_integrations_call_says_so(promised: PromisedOperation) -> None:
    [op] = [op for op in OPERATIONS if op.operation_id == promised.operation_id]
    assert str(op.definition.get("x-evidence", "")).startswith("SECONDARY: ")


@pytest.mark.parametrize(
    "promised", DOCUMENTED_EXTRAS, ids=[p.operation_id for p in DOCUMENTED_EXTRAS]
)
def test_an_operation_the_docs_show_claims_no_weaker_evidence(promised: PromisedOperation) -> None:
    [op] = [op for op in OPERATIONS if op.operation_id == promised.operation_id]
    assert "x-evidence" not in op.definition


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_operation_has_a_summary_and_one_declared_tag(op: Operation) -> None:
    assert str(op.definition.get("summary", "")).strip()
    assert op.definition["tags"] == [op.tag]
    declared = [tag["name"] for tag in load_spec()["tags"]]
    assert op.tag in declared


def test_declared_tags_are_the_promised_ones() -> None:
    declared = [tag["name"] for tag in load_spec()["tags"]]
    assert sorted(declared) == sorted(TAGS)


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_operation_documents_401_and_requires_basic_auth(op: Operation) -> None:
    assert "401" in op.responses
    security = op.definition.get("security", load_spec().get("security"))
    assert security == [{"basicAuth": []}]


def test_security_scheme_is_http_basic() -> None:
    scheme = load_spec()["components"]["securitySchemes"]["basicAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "basic")


@pytest.mark.parametrize(
    "op", [op for op in OPERATIONS if "{" in op.path], ids=lambda op: op.operation_id
)
def test_operation_with_an_id_in_its_path_documents_404(op: Operation) -> None:
    assert "404" in op.responses


@pytest.mark.parametrize(
    "op", [op for op in OPERATIONS if op.method in WRITE_METHODS], ids=lambda op: op.operation_id
)
def test_write_operation_documents_422(op: Operation) -> None:
    assert "422" in op.responses


def test_exactly_client_contact_and_lead_creation_document_426() -> None:
    plan_limited = {op.operation_id for op in OPERATIONS if "426" in op.responses}
    assert plan_limited == PLAN_LIMITED_OPERATIONS


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_error_responses_share_one_error_schema(op: Operation) -> None:
    for status in ("401", "404", "422", "426"):
        if status not in op.responses:
            continue
        response = _dereferenced(op.responses[status])
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": ERROR_SCHEMA_REF}, f"{status} of {op.operation_id}"


def test_no_schema_uses_a_date_format() -> None:
    # Clientary writes dates as 2011/07/26, which `format: date` parsers reject.
    offenders = [
        pointer
        for pointer, node in _walk(load_spec())
        if isinstance(node, dict) and node.get("format") in {"date", "date-time"}
    ]
    assert offenders == []


def test_date_schema_admits_slashes_and_dashes() -> None:
    pattern = re.compile(load_spec()["components"]["schemas"]["Date"]["pattern"])
    assert pattern.search("2011/07/26")
    assert pattern.search("2017-07-22")
    assert not pattern.search("26 July 2011")


@pytest.mark.parametrize(
    ("schema", "separator"),
    [("QueryDate", "-"), ("Date", "/"), ("Date", "-"), ("NullableDate", "/")],
)
def test_date_pattern_admits_exactly_the_days_of_the_calendar(schema: str, separator: str) -> None:
    # A fuzzer draws "valid" dates from these patterns; one that named no day would be refused
    # by the server and reported as a valid request rejected.
    pattern = re.compile(load_spec()["components"]["schemas"][schema]["pattern"])
    years = [1, 4, 100, 999, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]
    for year in years:
        for month in range(0, 14):
            for day in range(0, 33):
                try:
                    datetime.date(year, month, day)
                    real = True
                except ValueError:
                    real = False
                text = f"{year:04d}-{month:02d}-{day:02d}".replace("-", separator)
                assert bool(pattern.search(text)) == real, text
    assert not pattern.search(f"0000{separator}01{separator}01")
    assert not pattern.search("26 July 2011")


def test_patterns_use_no_dialect_dependent_escapes() -> None:
    # \d, \s and friends mean other things in Python, ECMA-262 and Rust regexes; the mock,
    # the fuzzer and other validators must all read a pattern the same way.
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            pattern = node.get("pattern")
            if isinstance(pattern, str):
                found.append(pattern)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_spec())
    assert found
    for pattern in found:
        assert not re.search(r"\\[dDsSwWbB]", pattern), pattern


def test_every_evidence_tag_names_its_kind_and_reason() -> None:
    evidence = [
        (pointer, node["x-evidence"])
        for pointer, node in _walk(load_spec())
        if isinstance(node, dict) and "x-evidence" in node
    ]
    assert evidence, "the spec marks inferred facts with x-evidence"
    malformed = [
        (pointer, value)
        for pointer, value in evidence
        if not (isinstance(value, str) and re.fullmatch(r"(INFERRED|SECONDARY): \S.*", value))
    ]
    assert malformed == []


def test_openapi_spec_validator_accepts_the_spec() -> None:
    validate(copy.deepcopy(load_spec()))


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_operation_documents_403(op: Operation) -> None:
    # Integrations handle 403 (a refused token, a user without the permission).
    assert "403" in op.responses


ERROR_MEDIA_TYPES = {
    "application/json": "ErrorResponse",
    "text/plain": "ErrorText",
    "text/html": "ErrorPage",
}


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_every_error_may_come_as_json_text_or_html(op: Operation) -> None:
    for status, response in op.responses.items():
        if status.startswith("2"):
            continue
        content = _dereferenced(response)["content"]
        found = {
            media: schema["schema"]["$ref"].rsplit("/", 1)[-1] for media, schema in content.items()
        }
        assert found == ERROR_MEDIA_TYPES, f"{status} of {op.operation_id}"
        # JSON first: the generated client parses the first media type it knows.
        assert next(iter(content)) == "application/json"


@pytest.mark.parametrize(
    "op", [op for op in OPERATIONS if op.method == "put"], ids=lambda op: op.operation_id
)
def test_update_may_answer_204_or_its_record(op: Operation) -> None:
    assert op.responses["204"] == {"$ref": "#/components/responses/Updated"}
    assert "content" not in _dereferenced(op.responses["204"])
    assert "x-evidence" in _dereferenced(op.responses["204"])
    assert "application/json" in op.responses["200"]["content"]


def _parameter_names(op: Operation) -> list[str]:
    declared = [*op.path_item.get("parameters", []), *op.definition.get("parameters", [])]
    return [_dereferenced(parameter)["name"] for parameter in declared]


@pytest.mark.parametrize(
    "op",
    [op for op in OPERATIONS if "page" in _parameter_names(op)],
    ids=lambda op: op.operation_id,
)
def test_every_paged_list_takes_page_size_up_to_100(op: Operation) -> None:
    declared = [*op.path_item.get("parameters", []), *op.definition.get("parameters", [])]
    [page_size] = [p for p in map(_dereferenced, declared) if p["name"] == "page_size"]
    assert (page_size["schema"]["minimum"], page_size["schema"]["maximum"]) == (1, 100)
    if op.operation_id != "list_contacts":  # the one list the docs show it on
        assert page_size["x-evidence"].startswith("INFERRED: ")


def test_ids_we_send_stop_at_the_largest_integer_javascript_reads_exactly() -> None:
    sent = load_spec()["components"]["schemas"]["RecordIdInput"]
    read = load_spec()["components"]["schemas"]["RecordId"]
    assert (sent["minimum"], sent["maximum"]) == (1, 2**53 - 1)
    assert read["maximum"] == 2**63 - 1
    for name in ("Id", "ClientId", "ProjectId", "InvoiceId"):
        parameter = load_spec()["components"]["parameters"][name]
        assert parameter["schema"] == {"$ref": "#/components/schemas/RecordIdInput"}
    # No request body refers to the ids we read, nor a response to the ids we send.
    for pointer, node in _walk(load_spec()["components"]["schemas"]):
        if node == {"$ref": "#/components/schemas/RecordId"}:
            assert not _in_request_schema(pointer), pointer


def _in_request_schema(pointer: str) -> bool:
    name = pointer.split("/")[1]
    return name.endswith(("Fields", "Request", "Attributes"))


def test_response_texts_have_no_length_limit() -> None:
    """maxLength belongs on what we send, never on what we read."""
    for name in ("Text", "RecordNumber"):
        assert "maxLength" not in load_spec()["components"]["schemas"][name]
    for pointer, node in _walk(load_spec()["components"]["schemas"]):
        if isinstance(node, dict) and "maxLength" in node:
            assert _in_request_schema(pointer) or pointer.split("/")[1] in (
                "ShortText",
                "LongText",
                "RecordNumberInput",
            ), pointer


def test_the_shared_decimal_schemas_read_a_number_or_a_decimal_string() -> None:
    typed = {
        name: schema
        for name, schema in load_spec()["components"]["schemas"].items()
        if schema.get("x-python-type") == "Decimal" and not name.endswith("Input")
    }
    assert set(typed) == {
        "Money", "NullableMoney", "Amount", "NullableAmount", "Quantity", "NullableQuantity",
        "TaxRate",
    }  # fmt: skip
    pattern = re.compile(typed["Money"]["pattern"])
    for name, schema in typed.items():
        assert {"number", "string"} <= set(schema["type"]), name
        assert ("null" in schema["type"]) == name.startswith("Nullable"), name
        assert schema["pattern"] == typed["Money"]["pattern"]
    for text in ("49.99", "123.0", "-5", "0.4999e2"):
        assert pattern.search(text), text
    for text in ("49,99", "$5", "", "1.2.3"):
        assert not pattern.search(text), text


def test_every_shared_value_schema_names_its_python_type() -> None:
    """Days, timestamps, amounts sent and read, and codes: each kind has its x-python-type."""
    schemas = load_spec()["components"]["schemas"]
    kinds = {name: schema.get("x-python-type") for name, schema in schemas.items()}
    for name in ("Date", "NullableDate", "QueryDate"):
        assert kinds[name] == "date", name
    for name in ("Timestamp", "NullableTimestamp"):
        assert kinds[name] == "datetime", name
    for name, schema in schemas.items():
        if schema.get("type") == "number" or name.removeprefix("Nullable") in (
            "Money",
            "Amount",
            "Quantity",
            "TaxRate",
        ):
            assert kinds[name] == "Decimal", name
        if "enum" in schema and schema.get("type") == "integer":
            assert kinds[name] == "IntEnum", name
            assert len(schema["x-enum-varnames"]) == len(schema["enum"]), name


def test_timestamps_are_read_in_every_form_a_server_writes() -> None:
    pattern = re.compile(load_spec()["components"]["schemas"]["Timestamp"]["pattern"])
    for text in (
        "2012-11-08T21:20:47Z",
        "2013-02-06T21:23:21-08:00",
        "2015-01-01T00:00:00.000Z",
        "2011/06/29 23:01:08 -0700",
        "2011-06-29 23:01:08 UTC",
    ):
        assert pattern.search(text), text
    for text in ("2012-11-08T21:20:47", "2011/06/29", "yesterday"):
        assert not pattern.search(text), text


def test_update_task_says_which_key_the_docs_document() -> None:
    [op] = [op for op in OPERATIONS if op.operation_id == "update_task"]
    description = " ".join(op.definition["description"].split())
    assert "the docs document for ticking a task off is `completed`" in description
    assert "`complete` is the record's own name" in description


@pytest.mark.parametrize(
    ("operation_id", "evidence"),
    [
        ("delete_project", "INFERRED"),
        ("delete_recurring_schedule", "INFERRED"),
        ("create_lead", "INFERRED"),
        ("list_staff", "INFERRED"),
        ("get_staff", "INFERRED"),
        ("list_project_tasks", "INFERRED"),
        ("list_expenses", "INFERRED"),
        ("list_project_hours", "INFERRED"),
    ],
)
def test_claims_the_docs_do_not_show_are_marked(operation_id: str, evidence: str) -> None:
    [op] = [op for op in OPERATIONS if op.operation_id == operation_id]
    assert op.definition["x-evidence"].startswith(f"{evidence}: ")
