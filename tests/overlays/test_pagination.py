"""`paginate()` / `apaginate()` against an in-memory list server on `MockTransport`."""

import importlib
import pkgutil
import threading
import types
import typing
from collections.abc import Callable
from typing import Any

import clientary
import clientary_client.api
import httpx
import pytest
from clientary._envelope import envelope_of
from clientary._operations import success_types
from clientary_client import Client
from clientary_client.api.clients import get_client, list_clients
from clientary_client.api.invoices import list_client_invoices
from clientary_client.api.staff import list_staff
from clientary_client.models import ClientList

from .records import client_json

ClientFactory = Callable[..., Client]


class ClientsServer:
    """The clients list as Clientary pages it: by name, 10 a page, with counters.

    `before_page[n]` runs just before page n is answered (the first time only), to create or
    delete records mid-iteration.
    """

    def __init__(self, count: int, page_size: int = 10) -> None:
        self.records = {i: f"client {i:03d}" for i in range(1, count + 1)}
        self.page_size = page_size
        self.next_id = count + 1
        self.requests: list[httpx.URL] = []
        self.before_page: dict[int, Callable[[], None]] = {}
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()

    def create(self, count: int) -> None:
        for _ in range(count):
            self.records[self.next_id] = f"aaa new {self.next_id}"
            self.next_id += 1

    def delete_first(self, n: int) -> None:
        for record_id in sorted(self.records, key=self.records.__getitem__)[:n]:
            del self.records[record_id]

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request.url)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            page = int(request.url.params.get("page", "1"))
            hook = self.before_page.pop(page, None)
            if hook is not None:
                hook()
            ordered = sorted(self.records.items(), key=lambda item: item[1])
            total = len(ordered)
            chunk = ordered[(page - 1) * self.page_size : page * self.page_size]
            self.in_flight -= 1
        return httpx.Response(
            200,
            json={
                "page_count": -(-total // self.page_size),
                "page_size": self.page_size,
                "total_count": total,
                "clients": [client_json(i, name) for i, name in chunk],
            },
        )


@pytest.fixture
def server() -> ClientsServer:
    return ClientsServer(25)


def names(records: typing.Iterable[Any]) -> list[str]:
    return [record.name for record in records]


class TestSequential:
    def test_yields_every_record_of_every_page_in_order(
        self, make_client: ClientFactory, server: ClientsServer
    ) -> None:
        """25 clients over 3 pages, one request per page."""
        records = list(clientary.paginate(list_clients, client=make_client(server.handler)))
        assert names(records) == sorted(server.records.values())
        assert [url.params["page"] for url in server.requests] == ["1", "2", "3"]

    @pytest.mark.parametrize("honoured", [True, False], ids=["honoured", "ignored"])
    def test_page_size_is_asked_for_but_never_relied_on(
        self, make_client: ClientFactory, honoured: bool
    ) -> None:
        """page_size goes to every page; whether the server keeps to it or to its own size, the
        counts in each answer decide what comes next, and every record comes out once."""
        server = ClientsServer(25)
        plain = server.handler

        def handler(request: httpx.Request) -> httpx.Response:
            if honoured:
                server.page_size = int(request.url.params["page_size"])
            return plain(request)

        client = make_client(handler)
        records = list(clientary.paginate(list_clients, client=client, page_size=7))
        assert names(records) == sorted(server.records.values())
        assert {url.params["page_size"] for url in server.requests} == {"7"}
        assert len(server.requests) == (4 if honoured else 3)

    def test_filters_go_to_every_page(
        self, make_client: ClientFactory, server: ClientsServer
    ) -> None:
        """updated_since and sort are sent with each page request."""
        list(
            clientary.paginate(
                list_clients, client=make_client(server.handler), updated_since="2017-01-01"
            )
        )
        assert len(server.requests) == 3
        assert all(url.params["updated_since"] == "2017-01-01" for url in server.requests)

    def test_pages_yields_page_models(
        self, make_client: ClientFactory, server: ClientsServer
    ) -> None:
        """.pages() gives the generated list models."""
        pages = list(clientary.paginate(list_clients, client=make_client(server.handler)).pages())
        assert [type(page) for page in pages] == [ClientList] * 3
        assert [len(page.clients) for page in pages] == [10, 10, 5]

    def test_empty_list(self, make_client: ClientFactory) -> None:
        """No records: one request, nothing yielded."""
        empty = ClientsServer(0)
        assert list(clientary.paginate(list_clients, client=make_client(empty.handler))) == []
        assert len(empty.requests) == 1

    def test_unpaged_list_is_one_request(self, make_client: ClientFactory) -> None:
        """list_staff has no page counters: one call yields everything."""
        staff = [
            {"id": i, "name": f"S{i}", "title": None, "email": None, "phone": None,
             "mobile": None, "ext": None, "avatar": None}
            for i in (1, 2, 3)
        ]  # fmt: skip
        seen: list[httpx.URL] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request.url)
            return httpx.Response(200, json={"staff": staff})

        records = list(clientary.paginate(list_staff, client=make_client(handler)))
        assert [record.id for record in records] == [1, 2, 3]
        assert len(seen) == 1
        assert "page" not in seen[0].params

    def test_scoped_list_carries_its_path_id(self, make_client: ClientFactory) -> None:
        """list_client_invoices pages under /clients/{client_id}/invoices."""
        seen: list[httpx.URL] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request.url)
            return httpx.Response(
                200, json={"page_count": 2, "page_size": 30, "total_count": 0, "invoices": []}
            )

        list(clientary.paginate(list_client_invoices, client=make_client(handler), client_id=9))
        assert [(url.path, url.params["page"]) for url in seen] == [
            ("/api/v2/clients/9/invoices", "1"),
            ("/api/v2/clients/9/invoices", "2"),
        ]

    @pytest.mark.anyio
    async def test_a_positional_path_id_is_bound_as_call_binds_it(
        self, make_client: ClientFactory
    ) -> None:
        """`paginate(list_client_invoices, 9, client=...)` pages under /clients/9, sync and
        async; a positional "9" is refused before anything is sent, as call() refuses it."""
        seen: list[httpx.URL] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request.url)
            return httpx.Response(
                200, json={"page_count": 1, "page_size": 30, "total_count": 0, "invoices": []}
            )

        client = make_client(handler)
        assert list(clientary.paginate(list_client_invoices, 9, client=client)) == []
        assert [
            invoice async for invoice in clientary.apaginate(list_client_invoices, 9, client=client)
        ] == []
        with pytest.raises(TypeError, match="list_client_invoices: client_id must be int"):
            clientary.paginate(list_client_invoices, "9", client=client)
        assert [url.path for url in seen] == ["/api/v2/clients/9/invoices"] * 2

    def test_errors_surface_typed(self, make_client: ClientFactory, server: ClientsServer) -> None:
        """A 404 on page 2 raises NotFoundError after page 1's records."""

        def handler(request: httpx.Request) -> httpx.Response:
            if request.url.params["page"] == "2":
                return httpx.Response(404, json={"error": "gone"})
            return server.handler(request)

        records = iter(clientary.paginate(list_clients, client=make_client(handler)))
        got = [next(records) for _ in range(10)]
        with pytest.raises(clientary.NotFoundError):
            next(records)
        assert len(got) == 10

    def test_unusable_counters_are_a_clientary_error(self, make_client: ClientFactory) -> None:
        """page_count that is not a number raises APIResponseValidationError, not TypeError."""
        bad = {"page_count": "many", "page_size": 10, "total_count": 1, "clients": []}
        client = make_client(lambda r: httpx.Response(200, json=bad))
        with pytest.raises(clientary.APIResponseValidationError, match="page counters"):
            list(clientary.paginate(list_clients, client=client))


