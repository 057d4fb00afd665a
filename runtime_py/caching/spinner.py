"""Where the runtime plugs in the "Running `f(...)`." spinner shown while a miss computes.

The caching package knows nothing about elements; the runtime installs a hook that
returns a context manager rendering a spinner. Only the outermost cached call shows
one, since nested misses finish inside it anyway (Streamlit does the same).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from contextvars import ContextVar

SpinnerHook = Callable[[str], AbstractContextManager[None]]

_hook: SpinnerHook | None = None
_depth: ContextVar[int] = ContextVar("stbundle_cached_call_depth", default=0)


def set_spinner_hook(hook: SpinnerHook | None) -> None:
    """Install (or with None, remove) the function that shows a spinner with a text."""
    global _hook
    _hook = hook


def in_cached_function() -> bool:
    """Whether the current thread is running the body of a cached function."""
    return _depth.get() > 0


def spinner_text(show_spinner: bool | str, qualname: str, has_args: bool) -> str | None:
    """The text Streamlit shows for `show_spinner`, or None for no spinner."""
    if isinstance(show_spinner, str):
        return show_spinner
    if show_spinner is True:
        return f"Running `{qualname}(...)`." if has_args else f"Running `{qualname}()`."
    return None


def spinner(text: str | None) -> AbstractContextManager[None]:
    """The installed hook's spinner, unless there is no text, no hook, or an outer miss."""
    hook = _hook
    if text is None or hook is None or in_cached_function():
        return contextlib.nullcontext()
    return hook(text)


@contextlib.contextmanager
def computing() -> Iterator[None]:
    """Mark the body of a cached function as running (for nesting checks)."""
    token = _depth.set(_depth.get() + 1)
    try:
        yield
    finally:
        _depth.reset(token)
