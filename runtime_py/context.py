"""The state of the script run in progress, reachable from any `st.*` call.

A script calls `st.button(...)` with no session argument, so the API finds its run through a
context variable: one per thread in the server, one per page in Pyodide. Nothing here starts
threads; stopping a run is cooperative (`check_interrupt` on every emitted element).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stbundle.proto import encode
from stbundle.proto import stbundle_pb2 as pb

if TYPE_CHECKING:
    from stbundle.runtime_py.app_session import AppSession
    from stbundle.runtime_py.cache_output import Recorder
    from stbundle.runtime_py.dg_base import DeltaGeneratorBase
    from stbundle.runtime_py.fragment import Fragment
    from stbundle.runtime_py.parallel_fragments import ParallelRun


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


_META = pb.ForwardMsgMetadata.DESCRIPTOR.fields_by_name
_DELTA_PATH = _META["delta_path"].number
_RUN_ID = _META["run_id"].number
_FRAGMENT_ID = _META["fragment_id"].number
_TRANSIENT = encode.tag(_META["transient"].number, 0) + b"\x01"
_METADATA = pb.ForwardMsg.DESCRIPTOR.fields_by_name["metadata"].number
_DELTA = pb.ForwardMsg.DESCRIPTOR.fields_by_name["delta"].number
_NEW_ELEMENT = pb.Delta.DESCRIPTOR.fields_by_name["new_element"].number
_ADD_BLOCK = pb.Delta.DESCRIPTOR.fields_by_name["add_block"].number


def delta_msg(
    path: tuple[int, ...],
    run_id: str,
    fragment_id: str,
    transient: bool,
    element: pb.Element | None,
    block: pb.Block | None,
) -> pb.ForwardMsg:
    """The ForwardMsg that puts `element` (or `block`) at `path` (a copy of it)."""
    msg = pb.ForwardMsg()
    meta = msg.metadata
    meta.delta_path.extend(path)
    meta.run_id = run_id
    meta.transient = transient
    if fragment_id:
        meta.fragment_id = fragment_id
    if element is not None:
        msg.delta.new_element.CopyFrom(element)
    elif block is not None:
        msg.delta.add_block.CopyFrom(block)
    return msg


@dataclass(slots=True)
class OutgoingDelta:
    """An element or block on its way to the page, before it is wrapped in a ForwardMsg.

    Wrapping copies the element (CopyFrom), which costs as much as building it where protobuf
    is pure Python (static builds); a transport that sends bytes takes this instead and calls
    `wire_bytes()`, which writes the wrapper around the element's own bytes without a copy.
    """

    path: tuple[int, ...]
    run_id: str
    fragment_id: str
    transient: bool
    element: pb.Element | None
    block: pb.Block | None

    def forward_msg(self) -> pb.ForwardMsg:
        return delta_msg(
            self.path, self.run_id, self.fragment_id, self.transient, self.element, self.block
        )

    def wire_bytes(self) -> bytes:
        """The bytes of `forward_msg()`, without building it where protobuf is pure Python."""
        if not encode.PURE_PYTHON:
            return self.forward_msg().SerializeToString()
        meta = [encode.length_delimited(_DELTA_PATH, encode.packed_varints(self.path))]
        if self.run_id:
            meta.append(encode.length_delimited(_RUN_ID, self.run_id.encode()))
        if self.fragment_id:
            meta.append(encode.length_delimited(_FRAGMENT_ID, self.fragment_id.encode()))
        if self.transient:
            meta.append(_TRANSIENT)
        if self.element is not None:
            inner = encode.length_delimited(_NEW_ELEMENT, encode.serialize_pure(self.element))
        elif self.block is not None:
            inner = encode.length_delimited(_ADD_BLOCK, encode.serialize_pure(self.block))
        else:
            inner = b""
        return b"".join(
            (
                encode.length_delimited(_METADATA, b"".join(meta)),
                encode.length_delimited(_DELTA, inner) if inner else b"",
            )
        )


@dataclass
class RunContext:
    """Everything one script run needs to know; a new one for every run."""

    session: AppSession
    run_id: str
    emit: Callable[[pb.ForwardMsg], None]
    check_interrupt: Callable[[], None]
    # Where deltas go when the transport encodes them itself (None: as ForwardMsgs, to `emit`).
    emit_delta_out: Callable[[OutgoingDelta], None] | None = None
    # Non-empty for a fragment-only run.
    fragment_ids: tuple[str, ...] = ()
    # The fragment whose body is executing now (elements it writes belong to it).
    fragment_id: str = ""
    in_callback: bool = False
    widget_ids: set[str] = field(default_factory=set)
    widget_keys: set[str] = field(default_factory=set)
    # @st.fragment(key=...) keys of this run -> the fragment function that took each.
    fragment_keys: dict[str, str] = field(default_factory=dict)
    form_ids: set[str] = field(default_factory=set)
    # Forms whose submit button triggered this run.
    submitted_forms: set[str] = field(default_factory=set)
    clear_on_submit_forms: set[str] = field(default_factory=set)
    root_cursors: dict[int, Cursor] = field(default_factory=dict)
    dg_stack: list[DeltaGeneratorBase] = field(default_factory=list)
    # The fragment whose body is executing, and during a fragment-only run the container of the
    # fragment being rerun: the only place new containers may be opened in such a run.
    fragment: Fragment | None = None
    fragment_scope: tuple[int, ...] | None = None
    # Where each fragment's writes to an outside container go in this run (see cursor_for).
    outside_cursors: dict[tuple[str, tuple[int, ...]], Cursor] = field(default_factory=dict)
    # Cached functions computing now, recording what they draw (see cache_output.py).
    recorders: list[Recorder] = field(default_factory=list)
    # How often each repeated keyless widget site was drawn (see site_keys.py).
    repeat_counts: dict[tuple[str, str], int] = field(default_factory=dict)
    # A dialog was opened in this run (Streamlit allows one per run).
    dialog_opened: bool = False
    # During a full run: where @st.fragment(parallel=True) bodies are dispatched (None: inline).
    parallel: ParallelRun | None = None

    def root_cursor(self, root: int) -> Cursor:
        cursor = self.root_cursors.get(root)
        if cursor is None:
            # setdefault: a parallel fragment's thread may ask for the same root at once.
            cursor = self.root_cursors.setdefault(root, Cursor((root,)))
        return cursor

    @contextmanager
    def uninterruptible(self) -> Iterator[None]:
        """Writes that must land even when a newer request is pending (an error being shown,
        a spinner being cleared)."""
        saved = self.check_interrupt
        self.check_interrupt = _no_interrupt
        try:
            yield
        finally:
            self.check_interrupt = saved

    def cursor_for(self, cursor: Cursor) -> Cursor:
        """Where a write aimed at `cursor` really goes.

        A fragment that writes to a container outside itself (the sidebar, a column made before
        it was called) writes into a wrapper block it opens there on its first such write in a
        full run, as Streamlit 1.67 does; its reruns write into the same wrapper, from its start,
        leaving the rest of that container alone.
        """
        fragment = self.fragment
        if fragment is None or _within(cursor.path, fragment.block_path):
            return cursor
        if any(_inside(cursor.path, w) for w in fragment.outside_wrappers.values()):
            return cursor  # a container the fragment opened in one of its wrappers
        key = (fragment.id, cursor.path)
        found = self.outside_cursors.get(key)
        if found is not None:
            return found
        wrapper = fragment.outside_wrappers.get(cursor.path)
        if wrapper is None:
            scope = self.fragment_scope
            if scope is not None and not _within(cursor.path, scope):
                from stbundle.runtime_py.errors import StreamlitAPIException

                raise StreamlitAPIException(
                    "During a fragment rerun, a fragment can only write to containers outside "
                    "itself that it already wrote to in the last full run of the app; the rest "
                    "of the page is not rerun, so there is no place for new output there."
                )
            # A placeholder (st.empty, an element's handle) is replaced by the wrapper.
            wrapper = cursor.next_path()
            block = pb.Block()
            block.transparent.SetInParent()
            self.emit_delta(wrapper, block=block, owner="")
            fragment.outside_wrappers[cursor.path] = wrapper
        # Inside a placeholder's wrapper, writes replace one another, as in the placeholder.
        found = Cursor((*wrapper, 0), locked=True) if cursor.locked else Cursor(wrapper)
        self.outside_cursors[key] = found
        return found

    def emit_delta(
        self,
        path: tuple[int, ...],
        *,
        element: pb.Element | None = None,
        block: pb.Block | None = None,
        transient: bool = False,
        owner: str | None = None,
    ) -> None:
        """Send one element or block to the renderer at path; the interruption point.

        The delta belongs to the fragment running now unless `owner` says otherwise ("" for
        the whole app).
        """
        self.check_interrupt()
        fragment_id = self.fragment_id if owner is None else owner
        if self.emit_delta_out is not None:
            self.emit_delta_out(
                OutgoingDelta(path, self.run_id, fragment_id, transient, element, block)
            )
        else:
            self.emit(delta_msg(path, self.run_id, fragment_id, transient, element, block))


def _no_interrupt() -> None:
    return None


def _within(path: tuple[int, ...], container: tuple[int, ...]) -> bool:
    return path[: len(container)] == container


def _inside(path: tuple[int, ...], container: tuple[int, ...]) -> bool:
    """Strictly below container (a placeholder's own path equals its wrapper's)."""
    return len(path) > len(container) and _within(path, container)


_current: ContextVar[RunContext | None] = ContextVar("stbundle_run_context", default=None)


def get_run_context() -> RunContext | None:
    return _current.get()


def set_run_context(ctx: RunContext | None) -> object:
    return _current.set(ctx)


def reset_run_context(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]
