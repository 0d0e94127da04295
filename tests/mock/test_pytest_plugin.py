"""The `clientary_mock` fixture that the distribution gives pytest (entry point pytest11).

Each case runs pytest on a small test file of a user's, in this process, with nothing set up
but the installed distribution: the plugin is found through its entry point.
"""

from __future__ import annotations

import httpx
import pytest
from clientary_mock.pytest_plugin import _AccountSwitch

USES_THE_CLIENT = """
import clientary
import pytest
from clientary_client.api.clients import create_client, list_clients
from clientary_client.api.staff import list_staff
from clientary_client.models import ClientCreateRequest, NewClientFields

def names(account):
    with clientary.connect(token=account.token, base_url=account.url) as client:
        return [record.name for record in clientary.paginate(list_clients, client=client)]
"""


def run(pytester: pytest.Pytester, source: str) -> pytest.RunResult:
    pytester.makepyfile(test_user=USES_THE_CLIENT + source)
    return pytester.runpytest("-p", "no:cacheprovider", "--strict-markers")


def test_each_test_gets_a_fresh_demo_account(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
def test_writes(clientary_mock):
    with clientary.connect(token=clientary_mock.token, base_url=clientary_mock.url) as client:
        fields = NewClientFields(name="Northwind Traders")
        clientary.call(create_client, client=client, body=ClientCreateRequest(client=fields))
    assert "Northwind Traders" in names(clientary_mock)

def test_starts_again_from_the_seed(clientary_mock):
    assert clientary_mock.seed == "demo"
    assert "ACME Corp" in names(clientary_mock)
    assert "Northwind Traders" not in names(clientary_mock)
""",
    )
    result.assert_outcomes(passed=2)


def test_the_marker_asks_for_the_empty_seed(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
@pytest.mark.clientary_mock(seed="empty")
def test_empty(clientary_mock):
    assert clientary_mock.seed == "empty"
    assert names(clientary_mock) == []
    with clientary.connect(token=clientary_mock.token, base_url=clientary_mock.url) as client:
        assert len(list(clientary.paginate(list_staff, client=client))) == 3

@pytest.mark.clientary_mock("empty")
def test_positional(clientary_mock):
    assert names(clientary_mock) == []
""",
    )
    result.assert_outcomes(passed=2)


def test_a_client_left_from_an_earlier_test_is_refused(pytester: pytest.Pytester) -> None:
    """Every account has a token of its own, and the server is the same."""
    result = run(
        pytester,
        """
import httpx

EARLIER = {}

def test_first(clientary_mock):
    EARLIER["account"] = clientary_mock

def test_second(clientary_mock):
    earlier = EARLIER["account"]
    assert clientary_mock.url == earlier.url
    assert clientary_mock.token != earlier.token
    stale = httpx.get(earlier.url + "/api/v2/staff", auth=(earlier.token, earlier.token))
    assert stale.status_code == 401
""",
    )
    result.assert_outcomes(passed=2)


def test_an_unknown_seed_fails_the_test_naming_the_choices(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
@pytest.mark.clientary_mock(seed="full")
def test_full(clientary_mock):
    pass
""",
    )
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*clientary_mock*unknown seed 'full'*demo, empty*"])


def test_the_marker_is_registered(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("-p", "no:cacheprovider", "--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.clientary_mock(seed='demo'): *"])


@pytest.mark.anyio
async def test_between_tests_the_server_answers_503() -> None:
    """A request that comes while no test holds an account reaches no account at all."""
    switch = _AccountSwitch()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=switch), base_url="http://mock"
    ) as http:
        response = await http.get("/api/v2/staff")
    assert response.status_code == 503
    assert response.json() == {"error": "no test is running"}
