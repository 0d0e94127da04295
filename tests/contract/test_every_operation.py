"""Every operation of the spec, fuzzed against the in-process mock with every check.

One pytest item per operation (schemathesis parametrizes over the spec); each draws positive
cases (valid by the spec: must be accepted and answered as documented) and negative ones
(invalid: must be refused with a 4xx), and runs every check on each answer: no 5xx, only
documented statuses, content types and headers, bodies that match the response schemas,
405 with Allow for undeclared methods, 401 when the credentials are missing.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import cast

import yaml
from clientary_mock import create_app
from hypothesis import HealthCheck, settings
from schemathesis.core.result import Err, Ok

from .schema_under_test import SPEC, TOKEN, AnyCase, check_case, load_schema

# Per operation. 70 operations x 12 cases keeps this module around a minute on two cores;
# scripts/fuzz runs the larger, four-phase suite.
MAX_EXAMPLES = 12
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

schema = load_schema(create_app(token=TOKEN, seed="demo", today=datetime.date(2025, 6, 15)))
CaseTest = Callable[[AnyCase], None]
# schemathesis's decorator is untyped; the cast keeps the test function typed for mypy.
every_operation = cast(Callable[[CaseTest], CaseTest], schema.parametrize())


@every_operation
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    # Request bodies with line items are large by design; that is not a problem to report.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
def test_operation_keeps_the_contract(case: AnyCase) -> None:
    check_case(case)


def test_schemathesis_sees_every_operation_of_the_spec() -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    declared = {
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }
    results = list(schema.get_all_operations())
    assert [result.err() for result in results if isinstance(result, Err)] == []
    loaded = {schema.get_operation_id(result.ok()) for result in results if isinstance(result, Ok)}
    assert loaded == declared
    assert len(loaded) == 70