class TestArguments:
    def test_not_a_list_operation(self, make_client: ClientFactory, server: ClientsServer) -> None:
        """get_client has no list to walk."""
        with pytest.raises(TypeError, match="get_client is not a list operation"):
            clientary.paginate(get_client, client=make_client(server.handler), id=1)

    def test_page_is_set_by_paginate(
        self, make_client: ClientFactory, server: ClientsServer
    ) -> None:
        """Passing page= is refused."""
        with pytest.raises(TypeError, match="page="):
            clientary.paginate(list_clients, client=make_client(server.handler), page=2)

    def test_unknown_filter_fails_at_the_call(
        self, make_client: ClientFactory, server: ClientsServer
    ) -> None:
        """A misspelt filter raises before the first request, naming it."""
        with pytest.raises(TypeError, match="'updated'"):
            clientary.paginate(list_clients, client=make_client(server.handler), updated="x")
        assert server.requests == []

    def test_a_positional_client_is_named_as_such(
        self, make_client: ClientFactory, server: ClientsServer
    ) -> None:
        """The client given by position is not "missing": the error says to pass it as client=."""
        client = make_client(server.handler)
        with pytest.raises(TypeError, match="client was given as a positional argument"):
            clientary.paginate(list_clients, client)
        assert server.requests == []

    @pytest.mark.parametrize("bad", [0, -1, 1.5, True])
    def test_bad_concurrency(
        self, make_client: ClientFactory, server: ClientsServer, bad: Any
    ) -> None:
        """concurrency must be an int >= 1."""
        with pytest.raises(ValueError, match="concurrency"):
            clientary.paginate(list_clients, client=make_client(server.handler), concurrency=bad)


