"""`call()` / `acall()` on a `MockTransport`: arguments, results, and every failure typed."""

import datetime
import json
from collections.abc import Callable

import clientary
import httpx
import pytest
from clientary_client import Client
from clientary_client.api.clients import create_client, delete_client, get_client, list_clients
from clientary_client.api.tasks import create_task
from clientary_client.models import (
    ClientCreateRequest,
    ClientRecord,
    NewClientFields,
    NewTaskFields,
    TaskCreateRequest,
)

from .records import client_json

ClientFactory = Callable[..., Client]
Handler = Callable[[httpx.Request], httpx.Response]

CLIENT_JSON = client_json()
TASK_JSON = {
    "id": 3, "title": "Call", "description": None, "complete": False, "completed_at": None,
    "due_date": "2026-11-25", "assignee_id": None, "project_id": None, "client_id": None,
    "user_id": None, "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-20T09:00:00Z",
}  # fmt: skip


def counting(answer: Callable[[httpx.Request], httpx.Response]) -> tuple[Handler, list[str]]:
    """A handler that records each request as "METHOD path?query"."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        query = request.url.query.decode()
        seen.append(f"{request.method} {request.url.path}" + (f"?{query}" if query else ""))
        return answer(request)

    return handler, seen


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=CLIENT_JSON)


class TestArguments:
    def test_unknown_argument_is_named_before_any_request(self, make_client: ClientFactory) -> None:
        """A misspelt argument is a TypeError naming it; nothing is sent."""
        handler, seen = counting(ok)
        with pytest.raises(TypeError, match=r"get_client:.*'ident'"):
            clientary.call(get_client, client=make_client(handler), ident=7)  # type: ignore[call-arg]
        assert seen == []

    def test_missing_argument_is_named(self, make_client: ClientFactory) -> None:
        """A missing path id is a TypeError naming it."""
        handler, seen = counting(ok)
        with pytest.raises(TypeError, match="'id'"):
            clientary.call(get_client, client=make_client(handler))  # type: ignore[call-arg]
        assert seen == []

    @pytest.mark.parametrize("bad", ["7", 7.0, True, None])
    def test_wrong_type_is_named(self, make_client: ClientFactory, bad: object) -> None:
        """An id that is not an int fails before sending, naming the field."""
        handler, seen = counting(ok)
        with pytest.raises(TypeError, match="get_client: id must be int"):
            clientary.call(get_client, client=make_client(handler), id=bad)  # type: ignore[arg-type]
        assert seen == []

    def test_a_positional_id_is_bound_and_checked_like_a_keyword(
        self, make_client: ClientFactory
    ) -> None:
        """`call(get_client, 7, client=...)` sends GET /clients/7; a positional "7" is refused."""
        handler, seen = counting(ok)
        client = make_client(handler)
        assert isinstance(clientary.call(get_client, 7, client=client), ClientRecord)
        with pytest.raises(TypeError, match="get_client: id must be int"):
            clientary.call(get_client, "7", client=client)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"get_client: .*multiple values for argument 'id'"):
            clientary.call(get_client, 7, client=client, id=8)  # type: ignore[misc]
        assert seen == ["GET /api/v2/clients/7"]

    def test_body_must_be_the_generated_model(self, make_client: ClientFactory) -> None:
        """A dict where a request model is expected is refused up front."""
        handler, seen = counting(ok)
        with pytest.raises(TypeError, match="body must be ClientCreateRequest"):
            clientary.call(create_client, client=make_client(handler), body={"client": {}})  # type: ignore[arg-type]
        assert seen == []

    def test_client_is_required(self) -> None:
        """Without client= the error says what to pass."""
        with pytest.raises(TypeError, match=r"client= must be a clientary_client\.Client"):
            clientary.call(get_client, id=7)  # type: ignore[call-arg]

    def test_a_positional_client_is_named_as_such(self, make_client: ClientFactory) -> None:
        """`call(get_client, client, id=7)` says the client came by position, not that it is
        missing."""
        handler, seen = counting(ok)
        with pytest.raises(TypeError, match=r"get_client: the client was given as a positional"):
            clientary.call(get_client, make_client(handler), id=7)  # type: ignore[arg-type, call-arg, misc]
        assert seen == []

    def test_operation_must_be_a_generated_module(self, make_client: ClientFactory) -> None:
        """Passing something else names what is expected."""
        with pytest.raises(TypeError, match="not a generated operation module"):
            clientary.call(httpx, client=make_client(ok))  # type: ignore[arg-type]

    def test_filters_reach_the_query(self, make_client: ClientFactory) -> None:
        """Keyword arguments become the operation's query parameters."""

        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(
                200, json={"page_count": 1, "page_size": 10, "total_count": 0, "clients": []}
            )

        handler, seen = counting(answer)
        clientary.call(
            list_clients, client=make_client(handler), page=2, updated_since="2017-01-01"
        )
        assert seen == ["GET /api/v2/clients?page=2&updated_since=2017-01-01"]


