"""@st.dialog: a function whose output shows in a modal that reruns on its own.

Calling the decorated function opens a Dialog block in the page's event root and runs the
function there as a fragment, so its widgets rerun only the dialog. The block belongs to the run
that called the function: a later full run that does not call it (after `st.rerun()`, or any
interaction outside the dialog) leaves it stale and the renderer removes it, which closes it.
One dialog may be opened per run, and none inside another, as in Streamlit 1.67.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import RunContext, get_run_context
from stbundle.runtime_py.dg_base import EVENT
from stbundle.runtime_py.errors import (
    StreamlitDuplicateElementId,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from stbundle.runtime_py.fragment import start_fragment
from stbundle.runtime_py.parallel_fragments import check_not_parallel_worker
from stbundle.runtime_py.param_checks import check_icon
from stbundle.runtime_py.widgets import wire
from stbundle.runtime_py.widgets.registration import (
    OnChange,
    compute_widget_id,
    fill_common,
    on_change_callback,
    register_widget,
)

F = TypeVar("F", bound=Callable[..., Any])

_WIDTHS = ("small", "medium", "large")
_POSITIONS = ("left", "center", "right")
_MAX_PIXEL_WIDTH = 2**32 - 1


def _check_not_nested(ctx: RunContext) -> None:
    """The event root holds only dialogs' blocks (toasts are elements): writing below it means
    writing inside a dialog."""
    from stbundle.runtime_py.delta_generator import main_dg

    path = main_dg._active(ctx)._cursor(ctx).path
    if path[0] == EVENT and len(path) > 1:
        raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")


def _check_options(width: Any, position: Any, on_dismiss: Any) -> None:
    on_change_callback(on_dismiss, param="on_dismiss", none_allowed=False)
    if width not in _WIDTHS and not (
        isinstance(width, int) and not isinstance(width, bool) and 0 < width <= _MAX_PIXEL_WIDTH
    ):
        raise StreamlitValueError(
            "width",
            ["'small'", "'medium'", "'large'", "a positive integer"],
            detail=f"Got {width!r}.",
        )
    if position not in _POSITIONS:
        raise StreamlitValueError("position", ["'left'", "'center'", "'right'"])


def _open(
    ctx: RunContext,
    title: str,
    *,
    width: Any,
    position: str,
    dismissible: bool,
    icon: str | None,
    on_dismiss: OnChange,
) -> tuple[int, ...]:
    """Send the dialog's block (open) to the event root; returns its path."""
    from stbundle.runtime_py.delta_generator import event_dg

    _check_options(width, position, on_dismiss)
    icon_text = check_icon(icon)
    params = {
        "title": title,
        "dismissible": dismissible,
        "width": width,
        "position": position,
        "icon": icon,
        "on_dismiss": "callback" if callable(on_dismiss) else str(on_dismiss),
    }
    element_id = compute_widget_id(
        "dialog", None, key_as_main_identity=False, form_id="", root=EVENT, params=params
    )
    if element_id in ctx.widget_ids:
        raise StreamlitDuplicateElementId("dialog")
    block = pb.Block()
    dialog = block.dialog
    if on_dismiss != "ignore":
        reg = register_widget(
            event_dg,
            "dialog",
            key=None,
            params=params,
            key_as_main_identity=False,
            deserialize=wire.clicked,
            on_change=on_dismiss,
            on_change_param="on_dismiss",
            is_trigger=True,
            writes_allowed=False,
        )
        fill_common(
            dialog.common, reg, title, help=None, disabled=False, label_visibility="visible"
        )
    else:
        ctx.widget_ids.add(element_id)
    dialog.title = title
    dialog.dismissible = bool(dismissible)
    if isinstance(width, str):
        dialog.width = width
    else:
        dialog.width = "small"
        dialog.pixel_width = width
    dialog.position = position
    dialog.icon = icon_text
    path = ctx.root_cursor(EVENT).next_path()
    if ctx.dialog_opened:
        ctx.emit_delta(path, block=block)  # sent closed, as Streamlit does before refusing
        raise StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. Please make sure to not "
            "call a dialog-decorated function more than once in a script run."
        )
    ctx.dialog_opened = True
    dialog.is_open = True
    ctx.emit_delta(path, block=block)
    return path


def _decorate(func: F, title: str, options: dict[str, Any]) -> F:
    if title is None or title == "":
        raise StreamlitMissingRequiredParameterError(
            "title", detail='For example: `@st.dialog("Example Title")`.'
        )

    @functools.wraps(func)
    def open_dialog(*args: Any, **kwargs: Any) -> None:
        ctx = get_run_context()
        if ctx is None:  # outside a run (plain `python app.py`): just the function
            func(*args, **kwargs)
            return
        check_not_parallel_worker(ctx, "@st.dialog")
        _check_not_nested(ctx)
        path = _open(ctx, title, **options)
        start_fragment(ctx, func, args, kwargs, (*path, 0), "")

    return open_dialog  # type: ignore[return-value]


def dialog(
    title: Any,
    *,
    width: Any = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: OnChange = "ignore",
) -> Any:
    """Decorate a function so that calling it shows its output in a modal dialog.

    `@st.dialog("Title", ...)` is the usual form; a bare `@st.dialog` has no title and fails
    as in Streamlit. The dialog's widgets rerun only the dialog; `st.rerun()` closes it.
    """
    options = {
        "width": width,
        "position": position,
        "dismissible": dismissible,
        "icon": icon,
        "on_dismiss": on_dismiss,
    }
    if isinstance(title, str):
        return lambda func: _decorate(func, title, options)
    return _decorate(title, "", options)
