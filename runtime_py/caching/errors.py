"""User-facing errors raised by st.cache_data / st.cache_resource.

Messages follow Streamlit 1.67's wording character for character where users (and the
differential tests) can see them, so an app shows the same guidance under both runtimes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


def fqn_type(obj: object) -> str:
    """`module.QualName` of an object's type, the spelling used in messages and hash_funcs."""
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _func_name_md(func: Any) -> str:
    if hasattr(func, "__name__"):
        return f"`{func.__name__}()`"
    if hasattr(type(func), "__name__"):
        return f"`{type(func).__name__}`"
    return f"`{type(func)}`"


def _return_value_type_md(value: Any) -> str:
    if hasattr(value, "__module__") and hasattr(type(value), "__name__"):
        return f"`{value.__module__}.{type(value).__name__}`"
    return _func_name_md(value)


class CachingError(Exception):
    """Base of the caching errors an app can see; their messages are Markdown."""

    message_is_markdown = True


class UnhashableTypeError(Exception):
    """Internal: a value could not be hashed (turned into UnhashableParamError)."""


class UnhashableParamError(CachingError):
    """An argument of a cached function could not be hashed into the cache key."""

    def __init__(
        self, decorator: str, func: Callable[..., Any], arg_name: str | None, arg_value: Any
    ) -> None:
        self.arg_name = arg_name
        arg_name_str = arg_name if arg_name is not None else "(unnamed)"
        func_name = getattr(func, "__name__", "unknown")
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        super().__init__(
            f"Cannot hash argument '{arg_name_str}' (of type `{fqn_type(arg_value)}`) "
            f"in '{func_name}'.\n"
            "\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n"
            "\n"
            "```\n"
            f"@st.{decorator}\n"
            f"def {func_name}({replacement}, ...):\n"
            "    ...\n"
            "```\n"
            "            "
        )


class UnserializableReturnValueError(CachingError):
    """st.cache_data could not pickle what the function returned."""

    def __init__(self, func: Callable[..., Any], return_value: Any) -> None:
        indent = "\n            "
        lines = [
            f"Cannot serialize the return value (of type {_return_value_type_md(return_value)})",
            f"in {_func_name_md(func)}. `st.cache_data` uses",
            "[pickle](https://docs.python.org/3/library/pickle.html) to serialize the",
            "function's return value and safely store it in the cache",
            "without mutating the original object. Please convert the return value to a",
            "pickle-serializable type. If you want to cache unserializable objects such",
            "as database connections or Tensorflow sessions, use `st.cache_resource`",
            f"instead (see [our docs]({CACHE_DOCS_URL}) for differences).",
        ]
        super().__init__(indent + indent.join(lines))


class UserHashError(CachingError):
    """A function passed in `hash_funcs` raised while hashing an argument."""

    def __init__(
        self,
        orig_exc: BaseException,
        failed_obj: Any,
        hash_func: Callable[[Any], Any],
        decorator: str,
        hash_source: Callable[..., Any] | None,
        hash_chain: Iterable[Any],
    ) -> None:
        self.alternate_name = type(orig_exc).__name__
        object_desc = (
            f"`{hash_source.__name__}()`"
            if hash_source is not None and hasattr(hash_source, "__name__")
            else "something"
        )
        hash_func_name = (
            f"`{hash_func.__name__}()`" if hasattr(hash_func, "__name__") else "a function"
        )
        super().__init__(
            f"{orig_exc}\n"
            "\n"
            f"This error is likely due to a bug in {hash_func_name}, which is a\n"
            "user-defined hash function that was passed into the "
            f"`@st.{decorator}` decorator of\n"
            f"{object_desc}.\n"
            "\n"
            f"{hash_func_name} failed when hashing an object of type\n"
            f"`{fqn_type(failed_obj)}`.  If you don't know where that object is coming from,\n"
            "try looking at the hash chain below for an object that you do recognize, then\n"
            "pass that to `hash_funcs` instead:\n"
            "\n"
            "```\n"
            f"{_format_chain(hash_chain)}\n"
            "```\n"
            "\n"
            "If you think this is actually a Streamlit bug, please\n"
            "[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose)."
        )


def _format_chain(chain: Iterable[Any]) -> str:
    def describe(value: Any) -> str:
        try:
            return f"Object of type {fqn_type(value)}: {value}"
        except Exception:
            return "<Unable to convert item to string>"

    return "\n".join(describe(v) for v in chain)


class BadTimeStringError(CachingError):
    """A `ttl` string could not be parsed as a duration."""

    def __init__(self, time_string: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as "
            f"`'1d2h34m'` or `2 days`, for example. Got: {time_string}"
        )


class InvalidCacheParamError(CachingError, ValueError):
    """A decorator parameter has a value outside what the cache supports."""

    def __init__(self, parameter: str, valid_values: Iterable[str], detail: str = "") -> None:
        message = f"Invalid `{parameter}` value. Supported values: {', '.join(valid_values)}."
        super().__init__(f"{message} {detail}" if detail else message)


class SessionScopeError(CachingError):
    """A session-scoped cache was used outside any session's script thread."""

    def __init__(self) -> None:
        super().__init__(
            "A session-scoped cache was accessed outside of the app execution thread. "
            "Make sure all session-scoped caches are read during rendering and not "
            "read in background threads."
        )


class CachedFunctionReturnedAwaitableError(CachingError):
    """A synchronous cached function returned an awaitable (likely a missing `await`)."""

    def __init__(self, decorator: str, func: Callable[..., Any], value: Any) -> None:
        super().__init__(
            f"{_func_name_md(func)} is a synchronous function decorated with "
            f"`st.{decorator}`, but it returned an awaitable of type "
            f"`{fqn_type(value)}`. The function may have returned an "
            "asynchronous operation without awaiting it, or the returned object may "
            "itself be awaitable.\n\n"
            "Return a non-awaitable value instead. Prefer defining the cached function "
            "with `async def` and `await` the operation; note that `async def` cached "
            'functions require `refresh_mode="foreground"`.'
        )
