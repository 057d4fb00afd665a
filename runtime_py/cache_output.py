"""Cached output: the elements a cached function drew, recorded on a miss and drawn on hits.

While a cached function computes, every element and block it writes is recorded with where it
went, relative to the call: the container that was active at the call ("here"), the sidebar, or
a container (or element slot) the function itself opened. A hit replays the recording at the
caller's current place, as Streamlit does. Widgets are not recorded: a widget in a cached
function only exists on a miss (Streamlit warns about it, and so do we, and `bundle lint`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import get_run_context
from stbundle.runtime_py.dg_base import SIDEBAR, DeltaGeneratorBase
from stbundle.runtime_py.media_files import MediaFile, files_of, rebind

HERE = -1
SIDEBAR_ROOT = -2


@dataclass(frozen=True)
class Drawn:
    """One recorded write: an element or a block, and the container it went to."""

    target: int  # HERE, SIDEBAR_ROOT, or the index of an earlier write that opened it
    element: pb.Element | None = None
    block: pb.Block | None = None
    block_kind: str = ""
    form_id: str | None = None
    #: The session media files the element names (images, sounds), by their id when recorded.
    media: dict[str, MediaFile] = field(default_factory=dict)


@dataclass
class Recorder:
    """Collects one cached call's writes while it computes."""

    drawn: list[Drawn] = field(default_factory=list)
    # id(generator a write returned) -> index of that write; the generators are kept alive
    # while recording so an id cannot be reused by another.
    _opened: dict[int, int] = field(default_factory=dict)
    _keep: list[DeltaGeneratorBase] = field(default_factory=list)

    def _target(self, dg: DeltaGeneratorBase) -> int:
        index = self._opened.get(id(dg))
        if index is not None:
            return index
        if dg._root == SIDEBAR:
            return SIDEBAR_ROOT
        return HERE

    def add(self, result: DeltaGeneratorBase, drawn: Drawn) -> None:
        self.drawn.append(drawn)
        self._opened[id(result)] = len(self.drawn) - 1
        self._keep.append(result)


def record_write(
    dg: DeltaGeneratorBase,
    result: DeltaGeneratorBase,
    *,
    element: pb.Element | None = None,
    block: pb.Block | None = None,
    block_kind: str = "",
    form_id: str | None = None,
) -> None:
    """Called by DeltaGeneratorBase for every write while cached functions compute."""
    ctx = get_run_context()
    if ctx is None:
        return
    for recorder in ctx.recorders:
        copy_element = None
        media: dict[str, MediaFile] = {}
        if element is not None:
            copy_element = pb.Element()
            copy_element.CopyFrom(element)
            media = files_of(element, ctx.session.media)
        copy_block = None
        if block is not None:
            copy_block = pb.Block()
            copy_block.CopyFrom(block)
            media = files_of(block, ctx.session.media)  # a chat message's avatar image
        target = recorder._target(dg)
        drawn = Drawn(target, copy_element, copy_block, block_kind, form_id, media)
        recorder.add(result, drawn)


@contextmanager
def record_output() -> Iterator[list[Drawn] | None]:
    """The caching package's record hook: what the function draws while this is open."""
    ctx = get_run_context()
    if ctx is None:
        yield None
        return
    recorder = Recorder()
    ctx.recorders.append(recorder)
    try:
        yield recorder.drawn
    finally:
        ctx.recorders.remove(recorder)


def replay_output(drawn: list[Drawn]) -> None:
    """The caching package's replay hook: draw a recording again at the caller's place."""
    ctx = get_run_context()
    if ctx is None:
        return
    from stbundle.runtime_py.delta_generator import main_dg, sidebar_dg

    here = main_dg._active(ctx)
    results: list[Any] = []
    for item in drawn:
        if item.target == HERE:
            dg: Any = here
        elif item.target == SIDEBAR_ROOT:
            dg = sidebar_dg
        else:
            dg = results[item.target]
        if item.element is not None:
            element = item.element
            if item.media:
                element = pb.Element()
                element.CopyFrom(item.element)
                rebind(element, ctx.session.media, item.media)
            results.append(dg._emit(element))
        else:
            assert item.block is not None
            block = item.block
            if item.media:
                block = pb.Block()
                block.CopyFrom(item.block)
                rebind(block, ctx.session.media, item.media)
            results.append(dg._emit_block(block, form_id=item.form_id, kind=item.block_kind))
