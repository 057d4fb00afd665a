"""@st.fragment: part of a page that reruns on its own.

Called during a full run, a fragment opens a container at its place and runs inside it; the
session remembers the function, its arguments and that container. A fragment rerun writes into
the same container from its start, so the rest of the page is left as it is.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar, overload

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import Cursor, RunContext, get_run_context
from stbundle.runtime_py.errors import ScriptControlException, StreamlitAPIException

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
) -> Any:
    """Open a fragment's container at `path`, remember the fragment and run its body (a full
    run's call of a fragment function; @st.dialog starts its body this way inside the modal)."""
    digest = hashlib.md5(usedforsecurity=False)
    digest.update(f"{func.__module__}.{func.__qualname__}".encode())
    digest.update(repr(path).encode())
    fragment_id = digest.hexdigest()
    block = pb.Block()
    block.vertical.SetInParent()
    ctx.emit_delta(path, block=block)
    fragment = Fragment(fragment_id, func, args, kwargs, path, form_id, run_every)
    ctx.session.remember_fragment(fragment)
    if run_every:
        msg = pb.ForwardMsg()
        msg.auto_rerun.fragment_id = fragment_id
        msg.auto_rerun.interval_seconds = run_every
        ctx.emit(msg)
    return run_fragment_body(ctx, fragment)


def _make_fragment(func: F, run_every: float | None) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = get_run_context()
        if ctx is None:
            return func(*args, **kwargs)
        from stbundle.runtime_py.delta_generator import main_dg

        dg = main_dg._active(ctx)
        path = ctx.cursor_for(dg._cursor(ctx)).next_path()
        return start_fragment(ctx, func, args, kwargs, path, dg._form_id, run_every)

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

    Used bare (`@st.fragment`) or with arguments; `run_every` reruns it on a timer. Returns the
    wrapped function. Differs from Streamlit: `parallel=True` still runs the fragment inline,
    and `key` does not yet make it a target for `st.rerun(scope=key)`.
    """
    interval = parse_run_every(run_every)
    if func is None:
        return lambda f: _make_fragment(f, interval)
    return _make_fragment(func, interval)
