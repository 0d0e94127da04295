"""Fuzz one operation with hypothesis and hand back the check failures instead of raising them."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.specs.openapi.schemas import OpenApiSchema

from .schema_under_test import AnyCase, check_case


def fuzz_failures(
    schema: OpenApiSchema, operation_id: str, *, mode: GenerationMode, max_examples: int
) -> list[Failure]:
    """Every check failure of the first failing case (none: the operation passed)."""
    operation = schema.find_operation_by_id(operation_id)
    cases: st.SearchStrategy[AnyCase] = operation.as_strategy(generation_mode=mode)

    @given(case=cases)
    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        # The first failing case is evidence enough; shrinking would only cost time.
        phases=[Phase.explicit, Phase.generate],
        report_multiple_bugs=False,
        suppress_health_check=[HealthCheck.too_slow],
    )
    def fuzz(case: AnyCase) -> None:
        check_case(case)

    try:
        fuzz()
    except FailureGroup as group:
        return list(group.exceptions)
    except Failure as failure:
        return [failure]
    return []
