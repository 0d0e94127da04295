"""invoke(): arguments become the generated operation's, answers come back as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import clientary
import clientary.tools
import httpx
import pytest
from clientary.tools import ToolPolicy, ToolRefusedError
from clientary_client import Client
from clientary_client.api.clients import list_clients
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread

TOKEN = "tok-SECRET-invoke-7c1e"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve_in_thread(create_app(token=TOKEN, seed="demo")) as url:
        yield url


@pytest.fixture
def sent(base_url: str) -> Iterator[tuple[Client, list[httpx.Request]]]:
    """A client on the mock, and every request it sends."""
    requests: list[httpx.Request] = []
    with clientary.connect(token=TOKEN, base_url=base_url, max_retries=0) as client:
        client.get_httpx_client().event_hooks["request"].append(requests.append)
        yield client, requests


def invoke(client: Client, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    answer = clientary.tools.invoke(name, arguments, client=client)
    json.dumps(answer)  # always plain JSON
    return answer


def test_body_fields_travel_under_the_wrapper_key(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, requests = sent
    task = invoke(client, "create_task", {"title": "Call Ann", "due_date": "2026-12-01"})
    (request,) = requests
    assert json.loads(request.content) == {"task": {"title": "Call Ann", "due_date": "2026-12-01"}}
    assert task["title"] == "Call Ann"
    assert task["due_date"] == "2026-12-01"  # written by the one rule (the API uses slashes)


def test_a_body_without_a_wrapper_is_sent_as_is(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, requests = sent
    invoice = invoke(client, "list_invoices", {"limit": 1})["invoices"]
    assert isinstance(invoice, list)
    requests.clear()
    invoke(client, "send_invoice_message", {"id": invoice[0]["id"], "recipients": ["a@b.example"]})
    (request,) = requests
    assert request.url.path == f"/api/v2/invoices/{invoice[0]['id']}/messages"
    assert json.loads(request.content) == {"recipients": ["a@b.example"]}


def test_query_values_reach_the_query(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, requests = sent
    invoke(client, "list_clients", {"sort": "date", "limit": 1})
    invoke(client, "list_project_hours", {"project_id": 2, "filter": "unbilled"})
    assert requests[0].url.params["sort"] == "date"
    assert requests[1].url.params["filter"] == "unbilled"  # `filter_` in the generated code
    assert requests[1].url.path == "/api/v2/projects/2/hours"


def every_client_name(client: Client) -> list[str]:
    return [record.name for record in clientary.paginate(list_clients, client=client)]


@pytest.mark.parametrize(
    ("offset", "limit", "pages_read"),
    [(0, 10, 1), (0, 3, 1), (9, 3, 2), (20, 10, 2), (10, 10, 2), (24, 5, 2), (0, 100, 3)],
)
def test_a_window_of_a_paged_list_reads_only_the_pages_it_needs(
    sent: tuple[Client, list[httpx.Request]], offset: int, limit: int, pages_read: int
) -> None:
    client, requests = sent
    names = every_client_name(client)
    requests.clear()
    window = invoke(client, "list_clients", {"offset": offset, "limit": limit})
    assert [record["name"] for record in window["clients"]] == names[offset : offset + limit]
    assert window["total"] == len(names)
    more = offset + limit < len(names)
    assert window["more"] is more
    assert window["next_offset"] == (offset + limit if more else None)
    assert len(requests) == pages_read


def test_a_window_past_the_end_is_empty(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, _ = sent
    window = invoke(client, "list_clients", {"offset": 10_000})
    assert window["clients"] == []
    assert window["more"] is False
    assert window["next_offset"] is None


def test_following_next_offset_reads_every_record_once(
    sent: tuple[Client, list[httpx.Request]],
) -> None:
    client, _ = sent
    seen: list[Any] = []
    offset: Any = 0
    while offset is not None:
        window = invoke(client, "list_clients", {"offset": offset, "limit": 7})
        seen += window["clients"]
        offset = window["next_offset"]
    assert [record["name"] for record in seen] == every_client_name(client)


def test_a_list_without_pages_is_cut_locally(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, requests = sent
    whole = invoke(client, "list_staff", {"limit": 100})
    requests.clear()
    window = invoke(client, "list_staff", {"offset": 1, "limit": 1})
    assert window["staff"] == whole["staff"][1:2]
    assert window["total"] == whole["total"]
    assert len(requests) == 1


def test_the_default_window_is_small(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, _ = sent
    window = invoke(client, "list_invoices", {})
    assert len(window["invoices"]) == clientary.tools.DEFAULT_LIMIT
    assert window["more"] is True


def test_a_delete_answers_what_it_deleted(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, _ = sent
    created = invoke(client, "create_lead", {"name": "Short-lived"})
    assert invoke(client, "delete_lead", {"id": created["id"]}) == {
        "deleted": True,
        "id": created["id"],
    }
    with pytest.raises(clientary.NotFoundError):
        invoke(client, "get_lead", {"id": created["id"]})


def test_api_errors_are_the_clients_typed_errors(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, _ = sent
    with pytest.raises(clientary.NotFoundError) as raised:
        invoke(client, "get_client", {"id": 999_999})
    assert TOKEN not in str(raised.value)
    with pytest.raises(clientary.ValidationError):
        invoke(client, "create_task", {"title": "x", "project_id": 999_999})


def test_a_policy_refuses_before_sending(sent: tuple[Client, list[httpx.Request]]) -> None:
    client, requests = sent
    with pytest.raises(ToolRefusedError, match="--allow-writes"):
        clientary.tools.invoke("create_task", {"title": "x"}, client=client, policy=ToolPolicy())
    assert requests == []


def test_whole_numbers_written_with_a_fraction_count_as_integers(
    sent: tuple[Client, list[httpx.Request]],
) -> None:
    """JSON Schema calls 1.0 an integer, so the tool schema takes it; the call does too, and
    sends it as 1."""
    client, requests = sent
    assert invoke(client, "get_client", {"id": 1.0})["id"] == 1
    assert requests[-1].url.path == "/api/v2/clients/1"
    window = invoke(client, "list_clients", {"limit": 2.0, "offset": 1.0})
    assert (len(window["clients"]), window["offset"], window["next_offset"]) == (2, 1, 3)
    requests.clear()
    invoke(client, "create_task", {"title": "Whole", "assignee_id": 2.0})
    sent_task = json.loads(requests[0].content)["task"]
    assert sent_task["assignee_id"] == 2
    assert isinstance(sent_task["assignee_id"], int)
    with pytest.raises(clientary.tools.ToolArgumentError, match="id"):
        invoke(client, "get_client", {"id": 1.5})
