"""Every value field of every generated model has its Python type, read and written exactly.

The fields are found by walking the spec, not the templates' own table: every property whose
schema is one of the shared day, timestamp, decimal or code schemas, and every integer property
that the spec documents as a code, so that a field the templates missed fails here.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
from decimal import Decimal
from typing import Any

import clientary_client.models
import pytest
from clientary_client.types import Unset

from .generated_ops import model_class
from .spec_source import load_spec

SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]
DAYS = {"Date", "NullableDate"}
MOMENTS = {"Timestamp", "NullableTimestamp"}
AMOUNTS = {
    name
    for name in SCHEMAS
    if name.removeprefix("Nullable") in ("Money", "Amount", "Quantity", "TaxRate")
    or (name.endswith("Input") and SCHEMAS[name].get("type") == "number")
}
CODES = {
    name for name, schema in SCHEMAS.items() if schema.get("type") == "integer" and "enum" in schema
}
# How the spec describes an integer that is a code: "0 draft, 1 sent ...".
CODE_DESCRIPTION = re.compile(r"^[0-9]+ [a-z]|\bcode\b")
KIND_OF = {
    **dict.fromkeys(DAYS, "date"),
    **dict.fromkeys(MOMENTS, "datetime"),
    **dict.fromkeys(AMOUNTS, "Decimal"),
    **dict.fromkeys(CODES, "IntEnum"),
}


def _written() -> set[str]:
    """The schemas some request body reaches."""
    found: set[str] = set()
    pending: list[Any] = [
        media["schema"]
        for path in load_spec()["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict) and "requestBody" in operation
        for media in operation["requestBody"]["content"].values()
    ]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            name = node.get("$ref", "").rpartition("/")[2]
            if name and name not in found:
                found.add(name)
                pending.append(SCHEMAS[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


WRITTEN = _written()


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found.update(
            _properties(SCHEMAS[part["$ref"].rpartition("/")[2]] if "$ref" in part else part)
        )
    return found


class Field(typing.NamedTuple):
    owner: str
    key: str
    kind: str
    enum: str | None
    nullable: bool
    written: bool


def _fields() -> list[Field]:
    found = []
    for owner, schema in SCHEMAS.items():
        for key, prop in _properties(schema).items():
            target = prop.get("$ref", "").rpartition("/")[2]
            if target in KIND_OF:
                enum_name = target if target in CODES else None
                nullable = "null" in SCHEMAS[target]["type"]
                found.append(
                    Field(owner, key, KIND_OF[target], enum_name, nullable, owner in WRITTEN)
                )
            elif (
                owner not in WRITTEN
                and "integer" in prop.get("type", ())
                and CODE_DESCRIPTION.search(prop.get("description", ""))
            ):
                # A code as read: it must name its enum (the templates cannot guess it). A code
                # as sent is either a shared code schema (above) or a bounded integer, such as a
                # line's item_type, whose range the docs leave wider than the codes they name.
                assert prop.get("x-enum") in CODES, f"{owner}.{key} names no code schema"
                nullable = "null" in prop["type"]
                found.append(Field(owner, key, "IntEnum", prop["x-enum"], nullable, False))
    return found


FIELDS = _fields()
IDS = [f"{field.owner}.{field.key}" for field in FIELDS]


def test_the_walk_finds_every_kind_in_both_directions() -> None:
    kinds = {(field.kind, field.written) for field in FIELDS}
    assert kinds >= {
        (kind, written) for kind in ("date", "Decimal", "IntEnum") for written in (True, False)
    }
    assert ("datetime", False) in kinds
    assert len(FIELDS) > 120


def _python_type(field: Field) -> type:
    if field.kind == "IntEnum":
        assert field.enum is not None
        found: type = getattr(clientary_client.models, field.enum)
        return found
    return {"date": dt.date, "datetime": dt.datetime, "Decimal": Decimal}[field.kind]


def _accepted(field: Field) -> set[type]:
    """What a request model's field takes besides the type itself."""
    accepted: dict[str, set[type]] = {"date": {str}, "Decimal": {float}, "IntEnum": {int}}
    return accepted.get(field.kind, set())


@pytest.mark.parametrize("field", FIELDS, ids=IDS)
def test_the_model_declares_the_fields_python_type(field: Field) -> None:
    model = model_class(field.owner)
    hints = typing.get_type_hints(model, localns=vars(clientary_client.models))
    python_name = field.key if field.key.isidentifier() else f"attr_{field.key}"
    members = set(typing.get_args(hints[python_name])) or {hints[python_name]}
    expected = {_python_type(field)} | ({type(None)} if field.nullable else set())
    if field.written:
        expected |= _accepted(field)
    assert members - {Unset} == expected


def _required(schema: dict[str, Any]) -> list[str]:
    found = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        found += _required(SCHEMAS[part["$ref"].rpartition("/")[2]] if "$ref" in part else part)
    return found


def _minimal(owner: str) -> dict[str, Any]:
    """A document the owner's from_dict() accepts: each required key with a value of its kind."""
    schema = SCHEMAS[owner]
    properties = _properties(schema)
    document: dict[str, Any] = {}
    for key in _required(schema):
        prop = properties[key]
        target = SCHEMAS.get(prop.get("$ref", "").rpartition("/")[2], prop)
        name = prop.get("$ref", "").rpartition("/")[2]
        kind = KIND_OF.get(name)
        if kind is None and "x-enum" in prop:
            kind, name = "IntEnum", prop["x-enum"]
        document[key] = {
            "date": "2011/07/26",
            "datetime": "2011/06/29 23:01:08 -0700",
            "Decimal": Decimal("1.50"),
            "IntEnum": SCHEMAS[name]["enum"][0] if kind == "IntEnum" else None,
            None: []
            if target.get("type") == "array"
            else {}
            if target.get("type") == "object"
            else None,
        }[kind]
    return document


