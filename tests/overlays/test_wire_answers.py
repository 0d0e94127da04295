"""Odd success and error answers, as real servers send them, through `clientary.call()`.

An update may answer 200 with the record, 200 with an empty body, or 204: the caller gets the
record every time, read again with the GET of the same path only when it did not come. Errors
come as JSON (field errors nested or at the top level), plain text or an HTML page
(tests/fixtures/wire/errors/): each status still raises its typed error, with the server's words.
"""

import importlib
import json
import pkgutil
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import clientary
import clientary_client.api
import httpx
import pytest
from clientary_client import Client
from clientary_client.api.clients import create_client, get_client
from clientary_client.api.invoices import send_invoice_message
from clientary_client.models import ClientCreateRequest, InvoiceMessageRequest, NewClientFields

ClientFactory = Callable[..., Client]
WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "wire"
ERRORS = WIRE / "errors"
MEDIA_TYPES = {".json": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8"}
MEDIA_TYPES[".html"] = "text/html; charset=utf-8"
FIELD_ERRORS = {"name": ["can't be blank"], "number": ["has already been taken"]}


def _operations() -> list[types.ModuleType]:
    found = []
    for tag in pkgutil.iter_modules(clientary_client.api.__path__):
        package = importlib.import_module(f"clientary_client.api.{tag.name}")
        for info in pkgutil.iter_modules(package.__path__):
            found.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    return found


UPDATES = [op for op in _operations() if hasattr(op, "READ_OPERATION")]
UPDATE_IDS = [op.__name__.rpartition(".")[2] for op in UPDATES]


def _record_of(update: types.ModuleType) -> tuple[type[Any], dict[str, Any]]:
    """The record model an update returns, and a record of it from the wire corpus."""
    model = typing.get_type_hints(update.sync)["return"].__args__
    [record_model] = [m for m in model if attrs.has(m) and m.__name__ != "ErrorResponse"]
    stem = "".join(f"_{c.lower()}" if c.isupper() else c for c in record_model.__name__)
    stem = stem.lstrip("_").removesuffix("_record")  # ClientRecord is the Client schema
    record = json.loads((WIRE / "records" / f"{stem}.long-text.json").read_text("utf-8"))
    return record_model, record


def _empty_body(update: types.ModuleType) -> Any:
    """The update's request model with nothing to change (`{"client": {}}`)."""
    body_model = typing.get_type_hints(update._get_kwargs)["body"]
    (wrapper,) = [field for field in attrs.fields(body_model) if field.init]
    return body_model.from_dict({wrapper.name: {}})


def _answer(form: str, record: dict[str, Any]) -> httpx.Response:
    if form == "200 with the record":
        return httpx.Response(200, json=record)
    if form == "200 with an empty body":
        return httpx.Response(200, content=b"", headers={"Content-Type": "application/json"})
    return httpx.Response(204)


FORMS = ["200 with the record", "200 with an empty body", "204"]


def test_every_update_names_its_read() -> None:
    assert len(UPDATES) == 10
    for update in UPDATES:
        read = importlib.import_module(update.READ_OPERATION)
        assert read.__name__.rpartition(".")[2].startswith("get_")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("update", UPDATES, ids=UPDATE_IDS)
def test_an_update_returns_the_record_however_it_is_answered(
    make_client: ClientFactory, update: types.ModuleType, form: str
) -> None:
    record_model, record = _record_of(update)
    seen: list[tuple[str, str]] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        if request.method == "PUT":
            return _answer(form, record)
        return httpx.Response(200, json=record)

    hints = typing.get_type_hints(update._get_kwargs)
    path_ids = {name: 7 for name in hints if name not in ("body", "return")}
    result = clientary.call(
        update, client=make_client(server), body=_empty_body(update), **path_ids
    )

    assert type(result) is record_model
    assert result.id == record["id"]
    [(method, path), *reads] = seen
    assert method == "PUT"
    # No second request when the record came; otherwise one GET of the same path.
    assert reads == ([] if form == FORMS[0] else [("GET", path)])


@pytest.mark.anyio
@pytest.mark.parametrize("form", FORMS)
async def test_acall_reads_the_record_the_same_way(make_client: ClientFactory, form: str) -> None:
    [update] = [op for op in UPDATES if op.__name__.endswith(".update_invoice")]
    _, record = _record_of(update)
    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return (
            _answer(form, record) if request.method == "PUT" else httpx.Response(200, json=record)
        )

    client = make_client(server)
    result = await clientary.acall(update, client=client, id=110, body=_empty_body(update))
    await client.get_async_httpx_client().aclose()

    assert result.id == record["id"]
    assert seen == (["PUT"] if form == FORMS[0] else ["PUT", "GET"])


def test_a_failed_read_after_an_update_is_the_reads_error(make_client: ClientFactory) -> None:
    [update] = [op for op in UPDATES if op.__name__.endswith(".update_client")]

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204) if request.method == "PUT" else httpx.Response(404)

    with pytest.raises(clientary.NotFoundError, match="404 GET /api/v2/clients/7"):
        clientary.call(update, client=make_client(server), id=7, body=_empty_body(update))


