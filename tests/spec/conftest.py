"""Fixtures shared by the spec tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    """Async tests here run on asyncio only: the generated client targets nothing else."""
    return "asyncio"
