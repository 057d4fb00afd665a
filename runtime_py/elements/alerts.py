"""Alerts and exceptions: st.success / info / warning / error and st.exception."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any, Self, cast

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout
from stbundle.runtime_py.elements.text import clean_text
from stbundle.runtime_py.errors import StreamlitAPIException

# Frames from stbundle's own files are noise in a user's traceback.
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[1])
_PACKAGE_DIRS = (_PACKAGE_ROOT, str(Path(_PACKAGE_ROOT).parent / "stbundle"))


def _is_user_frame(filename: str) -> bool:
    try:
        resolved = str(Path(filename).resolve())
    except (OSError, ValueError):
        return True
    return not resolved.startswith(_PACKAGE_DIRS)


def syntax_error_message(exc: SyntaxError) -> str:
    """The message Python prints for a syntax error, with the line and a caret."""
    if exc.text:
        indent = " " * max((exc.offset or 1) - 1, 0)
        return (
            f'File "{exc.filename}", line {exc.lineno}\n'
            f"  {exc.text.rstrip()}\n"
            f"  {indent}^\n"
            f"{type(exc).__name__}: {exc.msg}"
        )
    return str(exc)


def qualified_type_name(exc: BaseException) -> str:
    """The type as Streamlit names an uncaught exception: `module.Class`, builtins bare.

    stbundle's errors are `streamlit.errors` inside an app, so they are named that way.
    """
    cls = type(exc)
    module = cls.__module__
    if module == StreamlitAPIException.__module__:
        module = "streamlit.errors"
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def fill_exception(proto: pb.Exception, exc: BaseException, *, uncaught: bool = False) -> None:
    """Describe exc for the page: type, message, and the traceback through the user's code.

    A Warning (StreamlitAPIWarning) is shown as a warning, as Streamlit does.
    """
    proto.type = qualified_type_name(exc) if uncaught else type(exc).__name__
    proto.is_warning = isinstance(exc, Warning)
    if isinstance(exc, SyntaxError):
        proto.message = syntax_error_message(exc)
        proto.filename = exc.filename or ""
        proto.lineno = exc.lineno or 0
        proto.col_offset = exc.offset or 0
    else:
        try:
            proto.message = str(exc).strip()
        except Exception:  # a broken __str__ must not take the error page down with it
            proto.message = ""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if _is_user_frame(f.filename)]
    if frames and not isinstance(exc, SyntaxError):
        last = frames[-1]
        proto.filename = last.filename
        proto.lineno = last.lineno or 0
        proto.col_offset = (last.colno or 0) + 1 if last.colno is not None else 0
    proto.stack_trace.extend(line.rstrip("\n") for line in traceback.format_list(frames))


class AlertsMixin(DeltaGeneratorBase):
    def _alert(
        self, body: Any, fmt: pb.Alert.Format, icon: str | None, width: Any, title: Any
    ) -> Self:
        el = pb.Element()
        el.alert.body = clean_text(body)
        el.alert.format = fmt
        if icon:
            el.alert.icon = str(icon)
        if title is not None:
            el.alert.title = clean_text(title)
        set_layout(el, width=width)
        return self._emit(el)

    def error(
        self, body: Any, *, icon: str | None = None, width: int | str = "stretch", title: Any = None
    ) -> Self:
        """Show a red error box with Markdown `body`, an optional bold `title` and `icon`.

        Returns a handle whose next element replaces the box.
        """
        return self._alert(body, pb.Alert.ERROR, icon, width, title)

    def warning(
        self, body: Any, *, icon: str | None = None, width: int | str = "stretch", title: Any = None
    ) -> Self:
        """Show a yellow warning box (same parameters and handle as st.error)."""
        return self._alert(body, pb.Alert.WARNING, icon, width, title)

    def info(
        self, body: Any, *, icon: str | None = None, width: int | str = "stretch", title: Any = None
    ) -> Self:
        """Show a blue information box (same parameters and handle as st.error)."""
        return self._alert(body, pb.Alert.INFO, icon, width, title)

    def success(
        self, body: Any, *, icon: str | None = None, width: int | str = "stretch", title: Any = None
    ) -> Self:
        """Show a green success box (same parameters and handle as st.error)."""
        return self._alert(body, pb.Alert.SUCCESS, icon, width, title)

    def exception(self, exception: BaseException, width: int | str = "stretch") -> Self:
        """Show an exception with its type, message and the traceback through the app's code."""
        el = pb.Element()
        # The generated stub names the message `Exception`, which mypy reads as the builtin.
        fill_exception(cast(pb.Exception, el.exception), exception)
        set_layout(el, width=width)
        return self._emit(el)

    def uncaught_exception(self, exception: BaseException) -> Self:
        """Show an error the script did not catch (its type fully qualified, as Streamlit)."""
        el = pb.Element()
        fill_exception(cast(pb.Exception, el.exception), exception, uncaught=True)
        return self._emit(el)
