"""The spec loaded by schemathesis, pointed at an in-process app, and the property every case holds.

The checks are configured by schemathesis.toml, the file `scripts/fuzz` uses, so that both
ways of fuzzing hold the mock to the same contract (every check; expected statuses widened
only where that file says why). Its `[auth]` table is left out: it reads CLIENTARY_TOKEN from
the environment, and the tests authenticate with their own token instead.
"""

from __future__ import annotations

import base64
import tomllib
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.config import SchemathesisConfig
from schemathesis.core.hooks import load_from_path as load_hooks_from_path
from schemathesis.core.transport import Response
from schemathesis.specs.openapi.schemas import OpenApiSchema

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "clientary.yaml"
CONFIG = REPO / "schemathesis.toml"
# The hooks scripts/fuzz hands schemathesis: HTML error pages are read as text and checked.
HOOKS = REPO / "scripts" / "fuzz_hooks.py"
TOKEN = "contract-token"
# For requests built by hand (case.call); generated cases get auth from the config.
AUTHORIZATION = {"Authorization": "Basic " + base64.b64encode(f"{TOKEN}:{TOKEN}".encode()).decode()}
# A case of any operation of the spec.
AnyCase = Case[Any]


def project_config() -> SchemathesisConfig:
    settings = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    settings.pop("auth")
    return SchemathesisConfig.from_dict(settings, base_dir=str(REPO))


def load_schema(app: Any) -> OpenApiSchema:
    """The spec, sending every request to `app` (an ASGI app) in-process."""
    load_hooks_from_path(str(HOOKS))
    schema = schemathesis.openapi.from_path(SPEC, config=project_config())
    schema.app = app
    schema.config.update(basic_auth=(TOKEN, TOKEN))
    return schema


def check_case(case: AnyCase) -> Response:
    """Send the case and run every enabled check on the answer; raises on any violation."""
    return case.call_and_validate()
