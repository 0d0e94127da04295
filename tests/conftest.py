"""Every mock this suite starts checks its own responses against the spec.

In process, in a thread, or as a child process (the demo and the fuzz driver inherit the
environment), a mock response that breaks the spec is answered as a 500 naming the violation,
so whichever test made the request fails. tests/mock/test_strict_mode.py shows that the switch
works. The one exception is the benchmark's smoke test (tests/test_bench.py), which measures
speed and says why.
"""

import os

from clientary_mock._response_check import ENVIRONMENT_VARIABLE

os.environ[ENVIRONMENT_VARIABLE] = "1"

# pytester runs pytest on test files written by a test (tests/mock/test_pytest_plugin.py).
pytest_plugins = ["pytester"]
