"""The store refuses in its own terms, and the API answers each refusal as it always has.

The store knows nothing of HTTP: a missing record, a reference to one and a create past the
record limit are domain exceptions, which the endpoint turns into the spec's error answers.
The answers are pinned byte for byte, since clients read these messages and field names.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect

import httpx
import pytest
from clientary_mock import _store, create_app
from clientary_mock._store import MissingReference, RecordLimitReached, RecordNotFound, Store
from clientary_mock.testing import SpecRecorder
from starlette.applications import Starlette

pytestmark = pytest.mark.anyio

TOKEN = "test-token"
TODAY = dt.date(2026, 6, 15)


def store_of(app: Starlette) -> Store:
    store: Store = app.state.mock.store
    return store


def test_the_store_imports_nothing_from_the_rest_of_the_mock() -> None:
    """No HTTP error can come out of the store: it depends on the standard library only."""
    tree = ast.parse(inspect.getsource(_store))
    relative = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level]
    absolute = {
        alias.name.partition(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        (node.module or "").partition(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and not node.level
    }
    assert relative == []
    assert absolute <= {"__future__", "dataclasses", "datetime", "typing"}


def test_the_store_raises_what_it_refuses_as_domain_errors() -> None:
    store = store_of(create_app(token=TOKEN))
    with pytest.raises(RecordNotFound) as missing:
        store.require("hours", 10**9)
    assert (missing.value.table, missing.value.what) == ("hours", "Time entry")
    with pytest.raises(MissingReference) as dangling:
        store.reference("projects", 10**9, "task.project_id")
    assert dangling.value.field == "task.project_id"

    staff_only = store_of(create_app(token=TOKEN, seed="empty"))
    held = staff_only.held
    full = store_of(create_app(token=TOKEN, seed="empty", max_records=held))
    with pytest.raises(RecordLimitReached) as limit:
        full.insert("tasks", {"title": "One too many"})
    assert limit.value.limit == held


async def test_a_missing_record_is_answered_404_naming_its_kind(
    http: httpx.AsyncClient,
) -> None:
    response = await http.get("/api/v2/hours/999999")
    assert response.status_code == 404
    assert response.json() == {"error": "Time entry not found"}


async def test_a_reference_to_no_record_is_answered_422_naming_the_field(
    http: httpx.AsyncClient,
) -> None:
    body = {"task": {"title": "Call Ann", "project_id": 999999}}
    response = await http.post("/api/v2/tasks", json=body)
    assert response.status_code == 422
    assert response.json() == {
        "error": "Validation failed",
        "errors": {"task.project_id": ["does not exist"]},
    }


async def test_a_create_past_the_record_limit_is_answered_422_on_the_body(
    conformance: SpecRecorder,
) -> None:
    held = sum(store_of(create_app(token=TOKEN, today=TODAY)).counts().values())
    app = create_app(token=TOKEN, today=TODAY, max_records=held)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://testserver",
        auth=(TOKEN, TOKEN),
        event_hooks={"response": [conformance.async_hook]},
    ) as http:
        response = await http.post("/api/v2/tasks", json={"task": {"title": "One too many"}})
    assert response.status_code == 422
    assert response.json() == {
        "error": "The mock holds all the records it may; delete some or reset it",
        "errors": {"body": [f"would take the mock past its limit of {held:,} records"]},
    }
