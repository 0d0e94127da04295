"""Fault injection, switched by `create_app(faults=...)` and by the control routes."""

from __future__ import annotations

import httpx
import pytest
from clientary_mock import ConnectionDropped, FaultConfig, create_app
from clientary_mock.testing import SpecRecorder
from starlette.applications import Starlette

pytestmark = pytest.mark.anyio


def client_of(app: Starlette, recorder: SpecRecorder) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://m",
        auth=("t", "t"),
        event_hooks={"response": [recorder.async_hook]},
    )


async def statuses(app: Starlette, recorder: SpecRecorder, count: int) -> list[int]:
    async with client_of(app, recorder) as client:
        return [(await client.get("/api/v2/staff")).status_code for _ in range(count)]


async def test_fail_first(conformance: SpecRecorder) -> None:
    app = create_app(token="t", faults=FaultConfig(fail_first=2))
    assert await statuses(app, conformance, 4) == [503, 503, 200, 200]


async def test_error_rate_is_reproducible(conformance: SpecRecorder) -> None:
    config = FaultConfig(error_rate=0.5, random_seed=7)
    first = await statuses(create_app(token="t", faults=config), conformance, 40)
    second = await statuses(create_app(token="t", faults=config), conformance, 40)
    assert first == second
    assert {s for s in first if s != 200} <= {500, 502, 503}
    assert 200 in first
    assert len(set(first)) > 1


async def test_rate_limit_carries_retry_after(conformance: SpecRecorder) -> None:
    app = create_app(token="t", faults=FaultConfig(rate_limit_rate=1, retry_after=3))
    async with client_of(app, conformance) as client:
        response = await client.get("/api/v2/staff")
    assert response.status_code == 429
    assert (response.headers["retry-after"], response.headers["x-mock-fault"]) == (
        "3",
        "rate_limit",
    )


async def test_latency_waits_the_configured_time(conformance: SpecRecorder) -> None:
    app = create_app(token="t", faults=FaultConfig(latency_ms=250))
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    app.state.mock.faults.sleep = fake_sleep
    await statuses(app, conformance, 2)
    async with client_of(app, conformance) as client:
        await client.get("/_mock/stats")
    assert waits == [0.25, 0.25]


async def test_control_routes_round_trip(http: httpx.AsyncClient) -> None:
    assert (await http.get("/_mock/faults")).json() == FaultConfig().to_json()
    changed = await http.put("/_mock/faults", json={"fail_first": 1, "retry_after": 2})
    assert changed.json()["fail_first"] == 1
    assert changed.json()["retry_after"] == 2
    assert (await http.get("/_mock/stats")).status_code == 200  # control routes never fail
    assert (await http.get("/api/v2/staff")).status_code == 503
    assert (await http.get("/api/v2/staff")).status_code == 200
    bad = await http.put("/_mock/faults", json={"error_rate": 2, "nope": 1, "fail_first": -1})
    assert bad.status_code == 422
    assert set(bad.json()["errors"]) == {
        "error_rate",
        "nope",
        "fail_first",
    }
    assert (await http.put("/_mock/faults", content=b"[")).status_code == 422
    cleared = await http.delete("/_mock/faults")
    assert cleared.json() == FaultConfig().to_json()


async def test_stats_count_api_requests(http: httpx.AsyncClient) -> None:
    before = (await http.get("/_mock/stats")).json()["requests"]
    await http.get("/api/v2/staff")
    await http.get("/api/v2/clients/999")
    assert (await http.get("/_mock/stats")).json()["requests"] == before + 2


async def test_in_process_drop_raises_before_processing(conformance: SpecRecorder) -> None:
    app = create_app(token="t", faults=FaultConfig(drop_rate=1))
    async with client_of(app, conformance) as client:
        with pytest.raises(ConnectionDropped):
            await client.post("/api/v2/clients", json={"client": {"name": "Lost"}})
        assert (await client.get("/_mock/stats")).json()["records"]["clients"] == 25


async def test_in_process_drop_after_processing(conformance: SpecRecorder) -> None:
    app = create_app(token="t", faults=FaultConfig(drop_after_rate=1))
    async with client_of(app, conformance) as client:
        with pytest.raises(ConnectionDropped):
            await client.post("/api/v2/clients", json={"client": {"name": "Kept"}})
        assert (await client.get("/_mock/stats")).json()["records"]["clients"] == 26
