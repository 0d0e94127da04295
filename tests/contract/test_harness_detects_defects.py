"""The contract checks fail when the server breaks the contract.

Each test wraps the mock in a middleware that breaks one answer of one route, fuzzes that
route with the same checks as test_every_operation, and asserts which check reports it. The
last test does the same through scripts/fuzz.py and schemathesis's own command line.
"""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread
from schemathesis import GenerationMode
from schemathesis.openapi.checks import JsonSchemaError
from starlette.applications import Starlette

from .asgi_defects import RewriteJsonBody, ServerErrorOn
from .fuzz_run import fuzz_failures
from .schema_under_test import AUTHORIZATION, REPO, TOKEN, load_schema

CLIENT_PATH = re.compile(r"/api/v2/clients/\d+")
INVOICE_PATH = re.compile(r"/api/v2/invoices/\d+")
TODAY = datetime.date(2025, 6, 15)


def mock_app() -> Starlette:
    app: Starlette = create_app(token=TOKEN, seed="demo", today=TODAY)
    return app


def name_as_number(client: Any) -> Any:
    return {**client, "name": 12345}


def first_client_id(app: Any) -> int:
    """The id of a client of the seed, read through the API like any caller would."""
    list_clients = load_schema(app).find_operation_by_id("list_clients")
    listing = list_clients.Case().call(headers=AUTHORIZATION)
    assert listing.status_code == 200
    client_id = listing.json()["clients"][0]["id"]
    assert isinstance(client_id, int)
    return client_id


def test_a_field_of_the_wrong_type_fails_response_schema_conformance() -> None:
    app = RewriteJsonBody(mock_app(), method="GET", path=CLIENT_PATH, rewrite=name_as_number)
    schema = load_schema(app)
    # get_client must reach a client that exists, or every answer is a (correct) 404.
    schema.config.update(parameters={"path.id": first_client_id(app)})

    failures = fuzz_failures(schema, "get_client", mode=GenerationMode.POSITIVE, max_examples=10)

    assert app.rewritten > 0
    schema_errors = [failure for failure in failures if isinstance(failure, JsonSchemaError)]
    assert schema_errors, f"no schema violation reported; got {failures!r}"
    assert list(schema_errors[0].instance_path) == ["name"]
    assert "response_schema_conformance" in type(schema_errors[0]).checks


def test_the_same_route_unbroken_passes() -> None:
    # The control for the test above: same fuzz, no defect, no failure.
    app = mock_app()
    schema = load_schema(app)
    schema.config.update(parameters={"path.id": first_client_id(app)})

    assert fuzz_failures(schema, "get_client", mode=GenerationMode.POSITIVE, max_examples=10) == []


def test_a_server_error_fails_not_a_server_error() -> None:
    app = ServerErrorOn(mock_app(), method="PUT", path=INVOICE_PATH)
    schema = load_schema(app)

    failures = fuzz_failures(
        schema, "update_invoice", mode=GenerationMode.NEGATIVE, max_examples=10
    )

    assert app.failed > 0
    failing_checks = {check for failure in failures for check in type(failure).checks}
    assert "not_a_server_error" in failing_checks, f"got {failures!r}"


def test_scripts_fuzz_exits_1_and_reports_the_failing_check(tmp_path: Path) -> None:
    app = RewriteJsonBody(mock_app(), method="GET", path=CLIENT_PATH, rewrite=name_as_number)
    with serve_in_thread(app) as base_url:
        # list_clients is included so that get_client is fed ids of clients that exist.
        result = subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts" / "fuzz.py"),
                "--url",
                base_url,
                "--report-dir",
                str(tmp_path),
                "--",
                "--include-operation-id",
                "list_clients",
                "--include-operation-id",
                "get_client",
                "--phases",
                "fuzzing",
                "--max-examples",
                "10",
            ],
            env={**os.environ, "CLIENTARY_TOKEN": TOKEN},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    assert result.returncode == 1, result.stdout + result.stderr
    assert app.rewritten > 0
    report = ET.parse(tmp_path / "junit.xml").getroot()
    failed = {
        case.get("name"): " ".join(element.text or "" for element in case.iter("failure"))
        for case in report.iter("testcase")
        if case.find("failure") is not None
    }
    assert "Response violates schema" in failed.get("GET /api/v2/clients/{id}", ""), failed
