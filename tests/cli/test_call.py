"""`clientary call`: every operation by its id, the tools' arguments and policy, JSON answers."""

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import clientary.tools
import pytest

from .conftest import TOKEN, Cli, Mock

TOOLS = {tool.name: tool for tool in clientary.tools.tools()}
# The mock's table for the records each tag's operations name by `id`.
TABLES = {"recurring_schedules": "recurring"}
Ids = dict[str, int]


def call(cli: Cli, name: str, *words: str) -> Any:
    result = cli("call", name, *words)
    assert result.status == 0, f"{name}: {result.err}"
    return json.loads(result.out, parse_float=Decimal)


def read_arguments(account: Mock, name: str) -> list[str]:
    """`--NAME VALUE` words naming a record of the seed for each id the tool takes."""
    tool = TOOLS[name]
    tag = tool.module.split(".")[2]
    words = []
    for argument in tool.path_arguments:
        if argument == "id":
            # A list under a record (/recurring/{id}/invoices) names that record, not its own.
            table = tool.path.split("/")[3] if tool.lists else TABLES.get(tag, tag)
        else:
            table = argument.removesuffix("_id") + "s"
        words += [f"--{argument.replace('_', '-')}", str(account.rows(table)[0]["id"])]
    return words


def test_every_read_operation_answers(account: Mock, cli: Cli) -> None:
    for name, tool in TOOLS.items():
        if tool.kind != "read":
            continue
        answer = call(cli, name, *read_arguments(account, name))
        assert isinstance(answer, dict)
        if tool.lists:
            assert {"offset", "total", "more", "next_offset"} <= set(answer), name
        else:
            assert answer["id"] > 0, name


ITEM = {"title": "Design", "quantity": 2, "price": 100}
Step = tuple[str, Callable[[Ids], list[str]], str | None]

# Every write and delete, in an order where each finds the records it needs; the words are
# what a shell would pass, flags and --json alike, and the last item names the id to keep.
STEPS: list[Step] = [
    ("create_client", lambda ids: ["--name", "Shell Ltd", "--city", "Lisbon"], "client"),
    ("update_client", lambda ids: ["--id", str(ids["client"]), "--city", "Porto"], None),
    (
        "create_contact",
        lambda ids: ["--client-id", str(ids["client"]), "--name", "Ana", "--email", "a@s.example"],
        "contact",
    ),
    ("update_contact", lambda ids: ["--id", str(ids["contact"]), "--title", "CFO"], None),
    (
        "create_project",
        lambda ids: ["--name", "Site", "--rate", "120.5", "--client-id", str(ids["client"])],
        "project",
    ),
    ("update_project", lambda ids: ["--id", str(ids["project"]), "--budget", "5000"], None),
    (
        "create_estimate",
        lambda ids: [
            "--json",
            json.dumps(
                {
                    "date": "2026-11-24",
                    "currency_code": "EUR",
                    "client_id": ids["client"],
                    "estimate_items_attributes": [ITEM],
                }
            ),
        ],
        "estimate",
    ),
    ("update_estimate", lambda ids: ["--id", str(ids["estimate"]), "--title", "Revised"], None),
    (
        "send_estimate_message",
        lambda ids: ["--id", str(ids["estimate"]), "--recipients", '["ana@s.example"]'],
        None,
    ),
    (
        "create_expense",
        lambda ids: [
            "--amount",
            "42.5",
            "--incurred-on",
            "2026-11-20",
            "--client-id",
            str(ids["client"]),
        ],
        "expense",
    ),
    ("update_expense", lambda ids: ["--id", str(ids["expense"]), "--amount", "45"], None),
    (
        "create_project_hours",
        lambda ids: ["--project-id", str(ids["project"]), "--hours", "1.5", "--title", "Kick-off"],
        "hour",
    ),
    ("update_hour_entry", lambda ids: ["--id", str(ids["hour"]), "--hours", "2"], None),
    (
        "create_invoice",
        lambda ids: [
            "--date=2026-11-24",
            "--due-date=2026-12-24",
            "--currency-code=EUR",
            f"--client-id={ids['client']}",
            f"--invoice-items-attributes={json.dumps([ITEM])}",
        ],
        "invoice",
    ),
    ("update_invoice", lambda ids: ["--id", str(ids["invoice"]), "--po", "PO-7"], None),
    (
        "send_invoice_message",
        lambda ids: [
            "--id",
            str(ids["invoice"]),
            "--recipients",
            '["ana@s.example"]',
            "--attach-pdf",
        ],
        None,
    ),
    ("create_lead", lambda ids: ["--name", "Prospect Ltd"], "lead"),
    ("update_lead", lambda ids: ["--id", str(ids["lead"]), "--website", "https://p.example"], None),
    (
        "create_payment_profile",
        lambda ids: [
            "--client-id",
            str(ids["client"]),
            "--stripe-customer-id",
            "cus_1",
            "--stripe-source-id",
            "src_1",
            "--last-four-digits",
            "4242",
            "--name",
            "Ana Card",
            "--expiration-date",
            "2028-12-31",
        ],
        "payment_profile",
    ),
    (
        "create_payment",
        lambda ids: [
            "--invoice-id",
            str(ids["invoice"]),
            "--amount",
            "50",
            "--received-on",
            "2026-11-25",
        ],
        "payment",
    ),
    (
        "create_recurring_schedule",
        lambda ids: [
            "--json",
            json.dumps(
                {
                    "client_id": ids["client"],
                    "next_date": "2026-12-01",
                    "time_interval": 3,
                    "currency_code": "EUR",
                    "due_period": 30,
                }
            ),
        ],
        "recurring",
    ),
    (
        "update_recurring_schedule",
        lambda ids: ["--id", str(ids["recurring"]), "--title", "Monthly"],
        None,
    ),
    (
        "create_task",
        lambda ids: ["--title", "Call Ana", "--project-id", str(ids["project"])],
        "task",
    ),
    ("update_task", lambda ids: ["--id", str(ids["task"]), "--complete"], None),
    (
        "delete_payment",
        lambda ids: ["--invoice-id", str(ids["invoice"]), "--id", str(ids["payment"])],
        None,
    ),
    (
        "delete_payment_profile",
        lambda ids: ["--client-id", str(ids["client"]), "--id", str(ids["payment_profile"])],
        None,
    ),
    ("delete_recurring_schedule", lambda ids: ["--id", str(ids["recurring"])], None),
    ("delete_task", lambda ids: ["--id", str(ids["task"])], None),
    ("delete_estimate", lambda ids: ["--id", str(ids["estimate"])], None),
    ("delete_invoice", lambda ids: ["--id", str(ids["invoice"])], None),
    ("delete_hour_entry", lambda ids: ["--id", str(ids["hour"])], None),
    ("delete_expense", lambda ids: ["--id", str(ids["expense"])], None),
    ("delete_contact", lambda ids: ["--id", str(ids["contact"])], None),
    ("delete_lead", lambda ids: ["--id", str(ids["lead"])], None),
    ("delete_project", lambda ids: ["--id", str(ids["project"])], None),
    ("delete_client", lambda ids: ["--id", str(ids["client"])], None),
]


