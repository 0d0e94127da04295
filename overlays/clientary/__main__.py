"""`python -m clientary`: the same as the `clientary` command."""

import sys

from ._console import clientary

sys.exit(clientary())
