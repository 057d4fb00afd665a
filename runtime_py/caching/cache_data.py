"""`st.cache_data`: cache what a function returns as pickled bytes.

Every hit unpickles a fresh copy, so callers can mutate results without touching the
cache; values pickle cannot store raise UnserializableReturnValueError.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import params
from .cached_function import CachedFunc, CachedFuncInfo
from .errors import UnserializableReturnValueError
from .hashing import HashFuncs
from .registry import CacheRegistry, CacheScope, FunctionCache, scope_session_id
from .storage import MemoryStorage

if TYPE_CHECKING:
    from datetime import timedelta


class DataCache(FunctionCache):
    """One function's pickled results."""

    def __init__(
        self, ttl_seconds: float | None, max_entries: int | None, max_size: int | None
    ) -> None:
        super().__init__()
        self.storage: MemoryStorage[bytes] = MemoryStorage(
            ttl_seconds, max_entries, max_size, size_of=len
        )

    def has(self, key: str) -> bool:
        return key in self.storage

    def read(self, key: str) -> Any:
        import pickle

        return pickle.loads(self.storage.get(key))

    def write(self, key: str, value: Any, func: Callable[..., Any]) -> None:
        import pickle

        try:
            data = pickle.dumps(value)
        except (pickle.PicklingError, TypeError, AttributeError) as ex:
            raise UnserializableReturnValueError(func, value) from ex
        self.storage.set(key, data)

    def _clear(self, key: str | None) -> None:
        if key is None:
            self.storage.clear()
        else:
            self.storage.delete(key)


_caches: CacheRegistry[DataCache] = CacheRegistry()


class CacheDataAPI:
    """The `st.cache_data` object: a decorator (bare or with options) with `.clear()`.

    `persist="disk"` is accepted but entries live in memory for the process lifetime
    (there is no disk under Pyodide); `show_time` is accepted and not shown.
    """

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        max_size: int | str | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: str | bool | None = None,
        hash_funcs: HashFuncs | None = None,
        scope: CacheScope = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        ttl_seconds = params.ttl_to_seconds(ttl)
        max_size_bytes = params.max_size_to_bytes(max_size)
        persist_option = params.persist_to_option(persist)
        params.check_refresh_mode(refresh_mode, ttl_seconds)
        if scope not in ("global", "session"):
            scope_session_id(scope)  # raises the invalid-scope error
        cache_params = (ttl_seconds, max_entries, max_size_bytes, persist_option)

        def get_cache(function_key: str) -> DataCache:
            return _caches.get(
                function_key,
                scope_session_id(scope),
                cache_params,
                lambda: DataCache(ttl_seconds, max_entries, max_size_bytes),
            )

        def decorate(f: Callable[..., Any]) -> CachedFunc:
            return CachedFunc(CachedFuncInfo(f, "cache_data", get_cache, show_spinner, hash_funcs))

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Clear all in-memory data caches."""
        _caches.clear_all()


cache_data = CacheDataAPI()
