"""`python -m clientary`: the same as the `clientary` command."""

import sys

from ._cli import main

sys.exit(main())
