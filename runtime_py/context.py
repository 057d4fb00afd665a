"""The state of the script run in progress, reachable from any `st.*` call.

A script calls `st.button(...)` with no session argument, so the API finds its run through a
context variable: one per thread in the server, one per page in Pyodide. Nothing here starts
threads; stopping a run is cooperative (`check_interrupt` on every emitted element).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stbundle.proto import stbundle_pb2 as pb

if TYPE_CHECKING:
    from stbundle.runtime_py.app_session import AppSession
    from stbundle.runtime_py.dg_base import DeltaGeneratorBase


class Cursor:
    """Hands out delta paths inside one container.

    A running cursor gives each new child the next index; a locked cursor always answers the
    same path (st.empty placeholders and the element handles `st.text` returns, which replace
    their element in place).
    """

    __slots__ = ("index", "locked", "path")

    def __init__(self, path: tuple[int, ...], *, locked: bool = False) -> None:
        self.path = path
        self.index = 0
        self.locked = locked

    def next_path(self) -> tuple[int, ...]:
        if self.locked:
            return self.path
        path = (*self.path, self.index)
        self.index += 1
        return path


@dataclass
class RunContext:
    """Everything one script run needs to know; a new one for every run."""

    session: AppSession
    run_id: str
    emit: Callable[[pb.ForwardMsg], None]
    check_interrupt: Callable[[], None]
    # Non-empty for a fragment-only run.
    fragment_ids: tuple[str, ...] = ()
    # The fragment whose body is executing now (elements it writes belong to it).
    fragment_id: str = ""
    in_callback: bool = False
    widget_ids: set[str] = field(default_factory=set)
    widget_keys: set[str] = field(default_factory=set)
    form_ids: set[str] = field(default_factory=set)
    # Forms whose submit button triggered this run.
    submitted_forms: set[str] = field(default_factory=set)
    clear_on_submit_forms: set[str] = field(default_factory=set)
    root_cursors: dict[int, Cursor] = field(default_factory=dict)
    dg_stack: list[DeltaGeneratorBase] = field(default_factory=list)
    # Forms opened in this run, with whether a submit button was added: a form without one
    # gets an error element when the run ends, as in Streamlit.
    forms_without_submit: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # During a fragment-only run: the fragment's container; nothing may be written outside it.
    fragment_scope: tuple[int, ...] | None = None
    # How often each repeated keyless widget site was drawn (see site_keys.py).
    repeat_counts: dict[tuple[str, str], int] = field(default_factory=dict)
    page_config_set: bool = False
    elements_emitted: int = 0

    def root_cursor(self, root: int) -> Cursor:
        cursor = self.root_cursors.get(root)
        if cursor is None:
            cursor = self.root_cursors[root] = Cursor((root,))
        return cursor

    def emit_delta(
        self,
        path: tuple[int, ...],
        *,
        element: pb.Element | None = None,
        block: pb.Block | None = None,
        transient: bool = False,
    ) -> None:
        """Send one element or block to the renderer at path; the interruption point."""
        self.check_interrupt()
        scope = self.fragment_scope
        if scope is not None and path[: len(scope)] != scope and not transient:
            from stbundle.runtime_py.errors import StreamlitAPIException

            raise StreamlitAPIException(
                "A fragment rerun cannot write outside the fragment's own container (to the "
                "sidebar, or to a container created outside the fragment): the rest of the "
                "page is not rerun. Create the element inside the fragment instead."
            )
        msg = pb.ForwardMsg()
        meta = msg.metadata
        meta.delta_path.extend(path)
        meta.run_id = self.run_id
        meta.transient = transient
        if self.fragment_id:
            meta.fragment_id = self.fragment_id
        if element is not None:
            msg.delta.new_element.CopyFrom(element)
        elif block is not None:
            msg.delta.add_block.CopyFrom(block)
        self.elements_emitted += 1
        self.emit(msg)


_current: ContextVar[RunContext | None] = ContextVar("stbundle_run_context", default=None)


def get_run_context() -> RunContext | None:
    return _current.get()


def set_run_context(ctx: RunContext | None) -> object:
    return _current.set(ctx)


def reset_run_context(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]
