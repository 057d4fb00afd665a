"""Placeholders and progress feedback: st.empty, st.progress, st.spinner, st.toast."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import Cursor, get_run_context
from stbundle.runtime_py.dg_base import EVENT, DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.elements.text import clean_text
from stbundle.runtime_py.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)


def _progress_percent(value: Any) -> int:
    """Streamlit's rule: an int is 0-100, a float 0.0-1.0 (within float error); numpy numbers,
    Decimal and the like are refused by type. A bool passes as an int and the protocol then
    refuses it with a TypeError, as Streamlit's does."""
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if isinstance(value, float):
        near = (math.isclose(value, end, rel_tol=1e-9, abs_tol=1e-9) for end in (0.0, 1.0))
        if not (0.0 <= value <= 1.0 or any(near)):
            raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
        return int(value * 100)
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])


_TOAST_SECONDS = {"short": 4.0, "long": 10.0, "infinite": 0.0}


def _toast_seconds(duration: object) -> float:
    """Seconds a toast stays (0: until closed), refusing what Streamlit refuses."""
    if isinstance(duration, str) and duration in _TOAST_SECONDS:
        return _TOAST_SECONDS[duration]
    if isinstance(duration, int) and duration > 0:
        return float(duration)
    raise StreamlitValueError("duration", ["short", "long", "infinite", "a positive integer"])


class FeedbackMixin(DeltaGeneratorBase):
    def empty(self) -> Self:
        """A one-element slot: whatever is written to it replaces what was there."""
        el = pb.Element()
        el.empty.SetInParent()
        return self._emit(el)

    def progress(self, value: Any, text: Any = None, width: int | str = "stretch") -> Self:
        """Show a progress bar: `value` is 0-100 (int) or 0.0-1.0 (float), `text` a label.

        Returns a handle: call `.progress(...)` on it to move the same bar.
        """
        el = pb.Element()
        el.progress.value = _progress_percent(value)
        if text is not None:
            el.progress.text = clean_text(text)
        set_layout(el, width=width)
        return self._emit(el)

    @contextmanager
    def spinner(
        self,
        text: str = "In progress...",
        *,
        show_time: bool = False,
        _cache: bool = False,
        width: int | str = "content",
    ) -> Iterator[None]:
        """Show text with a spinner while the block runs.

        As in Streamlit the spinner is transient: it takes no place in the page (the next
        element written goes where it stood) and is removed when the block ends.
        """
        ctx = get_run_context()
        if ctx is None:
            yield
            return
        cursor = self._active(ctx)._cursor(ctx)
        path = cursor.path if cursor.locked else (*cursor.path, cursor.index)
        el = pb.Element()
        el.spinner.text = clean_text(text)
        set_layout(el, width=width, allow_content_width=True)
        ctx.emit_delta(path, element=el, transient=True)
        try:
            yield
        finally:
            clear = pb.Element()
            clear.empty.SetInParent()
            with ctx.uninterruptible():
                ctx.emit_delta(path, element=clear, transient=True)

    def toast(self, body: Any, *, icon: str | None = None, duration: str | int = "short") -> Self:
        """Show a short notification in the corner for `duration`: "short" (4 s), "long"
        (10 s), "infinite" (until closed) or a number of seconds. Returns a handle whose
        `.toast(...)` updates the same notification.
        """
        ctx = get_run_context()
        el = pb.Element()
        el.toast.body = clean_text(body)
        el.toast.duration_seconds = _toast_seconds(duration)
        if icon:
            el.toast.icon = str(icon)
        if ctx is None:
            return self
        path = ctx.root_cursor(EVENT).next_path()
        ctx.emit_delta(path, element=el)
        return type(self)(cursor=Cursor(path, locked=True))
