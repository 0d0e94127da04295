"""`clientary export`: complete, in the spec's columns, typed by the one rule, narrowed as asked."""

import csv
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import clientary
import pytest
import yaml
from clientary._cli._catalogue import get_resource, resource_names
from clientary._cli._plan import DayRange, Scope, plan
from clientary._cli._reading import read
from clientary._cli._typed import typed_record
from clientary._json_values import cell_text
from clientary_client.api.expenses import list_expenses
from clientary_client.api.invoices import list_invoices
from clientary_client.api.projects import list_projects
from clientary_client.models import Invoice

from .conftest import TOKEN, Cli, Mock

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "clientary.yaml").read_text())
# The mock's table of each resource (it keeps recurring schedules under their path's name).
TABLES = {
    name: ("recurring" if name == "recurring_schedules" else name) for name in resource_names()
}


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line, parse_float=Decimal) for line in lines]


def scalar_properties(schema: str) -> list[str]:
    """The record schema's properties that are neither lists nor objects, in the spec's order."""
    properties = SPEC["components"]["schemas"][schema]["properties"]
    names = []
    for name, prop in properties.items():
        target = prop
        if "$ref" in prop:
            target = SPEC["components"]["schemas"][prop["$ref"].rpartition("/")[2]]
        types = target.get("type", [])
        types = [types] if isinstance(types, str) else types
        if types and not {"array", "object"} & set(types):
            names.append(name)
    return names


@pytest.mark.parametrize("output_format", ["csv", "jsonl"])
@pytest.mark.parametrize("resource", resource_names())
def test_every_resource_exports_every_record_the_account_holds(
    account: Mock, cli: Cli, tmp_path: Path, resource: str, output_format: str
) -> None:
    """The row count is the mock's own count of records, not what a default-filtered list says."""
    out = tmp_path / f"{resource}.{output_format}"
    result = cli("export", resource, "--format", output_format, "-o", str(out))
    assert result.status == 0, result.err
    if output_format == "csv":
        _, rows = read_csv(out)
        ids = [int(row["id"]) for row in rows]
    else:
        ids = [record["id"] for record in read_jsonl(out)]
    assert len(ids) == account.count(TABLES[resource]) > 0
    assert len(set(ids)) == len(ids)


def test_completed_projects_their_time_and_expenses_of_any_year_are_in(
    account: Mock, cli: Cli, tmp_path: Path
) -> None:
    """What the API's lists leave out by default (completed projects, expenses outside the
    fiscal year) is exported, as are the time entries of a completed project."""
    with clientary.connect(token=TOKEN, base_url=account.url) as client:
        done = clientary.tools.invoke(
            "create_project", {"name": "Old Job", "rate": 90, "status": 2}, client=client
        )
        entry = clientary.tools.invoke(
            "create_project_hours",
            {"project_id": done["id"], "hours": 3, "title": "Wrap-up", "date": "2019-05-01"},
            client=client,
        )
        old = clientary.tools.invoke(
            "create_expense", {"amount": 12.5, "incurred_on": "2019-05-02"}, client=client
        )
        # The lists as the API answers them by default do leave these out.
        default_projects = {p.id for p in clientary.paginate(list_projects, client=client)}
        default_expenses = {e.id for e in clientary.paginate(list_expenses, client=client)}
    assert done["id"] not in default_projects
    assert old["id"] not in default_expenses

    exported = {}
    for resource in ("projects", "hours", "expenses"):
        out = tmp_path / f"{resource}.csv"
        assert cli("export", resource, "-o", str(out)).status == 0
        exported[resource] = {int(row["id"]): row for row in read_csv(out)[1]}
    assert exported["projects"][done["id"]]["status"] == "2"
    assert exported["hours"][entry["id"]]["date"] == "2019-05-01"
    assert exported["expenses"][old["id"]]["incurred_on"] == "2019-05-02"
    assert exported["expenses"][old["id"]]["amount"] == "12.5"


