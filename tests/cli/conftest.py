"""The `clientary` command run in-process against one mock account (reset for each test).

`cli(...)` runs the command as the console script would, with the account in the environment,
and returns its exit status and what it wrote to stdout and stderr.
"""

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from clientary._cli import main
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread

TOKEN = "tok-CLI-SECRET-8d2e41f7"
"""The account's token: no output, error or progress line may ever hold it."""
TODAY = dt.date(2026, 12, 10)
"""The mock's clock, so that its days (and the fiscal year) are the same on every run."""


@dataclass
class Mock:
    url: str
    app: Any

    def reset(self) -> None:
        httpx.post(f"{self.url}/_mock/reset", json={"seed": "demo"}).raise_for_status()

    @property
    def requests(self) -> int:
        """Requests the mock has served so far."""
        served: int = self.app.state.mock.requests
        return served

    def count(self, table: str) -> int:
        """How many records the account holds: the mock's own count, not a filtered list."""
        counted: int = self.app.state.mock.store.counts()[table]
        return counted

    def rows(self, table: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = self.app.state.mock.store.rows(table)
        return rows


@dataclass(frozen=True)
class Result:
    status: int
    out: str
    err: str


Cli = Callable[..., Result]


@pytest.fixture(scope="package")
def mock() -> Iterator[Mock]:
    app = create_app(token=TOKEN, seed="demo", today=TODAY)
    with serve_in_thread(app) as url:
        yield Mock(url, app)


@pytest.fixture
def account(mock: Mock, monkeypatch: pytest.MonkeyPatch) -> Mock:
    """The mock, reset to its seed, named by the environment as a user would name an account."""
    mock.reset()
    monkeypatch.setenv("CLIENTARY_TOKEN", TOKEN)
    monkeypatch.setenv("CLIENTARY_URL", mock.url)
    monkeypatch.delenv("CLIENTARY_SUBDOMAIN", raising=False)
    return mock


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    def run(*args: str) -> Result:
        status = main(list(args))
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return run
