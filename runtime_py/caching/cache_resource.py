"""`st.cache_resource`: cache one shared object per argument set (connections, models).

Every hit returns the very same object. `validate` can reject a stored object (it is
then recomputed); `on_release` runs when an object leaves the cache (ttl, eviction,
clear).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import params
from .cached_function import CachedFunc, CachedFuncInfo
from .hashing import HashFuncs
from .registry import CacheRegistry, CacheScope, FunctionCache, scope_session_id
from .storage import MemoryStorage

if TYPE_CHECKING:
    from datetime import timedelta


class ResourceCache(FunctionCache):
    """One function's shared objects."""

    def __init__(
        self,
        ttl_seconds: float | None,
        max_entries: int | None,
        validate: Callable[[Any], bool] | None,
        on_release: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self.validate = validate
        self.storage: MemoryStorage[Any] = MemoryStorage(
            ttl_seconds, max_entries, on_release=on_release
        )

    def has(self, key: str) -> bool:
        return key in self.storage

    def read(self, key: str) -> Any:
        value = self.storage.get(key)
        if self.validate is not None and not self.validate(value):
            # Streamlit drops a rejected object without calling on_release.
            self.storage.delete(key, release=False)
            raise KeyError(key)
        return value

    def write(self, key: str, value: Any, func: Callable[..., Any]) -> None:
        self.storage.set(key, value)

    def _clear(self, key: str | None) -> None:
        if key is None:
            self.storage.clear()
        else:
            self.storage.delete(key)


_caches: CacheRegistry[ResourceCache] = CacheRegistry()


class CacheResourceAPI:
    """The `st.cache_resource` object: a decorator (bare or with options) with `.clear()`.

    `show_time` is accepted and not shown (the spinner hook receives only the text).
    """

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
        on_release: Callable[[Any], None] | None = None,
        scope: CacheScope = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        ttl_seconds = params.ttl_to_seconds(ttl)
        params.check_refresh_mode(refresh_mode, ttl_seconds)
        if scope not in ("global", "session"):
            scope_session_id(scope)  # raises the invalid-scope error
        # Like Streamlit, only whether a validate function exists is compared.
        cache_params = (ttl_seconds, max_entries, validate is None)

        def get_cache(function_key: str) -> ResourceCache:
            return _caches.get(
                function_key,
                scope_session_id(scope),
                cache_params,
                lambda: ResourceCache(ttl_seconds, max_entries, validate, on_release),
            )

        def decorate(f: Callable[..., Any]) -> CachedFunc:
            return CachedFunc(
                CachedFuncInfo(f, "cache_resource", get_cache, show_spinner, hash_funcs)
            )

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Clear all resource caches, releasing their objects."""
        _caches.clear_all()


cache_resource = CacheResourceAPI()