class TestResults:
    def test_returns_the_parsed_model(self, make_client: ClientFactory) -> None:
        """A 200 becomes the generated model."""
        record = clientary.call(get_client, client=make_client(ok), id=7)
        assert isinstance(record, ClientRecord)
        assert (record.id, record.name) == (7, "Acme")

    @pytest.mark.parametrize("status", [200, 204])
    def test_bodiless_success_returns_none(self, make_client: ClientFactory, status: int) -> None:
        """Deletes give None."""
        handler, seen = counting(lambda r: httpx.Response(status))
        assert clientary.call(delete_client, client=make_client(handler), id=7) is None
        assert seen == ["DELETE /api/v2/clients/7"]

    def test_create_sends_the_body(self, make_client: ClientFactory) -> None:
        """The request model is serialised with its wrapper key."""
        bodies: list[bytes] = []

        def answer(request: httpx.Request) -> httpx.Response:
            bodies.append(request.read())
            return httpx.Response(201, json=CLIENT_JSON)

        body = ClientCreateRequest(client=NewClientFields(name="Acme"))
        created = clientary.call(create_client, client=make_client(answer), body=body)
        assert created.id == 7
        assert bodies == [b'{"client":{"name":"Acme"}}']

    @pytest.mark.anyio
    async def test_a_day_in_a_body_is_written_as_the_api_reads_it(
        self, make_client: ClientFactory
    ) -> None:
        """A datetime.date in a request model goes out as "YYYY-MM-DD" and reads back as a date."""
        bodies: list[bytes] = []

        def answer(request: httpx.Request) -> httpx.Response:
            bodies.append(request.read())
            return httpx.Response(201, json=TASK_JSON)

        client = make_client(answer)
        fields = NewTaskFields(title="Call", due_date=datetime.date(2026, 11, 25))
        body = TaskCreateRequest(task=fields)
        created = clientary.call(create_task, client=client, body=body)
        assert created.due_date == datetime.date(2026, 11, 25)
        await clientary.acall(create_task, client=client, body=body)
        assert [json.loads(sent) for sent in bodies] == [
            {"task": {"title": "Call", "due_date": "2026-11-25"}}
        ] * 2

    def test_a_body_value_without_a_json_form_is_named_by_its_field(
        self, make_client: ClientFactory
    ) -> None:
        handler, seen = counting(ok)
        fields = NewTaskFields(title="Call", due_date={2026, 11})  # type: ignore[arg-type]
        with pytest.raises(
            TypeError, match=r"due_date: expected a day \(datetime.date or str\), got set"
        ):
            clientary.call(create_task, client=make_client(handler), body=TaskCreateRequest(fields))
        assert seen == []


