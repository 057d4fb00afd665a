"""Saying plainly what stbundle does not support yet, instead of failing somewhere obscure.

A command of Streamlit 1.67 that stbundle lacks raises NotSupportedYetError at the user's line
(the page shows it like any exception). A parameter that is accepted but not honoured yet shows
a warning in the page, once per session and parameter, like Streamlit's deprecation warnings.
Which commands and parameters these are is stated once, in the command specs (specs/commands/),
and generated into not_yet_commands.py and unsupported_params.py.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.errors import NotSupportedYetError
from stbundle.runtime_py.unsupported_params import CHECKS, REASONS

COVERAGE_DOC = "docs/api-coverage.md"
F = TypeVar("F", bound=Callable[..., Any])


def raise_not_yet(name: str, section: str | None = None) -> NoReturn:
    """Raise the error the page shows for `st.<name>`; `section` is its coverage-doc anchor."""
    anchor = section or name.lower()
    raise NotSupportedYetError(
        f"`st.{name}` is not supported by stbundle yet (see {COVERAGE_DOC}#{anchor})."
    )


class NotYetObject:
    """A name Streamlit has that is not a function (st.context, st.user...): any use says so."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        raise_not_yet(self._name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise_not_yet(self._name)

    def __getitem__(self, key: Any) -> Any:
        raise_not_yet(self._name)

    def __repr__(self) -> str:
        return f"<st.{self._name}: not supported by stbundle yet>"


class NotYetModule(types.ModuleType):
    """A submodule of streamlit (streamlit.components.v1...) that imports but is not ours yet."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        raise_not_yet(f"{self.__name__.removeprefix('streamlit.')}.{attr}", "submodules")


def _differs(value: Any, default: Any) -> bool:
    if value is default:
        return False
    try:
        return bool(value != default)
    except Exception:  # array-likes compare element-wise; any such value is not the default
        return True


def warn_not_honoured(command: str, param: str) -> None:
    """Show, once per session, that `st.command(param=...)` has no effect yet."""
    ctx = get_run_context()
    if ctx is None:
        return
    notice = f"{command}.{param}"
    if notice in ctx.session.notices:
        return
    ctx.session.notices.add(notice)
    from stbundle.runtime_py.delta_generator import main_dg

    reason = REASONS.get(command, {}).get(param, "")
    main_dg.warning(
        f"`st.{command}({param}=...)` is not honoured by stbundle yet: {reason} "
        f"(see {COVERAGE_DOC}).",
        icon="⚠️",
    )


def checked(command: str, func: F, *, method: bool = False) -> F:
    """`func` that first warns about any not-honoured parameter given a non-default value."""
    rows = CHECKS.get(command)
    if not rows:
        return func
    offset = 1 if method else 0

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        for param, position, default in rows:
            if param in kwargs:
                value = kwargs[param]
            elif position is not None and len(args) > position + offset:
                value = args[position + offset]
            else:
                continue
            if _differs(value, default):
                warn_not_honoured(command, param)
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def check_methods(cls: type) -> type:
    """Wrap the DeltaGenerator methods that have parameters not honoured yet (class decorator)."""
    for command in CHECKS:
        method = cls.__dict__.get(command) or getattr(cls, command, None)
        if method is not None and not isinstance(method, staticmethod):
            setattr(cls, command, checked(command, method, method=True))
    return cls
