"""Everything one mock app holds: the account's data, its settings, faults and counters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import _seed
from ._faults import FaultState
from ._openapi import SpecIndex
from ._read_cache import ReadCache
from ._store import Clock, RecordLimitReached, Settings, Store


def build_store(seed: str, settings: Settings, today: dt.date | None) -> Store:
    store = Store(Clock(today), settings)
    try:
        _seed.load(store, seed)
    except RecordLimitReached:
        limit = settings.max_records
        raise ValueError(f"the seed {seed!r} holds more than max_records={limit}") from None
    store.take_changes()  # nothing is cached yet
    return store


@dataclass
class MockState:
    index: SpecIndex
    settings: Settings
    today: dt.date | None
    seed: str
    store: Store
    faults: FaultState = field(default_factory=FaultState)
    cache: ReadCache = field(default_factory=ReadCache)
    requests: int = 0

    def reset(self, seed: str) -> None:
        self.store = build_store(seed, self.settings, self.today)
        self.cache.clear()
        self.seed = seed
