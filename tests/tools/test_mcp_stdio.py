"""clientary-mcp end to end: a real server process spoken to over stdio by the official MCP
client, with the mock Clientary (served on a loopback port) behind it.

Each server configuration is started once per module and driven by a script; the script records
every call (the answer, the requests the mock received meanwhile, whether the mock's records
changed) and the tests below judge those records, the listing, the audit log and stderr:

- read-only (no switches): every tool listed with its schema and hints, every read tool answers,
  every write and delete is refused with nothing sent, bad arguments are refused per field;
- --allow-writes --allow-deletes: every write and delete tool works on records it created;
- --allow-writes: writes work, deletes are refused;
- --allow get_client,list_staff: only those two are listed or run.
"""

import copy
import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import clientary.tools
import mcp.types as mcp_types
import pytest
import yaml
from clientary.tools._audit import REDACTED
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from starlette.types import ASGIApp, Receive, Scope, Send

TOKEN = "tok-MCP-stdio-5e1f0c9a"
"""The account's token; no audit line, answer or stderr text may ever hold it."""
STRIPE_CUSTOMER = "cus_stdio_4f1d77"
STRIPE_SOURCE = "src_stdio_9b2c31"
SPEC = Path(__file__).resolve().parents[2] / "spec" / "clientary.yaml"

TOOLS = clientary.tools.tools()
BY_NAME = {tool.name: tool for tool in TOOLS}
READS = frozenset(tool.name for tool in TOOLS if tool.kind == "read")
WRITES = frozenset(tool.name for tool in TOOLS if tool.kind == "write")
DELETES = frozenset(tool.name for tool in TOOLS if tool.kind == "delete")

Ids = Mapping[str, int]
Arguments = dict[str, Any]
Request = tuple[str, str]


# -- the mock, and what reaches it ------------------------------------------------------------


class RequestLog:
    """ASGI wrapper around the mock that notes every HTTP request before the mock sees it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests: list[Request] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.requests.append((scope["method"], scope["path"]))
        await self.app(scope, receive, send)


@dataclass
class Mock:
    url: str
    app: Any
    log: RequestLog

    def tables(self) -> dict[str, dict[int, Any]]:
        """A deep copy of every record the mock holds."""
        tables: dict[str, dict[int, Any]] = copy.deepcopy(self.app.state.mock.store.tables)
        return tables

    def seed_ids(self) -> dict[str, int]:
        """An existing record of each kind, for calls that must be refused before they are sent."""
        tables = self.app.state.mock.store.tables
        named = {
            "staff": "staff",
            "client": "clients",
            "contact": "contacts",
            "project": "projects",
            "estimate": "estimates",
            "expense": "expenses",
            "hour": "hours",
            "invoice": "invoices",
            "lead": "leads",
            "payment": "payments",
            "payment_profile": "payment_profiles",
            "recurring": "recurring",
            "task": "tasks",
        }
        return {key: min(tables[table]) for key, table in named.items()}


@pytest.fixture(scope="module")
def mock() -> Iterator[Mock]:
    app = create_app(token=TOKEN, seed="demo")
    log = RequestLog(app)
    with serve_in_thread(log) as url:
        yield Mock(url=url, app=app, log=log)


# -- one server process, driven by a script -------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    tool: str
    arguments: Arguments
    expected: str  # the status the audit log should give the call
    is_error: bool
    text: str
    structured: Any
    requests: tuple[Request, ...]  # what reached the mock during the call
    changed_records: bool


class Caller:
    """Calls tools over the MCP session and records each outcome."""

    def __init__(self, session: Client, mock: Mock) -> None:
        self.session = session
        self.mock = mock
        self.outcomes: list[Outcome] = []

    async def __call__(self, tool: str, arguments: Arguments, expect: str = "ok") -> Outcome:
        sent_before = len(self.mock.log.requests)
        records_before = self.mock.tables()
        result = await self.session.call_tool(tool, arguments)
        texts = [part.text for part in result.content if isinstance(part, mcp_types.TextContent)]
        outcome = Outcome(
            tool=tool,
            arguments=arguments,
            expected=expect,
            is_error=result.is_error,
            text="\n".join(texts),
            structured=result.structured_content,
            requests=tuple(self.mock.log.requests[sent_before:]),
            changed_records=self.mock.tables() != records_before,
        )
        self.outcomes.append(outcome)
        return outcome

    async def ok(self, tool: str, arguments: Arguments) -> dict[str, Any]:
        """The answer of a call that must succeed (the script cannot go on otherwise)."""
        outcome = await self(tool, arguments)
        if outcome.is_error or not isinstance(outcome.structured, dict):
            raise AssertionError(f"{tool}({arguments}) failed: {outcome.text}")
        return outcome.structured


Script = Callable[[Caller, Mock], Awaitable[None]]


@dataclass
class Transcript:
    listed: list[mcp_types.Tool]
    outcomes: list[Outcome]
    audit_text: str
    stderr: str
    records_unchanged: bool  # the mock's records at the end are those at the start

    @property
    def audit(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.audit_text.splitlines()]

    def succeeded(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.expected == "ok"]

    def expecting(self, status: str) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.expected == status]

    def texts(self) -> Iterator[str]:
        yield self.audit_text
        yield self.stderr
        for outcome in self.outcomes:
            yield outcome.text
            yield json.dumps(outcome.structured)


def server_environment(**variables: str) -> dict[str, str]:
    """This process's environment without any CLIENTARY_ setting, plus `variables`."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTARY_")}
    return {**inherited, **variables}


