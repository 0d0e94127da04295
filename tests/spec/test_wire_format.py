"""What the generated client puts on the wire: method, path, body and credentials."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
from clientary_client.models import (
    InvoiceCreateRequest,
    InvoiceFields,
    InvoiceMessageRequest,
    InvoiceStatus,
    InvoiceUpdateRequest,
    LineItemAttributes,
    NewInvoiceFields,
    NewRecurringScheduleFields,
    RecurringAction,
    RecurringScheduleCreateRequest,
    TimeInterval,
)

from .contract_table import PROMISED_BY_ID, TAGS
from .examples_index import example_uses, use_id
from .generated_ops import (
    BASE_URL,
    PATH_IDS,
    async_client_on_fake_wire,
    client_on_fake_wire,
    model_class,
    operation_module,
    path_arguments,
)
from .json_diff import json_differences
from .spec_source import WRITE_METHODS, operation, operations, schema_name_at, validator_for

TOKEN = "tok_9f8e7d6c5b4a"


@dataclass(frozen=True)
class WireCase:
    """One call of a generated operation and the JSON body it must send (None: no body)."""

    case_id: str
    operation_id: str
    build_body: Callable[[], Any] | None
    expected_json: Any

    @property
    def tag(self) -> str:
        return PROMISED_BY_ID[self.operation_id].tag


def _from_documented_example(example_json: Any, operation_id: str) -> Callable[[], Any]:
    """Builds the operation's request model from the documented payload, as a user would."""
    request_model = model_class(schema_name_at(operation(operation_id).request_schema_pointer()))
    return lambda: request_model.from_dict(example_json)


DOCUMENTED_CASES = [
    WireCase(
        use_id(example, operation_id),
        operation_id,
        _from_documented_example(example.load(), operation_id),
        example.load(),
    )
    for example, operation_id in example_uses("request")
]

# Operations whose bodies the docs never show: built from the generated models, with line items
# added, changed and removed in Rails nested-attribute style.
MODEL_BUILT_CASES = [
    WireCase(
        "create_invoice-with-new-lines",
        "create_invoice",
        lambda: InvoiceCreateRequest(
            invoice=NewInvoiceFields(
                client_id=4,
                date="2011-07-26",
                due_date="2011-08-25",
                currency_code="EUR",
                status=InvoiceStatus.DRAFT,
                invoice_items_attributes=[
                    LineItemAttributes(title="Design", quantity=3, price=100.0, taxable=True),
                    LineItemAttributes(title="Hosting", quantity=1, price=20.5),
                ],
            )
        ),
        {
            "invoice": {
                "client_id": 4,
                "date": "2011-07-26",
                "due_date": "2011-08-25",
                "currency_code": "EUR",
                "status": 0,
                "invoice_items_attributes": [
                    {"title": "Design", "quantity": 3, "price": 100.0, "taxable": True},
                    {"title": "Hosting", "quantity": 1, "price": 20.5},
                ],
            }
        },
    ),
    WireCase(
        "update_invoice-edit-remove-add-lines",
        "update_invoice",
        lambda: InvoiceUpdateRequest(
            invoice=InvoiceFields(
                po="PO-7",
                invoice_items_attributes=[
                    LineItemAttributes(id=184, quantity=2),
                    LineItemAttributes(id=185, attr_destroy=True),
                    LineItemAttributes(title="Support", quantity=1, price=75.0),
                ],
            )
        ),
        {
            "invoice": {
                "po": "PO-7",
                "invoice_items_attributes": [
                    {"id": 184, "quantity": 2},
                    {"id": 185, "_destroy": True},
                    {"title": "Support", "quantity": 1, "price": 75.0},
                ],
            }
        },
    ),
    WireCase(
        "send_invoice_message-no-wrapper",
        "send_invoice_message",
        lambda: InvoiceMessageRequest(
            recipients=["jdoe@example.com"], subject="Invoice 184", attach_pdf=True
        ),
        {"recipients": ["jdoe@example.com"], "subject": "Invoice 184", "attach_pdf": True},
    ),
    WireCase(
        "create_recurring_schedule-monthly",
        "create_recurring_schedule",
        lambda: RecurringScheduleCreateRequest(
            recurring_schedule=NewRecurringScheduleFields(
                client_id=4,
                next_date="2014-03-16",
                time_interval=TimeInterval.MONTHLY,
                currency_code="USD",
                due_period=10,
                action=RecurringAction.SEND,
                recurring_schedule_items_attributes=[
                    LineItemAttributes(title="Subscription", quantity=1, price=49.99)
                ],
            )
        ),
        {
            "recurring_schedule": {
                "client_id": 4,
                "next_date": "2014-03-16",
                "time_interval": 5,
                "currency_code": "USD",
                "due_period": 10,
                "action": 0,
                "recurring_schedule_items_attributes": [
                    {"title": "Subscription", "quantity": 1, "price": 49.99}
                ],
            }
        },
    ),
]

