"""The core of every DeltaGenerator: where its next child goes and how a delta is sent.

Split from the element mixins so each mixin can build on these few methods with full typing.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import Cursor, RunContext, get_run_context

MAIN = pb.RootContainer.MAIN
SIDEBAR = pb.RootContainer.SIDEBAR
EVENT = pb.RootContainer.EVENT


# Element kinds that are widgets: those whose message carries a WidgetCommon.
_WIDGET_KINDS = frozenset(
    f.name
    for f in pb.Element.DESCRIPTOR.fields
    if f.message_type is not None and "common" in f.message_type.fields_by_name
)


def _is_widget(element: pb.Element) -> bool:
    return element.WhichOneof("type") in _WIDGET_KINDS


class DeltaGeneratorBase:
    """A place in the page that elements can be written to."""

    def __init__(
        self,
        *,
        root: int | None = None,
        cursor: Cursor | None = None,
        form_id: str = "",
        block_kind: str = "",
    ) -> None:
        # Root generators (main, sidebar) find their cursor in the current run; containers
        # made during a run carry their own.
        self._root = root
        self._own_cursor = cursor
        self._form_id = form_id
        self._block_kind = block_kind

    # -- where things go -----------------------------------------------------------------------
    @property
    def _is_main_root(self) -> bool:
        return self._root == MAIN

    def _active(self, ctx: RunContext) -> DeltaGeneratorBase:
        if self._is_main_root and ctx.dg_stack:
            return ctx.dg_stack[-1]
        return self

    def _cursor(self, ctx: RunContext) -> Cursor:
        if self._own_cursor is not None:
            return self._own_cursor
        assert self._root is not None
        return ctx.root_cursor(self._root)

    def _place(self) -> tuple[int, ...]:
        """Where this generator writes, known without a run: its root, or its container's
        path (root first)."""
        if self._root is not None:
            return (self._root,)
        return self._own_cursor.path if self._own_cursor is not None else (MAIN,)

    def _root_container(self, ctx: RunContext) -> int:
        return self._cursor(ctx).path[0]

    def _current_form_id(self) -> str:
        ctx = get_run_context()
        return self._active(ctx)._form_id if ctx is not None else ""

    def _emit(self, element: pb.Element) -> Self:
        """Write element at the next place; returns a handle that replaces it in place."""
        ctx = get_run_context()
        if ctx is None:
            return self  # outside a run (plain `python app.py`): nothing to show
        dg = self._active(ctx)
        path = ctx.cursor_for(dg._cursor(ctx)).next_path()
        ctx.emit_delta(path, element=element)
        handle = type(self)(cursor=Cursor(path, locked=True), form_id=dg._form_id)
        if ctx.recorders and not _is_widget(element):
            from stbundle.runtime_py.cache_output import record_write

            record_write(dg, handle, element=element)
        return handle

    def _emit_block(self, block: pb.Block, *, form_id: str | None = None, kind: str) -> Self:
        """Open a container at the next place; returns the generator that writes inside it."""
        ctx = get_run_context()
        if ctx is None:
            return type(self)(cursor=Cursor((MAIN,)), block_kind=kind)
        dg = self._active(ctx)
        path = ctx.cursor_for(dg._cursor(ctx)).next_path()
        ctx.emit_delta(path, block=block)
        inner = type(self)(
            cursor=Cursor(path),
            form_id=dg._form_id if form_id is None else form_id,
            block_kind=kind,
        )
        if ctx.recorders:
            from stbundle.runtime_py.cache_output import record_write

            record_write(dg, inner, block=block, block_kind=kind, form_id=form_id)
        return inner

    # -- `with container:` ---------------------------------------------------------------------
    def __enter__(self) -> Self:
        ctx = get_run_context()
        if ctx is not None:
            ctx.dg_stack.append(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        ctx = get_run_context()
        if ctx is not None and ctx.dg_stack:
            ctx.dg_stack.pop()

    def __repr__(self) -> str:
        # Apps use a container as a widget key (`key=tab`, which becomes str(tab)); as in
        # Streamlit, the text names the container's place, so each tab gets its own key.
        if self._root is not None:
            return f"DeltaGenerator({pb.RootContainer.Name(self._root).lower()})"
        path = self._place()
        root = "" if path[0] == MAIN else f"root={pb.RootContainer.Name(path[0]).lower()}, "
        return f"DeltaGenerator({self._block_kind or 'element'}, {root}path={path[1:]})"
