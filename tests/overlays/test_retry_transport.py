"""The retry transports with a scripted `MockTransport` underneath (sync and async)."""

import concurrent.futures
import logging
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
import pytest
from clientary._retry_transport import AsyncRetryTransport, RetryTransport

URL = "https://acme.clientary.com/api/v2/clients?page=2"
Outcome = httpx.Response | Exception


def scripted(outcomes: list[Outcome], seen: list[str]) -> httpx.MockTransport:
    """A transport answering with `outcomes` in turn (raising the exceptions)."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return httpx.MockTransport(handler)


def refused() -> Exception:
    return httpx.ConnectError("connection refused")


def read_reset() -> Exception:
    return httpx.ReadError("connection reset")


def sync_send(
    method: str, outcomes: list[Outcome], max_retries: int = 2
) -> tuple[httpx.Response, list[str], list[float]]:
    seen: list[str] = []
    waits: list[float] = []
    transport = RetryTransport(
        scripted(outcomes, seen),
        max_retries=max_retries,
        sleep=waits.append,
        unit_random=lambda: 0.5,
    )
    with httpx.Client(transport=transport) as http:
        response = http.request(method, URL)
    return response, seen, waits


async def async_send(
    method: str, outcomes: list[Outcome], max_retries: int = 2
) -> tuple[httpx.Response, list[str], list[float]]:
    seen: list[str] = []
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    transport = AsyncRetryTransport(
        scripted(outcomes, seen), max_retries=max_retries, sleep=record, unit_random=lambda: 0.5
    )
    async with httpx.AsyncClient(transport=transport) as http:
        response = await http.request(method, URL)
    return response, seen, waits


class TestSyncRetryTransport:
    def test_retries_503_then_succeeds_with_backoff(self) -> None:
        """Two 503s, then 200: three attempts, waits 0.5 s then 1 s."""
        response, seen, waits = sync_send(
            "GET", [httpx.Response(503), httpx.Response(503), httpx.Response(200)]
        )
        assert response.status_code == 200
        assert seen == ["GET"] * 3
        assert waits == [0.5, 1.0]

    def test_gives_up_after_max_retries_and_returns_the_last_answer(self) -> None:
        """The budget is max_retries extra attempts; the final 503 is handed back."""
        response, seen, waits = sync_send("GET", [httpx.Response(503)] * 3, max_retries=2)
        assert response.status_code == 503
        assert len(seen) == 3
        assert len(waits) == 2

    def test_max_retries_zero_turns_retries_off(self) -> None:
        """One attempt only."""
        response, seen, waits = sync_send("GET", [httpx.Response(503)], max_retries=0)
        assert response.status_code == 503
        assert seen == ["GET"]
        assert waits == []

    def test_honours_retry_after_on_429(self) -> None:
        """The server's Retry-After replaces the backoff."""
        response, _, waits = sync_send(
            "GET", [httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200)]
        )
        assert response.status_code == 200
        assert waits == [7.0]

    def test_post_429_is_not_retried(self) -> None:
        """A POST that got any answer is never sent again."""
        response, seen, _ = sync_send("POST", [httpx.Response(429), httpx.Response(201)])
        assert response.status_code == 429
        assert seen == ["POST"]

    def test_post_retried_when_connection_was_never_made(self) -> None:
        """Connection refused proves the POST never arrived, so it is sent again."""
        response, seen, _ = sync_send("POST", [refused(), httpx.Response(201)])
        assert response.status_code == 201
        assert seen == ["POST", "POST"]

    def test_post_not_retried_after_read_error(self) -> None:
        """A reset after sending may follow a performed create: raise instead."""
        seen: list[str] = []
        transport = RetryTransport(
            scripted([read_reset(), httpx.Response(201)], seen), max_retries=2, sleep=lambda _: None
        )
        with httpx.Client(transport=transport) as http, pytest.raises(httpx.ReadError):
            http.post(URL)
        assert seen == ["POST"]

    def test_get_retried_after_read_error(self) -> None:
        """An idempotent request survives a dropped connection."""
        response, seen, _ = sync_send("GET", [read_reset(), httpx.Response(200)])
        assert response.status_code == 200
        assert seen == ["GET", "GET"]

    def test_exception_raised_when_retries_run_out(self) -> None:
        """The last network failure propagates once the budget is spent."""
        seen: list[str] = []
        transport = RetryTransport(
            scripted([refused(), refused()], seen), max_retries=1, sleep=lambda _: None
        )
        with httpx.Client(transport=transport) as http, pytest.raises(httpx.ConnectError):
            http.get(URL)
        assert len(seen) == 2

    def test_500_is_not_retried(self) -> None:
        """500 means the server could not process this request: trying again will not help."""
        response, seen, _ = sync_send("GET", [httpx.Response(500), httpx.Response(200)])
        assert response.status_code == 500
        assert seen == ["GET"]

    def test_request_body_is_sent_again_on_retry(self) -> None:
        """A retried PUT carries its full body each time."""
        bodies: list[bytes] = []
        outcomes: list[Outcome] = [httpx.Response(503), httpx.Response(200)]

        def handler(request: httpx.Request) -> httpx.Response:
            bodies.append(request.read())
            outcome = outcomes.pop(0)
            assert isinstance(outcome, httpx.Response)
            return outcome

        transport = RetryTransport(
            httpx.MockTransport(handler), max_retries=2, sleep=lambda _: None
        )
        with httpx.Client(transport=transport) as http:
            http.put(URL, json={"invoice": {"title": "x"}})
        assert bodies == [b'{"invoice":{"title":"x"}}'] * 2

    @pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
    def test_rejects_bad_max_retries(self, bad: object) -> None:
        """max_retries must be a non-negative int."""
        with pytest.raises(ValueError, match="max_retries"):
            RetryTransport(httpx.MockTransport(lambda r: httpx.Response(200)), max_retries=bad)  # type: ignore[arg-type]

    def test_logs_each_attempt_and_retry(self, caplog: pytest.LogCaptureFixture) -> None:
        """One DEBUG line per attempt (status, attempt number, duration) and per retry."""
        caplog.set_level(logging.DEBUG, logger="clientary")
        sync_send("GET", [httpx.Response(503), httpx.Response(200)])
        messages = [r.getMessage() for r in caplog.records if r.name == "clientary"]
        assert len(messages) == 3
        assert messages[0].startswith("HTTP GET /api/v2/clients -> 503 in ")
        assert messages[0].endswith("ms (attempt 1)")
        assert messages[1] == "retrying GET /api/v2/clients after 503 in 0.50 s (attempt 1 failed)"
        assert messages[2].startswith("HTTP GET /api/v2/clients -> 200 in ")
        assert messages[2].endswith("(attempt 2)")
        assert all("page=2" not in message for message in messages)