class TestShiftingRecords:
    @pytest.mark.parametrize("concurrency", [1, 3])
    def test_created_records_do_not_repeat(
        self, make_client: ClientFactory, server: ClientsServer, concurrency: int
    ) -> None:
        """Records created before the cursor push others forward; each comes out once."""
        original = sorted(server.records.values())
        server.before_page[2] = lambda: server.create(3)
        got = names(
            clientary.paginate(
                list_clients, client=make_client(server.handler), concurrency=concurrency
            )
        )
        assert len(got) == len(set(got))
        assert set(original) <= set(got)

    @pytest.mark.parametrize("deleted", [3, 10, 12])
    @pytest.mark.parametrize("concurrency", [1, 3])
    def test_deleted_records_do_not_make_others_skip(
        self, make_client: ClientFactory, concurrency: int, deleted: int
    ) -> None:
        """Deleting page-1 records pulls later ones back; the walk steps back to catch them."""
        server = ClientsServer(45)
        original = sorted(server.records.values())
        server.before_page[2] = lambda: server.delete_first(deleted)
        got = names(
            clientary.paginate(
                list_clients, client=make_client(server.handler), concurrency=concurrency
            )
        )
        assert len(got) == len(set(got))
        assert set(original[deleted:]) <= set(got)

    @pytest.mark.parametrize("concurrency", [1, 2])
    def test_creations_and_deletions_on_different_pages(
        self, make_client: ClientFactory, concurrency: int
    ) -> None:
        """Created before page 2, deleted before page 4: every survivor exactly once."""
        server = ClientsServer(50)
        original = sorted(server.records.values())
        server.before_page[2] = lambda: server.create(4)
        server.before_page[4] = lambda: server.delete_first(7)
        got = names(
            clientary.paginate(
                list_clients, client=make_client(server.handler), concurrency=concurrency
            )
        )
        survivors = set(original) & set(server.records.values())
        assert len(got) == len(set(got))
        assert survivors <= set(got)

    def test_without_step_back_records_would_be_lost(self, make_client: ClientFactory) -> None:
        """Control: the deletion really hides records from a naive page-by-page read."""
        server = ClientsServer(45)
        original = sorted(server.records.values())
        server.before_page[2] = lambda: server.delete_first(3)
        client = make_client(server.handler)
        naive: list[str] = []
        for page in range(1, 6):
            naive += names(clientary.call(list_clients, client=client, page=page).clients)
        assert not set(original[3:]) <= set(naive)


class TestConcurrency:
    @pytest.mark.parametrize("concurrency", [2, 4, 8])
    def test_same_records_same_order(self, make_client: ClientFactory, concurrency: int) -> None:
        """Fetching ahead changes nothing in what comes out."""
        server = ClientsServer(95)
        sequential = names(clientary.paginate(list_clients, client=make_client(server.handler)))
        parallel = names(
            clientary.paginate(
                list_clients, client=make_client(server.handler), concurrency=concurrency
            )
        )
        assert parallel == sequential
        assert len(parallel) == 95
        assert server.max_in_flight <= concurrency

    def test_prefetch_is_bounded(self, make_client: ClientFactory) -> None:
        """At most `concurrency` pages are requested ahead of the one being consumed."""
        server = ClientsServer(200)
        pages = clientary.paginate(
            list_clients, client=make_client(server.handler), concurrency=3
        ).pages()
        for consumed, _ in enumerate(pages, start=1):
            assert len(server.requests) <= consumed + 3

    def test_next_request_leaves_before_the_caller_reads_the_page(
        self, make_client: ClientFactory
    ) -> None:
        """While the caller holds page n, page n + concurrency is requested, and no further."""
        server = ClientsServer(100)
        fourth_requested = threading.Event()

        def handler(request: httpx.Request) -> httpx.Response:
            if request.url.params.get("page") == "4":
                fourth_requested.set()
            return server.handler(request)

        pages = clientary.paginate(list_clients, client=make_client(handler), concurrency=2).pages()
        next(pages)
        next(pages)  # the caller now holds page 2 and asks for nothing more
        assert fourth_requested.wait(timeout=10)
        assert max(int(url.params["page"]) for url in server.requests) == 4
        pages.close()  # type: ignore[attr-defined]

    def test_abandoned_iteration_stops_fetching(self, make_client: ClientFactory) -> None:
        """Breaking out early leaves no more than the window in flight."""
        server = ClientsServer(200)
        iterator = iter(
            clientary.paginate(list_clients, client=make_client(server.handler), concurrency=2)
        )
        next(iterator)
        iterator.close()  # type: ignore[attr-defined]
        assert len(server.requests) <= 3


