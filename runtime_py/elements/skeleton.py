"""st.skeleton: an animated placeholder for content that is still loading.

Standalone it is a slot like st.empty: writing to the returned placeholder replaces it. As a
`with` block it is shown (after 0.5 s, so quick work never flashes it) while the block runs and
removed when the block ends, while what the block writes goes to the parent, as with
st.spinner.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import Cursor, get_run_context
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout


def _skeleton(height: Any, width: Any, *, delayed: bool) -> pb.Element:
    element = pb.Element()
    element.skeleton.delayed = delayed
    if height is None:
        set_layout(element, width=width)
    else:
        set_layout(element, width=width, height=height)
    return element


class SkeletonMixin(DeltaGeneratorBase):
    def skeleton(self, height: Any = None, *, width: Any = "stretch") -> Any:
        """Show a loading placeholder; returns it (a slot, or a `with` target)."""
        from stbundle.runtime_py.elements.skeleton_placeholder import SkeletonPlaceholder

        handle = self._emit(_skeleton(height, width, delayed=False))
        cursor = handle._own_cursor
        return SkeletonPlaceholder(
            cursor=cursor if cursor is not None else Cursor((0,), locked=True),
            form_id=handle._form_id,
            size=(height, width),
        )


class SkeletonSlot(DeltaGeneratorBase):
    """The `with` form of a placeholder made by st.skeleton (see skeleton_placeholder.py)."""

    _size: tuple[Any, Any] = (None, "stretch")

    def __enter__(self) -> Self:
        ctx = get_run_context()
        cursor = self._own_cursor
        if ctx is None or cursor is None:
            return self
        empty = pb.Element()
        empty.empty.SetInParent()
        ctx.emit_delta(cursor.path, element=empty)
        height, width = self._size
        ctx.emit_delta(cursor.path, element=_skeleton(height, width, delayed=True), transient=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        ctx = get_run_context()
        cursor = self._own_cursor
        if ctx is not None and cursor is not None:
            clear = pb.Element()
            clear.empty.SetInParent()
            with ctx.uninterruptible():
                ctx.emit_delta(cursor.path, element=clear, transient=True)
