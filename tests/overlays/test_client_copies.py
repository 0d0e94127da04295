"""The generated client's `with_timeout()`, `with_headers()` and `with_cookies()` on a client from
`clientary.connect()`: each gives a copy that keeps auth and retries, and the original is left as
it was, open and unchanged."""

from collections.abc import Callable, Iterator

import clientary
import httpx
import pytest
from clientary_client import AuthenticatedClient, Client
from clientary_client.api.clients import get_client

from .records import client_json

TOKEN = "tok-SECRET-copies-0b7e"
Copy = Callable[[Client], Client]


class Recorder:
    """Answers 503 to the first `failures` requests, then the client record; keeps each request
    and whether the network under the client was closed."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.requests: list[httpx.Request] = []
        self.closed = False

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.headers.get("Authorization") is None:
            return httpx.Response(401, text="HTTP Basic: Access denied.")
        if self.failures:
            self.failures -= 1
            return httpx.Response(503)
        return httpx.Response(200, json=client_json())


class SpyTransport(httpx.MockTransport):
    def __init__(self, recorder: Recorder) -> None:
        super().__init__(recorder.handler)
        self.recorder = recorder

    def close(self) -> None:
        self.recorder.closed = True

    async def aclose(self) -> None:
        self.recorder.closed = True


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def original(recorder: Recorder) -> Iterator[Client]:
    transport = SpyTransport(recorder)
    client = clientary.connect(
        token=TOKEN,
        base_url="https://acme.clientary.com",
        timeout=30,
        transport=transport,
        async_transport=transport,
    )
    yield client
    client.get_httpx_client().close()


COPIES: dict[str, Copy] = {
    "with_timeout": lambda client: client.with_timeout(httpx.Timeout(1.5)),
    "with_headers": lambda client: client.with_headers({"X-Trace": "on"}),
    "with_cookies": lambda client: client.with_cookies({"session": "s1"}),
}


@pytest.mark.parametrize("make_copy", COPIES.values(), ids=COPIES.keys())
def test_the_copy_keeps_auth_and_retries(
    original: Client, recorder: Recorder, make_copy: Copy
) -> None:
    """Two 503s first: the copy retries them, with auth, and reads the record."""
    recorder.failures = 2
    copy = make_copy(original)
    assert clientary.call(get_client, client=copy, id=7).id == 7
    assert len(recorder.requests) == 3
    assert all(request.headers["Authorization"] for request in recorder.requests)


@pytest.mark.parametrize("make_copy", COPIES.values(), ids=COPIES.keys())
def test_the_original_is_unchanged_and_stays_open(
    original: Client, recorder: Recorder, make_copy: Copy
) -> None:
    """The original sends what it sent before; closing the copy closes nothing it uses."""
    clientary.call(get_client, client=original, id=7)
    copy = make_copy(original)
    copy.get_httpx_client().close()
    assert not recorder.closed
    clientary.call(get_client, client=original, id=7)
    before, after = recorder.requests
    assert before.headers == after.headers
    assert before.extensions["timeout"] == after.extensions["timeout"]
    assert "X-Trace" not in after.headers
    assert "Cookie" not in after.headers


def test_each_copy_sends_its_change(original: Client, recorder: Recorder) -> None:
    for make_copy in COPIES.values():
        clientary.call(get_client, client=make_copy(original), id=7)
    timed, headed, cookied = recorder.requests
    assert timed.extensions["timeout"]["read"] == 1.5
    assert headed.headers["X-Trace"] == "on"
    assert cookied.headers["Cookie"] == "session=s1"


@pytest.mark.anyio
async def test_the_async_copy_keeps_auth_and_retries(original: Client, recorder: Recorder) -> None:
    recorder.failures = 1
    copy = original.with_timeout(httpx.Timeout(2.0))
    record = await clientary.acall(get_client, client=copy, id=7)
    assert record.id == 7
    assert [request.extensions["timeout"]["read"] for request in recorder.requests] == [2.0, 2.0]
    await copy.get_async_httpx_client().aclose()
    assert not recorder.closed
    assert (await clientary.acall(get_client, client=original, id=7)).id == 7
    assert recorder.requests[-1].extensions["timeout"]["read"] == 30


def test_a_client_without_httpx_clients_builds_its_own_from_the_copied_settings() -> None:
    """The generator's own way: settings copied, the original's own dicts left alone."""
    plain = AuthenticatedClient(base_url="https://acme.clientary.com", token="t", prefix="Basic")
    copy = plain.with_headers({"X-Trace": "on"})
    assert isinstance(copy, AuthenticatedClient)
    headers = copy.get_httpx_client().headers
    assert headers["X-Trace"] == "on"
    assert headers["Authorization"] == "Basic t"
    assert "X-Trace" not in plain.get_httpx_client().headers
