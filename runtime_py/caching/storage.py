"""In-memory entries of one cached function: time-to-live, entry and byte limits, LRU.

Every entry shares the function's ttl, counted from when it was written. Reads and
writes both make an entry the most recently used; a write that would exceed
`max_entries` (or `max_size` bytes) evicts least-recently-used entries first, as
Streamlit's TTL cache does. The clock is injectable so tests never sleep.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, NamedTuple, TypeVar

V = TypeVar("V")

# The default clock of every storage; tests monkeypatch this module attribute.
clock: Callable[[], float] = time.monotonic


class _Entry(NamedTuple, Generic[V]):
    value: V
    expires_at: float
    size: int


class MemoryStorage(Generic[V]):
    """Thread-safe LRU map of value keys to values, with expiry and release hooks."""

    def __init__(
        self,
        ttl_seconds: float | None = None,
        max_entries: int | None = None,
        max_size: int | None = None,
        size_of: Callable[[V], int] | None = None,
        on_release: Callable[[V], None] | None = None,
        clock_func: Callable[[], float] | None = None,
    ) -> None:
        self.ttl_seconds = math.inf if ttl_seconds is None else ttl_seconds
        self.max_entries = math.inf if max_entries is None else max_entries
        self.max_size = max_size
        self._size_of = size_of
        self._on_release = on_release
        self._clock = clock_func
        self._entries: OrderedDict[str, _Entry[V]] = OrderedDict()
        self._total_size = 0
        self._lock = threading.RLock()

    def _now(self) -> float:
        return (self._clock or clock)()

    def get(self, key: str) -> V:
        """The live value under `key`; KeyError if absent or expired."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                raise KeyError(key)
            if not self._now() < entry.expires_at:
                self._release(key)
                raise KeyError(key)
            self._entries.move_to_end(key)
            return entry.value

    def __contains__(self, key: str) -> bool:
        with self._lock:
            entry = self._entries.get(key)
            return entry is not None and self._now() < entry.expires_at

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._entries)

    def set(self, key: str, value: V) -> None:
        """Store `value`, evicting expired and then least-recently-used entries."""
        if self.max_entries < 1:
            # Streamlit's TTL cache refuses any write when it may hold no entries.
            raise ValueError("value too large")
        size = self._size_of(value) if self._size_of is not None else 0
        with self._lock:
            self._expire()
            if key in self._entries:
                self._release(key)
            while self._entries and (
                len(self._entries) + 1 > self.max_entries
                or (self.max_size is not None and self._total_size + size > self.max_size)
            ):
                self._release(next(iter(self._entries)))
            self._entries[key] = _Entry(value, self._now() + self.ttl_seconds, size)
            self._total_size += size

    def delete(self, key: str, release: bool = True) -> None:
        """Drop `key` if present; `release=False` skips the on_release hook."""
        with self._lock:
            if key in self._entries:
                self._release(key, release)

    def clear(self) -> None:
        """Drop every entry, releasing each even if an earlier release hook fails."""
        errors: list[Exception] = []
        with self._lock:
            while self._entries:
                try:
                    self._release(next(iter(self._entries)))
                except Exception as ex:
                    errors.append(ex)
        if errors:
            raise errors[0]

    def _expire(self) -> None:
        now = self._now()
        for key in [k for k, e in self._entries.items() if not now < e.expires_at]:
            self._release(key)

    def _release(self, key: str, release: bool = True) -> None:
        entry = self._entries.pop(key)
        self._total_size -= entry.size
        if release and self._on_release is not None:
            self._on_release(entry.value)
