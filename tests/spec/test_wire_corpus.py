"""The corpus of wire forms (tests/fixtures/wire/): complete, valid by the spec, read whole.

The fixtures are written from the API reference and what integrations report, not from the
mock: decimals as strings, nulls, the tax flag spelt `taxable?`, codes the docs do not list,
long texts, timestamps in Ruby's form. Each validates against the spec, alone and inside its
list envelope, and the generated client reads it without losing a key, every decimal field a
float whatever the wire carried. The error forms are read through `clientary.call()` in
tests/overlays/test_wire_answers.py.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import clientary
import clientary_client
import clientary_client.errors
import httpx
import pytest

from .generated_ops import client_on_fake_wire, model_class, operation_module
from .json_diff import json_differences
from .spec_source import Operation, operations, validator_for
from .wire_corpus import (
    DECIMAL_STRINGS,
    ERRORS_DIR,
    KINDS,
    LONG_TEXT,
    NULLS,
    TAX_FLAG,
    TIMESTAMP_FORMS,
    UNKNOWN_CODES,
    RecordFixture,
    applicable_kinds,
    is_code,
    is_decimal,
    is_list_envelope,
    is_nullable,
    is_text,
    is_timestamp,
    listed_codes,
    record_fixtures,
    resolved,
    response_record_schemas,
    schemas,
    values,
)

FIXTURES = record_fixtures()
IDS = [fixture.fixture_id for fixture in FIXTURES]
# Longer than any text a request may send to a ShortText field.
LONG = 255


def _answering(schema_name: str, *, listed: bool) -> Operation:
    """An operation whose 200 answer is the record (or, `listed`, a list of such records); a
    GET where there is one (payments are only answered by their create)."""
    for op in sorted(operations(), key=lambda op: op.method != "get"):
        content = op.responses.get("200", {}).get("content", {}).get("application/json")
        if content is None:
            continue
        answer = schemas()[content["schema"]["$ref"].rsplit("/", 1)[-1]]
        if listed and is_list_envelope(answer):
            items = next(p for p in answer["properties"].values() if p.get("type") == "array")
            if items["items"]["$ref"].endswith(f"/{schema_name}"):
                return op
        elif not listed and content["schema"]["$ref"].endswith(f"/{schema_name}"):
            return op
    raise AssertionError(f"no GET answers with {schema_name} ({'listed' if listed else 'alone'})")


def _envelope(op: Operation, record: Any) -> dict[str, Any]:
    """The list answer of `op` holding `record` and nothing else."""
    envelope = resolved(op.responses["200"]["content"]["application/json"]["schema"])
    document: dict[str, Any] = {}
    for name in envelope["required"]:
        kind = resolved(envelope["properties"][name])
        if kind.get("type") == "array":
            document[name] = [record]
        elif kind.get("type") == "integer":
            document[name] = 1
        else:
            document[name] = "2011/01/01"  # the date range an expense list echoes
    return document


def _read(op: Operation, payload: Any) -> Any:
    """What the generated operation makes of a 200 answer carrying `payload`."""
    module = operation_module(op.tag, op.operation_id)
    with client_on_fake_wire(lambda _: httpx.Response(500)) as (client, _recorded):
        return module._parse_response(client=client, response=httpx.Response(200, json=payload))


def test_every_response_schema_has_a_fixture_of_every_kind_that_applies() -> None:
    expected = {
        f"{stem}.{kind}"
        for name, stem in response_record_schemas().items()
        for kind in applicable_kinds(name)
    }
    on_disk = set(IDS)
    assert sorted(expected - on_disk) == [], "missing fixtures"
    assert sorted(on_disk - expected) == [], (
        "fixtures of no schema or of a kind that does not apply"
    )


def test_the_walk_finds_every_kind_and_every_record() -> None:
    # Guards the test above against a walk that finds nothing and so asks for nothing.
    assert len(response_record_schemas()) == 13
    found = {kind for name in response_record_schemas() for kind in applicable_kinds(name)}
    assert found == set(KINDS)
    assert applicable_kinds("Invoice") == set(KINDS)
    assert applicable_kinds("Lead") == {NULLS, LONG_TEXT}


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_fixture_is_valid_by_the_spec_alone_and_in_its_list(fixture: RecordFixture) -> None:
    record = fixture.load()
    alone = validator_for(f"#/components/schemas/{fixture.schema_name}")
    assert [error.message for error in alone.iter_errors(record)] == []
    listing = _answering(fixture.schema_name, listed=True)
    pointer = listing.response_schema_pointer()
    listed = validator_for(pointer).iter_errors(_envelope(listing, record))
    assert [error.message for error in listed] == []


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_fixture_shows_its_kind(fixture: RecordFixture) -> None:
    """A fixture is its variant, not a copy of the documented example."""
    record = fixture.load()
    schema = schemas()[fixture.schema_name]
    present = list(values(schema, record))
    if fixture.kind == DECIMAL_STRINGS:
        decimals = [value for field, value in present if is_decimal(field) and value is not None]
        assert decimals
        assert all(isinstance(value, str) for value in decimals)
    elif fixture.kind == NULLS:
        own = [(field, value) for field, value in present if field.pointer.count("/") == 1]
        nullable = {field.name: value for field, value in own if is_nullable(field)}
        assert nullable
        assert set(nullable.values()) == {None}, nullable
    elif fixture.kind == TAX_FLAG:
        lines = [value for field, value in present if field.schema.get("type") == "array"]
        items = [item for line in lines for item in line if isinstance(item, dict)]
        assert any("taxable?" in item for item in items)
        assert not any("taxable" in item for item in items)
    elif fixture.kind == UNKNOWN_CODES:
        codes = [(field, value) for field, value in present if is_code(field)]
        assert codes
        assert all(value not in listed_codes(field) for field, value in codes)
    elif fixture.kind == LONG_TEXT:
        assert any(is_text(field) and len(value or "") > LONG for field, value in present)
    elif fixture.kind == TIMESTAMP_FORMS:
        moments = [value for field, value in present if is_timestamp(field) and value]
        assert any("/" in moment for moment in moments)
        assert all(clientary.parse_timestamp(moment) for moment in moments)


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_the_generated_client_reads_every_key_and_one_type_per_decimal(
    fixture: RecordFixture,
) -> None:
    record = fixture.load()
    op = _answering(fixture.schema_name, listed=False)

    parsed = _read(op, record)

    assert type(parsed) is model_class(fixture.schema_name)
    written = parsed.to_dict()
    assert json_differences(record, written, decimals_read=True) == []
    schema = schemas()[fixture.schema_name]
    decimals = [(f, v) for f, v in values(schema, written) if is_decimal(f) and v is not None]
    # Written back by the one rule: exact numbers, an int when whole, never a float or a string.
    assert all(type(value) in (int, Decimal) for _, value in decimals), decimals


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_the_generated_client_reads_it_in_a_list(fixture: RecordFixture) -> None:
    listing = _answering(fixture.schema_name, listed=True)
    envelope = _envelope(listing, fixture.load())

    parsed = _read(listing, envelope)

    assert json_differences(envelope, parsed.to_dict(), decimals_read=True) == []


ERROR_MEDIA_TYPES = {".json": "application/json", ".txt": "text/plain", ".html": "text/html"}
ERROR_FIXTURES = sorted(ERRORS_DIR.iterdir())


def test_every_error_form_has_a_fixture() -> None:
    """JSON (the message alone, field errors nested and at the top level), text and HTML."""
    assert {path.suffix for path in ERROR_FIXTURES} == set(ERROR_MEDIA_TYPES)
    assert len(ERROR_FIXTURES) == 5


@pytest.mark.parametrize("path", ERROR_FIXTURES, ids=[path.name for path in ERROR_FIXTURES])
def test_error_fixture_is_valid_by_every_operations_error_answers(path: Path) -> None:
    media_type = ERROR_MEDIA_TYPES[path.suffix]
    text = path.read_text(encoding="utf-8")
    body = json.loads(text) if media_type == "application/json" else text
    for op in operations():
        for status, response in op.responses.items():
            if status.startswith("2"):
                continue
            schema = resolved(response)["content"][media_type]["schema"]
            errors = list(validator_for(schema["$ref"]).iter_errors(body))
            assert errors == [], (op.operation_id, status)


# What the generated operations hand back for each error form: a JSON object as it is, and the
# server's words under `error` for plain text (as sent) and for an HTML page (its title).
WORDS_OF_NON_JSON_ERRORS = {
    "access-denied.txt": "HTTP Basic: Access denied.",
    "not-found.html": "Not found (404)",
}


@pytest.mark.parametrize("path", ERROR_FIXTURES, ids=[path.name for path in ERROR_FIXTURES])
def test_every_operation_reads_every_error_form_into_its_error_model(path: Path) -> None:
    media_type = ERROR_MEDIA_TYPES[path.suffix]
    text = path.read_text(encoding="utf-8")
    expected = (
        json.loads(text)
        if media_type == "application/json"
        else {"error": WORDS_OF_NON_JSON_ERRORS[path.name]}
    )
    client = clientary_client.Client(base_url="https://acme.clientary.com")
    answered = 0
    for op in operations():
        module = operation_module(op.tag, op.operation_id)
        for status in (status for status in op.responses if status[0] in "45"):
            response = httpx.Response(int(status), text=text, headers={"Content-Type": media_type})
            parsed = module._parse_response(client=client, response=response)
            assert type(parsed).__name__ == "ErrorResponse", (op.operation_id, status)
            assert parsed.to_dict() == expected, (op.operation_id, status)
            answered += 1
    assert answered > 150


@pytest.mark.parametrize(
    ("body", "content_type", "fields"),
    [
        ("", "text/plain", {}),
        ('["first", "second"]', "application/json", {"error": '["first", "second"]'}),
        # A fraction is read as a Decimal, which json.dumps cannot write.
        ("[2.50]", "application/json", {"error": "[2.50]"}),
        ("<h1>Gone</h1>", "text/plain", {"error": "Gone"}),
        ("  Too many\n  requests  ", "text/plain", {"error": "Too many requests"}),
        (
            "<html><body><script>x()</script><p>Down</p></body></html>",
            "text/html",
            {"error": "Down"},
        ),
    ],
)
def test_error_fields_of_unusual_bodies(body: str, content_type: str, fields: object) -> None:
    response = httpx.Response(500, text=body, headers={"Content-Type": content_type})
    assert clientary_client.errors.error_fields(response) == fields
