"""The callable that replaces a decorated function: look up, or compute and store.

Shared by st.cache_data and st.cache_resource; what "store" and "read" mean (pickled
copies vs. the shared object) lives in each kind's FunctionCache.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from . import hashing, replay, spinner
from .errors import CachedFunctionReturnedAwaitableError
from .registry import FunctionCache


class CachedFuncInfo:
    """What a decoration fixed: the function, its cache kind and its parameters."""

    def __init__(
        self,
        func: Callable[..., Any],
        decorator: str,
        get_cache: Callable[[str], FunctionCache],
        show_spinner: bool | str = True,
        hash_funcs: hashing.HashFuncs | None = None,
    ) -> None:
        self.func = func
        self.decorator = decorator
        self.get_cache = get_cache
        self.show_spinner = show_spinner
        self.hash_funcs = hash_funcs


class CachedFunc:
    """A cached function; `.clear()` empties its cache."""

    def __init__(self, info: CachedFuncInfo) -> None:
        import inspect

        self._info = info
        # `@st.cache_data` above `@staticmethod`: the key comes from the plain function.
        self._function_key = hashing.make_function_key(getattr(info.func, "__func__", info.func))
        self._is_async = inspect.iscoroutinefunction(info.func)
        self._arg_names: list[str | None] | None = None
        functools.update_wrapper(self, info.func)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._info.func}>"

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        """Bind like a function, so decorated methods receive `self`."""
        if instance is None:
            return self
        return functools.update_wrapper(BoundCachedFunc(self, instance), self)

    def _value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        if self._arg_names is None:
            self._arg_names = hashing.positional_names(self._info.func)
        return hashing.make_value_key(
            self._info.func,
            self._arg_names,
            args,
            kwargs,
            self._info.hash_funcs,
            self._info.decorator,
        )

    def _spinner_text(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        qualname = getattr(self._info.func, "__qualname__", repr(self._info.func))
        return spinner.spinner_text(self._info.show_spinner, qualname, bool(args or kwargs))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._is_async:
            return self._call_async(args, kwargs)
        cache = self._info.get_cache(self._function_key)
        key = self._value_key(args, kwargs)
        try:
            return self._hit(cache, key)
        except KeyError:
            pass
        with spinner.spinner(self._spinner_text(args, kwargs)), cache.compute_lock(key):
            # Another thread may have computed the value while we waited for the lock.
            try:
                return self._hit(cache, key)
            except KeyError:
                pass
            with replay.recording() as output, spinner.computing():
                value = self._info.func(*args, **kwargs)
            self._reject_awaitable(value)
            cache.write(key, value, self._info.func)
            cache.remember_output(key, output)
            return value

    @staticmethod
    def _hit(cache: FunctionCache, key: str) -> Any:
        """The stored value, after drawing again what computing it drew; KeyError on a miss."""
        value = cache.read(key)
        replay.replay(cache.output(key))
        return value

    async def _call_async(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """`async def` functions: the call returns an awaitable that caches its result."""
        cache = self._info.get_cache(self._function_key)
        key = self._value_key(args, kwargs)
        try:
            return cache.read(key)
        except KeyError:
            pass
        with spinner.spinner(self._spinner_text(args, kwargs)):
            with spinner.computing():
                value = await self._info.func(*args, **kwargs)
            cache.write(key, value, self._info.func)
            return value

    def _reject_awaitable(self, value: Any) -> None:
        import inspect

        if not inspect.isawaitable(value):
            return
        if inspect.iscoroutine(value) and inspect.getcoroutinestate(value) == "CORO_CREATED":
            value.close()
        raise CachedFunctionReturnedAwaitableError(self._info.decorator, self._info.func, value)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear every cached value of this function, or only the one for these args."""
        cache = self._info.get_cache(self._function_key)
        cache.clear(self._value_key(args, kwargs) if args or kwargs else None)


class BoundCachedFunc:
    """A cached method bound to an instance (the instance is hashed as `self`)."""

    def __init__(self, cached_func: CachedFunc, instance: Any) -> None:
        self._cached_func = cached_func
        self._instance = instance

    def __repr__(self) -> str:
        return f"<BoundCachedFunc: {self._cached_func._info.func} of {self._instance}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached_func(self._instance, *args, **kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear the whole method cache, or the value for this instance and args."""
        if args or kwargs:
            self._cached_func.clear(self._instance, *args, **kwargs)
        else:
            self._cached_func.clear()