class TestFailures:
    @pytest.mark.parametrize(
        ("status", "cls"),
        [
            (401, clientary.AuthenticationError),
            (403, clientary.PermissionDeniedError),
            (404, clientary.NotFoundError),
            (426, clientary.PlanLimitError),
            (500, clientary.ServerError),
            (520, clientary.ServerError),
            (418, clientary.APIStatusError),
        ],
    )
    def test_error_statuses_raise_typed_errors(
        self, make_client: ClientFactory, status: int, cls: type[clientary.APIStatusError]
    ) -> None:
        """Documented or not, IANA-listed or not (520), a non-2xx is a typed exception."""
        client = make_client(lambda r: httpx.Response(status, json={"error": "nope"}))
        with pytest.raises(cls) as caught:
            clientary.call(get_client, client=client, id=7)
        assert caught.value.status_code == status
        assert caught.value.path == "/api/v2/clients/7"
        assert str(caught.value) == f"{status} GET /api/v2/clients/7: nope"

    def test_malformed_success_body_is_a_clientary_error(self, make_client: ClientFactory) -> None:
        """A 200 missing required keys raises APIResponseValidationError, chained."""
        client = make_client(lambda r: httpx.Response(200, json={"id": 7}))
        with pytest.raises(clientary.APIResponseValidationError) as caught:
            clientary.call(get_client, client=client, id=7)
        assert isinstance(caught.value.__cause__, KeyError)

    @pytest.mark.parametrize(
        "answer",
        [httpx.Response(200, text="<html>"), httpx.Response(200), httpx.Response(202, json={})],
    )
    def test_unusable_success_is_a_clientary_error(
        self, make_client: ClientFactory, answer: httpx.Response
    ) -> None:
        """Non-JSON, empty, or an undocumented 2xx status: never a bare exception or None."""
        client = make_client(lambda r: answer)
        with pytest.raises(clientary.APIResponseValidationError):
            clientary.call(get_client, client=client, id=7)

    def test_connection_failure_is_translated_and_chained(self, make_client: ClientFactory) -> None:
        """httpx.ConnectError (after the retries) becomes APIConnectionError, `from` the cause."""
        handler, seen = counting(lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused")))
        with pytest.raises(clientary.APIConnectionError) as caught:
            clientary.call(get_client, client=make_client(handler, max_retries=2), id=7)
        assert isinstance(caught.value.__cause__, httpx.ConnectError)
        assert len(seen) == 3

    def test_timeout_is_translated(self, make_client: ClientFactory) -> None:
        """A read timeout becomes APITimeoutError."""

        def answer(request: httpx.Request) -> httpx.Response:
            raise httpx.ReadTimeout("timed out", request=request)

        with pytest.raises(clientary.APITimeoutError):
            clientary.call(get_client, client=make_client(answer, max_retries=0), id=7)

    def test_transient_errors_are_retried_under_call(
        self, make_client: ClientFactory, sleeps: list[float]
    ) -> None:
        """Two 503s then 200: call() returns the record after backoff waits."""
        answers = [httpx.Response(503), httpx.Response(503), httpx.Response(200, json=CLIENT_JSON)]
        handler, seen = counting(lambda r: answers.pop(0))
        assert clientary.call(get_client, client=make_client(handler), id=7).id == 7
        assert len(seen) == 3
        assert len(sleeps) == 2

    def test_create_is_not_repeated_after_a_503(self, make_client: ClientFactory) -> None:
        """A POST answered 503 raises at once: it may have been stored."""
        handler, seen = counting(lambda r: httpx.Response(503))
        body = ClientCreateRequest(client=NewClientFields(name="Acme"))
        with pytest.raises(clientary.ServerError):
            clientary.call(create_client, client=make_client(handler), body=body)
        assert seen == ["POST /api/v2/clients"]


class TestAsync:
    @pytest.mark.anyio
    async def test_acall_returns_the_model(self, make_client: ClientFactory) -> None:
        """The async twin parses the same way."""
        client = make_client(ok)
        record = await clientary.acall(get_client, client=client, id=7)
        await client.get_async_httpx_client().aclose()
        assert record.name == "Acme"

    @pytest.mark.anyio
    async def test_acall_raises_typed_errors(self, make_client: ClientFactory) -> None:
        """422 with field errors, asynchronously."""
        client = make_client(lambda r: httpx.Response(422, json={"errors": {"name": ["blank"]}}))
        with pytest.raises(clientary.ValidationError) as caught:
            await clientary.acall(
                create_client,
                client=client,
                body=ClientCreateRequest(client=NewClientFields(name="")),
            )
        await client.get_async_httpx_client().aclose()
        assert caught.value.errors == {"name": ["blank"]}

    @pytest.mark.anyio
    async def test_acall_translates_connection_errors(self, make_client: ClientFactory) -> None:
        """Network failures are typed in the async path too."""

        def answer(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("refused", request=request)

        client = make_client(answer, max_retries=1)
        with pytest.raises(clientary.APIConnectionError):
            await clientary.acall(get_client, client=client, id=7)
        await client.get_async_httpx_client().aclose()

    @pytest.mark.anyio
    async def test_acall_checks_arguments_first(self, make_client: ClientFactory) -> None:
        """Unknown arguments fail before sending, as in call()."""
        handler, seen = counting(ok)
        with pytest.raises(TypeError, match="'nope'"):
            await clientary.acall(get_client, client=make_client(handler), id=1, nope=2)  # type: ignore[call-arg]
        assert seen == []