class TestAsyncRetryTransport:
    @pytest.mark.anyio
    async def test_retries_503_then_succeeds_with_backoff(self) -> None:
        """Same policy as the sync transport."""
        response, seen, waits = await async_send(
            "GET", [httpx.Response(503), httpx.Response(502), httpx.Response(200)]
        )
        assert response.status_code == 200
        assert seen == ["GET"] * 3
        assert waits == [0.5, 1.0]

    @pytest.mark.anyio
    async def test_post_rules(self) -> None:
        """POST: retried after connection refused, not after a 503."""
        response, seen, _ = await async_send("POST", [refused(), httpx.Response(503)])
        assert response.status_code == 503
        assert seen == ["POST", "POST"]

    @pytest.mark.anyio
    async def test_honours_retry_after(self) -> None:
        """Retry-After in seconds is followed."""
        response, _, waits = await async_send(
            "DELETE", [httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(204)]
        )
        assert response.status_code == 204
        assert waits == [2.0]

    @pytest.mark.anyio
    async def test_exception_raised_when_retries_run_out(self) -> None:
        """The network failure propagates after the last attempt."""
        seen: list[str] = []

        async def no_wait(_: float) -> None:
            return None

        transport = AsyncRetryTransport(
            scripted([read_reset(), read_reset()], seen), max_retries=1, sleep=no_wait
        )
        async with httpx.AsyncClient(transport=transport) as http:
            with pytest.raises(httpx.ReadError):
                await http.get(URL)
        assert len(seen) == 2


def test_transports_close_their_inner_transport() -> None:
    """Closing the wrapper closes what it wraps."""
    closed: list[str] = []

    class Inner(httpx.MockTransport):
        def close(self) -> None:
            closed.append("sync")

    handler: Callable[[httpx.Request], httpx.Response] = lambda r: httpx.Response(200)  # noqa: E731
    RetryTransport(Inner(handler), max_retries=0).close()
    assert closed == ["sync"]


def test_the_default_transport_is_made_once_by_the_first_requests() -> None:
    """Without an inner transport, one is made when the first request needs it, even when
    several requests start at once, and closing before any request has nothing to close."""
    made: list[httpx.MockTransport] = []

    def make() -> httpx.MockTransport:
        time.sleep(0.01)  # widen the window in which two threads could both make one
        made.append(httpx.MockTransport(lambda r: httpx.Response(200)))
        return made[-1]

    RetryTransport(max_retries=0).close()
    transport = RetryTransport(max_retries=0)
    assert transport._inner.transport is None
    transport._inner._make = make
    with (
        httpx.Client(transport=transport) as http,
        concurrent.futures.ThreadPoolExecutor(8) as pool,
    ):
        statuses = list(pool.map(lambda _: http.get(URL).status_code, range(8)))
    assert statuses == [200] * 8
    assert len(made) == 1


def test_connect_builds_no_network_until_it_sends() -> None:
    """connect() imports neither httpcore (httpx's transports) nor asyncio, and loads no model."""
    probe = (
        "import sys, clientary\n"
        "clientary.connect(token='t', subdomain='acme')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('httpcore', 'asyncio', 'anyio') or m.startswith('clientary_client.models.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