class TestAsync:
    @pytest.mark.anyio
    @pytest.mark.parametrize("concurrency", [1, 3])
    async def test_apaginate_yields_the_same_records(
        self, make_client: ClientFactory, concurrency: int
    ) -> None:
        """async for over apaginate gives what paginate gives."""
        server = ClientsServer(45)
        client = make_client(server.handler)
        got = [
            record.name
            async for record in clientary.apaginate(
                list_clients, client=client, concurrency=concurrency
            )
        ]
        await client.get_async_httpx_client().aclose()
        assert got == sorted(server.records.values())

    @pytest.mark.anyio
    async def test_apaginate_pages(self, make_client: ClientFactory) -> None:
        """.pages() is async too."""
        server = ClientsServer(25)
        client = make_client(server.handler)
        sizes = [
            len(page.clients)
            async for page in clientary.apaginate(list_clients, client=client).pages()
        ]
        await client.get_async_httpx_client().aclose()
        assert sizes == [10, 10, 5]

    @pytest.mark.anyio
    @pytest.mark.parametrize("concurrency", [1, 3])
    async def test_apaginate_survives_deletions(
        self, make_client: ClientFactory, concurrency: int
    ) -> None:
        """The step back works in the async walk."""
        server = ClientsServer(45)
        original = sorted(server.records.values())
        server.before_page[3] = lambda: server.delete_first(5)
        client = make_client(server.handler)
        got = [
            record.name
            async for record in clientary.apaginate(
                list_clients, client=client, concurrency=concurrency
            )
        ]
        await client.get_async_httpx_client().aclose()
        assert len(got) == len(set(got))
        assert set(original[5:]) <= set(got)

    @pytest.mark.anyio
    async def test_next_request_leaves_before_the_caller_reads_the_page(
        self, make_client: ClientFactory
    ) -> None:
        """As in the sync walk: holding page n, page n + concurrency is already requested."""
        server = ClientsServer(100)
        client = make_client(server.handler)
        pages = clientary.apaginate(list_clients, client=client, concurrency=2).pages()
        await pages.__anext__()
        await pages.__anext__()  # the caller now holds page 2
        requested = {int(url.params["page"]) for url in server.requests}
        await pages.aclose()  # type: ignore[attr-defined]
        await client.get_async_httpx_client().aclose()
        assert requested == {1, 2, 3, 4}

    @pytest.mark.anyio
    async def test_apaginate_errors_are_typed(self, make_client: ClientFactory) -> None:
        """A 401 is an AuthenticationError in the async walk."""
        client = make_client(lambda r: httpx.Response(401, json={"error": "who?"}))
        with pytest.raises(clientary.AuthenticationError):
            async for _ in clientary.apaginate(list_clients, client=client, concurrency=2):
                pass
        await client.get_async_httpx_client().aclose()


def list_operations() -> list[types.ModuleType]:
    """Every generated operation whose success model holds a list of records."""
    found = []
    for tag in pkgutil.iter_modules(clientary_client.api.__path__):
        package = importlib.import_module(f"clientary_client.api.{tag.name}")
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            if module_info.name.startswith("list_"):
                found.append(module)
    return found


