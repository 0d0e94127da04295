"""clientary_mock.testing starts the mock as a child process and stops it, whatever the token."""

from pathlib import Path

import httpx
import pytest
from clientary_mock.testing import MockDidNotStart, MockProcess, running_mock


@pytest.mark.parametrize("token", ["plain-token", "-starts-like-an-option"])
def test_the_mock_answers_with_the_token_it_was_given(token: str, tmp_path: Path) -> None:
    log = tmp_path / "mock.log"
    with running_mock(token, log_path=log) as base_url:
        staff = httpx.get(f"{base_url}/api/v2/staff", auth=(token, token))
        assert staff.status_code == 200, staff.text
    assert log.exists()


def test_a_mock_that_cannot_start_says_why() -> None:
    with pytest.raises(MockDidNotStart, match="exited before listening"):
        MockProcess("token", "--seed", "no-such-seed").start()
