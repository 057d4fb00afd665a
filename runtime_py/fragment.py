"""@st.fragment: part of a page that reruns on its own.

Called during a full run, a fragment opens a container at its place and runs inside it; the
session remembers the function, its arguments and that container. A fragment rerun writes into
the same container from its start, so the rest of the page is left as it is. A fragment with a
`key` can be rerun by name from a widget callback: `st.rerun(scope=key)`.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar, overload

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import Cursor, RunContext, get_run_context
from stbundle.runtime_py.errors import (
    ScriptControlException,
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
)

F = TypeVar("F", bound=Callable[..., Any])


class FragmentHandledException(ScriptControlException):
    """A fragment raised; its error is already shown inside it, the run just ends."""


@dataclass
class Fragment:
    """What a fragment rerun needs: the function, its call, and where its container is."""

    id: str
    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    block_path: tuple[int, ...]
    form_id: str
    run_every: float | None
    # Outside container path -> the wrapper block the fragment writes into there.
    outside_wrappers: dict[tuple[int, ...], tuple[int, ...]] = field(default_factory=dict)
    # @st.fragment(key=...): the name st.rerun(scope=...) reruns it by.
    key: str | None = None


# st.rerun(scope=...) reads these as rerun levels, so no fragment may be named so.
_RESERVED_KEYS = ("app", "fragment")


def fragment_key(key: object) -> str | None:
    """A fragment's key as Streamlit 1.67 takes it: any value as its text (ints become
    strings), never empty, a widget id or a reserved scope name."""
    if key is None:
        return None
    from stbundle.runtime_py.session_state import _require_user_key

    text = _require_user_key(key)
    if text in _RESERVED_KEYS:
        raise StreamlitAPIException(
            f"`{text}` is a reserved name and cannot be used as a fragment key, because "
            "`st.rerun(scope=...)` reads it as a rerun level. Choose a different key for "
            "`@st.fragment(key=...)`."
        )
    return text


def fragments_named(fragments: Mapping[str, Fragment], names: Iterable[str]) -> list[str]:
    """The ids of the fragments with these keys (every call site of a keyed function), in
    order; a name no fragment of the last run has is refused."""
    found: dict[str, None] = {}
    for name in names:
        ids = [f.id for f in fragments.values() if f.key == name]
        if not ids:
            raise StreamlitAPIException(
                f"No fragment found for target '{name}'. Pass the same `key` you set on "
                "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once."
            )
        found.update(dict.fromkeys(ids))
    return list(found)


def parse_run_every(run_every: float | int | str | timedelta | None) -> float | None:
    if run_every is None:
        return None
    if isinstance(run_every, timedelta):
        return run_every.total_seconds()
    if isinstance(run_every, (int, float)) and not isinstance(run_every, bool):
        return float(run_every)
    if isinstance(run_every, str):
        text = run_every.strip().lower()
        units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
        for unit in sorted(units, key=len, reverse=True):
            if text.endswith(unit):
                try:
                    return float(text[: -len(unit)]) * units[unit]
                except ValueError:
                    break
        try:
            return float(text)
        except ValueError:
            pass
    raise StreamlitAPIException(f"Invalid run_every value: {run_every!r}")


def run_fragment_body(ctx: RunContext, fragment: Fragment) -> Any:
    """Run fragment's function inside its container, errors shown there."""
    from stbundle.runtime_py.delta_generator import DeltaGenerator

    block = DeltaGenerator(
        cursor=Cursor(fragment.block_path), form_id=fragment.form_id, block_kind="fragment"
    )
    saved = ctx.dg_stack, ctx.fragment_id, ctx.fragment, ctx.fragment_scope
    ctx.dg_stack = [block]
    ctx.fragment_id = fragment.id
    ctx.fragment = fragment
    if ctx.fragment_ids and ctx.fragment_scope is None:
        ctx.fragment_scope = fragment.block_path
    try:
        return fragment.func(*fragment.args, **fragment.kwargs)
    except Exception as exc:
        if not ctx.session.hooks.error_handled(exc):
            with ctx.uninterruptible():
                block.uncaught_exception(exc)
        raise FragmentHandledException() from exc
    finally:
        ctx.dg_stack, ctx.fragment_id, ctx.fragment, ctx.fragment_scope = saved


def start_fragment(
    ctx: RunContext,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    path: tuple[int, ...],
    form_id: str,
    run_every: float | None = None,
    key: str | None = None,
    parallel: bool = False,
) -> Any:
    """Open a fragment's container at `path`, remember the fragment and run its body (a full
    run's call of a fragment function; @st.dialog starts its body this way inside the modal).

    A `parallel` fragment's body is handed to the run's thread pool during a full run (see
    parallel_fragments.py) and the call returns None at once, as in Streamlit.
    """
    digest = hashlib.md5(usedforsecurity=False)
    digest.update(f"{func.__module__}.{func.__qualname__}".encode())
    digest.update(repr(path).encode())
    fragment_id = digest.hexdigest()
    block = pb.Block()
    block.vertical.SetInParent()
    ctx.emit_delta(path, block=block)
    fragment = Fragment(fragment_id, func, args, kwargs, path, form_id, run_every, key=key)
    ctx.session.remember_fragment(fragment)
    if run_every:
        msg = pb.ForwardMsg()
        msg.auto_rerun.fragment_id = fragment_id
        msg.auto_rerun.interval_seconds = run_every
        ctx.emit(msg)
    if parallel and ctx.parallel is not None and not ctx.fragment_ids:
        ctx.parallel.submit(ctx, fragment)
        return None
    return run_fragment_body(ctx, fragment)


def _make_fragment(func: F, run_every: float | None, key: str | None, parallel: bool) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = get_run_context()
        if ctx is None:
            return func(*args, **kwargs)
        from stbundle.runtime_py.delta_generator import main_dg

        if key is not None:
            # Call sites of one function share its key; another function may not take it.
            definition = f"{func.__module__}.{func.__qualname__}"
            if ctx.fragment_keys.setdefault(key, definition) != definition:
                raise StreamlitDuplicateElementKey(key)
        dg = main_dg._active(ctx)
        path = ctx.cursor_for(dg._cursor(ctx)).next_path()
        return start_fragment(
            ctx, func, args, kwargs, path, dg._form_id, run_every, key, parallel=parallel
        )

    wrapper.__stbundle_fragment__ = True  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


@overload
def fragment(
    func: F,
    *,
    run_every: float | int | str | timedelta | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> F: ...


@overload
def fragment(
    func: None = None,
    *,
    run_every: float | int | str | timedelta | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> Callable[[F], F]: ...


def fragment(
    func: F | None = None,
    *,
    run_every: float | int | str | timedelta | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> F | Callable[[F], F]:
    """Decorate a function so that widgets inside it rerun only it.

    Used bare (`@st.fragment`) or with arguments; `run_every` reruns it on a timer, and a
    widget callback's `st.rerun(scope=key)` reruns the fragments with that `key`; with
    `parallel=True` a full run hands its body to a thread pool (parallel_fragments.py; inline
    in static builds, which have no threads). Returns the wrapped function.
    """
    interval = parse_run_every(run_every)
    name = fragment_key(key)
    concurrent = bool(parallel)
    if func is None:
        return lambda f: _make_fragment(f, interval, name, concurrent)
    return _make_fragment(func, interval, name, concurrent)