def server_command(*flags: str) -> list[str]:
    return [sys.executable, "-m", "clientary.tools.mcp_server", *flags]


def run_server(mock: Mock, directory: Path, flags: list[str], script: Script) -> Transcript:
    audit_path = directory / "audit.jsonl"
    stderr_path = directory / "stderr.txt"
    command, *args = server_command(*flags, "--audit-log", str(audit_path))
    parameters = StdioServerParameters(
        command=command,
        args=args,
        env=server_environment(CLIENTARY_TOKEN=TOKEN, CLIENTARY_URL=mock.url),
    )

    async def session() -> tuple[list[mcp_types.Tool], list[Outcome], bool]:
        with stderr_path.open("w", encoding="utf-8") as errlog:
            async with Client(stdio_client(parameters, errlog=errlog)) as client:
                listed = (await client.list_tools()).tools
                records_before = mock.tables()
                caller = Caller(client, mock)
                await script(caller, mock)
                return listed, caller.outcomes, mock.tables() == records_before

    listed, outcomes, unchanged = anyio.run(session)
    return Transcript(
        listed=listed,
        outcomes=outcomes,
        audit_text=audit_path.read_text(encoding="utf-8"),
        stderr=stderr_path.read_text(encoding="utf-8"),
        records_unchanged=unchanged,
    )


