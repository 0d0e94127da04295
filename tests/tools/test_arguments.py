"""Bad arguments are refused with the field named, before any request is sent."""

from __future__ import annotations

from collections.abc import Iterator

import clientary
import clientary.tools
import httpx
import pytest
from clientary.tools import ToolArgumentError
from clientary_client import Client


@pytest.fixture
def client() -> Iterator[Client]:
    """A client whose every request fails the test: nothing may be sent."""

    def refuse(request: httpx.Request) -> httpx.Response:
        pytest.fail(f"a request was sent: {request.method} {request.url.path}")

    transport = httpx.MockTransport(refuse)
    connected = clientary.connect(
        token="tok-SECRET-arguments",
        base_url="https://acme.clientary.com",
        transport=transport,
        async_transport=transport,
        max_retries=0,
    )
    yield connected
    connected.get_httpx_client().close()


def problems(client: Client, name: str, arguments: object) -> list[str]:
    with pytest.raises(ToolArgumentError) as raised:
        clientary.tools.invoke(name, arguments, client=client)  # type: ignore[arg-type]
    assert raised.value.tool == name
    assert "nothing was sent" in str(raised.value)
    return [str(problem) for problem in raised.value.problems]


def test_a_missing_required_field_is_named(client: Client) -> None:
    assert problems(client, "create_task", {}) == ["title: is required"]
    assert problems(client, "get_client", {}) == ["id: is required"]


def test_a_wrong_type_names_the_field_and_both_types(client: Client) -> None:
    assert problems(client, "get_client", {"id": "12"}) == ["id: must be integer, got string"]
    assert problems(client, "get_client", {"id": True}) == ["id: must be integer, got boolean"]


def test_an_unknown_argument_is_named_with_the_ones_the_tool_takes(client: Client) -> None:
    (problem,) = problems(client, "get_client", {"id": 1, "client": {"name": "x"}})
    assert problem == "client: is not an argument of get_client (it takes: id)"


def test_the_wrapper_key_is_not_an_argument(client: Client) -> None:
    wrapped, missing = problems(client, "create_client", {"client": {"name": "ACME"}})
    assert wrapped.startswith("client: is not an argument of create_client (it takes: name, ")
    assert missing == "name: is required"


def test_a_malformed_date_says_what_form_is_expected(client: Client) -> None:
    (problem,) = problems(client, "create_task", {"title": "t", "due_date": "2026-2-3"})
    assert problem.startswith("due_date: is not in the expected form, for example ")
    assert "'2017-07-22'" in problem


@pytest.mark.parametrize("day", ["2026-02-30", "2026/02/30", "2023-02-29", "2026-04-31"])
def test_a_day_that_does_not_exist_is_called_so(client: Client, day: str) -> None:
    """Written right but not on the calendar: the fix is another day, not another form."""
    (problem,) = problems(client, "create_task", {"title": "t", "due_date": day})
    assert problem == "due_date: is a day that does not exist"


def test_a_form_the_field_does_not_take_is_a_form_problem_even_on_no_day(client: Client) -> None:
    """Query days take dashes only: slashes are the wrong form, whatever the day."""
    (problem,) = problems(client, "list_invoices", {"updated_since": "2026/02/30"})
    assert problem.startswith("updated_since: is not in the expected form")


def test_a_pattern_ending_in_dollar_does_not_admit_a_final_newline(client: Client) -> None:
    (problem,) = problems(client, "list_invoices", {"updated_since": "2026-01-01\n"})
    assert problem.startswith("updated_since: ")


def test_nested_fields_are_named_by_their_path(client: Client) -> None:
    arguments = {
        "client_id": 1,
        "date": "2026-11-24",
        "due_date": "2026-12-24",
        "currency_code": "USD",
        "invoice_items_attributes": [
            {"title": "Design", "quantity": 1, "price": 10},
            {"title": "Hosting", "quantity": "lots", "price": 10},
        ],
    }
    found = problems(client, "create_invoice", arguments)
    assert "invoice_items_attributes[1].quantity: must be number, got string" in found


def test_conditional_requirements_of_the_body_hold_at_the_top(client: Client) -> None:
    assert problems(client, "create_payment", {"invoice_id": 1}) == ["amount: is required"]


def test_range_and_enum_problems_use_the_validator_words(client: Client) -> None:
    (limit,) = problems(client, "list_clients", {"limit": 1000})
    assert limit == "limit: the value is greater than the maximum of 100"
    (sort,) = problems(client, "list_clients", {"sort": "size"})
    assert sort == "sort: must be one of 'date'"


SECRET = "tok_live_4f9a2c7e1b"


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("create_task", {"title": "t", "due_date": SECRET}),
        ("list_clients", {"sort": SECRET}),
        ("list_clients", {"limit": SECRET}),
        ("create_client", {"name": "ACME", SECRET: 1}),
        ("create_client", {"name": SECRET * 40}),
    ],
)
def test_problems_never_repeat_the_offending_value(
    client: Client, tool: str, arguments: dict[str, object]
) -> None:
    """What an assistant pasted (a credential, say) is not echoed back or into the audit log.

    An unknown argument's name is the exception: the name is the problem, so it is shown.
    """
    found = problems(client, tool, arguments)
    assert found
    for problem in found:
        assert SECRET not in problem.partition(": ")[2]


def test_every_problem_is_reported_at_once_in_field_order(client: Client) -> None:
    found = problems(client, "create_task", {"due_date": "soon", "assignee_id": 0, "extra": 1})
    assert [problem.split(":")[0] for problem in found] == [
        "assignee_id",
        "due_date",
        "extra",
        "title",
    ]


@pytest.mark.parametrize("arguments", [[1, 2], "id=1", 7])
def test_arguments_must_be_an_object(client: Client, arguments: object) -> None:
    (problem,) = problems(client, "get_client", arguments)
    assert problem.startswith("(arguments): must be an object, got ")


def test_an_unknown_tool_is_refused_with_close_names(client: Client) -> None:
    with pytest.raises(clientary.tools.UnknownToolError, match="did you mean create_task"):
        clientary.tools.invoke("create_tasks", {}, client=client)
