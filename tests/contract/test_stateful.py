"""Stateful fuzzing: schemathesis follows the spec's links from each create to what it enables.

The state machine creates records, then gets, updates, lists and deletes them through the
`links` of the create responses (components/links in the spec), checking every answer. The
recording around the mock shows that those chains really ran: requests on the paths of
records created earlier in the same scenario, answered 2xx.
"""

from __future__ import annotations

import datetime
import json

from clientary_mock import create_app
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from .recording import Exchange, RecordingApp
from .schema_under_test import TOKEN, load_schema

MAX_EXAMPLES = 100
STEP_COUNT = 10
# Records created under a parent live at a top-level path of their own.
ITEM_COLLECTION = {"hours": "/api/v2/hours", "contacts": "/api/v2/contacts"}


def item_path(create: Exchange) -> str | None:
    """Where the record a successful POST created is read, updated and deleted."""
    # Sending an invoice is a POST that answers 200 with no body: it creates nothing to follow.
    if create.method != "POST" or create.status not in (200, 201) or not create.body:
        return None
    record = json.loads(create.body)
    if not isinstance(record, dict) or not isinstance(record.get("id"), int):
        return None
    collection = create.path.rsplit("/", 1)[-1]
    base = ITEM_COLLECTION.get(collection)
    if base is None:
        # Payments and payment profiles stay under their parent; the rest are top level.
        nested = collection in ("payments", "payment_profiles")
        base = create.path if nested else f"/api/v2/{collection}"
    return f"{base}/{record['id']}"


def followed_collections(exchanges: list[Exchange]) -> set[str]:
    """Collections whose newly created records were then used with a 2xx answer."""
    followed: set[str] = set()
    for position, create in enumerate(exchanges):
        path = item_path(create)
        if path is None:
            continue
        for later in exchanges[position + 1 :]:
            on_record = later.path == path or later.path.startswith(path + "/")
            if on_record and 200 <= later.status < 300:
                followed.add(path.rsplit("/", 2)[-2])
                break
    return followed


def test_stateful_chains_follow_the_links_and_keep_the_contract() -> None:
    mock = create_app(token=TOKEN, seed="demo", today=datetime.date(2025, 6, 15))
    app = RecordingApp(mock)

    class ScenarioOnAFreshAccount(load_schema(app).as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # Each scenario starts from the seed: hypothesis replays a failing scenario to
            # confirm and shrink it, and a replay against an account that earlier scenarios
            # changed would take other paths (FlakyStrategyDefinition instead of the failure).
            mock.state.mock.reset("demo")

    run_state_machine_as_test(
        ScenarioOnAFreshAccount,
        settings=settings(
            max_examples=MAX_EXAMPLES,
            stateful_step_count=STEP_COUNT,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )

    # Which chains a random walk completes depends on the draw (and, through schemathesis's
    # shared state, on the tests that ran before); test_links.py follows every link on purpose.
    # Here it is enough that the walk really chains records of more than one kind, rather than
    # firing unrelated requests.
    followed = followed_collections(app.exchanges)
    assert len(followed) >= 2, followed


def test_followed_collections_needs_a_use_of_the_created_record() -> None:
    # The analysis above must not count a create that nothing used afterwards.
    created = Exchange("POST", "/api/v2/clients", 201, b'{"id": 7}')
    elsewhere = Exchange("GET", "/api/v2/clients/8", 200)
    failed_use = Exchange("GET", "/api/v2/clients/7", 404)
    used = Exchange("PUT", "/api/v2/clients/7", 200)

    assert followed_collections([created, elsewhere, failed_use]) == set()
    assert followed_collections([created, elsewhere, used]) == {"clients"}
    assert followed_collections([used, created]) == set()
