"""The response checker the fixtures rely on does catch responses that break the spec."""

from __future__ import annotations

import json

from clientary_mock._openapi import default_index
from clientary_mock.conformance import ConformanceChecker

JSON = {"content-type": "application/json"}


def check(
    method: str, path: str, status: int, body: object, headers: dict[str, str] | None = None
) -> list[str]:
    raw = b"" if body is None else json.dumps(body).encode()
    return ConformanceChecker(default_index()).problems(method, path, status, headers or JSON, raw)


def test_a_conforming_answer_passes() -> None:
    staff = {
        "staff": [
            {
                "id": 1,
                "name": "A",
                "title": None,
                "email": None,
                "phone": None,
                "mobile": None,
                "ext": None,
                "avatar": None,
            }
        ]
    }
    assert check("GET", "/api/v2/staff", 200, staff) == []
    assert check("DELETE", "/api/v2/clients/3", 200, None, {}) == []


def test_a_wrong_body_is_caught() -> None:
    problems = check("GET", "/api/v2/staff", 200, {"staff": [{"id": "one"}]})
    assert problems
    assert all(p.startswith("GET /api/v2/staff -> 200") for p in problems)


def test_undocumented_statuses_and_shapes_are_caught() -> None:
    assert check("GET", "/api/v2/staff", 404, {"error": "x"})  # no id on this path
    assert check("GET", "/api/v2/staff", 500, {"error": "x"})  # a 500 not injected on purpose
    assert check("PATCH", "/api/v2/staff", 405, {"error": "x"})  # no Allow header
    assert check(
        "DELETE", "/api/v2/clients/3", 200, {"deleted": True}, JSON
    )  # body where none is declared
    assert check("GET", "/api/v2/clients/3", 200, None, {"content-type": "text/html"})
    assert (
        check("GET", "/api/v2/staff", 503, {"error": "x"}, {**JSON, "x-mock-fault": "error"}) == []
    )