def test_only_updates_read_again(make_client: ClientFactory) -> None:
    """A create or a message send with no body makes no second request."""
    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return httpx.Response(204)

    client = make_client(server)
    message = InvoiceMessageRequest(recipients=["ap@example.com"])
    assert clientary.call(send_invoice_message, client=client, id=1, body=message) is None
    body = ClientCreateRequest(client=NewClientFields(name="ACME"))
    with pytest.raises(clientary.APIResponseValidationError):
        clientary.call(create_client, client=client, body=body)
    assert seen == ["POST", "POST"]


ERROR_FIXTURES = sorted(ERRORS.iterdir())
STATUSES = [
    (401, clientary.AuthenticationError),
    (403, clientary.PermissionDeniedError),
    (404, clientary.NotFoundError),
    (422, clientary.ValidationError),
    (426, clientary.PlanLimitError),
    (429, clientary.RateLimitError),
    (500, clientary.ServerError),
]
# What the message of the error must say, taken from each fixture.
SERVER_WORDS = {
    "access-denied.txt": "HTTP Basic: Access denied.",
    "field-errors-nested.json": "Validation failed; name: can't be blank",
    "field-errors-top-level.json": "name: can't be blank; number: has already been taken",
    "message.json": "You are not allowed to do that",
    "not-found.html": "Not found (404)",
}


@pytest.mark.parametrize(("status", "error_class"), STATUSES, ids=[str(s) for s, _ in STATUSES])
@pytest.mark.parametrize("fixture", ERROR_FIXTURES, ids=[p.name for p in ERROR_FIXTURES])
def test_every_error_form_raises_the_typed_error_of_its_status(
    make_client: ClientFactory, fixture: Path, status: int, error_class: type[Exception]
) -> None:
    content = fixture.read_bytes()
    headers = {"Content-Type": MEDIA_TYPES[fixture.suffix]}

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers)

    with pytest.raises(error_class) as caught:
        clientary.call(get_client, client=make_client(server, max_retries=0), id=7)

    error = caught.value
    assert type(error) is error_class
    assert str(error).startswith(f"{status} GET /api/v2/clients/7: ")
    assert SERVER_WORDS[fixture.name] in str(error)
    assert "<" not in str(error)  # an HTML page is read for its words, not pasted in
    if fixture.suffix == ".json":
        assert error.body == json.loads(content)  # type: ignore[attr-defined]
    else:
        assert error.body == content.decode()  # type: ignore[attr-defined]


@pytest.mark.parametrize("fixture", ERROR_FIXTURES, ids=[p.name for p in ERROR_FIXTURES])
def test_validation_errors_hold_the_field_errors_in_either_layout(
    make_client: ClientFactory, fixture: Path
) -> None:
    content = fixture.read_bytes()
    headers = {"Content-Type": MEDIA_TYPES[fixture.suffix]}
    client = make_client(lambda request: httpx.Response(422, content=content, headers=headers))

    with pytest.raises(clientary.ValidationError) as caught:
        clientary.call(get_client, client=client, id=7)

    layouts_with_fields = ("field-errors-nested.json", "field-errors-top-level.json")
    assert caught.value.errors == (FIELD_ERRORS if fixture.name in layouts_with_fields else {})
