"""ToolPolicy (read-only unless told otherwise) and the audit log's records and redaction."""

from __future__ import annotations

import io
import json

import clientary.tools
import pytest
from clientary.tools import ToolPolicy, UnknownToolError
from clientary.tools._audit import REDACTED, AuditLog, redacted

TOOLS = {tool.name: tool for tool in clientary.tools.tools()}


def allowed(policy: ToolPolicy) -> set[str]:
    return {tool.name for tool in clientary.tools.tools(policy=policy)}


def test_the_default_policy_allows_reads_only() -> None:
    names = allowed(ToolPolicy())
    assert names == {name for name, tool in TOOLS.items() if tool.kind == "read"}
    assert "get_client" in names
    assert "create_client" not in names


def test_writes_do_not_allow_deletes() -> None:
    names = allowed(ToolPolicy(allow_writes=True))
    assert "create_client" in names
    assert not {name for name in names if TOOLS[name].kind == "delete"}


def test_deletes_need_both_switches() -> None:
    assert "delete_client" not in allowed(ToolPolicy(allow_deletes=True))
    assert "delete_client" in allowed(ToolPolicy(allow_writes=True, allow_deletes=True))
    assert len(allowed(ToolPolicy(allow_writes=True, allow_deletes=True))) == len(TOOLS)


def test_an_allow_list_narrows_within_the_switches() -> None:
    policy = ToolPolicy.of(allowed=["get_client", "create_task"])
    assert allowed(policy) == {"get_client"}
    assert "read-only" not in (policy.refusal(TOOLS["list_staff"]) or "read-only")
    assert policy.refusal(TOOLS["list_staff"]) == "not in the allow-list of tools"
    writer = ToolPolicy.of(allow_writes=True, allowed=["get_client", "create_task"])
    assert allowed(writer) == {"get_client", "create_task"}


def test_an_allow_list_with_a_typo_is_refused_at_once() -> None:
    with pytest.raises(UnknownToolError, match="did you mean create_task"):
        ToolPolicy.of(allowed=["create_tsak"])


def test_definitions_leave_out_what_the_policy_refuses() -> None:
    shown = clientary.tools.definitions("anthropic", policy=ToolPolicy())
    assert {tool["name"] for tool in shown} == allowed(ToolPolicy())
    picked = clientary.tools.definitions(
        "anthropic", names=["get_client", "delete_client"], policy=ToolPolicy()
    )
    assert [tool["name"] for tool in picked] == ["get_client"]


def test_secret_named_fields_are_blanked_at_any_depth() -> None:
    arguments = {
        "name": "ACME",
        "stripe_customer_id": "cus_123",
        "nested": [{"api_key": "k", "note": "fine"}],
        "Authorization": "Basic xyz",
    }
    assert redacted(arguments) == {
        "name": "ACME",
        "stripe_customer_id": REDACTED,
        "nested": [{"api_key": REDACTED, "note": "fine"}],
        "Authorization": REDACTED,
    }


def test_any_text_holding_the_token_is_blanked() -> None:
    assert redacted({"note": "my token is tok-123 ok"}, ("tok-123",)) == {"note": REDACTED}
    assert redacted(["tok-123"], ("tok-123",)) == [REDACTED]
    assert redacted({"note": "nothing here"}, ("tok-123",)) == {"note": "nothing here"}


def test_each_call_is_one_flushed_json_line() -> None:
    stream = io.StringIO()
    log = AuditLog(stream, secrets=("tok-123",))
    log.record(tool="get_client", arguments={"id": 1}, status="ok", duration_ms=12.345)
    log.record(
        tool="create_task",
        arguments={"title": "tok-123"},
        status="refused",
        duration_ms=0.2,
        error="create_task: refused (tok-123)",
    )
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert set(first) == {"time", "tool", "arguments", "status", "duration_ms"}
    assert first["tool"] == "get_client"
    assert first["duration_ms"] == 12.3
    assert first["time"].endswith("+00:00")
    assert second["arguments"] == {"title": REDACTED}
    assert second["error"] == REDACTED
    assert "tok-123" not in stream.getvalue()