class TestEnvelopes:
    def test_every_list_operation_has_an_envelope(self) -> None:
        """Learnt from the generated models: no table. Unpaged ones are staff, hours, expenses."""
        operations = list_operations()
        assert len(operations) >= 23
        unpaged = sorted(
            op.__name__.rpartition(".")[2] for op in operations if not envelope_of(op).paged
        )
        assert unpaged == [
            "list_client_expenses",
            "list_expenses",
            "list_project_expenses",
            "list_project_hours",
            "list_staff",
        ]

    def test_typing_overloads_cover_every_list_model(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Each list model has a paginate/apaginate overload giving its record type."""
        for function in (clientary.paginate, clientary.apaginate):
            # Overloads are registered under the defining module, which the package renames.
            monkeypatch.setattr(function, "__module__", "clientary._paginate")
            hints = [typing.get_type_hints(o) for o in typing.get_overloads(function)]
            covered = {
                typing.get_args(h["operation"])[1]: typing.get_args(h["return"])[0] for h in hints
            }
            for operation in list_operations():
                envelope = envelope_of(operation)
                assert covered.get(envelope.model) is envelope.item_type, operation.__name__

    def test_success_types_of_a_delete_are_empty(self) -> None:
        """Bodiless operations have no success model."""
        from clientary_client.api.clients import delete_client

        assert success_types(delete_client) == ()


async def read_window(
    mode: str, client: Client, offset: int, limit: int, operation: Any = list_clients
) -> clientary.Window[Any]:
    """`window()` of the sync or the async paginator, on the same client."""
    if mode == "sync":
        return clientary.paginate(operation, client=client).window(offset, limit)
    window = await clientary.apaginate(operation, client=client).window(offset, limit)
    await client.get_async_httpx_client().aclose()
    return window


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
class TestWindow:
    async def test_a_window_across_pages_reads_only_its_pages(
        self, make_client: ClientFactory, mode: str
    ) -> None:
        """Records 15-24 of 45: page 1 for the page size, then pages 2 and 3, not 4 or 5."""
        server = ClientsServer(45)
        window = await read_window(mode, make_client(server.handler), 15, 10)
        assert names(window.records) == sorted(server.records.values())[15:25]
        assert window.total == 45
        assert [url.params["page"] for url in server.requests] == ["1", "2", "3"]

    async def test_a_window_on_the_first_page_reads_one_page(
        self, make_client: ClientFactory, mode: str
    ) -> None:
        server = ClientsServer(45)
        window = await read_window(mode, make_client(server.handler), 2, 3)
        assert names(window.records) == sorted(server.records.values())[2:5]
        assert len(server.requests) == 1

    async def test_the_end_of_the_list_cuts_a_window_short(
        self, make_client: ClientFactory, mode: str
    ) -> None:
        server = ClientsServer(45)
        window = await read_window(mode, make_client(server.handler), 40, 10)
        assert names(window.records) == sorted(server.records.values())[40:]
        assert [url.params["page"] for url in server.requests] == ["1", "5"]

    @pytest.mark.parametrize(("offset", "limit"), [(45, 10), (1_000, 10), (0, 0)])
    async def test_an_empty_window_still_tells_the_total(
        self, make_client: ClientFactory, mode: str, offset: int, limit: int
    ) -> None:
        server = ClientsServer(45)
        window = await read_window(mode, make_client(server.handler), offset, limit)
        assert window == clientary.Window([], 45)
        assert len(server.requests) == 1

    @pytest.mark.parametrize("shift", ["delete", "create"])
    async def test_records_shifting_between_pages_neither_go_missing_nor_come_twice(
        self, make_client: ClientFactory, mode: str, shift: str
    ) -> None:
        """Two records before the window go (or come) just before page 3 is read: the window
        holds records 15-24 as the list stood, each once."""
        server = ClientsServer(45)
        expected = sorted(server.records.values())[15:25]
        server.before_page[3] = (
            (lambda: server.delete_first(2)) if shift == "delete" else (lambda: server.create(2))
        )
        window = await read_window(mode, make_client(server.handler), 15, 10)
        assert names(window.records) == expected

    async def test_an_unpaged_list_is_cut_from_its_one_answer(
        self, make_client: ClientFactory, mode: str
    ) -> None:
        staff = [
            {"id": i, "name": f"S{i}", "title": None, "email": None, "phone": None,
             "mobile": None, "ext": None, "avatar": None}
            for i in (1, 2, 3, 4)
        ]  # fmt: skip
        seen: list[httpx.URL] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request.url)
            return httpx.Response(200, json={"staff": staff})

        window = await read_window(mode, make_client(handler), 1, 2, list_staff)
        assert [record.id for record in window.records] == [2, 3]
        assert window.total == 4
        assert len(seen) == 1

    @pytest.mark.parametrize(
        ("offset", "limit", "named"), [(-1, 10, "offset"), (0, -1, "limit"), (1.5, 10, "offset")]
    )
    async def test_a_bad_position_is_refused_by_name_before_any_request(
        self, make_client: ClientFactory, mode: str, offset: Any, limit: Any, named: str
    ) -> None:
        server = ClientsServer(45)
        with pytest.raises(ValueError, match=named):
            await read_window(mode, make_client(server.handler), offset, limit)
        assert server.requests == []