def test_csv_matches_the_records_read_through_the_library(
    account: Mock, cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "invoices.csv"
    assert cli("export", "invoices", "-o", str(out), "--concurrency", "3").status == 0
    header, rows = read_csv(out)
    with clientary.connect(token=TOKEN, base_url=account.url) as client:
        invoices: list[Invoice] = list(clientary.paginate(list_invoices, client=client))
    # The record schema's scalar properties, in the spec's order.
    assert header == scalar_properties("Invoice")
    assert [int(row["id"]) for row in rows] == [invoice.id for invoice in invoices]
    for row, invoice in zip(rows, invoices, strict=True):
        assert row["number"] == invoice.number
        assert row["date"] == invoice.date.isoformat()
        assert row["due_date"] == (invoice.due_date.isoformat() if invoice.due_date else "")
        assert row["client_id"] == str(invoice.client_id)
        assert row["summary"] == (invoice.summary or "")
        assert row["status"] == str(invoice.status)
        assert row["compound_tax"] == ("true" if invoice.compound_tax else "false")
        for amount in ("subtotal", "tax", "total_cost", "total_payments", "balance"):
            assert Decimal(row[amount]) == Decimal(str(getattr(invoice, amount))), amount
            assert not row[amount].endswith(".0"), "a whole amount is written as an integer"


def test_a_nested_record_is_its_id_and_nested_lists_stay_out(
    account: Mock, cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "projects.csv"
    assert cli("export", "projects", "-o", str(out)).status == 0
    header, rows = read_csv(out)
    assert header == [*scalar_properties("Project"), "client_id"]
    by_id = {row["id"]: row for row in rows}
    for project in account.rows("projects"):
        assert by_id[str(project["id"])]["client_id"] == str(project["client_id"])
    schedules = tmp_path / "recurring.csv"
    assert cli("export", "recurring_schedules", "-o", str(schedules)).status == 0
    header, _ = read_csv(schedules)
    assert header.count("client_id") == 1  # its own client_id; the nested client adds nothing
    assert "recurring_schedule_items" not in header
    invoices = tmp_path / "invoices.csv"
    assert cli("export", "invoices", "-o", str(invoices)).status == 0
    assert not {"invoice_items", "payments", "recurring_schedules"} & set(read_csv(invoices)[0])


def test_lines_give_one_row_per_line_item(account: Mock, cli: Cli, tmp_path: Path) -> None:
    with clientary.connect(token=TOKEN, base_url=account.url) as client:
        bare = clientary.tools.invoke(
            "create_invoice",
            {"date": "2026-12-01", "due_date": "2026-12-31", "currency_code": "USD"},
            client=client,
        )
    out = tmp_path / "lines.csv"
    assert cli("export", "invoices", "--lines", "-o", str(out)).status == 0
    header, rows = read_csv(out)
    assert header == [
        *scalar_properties("Invoice"),
        *(f"line_{name}" for name in scalar_properties("LineItem")),
    ]
    lines = {
        (invoice["id"], item["id"])
        for invoice in account.rows("invoices")
        for item in invoice["items"]
    }
    assert {(int(r["id"]), int(r["line_id"])) for r in rows if r["line_id"]} == lines
    # The invoice without lines keeps its row, with empty line cells.
    (empty,) = [row for row in rows if int(row["id"]) == bare["id"]]
    assert empty["line_id"] == empty["line_title"] == ""
    hosting = next(row for row in rows if row["line_title"] == "Hosting")
    assert (hosting["line_price"], hosting["line_quantity"]) == ("49.99", "1.5")


def test_json_lines_keep_whole_records_with_typed_values(
    account: Mock, cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "invoices.jsonl"
    assert cli("export", "invoices", "--format", "jsonl", "-o", str(out)).status == 0
    records = read_jsonl(out)
    stored = {row["id"]: row for row in account.rows("invoices")}
    paid = next(record for record in records if record["payments"])
    assert list(paid)[:4] == ["id", "number", "title", "date"]  # the spec's order
    for record in records:
        assert dt.date.fromisoformat(record["date"]) == stored[record["id"]]["date"]
        assert [item["id"] for item in record["invoice_items"]] == [
            item["id"] for item in stored[record["id"]]["items"]
        ]
    payment = paid["payments"][0]
    assert dt.date.fromisoformat(payment["received_on"])  # dashes, though the API sends slashes
    lines = [line for record in records for line in record["invoice_items"]]
    assert {line["price"] for line in lines} == {Decimal("123"), Decimal("49.99")}


def test_since_and_until_keep_the_records_of_those_days(
    account: Mock, cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "q3.csv"
    result = cli(
        "export", "invoices", "--since", "2026-07-01", "--until", "2026-09-30", "-o", str(out)
    )
    assert result.status == 0, result.err
    days = [dt.date.fromisoformat(row["date"]) for row in read_csv(out)[1]]
    expected = [
        row["date"]
        for row in account.rows("invoices")
        if dt.date(2026, 7, 1) <= row["date"] <= dt.date(2026, 9, 30)
    ]
    assert days
    assert sorted(days) == sorted(expected)
    tasks = tmp_path / "tasks.csv"
    assert cli("export", "tasks", "--since", "2026-11-25", "-o", str(tasks)).status == 0
    created = [row["created_at"] for row in read_csv(tasks)[1]]
    assert created
    assert all(text[:10] >= "2026-11-25" for text in created)
    assert len(created) < account.count("tasks")
    expenses = tmp_path / "expenses.csv"
    assert cli("export", "expenses", "--until", "2025-12-31", "-o", str(expenses)).status == 0
    incurred = [row["incurred_on"] for row in read_csv(expenses)[1]]
    assert incurred == ["2025-01-31", "2025-04-01", "2025-05-31"]


def test_the_day_filter_uses_the_apis_own_range_only_for_expenses() -> None:
    days = DayRange(dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    expenses = plan(get_resource("expenses"), None, days)
    assert expenses.arguments == {"from_date": "2026-07-01", "to_date": "2026-09-30"}
    everything = plan(get_resource("expenses"))
    assert everything.arguments == {"from_date": "1000-01-01", "to_date": "9999-12-31"}
    for name in resource_names():
        found: Any = plan(get_resource(name), None, days if get_resource(name).day else None)
        while found is not None:
            assert "updated_since" not in found.arguments, name
            found = found.parent


@pytest.mark.parametrize(
    ("resource", "option", "expected"),
    [
        ("invoices", "--client-id", "list_client_invoices"),
        ("invoices", "--project-id", "list_project_invoices"),
        ("contacts", "--client-id", "list_client_contacts"),
        ("tasks", "--client-id", "list_tasks"),  # its client_id field, read on the whole list
        ("hours", "--client-id", "list_project_hours"),  # the hours of the client's projects
        ("hours", None, "list_project_hours"),  # the hours of every project
    ],
)
def test_a_scope_picks_the_list_the_api_offers(
    resource: str, option: str | None, expected: str
) -> None:
    scopes = {"--client-id": ("clients", "client_id"), "--project-id": ("projects", "project_id")}
    scope = Scope(*scopes[option], record_id=4) if option else None
    assert plan(get_resource(resource), scope).listing.operation == expected


def test_a_scoped_export_holds_that_records_records_only(
    account: Mock, cli: Cli, tmp_path: Path
) -> None:
    client_id = account.rows("clients")[0]["id"]
    projects = [p["id"] for p in account.rows("projects") if p["client_id"] == client_id]
    cases = {
        "invoices": [r["id"] for r in account.rows("invoices") if r["client_id"] == client_id],
        "hours": [r["id"] for r in account.rows("hours") if r["project_id"] in projects],
        "tasks": [r["id"] for r in account.rows("tasks") if r["client_id"] == client_id],
    }
    for resource, expected in cases.items():
        out = tmp_path / f"{resource}.csv"
        result = cli("export", resource, "--client-id", str(client_id), "-o", str(out))
        assert result.status == 0, result.err
        assert sorted(int(row["id"]) for row in read_csv(out)[1]) == sorted(expected), resource


def test_concurrency_changes_nothing_but_the_speed(account: Mock, cli: Cli, tmp_path: Path) -> None:
    texts = []
    for concurrency in ("1", "8"):
        for resource in ("hours", "clients"):
            out = tmp_path / f"{resource}-{concurrency}.csv"
            assert cli("export", resource, "--concurrency", concurrency, "-o", str(out)).status == 0
            texts.append(out.read_bytes())
    assert texts[:2] == texts[2:]


def test_rows_go_to_stdout_without_an_output_file(account: Mock, cli: Cli) -> None:
    result = cli("export", "staff")
    assert result.status == 0
    assert result.out.startswith("id,name,title,email,phone,mobile,ext,avatar\r\n")
    assert len(result.out.splitlines()) == 1 + account.count("staff")
    assert result.err.startswith("clientary export staff: 3 records from 1 page in ")
    assert result.err.rstrip().endswith(", to stdout")


class Uncounted:
    def pages_ahead(self, pages: int) -> None: ...

    def page_read(self, records: int) -> None: ...


@pytest.mark.parametrize(
    "resource", ["invoices", "projects", "hours", "tasks", "recurring_schedules", "expenses"]
)
def test_every_cell_is_the_rules_text_of_the_records_typed_value(
    account: Mock, cli: Cli, tmp_path: Path, resource: str
) -> None:
    """The table's quick way (values as the CSV writer takes them) writes what `cell_text` of
    each field's typed value writes: days, moments, decimals, booleans, nested ids."""
    out = tmp_path / f"{resource}.csv"
    assert cli("export", resource, "-o", str(out)).status == 0
    header, rows = read_csv(out)
    chosen = get_resource(resource)
    with clientary.connect(token=TOKEN, base_url=account.url) as client:
        records = [
            typed_record(model.to_dict(), chosen.record)
            for model in read(plan(chosen), client, 1, Uncounted())
        ]
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        for column in header:
            # A column that is no field of the record is a nested record's id.
            nested: dict[str, Any] = record.get(column.removesuffix("_id")) or {}
            value = record[column] if column in record else nested["id"]
            assert row[column] == cell_text(value), (column, value)
