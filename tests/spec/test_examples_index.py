"""The fixture files, the index of documented examples and the spec's inline examples agree."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest

from .examples_index import (
    DOCUMENTED_EXAMPLES,
    EXAMPLES_DIR,
    LEGACY_PAYMENT_PROFILE,
    DocumentedExample,
    load_example,
)
from .json_diff import json_differences
from .spec_source import Operation, operations

_NAMED_FILE = re.compile(r"\((?P<file>[a-z0-9_]+\.json)\)")


def _inline_examples() -> list[tuple[str, str, Any]]:
    """(pytest id, summary, value) of every inline example in the spec."""
    found: list[tuple[str, str, Any]] = []
    for op in operations():
        for name, example in op.request_examples().items():
            found.append(
                (f"{op.operation_id}-request-{name}", example["summary"], example["value"])
            )
        for status, example in op.response_examples():
            found.append((f"{op.operation_id}-{status}", example["summary"], example["value"]))
    return found


def _named_file(summary: str) -> str:
    match = _NAMED_FILE.search(summary)
    assert match is not None, f"inline example summary names no fixture file: {summary!r}"
    return match.group("file")


def _operations_attaching(example: DocumentedExample) -> set[str]:
    """Operations whose inline examples (request body, or 200 response) name this file."""

    def summaries(op: Operation) -> list[str]:
        if example.direction == "request":
            return [found["summary"] for found in op.request_examples().values()]
        return [found["summary"] for status, found in op.response_examples() if status == "200"]

    return {
        op.operation_id
        for op in operations()
        if any(_named_file(summary) == example.file_name for summary in summaries(op))
    }


def test_index_names_every_fixture_file_once() -> None:
    indexed = Counter(example.file_name for example in DOCUMENTED_EXAMPLES)
    assert [name for name, count in indexed.items() if count > 1] == []
    on_disk = {path.name for path in EXAMPLES_DIR.glob("*.json")}
    assert set(indexed) == on_disk


@pytest.mark.parametrize(
    "example", DOCUMENTED_EXAMPLES, ids=[example.file_name for example in DOCUMENTED_EXAMPLES]
)
def test_fixture_is_one_json_object(example: DocumentedExample) -> None:
    assert isinstance(example.load(), dict)


@pytest.mark.parametrize(
    "example", DOCUMENTED_EXAMPLES, ids=[example.file_name for example in DOCUMENTED_EXAMPLES]
)
def test_spec_attaches_example_to_exactly_the_indexed_operations(
    example: DocumentedExample,
) -> None:
    assert _operations_attaching(example) == set(example.operation_ids)


def test_legacy_example_documents_no_operation() -> None:
    assert LEGACY_PAYMENT_PROFILE.operation_ids == ()
    assert all(
        example.operation_ids
        for example in DOCUMENTED_EXAMPLES
        if example is not LEGACY_PAYMENT_PROFILE
    )


@pytest.mark.parametrize(
    ("summary", "value"),
    [(summary, value) for _, summary, value in _inline_examples()],
    ids=[example_id for example_id, _, _ in _inline_examples()],
)
def test_inline_example_is_identical_to_its_fixture(summary: str, value: Any) -> None:
    file_name = _named_file(summary)
    assert (EXAMPLES_DIR / file_name).is_file(), f"{file_name} is not among the fixtures"
    fixture = load_example(file_name)
    assert json_differences(fixture, value) == []
    # Same members in the same order, with the same number spellings (5.0 stays 5.0).
    assert json.dumps(value) == json.dumps(fixture)
