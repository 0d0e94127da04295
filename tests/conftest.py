"""Every mock this suite starts checks its own responses against the spec.

In process, in a thread, or as a child process (the demo and the fuzz driver inherit the
environment), a mock response that breaks the spec is answered as a 500 naming the violation,
so whichever test made the request fails. tests/mock/test_strict_mode.py shows that the switch
works. The one exception is the benchmark's smoke test (tests/test_bench.py), which measures
speed and says why.
"""

import collections
import os

import pytest
from clientary_mock._middleware.response_check import ENVIRONMENT_VARIABLE

os.environ[ENVIRONMENT_VARIABLE] = "1"

# pytester runs pytest on test files written by a test (tests/mock/test_pytest_plugin.py).
pytest_plugins = ["pytester"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist, refuse items that share a node id: the workers would run only one of
    them and report the rest as nothing at all (schemathesis names every operation's item alike;
    scripts/test runs that module in a process of its own)."""
    if not hasattr(config, "workerinput"):  # set on pytest-xdist's workers only
        return
    counts = collections.Counter(item.nodeid for item in items)
    shared = sorted(node_id for node_id, count in counts.items() if count > 1)
    if shared:
        raise pytest.UsageError(
            f"{len(shared)} node id(s) name several items, which pytest-xdist would run once: "
            f"{shared[0]}; run that module without -n"
        )