def test_every_write_and_delete_works_with_both_switches(account: Mock, cli: Cli) -> None:
    ids: Ids = {}
    answers = {}
    for name, words, keep in STEPS:
        answers[name] = call(cli, name, *words(ids), "--allow-writes", "--allow-deletes")
        if keep is not None:
            ids[keep] = answers[name]["id"]
        if TOOLS[name].kind == "delete":
            assert answers[name]["deleted"] is True
    # The words were read as the schema says: a bare flag is true, numbers are numbers.
    assert answers["update_task"]["complete"] is True
    assert answers["create_project"]["rate"] == Decimal("120.5")
    assert answers["create_invoice"]["invoice_items"][0]["title"] == "Design"
    assert not [row for row in account.rows("clients") if row["id"] == ids["client"]]


def test_every_operation_is_covered_here() -> None:
    """A new operation in the spec is a new command, and must join these tests."""
    covered = {name for name, tool in TOOLS.items() if tool.kind == "read"} | {s[0] for s in STEPS}
    assert covered == set(TOOLS)


@pytest.mark.parametrize(("switches", "refused"), [((), "write"), (("--allow-writes",), "delete")])
def test_the_policy_refuses_before_sending(
    account: Mock, cli: Cli, switches: tuple[str, ...], refused: str
) -> None:
    ids: Ids = {
        key: account.rows(table)[0]["id"]
        for key, table in {
            "client": "clients", "contact": "contacts", "project": "projects",
            "estimate": "estimates", "expense": "expenses", "hour": "hours",
            "invoice": "invoices", "lead": "leads", "payment": "payments",
            "payment_profile": "payment_profiles", "recurring": "recurring", "task": "tasks",
        }.items()
    }  # fmt: skip
    sent = account.requests
    for name, words, _ in STEPS:
        if TOOLS[name].kind != refused and not (
            refused == "write" and TOOLS[name].kind == "delete"
        ):
            continue
        result = cli("call", name, *words(ids), *switches)
        assert result.status == 2, name
        switch = (
            "--allow-writes --allow-deletes" if TOOLS[name].kind == "delete" else "--allow-writes"
        )
        assert f"{name}: refused: " in result.err
        assert f"({switch}); nothing was sent" in result.err
    assert account.requests == sent


def test_answers_are_written_by_the_one_rule(account: Mock, cli: Cli) -> None:
    """Days with dashes and exact decimals, in the command's output as in the tool's own answer."""
    invoice = account.rows("invoices")[0]
    printed = call(cli, "get_invoice", "--id", str(invoice["id"]))
    assert printed["date"] == invoice["date"].isoformat()
    # The tool's own answer follows the same rule (the API wrote the day with slashes).
    with clientary.connect(token=TOKEN, base_url=account.url) as client:
        raw = clientary.tools.invoke("get_invoice", {"id": invoice["id"]}, client=client)
    assert raw["date"] == invoice["date"].isoformat()
    assert printed["total_cost"] == Decimal(str(raw["total_cost"]))
    window = call(cli, "list_tasks", "--limit", "2")
    assert dt.datetime.fromisoformat(window["tasks"][0]["created_at"]).utcoffset() is not None
    assert window["total"] == account.count("tasks")


def test_flags_and_json_make_the_same_arguments(account: Mock, cli: Cli) -> None:
    project = account.rows("projects")[0]["id"]
    by_flags = call(cli, "list_project_hours", "--project-id", str(project), "--filter", "billed")
    by_json = call(
        cli, "list_project_hours", "--json", json.dumps({"project_id": project, "filter": "billed"})
    )
    assert by_flags == by_json
    assert {entry["billed?"] for entry in by_flags["hours"]} == {True}