def records_of(answer: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The records of a list tool's answer (its one list-valued field)."""
    (records,) = [value for value in answer.values() if isinstance(value, list)]
    return records


# -- the scripts ------------------------------------------------------------------------------


async def read_every_tool(call: Caller) -> None:
    """Every read tool once or more, each id taken from an earlier answer."""
    staff = records_of(await call.ok("list_staff", {"limit": 100}))
    await call.ok("get_staff", {"id": staff[-1]["id"]})
    clients = records_of(await call.ok("list_clients", {"sort": "date", "limit": 100}))
    await call.ok("get_client", {"id": clients[0]["id"]})
    await call.ok("list_client_payment_profiles", {"client_id": clients[0]["id"]})

    contacts = records_of(await call.ok("list_contacts", {"limit": 12}))
    contact = contacts[-1]
    await call.ok("get_contact", {"id": contact["id"]})
    await call.ok("list_client_contacts", {"client_id": contact["client_id"]})

    invoices = records_of(await call.ok("list_invoices", {"updated_since": "2000-01-01"}))
    invoice = next(i for i in invoices if i.get("client_id") and i.get("project_id"))
    await call.ok("get_invoice", {"id": invoice["id"]})
    await call.ok("list_client_invoices", {"client_id": invoice["client_id"]})
    await call.ok("list_project_invoices", {"project_id": invoice["project_id"]})

    projects = records_of(await call.ok("list_projects", {"filter": "all", "limit": 100}))
    await call.ok("get_project", {"id": projects[0]["id"]})
    await call.ok("list_client_projects", {"client_id": invoice["client_id"], "filter": "all"})
    await call.ok("list_project_estimates", {"project_id": projects[0]["id"]})
    await call.ok("list_project_expenses", {"project_id": projects[0]["id"]})
    await call.ok("list_project_tasks", {"project_id": projects[0]["id"]})
    hours: list[dict[str, Any]] = []
    for project in projects:
        hours = records_of(await call.ok("list_project_hours", {"project_id": project["id"]}))
        if hours:
            break
    await call.ok("get_hour_entry", {"id": hours[0]["id"]})

    estimates = records_of(await call.ok("list_estimates", {"offset": 1}))
    await call.ok("get_estimate", {"id": estimates[0]["id"]})
    await call.ok("list_client_estimates", {"client_id": estimates[0]["client_id"]})

    window = {"from_date": "2000-01-01", "to_date": "2100-12-31"}
    expenses = records_of(await call.ok("list_expenses", window))
    await call.ok("get_expense", {"id": expenses[0]["id"]})
    await call.ok("list_client_expenses", {"client_id": clients[0]["id"], **window})

    leads = records_of(await call.ok("list_leads", {"sort": "oldest", "limit": 3}))
    await call.ok("get_lead", {"id": leads[0]["id"]})
    await call.ok("list_payments", {"sort": "created_at", "limit": 2, "offset": 9})
    recurring = records_of(await call.ok("list_recurring_schedules", {}))
    await call.ok("get_recurring_schedule", {"id": recurring[0]["id"]})
    await call.ok("list_recurring_schedule_invoices", {"id": recurring[0]["id"]})
    tasks = records_of(await call.ok("list_tasks", {"limit": 1}))
    await call.ok("get_task", {"id": tasks[0]["id"]})


Mutation = tuple[str, Callable[[Ids], Arguments], str | None]
ITEM = {"title": "Design", "quantity": 2, "price": 100}

# Every write and delete tool, in an order where each finds the records it needs: the builder
# makes the arguments from the ids known so far, and a create's answer adds the id it names.
MUTATIONS: list[Mutation] = [
    ("create_client", lambda ids: {"name": "Stdio Ltd", "city": "Lisbon"}, "client"),
    ("update_client", lambda ids: {"id": ids["client"], "city": "Porto"}, None),
    (
        "create_contact",
        lambda ids: {"client_id": ids["client"], "name": "Ana", "email": "ana@stdio.example"},
        "contact",
    ),
    ("update_contact", lambda ids: {"id": ids["contact"], "title": "CFO"}, None),
    (
        "create_project",
        lambda ids: {"name": "Website", "rate": 120, "client_id": ids["client"]},
        "project",
    ),
    ("update_project", lambda ids: {"id": ids["project"], "budget": 5000}, None),
    (
        "create_estimate",
        lambda ids: {
            "date": "2026-11-24",
            "currency_code": "EUR",
            "client_id": ids["client"],
            "project_id": ids["project"],
            "estimate_items_attributes": [ITEM],
        },
        "estimate",
    ),
    ("update_estimate", lambda ids: {"id": ids["estimate"], "title": "Phase one"}, None),
    (
        "send_estimate_message",
        lambda ids: {"id": ids["estimate"], "recipients": ["ana@stdio.example"], "attach_pdf": 1},
        None,
    ),
    (
        "create_expense",
        lambda ids: {
            "amount": 42.5,
            "description": "Fonts",
            "incurred_on": "2026-11-20",
            "client_id": ids["client"],
            "project_id": ids["project"],
        },
        "expense",
    ),
    ("update_expense", lambda ids: {"id": ids["expense"], "amount": 45}, None),
    (
        "create_project_hours",
        lambda ids: {"project_id": ids["project"], "hours": 1.5, "title": "Kick-off"},
        "hour",
    ),
    ("update_hour_entry", lambda ids: {"id": ids["hour"], "hours": 2, "date": "2026/11/23"}, None),
    (
        "create_invoice",
        lambda ids: {
            "date": "2026-11-24",
            "due_date": "2026-12-24",
            "currency_code": "EUR",
            "client_id": ids["client"],
            "project_id": ids["project"],
            "invoice_items_attributes": [ITEM],
        },
        "invoice",
    ),
    ("update_invoice", lambda ids: {"id": ids["invoice"], "po": "PO-7"}, None),
    (
        "send_invoice_message",
        lambda ids: {"id": ids["invoice"], "recipients": ["ana@stdio.example"], "send_copy": 0},
        None,
    ),
    ("create_lead", lambda ids: {"name": "Prospect Ltd"}, "lead"),
    ("update_lead", lambda ids: {"id": ids["lead"], "website": "https://p.example"}, None),
    (
        "create_payment_profile",
        lambda ids: {
            "client_id": ids["client"],
            "stripe_customer_id": STRIPE_CUSTOMER,
            "stripe_source_id": STRIPE_SOURCE,
            "last_four_digits": "4242",
            "name": "Ana Card",
            "expiration_date": "2028-12-31",
        },
        "payment_profile",
    ),
    (
        "create_payment",
        lambda ids: {"invoice_id": ids["invoice"], "amount": 50, "received_on": "2026-11-25"},
        "payment",
    ),
    (
        "create_recurring_schedule",
        lambda ids: {
            "client_id": ids["client"],
            "next_date": "2026-12-01",
            "time_interval": 3,
            "currency_code": "EUR",
            "due_period": 30,
            "recurring_schedule_items_attributes": [ITEM],
        },
        "recurring",
    ),
    ("update_recurring_schedule", lambda ids: {"id": ids["recurring"], "due_period": 14}, None),
    (
        "create_task",
        lambda ids: {
            "title": "Call Ana",
            "assignee_id": ids["staff"],
            "project_id": ids["project"],
        },
        "task",
    ),
    ("update_task", lambda ids: {"id": ids["task"], "complete": True}, None),
    ("delete_task", lambda ids: {"id": ids["task"]}, None),
    ("delete_payment", lambda ids: {"invoice_id": ids["invoice"], "id": ids["payment"]}, None),
    (
        "delete_payment_profile",
        lambda ids: {"client_id": ids["client"], "id": ids["payment_profile"]},
        None,
    ),
    ("delete_recurring_schedule", lambda ids: {"id": ids["recurring"]}, None),
    ("delete_invoice", lambda ids: {"id": ids["invoice"]}, None),
    ("delete_estimate", lambda ids: {"id": ids["estimate"]}, None),
    ("delete_hour_entry", lambda ids: {"id": ids["hour"]}, None),
    ("delete_expense", lambda ids: {"id": ids["expense"]}, None),
    ("delete_contact", lambda ids: {"id": ids["contact"]}, None),
    ("delete_lead", lambda ids: {"id": ids["lead"]}, None),
    ("delete_project", lambda ids: {"id": ids["project"]}, None),
    ("delete_client", lambda ids: {"id": ids["client"]}, None),
]

# After the deletes, each deleted record is asked for again and must be gone.
GONE = [
    ("get_task", "task"),
    ("get_invoice", "invoice"),
    ("get_estimate", "estimate"),
    ("get_hour_entry", "hour"),
    ("get_expense", "expense"),
    ("get_contact", "contact"),
    ("get_lead", "lead"),
    ("get_project", "project"),
    ("get_recurring_schedule", "recurring"),
    ("get_client", "client"),
]

# (tool, arguments, the field the message must name): none of these may be sent. Read tools,
# so that the read-only server checks the arguments rather than refusing the tool.
BAD_READS: list[tuple[str, Arguments, str]] = [
    ("get_client", {"id": "seven"}, "id"),  # wrong type
    ("list_clients", {"colour": "red"}, "colour"),  # unknown field
    ("get_invoice", {}, "id"),  # missing required field
    ("list_invoices", {"updated_since": "24.11.2026"}, "updated_since"),  # malformed date
    ("list_invoices", {"updated_since": "2026-02-30"}, "updated_since"),  # no such day
    ("list_staff", {"limit": 101}, "limit"),  # over the window's maximum
    ("list_projects", {"filter": "archived"}, "filter"),  # not one of the enum's values
]
# Writes the --allow-writes --allow-deletes server must refuse for their arguments alone.
BAD_WRITES: list[tuple[str, Callable[[Ids], Arguments], str]] = [
    ("create_task", lambda ids: {"title": "Call", "due_date": "2026-13-01"}, "due_date"),
    ("create_contact", lambda ids: {"client_id": ids["client"], "name": "Bo"}, "email"),
    (
        "create_invoice",
        lambda ids: {
            "date": "2026-11-24",
            "due_date": "2026-12-24",
            "currency_code": "EUR",
            "invoice_items_attributes": [{"title": "Design", "quantity": "two", "price": 1}],
        },
        "invoice_items_attributes[0].quantity",
    ),
]


async def read_only_script(call: Caller, mock: Mock) -> None:
    await read_every_tool(call)
    seeded = mock.seed_ids()
    for name, arguments, _ in MUTATIONS:
        await call(name, arguments(seeded), expect="refused")
    for name, bad, _ in BAD_READS:
        await call(name, bad, expect="invalid")
    # The token in a refused call's arguments, and as the value of an unknown field.
    leaky = {"name": "Leaky Ltd", "description": f"our token is {TOKEN}"}
    await call("create_client", leaky, expect="refused")
    await call("get_client", {"id": seeded["client"], "note": TOKEN}, expect="invalid")
    await call("get_client", {"id": 987_654}, expect="error")


async def read_write_script(call: Caller, mock: Mock) -> None:
    staff = records_of(await call.ok("list_staff", {}))
    ids = {"staff": staff[0]["id"]}
    for name, arguments, creates in MUTATIONS:
        answer = await call.ok(name, arguments(ids))
        if creates is not None:
            ids[creates] = answer["id"]
    for name, key in GONE:
        await call(name, {"id": ids[key]}, expect="error")
    for name, bad, _ in BAD_WRITES:
        await call(name, bad(mock.seed_ids()), expect="invalid")


async def writes_only_script(call: Caller, mock: Mock) -> None:
    task = await call.ok("create_task", {"title": "Only writes", "due_date": "2026-12-01"})
    await call.ok("update_task", {"id": task["id"], "completed": True})
    seeded = mock.seed_ids()
    for name, arguments, _ in MUTATIONS:
        if name in DELETES:
            await call(name, arguments(seeded), expect="refused")


ALLOWED = ("get_client", "list_staff")


async def allow_list_script(call: Caller, mock: Mock) -> None:
    seeded = mock.seed_ids()
    await call.ok("get_client", {"id": seeded["client"]})
    await call.ok("list_staff", {})
    await call("list_clients", {}, expect="refused")
    await call("get_invoice", {"id": seeded["invoice"]}, expect="refused")
    await call("create_client", {"name": "Not allowed"}, expect="refused")


@pytest.fixture(scope="module")
def read_only(mock: Mock, tmp_path_factory: pytest.TempPathFactory) -> Transcript:
    return run_server(mock, tmp_path_factory.mktemp("read_only"), [], read_only_script)


@pytest.fixture(scope="module")
def read_write(mock: Mock, tmp_path_factory: pytest.TempPathFactory) -> Transcript:
    flags = ["--allow-writes", "--allow-deletes"]
    return run_server(mock, tmp_path_factory.mktemp("read_write"), flags, read_write_script)


@pytest.fixture(scope="module")
def writes_only(mock: Mock, tmp_path_factory: pytest.TempPathFactory) -> Transcript:
    flags = ["--allow-writes"]
    return run_server(mock, tmp_path_factory.mktemp("writes_only"), flags, writes_only_script)


@pytest.fixture(scope="module")
def allow_listed(mock: Mock, tmp_path_factory: pytest.TempPathFactory) -> Transcript:
    flags = ["--allow", ",".join(ALLOWED)]
    return run_server(mock, tmp_path_factory.mktemp("allow_list"), flags, allow_list_script)


SESSIONS = ["read_only", "read_write", "writes_only", "allow_listed"]


@pytest.fixture(params=SESSIONS)
def transcript(request: pytest.FixtureRequest) -> Transcript:
    session: Transcript = request.getfixturevalue(request.param)
    return session


def endpoint(tool: clientary.tools.Tool, arguments: Arguments) -> Request:
    path = re.sub(r"\{(\w+)\}", lambda m: str(arguments[m.group(1)]), tool.path)
    return tool.method, path


# -- listing ----------------------------------------------------------------------------------


def test_the_tools_are_the_specs_operations() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = [
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]
    assert sorted(operations) == sorted(BY_NAME)
    assert len(TOOLS) == 70  # the catalogue's 57, 8 more the docs show, 5 integrations call


def test_every_tool_is_listed_with_its_schema_and_hints(read_only: Transcript) -> None:
    assert [tool.name for tool in read_only.listed] == [tool.name for tool in TOOLS]
    for listed in read_only.listed:
        tool = BY_NAME[listed.name]
        assert listed.title == tool.title
        assert listed.input_schema == json.loads(json.dumps(dict(tool.input_schema)))
        assert listed.description is not None
        assert listed.description.endswith(tool.description)
        hints = listed.annotations
        assert hints is not None, listed.name
        assert hints.read_only_hint is (tool.kind == "read"), listed.name
        assert hints.destructive_hint is (tool.kind == "delete"), listed.name
        assert hints.idempotent_hint is (tool.method in ("GET", "PUT", "DELETE")), listed.name


def test_the_listing_says_which_tools_this_server_refuses(
    read_only: Transcript, writes_only: Transcript
) -> None:
    def refused(transcript: Transcript) -> set[str]:
        return {
            tool.name
            for tool in transcript.listed
            if (tool.description or "").startswith("(Refused by this server")
        }

    assert refused(read_only) == WRITES | DELETES
    assert refused(writes_only) == DELETES
    assert [tool.name for tool in writes_only.listed] == [tool.name for tool in TOOLS]


# -- every tool, invoked ----------------------------------------------------------------------


def test_every_listed_tool_was_invoked_and_succeeded(
    read_only: Transcript, read_write: Transcript
) -> None:
    reads = {o.tool for o in read_only.succeeded()}
    changes = {o.tool for o in read_write.succeeded() if o.tool not in READS}
    assert reads == READS
    assert changes == WRITES | DELETES
    assert reads | changes == {tool.name for tool in read_only.listed}
    for outcome in [*read_only.succeeded(), *read_write.succeeded()]:
        assert not outcome.is_error, (outcome.tool, outcome.text)
        assert json.loads(outcome.text) == outcome.structured, outcome.tool


def test_each_successful_call_went_to_its_own_endpoint(
    read_only: Transcript, read_write: Transcript
) -> None:
    for outcome in [*read_only.succeeded(), *read_write.succeeded()]:
        tool = BY_NAME[outcome.tool]
        expected = endpoint(tool, outcome.arguments)
        assert outcome.requests, outcome.tool
        assert set(outcome.requests) == {expected}, outcome.tool
        if not tool.lists:
            assert len(outcome.requests) == 1, outcome.tool


def test_get_tools_answer_the_record_asked_for(read_only: Transcript) -> None:
    gets = [o for o in read_only.succeeded() if o.tool.startswith("get_")]
    assert {o.tool for o in gets} == {name for name in READS if name.startswith("get_")}
    for outcome in gets:
        assert outcome.structured.get("id") == outcome.arguments["id"], outcome.tool


def test_list_tools_answer_a_window_of_records(read_only: Transcript) -> None:
    lists = [o for o in read_only.succeeded() if o.tool.startswith("list_")]
    assert {o.tool for o in lists} == {name for name in READS if name.startswith("list_")}
    for outcome in lists:
        answer = outcome.structured
        records = records_of(answer)
        (items_field,) = set(answer) - {"offset", "total", "more", "next_offset"}
        assert answer[items_field] is records, outcome.tool
        limit = outcome.arguments.get("limit", 10)
        offset = outcome.arguments.get("offset", 0)
        assert answer["offset"] == offset
        assert len(records) == min(limit, max(answer["total"] - offset, 0)), outcome.tool
        assert answer["more"] == (offset + len(records) < answer["total"]), outcome.tool
        assert answer["next_offset"] == (offset + len(records) if answer["more"] else None)
    by_tool = {o.tool: o.structured for o in lists}
    assert len(by_tool["list_contacts"]["contacts"]) == 12  # across pages of 5
    assert by_tool["list_clients"]["more"] is False
    assert by_tool["list_payments"]["offset"] == 9


def test_writes_and_deletes_work_with_both_switches(read_write: Transcript) -> None:
    mutations = [o for o in read_write.succeeded() if o.tool not in READS]
    assert [o.tool for o in mutations] == [name for name, _, _ in MUTATIONS]
    for outcome in mutations:
        assert outcome.changed_records, outcome.tool
    created = {o.tool: o.structured for o in mutations}
    assert created["create_client"]["name"] == "Stdio Ltd"
    assert created["update_client"]["city"] == "Porto"
    assert created["create_project_hours"]["title"] == "Kick-off"
    assert created["delete_client"] == {"deleted": True, "id": created["create_client"]["id"]}
    gone = read_write.expecting("error")
    assert [o.tool for o in gone] == [name for name, _ in GONE]
    for outcome in gone:
        assert outcome.is_error
        assert outcome.text.startswith("NotFoundError"), outcome.text
        assert outcome.requests == (endpoint(BY_NAME[outcome.tool], outcome.arguments),)


# -- refusals ---------------------------------------------------------------------------------


def assert_nothing_sent(outcome: Outcome) -> None:
    assert outcome.requests == (), outcome.tool
    assert not outcome.changed_records, outcome.tool


def test_read_only_server_refuses_every_write_and_delete(read_only: Transcript) -> None:
    refused = read_only.expecting("refused")
    assert {o.tool for o in refused} == WRITES | DELETES
    for outcome in refused:
        assert outcome.is_error, outcome.tool
        assert outcome.structured is None, outcome.tool
        assert "--allow-writes" in outcome.text, outcome.text
        if outcome.tool in DELETES:
            assert "--allow-deletes" in outcome.text, outcome.text
        assert_nothing_sent(outcome)
    # Over the whole session, only reads reached the mock and no record changed.
    sent = {request for outcome in read_only.outcomes for request in outcome.requests}
    assert sent
    assert {method for method, _ in sent} == {"GET"}
    assert read_only.records_unchanged


def test_writes_without_deletes(writes_only: Transcript) -> None:
    created, updated = writes_only.succeeded()
    assert created.requests == (("POST", "/api/v2/tasks"),)
    assert created.changed_records
    assert updated.changed_records
    assert updated.structured["complete"] is True  # sent as the docs spell it, `completed`
    refused = writes_only.expecting("refused")
    assert {o.tool for o in refused} == DELETES
    for outcome in refused:
        assert outcome.is_error
        assert "--allow-deletes" in outcome.text, outcome.text
        assert_nothing_sent(outcome)


def test_allow_list_lists_and_runs_only_its_tools(allow_listed: Transcript) -> None:
    assert sorted(tool.name for tool in allow_listed.listed) == sorted(ALLOWED)
    assert [o.tool for o in allow_listed.succeeded()] == list(ALLOWED)
    for outcome in allow_listed.succeeded():
        assert not outcome.is_error, outcome.text
        assert outcome.requests
    refused = allow_listed.expecting("refused")
    assert [o.tool for o in refused] == ["list_clients", "get_invoice", "create_client"]
    for outcome in refused:
        assert outcome.is_error
        assert "allow-list" in outcome.text, outcome.text
        assert_nothing_sent(outcome)


# -- bad arguments ----------------------------------------------------------------------------


def test_bad_arguments_name_the_field_and_send_nothing(
    read_only: Transcript, read_write: Transcript
) -> None:
    invalid = [*read_only.expecting("invalid"), *read_write.expecting("invalid")]
    fields = [field for _, _, field in BAD_READS] + ["note"] + [f for _, _, f in BAD_WRITES]
    assert len(invalid) == len(fields)
    for outcome, field in zip(invalid, fields, strict=True):
        assert outcome.is_error, outcome.tool
        assert outcome.structured is None
        assert f"{field}: " in outcome.text, (field, outcome.text)
        assert_nothing_sent(outcome)


def test_an_api_error_comes_back_as_the_typed_error(read_only: Transcript) -> None:
    (outcome,) = read_only.expecting("error")
    assert outcome.is_error
    assert outcome.text.startswith("NotFoundError: ")
    assert "/api/v2/clients/987654" in outcome.text
    assert outcome.requests == (("GET", "/api/v2/clients/987654"),)


# -- audit log and secrets --------------------------------------------------------------------


def test_the_audit_log_has_one_line_per_call(transcript: Transcript) -> None:
    audit = transcript.audit
    assert len(audit) == len(transcript.outcomes)
    for line, outcome in zip(audit, transcript.outcomes, strict=True):
        assert set(line) >= {"time", "tool", "arguments", "status", "duration_ms"}
        assert line["tool"] == outcome.tool
        assert line["status"] == outcome.expected, (outcome.tool, line)
        assert ("error" in line) is (outcome.expected != "ok")
        when = dt.datetime.fromisoformat(line["time"])
        assert when.tzinfo is not None
        assert abs(dt.datetime.now(dt.UTC) - when) < dt.timedelta(minutes=10)
        assert isinstance(line["duration_ms"], float | int)
        assert line["duration_ms"] >= 0
        secretive = TOKEN in json.dumps(outcome.arguments) or any(
            "stripe" in key for key in outcome.arguments
        )
        if not secretive:
            assert line["arguments"] == outcome.arguments, outcome.tool


def test_secrets_are_redacted_from_the_audit_log(
    read_only: Transcript, read_write: Transcript
) -> None:
    def logged(transcript: Transcript, tool: str, status: str, **fields: Any) -> dict[str, Any]:
        """The logged arguments of the one call of `tool` with `status` and these `fields`."""
        (arguments,) = [
            line["arguments"]
            for line in transcript.audit
            if line["tool"] == tool
            and line["status"] == status
            and fields.items() <= line["arguments"].items()
        ]
        assert isinstance(arguments, dict)
        return arguments

    leaky = logged(read_only, "create_client", "refused", name="Leaky Ltd")
    assert leaky == {"name": "Leaky Ltd", "description": REDACTED}
    noted = logged(read_only, "get_client", "invalid", note=REDACTED)
    assert set(noted) == {"id", "note"}
    for transcript, status in ((read_only, "refused"), (read_write, "ok")):
        profile = logged(transcript, "create_payment_profile", status)
        assert profile["stripe_customer_id"] == REDACTED
        assert profile["stripe_source_id"] == REDACTED
        assert profile["name"] == "Ana Card"
        assert STRIPE_CUSTOMER not in transcript.audit_text
        assert STRIPE_SOURCE not in transcript.audit_text


def test_the_token_is_nowhere(transcript: Transcript) -> None:
    for text in transcript.texts():
        assert TOKEN not in text


def test_the_token_was_offered_and_refused_to_the_log(read_only: Transcript) -> None:
    # The token really was in some calls' arguments, so its absence above means something.
    offered = [o for o in read_only.outcomes if TOKEN in json.dumps(o.arguments)]
    assert [o.expected for o in offered] == ["refused", "invalid"]


# -- refusing to start ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "variables", "message"),
    [
        pytest.param([], {"CLIENTARY_URL": "http://127.0.0.1:9"}, "CLIENTARY_TOKEN", id="no-token"),
        pytest.param(
            ["--allow-deletes"],
            {"CLIENTARY_TOKEN": TOKEN, "CLIENTARY_URL": "http://127.0.0.1:9"},
            "--allow-writes",
            id="deletes-without-writes",
        ),
        pytest.param([], {"CLIENTARY_TOKEN": TOKEN}, "CLIENTARY_URL", id="no-account"),
        pytest.param(
            ["--allow", "get_clent"],
            {"CLIENTARY_TOKEN": TOKEN, "CLIENTARY_URL": "http://127.0.0.1:9"},
            "get_client",
            id="unknown-tool",
        ),
    ],
)
def test_the_server_refuses_to_start(
    flags: list[str], variables: dict[str, str], message: str, tmp_path: Path
) -> None:
    audit_log = tmp_path / "audit.jsonl"
    finished = subprocess.run(
        server_command(*flags, "--audit-log", str(audit_log)),
        env=server_environment(**variables),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 2, finished.stderr
    assert finished.stdout == ""
    assert finished.stderr.startswith("clientary-mcp: ")
    assert message in finished.stderr
    assert TOKEN not in finished.stderr
    assert not audit_log.exists()
