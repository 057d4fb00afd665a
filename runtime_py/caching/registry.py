"""Process-global registry of function caches, shared by all sessions and reruns.

A cache is found by its function key (module, qualname, source) and, for
`scope="session"`, the session id. When a rerun decorates the same function with
different parameters (ttl, max_entries, ...), the old cache is dropped and a fresh
one takes its place, as in Streamlit.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from typing import Any, Generic, Literal, TypeAlias, TypeVar

from .errors import InvalidCacheParamError, SessionScopeError

CacheScope: TypeAlias = Literal["global", "session"]


class FunctionCache(ABC):
    """The stored results of one cached function, plus per-key compute locks."""

    def __init__(self) -> None:
        self._compute_locks: dict[str, threading.Lock] = {}
        self._compute_locks_lock = threading.Lock()
        # What the function drew while computing each key (see replay.py).
        self._outputs: dict[str, Any] = {}

    def remember_output(self, key: str, output: Any) -> None:
        """Keep what computing `key` drew; forget the outputs of values no longer stored."""
        with self._compute_locks_lock:
            for stale in [k for k in self._outputs if not self.has(k)]:
                del self._outputs[stale]
            if output:
                self._outputs[key] = output

    def output(self, key: str) -> Any:
        """What computing `key` drew, or None."""
        return self._outputs.get(key)

    @abstractmethod
    def has(self, key: str) -> bool:
        """Whether a value for `key` is stored (and not expired)."""

    def compute_lock(self, key: str) -> threading.Lock:
        """The lock held while computing `key`, so concurrent sessions compute it once."""
        with self._compute_locks_lock:
            lock = self._compute_locks.get(key)
            if lock is None:
                lock = self._compute_locks[key] = threading.Lock()
            return lock

    @abstractmethod
    def read(self, key: str) -> Any:
        """The cached value for `key`; KeyError on a miss."""

    @abstractmethod
    def write(self, key: str, value: Any, func: Callable[..., Any]) -> None:
        """Store what `func` returned for `key`."""

    def clear(self, key: str | None = None) -> None:
        """Drop one key's value, or every value when `key` is None."""
        with self._compute_locks_lock:
            if key is None:
                self._compute_locks.clear()
                self._outputs.clear()
            else:
                self._compute_locks.pop(key, None)
                self._outputs.pop(key, None)
        self._clear(key)

    @abstractmethod
    def _clear(self, key: str | None) -> None: ...


C = TypeVar("C", bound=FunctionCache)

_session_id_provider: Callable[[], str | None] | None = None


def set_session_id_provider(provider: Callable[[], str | None] | None) -> None:
    """Install how to find the current session's id (needed by `scope="session"`)."""
    global _session_id_provider
    _session_id_provider = provider


def scope_session_id(scope: str) -> str | None:
    """None for global caches; the running session's id for session-scoped ones."""
    if scope == "global":
        return None
    if scope != "session":
        raise InvalidCacheParamError("scope", ["'global'", "'session'"])
    session_id = _session_id_provider() if _session_id_provider is not None else None
    if session_id is None:
        raise SessionScopeError()
    return session_id


class CacheRegistry(Generic[C]):
    """All caches of one kind (data or resource)."""

    def __init__(self) -> None:
        self._caches: dict[tuple[str | None, str], tuple[Hashable, C]] = {}
        self._lock = threading.Lock()
        _registries.append(self)

    def get(
        self, function_key: str, session_id: str | None, params: Hashable, create: Callable[[], C]
    ) -> C:
        """The cache for a function, (re)created if missing or its parameters changed."""
        slot = (session_id, function_key)
        with self._lock:
            found = self._caches.get(slot)
            if found is not None and found[0] == params:
                return found[1]
            cache = create()
            self._caches[slot] = (params, cache)
            return cache

    def clear_all(self) -> None:
        """Forget every cache of this kind, releasing their values."""
        with self._lock:
            caches = [cache for _, cache in self._caches.values()]
            self._caches.clear()
        _clear_each(caches)

    def clear_session(self, session_id: str) -> None:
        """Forget the session-scoped caches of a session that ended."""
        with self._lock:
            slots = [slot for slot in self._caches if slot[0] == session_id]
            caches = [self._caches.pop(slot)[1] for slot in slots]
        _clear_each(caches)


def _clear_each(caches: list[C]) -> None:
    errors: list[Exception] = []
    for cache in caches:
        try:
            cache.clear()
        except Exception as ex:
            errors.append(ex)
    if errors:
        raise errors[0]


_registries: list[CacheRegistry[Any]] = []


def clear_session(session_id: str) -> None:
    """Drop every session-scoped cache of `session_id` (call when a session closes)."""
    for registry in _registries:
        registry.clear_session(session_id)
