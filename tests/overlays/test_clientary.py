"""`clientary.Clientary` itself: configuration, copies with other options, raw responses, and
the errors of its generated methods. What each method does is in test_resources.py."""

import json
import logging
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import clientary
import clientary_mock
import httpx
import pytest
from clientary import _environment
from clientary._environment import account_from_environment, apply_log_level
from clientary._logging import logger
from clientary._resource_base import line_item_models, reject_arguments
from clientary_client.types import UNSET

from .conftest import TOKEN
from .records import client_json

VARIABLES = ("CLIENTARY_TOKEN", "CLIENTARY_SUBDOMAIN", "CLIENTARY_URL", "CLIENTARY_LOG")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)


class Counting(httpx.BaseTransport):
    """Answers every GET of a client with that client; notes each request and each close."""

    def __init__(self, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.closed = 0
        self.status = status

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        number = int(request.url.path.rsplit("/", 1)[1])
        if self.status != 200:
            return httpx.Response(self.status, json={"errors": ["busy"]})
        return httpx.Response(200, json=client_json(number, f"Client {number}"))

    def close(self) -> None:
        self.closed += 1


@pytest.fixture
def counting() -> Counting:
    return Counting()


@pytest.fixture
async def async_api() -> AsyncIterator[clientary.AsyncClientary]:
    """An async account on the demo mock, in-process."""
    app = clientary_mock.create_app(token=TOKEN, seed="demo")
    async with clientary.AsyncClientary(
        token=TOKEN, base_url="http://127.0.0.1", transport=httpx.ASGITransport(app=app)
    ) as api:
        yield api


@pytest.fixture
def api(counting: Counting) -> Iterator[clientary.Clientary]:
    with clientary.Clientary(token=TOKEN, subdomain="acme", transport=counting) as api:
        yield api


class TestConfiguration:
    def test_arguments(self, api: clientary.Clientary, counting: Counting) -> None:
        assert api.base_url == "https://acme.clientary.com"
        assert api.clients.get(7).name == "Client 7"
        assert str(counting.requests[0].url) == "https://acme.clientary.com/api/v2/clients/7"
        assert counting.requests[0].headers["Authorization"].startswith("Basic ")

    def test_repr_holds_no_token(self, api: clientary.Clientary) -> None:
        assert repr(api) == "Clientary(base_url='https://acme.clientary.com')"
        assert TOKEN not in repr(api)
        assert TOKEN not in repr(api.clients)
        assert TOKEN not in repr(vars(api))

    def test_from_the_environment(
        self, monkeypatch: pytest.MonkeyPatch, clientary_mock: Any
    ) -> None:
        monkeypatch.setenv("CLIENTARY_TOKEN", clientary_mock.token)
        monkeypatch.setenv("CLIENTARY_URL", clientary_mock.url)
        with clientary.Clientary() as api:
            assert api.base_url == clientary_mock.url.rstrip("/")
            assert next(iter(api.staff.list())).id > 0

    def test_subdomain_from_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("CLIENTARY_TOKEN", TOKEN)
        monkeypatch.setenv("CLIENTARY_SUBDOMAIN", "acme")
        with clientary.Clientary() as api:
            assert api.base_url == "https://acme.clientary.com"

    def test_arguments_win_over_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("CLIENTARY_TOKEN", TOKEN)
        monkeypatch.setenv("CLIENTARY_URL", "http://127.0.0.1:1")
        with clientary.Clientary(subdomain="other") as api:
            assert api.base_url == "https://other.clientary.com"

    def test_no_token_names_the_variable(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("CLIENTARY_SUBDOMAIN", "acme")
        with pytest.raises(ValueError, match=r"set CLIENTARY_TOKEN .*or pass token="):
            clientary.Clientary()

    def test_two_accounts_name_both_variables(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("CLIENTARY_TOKEN", TOKEN)
        monkeypatch.setenv("CLIENTARY_SUBDOMAIN", "acme")
        monkeypatch.setenv("CLIENTARY_URL", "https://acme.clientary.com")
        with pytest.raises(ValueError, match=r"CLIENTARY_SUBDOMAIN .*CLIENTARY_URL") as caught:
            clientary.Clientary()
        assert TOKEN not in str(caught.value)

    def test_a_bad_subdomain_names_it_not_the_token(self) -> None:
        with pytest.raises(ValueError, match="subdomain") as caught:
            clientary.Clientary(token=TOKEN, subdomain="not a name")
        assert TOKEN not in str(caught.value)

    def test_a_transport_of_the_other_kind_says_where_it_goes(self) -> None:
        app = clientary_mock.create_app(token=TOKEN, seed="empty")
        with pytest.raises(TypeError, match=r"is async only: use clientary.AsyncClientary\("):
            clientary.Clientary(
                token=TOKEN,
                subdomain="acme",
                transport=httpx.ASGITransport(app=app),  # type: ignore[arg-type]
            )
        with (
            httpx.HTTPTransport() as sync_only,
            pytest.raises(TypeError, match=r"is sync only: use clientary.Clientary\("),
        ):
            clientary.AsyncClientary(
                token=TOKEN,
                subdomain="acme",
                transport=sync_only,  # type: ignore[arg-type]
            )

    def test_the_reader_gives_what_was_given_first(self) -> None:
        account = account_from_environment(
            {"CLIENTARY_TOKEN": "env", "CLIENTARY_URL": "https://x.example"}, token="file"
        )
        assert (account.token, account.subdomain, account.base_url) == (
            "file",
            None,
            "https://x.example",
        )
        assert "file" not in repr(account)


class TestLogVariable:
    @pytest.fixture(autouse=True)
    def restore_logger(self) -> Iterator[None]:
        level, handlers = logger.level, list(logger.handlers)
        yield
        logger.setLevel(level)
        logger.handlers[:] = handlers

    def test_debug_turns_on_the_debug_lines(
        self,
        monkeypatch: pytest.MonkeyPatch,
        counting: Counting,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        monkeypatch.setenv("CLIENTARY_LOG", "debug")
        with clientary.Clientary(token=TOKEN, subdomain="acme", transport=counting) as api:
            api.clients.get(3)
        err = capsys.readouterr().err
        assert "clientary DEBUG HTTP GET /api/v2/clients/3 -> 200" in err
        assert TOKEN not in err

    def test_added_once(self) -> None:
        apply_log_level({"CLIENTARY_LOG": "DEBUG"})
        apply_log_level({"CLIENTARY_LOG": "debug"})
        ours = [h for h in logger.handlers if h.get_name() == _environment._HANDLER_NAME]
        assert len(ours) == 1
        assert logger.level == logging.DEBUG

    def test_unset_leaves_logging_alone(self) -> None:
        before = (logger.level, list(logger.handlers))
        apply_log_level({})
        assert (logger.level, list(logger.handlers)) == before

    def test_another_value_names_the_variable(self) -> None:
        with pytest.raises(ValueError, match="CLIENTARY_LOG must be 'debug'"):
            apply_log_level({"CLIENTARY_LOG": "verbose"})


class TestWithOptions:
    def test_shares_the_pool_and_auth(self, api: clientary.Clientary, counting: Counting) -> None:
        fast = api.with_options(timeout=5, headers={"X-Trace": "1"})
        fast.clients.get(1)
        api.clients.get(2)
        copy_request, original_request = counting.requests
        assert copy_request.headers["Authorization"] == original_request.headers["Authorization"]
        assert copy_request.headers["X-Trace"] == "1"
        assert "X-Trace" not in original_request.headers
        assert copy_request.extensions["timeout"]["read"] == 5
        assert original_request.extensions["timeout"]["read"] == 30

    def test_retries_are_the_copys_own(self, counting: Counting) -> None:
        counting.status = 503
        with clientary.Clientary(token=TOKEN, subdomain="acme", transport=counting) as api:
            with pytest.raises(clientary.ServerError):
                api.with_options(max_retries=0).clients.get(1)
            assert len(counting.requests) == 1
            with pytest.raises(clientary.ServerError):
                api.clients.get(1)
            assert len(counting.requests) == 1 + 3  # the original keeps its two retries

    def test_closing_the_copy_leaves_the_original_open(
        self, api: clientary.Clientary, counting: Counting
    ) -> None:
        copy = api.with_options(max_retries=0)
        copy.close()
        assert counting.closed == 0
        assert api.clients.get(4).id == 4
        api.close()
        assert counting.closed == 1

    def test_copies_of_copies_keep_earlier_options(
        self, api: clientary.Clientary, counting: Counting
    ) -> None:
        api.with_options(headers={"X-A": "1"}).with_options(timeout=2).clients.get(1)
        (request,) = counting.requests
        assert request.headers["X-A"] == "1"
        assert request.extensions["timeout"]["read"] == 2

    def test_auth_cannot_be_replaced(self, api: clientary.Clientary) -> None:
        with pytest.raises(ValueError, match="Authorization"):
            api.with_options(headers={"authorization": "Basic x"})

    def test_bad_retries_are_refused(self, api: clientary.Clientary) -> None:
        with pytest.raises(ValueError, match="max_retries"):
            api.with_options(max_retries=-1)

    @pytest.mark.anyio
    async def test_async(self, async_api: clientary.AsyncClientary) -> None:
        copy = async_api.with_options(timeout=3)
        assert repr(copy) == "AsyncClientary(base_url='http://127.0.0.1')"
        first = [record async for record in copy.staff.list()]
        await copy.aclose()
        assert [record async for record in async_api.staff.list()] == first


class TestRawResponses:
    def test_status_headers_and_record(self, api: clientary.Clientary) -> None:
        raw = api.with_raw_response.clients.get(5)
        assert raw.status_code == 200
        assert raw.headers["content-type"] == "application/json"
        assert raw.parsed.name == "Client 5"

    def test_an_update_answered_204_is_read_again(self, make_client: Any) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            if request.method == "PUT":
                return httpx.Response(204, headers={"X-Request-Id": "r1"})
            return httpx.Response(200, json=client_json(9))

        transport = httpx.MockTransport(handler)
        with clientary.Clientary(token=TOKEN, subdomain="acme", transport=transport) as api:
            raw = api.with_raw_response.clients.update(9, city="Boston")
        assert (raw.status_code, raw.headers["X-Request-Id"], raw.parsed.id) == (204, "r1", 9)

    def test_errors_are_raised_as_by_call(self) -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(404, json={}))
        with (
            clientary.Clientary(token=TOKEN, subdomain="acme", transport=transport) as api,
            pytest.raises(clientary.NotFoundError),
        ):
            api.with_raw_response.clients.get(1)

    def test_a_list_answers_with_its_first_page(self, clientary_mock: Any) -> None:
        with clientary.Clientary(token=clientary_mock.token, base_url=clientary_mock.url) as api:
            raw = api.with_raw_response.clients.list(page_size=2)
        assert raw.status_code == 200
        assert len(raw.parsed.clients) == 2

    @pytest.mark.anyio
    async def test_async(self, async_api: clientary.AsyncClientary) -> None:
        staff = [record async for record in async_api.staff.list()]
        raw = await async_api.with_raw_response.staff.get(staff[0].id)
        assert raw.status_code == 200
        assert raw.parsed.id == staff[0].id


class TestArgumentErrors:
    def test_a_misspelt_argument_is_named(self, api: clientary.Clientary) -> None:
        with pytest.raises(TypeError, match="unexpected keyword argument 'nme'"):
            api.clients.create(nme="x")  # type: ignore[call-arg]

    def test_two_scopes_are_named(self, api: clientary.Clientary, counting: Counting) -> None:
        with pytest.raises(TypeError, match="give one of client_id or project_id, not both"):
            api.invoices.list(client_id=1, project_id=2)
        assert counting.requests == []

    def test_a_list_that_only_exists_in_a_scope_needs_it(self, api: clientary.Clientary) -> None:
        with pytest.raises(TypeError, match="project_id"):
            api.hours.list()  # type: ignore[call-arg]

    def test_a_wrongly_typed_argument_is_named_before_sending(
        self, api: clientary.Clientary, counting: Counting
    ) -> None:
        with pytest.raises(TypeError, match="id must be int"):
            api.clients.get("7")  # type: ignore[arg-type]
        assert counting.requests == []

    def test_an_enum_takes_its_plain_values_and_names_a_wrong_one(
        self, api: clientary.Clientary, counting: Counting
    ) -> None:
        with pytest.raises(ValueError, match="sort must be one of 'date', got 'name'"):
            api.clients.list(sort="name")  # type: ignore[arg-type]
        assert counting.requests == []

    def test_a_filter_the_chosen_list_lacks_is_named(self) -> None:
        reject_arguments("things.list", "no scope", sort=UNSET)
        with pytest.raises(
            TypeError, match=r"things.list\(\): sort cannot be used with client_id="
        ):
            reject_arguments("things.list", "client_id=", sort="date")


class TestItems:
    def test_new_lines_become_the_attributes(self) -> None:
        (model,) = line_item_models([{"title": "Design", "quantity": 3, "price": 100}])  # type: ignore[misc]
        assert model.to_dict() == {"title": "Design", "quantity": 3, "price": 100}

    def test_changes_pass_as_they_are(self) -> None:
        changes = clientary.LineItemChanges().edit(4, quantity=2).remove(5)
        models = line_item_models(changes)
        assert [model.to_dict() for model in models] == changes.to_attributes()  # type: ignore[union-attr]

    def test_a_bad_line_is_named_by_its_index(
        self, api: clientary.Clientary, counting: Counting
    ) -> None:
        with pytest.raises(TypeError, match=r"items\[1\]: .*price"):
            api.invoices.create(
                date="2024-01-02",
                due_date="2024-01-02",
                currency_code="USD",
                items=[{"title": "A", "quantity": 1, "price": 1}, {"title": "B", "quantity": 1}],
            )
        assert counting.requests == []

    def test_changes_alone_are_checked_against_the_record_first(self, clientary_mock: Any) -> None:
        """An update that only changes lines reads the record and refuses a line not on it,
        writing nothing; with other fields, the changes travel in the one PUT."""
        with clientary.Clientary(token=clientary_mock.token, base_url=clientary_mock.url) as api:
            invoice = next(i for i in api.invoices.list() if i.invoice_items)
            with pytest.raises(
                ValueError, match=f"id\\(s\\) 999999 are not on invoice {invoice.id}"
            ):
                api.invoices.update(invoice.id, items=clientary.LineItemChanges().remove(999_999))
            assert api.invoices.get(invoice.id).invoice_items == invoice.invoice_items
            first = invoice.invoice_items[0]
            changed = api.invoices.update(
                invoice.id, po="PO-9", items=clientary.LineItemChanges().edit(first.id, quantity=7)
            )
            assert (changed.po, changed.invoice_items[0].quantity) == ("PO-9", Decimal(7))

    def test_a_dict_instead_of_a_list_is_refused(self) -> None:
        with pytest.raises(TypeError, match="items must be a list of lines"):
            line_item_models({"title": "A"})  # type: ignore[arg-type]

    def test_the_wrapper_and_attributes_key_stay_out_of_user_code(self) -> None:
        """items= travels as invoice_items_attributes inside the invoice wrapper; a body
        without a wrapper (a message) is sent as its fields."""
        sent: list[dict[str, Any]] = []

        def handler(request: httpx.Request) -> httpx.Response:
            sent.append(json.loads(request.content))
            return httpx.Response(422 if request.method == "POST" and len(sent) == 1 else 204)

        transport = httpx.MockTransport(handler)
        with clientary.Clientary(token=TOKEN, subdomain="acme", transport=transport) as api:
            with pytest.raises(clientary.ValidationError):
                api.invoices.create(
                    date="2024-01-02",
                    due_date="2024-02-01",
                    currency_code="USD",
                    items=[{"title": "Design", "quantity": 3, "price": 100}],
                )
            api.invoices.send_message(3, recipients=["a@b.co"], attach_pdf=True)
        assert sent == [
            {
                "invoice": {
                    "date": "2024-01-02",
                    "due_date": "2024-02-01",
                    "currency_code": "USD",
                    "invoice_items_attributes": [{"title": "Design", "quantity": 3, "price": 100}],
                }
            },
            {"recipients": ["a@b.co"], "attach_pdf": True},
        ]