READ = [field for field in FIELDS if not field.written]
WRITTEN_FIELDS = [field for field in FIELDS if field.written]

WIRE_FORMS: dict[str, list[tuple[Any, Any, Any]]] = {
    # (what the wire carried, what the model holds, what to_dict() writes)
    "Decimal": [
        (12, Decimal(12), 12),
        (Decimal("12.50"), Decimal("12.50"), Decimal("12.50")),
        (12.5, Decimal("12.5"), Decimal("12.5")),
        (0.1, Decimal("0.1"), Decimal("0.1")),
        ("12.50", Decimal("12.50"), Decimal("12.50")),
        ("-0.4999e2", Decimal("-49.99"), Decimal("-49.99")),
    ],
    "date": [
        ("2011/07/26", dt.date(2011, 7, 26), "2011-07-26"),
        ("2017-07-22", dt.date(2017, 7, 22), "2017-07-22"),
    ],
    "datetime": [
        (
            "2011/06/29 23:01:08 -0700",
            dt.datetime(2011, 6, 29, 23, 1, 8, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
            "2011-06-29T23:01:08-07:00",
        ),
        (
            "2012-11-08T21:20:47Z",
            dt.datetime(2012, 11, 8, 21, 20, 47, tzinfo=dt.UTC),
            "2012-11-08T21:20:47+00:00",
        ),
        (
            "2012-11-08 21:20:47 UTC",
            dt.datetime(2012, 11, 8, 21, 20, 47, tzinfo=dt.UTC),
            "2012-11-08T21:20:47+00:00",
        ),
        (
            "2013-02-06T21:23:21.123-08:00",
            dt.datetime(2013, 2, 6, 21, 23, 21, 123000, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
            "2013-02-06T21:23:21.123000-08:00",
        ),
    ],
}


@pytest.mark.parametrize("field", READ, ids=[f"{f.owner}.{f.key}" for f in READ])
def test_a_response_field_reads_every_wire_form_exactly(field: Field) -> None:
    model = model_class(field.owner)
    python_name = field.key if field.key.isidentifier() else f"attr_{field.key}"
    if field.kind == "IntEnum":
        codes = _python_type(field)
        assert issubclass(codes, enum.IntEnum)
        for member in codes:
            record = model.from_dict({**_minimal(field.owner), field.key: member.value})
            assert getattr(record, python_name) is member
            assert record.to_dict()[field.key] == member.value
        assert f"{field.key} ({field.enum}): " in (model.__doc__ or ""), "help() names the codes"
        # A code the docs do not list: a member of the same class, equal to it, never an error.
        record = model.from_dict({**_minimal(field.owner), field.key: 97})
        unlisted = getattr(record, python_name)
        assert type(unlisted) is codes
        assert unlisted == 97
        assert type(record.to_dict()[field.key]) is int
    else:
        for wire, held, written in WIRE_FORMS[field.kind]:
            record = model.from_dict({**_minimal(field.owner), field.key: wire})
            value = getattr(record, python_name)
            assert type(value) is _python_type(field)
            assert value == held
            assert str(value) == str(held)  # Decimal("12.50") keeps its digits
            out = record.to_dict()[field.key]
            assert type(out) is type(written)
            assert out == written
    if field.nullable:
        record = model.from_dict({**_minimal(field.owner), field.key: None})
        assert getattr(record, python_name) is None
        assert record.to_dict()[field.key] is None


REQUEST_FORMS: dict[str, list[tuple[Any, Any]]] = {
    # (what a caller gives a request model, what its to_dict() writes)
    "Decimal": [
        (Decimal("129.15"), Decimal("129.15")),
        (Decimal("220.00"), 220),
        (0.1, Decimal("0.1")),
        (500, 500),
        (2.0, 2),
    ],
    "date": [
        (dt.date(2011, 7, 26), "2011-07-26"),
        ("2011/07/26", "2011-07-26"),
        ("2011-07-26", "2011-07-26"),
    ],
}
REFUSED: dict[str, list[Any]] = {
    "Decimal": [float("nan"), Decimal("Infinity"), "12", True],
    "date": ["2011-02-30", "yesterday", dt.datetime(2011, 7, 26, tzinfo=dt.UTC), 20110726],
    "IntEnum": [97, -1, "1", True],
}


@pytest.mark.parametrize(
    "field", WRITTEN_FIELDS, ids=[f"{f.owner}.{f.key}" for f in WRITTEN_FIELDS]
)
def test_a_request_field_takes_plain_values_and_refuses_bad_ones_by_name(field: Field) -> None:
    model = model_class(field.owner)
    python_name = field.key if field.key.isidentifier() else f"attr_{field.key}"
    base = _minimal(field.owner)
    if field.kind == "IntEnum":
        codes = _python_type(field)
        assert issubclass(codes, enum.IntEnum)
        forms = [(member, member.value) for member in codes] + [(int(m), int(m)) for m in codes]
    else:
        forms = REQUEST_FORMS[field.kind]
    for given, written in forms:
        record = model.from_dict(base)
        setattr(record, python_name, given)
        out = record.to_dict()[field.key]
        assert type(out) is type(written)
        assert out == written
    for bad in REFUSED[field.kind]:
        record = model.from_dict(base)
        setattr(record, python_name, bad)
        with pytest.raises((TypeError, ValueError), match=f"^{re.escape(field.key)}: "):
            record.to_dict()