# Calls without a body: deletes naming two ids, and the one tag that has no write at all.
BODILESS_CASES = [
    WireCase(operation_id, operation_id, None, None)
    for operation_id in (
        "delete_payment",
        "delete_payment_profile",
        "delete_recurring_schedule",
        "get_staff",
        "list_staff",
    )
]

WIRE_CASES = DOCUMENTED_CASES + MODEL_BUILT_CASES + BODILESS_CASES


def _arguments(case: WireCase) -> dict[str, Any]:
    arguments: dict[str, Any] = dict(path_arguments(operation(case.operation_id)))
    if case.build_body is not None:
        arguments["body"] = case.build_body()
    return arguments


def _no_content(_: httpx.Request) -> httpx.Response:
    return httpx.Response(204)


def _call(case: WireCase) -> httpx.Request:
    """Run the case's operation against a fake server and return the request it sent."""
    module = operation_module(case.tag, case.operation_id)
    auth = httpx.BasicAuth(TOKEN, TOKEN)
    with client_on_fake_wire(_no_content, auth=auth) as (client, recorded):
        module.sync_detailed(client=client, **_arguments(case))
    return recorded.only


async def _call_async(case: WireCase) -> httpx.Request:
    module = operation_module(case.tag, case.operation_id)
    auth = httpx.BasicAuth(TOKEN, TOKEN)
    async with async_client_on_fake_wire(_no_content, auth=auth) as (client, recorded):
        await module.asyncio_detailed(client=client, **_arguments(case))
    return recorded.only


def _basic_credentials(request: httpx.Request) -> str:
    scheme, _, encoded = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    return base64.b64decode(encoded).decode()


@pytest.mark.parametrize("case", WIRE_CASES, ids=[case.case_id for case in WIRE_CASES])
def test_request_method_path_and_credentials(case: WireCase) -> None:
    promised = PROMISED_BY_ID[case.operation_id]

    request = _call(case)

    assert request.method == promised.method.upper()
    assert str(request.url).startswith(BASE_URL + "/")
    assert request.url.path == promised.path.format(**PATH_IDS)
    assert _basic_credentials(request) == f"{TOKEN}:{TOKEN}"
    assert TOKEN not in str(request.url)


@pytest.mark.parametrize("case", WIRE_CASES, ids=[case.case_id for case in WIRE_CASES])
def test_request_body_on_the_wire(case: WireCase) -> None:
    request = _call(case)

    if case.expected_json is None:
        assert request.content == b""
        return
    assert request.headers["Content-Type"] == "application/json"
    sent = json.loads(request.content, parse_float=Decimal)
    assert list(sent) == list(case.expected_json), "wrapper key"
    # Exact up to the one rule's normal forms: the docs' 8.0 is sent as 8, and 20.5 as 20.5.
    assert json_differences(case.expected_json, sent, decimals_read=True) == []
    pointer = operation(case.operation_id).request_schema_pointer()
    assert [error.message for error in validator_for(pointer).iter_errors(sent)] == []


def test_line_item_removal_is_sent_as_destroy_true() -> None:
    [case] = [case for case in WIRE_CASES if case.operation_id == "update_invoice"]
    sent = json.loads(_call(case).content)
    removals = [item for item in sent["invoice"]["invoice_items_attributes"] if "_destroy" in item]
    assert removals == [{"id": 185, "_destroy": True}]


def test_every_tag_is_exercised_through_a_write_where_it_has_one() -> None:
    covered_tags = {case.tag for case in WIRE_CASES}
    assert covered_tags == set(TAGS)
    tags_with_writes = {op.tag for op in operations() if op.method in WRITE_METHODS}
    tags_written = {
        case.tag for case in WIRE_CASES if PROMISED_BY_ID[case.operation_id].method in WRITE_METHODS
    }
    assert tags_written == tags_with_writes


@pytest.mark.anyio
@pytest.mark.parametrize("case", WIRE_CASES, ids=[case.case_id for case in WIRE_CASES])
async def test_async_call_sends_the_same_request(case: WireCase) -> None:
    expected = _call(case)

    sent = await _call_async(case)

    assert (sent.method, sent.url, sent.content) == (
        expected.method,
        expected.url,
        expected.content,
    )
    assert sent.headers["Authorization"] == expected.headers["Authorization"]
